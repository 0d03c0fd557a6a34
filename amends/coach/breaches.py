"""Trump cards: bringing a forgiven breach back as a weapon in a new argument.

A forgiven breach is described in a few words ("the affair with Chris in 2023",
"gambling debts"). We turn each description into a pattern for the words people use
when they mention it, then flag a mention only when the sentence around it is
scoring points (e.g. "at least I didn't ...", "after what you did ...") or is already
an attack. A calm "it still hurts, can we talk about it" is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "with",
        "in",
        "on",
        "at",
        "of",
        "to",
        "and",
        "or",
        "for",
        "from",
        "by",
        "my",
        "your",
        "his",
        "her",
        "their",
        "our",
        "i",
        "you",
        "we",
        "he",
        "she",
        "they",
        "it",
        "its",
        "that",
        "this",
        "was",
        "were",
        "is",
        "be",
        "been",
        "about",
        "last",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "ago",
        "when",
        "time",
        "times",
        "back",
        "other",
        "some",
        "lot",
        "big",
        "small",
        "first",
        "second",
        "one",
        "two",
        "after",
        "before",
        "during",
        "over",
        "while",
        "thing",
        "things",
        "stuff",
        "what",
        "did",
        "do",
        "done",
        "made",
        "make",
        "all",
        "any",
        "more",
        "most",
        "very",
        "really",
        "just",
        "also",
        "then",
        "than",
        "who",
        "whom",
        "which",
        "where",
        "there",
        "here",
        "into",
        "onto",
        "out",
        "up",
        "down",
        "off",
        "again",
        "once",
        "twice",
        "through",
        "since",
        "until",
        "till",
        "around",
        "way",
        "us",
        "me",
        "him",
        "them",
        "those",
        "these",
        "not",
        "no",
        "never",
        "ever",
        "being",
        "had",
        "has",
        "have",
        "got",
        "get",
        "new",
        "old",
        "bit",
        "part",
        "kind",
        "sort",
    ]
)

# Families of words: if a description touches one, the everyday ways of naming that kind
# of breach count as mentions too ("you cheated" for "the affair with Chris").
_FAMILIES: tuple[tuple[frozenset[str], str], ...] = (
    (
        frozenset(
            [
                "affair",
                "affairs",
                "cheat",
                "cheated",
                "cheating",
                "infidelity",
                "slept",
                "sleeping",
                "kiss",
                "kissed",
                "kissing",
                "fling",
                "hookup",
                "unfaithful",
                "sexting",
                "cheater",
                "emotional",
            ]
        ),
        r"cheat\w*|affair|slept with|sleeping with|hook(?:ed)? up|fling|unfaithful|"
        r"the other (?:woman|man|guy|girl)|(?:your|ur) (?:mistress|lover|side piece|bit on the side"
        r"|"
        r"fancy (?:man|woman))|infidelity|what you did with|what you did behind my back|"
        r"kiss(?:ed|ing)? (?:her|him|someone)|(?:your|ur) work (?:husband|wife|spouse|boyfriend|"
        r"girlfriend|crush)",
    ),
    (
        frozenset(
            [
                "gambling",
                "gamble",
                "gambled",
                "debts",
                "debt",
                "betting",
                "casino",
                "bets",
                "poker",
                "loans",
            ]
        ),
        r"gambl\w*|casino|debts?|poker|betting|bookies|slots|the loans?|bets?|"
        r"bet (?:our|the|my|your|all|away)|(?:lost|blew|spent) [^.!?\n]{0,25}\bon (?:football|the "
        r"horses|the dogs|poker|slots|bets|betting|the bookies)|"
        r"(?:our|the) savings|the money you (?:lost|blew|took|spent)",
    ),
    (
        frozenset(
            [
                "lie",
                "lies",
                "lied",
                "lying",
                "deception",
                "deceived",
                "secret",
                "secrets",
                "hid",
                "hidden",
            ]
        ),
        r"lie|lies|lied|lying|liar|deceiv\w*|deception|secrets?|hid (?:it|that|the)",
    ),
    (
        frozenset(["drinking", "drunk", "alcohol", "relapse", "relapsed", "booze"]),
        r"drink\w*|drunk|alcohol|booze|relaps\w*|the bottle",
    ),
    (
        frozenset(["porn", "pornography"]),
        r"porn\w*",
    ),
    (
        frozenset(
            ["money", "spending", "spent", "credit", "card", "cards", "overspending", "shopping"]
        ),
        r"spending|spent|credit cards?|the money|shopping",
    ),
)

_WORD = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=256)
def breach_pattern(description: str) -> re.Pattern[str] | None:
    """A pattern for mentions of one forgiven breach, or None if it has no usable words."""
    parts: list[str] = []
    words = [w.lower().strip("'-") for w in _WORD.findall(description)]
    seen: set[str] = set()
    for word in words:
        if len(word) < 3 or word in _STOP or word in seen:
            continue
        seen.add(word)
        stem = _stem(word)
        if stem != word:
            parts.append(re.escape(stem) + r"\w*")
        else:
            parts.append(re.escape(word) + r"(?:s|es|ed|ing)?")
    for year in re.findall(r"\b(?:19|20)\d\d\b", description):
        if year not in seen:
            seen.add(year)
            parts.append(year)
    lowered = set(words)
    for family, alternation in _FAMILIES:
        if lowered & family:
            parts.append(alternation)
    if not parts:
        return None
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b")


# Signs that a mention is being used to score a point.
_WEAPON = re.compile(
    r"\bat least i\b|\byou of all people\b|\bcoming from (?:you|someone|the (?:person|one|guy|"
    r"woman|man|girl))\b|\bsays the (?:one|person|guy|girl|man|woman)\b|\bwho are you to\b"
    r"|\b(?:you're|youre|you are|ur) (?:one|the last (?:one|person)) to\b|\bin no position\b"
    r"|\b(?:you|u) (?:have|got|'ve got|ve got) no right\b|\bdon'?t (?:you )?(?:dare|forget)\b"
    r"|\bdont (?:you )?(?:dare|forget)\b|\b(?:remember|remind you) (?:when|what|how|that|who)\b"
    r"|\b(?:just )?like (?:you did|when you|with)\b|\bafter (?:what|everything|all) you\b"
    r"|\bafter (?:your|ur)\b|\byou don'?t get to\b|\byou dont get to\b|\bconsidering\b"
    r"|\bhow (?:can|could|am|do|would) i (?:ever )?(?:trust|believe)\b|\bonce a\b"
    r"|\bkeep(?:ing)? score\b|\b(?:now )?we'?re even\b|\bcall it even\b|\bmakes us even\b"
    r"|\byou owe me\b|\bnever let (?:you|u) forget\b|\blet'?s not forget\b"
    r"|\byou'?re the one who\b|\byoure the one who\b|\bthe one who\b|\bwhat about\b"
    r"|\bmaybe i should\b|\bshould i (?:bring up|mention|remind)\b|\bnot the one who\b"
    r"|\bafter all (?:that|your|the|those)\b|\bhow am i (?:supposed|meant) to (?:believe|trust)\b"
    r"|\band you (?:think|want|expect|have the nerve|have the audacity)\b"
    r"|(?<!do )(?<!would )\b(?:you|u) (?:wanna|want to|wan na) (?:talk|lecture me|tell me) about\b"
    r"|\bisn'?t that what you\b|\bisnt that what you\b|\bthat'?s what you do\b|\bgo on then\b"
    r"|\band (?:now )?you(?:'re| are|re)? (?:lecturing|judging|telling|complaining|upset|worried|"
    r"angry|mad|on at me)\b|(?<!do )(?<!would )\byou want to talk about\b"
    r"|\bagain\?|\bstill\b[^.!?\n]{0,30}\?|\bbut you\b|\byet you\b|\bseriously\?"
    r"|\bthat'?s rich\b|\bhypocri\w*|\b(?:no|any) better\b|\bbecause of (?:you|your)\b"
    r"|\bthanks to (?:you|your)\b|\byour fault\b"
    r"|\bwho (?:was it (?:that|who) |was the one (?:that|who) )?(?:cheated|lied|gambled"
    r"|slept|hid|blew|"
    r"kissed|drank|spent)\b"
    r"|\b(?:you|u),? of all people\b|\bbit rich\b|\bfunny how\b|\blectur\w* me\b"
    r"|\bwhere (?:was|were) (?:that|this|all that|your)\b|\b(?:so )?now you care\b"
    r"|\bdon'?t (?:you )?(?:talk to me|lecture me|tell me) about\b"
    r"|\bdont (?:you )?(?:talk to me|lecture me|tell me) about\b"
    r"|\b(?:you|u) (?:really |seriously |actually |honestly )(?:wanna|want to|wan na) "
    r"(?:talk|lecture|tell me|judge|accuse|question)\b|\bsays the\b"
    r"|\b(?:you|u) (?:don't|dont|do not) get (?:an opinion|a say|a vote|to judge|to lecture|"
    r"to talk)\b|\bspare me\b"
    r"|^\s*remember\s+[^.!?\n]{1,30}\?\s*$"
    r"|\bso (?:don'?t|dont) (?:you )?(?:come at|lecture|judge|tell|talk to|start on|question) me\b"
    r"|\bdon'?t come at me\b|\bfunny,? i (?:don'?t|dont) remember\b|,\s*remember\s*\?"
    r"|\bi (?:don'?t|dont) remember (?:you|u) (?:being|caring|complaining)\b"
    r"|\blet'?s talk about [^.!?\n]{1,30}\bthen\b|\bif we'?re (?:listing|counting|keeping score|"
    r"bringing up|talking about) (?:mistakes|things|what)\b"
    r"|\bfrom someone who\b|\bafter (?:you|u) (?:\w+ ){0,2}?(?:gambled|cheated|lied|slept|hid|"
    r"spent|blew|drank|relapsed)\b"
    # coach5: the breach named, then left to speak for itself ("Mia. Enough said.", "Gina
    # ring a bell?", "Sophie says hi.", "that's all I'm gonna say"), or set beside what
    # the partner asks for now ("right after you explain ...", "I'll start caring when
    # ...", "didn't hear you complaining when ...", "forgiven, not forgotten").
    r"|\benough said\b|\bneed i say more\b|\brings? (?:a|any) bells?\b"
    # "says hi" only as the whole message: "She says hi, I just walked away" tells the truth.
    r"|^\W*[\w']+ says hi\W*$"
    r"|\bthought so\b|\bthat'?s all (?:i'?m (?:gonna|going to) say|i'?ll say|i'?m saying)\b"
    r"|^\W*[\w' -]{1,25}[.!]+\s*that'?s all\W*$|\bof all (?:people|ppl)\b"
    r"|\bhardly in (?:a|any) position\b|\bwe both (?:know|remember) (?:who|which (?:one )?of us)\b"
    r"|\bnot the one with\b"
    r"|\b(?:when|after|once|until|till) (?:you|u) (?:explain|stop \w+ing)\b"
    r"|\bi'?ll (?:take (?:\w+ )?advice|start (?:caring|worrying|listening|trusting|believing))\b"
    r"[^.!?\n]{0,60}\bwhen\b"
    r"|\b(?:didn'?t|did not|never) (?:see|hear|notice) (?:you|u) (?:being|complaining|worrying)\b"
    r"|\bsuddenly (?:care|caring|so (?:worried|concerned|interested))\b"
    r"|\bwe'?re (?:talking about|keeping|doing) [^.!?\n]{1,25} now\?"
    r"|(?:^|[.!?]\s+)(?:oh,? )?like (?:at |in |on |during |with )?[^.!?\n]{1,30}\?"
    r"|\bwhy (?:start|care) now\b|\bhow it (?:all )?started with\b"
    r"|\bdoesn'?t mean i (?:forgot|forget|have forgotten)\b|\bnot forgotten\b"
    r"|\bwhose\b[^.!?\n]{0,40}\?|\?\s*exactly\b|\bask (?:yourself|urself) (?:where|who|why|what)\b"
    r"|\bseeing as (?:that'?s|it'?s) (?:allowed|fine|okay|ok)\b"
    # A whole message that is only the name, with a shrug or a label: "lol nico tho",
    # "ok leo's girlfriend".
    r"|^\W*(?:(?:lol|lmao|haha|ok|okay|sure|right|oh)\W+)*[\w']+ (?:tho|though)\W*$"
    r"|^\W*(?:(?:lol|lmao|haha|ok|okay|sure|right|oh)\W+)*[\w]+'?s (?:girl|girlfriend|boy|"
    r"boyfriend|bit|side piece)\W*$"
)

# Signs of a calm, sincere wish to talk about lingering pain.
_CALM = re.compile(
    r"\bstill hurts?\b|\bcan we (?:talk|sit down)\b|\bi'?d like to talk\b|\bid like to talk\b"
    r"|\bi need to talk\b|\bi want to talk\b|\bi(?:'ve| have|ve) been thinking\b"
    r"|\bi feel\b|\bi'?m (?:still )?(?:struggling|sad|hurting|triggered|scared)\b"
    r"|\bim (?:still )?(?:struggling|sad|hurting|triggered|scared)\b|\bi know we\b"
    r"|\bi forgave\b|\bi'?ve forgiven\b|\bnot (?:trying to|to) (?:bring|throw|use)\b"
    r"|\bi miss\b|\bhelp me\b|\bwhen you'?re ready\b|\bgently\b|\bno pressure\b"
    r"|\bi'?m not (?:angry|blaming|bringing)\b|\bim not (?:angry|blaming|bringing)\b"
    r"|\bproud of (?:us|you)\b|\bbehind us\b|\bpast (?:it|that)\b|\bi (?:still )?chose\b"
    r"|\bhow far we'?ve come\b"
)

# A flat accusation with the partner as subject ("you lied for two years", "you kissed her")
# and a rhetorical "Remember Chris?" both use the breach to win a point.
_ACCUSE = re.compile(
    r"(?:^\s*|[.!?\n]\s*)(?:(?:and|but|well|yeah|oh|so),?\s+)?(?:you|u)\s+"
    r"(?:(?:literally|basically|just|actually|also|once|even)\s+)?"
    r"(?:cheated|lied|kissed|slept|gambled|blew|hid|drank|relapsed|had (?:an affair|your fun)|"
    r"were (?:cheating|lying|sleeping|gambling|drinking|sneaking))\b"
    r"|(?:^|[.!?\n]\s*)remember\s+[^.!?\n]{1,40}\?"
)

_SECOND_PERSON = re.compile(r"\b(?:you|u|your|ur|you're|youre|you've|youve|you'd)\b")


def find_mentions(low: str, breaches: Sequence[str]) -> list[tuple[int, int]]:
    """Spans (in `low`) where a forgiven breach is mentioned, in text order."""
    spans: list[tuple[int, int]] = []
    for desc in breaches:
        if not isinstance(desc, str) or not desc.strip():
            continue
        pattern = breach_pattern(desc[:300])
        if pattern is None:
            continue
        spans.extend((m.start(), m.end()) for m in pattern.finditer(low) if m.end() > m.start())
    spans.sort()
    return spans


# The writer telling of the breach as their own doing: "do you remember when I hid the
# money? I still feel sick about it". Not when denied or compared ("at least I didn't ...").
# The one word between "I" and the breach is its verb ("when I hid the money"), not a
# word about someone else's breach ("I forgave Jess", "I still think about Sam").
_OWN_DOING = re.compile(
    r"\bi(?:'d|'ve|ve| had| have| was)? (?:(?!forg|remember|mention|bring|brought|think|thought|"
    r"know|knew|hear|found|caught|saw|see|ask|talk|told|said|hate|blame|wonder|mean)\w+ )?$"
)
_NOT_OWN = re.compile(r"\b(?:didn'?t|didnt|did not|never|not|wouldn'?t|wouldnt|at least|unlike)\b")


def owned_by_writer(lead: str) -> bool:
    """Whether the words just before a named breach make the writer its doer."""
    return _OWN_DOING.search(lead) is not None and _NOT_OWN.search(lead) is None


def is_weaponised(sentence: str, context: str, attacking: bool) -> bool:
    """Whether a sentence mentioning a breach is scoring a point rather than sharing pain.

    `context` is the sentence plus the one before it; `attacking` says whether the
    analyser already found an attack (criticism, contempt, ...) in that context.
    """
    if _SECOND_PERSON.search(context) is None and _WEAPON.search(context) is None:
        return False
    weapon = _WEAPON.search(context) is not None
    if weapon:
        return True
    if _CALM.search(context) is not None:
        return False
    return attacking or _ACCUSE.search(sentence) is not None


# A forgiven breach pointed at without naming it: "remember what you did last year?",
# "after everything you put me through", "remember March?". Only read when the space has
# forgiven breaches, and flagged only with a sign of point-scoring beside it.
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_INDIRECT = re.compile(
    r"\b(?:(?:remember|forget|forgotten|forgot) )?what (?:you|u) did\b(?!\s+(?:for (?:me|us|my|"
    r"the)|to help|yesterday|today|this morning|at work|was (?:sweet|lovely|kind|brave)))"
    r"|\bwhat (?:you|u) (?:pulled|put me through|did to (?:me|us|this family))\b"
    r"|\b(?:remember|forget|forgotten|forgot)\s+(?:about\s+)?(?:last (?:year|summer|winter|"
    r"spring|autumn|fall|month|christmas|new year)|(?:" + _MONTHS + r")\b|that (?:night|"
    r"weekend|trip|summer|year|party|conference|christmas|phone|hotel)|what happened "
    r"(?:in|at|with|last|that))"
    r"|\bafter (?:everything|all|all that) (?:you(?:'ve| have|ve)?|u) (?:did|done|put me "
    r"through|pulled)\b"
    r"|\byour little (?:affair|fling|secret|adventure|girlfriend|boyfriend|friend|trip)\b"
    r"|\bhave (?:you|u) forgotten (?:what|who|how|last|about)\b"
    r"|\bthe last time i trusted (?:you|u)\b"
    r"|\bafter (?:last (?:year|summer|winter|spring|autumn|fall|month|christmas)|(?:"
    + _MONTHS
    + r"))\b"
)

# Jabs that say "you did worse" by themselves: with a forgiven breach in the space, they
# point at it ("like you're one to talk", "rich, coming from you", "look who's talking").
_JAB = re.compile(
    r"\b(?:you're|youre|you are|ur) (?:one|the last (?:one|person)) to (?:talk|judge|lecture|"
    r"preach)\b|\blook who'?s talking\b|\brich,? (?:coming )?from (?:you|u|a|the|someone)\b"
    r"|\bpot calling the kettle\b|\bglass houses\b|\blike (?:you|u) can talk\b"
    r"|\b(?:you|u) can talk(?=\s*[.!?]|\s*$)"
    # coach5: "you of all people", "you'd know all about lying", "we both know which of
    # us broke this first", "you're hardly in a position to talk", "pot, kettle".
    r"|\b(?:you|u),? of all (?:people|ppl)\b|\b(?:you'?d|youd|you would) know all about\b"
    r"|\bwe both know (?:who|which (?:one )?of us)\b|\bhardly in (?:a|any) position to\b"
    r"|\bpot,? kettle\b"
)


def find_indirect(low: str) -> list[tuple[int, int]]:
    """Spans where a forgiven breach is pointed at without being named."""
    return [(m.start(), m.end()) for m in _INDIRECT.finditer(low)]


def find_jabs(low: str) -> list[tuple[int, int]]:
    """Spans of a jab that scores a point by itself ("like you're one to talk")."""
    return [(m.start(), m.end()) for m in _JAB.finditer(low)]


def is_weaponised_indirect(context: str, attacking: bool) -> bool:
    """An indirect pointer needs a sign of point-scoring that is not the pointer itself
    (`context` has it blanked out), or an attack beside it, and no calm wish to talk."""
    if _CALM.search(context) is not None:
        return False
    return attacking or _WEAPON.search(context) is not None


# "how can you accuse me after the affair?", "lol after sam?": the breach named right
# after "after", in a question or said to the partner, scores a point unless calm.
_AFTER_LEAD = re.compile(r"\bafter (?:the |your |ur |that |all that |what happened with )?$")


def is_after_jab(lead: str, sentence: str, context: str) -> bool:
    if _AFTER_LEAD.search(lead) is None or _CALM.search(context) is not None:
        return False
    return "?" in sentence or _SECOND_PERSON.search(context) is not None
