"""The coach's small pattern language, and the word starts that index every rule.

A rule's ``patterns`` are phrases, not regular expressions. Words are separated by
spaces and match whole words, separated by spaces (and an optional comma):

========================  ==========================================================
``never``                 the word
``never|rarely``          one of these words
``(hardly ever|never)``   one of these phrases (each a pattern itself)
``really?``               optional (any item)
``*``  ``*{0,3}``         any one word; from none to three words
``blam*``                 a word starting with ``blam`` (blame, blamed, blaming)
``@YOU``                  a word list from ``rules/lexicon.py`` (you, u, ya)
``~listen``               a verb in every form: listen, listens, listened, listening
``~@NEVER_DOES``          every verb of a word list, in every form
``...``  ``..``           a gap of up to 80 / 40 characters inside the sentence
``#``                     a number
``^`` ``^^`` ``^^^``      start of a clause / of a sentence / of the message
``$``                     end of a clause
``$$``  ``$$$``           end of a sentence (not a comma) / of the message
``!word`` ``!(a b|c)``    not followed by these words
``?`` ``.`` ``!``         the punctuation mark itself (standalone)
``/regex/``               a regular expression, for what the words above can't say
========================  ==========================================================

Text is lowercased and normalised first (``normalise.py``: "ur" is "your" or "you're",
"dont" is "don't", "sooo" is "so"), so patterns are written in plain spelling.

``head_keys`` reads the literal start of a compiled regular expression (ours or a
legacy one): the engine files each rule under those starts, and tries it only where one
of them begins a word. It reads the pattern text itself (no private ``re`` internals)
and stops at the first thing that is not a plain letter, so a key is always a true
prefix of every match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from amends.coach.scope import regex_structure, split_alternatives

SEP = r",?\s+"
GAP = r"[^.!?\n]{0,80}?"
SHORTGAP = r"[^.!?\n]{0,40}?"
CSTART = r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s)|(?<=[.!?,;\n])|(?<=[.!?,;\n]\s)|(?<=[.!?,;\n]\s\s))"
SSTART = r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s)|(?<=[.!?\n])|(?<=[.!?\n]\s)|(?<=[.!?\n]\s\s))"
TSTART = r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s))"
EOS = r"(?=\s*(?:[.!?,;:)\n]|$))"
# In patterns, a clause may trail off in texting fillers ("not my problem lol", "so
# dramatic tbh") or emoji before it ends: they do not change what was said.
_FILLER = (
    r"(?:,?\s+(?:lol|lmao|lmfao|haha|tbh|tbf|fr|smh|ngl|tho|though|honestly|mate|bro|babe|"
    r"dude|hun|hon|man|ffs|omg|jeez|seriously)\b|\s*[^\w\s.!?,;:'\"()])*"
)
_EOS_P = r"(?=" + _FILLER + r"\s*(?:[.!?,;:)\n]|$))"
# End of a sentence (a comma does not end it), and end of the message (trailing marks,
# spaces and emoji allowed).
EOSS = r"(?=" + _FILLER + r"\s*(?:[.!?\n]|$))"
EOM = r"(?=" + _FILLER + r"[\s.!?]*$)"
WORD = r"\w+(?:'\w+)?"

# --- Inflection -------------------------------------------------------------------------

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "be": ("be", "is", "are", "was", "were", "been", "being", "am"),
    "have": ("have", "has", "had", "having"),
    "do": ("do", "does", "did", "done", "doing"),
    "go": ("go", "goes", "went", "gone", "going"),
    "say": ("say", "says", "said", "saying"),
    "make": ("make", "makes", "made", "making"),
    "take": ("take", "takes", "took", "taken", "taking"),
    "think": ("think", "thinks", "thought", "thinking"),
    "tell": ("tell", "tells", "told", "telling"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "leave": ("leave", "leaves", "left", "leaving"),
    "keep": ("keep", "keeps", "kept", "keeping"),
    "get": ("get", "gets", "got", "gotten", "getting"),
    "give": ("give", "gives", "gave", "given", "giving"),
    "find": ("find", "finds", "found", "finding"),
    "hear": ("hear", "hears", "heard", "hearing"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "see": ("see", "sees", "saw", "seen", "seeing"),
    "come": ("come", "comes", "came", "coming"),
    "bring": ("bring", "brings", "brought", "bringing"),
    "buy": ("buy", "buys", "bought", "buying"),
    "teach": ("teach", "teaches", "taught", "teaching"),
    "seek": ("seek", "seeks", "sought", "seeking"),
    "drive": ("drive", "drives", "drove", "driven", "driving"),
    "push": ("push", "pushes", "pushed", "pushing"),
    "throw": ("throw", "throws", "threw", "thrown", "throwing"),
    "forget": ("forget", "forgets", "forgot", "forgotten", "forgetting"),
    "forgive": ("forgive", "forgives", "forgave", "forgiven", "forgiving"),
    "hide": ("hide", "hides", "hid", "hidden", "hiding"),
    "lie": ("lie", "lies", "lied", "lying"),
    "run": ("run", "runs", "ran", "running"),
    "spend": ("spend", "spends", "spent", "spending"),
    "sleep": ("sleep", "sleeps", "slept", "sleeping"),
    "break": ("break", "breaks", "broke", "broken", "breaking"),
    "choose": ("choose", "chooses", "chose", "chosen", "choosing"),
    "speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "put": ("put", "puts", "putting"),
    "shut": ("shut", "shuts", "shutting"),
    "let": ("let", "lets", "letting"),
    "hurt": ("hurt", "hurts", "hurting"),
    "cut": ("cut", "cuts", "cutting"),
    "hit": ("hit", "hits", "hitting"),
    "stand": ("stand", "stands", "stood", "standing"),
    "understand": ("understand", "understands", "understood", "understanding"),
    "pay": ("pay", "pays", "paid", "paying"),
    "lose": ("lose", "loses", "lost", "losing"),
    "mean": ("mean", "means", "meant", "meaning"),
    "send": ("send", "sends", "sent", "sending"),
    "sit": ("sit", "sits", "sat", "sitting"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "win": ("win", "wins", "won", "winning"),
    "swear": ("swear", "swears", "swore", "sworn", "swearing"),
    "ring": ("ring", "rings", "rang", "rung", "ringing"),
    "catch": ("catch", "catches", "caught", "catching"),
    "fall": ("fall", "falls", "fell", "fallen", "falling"),
    "begin": ("begin", "begins", "began", "begun", "beginning"),
    "stick": ("stick", "sticks", "stuck", "sticking"),
}
_VOWELS = "aeiou"


def inflect(verb: str) -> tuple[str, ...]:
    """Every form of an English verb (or of the first word of a phrasal verb)."""
    head, sep, rest = verb.partition(" ")
    tail = sep + rest
    if head in _IRREGULAR:
        return tuple(f + tail for f in _IRREGULAR[head])
    forms = [head]
    if head.endswith(("s", "sh", "ch", "x", "z")):
        forms.append(head + "es")
    elif head.endswith("y") and len(head) > 2 and head[-2] not in _VOWELS:
        forms.append(head[:-1] + "ies")
    else:
        forms.append(head + "s")
    if head.endswith("e"):
        forms += [head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and len(head) > 2 and head[-2] not in _VOWELS:
        forms += [head[:-1] + "ied", head + "ing"]
    elif (
        len(head) <= 4
        and len(head) >= 3
        and head[-1] not in _VOWELS + "wxy"
        and head[-2] in _VOWELS
        and head[-3] not in _VOWELS
    ):
        forms += [head + head[-1] + "ed", head + head[-1] + "ing"]
    else:
        forms += [head + "ed", head + "ing"]
    return tuple(dict.fromkeys(f + tail for f in forms))


# --- Compiling patterns -------------------------------------------------------------------


class PatternError(ValueError):
    pass


def _split_top(text: str, sep: str) -> list[str]:
    """Split at `sep` outside (), [] and //."""
    out: list[str] = []
    depth = 0
    in_rx = False
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and in_rx:
            i += 2
            continue
        if ch == "/" and depth == 0:
            in_rx = not in_rx
        elif not in_rx:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif depth == 0 and (text[i] == sep if sep != " " else text[i].isspace()):
                out.append(text[start:i])
                start = i + 1
        i += 1
    out.append(text[start:])
    return [p for p in out if p != ""] if sep == " " else out


