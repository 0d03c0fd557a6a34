"""What each person did, said in plain sentences for the Progress page: what happened, never
a score or a tally of zeros. Pure: counts in, words out."""

from typing import TYPE_CHECKING

from amends.core.plainwords import counted, in_words, listed, sentence

if TYPE_CHECKING:
    from .selectors import AttemptCounts, Progress, PromiseCounts


def what_you_did(p: "Progress", *, partner: str) -> list[tuple[str, str]]:
    """(heading, sentences) for each kind of thing done; "" when there is nothing yet."""
    attempts = " ".join(
        t
        for t in (
            attempts_i_offered(p.offered, partner=partner),
            attempts_offered_to_me(p.offered_to_me, partner=partner),
        )
        if t
    )
    return [
        ("Promises you made", promises_i_made(p.promises, partner=partner if p.partner else None)),
        ("Repair attempts", attempts),
    ]


def _answers(c: "AttemptCounts") -> list[str]:
    """How the attempts were answered: "accepted one", "said no to it" (one attempt: "it")."""
    said = []
    for n, verb in (
        (c.accepted, "accepted"),
        (c.not_ready, 'said "not ready yet" to'),
        (c.declined, "said no to"),
    ):
        if n:
            said.append(f"{verb} {'it' if c.offered == 1 else in_words(n)}")
    return said


def attempts_i_offered(c: "AttemptCounts", *, partner: str) -> str:
    """The repair attempts this person offered, and how they were answered."""
    if not c.offered:
        return ""
    text = f"You have offered {counted(c.offered, 'repair attempt')}."
    if said := _answers(c):
        text += " " + sentence(f"{partner} {listed(said)}")
    if c.waiting:
        text += " " + (
            "It has no answer yet."
            if c.offered == 1
            else sentence(
                f"{in_words(c.waiting)} {'has' if c.waiting == 1 else 'have'} no answer yet"
            )
        )
    return text


def attempts_offered_to_me(c: "AttemptCounts", *, partner: str) -> str:
    """The repair attempts offered to this person, and how they answered. No hurry."""
    if not c.offered:
        return ""
    text = f"{partner} has offered you {counted(c.offered, 'repair attempt')}."
    if said := _answers(c):
        text += " " + sentence(f"you {listed(said)}")
    if c.waiting:
        text += " " + (
            "It has no answer from you yet, and there is no hurry."
            if c.offered == 1
            else sentence(
                f"{in_words(c.waiting)} {'has' if c.waiting == 1 else 'have'} no answer from "
                "you yet, and there is no hurry"
            )
        )
    return text


def promises_i_made(c: "PromiseCounts", *, partner: str | None) -> str:
    """The promises this person made, and the days each of them noted."""
    if not c.promises:
        return ""
    text = f"You have made {counted(c.promises, 'promise')}."
    if not c.noted:
        return f"{text} No days have been noted yet."
    mine = _noted("You", c.kept_by_me, c.broken_by_me)
    theirs = _noted(partner, c.kept_by_partner, c.broken_by_partner) if partner else ""
    return " ".join(t for t in (text, mine, theirs) if t)


def _noted(who: str, kept: int, broken: int) -> str:
    if not kept and not broken:
        return ""
    days = listed(
        [
            f"{counted(kept, 'day')} as kept" if kept else "",
            f"{counted(broken, 'day') if not kept else in_words(broken)} as not kept"
            if broken
            else "",
        ]
    )
    return sentence(f"{who} noted {days}")
