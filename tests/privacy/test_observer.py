"""The observer test (issue 14): nobody can tell that another person did something private.

For every private act the product has (`ACTS`, one list), the other members of the space
(the partner and the professional, or both partners when the professional acts) read every
page they can reach and every API GET they may call: three times before the act and once
after. Every response (status, headers, Set-Cookie, body) must be byte-identical to the one
before, except where the three reads before already differed among themselves with nothing
happening (a token masked afresh on every response). A value that was the same in every read
before and differs after is the signal this test exists to catch: a CSRF token that a kept
page served unchanged until the act made the page render afresh is exactly that.

Pages are found by following links from each viewer's home (plus a fixed list), API GETs from
the OpenAPI schema (/api/v1/openapi.json) with path parameters filled from the ids earlier
responses carried. Each act is done the way the person does it: through the pages, with the
forms the page gives. The acts run one after another in one space (in ACTS' order), with kept
pages as configured on PostgreSQL (production's way) and with `AMENDS_PAGE_CACHE_SECONDS = 0`
on SQLite, so that between the two databases' runs every page is checked both rendered afresh
and served kept (`AMENDS_OBSERVER=both` runs both ways on one database; docs/decisions.md).
The app's clock stands still during the reads, so a time shown on a page ("a minute ago")
cannot differ between them; each act happens a minute later than the one before.

`test_every_service_that_writes_is_classified` fails when a public function in some
`amends/*/services.py` is neither one of the acts below (by name) nor in `NOT_PRIVATE` with a
reason, so a new private write cannot slip past this test.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import itertools
import os
import pkgutil
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from html.parser import HTMLParser
from typing import Any
from unittest import mock
from urllib.parse import urljoin, urlsplit

import pytest
from django.db import connection, transaction
from django.db.models import F
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

import amends
from amends.accounts.models import User
from amends.afterwards import services as afterwards
from amends.agreement import services as agreement
from amends.agreement.selectors import space_behaviours
from amends.checkins import services as checkins
from amends.checkins.models import MEASURE_KEYS
from amends.checkins.weeks import this_monday
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create
from amends.ownpart import services as ownpart
from amends.ownpart.models import Slip
from amends.professional.models import Homework, Note
from amends.professional.services import homework_assign, note_write
from amends.repair import services as repair
from amends.repair.models import Breach, RepairAttempt
from amends.talk.services import message_send
from amends.transparency import services as transparency
from amends.transparency.models import Offer
from amends.triggers import services as triggers
from amends.triggers.models import HardDay, Trigger
from tests.afterwards_setup import atoned
from tests.api.conftest import Api, token_for
from tests.checkins.instrument_fixture import PATH as INSTRUMENT
from tests.conftest import (
    PASSWORD,
    Couple,
    client_for,
    make_user,
    professional_joins,
    totp_now,
    url_for,
)

# ------------------------------------------------------------------------------ the scene


@dataclass
class Scene:
    """A couple some weeks in, with something shared at every step an act needs."""

    couple: Couple
    shared: Breach  # Alex was hurt; both committed; Alex's "rebuild" shared with Jordan and Sam
    undecided: Breach  # Alex was hurt; no decision yet
    attempt: RepairAttempt  # Jordan's, shared, declined; Alex may reflect on it privately
    private_entry: JournalEntry  # Alex's, private
    note: Note  # Sam's own note
    browsers: dict[str, Client] = field(default_factory=dict)  # the actors' own, signed in
    moment: Trigger | None = None  # Alex's, private (the log always is)
    private_day: HardDay | None = None  # Alex's, private
    homework: Homework | None = None  # Sam's, for Alex
    after: Breach | None = None  # Alex was hurt; atonement done, the steps after it open
    offer: Offer | None = None  # Jordan's, to Alex, on, its review day today
    offer_draft: Offer | None = None  # Alex's, not offered yet
    owned: Breach | None = None  # Alex hurt Jordan: Alex writes its account, privately first

    def people(self) -> dict[str, User]:
        c = self.couple
        return {"alex": c.alex, "jordan": c.jordan, "sam": c.sam}

    def space_url(self, name: str, *objs: Any) -> str:
        return url_for(name, self.couple.space, *objs)


def build_scene(c: Couple) -> Scene:
    both = "partner_and_professional"
    journal_entry_create(space=c.space, by=c.jordan, text="Jordan, to Alex", visibility="partner")
    journal_entry_create(space=c.space, by=c.alex, text="Alex, to both", visibility=both)
    private_entry = journal_entry_create(
        space=c.space, by=c.alex, text="Alex, private", visibility="private"
    )
    shared = repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="You promised and did not come.",
        visibility=both,
    )
    repair.commitment_make(breach=shared, by=c.alex, text="I will be honest.", visibility=both)
    repair.commitment_make(breach=shared, by=c.jordan, text="I will own it.", visibility=both)
    repair.decision_set(breach=shared, by=c.alex, choice="rebuild", visibility=both)
    repair.reflection_write(
        breach=shared, by=c.alex, emotion="hurt", text="It hurt.", visibility=both
    )
    attempt = repair.attempt_offer(
        breach=shared, by=c.jordan, kind="apology", text="I am sorry.", visibility=both
    )
    # Declined: the private question about a "no" is offered after one.
    repair.attempt_acknowledge(attempt=attempt, by=c.alex, acknowledgement="declined")
    repair.promise_make(
        breach=shared, by=c.jordan, text="Home by six.", rhythm="daily", visibility=both
    )
    undecided = repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=True,
        category="harsh_words",
        description="What you said to your sister.",
        visibility="partner",
    )
    message_send(space=c.space, by=c.jordan, text="Can we talk tonight?")
    repair.safety_check_record(
        space=c.space,
        by=c.jordan,
        feels_afraid=False,
        hurt_or_threatened=False,
        controlled=False,
        forced_sexual_contact=False,
    )
    checkins.checkin_sharing_set(space=c.space, by=c.jordan, visibility=both)
    checkins.checkin_record(
        space=c.space,
        by=c.jordan,
        week=timezone.localdate(),
        scores=dict.fromkeys(MEASURE_KEYS, 4),
        note="An okay week.",
        visibility=both,
    )
    # Alex asked for reminders today (an act below sends one).
    checkins.reminder_preference_set(
        by=c.alex, weekday=timezone.localdate().weekday(), checkin=True
    )
    # The agreement: a first round answered by both and revealed, a draft written from it,
    # and a second round open, which Jordan has begun.
    ids = [b.uid for b in space_behaviours(space=c.space)]
    for who, stance in ((c.alex, "fine"), (c.jordan, "cheating")):
        agreement.ratings_set(
            space=c.space,
            by=who,
            ratings={b: "fine" if n % 2 else stance for n, b in enumerate(ids)},
        )
    draft = agreement.agreement_draft_start(space=c.space, by=c.alex)
    agreement.agreement_note_add(version=draft, by=c.jordan, text="Let us talk about texts.")
    agreement.round_start(space=c.space, by=c.jordan)
    agreement.ratings_set(space=c.space, by=c.jordan, ratings=dict.fromkeys(ids[:5], "fine"))
    note = note_write(space=c.space, by=c.sam, text="Session one: they listen well.")
    # Hard moments: what helps Alex, written with Jordan; the signal on, and sent a little
    # while ago (Jordan sees it on their home page); a day Alex shared, one kept private.
    triggers.response_save(
        space=c.space, for_person=c.alex, by=c.alex, what_helps="Sit with me.", what_to_say="Hi."
    )
    triggers.signal_setting_set(space=c.space, by=c.alex, on=True)
    triggers.signal_send(space=c.space, by=c.alex)
    triggers.hard_day_add(
        space=c.space,
        by=c.alex,
        label="Our anniversary",
        day=timezone.localdate() + timedelta(days=5),
        plan="A walk, the two of us.",
        visibility="partner",
    )
    private_day = triggers.hard_day_add(
        space=c.space,
        by=c.alex,
        label="The day I found out",
        day=timezone.localdate() + timedelta(days=9),
        plan="Stay with my sister.",
    )
    moment = triggers.trigger_log(space=c.space, by=c.alex, kind="place", strength=3)
    triggers.trigger_log(space=c.space, by=c.jordan, kind="thought", strength=2)
    (homework,) = homework_assign(
        space=c.space, by=c.sam, partners=[c.alex], source="own", text="A walk, phones at home."
    )
    # After the repair: a path whose atonement is done; Jordan shared a small moment.
    after = atoned(c, description="The weekend away.")
    afterwards.bid_add(breach=after, by=c.jordan, kind="appreciation", text="Thank you for tea.")
    # Being open: Jordan's offer, taken up by Alex, its review day come; Alex's own draft.
    soon = timezone.localdate() + timedelta(weeks=5)
    offer = transparency.offer_draft(
        space=c.space, by=c.jordan, act="I will tell you if she calls.", review_on=soon
    )
    transparency.offer_make(offer=offer, by=c.jordan)
    # Offered "now" by the stopped clock, which is before the memberships' real times: moved
    # to when it was written, so Alex, in the space already, may see it.
    Offer.objects.filter(pk=offer.pk).update(shared_at=F("created_at"))
    offer = transparency.offer_answer(offer=offer, by=c.alex, accept=True)
    offer.review_on = timezone.localdate()
    offer.save(update_fields=["review_on"])
    offer_draft = transparency.offer_draft(
        space=c.space, by=c.alex, act="I will say when I am late.", review_on=soon
    )
    # The account: a path where Alex hurt Jordan, and Alex's account of it not begun.
    owned = repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=False,
        category="infidelity_emotional",
        description="The messages I hid.",
        visibility=both,
    )
    # My own part: Alex also caused a hurt that was an addiction; both said yes to the
    # 24-hour rule. Alex's reflections, days and slips are acts below.
    repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=False,
        category="addiction_gambling",
        description="The betting I hid.",
        visibility=both,
    )
    ownpart.rule_say_yes(space=c.space, by=c.alex)
    ownpart.rule_say_yes(space=c.space, by=c.jordan)
    return Scene(
        c,
        shared,
        undecided,
        attempt,
        private_entry,
        note,
        moment=moment,
        private_day=private_day,
        homework=homework,
        after=after,
        offer=offer,
        offer_draft=offer_draft,
        owned=owned,
    )


# ------------------------------------------------------------------------------ forms


class _Page(HTMLParser):
    """The forms and links of a page, as a browser without JavaScript sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.forms: list[dict[str, Any]] = []
        self._select: dict[str, Any] | None = None
        self._textarea: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.forms.append(
                {"action": a.get("action", ""), "method": a.get("method", "get"), "fields": []}
            )
        elif not self.forms:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text").lower()
            self.forms[-1]["fields"].append(
                {
                    "name": a["name"],
                    "type": kind,
                    "value": a.get("value", "on" if kind in ("checkbox", "radio") else ""),
                    "checked": "checked" in a,
                }
            )
        elif tag == "button" and a.get("name"):
            self.forms[-1]["fields"].append(
                {"name": a["name"], "type": "submit", "value": a.get("value", ""), "checked": False}
            )
        elif tag == "select" and a.get("name"):
            self._select = {"name": a["name"], "type": "select", "options": []}
            self.forms[-1]["fields"].append(self._select)
        elif tag == "option" and self._select is not None:
            self._select["options"].append((a.get("value", ""), "selected" in a))
        elif tag == "textarea" and a.get("name"):
            self._textarea = {"name": a["name"], "type": "textarea", "value": ""}
            self.forms[-1]["fields"].append(self._textarea)

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea["value"] += data


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def form_values(form: dict[str, Any]) -> dict[str, str]:
    """What the browser would send for this form, untouched."""
    data: dict[str, str] = {}
    for f in form["fields"]:
        if f["type"] in ("submit", "button", "image", "reset", "file"):
            continue
        if f["type"] in ("checkbox", "radio"):
            if f["checked"]:
                data[f["name"]] = f["value"]
        elif f["type"] == "select":
            chosen = [v for v, sel in f["options"] if sel] or [v for v, _ in f["options"][:1]]
            if chosen:
                data[f["name"]] = chosen[0]
        else:
            data[f["name"]] = f["value"]
    return data