def _phrase_rx(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


_Trie = dict[str, "_Trie"]


def _alternation(phrases: Sequence[str]) -> str:
    """One regex for a list of phrases, as a trie ("you(?:'re|r)?" rather than
    "you're|your|you"): shorter to compile and to match. The longest phrase is still
    tried first, as in a longest-first alternation."""
    trie: _Trie = {}
    for phrase in set(phrases):
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def body(node: _Trie) -> str:
        parts = []
        for ch in sorted(k for k in node if k):
            child = node[ch]
            inner = body(child)
            head = r"\s+" if ch == " " else re.escape(ch)
            if not inner:
                parts.append(head)
            elif "" in child:
                parts.append(head + "(?:" + inner + ")?")
            else:
                parts.append(head + (inner if _single(child) else "(?:" + inner + ")"))
        return "|".join(parts)

    return "(?:" + body(trie) + ")"


def _single(node: _Trie) -> bool:
    """Whether a trie node has one way on and no end (its body needs no group)."""
    keys = [k for k in node if k]
    return len(keys) == 1 and "" not in node and _single_or_leaf(node[keys[0]])


def _single_or_leaf(node: _Trie) -> bool:
    keys = [k for k in node if k]
    return not keys or (len(keys) == 1 and "" not in node and _single_or_leaf(node[keys[0]]))


class _Item:
    __slots__ = ("kind", "rx")

    def __init__(self, kind: str, rx: str) -> None:
        # kind: word, zero (anchor or lookahead), gap, punct
        self.kind = kind
        self.rx = rx


class Compiler:
    """Turns patterns into regular expressions, with word lists from a lexicon."""

    def __init__(self, words: Mapping[str, Sequence[str]]) -> None:
        self.words = words

    def _class(self, name: str) -> Sequence[str]:
        if name not in self.words:
            raise PatternError(f"unknown word list @{name}")
        return self.words[name]

    def compile(self, pattern: str) -> str:
        """One pattern to a regex string (a rule lists several patterns for alternatives)."""
        return r"\b" + self._seq(pattern)

    def _seq(self, text: str) -> str:
        tokens = _split_top(text.strip(), " ")
        if not tokens:
            raise PatternError("empty pattern")
        items: list[tuple[_Item, str]] = []  # (item, modifier: '', '?', '{m,n}')
        for tok in tokens:
            items.append(self._token(tok))
        out = ""
        need_sep = False
        for idx, (item, mod) in enumerate(items):
            if item.kind == "zero":
                out += item.rx
                continue
            if item.kind == "gap":
                out += item.rx
                need_sep = False
                continue
            if item.kind == "punct":
                out += r"\s*" + item.rx
                need_sep = True
                continue
            last = idx == len(items) - 1 or all(i.kind == "zero" for i, _ in items[idx + 1 :])
            rx = item.rx + (r"(?!\w)" if last else "")
            if mod == "":
                out += (SEP if need_sep else "") + rx
                need_sep = True
            elif need_sep:
                rep = "?" if mod == "?" else mod
                out += f"(?:{SEP}{rx}){rep}"
            else:
                rep = "?" if mod == "?" else mod
                # First in its sequence: the separator follows it instead.
                out += f"(?:{rx}{SEP}){rep}" if not last else f"(?:{rx}){rep}"
        return out

    def _token(self, tok: str) -> tuple[_Item, str]:
        mod = ""
        m = re.search(r"(\{\d+,\d+\})$", tok)
        if m and tok != m.group(1):
            mod = m.group(1)
            tok = tok[: m.start()]
        elif tok.endswith("?") and len(tok) > 1 and not tok.startswith("/"):
            mod = "?"
            tok = tok[:-1]
        return self._atom(tok), mod

    def _atom(self, tok: str) -> _Item:
        if tok == "^":
            return _Item("zero", CSTART)
        if tok == "^^":
            return _Item("zero", SSTART)
        if tok == "^^^":
            return _Item("zero", TSTART)
        if tok == "$":
            return _Item("zero", _EOS_P)
        if tok == "$$":
            return _Item("zero", EOSS)
        if tok == "$$$":
            return _Item("zero", EOM)
        if tok == "...":
            return _Item("gap", r"\b" + GAP + r"\b")
        if tok == "..":
            return _Item("gap", r"\b" + SHORTGAP + r"\b")
        if tok in ("?", ".", "!", ",", ";", ":"):
            return _Item("punct", re.escape(tok))
        if tok == "*":
            return _Item("word", WORD)
        if tok == "#":
            return _Item("word", r"\d+")
        if tok.startswith("/") and tok.endswith("/") and len(tok) >= 2:
            return _Item("word", "(?:" + tok[1:-1] + ")")
        if tok.startswith("!") and len(tok) > 1:
            inner = self._atom(tok[1:])
            return _Item("zero", f"(?!{SEP}{inner.rx}(?!\\w))")
        if tok.startswith("(") and tok.endswith(")"):
            branches = _split_top(tok[1:-1], "|")
            return _Item("word", "(?:" + "|".join(self._seq(b) for b in branches) + ")")
        if tok.startswith("~@"):
            phrases = [f for entry in self._class(tok[2:]) for f in inflect(entry)]
            return _Item("word", _alternation(phrases))
        if tok.startswith("~"):
            phrases = [f for w in tok[1:].split("|") for f in inflect(w)]
            return _Item("word", _alternation(phrases))
        if tok.startswith("@"):
            return _Item("word", _alternation(self._class(tok[1:])))
        words = tok.split("|")
        parts = []
        for w in words:
            if not re.fullmatch(r"[\w'\-]+\*?", w):
                raise PatternError(f"not a word: {w!r} in {tok!r}")
            parts.append(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w))
        return _Item("word", parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")")


