"""The agreement belongs to the people who made it, not to the space (issue 14).

Alex and Jordan answer, reveal, write and sign an agreement, with notes and a question of
their own. Jordan leaves; Drew joins. Drew sees nothing of it (pages, API, export), and
starts afresh with Alex: round 1, version 1, the catalogue only. Alex still reads what they
made with Jordan (history, the version's page, the export), and can no longer change it.
What someone began alone, before anyone joined, becomes the couple's when a partner joins.
"""

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from amends.accounts.models import User
from amends.agreement import services
from amends.agreement.catalogue import GROUP_KEYS, ONLINE
from amends.agreement.models import AgreementNote, AgreementVersion, Behaviour, Rating, Round
from amends.agreement.selectors import (
    current_signed_version,
    latest_round,
    round_state,
    version_history,
)
from amends.core.errors import ActionRefused
from amends.spaces import services as spaces
from amends.spaces.models import Membership, Space
from amends.spaces.selectors import space_roles
from amends.spaces.visibility import can_see_made_together
from tests.api.conftest import Api, token_for
from tests.conftest import Couple, client_for, make_user, member_versions

from .helpers import answer_all, ids, signed_version

SECRET_NOTE = "NOTE-FROM-ALEX-TO-JORDAN"
SECRET_QUESTION = "Texting Sam from the old job"
SECRET_SUMMARY = "SUMMARY-OF-ALEX-AND-JORDAN"


def _with_history(c: Couple) -> AgreementVersion:
    services.custom_behaviour_add(space=c.space, by=c.jordan, wording=SECRET_QUESTION, group=ONLINE)
    signed = signed_version(c.space, c.alex, c.jordan)
    draft = services.agreement_revision_propose(space=c.space, by=c.alex)
    services.agreement_draft_save(version=draft, by=c.alex, terms={}, summary=SECRET_SUMMARY)
    services.agreement_note_add(version=draft, by=c.alex, text=SECRET_NOTE)
    return signed


def _join(space: Space, by: User, newcomer: User) -> None:
    link = spaces.partner_invite_create(space=space, by=by)
    spaces.invite_accept(token=link.token, by=newcomer)


def _pages(space: Space, versions: list[AgreementVersion]) -> list[str]:
    s = space.uid
    return [
        reverse("agreement_home", args=[s]),
        reverse("agreement_reveal", args=[s]),
        reverse("agreement_history", args=[s]),
        *[reverse("agreement_questions", args=[s, g]) for g in GROUP_KEYS],
        *[reverse("agreement_version", args=[s, v.uid]) for v in versions],
    ]


def _api(space: Space, versions: list[AgreementVersion]) -> list[str]:
    a = f"/spaces/{space.uid}/agreement"
    return [a, a + "/behaviours", a + "/reveal", a + "/versions"] + [
        f"{a}/versions/{v.uid}" for v in versions
    ]


def test_a_new_partner_sees_nothing_of_the_agreement_made_before_they_joined(
    couple: Couple,
) -> None:
    c = couple
    _with_history(c)
    old = list(AgreementVersion.objects.filter(space=c.space))
    assert len(old) == 2
    spaces.space_leave(space=c.space, by=c.jordan)
    drew = make_user("drew@example.com", "Drew")
    _join(c.space, c.alex, drew)

    as_drew = client_for(drew)
    drew_api = Api(token_for(drew))
    secrets = (SECRET_NOTE, SECRET_QUESTION, SECRET_SUMMARY, "no apps at all")
    for url in _pages(c.space, old):
        response = as_drew.get(url)
        body = response.content.decode()
        assert response.status_code in (200, 404), url
        assert not any(s in body for s in secrets), url
        if any(str(v.uid) in url for v in old):
            assert response.status_code == 404, "an old version is not Drew's to open"
    for call in _api(c.space, old):
        response = drew_api.get(call)
        assert response.status_code in (200, 404), call
        assert not any(s.encode() in response.content for s in secrets), call
        if any(str(v.uid) in call for v in old):
            assert response.status_code == 404
    listed = drew_api.get(f"/spaces/{c.space.uid}/agreement/versions").json()
    assert listed["items"] == [] and listed["count"] == 0
    export = as_drew.get(reverse("export_html")).content.decode()
    assert not any(s in export for s in secrets)

    # Drew and Alex start afresh: the catalogue only, round 1, no agreement.
    roles = space_roles(Space.objects.get(pk=c.space.pk))
    asked = [b.wording for b in Behaviour.objects.filter(uid__in=ids(c.space))]
    assert SECRET_QUESTION not in asked
    assert latest_round(roles=roles) is None and current_signed_version(roles=roles) is None
    state = round_state(viewer=drew, roles=roles)
    assert (state.number, state.is_open, state.answered) == (1, True, 0)
    assert version_history(viewer=drew, roles=roles) == []
    answer_all(c.space, c.alex, "cheating")
    answer_all(c.space, drew, "cheating")
    round_ = latest_round(roles=roles)
    assert round_ is not None and round_.number == 1 and round_.revealed_at is not None
    fresh = services.agreement_draft_start(space=c.space, by=drew)
    assert fresh.number == 1 and fresh.based_on_id is None
    services.agreement_sign(version=fresh, by=drew)
    services.agreement_sign(version=fresh, by=c.alex)
    # Their signing replaced nothing of Alex and Jordan's.
    assert AgreementVersion.objects.get(pk=old[0].pk).status == "signed"


