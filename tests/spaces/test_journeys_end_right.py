"""Issue 16, bugs 1 to 4, below the browser: deletion and leaving, the professional's
approval, the invitation link shown once, and what a professional is told."""

import pytest
from django.test import Client
from django.urls import reverse

from amends.accounts.services import account_delete
from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.repair import services as repair
from amends.repair.models import Question, RepairAttempt
from amends.repair.selectors import path_for
from amends.spaces import services as spaces
from amends.spaces.invites import SESSION_KEY
from amends.spaces.models import Invite, Role, Space
from amends.spaces.selectors import partner_left, professionals_waiting, space_roles
from tests.api.conftest import Api, token_for
from tests.conftest import PASSWORD, Couple, client_for, make_user


def committed(couple: Couple, visibility: str = "partner") -> object:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="x",
        visibility=visibility,
    )
    for who in (couple.alex, couple.jordan):
        repair.commitment_make(breach=breach, by=who, text="I commit.")
    return breach


# 1 -------------------------------------------------------------------------------------------


def test_deleting_an_account_erases_its_answers_on_the_partners_rows(couple: Couple) -> None:
    c = couple
    breach = committed(c)
    question = repair.question_ask(breach=breach, by=c.alex, text="ALEX-ASKS")
    repair.question_answer(question=question, by=c.jordan, answer="JORDAN-ANSWERS")
    attempt = repair.attempt_offer(breach=breach, by=c.jordan, kind="apology", text="Sorry.")
    repair.attempt_acknowledge(
        attempt=attempt, by=c.alex, acknowledgement="declined", note="ALEX-DECLINES"
    )
    alex_api = Api(token_for(c.alex))
    account_delete(by=c.jordan, password=PASSWORD)
    kept = Question.objects.get(pk=question.pk)
    assert (kept.text, kept.answer) == ("ALEX-ASKS", "")
    body = alex_api.get(f"/spaces/{c.space.uid}/breaches/{breach.uid}/questions").content
    assert b"ALEX-ASKS" in body and b"JORDAN-ANSWERS" not in body
    # The path is closed for want of a partner, and says so.
    roles = space_roles(Space.objects.get(pk=c.space.pk))
    assert partner_left(viewer=c.alex, roles=roles)
    path = path_for(breach=Question.objects.get(pk=question.pk).breach, viewer=c.alex, roles=roles)
    assert path.gate == "partner_missing"
    with pytest.raises(ActionRefused, match="needs both of you"):
        repair.question_ask(breach=breach, by=c.alex, text="Anything?")


def test_deleting_the_hurt_partner_erases_their_answers_to_attempts(couple: Couple) -> None:
    c = couple
    breach = committed(c)
    attempt = repair.attempt_offer(breach=breach, by=c.jordan, kind="apology", text="Sorry.")
    repair.attempt_acknowledge(
        attempt=attempt, by=c.alex, acknowledgement="declined", note="ALEX-DECLINES"
    )
    account_delete(by=c.alex, password=PASSWORD)
    kept = RepairAttempt.objects.get(pk=attempt.pk)
    assert (kept.text, kept.acknowledgement, kept.acknowledgement_note) == ("Sorry.", "", "")
    assert kept.acknowledged_at is None


