"""The repair path: one test (at least) per rule in the issue and in PRODUCT.md."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.core.errors import ActionRefused
from amends.repair import services
from amends.repair.models import (
    AccountabilityStatement,
    Breach,
    Commitment,
    Decision,
    Forgiveness,
    PromiseMark,
    Question,
    RepairAttempt,
    SafetyCheck,
)
from amends.repair.selectors import decision_seen_by, path_for
from amends.spaces.selectors import space_roles
from tests.conftest import Couple, client_for

PRIVATE_NOTE = "I am not sure I can ever trust again"


@pytest.fixture
def breach(couple: Couple) -> Breach:
    return services.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="infidelity_emotional",
        description="Months of secret messages with a colleague.",
        visibility="partner_and_professional",
    )


@pytest.fixture
def committed(couple: Couple, breach: Breach) -> Breach:
    services.commitment_make(breach=breach, by=couple.alex, text="I will show up and be honest.")
    services.commitment_make(breach=breach, by=couple.jordan, text="I will own what I did.")
    return breach


def url(name: str, couple: Couple, breach: Breach) -> str:
    return reverse(name, args=[couple.space.uid, breach.uid])


def once() -> str:
    from amends.core.once import new_form_token

    return new_form_token()


# Recording --------------------------------------------------------------------------------


def test_either_partner_records_in_either_direction(couple: Couple) -> None:
    hurt = services.breach_record(
        space=couple.space,
        by=couple.jordan,
        i_was_hurt=True,
        category="harsh_words",
        description="You mocked me to your friends.",
    )
    disclosed = services.breach_record(
        space=couple.space,
        by=couple.jordan,
        i_was_hurt=False,
        category="addiction_gambling",
        description="I have been gambling again.",
    )
    assert (hurt.hurt_partner, hurt.injuring_partner) == (couple.jordan, couple.alex)
    assert (disclosed.hurt_partner, disclosed.injuring_partner) == (couple.alex, couple.jordan)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"category": "nonsense"}, "kind of hurt"),
        ({"category": "other", "category_other": "  "}, "in a few words"),
        ({"description": "   "}, "write something"),
        ({"description": "x" * 20_001}, "under 20,000"),
        ({"visibility": "private"}, "cannot be private"),
        ({"visibility": "world"}, "who can read"),
        ({"occurred_on": timezone.localdate() + timedelta(days=3)}, "future"),
    ],
)
def test_bad_breach_input_is_refused_and_saves_nothing(couple: Couple, kwargs, message) -> None:
    args = {
        "space": couple.space,
        "by": couple.alex,
        "i_was_hurt": True,
        "category": "broken_promises",
        "description": "It happened.",
    } | kwargs
    with pytest.raises(ActionRefused) as refused:
        services.breach_record(**args)
    assert message in refused.value.message
    assert not Breach.objects.exists()


def test_professional_and_stranger_cannot_record(couple: Couple) -> None:
    for who, space in ((couple.sam, couple.space), (couple.casey, couple.space)):
        with pytest.raises(ActionRefused):
            services.breach_record(
                space=space,
                by=who,
                i_was_hurt=True,
                category="other",
                category_other="x",
                description="y",
            )


def test_recording_through_the_page(couple: Couple, as_alex: Client) -> None:
    response = as_alex.post(
        reverse("breach_new", args=[couple.space.uid]),
        {
            "once": once(),
            "i_was_hurt": "yes",
            "category": "other",
            "category_other": "You read my diary",
            "visibility": "partner",
            "description": "You read my diary and told your sister.",
        },
    )
    assert response.status_code == 302
    breach = Breach.objects.get()
    assert breach.title == "You read my diary"
    response = as_alex.post(
        reverse("breach_new", args=[couple.space.uid]),
        {"once": once(), "i_was_hurt": "yes", "category": "", "description": ""},
    )
    assert response.status_code == 200
    assert "Please choose what kind of hurt" in response.content.decode()
    assert Breach.objects.count() == 1


def test_solo_breach_has_no_joint_steps(couple: Couple) -> None:
    breach = services.breach_record(
        space=couple.casey_space,
        by=couple.casey,
        i_was_hurt=True,
        category="broken_promises",
        description="Promised to stop, did not.",
    )
    assert breach.injuring_partner is None
    services.decision_set(breach=breach, by=couple.casey, choice="not_sure")
    with pytest.raises(ActionRefused, match="needs both of you"):
        services.question_ask(breach=breach, by=couple.casey, text="Why?")


# The decision --------------------------------------------------------------------------------


def test_only_the_hurt_partner_sets_the_decision(couple: Couple, breach: Breach) -> None:
    for who in (couple.jordan, couple.sam, couple.casey):
        with pytest.raises(ActionRefused):
            services.decision_set(breach=breach, by=who, choice="no")
    assert not Decision.objects.exists()
    services.decision_set(breach=breach, by=couple.alex, choice="rebuild")
    assert Decision.objects.get().author == couple.alex


def test_nobody_else_can_change_or_share_the_decision(couple: Couple, breach: Breach) -> None:
    services.decision_set(breach=breach, by=couple.alex, choice="not_sure")
    for who in (couple.jordan, couple.sam):
        with pytest.raises(ActionRefused):
            services.decision_share(breach=breach, by=who, visibility="partner")
    as_jordan = client_for(couple.jordan)
    as_jordan.post(
        url("decision_decide", couple, breach),
        {"once": once(), "choice": "rebuild", "visibility": "partner"},
    )
    as_jordan.post(
        url("decision_share", couple, breach),
        {"once": once(), "visibility": "partner"},
    )
    decision = Decision.objects.get()
    assert (decision.choice, decision.visibility) == ("not_sure", "private")


def test_partner_cannot_read_the_decision_until_shared(couple: Couple, breach: Breach) -> None:
    services.decision_set(breach=breach, by=couple.alex, choice="no", note=PRIVATE_NOTE)
    as_jordan = client_for(couple.jordan)
    for name in ("step_decision", "breach_detail"):
        html = as_jordan.get(url(name, couple, breach)).content.decode()
        assert PRIVATE_NOTE not in html
        assert "No, I don" not in html
        assert "is deciding" in html
    home = as_jordan.get(reverse("space_home", args=[couple.space.uid])).content.decode()
    assert PRIVATE_NOTE not in home
    services.decision_share(breach=breach, by=couple.alex, visibility="partner")
    html = as_jordan.get(url("step_decision", couple, breach)).content.decode()
    assert PRIVATE_NOTE in html
    # The professional still does not see what was shared only with the partner.
    html = client_for(couple.sam).get(url("step_decision", couple, breach)).content.decode()
    assert PRIVATE_NOTE not in html


def test_a_new_private_decision_leaves_the_shared_one_as_it_is(
    couple: Couple, breach: Breach
) -> None:
    services.decision_set(breach=breach, by=couple.alex, choice="rebuild", visibility="partner")
    roles = space_roles(couple.space)
    assert decision_seen_by(breach=breach, viewer=couple.jordan, roles=roles).choice == "rebuild"
    services.decision_set(breach=breach, by=couple.alex, choice="no")
    # Jordan still sees what Alex shared; Alex sees their own latest answer, private.
    assert decision_seen_by(breach=breach, viewer=couple.jordan, roles=roles).choice == "rebuild"
    mine = decision_seen_by(breach=breach, viewer=couple.alex, roles=roles)
    assert (mine.choice, mine.visibility) == ("no", "private")
    services.decision_withdraw(breach=breach, by=couple.alex)
    assert decision_seen_by(breach=breach, viewer=couple.jordan, roles=roles).is_withdrawal
    assert decision_seen_by(breach=breach, viewer=couple.alex, roles=roles).choice == "no"


def test_shared_no_closes_joint_steps_respectfully(couple: Couple, committed: Breach) -> None:
    services.decision_set(breach=committed, by=couple.alex, choice="no", visibility="partner")
    with pytest.raises(ActionRefused, match="decided not to rebuild"):
        services.statement_write(breach=committed, by=couple.jordan, text="I", based_on_version=0)
    path = path_for(breach=committed, viewer=couple.jordan, roles=space_roles(couple.space))
    assert path.closed_by_no
    outcome = next(s for s in path.steps if s.key == "outcome")
    assert outcome.waiting_on_me
    services.outcome_record(breach=committed, by=couple.jordan, choice="part", text="I respect it.")
    assert Breach.objects.filter(pk=committed.pk).exists()  # closed, never deleted


# Commitments and joint steps ------------------------------------------------------------------


def test_joint_steps_wait_for_both_commitments(couple: Couple, breach: Breach) -> None:
    def joint_actions():
        yield lambda: services.statement_write(
            breach=breach, by=couple.jordan, text="I lied.", based_on_version=0
        )
        yield lambda: services.question_ask(breach=breach, by=couple.alex, text="Is it over?")
        yield lambda: services.impact_write(
            breach=breach, by=couple.alex, text="It broke me.", based_on_version=0
        )
        yield lambda: services.attempt_offer(
            breach=breach, by=couple.jordan, kind="apology", text="I am sorry."
        )
        yield lambda: services.forgiveness_give(breach=breach, by=couple.alex, text="I forgive.")

    for action in joint_actions():
        with pytest.raises(ActionRefused, match="both written your commitment"):
            action()
    services.commitment_make(breach=breach, by=couple.alex, text="I am in.")
    for action in joint_actions():
        with pytest.raises(ActionRefused, match="both written your commitment"):
            action()
    services.commitment_make(breach=breach, by=couple.jordan, text="So am I.")
    for action in joint_actions():
        action()


def test_one_commitment_each(couple: Couple, committed: Breach) -> None:
    with pytest.raises(ActionRefused):
        services.commitment_make(breach=committed, by=couple.alex, text="again")
    with pytest.raises(ActionRefused):
        services.commitment_make(breach=committed, by=couple.sam, text="me too")
    assert Commitment.objects.count() == 2


# Reflection -------------------------------------------------------------------------------------


def test_reflections_are_private_by_default(couple: Couple, breach: Breach) -> None:
    services.reflection_write(breach=breach, by=couple.alex, emotion="anger", text=PRIVATE_NOTE)
    for who in (couple.jordan, couple.sam):
        html = client_for(who).get(url("step_reflection", couple, breach)).content.decode()
        assert PRIVATE_NOTE not in html
    html = client_for(couple.alex).get(url("step_reflection", couple, breach)).content.decode()
    assert PRIVATE_NOTE in html
    path = path_for(breach=breach, viewer=couple.jordan, roles=space_roles(couple.space))
    assert next(s for s in path.steps if s.key == "reflection").status == (
        "Private prompts, by feeling."
    )


# Accountability -----------------------------------------------------------------------------------


def test_accountability_versions_and_response(couple: Couple, committed: Breach) -> None:
    first = services.statement_write(
        breach=committed, by=couple.jordan, text="I hid it.", based_on_version=0
    )
    with pytest.raises(ActionRefused, match="Only the partner who caused"):
        services.statement_write(breach=committed, by=couple.alex, text="x", based_on_version=1)
    with pytest.raises(ActionRefused, match="Only the partner who was hurt"):
        services.statement_respond(statement=first, by=couple.jordan, feels_complete=True)
    with pytest.raises(ActionRefused, match="what feels missing"):
        services.statement_respond(statement=first, by=couple.alex, feels_complete=False)
    services.statement_respond(
        statement=first, by=couple.alex, feels_complete=False, missing="Why you lied."
    )
    # A stale form (written against version 0) does not create a second version 1.
    with pytest.raises(ActionRefused) as stale:
        services.statement_write(breach=committed, by=couple.jordan, text="x", based_on_version=0)
    assert stale.value.code == "stale"
    second = services.statement_write(
        breach=committed, by=couple.jordan, text="I hid it, and I lied.", based_on_version=1
    )
    with pytest.raises(ActionRefused, match="newer version"):
        services.statement_respond(statement=first, by=couple.alex, feels_complete=True)
    services.statement_respond(statement=second, by=couple.alex, feels_complete=True)
    # Sorted: the model has no ordering, and PostgreSQL returns an updated row where it wrote it.
    assert sorted(AccountabilityStatement.objects.values_list("version", flat=True)) == [1, 2]
    assert AccountabilityStatement.objects.get(version=1).text == "I hid it."


# Questions and disclosure ----------------------------------------------------------------


def test_questions_answers_and_later_disclosure(couple: Couple, committed: Breach) -> None:
    q1 = services.question_ask(breach=committed, by=couple.alex, text="Is it over?")
    with pytest.raises(ActionRefused):
        services.question_ask(breach=committed, by=couple.jordan, text="Can I ask too?")
    services.question_answer(question=q1, by=couple.jordan, answer="Yes, since March.")
    with pytest.raises(ActionRefused, match="already answered"):
        services.question_answer(question=q1, by=couple.jordan, answer="again")
    early = services.disclosure_add(breach=committed, by=couple.jordan, text="We met twice.")
    services.disclosure_declare_complete(breach=committed, by=couple.jordan)
    q2 = services.question_ask(breach=committed, by=couple.alex, text="Did you meet again?")
    services.question_answer(question=q2, by=couple.jordan, answer="Once more, in May.")
    late = services.disclosure_add(breach=committed, by=couple.jordan, text="And in June.")
    q2.refresh_from_db()
    assert q2.answered_after_complete and late.is_later
    early.refresh_from_db()
    assert not early.is_later
    html = client_for(couple.alex).get(url("step_questions", couple, committed)).content.decode()
    assert html.count("<strong>told later</strong>") == 2


def test_a_question_that_comes_again_is_met_gently(couple: Couple, committed: Breach) -> None:
    """The partner who answers sees a gentle note and their earlier answer; the one who asks
    is never told they asked before, and the professional sees no note either."""
    first = services.question_ask(
        breach=committed,
        by=couple.alex,
        text="Do you still talk to her?",
        visibility="partner_and_professional",
    )
    services.question_answer(
        question=first, by=couple.jordan, answer="EARLIER-q8z No, not since May."
    )
    services.question_ask(breach=committed, by=couple.alex, text="Where did you meet?")
    services.question_ask(
        breach=committed,
        by=couple.alex,
        text="Are you still talking to her?",
        visibility="partner_and_professional",
    )
    note = "This one has come again. Answer it again, calmly; asking again is part of healing."
    address = url("step_questions", couple, committed)
    jordan = client_for(couple.jordan).get(address).content.decode()
    assert jordan.count(note) == 1
    assert jordan.count("EARLIER-q8z") == 2  # the answer, and the answer again for reference
    for viewer in (couple.alex, couple.sam):
        page = client_for(viewer).get(address).content.decode()
        assert "has come again" not in page and page.count("EARLIER-q8z") == 1
    assert "already asked" not in client_for(couple.alex).get(address).content.decode()


def test_only_the_hurt_partner_closes_and_reopens_questions(
    couple: Couple, committed: Breach
) -> None:
    with pytest.raises(ActionRefused):
        services.questions_close(breach=committed, by=couple.jordan)
    services.questions_close(breach=committed, by=couple.alex)
    with pytest.raises(ActionRefused, match="no more questions"):
        services.question_ask(breach=committed, by=couple.alex, text="One more?")
    with pytest.raises(ActionRefused):
        services.questions_reopen(breach=committed, by=couple.jordan)
    services.questions_reopen(breach=committed, by=couple.alex)
    services.question_ask(breach=committed, by=couple.alex, text="One more?")


def test_unanswered_questions_are_visible_to_both_and_can_be_withdrawn(
    couple: Couple, committed: Breach
) -> None:
    question = services.question_ask(breach=committed, by=couple.alex, text="Who else knew?")
    for who in (couple.alex, couple.jordan):
        html = client_for(who).get(url("step_questions", couple, committed)).content.decode()
        assert "Who else knew?" in html
    with pytest.raises(ActionRefused):
        services.question_withdraw(question=question, by=couple.jordan)
    services.question_withdraw(question=question, by=couple.alex)
    with pytest.raises(ActionRefused, match="withdrew"):
        services.question_answer(question=question, by=couple.jordan, answer="x")


# Repair attempts and promises -------------------------------------------------------------------


def test_attempts_are_acknowledged_only_by_the_hurt_partner(
    couple: Couple, committed: Breach
) -> None:
    attempt = services.attempt_offer(
        breach=committed, by=couple.jordan, kind="ended_contact", text="I blocked her number."
    )
    with pytest.raises(ActionRefused):
        services.attempt_acknowledge(attempt=attempt, by=couple.jordan, acknowledgement="accepted")
    services.attempt_acknowledge(attempt=attempt, by=couple.alex, acknowledgement="not_ready")
    services.attempt_acknowledge(attempt=attempt, by=couple.alex, acknowledgement="accepted")
    with pytest.raises(ActionRefused, match="already answered"):
        services.attempt_acknowledge(attempt=attempt, by=couple.alex, acknowledgement="declined")
    reflection = services.attempt_reflect(
        attempt=attempt, by=couple.alex, text="Part of me wants him to suffer."
    )
    assert reflection.visibility == "private"
    html = client_for(couple.jordan).get(url("step_attempts", couple, committed)).content.decode()
    assert "wants him to suffer" not in html
    assert "I blocked her number." in html


def test_promise_marks_show_disagreement(couple: Couple, committed: Breach) -> None:
    promise = services.promise_make(
        breach=committed, by=couple.jordan, text="Home by 7 on weekdays", rhythm="daily"
    )
    today = timezone.localdate()
    services.promise_mark(promise=promise, by=couple.jordan, occurrence=today, kept=True)
    services.promise_mark(promise=promise, by=couple.alex, occurrence=today, kept=False)
    with pytest.raises(ActionRefused):
        services.promise_mark(
            promise=promise, by=couple.alex, occurrence=today + timedelta(days=1), kept=True
        )
    with pytest.raises(ActionRefused):
        services.promise_mark(promise=promise, by=couple.sam, occurrence=today, kept=True)
    assert PromiseMark.objects.count() == 2
    html = client_for(couple.alex).get(url("step_promises", couple, committed)).content.decode()
    assert "you each saw it differently" in html
    with pytest.raises(ActionRefused, match="date"):
        services.promise_make(breach=committed, by=couple.jordan, text="x", rhythm="once")


# Forgiveness and outcome -----------------------------------------------------------------------


def test_only_the_hurt_partner_forgives(couple: Couple, committed: Breach) -> None:
    for who in (couple.jordan, couple.sam, couple.casey):
        with pytest.raises(ActionRefused):
            services.forgiveness_give(breach=committed, by=who, text="forgiven")
    assert not Forgiveness.objects.exists()
    services.forgiveness_give(breach=committed, by=couple.alex, text="I choose to forgive.")
    with pytest.raises(ActionRefused):
        services.forgiveness_give(breach=committed, by=couple.alex, text="twice")


def test_outcome_shows_both_without_deciding(couple: Couple, committed: Breach) -> None:
    services.outcome_record(breach=committed, by=couple.alex, choice="part", text="I need to go.")
    services.outcome_record(breach=committed, by=couple.jordan, choice="recommit", text="I stay.")
    html = client_for(couple.jordan).get(url("step_outcome", couple, committed)).content.decode()
    assert "I need to go." in html and "I stay." in html
    assert "You see this differently" in html


# Privacy through every page --------------------------------------------------------------------

STEP_PAGES = [
    "breach_detail",
    "step_decision",
    "step_commitments",
    "step_reflection",
    "step_accountability",
    "step_questions",
    "step_impact",
    "step_attempts",
    "step_promises",
    "step_forgiveness",
    "step_outcome",
]


def test_professional_sees_only_what_was_shared_with_them(
    couple: Couple, committed: Breach
) -> None:
    services.statement_write(
        breach=committed,
        by=couple.jordan,
        text="PARTNER-ONLY statement",
        based_on_version=0,
        visibility="partner",
    )
    services.attempt_offer(
        breach=committed,
        by=couple.jordan,
        kind="apology",
        text="SHARED-WITH-SAM apology",
        visibility="partner_and_professional",
    )
    services.reflection_write(breach=committed, by=couple.alex, emotion="grief", text=PRIVATE_NOTE)
    services.safety_check_record(
        space=couple.space,
        by=couple.alex,
        feels_afraid=True,
        hurt_or_threatened=False,
        controlled=False,
        forced_sexual_contact=False,
    )
    sam = client_for(couple.sam)
    jordan = client_for(couple.jordan)
    seen_by_sam = "".join(sam.get(url(n, couple, committed)).content.decode() for n in STEP_PAGES)
    seen_by_jordan = "".join(
        jordan.get(url(n, couple, committed)).content.decode() for n in STEP_PAGES
    )
    assert "SHARED-WITH-SAM apology" in seen_by_sam
    assert "PARTNER-ONLY statement" not in seen_by_sam
    assert PRIVATE_NOTE not in seen_by_sam and PRIVATE_NOTE not in seen_by_jordan


def test_safety_check_is_invisible_to_the_other_partner(couple: Couple, breach: Breach) -> None:
    jordan = client_for(couple.jordan)
    pages = [url(n, couple, breach) for n in STEP_PAGES] + [
        reverse("space_home", args=[couple.space.uid]),
        reverse("path_list", args=[couple.space.uid]),
        reverse("safety_check", args=[couple.space.uid]),
    ]
    before = [jordan.get(page).content for page in pages]
    services.safety_check_record(
        space=couple.space,
        by=couple.alex,
        feels_afraid=True,
        hurt_or_threatened=True,
        controlled=True,
        forced_sexual_contact=False,
    )
    after = [jordan.get(page).content for page in pages]
    strip = __import__("re").compile(rb'name="(csrfmiddlewaretoken|once)" value="[^"]*"')
    assert [strip.sub(b"", b) for b in before] == [strip.sub(b"", a) for a in after]
    html = client_for(couple.alex).get(reverse("safety_check", args=[couple.space.uid]))
    assert "What you told us matters" in html.content.decode()
    assert SafetyCheck.objects.get().visibility == "private"


@pytest.mark.parametrize("page", STEP_PAGES)
def test_strangers_and_other_spaces_get_404(couple: Couple, breach: Breach, page: str) -> None:
    assert client_for(couple.casey).get(url(page, couple, breach)).status_code == 404
    wrong_space = reverse(page, args=[couple.casey_space.uid, breach.uid])
    assert client_for(couple.casey).get(wrong_space).status_code == 404


def test_ids_of_other_breaches_items_are_404(couple: Couple, committed: Breach) -> None:
    other = services.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="Another one.",
    )
    question = services.question_ask(breach=committed, by=couple.alex, text="Q?")
    # Answering a question of `committed` through `other`'s page must not work.
    response = client_for(couple.jordan).post(
        url("questions_answer", couple, other),
        {
            "once": once(),
            "question": question.uid,
            "answer": "It was on a Tuesday.",
        },
    )
    assert response.status_code == 404
    question.refresh_from_db()
    assert question.answer == ""


# Replays and every page renders -----------------------------------------------------------


def test_a_replayed_form_does_not_apply_twice(couple: Couple, committed: Breach) -> None:
    as_alex = client_for(couple.alex)
    data = {"once": once(), "visibility": "partner", "text": "Why her?"}
    first = as_alex.post(url("questions_ask", couple, committed), data)
    second = as_alex.post(url("questions_ask", couple, committed), data)
    assert first.status_code == 302
    assert second.status_code == 200
    assert "already saved" in second.content.decode()
    assert Question.objects.count() == 1
    # A form without its token is refused too, and changes nothing.
    response = as_alex.post(url("questions_ask", couple, committed), {**data, "once": ""})
    assert "out of date" in response.content.decode()
    assert Question.objects.count() == 1


def test_acknowledging_through_the_page(couple: Couple, committed: Breach) -> None:
    attempt = services.attempt_offer(
        breach=committed, by=couple.jordan, kind="apology", text="Sorry."
    )
    as_alex = client_for(couple.alex)
    response = as_alex.post(
        url("attempts_ack", couple, committed),
        {"once": once(), "attempt": attempt.uid, "acknowledgement": "maybe"},
    )
    assert response.status_code == 200
    attempt.refresh_from_db()
    assert attempt.acknowledgement == ""
    response = as_alex.post(
        url("attempts_ack", couple, committed),
        {"once": once(), "attempt": attempt.uid, "acknowledgement": "accepted"},
    )
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.acknowledgement == RepairAttempt._meta.get_field("acknowledgement").choices[0][0]


@pytest.mark.parametrize("who", ["alex", "jordan", "sam"])
def test_every_step_page_renders_for_every_member(couple: Couple, committed: Breach, who) -> None:
    services.statement_write(breach=committed, by=couple.jordan, text="S", based_on_version=0)
    services.question_ask(breach=committed, by=couple.alex, text="Q")
    services.attempt_offer(breach=committed, by=couple.jordan, kind="apology", text="A")
    services.promise_make(breach=committed, by=couple.jordan, text="P", rhythm="weekly")
    client = client_for(getattr(couple, who))
    for page in STEP_PAGES:
        response = client.get(url(page, couple, committed))
        assert response.status_code == 200, page
    assert client.get(reverse("path_list", args=[couple.space.uid])).status_code == 200
    assert client.get(reverse("safety_check", args=[couple.space.uid])).status_code == 200


def test_serious_breach_recommends_a_professional_without_alarm(couple: Couple) -> None:
    from amends.spaces import services as space_services

    space_services.professional_remove(space=couple.space, by=couple.alex)
    breach = services.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="infidelity_sexual",
        description="An affair.",
    )
    path = path_for(breach=breach, viewer=couple.alex, roles=space_roles(couple.space))
    assert "couples therapist or coach" in path.recommend_professional
    breach.category = "harsh_words"  # sealed: changed through the model, not update()
    breach.save(update_fields=["category"])
    Breach.objects.filter(pk=breach.pk).update(created_at=timezone.now() - timedelta(days=40))
    breach.refresh_from_db()
    path = path_for(breach=breach, viewer=couple.alex, roles=space_roles(couple.space))
    assert "Nothing has moved" in path.recommend_professional


def test_danger_signal_stops_pushing_joint_steps_for_that_person_only(
    couple: Couple, committed: Breach
) -> None:
    services.question_ask(breach=committed, by=couple.alex, text="Q?")
    roles = space_roles(couple.space)
    before = path_for(breach=committed, viewer=couple.jordan, roles=roles)
    assert any(s.waiting_on_me and s.key == "questions" for s in before.steps)
    services.safety_check_record(
        space=couple.space,
        by=couple.jordan,
        feels_afraid=True,
        hurt_or_threatened=False,
        controlled=False,
        forced_sexual_contact=False,
    )
    after = path_for(breach=committed, viewer=couple.jordan, roles=roles)
    assert after.unsafe_for_me
    assert not any(s.waiting_on_me for s in after.steps if s.key not in {"safety", "decision"})
    assert not path_for(breach=committed, viewer=couple.alex, roles=roles).unsafe_for_me


@pytest.mark.usefixtures("uncached")
def test_path_pages_queries_do_not_grow_with_breaches(couple: Couple) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def one_more() -> Breach:
        b = services.breach_record(
            space=couple.space,
            by=couple.alex,
            i_was_hurt=True,
            category="broken_promises",
            description="again",
        )
        services.commitment_make(breach=b, by=couple.alex, text="in")
        services.commitment_make(breach=b, by=couple.jordan, text="in")
        services.question_ask(breach=b, by=couple.alex, text="why?")
        services.attempt_offer(breach=b, by=couple.jordan, kind="apology", text="sorry")
        return b

    client = client_for(couple.jordan)
    pages = [
        reverse("space_home", args=[couple.space.uid]),
        reverse("path_list", args=[couple.space.uid]),
    ]

    def counts() -> list[int]:
        found = []
        for page in pages:
            client.get(page)
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(page).status_code == 200
            found.append(len(ctx.captured_queries))
        return found

    one_more()
    few = counts()
    for _ in range(4):
        one_more()
    assert counts() == few


def test_punish_reflection_stays_offered_after_declining(couple: Couple, committed: Breach) -> None:
    attempt = services.attempt_offer(
        breach=committed, by=couple.jordan, kind="apology", text="Sorry."
    )
    services.attempt_acknowledge(attempt=attempt, by=couple.alex, acknowledgement="declined")
    html = client_for(couple.alex).get(url("step_attempts", couple, committed)).content.decode()
    assert "Looking back at this" in html
    html = client_for(couple.jordan).get(url("step_attempts", couple, committed)).content.decode()
    assert "Looking back at this" not in html


def test_each_step_says_why_in_one_tap(couple: Couple, committed: Breach) -> None:
    html = client_for(couple.alex).get(url("step_questions", couple, committed)).content.decode()
    assert "Why this step?" in html
    assert "The hurt partner can ask what they need to know" in html


def test_a_partner_who_joins_later_is_part_of_earlier_paths_once_shared(couple: Couple) -> None:
    from amends.spaces import services as space_services
    from tests.conftest import make_user

    breach = services.breach_record(
        space=couple.casey_space,
        by=couple.casey,
        i_was_hurt=True,
        category="broken_promises",
        description="Before you joined.",
    )
    robin = make_user("robin@example.com", "Robin")
    link = space_services.partner_invite_create(space=couple.casey_space, by=couple.casey)
    space_services.invite_accept(token=link.token, by=robin)
    breach.refresh_from_db()
    # Joining makes nobody part of a path: its author decides.
    assert breach.injuring_partner is None
    with pytest.raises(ActionRefused):
        services.commitment_make(breach=breach, by=robin, text="in")
    space_services.items_share_again(space=couple.casey_space, by=couple.casey, items="all")
    breach.refresh_from_db()
    assert breach.injuring_partner == robin
    services.commitment_make(breach=breach, by=couple.casey, text="in")
    services.commitment_make(breach=breach, by=robin, text="in")
    services.question_ask(breach=breach, by=couple.casey, text="Why?")
