"""The words for each step's state (see `pathstate`): one table, plain words, no Django.

`WORDS[step][reason]` is what a step says, either the same for everyone or per role
("hurt", "injuring", "professional"). A closed step says why, from `CLOSED` (the commitments
have words of their own; `CLOSED_SHORT` in a list of steps). `ASIDES` are sentences added
after them. Placeholders:

  {partner}   the other partner of the path, by name ("Your partner" when not in Amends);
  {hurt}      the partner who was hurt (for a professional);
  {label}     the decision as the viewer sees it; {shown_label} what the other partner sees;
  {version}   the latest statement version the viewer may see;
  {questions_waiting}, {attempts_offered}, {attempts_unanswered}, {promises},
  {reflections}: counts with their nouns ("1 question", "2 attempts offered").

No words here say "Waiting for you": the pages add that mark to a step waiting on the viewer.
Words a professional reads never say that something was not done: only what was shared
with them, and that the step may be further along.
"""

from collections.abc import Mapping
from typing import Any

from .pathstate import (
    COMMITMENTS_MISSING,
    DECIDED_NO,
    MAYBE_MORE,
    NOTHING_SHARED,
    ONLY_YOU,
    PARTNER_MISSING,
    PARTNER_SEES_DECIDING,
    PARTNER_SEES_EARLIER,
    StepState,
)

Words = str | Mapping[str, str]

NOTHING = "Nothing shared with you yet."

WORDS: dict[str, dict[str, Words]] = {
    "safety": {
        "checked": "Done. Only you can see this.",
        "not_checked": "A few private questions.",
    },
    "decision": {
        "decided": "You chose: {label}.",
        "yours_to_make": "Take the time you need. Nobody else can make this decision.",
        "partner_shared": {
            "injuring": "{partner} shared: {label}.",
            "professional": "{hurt} shared with you: {label}.",
        },
        "partner_deciding": "{partner} is deciding. This is theirs to decide.",
        "deciding_again": {
            "injuring": "{partner} has taken back their decision and is deciding again. "
            "This is theirs to decide.",
            "professional": "{hurt} has taken back their decision and is deciding again.",
        },
        NOTHING_SHARED: NOTHING,
        PARTNER_MISSING: "This decision is your partner's to make, and they are not in this "
        "space now.",
    },
    "commitments": {
        "both": "You have both committed.",
        "neither_yet": "Neither of you has written one yet.",
        "partner_written": "{partner} has written theirs.",
        "waiting_for_partner": "Waiting for {partner}.",
        "yours_alone": "You can write yours now. Theirs can follow only when your partner is "
        "in this space.",
        PARTNER_MISSING: "You have written yours. Theirs can follow only when your partner is "
        "in this space.",
        "both_shared": "Both commitments are shared with you.",
        "some_shared": "One commitment is shared with you.",
        NOTHING_SHARED: NOTHING,
    },
    "reflection": {
        "written": "You have written {reflections}. Private unless you share one.",
        "not_yet": "Private prompts, by feeling.",
    },
    "accountability": {
        "complete": "Felt complete.",
        "not_written": "Not written yet.",
        "awaiting_answer": "Version {version} is waiting for an answer.",
        "something_missing": "Something is missing; a new version can follow.",
        NOTHING_SHARED: NOTHING,
    },
    "questions": {
        "no_more_questions": "No more questions for now.",
        "waiting_answers": "{questions_waiting} waiting for an answer.",
        "all_answered": {
            "hurt": "Every question so far has an answer.",
            "injuring": "Every question so far has an answer.",
            "professional": "The questions shared with you have answers.",
        },
        "none_asked": {
            "hurt": "Ask what you need to know, when you are ready.",
            "injuring": "No questions yet.",
        },
        NOTHING_SHARED: NOTHING,
    },
    "impact": {
        "written": "Written.",
        "not_written": "Not written yet.",
        NOTHING_SHARED: NOTHING,
    },
    "attempts": {
        "all_answered": "{attempts_offered}, each with an answer.",
        "some_unanswered": "{attempts_offered}, {attempts_unanswered} not answered yet.",
        "none_yet": "No attempts yet.",
        NOTHING_SHARED: NOTHING,
    },
    "promises": {
        "made": "{promises}.",
        "none_yet": "No promises yet.",
        NOTHING_SHARED: NOTHING,
    },
    "forgiveness": {
        "written": "Written.",
        "when_true": "Only when, and if, it is true.",
        NOTHING_SHARED: NOTHING,
    },
    "outcome": {
        "both": {
            "hurt": "You have both said where you stand.",
            "injuring": "You have both said where you stand.",
            "professional": "Both have shared where they stand with you.",
        },
        "yours_recorded": "You have said where you stand.",
        "when_ready": "When you are ready.",
        "one_shared": "One of them has shared where they stand with you.",
        NOTHING_SHARED: NOTHING,
    },
}

