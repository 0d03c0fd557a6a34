"""The same form sent many times at once (a double click, a flaky network, a replay): every
form that creates something or leaves a space takes once, and no answer is a 500.

Each post runs in its own thread with its own database connection (on PostgreSQL these are
real concurrent transactions; on SQLite the server's IMMEDIATE transactions take turns)."""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import connections
from django.db.models import Model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.accounts.models import User
from amends.agreement import services as agreement
from amends.agreement.models import AgreementNote, AgreementVersion, Behaviour, Round
from amends.checkins.models import CheckIn
from amends.core.once import new_form_token
from amends.journal.models import JournalEntry
from amends.ownpart.models import DayCheck, Slip
from amends.ownpart.models import Reflection as OwnReflection
from amends.professional import services as professional
from amends.professional.models import (
    Cohort,
    CohortAgreement,
    CohortPlace,
    Homework,
    HomeworkNote,
    Note,
    SecretsPolicy,
    Session,
)
from amends.repair import services as repair
from amends.repair.models import (
    Breach,
    Commitment,
    Question,
    Reflection,
    RepairAttempt,
    SafetyCheck,
    SelfTrustEntry,
)
from amends.spaces import services as spaces
from amends.spaces.models import Invite, Membership, Space
from amends.talk import services as talk
from amends.talk.models import Conversation, Message, Reply
from amends.triggers import services as triggers
from amends.triggers.models import AgreedResponse, HardDay, Signal, Trigger
from tests.agreement.helpers import answer_all
from tests.checkins.helpers import form_data
from tests.conftest import Couple, client_for

PARALLEL = 6


def post_at_once(user: User | None, url: str, data: dict[str, Any], n: int = PARALLEL) -> list[int]:
    """`n` posts of one form (one token, one session), released together."""
    session = client_for(user).cookies if user is not None else Client().cookies
    barrier = threading.Barrier(n)
    statuses: list[int] = []
    lock = threading.Lock()

    def send() -> None:
        client = Client(raise_request_exception=False)
        client.cookies = session
        try:
            barrier.wait(timeout=30)
            status = client.post(url, data).status_code
        except Exception as error:
            status = -1
            print(f"thread failed: {type(error).__name__}: {error}")
        finally:
            connections.close_all()
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=send) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return statuses


@dataclass
class Case:
    """Who posts, where, what; and the rows that post makes (counted before and after)."""

    who: Callable[[Couple], User] | None  # None: someone not signed in
    url: Callable[[Couple], str]
    data: Callable[[Couple], dict[str, Any]]
    rows: Callable[[Couple], int]
    setup: Callable[[Couple], None] | None = None
    made: int = 1


def _count(model: type[Model], **filters: Any) -> Callable[[Couple], int]:
    return lambda c: model._default_manager.filter(**filters).count()


def _in(c: Couple, name: str, *args: object) -> str:
    return reverse(name, args=[c.space.uid, *args])


def _breach(c: Couple) -> Breach:
    return Breach.objects.get(space=c.space)


def _record_breach(c: Couple) -> None:
    repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=True,
        category="other",
        category_other="Something",
        description="What happened.",
    )


def _committed(c: Couple) -> None:
    _record_breach(c)
    repair.commitment_make(breach=_breach(c), by=c.alex, text="I will show up.")
    repair.commitment_make(breach=_breach(c), by=c.jordan, text="I will own what I did.")


def _revealed(c: Couple) -> None:
    answer_all(c.space, c.alex, "fine")
    answer_all(c.space, c.jordan, "fine")


def _signed_draft(c: Couple) -> None:
    _revealed(c)
    agreement.agreement_draft_start(space=c.space, by=c.alex)


def _conversation(c: Couple) -> None:
    talk.conversation_start(
        space=c.space,
        by=c.alex,
        what_happened="You were late again.",
        how_i_felt="I felt unimportant.",
    )


INVITES: dict[int, str] = {}


def _casey_invite(c: Couple) -> str:
    if c.casey_space.uid not in INVITES:
        INVITES[c.casey_space.uid] = spaces.partner_invite_create(
            space=c.casey_space, by=c.casey
        ).token
    return INVITES[c.casey_space.uid]


def _words(**extra: Any) -> Callable[[Couple], dict[str, Any]]:
    return lambda c: {"once": new_form_token(), **extra}


def _homework(c: Couple) -> None:
    professional.homework_assign(
        space=c.space, by=c.sam, partners=[c.alex], source="own", text="A walk."
    )


def _group(c: Couple) -> None:
    professional.cohort_create(by=c.sam, name="Spring", starts_on=timezone.localdate())


