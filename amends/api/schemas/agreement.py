"""The shapes of our agreement, read from what amends.agreement.selectors and services
return: a round's state, behaviours, the reveal's rows, versions and their page."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from ninja import Field, Schema

from amends.agreement.models import Stance

from . import LongText, LongTextOrEmpty, Person, Public, PublicIdIn, ShortText, ShortTextOrEmpty

BehaviourId = PublicIdIn
MAX_ITEMS = 1000


class RoundOut(Schema):
    number: int
    is_open: bool
    answered: int = Field(description="How many you have answered (yours only).")
    total: int
    finished: bool


class AgreementOut(Schema):
    round: RoundOut
    revealed_round: int | None
    signed_version_id: UUID | None
    open_version_id: UUID | None
    has_versions: bool


class BehaviourOut(Public):
    # Read from a Behaviour with `my_answer` (the caller's answer, set by the router).

    group: str
    wording: str
    custom: bool
    my_answer: str = Field(description="Your answer in the open round, or ''.")

    @staticmethod
    def resolve_custom(obj: Any) -> bool:
        return bool(obj.is_custom)

    @staticmethod
    def resolve_my_answer(obj: Any) -> str:
        return getattr(obj, "my_answer", "")


class BehaviourIn(Schema):
    wording: ShortText
    group: Annotated[str, Field(max_length=20)]


class RatingIn(Schema):
    behaviour_id: BehaviourId
    stance: Stance


class RatingsIn(Schema):
    answers: list[RatingIn] = Field(min_length=1, max_length=MAX_ITEMS)


class RatingsOut(Schema):
    saved: int
    revealed: bool


class _OfBehaviour(Schema):
    # A row about one behaviour (a reveal row, a term): its id and wording from it.

    @staticmethod
    def resolve_behaviour_id(obj: Any) -> Any:
        return obj.behaviour.uid

    @staticmethod
    def resolve_wording(obj: Any) -> str:
        return str(obj.behaviour.wording)


class RevealRowOut(_OfBehaviour):
    behaviour_id: UUID
    wording: str
    mine: str
    theirs: str
    kind: str
    gap: int
    prompt: str


class RevealOut(Schema):
    round: int | None
    rows: list[RevealRowOut]


class VersionSummary(Public):
    number: int
    status: str
    created_at: datetime
    updated_at: datetime
    signed_at: datetime | None


class TermOut(_OfBehaviour):
    behaviour_id: UUID
    wording: str
    group: str
    stance: str
    note: str
    changed: bool
    was: str

    @staticmethod
    def resolve_group(obj: Any) -> str:
        return str(obj.behaviour.group)


class NoteOut(Public):
    author: Person
    text: str
    created_at: datetime


class VersionOut(VersionSummary):
    # Read from a version's page (amends.agreement.selectors.VersionPage).

    summary: str
    based_on_id: UUID | None
    terms: list[TermOut]
    changes: list[TermOut]
    signed_by: list[UUID]
    signed_by_me: bool
    notes: list[NoteOut]

    @staticmethod
    def resolve_id(obj: Any) -> Any:
        return obj.version.uid

    @staticmethod
    def resolve_number(obj: Any) -> int:
        return int(obj.version.number)

    @staticmethod
    def resolve_status(obj: Any) -> str:
        return str(obj.version.status)

    @staticmethod
    def resolve_created_at(obj: Any) -> datetime:
        return obj.version.created_at

    @staticmethod
    def resolve_updated_at(obj: Any) -> datetime:
        return obj.version.updated_at

    @staticmethod
    def resolve_signed_at(obj: Any) -> datetime | None:
        return obj.version.signed_at

    @staticmethod
    def resolve_summary(obj: Any) -> str:
        return str(obj.version.summary)

    @staticmethod
    def resolve_based_on_id(obj: Any) -> Any:
        return obj.version.based_on.uid if obj.version.based_on else None

    @staticmethod
    def resolve_terms(obj: Any) -> list[Any]:
        return [row for _, rows in obj.groups for row in rows]

    @staticmethod
    def resolve_signed_by(obj: Any) -> list[Any]:
        return [s.partner.uid for s in obj.signers]


class TermIn(Schema):
    behaviour_id: BehaviourId
    stance: Stance | None = None
    note: ShortTextOrEmpty = ""


class DraftIn(Schema):
    terms: list[TermIn] = Field(max_length=MAX_ITEMS)
    summary: LongTextOrEmpty = ""


class DraftOut(Schema):
    version: VersionOut
    signatures_cleared: bool


class NoteIn(Schema):
    text: LongText
