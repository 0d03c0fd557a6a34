"""Pages for "Our agreement". Every page is partner-only, reads through selectors and writes
through services; a refusal is shown as a message and nothing changes."""

from dataclasses import replace
from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from amends import acting
from amends.core.errors import ActionRefused
from amends.core.forms import refuse_into_form
from amends.core.http import AuthedRequest
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX
from amends.core.once import run_posted_once
from amends.core.pagecache import kept_for_viewer
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, partner_left, partner_or_404
from amends.spaces.visibility import together_since

from . import selectors, services
from .catalogue import GROUP_KEYS, GROUPS
from .forms import (
    ANSWER_PREFIX,
    NOTE_PREFIX,
    STANCE_PREFIX,
    CustomBehaviourForm,
    NoteForm,
    posted_answers,
    posted_terms,
)
from .models import AGREED_LABELS, AgreementVersion, Stance, VersionStatus

WAITING = "When you have both answered, you will see your answers side by side."
# After a partner left: their answers left with them; the viewer's own stay.
LEFT = (
    "Your partner has left this space, so their answers are no longer shown here. "
    "Your own answers are kept, and nobody else can see them."
)


def _page(
    request: AuthedRequest, template: str, space: Space, roles: SpaceRoles, **context: object
) -> HttpResponse:
    partner = roles.partner_of(request.user)
    return render(
        request,
        f"agreement/{template}",
        {
            "space": space,
            "partner": partner,
            "partner_name": roles.partner_name_of(request.user),
            "waiting": WAITING,
            "left": LEFT,
            "partner_left": partner_left(viewer=request.user, roles=roles),
            "nav": "more",
            **context,
        },
    )


