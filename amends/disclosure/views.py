"""The account and the no-contact message: thin views over services and selectors.

Every page is reached through a breach the viewer may see (404 otherwise). Writing pages
are the partners' (404 to anyone else); the coach reads every word written to the partner,
and advises on a page of its own (talk.drafts), never blocking."""

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from amends.errors import ActionRefused
from amends.http import AuthedRequest
from amends.limits import LONG_TEXT_MAX
from amends.repair.forms import OnceForm
from amends.repair.models import Breach
from amends.repair.rules import is_hurt, is_injuring
from amends.repair.selectors import breach_for
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.once import FIELD as ONCE_FIELD
from amends.spaces.once import run_once
from amends.spaces.pagecache import kept_for_viewer
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import Visibility, audience_label, visibility_choices
from amends.talk.coaching import feedback_for
from amends.talk.drafts import coached_drafts, hold_for_advice, replaying

from . import selectors, services
from .forms import DetailForm, MessageForm, PartForm, ShareForm, WordsForm
from .models import DETAIL_FOR_WRITER, PROMPTS, Part


def _shared_choices(request: AuthedRequest, roles: SpaceRoles) -> list[tuple[str, str]]:
    return [c for c in visibility_choices(request.user, roles) if c[0] != Visibility.PRIVATE]


def _act(
    request: AuthedRequest,
    form: forms.Form,
    action: Callable[[dict[str, Any]], object],
    *,
    done: str,
    field: str | None = None,
    roles: SpaceRoles | None = None,
) -> bool:
    """Validate, let the coach read words meant for the partner (`roles`), then run the
    service once. True when it was saved; a refusal goes next to the field."""
    if not form.is_valid():
        return False
    if roles is not None and field:
        feedback = None
        if request.POST.get("send_anyway") != "1" or replaying(request):
            feedback = feedback_for(text=form.cleaned_data[field], viewer=request.user, roles=roles)
        if hold_for_advice(request, feedback):
            form.coach_feedback = feedback  # type: ignore[attr-defined]
            return False
    if replaying(request):
        return False
    try:
        run_once(
            token=form.cleaned_data.get(ONCE_FIELD) or request.POST.get(ONCE_FIELD),
            user=request.user,
            action=lambda: action(form.cleaned_data),
        )
    except ActionRefused as refused:
        form.add_error(field if field in form.fields else None, refused.message)
        return False
    messages.success(request, done)
    return True


def _partners_only(request: AuthedRequest, roles: SpaceRoles, breach: Breach) -> None:
    me = request.user
    if not roles.is_partner(me) or not (is_hurt(breach, me) or is_injuring(breach, me)):
        raise Http404("Not found.")


def _context(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach
) -> dict[str, Any]:
    me = request.user
    writer = breach.injuring_partner
    reader = breach.hurt_partner
    return {
        "space": space,
        "breach": breach,
        "i_write": is_injuring(breach, me) and roles.is_partner(me),
        "i_read": is_hurt(breach, me) and roles.is_partner(me),
        "writer_name": writer.name if writer else "your partner",
        "reader_name": reader.name if reader else "your partner",
        "long_text_max": LONG_TEXT_MAX,
        "nav": "path",
    }


