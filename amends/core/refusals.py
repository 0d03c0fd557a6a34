"""One failure path for pages: a service's refusal becomes a message and a redirect.

Views that show a refusal next to a field keep doing so (`amends.core.forms.refuse_into_form`).
Any other refusal, caught by the view or not, goes through `refusal_response`: the message
is shown on the page the person is sent to, nothing was changed, and it is never a 500.
`RefusalMiddleware` catches what a view did not (two "Leave" posts at once, a delete of
something already deleted), so a new view cannot forget. The API has its own single path
(amends/api/errors.py), which maps the refusal's code to a status.
"""

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from amends.core.errors import ActionRefused

API_PREFIX = "/api/"


def back_url(request: HttpRequest) -> str:
    """Where the person came from (this site only), else the page that was posted to."""
    referer = request.META.get("HTTP_REFERER", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return referer
    if request.method == "POST":
        return request.get_full_path()
    return reverse("home")


def refusal_response(
    request: HttpRequest, refused: ActionRefused, *, to: str | None = None
) -> HttpResponseRedirect:
    messages.error(request, refused.message)
    return HttpResponseRedirect(to or back_url(request))


class RefusalMiddleware:
    """Turns a refusal no view caught into the same message and redirect."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, ActionRefused) or request.path.startswith(API_PREFIX):
            return None
        return refusal_response(request, exception, to=getattr(request, "refused_to", None))


def refusals_go_to(request: HttpRequest, url: str) -> None:
    """Send this request's refusals here instead of back (after a leave or a delete the
    page the form was on may be gone)."""
    request.refused_to = url  # type: ignore[attr-defined]
