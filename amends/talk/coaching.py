"""The coach inside the app: which words to show, and the forgiven breaches to pass in.

The analyser itself (amends.coach) is pure Python and knows nothing of spaces; this module
gives it the space's forgiven breaches, as the viewer may see them, and shapes its findings
for templates. It advises only: nothing here can stop a message from being sent.
"""

from dataclasses import dataclass

from amends.accounts.models import User
from amends.coach import Analysis, Flag, analyze
from amends.core.limits import LONG_TEXT_MAX
from amends.spaces.selectors import SpaceRoles

KIND_NAMES = {
    "criticism": "Sounds like a judgement of who they are",
    "contempt": "May land as contempt",
    "defensiveness": "May sound defensive",
    "stonewalling": "May feel like a closed door",
    "gaslighting": "May make them doubt what they saw or felt",
    "blame_shifting": "May put the blame on them",
    "threat": "May feel like a threat",
    "trump_card": "Brings back something forgiven",
    "i_statement": "Speaks from your side",
    "responsibility": "Takes responsibility",
    "repair_attempt": "Reaches out to repair",
    "validation": "Shows you understand",
}


@dataclass(frozen=True)
class Segment:
    text: str
    flag: Flag | None = None


@dataclass(frozen=True)
class Feedback:
    analysis: Analysis
    segments: list[Segment]
    harmful: list[tuple[Flag, str, str]]  # (flag, its words, a plain name)
    positive: list[tuple[Flag, str, str]]

    @property
    def has_harmful(self) -> bool:
        return bool(self.harmful)

    @property
    def carries_threat(self) -> bool:
        return any(f.kind == "threat" for f, _, _ in self.harmful)


def forgiven_breaches(*, viewer: User, roles: SpaceRoles) -> list[str]:
    from amends.repair.selectors import forgiven_breach_descriptions

    return forgiven_breach_descriptions(viewer=viewer, roles=roles)


def feedback_for(*, text: str, viewer: User, roles: SpaceRoles) -> Feedback:
    text = text[:LONG_TEXT_MAX]
    analysis = analyze(text, forgiven_breaches(viewer=viewer, roles=roles))
    return _shape(text, analysis)


def _shape(text: str, analysis: Analysis) -> Feedback:
    harmful = sorted(analysis.harmful, key=lambda f: f.start)
    segments: list[Segment] = []
    cursor = 0
    for flag in harmful:
        if flag.start < cursor:
            continue  # overlapping findings: highlight the first, list both
        segments.append(Segment(text[cursor : flag.start]))
        segments.append(Segment(text[flag.start : flag.end], flag))
        cursor = flag.end
    segments.append(Segment(text[cursor:]))

    def named(flags: list[Flag]) -> list[tuple[Flag, str, str]]:
        return [(f, text[f.start : f.end], KIND_NAMES.get(f.kind, f.kind)) for f in flags]

    return Feedback(analysis, segments, named(harmful), named(analysis.positive))
