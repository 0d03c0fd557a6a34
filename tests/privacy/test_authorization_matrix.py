"""Every URL pattern, every role, every visibility: private text never shows where it must not.

The URL configuration is enumerated, so a new view is covered as soon as it is routed.
Text with a unique marker is planted at each visibility; each role fetches every page
(GET) with the planted objects' ids filled in, and no response may contain a marker that
role is not allowed to read.
"""

import itertools
import re
import uuid
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from amends.accounts.models import User
from amends.afterwards import services as afterwards
from amends.disclosure import services as disclosure
from amends.journal.services import journal_entry_create
from amends.ownpart import services as ownpart
from amends.professional.services import (
    homework_assign,
    homework_note_write,
    note_write,
    session_record,
)
from amends.repair import services as repair
from amends.talk.services import message_send
from amends.transparency import services as transparency
from amends.triggers import services as triggers
from tests.afterwards_setup import atoned
from tests.conftest import Couple, client_for, operator_client

ROLES = ("anonymous", "author", "partner", "professional", "stranger", "staff")
# Who may read text at each visibility, by role. Staff are administrators: never readers.
READERS = {
    "private": {"author"},
    "partner": {"author", "partner"},
    "partner_and_professional": {"author", "partner", "professional"},
    # Between two people: the professional's homework for Alex, and Alex's notes on it.
    "homework": {"author", "professional"},
    "homework note kept": {"author"},
    "homework note shared": {"author", "professional"},
    # The professional's own notes: theirs alone (on their couple page and session prep).
    "professional note": {"professional"},
}
VISIBILITIES = ("private", "partner", "partner_and_professional")
# Pages that end the session or are not pages of ours; they are checked elsewhere.
SKIP = re.compile(r"^(leave-now/|accounts/logout/|api/)")


def _patterns(resolver: URLResolver, prefix: str = "") -> list[str]:
    found: list[str] = []
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            found.extend(_patterns(entry, route))
        elif isinstance(entry, URLPattern):
            found.append(route)
    return found


def _fill(route: str, ids: dict[str, list[str]]) -> list[str]:
    """Every way to fill the route's parameters with the planted objects' ids."""
    route = route.lstrip("^").rstrip("$").replace("\\Z", "").replace("\\/", "/")
    names = re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)", route)
    params = [a or b for a, b in names]
    choices = [ids.get(p, ["1"]) for p in params]
    urls = []
    for combo in itertools.product(*choices):
        url = route
        for value in combo:
            url = re.sub(r"<(?:\w+:)?\w+>|\(\?P<\w+>[^)]*\)", value, url, count=1)
        urls.append("/" + url)
    return urls