def test_the_partner_who_stayed_still_reads_what_they_made_and_cannot_change_it(
    couple: Couple,
) -> None:
    c = couple
    signed = _with_history(c)
    draft = AgreementVersion.objects.get(space=c.space, status="draft")
    spaces.space_leave(space=c.space, by=c.jordan)
    as_alex = client_for(c.alex)
    history = as_alex.get(reverse("agreement_history", args=[c.space.uid])).content.decode()
    assert "made with a partner who has left" in history
    page = as_alex.get(reverse("agreement_version", args=[c.space.uid, draft.uid]))
    body = page.content.decode()
    assert page.status_code == 200 and SECRET_NOTE in body and SECRET_SUMMARY in body
    assert "Sign it" not in body and "Change it" not in body and "Only you can read" in body
    edit = as_alex.get(reverse("agreement_edit", args=[c.space.uid, draft.uid]))
    assert edit.status_code == 302
    for act in (
        lambda: services.agreement_sign(version=draft, by=c.alex),
        lambda: services.agreement_note_add(version=draft, by=c.alex, text="more"),
        lambda: services.agreement_draft_save(version=draft, by=c.alex, terms={}),
        lambda: services.agreement_set_aside(version=draft, by=c.alex),
    ):
        with pytest.raises(ActionRefused, match="partner who has left"):
            act()
    with pytest.raises(ActionRefused, match="no signed agreement"):
        services.agreement_revision_propose(space=c.space, by=c.alex)
    export = as_alex.get(reverse("export_html")).content.decode()
    assert SECRET_NOTE in export and SECRET_SUMMARY in export
    assert "You and a partner who has since left" in export
    # Alone now, Alex's agreement is a fresh one (and so is the one with whoever joins).
    roles = space_roles(Space.objects.get(pk=c.space.pk))
    assert current_signed_version(roles=roles) is None
    assert {v.pk for v in version_history(viewer=c.alex, roles=roles)} == {signed.pk, draft.pk}


def test_answers_begun_alone_become_the_couples_when_a_partner_joins(db: None) -> None:
    alex = make_user("alex@example.com", "Alex")
    jordan = make_user("jordan@example.com", "Jordan")
    space = spaces.space_create(by=alex, name="Us")
    services.custom_behaviour_add(space=space, by=alex, wording="Dating apps", group=ONLINE)
    answer_all(space, alex, "cheating")
    _join(space, alex, jordan)
    roles = space_roles(Space.objects.get(pk=space.pk))
    assert "Dating apps" in [b.wording for b in Behaviour.objects.filter(uid__in=ids(space))]
    answer_all(space, jordan, "fine")
    round_ = latest_round(roles=roles)
    assert round_ is not None and round_.number == 1 and round_.revealed_at is not None
    assert Round.objects.filter(space=space).count() == 1


def test_answers_begun_with_a_partner_who_left_are_not_the_newcomers(couple: Couple) -> None:
    """Alex answered everything while with Jordan; Jordan left before answering. Drew does
    not inherit Alex's answers (they were to be shown to Jordan): a fresh round."""
    c = couple
    answer_all(c.space, c.alex, "cheating")
    spaces.space_leave(space=c.space, by=c.jordan)
    drew = make_user("drew@example.com", "Drew")
    _join(c.space, c.alex, drew)
    roles = space_roles(Space.objects.get(pk=c.space.pk))
    assert latest_round(roles=roles) is None
    answer_all(c.space, drew, "fine")
    round_ = latest_round(roles=roles)
    assert round_ is not None and round_.revealed_at is None, "Alex has not answered yet"
    assert not Rating.objects.filter(round=round_, partner=c.alex).exists()


