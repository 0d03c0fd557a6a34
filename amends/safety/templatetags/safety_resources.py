from typing import Any

from django import template

from amends.safety.selectors import safety_resources

register = template.Library()


@register.inclusion_tag("safety/resources.html")
def safety_resource_list() -> dict[str, Any]:
    resources, configured = safety_resources()
    return {"resources": resources, "configured": configured}
