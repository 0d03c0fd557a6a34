"""Everyday hurts, the hurt partner's "what I'm seeing" page, and self-trust."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.repair import services as repair
from amends.repair.models import Breach, Question, SelfTrustEntry
from amends.talk import services as talk
from amends.talk.models import Conversation, Reply
from tests.conftest import Couple, client_for, joint_breach

TOKENS = re.compile(rb'name="(csrfmiddlewaretoken|once)" value="[^"]*"')


def test_everyday_conversation_to_okay(couple: Couple) -> None:
    alex = client_for(couple.alex)
    response = alex.post(
        reverse("hurts", args=[couple.space.uid]),
        {
            "once": new_form_token(),
            "visibility": "partner",
            "what_happened": "You checked your phone while I was talking about my mum.",
            "how_i_felt": "I felt alone.",
            "what_i_need": "Phones away at dinner.",
        },
    )
    assert response.status_code == 302
    conversation = Conversation.objects.get()
    jordan = client_for(couple.jordan)
    url = reverse("hurt_detail", args=[couple.space.uid, conversation.uid])
    assert "I felt alone." in jordan.get(url).content.decode()
    response = jordan.post(
        reverse("hurt_reply", args=[couple.space.uid, conversation.uid]),
        {
            "once": new_form_token(),
            "text": "I hear you. You felt alone because I was on my phone, and I'm sorry.",
        },
    )
    assert response.status_code == 302
    alex.post(
        reverse("hurt_okay", args=[couple.space.uid, conversation.uid]), {"once": new_form_token()}
    )
    conversation.refresh_from_db()
    assert conversation.state == "okay"


def test_the_coach_flags_defensiveness_in_the_reply(couple: Couple) -> None:
    conversation = talk.conversation_start(
        space=couple.space,
        by=couple.alex,
        what_happened="You were late again.",
        how_i_felt="I felt unimportant.",
    )
    url = reverse("hurt_reply", args=[couple.space.uid, conversation.uid])
    response = client_for(couple.jordan).post(
        url,
        {
            "once": new_form_token(),
            "text": "You're being dramatic, it was nothing.",
        },
        follow=True,
    )
    assert "Send as written" in response.content.decode()
    assert not Reply.objects.exists()


def test_wrong_person_and_bad_input_change_nothing(couple: Couple) -> None:
    conversation = talk.conversation_start(
        space=couple.space, by=couple.alex, what_happened="x", how_i_felt="y"
    )
    with pytest.raises(ActionRefused, match="your partner's part"):
        talk.conversation_reply(conversation=conversation, by=couple.alex, text="me")
    with pytest.raises(ActionRefused):
        talk.conversation_settle(conversation=conversation, by=couple.jordan)
    with pytest.raises(ActionRefused):
        talk.conversation_turn_into_breach(
            conversation=conversation, by=couple.jordan, category="other"
        )
    with pytest.raises(ActionRefused):
        talk.conversation_reply(conversation=conversation, by=couple.sam, text="pro")
    url = reverse("hurt_detail", args=[couple.space.uid, conversation.uid])
    assert client_for(couple.casey).get(url).status_code == 404
    for action in ("hurt_okay", "hurt_reply", "hurt_path"):
        other_space = reverse(action, args=[couple.casey_space.uid, conversation.uid])
        assert client_for(couple.casey).post(other_space, {}).status_code == 404
        theirs = reverse(action, args=[couple.space.uid, conversation.uid])
        assert client_for(couple.casey).post(theirs, {}).status_code == 404
    # A path with a kind of hurt that does not exist: said next to the choice; nothing made.
    response = client_for(couple.alex).post(
        reverse("hurt_path", args=[couple.space.uid, conversation.uid]),
        {"once": new_form_token(), "category": "<script>"},
    )
    assert response.status_code == 200 and "Please choose what kind" in response.content.decode()
    assert not Breach.objects.exists()
    response = client_for(couple.alex).post(
        reverse("hurts", args=[couple.space.uid]),
        {
            "once": new_form_token(),
            "visibility": "partner",
            "what_happened": "",
            "how_i_felt": "x" * 20_001,
        },
    )
    assert response.status_code == 200
    assert Conversation.objects.count() == 1 and not Reply.objects.exists()
    with pytest.raises(ActionRefused):
        talk.conversation_turn_into_breach(
            conversation=conversation, by=couple.alex, category="nope"
        )
    conversation.refresh_from_db()
    assert conversation.state == "open" and not Breach.objects.exists()


def test_a_conversation_that_becomes_a_breach_keeps_its_history(couple: Couple) -> None:
    conversation = talk.conversation_start(
        space=couple.space,
        by=couple.alex,
        what_happened="You told your brother about us.",
        how_i_felt="Exposed.",
    )
    talk.conversation_reply(conversation=conversation, by=couple.jordan, text="I heard you.")
    breach = talk.conversation_turn_into_breach(
        conversation=conversation, by=couple.alex, category="harsh_words"
    )
    conversation.refresh_from_db()
    assert conversation.breach == breach and conversation.state == "breach"
    assert Reply.objects.get().text == "I heard you."
    assert "You told your brother" in breach.description
    assert breach.hurt_partner == couple.alex


@pytest.fixture
def history(couple: Couple) -> Breach:
    breach = joint_breach(couple, category="infidelity_emotional", description="messages")
    repair.statement_write(
        breach=breach,
        by=couple.jordan,
        based_on_version=0,
        text="I'm sorry, but you're overreacting, it was just texting.",
    )
    repair.disclosure_declare_complete(breach=breach, by=couple.jordan)
    repair.disclosure_add(breach=breach, by=couple.jordan, text="We also met for lunch.")
    old = repair.question_ask(breach=breach, by=couple.alex, text="Did you kiss?")
    Question.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=10))
    repair.question_ask(breach=breach, by=couple.alex, text="Fresh question")
    promise = repair.promise_make(
        breach=breach, by=couple.jordan, text="No contact with her", rhythm="daily"
    )
    repair.promise_mark(
        promise=promise, by=couple.alex, occurrence=timezone.localdate(), kept=False
    )
    repair.attempt_offer(breach=breach, by=couple.jordan, kind="transparency", text="My phone")
    return breach


def test_what_im_seeing_shows_each_kind_of_fact(couple: Couple, history: Breach) -> None:
    url = reverse("what_im_seeing", args=[couple.space.uid, history.uid])
    html = client_for(couple.alex).get(url).content.decode()
    assert "making it smaller or doubting what you saw" in html
    assert "Something new was told after the disclosure was said to be complete" in html
    assert "A question not answered after 10 days" in html
    assert "Fresh question" not in html
    assert "A promise noted as not kept by you" in html
    assert "A repair attempt was offered" in html
    assert "%" not in html.split("<main", 1)[1]  # no score


def test_what_im_seeing_is_invisible_to_everyone_else(couple: Couple, history: Breach) -> None:
    url = reverse("what_im_seeing", args=[couple.space.uid, history.uid])
    for who in (couple.jordan, couple.sam, couple.casey):
        assert client_for(who).get(url).status_code == 404
    jordan = client_for(couple.jordan)
    pages = [
        reverse(name, args=[couple.space.uid, history.uid])
        for name in ("breach_detail", "step_accountability", "step_questions", "step_promises")
    ] + [reverse("space_home", args=[couple.space.uid])]
    before = [TOKENS.sub(b"", jordan.get(p).content) for p in pages]
    client_for(couple.alex).get(url)
    after = [TOKENS.sub(b"", jordan.get(p).content) for p in pages]
    assert before == after


def test_self_trust_is_private_and_revisitable(couple: Couple) -> None:
    url = reverse("self_trust", args=[couple.space.uid])
    alex = client_for(couple.alex)
    alex.post(url, {"once": new_form_token(), "exercise": "know", "text": "I saw what I saw."})
    alex.post(url, {"once": new_form_token(), "exercise": "need", "text": "Sleep."})
    assert SelfTrustEntry.objects.filter(author=couple.alex).count() == 2
    assert "I saw what I saw." in alex.get(url).content.decode()
    assert "I saw what I saw." not in client_for(couple.jordan).get(url).content.decode()
    response = alex.post(url, {"once": new_form_token(), "exercise": "bogus", "text": "x"})
    assert "Please choose one of the exercises" in response.content.decode()
    assert SelfTrustEntry.objects.count() == 2


def test_self_trust_works_in_solo_mode(couple: Couple) -> None:
    url = reverse("self_trust", args=[couple.casey_space.uid])
    response = client_for(couple.casey).post(
        url, {"once": new_form_token(), "exercise": "feel", "text": "Tired, and clearer."}
    )
    assert response.status_code == 302
