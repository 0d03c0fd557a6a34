"""Fast rule matching: try each rule only where its first word could start.

Most rule alternatives begin with a word boundary and a known word ("you never ...",
"i'm sorry ...", "whatever ..."). At import we read every alternative's parsed form to
find the letters it must start with (up to `_KEY_LEN` of them), and build one small trie
regex of all those starts. Scanning a message is then one C-level pass of that trie
over the text, and at each word where some key matched we try only the alternatives
filed under that key. A 2,000-character message therefore costs a few hundred short
`match` calls instead of every alternative at every position.

Alternatives whose start cannot be pinned to a word ("^whatever$", an emoji, a
lookbehind for sentence starts) are kept in one ordinary regex per kind and searched
the usual way.

The results are the same as one `finditer` per kind over the whole text: matches of one
kind never overlap and the leftmost wins.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

from amends.coach.scope import split_alternatives

# re's own parser (private, but stable since 3.11); only used at import time.
_PARSER: Any = importlib.import_module("re._parser")

_KEY_LIMITS = (6, 3)
_MAX_KEYS = 64
_BUDGET = 5000
_WORDCHAR = re.compile(r"\w")


def _is_word(ch: str) -> bool:
    return _WORDCHAR.fullmatch(ch) is not None


class _TooMany(Exception):
    pass


def _is_space(op: Any, av: Any) -> bool:
    """A literal space, or a class of only whitespace (\\s, [ ])."""
    name = str(op)
    if name == "LITERAL":
        return chr(av).isspace()
    if name == "IN":
        return all(
            (str(o) == "CATEGORY" and str(a) == "CATEGORY_SPACE")
            or (str(o) == "LITERAL" and chr(a).isspace())
            for o, a in av
        )
    return False


class _Walk:
    """Collects the literal starts (spaces written as one ' ') a parsed pattern can have."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.out: set[str] = set()
        self.steps = 0

    def add(self, cur: str) -> None:
        self.out.add(cur.rstrip(" "))
        if len(self.out) > _MAX_KEYS:
            raise _TooMany

    def walk(self, seq: list[Any], i: int, cur: str) -> None:
        while True:
            self.steps += 1
            if self.steps > _BUDGET:
                raise _TooMany
            if len(cur) >= self.limit or i >= len(seq):
                self.add(cur[: self.limit])
                return
            op, av = seq[i]
            name = str(op)
            if name in ("AT", "ASSERT", "ASSERT_NOT"):
                i += 1
            elif _is_space(op, av):
                if not cur.endswith(" "):
                    cur += " "
                i += 1
            elif name == "LITERAL":
                cur += chr(av)
                i += 1
            elif name == "SUBPATTERN":
                seq = list(av[-1]) + list(seq[i + 1 :])
                i = 0
            elif name == "BRANCH":
                rest = list(seq[i + 1 :])
                for branch in av[1]:
                    self.walk(list(branch) + rest, 0, cur)
                return
            elif name == "IN":
                chars = [chr(a) for o, a in av if str(o) == "LITERAL"]
                if len(chars) != len(av) or len(chars) > 8:
                    self.add(cur)
                    return
                for ch in chars:
                    self.walk(seq, i + 1, cur + ch)
                return
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, _high, sub = av
                sub = list(sub)
                if len(sub) == 1 and _is_space(*sub[0]):
                    # \\s+ is one ' ' in a key (the trie reads ' ' as \\s+).
                    if low == 0:
                        self.walk(seq, i + 1, cur)
                    self.walk(seq, i + 1, cur if cur.endswith(" ") else cur + " ")
                    return
                if low == 0:
                    self.walk(seq, i + 1, cur)
                # One pass through the repeated part, then stop: still a true prefix.
                self.walk(sub, 0, cur)
                return
            else:
                self.add(cur)
                return


