"""Being open: transparency offers. Thin views over services and selectors. Partners, and
the professional for the offers shared with them, read only (404 to anyone else, and to a
professional's post). Every page works without JavaScript."""

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.views.decorators.http import require_http_methods, require_safe

from amends import acting
from amends.core.errors import ActionRefused
from amends.core.forms import refuse_into_form
from amends.core.http import AuthedRequest
from amends.core.once import run_posted_once
from amends.core.pagecache import kept_for_viewer
from amends.repair.forms import OnceForm
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles

from . import selectors, services
from .forms import OfferForm, PressureForm, ReviewDayForm, suggested_review_day
from .models import Pressure, State


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
            offer = run_posted_once(
                request,
                lambda: services.offer_draft(
                    space=space, by=me, act=data["text"], review_on=data["review_on"]
                ),
            )
        except ActionRefused as refused:
            refuse_into_form(form, refused)
        else:
            messages.success(
                request,
                "Saved for now, only for you. Read it again, and offer it when you are ready.",
            )
            return redirect("transparency_offer", space.uid, offer.uid)
    return render(
        request,
        "transparency/home.html",
        {
            "space": space,
            "form": form,
            "offers": selectors.offers_by_state(viewer=me, roles=roles),
            "pressured": selectors.my_pressure(viewer=me, roles=roles),
            "partner": roles.partner_of(me),
            "partner_name": roles.partner_name_of(request.user),
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


def _offer_forms(
    request: AuthedRequest, offer: Any, pressure: Any, posted: str = ""
) -> dict[str, Any]:
    """The offer page's forms; only the one `posted` is bound (`plain`: a button alone)."""

    def data(which: str) -> Any:
        return request.POST if posted == which else None

    return {
        "edit": OfferForm(
            data("edit"),
            initial={"act": offer.act, "suggestion": "own", "review_on": offer.review_on},
        ),
        "review": ReviewDayForm(data("propose"), initial={"review_on": suggested_review_day()}),
        "pressure_form": PressureForm(
            data("pressure"), initial={"note": pressure.note if pressure else ""}
        ),
        "plain": OnceForm(request.POST if posted in _PLAIN else None),
    }


def _offer_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, offer: Any, forms: dict[str, Any]
) -> HttpResponse:
    me = request.user
    mine = offer.author_id == me.pk
    professional = roles.professionals[0] if roles.professionals else None
    return render(
        request,
        "transparency/offer.html",
        {
            "space": space,
            "offer": offer,
            "mine": mine,
            "partner_name": roles.partner_name_of(request.user),
            "author_name": "you" if mine else offer.author.name,
            "edit": forms["edit"],
            "review": forms["review"],
            "pressure_form": forms["pressure_form"],
            "pressure": selectors.my_pressure(viewer=me, roles=roles).get(offer.pk),
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


@space_view
@require_safe
def offer_detail(
    request: AuthedRequest, space: Space, roles: SpaceRoles, offer_id: UUID
) -> HttpResponse:
    me = request.user
    offer = selectors.offer_or_404(viewer=me, roles=roles, offer_id=offer_id)
    if roles.is_professional(me):  # shared with them: read only
        return render(
            request,
            "transparency/offer.html",
            {"space": space, "offer": offer, "reader_only": True, "nav": "more"},
        )
    pressure = selectors.my_pressure(viewer=me, roles=roles).get(offer.pk)
    return _offer_page(request, space, roles, offer, _offer_forms(request, offer, pressure))


# What each action does: (the form it is sent with, the service it calls).
ACTIONS: dict[str, tuple[str, Callable[[Any, Any, Any, dict[str, Any]], object]]] = {
    "edit": (
        "edit",
        lambda offer, me, pressure, d: services.offer_update(
            offer=offer, by=me, act=d["text"], review_on=d["review_on"]
        ),
    ),
    "offer": ("plain", lambda offer, me, pressure, d: services.offer_make(offer=offer, by=me)),
    "delete": ("plain", lambda offer, me, pressure, d: services.offer_delete(offer=offer, by=me)),
    "withdraw": (
        "plain",
        lambda offer, me, pressure, d: services.offer_withdraw(offer=offer, by=me),
    ),
    "accept": (
        "plain",
        lambda offer, me, pressure, d: services.offer_answer(offer=offer, by=me, accept=True),
    ),
    "not_needed": (
        "plain",
        lambda offer, me, pressure, d: services.offer_answer(offer=offer, by=me, accept=False),
    ),
    "release": ("plain", lambda offer, me, pressure, d: services.offer_release(offer=offer, by=me)),
    "propose": (
        "review",
        lambda offer, me, pressure, d: services.review_propose(
            offer=offer, by=me, review_on=d["review_on"]
        ),
    ),
    "agree": ("plain", lambda offer, me, pressure, d: services.review_agree(offer=offer, by=me)),
    "wind_down": (
        "plain",
        lambda offer, me, pressure, d: services.offer_wind_down(offer=offer, by=me),
    ),
    "pressure": (
        "pressure_form",
        lambda offer, me, pressure, d: services.pressure_note(offer=offer, by=me, note=d["note"]),
    ),
    "pressure_back": ("plain", lambda offer, me, pressure, d: _take_back(pressure, me)),
    "share_professional": (
        "plain",
        lambda offer, me, pressure, d: services.offer_share_with_professional(offer=offer, by=me),
    ),
}
_PLAIN = {which for which, (form, _) in ACTIONS.items() if form == "plain"}


def _offer_action(which: str) -> Any:
    """One action on an offer's page, at its own URL (`<offer>/<action>/`)."""
    form_name, action = ACTIONS[which]

    @acting.action_view("transparency_offer")
    def view(
        request: AuthedRequest, space: Space, roles: SpaceRoles, offer_id: UUID
    ) -> HttpResponse:
        me = request.user
        if roles.is_professional(me):  # they read what is shared with them, and act on none
            raise Http404("Not found.")
        offer = selectors.offer_or_404(viewer=me, roles=roles, offer_id=offer_id)
        pressure = selectors.my_pressure(viewer=me, roles=roles).get(offer.pk)
        forms = _offer_forms(request, offer, pressure, which)
        form = forms[form_name]

        def then() -> HttpResponse:
            if which == "delete":
                return redirect("transparency_home", space.uid)
            page = reverse("transparency_offer", args=[space.uid, offer.uid])
            return redirect(page + ("#pressure" if which.startswith("pressure") else ""))

        def show_again() -> HttpResponse:
            if form_name == "plain":  # a button alone: what went wrong is said above the page
                for error in form.non_field_errors():
                    messages.error(request, str(error))
                return redirect("transparency_offer", space.uid, offer.uid)
            return _offer_page(request, space, roles, offer, forms)

        return acting.act(
            request,
            form,
            lambda d: action(offer, me, pressure, d),
            done=_DONE[which].format(
                partner=capfirst(roles.partner_name_of(request.user)),
                professional=roles.professionals[0].name
                if roles.professionals
                else "your professional",
            ),
            then=then,
            page=show_again,
        )

    view.__name__ = view.__qualname__ = f"offer_{which}"
    return view


offer_edit = _offer_action("edit")
offer_offer = _offer_action("offer")
offer_delete = _offer_action("delete")
offer_withdraw = _offer_action("withdraw")
offer_accept = _offer_action("accept")
offer_not_needed = _offer_action("not_needed")
offer_release = _offer_action("release")
offer_propose = _offer_action("propose")
offer_agree = _offer_action("agree")
offer_wind_down = _offer_action("wind_down")
offer_pressure = _offer_action("pressure")
offer_pressure_back = _offer_action("pressure_back")
offer_share_professional = _offer_action("share_professional")


def _take_back(pressure: Pressure | None, by: object) -> None:
    if pressure is None:
        raise ActionRefused("There is nothing to take back.", code="conflict")
    services.pressure_take_back(pressure=pressure, by=by)  # type: ignore[arg-type]
