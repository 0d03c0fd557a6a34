"""The repair path: a breach of trust and each step of repairing it.

Every step is its own model. Who can read what is decided by amends.spaces.visibility:
items a person writes carry a `visibility`, and joint items are written for both partners.
"""

import json
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from amends.core.fields import EncryptedBooleanField, EncryptedTextField
from amends.spaces.visibility import SpaceItem

User = settings.AUTH_USER_MODEL


class Category(models.TextChoices):
    INFIDELITY_SEXUAL = "infidelity_sexual", "Infidelity: sexual"
    INFIDELITY_EMOTIONAL = "infidelity_emotional", "Infidelity: emotional"
    BROKEN_PROMISES = "broken_promises", "Broken promises"
    NOT_TAKING_RESPONSIBILITY = "no_responsibility", "Not taking responsibility"
    # Said so it fits both partners' paths: the one who was hurt, and the one who did it.
    HARSH_WORDS = "harsh_words", "Criticism or harsh words behind a partner's back"
    ADDICTION_ALCOHOL = "addiction_alcohol", "Addictive behaviour: alcohol"
    ADDICTION_DRUGS = "addiction_drugs", "Addictive behaviour: drugs"
    ADDICTION_PORN = "addiction_porn", "Addictive behaviour: porn"
    ADDICTION_GAMBLING = "addiction_gambling", "Addictive behaviour: gambling"
    ADDICTION_OTHER = "addiction_other", "Addictive behaviour: something else"
    OTHER = "other", "Something else (in your own words)"


SERIOUS_CATEGORIES = frozenset(
    {
        Category.INFIDELITY_SEXUAL,
        Category.INFIDELITY_EMOTIONAL,
        Category.ADDICTION_ALCOHOL,
        Category.ADDICTION_DRUGS,
        Category.ADDICTION_PORN,
        Category.ADDICTION_GAMBLING,
        Category.ADDICTION_OTHER,
    }
)


class Breach(SpaceItem):
    """What happened, between whom. Written for both partners: visibility is partner or
    partner_and_professional, never private (a path needs both people)."""

    recorded_by = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    # One of the two may be empty in solo use: the partner who is not (yet) in Amends.
    hurt_partner = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    injuring_partner = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # What kind of betrayal it was is as private as the description: sealed too.
    category = EncryptedTextField(choices=Category.choices)
    category_other = EncryptedTextField(blank=True)
    occurred_on = models.DateField(null=True, blank=True)
    description = EncryptedTextField()
    # Set by the injuring partner: from then on, anything they disclose is marked "later".
    disclosure_complete_at = models.DateTimeField(null=True, blank=True)
    # Set by the hurt partner only: "no more questions for now". Reopening clears it.
    questions_closed_at = models.DateTimeField(null=True, blank=True)
    agreement_term = EncryptedTextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["space", "-created_at"])]
        verbose_name_plural = "breaches"

    def __str__(self) -> str:
        return f"Breach {self.pk}"

    @property
    def title(self) -> str:
        if self.category == Category.OTHER and self.category_other:
            return self.category_other
        return str(Category(self.category).label)

    @property
    def is_serious(self) -> bool:
        return self.category in SERIOUS_CATEGORIES


SAFETY_QUESTIONS = ("feels_afraid", "hurt_or_threatened", "controlled", "forced_sexual_contact")


class SafetyCheck(SpaceItem):
    """A private screen, per person per space. Never shown to anyone else, nor its existence.
    The answers are one encrypted JSON object, so not even a yes/no is readable at rest."""

    answers = EncryptedTextField()

    @property
    def answer_map(self) -> dict[str, bool]:
        try:
            loaded = json.loads(self.answers)
        except ValueError:
            return {}
        return {q: bool(loaded.get(q)) for q in SAFETY_QUESTIONS}

    @property
    def signals_danger(self) -> bool:
        return any(self.answer_map.values())


class DecisionChoice(models.TextChoices):
    REBUILD = "rebuild", "I want to try to rebuild"
    NOT_SURE = "not_sure", "I'm not sure yet"
    NO = "no", "No, I don't want to rebuild"


# The `choice` of a row that takes back a shared decision (see Decision).
WITHDRAWN = "withdrawn"


class Decision(SpaceItem):
    """The hurt partner's decision. Append-only; only the hurt partner ever writes one.

    Their own latest row is their decision as they see it, private or not. What anyone
    else sees is the latest row shared with them (latest by when it was shared, see
    `rules.shown_decision`): a private change of mind changes nothing they can observe.
    A shared decision stays what they see until its author shares a new one or takes it
    back, which adds a row whose choice is WITHDRAWN, with the same audience as the
    decision it takes back (same visibility, same moment of sharing)."""

    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="decisions")
    # Encrypted too: the choice itself is the most private thing in the product.
    choice = EncryptedTextField(choices=DecisionChoice.choices)
    note = EncryptedTextField(blank=True)

    @property
    def is_withdrawal(self) -> bool:
        return self.choice == WITHDRAWN

    @property
    def label(self) -> str:
        if self.is_withdrawal:
            return "Taken back, deciding again"
        return str(DecisionChoice(self.choice).label)


class AttemptReflection(SpaceItem):
    """The hurt partner's private answer to "am I refusing this to punish?"."""

    attempt = models.ForeignKey("RepairAttempt", on_delete=models.CASCADE, related_name="+")
    text = EncryptedTextField()