@pytest.fixture
def planted(couple: Couple, settings: Any) -> dict[str, str]:
    markers: dict[str, str] = {}
    # The check-in's optional questions, switched on (none ships: docs/measures.md), so their
    # pages render for every role. Their answers are numbers, not words: what they may reach
    # is tested in tests/checkins/test_instrument.py; here, that no page fails with them.
    from amends.checkins.services import instrument_answers_record, instrument_sharing_set
    from amends.checkins.weeks import this_monday
    from tests.checkins.instrument_fixture import PATH

    settings.AMENDS_CHECKIN_INSTRUMENT = PATH
    instrument_answers_record(
        space=couple.space, by=couple.alex, week=this_monday(), answers=[5, 4, 3]
    )
    instrument_sharing_set(space=couple.space, by=couple.jordan, share=True)
    instrument_answers_record(
        space=couple.space, by=couple.jordan, week=this_monday(), answers=[1, 0, 2]
    )
    for visibility in VISIBILITIES:
        marker = f"JOURNAL-{visibility}-q8z"
        journal_entry_create(space=couple.space, by=couple.alex, text=marker, visibility=visibility)
        markers[marker] = visibility
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="visible breach",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="a")
    repair.commitment_make(breach=breach, by=couple.jordan, text="b")
    repair.decision_set(breach=breach, by=couple.alex, choice="no", note="DECISION-private-q8z")
    markers["DECISION-private-q8z"] = "private"
    for visibility in VISIBILITIES:
        marker = f"REFLECTION-{visibility}-q8z"
        repair.reflection_write(
            breach=breach, by=couple.alex, emotion="anger", text=marker, visibility=visibility
        )
        markers[marker] = visibility
    attempt = repair.attempt_offer(
        breach=breach, by=couple.jordan, kind="apology", text="sorry", visibility="partner"
    )
    repair.attempt_reflect(attempt=attempt, by=couple.alex, text="PUNISH-private-q8z")
    markers["PUNISH-private-q8z"] = "private"
    message_send(space=couple.space, by=couple.alex, text="MESSAGE-partner-q8z")
    markers["MESSAGE-partner-q8z"] = "partner"
    repair.statement_write(
        breach=breach,
        by=couple.jordan,
        text="STATEMENT-partner-q8z",
        based_on_version=0,
        visibility="partner",
    )
    # Jordan wrote this one: for it, "author" is Jordan and "partner" is Alex. Both may read.
    markers["STATEMENT-partner-q8z"] = "partner"
    (homework,) = homework_assign(
        space=couple.space, by=couple.sam, partners=[couple.alex], source="own", text="HW-q8z"
    )
    markers["HW-q8z"] = "homework"
    homework_note_write(homework=homework, by=couple.alex, text="HWNOTE-kept-q8z")
    markers["HWNOTE-kept-q8z"] = "homework note kept"
    homework_note_write(homework=homework, by=couple.alex, text="HWNOTE-shared-q8z", share=True)
    markers["HWNOTE-shared-q8z"] = "homework note shared"
    note_write(space=couple.space, by=couple.sam, text="PRONOTE-q8z")
    markers["PRONOTE-q8z"] = "professional note"
    session_record(space=couple.space, by=couple.sam)
    # Hard moments: the log is private, always; a hard day private or shared with the
    # partner; what helps is written by both; a signal carries no words at all.
    moment = triggers.trigger_log(
        space=couple.space, by=couple.alex, kind="song", strength=5, note="TRIGGER-private-q8z"
    )
    triggers.trigger_update(trigger=moment, by=couple.alex, helped=["breathing"])
    markers["TRIGGER-private-q8z"] = "private"
    for visibility in ("private", "partner"):
        marker = f"HARDDAY-{visibility}-q8z"
        triggers.hard_day_add(
            space=couple.space,
            by=couple.alex,
            label=f"LABEL-{marker}",
            day="2026-12-02",
            plan=marker,
            visibility=visibility,
        )
        markers[marker] = visibility
    triggers.response_save(
        space=couple.space, for_person=couple.alex, by=couple.alex, what_helps="HELPS-partner-q8z"
    )
    markers["HELPS-partner-q8z"] = "partner"
    triggers.signal_setting_set(space=couple.space, by=couple.alex, on=True)
    triggers.signal_send(space=couple.space, by=couple.alex)
    # After the repair: Alex's parts and small moments at each visibility; a closeness
    # answer is private, always (and says nothing in words).
    after = atoned(couple)
    for visibility, kind in zip(
        VISIBILITIES, ("between_us", "vulnerable", "comfort_ask"), strict=True
    ):
        marker = f"AFTER-{visibility}-q8z"
        fields = {"feelings": marker} if kind == "between_us" else {"text": marker}
        afterwards.part_save(
            breach=after, by=couple.alex, kind=kind, visibility=visibility, **fields
        )
        markers[marker] = visibility
        afterwards.bid_add(
            breach=after,
            by=couple.alex,
            kind="ritual",
            text=f"BID-{visibility}-q8z",
            visibility=visibility,
        )
        markers[f"BID-{visibility}-q8z"] = visibility
    afterwards.closeness_say(breach=after, by=couple.alex, wants=False)
    # Being open: a draft offer is its author's; an offer made is the partner's too (never
    # the professional's); "I feel pressured" is private to whoever says it.
    soon = timezone.localdate() + timedelta(weeks=5)
    transparency.offer_draft(
        space=couple.space, by=couple.alex, act="OFFERDRAFT-private-q8z", review_on=soon
    )
    markers["OFFERDRAFT-private-q8z"] = "private"
    offer = transparency.offer_draft(
        space=couple.space, by=couple.alex, act="OFFER-partner-q8z", review_on=soon
    )
    transparency.offer_make(offer=offer, by=couple.alex)
    markers["OFFER-partner-q8z"] = "partner"
    transparency.pressure_note(offer=offer, by=couple.alex, note="PRESSURE-private-q8z")
    markers["PRESSURE-private-q8z"] = "private"
    # Shared with the professional by its author: then Sam reads it (and only it).
    offer = transparency.offer_draft(
        space=couple.space,
        by=couple.alex,
        act="OFFER-partner_and_professional-q8z",
        review_on=soon,
    )
    transparency.offer_make(offer=offer, by=couple.alex)
    transparency.offer_share_with_professional(offer=offer, by=couple.alex)
    markers["OFFER-partner_and_professional-q8z"] = "partner_and_professional"
    # The account: Alex hurt Jordan on two paths. On one, Alex's account and no-contact
    # message are drafts (private); on the other, Jordan shared their choices and Alex
    # shared both with Jordan and Sam, and added something told later.
    for visibility in ("private", "partner_and_professional"):
        owned = repair.breach_record(
            space=couple.space,
            by=couple.alex,
            i_was_hurt=False,
            category="infidelity_emotional",
            description="owned breach",
            visibility="partner_and_professional",
        )
        marker = f"ACCOUNT-{visibility}-q8z"
        disclosure.account_part_write(breach=owned, by=couple.alex, part="when", text=marker)
        markers[marker] = visibility
        marker = f"NOCONTACT-{visibility}-q8z"
        disclosure.message_draft(breach=owned, by=couple.alex, text=marker)
        markers[marker] = visibility
        if visibility != "private":
            disclosure.detail_choose(
                breach=owned,
                by=couple.jordan,
                levels={},
                sexual_specifics=False,
                visibility=visibility,
            )
            disclosure.account_share(breach=owned, by=couple.alex, visibility=visibility)
            disclosure.message_show(breach=owned, by=couple.alex, visibility=visibility)
            disclosure.account_sign(breach=owned, by=couple.alex)
            disclosure.account_sign(breach=owned, by=couple.jordan)
            marker = f"LATER-{visibility}-q8z"
            disclosure.account_add(breach=owned, by=couple.alex, text=marker)
            markers[marker] = visibility
    # My own part: Alex caused a hurt that was an addiction. Their reflections are private
    # but for the one they shared; a day's check-in is private, always; a slip is private
    # until told, and then the partner's (never the professional's).
    repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=False,
        category="addiction_porn",
        description="owned addiction",
        visibility="partner_and_professional",
    )
    for prompt, visibility in (("feel", "private"), ("did", "partner")):
        marker = f"OWNREFLECT-{visibility}-q8z"
        r = ownpart.reflection_save(space=couple.space, by=couple.alex, prompt=prompt, text=marker)
        if visibility != "private":
            ownpart.reflection_share(reflection=r, by=couple.alex, share=True)
        markers[marker] = visibility
    today = timezone.localdate()
    for days, marker in ((0, "DAYNOTE-private-q8z"), (1, "DAYNOTE-private-q8z")):
        ownpart.day_check(
            space=couple.space,
            by=couple.alex,
            how="slipped",
            helped=["talked"],
            note=marker,
            day=today - timedelta(days=days),
        )
        markers[marker] = "private"
    from amends.ownpart.models import Slip

    told = Slip.objects.filter(author=couple.alex).order_by("day").first()
    assert told is not None
    ownpart.slip_tell(slip=told, by=couple.alex, note="SLIPTOLD-partner-q8z")
    markers["SLIPTOLD-partner-q8z"] = "partner"
    ownpart.rule_say_yes(space=couple.space, by=couple.jordan)
    return markers


