"""Every field one partner writes to the other goes through the coach (issue 17): the
answer to a repair attempt, a promise, and forgiveness shared with the partner, like the
questions, answers, statements, impact, attempts, Talk and everyday repair before them.
Advice comes first, on a page of its own; "Send as written" is one click; nothing is
saved until then. Private words are not read."""

from django.urls import reverse

from amends.core.once import new_form_token
from amends.repair import services as repair
from amends.repair.models import Forgiveness, Promise, RepairAttempt
from tests.conftest import Couple, client_for, joint_breach

HARSH = "You are pathetic and you always lie."


def _advised_then_sent(client, url: str, data: dict[str, str]) -> str:
    response = client.post(url, data, follow=True)
    assert response.redirect_chain and response.redirect_chain[0][1] == 302
    html = response.content.decode()
    assert "Send as written" in html
    return html


def test_the_answer_to_a_repair_attempt_is_coached(couple: Couple) -> None:
    breach = joint_breach(couple)
    attempt = repair.attempt_offer(breach=breach, by=couple.jordan, kind="apology", text="Sorry.")
    url = reverse("attempts_ack", args=[couple.space.uid, breach.uid])
    data = {
        "once": new_form_token(),
        "attempt": str(attempt.uid),
        "acknowledgement": "not_ready",
        "note": HARSH,
    }
    html = _advised_then_sent(client_for(couple.alex), url, data)
    assert '<mark class="flagged">' in html
    attempt.refresh_from_db()
    assert attempt.acknowledgement == "" or attempt.acknowledgement is None
    # The partner cannot open the advice's page: it is the writer's alone.
    other = client_for(couple.jordan).get(url).content.decode()
    assert HARSH not in other
    assert client_for(couple.alex).post(url, {**data, "send_anyway": "1"}).status_code == 302
    attempt.refresh_from_db()
    assert attempt.acknowledgement == "not_ready" and attempt.acknowledgement_note == HARSH


def test_a_kind_answer_to_a_repair_attempt_goes_straight_through(couple: Couple) -> None:
    breach = joint_breach(couple)
    attempt = repair.attempt_offer(breach=breach, by=couple.jordan, kind="apology", text="Sorry.")
    url = reverse("attempts_ack", args=[couple.space.uid, breach.uid])
    data = {
        "once": new_form_token(),
        "attempt": str(attempt.uid),
        "acknowledgement": "accepted",
        "note": "Thank you. I can see you mean it.",
    }
    assert client_for(couple.alex).post(url, data).status_code == 302
    assert RepairAttempt.objects.get(pk=attempt.pk).acknowledgement == "accepted"


def test_a_promise_is_coached(couple: Couple) -> None:
    breach = joint_breach(couple)
    url = reverse("promises_make", args=[couple.space.uid, breach.uid])
    data = {
        "once": new_form_token(),
        "text": "I'll tell you where I am, but stop being so paranoid.",
        "rhythm": "daily",
        "visibility": "partner",
    }
    _advised_then_sent(client_for(couple.jordan), url, data)
    assert not Promise.objects.exists()
    assert client_for(couple.jordan).post(url, {**data, "send_anyway": "1"}).status_code == 302
    assert Promise.objects.count() == 1


def test_forgiveness_shared_with_the_partner_is_coached_then_asked(couple: Couple) -> None:
    breach = joint_breach(couple)
    url = reverse("step_forgiveness", args=[couple.space.uid, breach.uid])
    data = {
        "once": new_form_token(),
        "text": "I forgive you, even though you are a pathetic liar.",
        "visibility": "partner",
    }
    client = client_for(couple.alex)
    _advised_then_sent(client, url, data)
    assert not Forgiveness.objects.exists()
    # "Send as written" leads to the usual question before forgiveness is saved.
    response = client.post(url, {**data, "send_anyway": "1"}, follow=True)
    assert "Before you save this" in response.content.decode()
    assert not Forgiveness.objects.exists()
    assert client.post(url, {**data, "send_anyway": "1", "confirmed": "1"}).status_code == 302
    assert Forgiveness.objects.count() == 1


def test_private_forgiveness_is_not_read_by_the_coach(couple: Couple) -> None:
    breach = joint_breach(couple)
    url = reverse("step_forgiveness", args=[couple.space.uid, breach.uid])
    data = {
        "once": new_form_token(),
        "text": "I forgive you, even though you are a pathetic liar.",
        "visibility": "private",
    }
    response = client_for(couple.alex).post(url, data, follow=True)
    html = response.content.decode()
    assert "Send as written" not in html
    assert "Before you save this" in html


def test_sending_from_an_actions_advice_page_forgets_the_draft(couple: Couple) -> None:
    """An action has its own URL: its advice is shown there (`?draft=`), and the form on
    that page posts back with the draft, so sending it leaves nothing kept."""
    from amends.talk.models import CoachedDraft

    breach = joint_breach(couple)
    url = reverse("promises_make", args=[couple.space.uid, breach.uid])
    client = client_for(couple.jordan)
    data = {
        "once": new_form_token(),
        "text": "I'll tell you where I am, but stop being so paranoid.",
        "rhythm": "daily",
        "visibility": "partner",
    }
    held = client.post(url, data)
    assert held.status_code == 302 and held["Location"].startswith(f"{url}?draft=")
    page = client.get(held["Location"]).content.decode()
    assert f'action="{held["Location"]}"' in page and "Send as written" in page
    assert client.post(held["Location"], {**data, "send_anyway": "1"}).status_code == 302
    assert Promise.objects.count() == 1
    assert not CoachedDraft.objects.exists()
