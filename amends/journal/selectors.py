from django.db.models import QuerySet

from amends.accounts.models import User
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import visible_or_404, visible_to

from .models import JournalEntry


def journal_entries(*, viewer: User, roles: SpaceRoles) -> QuerySet[JournalEntry]:
    return visible_to(JournalEntry.objects.select_related("author"), viewer, roles).order_by(
        "-created_at", "-pk"
    )


def journal_entry_or_404(*, viewer: User, roles: SpaceRoles, entry_id: object) -> JournalEntry:
    return visible_or_404(JournalEntry.objects.select_related("author"), entry_id, viewer, roles)
