from django import template

from amends.afterwards.models import Part, PartKind

register = template.Library()

LABELS = (
    ("feelings", "What I felt"),
    ("realities", "How it was for me"),
    ("touched", "What it touched in me"),
    ("own_part", "My own part"),
    ("differently", "One thing I would do differently"),
)
TEXT_LABELS = {
    PartKind.VULNERABLE: "What made us vulnerable",
    PartKind.COMFORT_ASK: "The comfort I needed",
    PartKind.COMFORT_ANSWER: "The answer",
}


@register.filter
def part_words(part: Part) -> list[tuple[str, str]]:
    """A part's words, each with its prompt; empty prompts left out."""
    if part.kind == PartKind.BETWEEN_US:
        return [(label, getattr(part, name)) for name, label in LABELS if getattr(part, name)]
    return [(TEXT_LABELS.get(PartKind(part.kind), ""), part.text)] if part.text else []