def submit(
    client: Client,
    url: str,
    changes: dict[str, str] | Callable[[dict[str, Any]], dict[str, str]],
    *,
    where: dict[str, str] | None = None,
    has: Iterable[str] = (),
    page: Any = None,
    press: str = "",
    to: str = "",
) -> Any:
    """Open `url` (or take the `page` opened already), fill the first form that carries the
    hidden values `where` and the fields `has` (and posts to an address ending in `to`), and
    send it (with the button named `press`). The answer must be a redirect: saved."""
    page = page or client.get(url)
    assert page.status_code == 200, (url, page.status_code)
    forms = parse(page.content.decode())
    wanted = set(has) | ({press} if press else set())
    for form in forms.forms:
        names = {f["name"] for f in form["fields"]}
        values = form_values(form)
        if form["method"].lower() != "post" or not wanted <= names:
            continue
        if any(values.get(k) != v for k, v in (where or {}).items()):
            continue
        if to and not form["action"].endswith(to):
            continue
        data = values | (changes(form) if callable(changes) else changes)
        if press:
            data[press] = next(f["value"] for f in form["fields"] if f["name"] == press)
        response = client.post(urljoin(url, form["action"]) or url, data)
        assert response.status_code in (302, 303), (
            url,
            response.status_code,
            re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]+)', response.content.decode()),
        )
        assert not re.search(r"/accounts/(login|reauthenticate)/", response["Location"]), response[
            "Location"
        ]
        return response
    raise AssertionError(f"no form with {where} and {wanted} on {url}")


def sign_in_through_the_form(user: User) -> Client:
    client = Client()
    client.get(reverse("account_login"))
    response = client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302 and "login" not in response["Location"], response
    return client


# ------------------------------------------------------------------------------ the acts


@dataclass(frozen=True)
class Act:
    name: str
    actor: str  # "alex" or "sam"
    do: Callable[[Scene], object]
    covers: tuple[str, ...] = ()  # the service functions this act is how a person reaches

    def __str__(self) -> str:
        """A test id: "private-re-decision-after-a-shared-one"."""
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")


def _alex(s: Scene) -> Client:
    return s.browsers["alex"]


def _sign_in(s: Scene) -> None:
    sign_in_through_the_form(s.couple.alex)  # a new browser: last_login is written


def _api_token(s: Scene) -> None:
    response = Api().post("/auth/token", {"email": s.couple.alex.email, "password": PASSWORD})
    assert response.status_code == 200, response.content


def _sign_out(s: Scene) -> None:
    response = s.browsers["alex-other-device"].post(reverse("account_logout"))
    assert response.status_code == 302


def _sign_out_everywhere(s: Scene) -> None:
    device = Client()
    device.force_login(s.couple.alex)
    assert device.post(reverse("sessions_end_everywhere")).status_code == 302


def _coached_draft(s: Scene) -> None:
    """Words the coach has something to say about are held for their writer, not sent."""
    response = submit(
        _alex(s),
        s.space_url("talk"),
        {"text": "You are pathetic and you never listen to me."},
        has=["text"],
    )
    assert "draft=" in response["Location"], response["Location"]


