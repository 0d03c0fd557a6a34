"""Staff edit the program and the hosting practice here. Neither holds anything a member
wrote, so, unlike the members' items, they are fully editable."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from .models import Exercise, Module, Practice, PracticeLink, ProgramWeek


class ModuleInline(admin.StackedInline):
    model = Module
    extra = 0


class ExerciseInline(admin.TabularInline):
    model = Exercise
    extra = 0
    fields = ("order", "slug", "title", "prompt", "feature")


@admin.register(ProgramWeek)
class ProgramWeekAdmin(admin.ModelAdmin):
    list_display = ("number", "title")
    inlines = [ModuleInline]


@admin.register(Module)
class ModuleAdmin(admin.ModelAdmin):
    list_display = ("title", "week", "order")
    list_filter = ("week",)
    inlines = [ExerciseInline]


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ("title", "module", "order", "feature")
    list_filter = ("feature",)


class PracticeLinkInline(admin.TabularInline):
    model = PracticeLink
    extra = 1


@admin.register(Practice)
class PracticeAdmin(admin.ModelAdmin):
    list_display = ("name", "website", "booking_url")
    inlines = [PracticeLinkInline]

    def has_add_permission(self, request: HttpRequest) -> bool:
        """One hosting practice per instance."""
        return super().has_add_permission(request) and not Practice.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_delete_permission(request, obj)
