from django.contrib import admin

from amends.spaces.admin import WithoutWrittenTextAdmin

from .models import JournalEntry


@admin.register(JournalEntry)
class JournalEntryAdmin(WithoutWrittenTextAdmin):
    pass