def test_no_private_text_leaks_through_any_page(couple: Couple, planted: dict[str, str]) -> None:
    from amends.afterwards.models import Bid
    from amends.agreement.models import AgreementVersion
    from amends.journal.models import JournalEntry
    from amends.ownpart.models import Slip
    from amends.professional.models import Homework, Session
    from amends.repair.models import Breach
    from amends.talk.models import Conversation
    from amends.transparency.models import Offer
    from amends.triggers.models import HardDay, Signal, Trigger

    staff = User.objects.create_superuser("staff@example.com", "staff-password-123")
    clients: dict[str, Client] = {
        "anonymous": Client(),
        "author": client_for(couple.alex),
        "partner": client_for(couple.jordan),
        "professional": client_for(couple.sam),
        "stranger": client_for(couple.casey),
        "staff": operator_client(staff),
    }
    # Pages are addressed by public ids; the admin (operators only) by primary keys.
    ids = {
        "space_id": [str(couple.space.uid), str(couple.casey_space.uid)],
        "breach_id": [str(b) for b in Breach.objects.values_list("uid", flat=True)],
        "entry_id": [str(e) for e in JournalEntry.objects.values_list("uid", flat=True)],
        "object_id": [str(e) for e in JournalEntry.objects.values_list("pk", flat=True)],
        "version_id": [str(v.uid) for v in AgreementVersion.objects.all()] or [str(uuid.uuid4())],
        "conversation_id": [str(c.uid) for c in Conversation.objects.all()] or [str(uuid.uuid4())],
        "homework_id": [str(h.uid) for h in Homework.objects.all()],
        "session_id": [str(s.uid) for s in Session.objects.all()],
        "trigger_id": [str(t.uid) for t in Trigger.objects.all()],
        "day_id": [str(d.uid) for d in HardDay.objects.all()],
        "signal_id": [str(g.uid) for g in Signal.objects.all()],
        "bid_id": [str(b.uid) for b in Bid.objects.all()],
        "offer_id": [str(o.uid) for o in Offer.objects.all()],
        "slip_id": [str(s.uid) for s in Slip.objects.all()],
        "prompt": ["feel", "did", "nope"],
        "token": ["not-a-token"],
        "part": ["when"],
    }
    urls = sorted(
        {
            url
            for route in _patterns(get_resolver())
            if not SKIP.match(route.lstrip("^"))
            for url in _fill(route, ids)
        }
    )
    tried = 0
    leaks = []
    for role, client in clients.items():
        # Each page twice: the second answer may come from the page cache.
        for url in [u for u in urls for _ in (1, 2)]:
            response = client.get(url)
            assert response.status_code < 500, (role, url, response.status_code)
            body = response.content.decode("utf-8", "replace")
            for marker, visibility in planted.items():
                tried += 1
                if marker in body and role not in READERS[visibility]:
                    leaks.append((role, url, marker))
    print(
        f"\nauthorization matrix: {len(ROLES)} roles x {len(urls)} URLs x "
        f"{len(planted)} planted items = {tried} combinations tried"
    )
    assert not leaks, leaks
    assert tried > 1000