def _journal(s: Scene) -> None:
    submit(
        _alex(s),
        s.space_url("journal_list"),
        {"text": "Only mine.", "visibility": "private"},
        has=["text"],
    )


def _journal_edit(s: Scene) -> None:
    url = url_for("journal_edit", s.couple.space, s.private_entry)
    submit(_alex(s), url, {"text": "Only mine, again."}, has=["text"])


def _journal_delete(s: Scene) -> None:
    url = url_for("journal_delete", s.couple.space, s.private_entry)
    submit(_alex(s), url, {})


def _safety(s: Scene) -> None:
    submit(_alex(s), s.space_url("safety_check"), {"feels_afraid": "on"}, has=["feels_afraid"])


def _private_decision(s: Scene, breach: Breach, choice: str, note: str) -> None:
    url = s.space_url("step_decision", breach)
    submit(
        _alex(s),
        url,
        {"choice": choice, "visibility": "private", "note": note},
        to="/decision/decide/",
    )


def _decision(s: Scene) -> None:
    _private_decision(s, s.undecided, "not_sure", "Not yet.")


def _re_decision(s: Scene) -> None:
    """After the shared "rebuild": a new decision, kept private."""
    _private_decision(s, s.shared, "no", "I am done.")


def _reflection(s: Scene) -> None:
    url = s.space_url("step_reflection", s.shared)
    submit(
        _alex(s),
        url,
        {"emotion": "anger", "text": "So angry.", "visibility": "private"},
        has=["text"],
    )


def _attempt_reflection(s: Scene) -> None:
    url = s.space_url("step_attempts", s.shared)
    submit(_alex(s), url, {"text": "Am I punishing? Maybe."}, to="/attempts/reflect/")


def _self_trust(s: Scene) -> None:
    submit(
        _alex(s), s.space_url("self_trust"), {"text": "I trust my gut."}, has=["exercise", "text"]
    )


def _seeing(s: Scene) -> None:
    response = _alex(s).get(s.space_url("what_im_seeing", s.shared))
    assert response.status_code == 200


def _checkin(s: Scene) -> None:
    def fill(form: dict[str, Any]) -> dict[str, str]:
        return dict.fromkeys(MEASURE_KEYS, "3") | {"visibility": "private", "note": "Hard week."}

    submit(_alex(s), s.space_url("checkin"), fill, has=["week"])


def _instrument_answers(s: Scene) -> None:
    """Alex answers the check-in's optional questions (this week), kept to themselves.
    (Switched on here too, for the tests that do these acts outside this run.)"""
    with override_settings(AMENDS_CHECKIN_INSTRUMENT=INSTRUMENT):
        checkins.instrument_answers_record(
            space=s.couple.space, by=s.couple.alex, week=this_monday(), answers=[1, 2, 3]
        )


def _instrument_kept(s: Scene) -> None:
    """Alex says, explicitly, that only they see those answers (nothing was shared)."""
    with override_settings(AMENDS_CHECKIN_INSTRUMENT=INSTRUMENT):
        url = s.space_url("checkin_instrument_sharing")
        submit(_alex(s), url, {"share": "no"}, has=["share"])


def _trigger_log(s: Scene) -> None:
    """Two taps: what brought it on, then how strong (the button that saves)."""
    submit(
        _alex(s),
        s.space_url("triggers_home"),
        {"kind": "song", "strength": "4", "note": "Our song, in the shop."},
        has=["kind", "strength"],
    )


def _trigger_update(s: Scene) -> None:
    url = url_for("trigger_edit", s.couple.space, s.moment)
    submit(_alex(s), url, {"helped": "breathing", "note": "Breathing helped."}, has=["note"])


def _trigger_delete(s: Scene) -> None:
    submit(_alex(s), url_for("trigger_delete", s.couple.space, s.moment), {})


def _hard_moments_read(s: Scene) -> None:
    for name in ("triggers_home", "triggers_weeks"):
        assert _alex(s).get(s.space_url(name)).status_code == 200


def _hard_day(s: Scene) -> None:
    submit(
        _alex(s),
        s.space_url("hard_days"),
        {
            "label": "Her birthday",
            "day": (timezone.localdate() + timedelta(days=2)).isoformat(),
            "plan": "Away for the day.",
            "visibility": "private",
        },
        has=["label"],
    )


def _hard_day_update(s: Scene) -> None:
    url = url_for("hard_day_edit", s.couple.space, s.private_day)
    submit(_alex(s), url, {"plan": "My sister's, all day."}, has=["plan"])


def _hard_day_delete(s: Scene) -> None:
    submit(_alex(s), url_for("hard_day_delete", s.couple.space, s.private_day), {})


def _after_draft(s: Scene) -> None:
    """What happened between us: Alex's side, kept as a draft."""
    submit(
        _alex(s),
        s.space_url("afterwards_between_us", s.after),
        {"visibility": "private", "feelings": "Lonely.", "own_part": "I went quiet."},
        has=["feelings"],
    )


def _after_draft_again(s: Scene) -> None:
    submit(
        _alex(s),
        s.space_url("afterwards_comfort", s.after),
        {"visibility": "private", "text": "I needed you to stay and hold me."},
        has=["text"],
    )


def _account_draft(s: Scene) -> None:
    assert s.owned is not None
    url = reverse("account_part", args=[s.couple.space.uid, s.owned.uid, "when"])
    submit(_alex(s), url, {"text": "It began in March, at work."}, has=["text"])


def _account_choice(s: Scene) -> None:
    submit(
        _alex(s),
        s.space_url("account_detail", s.shared),
        {"level_who": "outline", "sexual_specifics": "no", "visibility": "private"},
        has=["level_who", "visibility"],
    )


def _no_contact_draft(s: Scene) -> None:
    submit(
        _alex(s),
        s.space_url("no_contact", s.owned),
        {"text": "This is over. Please do not contact me again."},
        to="/message/draft/",
        has=["text"],
    )


def _after_moment(s: Scene) -> None:
    submit(
        _alex(s),
        s.space_url("afterwards_turning", s.after),
        {"kind": "bid", "visibility": "private", "text": "Ask how the day went."},
        to="/turning/bid/",
    )


def _after_moment_removed(s: Scene) -> None:
    from amends.afterwards.models import Bid

    bid = Bid.objects.get(author=s.couple.alex, visibility="private")
    response = _alex(s).post(url_for("afterwards_bid_delete", s.couple.space, s.after, bid))
    assert response.status_code == 302


def _closeness_not_yet(s: Scene) -> None:
    submit(
        _alex(s),
        s.space_url("afterwards_turning", s.after),
        {"wants": "no"},
        to="/turning/closeness/",
    )


def _closeness_yes_alone(s: Scene) -> None:
    """A yes while the partner has not said yes is as private as a "not yet"."""
    submit(
        _alex(s),
        s.space_url("afterwards_turning", s.after),
        {"wants": "yes"},
        to="/turning/closeness/",
    )


def _forgiveness(s: Scene) -> None:
    url = s.space_url("step_forgiveness", s.shared)
    submit(
        _alex(s),
        url,
        {"text": "I forgive you, for me.", "visibility": "private", "confirmed": "1"},
        has=["text"],
    )


def _forgiveness_again(s: Scene) -> None:
    url = s.space_url("step_forgiveness", s.shared)
    submit(
        _alex(s),
        url,
        {
            "text": "I am not there now.",
            "stance": "taken_back",
            "visibility": "private",
            "confirmed": "1",
        },
        has=["text", "stance"],
    )


