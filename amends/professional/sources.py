"""Where homework comes from: an exercise of the program, a step of the repair path, or the
professional's own words. A source is stored as "program:<slug>", "step:<key>" or "own"."""

from amends.core.errors import ActionRefused
from amends.program.models import Exercise
from amends.repair.selectors import STEP_TEXT

OWN = "own"
# The safety questions are each partner's own, asked by the product; never set as homework.
STEP_KEYS = tuple(k for k in STEP_TEXT if k != "safety")


def source_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The choices, grouped, for a select: the program's exercises by week, the path's steps."""
    exercises = Exercise.objects.select_related("module__week").order_by(
        "module__week__number", "module__order", "order", "pk"
    )
    program = [(f"program:{e.slug}", f"Week {e.module.week.number}: {e.title}") for e in exercises]
    steps = [(f"step:{k}", STEP_TEXT[k][0]) for k in STEP_KEYS]
    groups = [("Your own words", [(OWN, "Something in your own words (write it below)")])]
    if program:
        groups.append(("From the 12-week program", program))
    groups.append(("A step of their path", steps))
    return groups


def resolve_source(source: str, words: str) -> str:
    """The homework's title for this source, or a refusal."""
    if source == OWN:
        if not words:
            raise ActionRefused("Please write what you would like them to try.", code="invalid")
        return words.splitlines()[0][:120]
    kind, _, key = source.partition(":")
    if kind == "step" and key in STEP_KEYS:
        return STEP_TEXT[key][0]
    if kind == "program":
        exercise = Exercise.objects.filter(slug=key).first()
        if exercise is not None:
            return exercise.title
    raise ActionRefused("Please choose one of the exercises offered.", code="invalid")


def source_link(source: str) -> tuple[str, str] | None:
    """(url name, argument kind) for where the partner does this homework, or None."""
    kind, _, key = source.partition(":")
    if kind == "step" and key in STEP_KEYS:
        return ("path_list", "")
    if kind == "program":
        return ("program_home", "")
    return None


def source_prompt(source: str) -> str:
    """The product's own words about this exercise (shown under the title)."""
    kind, _, key = source.partition(":")
    if kind == "step" and key in STEP_KEYS:
        return STEP_TEXT[key][1]
    if kind == "program":
        exercise = Exercise.objects.filter(slug=key).only("prompt").first()
        return exercise.prompt if exercise else ""
    return ""
