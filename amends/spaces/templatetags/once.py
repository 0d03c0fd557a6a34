"""`{% once_field %}`: a fresh one-time token for a form that changes something (see once)."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from amends.spaces.once import FIELD, new_form_token

register = template.Library()


@register.simple_tag
def once_field() -> SafeString:
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, new_form_token())
