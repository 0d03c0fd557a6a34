"""The shapes of breaches and every step of the repair path, read from the objects the
repair selectors and services return."""

from datetime import date, datetime
from typing import Any
from uuid import UUID

from ninja import Field, Schema

from amends.repair.models import (
    Acknowledgement,
    Category,
    DecisionChoice,
    Emotion,
    OutcomeChoice,
    RepairKind,
    Rhythm,
    SafetyCheck,
)

from . import (
    Item,
    LongText,
    LongTextOrEmpty,
    Person,
    Public,
    SharedVisibilityIn,
    ShortText,
    ShortTextOrEmpty,
    VisibilityIn,
)

VERSION_MAX = 1_000_000


class BreachIn(Schema):
    i_was_hurt: bool = Field(description="True: I was hurt. False: I am telling what I did.")
    category: Category
    category_other: ShortTextOrEmpty = ""
    occurred_on: date | None = None
    description: LongText
    visibility: SharedVisibilityIn = "partner"
    agreement_term: ShortTextOrEmpty = ""


class BreachOut(Item):
    title: str
    category: str
    category_other: str
    occurred_on: date | None
    description: str
    recorded_by: Person
    hurt_partner: Person | None
    injuring_partner: Person | None
    agreement_term: str
    disclosure_complete_at: datetime | None
    questions_closed_at: datetime | None


class StepOut(Schema):
    key: str
    title: str
    why: str
    done: bool
    state: str = Field(description="done, open or closed (as far as you may see).")
    reason: str = Field(
        description="Why the step is where it is: a closed step has exactly one reason "
        "(partner_missing, decided_no or commitments_missing)."
    )
    status: str
    waiting_on_me: bool


class PathOut(Schema):
    my_role: str
    joint_open: bool
    closed_by_no: bool
    gate: str = Field(
        description="Why the joint steps are closed for you (a reason as in steps), or empty."
    )
    recommend_professional: str
    unsafe_for_me: bool
    steps: list[StepOut]


class BreachDetail(BreachOut):
    path: PathOut


class SafetyIn(Schema):
    feels_afraid: bool
    hurt_or_threatened: bool
    controlled: bool
    forced_sexual_contact: bool


class SafetyOut(Public):
    created_at: datetime
    feels_afraid: bool
    hurt_or_threatened: bool
    controlled: bool
    forced_sexual_contact: bool
    signals_danger: bool

    @staticmethod
    def resolve_feels_afraid(obj: SafetyCheck) -> bool:
        return bool(obj.answer_map.get("feels_afraid", False))

    @staticmethod
    def resolve_hurt_or_threatened(obj: SafetyCheck) -> bool:
        return bool(obj.answer_map.get("hurt_or_threatened", False))

    @staticmethod
    def resolve_controlled(obj: SafetyCheck) -> bool:
        return bool(obj.answer_map.get("controlled", False))

    @staticmethod
    def resolve_forced_sexual_contact(obj: SafetyCheck) -> bool:
        return bool(obj.answer_map.get("forced_sexual_contact", False))


class MySafety(Schema):
    check: SafetyOut | None = Field(description="Your latest answers. Only you ever see them.")


class DecisionIn(Schema):
    choice: DecisionChoice
    note: LongTextOrEmpty = ""
    visibility: VisibilityIn = "private"


class ShareIn(Schema):
    visibility: VisibilityIn


class DecisionOut(Item):
    choice: str
    note: str
    updated_at: datetime


class DecisionView(Schema):
    decision: DecisionOut | None = Field(
        description="The decision as you may see it: the hurt partner's own latest answer, "
        "or, for anyone else, the latest one shared with them. A choice of 'withdrawn' means "
        "the hurt partner took back the decision they shared and is deciding again."
    )
    partner_sees: DecisionOut | None = Field(
        default=None,
        description="For the hurt partner: the decision the other partner sees, the one the "
        "path goes by (the latest you shared, until you share a new one or take it back).",
    )
    history: list[DecisionOut] = Field(description="The hurt partner's own earlier answers.")


