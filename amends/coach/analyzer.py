"""The analyser: run the rules over prepared text, apply the guards, collect findings."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from amends.coach import breaches, learned
from amends.coach.apology import find_components, score
from amends.coach.engine import Matcher
from amends.coach.rules.wording import WORDING
from amends.coach.scope import (
    MASK as MASK_CHAR,
)
from amends.coach.scope import (
    clause_prefix,
    mask,
    normalise,
    sentence_bounds,
)
from amends.coach.texting import expand
from amends.coach.types import ALL_KINDS, HARMFUL_KINDS, POSITIVE_KINDS, Analysis, Flag

if TYPE_CHECKING:
    from amends.coach.ruleset import Rule

KindRules = tuple[str, list["Rule"], list[re.Pattern[str] | None]]


class _Rules:
    """The rules, ready to run: built on first use, not at import (reading and indexing
    about 500 rules takes a second or two; `import amends.coach` should not)."""

    __slots__ = ("components", "kind_rules", "matcher", "n_rule_kinds")

    def __init__(self) -> None:
        from amends.coach.ruleset import APOLOGY_RULES, RULES

        kind_rules: list[KindRules] = []
        for kind in ALL_KINDS:
            rules = [r for r in RULES if r.kind == kind]
            if rules:
                kind_rules.append(
                    (kind, rules, [re.compile(r.not_after) if r.not_after else None for r in rules])
                )
        self.kind_rules = kind_rules
        self.n_rule_kinds = len(kind_rules)
        self.components = tuple(dict.fromkeys(r.component for r in APOLOGY_RULES))
        # One matcher for the flag rules and the apology parts: kind index i <
        # n_rule_kinds is kind_rules[i], the rest are apology components in order.
        self.matcher = Matcher(
            [[r.pattern for r in rules] for _k, rules, _g in kind_rules]
            + [[r.pattern for r in APOLOGY_RULES if r.component == c] for c in self.components]
        )


@cache
def rules() -> _Rules:
    """The rules and their matcher (built once, on first use)."""
    return _Rules()


def warm() -> None:
    """Build everything now (rules, matcher, every compiled pattern), so that the first
    message is as fast as the rest: for a server at start-up."""
    rules().matcher.compile_all()


# Phrases in the clause before a match that undo it: "I'm not saying you're selfish",
# "I don't think you're overreacting", "it's not that you never help".
_NEGATED = re.compile(
    r"\b(?:not saying|never said|didn'?t say|didnt say|did not say|don'?t think|dont think|"
    r"do not think|don'?t believe|dont believe|wouldn'?t say|wouldnt say|would never say|"
    r"not that|it'?s not like|its not like|isn'?t that|isnt that|never thought|never think|"
    r"not calling you|never called you|don'?t mean|dont mean|doesn'?t mean|doesnt mean|"
    r"nobody is saying|no one is saying|nobody said|no one said|not accusing|"
    r"nobody thinks|no one thinks|nobody ever said|no one ever said|"
    r"don'?t want you to think|dont want you to think|not because|no longer think|"
    r"stopped thinking|used to think|it isn'?t true that|it'?s not true that|"
    r"never meant|not to say|wrong to say|shouldn'?t have said|shouldnt have said|"
    r"should not have said|sorry (?:i|for) (?:said|saying|calling)|when i said|"
    r"i said|i called you|i told you|not for a second|never once thought|"
    r"i'?m not going to say|im not going to say|won'?t say|wont say|not asking|never ask|"
    r"not telling you to|not expecting you to|don'?t expect you to|won'?t ask you to|"
    r"would never ask you to|don'?t want you to)\b"
)

# "I need a break, I'll come back in 20 minutes" is a healthy pause, not a shutdown.
_RETURN_PROMISE = re.compile(
    r"\b(?:i'?ll|ill|i will|let'?s|lets|can we|could we|we can|we'?ll|i'?m going to|"
    r"i want to|i promise to|i'?ll be)\s+(?:\w+\s+){0,3}?(?:come back|be back|talk|"
    r"pick (?:this|it) up|continue|finish|revisit|call you|text you|get back)\b"
    r"[^.!?\n]{0,40}?\b(?:later|tonight|tomorrow|in the morning|after|when|once|soon|"
    r"in (?:\d+|a|an|ten|twenty|thirty|fifteen|five|half|a few|a couple))\b"
    r"|\bin (?:\d+|ten|twenty|thirty|fifteen|five|half an|a few|a couple of) "
    r"(?:min|mins|minutes|hour|hours)\b"
    r"|\b(?:once|when|after) i(?:'ve| have|ve)? (?:calmed|cooled|calm|cool)\b"
)

# Affection or a plain "only joking" marks teasing ("haha you idiot 😂 love you"). Laughter
# alone does not: "haha you're pathetic" is still contempt. Only the sentence holding the
# words and the one after it count, not a "love you" somewhere else in the message.
_PLAYFUL = re.compile(
    r"\b(?:love (?:you|ya|u)|luv (?:you|ya|u)|ily|jk|just kidding|only joking|just joking|"
    r"kidding)\b|[\U0001f602\U0001f923\U0001f61c\U0001f61d\U0001f618\U0001f970\u2764\U0001f60d\U0001f609\U0001f606\U0001f604\U0001f601\U0001f495\U0001f496]"
    r"|\bx+\s*$|\bxx+\b"
)
# Said beside a laugh, these say it is no joke ("you never listen 😂 it's infuriating"), and
# "I'm not kidding" must not pass for "kidding", nor "no one will ever love you" for "love you".
_NOT_JOKING = re.compile(
    r"\b(?:infuriating|sick of|tired of|fed up|not funny|not joking|not kidding|no joke|"
    r"i mean it|i'?m serious|dead serious|"
    r"seriously|so done|hate (?:it|that|this|you))\b|\blove (?:you|u|ya),? but\b"
    r"|\b(?:no ?one|nobody|no1)\b[^.!?\n]{0,30}\b(?:love|luv|want) (?:you|u|ya)\b"
)
# Words too cutting to be teasing, whatever comes with them.
_NEVER_PLAYFUL = re.compile(
    r"\b(?:pathetic|disgusting|worthless|waste of|vile|repulsive|revolting|scum|whore|slut|"
    r"piece of|failure|disgrace|beneath me)\b"
)


_TRIM = " \t\n\r.,;:!?-" + '"'
_ATTACKS = frozenset(HARMFUL_KINDS) - {"trump_card"}
_POSITIVE = frozenset(POSITIVE_KINDS)
_YOU = re.compile(r"\b(?:your|ur|you|u)\b")
_POINTER = re.compile(
    r"\b(?:(?:after|remember|since|says the|about|with) (?:the |your |ur |that |all that |what "
    r"happened with |what happened in )?|(?:a |the |your |ur )?(?:second|secret|other|hidden|"
    r"burner|whole) )$"
)

_TRUMP_WORDS = (
    "Bringing back something you've already forgiven can make it feel like forgiveness "
    "wasn't real, and it pulls the old hurt into a new argument.",
    "If the old hurt is still with you, it's okay to say so on its own, calmly: 'I'm "
    "still hurting about ... can we talk about it?'",
)


# The learned layer reads after the rules, on messages of eight words or more
# (learned.MIN_WORDS), unless AMENDS_COACH_LEARNED=0. It finds more of what hurts; it stays
# quiet where someone takes responsibility and the rules see no harm (OWNING_UP_GUARD), as a
# hand on the shoulder as someone tells the truth is the worst mistake the coach can make. On
# an everyday set of people owning up, written for the decision, it then raised no more false
# alarms than the rules alone (docs/decisions.md, 1 December 2026, "The layer is back on").
LEARNED_ON = os.environ.get("AMENDS_COACH_LEARNED", "1") != "0"


def analyze(text: str, forgiven_breaches: Sequence[str] = ()) -> Analysis:
    """Find the hurtful and the helpful patterns in `text` and score it as an apology.

    Never raises for any `str` input; a non-str `text` raises TypeError.
    """
    return _analyze(text, forgiven_breaches, use_learned=LEARNED_ON)


def analyze_with_learned(text: str, forgiven_breaches: Sequence[str] = ()) -> Analysis:
    """The rules and the learned layer (for measuring it, and where it is turned on)."""
    return _analyze(text, forgiven_breaches, use_learned=True)


def analyze_rules(text: str, forgiven_breaches: Sequence[str] = ()) -> Analysis:
    """The rules alone, without the learned layer (for training and comparison)."""
    return _analyze(text, forgiven_breaches, use_learned=False)


def _analyze(text: str, forgiven_breaches: Sequence[str], use_learned: bool) -> Analysis:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if isinstance(forgiven_breaches, str):
        forgiven_breaches = (forgiven_breaches,)
    if not text:
        return Analysis(text=text)
    low, spans = expand(normalise(text))
    masked = mask(low)

    flags: list[Flag] = []
    parts: list[tuple[str, int, int]] = []
    ready = rules()
    n_rule_kinds = ready.n_rule_kinds
    for k, idx, m_start, m_end in ready.matcher.scan(masked):
        if k >= n_rule_kinds:
            parts.append((ready.components[k - n_rule_kinds], m_start, m_end))
            continue
        kind, kind_rules, not_after = ready.kind_rules[k]
        rule = kind_rules[idx]
        start, end = _trim(masked, m_start, m_end)
        if start >= end:
            continue
        if (rule.playful_ok or kind in _PERSONAL) and _playful(masked, start, end):
            continue
        if rule.negatable and _NEGATED.search(clause_prefix(masked, start)):
            continue
        if (kind in _PERSONAL or rule.target) and _aimed_elsewhere(masked, start, end):
            continue
        guard = not_after[idx]
        if guard is not None and guard.search(masked[max(0, start - 30) : start]):
            continue
        flags.append(Flag(kind, start, end, rule.explanation, rule.suggestion, rule.id))

    if any(f.kind == "stonewalling" for f in flags) and _RETURN_PROMISE.search(masked):
        flags = [f for f in flags if f.kind != "stonewalling"]

    if forgiven_breaches:
        flags.extend(_trump_cards(masked, forgiven_breaches, flags))

    flags = _dedupe(_drop_sarcastic_positives(masked, flags))
    components = find_components(masked, parts)
    if use_learned and not (OWNING_UP_GUARD and _owning_up(components, flags)):
        flags = _dedupe(flags + _learned(masked, {f.kind for f in flags}))
    flags = _whole_phrases(masked, flags)
    if not spans.identity:
        flags = [_moved(f, *spans.back(f.start, f.end)) for f in flags]
    kinds = {f.kind for f in flags}
    if "responsibility" in kinds:
        components.add("responsibility")
    return Analysis(text=text, flags=flags, apology=score(components, kinds))


OWNING_UP_GUARD = True  # a switch only for measuring the guard (docs/decisions.md)
_HARMFUL = frozenset(HARMFUL_KINDS)


def _owning_up(components: set[str], flags: list[Flag]) -> bool:
    """Someone taking responsibility, with no harm the rules can see: the learned layer
    stays quiet, as a wrong word to someone telling the truth costs the most."""
    kinds = {f.kind for f in flags}
    if kinds & _HARMFUL:
        return False
    return "responsibility" in kinds or "responsibility" in components


# The learned layer explains a kind in the same words as the rules of that kind.
_LEARNED_SAYS = {
    "criticism": "trait",
    "contempt": "mock",
    "defensiveness": "not_my_fault",
    "stonewalling": "shutdown",
    "gaslighting": "doubt_mind",
    "blame_shifting": "blame",
    "threat": "threat",
}


def _learned(masked: str, found: set[str]) -> list[Flag]:
    out: list[Flag] = []
    for kind, s_start, s_end, _p in learned.propose(masked, found):
        start, end = _trim(masked, s_start, s_end)
        if start >= end or kind not in _LEARNED_SAYS:
            continue
        # The rules' guards hold for the learned layer too: plain teasing, an attack
        # aimed at someone else ("the ref gave a penalty. pathetic."), and words said
        # after "I'm not saying ..." are not the writer attacking their partner.
        if kind in _PERSONAL and (
            _playful(masked, start, end) or _aimed_elsewhere(masked, start, end)
        ):
            continue
        if _NEGATED.search(clause_prefix(masked, start)):
            continue
        explanation, suggestion = WORDING[_LEARNED_SAYS[kind]]
        out.append(Flag(kind, start, end, explanation, suggestion, learned.LEARNED_ID))
    return out


def _moved(f: Flag, start: int, end: int) -> Flag:
    return Flag(f.kind, start, end, f.explanation, f.suggestion, f.rule_id)


# The target guard. An attack on a person ("pathetic", "useless, as usual") with no "you"
# in its words is aimed at the partner only when nobody else is named around it: "the ref
# was a joke. pathetic." is not about them.
_PERSONAL = frozenset({"criticism", "contempt"})
_SECOND = re.compile(r"\b(?:you|u|ya|your|ur|you're|youre|yours|yourself|you've|you'd|you'll)\b")
_THIRD = re.compile(
    r"\b(?<!says )(?:he|she|they|him|them|he's|she's|they're|hes|shes|theyre|i'm|im|i am|i was|"
    r"(?:my|the|that|this|those|these) (?:mum|mom|mother|dad|father|boss|"
    r"sister|brother|friend|friends|colleague|coworker|manager|teacher|kids?|son|daughter|"
    r"ref|referee|team|film|movie|show|game|match|government|neighbou?rs?|landlord|guy|"
    r"man|woman|girl|bloke|waiter|driver|ex|cat|dog|parents|family|doctor|dentist|"
    r"company|bank|council|service|app|phone|weather|traffic|train|bus|flight|restaurant|"
    r"meal|food|book|song|news|people|politicians?|president|prime minister))\b"
)


def _aimed_elsewhere(masked: str, start: int, end: int) -> bool:
    if _SECOND.search(masked, start, end):
        return False
    s_start, s_end = sentence_bounds(masked, start)
    prev = sentence_bounds(masked, s_start - 2)[0] if s_start > 1 else s_start
    around = masked[prev:s_end]
    return _SECOND.search(around) is None and _THIRD.search(around) is not None


def _playful(masked: str, start: int, end: int) -> bool:
    if _NEVER_PLAYFUL.search(masked, start, end):
        return False
    s_start, s_end = sentence_bounds(masked, start)
    if s_end < len(masked):
        s_end = sentence_bounds(masked, s_end)[1]
    around = masked[s_start:s_end]
    return _PLAYFUL.search(around) is not None and _NOT_JOKING.search(around) is None


def _drop_sarcastic_positives(masked: str, flags: list[Flag]) -> list[Flag]:
    """Kind words in the same sentence as mockery are sarcasm ("oh poor you, it must be
    so hard"); and a trump card already explains its own "at least I didn't ..."."""
    mocking = [sentence_bounds(masked, f.start) for f in flags if f.kind == "contempt"]
    trumps = [sentence_bounds(masked, f.start) for f in flags if f.kind == "trump_card"]
    if not mocking and not trumps:
        return flags
    kept: list[Flag] = []
    for f in flags:
        if f.kind in _POSITIVE and any(s <= f.start < e for s, e in mocking):
            continue
        if (
            f.kind == "defensiveness"
            and masked.startswith("at least", f.start)
            and any(s <= f.start < e for s, e in trumps)
        ):
            continue
        kept.append(f)
    return kept


# Words a shown phrase must not end on: "Calm down, you" or "your emotional" read as a
# fragment, so the span runs on to the end of the clause.
_DANGLING_WORDS = (
    "you u ya your ur you're youre yours it its it's that that's this these those the a an "
    "my our his her their to of for with about at in on and or but so because if when as "
    "is are was were be being been am i i'm im me we he she they not no very really just "
    "too such more most than like do does did have has had can could would should will "
    "emotional"
)
_DANGLING = frozenset(_DANGLING_WORDS.split())
_CLAUSE_END = re.compile(r"[.!?;,:\n]|\s(?:but|and|because|so)\s")
_LAST_WORD = re.compile(r"[\w']+$")


def _whole_phrase(s: str, start: int, end: int) -> int:
    """Where a flag's words should end so that they read as a whole phrase.

    The clause runs on after the match: to its end when only a few words are left ("you
    never listen" + " to me"), or when the match stops on a word that leaves it hanging
    ("calm down, you" + " are overreacting"), up to 60 characters.
    """
    m = _CLAUSE_END.search(s, end)
    clause_end = m.start() if m else len(s)
    rest = s[end:clause_end]
    if not rest.strip() or MASK_CHAR in rest:
        return end
    last = _LAST_WORD.search(s, start, end)
    hanging = last is not None and last.group().lower() in _DANGLING
    short = len(rest) <= 25 and len(re.findall(r"\w+", rest)) <= 3
    if not (hanging or short):
        return end
    if clause_end - end > 60:
        cut = s.rfind(" ", end, end + 60)
        clause_end = cut if cut > end else end
    return _trim(s, start, clause_end)[1]


def _whole_phrases(masked: str, flags: list[Flag]) -> list[Flag]:
    """Each flag's words run on to a whole phrase, but never into the next flag of its kind
    (so two findings stay two)."""
    out: list[Flag] = []
    for i, f in enumerate(flags):
        end = _whole_phrase(masked, f.start, f.end)
        if end == f.end:
            out.append(f)
            continue
        nxt = min(
            (g.start for g in flags[i + 1 :] if g.kind == f.kind and g.start >= f.end), default=end
        )
        end = max(f.end, _trim(masked, f.start, min(end, nxt))[1])
        out.append(_moved(f, f.start, end))
    return out


def _trim(s: str, start: int, end: int) -> tuple[int, int]:
    while start < end and s[start] in _TRIM:
        start += 1
    while end > start and s[end - 1] in _TRIM:
        end -= 1
    return start, end


def _dedupe(flags: list[Flag]) -> list[Flag]:
    flags.sort(key=lambda f: (f.start, -f.end))
    kept: list[Flag] = []
    last_end: dict[str, int] = {}
    for f in flags:
        if f.start < last_end.get(f.kind, -1):
            continue
        kept.append(f)
        last_end[f.kind] = f.end
    return kept


def _trump_cards(masked: str, forgiven: Sequence[str], flags: list[Flag]) -> list[Flag]:
    found: list[Flag] = []
    done_sentences: set[int] = set()
    direct = breaches.find_mentions(masked, forgiven)
    indirect = [
        span
        for span in breaches.find_indirect(masked)
        if not any(s < span[1] and span[0] < e for s, e in direct)
    ]
    jabs = [
        span
        for span in breaches.find_jabs(masked)
        if not any(s < span[1] and span[0] < e for s, e in direct + indirect)
    ]
    for start, end, named in sorted(
        [(s, e, True) for s, e in direct]
        + [(s, e, False) for s, e in indirect]
        + [(s, e, None) for s, e in jabs]
    ):
        s_start, s_end = sentence_bounds(masked, start)
        if s_start in done_sentences:
            continue
        # Step back over "??" or "!!" so the sentence before is the words, not a mark.
        back = s_start - 1
        while back > 0 and masked[back] in ".!?\n ":
            back -= 1
        prev_start = sentence_bounds(masked, back)[0] if s_start > 0 else s_start
        next_end = sentence_bounds(masked, s_end)[1] if s_end < len(masked) else s_end
        # "Remember Chris? Yeah. You have no right.": a one-word sentence in between doesn't
        # end the thought, so look one sentence further.
        if next_end < len(masked) and len(masked[s_end:next_end].strip(" .!?\n")) <= 8:
            next_end = sentence_bounds(masked, next_end)[1]
        sentence = masked[s_start:s_end]
        context = masked[prev_start:next_end]
        attacking = any(
            f.kind in _ATTACKS and f.start < next_end and f.end > prev_start for f in flags
        )
        if (
            named
            and not attacking
            and breaches.owned_by_writer(masked[max(s_start, start - 30) : start])
        ):
            continue  # the writer owning their own breach, not scoring a point
        if named is None and not breaches.is_weaponised_indirect(context, True):
            continue  # a jab is its own weapon; only a calm wish to talk undoes it
        if (
            named
            and not breaches.is_weaponised(sentence, context, attacking)
            and not breaches.is_after_jab(
                masked[max(s_start, start - 30) : start], sentence, context
            )
        ):
            continue
        if named is False:
            blanked = masked[prev_start:start] + " " * (end - start) + masked[end:next_end]
            if not breaches.is_weaponised_indirect(blanked, attacking):
                continue
        # Point at "what you did with Chris", not just "Chris", when it is right there.
        lead = masked[max(s_start, start - 25) : start]
        yous = list(_YOU.finditer(lead))
        span_start = start - len(lead) + yous[-1].start() if yous and named else start
        pointer = _POINTER.search(lead)
        if pointer is not None and named:  # "after the affair", "remember 2022", "says the cheat"
            span_start = max(span_start, start - len(lead) + pointer.start())
            if not yous:
                span_start = start - len(lead) + pointer.start()
        span_start, span_end = _trim(masked, span_start, end)
        if span_start < span_end:
            done_sentences.add(s_start)
            found.append(
                Flag("trump_card", span_start, span_end, *_TRUMP_WORDS, "trump_card.breach")
            )
    return found
