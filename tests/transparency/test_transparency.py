"""Being open: transparency offered freely, for a while, reviewed together, released or wound
down; "I feel pressured" private to whoever says it; review reminders to those who may see."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.transparency import selectors, services
from amends.transparency.models import Offer, Pressure, ReviewReminderSent, State
from tests.conftest import Couple, client_for
from tests.conftest import member_versions as numbers
from tests.conftest import space_url as url

ACT = "OFFER-q8z I will tell you if they contact me."


def in_days(n: int) -> str:
    return (timezone.localdate() + timedelta(days=n)).isoformat()


def post(client: Client, address: str, data: dict[str, str]) -> object:
    return client.post(address, {"once": new_form_token(), **data})


def draft(couple: Couple, days: int = 35) -> Offer:
    return services.offer_draft(
        space=couple.space, by=couple.jordan, act=ACT, review_on=in_days(days)
    )


def on_now(couple: Couple) -> Offer:
    offer = services.offer_make(offer=draft(couple), by=couple.jordan)
    return services.offer_answer(offer=offer, by=couple.alex, accept=True)


def review_day_comes(offer: Offer) -> Offer:
    """Move the review day to today (sealed: saved through the model)."""
    offer.review_on = timezone.localdate()
    offer.save(update_fields=["review_on"])
    return Offer.objects.get(pk=offer.pk)


# ---------------------------------------------------------------------------- services


def test_a_draft_is_private_and_changes_nothing_anyone_else_sees(couple: Couple) -> None:
    before = numbers(couple)
    offer = draft(couple)
    services.offer_update(
        offer=offer, by=couple.jordan, act=ACT + " And texts.", review_on=in_days(30)
    )
    after = numbers(couple)
    assert offer.visibility == "private" and offer.state == State.DRAFT
    assert after["alex"] == before["alex"] and after["sam"] == before["sam"]
    assert after["jordan"] > before["jordan"]
    for person in (couple.alex, couple.sam, couple.casey):
        client = client_for(person)
        assert ACT not in client.get(url(couple, "transparency_home")).content.decode()
        assert client.get(url(couple, "transparency_offer", offer.uid)).status_code == 404


def test_offered_accepted_reviewed_and_kept_going(couple: Couple) -> None:
    offer = services.offer_make(offer=draft(couple), by=couple.jordan)
    assert offer.state == State.OFFERED and offer.visibility == "partner"
    assert offer in selectors.waiting_on_me(viewer=couple.alex, roles=_roles(couple))
    with pytest.raises(ActionRefused):
        services.offer_answer(offer=offer, by=couple.jordan, accept=True)  # not their own
    offer = services.offer_answer(offer=offer, by=couple.alex, accept=True)
    assert offer.state == State.ACTIVE
    with pytest.raises(ActionRefused):
        services.offer_wind_down(offer=offer, by=couple.jordan)  # not before the review day
    offer = review_day_comes(offer)
    new_day = in_days(40)
    services.review_propose(offer=offer, by=couple.jordan, review_on=new_day)
    with pytest.raises(ActionRefused):
        services.review_agree(offer=offer, by=couple.jordan)  # the other one agrees
    offer = services.review_agree(offer=offer, by=couple.alex)
    assert offer.review_on.isoformat() == new_day and offer.renewals == 1
    assert offer.proposed_review_on is None


def test_wound_down_at_the_review(couple: Couple) -> None:
    offer = review_day_comes(on_now(couple))
    offer = services.offer_wind_down(offer=offer, by=couple.jordan)
    assert offer.state == State.ENDED and offer.ending == "wound_down"


def test_released_at_any_time_by_the_one_it_was_offered_to(couple: Couple) -> None:
    offer = on_now(couple)
    with pytest.raises(ActionRefused):
        services.offer_release(offer=offer, by=couple.jordan)
    offer = services.offer_release(offer=offer, by=couple.alex)
    assert offer.state == State.ENDED and offer.ending == "released"


def test_not_needed_and_taken_back(couple: Couple) -> None:
    offer = services.offer_make(offer=draft(couple), by=couple.jordan)
    assert services.offer_answer(offer=offer, by=couple.alex, accept=False).ending == "not_needed"
    other = services.offer_make(offer=draft(couple), by=couple.jordan)
    assert services.offer_withdraw(offer=other, by=couple.jordan).ending == "withdrawn"


@pytest.mark.parametrize("day", ["", "not a day", "2020-01-01", None, "9999-01-01"], ids=str)
def test_a_review_day_is_required_and_sensible(couple: Couple, day: object) -> None:
    with pytest.raises(ActionRefused):
        services.offer_draft(space=couple.space, by=couple.jordan, act=ACT, review_on=day)  # type: ignore[arg-type]
    assert not Offer.objects.exists()


def test_a_professional_has_no_part(couple: Couple) -> None:
    with pytest.raises(ActionRefused):
        services.offer_draft(space=couple.space, by=couple.sam, act=ACT, review_on=in_days(30))
    offer = on_now(couple)
    for verb in (
        services.offer_release,
        services.offer_wind_down,
        services.offer_share_with_professional,
    ):
        with pytest.raises(ActionRefused):
            verb(offer=offer, by=couple.sam)
    # Nothing is shared with them: the page says so, and the offer is a 404.
    sam = client_for(couple.sam)
    page = sam.get(url(couple, "transparency_home"))
    assert page.status_code == 200 and "OFFER-q8z" not in page.content.decode()
    assert "Nothing has been shared with you here." in page.content.decode()
    assert sam.get(url(couple, "transparency_offer", offer.uid)).status_code == 404
    assert post(sam, url(couple, "transparency_home"), {"act": "x"}).status_code == 404  # type: ignore[attr-defined]


def test_its_author_may_share_an_offer_with_the_professional(couple: Couple) -> None:
    """As every item is shared: by its author, only widening, once it is offered. Sam then
    reads it (and where it stands), and can change nothing."""
    offer = draft(couple)
    with pytest.raises(ActionRefused):
        services.offer_share_with_professional(offer=offer, by=couple.jordan)  # a draft
    offer = services.offer_make(offer=offer, by=couple.jordan)
    with pytest.raises(ActionRefused):
        services.offer_share_with_professional(offer=offer, by=couple.alex)  # not its author
    assert Offer.objects.get(pk=offer.pk).visibility == "partner"
    sam = client_for(couple.sam)
    assert sam.get(url(couple, "transparency_offer", offer.uid)).status_code == 404
    jordan = client_for(couple.jordan)
    page = jordan.get(url(couple, "transparency_offer", offer.uid)).content.decode()
    assert "Share with Sam" in page
    before = numbers(couple)
    response = post(jordan, url(couple, "offer_share_professional", offer.uid), {})
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert Offer.objects.get(pk=offer.pk).visibility == "partner_and_professional"
    assert numbers(couple)["sam"] > before["sam"]
    assert (
        "Share with Sam"
        not in jordan.get(url(couple, "transparency_offer", offer.uid)).content.decode()
    )
    with pytest.raises(ActionRefused):
        services.offer_share_with_professional(offer=offer, by=couple.jordan)  # already
    listing = sam.get(url(couple, "transparency_home")).content.decode()
    assert "OFFER-q8z" in listing and "Waiting for an answer" in listing
    detail = sam.get(url(couple, "transparency_offer", offer.uid))
    assert detail.status_code == 200 and "OFFER-q8z" in detail.content.decode()
    assert "<form" not in detail.content.decode().split("<main", 1)[1]
    # The professional posts nothing here.
    refused = post(sam, url(couple, "offer_release", offer.uid), {})
    assert refused.status_code == 404  # type: ignore[attr-defined]
    # A draft of Jordan's stays his alone.
    services.offer_draft(
        space=couple.space, by=couple.jordan, act="DRAFT-q8z", review_on=in_days(30)
    )
    assert "DRAFT-q8z" not in sam.get(url(couple, "transparency_home")).content.decode()


def test_feeling_pressured_is_private_and_changes_nothing_for_anyone_else(couple: Couple) -> None:
    offer = on_now(couple)
    jordan = client_for(couple.jordan)
    jordan_page = jordan.get(url(couple, "transparency_offer", offer.uid))
    before = numbers(couple)
    services.pressure_note(offer=offer, by=couple.alex, note="PRESSURE-q8z I said yes too fast.")
    after = numbers(couple)
    assert after["jordan"] == before["jordan"] and after["sam"] == before["sam"]
    pressure = Pressure.objects.get()
    assert pressure.visibility == "private" and pressure.author == couple.alex
    again = jordan.get(url(couple, "transparency_offer", offer.uid))
    assert "PRESSURE-q8z" not in again.content.decode()
    assert len(again.content) == len(jordan_page.content)
    # Alex is led, privately, to the safety questions.
    page = url(couple, "transparency_offer", offer.uid)
    mine = client_for(couple.alex).get(page).content.decode()
    assert "PRESSURE-q8z" in mine and reverse("safety_check", args=[couple.space.uid]) in mine
    services.pressure_take_back(pressure=pressure, by=couple.alex)
    assert not Pressure.objects.exists()


def test_the_other_partner_cannot_say_pressured_about_a_draft(couple: Couple) -> None:
    offer = draft(couple)
    with pytest.raises(ActionRefused):
        services.pressure_note(offer=offer, by=couple.alex)


# ---------------------------------------------------------------------------- pages


def test_the_whole_way_through_the_pages(couple: Couple) -> None:
    jordan, alex = client_for(couple.jordan), client_for(couple.alex)
    home = jordan.get(url(couple, "transparency_home")).content.decode()
    assert "never asks for a password" in home or "never ask for a password" in home
    response = post(
        jordan,
        url(couple, "transparency_home"),
        {"suggestion": "own", "act": ACT, "review_on": in_days(35)},
    )
    assert response.status_code == 302  # type: ignore[attr-defined]
    offer = Offer.objects.get()
    page = url(couple, "transparency_offer", offer.uid)
    for who, which in ((jordan, "offer"), (alex, "accept"), (alex, "release")):
        answer = post(who, url(couple, f"offer_{which}", offer.uid), {})
        assert answer.status_code == 302  # type: ignore[attr-defined]
        if which == "offer":
            assert ACT in alex.get(url(couple, "transparency_home")).content.decode()
    offer.refresh_from_db()
    assert offer.state == State.ENDED and offer.ending == "released"
    ended = jordan.get(page).content.decode()
    assert "Released by Alex" in ended


def test_bad_input_gets_a_message_and_changes_nothing(couple: Couple) -> None:
    jordan = client_for(couple.jordan)
    response = post(jordan, url(couple, "transparency_home"), {"review_on": "soon"})
    assert response.status_code == 200  # type: ignore[attr-defined]
    body = response.content.decode()  # type: ignore[attr-defined]
    assert "Please choose one of the suggestions" in body
    assert not Offer.objects.exists()
    offer = draft(couple)
    response = post(jordan, url(couple, "offer_wind_down", offer.uid), {})
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert Offer.objects.get().state == State.DRAFT


def test_a_suggestion_is_enough(couple: Couple) -> None:
    jordan = client_for(couple.jordan)
    data = {"suggestion": "phone", "review_on": in_days(30)}
    post(jordan, url(couple, "transparency_home"), data)
    assert Offer.objects.get().act == "My phone is open to you if you ask."


# ---------------------------------------------------------------------------- reminders


def test_review_reminders_go_to_both_once_and_only_when_due(couple: Couple) -> None:
    from amends.transparency.tasks import SUBJECT, send_review_reminder

    offer = on_now(couple)
    assert selectors.review_reminders_due() == []
    offer = review_day_comes(offer)
    # A draft whose day came, and an offer the partner never took up: no reminders.
    draft(couple, days=3)
    due = selectors.review_reminders_due(today=timezone.localdate())
    assert sorted(due) == sorted([(couple.alex.pk, offer.pk), (couple.jordan.pk, offer.pk)])
    for user_id, offer_id in due:
        send_review_reminder.enqueue(user_id, offer_id)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([couple.alex.email, couple.jordan.email])
    assert {m.subject for m in mail.outbox} == {SUBJECT}
    assert all(ACT not in m.body and "Jordan" not in m.body for m in mail.outbox)
    assert selectors.review_reminders_due() == []
    send_review_reminder.enqueue(couple.alex.pk, offer.pk)
    assert len(mail.outbox) == 2 and ReviewReminderSent.objects.count() == 2


def test_the_daily_command_enqueues_review_reminders(couple: Couple) -> None:
    from django.core.management import call_command

    review_day_comes(on_now(couple))
    call_command("send_reminders")
    assert len(mail.outbox) == 2


def _roles(couple: Couple):  # type: ignore[no-untyped-def]
    from amends.spaces.selectors import space_roles

    return space_roles(couple.space)


# ---------------------------------------------------------------------------- export


def test_the_export_follows_visibility(couple: Couple) -> None:
    offer = on_now(couple)
    services.offer_draft(
        space=couple.space, by=couple.jordan, act="DRAFT-q8z not yet", review_on=in_days(30)
    )
    services.pressure_note(offer=offer, by=couple.alex, note="PRESSURE-q8z too soon")
    alex = client_for(couple.alex).get(reverse("export_html")).content.decode()
    jordan = client_for(couple.jordan).get(reverse("export_html")).content.decode()
    sam = client_for(couple.sam).get(reverse("export_html")).content.decode()
    assert "OFFER-q8z" in alex and "PRESSURE-q8z" in alex and "DRAFT-q8z" not in alex
    assert "OFFER-q8z" in jordan and "DRAFT-q8z" in jordan and "PRESSURE-q8z" not in jordan
    assert "OFFER-q8z" not in sam and "Being open" not in sam
    data = client_for(couple.jordan).get(reverse("export_json")).json()
    assert len(data["items"]["transparency.Offer"]) == 2
    assert "transparency.Pressure" not in data["items"]


# ---------------------------------------------------------------------------- the demo


def test_the_demo_couple_is_partway(db: None) -> None:
    from django.core.management import call_command

    from amends.accounts.models import User
    from amends.spaces.selectors import space_roles, spaces_of

    call_command("demo", stdout=None)
    alex = User.objects.get(email="alex@example.com")
    jordan = User.objects.get(email="jordan@example.com")
    roles = space_roles(spaces_of(user=alex).get())
    seen_by_alex = selectors.offers_by_state(viewer=alex, roles=roles)
    seen_by_jordan = selectors.offers_by_state(viewer=jordan, roles=roles)
    assert len(seen_by_alex.on) == 1 and len(seen_by_alex.ended) == 1
    assert seen_by_alex.drafts == [] and len(seen_by_jordan.drafts) == 1
    page = client_for(alex).get(reverse("transparency_home", args=[roles.space.uid]))
    assert "contacts me" in page.content.decode()
