"""Talk and the coach inside the app: advice before sending, never a block."""

from django.urls import reverse

from amends.core.once import new_form_token
from amends.repair import services as repair
from amends.repair.models import AccountabilityStatement, Question
from amends.talk.models import Message
from amends.talk.services import message_send
from tests.conftest import Couple, client_for, joint_breach

HARSH = "You always do this, you are so selfish."
THREAT = "If you leave me I will make you regret it."


def send(client, couple: Couple, text: str, **extra: str):
    data = {"once": new_form_token(), "text": text, "visibility": "partner", **extra}
    return client.post(reverse("talk", args=[couple.space.uid]), data)


def test_partner_reads_messages_professional_only_when_shared(couple: Couple) -> None:
    message_send(space=couple.space, by=couple.alex, text="just us")
    message_send(
        space=couple.space,
        by=couple.alex,
        text="for Sam too",
        visibility="partner_and_professional",
    )
    jordan = client_for(couple.jordan).get(reverse("talk", args=[couple.space.uid]))
    assert "just us" in jordan.content.decode() and "for Sam too" in jordan.content.decode()
    sam = client_for(couple.sam).get(reverse("talk", args=[couple.space.uid])).content.decode()
    assert "just us" not in sam and "for Sam too" in sam
    assert client_for(couple.casey).get(reverse("talk", args=[couple.space.uid])).status_code == 404


def test_coach_speaks_before_sending_and_send_as_written_is_one_click(couple: Couple) -> None:
    client = client_for(couple.alex)
    token = new_form_token()
    response = send(client, couple, HARSH, once=token)
    # The coach's advice is a page of its own: the form's answer is a redirect to it.
    assert response.status_code == 302 and "?draft=" in response["Location"]
    coached = client.get(response["Location"])
    html = coached.content.decode()
    assert coached.status_code == 200
    assert "Send as written" in html
    assert '<mark class="flagged">You always do this</mark>' in html
    assert f'value="{token}"' in html and HARSH in html  # the same words, the same form
    assert not Message.objects.exists()
    assert client.get(response["Location"]).status_code == 200  # shown again, nothing sent
    assert not Message.objects.exists()
    # Nobody else can open it: the page shows as it is.
    other = client_for(couple.jordan).get(response["Location"]).content.decode()
    assert HARSH not in other and "Send as written" not in other
    response = client.post(
        response["Location"],
        {"once": token, "text": HARSH, "visibility": "partner", "send_anyway": "1"},
    )
    assert response.status_code == 302
    assert Message.objects.get().text == HARSH
    # Sent: the advice's page is not offered again.
    from amends.talk.models import CoachedDraft

    assert not CoachedDraft.objects.exists()


def test_kind_words_go_straight_through(couple: Couple) -> None:
    response = send(client_for(couple.alex), couple, "I hear you. I was wrong to hide it.")
    assert response.status_code == 302
    assert Message.objects.count() == 1


def test_threat_shows_safety_resources_to_the_recipient_only(couple: Couple) -> None:
    send(client_for(couple.jordan), couple, THREAT, send_anyway="1")
    assert Message.objects.get().carries_threat
    alex = client_for(couple.alex).get(reverse("talk", args=[couple.space.uid])).content.decode()
    jordan = (
        client_for(couple.jordan).get(reverse("talk", args=[couple.space.uid])).content.decode()
    )
    assert "safety-aside" in alex
    assert "safety-aside" not in jordan


def test_live_feedback_endpoint(couple: Couple) -> None:
    url = reverse("coach_feedback", args=[couple.space.uid])
    response = client_for(couple.alex).post(url, {"text": HARSH})
    assert response.status_code == 200
    assert '<mark class="flagged">' in response.content.decode()
    assert "<html" not in response.content.decode()  # a partial, not a page
    assert client_for(couple.casey).post(url, {"text": HARSH}).status_code == 404
    assert client_for(couple.alex).get(url).status_code == 405
    empty = client_for(couple.alex).post(url, {"text": ""})
    assert empty.status_code == 200 and "flagged" not in empty.content.decode()


def test_forgiven_breach_is_passed_to_the_coach(couple: Couple) -> None:
    breach = joint_breach(
        couple, category="infidelity_sexual", description="The affair with Chris."
    )
    text = "Well you cheated on me with Chris so you have no right to talk."
    url = reverse("coach_feedback", args=[couple.space.uid])
    before = client_for(couple.alex).post(url, {"text": text}).content.decode()
    repair.forgiveness_give(breach=breach, by=couple.alex, text="I forgive you.")
    after = client_for(couple.alex).post(url, {"text": text}).content.decode()
    assert "something forgiven" not in before
    assert "Brings back something forgiven" in after


def test_repair_step_text_is_coached_before_it_is_shared(couple: Couple) -> None:
    breach = joint_breach(couple)
    client = client_for(couple.jordan)
    url = reverse("accountability_write", args=[couple.space.uid, breach.uid])
    data = {
        "once": new_form_token(),
        "based_on_version": "0",
        "visibility": "partner",
        "text": "You are being dramatic, it was nothing.",
    }
    response = client.post(url, data, follow=True)
    assert response.redirect_chain[0][1] == 302
    assert "Send as written" in response.content.decode()
    assert not AccountabilityStatement.objects.exists()
    assert client.post(url, {**data, "send_anyway": "1"}).status_code == 302
    assert AccountabilityStatement.objects.count() == 1


def test_the_hurt_partners_questions_are_coached_before_they_are_asked(couple: Couple) -> None:
    # Issue 16, bug 14: "Why are you such a pathetic liar?" passed without a word.
    breach = joint_breach(couple)
    client = client_for(couple.alex)
    url = reverse("questions_ask", args=[couple.space.uid, breach.uid])
    data = {
        "once": new_form_token(),
        "visibility": "partner",
        "text": "Why are you such a pathetic liar?",
    }
    response = client.post(url, data, follow=True)
    html = response.content.decode()
    assert "Send as written" in html
    assert '<mark class="flagged">Why are you such a pathetic liar</mark>' in html
    assert not Question.objects.exists()
    assert client.post(url, {**data, "send_anyway": "1"}).status_code == 302
    assert Question.objects.count() == 1


def test_messages_need_a_partner_and_are_never_private(couple: Couple) -> None:
    response = client_for(couple.casey).post(
        reverse("talk", args=[couple.casey_space.uid]),
        {"once": new_form_token(), "text": "hello", "visibility": "partner"},
    )
    assert response.status_code == 200
    assert not Message.objects.exists()
    response = send(client_for(couple.alex), couple, "hello", visibility="private")
    assert response.status_code == 200
    assert not Message.objects.exists()
