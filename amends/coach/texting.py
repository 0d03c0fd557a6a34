"""Phone texting to plain spelling, keeping a map back to what the person typed.

"ur so selfish", "u r so selfish", "your so selfish" all become "you're so selfish";
"im done", "dont", "cant" get their apostrophes; "sooo" is "so", "whateverrr" is
"whatever"; "abt", "bc", "rn", "tmrw", "pls", "sry", "idk" are spelled out; "would of"
is "would have". Rules are then written once, in plain spelling, and still hear texts.

Unlike ``scope.normalise`` this changes lengths, so ``expand`` also returns, for every
character of the new text, where it came from: a finding's span in the new text maps
back to exactly the words the person wrote (``Spans.back``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Whole words, always spelled out (lowercase input).
_WORDS: dict[str, str] = {
    "u": "you",
    "r": "are",
    "youre": "you're",
    "yr": "your",
    "urself": "yourself",
    "im": "i'm",
    "ive": "i've",
    "youve": "you've",
    "youll": "you'll",
    "youd": "you'd",
    "theyre": "they're",
    "dont": "don't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "cant": "can't",
    "cannot": "can't",
    "wont": "won't",
    "isnt": "isn't",
    "arent": "aren't",
    "wasnt": "wasn't",
    "werent": "weren't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "mustnt": "mustn't",
    "aint": "ain't",
    "thats": "that's",
    "whats": "what's",
    "theres": "there's",
    "heres": "here's",
    "wheres": "where's",
    "whos": "who's",
    "abt": "about",
    "bc": "because",
    "bcos": "because",
    "bcoz": "because",
    "bcuz": "because",
    "cuz": "because",
    "cos": "because",
    "coz": "because",
    "becuz": "because",
    "becuase": "because",
    "beacuse": "because",
    "becasue": "because",
    "tho": "though",
    "thru": "through",
    "rn": "right now",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmw": "tomorrow",
    "tmoro": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
    "2day": "today",
    "b4": "before",
    "ppl": "people",
    "pls": "please",
    "plz": "please",
    "plez": "please",
    "sry": "sorry",
    "soz": "sorry",
    "srry": "sorry",
    "sorryy": "sorry",
    "thx": "thanks",
    "thnx": "thanks",
    "srsly": "seriously",
    "prolly": "probably",
    "wanna": "want to",
    "gotta": "got to",
    "dunno": "don't know",
    "idk": "i don't know",
    "idc": "i don't care",
    "ik": "i know",
    "ofc": "of course",
    "nvm": "never mind",
    "luv": "love",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "msg": "message",
    "msgs": "messages",
    "txt": "text",
    "txts": "texts",
    "txted": "texted",
    "convo": "conversation",
    "definately": "definitely",
    "realy": "really",
    "alot": "a lot",
    "untill": "until",
    "wierd": "weird",
    "thier": "their",
    "beleive": "believe",
    "belive": "believe",
    "truely": "truly",
    "sincerly": "sincerely",
    "apologise": "apologise",
    "appologise": "apologise",
    "appologize": "apologize",
    "forgve": "forgive",
    "wat": "what",
    "wut": "what",
    "evry": "every",
    "evrything": "everything",
    "nothin": "nothing",
    "somethin": "something",
    "everythin": "everything",
    "anythin": "anything",
    "gona": "gonna",
    "shud": "should",
    "wud": "would",
    "cud": "could",
    "wen": "when",
    "ne1": "anyone",
    "some1": "someone",
    "every1": "everyone",
    "no1": "no one",
    "any1": "anyone",
    "selfsh": "selfish",
    "seflish": "selfish",
    "pathetc": "pathetic",
    "discusting": "disgusting",
    "disgustin": "disgusting",
    "ridiculus": "ridiculous",
    "stupud": "stupid",
    "liyng": "lying",
    "lieing": "lying",
    # Common slips of the thumb, and a few more short forms (coach2).
    "nevr": "never",
    "neva": "never",
    "nvr": "never",
    "evr": "ever",
    "alwys": "always",
    "allways": "always",
    "alwayz": "always",
    "lisen": "listen",
    "lissen": "listen",
    "listn": "listen",
    "lsiten": "listen",
    "cba": "can't be bothered",
    "ud": "you'd",
    "wknd": "weekend",
    "bday": "birthday",
    "urs": "yours",
    "wtv": "whatever",
    "wtvr": "whatever",
    "watever": "whatever",
    "whatevs": "whatever",
    "stfu": "shut up",
    "gtfo": "get out",
    "dw": "don't worry",
    "np": "no problem",
    "ty": "thank you",
    "pathtic": "pathetic",
    "disgustng": "disgusting",
    "stupd": "stupid",
    "selfesh": "selfish",
    "lazey": "lazy",
    "rediculous": "ridiculous",
    "overeacting": "overreacting",
    "overeact": "overreact",
    "dramtic": "dramatic",
    "paranoyd": "paranoid",
    "cheatd": "cheated",
    "lyed": "lied",
}
# Dropped g's: "talkin", "lyin", "nothin".
_WORDS.update(
    {
        w + "in": w + "ing"
        for w in [
            "talk",
            "do",
            "go",
            "ly",
            "try",
            "say",
            "kidd",
            "jok",
            "feel",
            "mak",
            "tak",
            "com",
            "gett",
            "look",
            "think",
            "cheat",
            "mess",
            "leav",
            "lov",
            "act",
            "play",
            "lett",
            "runn",
            "hid",
            "sleep",
            "text",
            "call",
            "listen",
            "mean",
            "start",
            "tell",
            "fight",
            "argu",
            "shout",
            "yell",
            "cry",
            "walk",
            "work",
            "drink",
            "gambl",
            "pay",
        ]
    }
)

# After "ur" or "your", these make it "you're" ("ur so", "your being", "ur a liar").
_YOURE_NEXT = frozenset(
    [
        "so",
        "such",
        "being",
        "not",
        "always",
        "never",
        "a",
        "an",
        "the",
        "just",
        "really",
        "too",
        "very",
        "literally",
        "honestly",
        "acting",
        "gonna",
        "going",
        "making",
        "overreacting",
        "seriously",
        "completely",
        "totally",
        "absolutely",
        "actually",
        "kidding",
        "joking",
        "lying",
        "crazy",
        "insane",
        "paranoid",
        "pathetic",
        "selfish",
        "lazy",
        "dramatic",
        "right",
        "wrong",
        "unbelievable",
        "ridiculous",
        "disgusting",
        "useless",
        "cold",
        "mean",
        "cruel",
        "impossible",
        "unreal",
        "delusional",
        "mental",
        "sick",
        "welcome",
        "nothing",
        "only",
        "still",
        "all",
        "exactly",
        "clearly",
        "obviously",
        "supposed",
        "meant",
        "one",
        "fine",
        "ok",
        "okay",
        "sorry",
        "done",
        "such",
        "insecure",
        "jealous",
        "controlling",
        "unreliable",
        "fake",
        "stupid",
        "dumb",
        "hysterical",
        "mad",
    ]
)
_YOURE_NEXT_SUFFIX = ("ing",)
# "ill" is "I'll" before a verb or an adverb; otherwise it means unwell.
_ILL_NEXT = frozenset(
    [
        "be",
        "do",
        "go",
        "tell",
        "take",
        "make",
        "call",
        "text",
        "come",
        "kill",
        "show",
        "leave",
        "never",
        "just",
        "see",
        "get",
        "have",
        "find",
        "talk",
        "pick",
        "send",
        "post",
        "pay",
        "try",
        "stop",
        "make",
        "ruin",
        "end",
        "hurt",
        "destroy",
        "let",
        "give",
        "keep",
        "put",
        "make",
        "sort",
        "fix",
        "think",
        "wait",
        "say",
        "ask",
        "need",
        "want",
        "always",
        "probably",
        "definitely",
        "literally",
        "actually",
        "still",
        "sleep",
        "move",
        "drive",
        "walk",
        "head",
        "write",
        "bring",
        "tell",
        "expose",
        "report",
    ]
)
_MODAL_OF = frozenset(
    [
        "would",
        "could",
        "should",
        "might",
        "must",
        "wouldn't",
        "couldn't",
        "shouldn't",
        "wouldnt",
        "couldnt",
        "shouldnt",
        "woulda",
        "coulda",
        "shoulda",
    ]
)

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_REPEAT = re.compile(r"([a-z])\1{2,}")


def _vocabulary() -> frozenset[str]:
    words = set(_WORDS.values()) | set(_YOURE_NEXT) | set(_ILL_NEXT)
    words |= set(
        [
            "good",
            "too",
            "see",
            "feel",
            "need",
            "sorry",
            "so",
            "no",
            "yes",
            "please",
            "love",
            "hate",
            "god",
            "omg",
            "really",
            "seriously",
            "whatever",
            "whenever",
            "stop",
            "fine",
            "cool",
            "sure",
            "yeah",
            "what",
            "ok",
            "okay",
            "well",
            "hell",
            "ugh",
            "ew",
            "aww",
            "oh",
            "wow",
            "lol",
            "haha",
            "hahaha",
            "baby",
            "babe",
            "bye",
            "hi",
            "hey",
            "seen",
            "been",
            "keep",
            "sleep",
            "sweet",
            "tired",
            "tree",
            "all",
            "will",
            "tell",
            "call",
            "well",
            "still",
            "kill",
            "small",
            "shall",
            "till",
            "bull",
            "full",
            "pull",
            "off",
            "stuff",
            "miss",
            "less",
            "kiss",
            "boss",
            "mess",
            "pass",
            "cross",
            "across",
            "address",
            "unless",
            "guess",
            "class",
            "ass",
            "stress",
            "free",
            "agree",
            "three",
            "need",
            "feed",
            "seed",
            "deep",
            "meet",
            "feet",
            "week",
            "sheep",
            "weep",
            "speed",
            "fee",
            "look",
            "book",
            "took",
            "cook",
            "good",
            "food",
            "mood",
            "soon",
            "moon",
            "too",
            "zoo",
            "cool",
            "pool",
            "fool",
            "school",
            "door",
            "floor",
            "poor",
            "blood",
        ]
    )
    return frozenset(words)


_VOCAB = _vocabulary()


def _squeeze(word: str) -> str:
    """'sooo' -> 'so', 'stoppp' -> 'stop', 'goood' -> 'good'."""
    two = _REPEAT.sub(r"\1\1", word)
    one = _REPEAT.sub(r"\1", word)
    if one in _VOCAB or one in _WORDS:
        return one
    if two in _VOCAB or two in _WORDS:
        return two
    return one if len(one) <= 3 else two


def _replacement(word: str, nxt: str, prev: str) -> str | None:
    if _REPEAT.search(word):
        word2 = _squeeze(word)
        return _replacement(word2, nxt, prev) or word2
    if word in ("ur", "your"):
        if nxt in _YOURE_NEXT or (nxt.endswith(_YOURE_NEXT_SUFFIX) and len(nxt) > 4):
            return "you're"
        return "your" if word == "ur" else None
    if word == "ill":
        return "i'll" if nxt in _ILL_NEXT else None
    if word == "of" and prev in _MODAL_OF:
        return "have"
    if word == "w" and nxt and prev:
        return "with"
    return _WORDS.get(word)


class Spans:
    """Maps offsets in expanded text back to the original (identity when nothing changed)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, starts: list[int] | None = None, ends: list[int] | None = None) -> None:
        self._starts = starts
        self._ends = ends

    @property
    def identity(self) -> bool:
        return self._starts is None

    def back(self, start: int, end: int) -> tuple[int, int]:
        if self._starts is None or self._ends is None:
            return start, end
        if end <= start:
            return self._starts[start], self._starts[start]
        return self._starts[start], self._ends[end - 1]


