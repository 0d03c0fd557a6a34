"""The rule for a question that comes again (amends/repair/likeness.py): pure, so tested on
its own, with examples people really ask and with Hypothesis for its properties."""

import string

from hypothesis import given
from hypothesis import strategies as st

from amends.repair.likeness import STOPWORDS, alike, earlier_alike, words

AGAIN = [
    ("Do you still talk to her?", "Are you still talking to her?"),
    ("Did you love her?", "Did you love her, really, at the time?"),
    ("When did it start?", "when did it START??"),
    ("Why did you lie to me?", "Why did you lie to me about it?"),
    ("Have you been in contact with him since?", "Has he contacted you since? Any contact?"),
    ("Where did you meet her?", "Where did you first meet her"),
    ("Did you ever take her to our café?", "Did you take her to our caf\u00e9?"),
    ("How long did it go on?", "How long did it go on for?"),
]
DIFFERENT = [
    ("Do you still talk to her?", "Did you sleep with him?"),
    ("When did it start?", "Why did you lie to me?"),
    ("Did you love her?", "Where did you meet her?"),
    ("What did you spend on gifts?", "Did you tell your friends?"),
    ("", "Did you love her?"),
    ("?!", "??"),
]


def test_questions_that_come_again_are_alike() -> None:
    for first, second in AGAIN:
        assert alike(first, second), (first, second)


def test_different_questions_are_not() -> None:
    for first, second in DIFFERENT:
        assert not alike(first, second), (first, second)


def test_only_little_words_is_never_alike() -> None:
    assert not alike("Did you?", "Did you?")
    assert words("What did you do?") == frozenset({"do"}) - STOPWORDS


def test_the_most_recent_alike_is_found() -> None:
    earlier = [("Did you love her?", 1), ("Where?", 2), ("Did you really love her?", 3)]
    assert earlier_alike("Did you love her at all?", earlier) == 3
    assert earlier_alike("What did it cost?", earlier) is None
    assert earlier_alike("Did you love her?", []) is None


text = st.text(alphabet=string.ascii_letters + string.digits + " ,.?!'\u00e9\u2019-", max_size=80)


@given(text, text)
def test_symmetric(first: str, second: str) -> None:
    assert alike(first, second) == alike(second, first)


@given(text)
def test_a_question_is_like_itself_when_it_has_words(question: str) -> None:
    assert alike(question, question) == bool(words(question))


@given(text)
def test_case_and_punctuation_do_not_matter(question: str) -> None:
    assert alike(question, question.upper() + "?!") == bool(words(question))


@given(text, text)
def test_never_raises_and_is_boolean(first: str, second: str) -> None:
    assert alike(first, second) in (True, False)
