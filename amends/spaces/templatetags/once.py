"""`{% once_field %}`: the hidden one-time token every form that creates or leaves carries.

The view claims it with `amends.core.once.run_once`; a second post of the same page (a
double click, a replay, twenty parallel posts) changes nothing. The markup is exactly what
`refresh_form_tokens` looks for, so a page served again from the cache gets fresh tokens.
"""

from django import template
from django.utils.html import format_html

from amends.core.once import FIELD, new_form_token

register = template.Library()


@register.simple_tag
def once_field() -> str:
    return format_html('<input type="hidden" name="{}" value="{}">', FIELD, new_form_token())
