from django.contrib import admin

from amends.spaces.admin import WithoutWrittenTextAdmin

from .models import Message


@admin.register(Message)
class MessageAdmin(WithoutWrittenTextAdmin):
    pass