def test_a_partner_who_leaves_takes_their_answers_on_the_partners_rows_with_them(
    couple: Couple,
) -> None:
    """Leaving is like deleting, for what one wrote inside the partner's rows: Jordan's
    answers to Alex's questions, and Alex's answers to Jordan's repair attempts, are no
    longer shown to the one who stays (or to the professional), on any page, in the API or
    in the export; the questions and attempts stay with their authors. Nothing is erased:
    the words are still their writer's."""
    c = couple
    breach = committed(c, visibility="partner_and_professional")
    question = repair.question_ask(
        breach=breach, by=c.alex, text="ALEX-ASKS", visibility="partner_and_professional"
    )
    repair.question_answer(question=question, by=c.jordan, answer="JORDAN-ANSWERS")
    attempt = repair.attempt_offer(
        breach=breach, by=c.jordan, kind="apology", text="SORRY", visibility="partner"
    )
    repair.attempt_acknowledge(
        attempt=attempt, by=c.alex, acknowledgement="declined", note="ALEX-DECLINES"
    )
    s, b = c.space.uid, breach.uid
    questions_page = reverse("step_questions", args=[s, b])
    questions_api = f"/spaces/{s}/breaches/{b}/questions"
    attempts_page = reverse("step_attempts", args=[s, b])
    for who in (c.alex, c.sam):
        assert "JORDAN-ANSWERS" in client_for(who).get(questions_page).content.decode()
    assert "ALEX-DECLINES" in client_for(c.jordan).get(attempts_page).content.decode()

    spaces.space_leave(space=c.space, by=c.jordan)
    for who in (c.alex, c.sam):
        body = client_for(who).get(questions_page).content.decode()
        assert "ALEX-ASKS" in body and "JORDAN-ANSWERS" not in body
        assert "went with the person who wrote it" in body
        api = Api(token_for(who)).get(questions_api)
        assert api.status_code == 200
        assert b"ALEX-ASKS" in api.content and b"JORDAN-ANSWERS" not in api.content
    export = client_for(c.alex).get(reverse("export_html")).content.decode()
    assert "ALEX-ASKS" in export and "JORDAN-ANSWERS" not in export
    assert Question.objects.get(pk=question.pk).answer == "JORDAN-ANSWERS", "nothing erased"


def test_the_injuring_partner_keeps_the_attempt_not_the_answer_of_one_who_left(
    couple: Couple,
) -> None:
    c = couple
    # Jordan records the path this time (it stays Jordan's when Alex leaves).
    breach = repair.breach_record(
        space=c.space,
        by=c.jordan,
        i_was_hurt=False,
        category="broken_promises",
        description="x",
        visibility="partner",
    )
    for who in (c.alex, c.jordan):
        repair.commitment_make(breach=breach, by=who, text="I commit.")
    attempt = repair.attempt_offer(
        breach=breach, by=c.jordan, kind="apology", text="SORRY", visibility="partner"
    )
    repair.attempt_acknowledge(
        attempt=attempt, by=c.alex, acknowledgement="declined", note="ALEX-DECLINES"
    )
    s, b = c.space.uid, breach.uid
    spaces.space_leave(space=c.space, by=c.alex)
    body = client_for(c.jordan).get(reverse("step_attempts", args=[s, b])).content.decode()
    assert "SORRY" in body and "ALEX-DECLINES" not in body and "I decline this" not in body
    api = Api(token_for(c.jordan)).get(f"/spaces/{s}/breaches/{b}/attempts").json()
    [shown] = api["items"]
    assert (shown["acknowledgement"], shown["acknowledgement_note"]) == ("", "")
    assert shown["acknowledged_at"] is None
    kept = RepairAttempt.objects.get(pk=attempt.pk)
    assert kept.acknowledgement_note == "ALEX-DECLINES", "nothing erased"


def test_a_partner_who_leaves_is_named_on_the_home_page_until_someone_joins(
    couple: Couple,
) -> None:
    c = couple
    home = reverse("space_home", args=[c.space.uid])
    spaces.space_leave(space=c.space, by=c.jordan)
    page = client_for(c.alex).get(home).content.decode()
    assert "Your partner has left this space." in page and "has not joined" not in page
    talk = client_for(c.alex).get(reverse("talk", args=[c.space.uid])).content.decode()
    assert "Your partner has left this space" in talk
    # Someone new joins: nothing is said about the one before, to either of them.
    drew = make_user("drew@example.com", "Drew")
    link = spaces.partner_invite_create(space=c.space, by=c.alex)
    spaces.invite_accept(token=link.token, by=drew)
    for who in (c.alex, drew):
        assert "has left" not in client_for(who).get(home).content.decode()
    # A professional leaving says nothing of the kind.
    spaces.space_leave(space=c.space, by=c.sam)
    assert "has left" not in client_for(c.alex).get(home).content.decode()


