from amends.fields import EncryptedTextField
from amends.spaces.visibility import SpaceItem


class Note(SpaceItem):
    """A professional's own note about a couple. Always private to its author."""

    text = EncryptedTextField()

    def __str__(self) -> str:
        return f"Professional note {self.pk}"
