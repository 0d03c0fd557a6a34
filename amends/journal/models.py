from django.db import models

from amends.core.fields import EncryptedTextField
from amends.spaces.visibility import SpaceItem


class JournalEntry(SpaceItem):
    """A person's own writing. Private unless they share it, one entry at a time."""

    text = EncryptedTextField()

    class Meta:
        indexes = [models.Index(fields=["space", "author", "-created_at"])]
        verbose_name_plural = "journal entries"

    def __str__(self) -> str:
        return f"Journal entry {self.pk}"
