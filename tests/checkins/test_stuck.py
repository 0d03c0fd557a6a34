"""The stuck signal: the pure rule on constructed histories, and the selector that feeds
it only what the person may see."""

from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from amends.checkins import services, weeks
from amends.checkins.selectors import stuck_history, stuck_signal_for
from amends.checkins.stuck import SIGN_WORDS, History, WeekFigures, stuck_signal
from amends.repair import services as repair
from amends.spaces.selectors import space_roles
from tests.checkins.helpers import age_space, scores
from tests.conftest import Couple

START = date(2026, 1, 5)  # a Monday


def history(*weeks_: dict[str, object], weeks_in_space: int = 10, open_paths: int = 1) -> History:
    figures = [
        WeekFigures(week=START + timedelta(weeks=n), **values)  # type: ignore[arg-type]
        for n, values in enumerate(weeks_)
    ]
    return History(weeks=figures, weeks_in_space=weeks_in_space, open_paths=open_paths)


CALM = {"steps_taken": 1, "get_even_mine": 2}

HISTORIES = {
    "calm weeks, things moving": (
        history(*[CALM | {"attempts_accepted": 1, "promises_kept": 3}] * 6),
        False,
        (),
    ),
    "declined attempts and a rising urge to get even": (
        history(
            {"attempts_declined": 1, "get_even_mine": 2, "steps_taken": 1},
            {"attempts_declined": 1, "get_even_mine": 3},
            {"get_even_mine": 3},
            {"attempts_declined": 1, "get_even_mine": 4, "steps_taken": 1},
            {"get_even_mine": 4},
            {"attempts_accepted": 1, "get_even_mine": 5, "steps_taken": 1},
        ),
        True,
        ("declined", "get_even"),
    ),
    "trump cards and broken promises": (
        history(
            *[CALM] * 3,
            {"trump_cards": 1, "promises_broken": 2, "steps_taken": 1},
            {"trump_cards": 2, "promises_kept": 1},
            {"promises_broken": 1, "steps_taken": 1},
        ),
        True,
        ("trump_cards", "promises"),
    ),
    "one hard sign alone is a hard week, not a pattern": (
        history(*[{"get_even_mine": 7, "steps_taken": 1}] * 6),
        False,
        ("get_even",),
    ),
    "too early to say anything": (
        history(
            *[{"attempts_declined": 2, "trump_cards": 2, "get_even_mine": 7}] * 2,
            weeks_in_space=2,
        ),
        False,
        (),
    ),
    "nothing moving on an open path, and declined attempts": (
        history(
            {"steps_taken": 2},
            {"steps_taken": 1},
            {"attempts_declined": 2},
            {},
            {"attempts_declined": 1},
            {},
        ),
        True,
        ("declined", "no_steps"),
    ),
    "quiet weeks with no open path are not stuck": (
        history(*[{}] * 6, open_paths=0),
        False,
        (),
    ),
    "the partner's shared urge counts, with trump cards": (
        history(
            {"get_even_partner": 3, "steps_taken": 1},
            {"get_even_partner": 4},
            {"get_even_partner": 6, "trump_cards": 1, "steps_taken": 1},
            {"get_even_partner": 6, "trump_cards": 1},
            {"steps_taken": 1},
            {},
        ),
        True,
        ("get_even", "trump_cards"),
    ),
    "more accepted than declined is not refusing": (
        history(
            {"attempts_declined": 2, "attempts_accepted": 1, "steps_taken": 1},
            {"attempts_accepted": 2, "steps_taken": 1},
            *[CALM] * 4,
        ),
        False,
        (),
    ),
    "an empty history": (history(), False, ()),
}


@pytest.mark.parametrize("name", list(HISTORIES))
def test_stuck_signal_on_constructed_histories(name: str) -> None:
    given, stuck, signs = HISTORIES[name]
    signal = stuck_signal(given)
    assert signal.stuck is stuck, name
    assert signal.signs == signs, name
    assert signal.too_early is (name == "too early to say anything")


def test_only_the_last_six_weeks_count() -> None:
    old_trouble = [{"attempts_declined": 3, "trump_cards": 3}] * 4
    assert not stuck_signal(history(*old_trouble, *[CALM] * 6)).stuck
    assert stuck_signal(history(*[CALM] * 2, *old_trouble)).stuck


def test_the_words_never_blame_and_never_decide() -> None:
    forbidden = ("you should", "leave", "divorce", "stay", "fault", "your partner", "refus")
    for words in SIGN_WORDS.values():
        assert not any(f in words.lower() for f in forbidden), words


def _stuck_couple(couple: Couple) -> None:
    """Alex offers attempts that Jordan declines, for an old breach."""
    age_space(couple.space, days=60)
    breach = repair.breach_record(
        space=couple.space,
        by=couple.jordan,
        i_was_hurt=True,
        category="broken_promises",
        description="It happened.",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="I will.")
    repair.commitment_make(breach=breach, by=couple.jordan, text="I will.")
    for _ in range(2):
        attempt = repair.attempt_offer(breach=breach, by=couple.alex, kind="apology", text="x")
        repair.attempt_acknowledge(attempt=attempt, by=couple.jordan, acknowledgement="declined")


def test_a_private_urge_never_feeds_the_other_partners_signal(couple: Couple) -> None:
    _stuck_couple(couple)
    for n in range(3):
        services.checkin_record(
            space=couple.space,
            by=couple.jordan,
            week=weeks.this_monday() - timedelta(weeks=n),
            scores=scores(get_even_urge=7),
        )
    roles = space_roles(couple.space)
    alex_history = stuck_history(viewer=couple.alex, roles=roles)
    assert all(w.get_even_partner is None for w in alex_history.weeks)
    assert stuck_signal_for(viewer=couple.alex, roles=roles).signs == ("declined",)
    # Jordan's own signal uses Jordan's own answers.
    assert stuck_signal_for(viewer=couple.jordan, roles=roles).signs == ("declined", "get_even")
    # Once Jordan shares, Alex's picture includes them.
    services.checkin_sharing_set(space=couple.space, by=couple.jordan, visibility="partner")
    assert stuck_signal_for(viewer=couple.alex, roles=roles).stuck


def test_the_signal_is_shown_privately_and_gently(couple: Couple, as_alex: Client) -> None:
    _stuck_couple(couple)
    services.checkin_record(
        space=couple.space,
        by=couple.alex,
        week=weeks.this_monday(),
        scores=scores(get_even_urge=6),
    )
    services.checkin_record(
        space=couple.space,
        by=couple.alex,
        week=weeks.this_monday() - timedelta(weeks=1),
        scores=scores(get_even_urge=6),
    )
    html = as_alex.get(reverse("checkin_progress", args=[couple.space.uid])).content.decode()
    assert "These weeks look hard" in html
    assert "Only you see this." in html
    assert "Rebuilding and parting with respect are both good endings." in html
    assert "your professional" in html  # Sam is in this space
    # Jordan's page, built from Jordan's view, has no get-even sign from Alex's answers.
    roles = space_roles(couple.space)
    assert stuck_signal_for(viewer=couple.jordan, roles=roles).signs == ("declined",)
