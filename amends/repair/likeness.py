"""When a question comes again: is a new question much like one already answered?

Pure Python, no Django (tested on its own in tests/repair/test_likeness.py). The hurt partner is
never told; the partner who answers sees a gentle note and their earlier answer (the
questions step). Asking again is part of healing, so this only helps the one answering.

The rule: both questions are cut into words after normalising (case, accents, punctuation,
apostrophes, a few common endings), the little words every question has ("did", "you",
"the", "what") are left out, and the two are alike when they share most of what is left:
at least `MIN_SHARED` words (or all of them, for a very short question) and at least
`THRESHOLD` of the words in either one (overlap over the smaller set, so "Did you love
her?" is like "Did you love her, really, at the time?").
"""

import re
import unicodedata
from collections.abc import Iterable

# Share of the smaller question's words that the other must also have.
THRESHOLD = 0.6
# Shared words needed, unless one of the two has fewer words than this (then all of them).
MIN_SHARED = 2

# Little words that every question has; they say nothing about which question it is.
STOPWORDS = frozenset(
    {
        "a",
        "about",
        "actually",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "been",
        "before",
        "being",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "done",
        "even",
        "ever",
        "for",
        "from",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "ok",
        "okay",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "please",
        "really",
        "same",
        "she",
        "should",
        "so",
        "some",
        "still",
        "such",
        "tell",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
    }
)

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_CONTRACTIONS = (
    ("n't", " not"),
    ("'re", ""),
    ("'ve", ""),
    ("'ll", ""),
    ("'d", ""),
    ("'m", ""),
    ("'s", ""),
)
_WORD = re.compile(r"[^\W_]+")


def _stem(word: str) -> str:
    """A very light stem, so "lied", "lies" and "lying" meet: enough for questions."""
    for ending in ("ing", "ied", "ies", "ed", "es", "s"):
        if len(word) > len(ending) + 2 and word.endswith(ending):
            stem = word[: -len(ending)]
            return stem + "y" if ending in ("ied", "ies") else stem
    if word.endswith("ying") and len(word) > 5:
        return word[:-4] + "ie"
    return word


def words(text: str) -> frozenset[str]:
    """The words of a question that say which question it is, normalised."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_APOSTROPHES))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    for short, long in _CONTRACTIONS:
        plain = plain.replace(short, long)
    found = (w for w in _WORD.findall(plain) if w not in STOPWORDS)
    return frozenset(_stem(w) for w in found)


def alike(first: str, second: str) -> bool:
    """Are these two questions much the same? Symmetric; never true for empty words."""
    a, b = words(first), words(second)
    if not a or not b:
        return False
    shared = len(a & b)
    smaller = min(len(a), len(b))
    if shared < min(MIN_SHARED, smaller):
        return False
    return shared / smaller >= THRESHOLD


def earlier_alike[T](question: str, earlier: Iterable[tuple[str, T]]) -> T | None:
    """The most recent of `earlier` (text, item) pairs, oldest first, that is much like
    `question`; None if none is."""
    found: T | None = None
    for text, item in earlier:
        if alike(question, text):
            found = item
    return found
