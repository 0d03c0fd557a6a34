"""Shared checks for what people write, used by services so forms and the API agree."""

from datetime import date, datetime

from amends.core.errors import ActionRefused
from amends.core.limits import LONG_TEXT_MAX

# Control characters other than tab and newlines are never meaningful in what people
# write, and some break e-mail and PDF exports; everything else (any script, emoji) is kept.
_DISALLOWED = {c for c in range(32) if c not in (9, 10, 13)} | {127}


def clean_text(text: str, *, max_length: int = LONG_TEXT_MAX, what: str = "this") -> str:
    if not isinstance(text, str):
        raise ActionRefused(f"Please write {what} as text.", code="invalid")
    text = text.replace("\r\n", "\n").strip()
    if any(ord(ch) in _DISALLOWED for ch in text):
        text = "".join(ch for ch in text if ord(ch) not in _DISALLOWED)
    if not text:
        raise ActionRefused(f"Please write something in {what} first.", code="invalid")
    if len(text) > max_length:
        raise ActionRefused(
            f"Please keep {what} under {max_length:,} characters (it has {len(text):,}).",
            code="invalid",
        )
    return text


def isolate(words: str) -> str:
    """Someone's words inside one of our sentences, set apart (Unicode first-strong isolate)
    so that right-to-left writing neither reads wrong nor turns the sentence around it."""
    return f"\u2068{words}\u2069"


def clean_day(value: object, *, refusal: str) -> date:
    """A day given as a date (a moment counts as its day) or as text `YYYY-MM-DD`; anything
    else is refused with `refusal`."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            value = None
    if not isinstance(value, date):
        raise ActionRefused(refusal, code="invalid")
    return value
