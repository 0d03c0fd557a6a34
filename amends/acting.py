"""The one way a web form acts: validate, let the coach read the words, run the service once.

Each thing done on a page has its own URL and a small view (`action_view`: POST only),
which acts and redirects back to the page (Post/Redirect/Get), or shows the page again
with the form as it was sent. The page's own URL only shows it. Every form goes through
`act` (an action view's whole answer) or `saved` (for a page that still takes its one
form's POST itself). Both:

* validate the form; its errors come back next to the fields;
* with `coach`, let the coach read words written for someone else (never private ones)
  first: if it has something to say, the form comes back once with its advice and a
  "Send as written" button, on a page of its own (`amends.talk.drafts`). It never refuses;
* with `confirm`, ask once more, plainly, on a page of its own, before saving;
* while a kept draft is shown again (`replaying`), write nothing;
* claim the form's one-time token and run the service in the same transaction
  (`run_once`): a second send of the same form changes nothing;
* turn a refusal (`ActionRefused`) into a message next to `field` (or above the form),
  with nothing changed;
* on success, say `done` as a message.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_http_methods

from amends.core.errors import ActionRefused
from amends.core.once import FIELD as ONCE_FIELD
from amends.core.once import run_once
from amends.core.refusals import refusals_go_to
from amends.spaces.decorators import space_view
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import Visibility
from amends.talk.coaching import feedback_for
from amends.talk.drafts import (
    coached_drafts,
    confirming,
    hold_for_advice,
    hold_until_confirmed,
    replaying,
)

Action = Callable[[dict[str, Any]], object]


def saved(
    request: HttpRequest,
    form: forms.Form,
    action: Action,
    *,
    done: str | Callable[[Any], str],
    field: str | None = None,
    coach: SpaceRoles | None = None,
    coach_text: Callable[[dict[str, Any]], str] | None = None,
    confirm: bool = False,
    once: bool = True,
) -> bool:
    """Act on a posted form (see the module's docstring). True when it was saved. Without
    `once`, for the few settings that are the same however often they are sent (agreeing,
    a switch, an edit), no one-time token is asked for. `done` may be a function of what the
    service returned, for a message that says what was saved."""
    if not form.is_valid():
        return False
    data = form.cleaned_data
    if (
        coach is not None
        and (field or coach_text)
        and data.get("visibility") != Visibility.PRIVATE
        and not confirming(request)
        and (request.POST.get("send_anyway") != "1" or replaying(request))
    ):
        text = coach_text(data) if coach_text else str(data.get(field or "text", ""))
        feedback = feedback_for(text=text, viewer=request.user, roles=coach)  # type: ignore[arg-type]
        if hold_for_advice(request, feedback):
            form.coach_feedback = feedback  # type: ignore[attr-defined]
            return False
    if confirm and hold_until_confirmed(request):
        form.confirming = True  # type: ignore[attr-defined]
        return False
    if replaying(request):
        return False
    try:
        if once:
            result = run_once(
                token=data.get(ONCE_FIELD) or request.POST.get(ONCE_FIELD),
                user=request.user,  # type: ignore[arg-type]
                action=lambda: action(data),
            )
        else:
            with transaction.atomic():
                result = action(data)
    except ActionRefused as refused:
        form.add_error(field if field in form.fields else None, refused.message)
        return False
    messages.success(request, done(result) if callable(done) else done)
    return True


def act(
    request: HttpRequest,
    form: forms.Form,
    action: Action,
    *,
    then: Callable[[], HttpResponse],
    page: Callable[[], HttpResponse],
    **how: Any,
) -> HttpResponse:
    """An action view's answer: when saved, `then()` (a redirect: Post/Redirect/Get);
    otherwise `page()`, the page shown again with this form as it was sent (its errors,
    the coach's advice or the question asked before saving)."""
    return then() if saved(request, form, action, **how) else page()


def delete_page(
    request: HttpRequest,
    *,
    delete: Callable[[], object],
    done: str,
    back: str,
    page: Callable[[], HttpResponse],
) -> HttpResponse:
    """A delete's own page: `page()` asks first; its button deletes, says `done` and goes
    `back` (the list it was on). A refusal goes there too: a thing already deleted has no
    page left to come back to."""
    if request.method != "POST":
        return page()
    refusals_go_to(request, back)
    delete()
    messages.success(request, done)
    return redirect(back)


def action_view(
    page: str, *, coached: bool = False, page_takes_ids: bool = True
) -> Callable[[Callable[..., HttpResponse]], Any]:
    """A space view for one action on the page named `page` (whose URL takes the same
    arguments, or only the space's without `page_takes_ids`): log-in and membership
    (`space_view`), then it acts on a POST only. With `coached`, the coach's advice, or the
    question asked before saving, is a page of its own at this URL with `?draft=`
    (`talk.drafts`); any other GET (a link to the address, a reload) is sent to the page."""

    def decorate(act: Callable[..., HttpResponse]) -> Any:
        @wraps(act)
        def view(
            request: HttpRequest, space: Any, roles: SpaceRoles, **kwargs: Any
        ) -> HttpResponse:
            if request.method != "POST":
                return redirect(page, space.uid, *(kwargs.values() if page_takes_ids else ()))
            return act(request, space, roles, **kwargs)

        if coached:
            return space_view(require_http_methods(["GET", "POST"])(coached_drafts(view)))
        return space_view(require_http_methods(["GET", "POST"])(view))

    return decorate
