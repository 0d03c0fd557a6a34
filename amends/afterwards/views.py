"""Pages of the steps after atonement: thin views over services and selectors.

Every page is a 404 to anyone the breach is not shown to (`breach_for`), like the path's
own pages. None is kept (`kept_for_viewer`): the closeness page shows a fact made of two
private answers, which no one person's numbers follow.
"""

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from amends.accounts.models import User
from amends.errors import ActionRefused
from amends.http import AuthedRequest
from amends.repair.models import Breach
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.once import FIELD as ONCE_FIELD
from amends.spaces.once import run_once
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import Visibility, changeable_or_404, visibility_choices
from amends.talk.coaching import feedback_for
from amends.talk.drafts import coached_drafts, confirming, hold_for_advice, replaying

from . import services
from .forms import BetweenUsForm, BidForm, ClosenessForm, TextForm
from .models import Bid, Part, PartKind
from .selectors import (
    STEP_WORDS,
    afterwards_breach,
    afterwards_for,
    bids_for,
    closeness_for,
    my_part,
    parts_for,
)

PLAN = [
    (
        "Being near",
        "Sitting close on the sofa, a hand on a shoulder, a hug hello and goodbye.",
    ),
    ("Holding", "Holding hands on a walk, a longer hug, lying close with your clothes on."),
    (
        "Touch that is just touch",
        "A back rub or a foot rub, taking turns, with no expectation of anything more.",
    ),
    (
        "Sensual, not sexual",
        "Slow, gentle touch, taking turns, where either of you can say \u201cenough for "
        "today\u201d at any moment.",
    ),
    ("Making love again", "When, and only when, you both feel ready. There is no schedule."),
]


def _act(
    request: AuthedRequest,
    form: forms.Form,
    action: Callable[[dict[str, Any]], object],
    *,
    done: str,
    field: str | None = None,
    coach: SpaceRoles | None = None,
    coach_text: Callable[[dict[str, Any]], str] | None = None,
) -> bool:
    """Validate, let the coach speak once about words shared with the partner (it never
    refuses), then run the service once. True when it was saved."""
    if not form.is_valid():
        return False
    data = form.cleaned_data
    if (
        coach is not None
        and data.get("visibility", Visibility.PRIVATE) != Visibility.PRIVATE
        and not confirming(request)
        and (request.POST.get("send_anyway") != "1" or replaying(request))
    ):
        text = coach_text(data) if coach_text else str(data.get(field or "text", ""))
        feedback = feedback_for(text=text, viewer=request.user, roles=coach)
        if hold_for_advice(request, feedback):
            form.coach_feedback = feedback  # type: ignore[attr-defined]
            return False
    if replaying(request):
        return False
    try:
        run_once(
            token=data.get(ONCE_FIELD) or request.POST.get(ONCE_FIELD),
            user=request.user,
            action=lambda: action(data),
        )
    except ActionRefused as refused:
        form.add_error(field if field in form.fields else None, refused.message)
        return False
    messages.success(request, done)
    return True


def _page(
    request: AuthedRequest,
    template: str,
    space: Space,
    breach: Breach,
    roles: SpaceRoles,
    step: str = "",
    **ctx: Any,
) -> HttpResponse:
    after = afterwards_for(breach=breach, viewer=request.user, roles=roles)
    title, why = STEP_WORDS.get(step, ("", ""))
    context = {
        "space": space,
        "breach": breach,
        "roles": roles,
        "after": after,
        "title": title,
        "why": why,
        "partner": roles.partner_of(request.user),
        "nav": "path",
        **ctx,
    }
    return render(request, template, context)


def _saved(space: Space, breach: Breach, name: str) -> HttpResponse:
    return redirect(name, space.uid, breach.uid)


def _done_words(visibility: str) -> str:
    if visibility == Visibility.PRIVATE:
        return "Kept for you. Share it when you are ready."
    return "Shared. Thank you for writing it."