def start_keys(alternative: str) -> frozenset[str] | None:
    """The starts an alternative can match with, or None if it is not word-anchored.

    Each key is a literal prefix of every match (a ' ' in a key stands for a run of
    whitespace); we use the longest keys that stay few.
    """
    try:
        parsed = list(_PARSER.parse(alternative))
    except re.error:  # pragma: no cover - every rule compiles
        return None
    anchored = False
    for op, av in parsed:
        name = str(op)
        if name == "AT":
            anchored = anchored or str(av) == "AT_BOUNDARY"
        elif name not in ("ASSERT", "ASSERT_NOT"):
            break
    if not anchored:
        return None
    for limit in _KEY_LIMITS:
        walk = _Walk(limit)
        try:
            walk.walk(parsed, 0, "")
        except _TooMany:
            continue
        out = walk.out
        if out and "" not in out and all(_is_word(k[0]) for k in out):
            return frozenset(out)
        return None
    return None


def _trie_regex(keys: set[str]) -> str:
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = True

    def body(node: dict[str, Any]) -> str:
        parts = []
        for ch in sorted(k for k in node if k):
            child = node[ch]
            inner = body(child)
            if inner:
                inner = "(?:" + inner + ")" + ("?" if "" in child else "")
            parts.append((r"\s+" if ch == " " else re.escape(ch)) + inner)
        return "|".join(parts)

    # A lookahead, so a key that runs over several words doesn't hide the words after
    # its first from the scan.
    return r"\b(?=(" + body(trie) + "))"


_SPACES = re.compile(r"\s+")


def _group(i: int, n: int, alt: str) -> str:
    return f"(?P<r{i}_{n}>{alt})"


RawMatch = tuple[int, int, int, int]  # kind index, rule index, start, end


class Matcher:
    """Runs many kinds of rules over a text in one pass; see the module docstring."""

    def __init__(self, kinds: Sequence[Sequence[str]]) -> None:
        # Alternatives of one kind with the same keys share a compiled regex.
        groups: dict[tuple[int, frozenset[str]], list[str]] = {}
        order: dict[tuple[int, frozenset[str]], int] = {}
        others: dict[int, list[str]] = {}
        seq = 0
        for k, patterns in enumerate(kinds):
            for i, pattern in enumerate(patterns):
                for n, alt in enumerate(split_alternatives(pattern)):
                    keys = start_keys(alt)
                    if keys is None:
                        others.setdefault(k, []).append(_group(i, n, alt))
                        continue
                    groups.setdefault((k, keys), []).append(_group(i, n, alt))
                    seq += 1
                    order.setdefault((k, keys), seq)
        compiled = {g: re.compile("|".join(alts)) for g, alts in groups.items()}
        by_key: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for g in groups:
            for key in g[1]:
                by_key.setdefault(key, []).append(g)
        combos: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}
        for key in by_key:
            found: dict[tuple[int, frozenset[str]], None] = {}
            for length in range(1, len(key) + 1):
                for g in by_key.get(key[:length], ()):
                    found[g] = None
            ordered = sorted(found, key=lambda g: (g[0], order[g]))
            combos[key] = tuple((g[0], compiled[g]) for g in ordered)
        self._combos = combos
        self._trie = re.compile(_trie_regex(set(by_key)))
        # Each on its own, so the engine can use a literal start ("*rolls eyes*") to skip.
        self._others = tuple((k, re.compile(alt)) for k, alts in others.items() for alt in alts)
        self._kinds = len(kinds)
        self.unanchored = sum(len(a) for a in others.values())

    def scan(self, text: str) -> list[RawMatch]:
        """Every match as (kind index, rule index, start, end), per kind non-overlapping."""
        out: list[RawMatch] = []
        next_pos = [0] * self._kinds
        combos = self._combos
        for m in self._trie.finditer(text):
            key = m.group(1)
            candidates = combos.get(key)
            if candidates is None:
                candidates = combos[_SPACES.sub(" ", key)]
            pos = m.start()
            for k, rx in candidates:
                if pos < next_pos[k]:
                    continue
                mm = rx.match(text, pos)
                if mm is None:
                    continue
                end = mm.end()
                next_pos[k] = end if end > pos else pos + 1
                out.append((k, _rule(mm.lastgroup), pos, end))
        for k, rx in self._others:
            for mm in rx.finditer(text):
                out.append((k, _rule(mm.lastgroup), mm.start(), mm.end()))
        return out


def _rule(group: str | None) -> int:
    # Group names are r<rule>_<alternative>.
    return int(group[1 : group.index("_")]) if group else 0
