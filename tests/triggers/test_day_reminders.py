"""A gentle reminder the day before a hard day: only as its author chose, and only to those
who may see the day (a private day reminds its author alone)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.triggers import selectors, services
from amends.triggers.models import DayReminderSent, HardDay
from amends.triggers.tasks import SUBJECT, send_day_reminder
from tests.conftest import Couple, client_for


def tomorrow() -> str:
    return (timezone.localdate() + timedelta(days=1)).isoformat()


def mark(couple: Couple, *, remind: str, visibility: str, day: str = "") -> HardDay:
    return services.hard_day_add(
        space=couple.space,
        by=couple.alex,
        label="DAY-q8z The day I found out",
        day=day or tomorrow(),
        plan="PLAN-q8z",
        visibility=visibility,
        remind=remind,
    )


def test_a_private_day_reminds_its_author_alone(couple: Couple) -> None:
    day = mark(couple, remind="me", visibility="private")
    year = int(tomorrow()[:4])
    assert selectors.day_reminders_due() == [(couple.alex.pk, day.pk, year)]
    call_command("send_reminders")
    assert [m.to for m in mail.outbox] == [[couple.alex.email]]
    message = mail.outbox[0]
    assert message.subject == SUBJECT
    assert "DAY-q8z" not in message.body and "PLAN-q8z" not in message.body


def test_a_private_day_cannot_remind_the_partner(couple: Couple) -> None:
    with pytest.raises(ActionRefused):
        mark(couple, remind="both", visibility="private")
    assert not HardDay.objects.exists()


def test_a_shared_day_reminds_both_when_chosen_and_only_once(couple: Couple) -> None:
    day = mark(couple, remind="both", visibility="partner")
    mark(couple, remind="", visibility="partner")  # no reminder chosen
    # Not tomorrow, on any date: hard days come every year, so a fixed date such as
    # 2026-01-01 is tomorrow again every 31 December.
    later = (timezone.localdate() + timedelta(days=2)).isoformat()
    mark(couple, remind="both", visibility="partner", day=later)
    due = selectors.day_reminders_due()
    assert sorted(u for u, _, _ in due) == sorted([couple.alex.pk, couple.jordan.pk])
    assert {d for _, d, _ in due} == {day.pk}
    call_command("send_reminders")
    call_command("send_reminders")
    assert sorted(m.to[0] for m in mail.outbox) == sorted([couple.alex.email, couple.jordan.email])
    assert DayReminderSent.objects.count() == 2
    # The worker checks again: nothing twice.
    user, day_id, year = due[0]
    assert send_day_reminder.enqueue(user, day_id, year) is not None
    assert len(mail.outbox) == 2


def test_made_private_again_the_partner_gets_none(couple: Couple) -> None:
    day = mark(couple, remind="both", visibility="partner")
    services.hard_day_update(
        hard_day=day,
        by=couple.alex,
        label=day.label,
        day=tomorrow(),
        every_year=True,
        plan="",
        visibility="private",
        remind="me",
    )
    assert [u for u, _, _ in selectors.day_reminders_due()] == [couple.alex.pk]


def test_the_choice_is_made_on_the_page(couple: Couple) -> None:
    alex = client_for(couple.alex)
    response = alex.post(
        reverse("hard_days", args=[couple.space.uid]),
        {
            "label": "Our anniversary",
            "day": tomorrow(),
            "every_year": "on",
            "visibility": "partner",
            "remind": "both",
            "once": new_form_token(),
        },
    )
    assert response.status_code == 302
    assert HardDay.objects.get().remind == "both"
    page = client_for(couple.jordan).get(reverse("hard_days", args=[couple.space.uid]))
    assert "a gentle reminder to you both" in page.content.decode()
