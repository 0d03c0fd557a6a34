"""allauth's sign-up and reset forms, in our words. Their own module: allauth's forms import
our sign-up details form (ACCOUNT_SIGNUP_FORM_CLASS), so subclasses of theirs cannot live
beside it."""

from typing import Any

from allauth.account.forms import ResetPasswordForm as AllauthResetPasswordForm
from allauth.account.forms import SignupForm as AllauthSignupForm

from .forms import EMAIL_LABEL

HOW_TO_CHOOSE = (
    "At least 10 characters. A few words you will remember work well; "
    "not a common password, and not only numbers."
)


class SignupForm(AllauthSignupForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = EMAIL_LABEL
        self.fields["email"].help_text = "For signing in, and in case you forget your password."
        self.fields["password1"].help_text = HOW_TO_CHOOSE
        if "password2" in self.fields:
            self.fields["password2"].label = "The same password again"


class ResetPasswordForm(AllauthResetPasswordForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = EMAIL_LABEL
