from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from amends.spaces.admin import WithoutWrittenTextAdmin

from .models import CheckIn, CheckinSharing, ReminderPreference, ReminderSent


@admin.register(CheckIn)
class CheckInAdmin(WithoutWrittenTextAdmin):
    """Shows that a check-in exists, never its answers or note: those are the person's."""

    def get_list_display(self, request: HttpRequest) -> list[Any]:
        return ["id", "space", "author", "week", "visibility", "created_at"]

    def get_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return ["space", "author", "week", "visibility", "created_at"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return ["space", "author", "week", "visibility", "created_at"]


@admin.register(CheckinSharing)
class CheckinSharingAdmin(WithoutWrittenTextAdmin):
    pass


@admin.register(ReminderPreference)
class ReminderPreferenceAdmin(admin.ModelAdmin):
    list_display = ("id", "user", "weekday", "checkin", "promises", "updated_at")
    readonly_fields = ("user", "weekday", "checkin", "promises", "updated_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(ReminderSent)
class ReminderSentAdmin(admin.ModelAdmin):
    list_display = ("id", "user", "kind", "week", "sent_at")
    readonly_fields = ("user", "kind", "week", "sent_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
