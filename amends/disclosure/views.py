"""The account and the no-contact message: thin views over services and selectors.

Every page is reached through a breach the viewer may see (404 otherwise). Writing pages
are the partners' (404 to anyone else); the coach reads every word written to the partner,
and advises on a page of its own (talk.drafts), never blocking."""

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from amends import acting
from amends.core.http import AuthedRequest
from amends.core.limits import LONG_TEXT_MAX
from amends.core.pagecache import kept_for_viewer
from amends.repair.forms import OnceForm
from amends.repair.models import Breach
from amends.repair.rules import is_hurt, is_injuring
from amends.repair.selectors import breach_or_404
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import (
    Visibility,
    audience_label,
    shared_choices,
    visibility_choices,
    without_private,
)
from amends.talk.drafts import coached_drafts

from . import selectors, services
from .forms import DetailForm, MessageForm, PartForm, ShareForm, WordsForm
from .models import DETAIL_FOR_WRITER, PROMPTS, Part


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


def _posted(request: AuthedRequest, posted: str, which: str) -> Any:
    return request.POST if posted == which else None


def _account_forms(request: AuthedRequest, roles: SpaceRoles, posted: str = "") -> dict[str, Any]:
    """The account page's three forms; only the one `posted` is bound."""
    return {
        "share": ShareForm(
            _posted(request, posted, "share"), audience=shared_choices(request.user, roles)
        ),
        "sign": OnceForm(_posted(request, posted, "sign")),
        "add": WordsForm(_posted(request, posted, "add")),
    }


def _account_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach, forms: dict[str, Any]
) -> HttpResponse:
    me = request.user
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
            **forms,
        },
    )


@space_view
@require_safe
@kept_for_viewer
def account_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    breach = breach_or_404(viewer=request.user, roles=roles, breach_id=breach_id)
    return _account_page(request, space, roles, breach, _account_forms(request, roles))


def _partners_action(
    page: str,
    which: str,
    forms_for: Callable[[AuthedRequest, SpaceRoles, str], dict[str, Any]],
    show: Callable[..., HttpResponse],
    action: Callable[[Breach, Any, dict[str, Any]], object],
    done: str,
    field: str | None = None,
    *,
    coached: bool = False,
) -> Any:
    """One action of the account's or the message's page, for the two partners only."""

    @acting.action_view(page, coached=coached)
    def view(
        request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
    ) -> HttpResponse:
        breach = breach_or_404(viewer=request.user, roles=roles, breach_id=breach_id)
        _partners_only(request, roles, breach)
        forms = forms_for(request, roles, which)
        return acting.act(
            request,
            forms[which] if which in forms else forms["simple"],
            lambda d: action(breach, request.user, d),
            done=done,
            field=field,
            coach=roles if coached else None,
            then=lambda: redirect(page, space.uid, breach.uid),
            page=lambda: show(request, space, roles, breach, forms),
        )

    view.__name__ = view.__qualname__ = f"{page}_{which}"
    return view


account_share = _partners_action(
    "account_page",
    "share",
    _account_forms,
    _account_page,
    lambda breach, me, d: services.account_share(breach=breach, by=me, visibility=d["visibility"]),
    "Your account is shared. Thank you for telling it.",
    "visibility",
)
account_sign = _partners_action(
    "account_page",
    "sign",
    _account_forms,
    _account_page,
    lambda breach, me, d: services.account_sign(breach=breach, by=me),
    "Signed, with today's date.",
)
account_add = _partners_action(
    "account_page",
    "add",
    _account_forms,
    _account_page,
    lambda breach, me, d: services.account_add(breach=breach, by=me, text=d["text"]),
    "Added, with today's date, marked as told later.",
    "text",
    coached=True,
)