class Commitment(SpaceItem):
    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="commitments")
    text = EncryptedTextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["breach", "author"], name="one_commitment_each")
        ]


class Emotion(models.TextChoices):
    ANGER = "anger", "Anger"
    RESENTMENT = "resentment", "Resentment"
    HURT = "hurt", "Hurt"
    PAIN = "pain", "Pain"
    GRIEF = "grief", "Grief"
    SHAME = "shame", "Shame"
    FEAR = "fear", "Fear"
    WHAT_I_DID = "what_i_did", "What I did, and why"


class Reflection(SpaceItem):
    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="reflections")
    emotion = EncryptedTextField(choices=Emotion.choices)
    text = EncryptedTextField()


class AccountabilityStatement(SpaceItem):
    """One version of the injuring partner's statement. Revisions add versions."""

    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="statements")
    version = models.PositiveIntegerField()
    text = EncryptedTextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["breach", "version"], name="one_statement_version")
        ]


class StatementResponse(SpaceItem):
    statement = models.OneToOneField(
        AccountabilityStatement, on_delete=models.CASCADE, related_name="response"
    )
    feels_complete = EncryptedBooleanField()  # the hurt partner's answer: sealed
    missing = EncryptedTextField(blank=True)


class Question(SpaceItem):
    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="questions")
    text = EncryptedTextField()
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    answer = EncryptedTextField(blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_after_complete = models.BooleanField(default=False)


class Disclosure(SpaceItem):
    """Something the injuring partner tells of their own accord."""

    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="disclosures")
    text = EncryptedTextField()
    is_later = models.BooleanField(default=False)


class ImpactStatement(SpaceItem):
    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="impacts")
    version = models.PositiveIntegerField()
    text = EncryptedTextField()


class RepairKind(models.TextChoices):
    APOLOGY = "apology", "An apology"
    TRANSPARENCY = "transparency", "Being open (phone, messages, whereabouts)"
    ENDED_CONTACT = "ended_contact", "Ending contact with the other person"
    ACT_OF_CARE = "act_of_care", "An act of care"
    SUPPORT = "support", "Getting help (a group, a counsellor, treatment)"
    OTHER = "other", "Something else"


class Acknowledgement(models.TextChoices):
    ACCEPTED = "accepted", "I accept this"
    NOT_READY = "not_ready", "I noticed it, and I'm not ready yet"
    DECLINED = "declined", "I decline this"


class RepairAttempt(SpaceItem):
    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="attempts")
    kind = EncryptedTextField(choices=RepairKind.choices)
    text = EncryptedTextField()
    acknowledgement = EncryptedTextField(choices=Acknowledgement.choices, blank=True)
    acknowledgement_note = EncryptedTextField(blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)


class Rhythm(models.TextChoices):
    ONCE = "once", "Once, by a date"
    DAILY = "daily", "Every day"
    WEEKLY = "weekly", "Every week"


class Promise(SpaceItem):
    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="promises")
    text = EncryptedTextField()
    rhythm = EncryptedTextField(choices=Rhythm.choices, default=Rhythm.ONCE)
    due_on = models.DateField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)


class PromiseMark(models.Model):
    """One partner's view of one occurrence. Both may mark; disagreement is shown as is."""

    promise = models.ForeignKey(Promise, on_delete=models.CASCADE, related_name="marks")
    by = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    occurrence = models.DateField()
    kept = EncryptedBooleanField()  # each partner's own word on it: sealed
    marked_at = models.DateTimeField(default=timezone.now)
    # A random id that encrypted fields are bound to (see amends.core.crypto).
    uid = models.UUIDField(default=uuid.uuid4, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["promise", "by", "occurrence"], name="one_mark_per_person_occurrence"
            )
        ]

    def __str__(self) -> str:
        return f"Promise mark {self.pk}"


class Forgiveness(SpaceItem):
    """The hurt partner's written forgiveness, in dated versions: it can be revisited, and
    what was written before stays. A version may say the forgiveness is taken back for now
    (`taken_back`); what anyone else sees is the latest version shared with them."""

    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="forgivenesses")
    version = models.PositiveIntegerField(default=1)
    text = EncryptedTextField()
    # Their own yes or no, sealed. Empty on versions written before it could be taken back.
    taken_back = EncryptedBooleanField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["breach", "version"], name="one_forgiveness_version")
        ]


class OutcomeChoice(models.TextChoices):
    RECOMMIT = "recommit", "Recommit to each other"
    PART = "part", "Part, with respect"


class OutcomeStatement(SpaceItem):
    """Where one partner stands, in dated versions: it can be revisited, and what was
    recorded before stays. Each partner's latest version is where they stand now."""

    breach = models.ForeignKey(Breach, on_delete=models.CASCADE, related_name="outcomes")
    version = models.PositiveIntegerField(default=1)
    # Whether they stay together or part is theirs to tell: sealed, like the decision.
    choice = EncryptedTextField(choices=OutcomeChoice.choices)
    text = EncryptedTextField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["breach", "author", "version"], name="one_outcome_version_each"
            )
        ]


class SelfTrustEntry(SpaceItem):
    """An answer to a self-trust exercise. Always private."""

    exercise = models.CharField(max_length=32)
    text = EncryptedTextField()

    def __str__(self) -> str:
        return f"Self-trust entry {self.pk}"