# --- Keys: the literal starts of a compiled regex ----------------------------------------

_KEY_MAX = 8
_MAX_KEYS = 400
_QUANT = "?*+{"


class _Stop(Exception):
    pass


def _group_end(rx: str, i: int) -> int:
    """Index of the ')' closing the group opened at rx[i] == '('."""
    for at, ch, depth in regex_structure(rx, i):
        if ch == ")" and depth == 1:
            return at
    raise _Stop


class _Walk:
    """Collects the literal starts a regex can match with (a ' ' stands for \\s+)."""

    def __init__(self, limit: int) -> None:
        self.out: set[str] = set()
        self.steps = 0
        self.limit = limit

    def add(self, cur: str) -> None:
        self.out.add(cur[: self.limit])
        if len(self.out) > _MAX_KEYS:
            raise _Stop

    def walk(self, rx: str, cur: str) -> None:
        i = 0
        n = len(rx)
        while True:
            self.steps += 1
            if self.steps > 20000:
                raise _Stop
            if i >= n or len(cur) >= self.limit:
                self.add(cur)
                return
            ch = rx[i]
            if rx.startswith("\\b", i):
                i += 2
                continue
            if rx.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                i = _group_end(rx, i) + 1
                continue
            if ch == "(":
                j = _group_end(rx, i)
                inner = i + 3 if rx.startswith("(?:", i) else i + 1
                if rx.startswith("(?P<", i):
                    inner = rx.index(">", i) + 1
                branches = split_alternatives(rx, inner, j)
                quant = rx[j + 1 : j + 2]
                if quant and quant in _QUANT:
                    q_end = _quant_end(rx, j + 1)
                    optional = quant in "?*" or rx.startswith("{0,", j + 1)
                    if quant == "?" and rx[q_end : q_end + 1] not in ("?", "+"):
                        for br in branches:
                            self.walk(br + rx[q_end:], cur)
                    else:
                        # One pass through the repeated part, then stop: still a prefix.
                        for br in branches:
                            self.walk(br, cur)
                    if optional:
                        self.walk(rx[q_end:], cur)
                    return
                for br in branches:
                    self.walk(br + rx[j + 1 :], cur)
                return
            if ch == "\\":
                nxt = rx[i + 1 : i + 2]
                quant = rx[i + 2 : i + 3]
                if nxt == "s":
                    if quant == "+":
                        cur = cur if cur.endswith(" ") else cur + " "
                        i += 3
                        continue
                    if quant == "*" or quant == "?":
                        self.walk(rx[i + 3 :], cur if cur.endswith(" ") else cur + " ")
                        self.walk(rx[i + 3 :], cur)
                        return
                    if quant and quant in _QUANT:
                        self.add(cur)
                        return
                    cur = cur if cur.endswith(" ") else cur + " "
                    i += 2
                    continue
                if nxt and nxt in "'-.,!?" and not (quant and quant in _QUANT):
                    cur += nxt
                    i += 2
                    continue
                self.add(cur)
                return
            if ch in ".[^$*+?{|)":
                self.add(cur)
                return
            quant = rx[i + 1 : i + 2]
            lit = " " if ch.isspace() else ch
            if quant == "?" and rx[i + 2 : i + 3] not in ("?", "+"):
                self.walk(rx[i + 2 :], cur + lit)
                self.walk(rx[i + 2 :], cur)
                return
            if quant and quant in _QUANT:
                self.add(cur)
                return
            cur += lit
            i += 1


