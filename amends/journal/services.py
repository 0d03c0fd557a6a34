from django.db import transaction
from django.utils import timezone

from amends.accounts import audit
from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.textrules import clean_text
from amends.spaces.models import Space
from amends.spaces.selectors import space_roles
from amends.spaces.visibility import Visibility, can_change, clean_visibility, set_visibility

from .models import JournalEntry


def journal_entry_create(
    *, space: Space, by: User, text: str, visibility: str = Visibility.PRIVATE
) -> JournalEntry:
    roles = space_roles(space)
    if not roles.is_partner(by):
        raise ActionRefused("Only partners keep a journal in a space.", code="forbidden")
    return JournalEntry.objects.create(
        space=space,
        author=by,
        text=clean_text(text, what="your entry"),
        visibility=clean_visibility(visibility),
    )


def journal_entry_update(
    *, entry: JournalEntry, by: User, text: str | None = None, visibility: str | None = None
) -> JournalEntry:
    with transaction.atomic():
        entry = JournalEntry.objects.select_for_update().get(pk=entry.pk)
        if not can_change(by, entry, space_roles(entry.space)):
            raise ActionRefused("Only the person who wrote this can change it.", code="not_found")
        fields = {"updated_at"}
        entry.updated_at = timezone.now()
        if text is not None:
            entry.text = clean_text(text, what="your entry")
            fields.add("text")
        if visibility is not None and clean_visibility(visibility) != entry.visibility:
            fields.update(set_visibility(entry, clean_visibility(visibility)))
            audit.record("sharing_changed", user=by, space_id=entry.space_id)
        entry.save(update_fields=sorted(fields))
    return entry


def journal_entry_delete(*, entry: JournalEntry, by: User) -> None:
    if not can_change(by, entry, space_roles(entry.space)):
        raise ActionRefused("Only the person who wrote this can delete it.", code="not_found")
    entry.delete()
