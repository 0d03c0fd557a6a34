"""Talk: messages between the partners, and everyday hurts (one told, the other heard back).
Every form goes through `acting` (the coach reads shared words first, once, and a second
send of the same form changes nothing); each button on a hurt has its own URL."""

from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from amends import acting
from amends.core.forms import OnceForm
from amends.core.http import AuthedRequest
from amends.core.pagecache import kept_for_viewer
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, partner_left
from amends.spaces.visibility import shared_choices
from amends.talk.drafts import coached_drafts

from . import services
from .coaching import feedback_for
from .forms import HurtForm, MessageForm, PathForm, ReplyForm
from .models import Conversation
from .selectors import conversation_or_404, conversations, latest_messages, replies_to


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("talk",))
def talk(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    me = request.user
    form = MessageForm(request.POST or None, audience=shared_choices(request.user, roles))
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: services.message_send(
            space=space, by=me, text=d["text"], visibility=d["visibility"]
        ),
        done="Sent.",
        field="text",
        coach=roles,
    ):
        return redirect("talk", space.uid)
    return render(
        request,
        "talk/thread.html",
        {
            "space": space,
            "roles": roles,
            "form": form,
            "thread": latest_messages(viewer=me, roles=roles),
            "partner": roles.partner_of(me),
            "partner_left": partner_left(viewer=me, roles=roles),
            "is_partner": roles.is_partner(me),
            "nav": "talk",
        },
    )


@space_view
@require_POST
def coach_feedback(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    """Live feedback as a person types: the feedback partial, rendered on the server."""
    text = request.POST.get("text", "")
    feedback = feedback_for(text=text, viewer=request.user, roles=roles) if text.strip() else None
    return render(request, "talk/feedback.html#feedback", {"feedback": feedback, "live": True})


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("talk",))
def hurts(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    me = request.user
    form = HurtForm(request.POST or None, audience=shared_choices(request.user, roles))
    started: list[Conversation] = []
    if request.method == "POST" and acting.saved(
        request,
        form,
        lambda d: started.append(
            services.conversation_start(
                space=space,
                by=me,
                what_happened=d["what_happened"],
                how_i_felt=d["how_i_felt"],
                what_i_need=d.get("what_i_need", ""),
                visibility=d["visibility"],
            )
        ),
        done="Shared. Your partner will see it in Talk.",
        coach=roles,
        coach_text=lambda d: f"{d['what_happened']}\n{d['how_i_felt']}",
    ):
        if started:
            return redirect("hurt_detail", space.uid, started[0].uid)
        return redirect("hurts", space.uid)  # sent twice: the first send was the one kept
    return render(
        request,
        "talk/hurts.html",
        {
            "space": space,
            "roles": roles,
            "form": form,
            "conversations": conversations(viewer=me, roles=roles),
            "is_partner": roles.is_partner(me),
            "partner": roles.partner_of(me),
            "partner_left": partner_left(viewer=me, roles=roles),
            "nav": "talk",
        },
    )


def _hurt_page(
    request: AuthedRequest,
    space: Space,
    roles: SpaceRoles,
    conversation: Conversation,
    **forms: object,
) -> HttpResponse:
    me = request.user
    return render(
        request,
        "talk/hurt_detail.html",
        {
            "space": space,
            "roles": roles,
            "conversation": conversation,
            "replies": replies_to(conversation=conversation, viewer=me, roles=roles),
            "form": forms.get("form") or ReplyForm(),
            "path_form": forms.get("path_form") or PathForm(),
            "i_started": conversation.author_id == me.pk,
            "is_partner": roles.is_partner(me),
            "nav": "talk",
        },
    )


@space_view
@require_http_methods(["GET"])
@kept_for_viewer(areas=("talk",))
def hurt_detail(
    request: AuthedRequest, space: Space, roles: SpaceRoles, conversation_id: UUID
) -> HttpResponse:
    conversation = conversation_or_404(
        viewer=request.user, roles=roles, conversation_id=conversation_id
    )
    return _hurt_page(request, space, roles, conversation)


@acting.action_view("hurt_detail", coached=True)
def hurt_reply(
    request: AuthedRequest, space: Space, roles: SpaceRoles, conversation_id: UUID
) -> HttpResponse:
    me = request.user
    conversation = conversation_or_404(viewer=me, roles=roles, conversation_id=conversation_id)
    form = ReplyForm(request.POST)
    return acting.act(
        request,
        form,
        lambda d: services.conversation_reply(conversation=conversation, by=me, text=d["text"]),
        then=lambda: redirect("hurt_detail", space.uid, conversation.uid),
        page=lambda: _hurt_page(request, space, roles, conversation, form=form),
        done="Shared.",
        field="text",
        coach=roles,
    )


@acting.action_view("hurt_detail")
def hurt_okay(
    request: AuthedRequest, space: Space, roles: SpaceRoles, conversation_id: UUID
) -> HttpResponse:
    me = request.user
    conversation = conversation_or_404(viewer=me, roles=roles, conversation_id=conversation_id)
    form = OnceForm(request.POST)
    return acting.act(
        request,
        form,
        lambda d: services.conversation_settle(conversation=conversation, by=me),
        then=lambda: redirect("hurt_detail", space.uid, conversation.uid),
        page=lambda: _refused(request, space, conversation, form),
        done="Noted: you're okay. Thank you both.",
    )


@acting.action_view("hurt_detail")
def hurt_path(
    request: AuthedRequest, space: Space, roles: SpaceRoles, conversation_id: UUID
) -> HttpResponse:
    me = request.user
    conversation = conversation_or_404(viewer=me, roles=roles, conversation_id=conversation_id)
    form = PathForm(request.POST)
    made: list[object] = []
    return acting.act(
        request,
        form,
        lambda d: made.append(
            services.conversation_turn_into_breach(
                conversation=conversation, by=me, category=d["category"]
            )
        ),
        then=lambda: (
            redirect("breach_detail", space.uid, made[0].uid)  # type: ignore[attr-defined]
            if made
            else redirect("hurt_detail", space.uid, conversation.uid)
        ),
        page=lambda: _hurt_page(request, space, roles, conversation, path_form=form),
        done="A path is started. This conversation stays with it.",
    )


def _refused(
    request: AuthedRequest, space: Space, conversation: Conversation, form: OnceForm
) -> HttpResponse:
    """A button alone: what went wrong is said above the page."""
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, str(error))
    return redirect("hurt_detail", space.uid, conversation.uid)