def _agreement_answers(s: Scene) -> None:
    """Some answers, not all: nothing is revealed until both have answered everything."""

    def two_answers(form: dict[str, Any]) -> dict[str, str]:
        radios = [f for f in form["fields"] if f["type"] == "radio"]
        names = list(dict.fromkeys(f["name"] for f in radios))[:2]
        return {n: next(f["value"] for f in radios if f["name"] == n) for n in names}

    first_group = re.search(
        r'href="([^"]*/agreement/questions/[\w-]+/)"',
        _alex(s).get(s.space_url("agreement_home")).content.decode(),
    )
    assert first_group
    submit(_alex(s), first_group[1], two_answers)


def _note(s: Scene) -> None:
    submit(
        s.browsers["sam"],
        s.space_url("professional_couple"),
        {"text": "Alex seems tired."},
        has=["text"],
    )


def _note_delete(s: Scene) -> None:
    submit(s.browsers["sam"], s.space_url("professional_couple"), {}, to="/delete/")


def _session(s: Scene) -> None:
    submit(s.browsers["sam"], s.space_url("professional_couple"), {}, to="/couple/session/")


def _group_create(s: Scene) -> None:
    submit(
        s.browsers["sam"],
        reverse("practice_groups"),
        {"name": "Tuesday group", "starts_on": timezone.localdate().isoformat()},
        has=["name"],
        to="/groups/new/",
    )


def _homework_note(s: Scene) -> None:
    assert s.homework is not None
    url = url_for("homework", s.couple.space, s.homework)
    submit(_alex(s), url, {"text": "It was hard.", "audience": "private"}, to="/note/")


def _offer_draft(s: Scene) -> None:
    submit(
        _alex(s),
        s.space_url("transparency_home"),
        {
            "suggestion": "own",
            "act": "My laptop is open to you.",
            "review_on": (timezone.localdate() + timedelta(weeks=4)).isoformat(),
        },
        has=["act", "review_on"],
    )


def _offer_draft_update(s: Scene) -> None:
    url = url_for("transparency_offer", s.couple.space, s.offer_draft)
    submit(_alex(s), url, {"act": "I will call when I am late."}, to="/edit/")


def _offer_draft_delete(s: Scene) -> None:
    url = url_for("transparency_offer", s.couple.space, s.offer_draft)
    submit(_alex(s), url, {}, to="/delete/")


def _pressured(s: Scene) -> None:
    url = url_for("transparency_offer", s.couple.space, s.offer)
    submit(_alex(s), url, {"note": "I said yes too fast."}, to="/pressure/")


def _pressured_taken_back(s: Scene) -> None:
    url = url_for("transparency_offer", s.couple.space, s.offer)
    submit(_alex(s), url, {}, to="/pressure_back/")


def _review_reminder(s: Scene) -> None:
    from django.core import mail

    from amends.transparency.tasks import send_review_reminder

    assert s.offer is not None
    send_review_reminder.enqueue(s.couple.alex.pk, s.offer.pk)
    assert [m.to for m in mail.outbox][-1:] == [[s.couple.alex.email]]


def _own_reflection(s: Scene) -> None:
    url = reverse("ownpart_reflection", args=[s.couple.space.uid, "did"])
    submit(_alex(s), url, {"text": "I lied, and I chose to."}, has=["text"], to="/save/")


def _own_reflection_again(s: Scene) -> None:
    url = reverse("ownpart_reflection", args=[s.couple.space.uid, "did"])
    submit(_alex(s), url, {"text": "I lied. It was my choice."}, has=["text"], to="/save/")


def _own_reflection_deleted(s: Scene) -> None:
    submit(
        _alex(s),
        reverse("ownpart_reflection", args=[s.couple.space.uid, "did"]),
        {},
        to="/did/delete/",
    )


def _own_day(s: Scene) -> None:
    submit(
        _alex(s), s.space_url("ownpart_today"), {"how": "urges", "helped": "talked"}, has=["how"]
    )


def _own_slip(s: Scene) -> None:
    submit(
        _alex(s), s.space_url("ownpart_today"), {"how": "slipped", "note": "Online."}, has=["how"]
    )


def _own_read(s: Scene) -> None:
    for name in ("ownpart_home", "ownpart_weeks"):
        assert _alex(s).get(s.space_url(name)).status_code == 200


def _slip_reminder(s: Scene) -> None:
    from django.core import mail

    from amends.ownpart.tasks import send_slip_reminder

    slip = Slip.objects.get(author=s.couple.alex, told_at=None)
    Slip.objects.filter(pk=slip.pk).update(created_at=timezone.now() - timedelta(hours=30))
    assert _alex(s).get(url_for("ownpart_slip", s.couple.space, slip)).status_code == 200
    send_slip_reminder.enqueue(s.couple.alex.pk, slip.pk)
    assert [m.to for m in mail.outbox][-1:] == [[s.couple.alex.email]]


def _export_json(s: Scene) -> None:
    response = _alex(s).get(reverse("export_json"))
    assert response.status_code == 200 and b"amends-export" in response.content


def _export_html(s: Scene) -> None:
    assert _alex(s).get(reverse("export_html")).status_code == 200


def _journal_lock(s: Scene) -> None:
    submit(_alex(s), reverse("settings"), {"journal_lock": "on"}, has=["journal_lock"])


def _reminders(s: Scene) -> None:
    other_day = str((timezone.localdate().weekday() + 3) % 7)
    submit(_alex(s), s.space_url("checkin_reminders"), {"weekday": other_day}, has=["weekday"])


def _reminder_sent(s: Scene) -> None:
    from django.core import mail

    from amends.checkins.tasks import send_checkin_reminder

    send_checkin_reminder.enqueue(s.couple.alex.pk)
    assert [m.to for m in mail.outbox][-1:] == [[s.couple.alex.email]]


def _mfa(s: Scene) -> None:

    alex = _alex(s)
    url = reverse("mfa_activate_totp")
    page = alex.get(url)
    if page.status_code == 302 and "reauthenticate" in page["Location"]:
        # Signed in a while ago: asked for the password again, as anyone would be.
        submit(alex, page["Location"], {"password": PASSWORD}, has=["password"])
        page = alex.get(url)
    assert page.status_code == 200, page
    secret = page.context["form"].secret
    code = totp_now(secret)
    submit(alex, url, {"code": code}, has=["code"], page=page)  # the secret of this page


def _password(s: Scene) -> None:
    new = "a different horse battery"
    submit(
        _alex(s),
        reverse("account_change_password"),
        {"oldpassword": PASSWORD, "password1": new, "password2": new},
        has=["oldpassword"],
    )


def _email(s: Scene) -> None:
    submit(
        _alex(s),
        reverse("account_email"),
        {"email": f"other.{s.couple.alex.email}"},
        has=["email"],
    )