@space_view
@require_http_methods(["GET"])
def afterwards_home(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = afterwards_breach(viewer=request.user, roles=roles, breach_id=breach_id)
    return _page(request, "afterwards/home.html", space, breach, roles)


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
def afterwards_between_us(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    me = request.user
    breach = afterwards_breach(viewer=me, roles=roles, breach_id=breach_id)
    mine = my_part(breach=breach, viewer=me, kind=PartKind.BETWEEN_US)
    initial: dict[str, Any] = {}
    if mine is not None:
        initial = {name: getattr(mine, name) for name in services.BETWEEN_US_FIELDS} | {
            "visibility": mine.visibility
        }
    form = BetweenUsForm(
        request.POST or None,
        audience=visibility_choices(me, roles, keep=mine.visibility if mine else ""),
        initial=initial,
    )
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.part_save(
            breach=breach,
            by=me,
            kind=PartKind.BETWEEN_US,
            visibility=d["visibility"],
            **{name: d.get(name, "") for name in services.BETWEEN_US_FIELDS},
        ),
        done=_done_words(request.POST.get("visibility", "")),
        field="own_part",
        coach=roles,
        coach_text=lambda d: "\n\n".join(
            d.get(n, "") for n in services.BETWEEN_US_FIELDS if d.get(n)
        ),
    ):
        return _saved(space, breach, "afterwards_between_us")
    theirs = _theirs(breach, me, roles, PartKind.BETWEEN_US)
    return _page(
        request,
        "afterwards/between_us.html",
        space,
        breach,
        roles,
        step="between_us",
        form=form,
        mine=mine,
        theirs=theirs,
    )


def _theirs(breach: Breach, me: User, roles: SpaceRoles, kind: str) -> list[Part]:
    """The other partner's part of this kind, as this viewer may see it."""
    return [
        p
        for p in parts_for(breach=breach, viewer=me, roles=roles, kinds=(kind,))
        if p.author_id != me.pk
    ]


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
def afterwards_vulnerable(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    me = request.user
    breach = afterwards_breach(viewer=me, roles=roles, breach_id=breach_id)
    mine = my_part(breach=breach, viewer=me, kind=PartKind.VULNERABLE)
    initial = {"text": mine.text, "visibility": mine.visibility} if mine else {}
    form = TextForm(
        request.POST or None,
        audience=visibility_choices(me, roles, keep=mine.visibility if mine else ""),
        initial=initial,
    )
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.part_save(
            breach=breach,
            by=me,
            kind=PartKind.VULNERABLE,
            text=d["text"],
            visibility=d["visibility"],
        ),
        done=_done_words(request.POST.get("visibility", "")),
        field="text",
        coach=roles,
    ):
        return _saved(space, breach, "afterwards_vulnerable")
    theirs = _theirs(breach, me, roles, PartKind.VULNERABLE)
    return _page(
        request,
        "afterwards/vulnerable.html",
        space,
        breach,
        roles,
        step="vulnerable",
        form=form,
        mine=mine,
        theirs=theirs,
    )


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
def afterwards_comfort(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    me = request.user
    breach = afterwards_breach(viewer=me, roles=roles, breach_id=breach_id)
    hurt = breach.hurt_partner_id == me.pk
    kind = PartKind.COMFORT_ASK if hurt else PartKind.COMFORT_ANSWER
    seen = list(
        parts_for(
            breach=breach,
            viewer=me,
            roles=roles,
            kinds=(PartKind.COMFORT_ASK, PartKind.COMFORT_ANSWER),
        )
    )
    ask = next((p for p in seen if p.kind == PartKind.COMFORT_ASK), None)
    answer = next((p for p in seen if p.kind == PartKind.COMFORT_ANSWER), None)
    mine = ask if hurt else answer
    if mine is not None and mine.author_id != me.pk:
        mine = None
    initial = {"text": mine.text, "visibility": mine.visibility} if mine else {}
    form = TextForm(
        request.POST or None,
        audience=visibility_choices(me, roles, keep=mine.visibility if mine else ""),
        initial=initial,
    )
    form.fields["text"].label = "The comfort I needed" if hurt else "My answer"
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.part_save(
            breach=breach, by=me, kind=kind, text=d["text"], visibility=d["visibility"]
        ),
        done=_done_words(request.POST.get("visibility", "")),
        field="text",
        coach=roles,
    ):
        return _saved(space, breach, "afterwards_comfort")
    # The injuring partner answers only an ask shared with them.
    can_answer = not hurt and ask is not None and ask.author_id != me.pk
    return _page(
        request,
        "afterwards/comfort.html",
        space,
        breach,
        roles,
        step="comfort",
        form=form,
        i_am_hurt=hurt,
        ask=ask,
        answer=answer,
        can_write=hurt or can_answer,
    )


@space_view
@require_http_methods(["GET", "POST"])
def afterwards_turning(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    me = request.user
    breach = afterwards_breach(viewer=me, roles=roles, breach_id=breach_id)
    posted = request.POST.get("form") if request.method == "POST" else None
    bid_form = BidForm(
        request.POST if posted == "bid" else None,
        audience=visibility_choices(me, roles),
    )
    closeness_form = ClosenessForm(request.POST if posted == "closeness" else None)
    if posted == "bid" and _act(
        request,
        bid_form,
        lambda d: services.bid_add(
            breach=breach, by=me, kind=d["kind"], text=d["text"], visibility=d["visibility"]
        ),
        done="Noted. Small things, often, are how closeness comes back.",
        field="text",
    ):
        return _saved(space, breach, "afterwards_turning")
    if posted == "closeness" and _act(
        request,
        closeness_form,
        lambda d: services.closeness_say(breach=breach, by=me, wants=d["wants"]),
        done="Kept for you. Your partner does not see your answer.",
        field="wants",
    ):
        return _saved(space, breach, "afterwards_turning")
    if posted not in (None, "bid", "closeness"):
        messages.error(request, "Something was missing from the form. Please try again.")
    return _page(
        request,
        "afterwards/turning.html",
        space,
        breach,
        roles,
        step="turning",
        bid_form=bid_form,
        closeness_form=closeness_form,
        bids=list(bids_for(breach=breach, viewer=me, roles=roles)[:50]),
        closeness=closeness_for(breach=breach, viewer=me, roles=roles),
        plan=PLAN,
    )


@space_view
@require_POST
def afterwards_bid_delete(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID, bid_id: UUID
) -> HttpResponse:
    breach = afterwards_breach(viewer=request.user, roles=roles, breach_id=breach_id)
    bid = changeable_or_404(Bid.objects.filter(breach=breach), bid_id, request.user, roles)
    try:
        services.bid_delete(bid=bid, by=request.user)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        messages.success(request, "Removed.")
    return _saved(space, breach, "afterwards_turning")
