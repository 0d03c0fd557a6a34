"""ISO weeks, as the check-ins count them: a week is named by its Monday."""

from datetime import date, timedelta

from django.utils import timezone


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def this_monday() -> date:
    return monday_of(timezone.localdate())


def iso_name(monday: date) -> str:
    """The week's ISO name, such as 2026-W07, as used in URLs and forms."""
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def parse_iso_week(value: object) -> date | None:
    """The Monday of an ISO week name (or of any date), or None if it is not a week."""
    if isinstance(value, date):
        return monday_of(value)
    if not isinstance(value, str):
        return None
    text = value.strip().upper()
    try:
        year_text, week_text = text.split("-W")
        return date.fromisocalendar(int(year_text), int(week_text), 1)
    except ValueError:
        return None


def label(monday: date, *, capital: bool = False) -> str:
    """How a week reads to a person: "week of 9 Feb 2026"."""
    return f"{'W' if capital else 'w'}eek of {monday.day} {monday:%b %Y}"


def short_label(monday: date) -> str:
    return f"{monday.day} {monday:%b}"


def weeks_back(monday: date, count: int) -> list[date]:
    """`count` Mondays ending with `monday`, oldest first."""
    return [monday - timedelta(weeks=n) for n in range(count - 1, -1, -1)]