JUNK = [
    {},
    {"form": "nonsense", "action": "nonsense", "once": "x"},
    {
        "form": "ask",
        "action": "reply",
        "once": "t" * 80,
        "text": "a\x00b" + "x" * 30_000,
        "visibility": "everyone",
        "question": "999999999999999999999",
        "attempt": "-1",
        "promise": "abc",
        "invite": "1e9",
        "category": "<script>",
        "emotion": "rage",
        "choice": "maybe",
        "based_on_version": "-5",
        "occurrence": "2026-02-31",
        "kept": "perhaps",
        "exercise": "../../etc",
        "delete": "x",
    },
]


def test_junk_posted_to_every_page_never_breaks_anything(
    couple: Couple, planted: dict[str, str]
) -> None:
    """Bad input gets a message or a 404, never a server error, and plants nothing."""
    from amends.afterwards.models import Bid, Part
    from amends.journal.models import JournalEntry
    from amends.ownpart.models import DayCheck, Reflection, Slip
    from amends.professional.models import Homework, Session
    from amends.repair.models import Breach
    from amends.transparency.models import Offer, Pressure
    from amends.triggers.models import HardDay, Signal, Trigger

    ids = {
        "space_id": [str(couple.space.uid)],
        "breach_id": [str(Breach.objects.values_list("uid", flat=True).first())],
        "entry_id": [str(JournalEntry.objects.values_list("uid", flat=True).first())],
        "conversation_id": [str(uuid.uuid4())],
        "version_id": [str(uuid.uuid4())],
        "homework_id": [str(Homework.objects.values_list("uid", flat=True).first())],
        "session_id": [str(Session.objects.values_list("uid", flat=True).first())],
        "trigger_id": [str(Trigger.objects.values_list("uid", flat=True).first())],
        "day_id": [str(HardDay.objects.values_list("uid", flat=True).first())],
        "signal_id": [str(Signal.objects.values_list("uid", flat=True).first())],
        "bid_id": [str(Bid.objects.values_list("uid", flat=True).first())],
        "offer_id": [str(u) for u in Offer.objects.values_list("uid", flat=True)],
        "slip_id": [str(u) for u in Slip.objects.values_list("uid", flat=True)],
        "prompt": ["feel"],
        "token": ["not-a-token"],
        "part": ["when"],
    }
    skip = re.compile(r"^(leave-now/|accounts/|api/|operator/|settings/delete/)")
    urls = sorted(
        {
            url
            for route in _patterns(get_resolver())
            if not skip.match(route.lstrip("^"))
            for url in _fill(route, ids)
        }
    )
    counts_before = {
        m: m.objects.count()
        for m in (
            JournalEntry,
            Breach,
            Trigger,
            HardDay,
            Signal,
            Part,
            Bid,
            Offer,
            Pressure,
            Reflection,
            DayCheck,
            Slip,
        )
    }
    tried = 0
    for who in (couple.alex, couple.jordan, couple.sam):
        client = client_for(who)
        for url in urls:
            for data in JUNK:
                response = client.post(url, data)
                tried += 1
                assert response.status_code < 500, (who, url, data.keys(), response.status_code)
    after = {m: m.objects.count() for m in counts_before}
    # Junk may not create anything (a bare POST to a delete page is a real "delete", so
    # fewer rows can be right).
    assert all(after[m] <= counts_before[m] for m in counts_before), (counts_before, after)
    print(f"\njunk posts: {tried}")
