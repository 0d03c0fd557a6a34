"""Text preparation that keeps character offsets: lowercasing, quote and reported-speech
masking, and the clause/sentence boundaries rules must not cross.

Every transformation here is one character in, one character out, so an offset found in
the prepared text is the same offset in what the person wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

# Masked characters become this: not a letter, not a space, not sentence punctuation,
# so no rule can match inside a quotation or across it as if it were the writer's words.
MASK = "#"

_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\t": " ",
        "\r": "\n",
    }
)

_FOLDABLE = re.compile("[" + re.escape("".join(chr(c) for c in _FOLD)) + "]")


def normalise(text: str) -> str:
    """Lowercase and fold look-alike quotes, without changing the length."""
    low = text.lower()
    if len(low) != len(text):
        # A few characters (e.g. 'İ') lowercase to two; keep those as they are so
        # offsets still line up.
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    # str.translate looks every character up; most messages have nothing to fold.
    return low.translate(_FOLD) if _FOLDABLE.search(low) else low


# Double quotes pair up easily. Single quotes double as apostrophes, so an opening one
# must follow a non-letter and a closing one must not be followed by a letter.
# (The look-behind comes after the quote so the pattern starts with a quote character,
# which lets the engine skip straight from one quote to the next.)
_QUOTED = re.compile(
    r'"[^"\n]{1,400}"'
    r"|'(?<![\w']')(?=\w)(?:[^'\n]|(?<=\w)'(?=\w)){1,400}'(?![\w])"
)

# Someone else's words reported without quotes ("she said you never listen", "you told
# me I was paranoid") are not the writer's own attack. The writer's own "I said" / "I told
# you" is kept, because that is still them speaking.
_REPORTED = re.compile(
    r"(?<!\bi )(?<!\bi )"
    r"\b(?:said|says|tells me|told me|told him|told her|told us|told them|keeps? saying|"
    r"kept saying|was saying|were saying|used to say|would say|always says?|wrote|texted|"
    r"called me|calls me|accused me of|accuses me of|claims|claimed|reckons|insists|"
    r"thinks)\b"
    r"(?![ ]the[ ](?:one|person|man|woman|guy|girl|lady|bloke|cheat|cheater|liar|gambler|drunk|"
    r"addict|hypocrite|expert|saint)\b)"
    r"[:,]?[ ]+(?:that[ ]+)?"
    r"(?!(?:that )?(?:i (?:felt|feel|was so|got)\b|it (?:hurt|made)\b))"
    r"(?=(?:i|i'm|im|i'd|i've|you|u|you're|youre|ur|you'd|he|he's|she|she's|they|they're|we|"
    r"it|it's|its|that|that's|thats|this|there|there's|my|your|his|her|our|their|nobody|"
    r"no one|everyone|everybody|someone|the)\b)"
    r"(?P<body>(?:(?![ ](?:and|but|so)[ ])[^.!?;,\n\"]){1,200})"
)

# "thinks"/"reckons" only count as reported speech when someone else does the thinking.
_SELF_LEAD = re.compile(
    r"\b(?:i|i'm|im|i am|i've|ive|i'd|id)\s+(?:\w+\s+)?$|\b(?:everyone|everybody|nobody|no one)"
    r"(?: else)?\s+$"
)

# The writer's own past words, told in order to take them back ("I told you you were
# paranoid. You weren't.", "I said it was your fault. That was a lie."): owning up, not a new
# attack. Only when the message disowns them after the telling, so "I told you, you never
# listen" stays the writer speaking.
_OWN_PAST_WORDS = re.compile(
    # A hypothetical telling counts too, and its "if you had asked me" goes with it:
    # "If you had asked me then I would have said it was your fault. I was wrong."
    r"(?P<lead>\bif (?:you|u)(?:'d| had| would have)? (?:asked|pushed|pressed)(?: me)?"
    r"[^.!?\n,]{0,40},? )?"
    r"\bi (?:(?:once|always|even|then|just|also|actually|repeatedly|constantly|often|first) )?"
    r"(?:told|used to (?:tell|call|say to|say)|kept (?:telling|saying|calling)|would tell|"
    r"(?:would|'d) (?:have|of) (?:said|told)|would've (?:said|told)|wouldve (?:said|told)|"
    r"called|accused|said to|said)\b"
    r"(?:[ ,]+(?:you|u|myself|the (?:counsellor|counselor|therapist|kids)|my (?:friends?|mum|"
    r"mom|dad|sister|brother|family|mates?)|everyone|people|her|him|them)\b)?"
    r"[:, ]+(?:that[ ]+)?"
    # The words end where the writer starts a sentence of their own again ("but ...",
    # "and I'm sorry", ", I was wrong").
    r"(?P<body>(?:(?![ ]but[ ]|,?[ ]and[ ]i(?:'m|m)?[ ]|,[ ]i(?:'m|m)?[ ])[^.!?\n]){1,300})"
)
_DISOWNED = re.compile(
    r"\b(?:that|it|this|which|those|all of (?:it|that|this)) (?:was|is|were) (?:so |really |"
    r"completely |totally |just |a )?(?:wrong|unfair|not fair|untrue|not true|a lie|lies|lying|"
    r"cruel|mean|cowardly|rubbish|nonsense|bullshit|a cheap shot|me (?:shifting|blaming|"
    r"deflecting|lying|hiding|projecting|covering))\b"
    r"|\b(?:that|it|this|which|those) (?:wasn'?t|wasnt|isn'?t|isnt|was not|is not|weren'?t|"
    r"werent|were not) (?:\w+ )?(?:fair|true|right|okay|ok|kind|on you|your fault)\b"
    r"|\bnone of (?:it|that|this|those|them) (?:was|is|were) (?:\w+ )?(?:fair|true|right|"
    r"your fault|on you)\b"
    r"|\bi was (?:wrong|lying|being cruel|being unfair|unfair|the one)\b"
    r"|\b(?:you|u) (?:weren'?t|werent|were not|aren'?t|arent|are not|never were)(?=\s*(?:[.!,]|$))"
    r"|\b(?:you|u) (?:were|was) (?:right|never)\b|\bi (?:lied|was lying)\b"
    r"|\b(?:sorry|ashamed) (?:i|for|that i) (?:said|saying|called|calling|told|telling)\b"
    r"|\b(?:that'?s|thats|that was|it was|it wasn'?t|that wasn'?t|that isn'?t) "
    r"(?:not )?an apology\b"
    r"|\b(?:you|u) (?:didn'?t|didnt|did not|never did)(?=\s*(?:[.!,]|$))"
    r"|\bnothing (?:you|u) did\b|\bthe truth is\b|\bi take (?:it|that|those words) back\b"
    r"|\bme (?:dodging|excusing|making excuses|passing the buck|lashing out|being a coward)\b"
    # ... or owns the thing the words blamed on the partner.
    r"|\b(?:it|that|this|the \w+) (?:was|is) (?:all |entirely |completely |only )?"
    r"(?:my (?:own )?(?:fault|choice|doing|decision|responsibility)|on me)\b"
    r"|\bi(?: am|'m|m) (?:the one )?responsible\b|\bi (?:own|owned) (?:it|that|this)\b"
    r"|\bi (?:made|chose) (?:that|the|this|those|every one of those|my own|my)? ?"
    r"(?:choice|choices|decision)\b|\bi chose (?:it|this|that|to)\b"
    r"|\bi did (?:it|this|that)(?=\s*(?:[.!]|$))"
)

# The same telling put after the words: "It was nothing, I said to you for months."
_OWN_PAST_WORDS_AFTER = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?P<body>[^.!?\n]{1,200}?),\s*i (?:(?:always|kept|would) )?"
    r"(?:said|told you|told u|kept saying|kept telling you|used to say|would say|"
    r"(?:said|kept saying) to (?:you|u))"
    r"(?: (?:for (?:months|weeks|years|ages|a year)|again and again|over and over|every time|"
    r"all the time|back then|at the time))?\s*(?=[.!?\n]|$)"
)


def _own_past_words(low: str) -> list[tuple[int, int]]:
    """Spans of the writer's own earlier words that the message goes on to take back."""
    out: list[tuple[int, int]] = []
    for m in _OWN_PAST_WORDS.finditer(low):
        if _DISOWNED.search(low, m.end("body"), m.end("body") + 400):
            out.append((m.start("lead") if m.group("lead") else m.start("body"), m.end("body")))
    for m in _OWN_PAST_WORDS_AFTER.finditer(low):
        if _DISOWNED.search(low, m.end(), m.end() + 400):
            out.append((m.start("body"), m.end("body")))
    return out


