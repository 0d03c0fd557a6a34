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

The same page of its own asks once before a step that deserves a moment (forgiving,
saying where you stand): `hold_until_confirmed` keeps the words the same way, and the
page shows them again with the question and a button that sends them, confirmed. Whether
the coach was already answered ("Send as written") is kept with them, so it is not asked
again.
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
_ASKING = "_amends_asking_to_confirm"
# Posted with the words once the person has said yes; kept with a draft that asks for it.
CONFIRMED = "confirmed"
CONFIRMING = "confirming"


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


def confirming(request: HttpRequest) -> bool:
    """True while a kept draft is shown to be confirmed (the coach has been heard)."""
    return replaying(request) and request.POST.get(CONFIRMING) == "1"


def hold_until_confirmed(request: HttpRequest) -> bool:
    """True when nothing may be saved yet: the person has not said yes to it (the question
    gets a page of its own), or it is being asked now."""
    if replaying(request):
        return True
    if request.POST.get(CONFIRMED) != "1":
        setattr(request, _SPOKE, True)
        setattr(request, _ASKING, True)
        return True
    return False


def _sent_from_the_draft(response: HttpResponse, path: str, shown: str) -> HttpResponse:
    """On a draft's page, a form that posts to an address of its own (an action's URL, not
    the page's) carries the draft with it, so sending it forgets the draft, as a form that
    posts back to the page it is on does."""
    if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
        return response
    here = f'action="{path}"'.encode()
    response.content = response.content.replace(here, f'action="{path}?{DRAFT}={shown}"'.encode())
    return response


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
                draft_forget(by=me, draft_id=shown)  # type: ignore[arg-type]
            if not spoke:
                return response
            asking = bool(getattr(request, _ASKING, False))
            # Asking to confirm: "send as written" was already chosen, if it was; kept.
            left_out = _LEFT_OUT - {"send_anyway"} if asking else _LEFT_OUT
            posted = {k: request.POST.getlist(k) for k in request.POST if k not in left_out}
            if asking:
                posted[CONFIRMING] = ["1"]
            draft = draft_keep(by=me, space=space, path=request.path, fields=posted)  # type: ignore[arg-type]
            # The question asked before saving is where the page opens (#confirm).
            where = "#confirm" if asking else ""
            return HttpResponseRedirect(f"{request.path}?{DRAFT}={draft.uid}{where}")
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
        return _sent_from_the_draft(response, request.path, shown)

    return wrapper  # type: ignore[return-value]
