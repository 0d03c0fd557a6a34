"""My own part: the injuring partner's reflections, daily check-in and slips, and what they
chose to share. Thin views over services and selectors. Partners only (404 otherwise).
Every page works without JavaScript."""

from collections.abc import Callable
from datetime import timedelta
from uuid import UUID

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.views.decorators.http import require_http_methods

from amends.core.errors import ActionRefused
from amends.core.forms import refuse_into_form
from amends.core.http import AuthedRequest
from amends.core.once import FIELD as ONCE_FIELD
from amends.core.once import run_once
from amends.core.pagecache import kept_for_viewer
from amends.repair.forms import OnceForm
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles

from . import rules, selectors, services
from .forms import DayForm, ReflectionForm, TellForm
from .models import Prompt
from .words import BY_KEY, STEPS


def _partner_name(request: AuthedRequest, roles: SpaceRoles) -> str:
    partner = roles.partner_of(request.user)
    return partner.name if partner else "your partner"


def _once(request: AuthedRequest, action: Callable[[], object]) -> object:
    return run_once(token=request.POST.get(ONCE_FIELD), user=request.user, action=action)


def _plain_post(
    request: AuthedRequest, action: Callable[[], object], done: str, back: str
) -> HttpResponse:
    """A one-button post: its refusal or its success as a message, then back."""
    form = OnceForm(request.POST)
    if form.is_valid():
        try:
            _once(request, action)
        except ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, done)
    return redirect(back)


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer
def ownpart_home(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    selectors.partner_or_404(viewer=request.user, roles=roles)
    me = request.user
    partner_name = capfirst(_partner_name(request, roles))
    if request.method == "POST":
        which = request.POST.get("form", "")
        if which == "rule_yes":
            return _plain_post(
                request,
                lambda: services.rule_say_yes(space=space, by=me),
                f"Saved. {partner_name} can see that you said yes.",
                request.path,
            )
        if which == "rule_no":
            return _plain_post(
                request,
                lambda: services.rule_take_back(space=space, by=me),
                f"Taken back. {partner_name} can see that the rule is not on.",
                request.path,
            )
        messages.error(request, "Please choose one of the buttons on this page.")
        return redirect(request.path)
    track = selectors.track_for(viewer=me, space=space, roles=roles)
    mine = selectors.my_reflections(viewer=me, roles=roles) if track.reflections else {}
    today = timezone.localdate()
    slips = selectors.my_slips(viewer=me, roles=roles) if track.addiction else []
    return render(
        request,
        "ownpart/home.html",
        {
            "space": space,
            "track": track,
            "steps": [(s, mine.get(s.key)) for s in STEPS],
            "today_check": selectors.check_on(viewer=me, roles=roles, day=today)
            if track.addiction
            else None,
            "untold": [s for s in slips if s.told_at is None],
            "told": [s for s in slips if s.told_at is not None][:5],
            "shared_with_me": selectors.shared_with_me(viewer=me, roles=roles),
            "told_to_me": selectors.slips_told_to_me(viewer=me, roles=roles),
            "rule": selectors.rule_for(viewer=me, roles=roles, space=space),
            "partner": roles.partner_of(me),
            "partner_name": _partner_name(request, roles),
            "nav": "more",
        },
    )


_REFLECTION_DONE = {
    "write": "Saved. {who}",
    "share": "Shared. {partner} can read this one piece now.",
    "unshare": "Only yours again. {partner} can no longer read it.",
    "delete": "Deleted.",
}


@space_view
@require_http_methods(["GET", "POST"])
def ownpart_reflection(
    request: AuthedRequest, space: Space, roles: SpaceRoles, prompt: str
) -> HttpResponse:
    selectors.partner_or_404(viewer=request.user, roles=roles)
    me = request.user
    step = BY_KEY.get(prompt)
    if step is None or prompt not in Prompt.values:
        raise Http404("Not found.")
    track = selectors.track_for(viewer=me, space=space, roles=roles)
    if not track.reflections:
        raise Http404("Not found.")
    reflection = selectors.reflection_or_none(viewer=me, roles=roles, prompt=prompt)
    partner_name = _partner_name(request, roles)
    which = request.POST.get("form", "") if request.method == "POST" else ""
    form = ReflectionForm(
        request.POST if which == "write" else None,
        initial={"text": reflection.text if reflection else ""},
    )
    if which == "write":
        if form.is_valid():
            try:
                _once(
                    request,
                    lambda: services.reflection_save(
                        space=space, author=me, prompt=prompt, text=form.cleaned_data["text"]
                    ),
                )
            except ActionRefused as refused:
                refuse_into_form(form, refused, "text")
            else:
                shared = reflection is not None and reflection.visibility != "private"
                who = (
                    f"{capfirst(partner_name)} can read it, as you chose."
                    if shared
                    else "Only you can read it."
                )
                messages.success(request, _REFLECTION_DONE["write"].format(who=who))
                return redirect(_next_step(space, prompt))
    elif which in ("share", "unshare", "delete"):
        if reflection is None:
            messages.error(request, "There is nothing written here yet.")
            return redirect(request.path)
        found = reflection
        actions: dict[str, Callable[[], object]] = {
            "share": lambda: services.reflection_share(reflection=found, by=me, share=True),
            "unshare": lambda: services.reflection_share(reflection=found, by=me, share=False),
            "delete": lambda: services.reflection_delete(reflection=found, by=me),
        }
        done = _REFLECTION_DONE[which].format(partner=capfirst(partner_name))
        return _plain_post(request, actions[which], done, request.path)
    elif request.method == "POST":
        messages.error(request, "Please choose one of the buttons on this page.")
        return redirect(request.path)
    index = next(i for i, s in enumerate(STEPS) if s.key == prompt)
    return render(
        request,
        "ownpart/reflection.html",
        {
            "space": space,
            "step": step,
            "number": index + 1,
            "count": len(STEPS),
            "next_step": STEPS[index + 1] if index + 1 < len(STEPS) else None,
            "reflection": reflection,
            "form": form,
            "partner": roles.partner_of(me),
            "partner_name": partner_name,
            "nav": "more",
        },
    )


def _next_step(space: Space, prompt: str) -> str:
    keys = [s.key for s in STEPS]
    index = keys.index(prompt)
    if index + 1 < len(keys):
        return reverse("ownpart_reflection", args=[space.uid, keys[index + 1]])
    return reverse("ownpart_home", args=[space.uid])


@space_view
@require_http_methods(["GET", "POST"])
def ownpart_today(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    selectors.partner_or_404(viewer=request.user, roles=roles)
    me = request.user
    if not selectors.track_for(viewer=me, space=space, roles=roles).addiction:
        raise Http404("Not found.")
    today = timezone.localdate()
    day = today
    asked = request.GET.get("day", "") if request.method == "GET" else request.POST.get("day", "")
    if asked:
        try:
            day = rules.check_day(asked)
        except ActionRefused:
            day = today
    check = selectors.check_on(viewer=me, roles=roles, day=day)
    initial = {"how": check.how, "helped": check.helped_keys, "note": check.note} if check else {}
    form = DayForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            saved = _once(
                request,
                lambda: services.day_check(
                    space=space,
                    author=me,
                    how=data["how"],
                    helped=list(data["helped"]),
                    note=data["note"],
                    day=day,
                ),
            )
        except ActionRefused as refused:
            refuse_into_form(form, refused)
        else:
            slip = getattr(saved, "slip", None)
            if slip is not None and slip.told_at is None:
                messages.success(
                    request,
                    "Saved, only for you. Thank you for being honest with yourself; that matters.",
                )
                return redirect("ownpart_slip", space.uid, slip.uid)
            messages.success(request, "Saved, only for you.")
            return redirect("ownpart_home", space.uid)
    recent = [today - timedelta(days=i) for i in range(rules.DAYS_BACK + 1)]
    return render(
        request,
        "ownpart/today.html",
        {
            "space": space,
            "form": form,
            "day": day,
            "is_today": day == today,
            "check": check,
            "recent": recent,
            "partner_name": _partner_name(request, roles),
            "nav": "more",
        },
    )


@space_view
@require_http_methods(["GET"])
@kept_for_viewer
def ownpart_weeks(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    selectors.partner_or_404(viewer=request.user, roles=roles)
    me = request.user
    if not selectors.track_for(viewer=me, space=space, roles=roles).addiction:
        raise Http404("Not found.")
    weeks = selectors.weeks(viewer=me, roles=roles)
    return render(
        request,
        "ownpart/weeks.html",
        {
            "space": space,
            "weeks": weeks,
            "any": any(w.days for w in weeks),
            "nav": "more",
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
def ownpart_slip(
    request: AuthedRequest, space: Space, roles: SpaceRoles, slip_id: UUID
) -> HttpResponse:
    me = request.user
    slip = selectors.slip_or_404(viewer=me, roles=roles, slip_id=slip_id)
    mine = slip.author_id == me.pk
    partner_name = _partner_name(request, roles)
    form = TellForm(request.POST or None)
    if request.method == "POST":
        if not mine:
            raise Http404("Not found.")
        if form.is_valid():
            try:
                _once(
                    request,
                    lambda: services.slip_tell(slip=slip, by=me, note=form.cleaned_data["note"]),
                )
            except ActionRefused as refused:
                refuse_into_form(form, refused, "note")
            else:
                messages.success(
                    request,
                    f"Told. {capfirst(partner_name)} can see it now. That took courage.",
                )
                return redirect("ownpart_slip", space.uid, slip.uid)
    return render(
        request,
        "ownpart/slip.html",
        {
            "space": space,
            "slip": slip,
            "mine": mine,
            "form": form,
            "rule": selectors.rule_for(viewer=me, roles=roles, space=space),
            "partner": roles.partner_of(me),
            "partner_name": partner_name,
            "nav": "more",
        },
    )