_CLAUSE_BREAK = re.compile(r"[.!?;,\n]|\bbut\b|\bthough\b")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def mask(low: str) -> str:
    """Blank out quotations and reported speech (same length as the input)."""
    quotes = '"' in low or "'" in low
    reported = _has_reporting_verb(low)
    if not quotes and not reported:
        return low
    chars: list[str] | None = None
    for start, end in _own_past_words(low) if reported else ():
        if chars is None:
            chars = list(low)
        chars[start:end] = MASK * (end - start)
    for m in _QUOTED.finditer(low) if quotes else ():
        if chars is None:
            chars = list(low)
        chars[m.start() : m.end()] = MASK * (m.end() - m.start())
    for m in _REPORTED.finditer(low) if reported else ():
        lead = low[max(0, m.start() - 16) : m.start()]
        if _SELF_LEAD.search(lead):
            continue
        if chars is None:
            chars = list(low)
        chars[m.start("body") : m.end("body")] = MASK * (m.end("body") - m.start("body"))
    return low if chars is None else "".join(chars)


_REPORTING_HINT = re.compile(
    r"\b(?:said|says|told|tells|tell|telling|saying|say|calling|wrote|texted|called|calls|accuse[sd]?|claim|claims|"
    r"claimed|"
    r"reckons|insists|thinks)\b"
)


