"""Presentation only: say who can read an item, in the reader's words."""

from typing import Any

from django import template

from amends.spaces.visibility import audience_label

register = template.Library()


@register.simple_tag(takes_context=True)
def audience(context: dict[str, Any], item: Any) -> str:
    user = context["request"].user
    roles = context["roles"]
    if item.author_id == user.pk:
        return audience_label(item.visibility, user, roles)
    author = item.author.name
    if item.visibility == "partner_and_professional":
        return (
            f"From {author}, shared with you both" if roles.is_partner(user) else f"From {author}"
        )
    return f"From {author}"
