"""Eight weeks of hard moments for the demo couple, so a first look shows the picture:
often and strong at first, slowly fewer and softer, with a hard week in between. Alex also
wrote with Jordan what helps, has the signal on, and marked two days. Built with the same
services the pages use; only the times are moved back, as the demo does for its weeks."""

from datetime import date, timedelta

from django.utils import timezone

from amends.accounts.models import User
from amends.spaces.models import Space
from amends.spaces.visibility import Visibility

from . import services
from .models import Signal, Trigger

# (days ago, hour, kind, strength, what helped, note): oldest first.
ALEX: tuple[tuple[int, int, str, int, list[str], str], ...] = (
    (54, 22, "thought", 5, [], "I can't stop picturing them together."),
    (53, 8, "phone", 5, ["breathing"], ""),
    (51, 19, "place", 4, ["moving"], "Drove past the hotel."),
    (50, 23, "thought", 5, ["writing"], ""),
    (47, 13, "song", 4, ["breathing", "time"], ""),
    (45, 21, "phone", 4, ["partner"], "His phone buzzed at dinner."),
    (41, 22, "thought", 4, ["senses"], ""),
    (38, 18, "person", 5, ["someone"], "Saw a woman who looked like her."),
    (36, 9, "thought", 3, ["breathing"], ""),
    (31, 20, "date", 4, ["partner", "breathing"], ""),
    (29, 22, "thought", 5, ["nothing"], "A bad night. Everything came back."),
    (28, 7, "thought", 4, ["time"], ""),
    (27, 21, "phone", 4, ["partner"], ""),
    (22, 17, "song", 3, ["senses"], ""),
    (17, 22, "thought", 3, ["breathing"], ""),
    (12, 19, "place", 2, ["moving", "partner"], "The café. It passed quicker this time."),
    (6, 21, "thought", 3, ["writing"], ""),
    (2, 18, "song", 2, ["breathing"], ""),
)


def _years_back(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def load_demo_triggers(*, space: Space, alex: User, jordan: User) -> None:
    now = timezone.localtime()
    for days_ago, hour, kind, strength, helped, note in ALEX:
        moment = services.trigger_log(space=space, by=alex, kind=kind, strength=strength, note=note)
        if helped:
            services.trigger_update(trigger=moment, by=alex, helped=helped)
        when = (now - timedelta(days=days_ago)).replace(hour=hour, minute=10)
        Trigger.objects.filter(pk=moment.pk).update(created_at=when, updated_at=when)
    response = services.response_save(
        space=space,
        for_person=alex,
        by=alex,
        what_helps="Sit with me. Hold my hand if I reach for yours. Put your phone face up.",
        what_to_say="“I'm here. I'm not going anywhere. Ask me anything you need to.”",
        what_not_to_say="“Not this again” or “That was months ago”.",
    )
    services.response_agree(response=response, by=jordan)
    services.signal_setting_set(space=space, by=alex, on=True)
    signal = services.signal_send(space=space, by=alex)
    sent = now - timedelta(days=12, hours=2)
    Signal.objects.filter(pk=signal.pk).update(
        created_at=sent, shared_at=sent, updated_at=sent, seen_at=sent + timedelta(minutes=4)
    )
    today = timezone.localdate()
    services.hard_day_add(
        space=space,
        by=alex,
        label="The day I found the messages",
        day=_years_back(today + timedelta(days=11), 1),
        plan="Take the day off. Morning walk with my sister. No social media.",
    )
    services.hard_day_add(
        space=space,
        by=alex,
        label="Our anniversary",
        day=_years_back(today + timedelta(days=40), 6),
        plan="Something quiet, somewhere new, not the restaurant.",
        visibility=Visibility.PARTNER,
    )
