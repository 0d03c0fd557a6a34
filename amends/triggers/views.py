"""Hard moments: thin views over services and selectors. Partners only (404 otherwise).

Every page works without JavaScript; the grounding exercises are part of the page itself,
so they work offline once it is open, and using them records nothing."""

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import capfirst
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from amends import acting
from amends.core.errors import ActionRefused
from amends.core.http import AuthedRequest
from amends.core.once import run_posted_once
from amends.core.pagecache import kept_for_viewer
from amends.core.refusals import refusals_go_to
from amends.repair.forms import OnceForm
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, partner_or_404
from amends.spaces.visibility import audience_label

from . import selectors, services
from .charts import picture_charts
from .forms import HardDayForm, ResponseForm, SignalSettingForm, TriggerEditForm, TriggerLogForm
from .models import STRENGTH_MAX, STRENGTH_MIN, AgreedResponse
from .services import DAY_AUDIENCES

RECENT = 5


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer
def triggers_home(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    me = request.user
    form = TriggerLogForm(request.POST or None)
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.trigger_log(
            space=space, by=me, kind=d["kind"], strength=d["strength"], note=d["note"]
        ),
        done="Saved. Only you can see it. Take your time; the exercises below are here "
        "whenever you want them.",
    ):
        return redirect(reverse("triggers_home", args=[space.uid]) + "#grounding")
    partner = roles.partner_of(me)
    latest = selectors.latest_signal(sender=me, viewer=me, roles=roles)
    return render(
        request,
        "triggers/home.html",
        {
            "space": space,
            "form": form,
            "strengths": range(STRENGTH_MIN, STRENGTH_MAX + 1),
            "strength_max": STRENGTH_MAX,
            "recent": list(selectors.my_triggers(viewer=me, roles=roles)[:RECENT]),
            "upcoming": selectors.upcoming_days(viewer=me, roles=roles),
            "partner": partner,
            "partner_name": roles.partner_name_of(request.user),
            "signal_on": selectors.signal_is_on(person=me, viewer=me, roles=roles),
            "my_latest_signal": latest,
            "partner_signal": selectors.partner_signal_for(viewer=me, roles=roles),
            "nav": "more",
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
def trigger_edit(
    request: AuthedRequest, space: Space, roles: SpaceRoles, trigger_id: UUID
) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    trigger = selectors.my_trigger_or_404(viewer=request.user, roles=roles, trigger_id=trigger_id)
    form = TriggerEditForm(
        request.POST or None,
        initial={"strength": trigger.strength, "helped": trigger.helped_keys, "note": trigger.note},
    )
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.trigger_update(
            trigger=trigger,
            by=request.user,
            strength=d["strength"],
            helped=d["helped"],
            note=d["note"],
        ),
        done="Saved. Only you can see it.",
        once=False,
    ):
        return redirect("triggers_home", space.uid)
    return render(
        request,
        "triggers/edit.html",
        {"space": space, "trigger": trigger, "form": form, "nav": "more"},
    )


@space_view
@require_http_methods(["GET", "POST"])
def trigger_delete(
    request: AuthedRequest, space: Space, roles: SpaceRoles, trigger_id: UUID
) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    trigger = selectors.my_trigger_or_404(viewer=request.user, roles=roles, trigger_id=trigger_id)
    return acting.delete_page(
        request,
        delete=lambda: services.trigger_delete(trigger=trigger, by=request.user),
        done="Deleted.",
        back=reverse("triggers_home", args=[space.uid]),
        page=lambda: render(
            request, "triggers/delete.html", {"space": space, "trigger": trigger, "nav": "more"}
        ),
    )


@space_view
@require_http_methods(["GET"])
@kept_for_viewer
def triggers_weeks(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    picture = selectors.picture(viewer=request.user, roles=roles)
    return render(
        request,
        "triggers/weeks.html",
        {
            "space": space,
            "p": picture,
            "charts": picture_charts(picture, space_id=space.pk, person=request.user.pk),
            "table": [r for r in reversed(picture.rows)],
            "strength_max": STRENGTH_MAX,
            "nav": "more",
        },
    )


def _day_audience(request: AuthedRequest, roles: SpaceRoles) -> list[tuple[str, str]]:
    return [(v.value, audience_label(v.value, request.user, roles)) for v in DAY_AUDIENCES]


def _day_form_values(form: HardDayForm) -> dict[str, object]:
    data = form.cleaned_data
    return {
        "label": data["label"],
        "day": data["day"],
        "every_year": data["every_year"],
        "plan": data["plan"],
        "visibility": data["visibility"],
        "remind": data.get("remind") or "",
    }


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer
def hard_days(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    me = request.user
    form = HardDayForm(request.POST or None, audience=_day_audience(request, roles))
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.hard_day_add(space=space, by=me, **_day_form_values(form)),  # type: ignore[arg-type]
        done="Saved.",
    ):
        return redirect("hard_days", space.uid)
    days = list(selectors.hard_days(viewer=me, roles=roles))
    for day in days:
        day.audience = (  # type: ignore[attr-defined]
            audience_label(day.visibility, me, roles)
            if day.author_id == me.pk
            else f"Shared with you by {day.author.name}"
        )
    return render(
        request,
        "triggers/days.html",
        {
            "space": space,
            "form": form,
            "mine": [d for d in days if d.author_id == me.pk],
            "theirs": [d for d in days if d.author_id != me.pk],
            "partner_name": roles.partner_name_of(request.user),
            "nav": "more",
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
def hard_day_edit(
    request: AuthedRequest, space: Space, roles: SpaceRoles, day_id: UUID
) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    day = selectors.my_day_or_404(viewer=request.user, roles=roles, day_id=day_id)
    form = HardDayForm(
        request.POST or None,
        audience=_day_audience(request, roles),
        initial={
            "label": day.label,
            "day": day.day,
            "every_year": day.every_year,
            "plan": day.plan,
            "visibility": day.visibility,
            "remind": day.remind or "",
        },
    )
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.hard_day_update(hard_day=day, by=request.user, **_day_form_values(form)),  # type: ignore[arg-type]
        done="Saved.",
        once=False,
    ):
        return redirect("hard_days", space.uid)
    return render(
        request, "triggers/day_edit.html", {"space": space, "day": day, "form": form, "nav": "more"}
    )


@space_view
@require_http_methods(["GET", "POST"])
def hard_day_delete(
    request: AuthedRequest, space: Space, roles: SpaceRoles, day_id: UUID
) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    day = selectors.my_day_or_404(viewer=request.user, roles=roles, day_id=day_id)
    return acting.delete_page(
        request,
        delete=lambda: services.hard_day_delete(hard_day=day, by=request.user),
        done="Deleted.",
        back=reverse("hard_days", args=[space.uid]),
        page=lambda: render(
            request, "triggers/day_delete.html", {"space": space, "day": day, "nav": "more"}
        ),
    )


def _together_forms(request: AuthedRequest, roles: SpaceRoles, posted: str = "") -> dict[str, Any]:
    """What the together page shows and its forms; only the one `posted` is bound."""
    me = request.user
    partner = roles.partner_of(me)
    mine = selectors.response_for(person=me, viewer=me, roles=roles)
    theirs = selectors.response_for(person=partner, viewer=me, roles=roles) if partner else None
    signal_on = selectors.signal_is_on(person=me, viewer=me, roles=roles)

    def response_form(response: AgreedResponse | None, which: str) -> ResponseForm:
        initial = (
            {
                "what_helps": response.what_helps,
                "what_to_say": response.what_to_say,
                "what_not_to_say": response.what_not_to_say,
            }
            if response
            else {}
        )
        return ResponseForm(
            request.POST if posted == which else None, initial=initial, prefix=which
        )

    return {
        "partner": partner,
        "mine": mine,
        "theirs": theirs,
        "signal_on": signal_on,
        "mine_form": response_form(mine, "mine"),
        "theirs_form": response_form(theirs, "theirs"),
        "signal_form": SignalSettingForm(
            request.POST if posted == "signal" else None,
            initial={"signal": "on" if signal_on else "off"},
        ),
        "agree_form": OnceForm(request.POST if posted.startswith("agree") else None),
    }


def _together_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, forms: dict[str, Any]
) -> HttpResponse:
    me, partner, mine = request.user, forms["partner"], forms["mine"]
    return render(
        request,
        "triggers/together.html",
        {
            **forms,
            "space": space,
            "partner_name": roles.partner_name_of(request.user),
            "mine_unseen": bool(mine) and selectors.unseen_by_partner(item=mine, roles=roles),
            "partner_signal_on": bool(partner)
            and selectors.signal_is_on(person=partner, viewer=me, roles=roles),
            "nav": "more",
        },
    )


@space_view
@require_safe
@kept_for_viewer
def together(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    """What helps each of us when we are triggered, written together, and the signal."""
    partner_or_404(viewer=request.user, roles=roles)
    return _together_page(request, space, roles, _together_forms(request, roles))


def _together_action(
    which: str,
    form_name: str,
    action: Callable[[Space, Any, dict[str, Any], dict[str, Any]], object],
    done: Callable[[str, dict[str, Any]], str],
    *,
    once: bool = True,
) -> Any:
    """One action of the together page, at its own URL (`together/<action>/`)."""

    @acting.action_view("triggers_together")
    def view(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
        partner_or_404(viewer=request.user, roles=roles)
        forms = _together_forms(request, roles, which)
        form = forms[form_name]
        partner_name = capfirst(roles.partner_name_of(request.user))

        def show_again() -> HttpResponse:
            if form_name == "agree_form":  # a button alone: what went wrong is said above
                for error in form.non_field_errors():
                    messages.error(request, str(error))
                return redirect("triggers_together", space.uid)
            return _together_page(request, space, roles, forms)

        return acting.act(
            request,
            form,
            lambda d: action(space, request.user, forms, d),
            done=done(partner_name, request.POST),
            once=once,
            then=lambda: redirect("triggers_together", space.uid),
            page=show_again,
        )

    view.__name__ = view.__qualname__ = f"together_{which}"
    return view


def _save_theirs(space: Space, me: Any, forms: dict[str, Any], d: dict[str, Any]) -> object:
    if forms["partner"] is None or forms["theirs"] is None:
        raise ActionRefused("There is nothing of theirs to change yet.", code="conflict")
    return services.response_save(space=space, for_person=forms["partner"], by=me, **d)


def _agree(whose: str) -> Callable[[Space, Any, dict[str, Any], dict[str, Any]], object]:
    def agree(space: Space, me: Any, forms: dict[str, Any], d: dict[str, Any]) -> object:
        if forms[whose] is None:
            raise ActionRefused("There is nothing to agree to yet.", code="conflict")
        return services.response_agree(response=forms[whose], by=me)

    return agree


together_mine = _together_action(
    "mine",
    "mine_form",
    lambda space, me, forms, d: services.response_save(space=space, for_person=me, by=me, **d),
    lambda partner, posted: f"Saved. {partner} can read it, and change it with you.",
)
together_theirs = _together_action(
    "theirs",
    "theirs_form",
    lambda space, me, forms, d: _save_theirs(space, me, forms, d),
    lambda partner, posted: f"Saved. {partner} will be asked to agree to the change.",
)
together_agree_mine = _together_action(
    "agree_mine",
    "agree_form",
    _agree("mine"),
    lambda partner, posted: "Thank you. You agreed to it as it is now.",
    once=False,
)
together_agree_theirs = _together_action(
    "agree_theirs",
    "agree_form",
    _agree("theirs"),
    lambda partner, posted: "Thank you. You agreed to it as it is now.",
    once=False,
)
together_signal = _together_action(
    "signal",
    "signal_form",
    lambda space, me, forms, d: services.signal_setting_set(
        space=space, by=me, on=d["signal"] == "on"
    ),
    lambda partner, posted: (
        f"The signal is on. {partner} can see that it is on."
        if posted.get("signal") == "on"
        else "The signal is off."
    ),
    once=False,
)


@space_view
@require_POST
def signal_send(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    refusals_go_to(request, reverse("triggers_home", args=[space.uid]))
    run_posted_once(request, lambda: services.signal_send(space=space, by=request.user))
    messages.success(
        request,
        f"{capfirst(roles.partner_name_of(request.user))} has been told, and can see what you "
        "agreed together. Nothing else was sent.",
    )
    return redirect("triggers_home", space.uid)


@space_view
@require_POST
def signal_seen(
    request: AuthedRequest, space: Space, roles: SpaceRoles, signal_id: UUID
) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    signal = selectors.signal_or_404(viewer=request.user, roles=roles, signal_id=signal_id)
    refusals_go_to(request, reverse("triggers_home", args=[space.uid]))
    services.signal_seen(signal=signal, by=request.user)
    messages.success(request, f"{signal.author.name} can see that you saw it.")
    back = "space_home" if request.POST.get("next_page") == "home" else "triggers_home"
    return redirect(back, space.uid)
