from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse_lazy

LOGOUT_PATH = reverse_lazy("account_logout")
CLEAR_SITE_DATA = '"cache", "cookies", "storage"'


class PrivacyHeadersMiddleware:
    """Keep intimate pages out of shared caches, browser history snapshots and search engines."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store, private")
        response.headers.setdefault("X-Robots-Tag", "noindex, nofollow")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        if request.method == "POST" and request.path == str(LOGOUT_PATH):
            # Signing out on a shared device should leave nothing behind in this browser.
            response.headers["Clear-Site-Data"] = CLEAR_SITE_DATA
        return response


class MethodNotAllowedMiddleware:
    """Never a blank "405" for a person. A form sent to a page that now only shows (a tab
    left open across an update, whose buttons have since moved to addresses of their own)
    gets a page that says nothing was saved and how to get the words back (the browser's
    Back); an address that only acts, typed or followed as a link, gets a calm page. The API
    keeps its plain 405."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405 or request.path.startswith("/api/"):
            return response
        page = render(request, "405.html", {"sent": request.method == "POST"}, status=405)
        page.headers["Allow"] = response.headers.get("Allow", "")
        return page