# Every private act, once. `covers` names the service functions an act is the way to.
ACTS: list[Act] = [
    # In this order, one after another in one space: each finds the space as the acts
    # before it left it (sign in before two-factor is on, the reminder before the check-in).
    Act("sign in", "alex", _sign_in),
    Act("API token", "alex", _api_token),
    Act("private journal entry", "alex", _journal, ("journal_entry_create",)),
    Act("private journal entry edited", "alex", _journal_edit, ("journal_entry_update",)),
    Act("private journal entry deleted", "alex", _journal_delete, ("journal_entry_delete",)),
    Act("safety screen", "alex", _safety, ("safety_check_record",)),
    Act("private decision", "alex", _decision, ("decision_set",)),
    Act("private reflection", "alex", _reflection, ("reflection_write",)),
    Act("attempt reflection", "alex", _attempt_reflection, ("attempt_reflect",)),
    Act("self-trust entry", "alex", _self_trust, ("self_trust_write",)),
    Act("what I'm seeing (read)", "alex", _seeing),
    # The worker sends the reminder Alex asked for; unclaim is its failure path.
    Act("reminder e-mail sent", "alex", _reminder_sent, ("reminder_claim", "reminder_unclaim")),
    Act("private check-in", "alex", _checkin, ("checkin_record", "checkin_record_with_answers")),
    # The check-in's optional questions (on for this run: tests/checkins/instrument_fixture).
    Act(
        "private answers: how things feel",
        "alex",
        _instrument_answers,
        ("instrument_answers_record",),
    ),
    Act("how things feel kept private", "alex", _instrument_kept, ("instrument_sharing_set",)),
    Act("hard moment logged", "alex", _trigger_log, ("trigger_log",)),
    Act("hard moment: what helped", "alex", _trigger_update, ("trigger_update",)),
    Act("hard moments and the weeks (read)", "alex", _hard_moments_read),
    Act("hard moment deleted", "alex", _trigger_delete, ("trigger_delete",)),
    Act("private hard day", "alex", _hard_day, ("hard_day_add",)),
    Act("private hard day changed", "alex", _hard_day_update, ("hard_day_update",)),
    Act("private hard day deleted", "alex", _hard_day_delete, ("hard_day_delete",)),
    Act("after the repair: a private draft", "alex", _after_draft, ("part_save",)),
    Act("after the repair: a private ask for comfort", "alex", _after_draft_again, ("part_save",)),
    Act("after the repair: a private small moment", "alex", _after_moment, ("bid_add",)),
    Act(
        "after the repair: a private moment removed", "alex", _after_moment_removed, ("bid_delete",)
    ),
    Act("closeness: a private not yet", "alex", _closeness_not_yet, ("closeness_say",)),
    Act(
        "closeness: a yes not yet shared by both", "alex", _closeness_yes_alone, ("closeness_say",)
    ),
    Act("account draft written", "alex", _account_draft, ("account_part_write",)),
    Act("account detail chosen, kept private", "alex", _account_choice, ("detail_choose",)),
    Act("no-contact message drafted", "alex", _no_contact_draft, ("message_draft",)),
    Act("private forgiveness", "alex", _forgiveness, ("forgiveness_give",)),
    Act("private forgiveness revisited", "alex", _forgiveness_again, ("forgiveness_revise",)),
    Act("agreement answers", "alex", _agreement_answers, ("ratings_set", "rating_set")),
    Act("private re-decision after a shared one", "alex", _re_decision, ("decision_set",)),
    Act("professional's private note", "sam", _note, ("note_write",)),
    Act("professional's note deleted", "sam", _note_delete, ("note_delete",)),
    Act("professional notes a session", "sam", _session, ("session_record",)),
    Act("homework note kept private", "alex", _homework_note, ("homework_note_write",)),
    Act("professional makes a program group", "sam", _group_create, ("cohort_create",)),
    Act("transparency offer drafted", "alex", _offer_draft, ("offer_draft",)),
    Act("transparency draft changed", "alex", _offer_draft_update, ("offer_update",)),
    Act("transparency draft deleted", "alex", _offer_draft_delete, ("offer_delete",)),
    Act("I feel pressured into this", "alex", _pressured, ("pressure_note",)),
    Act("I feel pressured, taken back", "alex", _pressured_taken_back, ("pressure_take_back",)),
    Act(
        "review reminder sent",
        "alex",
        _review_reminder,
        ("review_reminder_claim", "review_reminder_unclaim"),
    ),
    Act("own part: a private reflection", "alex", _own_reflection, ("reflection_save",)),
    Act("own part: the reflection rewritten", "alex", _own_reflection_again, ("reflection_save",)),
    Act(
        "own part: the reflection deleted", "alex", _own_reflection_deleted, ("reflection_delete",)
    ),
    Act("own part: a day's check-in", "alex", _own_day, ("day_check",)),
    Act("own part: a slip, not told", "alex", _own_slip, ("day_check",)),
    Act("own part and the weeks (read)", "alex", _own_read),
    Act(
        "a slip's reminder (to its author only)",
        "alex",
        _slip_reminder,
        ("slip_reminder_claim", "slip_reminder_unclaim"),
    ),
    Act("export (JSON)", "alex", _export_json),
    Act("export (readable)", "alex", _export_html),
    Act("settings: reminders", "alex", _reminders, ("reminder_preference_set",)),
    Act("e-mail address added", "alex", _email),
    Act("two-factor on", "alex", _mfa),
    Act("password change", "alex", _password, ("security_credentials_reset",)),
    Act("settings: journal lock", "alex", _journal_lock, ("journal_lock_set",)),
    Act("coached words held back", "alex", _coached_draft, ("draft_keep",)),
    Act("sign out", "alex", _sign_out),
    Act("sign out everywhere", "alex", _sign_out_everywhere, ("sessions_end_everywhere",)),
]

# Service functions that are not private acts, and why.
# Private acts that need a scene of their own (someone who joined later), observed by the
# test named, with the same byte-for-byte comparison.
PRIVATE_ELSEWHERE: dict[str, str] = {
    "items_keep": "tests/privacy/test_sharing_with_people.py::"
    "test_the_share_again_page_is_private_to_its_member",
}

