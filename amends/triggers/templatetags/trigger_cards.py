from django import template

from amends.accounts.models import User
from amends.spaces.selectors import SpaceRoles

register = template.Library()


@register.simple_tag
def partner_signal_card(user: User, roles: SpaceRoles) -> object:
    """The partner's fresh "I'm triggered" signal, with what the two of them agreed, for
    the home page; None when there is none (or the viewer is not a partner)."""
    from amends.triggers.selectors import partner_signal_for

    return partner_signal_for(viewer=user, roles=roles)
