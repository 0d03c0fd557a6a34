from typing import Any

from django.contrib import admin
from django.db import models
from django.http import HttpRequest

from .models import Invite, Membership, Space


class WithoutWrittenTextAdmin(admin.ModelAdmin):
    """Admin for things people write: it shows that an item exists, never what it says.

    An administrator is not a member of anyone's space, so even shared text is not theirs
    to read. Text fields are left out of every admin page and the item is read-only.
    """

    def _text_fields(self) -> list[str]:
        return [
            f.name
            for f in self.model._meta.get_fields()
            if isinstance(f, models.TextField)
            or (isinstance(f, models.CharField) and getattr(f, "holds_written_text", False))
        ]

    def get_exclude(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return self._text_fields()

    def get_list_display(self, request: HttpRequest) -> list[Any]:
        hidden = set(self._text_fields())
        return [
            f.name
            for f in self.model._meta.concrete_fields
            if f.name not in hidden and not f.name.endswith("hash")
        ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        hidden = set(self._text_fields())
        return [f.name for f in self.model._meta.concrete_fields if f.name not in hidden]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Space)
class SpaceAdmin(admin.ModelAdmin):
    list_display = ("id", "created_at")
    exclude = ("name",)  # people name their space themselves; it can say a lot
    readonly_fields = ("created_by", "created_at")


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("id", "space", "user", "role", "joined_at", "left_at")
    list_filter = ("role",)
    readonly_fields = ("space", "user", "role", "invite", "joined_at")


@admin.register(Invite)
class InviteAdmin(admin.ModelAdmin):
    list_display = ("id", "space", "role", "created_at", "expires_at", "accepted_at", "revoked_at")
    exclude = ("token_hash",)
    readonly_fields = (
        "space",
        "role",
        "created_by",
        "created_at",
        "link_created_at",
        "expires_at",
        "accepted_at",
        "accepted_by",
    )