NOT_PRIVATE: dict[str, str] = {
    "spaces_mark_partner_left": "a partner left: the one who stays is told, without details",
    "draft_forget": "forgets the writer's held words as they send (the send is what is seen)",
    "items_share_again": "shares items with the newcomer, who then sees them",
    "trump_tallies_fill": "an upgrade or a bulk load: trump_tally_refresh for each space",
    "trump_tally_refresh": "part of a message, a forgiveness, a share or a member coming or "
    "going: each partner's own tally, from what that partner may see (test_trump_tally.py)",
    "decision_withdraw": "takes back a shared decision: those who saw it see it taken back",
    "account_delete": "the person leaves: the partner sees them and their shared words go",
    "custom_behaviour_add": "adds a behaviour both partners answer",
    "round_start": "starts a new round for both",
    "agreement_open_to_newcomer": "part of a partner joining: what the one here began alone "
    "for the two of them (unrevealed answers, their questions) becomes the couple's",
    "agreement_draft_start": "writes the shared agreement",
    "agreement_draft_save": "writes the shared agreement",
    "agreement_sign": "signs the shared agreement",
    "agreement_revision_propose": "proposes a revision to both",
    "agreement_note_add": "writes a note on the shared agreement",
    "agreement_set_aside": "sets the shared draft aside",
    "checkin_sharing_set": "changes what others may see of check-ins",
    "program_load": "the operator's curriculum, for everyone",
    "program_load_file": "the operator's curriculum, for everyone",
    "breach_record": "writes a shared breach (never private)",
    "decision_share": "shares or withdraws a decision: an act the partner may see",
    "commitment_make": "writes a shared commitment",
    "statement_write": "writes a shared accountability statement",
    "statement_respond": "answers the partner's statement",
    "question_ask": "asks the partner a question",
    "question_withdraw": "withdraws a question the partner saw",
    "question_answer": "answers the partner's question",
    "disclosure_add": "writes a shared disclosure",
    "disclosure_declare_complete": "tells the partner disclosure is complete",
    "questions_close": "closes the shared questions step",
    "questions_reopen": "reopens the shared questions step",
    "impact_write": "writes a shared impact statement",
    "attempt_offer": "offers the partner a repair attempt",
    "attempt_acknowledge": "answers the partner's repair attempt",
    "promise_make": "makes the partner a promise",
    "promise_mark": "marks a shared promise kept or broken, shown side by side",
    "outcome_record": "writes a shared outcome",
    "outcome_revise": "writes a new version of a shared outcome",
    "item_visibility_change": "changes who may see an item",
    "space_create": "a new space nobody else is in",
    "space_rename": "renames the shared space",
    "partner_invite_create": "invites a partner into the space",
    "invite_revoke": "withdraws an invitation the space shows",
    "professional_invite_propose": "proposes a professional to the partner",
    "professional_approve": "approves the professional",
    "professional_link_create": "invites the professional",
    "professional_remove": "removes the professional",
    "invite_accept": "someone joins the space",
    "space_leave": "someone leaves the space",
    "professional_access_end_if_alone": "the professional's access ends",
    "message_send": "writes a shared message",
    "homework_assign": "the professional sets homework: the partner it is for sees it",
    "homework_mark_done": "marks homework done: the professional who set it sees that",
    "secrets_policy_set": "the professional's secrets policy: every couple they work with reads it",
    "cohort_offer": "offers a couple a place in a program group: both partners see it",
    "cohort_agree": "a partner's yes to a program group: the other partner and the "
    "professional see it",
    "cohort_leave": "leaves, declines or withdraws a place in a program group: the couple and "
    "the professional see it",
    "conversation_start": "starts a shared conversation",
    "conversation_reply": "replies in a shared conversation",
    "conversation_settle": "settles a shared conversation",
    "conversation_turn_into_breach": "turns a shared conversation into a shared breach",
    "response_save": "writes what helps, shared with the partner who writes it too",
    "response_agree": "agrees to what helps, which both partners see",
    "signal_setting_set": "turns the signal on (the partner is told) or off (told it is off); "
    "off when it was never on writes nothing",
    "signal_send": "sends the partner the signal",
    "signal_seen": "tells the partner their signal was seen",
    "offer_make": "offers a draft to the partner, who then reads it",
    "offer_withdraw": "takes back an offer the partner saw",
    "offer_share_with_professional": "shares an offer with the professional, who then reads it",
    "offer_answer": "answers the partner's offer, which they see",
    "offer_release": "releases the partner from their offer, which they see",
    "review_propose": "suggests a new review day to the partner",
    "review_agree": "agrees to the partner's new review day",
    "offer_wind_down": "ends an offer both see, at its review",
    # Not yet an act of its own (to do): it writes only DayReminderSent, a table no page
    # reads and whose writes raise nobody's numbers (versioning.NOT_SHOWN).
    "day_reminder_claim": "records a hard day's reminder sent to its own reader; no page "
    "reads it and it raises no one's numbers",
    "day_reminder_unclaim": "undoes that record when the e-mail could not be sent",
    "account_share": "shares the account with the partner (and the professional, if chosen)",
    "account_sign": "signs the shared account: both partners see the signatures",
    "account_add": "adds to a signed account, told later: its readers see it",
    "message_show": "shows the no-contact message to the partner",
    "message_suggest": "suggests other words for a message the partner showed",
    "message_accept": "takes the partner's suggested words, which they see",
    "message_mark_sent": "records a shown message as sent: its readers see the date",
    "reflection_share": "shares one reflection with the partner (who then reads it), or makes "
    "it private again (they see it go)",
    "slip_tell": "tells the partner about a slip: they see it, dated",
    "rule_say_yes": "a yes to the 24-hour rule, shared with the partner from the first save",
    "rule_take_back": "takes back a yes the partner saw",
}


# ------------------------------------------------------------------------------ observers

# Pages every signed-in person can open, besides what links lead to.
FIXED = (
    "home",
    "more",
    "settings",
    "export_page",
    "export_json",
    "export_html",
    "support",
    "privacy",
    "delete_account",
    "account_email",
    "account_change_password",
    "mfa_index",
    "usersessions_list",
    "practice",
    "practice_secrets",
    "practice_groups",
)
FIXED_IN_SPACE = (
    "space_home",
    "space_people",
    "journal_list",
    "path_list",
    "safety_check",
    "self_trust",
    "agreement_home",
    "agreement_reveal",
    "agreement_history",
    "talk",
    "hurts",
    "checkin",
    "checkin_progress",
    "checkin_sharing",
    "checkin_instrument_sharing",
    "checkin_reminders",
    "program_home",
    "professional_couple",
    "professional_prep",
    "triggers_home",
    "triggers_weeks",
    "hard_days",
    "triggers_together",
    "account_list",
    "ownpart_home",
    "ownpart_weeks",
    "ownpart_today",
)
# Links that end the session or leave the site; a read must change nothing of one's own.
NOT_READ = re.compile(r"^/(leave-now|accounts/logout|operator|static|invite)/|/leave/$")
MAX_PAGES = 250
API_BASE = "/api/v1"
MAX_QUERY_VARIANTS = 2  # ?emotion=…, ?week=…: a couple of each is enough


def observed(response: Any) -> str:
    """Everything a reader can see of a response, as text: status, headers, cookies, body."""
    lines = [f"HTTP {response.status_code}"]
    lines += [f"{k}: {v}" for k, v in sorted(response.headers.items()) if k.lower() != "set-cookie"]
    for name, morsel in sorted(response.cookies.items()):
        lines.append(f"Set-Cookie: {name}={morsel.value}; max-age={morsel['max-age']}")
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode("utf-8", "replace")
    return "\n".join(lines) + "\n\n" + body


@dataclass
class Observer:
    """One person reading everything they can: one browser and one API client throughout."""

    name: str
    user: User
    space_prefix: str
    web: Client = field(init=False)
    api: Api = field(init=False)
    ids: dict[str, list[str]]  # path parameter -> ids found so far, by every observer
    pages: list[str] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.web = client_for(self.user)
        self.api = Api(token_for(self.user))

    def _allowed(self, url: str) -> bool:
        path = urlsplit(url).path
        return not NOT_READ.search(path) and (
            path.startswith(self.space_prefix)
            or path.startswith("/accounts/")
            or path in self._fixed
        )

    def discover(self, fixed: list[str]) -> None:
        """Follow links from home and the fixed pages; GET every API path the schema has."""
        self._fixed = {urlsplit(u).path for u in fixed}
        queue = list(dict.fromkeys(fixed))
        seen: set[str] = set(queue)
        variants: dict[str, int] = {}
        while queue and len(self.pages) < MAX_PAGES:
            url = queue.pop(0)
            response = self.web.get(url)
            self.pages.append(url)
            found: list[str] = []
            if response.status_code in (301, 302, 303):
                found.append(response["Location"])
            elif "html" in response.get("Content-Type", ""):
                found += parse(response.content.decode("utf-8", "replace")).links
            for link in found:
                parts = urlsplit(urljoin(url, link))
                if parts.netloc and parts.netloc != "testserver":
                    continue
                target = parts.path + (f"?{parts.query}" if parts.query else "")
                if target in seen or not self._allowed(target):
                    continue
                if parts.query:
                    variants[parts.path] = variants.get(parts.path, 0) + 1
                    if variants[parts.path] > MAX_QUERY_VARIANTS:
                        continue
                seen.add(target)
                queue.append(target)
        discover_api(self.api, self.ids)

    def everything(self) -> list[str]:
        return [f"GET {url}" for url in self.pages] + [f"API GET {url}" for url in self.calls]

    def read(self, what: str) -> str:
        """One response, as observed: "GET /s/1/" (a page) or "API GET /spaces" (the API)."""
        kind, url = what.rsplit(" ", 1)
        return observed(self.api.get(url) if kind == "API GET" else self.web.get(url))


def _ids_in(payload: Any) -> list[str]:
    """The public ids of the items a list (or a paginated {"items": [...]}) answer carries."""
    rows = payload.get("items", []) if isinstance(payload, dict) else payload
    if not isinstance(rows, list):
        return []
    return [
        str(r.get("uid") or r["id"])
        for r in rows
        if isinstance(r, dict) and ("uid" in r or "id" in r)
    ]


