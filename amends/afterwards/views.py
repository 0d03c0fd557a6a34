"""Pages of the steps after atonement: thin views over services and selectors.

Every page is a 404 to anyone the breach is not shown to (`breach_or_404`), like the path's
own pages. None is kept (`kept_for_viewer`): the closeness page shows a fact made of two
private answers, which no one person's numbers follow.
"""

from collections.abc import Iterable
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from amends import acting
from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.http import AuthedRequest
from amends.repair.models import Breach
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import Visibility, changeable_or_404, visibility_choices
from amends.talk.drafts import coached_drafts

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


def _my_part_form(
    form_class: type[BetweenUsForm | TextForm],
    request: AuthedRequest,
    roles: SpaceRoles,
    mine: Part | None,
    fields: Iterable[str] = ("text",),
) -> BetweenUsForm | TextForm:
    """The form for one's own part of a step, holding what it says now and who sees it."""
    initial = {name: getattr(mine, name) for name in (*fields, "visibility")} if mine else {}
    return form_class(
        request.POST or None,
        audience=visibility_choices(request.user, roles, keep=mine.visibility if mine else ""),
        initial=initial,
    )


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


def _part_page(
    request: AuthedRequest,
    space: Space,
    roles: SpaceRoles,
    breach_id: UUID,
    *,
    kind: str,
    step: str,
    form_class: type[BetweenUsForm | TextForm],
    fields: tuple[str, ...] = ("text",),
    field: str = "text",
) -> HttpResponse:
    """A step where each partner writes their own part (what happened between us, what made
    us vulnerable): theirs, the other's as shared with them, and the form for their own."""
    me = request.user
    breach = afterwards_breach(viewer=me, roles=roles, breach_id=breach_id)
    mine = my_part(breach=breach, viewer=me, kind=kind)
    form = _my_part_form(form_class, request, roles, mine, fields)
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.part_save(
            breach=breach,
            by=me,
            kind=kind,
            visibility=d["visibility"],
            **{name: d.get(name, "") for name in fields},
        ),
        done=_done_words(request.POST.get("visibility", "")),
        field=field,
        coach=roles,
        coach_text=lambda d: "\n\n".join(d.get(n, "") for n in fields if d.get(n)),
    ):
        return _saved(space, breach, f"afterwards_{step}")
    theirs = _theirs(breach, me, roles, kind)
    return _page(
        request,
        f"afterwards/{step}.html",
        space,
        breach,
        roles,
        step=step,
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
def afterwards_between_us(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    return _part_page(
        request,
        space,
        roles,
        breach_id,
        kind=PartKind.BETWEEN_US,
        step="between_us",
        form_class=BetweenUsForm,
        fields=services.BETWEEN_US_FIELDS,
        field="own_part",
    )


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
def afterwards_vulnerable(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    return _part_page(
        request,
        space,
        roles,
        breach_id,
        kind=PartKind.VULNERABLE,
        step="vulnerable",
        form_class=TextForm,
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
    form = _my_part_form(TextForm, request, roles, mine)
    form.fields["text"].label = "The comfort I needed" if hurt else "My answer"
    if request.method == "POST" and acting.saved(
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


def _turning_forms(request: AuthedRequest, roles: SpaceRoles, posted: str = "") -> dict[str, Any]:
    """The turning page's two forms; only the one `posted` is bound."""
    return {
        "bid_form": BidForm(
            request.POST if posted == "bid" else None,
            audience=visibility_choices(request.user, roles),
        ),
        "closeness_form": ClosenessForm(request.POST if posted == "closeness" else None),
    }


def _turning_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach, forms: dict[str, Any]
) -> HttpResponse:
    me = request.user
    return _page(
        request,
        "afterwards/turning.html",
        space,
        breach,
        roles,
        step="turning",
        **forms,
        bids=list(bids_for(breach=breach, viewer=me, roles=roles)[:50]),
        closeness=closeness_for(breach=breach, viewer=me, roles=roles),
        plan=PLAN,
    )


@space_view
@require_safe
def afterwards_turning(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = afterwards_breach(viewer=request.user, roles=roles, breach_id=breach_id)
    return _turning_page(request, space, roles, breach, _turning_forms(request, roles))


@acting.action_view("afterwards_turning")
def afterwards_bid(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    me = request.user
    breach = afterwards_breach(viewer=me, roles=roles, breach_id=breach_id)
    forms = _turning_forms(request, roles, "bid")
    return acting.act(
        request,
        forms["bid_form"],
        lambda d: services.bid_add(
            breach=breach, by=me, kind=d["kind"], text=d["text"], visibility=d["visibility"]
        ),
        done="Noted. Small things, often, are how closeness comes back.",
        field="text",
        then=lambda: _saved(space, breach, "afterwards_turning"),
        page=lambda: _turning_page(request, space, roles, breach, forms),
    )


@acting.action_view("afterwards_turning")
def afterwards_closeness(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    me = request.user
    breach = afterwards_breach(viewer=me, roles=roles, breach_id=breach_id)
    forms = _turning_forms(request, roles, "closeness")
    return acting.act(
        request,
        forms["closeness_form"],
        lambda d: services.closeness_say(breach=breach, by=me, wants=d["wants"]),
        done="Kept for you. Your partner does not see your answer.",
        field="wants",
        then=lambda: _saved(space, breach, "afterwards_turning"),
        page=lambda: _turning_page(request, space, roles, breach, forms),
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