@space_view
@kept_for_viewer
def account_list(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    return render(
        request,
        "disclosure/list.html",
        {
            "space": space,
            "rows": selectors.account_rows(viewer=request.user, roles=roles),
            "nav": "path",
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer
def account_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    me = request.user
    breach = breach_for(viewer=me, roles=roles, breach_id=breach_id)
    which = request.POST.get("form", "")
    share = ShareForm(
        request.POST if which == "share" else None, audience=_shared_choices(request, roles)
    )
    sign = OnceForm(request.POST if which == "sign" else None)
    add = WordsForm(request.POST if which == "add" else None)
    if request.method == "POST":
        _partners_only(request, roles, breach)
        saved = False
        if which == "share":
            saved = _act(
                request,
                share,
                lambda d: services.account_share(breach=breach, by=me, visibility=d["visibility"]),
                done="Your account is shared. Thank you for telling it.",
                field="visibility",
            )
        elif which == "sign":
            saved = _act(
                request,
                sign,
                lambda d: services.account_sign(breach=breach, by=me),
                done="Signed, with today's date.",
            )
        elif which == "add":
            saved = _act(
                request,
                add,
                lambda d: services.account_add(breach=breach, by=me, text=d["text"]),
                done="Added, with today's date, marked as told later.",
                field="text",
                roles=roles,
            )
        if saved:
            return redirect("account_page", space.uid, breach.uid)
    account = selectors.account_for(breach=breach, viewer=me, roles=roles)
    choice = selectors.detail_choice_for(breach=breach, viewer=me, roles=roles)
    context = _context(request, space, roles, breach)
    if account is None and not context["i_write"] and not context["i_read"]:
        raise Http404("Not found.")
    return render(
        request,
        "disclosure/account.html",
        {
            **context,
            "account": account,
            "choice": choice,
            "rows": selectors.part_rows(account=account, choice=choice),
            "additions": selectors.additions(breach=breach, viewer=me, roles=roles)
            if account is not None
            else [],
            "audience": audience_label(account.visibility, me, roles) if account else "",
            "share": share,
            "sign": sign,
            "add": add,
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer
def account_detail(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    """The hurt partner's choice of how much detail they want, made before reading."""
    me = request.user
    breach = breach_for(viewer=me, roles=roles, breach_id=breach_id)
    _partners_only(request, roles, breach)
    if not is_hurt(breach, me):
        raise Http404("Not found.")
    choice = selectors.detail_choice_for(breach=breach, viewer=me, roles=roles)
    initial: dict[str, Any] = {}
    if choice is not None:
        initial = {f"level_{k}": v for k, v in choice.level_map.items()}
        initial["sexual_specifics"] = "yes" if choice.sexual_specifics else "no"
        initial["visibility"] = choice.visibility
    audience = visibility_choices(me, roles, keep=choice.visibility if choice else "")
    if choice is not None and choice.visibility != Visibility.PRIVATE:
        # Already shown to the partner: it stays shown (changing the choices is fine).
        audience = [c for c in audience if c[0] != Visibility.PRIVATE]
    form = DetailForm(request.POST or None, initial=initial, audience=audience)
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.detail_choose(
            breach=breach,
            by=me,
            levels=form.levels(),
            sexual_specifics=d["sexual_specifics"],
            visibility=d["visibility"],
        ),
        done="Saved. You can change this whenever you need to.",
        field="visibility",
    ):
        return redirect("account_page", space.uid, breach.uid)
    return render(
        request,
        "disclosure/detail.html",
        {**_context(request, space, roles, breach), "form": form, "choice": choice},
    )


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer
def account_part(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID, part: str
) -> HttpResponse:
    """One part of the account, on its own page, with the partner's choice beside it."""
    me = request.user
    breach = breach_for(viewer=me, roles=roles, breach_id=breach_id)
    _partners_only(request, roles, breach)
    if not is_injuring(breach, me) or part not in Part.values:
        raise Http404("Not found.")
    account = selectors.account_for(breach=breach, viewer=me, roles=roles)
    choice = selectors.detail_choice_for(breach=breach, viewer=me, roles=roles)
    row = next(r for r in selectors.part_rows(account=account, choice=choice) if r.key == part)
    form = PartForm(request.POST or None, initial={"text": row.written.text if row.written else ""})
    form.fields["text"].label = row.label
    form.fields["text"].help_text = PROMPTS[part]
    if request.method == "POST" and _act(
        request,
        form,
        lambda d: services.account_part_write(breach=breach, by=me, part=part, text=d["text"]),
        done="Saved."
        + (
            " Only you can see it until you share the account."
            if account is None or account.visibility == Visibility.PRIVATE
            else ""
        ),
        field="text",
        roles=roles,
    ):
        return redirect("account_page", space.uid, breach.uid)
    return render(
        request,
        "disclosure/part.html",
        {
            **_context(request, space, roles, breach),
            "form": form,
            "row": row,
            "choice": choice,
            "account": account,
            "audience": audience_label(
                account.visibility if account else Visibility.PRIVATE, me, roles
            ),
            "detail_words": DETAIL_FOR_WRITER,
        },
    )


@space_view
@kept_for_viewer
def account_timeline(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    me = request.user
    breach = breach_for(viewer=me, roles=roles, breach_id=breach_id)
    moments = selectors.timeline(breach=breach, viewer=me, roles=roles)
    context = _context(request, space, roles, breach)
    if not moments and not context["i_write"] and not context["i_read"]:
        raise Http404("Not found.")
    return render(request, "disclosure/timeline.html", {**context, "moments": moments})


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer
def no_contact(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    """The no-contact message: drafted, shown to the partner, perhaps changed by agreement,
    sent by its writer outside the app, recorded as sent."""
    me = request.user
    breach = breach_for(viewer=me, roles=roles, breach_id=breach_id)
    message = selectors.message_for(breach=breach, viewer=me, roles=roles)
    which = request.POST.get("form", "")
    draft = MessageForm(
        request.POST if which == "draft" else None,
        initial={"text": message.text if message else ""},
    )
    show = ShareForm(
        request.POST if which == "show" else None, audience=_shared_choices(request, roles)
    )
    suggest = WordsForm(
        request.POST if which == "suggest" else None,
        initial={"text": (message.suggestion or message.text) if message else ""},
    )
    suggest.fields["text"].label = "The words you would like instead"
    simple = OnceForm(request.POST if which in {"accept", "sent"} else None)
    if request.method == "POST":
        _partners_only(request, roles, breach)
        actions: dict[
            str, tuple[forms.Form, Callable[[dict[str, Any]], object], str, str | None, bool]
        ] = {
            "draft": (
                draft,
                lambda d: services.message_draft(breach=breach, by=me, text=d["text"]),
                "Saved.",
                "text",
                True,
            ),
            "show": (
                show,
                lambda d: services.message_show(breach=breach, by=me, visibility=d["visibility"]),
                "Your partner can read it now, before you send it.",
                "visibility",
                False,
            ),
            "suggest": (
                suggest,
                lambda d: services.message_suggest(breach=breach, by=me, text=d["text"]),
                "Your suggestion is shared.",
                "text",
                True,
            ),
            "accept": (
                simple,
                lambda d: services.message_accept(breach=breach, by=me),
                "Your partner's words are now the message.",
                None,
                False,
            ),
            "sent": (
                simple,
                lambda d: services.message_sent(breach=breach, by=me),
                "Recorded as sent, with today's date.",
                None,
                False,
            ),
        }
        if which in actions:
            form, action, done, field, coached = actions[which]
            if _act(
                request, form, action, done=done, field=field, roles=roles if coached else None
            ):
                return redirect("no_contact", space.uid, breach.uid)
    context = _context(request, space, roles, breach)
    if message is None and not context["i_write"]:
        raise Http404("Not found.")
    return render(
        request,
        "disclosure/message.html",
        {
            **context,
            "message": message,
            "audience": audience_label(
                message.visibility if message else Visibility.PRIVATE, me, roles
            ),
            "draft": draft,
            "show": show,
            "suggest": suggest,
            "simple": simple,
        },
    )