@space_view
@kept_for_viewer
def agreement_home(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    behaviours = selectors.space_behaviours(space=space, roles=roles)
    state = selectors.round_state(viewer=request.user, roles=roles, ids={b.pk for b in behaviours})
    answers = selectors.my_answers(viewer=request.user, roles=roles) if state.is_open else {}
    first_open_group = next((b.group for b in behaviours if b.pk not in answers), GROUP_KEYS[0])
    return _page(
        request,
        "home.html",
        space,
        roles,
        state=state,
        first_open_group=first_open_group,
        signed=selectors.current_signed_version(roles=roles),
        open_version=selectors.open_version(roles=roles),
        has_versions=selectors.has_versions(viewer=request.user, roles=roles),
    )


@space_view
@require_http_methods(["GET", "POST"])
def agreement_questions(
    request: AuthedRequest, space: Space, roles: SpaceRoles, group: str
) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    group = selectors.group_or_404(group)
    error = ""
    if request.method == "POST":
        answers = posted_answers(request.POST)
        page = selectors.questions_for(viewer=request.user, roles=roles, group=group)
        next_url = (
            redirect("agreement_questions", space.uid, page.next_group)
            if page.next_group
            else redirect("agreement_home", space.uid)
        )
        if not answers:  # nothing chosen on this page: it is fine to skip it for now
            return next_url
        try:
            saved = services.ratings_set(space=space, by=request.user, ratings=answers)
        except ActionRefused as refused:
            error = refused.message
        else:
            if saved.revealed:
                messages.success(request, "You have both answered. Here are your answers.")
                return redirect("agreement_reveal", space.uid)
            messages.success(request, "Saved. Only you can see your answers.")
            return next_url
    state = selectors.round_state(viewer=request.user, roles=roles)
    page = selectors.questions_for(viewer=request.user, roles=roles, group=group)
    return _page(
        request,
        "questions.html",
        space,
        roles,
        state=state,
        page=page,
        error=error,
        stances=Stance.choices,
        prefix=ANSWER_PREFIX,
        groups=GROUPS,
        part=GROUP_KEYS.index(group) + 1,
        parts=len(GROUP_KEYS),
    )


@space_view
@require_http_methods(["GET", "POST"])
def agreement_custom_add(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    form = CustomBehaviourForm(request.POST or None)
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.custom_behaviour_add(
            space=space, by=request.user, wording=d["wording"], group=d["group"]
        ),
        done="Added. Both of you will be asked about it.",
        field="wording",
    ):
        return redirect("agreement_questions", space.uid, form.cleaned_data["group"])
    state = selectors.round_state(viewer=request.user, roles=roles)
    return _page(request, "custom_add.html", space, roles, form=form, state=state)


@space_view
@kept_for_viewer
def agreement_reveal(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    reveal = selectors.reveal_for(viewer=request.user, roles=roles)
    return _page(
        request,
        "reveal.html",
        space,
        roles,
        reveal=reveal,
        state=selectors.round_state(viewer=request.user, roles=roles),
        open_version=selectors.open_version(roles=roles),
        signed=selectors.current_signed_version(roles=roles),
    )


@space_view
@require_POST
def agreement_round_start(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    try:
        run_posted_once(request, lambda: services.round_start(space=space, by=request.user))
    except ActionRefused as refused:
        messages.error(request, refused.message)
        return redirect("agreement_home", space.uid)
    messages.success(request, "A new round has started. Each of you answers on your own again.")
    return redirect("agreement_questions", space.uid, GROUP_KEYS[0])


@space_view
@require_POST
def agreement_draft_start(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    try:
        version = run_posted_once(
            request, lambda: services.agreement_draft_start(space=space, by=request.user)
        )
    except ActionRefused as refused:
        messages.error(request, refused.message)
        return redirect("agreement_home", space.uid)
    return redirect("agreement_edit", space.uid, version.uid)


@space_view
@kept_for_viewer
def agreement_version(
    request: AuthedRequest, space: Space, roles: SpaceRoles, version_id: UUID
) -> HttpResponse:
    version = selectors.version_or_404(viewer=request.user, roles=roles, version_id=version_id)
    return _version_page(request, space, roles, version, NoteForm())


def _version_page(
    request: AuthedRequest,
    space: Space,
    roles: SpaceRoles,
    version: AgreementVersion,
    form: NoteForm,
) -> HttpResponse:
    page = selectors.version_page(viewer=request.user, roles=roles, version=version)
    ours = selectors.is_ours_now(version=version, roles=roles)
    return _page(
        request,
        "version.html",
        space,
        roles,
        page=page,
        version=version,
        note_form=form,
        ours=ours,
        can_propose=ours
        and page.version.status == VersionStatus.SIGNED
        and selectors.open_version(roles=roles) is None,
        is_full=roles.is_full,
    )


@space_view
@require_http_methods(["GET", "POST"])
def agreement_edit(
    request: AuthedRequest, space: Space, roles: SpaceRoles, version_id: UUID
) -> HttpResponse:
    version = selectors.version_or_404(viewer=request.user, roles=roles, version_id=version_id)
    if not version.is_open or not selectors.is_ours_now(version=version, roles=roles):
        return redirect("agreement_version", space.uid, version.uid)
    error = ""
    summary = version.summary
    groups = selectors.edit_rows(viewer=request.user, roles=roles, version=version)
    if request.method == "POST":
        terms = posted_terms(request.POST)
        summary = request.POST.get("summary", "")
        try:
            saved = services.agreement_draft_save(
                version=version, by=request.user, terms=terms, summary=summary
            )
        except ActionRefused as refused:
            error = refused.message
            # Keep what they wrote on the page, so nothing they typed is lost.
            groups = [
                (
                    label,
                    [
                        replace(
                            row,
                            stance=terms.get(str(row.behaviour.uid), ("", ""))[0],
                            note=terms.get(str(row.behaviour.uid), ("", ""))[1],
                        )
                        for row in rows
                    ],
                )
                for label, rows in groups
            ]
        else:
            if saved.signatures_cleared:
                messages.success(request, "Saved. You both sign again to make it your agreement.")
            else:
                messages.success(request, "Saved.")
            return redirect("agreement_version", space.uid, version.uid)
    signers = selectors.version_page(viewer=request.user, roles=roles, version=version).signers
    return _page(
        request,
        "edit.html",
        space,
        roles,
        version=version,
        groups=groups,
        summary=summary,
        error=error,
        signers=signers,
        stances=[(s.value, AGREED_LABELS[s]) for s in Stance],
        stance_prefix=STANCE_PREFIX,
        note_prefix=NOTE_PREFIX,
        note_max=SHORT_TEXT_MAX,
        summary_max=LONG_TEXT_MAX,
    )


@space_view
@require_POST
def agreement_sign(
    request: AuthedRequest, space: Space, roles: SpaceRoles, version_id: UUID
) -> HttpResponse:
    version = selectors.version_or_404(viewer=request.user, roles=roles, version_id=version_id)
    try:
        version = services.agreement_sign(version=version, by=request.user)
    except ActionRefused as refused:
        messages.error(request, refused.message)
    else:
        if version.status == VersionStatus.SIGNED:
            messages.success(request, "You have both signed. This is your agreement now.")
        else:
            messages.success(request, "Signed. It becomes your agreement when you both sign.")
    return redirect("agreement_version", space.uid, version.uid)


@space_view
@require_POST
def agreement_note(
    request: AuthedRequest, space: Space, roles: SpaceRoles, version_id: UUID
) -> HttpResponse:
    version = selectors.version_or_404(viewer=request.user, roles=roles, version_id=version_id)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            run_posted_once(
                request,
                lambda: services.agreement_note_add(
                    version=version, by=request.user, text=form.cleaned_data["text"]
                ),
            )
        except ActionRefused as refused:
            refuse_into_form(form, refused, "text")
        else:
            messages.success(request, "Your note is there for both of you.")
            return redirect("agreement_version", space.uid, version.uid)
    return _version_page(request, space, roles, version, form)


@space_view
@require_POST
def agreement_set_aside(
    request: AuthedRequest, space: Space, roles: SpaceRoles, version_id: UUID
) -> HttpResponse:
    version = selectors.version_or_404(viewer=request.user, roles=roles, version_id=version_id)
    try:
        services.agreement_set_aside(version=version, by=request.user)
    except ActionRefused as refused:
        messages.error(request, refused.message)
        return redirect("agreement_version", space.uid, version.uid)
    messages.success(request, "Set aside. It stays in your history.")
    return redirect("agreement_home", space.uid)


@space_view
def agreement_history(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    partner_or_404(viewer=request.user, roles=roles)
    return _page(
        request,
        "history.html",
        space,
        roles,
        versions=selectors.version_history(viewer=request.user, roles=roles),
        ours_since=together_since(roles),
    )
