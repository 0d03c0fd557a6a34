from typing import Any

from django import template

from amends.accounts.models import User
from amends.spaces.selectors import SpaceRoles

register = template.Library()


@register.simple_tag
def this_week_card(user: User, roles: SpaceRoles) -> dict[str, Any] | None:
    """What the home page's "this week" card needs: has the person checked in this week,
    and which program week they are in. Partners only; None for anyone else."""
    from amends.checkins import weeks
    from amends.checkins.selectors import checkin_for_week
    from amends.program.models import ProgramWeek
    from amends.program.selectors import current_week_number

    if not roles.is_partner(user):
        return None
    number = current_week_number(person=user, roles=roles)
    return {
        "checked_in": checkin_for_week(viewer=user, roles=roles, week=weeks.this_monday())
        is not None,
        "week_number": number,
        "week": ProgramWeek.objects.filter(number=number).first(),
    }


@register.filter
def style_nonce(svg: str, nonce: object) -> str:
    """Let a chart's own <style> through the Content-Security-Policy with this page's nonce."""
    from django.utils.html import escape
    from django.utils.safestring import mark_safe

    # The nonce is lazy and may look falsy before it is first read: compare with None only.
    if nonce is None or nonce == "":
        return svg
    return mark_safe(svg.replace("<style", f'<style nonce="{escape(str(nonce))}"', 1))  # noqa: S308
