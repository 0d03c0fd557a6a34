from uuid import UUID

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST

from amends import acting
from amends.core.errors import ActionRefused
from amends.core.http import AuthedRequest
from amends.core.pagecache import kept_for_viewer
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import audience_label, changeable_or_404, visibility_choices

from . import services
from .forms import JournalEntryForm
from .models import JournalEntry
from .selectors import journal_entries

PAGE_SIZE = 20


# With the journal lock on, every page here asks for the password again after a few minutes
# away: the list of what the lock guards is amends/accounts/reauth.py.


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer(areas=("journal",))
def journal_list(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    audience = visibility_choices(request.user, roles)
    form = JournalEntryForm(request.POST or None, audience=audience)
    if (
        request.method == "POST"
        and roles.is_partner(request.user)
        and acting.saved(
            request,
            form,
            lambda d: services.journal_entry_create(
                space=space, by=request.user, text=d["text"], visibility=d["visibility"]
            ),
            done="Saved.",
            field="text",
        )
    ):
        return redirect("journal_list", space.uid)
    page = Paginator(journal_entries(viewer=request.user, roles=roles), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    entries = list(page.object_list)
    for entry in entries:
        entry.audience = (  # type: ignore[attr-defined]
            audience_label(entry.visibility, request.user, roles)
            if entry.author_id == request.user.pk
            else f"Shared with you by {entry.author.name}"
        )
    return render(
        request,
        "journal/list.html",
        {
            "space": space,
            "roles": roles,
            "form": form,
            "can_write": roles.is_partner(request.user),
            "entries": entries,
            "page": page,
            "nav": "journal",
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
def journal_edit(
    request: AuthedRequest, space: Space, roles: SpaceRoles, entry_id: UUID
) -> HttpResponse:
    entry = changeable_or_404(JournalEntry.objects.all(), entry_id, request.user, roles)
    audience = visibility_choices(request.user, roles, keep=entry.visibility)
    form = JournalEntryForm(
        request.POST or None,
        audience=audience,
        initial={"text": entry.text, "visibility": entry.visibility},
    )
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.journal_entry_update(
            entry=entry, by=request.user, text=d["text"], visibility=d["visibility"]
        ),
        done="Saved.",
        field="text",
        once=False,
    ):
        return redirect("journal_list", space.uid)
    return render(
        request,
        "journal/edit.html",
        {"space": space, "entry": entry, "form": form, "nav": "journal"},
    )


@space_view
@require_http_methods(["GET", "POST"])
def journal_delete(
    request: AuthedRequest, space: Space, roles: SpaceRoles, entry_id: UUID
) -> HttpResponse:
    entry = changeable_or_404(JournalEntry.objects.all(), entry_id, request.user, roles)
    return acting.delete_page(
        request,
        delete=lambda: services.journal_entry_delete(entry=entry, by=request.user),
        done="The entry is deleted.",
        back=reverse("journal_list", args=[space.uid]),
        page=lambda: render(
            request, "journal/delete.html", {"space": space, "entry": entry, "nav": "journal"}
        ),
    )


@space_view
@require_POST
def journal_share(
    request: AuthedRequest, space: Space, roles: SpaceRoles, entry_id: UUID
) -> HttpResponse:
    entry = changeable_or_404(JournalEntry.objects.all(), entry_id, request.user, roles)
    try:
        services.journal_entry_update(
            entry=entry,
            by=request.user,
            visibility=request.POST.get("visibility", ""),
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        label = audience_label(entry.visibility, request.user, roles)
        messages.success(request, f"Now readable by: {label}.")
    return redirect("journal_list", space.uid)
