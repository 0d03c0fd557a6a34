"""The admin shows that agreement rows exist, never what anyone answered or wrote.

Ratings are not registered at all: a private answer is not an operator's to read.
"""

from django.contrib import admin

from amends.spaces.admin import WithoutWrittenTextAdmin

from .models import AgreementVersion, Behaviour, Round


@admin.register(Behaviour)
class BehaviourAdmin(WithoutWrittenTextAdmin):
    pass


@admin.register(Round)
class RoundAdmin(WithoutWrittenTextAdmin):
    pass


@admin.register(AgreementVersion)
class AgreementVersionAdmin(WithoutWrittenTextAdmin):
    pass