class SharedTextIn(Schema):
    text: LongText
    visibility: SharedVisibilityIn = "partner"


class TextOut(Item):
    text: str


class ReflectionIn(Schema):
    emotion: Emotion
    text: LongText
    visibility: VisibilityIn = "private"


class ReflectionOut(Item):
    emotion: str
    text: str
    updated_at: datetime


class VersionedIn(Schema):
    text: LongText
    based_on_version: int = Field(
        ge=0, le=VERSION_MAX, description="The version you are revising; 0 for the first."
    )
    visibility: SharedVisibilityIn = "partner"


class ResponseOut(Schema):
    feels_complete: bool
    missing: str
    created_at: datetime


class StatementOut(Item):
    version: int
    text: str
    response: ResponseOut | None

    @staticmethod
    def resolve_response(obj: Any) -> Any:
        # Set by repair.selectors.responses_seen: the answer only if the caller may see it.
        return obj["response"] if isinstance(obj, dict) else obj.response_seen


class ResponseIn(Schema):
    feels_complete: bool
    missing: LongTextOrEmpty = ""


class QuestionOut(Item):
    text: str
    withdrawn_at: datetime | None
    answer: str
    answered_at: datetime | None
    answered_after_complete: bool


class AnswerIn(Schema):
    answer: LongText


class DisclosureOut(Item):
    text: str
    is_later: bool


class ImpactOut(Item):
    version: int
    text: str


class AttemptIn(Schema):
    kind: RepairKind
    text: LongText
    visibility: SharedVisibilityIn = "partner"


class AttemptOut(Item):
    kind: str
    text: str
    acknowledgement: str
    acknowledgement_note: str
    acknowledged_at: datetime | None


class AcknowledgeIn(Schema):
    acknowledgement: Acknowledgement
    note: LongTextOrEmpty = ""


class PrivateTextIn(Schema):
    text: LongText


class AttemptReflectionOut(Item):
    attempt_id: UUID
    text: str

    @staticmethod
    def resolve_attempt_id(obj: Any) -> Any:
        uid = getattr(obj, "attempt_uid", None)
        return uid if uid is not None else obj.attempt.uid


class PromiseIn(Schema):
    text: ShortText
    rhythm: Rhythm = Rhythm.ONCE
    due_on: date | None = None
    visibility: SharedVisibilityIn = "partner"


class MarkOut(Schema):
    by: UUID = Field(description="The public id of the partner who marked it.")
    occurrence: date
    kept: bool
    marked_at: datetime

    @staticmethod
    def resolve_by(obj: Any) -> Any:
        return obj.by.uid


class FollowThroughDayOut(Schema):
    day: date
    hurt: bool | None = Field(description="How the hurt partner saw it; null if not noted.")
    injuring: bool | None = Field(description="How the injuring partner saw it; null if not noted.")
    disagree: bool


class FollowThroughOut(Schema):
    days: int = Field(description="How many days either partner noted.")
    words: str = Field(description="The same, in a sentence. No score.")
    rows: list[FollowThroughDayOut] = Field(description="Each noted day, newest first.")


class PromiseOut(Item):
    text: str
    rhythm: str
    due_on: date | None
    ended_at: datetime | None
    marks: list[MarkOut] = Field(description="Each partner's view of each occurrence.")
    follow_through: FollowThroughOut = Field(
        description="The days both agree it was kept, or saw differently. Marks of a partner "
        "who has left the space are neither shown nor counted."
    )

    @staticmethod
    def resolve_marks(obj: Any) -> Any:
        return obj.follow_through.marks


class MarkIn(Schema):
    occurrence: date
    kept: bool


class ForgivenessIn(Schema):
    text: LongText
    visibility: VisibilityIn = "partner"


class ForgivenessView(Schema):
    # The latest version you may see; it may say the forgiveness is taken back, for now.
    forgiveness: TextOut | None
    taken_back: bool = False


class OutcomeIn(Schema):
    choice: OutcomeChoice
    text: LongText
    visibility: SharedVisibilityIn = "partner"


class OutcomeOut(Item):
    choice: str
    text: str
