"""Our agreement: what counts as cheating, for this couple.

* `Behaviour`: a question. Catalogue rows (space NULL) come from `catalogue.py`; custom rows
  belong to the two partners who added them and are asked of both.

Everything the partners make here belongs to the two of them, not to the space
(`together_since`: when those two were first both in the space, see
amends.spaces.visibility.together_since). A partner who joins later starts afresh with the
one who stayed; the one who stayed still reads what they made before.
* `Round`: one blind questionnaire. `Rating` is one partner's private answer to one
  behaviour in one round. Partners' answers are shown to each other only once the round is
  revealed (`revealed_at`), which happens when both have answered every behaviour.
  Who may read a rating is decided in `selectors.ratings_visible_to`, nowhere else.
* `AgreementVersion`, with `AgreementTerm` rows and one `AgreementSignature` per partner:
  the written agreement. A version is signed when both partners have signed it, and from
  then on it never changes; a revision is a new version. `AgreementNote` is a short note
  from one partner to the other about a draft or a proposed change.

No rules live here: every write goes through services.py.
"""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from amends.core.fields import EncryptedTextField
from amends.core.publicid import uid_field

from .catalogue import GROUPS

User = settings.AUTH_USER_MODEL


class Stance(models.TextChoices):
    """The four answers, in the order they are offered."""

    CHEATING = "cheating", "Cheating"
    NOT_OKAY = "not_okay", "Not okay, but not cheating"
    FINE = "fine", "Fine"
    TALK = "talk", "I need to talk about this"


# The same scale, in a written agreement's words.
AGREED_LABELS = {
    Stance.CHEATING: "Cheating",
    Stance.NOT_OKAY: "Not okay, but not cheating",
    Stance.FINE: "Fine",
    Stance.TALK: "We still need to talk about this",
}


class Behaviour(models.Model):
    key = models.CharField(max_length=40, blank=True)  # catalogue key; "" for custom ones
    group = models.CharField(max_length=20, choices=GROUPS)
    # Sealed for every row: a custom behaviour's wording is what a person wrote (the
    # catalogue's rows are sealed too, so nothing tells the two apart at rest).
    wording = EncryptedTextField()
    position = models.PositiveIntegerField(default=0)
    space = models.ForeignKey(
        "spaces.Space", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # Whose question it is (custom ones): see the module's docstring. Empty for the catalogue.
    together_since = models.DateTimeField(null=True, blank=True)
    # The id in URLs and the API, and what encrypted fields are bound to; the primary key
    # stays inside the server.
    uid = uid_field()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["key"], condition=Q(space__isnull=True), name="one_catalogue_row_per_key"
            )
        ]
        indexes = [models.Index(fields=["space", "group", "position"])]

    def __str__(self) -> str:
        return f"Behaviour {self.pk}"

    @property
    def is_custom(self) -> bool:
        return self.space_id is not None


class Round(models.Model):
    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField()
    started_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(default=timezone.now)
    revealed_at = models.DateTimeField(null=True, blank=True)
    # Whose round it is: see the module's docstring. Numbered from 1 for each two people.
    together_since = models.DateTimeField()
    uid = uid_field()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["space", "together_since", "number"], name="one_round_number_per_couple"
            )
        ]

    def __str__(self) -> str:
        return f"Round {self.number} in space {self.space_id}"


class Rating(models.Model):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="ratings")
    behaviour = models.ForeignKey(Behaviour, on_delete=models.CASCADE, related_name="+")
    partner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    # The blind answer. Sealed: before the reveal nobody but its author may know it.
    stance = EncryptedTextField(choices=Stance.choices)
    updated_at = models.DateTimeField(default=timezone.now)
    uid = models.UUIDField(default=uuid.uuid4, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["round", "behaviour", "partner"], name="one_rating_per_question"
            )
        ]
        indexes = [models.Index(fields=["round", "partner"])]

    def __str__(self) -> str:
        return f"Rating {self.pk}"


class VersionStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    PROPOSED = "proposed", "Signed by one of you"
    SIGNED = "signed", "Signed by both of you"
    SUPERSEDED = "superseded", "Replaced by a newer version"
    SET_ASIDE = "set_aside", "Set aside"


OPEN_STATUSES = (VersionStatus.DRAFT, VersionStatus.PROPOSED)


class AgreementVersion(models.Model):
    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    number = models.PositiveIntegerField()
    status = models.CharField(
        max_length=20, choices=VersionStatus.choices, default=VersionStatus.DRAFT
    )
    based_on = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    summary = EncryptedTextField(blank=True)
    created_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    signed_at = models.DateTimeField(null=True, blank=True)
    # Whose agreement it is: see the module's docstring. Numbered from 1 for each two people.
    together_since = models.DateTimeField()
    # The id in URLs and the API, and what encrypted fields are bound to; the primary key
    # stays inside the server.
    uid = uid_field()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["space", "together_since", "number"], name="one_version_number_per_couple"
            ),
            models.UniqueConstraint(
                fields=["space", "together_since"],
                condition=Q(status__in=["draft", "proposed"]),
                name="one_open_version_per_couple",
            ),
            models.UniqueConstraint(
                fields=["space", "together_since"],
                condition=Q(status="signed"),
                name="one_signed_version_per_couple",
            ),
        ]

    def __str__(self) -> str:
        return f"Agreement version {self.number} in space {self.space_id}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class AgreementTerm(models.Model):
    version = models.ForeignKey(AgreementVersion, on_delete=models.CASCADE, related_name="terms")
    behaviour = models.ForeignKey(Behaviour, on_delete=models.PROTECT, related_name="+")
    stance = EncryptedTextField(choices=Stance.choices, blank=True)
    note = EncryptedTextField(blank=True)
    uid = models.UUIDField(default=uuid.uuid4, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "behaviour"], name="one_term_per_behaviour")
        ]

    def __str__(self) -> str:
        return f"Term {self.pk}"

    @property
    def stance_label(self) -> str:
        return AGREED_LABELS[Stance(self.stance)] if self.stance else ""


class AgreementSignature(models.Model):
    version = models.ForeignKey(
        AgreementVersion, on_delete=models.CASCADE, related_name="signatures"
    )
    partner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    signed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["version", "partner"], name="one_signature_each")
        ]

    def __str__(self) -> str:
        return f"Signature {self.pk}"


class AgreementNote(models.Model):
    version = models.ForeignKey(AgreementVersion, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(User, on_delete=models.CASCADE, related_name="+")
    text = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    # The id in URLs and the API, and what encrypted fields are bound to; the primary key
    # stays inside the server.
    uid = uid_field()

    def __str__(self) -> str:
        return f"Note {self.pk}"
