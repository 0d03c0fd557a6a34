from django.db import models

from amends.fields import EncryptedTextField
from amends.spaces.visibility import SpaceItem


class Message(SpaceItem):
    """One partner writing to the other. Never private: visibility is partner or
    partner_and_professional."""

    text = EncryptedTextField()
    # Set when the coach found a threat and the writer sent it anyway. Only the recipient's
    # page uses it (to show safety resources beside it); the writer is never told.
    carries_threat = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["space", "-created_at"])]

    def __str__(self) -> str:
        return f"Message {self.pk}"
