from amends.accounts.models import User
from amends.errors import ActionRefused
from amends.spaces.models import Space
from amends.spaces.selectors import space_roles
from amends.spaces.visibility import Visibility
from amends.textrules import clean_text

from .models import Note


def note_write(*, space: Space, author: User, text: str) -> Note:
    if not space_roles(space).is_professional(author):
        raise ActionRefused("Only the couple's professional keeps notes here.", "forbidden")
    return Note.objects.create(
        space=space,
        author=author,
        text=clean_text(text, what="your note"),
        visibility=Visibility.PRIVATE,
    )


def note_delete(*, note: Note, by: User) -> None:
    if note.author_id != by.pk:
        raise ActionRefused("Not found.", code="not_found")
    note.delete()