def _keys_in(payload: Any, key: str) -> list[str]:
    found: list[str] = []
    if isinstance(payload, dict):
        for k, v in payload.items():
            if k == key and isinstance(v, str | int):
                found.append(str(v))
            found += _keys_in(v, key)
    elif isinstance(payload, list):
        for v in payload:
            found += _keys_in(v, key)
    return found


@functools.cache
def get_templates() -> list[str]:
    """The API's GET paths, from the schema it publishes, those with fewer parameters first."""
    response = Client().get(f"{API_BASE}/openapi.json")
    assert response.status_code == 200, response.status_code
    paths = response.json()["paths"]
    return sorted(
        (p.removeprefix(API_BASE) for p, ops in paths.items() if "get" in ops),
        key=lambda p: (p.count("{"), p),
    )


def fill(template: str, ids: dict[str, list[str]]) -> list[str]:
    params = re.findall(r"\{(\w+)\}", template)
    urls = []
    for combo in itertools.product(*(ids.get(p, []) for p in params)):
        url = template
        for name, value in zip(params, combo, strict=True):
            url = url.replace("{" + name + "}", value)
        urls.append(url)
    return urls


def discover_api(api: Api, ids: dict[str, list[str]]) -> None:
    """Call every GET of the schema, each path parameter filled with the ids the list one
    level up answered with (or that any answer so far named); add what is found to `ids`."""
    answers: dict[str, Any] = {}  # url -> json
    for template in get_templates():
        for name in re.findall(r"\{(\w+)\}", template):
            prefix = template.split("{" + name + "}")[0].rstrip("/")
            pattern = re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(prefix))
            found = [v for u, a in answers.items() if re.fullmatch(pattern, u) for v in _ids_in(a)]
            found = found or [v for a in answers.values() for v in _keys_in(a, name)]
            ids[name] = list(dict.fromkeys([*ids.get(name, []), *found]))
        for url in fill(template, ids):
            response = api.get(url)
            if response.status_code == 200 and "json" in response.get("Content-Type", ""):
                answers[url] = response.json()


# ------------------------------------------------------------------------------ comparing

_WORD = re.compile(r"[\w\-]")


def _differing(a: str, b: str) -> list[int]:
    """Positions where two equally long strings differ (fast where they agree)."""
    out: list[int] = []
    step = 256
    for start in range(0, len(a), step):
        if a[start : start + step] != b[start : start + step]:
            out += [i for i in range(start, min(start + step, len(a))) if a[i] != b[i]]
    return out


def _token_span(text: str, i: int) -> tuple[int, int]:
    """The run of word characters around position i (a token, an id, a number)."""
    start, end = i, i + 1
    while start > 0 and _WORD.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD.match(text[end]):
        end += 1
    return start, end


def _snippet(text: str, start: int, end: int, width: int = 70) -> str:
    left = max(0, start - width)
    return (text[left:start] + "[[" + text[start:end] + "]]" + text[end : end + width]).replace(
        "\n", "⏎"
    )


def unexplained(before: list[str], after: str, most: int = 3) -> list[str]:
    """How `after` differs from the last read before in ways the reads before never did
    (at most `most` places). A value differing among the reads before is volatile (masked
    afresh each time) and may differ after too; a value equal in every read before must be
    equal after."""
    last = before[-1]
    if after == last:
        return []
    found: list[str] = []
    if all(len(b) == len(last) for b in before) and len(after) == len(last):
        volatile: set[int] = set()
        for b in before[:-1]:
            for i in _differing(b, last):
                volatile.update(range(*_token_span(last, i)))
        spans = dict.fromkeys(
            _token_span(last, i) for i in _differing(last, after) if i not in volatile
        )
        for s, e in list(spans)[:most]:
            found.append(
                "a value equal in all 3 reads before differs after:\n"
                f"      before: {_snippet(last, s, e)}\n      after:  {_snippet(after, s, e)}"
            )
        return found
    # Lengths differ: align line by line, then token by token inside the changed lines.
    volatile = set()
    for b in before[:-1]:
        for s, e, _, _ in _diff_spans(last, b):
            for i in range(s, max(e, s + 1)):
                volatile.update(range(*_token_span(last, min(i, len(last) - 1))))
    for s, e, js, je in _diff_spans(last, after):
        if not set(range(s, max(e, s + 1))) <= volatile and len(found) < most:
            found.append(
                f"{len(last)} → {len(after)} characters; a part equal in all 3 reads before "
                f"changed:\n      before: {_snippet(last, s, e)}\n"
                f"      after:  {_snippet(after, js, je)}"
            )
    return found


_TOKEN = re.compile(r"[\w\-]+|\s+|[^\w\s]")


def _diff_spans(a: str, b: str) -> list[tuple[int, int, int, int]]:
    """Where b differs from a, as character spans (a_start, a_end, b_start, b_end)."""
    from difflib import SequenceMatcher

    def offsets(lines: list[str]) -> list[int]:
        return list(itertools.accumulate((len(x) for x in lines), initial=0))

    la, lb = a.splitlines(keepends=True), b.splitlines(keepends=True)
    oa, ob = offsets(la), offsets(lb)
    spans = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, la, lb, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        ra, rb = "".join(la[i1:i2]), "".join(lb[j1:j2])
        if len(ra) + len(rb) > 20_000:
            spans.append((oa[i1], oa[i2], ob[j1], ob[j2]))
            continue
        ta = [(m.start(), m.end()) for m in _TOKEN.finditer(ra)]
        tb = [(m.start(), m.end()) for m in _TOKEN.finditer(rb)]
        words_a = [ra[x:y] for x, y in ta]
        words_b = [rb[x:y] for x, y in tb]
        for t, k1, k2, m1, m2 in SequenceMatcher(
            None, words_a, words_b, autojunk=False
        ).get_opcodes():
            if t == "equal":
                continue
            a0 = ta[k1][0] if k1 < len(ta) else len(ra)
            a1 = ta[k2 - 1][1] if k2 > k1 else a0
            b0 = tb[m1][0] if m1 < len(tb) else len(rb)
            b1 = tb[m2 - 1][1] if m2 > m1 else b0
            spans.append((oa[i1] + a0, oa[i1] + a1, ob[j1] + b0, ob[j1] + b1))
    return spans


# ------------------------------------------------------------------------------ the tests


def fixed_pages(scene: Scene) -> list[str]:
    return [reverse(n) for n in FIXED] + [scene.space_url(n) for n in FIXED_IN_SPACE]


def make_couple(tag: str = "") -> Couple:
    """The `couple` of conftest, for a fixture wider than one test (`tag` tells couples
    apart: alex<tag>@example.com)."""
    from amends.spaces import services

    alex = make_user(f"alex{tag}@example.com", "Alex")
    jordan = make_user(f"jordan{tag}@example.com", "Jordan")
    sam = make_user(f"sam{tag}@example.com", "Sam")
    casey = make_user(f"casey{tag}@example.com", "Casey")
    space = services.space_create(by=alex, name="Us")
    link = services.partner_invite_create(space=space, by=alex)
    services.invite_accept(token=link.token, by=jordan)
    proposal = services.professional_invite_propose(space=space, by=alex)
    services.professional_approve(invite=proposal, by=jordan)
    pro_link = services.professional_link_create(invite=proposal, by=jordan)
    professional_joins(token=pro_link.token, pro=sam)
    casey_space = services.space_create(by=casey, name="Casey's")
    return Couple(space, alex, jordan, sam, casey, casey_space)


