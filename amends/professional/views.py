from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from amends.accounts.models import User
from amends.checkins.charts import trend_charts
from amends.checkins.selectors import checkin_trends_visible_to
from amends.errors import ActionRefused
from amends.forms import long_text_field
from amends.http import AuthedRequest
from amends.refusals import refusals_go_to
from amends.spaces.decorators import space_view
from amends.spaces.models import Membership, Role, Space
from amends.spaces.once import FIELD as ONCE_FIELD
from amends.spaces.once import run_once
from amends.spaces.pagecache import kept_for_viewer
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import changeable_or_404

from . import services
from .forms import BOTH, HomeworkForm, HomeworkNoteForm
from .models import Note
from .selectors import (
    caseload,
    couple_panel,
    homework_list,
    homework_or_404,
    homework_view,
    last_session,
    session_or_404,
    session_prep,
)


class NoteForm(forms.Form):
    text = long_text_field("A note for yourself", "Only you can read your notes.")


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer
def couple(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    if not roles.is_professional(request.user):
        raise Http404("Not found.")
    form = NoteForm(request.POST or None)
    if request.method == "POST":
        if request.POST.get("delete"):
            refusals_go_to(request, reverse("professional_couple", args=[space.uid]))
            note = changeable_or_404(
                Note.objects.all(), request.POST["delete"], request.user, roles
            )
            services.note_delete(note=note, by=request.user)
            messages.success(request, "Note deleted.")
            return redirect("professional_couple", space.uid)
        if form.is_valid():
            try:
                run_once(
                    token=request.POST.get(ONCE_FIELD),
                    user=request.user,
                    action=lambda: services.note_write(
                        space=space, author=request.user, text=form.cleaned_data["text"]
                    ),
                )
            except ActionRefused as refused:
                form.add_error("text", refused.message)
            else:
                messages.success(request, "Saved.")
                return redirect("professional_couple", space.uid)
    return render(
        request,
        "professional/couple.html",
        {
            "space": space,
            "roles": roles,
            "panel": couple_panel(viewer=request.user, roles=roles),
            "form": form,
            "trends": _trends(request, roles),
            "homework": homework_list(viewer=request.user, roles=roles),
            "last_session": last_session(viewer=request.user, roles=roles),
            "nav": "home",
        },
    )


def _trends(request: AuthedRequest, roles: SpaceRoles) -> list[tuple[object, object]]:
    """Check-in trends, only of a partner who chose to share them with the professional."""
    shown: list[tuple[object, object]] = []
    for partner in roles.partners:
        trend = checkin_trends_visible_to(viewer=request.user, roles=roles, person=partner)
        if trend and trend.rows:
            other = roles.partner_of(partner)
            charts = trend_charts(
                trend.rows,
                partner_name=other.name if other else "their partner",
                whose=partner.name,
                space_id=roles.space.pk,
                people=(request.user.pk, partner.pk, *((other.pk,) if other else ())),
            )
            shown.append((partner, charts))
    return shown


@login_required
def practice(request: AuthedRequest) -> HttpResponse:
    """The caseload: every couple this person is the approved professional of, those who may
    need them most first. Anyone who is nobody's professional gets the 404 of a missing page."""
    rows = caseload(viewer=request.user)
    if not rows and not _professional_anywhere(request.user):
        raise Http404("Not found.")
    return render(request, "professional/practice.html", {"rows": rows, "nav": "home"})


def _professional_anywhere(user: User) -> bool:
    return Membership.objects.filter(
        user=user, role=Role.PROFESSIONAL, left_at__isnull=True
    ).exists()


@space_view
@require_http_methods(["POST"])
def session_record(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    if not roles.is_professional(request.user):
        raise Http404("Not found.")
    refusals_go_to(request, reverse("professional_couple", args=[space.uid]))
    run_once(
        token=request.POST.get(ONCE_FIELD),
        user=request.user,
        action=lambda: services.session_record(space=space, by=request.user),
    )
    messages.success(request, "Noted. What they share from now on will show as new.")
    return redirect("professional_couple", space.uid)


@space_view
@require_http_methods(["GET", "POST"])
def homework_new(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    if not roles.is_professional(request.user):
        raise Http404("Not found.")
    form = HomeworkForm(request.POST or None, partners=roles.partners)
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["for_whom"]
        partners = [p for p in roles.partners if chosen in (BOTH, str(p.uid))]
        try:
            run_once(
                token=request.POST.get(ONCE_FIELD),
                user=request.user,
                action=lambda: services.homework_assign(
                    space=space,
                    by=request.user,
                    partners=partners,
                    source=form.cleaned_data["source"],
                    text=form.cleaned_data["text"],
                    due=form.cleaned_data["due"],
                ),
            )
        except ActionRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, "Sent. They will find it on their home page.")
            return redirect("professional_couple", space.uid)
    return render(
        request,
        "professional/homework_new.html",
        {"space": space, "roles": roles, "form": form, "nav": "home"},
    )


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer
def homework_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, homework_id: object
) -> HttpResponse:
    """A partner's homework: mark it done, and write a few words, kept or shared with the
    professional who set it."""
    if not roles.is_partner(request.user):
        raise Http404("Not found.")
    homework = homework_or_404(viewer=request.user, roles=roles, homework_id=homework_id)
    here = reverse("homework", args=[space.uid, homework.uid])
    form = HomeworkNoteForm(
        request.POST if request.POST.get("form") == "note" else None,
        professional=homework.set_by,
    )
    if request.method == "POST":
        if request.POST.get("form") == "done":
            refusals_go_to(request, here)
            done = request.POST.get("done") == "yes"
            run_once(
                token=request.POST.get(ONCE_FIELD),
                user=request.user,
                action=lambda: services.homework_mark_done(
                    homework=homework, by=request.user, done=done
                ),
            )
            messages.success(request, "Marked as done." if done else "Marked as not done yet.")
            return redirect(here)
        if form.is_valid():
            try:
                run_once(
                    token=request.POST.get(ONCE_FIELD),
                    user=request.user,
                    action=lambda: services.homework_note_write(
                        homework=homework,
                        by=request.user,
                        text=form.cleaned_data["text"],
                        share=form.cleaned_data["audience"] == "professional",
                    ),
                )
            except ActionRefused as refused:
                form.add_error("text", refused.message)
            else:
                messages.success(request, "Saved.")
                return redirect(here)
    return render(
        request,
        "professional/homework.html",
        {
            "space": space,
            "roles": roles,
            "item": homework_view(viewer=request.user, roles=roles, homework=homework),
            "partner": roles.partner_of(request.user),
            "form": form,
            "nav": "home",
        },
    )


@space_view
@require_http_methods(["GET"])
@kept_for_viewer
def prep(
    request: AuthedRequest, space: Space, roles: SpaceRoles, session_id: object = None
) -> HttpResponse:
    """Session prep: one page per couple per session, to read or print before meeting them.
    Without a session named, it prepares the next one (since the last session noted)."""
    if not roles.is_professional(request.user):
        raise Http404("Not found.")
    session = (
        session_or_404(viewer=request.user, roles=roles, session_id=session_id)
        if session_id is not None
        else None
    )
    return render(
        request,
        "professional/prep.html",
        {
            "space": space,
            "roles": roles,
            "prep": session_prep(viewer=request.user, roles=roles, session=session),
            "trends": _trends(request, roles),
            "nav": "home",
        },
    )
