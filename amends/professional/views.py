from datetime import date
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from amends import acting
from amends.accounts.models import User
from amends.checkins.charts import trend_charts
from amends.checkins.selectors import (
    checkin_trends_visible_to,
    instrument_answers,
    instrument_falling,
)
from amends.core.errors import ActionRefused
from amends.core.forms import long_text_field
from amends.core.http import AuthedRequest
from amends.core.once import run_posted_once
from amends.core.pagecache import kept_for_viewer
from amends.core.refusals import refusals_go_to
from amends.repair.forms import OnceForm
from amends.spaces.decorators import space_view
from amends.spaces.models import Membership, Role, Space
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import changeable_or_404

from . import services
from .forms import BOTH, CohortForm, HomeworkForm, HomeworkNoteForm, SecretsPolicyForm
from .models import CohortPlace, Note
from .selectors import (
    caseload,
    cohort_of_professional_or_404,
    cohorts_of,
    couple_panel,
    couples_waiting_for,
    homework_list,
    homework_or_404,
    homework_view,
    last_session,
    place_or_404,
    secrets_policy,
    session_or_404,
    session_prep,
    spaces_as_professional,
)


class NoteForm(forms.Form):
    text = long_text_field("A note for yourself", "Only you can read your notes.")


@space_view
@require_safe
@kept_for_viewer
def couple(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    if not roles.is_professional(request.user):
        raise Http404("Not found.")
    return _couple_page(request, space, roles, NoteForm())


@acting.action_view("professional_couple")
def note_write(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    if not roles.is_professional(request.user):
        raise Http404("Not found.")
    form = NoteForm(request.POST)
    return acting.act(
        request,
        form,
        lambda d: services.note_write(space=space, by=request.user, text=d["text"]),
        then=lambda: redirect("professional_couple", space.uid),
        page=lambda: _couple_page(request, space, roles, form),
        done="Saved.",
        field="text",
    )


@acting.action_view("professional_couple", page_takes_ids=False)
def note_delete(
    request: AuthedRequest, space: Space, roles: SpaceRoles, note_id: UUID
) -> HttpResponse:
    refusals_go_to(request, reverse("professional_couple", args=[space.uid]))
    note = changeable_or_404(Note.objects.all(), note_id, request.user, roles)
    services.note_delete(note=note, by=request.user)
    messages.success(request, "Note deleted.")
    return redirect("professional_couple", space.uid)


def _couple_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, form: forms.Form
) -> HttpResponse:
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
            "feeling": _feeling(request, roles),
            "feeling_falling": instrument_falling(viewer=request.user, roles=roles),
            "nav": "home",
        },
    )


def _feeling(
    request: AuthedRequest, roles: SpaceRoles
) -> list[tuple[User, list[tuple[date, int]]]]:
    """The optional questionnaire's totals, only of a partner who shares them with this
    professional (checkins.selectors.instrument_answers applies visibility.named_q)."""
    shown: list[tuple[User, list[tuple[date, int]]]] = []
    for partner in roles.partners:
        answers = instrument_answers(viewer=request.user, roles=roles, person=partner)
        if answers:
            shown.append((partner, [(a.week, a.total) for a in answers][-8:]))
    return shown


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
    return render(
        request,
        "professional/practice.html",
        {"rows": rows, "waiting": couples_waiting_for(user=request.user), "nav": "home"},
    )


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
    run_posted_once(request, lambda: services.session_record(space=space, by=request.user))
    messages.success(request, "Noted. What they share from now on will show as new.")
    return redirect("professional_couple", space.uid)


@space_view
@require_http_methods(["GET", "POST"])
def homework_new(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    if not roles.is_professional(request.user):
        raise Http404("Not found.")
    form = HomeworkForm(request.POST or None, partners=roles.partners)
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.homework_assign(
            space=space,
            by=request.user,
            partners=[p for p in roles.partners if d["for_whom"] in (BOTH, str(p.uid))],
            source=d["source"],
            text=d["text"],
            due=d["due"],
        ),
        done="Sent. They will find it on their home page.",
    ):
        return redirect("professional_couple", space.uid)
    return render(
        request,
        "professional/homework_new.html",
        {"space": space, "roles": roles, "form": form, "nav": "home"},
    )


