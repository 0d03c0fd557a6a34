"""Every entry of the journal lock's one list (amends/accounts/reauth.py GUARDED), page or
API call: refused without recent re-authentication when the lock is on, works after it,
and never asks when the lock is off. A new entry without a probe here fails the suite."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.accounts.models import User
from amends.accounts.reauth import GUARDED
from amends.api.models import ApiToken
from amends.disclosure import services as disclosure
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create
from amends.ownpart import services as ownpart
from amends.professional.services import note_write, session_record
from amends.repair import services as repair
from amends.transparency import services as transparency
from amends.triggers import services as triggers
from tests.api.conftest import Api, token_for
from tests.conftest import PASSWORD, Couple, client_for


@dataclass
class World:
    couple: Couple
    entry: JournalEntry
    breach_id: int
    moment_id: object = None
    day_id: object = None
    offer_id: object = None


@pytest.fixture
def world(couple: Couple) -> World:
    entry = journal_entry_create(space=couple.space, by=couple.alex, text="LOCKED-WORDS")
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="other",
        category_other="Something",
        description="What happened",
    )
    repair.reflection_write(breach=breach, by=couple.alex, emotion="anger", text="LOCKED-WORDS")
    note_write(space=couple.space, by=couple.sam, text="LOCKED-WORDS")
    moment = triggers.trigger_log(
        space=couple.space, by=couple.alex, kind="song", strength=3, note="LOCKED-WORDS"
    )
    day = triggers.hard_day_add(
        space=couple.space, by=couple.alex, label="A day", day="2025-12-02", plan="LOCKED-WORDS"
    )
    # The account of the breach (Alex was hurt, Jordan writes), and a draft offer.
    disclosure.detail_choose(
        breach=breach, by=couple.alex, levels={"when": "outline"}, sexual_specifics=False
    )
    disclosure.account_part_write(breach=breach, by=couple.jordan, part="when", text="LOCKED-WORDS")
    disclosure.message_draft(breach=breach, by=couple.jordan, text="LOCKED-WORDS")
    offer = transparency.offer_draft(
        space=couple.space,
        by=couple.alex,
        act="LOCKED-WORDS",
        review_on=timezone.localdate() + timedelta(weeks=5),
    )
    repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=False,
        category="addiction_alcohol",
        description="What I did",
    )
    ownpart.reflection_save(space=couple.space, by=couple.alex, prompt="did", text="LOCKED-WORDS")
    ownpart.day_check(space=couple.space, by=couple.alex, how="urges", note="LOCKED-WORDS")
    return World(couple, entry, breach.uid, moment.uid, day.uid, offer.uid)


@dataclass
class PageProbe:
    """One guarded page: who asks, how (method, url, data), and how to tell it was done."""

    who: str
    method: str
    url: Callable[[World], str]
    data: Callable[[World], dict[str, str]] | None = None
    done: Callable[[World], bool] | None = None  # for posts: the change happened
    ok: int = 200


def _space(name: str, *extra: Callable[[World], object]) -> Callable[[World], str]:
    return lambda w: reverse(name, args=[w.couple.space.uid, *(f(w) for f in extra)])


def _entry(w: World) -> int:
    return w.entry.uid


def _session(w: World) -> object:
    from amends.professional.models import Session

    found = Session.objects.filter(space=w.couple.space).first()
    return (found or session_record(space=w.couple.space, by=w.couple.sam)).uid


def _breach(w: World) -> int:
    return w.breach_id


PAGE_PROBES: dict[str, PageProbe] = {
    "journal_list": PageProbe("alex", "GET", _space("journal_list")),
    "journal_edit": PageProbe("alex", "GET", _space("journal_edit", _entry)),
    "journal_delete": PageProbe("alex", "GET", _space("journal_delete", _entry)),
    "journal_share": PageProbe(
        "alex",
        "POST",
        _space("journal_share", _entry),
        data=lambda w: {"visibility": "partner"},
        done=lambda w: JournalEntry.objects.get(pk=w.entry.pk).visibility == "partner",
        ok=302,
    ),
    "step_reflection": PageProbe("alex", "GET", _space("step_reflection", _breach)),
    "self_trust": PageProbe("alex", "GET", _space("self_trust")),
    "professional_couple": PageProbe("sam", "GET", _space("professional_couple")),
    "professional_prep": PageProbe("sam", "GET", _space("professional_prep")),
    "professional_prep_session": PageProbe(
        "sam", "GET", _space("professional_prep_session", _session)
    ),
    "trigger_edit": PageProbe("alex", "GET", _space("trigger_edit", lambda w: w.moment_id)),
    "trigger_delete": PageProbe("alex", "GET", _space("trigger_delete", lambda w: w.moment_id)),
    "hard_days": PageProbe("alex", "GET", _space("hard_days")),
    "hard_day_edit": PageProbe("alex", "GET", _space("hard_day_edit", lambda w: w.day_id)),
    "hard_day_delete": PageProbe("alex", "GET", _space("hard_day_delete", lambda w: w.day_id)),
    "account_page": PageProbe("jordan", "GET", _space("account_page", _breach)),
    "account_detail": PageProbe("alex", "GET", _space("account_detail", _breach)),
    "account_part": PageProbe("jordan", "GET", _space("account_part", _breach, lambda w: "when")),
    "account_timeline": PageProbe("jordan", "GET", _space("account_timeline", _breach)),
    "no_contact": PageProbe("jordan", "GET", _space("no_contact", _breach)),
    "transparency_home": PageProbe("alex", "GET", _space("transparency_home")),
    "transparency_offer": PageProbe(
        "alex", "GET", _space("transparency_offer", lambda w: w.offer_id)
    ),
    "afterwards_between_us": PageProbe("alex", "GET", _space("afterwards_between_us", _breach)),
    "afterwards_vulnerable": PageProbe("alex", "GET", _space("afterwards_vulnerable", _breach)),
    "afterwards_comfort": PageProbe("alex", "GET", _space("afterwards_comfort", _breach)),
    "afterwards_turning": PageProbe("alex", "GET", _space("afterwards_turning", _breach)),
    "ownpart_reflection": PageProbe("alex", "GET", _space("ownpart_reflection", lambda w: "did")),
    "ownpart_today": PageProbe("alex", "GET", _space("ownpart_today")),
    "export_json": PageProbe("alex", "GET", lambda w: reverse("export_json")),
    "export_html": PageProbe("alex", "GET", lambda w: reverse("export_html")),
    "settings": PageProbe(
        "alex",
        "POST",
        lambda w: reverse("settings"),
        data=lambda w: {},  # no journal_lock field: turn the lock off
        done=lambda w: not User.objects.get(pk=w.couple.alex.pk).journal_reauth,
        ok=302,
    ),
    "account_email": PageProbe(
        "alex",
        "POST",
        lambda w: reverse("account_email"),
        data=lambda w: {"action_add": "", "email": "alex.new@example.com"},
        done=lambda w: EmailAddress.objects.filter(email="alex.new@example.com").exists(),
        ok=302,
    ),
}


@dataclass
class ApiProbe:
    path: Callable[[World], str]


API_PROBES: dict[str, ApiProbe] = {
    "journal_list": ApiProbe(lambda w: f"/spaces/{w.couple.space.uid}/journal"),
    "journal_get": ApiProbe(lambda w: f"/spaces/{w.couple.space.uid}/journal/{w.entry.uid}"),
    "reflection_list": ApiProbe(
        lambda w: f"/spaces/{w.couple.space.uid}/breaches/{w.breach_id}/reflections"
    ),
    "attempt_reflection_list": ApiProbe(
        lambda w: f"/spaces/{w.couple.space.uid}/breaches/{w.breach_id}/attempt-reflections"
    ),
    "me_export": ApiProbe(lambda w: "/me/export"),
}


def test_every_guard_has_a_probe() -> None:
    assert {g.name for g in GUARDED if not g.api} == set(PAGE_PROBES)
    assert {g.name for g in GUARDED if g.api} == set(API_PROBES)
    assert {g.name for g in GUARDED if g.api} <= _operation_ids()


def _operation_ids() -> set[str]:
    from amends.api.main import api

    schema = api.get_openapi_schema()
    return {op["operationId"] for path in schema["paths"].values() for op in path.values()}


def _person(w: World, who: str) -> User:
    return {"alex": w.couple.alex, "jordan": w.couple.jordan, "sam": w.couple.sam}[who]


def _lock(user: User) -> None:
    User.objects.filter(pk=user.pk).update(journal_reauth=True)


def _send(client: Client, probe: PageProbe, w: World):  # type: ignore[no-untyped-def]
    if probe.method == "GET":
        return client.get(probe.url(w))
    return client.post(probe.url(w), probe.data(w) if probe.data else {})


@pytest.mark.parametrize("name", sorted(PAGE_PROBES))
def test_a_guarded_page_asks_for_the_password_when_the_lock_is_on(world: World, name: str) -> None:
    probe = PAGE_PROBES[name]
    person = _person(world, probe.who)
    _lock(person)
    # force_login leaves no record of a password given, as after a long absence.
    client = client_for(person)
    response = _send(client, probe, world)
    assert response.status_code == 302, name
    assert response["Location"].startswith(reverse("account_reauthenticate")), name
    if probe.done is not None:
        assert not probe.done(world), f"{name} changed something before the password"
    assert b"LOCKED-WORDS" not in response.content

    # The password, then the page opens (a post is carried out as it was sent).
    after = client.post(response["Location"], {"password": PASSWORD})
    assert after.status_code in (200, 302), name
    if probe.done is not None:
        assert probe.done(world), f"{name} was not carried out after the password"
    else:
        again = _send(client, probe, world)
        assert again.status_code == probe.ok, name


@pytest.mark.parametrize("name", sorted(PAGE_PROBES))
def test_a_wrong_password_opens_nothing(world: World, name: str) -> None:
    probe = PAGE_PROBES[name]
    person = _person(world, probe.who)
    _lock(person)
    client = client_for(person)
    response = _send(client, probe, world)
    wrong = client.post(response["Location"], {"password": "not the password"})
    assert wrong.status_code == 200  # the form again, with its message
    assert b"LOCKED-WORDS" not in wrong.content
    if probe.done is not None:
        assert not probe.done(world)
    assert _send(client, probe, world).status_code == 302


@pytest.mark.parametrize("name", sorted(PAGE_PROBES))
def test_a_guarded_page_does_not_ask_when_the_lock_is_off(world: World, name: str) -> None:
    probe = PAGE_PROBES[name]
    person = _person(world, probe.who)
    if name == "settings":
        # Turning the lock on never asks; only turning it off does.
        response = client_for(person).post(reverse("settings"), {"journal_lock": "on"})
        assert response.status_code == 302
        assert User.objects.get(pk=person.pk).journal_reauth
        return
    response = _send(client_for(person), probe, world)
    assert response.status_code == probe.ok, name
    if probe.done is not None:
        assert probe.done(world)


def test_a_log_in_a_moment_ago_counts_as_recent(world: World) -> None:
    _lock(world.couple.alex)
    client = Client()
    client.post(reverse("account_login"), {"login": "alex@example.com", "password": PASSWORD})
    assert client.get(reverse("export_json")).status_code == 200


def test_a_log_in_long_ago_does_not(world: World, settings) -> None:  # type: ignore[no-untyped-def]
    settings.ACCOUNT_REAUTHENTICATION_TIMEOUT = 0
    _lock(world.couple.alex)
    client = Client()
    client.post(reverse("account_login"), {"login": "alex@example.com", "password": PASSWORD})
    assert client.get(reverse("export_json")).status_code == 302


def _stale(token: str) -> None:
    from amends.api.tokens import hash_token

    ApiToken.objects.filter(token_hash=hash_token(token)).update(
        reauthenticated_at=timezone.now() - timedelta(minutes=10)
    )


@pytest.mark.parametrize("name", sorted(API_PROBES))
def test_a_guarded_api_call_needs_a_recent_password_when_the_lock_is_on(
    world: World, name: str
) -> None:
    path = API_PROBES[name].path(world)
    token = token_for(world.couple.alex)
    api = Api(token)
    _stale(token)
    assert api.get(path).status_code == 200  # lock off: no question
    _lock(world.couple.alex)
    refused = api.get(path)
    assert refused.status_code == 403, name
    assert refused.json()["code"] == "reauthentication_required"
    assert "LOCKED-WORDS" not in refused.content.decode()
    assert api.post("/auth/reauthenticate", {"password": "wrong"}).status_code == 401
    assert api.get(path).status_code == 403
    again = api.post("/auth/reauthenticate", {"password": PASSWORD})
    assert again.status_code == 200, again.json()
    assert api.get(path).status_code == 200, name
    _stale(token)
    assert api.get(path).status_code == 403


def test_a_new_token_counts_as_a_recent_password(world: World) -> None:
    _lock(world.couple.alex)
    assert Api(token_for(world.couple.alex)).get("/me/export").status_code == 200


def test_calls_not_on_the_list_do_not_ask(world: World) -> None:
    _lock(world.couple.alex)
    api = Api(token_for(world.couple.alex))
    _stale(api.token or "")
    assert api.get("/me").status_code == 200
    assert api.get(f"/spaces/{world.couple.space.uid}/breaches").status_code == 200


def test_reauthenticating_with_two_step_log_in_needs_a_code(world: World) -> None:
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    token = token_for(world.couple.alex)
    TOTP.activate(world.couple.alex, generate_totp_secret())
    code = RecoveryCodes.activate(world.couple.alex).generate_codes()[0]
    _lock(world.couple.alex)
    _stale(token)
    api = Api(token)
    no_code = api.post("/auth/reauthenticate", {"password": PASSWORD})
    assert no_code.json()["code"] == "mfa_required"
    assert api.post("/auth/reauthenticate", {"password": PASSWORD, "code": code}).status_code == 200
    assert api.get("/me/export").status_code == 200