def _quant_end(rx: str, i: int) -> int:
    """Index just after the quantifier starting at rx[i] (and a lazy '?')."""
    if rx[i] == "{":
        i = rx.index("}", i) + 1
    else:
        i += 1
    if rx[i : i + 1] in ("?", "+"):
        i += 1
    return i


def head_keys(rx: str, limit: int = _KEY_MAX) -> frozenset[str] | None:
    """The literal starts of every match of a regex that begins with \\b, or None.

    Each key is a prefix (a ' ' stands for a run of whitespace) of every match; None
    when the start can't be pinned to a word (the rule is then searched everywhere).
    """
    # Look-behinds before the first word ("not after you're") don't move the start.
    while rx.startswith(("(?<=", "(?<!", "(?=", "(?!")):
        try:
            rx = rx[_group_end(rx, 0) + 1 :]
        except _Stop:
            return None
    if not rx.startswith("\\b"):
        return None
    walk = _Walk(limit)
    try:
        walk.walk(rx, "")
    except _Stop:
        return None
    keys = {k.rstrip(" ") for k in walk.out}
    if not keys or any(not k or not (k[0].isalnum() or k[0] == "_") for k in keys):
        return None
    return frozenset(keys)


def expand_macros(rx: str, macros: Mapping[str, str], lookup: Callable[[str], str]) -> str:
    """Replace <NAME> in a legacy regex by its macro (recursively)."""

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in macros:
            return lookup(name)
        return expand_macros(macros[name], macros, lookup)

    return re.sub(r"<([A-Z_]+)>", sub, rx)