@space_view
@require_http_methods(["GET", "POST"])
@kept_for_viewer
def account_detail(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    """The hurt partner's choice of how much detail they want, made before reading."""
    me = request.user
    breach = breach_or_404(viewer=me, roles=roles, breach_id=breach_id)
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
        audience = without_private(audience)
    form = DetailForm(request.POST or None, initial=initial, audience=audience)
    if request.method == "POST" and acting.saved(
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
    breach = breach_or_404(viewer=me, roles=roles, breach_id=breach_id)
    _partners_only(request, roles, breach)
    if not is_injuring(breach, me) or part not in Part.values:
        raise Http404("Not found.")
    account = selectors.account_for(breach=breach, viewer=me, roles=roles)
    choice = selectors.detail_choice_for(breach=breach, viewer=me, roles=roles)
    row = next(r for r in selectors.part_rows(account=account, choice=choice) if r.key == part)
    form = PartForm(request.POST or None, initial={"text": row.written.text if row.written else ""})
    form.fields["text"].label = row.label
    form.fields["text"].help_text = PROMPTS[part]
    if request.method == "POST" and acting.saved(
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
        coach=roles,
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
    breach = breach_or_404(viewer=me, roles=roles, breach_id=breach_id)
    moments = selectors.timeline(breach=breach, viewer=me, roles=roles)
    context = _context(request, space, roles, breach)
    if not moments and not context["i_write"] and not context["i_read"]:
        raise Http404("Not found.")
    return render(request, "disclosure/timeline.html", {**context, "moments": moments})


def _message_forms(request: AuthedRequest, roles: SpaceRoles, posted: str = "") -> dict[str, Any]:
    """The message page's forms; only the one `posted` is bound. The words offered first
    are the message's own, read afresh on the page (`_message_page`)."""
    suggest = WordsForm(_posted(request, posted, "suggest"))
    suggest.fields["text"].label = "The words you would like instead"
    return {
        "draft": MessageForm(_posted(request, posted, "draft")),
        "show": ShareForm(
            _posted(request, posted, "show"), audience=shared_choices(request.user, roles)
        ),
        "suggest": suggest,
        "simple": OnceForm(request.POST if posted in {"accept", "sent"} else None),
    }


def _message_page(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach: Breach, forms: dict[str, Any]
) -> HttpResponse:
    me = request.user
    message = selectors.message_for(breach=breach, viewer=me, roles=roles)
    context = _context(request, space, roles, breach)
    if message is None and not context["i_write"]:
        raise Http404("Not found.")
    if message is not None:
        forms["draft"].initial = {"text": message.text}
        forms["suggest"].initial = {"text": message.suggestion or message.text}
    return render(
        request,
        "disclosure/message.html",
        {
            **context,
            "message": message,
            "audience": audience_label(
                message.visibility if message else Visibility.PRIVATE, me, roles
            ),
            **forms,
        },
    )


@space_view
@require_safe
@kept_for_viewer
def no_contact(
    request: AuthedRequest, space: Space, roles: SpaceRoles, breach_id: UUID
) -> HttpResponse:
    """The no-contact message: drafted, shown to the partner, perhaps changed by agreement,
    sent by its writer outside the app, recorded as sent."""
    breach = breach_or_404(viewer=request.user, roles=roles, breach_id=breach_id)
    return _message_page(request, space, roles, breach, _message_forms(request, roles))


def _message_action(
    which: str,
    action: Callable[[Breach, Any, dict[str, Any]], object],
    done: str,
    field: str | None = None,
    *,
    coached: bool = False,
) -> Any:
    return _partners_action(
        "no_contact", which, _message_forms, _message_page, action, done, field, coached=coached
    )


message_draft = _message_action(
    "draft",
    lambda breach, me, d: services.message_draft(breach=breach, by=me, text=d["text"]),
    "Saved.",
    "text",
    coached=True,
)
message_show = _message_action(
    "show",
    lambda breach, me, d: services.message_show(breach=breach, by=me, visibility=d["visibility"]),
    "Your partner can read it now, before you send it.",
    "visibility",
)
message_suggest = _message_action(
    "suggest",
    lambda breach, me, d: services.message_suggest(breach=breach, by=me, text=d["text"]),
    "Your suggestion is shared.",
    "text",
    coached=True,
)
message_accept = _message_action(
    "accept",
    lambda breach, me, d: services.message_accept(breach=breach, by=me),
    "Your partner's words are now the message.",
)
message_mark_sent = _message_action(
    "sent",
    lambda breach, me, d: services.message_mark_sent(breach=breach, by=me),
    "Recorded as sent, with today's date.",
)
