from uuid import UUID

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from amends.core.errors import ActionRefused
from amends.core.forms import audience_field, long_text_field
from amends.core.http import AuthedRequest
from amends.core.once import FIELD as ONCE_FIELD
from amends.core.once import new_form_token, run_once
from amends.core.pagecache import kept_for_viewer
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, partner_left
from amends.spaces.visibility import Visibility, visibility_choices

from . import services
from .coaching import Feedback, feedback_for
from .drafts import coached_drafts, hold_for_advice, replaying
from .selectors import conversation_for, conversations, replies_to, thread


class MessageForm(forms.Form):
    text = long_text_field("Your message")

    def __init__(self, *args: object, audience: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["visibility"] = audience_field(audience, initial=Visibility.PARTNER)
        self.fields[ONCE_FIELD] = forms.CharField(
            widget=forms.HiddenInput, initial=new_form_token(), required=False
        )


def shared_audience(request: AuthedRequest, roles: SpaceRoles) -> list[tuple[str, str]]:
    return [c for c in visibility_choices(request.user, roles) if c[0] != Visibility.PRIVATE]


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("talk",))
def talk(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    me = request.user
    form = MessageForm(request.POST or None, audience=shared_audience(request, roles))
    feedback = None
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"]
        feedback = feedback_for(text=text, viewer=me, roles=roles)
        # The coach speaks before sending, once, on a page of its own; "Send as written" is
        # always one click.
        if not hold_for_advice(request, feedback):
            try:
                run_once(
                    token=form.cleaned_data.get(ONCE_FIELD),
                    user=me,
                    action=lambda: services.message_send(
                        space=space,
                        author=me,
                        text=text,
                        visibility=form.cleaned_data["visibility"],
                    ),
                )
            except ActionRefused as refused:
                form.add_error("text", refused.message)
            else:
                messages.success(request, "Sent.")
                return redirect("talk", space.uid)
    return render(
        request,
        "talk/thread.html",
        {
            "space": space,
            "roles": roles,
            "form": form,
            "feedback": feedback,
            "thread": thread(viewer=me, roles=roles),
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


class HurtForm(forms.Form):
    what_happened = long_text_field("What happened", "Just the moment, in a sentence or two.")
    how_i_felt = long_text_field("How I felt", '"I felt ..." is enough.')
    what_i_need = long_text_field("What I need (optional)", required=False)

    def __init__(self, *args: object, audience: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["visibility"] = audience_field(audience, initial=Visibility.PARTNER)
        self.fields[ONCE_FIELD] = forms.CharField(
            widget=forms.HiddenInput, initial=new_form_token(), required=False
        )


class ReplyForm(forms.Form):
    text = long_text_field(
        "What I heard, and what I understand",
        "Say back what you heard before explaining anything. Understanding is not agreeing.",
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields[ONCE_FIELD] = forms.CharField(
            widget=forms.HiddenInput, initial=new_form_token(), required=False
        )


def _coached(request: AuthedRequest, roles: SpaceRoles, text: str) -> Feedback | None:
    """The coach's advice when nothing may be sent yet (it has something the writer has not
    seen, or a kept draft is being shown again); None when the words can go."""
    if request.POST.get("send_anyway") == "1" and not replaying(request):
        return None
    feedback = feedback_for(text=text, viewer=request.user, roles=roles)
    return feedback if hold_for_advice(request, feedback) else None


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("talk",))
def hurts(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    me = request.user
    form = HurtForm(request.POST or None, audience=shared_audience(request, roles))
    feedback = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        feedback = _coached(request, roles, f"{data['what_happened']}\n{data['how_i_felt']}")
        if feedback is None:
            try:
                conversation = run_once(
                    token=data.get(ONCE_FIELD),
                    user=me,
                    action=lambda: services.conversation_start(
                        space=space,
                        author=me,
                        what_happened=data["what_happened"],
                        how_i_felt=data["how_i_felt"],
                        what_i_need=data.get("what_i_need", ""),
                        visibility=data["visibility"],
                    ),
                )
            except ActionRefused as refused:
                form.add_error(None, refused.message)
            else:
                messages.success(request, "Shared. Your partner will see it in Talk.")
                return redirect("hurt_detail", space.uid, conversation.uid)
    return render(
        request,
        "talk/hurts.html",
        {
            "space": space,
            "roles": roles,
            "form": form,
            "feedback": feedback,
            "conversations": conversations(viewer=me, roles=roles),
            "is_partner": roles.is_partner(me),
            "partner": roles.partner_of(me),
            "partner_left": partner_left(viewer=me, roles=roles),
            "nav": "talk",
        },
    )


@space_view
@require_http_methods(["GET", "POST"])
@coached_drafts
@kept_for_viewer(areas=("talk",))
def hurt_detail(
    request: AuthedRequest, space: Space, roles: SpaceRoles, conversation_id: UUID
) -> HttpResponse:
    me = request.user
    conversation = conversation_for(viewer=me, roles=roles, conversation_id=conversation_id)
    action = request.POST.get("action", "")
    form = ReplyForm(request.POST if action == "reply" else None)
    feedback = None
    if request.method == "POST":
        try:
            if action == "reply":
                if form.is_valid():
                    feedback = _coached(request, roles, form.cleaned_data["text"])
                    if feedback is None:
                        run_once(
                            token=form.cleaned_data.get(ONCE_FIELD),
                            user=me,
                            action=lambda: services.conversation_reply(
                                conversation=conversation, by=me, text=form.cleaned_data["text"]
                            ),
                        )
                        messages.success(request, "Shared.")
                        return redirect("hurt_detail", space.uid, conversation.uid)
            elif action == "okay":
                run_once(
                    token=request.POST.get(ONCE_FIELD),
                    user=me,
                    action=lambda: services.conversation_settle(conversation=conversation, by=me),
                )
                messages.success(request, "Noted: you're okay. Thank you both.")
                return redirect("hurt_detail", space.uid, conversation.uid)
            elif action == "breach":
                breach = run_once(
                    token=request.POST.get(ONCE_FIELD),
                    user=me,
                    action=lambda: services.conversation_to_breach(
                        conversation=conversation,
                        by=me,
                        category=request.POST.get("category", ""),
                    ),
                )
                messages.success(request, "A path is started. This conversation stays with it.")
                return redirect("breach_detail", space.uid, breach.uid)
            else:
                raise ActionRefused("Something went wrong with that button. Please try again.")
        except ActionRefused as refused:
            if action == "reply":
                form.add_error("text", refused.message)
            else:
                messages.error(request, refused.message)
    from amends.repair.models import Category

    return render(
        request,
        "talk/hurt_detail.html",
        {
            "space": space,
            "roles": roles,
            "conversation": conversation,
            "replies": replies_to(conversation=conversation, viewer=me, roles=roles),
            "form": form,
            "feedback": feedback,
            "categories": Category.choices,
            "i_started": conversation.author_id == me.pk,
            "is_partner": roles.is_partner(me),
            "nav": "talk",
        },
    )
