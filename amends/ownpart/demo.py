"""My own part, for the demo couple, partway. Jordan's betting, hidden from Alex for a year,
is recorded as a second hurt. Jordan wrote three of the reflections and shared one with Alex;
has checked in most days for five weeks (steady more and more often, a few days of urges, two
slips: one told within a day, one told later); and has logged a slip yesterday, not told yet.
Both said yes to the 24-hour rule. Built with the same services the pages use; only the days
and times are moved back, as the demo does for its weeks."""

from datetime import timedelta

from django.utils import timezone

from amends.accounts.models import User
from amends.repair import services as repair
from amends.spaces.models import Space

from . import services
from .models import DayCheck, Slip

REFLECTIONS = (
    (
        "feel",
        "Mostly shame. Some mornings I think I'm just a liar and that's all I am. Under that, "
        "fear that Alex will never look at me the same way.",
        False,
    ),
    (
        "did",
        "I bet online for over a year and hid it. I moved money from our savings and lied "
        "about where it went. I chose to, every time.",
        True,
    ),
    (
        "cost",
        "Alex lost the money we saved together, and then lost the sense that they knew what "
        "was going on in their own home. They check the bank app at night now.",
        False,
    ),
)

# (days ago, how, what helped): oldest first. Days not here were not checked in.
DAYS: tuple[tuple[int, str, list[str]], ...] = (
    (34, "urges", ["talked"]),
    (33, "slipped", []),
    (32, "urges", ["meeting"]),
    (30, "steady", []),
    (29, "urges", ["away", "waited"]),
    (27, "steady", ["meeting"]),
    (26, "steady", []),
    (24, "urges", ["talked"]),
    (22, "steady", ["moved"]),
    (20, "steady", ["meeting"]),
    (19, "steady", []),
    (17, "slipped", []),
    (16, "urges", ["talked", "meeting"]),
    (14, "steady", ["moved"]),
    (13, "steady", []),
    (11, "steady", ["meeting"]),
    (9, "urges", ["away"]),
    (8, "steady", []),
    (6, "steady", ["moved"]),
    (5, "steady", ["meeting"]),
    (3, "steady", []),
    (1, "slipped", ["talked"]),
)
# Slips told, and how long after: within a day, and later.
TOLD = {
    33: (
        timedelta(hours=9),
        "I bet again last night, about forty pounds. I'm telling you "
        "because we agreed to, and because I don't want to hide anything any more.",
    ),
    17: (
        timedelta(days=3),
        "I should have told you on Saturday. I slipped, and I waited. I'm sorry for both.",
    ),
}


def load_demo_ownpart(*, space: Space, alex: User, jordan: User) -> None:
    repair.breach_record(
        space=space,
        by=alex,
        i_was_hurt=True,
        category="addiction_gambling",
        occurred_on=timezone.localdate() - timedelta(days=45),
        description="Jordan's online betting, hidden for a year, and the money it took from "
        "our savings.",
        visibility="partner_and_professional",
    )
    for prompt, text, share in REFLECTIONS:
        reflection = services.reflection_save(space=space, by=jordan, prompt=prompt, text=text)
        if share:
            services.reflection_share(reflection=reflection, by=jordan, share=True)
    services.rule_say_yes(space=space, by=alex)
    services.rule_say_yes(space=space, by=jordan)
    now = timezone.now()
    today = timezone.localdate()
    for days_ago, how, helped in DAYS:
        check = services.day_check(space=space, by=jordan, how=how, helped=helped)
        day = today - timedelta(days=days_ago)
        logged = now - timedelta(days=days_ago)
        DayCheck.objects.filter(pk=check.pk).update(day=day, created_at=logged, updated_at=logged)
        slip = Slip.objects.filter(daycheck=check).first()
        if slip is None:
            continue
        Slip.objects.filter(pk=slip.pk).update(day=day, created_at=logged, updated_at=logged)
        if days_ago in TOLD:
            after, note = TOLD[days_ago]
            slip = services.slip_tell(slip=Slip.objects.get(pk=slip.pk), by=jordan, note=note)
            told = logged + after
            Slip.objects.filter(pk=slip.pk).update(
                told_at=told,
                shared_at=told,
                updated_at=told,
                told_within_day=after <= services.A_DAY,
            )
