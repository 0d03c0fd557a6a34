"""A made-up questionnaire for tests only: NOT a real measure, and never shipped.

It has the shape an installation's real one would have (amends/checkins/instrument.py), so
the machinery (answering, sharing, the chart, the professional's signal) can be tested while
the product ships no questionnaire (docs/measures.md says why). Its words and its threshold
are invented and mean nothing.
"""

from amends.checkins.instrument import Instrument, Item

_CHOICES = tuple((n, f"Test answer {n}") for n in range(6))

TEST_INSTRUMENT = Instrument(
    key="test-only",
    title="Test questions",
    items=(
        Item("one", "Test question one", _CHOICES),
        Item("two", "Test question two", _CHOICES),
        Item("three", "Test question three", _CHOICES),
    ),
    reliable_change=5,
    source="Invented for tests.",
)
PATH = "tests.checkins.instrument_fixture.TEST_INSTRUMENT"