def _homework_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, homework: Any, form: Any
) -> HttpResponse:
    return render(
        request,
        "professional/homework.html",
        {
            "space": space,
            "roles": roles,
            "item": homework_view(viewer=request.user, roles=roles, homework=homework),
            "partner": roles.partner_of(request.user),
            # Written to the professional alone: how they handle that, before writing.
            "secrets": secrets_policy(professional=homework.set_by),
            "form": form,
            "nav": "home",
        },
    )


def _my_homework(request: AuthedRequest, roles: SpaceRoles, homework_id: object) -> Any:
    if not roles.is_partner(request.user):
        raise Http404("Not found.")
    return homework_or_404(viewer=request.user, roles=roles, homework_id=homework_id)


@space_view
@require_safe
@kept_for_viewer
def homework_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, homework_id: object
) -> HttpResponse:
    """A partner's homework: mark it done (`homework_done`), and write a few words, kept or
    shared with the professional who set it (`homework_note`)."""
    homework = _my_homework(request, roles, homework_id)
    form = HomeworkNoteForm(professional=homework.set_by)
    return _homework_page(request, space, roles, homework, form)


@acting.action_view("homework")
def homework_done(
    request: AuthedRequest, space: Space, roles: SpaceRoles, homework_id: object
) -> HttpResponse:
    homework = _my_homework(request, roles, homework_id)
    done = request.POST.get("done") == "yes"
    form = OnceForm(request.POST)

    def show_again() -> HttpResponse:
        for error in form.non_field_errors():
            messages.error(request, str(error))
        return redirect("homework", space.uid, homework.uid)

    return acting.act(
        request,
        form,
        lambda d: services.homework_mark_done(homework=homework, by=request.user, done=done),
        done="Marked as done." if done else "Marked as not done yet.",
        then=lambda: redirect("homework", space.uid, homework.uid),
        page=show_again,
    )


