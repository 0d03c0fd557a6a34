from django.db import models
from django.utils import timezone

from amends.core.fields import EncryptedBooleanField, EncryptedTextField
from amends.core.publicid import uid_field
from amends.spaces.visibility import SpaceItem


class Message(SpaceItem):
    """One partner writing to the other. Never private: visibility is partner or
    partner_and_professional."""

    text = EncryptedTextField()
    # Set when the coach found a threat and the writer sent it anyway. Only the recipient's
    # page uses it (to show safety resources beside it); the writer is never told. Sealed:
    # it says what the words are.
    carries_threat = EncryptedBooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["space", "-created_at"])]

    def __str__(self) -> str:
        return f"Message {self.pk}"


class ConversationState(models.TextChoices):
    OPEN = "open", "Waiting for an answer"
    HEARD = "heard", "Answered"
    OKAY = "okay", "We're okay"
    BREACH = "breach", "Became a path"


class Conversation(SpaceItem):
    """An everyday hurt: "something hurt me". Started by the one who was hurt (the author)."""

    what_happened = EncryptedTextField()
    how_i_felt = EncryptedTextField()
    what_i_need = EncryptedTextField(blank=True)
    state = models.CharField(
        max_length=8, choices=ConversationState.choices, default=ConversationState.OPEN
    )
    settled_at = models.DateTimeField(null=True, blank=True)
    breach = models.ForeignKey(
        "repair.Breach", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return f"Conversation {self.pk}"


class Reply(SpaceItem):
    """The other partner: what I heard, and what I understand."""

    conversation = models.ForeignKey(Conversation, on_delete=models.CASCADE, related_name="replies")
    text = EncryptedTextField()

    def __str__(self) -> str:
        return f"Reply {self.pk}"


class CoachedDraft(models.Model):
    """Words the coach had something to say about, kept for their writer's next page.

    When the coach speaks before sending, the page with its advice is a page of its own
    (POST, then a redirect to it), so going back or reloading never re-sends a form. What
    was written waits here, sealed, until it is sent, or for a day at most. Only its writer
    ever reads it; the address of the page it belongs to is sealed with the words.
    """

    person = models.ForeignKey(
        "accounts.User", on_delete=models.CASCADE, related_name="+", editable=False
    )
    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    content = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    uid = uid_field()

    def __str__(self) -> str:
        return f"Coached draft {self.pk}"
