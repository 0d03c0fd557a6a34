from typing import Any

from django.conf import settings
from django.http import HttpRequest


def amends(request: HttpRequest) -> dict[str, Any]:
    # Only the id, so the navigation costs no query; space views check membership anyway.
    space_id = request.session.get("space_id") if hasattr(request, "session") else None
    return {
        "quick_exit_url": settings.AMENDS_QUICK_EXIT_URL,
        "current_space_id": space_id if isinstance(space_id, int) else None,
    }
