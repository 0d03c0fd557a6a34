from typing import Any

from allauth.account.forms import LoginForm as AllauthLoginForm
from django import forms
from django.http import HttpRequest

from amends.core.forms import written_field
from amends.core.limits import NAME_MAX

from .models import User

EMAIL_LABEL = "Your e-mail address"


class SignupDetailsForm(forms.Form):
    """Extra fields on allauth's sign-up form."""

    display_name = written_field(
        "What should we call you?",
        "Your partner will see this name. A first name or a nickname is enough.",
        limit=NAME_MAX,
        required_message="Please write a name, even a nickname.",
    )

    def clean_display_name(self) -> str:
        name: str = self.cleaned_data["display_name"].strip()
        if not name:
            raise forms.ValidationError("Please write a name, even a nickname.")
        return name

    def signup(self, request: HttpRequest, user: User) -> None:
        user.display_name = self.cleaned_data["display_name"]
        user.save(update_fields=["display_name"])


class LoginForm(AllauthLoginForm):
    """allauth's log-in, in our words."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = EMAIL_LABEL
        if "remember" in self.fields:
            self.fields["remember"].label = "Keep me logged in on this device"
            self.fields["remember"].help_text = "Leave this off on a phone or computer you share."
