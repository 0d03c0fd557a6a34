from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from amends.errors import ActionRefused
from amends.forms import audience_field, long_text_field
from amends.http import AuthedRequest
from amends.spaces.decorators import space_view
from amends.spaces.models import Space
from amends.spaces.once import FIELD as ONCE_FIELD
from amends.spaces.once import new_form_token, run_once
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import Visibility, visibility_choices

from . import services
from .coaching import feedback_for
from .selectors import thread


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
def talk(request: AuthedRequest, space: Space, roles: SpaceRoles) -> HttpResponse:
    me = request.user
    form = MessageForm(request.POST or None, audience=shared_audience(request, roles))
    feedback = None
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"]
        feedback = feedback_for(text=text, viewer=me, roles=roles)
        # The coach speaks before sending, once; "Send as written" is always one click.
        if not feedback.has_harmful or request.POST.get("send_anyway") == "1":
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
                return redirect("talk", space.pk)
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