# Why a joint step is closed, in the words of the partner who reads it.
CLOSED: dict[str, Words] = {
    PARTNER_MISSING: "This step needs both of you in this space, and your partner is not here now.",
    DECIDED_NO: {
        "hurt": "You shared that you do not want to rebuild, so this step is closed. That is "
        "yours to decide; it opens again only if you share a new decision.",
        "injuring": "{partner} has decided not to rebuild, so this step is closed. It is "
        "theirs to decide. You can still read everything here, and say where you stand in "
        "the last step.",
    },
    COMMITMENTS_MISSING: "This step opens once you have both written your commitment.",
}

# The same, short, for the list of steps (the path's page and its overview).
CLOSED_SHORT: dict[str, Words] = {
    PARTNER_MISSING: "Needs both of you in this space.",
    DECIDED_NO: {
        "hurt": "Closed: you shared that you do not want to rebuild.",
        "injuring": "Closed: {partner} has decided not to rebuild.",
    },
    COMMITMENTS_MISSING: "Opens once you have both written your commitment.",
}

ASIDES: dict[str, str] = {
    ONLY_YOU: "Only you can see it.",
    PARTNER_SEES_EARLIER: "{partner} still sees the one you shared: {shown_label}.",
    PARTNER_SEES_DECIDING: "{partner} sees that you are deciding again.",
    MAYBE_MORE: "This step may be further along than what has been shared with you.",
}


def _pick(words: Words, role: str) -> str:
    if isinstance(words, str):
        return words
    return words[role]


# Who, when a name is not known (a partner who is not in Amends).
UNNAMED = {"partner": "your partner", "hurt": "the partner who was hurt"}


def _fill(text: str, params: Mapping[str, Any]) -> str:
    for key, unnamed in UNNAMED.items():
        if not params.get(key) and text.startswith("{%s}" % key):  # noqa: UP031
            text = unnamed[0].upper() + unnamed[1:] + text[len(key) + 2 :]
    return text.format_map(_Params({k: v for k, v in params.items() if v not in (None, "")}))


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return UNNAMED.get(key, "")


def closed_words(reason: str, role: str, **params: Any) -> str:
    """Why a joint step is closed, for a partner in this role (also the services' refusal)."""
    return _fill(_pick(CLOSED[reason], role), params)


def step_words(step: StepState, role: str, *, long: bool = False, **params: Any) -> str:
    """What a step says about where it is, with its asides: short, for a list of steps, or
    `long` for the step's own page (a closed step says why in a whole sentence there)."""
    table = WORDS[step.key]
    if step.reason in table:
        main = _fill(_pick(table[step.reason], role), params)
    elif long:
        main = closed_words(step.reason, role, **params)
    else:
        main = _fill(_pick(CLOSED_SHORT[step.reason], role), params)
    asides = [_fill(ASIDES[a], params) for a in step.asides]
    return " ".join([main, *asides])
