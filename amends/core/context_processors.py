from typing import Any

from django.conf import settings
from django.http import HttpRequest

from amends.core.limits import LONG_TEXT_MAX
from amends.core.publicid import uid_or_none


def amends(request: HttpRequest) -> dict[str, Any]:
    # Only the space's public id, so the navigation costs no query; space views check
    # membership anyway. (A session from before public ids holds a number: ignored.)
    space_id = request.session.get("space_id") if hasattr(request, "session") else None
    return {
        "quick_exit_url": settings.AMENDS_QUICK_EXIT_URL,
        "current_space_id": uid_or_none(space_id) if isinstance(space_id, str) else None,
        # For fields written by hand in templates (the limit said, counted and checked).
        "long_text_max": LONG_TEXT_MAX,
    }