class Clock:
    """The clock the app reads, stopped for the whole run, so that what a response shows of
    the time ("made on 06:09", "a minute ago", a token last used at) cannot tell one read from
    the next. Each act happens a minute later than the one before, so anything it stamps
    with the time is new, and the clock goes back to where the reads are for the reads."""

    def __init__(self) -> None:
        self.reads_at = timezone.now()
        self.at = self.reads_at

    def now(self) -> Any:
        return self.at

    @contextmanager
    def stopped(self) -> Iterator[None]:
        import datetime as dt

        from django.contrib.humanize.templatetags import humanize

        clock = self

        class Stopped(dt.datetime):
            @classmethod
            def now(cls, tz: Any = None) -> Any:  # type: ignore[override]
                return clock.at.astimezone(tz) if tz else clock.at.replace(tzinfo=None)

        with (
            mock.patch("django.utils.timezone.now", self.now),
            mock.patch.object(humanize, "datetime", Stopped),
        ):
            yield

    @contextmanager
    def act(self, minutes: int) -> Iterator[None]:
        self.at = self.reads_at + timedelta(minutes=minutes)
        try:
            yield
        finally:
            self.at = self.reads_at


@dataclass
class Run:
    """What the acts, done one after another in one space, let the others observe."""

    problems: dict[str, list[str]]  # act name -> what changed, one entry per response
    read: dict[str, int]  # act name -> how many responses were compared
    seconds: float


def observe_every_act(kept: bool) -> Run:
    """Each act in turn (ACTS' order), each observer reading everything three times before
    it and once after.

    The reads are shared between acts where that changes nothing: a response that came back
    the same after an act (as it must) is the latest of three reads of a state nothing has
    changed since, so it and the two before it are the three reads before the next act. Only
    a response that changed is read twice more before the next act, so that the three reads
    before it are again of one state."""
    started = time.perf_counter()
    clock = Clock()
    with clock.stopped():
        return _observe_every_act(clock, kept, started)


def _observe_every_act(clock: Clock, kept: bool, started: float) -> Run:
    scene = build_scene(make_couple())
    # The actors' browsers, signed in before anyone starts watching. Alex signs in through
    # the form, so pages that ask for a recent sign-in (two-factor, password) let them in.
    scene.browsers["alex"] = sign_in_through_the_form(scene.couple.alex)
    scene.browsers["alex-other-device"] = client_for(scene.couple.alex)
    scene.browsers["sam"] = client_for(scene.couple.sam)

    prefix = scene.space_url("space_home")
    ids: dict[str, list[str]] = {}  # shared: an id one finds, the others try too (and 404)
    observers = {n: Observer(n, u, prefix, ids) for n, u in scene.people().items()}
    fixed = fixed_pages(scene)
    for o in observers.values():
        o.discover(fixed)
    calls = [url for template in get_templates() for url in fill(template, ids)]
    missing = [t for t in get_templates() if not fill(t, ids)]
    assert not missing, f"nobody found an id to call these with: {missing}"
    for o in observers.values():
        o.calls = calls

    # The latest reads of each response with nothing happening in between, per observer.
    recent: dict[str, dict[str, list[str]]] = {n: {} for n in observers}
    problems: dict[str, list[str]] = {}
    read: dict[str, int] = {}
    for minute, act in enumerate(ACTS, start=1):
        watching = [o for n, o in observers.items() if n != act.actor]
        for o in watching:
            for what in o.everything():
                reads = recent[o.name].setdefault(what, [])
                while len(reads) < 3:
                    reads.append(o.read(what))
        recent[act.actor] = {}  # their own pages change with what they do
        with clock.act(minute):
            act.do(scene)
        problems[act.name] = []
        read[act.name] = 0
        for o in watching:
            for what, before in recent[o.name].items():
                after = o.read(what)
                read[act.name] += 1
                changed = unexplained(before, after)
                if changed:
                    problems[act.name].append(f"  {o.name}: {what}\n    " + "\n    ".join(changed))
                recent[o.name][what] = [after] if changed else [*before[1:], after]
    return Run(problems, read, time.perf_counter() - started)


def _ways() -> list[bool]:
    """Kept pages or not: one way per database, both when asked (`AMENDS_OBSERVER=both`).
    Each way is one long run (over ten minutes on a slow machine); the page cache does not
    depend on the database, the version triggers do and are checked table by table on both
    (tests/privacy/test_space_version.py)."""
    if os.environ.get("AMENDS_OBSERVER") == "both":
        return [True, False]
    return [connection.vendor == "postgresql"]


@pytest.fixture(
    scope="module", params=_ways(), ids=lambda kept: "kept-pages" if kept else "no-kept-pages"
)
def run(request: Any, django_db_setup: None, django_db_blocker: Any) -> Iterator[Run]:
    """All the acts once per way of serving pages: with kept pages, and with
    every page rendered afresh. Everything is rolled back afterwards."""
    from django.core.cache import cache

    # Kept pages are kept for longer than the whole run: one that expired part-way (the run
    # takes minutes; a page is kept for five) would be rendered afresh after whichever act
    # came then, with nothing done, and a page without a form then differs (no CSRF cookie).
    seconds = 24 * 3600 if request.param else 0
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()
        with override_settings(
            AMENDS_PAGE_CACHE_SECONDS=seconds, AMENDS_CHECKIN_INSTRUMENT=INSTRUMENT
        ):
            yield observe_every_act(kept=seconds > 0)
        cache.clear()
        transaction.set_rollback(True)


@pytest.mark.django_db  # so the test database exists for `run`, which is wider than a test
@pytest.mark.parametrize("act", ACTS, ids=str)
def test_a_private_act_changes_nothing_anyone_else_can_observe(act: Act, run: Run) -> None:
    assert run.read[act.name] > 40, "the observers found too little to read"
    problems = run.problems[act.name]
    assert not problems, (
        f"after {act.actor}'s {act.name!r}, {len(problems)} of {run.read[act.name]} "
        "responses changed:\n" + "\n".join(problems)
    )


def _service_functions() -> dict[str, str]:
    """Every public function defined in an amends/<app>/services.py: name -> module."""
    found: dict[str, str] = {}
    for info in pkgutil.iter_modules(amends.__path__):
        if not info.ispkg:
            continue
        try:
            module = importlib.import_module(f"amends.{info.name}.services")
        except ModuleNotFoundError:
            continue
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_"):
                assert name not in found, f"{name} is defined twice: name the act by module"
                found[name] = module.__name__
    return found


def test_every_service_that_writes_is_classified() -> None:
    functions = _service_functions()
    covered = {name for act in ACTS for name in act.covers}
    unclassified = sorted(set(functions) - covered - set(NOT_PRIVATE) - set(PRIVATE_ELSEWHERE))
    assert not unclassified, (
        "New service functions: add each to ACTS (a private act: what a person does that "
        "nobody else may be able to tell) or to NOT_PRIVATE with its reason: "
        + ", ".join(f"{functions[n]}.{n}" for n in unclassified)
    )
    assert not covered & set(NOT_PRIVATE), "classified both ways"
    gone = sorted((covered | set(NOT_PRIVATE) | set(PRIVATE_ELSEWHERE)) - set(functions))
    assert not gone, f"no longer service functions: {gone}"
    assert all(reason.strip() for reason in NOT_PRIVATE.values())


def test_the_comparison_catches_a_stable_token_that_changes() -> None:
    page = '<input name="csrfmiddlewaretoken" value="{}"> <p>{}</p>'
    stable = [page.format("AAAA1111", "x")] * 3
    assert unexplained(stable, page.format("AAAA1111", "x")) == []
    assert "equal in all 3 reads before" in unexplained(stable, page.format("BBBB2222", "x"))[0]
    masked = [page.format(t, "x") for t in ("AAAA1111", "CCCC3333", "DDDD4444")]
    assert unexplained(masked, page.format("BBBB2222", "x")) == []
    assert unexplained(masked, page.format("BBBB2222", "yy"))
