"""POST /coach/analyze: the local analyser, advising only. Text never leaves the server."""

from django.http import HttpRequest
from ninja import Field, Router, Schema

from amends.coach import analyze
from amends.spaces.selectors import space_for_member_or_404
from amends.talk.coaching import forgiven_breaches

from ..auth import caller
from ..common import ERRORS
from ..schemas import LongTextOrEmpty, PublicIdIn

router = Router()


class AnalyzeIn(Schema):
    text: LongTextOrEmpty
    space_id: PublicIdIn | None = Field(
        None,
        description="Optional. With a space you are in, the breaches forgiven there (as you "
        "may see them) are passed to the coach, so a trump card can be recognised.",
    )


class FlagOut(Schema):
    kind: str
    start: int
    end: int
    words: str
    explanation: str
    suggestion: str | None
    harmful: bool


class ApologyOut(Schema):
    components: list[str]
    score: float


class AnalyzeOut(Schema):
    flags: list[FlagOut]
    apology: ApologyOut
    harmful: bool


@router.post("/analyze", response={200: AnalyzeOut, **ERRORS}, operation_id="coach_analyze")
def analyze_text(request: HttpRequest, payload: AnalyzeIn) -> dict[str, object]:
    """Flags (with their span, why, and a gentler way to say it) and the apology's parts."""
    me = caller(request)
    forgiven: list[str] = []
    if payload.space_id is not None:
        _, roles = space_for_member_or_404(user=me, space_id=payload.space_id)
        forgiven = forgiven_breaches(viewer=me, roles=roles)
    analysis = analyze(payload.text, forgiven)
    return {
        "flags": [
            {
                "kind": f.kind,
                "start": f.start,
                "end": f.end,
                "words": payload.text[f.start : f.end],
                "explanation": f.explanation,
                "suggestion": f.suggestion,
                "harmful": f.harmful,
            }
            for f in analysis.flags
        ],
        "apology": {
            "components": list(analysis.apology.components),
            "score": analysis.apology.score,
        },
        "harmful": bool(analysis.harmful),
    }
