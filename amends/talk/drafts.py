"""The coach's advice before sending is a page of its own.

When the coach has something to say about words written to the partner, the form is not
answered with a page (a page that answers a POST is one that going back, or reloading,
would send again: "Confirm Form Resubmission"). What was written is kept for its writer
(`services.draft_keep`, sealed) and the browser is sent to the same page with `?draft=`,
which shows the words again with the advice, "Send as written" and "I changed it, check
again". Every successful POST redirects; so does this one.

Showing a draft runs the page's own view with the draft as its form data, so the same
form, the same coach and the same template are used, but nothing can be written while it
does: views ask `replaying()` before they act, and the whole view runs in a transaction
that is rolled back. A draft is its writer's alone: anyone else's id, another page's, an
old one or a malformed one shows the page as it is.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, QueryDict

from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles

from .coaching import Feedback
from .selectors import draft_fields
from .services import draft_forget, draft_keep

DRAFT = "draft"
# Never kept: the CSRF token is the page's, and "send as written" is a choice made later.
_LEFT_OUT = frozenset({"csrfmiddlewaretoken", "send_anyway"})
_SPOKE = "_amends_coach_spoke"
_REPLAY = "_amends_draft_replay"


def replaying(request: HttpRequest) -> bool:
    """True while a kept draft is being shown: the view must not write anything."""
    return bool(getattr(request, _REPLAY, False))


def hold_for_advice(request: HttpRequest, feedback: Feedback | None) -> bool:
    """True when nothing may be sent now: the coach has advice the writer has not seen yet
    (its page will be one of its own), or a kept draft is being shown again."""
    if replaying(request):
        return True
    if feedback is not None and feedback.has_harmful and request.POST.get("send_anyway") != "1":
        setattr(request, _SPOKE, True)
        return True
    return False


def coached_drafts[V: Callable[..., HttpResponse]](view: V) -> V:
    """For a space page whose forms the coach reads: the advice is shown on a page of its
    own (see the module's docstring). Goes under the method check, above `kept_for_viewer`
    (a draft's page is never kept)."""

    @wraps(view)
    def wrapper(
        request: HttpRequest, space: Space, roles: SpaceRoles, *args: Any, **kwargs: Any
    ) -> HttpResponse:
        me = request.user
        shown = request.GET.get(DRAFT, "")
        if request.method == "POST":
            response = view(request, space, roles, *args, **kwargs)
            spoke = bool(getattr(request, _SPOKE, False))
            if shown and (spoke or response.status_code in (301, 302, 303)):
                draft_forget(person=me, draft_id=shown)  # type: ignore[arg-type]
            if not spoke:
                return response
            posted = {k: request.POST.getlist(k) for k in request.POST if k not in _LEFT_OUT}
            draft = draft_keep(person=me, space=space, path=request.path, fields=posted)  # type: ignore[arg-type]
            return HttpResponseRedirect(f"{request.path}?{DRAFT}={draft.uid}")
        fields = (
            draft_fields(person=me, space=space, path=request.path, draft_id=shown)  # type: ignore[arg-type]
            if shown and request.method == "GET"
            else None
        )
        if fields is None:
            return view(request, space, roles, *args, **kwargs)
        data = QueryDict(mutable=True)
        for key, values in fields.items():
            data.setlist(key, values)
        method, before = request.method, request.POST
        request.method, request.POST = "POST", data  # type: ignore[assignment]
        setattr(request, _REPLAY, True)
        try:
            with transaction.atomic():
                response = view(request, space, roles, *args, **kwargs)
                transaction.set_rollback(True)  # showing a draft never writes
        finally:
            request.method, request.POST = method, before
            setattr(request, _REPLAY, False)
        return response

    return wrapper  # type: ignore[return-value]
