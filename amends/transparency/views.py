"""Being open: transparency offers. Thin views over services and selectors. Partners, and
the professional for the offers shared with them, read only (404 to anyone else, and to a
professional's post). Every page works without JavaScript."""

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import capfirst
from django.views.decorators.http import require_http_methods

from amends.errors import ActionRefused
from amends.forms import refuse_into_form
from amends.http import AuthedRequest
from amends.repair.forms import OnceForm
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.once import FIELD as ONCE_FIELD
from amends.spaces.once import run_once
from amends.spaces.pagecache import kept_for_viewer
from amends.spaces.selectors import SpaceRoles

from . import selectors, services
from .forms import OfferForm, PressureForm, ReviewDayForm, suggested_review_day
from .models import Pressure, State


def _partner_name(request: AuthedRequest, roles: SpaceRoles) -> str:
    partner = roles.partner_of(request.user)
    return partner.name if partner else "your partner"


def _once(request: AuthedRequest, action: Callable[[], object]) -> object:
    return run_once(token=request.POST.get(ONCE_FIELD), user=request.user, action=action)


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer
def transparency_home(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    selectors.member_or_404(viewer=request.user, roles=roles)
    me = request.user
    if roles.is_professional(me):
        if request.method != "GET":
            raise Http404("Not found.")
        return render(
            request,
            "transparency/for_professional.html",
            {
                "space": space,
                "offers": selectors.offers_by_state(viewer=me, roles=roles),
                "today": timezone.localdate(),
                "nav": "more",
            },
        )
    form = OfferForm(request.POST or None, initial={"review_on": suggested_review_day()})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            offer = _once(
                request,
                lambda: services.offer_draft(
                    space=space, author=me, act=data["text"], review_on=data["review_on"]
                ),
            )
        except ActionRefused as refused:
            refuse_into_form(form, refused)
        else:
            messages.success(
                request,
                "Saved for now, only for you. Read it again, and offer it when you are ready.",
            )
            return redirect("transparency_offer", space.uid, offer.uid)  # type: ignore[attr-defined]
    return render(
        request,
        "transparency/home.html",
        {
            "space": space,
            "form": form,
            "offers": selectors.offers_by_state(viewer=me, roles=roles),
            "pressured": selectors.my_pressure(viewer=me, roles=roles),
            "partner": roles.partner_of(me),
            "partner_name": _partner_name(request, roles),
            "today": timezone.localdate(),
            "nav": "more",
        },
    )


_DONE = {
    "edit": "Saved. Only you can read it until you offer it.",
    "offer": "Offered. {partner} can read it now, and answer when they are ready.",
    "delete": "Deleted.",
    "withdraw": "Taken back. {partner} can see that you took it back.",
    "accept": "Thank you. It is on, until the two of you look at it again.",
    "not_needed": "Thank you. {partner} can see you don't need it, and that you noticed the offer.",
    "release": "You let it go. That is a kind thing to do; {partner} can see it.",
    "propose": "Saved. {partner} is asked to agree to the new day.",
    "agree": "Agreed. It keeps going until the new day.",
    "wind_down": "It has ended, as you agreed it could. {partner} can see that.",
    "pressure": "Saved, only for you. Nothing changed for {partner}, and they are not told.",
    "pressure_back": "Taken back. It was only ever yours.",
    "share_professional": "Shared with {professional}. They can read it and where it stands; "
    "they cannot change anything.",
}


@space_view
@require_http_methods(["GET", "POST"])
def offer_detail(
    request: AuthedRequest, space: Space, roles: SpaceRoles, offer_id: UUID
) -> HttpResponse:
    me = request.user
    offer = selectors.offer_or_404(viewer=me, roles=roles, offer_id=offer_id)
    if roles.is_professional(me):
        if request.method != "GET":
            raise Http404("Not found.")
        return render(
            request,
            "transparency/offer.html",
            {"space": space, "offer": offer, "reader_only": True, "nav": "more"},
        )
    partner_name = _partner_name(request, roles)
    professional = roles.professionals[0] if roles.professionals else None
    mine = offer.author_id == me.pk
    posted = request.POST.get("form", "") if request.method == "POST" else ""
    pressure = selectors.my_pressure(viewer=me, roles=roles).get(offer.pk)
    edit = OfferForm(
        request.POST if posted == "edit" else None,
        initial={"act": offer.act, "suggestion": "own", "review_on": offer.review_on},
    )
    review = ReviewDayForm(
        request.POST if posted == "propose" else None,
        initial={"review_on": suggested_review_day()},
    )
    pressure_form = PressureForm(
        request.POST if posted == "pressure" else None,
        initial={"note": pressure.note if pressure else ""},
    )
    plain = OnceForm(request.POST if posted in _DONE else None)
    actions: dict[str, tuple[Any, Callable[[], object]]] = {
        "edit": (
            edit,
            lambda: services.offer_update(
                offer=offer,
                by=me,
                act=edit.cleaned_data["text"],
                review_on=edit.cleaned_data["review_on"],
            ),
        ),
        "offer": (plain, lambda: services.offer_make(offer=offer, by=me)),
        "delete": (plain, lambda: services.offer_delete(offer=offer, by=me)),
        "withdraw": (plain, lambda: services.offer_withdraw(offer=offer, by=me)),
        "accept": (plain, lambda: services.offer_answer(offer=offer, by=me, accept=True)),
        "not_needed": (plain, lambda: services.offer_answer(offer=offer, by=me, accept=False)),
        "release": (plain, lambda: services.offer_release(offer=offer, by=me)),
        "propose": (
            review,
            lambda: services.review_propose(
                offer=offer, by=me, review_on=review.cleaned_data["review_on"]
            ),
        ),
        "agree": (plain, lambda: services.review_agree(offer=offer, by=me)),
        "wind_down": (plain, lambda: services.offer_wind_down(offer=offer, by=me)),
        "pressure": (
            pressure_form,
            lambda: services.pressure_note(
                offer=offer, by=me, note=pressure_form.cleaned_data["note"]
            ),
        ),
        "pressure_back": (
            plain,
            lambda: _take_back(pressure, me),
        ),
        "share_professional": (
            plain,
            lambda: services.offer_share_with_professional(offer=offer, by=me),
        ),
    }
    if posted in actions:
        form, action = actions[posted]
        if form.is_valid():
            try:
                _once(request, action)
            except ActionRefused as refused:
                if form is plain:
                    messages.error(request, refused.message)
                    return redirect("transparency_offer", space.uid, offer.uid)
                refuse_into_form(form, refused)
            else:
                messages.success(
                    request,
                    _DONE[posted].format(
                        partner=capfirst(partner_name),
                        professional=professional.name if professional else "your professional",
                    ),
                )
                if posted == "delete":
                    return redirect("transparency_home", space.uid)
                anchor = "#pressure" if posted.startswith("pressure") else ""
                return redirect(f"{request.path}{anchor}")
    elif request.method == "POST":
        messages.error(request, "Please choose one of the buttons on this page.")
        return redirect("transparency_offer", space.uid, offer.uid)
    return render(
        request,
        "transparency/offer.html",
        {
            "space": space,
            "offer": offer,
            "mine": mine,
            "partner_name": partner_name,
            "author_name": "you" if mine else offer.author.name,
            "edit": edit,
            "review": review,
            "pressure_form": pressure_form,
            "pressure": pressure,
            "review_has_come": offer.review_has_come(),
            "proposed_by_me": offer.proposed_by_id == me.pk,
            # Its author may share it with the professional approved here, once offered.
            "professional": professional
            if mine and offer.visibility == "partner" and offer.state != State.DRAFT
            else None,
            "State": State,
            "nav": "more",
        },
    )


def _take_back(pressure: Pressure | None, by: object) -> None:
    if pressure is None:
        raise ActionRefused("There is nothing to take back.", code="conflict")
    services.pressure_take_back(pressure=pressure, by=by)  # type: ignore[arg-type]