def _offered(c: Couple) -> None:
    _group(c)
    professional.cohort_offer(cohort=Cohort.objects.get(), space=c.space, by=c.sam)


def _homework_url(c: Couple) -> str:
    return _in(c, "homework", Homework.objects.get(space=c.space).uid)


def _addiction(c: Couple) -> None:
    """Jordan caused a hurt that was an addiction: their own part has the daily check-in."""
    repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=True,
        category="addiction_alcohol",
        description="The drinking.",
    )


CASES: dict[str, Case] = {
    "own part: a day's check-in, a slip": Case(
        lambda c: c.jordan,
        lambda c: _in(c, "ownpart_today"),
        lambda c: {"once": new_form_token(), "how": "slipped", "note": "Once."},
        lambda c: DayCheck.objects.count() + Slip.objects.count(),
        setup=_addiction,
        made=2,
    ),
    "own part: a reflection": Case(
        lambda c: c.jordan,
        lambda c: reverse("ownpart_reflection_save", args=[c.space.uid, "did"]),
        lambda c: {"once": new_form_token(), "text": "I did it."},
        _count(OwnReflection),
        setup=_addiction,
    ),
    "professional: the secrets policy": Case(
        lambda c: c.sam,
        lambda c: reverse("practice_secrets"),
        _words(stance="no_secrets", words=""),
        _count(SecretsPolicy),
    ),
    "professional: a program group": Case(
        lambda c: c.sam,
        lambda c: reverse("practice_group_create"),
        lambda c: {
            "once": new_form_token(),
            "name": "Spring",
            "starts_on": timezone.localdate().isoformat(),
        },
        _count(Cohort),
    ),
    "professional: a place in a group": Case(
        lambda c: c.sam,
        lambda c: reverse("practice_group_offer", args=[Cohort.objects.get().uid]),
        lambda c: {"once": new_form_token(), "space": str(c.space.uid)},
        _count(CohortPlace),
        setup=_group,
    ),
    "group: a partner agrees": Case(
        lambda c: c.alex,
        lambda c: _in(c, "cohort_agree", CohortPlace.objects.get().uid),
        lambda c: {"once": new_form_token()},
        _count(CohortAgreement),
        setup=_offered,
    ),
    "professional: homework for both": Case(
        lambda c: c.sam,
        lambda c: _in(c, "homework_new"),
        _words(for_whom="both", source="own", text="Ten minutes of listening."),
        _count(Homework),
        made=2,
    ),
    "professional: a session": Case(
        lambda c: c.sam,
        lambda c: _in(c, "professional_session"),
        _words(),
        _count(Session),
    ),
    "homework: a note": Case(
        lambda c: c.alex,
        lambda c: _homework_url(c) + "note/",
        _words(text="We walked.", audience="professional"),
        _count(HomeworkNote),
        setup=_homework,
    ),
    "space: start one": Case(
        lambda c: c.casey,
        lambda c: reverse("space_new"),
        _words(name="Ours"),
        _count(Space, created_by__email="casey@example.com"),
    ),
    "space: invite the partner": Case(
        lambda c: c.casey,
        lambda c: reverse("people_invite_partner", args=[c.casey_space.uid]),
        _words(),
        _count(Invite, space__created_by__email="casey@example.com", role="partner"),
    ),
    "space: propose a professional": Case(
        lambda c: c.casey,
        lambda c: reverse("people_propose_professional", args=[c.casey_space.uid]),
        _words(),
        _count(Invite, space__created_by__email="casey@example.com", role="professional"),
    ),
    "space: leave": Case(
        lambda c: c.jordan,
        lambda c: _in(c, "space_leave"),
        _words(),
        _count(Membership, user__email="jordan@example.com", left_at__isnull=False),
    ),
    "journal: write": Case(
        lambda c: c.alex,
        lambda c: _in(c, "journal_list"),
        _words(text="Tonight was hard.", visibility="private"),
        _count(JournalEntry),
    ),
    "agreement: add a question": Case(
        lambda c: c.alex,
        lambda c: _in(c, "agreement_custom_add"),
        _words(wording="Texting a colleague late at night", group="online"),
        _count(Behaviour, space__isnull=False),
    ),
    "agreement: start a new round": Case(
        lambda c: c.alex,
        lambda c: _in(c, "agreement_round_start"),
        _words(),
        _count(Round),
        setup=_revealed,
    ),
    "agreement: start a draft": Case(
        lambda c: c.alex,
        lambda c: _in(c, "agreement_draft_start"),
        _words(),
        _count(AgreementVersion),
        setup=_revealed,
    ),
    "agreement: add a note": Case(
        lambda c: c.jordan,
        lambda c: _in(c, "agreement_note", AgreementVersion.objects.get().uid),
        _words(text="Can we talk on Sunday?"),
        _count(AgreementNote),
        setup=_signed_draft,
    ),
    "check-in": Case(
        lambda c: c.alex,
        lambda c: _in(c, "checkin"),
        lambda c: form_data() | {"once": new_form_token()},
        _count(CheckIn),
    ),
    "professional: a note": Case(
        lambda c: c.sam,
        lambda c: _in(c, "professional_note_write"),
        _words(text="Both came on time."),
        _count(Note),
    ),
    "talk: a message": Case(
        lambda c: c.alex,
        lambda c: _in(c, "talk"),
        _words(text="Thank you for listening today.", visibility="partner"),
        _count(Message),
    ),
    "talk: an everyday hurt": Case(
        lambda c: c.alex,
        lambda c: _in(c, "hurts"),
        _words(
            what_happened="You were late.",
            how_i_felt="I felt alone.",
            what_i_need="",
            visibility="partner",
        ),
        _count(Conversation),
    ),
    "talk: a reply": Case(
        lambda c: c.jordan,
        lambda c: _in(c, "hurt_reply", Conversation.objects.get().uid),
        _words(text="I am sorry I was late."),
        _count(Reply),
        setup=_conversation,
    ),
    "talk: make it a path": Case(
        lambda c: c.alex,
        lambda c: _in(c, "hurt_path", Conversation.objects.get().uid),
        _words(category="other"),
        _count(Breach),
        setup=_conversation,
    ),
    "path: record a hurt": Case(
        lambda c: c.alex,
        lambda c: _in(c, "breach_new"),
        _words(
            i_was_hurt="yes",
            category="other",
            category_other="You read my diary",
            visibility="partner",
            description="You read my diary.",
        ),
        _count(Breach),
    ),
    "path: safety check": Case(
        lambda c: c.alex,
        lambda c: _in(c, "safety_check"),
        _words(),
        _count(SafetyCheck),
    ),
    "path: a commitment": Case(
        lambda c: c.alex,
        lambda c: _in(c, "step_commitments", _breach(c).uid),
        _words(text="I will show up and be honest.", visibility="partner"),
        _count(Commitment),
        setup=_record_breach,
    ),
    "path: a reflection": Case(
        lambda c: c.alex,
        lambda c: _in(c, "step_reflection", _breach(c).uid),
        _words(emotion="anger", text="I am angry.", visibility="private"),
        _count(Reflection),
        setup=_committed,
    ),
    "path: a question": Case(
        lambda c: c.alex,
        lambda c: _in(c, "questions_ask", _breach(c).uid),
        _words(text="Why then?", visibility="partner"),
        _count(Question),
        setup=_committed,
    ),
    "path: a repair attempt": Case(
        lambda c: c.jordan,
        lambda c: _in(c, "attempts_offer", _breach(c).uid),
        _words(kind="act_of_care", text="I cooked dinner.", visibility="partner"),
        _count(RepairAttempt),
        setup=_committed,
    ),
    "space: accept an invitation": Case(
        lambda c: c.jordan,
        lambda c: reverse("invite_accept", args=[_casey_invite(c)]),
        lambda c: {},
        _count(
            Membership,
            space__created_by__email="casey@example.com",
            user__email="jordan@example.com",
        ),
    ),
    "account: sign up": Case(
        None,
        lambda c: reverse("account_signup"),
        lambda c: {
            "email": "robin@example.com",
            "display_name": "Robin",
            "password1": "a long and private phrase",
            "password2": "a long and private phrase",
        },
        _count(User, email="robin@example.com"),
    ),
    "account: delete": Case(
        lambda c: c.casey,
        lambda c: reverse("delete_account"),
        lambda c: {"password": "correct horse battery staple", "understood": "on"},
        lambda c: -User.objects.filter(email="casey@example.com").count(),
    ),
    "triggers: log a moment": Case(
        lambda c: c.alex,
        lambda c: _in(c, "triggers_home"),
        _words(kind="song", strength="4"),
        _count(Trigger),
    ),
    "triggers: a hard day": Case(
        lambda c: c.alex,
        lambda c: _in(c, "hard_days"),
        _words(label="The day", day="2025-12-02", visibility="private"),
        _count(HardDay),
    ),
    "triggers: what helps": Case(
        lambda c: c.alex,
        lambda c: _in(c, "together_mine"),
        _words(**{"mine-what_helps": "Sit with me."}),
        _count(AgreedResponse),
    ),
    "triggers: the signal": Case(
        lambda c: c.alex,
        lambda c: _in(c, "signal_send"),
        _words(),
        _count(Signal),
        setup=lambda c: triggers.signal_setting_set(space=c.space, by=c.alex, on=True),
    ),
    "path: self-trust": Case(
        lambda c: c.alex,
        lambda c: _in(c, "self_trust"),
        _words(exercise="know", text="I saw what I saw."),
        _count(SelfTrustEntry),
    ),
}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("name", list(CASES))
def test_a_form_sent_many_times_at_once_takes_once(couple: Couple, name: str) -> None:
    case = CASES[name]
    if case.setup is not None:
        case.setup(couple)
    before = case.rows(couple)
    url = case.url(couple)
    who = case.who(couple) if case.who is not None else None
    statuses = post_at_once(who, url, case.data(couple))
    assert len(statuses) == PARALLEL
    assert all(s in (200, 302, 404) for s in statuses), statuses
    assert case.rows(couple) - before == case.made, (name, statuses)