def test_a_partner_who_stays_alone_after_the_creator_left_starts_afresh(couple: Couple) -> None:
    """The one who joined second stays: their time alone is not taken for the couple's."""
    c = couple
    signed_version(c.space, c.alex, c.jordan)
    spaces.space_leave(space=c.space, by=c.alex)
    roles = space_roles(Space.objects.get(pk=c.space.pk))
    assert current_signed_version(roles=roles) is None
    assert len(version_history(viewer=c.jordan, roles=roles)) == 1
    # Jordan answers alone; Drew joins: Jordan's answers (begun alone) become theirs.
    answer_all(c.space, c.jordan, "fine")
    drew = make_user("drew@example.com", "Drew")
    _join(c.space, c.jordan, drew)
    roles = space_roles(Space.objects.get(pk=c.space.pk))
    current = latest_round(roles=roles)
    assert current is not None and current.number == 1
    assert Rating.objects.filter(round=current, partner=c.jordan).exists()
    assert not can_see_made_together(drew, Round.objects.filter(space=c.space).first(), roles)


def _writes(c: Couple, v: AgreementVersion, at: datetime) -> list[Callable[[], object]]:
    return [
        lambda: AgreementNote.objects.create(version=v, author=c.alex, text="n"),
        lambda: AgreementVersion.objects.filter(pk=v.pk).update(summary=""),
        lambda: Round.objects.create(space=c.space, number=v.number, together_since=at),
        lambda: Behaviour.objects.create(
            space=c.space, group=ONLINE, wording="w", together_since=at
        ),
    ]


def test_agreement_writes_raise_the_numbers_of_exactly_the_partners_who_may_see_them(
    couple: Couple,
) -> None:
    """The triggers apply `can_see_made_together`: Jordan's numbers move with what was made
    since Jordan joined, never with what Alex made with an earlier partner; Sam's never."""
    c = couple
    now = timezone.now()
    Membership.objects.filter(space=c.space, user=c.alex).update(joined_at=now - timedelta(hours=3))
    Membership.objects.filter(space=c.space, user=c.jordan).update(
        joined_at=now - timedelta(hours=1)
    )
    roles = space_roles(Space.objects.get(pk=c.space.pk))
    people = {"alex": c.alex, "jordan": c.jordan, "sam": c.sam}
    for since in (now - timedelta(hours=2), roles.joined_at[c.jordan.pk]):
        before = member_versions(c)
        version = AgreementVersion.objects.create(
            space=c.space,
            number=1 if since < now - timedelta(minutes=90) else 2,
            together_since=since,
        )
        expected = {w for w, p in people.items() if can_see_made_together(p, version, roles)}
        assert expected == (
            {"alex"} if since < roles.joined_at[c.jordan.pk] else {"alex", "jordan"}
        )
        changed = {w for w, n in member_versions(c).items() if n > before[w]}
        assert changed == expected
        for write in _writes(c, version, since):
            before = member_versions(c)
            write()
            assert {w for w, n in member_versions(c).items() if n > before[w]} == expected


def test_rounds_and_versions_counted_for_the_space_are_numbered_again_per_couple(
    couple: Couple,
) -> None:
    """agreement/0006: before agreement/0005, numbers ran across the whole space, so a
    partner who joined later read their first round as "Round 3". Each couple counts from 1."""
    import importlib

    renumber = importlib.import_module("amends.agreement.migrations.0006_numbers_per_couple")
    c = couple
    first, later = timezone.now() - timedelta(days=90), timezone.now()
    for number, since in ((1, first), (2, first), (3, later), (5, later)):
        Round.objects.create(space=c.space, number=number, together_since=since)
    for number, since in ((1, first), (2, later)):
        AgreementVersion.objects.create(
            space=c.space, number=number, together_since=since, status="set_aside"
        )

    renumber._renumber(Round)
    renumber._renumber(AgreementVersion)

    def numbers(model: type[Round] | type[AgreementVersion], since: datetime) -> list[int]:
        rows = model.objects.filter(space=c.space, together_since=since)
        return sorted(rows.values_list("number", flat=True))

    assert numbers(Round, first) == [1, 2]
    assert numbers(Round, later) == [1, 2]
    assert numbers(AgreementVersion, first) == [1]
    assert numbers(AgreementVersion, later) == [1]