@acting.action_view("homework")
def homework_note(
    request: AuthedRequest, space: Space, roles: SpaceRoles, homework_id: object
) -> HttpResponse:
    homework = _my_homework(request, roles, homework_id)
    form = HomeworkNoteForm(request.POST, professional=homework.set_by)
    return acting.act(
        request,
        form,
        lambda d: services.homework_note_write(
            homework=homework,
            by=request.user,
            text=d["text"],
            share=d["audience"] == "professional",
        ),
        done="Saved.",
        field="text",
        then=lambda: redirect("homework", space.uid, homework.uid),
        page=lambda: _homework_page(request, space, roles, homework, form),
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


# ------------------------------------------------------------------ the secrets policy


@login_required
@require_http_methods(["GET", "POST"])
def practice_secrets(request: AuthedRequest) -> HttpResponse:
    """How this professional handles what one partner tells them alone: every couple they
    work with reads it, before agreeing to them and wherever they write to them alone."""
    if not _professional_anywhere(request.user):
        raise Http404("Not found.")
    current = secrets_policy(professional=request.user)
    form = SecretsPolicyForm(
        request.POST or None,
        initial={"stance": current.stance or None, "words": current.words},
    )
    if request.method == "POST" and form.is_valid():
        try:
            run_posted_once(
                request,
                lambda: services.secrets_policy_set(
                    by=request.user,
                    stance=form.cleaned_data["stance"],
                    words=form.cleaned_data["words"],
                ),
            )
        except ActionRefused as refused:
            form.add_error("words" if refused.code == "invalid" else None, refused.message)
        else:
            messages.success(request, "Saved. Every couple you work with can read it.")
            return redirect("practice_secrets")
    return render(
        request,
        "professional/secrets.html",
        {"form": form, "current": current, "nav": "home"},
    )


# ------------------------------------------------------------------ program cohorts


def _groups_page(request: AuthedRequest, form: CohortForm) -> HttpResponse:
    me = request.user
    groups = cohorts_of(professional=me)
    mine = [s for s, _ in spaces_as_professional(user=me)]
    # A couple already in a group (any professional's) is not offered another place.
    placed = set(CohortPlace.objects.filter(space__in=mine).values_list("space_id", flat=True))
    free = [s for s in mine if s.pk not in placed]
    return render(
        request,
        "professional/groups.html",
        {
            "groups": groups,
            "free": free,
            "form": form,
            "today": timezone.localdate(),
            "nav": "home",
        },
    )


def _professional_or_404(request: AuthedRequest) -> None:
    if not _professional_anywhere(request.user):
        raise Http404("Not found.")


@login_required
@require_safe
def practice_groups(request: AuthedRequest) -> HttpResponse:
    """The professional's program groups: several couples on one calendar, each couple in
    one only with both partners' agreement, and private from the others."""
    _professional_or_404(request)
    return _groups_page(request, CohortForm())


@login_required
@require_http_methods(["POST"])
def group_create(request: AuthedRequest) -> HttpResponse:
    _professional_or_404(request)
    me = request.user
    form = CohortForm(request.POST)
    return acting.act(
        request,
        form,
        lambda d: services.cohort_create(by=me, name=d["name"], starts_on=d["starts_on"]),
        then=lambda: redirect("practice_groups"),
        page=lambda: _groups_page(request, form),
        done="The group is ready. You can offer couples a place.",
    )


def _my_couple_or_404(request: AuthedRequest, space_id: object) -> Space:
    spaces = {str(s.uid): s for s, _ in spaces_as_professional(user=request.user)}
    space = spaces.get(str(space_id))
    if space is None:
        raise Http404("Not found.")
    return space


@login_required
@require_http_methods(["POST"])
def group_offer(request: AuthedRequest, cohort_id: UUID) -> HttpResponse:
    _professional_or_404(request)
    refusals_go_to(request, reverse("practice_groups"))
    me = request.user
    cohort = cohort_of_professional_or_404(professional=me, cohort_id=cohort_id)
    space = _my_couple_or_404(request, request.POST.get("space", ""))
    run_posted_once(request, lambda: services.cohort_offer(cohort=cohort, space=space, by=me))
    messages.success(request, "Offered. They join the group once both of them agree.")
    return redirect("practice_groups")


@login_required
@require_http_methods(["POST"])
def group_withdraw(request: AuthedRequest, cohort_id: UUID, space_id: UUID) -> HttpResponse:
    _professional_or_404(request)
    refusals_go_to(request, reverse("practice_groups"))
    me = request.user
    cohort = cohort_of_professional_or_404(professional=me, cohort_id=cohort_id)
    space = _my_couple_or_404(request, space_id)
    place = CohortPlace.objects.filter(cohort=cohort, space=space).first()
    if place is None:
        raise Http404("Not found.")
    run_posted_once(request, lambda: services.cohort_leave(place=place, by=me))
    messages.success(request, "Their place is withdrawn.")
    return redirect("practice_groups")


def _cohort_answer(which: str) -> Any:
    """A partner's yes to their couple's place in a group (`agree`), or no, leaving it
    (`leave`), at any time."""
    said = {
        "agree": "Thank you. Your answer is recorded.",
        "leave": "Done. You follow the program on your own calendar.",
    }[which]

    @acting.action_view("program_home", page_takes_ids=False)
    def view(
        request: AuthedRequest, space: Space, roles: SpaceRoles, place_id: UUID
    ) -> HttpResponse:
        me = request.user
        if not roles.is_partner(me):
            raise Http404("Not found.")
        refusals_go_to(request, reverse("program_home", args=[space.uid]))
        place = place_or_404(viewer=me, roles=roles, place_id=place_id)
        service = services.cohort_agree if which == "agree" else services.cohort_leave
        run_posted_once(request, lambda: service(place=place, by=me))
        messages.success(request, said)
        return redirect("program_home", space.uid)

    return view


cohort_agree = _cohort_answer("agree")
cohort_leave = _cohort_answer("leave")