# 2 -------------------------------------------------------------------------------------------


def test_a_partner_who_joins_after_the_professional_is_asked_and_can_agree(
    couple: Couple,
) -> None:
    casey, space = couple.casey, couple.casey_space
    drew, robin = make_user("drew@example.com", "Drew"), make_user("robin@example.com", "Robin")
    proposal = spaces.professional_invite_propose(space=space, by=casey)
    link = spaces.professional_link_create(invite=proposal, by=casey)
    spaces.invite_accept(token=link.token, by=robin)
    # Casey says yes to Robin's access once Robin joined (their policy in front of her).
    assert space_roles(space).unapproved_professionals == (robin,)
    spaces.professional_approve(invite=proposal, by=casey)
    assert space_roles(space).professionals == (robin,)
    partner = spaces.partner_invite_create(space=space, by=casey)
    spaces.invite_accept(token=partner.token, by=drew)
    roles = space_roles(space)
    assert roles.unapproved_professionals == (robin,)
    assert [(w.user, w.i_approved) for w in professionals_waiting(viewer=casey, roles=roles)] == [
        (robin, True)
    ]
    assert [w.i_approved for w in professionals_waiting(viewer=drew, roles=roles)] == [False]
    people = reverse("space_people", args=[space.uid])
    page = client_for(drew).get(people).content.decode()
    assert f"/professional/{proposal.uid}/approve/" in page
    assert "Before they see anything" not in client_for(casey).get(people).content.decode()
    client_for(drew).post(
        reverse("people_approve_professional", args=[space.uid, proposal.uid]),
        {"once": new_form_token()},
    )
    assert space_roles(space).professionals == (robin,)


# 3 -------------------------------------------------------------------------------------------


def test_a_replayed_invite_form_makes_no_second_link(couple: Couple) -> None:
    client = client_for(couple.casey)
    people = reverse("space_people", args=[couple.casey_space.uid])
    invite = reverse("people_invite_partner", args=[couple.casey_space.uid])
    token = new_form_token()
    for _ in range(2):
        assert client.post(invite, {"once": token}).status_code == 302
    invites = Invite.objects.filter(space=couple.casey_space, role=Role.PARTNER)
    assert invites.count() == 1 and invites.get().revoked_at is None
    assert "Nothing was changed the second time" in client.get(people).content.decode()


def test_a_cancelled_link_says_so_before_anyone_signs_up(couple: Couple) -> None:
    old = spaces.partner_invite_create(space=couple.casey_space, by=couple.casey)
    new = spaces.partner_invite_create(space=couple.casey_space, by=couple.casey)
    visitor = Client()
    page = visitor.get(reverse("invite_accept", args=[old.token])).content.decode()
    assert "This link did not work" in page and "does not work any more" in page
    assert "Create an account" not in page
    assert SESSION_KEY not in visitor.session  # nothing to come back to after signing up
    page = visitor.get(reverse("invite_accept", args=[new.token])).content.decode()
    assert "You have been invited" in page
    assert visitor.session[SESSION_KEY] == new.token


# 4 -------------------------------------------------------------------------------------------


def test_a_professional_reads_the_same_words_whether_or_not_anything_was_done(
    couple: Couple,
) -> None:
    c = couple
    busy = committed(c, visibility="partner_and_professional")
    repair.statement_write(breach=busy, by=c.jordan, text="I did it.", based_on_version=0)
    repair.attempt_offer(breach=busy, by=c.jordan, kind="apology", text="Sorry.")
    repair.promise_make(breach=busy, by=c.jordan, text="Call", rhythm="daily")
    quiet = repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="y",
        visibility="partner_and_professional",
    )
    roles = space_roles(c.space)
    paths = [path_for(breach=b, viewer=c.sam, roles=roles) for b in (busy, quiet)]
    seen = [[(s.key, s.state, s.reason, s.status) for s in p.steps] for p in paths]
    assert seen[0] == seen[1]
    assert {status for *_, status in seen[0]} == {"Nothing shared with you yet."}
