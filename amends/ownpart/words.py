"""The words of the reflections: each prompt's question and a little help, said once."""

from dataclasses import dataclass

from .models import Prompt


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    question: str
    help: str


STEPS: tuple[Step, ...] = (
    Step(
        Prompt.FEEL,
        "What I feel",
        "What do you feel when you think about what you did?",
        "Shame often says \u201cI am a bad person\u201d. Guilt says \u201cI did something "
        "that hurt someone\u201d. Both can be here. Name what is there, without judging it: "
        "it is the start, not the whole story.",
    ),
    Step(
        Prompt.DID,
        "What I did",
        "What did you do? Say it plainly, in your own words.",
        "Try it without \u201cbut\u201d and without \u201cbecause you\u201d. The reasons may "
        "matter later; here, just what you did, and that you chose it.",
    ),
    Step(
        Prompt.COST,
        "What it cost them",
        "What has it cost your partner? Think of their days, their sleep, their trust, the "
        "way they see themselves.",
        "This is hard to look at. You do not need to have it all right: they may tell you "
        "more in their own time.",
    ),
    Step(
        Prompt.DOING,
        "What I am doing about it",
        "What are you doing, and what will you do, so that it does not happen again?",
        "Small and specific is better than big and vague: a thing you will do this week.",
    ),
    Step(
        Prompt.HELP,
        "What I need help with",
        "Where do you need help, and who could give it?",
        "Nobody does this alone. Your own counsellor or therapist, a group for people working "
        "on the same thing, a friend who knows: these are places for the weight that is "
        "yours to carry, so your partner does not have to hold it too.",
    ),
)

BY_KEY = {s.key: s for s in STEPS}
