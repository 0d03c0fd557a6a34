import uuid

from django.db import models
from django.utils import timezone

from amends.core.fields import EncryptedTextField
from amends.core.publicid import uid_field
from amends.spaces.visibility import SpaceItem


class Note(SpaceItem):
    """A professional's own note about a couple. Always private to its author."""

    text = EncryptedTextField()

    def __str__(self) -> str:
        return f"Professional note {self.pk}"


class Homework(models.Model):
    """Something a professional asks one partner to do between sessions: an exercise of the
    program, a step of the path, or their own words. Set for both partners, it is one row
    each (`together` names the rows set at once). Between two people only: the professional
    who set it and the partner it is for (visibility.between_q), who marks it done."""

    uid = uid_field()
    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    set_by = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    partner = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    together = models.UUIDField(default=uuid.uuid4, editable=False)
    # Where it comes from: "program:<exercise slug>", "step:<step key>" or "own".
    source = EncryptedTextField()
    title = EncryptedTextField()
    text = EncryptedTextField(blank=True)
    due = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["space", "partner"]), models.Index(fields=["set_by"])]

    def __str__(self) -> str:
        return f"Homework {self.pk}"


class HomeworkNote(models.Model):
    """A partner's few words about their homework: kept for themselves (`shared_with` empty)
    or shared with the professional who set it. Between those two only."""

    uid = uid_field()
    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    homework = models.ForeignKey(Homework, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    shared_with = models.ForeignKey(
        "accounts.User", on_delete=models.CASCADE, related_name="+", null=True, blank=True
    )
    text = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Homework note {self.pk}"


class Session(models.Model):
    """The professional's own record that they met a couple on a day: what was shared with
    them since then is what the caseload calls new. Seen by them only."""

    uid = uid_field()
    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    professional = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    held_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["professional", "space", "held_at"])]

    def __str__(self) -> str:
        return f"Session {self.pk}"


class SecretsStance(models.TextChoices):
    NO_SECRETS = (
        "no_secrets",
        "No secrets: what one of you tells me alone, I may bring to both of you.",
    )
    HELP_TELL = (
        "help_tell",
        "I will help you tell your partner: I will not keep it from them for long, "
        "and I will not tell them for you.",
    )
    OWN = "own", "In my own words"


class SecretsPolicy(models.Model):
    """How a professional handles something one partner tells them alone. Their own words,
    shown to every couple they work with: before a partner agrees to them, and wherever a
    partner writes to them alone."""

    uid = uid_field()
    professional = models.OneToOneField("accounts.User", on_delete=models.CASCADE, related_name="+")
    stance = EncryptedTextField(choices=SecretsStance.choices)
    words = EncryptedTextField(blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Secrets policy {self.pk}"


class Cohort(models.Model):
    """Several couples doing the 12-week program on one calendar, run by one professional.
    Each couple sees the cohort's name, start and week, never who else is in it."""

    uid = uid_field()
    professional = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    name = EncryptedTextField()
    starts_on = models.DateField()
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Cohort {self.pk}"


class CohortPlace(models.Model):
    """A couple (their space) offered a place in a cohort by their professional. They are in
    it once every partner here now has agreed (CohortAgreement); one cohort per couple."""

    uid = uid_field()
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="places")
    space = models.OneToOneField("spaces.Space", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Cohort place {self.pk}"


class CohortAgreement(models.Model):
    """One partner's yes to their couple's place in a cohort."""

    uid = uid_field()
    place = models.ForeignKey(CohortPlace, on_delete=models.CASCADE, related_name="agreements")
    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    partner = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["place", "partner"], name="one_agreement_each")
        ]

    def __str__(self) -> str:
        return f"Cohort agreement {self.pk}"
