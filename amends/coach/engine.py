"""Fast rule matching: try each rule only where its first word could start.

Most rules begin with a word boundary and a known word ("you never ...", "i'm sorry ...",
"whatever ..."). At import we read each rule's literal start (``rulelang.head_keys``:
the letters every match must begin with, up to 8 of them) and build one small trie
regex of all those starts. Scanning a message is then one C-level pass of that trie
over the text, and at each word where some key matched we try only the rules filed
under that key. A 2,000-character message therefore costs a few hundred short `match`
calls instead of every rule at every position.

Rules whose start cannot be pinned to a word ("^whatever$", an emoji) are kept in one
ordinary regex each and searched the usual way.

The results are the same as one `finditer` per kind over the whole text: matches of one
kind never overlap and the leftmost wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from amends.coach.rulelang import head_keys
from amends.coach.scope import split_alternatives

_KEY_LIMITS = (6, 3)
_MAX_KEYS = 64


def start_keys(alternative: str) -> frozenset[str] | None:
    """The starts an alternative can match with, or None if it is not word-anchored.

    Keys are cut to 6 characters (3 when that still leaves more than 64), so rules that
    start alike share a key set and one compiled regex: fewer `match` calls per word.
    """
    for limit in _KEY_LIMITS:
        keys = head_keys(alternative, limit)
        if keys is not None and len(keys) <= _MAX_KEYS:
            return keys
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


class _Lazy:
    """A regex compiled on its first `match`; after that `match` is the compiled one's."""

    __slots__ = ("match", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self.match: Callable[[str, int], re.Match[str] | None] = self._first

    def _first(self, text: str, pos: int) -> re.Match[str] | None:
        return self.compile()(text, pos)

    def compile(self) -> Callable[[str, int], re.Match[str] | None]:
        if self.match == self._first:
            self.match = re.compile(self.source).match
        return self.match


class Matcher:
    """Runs many kinds of rules over a text in one pass; see the module docstring.

    Each shared regex is compiled the first time a text reaches it (``compile_all``
    compiles them all at once): building the index is cheap, compiling every rule is
    most of a second, and a short message only ever reaches a few dozen of them.
    """

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
        index = {g: n for n, g in enumerate(groups)}
        self._lazy = [_Lazy("|".join(alts)) for alts in groups.values()]
        by_key: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for g in groups:
            for key in g[1]:
                by_key.setdefault(key, []).append(g)
        combos: dict[str, tuple[tuple[int, _Lazy], ...]] = {}
        for key in by_key:
            found: dict[tuple[int, frozenset[str]], None] = {}
            for length in range(1, len(key) + 1):
                for g in by_key.get(key[:length], ()):
                    found[g] = None
            ordered = sorted(found, key=lambda g: (g[0], order[g]))
            combos[key] = tuple((g[0], self._lazy[index[g]]) for g in ordered)
        self._combos = combos
        self._trie = re.compile(_trie_regex(set(by_key)))
        # Each on its own, so the engine can use a literal start ("*rolls eyes*") to skip.
        self._others = tuple((k, re.compile(alt)) for k, alts in others.items() for alt in alts)
        self._kinds = len(kinds)
        self.unanchored = sum(len(a) for a in others.values())
        # Group name r<rule>_<alternative> -> rule index, read once per name.
        self._rule_of: dict[str | None, int] = {None: 0}

    def compile_all(self) -> None:
        for lazy in self._lazy:
            lazy.compile()

    def scan(self, text: str) -> list[RawMatch]:
        """Every match as (kind index, rule index, start, end), per kind non-overlapping."""
        out: list[RawMatch] = []
        next_pos = [0] * self._kinds
        combos = self._combos
        rule_of = self._rule_of
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
                name = mm.lastgroup
                idx = rule_of.get(name)
                if idx is None:
                    idx = rule_of[name] = _rule(name)
                out.append((k, idx, pos, end))
        for k, other in self._others:
            for mm in other.finditer(text):
                out.append((k, _rule(mm.lastgroup), mm.start(), mm.end()))
        return out


def _rule(group: str | None) -> int:
    # Group names are r<rule>_<alternative>.
    return int(group[1 : group.index("_")]) if group else 0
