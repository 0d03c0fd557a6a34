from django.contrib import admin

from amends.spaces.admin import WithoutWrittenTextAdmin

from .models import Note


@admin.register(Note)
class NoteAdmin(WithoutWrittenTextAdmin):
    pass
