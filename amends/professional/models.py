import uuid

from django.db import models
from django.utils import timezone

from amends.fields import EncryptedTextField
from amends.publicid import uid_field
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