def _has_reporting_verb(low: str) -> bool:
    return _REPORTING_HINT.search(low) is not None


def regex_structure(
    pattern: str, start: int = 0, end: int | None = None
) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth before it) for each character of a regex that is
    neither escaped nor inside a character class: where its groups and '|'s are."""
    end = len(pattern) if end is None else end
    depth = 0
    in_class = False
    i = start
    while i < end:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            # A ']' right after '[' or '[^' is a literal, not the class's end.
            i += 3 if pattern.startswith("[^]", i) else 2 if pattern.startswith("[]", i) else 1
            continue
        else:
            yield i, ch, depth
            depth += {"(": 1, ")": -1}.get(ch, 0)
        i += 1


def split_alternatives(pattern: str, start: int = 0, end: int | None = None) -> list[str]:
    """Split a regex at its top-level '|' (not inside groups or character classes)."""
    end = len(pattern) if end is None else end
    cuts = [i for i, ch, depth in regex_structure(pattern, start, end) if ch == "|" and depth == 0]
    bounds = [start - 1, *cuts, end]
    return [pattern[a + 1 : b] for a, b in pairwise(bounds)]


def combine_alternatives(patterns: list[str]) -> re.Pattern[str]:
    """Compile many patterns into one, naming each top-level alternative r<i>_<n>.

    Alternatives that begin with a word boundary share a single leading \\b: at the
    most positions in a text (inside words) the engine then gives up after one cheap
    test instead of trying every alternative, which is most of the speed of the coach.
    """
    bounded: list[str] = []
    other: list[str] = []
    for i, pattern in enumerate(patterns):
        for n, alt in enumerate(split_alternatives(pattern)):
            if alt.startswith("\\b"):
                bounded.append(f"(?P<r{i}_{n}>{alt[2:]})")
            else:
                other.append(f"(?P<r{i}_{n}>{alt})")
    pieces = []
    if bounded:
        pieces.append("\\b(?:" + "|".join(bounded) + ")")
    pieces.extend(other)
    return re.compile("|".join(pieces))


def clause_prefix(low: str, start: int, window: int = 70) -> str:
    """The words before `start` in the same clause (at most `window` characters)."""
    lo = max(0, start - window)
    chunk = low[lo:start]
    breaks = list(_CLAUSE_BREAK.finditer(chunk))
    return chunk[breaks[-1].end() :] if breaks else chunk


_ENDS = (".", "!", "?", "\n")


def sentence_bounds(low: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence holding `pos` (at most 400 characters each way)."""
    if pos < 0:
        return _sentence_bounds_slow(low, pos)
    lo = max(0, pos - 400)
    start = lo
    if pos > lo:
        at = max(low.rfind(c, lo, pos) for c in _ENDS)
        if at >= 0:
            start = at + 1
    hi = min(len(low), pos + 400)
    end = hi
    found = [at for at in (low.find(c, pos, hi) for c in _ENDS) if at >= 0]
    if found:
        end = min(found) + 1
    return start, end


def _sentence_bounds_slow(low: str, pos: int) -> tuple[int, int]:
    # The character-by-character reading, kept for a negative `pos` (where str.find
    # would count from the end).
    lo = max(0, pos - 400)
    start = lo
    for i in range(pos - 1, lo - 1, -1):
        if low[i] in ".!?\n":
            start = i + 1
            break
    else:
        start = lo
    hi = min(len(low), pos + 400)
    end = hi
    for i in range(pos, hi):
        if low[i] in ".!?\n":
            end = i + 1
            break
    return start, end


def sentences(low: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(low) if m.end() > m.start()]
