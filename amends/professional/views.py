from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from amends.checkins.charts import trend_charts
from amends.checkins.selectors import checkin_trends_visible_to
from amends.errors import ActionRefused
from amends.forms import long_text_field
from amends.http import AuthedRequest
from amends.refusals import refusals_go_to
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.once import FIELD as ONCE_FIELD
from amends.spaces.once import run_once
from amends.spaces.pagecache import kept_for_viewer
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import changeable_or_404

from . import services
from .models import Note
from .selectors import couple_panel


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