# The only words `_replacement` can change when no word has a letter three times over.
_MAYBE = frozenset(_WORDS) | {"ur", "your", "ill", "of", "w"}


def expand(low: str) -> tuple[str, Spans]:
    """Spell out texting in lowercased `low`; returns the new text and its map back."""
    tokens = list(_TOKEN.finditer(low))
    if not tokens:
        return low, Spans()
    changes: list[tuple[int, int, str]] = []
    words = [t.group() for t in tokens]
    # A letter three times over ("sooo") is always inside one token, so one search of the
    # whole text says whether any word (or any next word) needs squeezing. Without one,
    # only the words in _MAYBE can change, and the rest are skipped unread.
    repeats = _REPEAT.search(low) is not None
    if not repeats and _MAYBE.isdisjoint(words):
        return low, Spans()
    last = len(words) - 1
    for i, tok in enumerate(tokens):
        word = words[i]
        if not repeats and word not in _MAYBE:
            continue
        nxt = words[i + 1] if i < last else ""
        prev = words[i - 1] if i else ""
        if repeats and _REPEAT.search(nxt):
            nxt = _squeeze(nxt)
        new = _replacement(word, nxt, prev)
        if new is not None and new != word:
            changes.append((tok.start(), tok.end(), new))
    if not changes:
        return low, Spans()
    return _apply(low, changes)


def _apply(low: str, changes: Iterable[tuple[int, int, str]]) -> tuple[str, Spans]:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for a, b, new in changes:
        out.append(low[pos:a])
        starts.extend(range(pos, a))
        ends.extend(range(pos + 1, a + 1))
        out.append(new)
        starts.extend([a] * len(new))
        ends.extend([b] * len(new))
        pos = b
    out.append(low[pos:])
    starts.extend(range(pos, len(low)))
    ends.extend(range(pos + 1, len(low) + 1))
    # One past the end maps to the end.
    starts.append(len(low))
    ends.append(len(low))
    return "".join(out), Spans(starts, ends)