def test_every_create_form_is_in_the_list() -> None:
    """A template whose form carries the one-time token is a form that creates or leaves;
    each page with one is posted here (by URL name) or said why not."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "amends"
    carrying = {
        str(p.relative_to(root))
        for p in root.rglob("*.html")
        if re.search(
            r"once_field|form\.once|_once\.html|simple\.once|#post_button with (?![^%]*bare=True)",
            p.read_text(),
        )
    }
    covered_or_explained = {
        "journal/templates/journal/list.html",
        "spaces/templates/spaces/new.html",
        "spaces/templates/spaces/people.html",
        "spaces/templates/spaces/leave.html",
        "agreement/templates/agreement/custom_add.html",
        "agreement/templates/agreement/home.html",
        "agreement/templates/agreement/reveal.html",  # the same draft_start form
        "agreement/templates/agreement/version.html",
        "checkins/templates/checkins/checkin.html",
        "professional/templates/professional/couple.html",
        "professional/templates/professional/homework_new.html",
        "professional/templates/professional/secrets.html",
        "professional/templates/professional/groups.html",
        "professional/templates/professional/_cohort_place.html",
        # Marking done changes one row, and a replay is refused by run_once the same way.
        "professional/templates/professional/homework.html",
        "talk/templates/talk/thread.html",
        "talk/templates/talk/hurts.html",
        "talk/templates/talk/hurt_detail.html",
        "repair/templates/repair/new.html",
        "repair/templates/repair/safety.html",
        "repair/templates/repair/self_trust.html",
        "repair/templates/repair/step_commitments.html",
        "repair/templates/repair/step_reflection.html",
        "repair/templates/repair/step_questions.html",
        "repair/templates/repair/step_attempts.html",
        # The other path steps post through the same `acting.act` and `run_once` as the steps
        # above; their forms change one person's statement or mark, and replaying them is
        # refused the same way (tests/repair/test_repair.py).
        "repair/templates/repair/step_decision.html",
        "repair/templates/repair/step_accountability.html",
        "repair/templates/repair/step_impact.html",
        "repair/templates/repair/step_promises.html",
        "repair/templates/repair/step_forgiveness.html",
        "repair/templates/repair/step_outcome.html",
        "repair/templates/repair/_once.html",
        # The one-button form (its pages are listed here by themselves).
        "templates/includes/forms.html",
        "triggers/templates/triggers/home.html",  # the moment, and the signal
        "triggers/templates/triggers/days.html",
        "triggers/templates/triggers/_response_form.html",
        # Ending an API token (Settings): tests/accounts/test_account_security.py replays it.
        "accounts/templates/accounts/tokens.html",
        # This stop's new apps post every form through `run_once`, like the path's steps:
        # a replayed token is refused the same way. Not yet sent in parallel here.
        "afterwards/templates/afterwards/between_us.html",
        "afterwards/templates/afterwards/comfort.html",
        "afterwards/templates/afterwards/turning.html",
        "afterwards/templates/afterwards/vulnerable.html",
        "disclosure/templates/disclosure/account.html",
        "disclosure/templates/disclosure/detail.html",
        "disclosure/templates/disclosure/message.html",
        "disclosure/templates/disclosure/part.html",
        "transparency/templates/transparency/home.html",
        "transparency/templates/transparency/offer.html",
        # My own part: the day and the reflection are posted above; telling a slip and the
        # rule's yes change one row each (told once; one yes each), refused the same way.
        "ownpart/templates/ownpart/home.html",
        "ownpart/templates/ownpart/reflection.html",
        "ownpart/templates/ownpart/today.html",
        "ownpart/templates/ownpart/slip.html",
    }
    assert carrying <= covered_or_explained, carrying - covered_or_explained
