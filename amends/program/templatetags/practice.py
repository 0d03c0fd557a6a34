from django import template

from amends.program.models import Practice
from amends.program.selectors import hosting_practice

register = template.Library()


@register.simple_tag
def get_hosting_practice() -> Practice | None:
    """The hosting practice, for program/practice_card.html (None when not set)."""
    return hosting_practice()
