"""My own part: the injuring partner's reflections, daily check-in and slips, and what they
chose to share. Thin views over services and selectors. Partners only (404 otherwise).
Every page works without JavaScript."""

from collections.abc import Callable
from datetime import timedelta
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
from amends.core.forms import OnceForm, refuse_into_form
from amends.core.http import AuthedRequest
from amends.core.once import run_posted_once
from amends.core.pagecache import kept_for_viewer
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, partner_or_404

from . import rules, selectors, services
from .forms import DayForm, ReflectionForm, TellForm
from .models import Prompt
from .words import BY_KEY, STEPS


def _plain_post(
    request: AuthedRequest, action: Callable[[], object], done: str, back: str
) -> HttpResponse:
    """A one-button post: its refusal or its success as a message, then back."""
    form = OnceForm(request.POST)
    if form.is_valid():
        try:
            run_posted_once(request, action)
        except ActionRefused as refused:
            messages.error(request, refused.message)
        else:
            messages.success(request, done)
    return redirect(back)


@space_view
@require_safe
@kept_for_viewer
def ownpart_home(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    me = request.user
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
            "partner_name": roles.partner_name_of(request.user),
            "nav": "more",
        },
    )


def _rule_answer(yes: bool) -> Any:
    """Saying yes to the 24-hour rule, or taking the yes back."""

    @acting.action_view("ownpart_home")
    def view(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
        partner_or_404(viewer=request.user, roles=roles)
        me = request.user
        partner_name = capfirst(roles.partner_name_of(request.user))
        back = reverse("ownpart_home", args=[space.uid])
        if yes:
            return _plain_post(
                request,
                lambda: services.rule_say_yes(space=space, by=me),
                f"Saved. {partner_name} can see that you said yes.",
                back,
            )
        return _plain_post(
            request,
            lambda: services.rule_take_back(space=space, by=me),
            f"Taken back. {partner_name} can see that the rule is not on.",
            back,
        )

    return view


ownpart_rule_yes = _rule_answer(yes=True)
ownpart_rule_no = _rule_answer(yes=False)


def _reflection_step(request: AuthedRequest, space: Space, roles: SpaceRoles, prompt: str) -> Any:
    """The reflection this page is about (its step, and what is written, if anything): a
    partner's own, on a path where they caused the hurt. Anything else is a 404."""
    partner_or_404(viewer=request.user, roles=roles)
    step = BY_KEY.get(prompt)
    if step is None or prompt not in Prompt.values:
        raise Http404("Not found.")
    track = selectors.track_for(viewer=request.user, space=space, roles=roles)
    if not track.reflections:
        raise Http404("Not found.")
    return step, selectors.reflection_or_none(viewer=request.user, roles=roles, prompt=prompt)


def _reflection_page(
    request: AuthedRequest,
    space: Space,
    roles: SpaceRoles,
    prompt: str,
    form: ReflectionForm | None = None,
) -> HttpResponse:
    me = request.user
    step, reflection = _reflection_step(request, space, roles, prompt)
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
            "form": form or ReflectionForm(initial={"text": reflection.text if reflection else ""}),
            "partner": roles.partner_of(me),
            "partner_name": roles.partner_name_of(request.user),
            "nav": "more",
        },
    )


@space_view
@require_safe
def ownpart_reflection(
    request: AuthedRequest, space: Space, roles: SpaceRoles, prompt: str
) -> HttpResponse:
    return _reflection_page(request, space, roles, prompt)


@acting.action_view("ownpart_reflection", coached=True)
def ownpart_reflection_save(
    request: AuthedRequest, space: Space, roles: SpaceRoles, prompt: str
) -> HttpResponse:
    me = request.user
    _, reflection = _reflection_step(request, space, roles, prompt)
    shared = reflection is not None and reflection.visibility != "private"
    partner_name = roles.partner_name_of(request.user)
    who = (
        f"{capfirst(partner_name)} can read it, as you chose."
        if shared
        else "Only you can read it."
    )
    form = ReflectionForm(request.POST)
    return acting.act(
        request,
        form,
        lambda d: services.reflection_save(space=space, by=me, prompt=prompt, text=d["text"]),
        then=lambda: redirect(_next_step(space, prompt)),
        page=lambda: _reflection_page(request, space, roles, prompt, form),
        done=f"Saved. {who}",
        field="text",
        coach=roles if shared else None,  # advice is for words someone else will read
    )


def _reflection_action(which: str) -> Any:
    """Sharing one reflection with the partner, making it private again, or deleting it."""

    @acting.action_view("ownpart_reflection")
    def view(request: AuthedRequest, space: Space, roles: SpaceRoles, prompt: str) -> HttpResponse:
        me = request.user
        _, reflection = _reflection_step(request, space, roles, prompt)
        page = reverse("ownpart_reflection", args=[space.uid, prompt])
        if reflection is None:
            messages.error(request, "There is nothing written here yet.")
            return redirect(page)
        partner = capfirst(roles.partner_name_of(request.user))
        action, done = {
            "share": (
                lambda: services.reflection_share(reflection=reflection, by=me, share=True),
                f"Shared. {partner} can read this one piece now.",
            ),
            "unshare": (
                lambda: services.reflection_share(reflection=reflection, by=me, share=False),
                f"Only yours again. {partner} can no longer read it.",
            ),
            "delete": (
                lambda: services.reflection_delete(reflection=reflection, by=me),
                "Deleted.",
            ),
        }[which]
        return _plain_post(request, action, done, page)

    return view


ownpart_reflection_share = _reflection_action("share")
ownpart_reflection_unshare = _reflection_action("unshare")
ownpart_reflection_delete = _reflection_action("delete")


def _next_step(space: Space, prompt: str) -> str:
    keys = [s.key for s in STEPS]
    index = keys.index(prompt)
    if index + 1 < len(keys):
        return reverse("ownpart_reflection", args=[space.uid, keys[index + 1]])
    return reverse("ownpart_home", args=[space.uid])


@space_view
@require_http_methods(["GET", "POST"])
def ownpart_today(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
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
            saved = run_posted_once(
                request,
                lambda: services.day_check(
                    space=space,
                    by=me,
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
            "partner_name": roles.partner_name_of(request.user),
            "nav": "more",
        },
    )


@space_view
@require_http_methods(["GET"])
@kept_for_viewer
def ownpart_weeks(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
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
    partner_name = roles.partner_name_of(request.user)
    form = TellForm(request.POST or None)
    if request.method == "POST":
        if not mine:
            raise Http404("Not found.")
        if acting.saved(
            request,
            form,
            lambda d: services.slip_tell(slip=slip, by=me, note=d["note"]),
            done=f"Told. {capfirst(partner_name)} can see it now. That took courage.",
            field="note",
        ):
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
