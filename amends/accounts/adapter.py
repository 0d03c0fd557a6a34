from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.usersessions.adapter import DefaultUserSessionsAdapter
from django.db import IntegrityError, transaction
from django.http import HttpRequest

from .models import User


class AccountAdapter(DefaultAccountAdapter):
    def format_email_subject(self, subject: str) -> str:
        # Subjects are read on lock screens and shared devices: never say what this is about.
        return "Amends: a message about your account"

    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        """Two sign-ups for one address at once (a double click): the second finds the
        address taken only when it writes. It is then answered exactly as a sign-up for an
        existing address is (allauth's: a neutral mail, the "check your e-mail" page),
        never a 500, and nothing is written."""
        if not commit:
            return super().save_user(request, user, form, commit=False)
        try:
            with transaction.atomic():
                return super().save_user(request, user, form, commit=True)
        except IntegrityError:
            from allauth.account.internal.flows.signup import prevent_enumeration

            raise ImmediateHttpResponse(prevent_enumeration(request, email=user.email)) from None

    def send_password_reset_mail(self, user: Any, email: str, context: dict[str, Any]) -> None:
        """The link names the person by their random `uid`, not allauth's base-36 primary
        key (a sequential id: see amends.core.publicid); `forms.UserTokenForm` reads it back."""
        uid = user.uid.hex
        context = {
            **context,
            "uid": uid,
            "password_reset_url": self.get_reset_password_from_key_url(f"{uid}-{context['key']}"),
        }
        super().send_password_reset_mail(user, email, context)

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        from amends.spaces.invites import pending_invite_url

        return pending_invite_url(request) or super().get_login_redirect_url(request)

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        from amends.spaces.invites import pending_invite_url

        return pending_invite_url(request) or super().get_signup_redirect_url(request)


class UserSessionsAdapter(DefaultUserSessionsAdapter):
    def end_sessions(self, sessions: Any) -> None:
        """ "Sign out of other sessions" (Where you are logged in) ends the API tokens too."""
        sessions = list(sessions)
        super().end_sessions(sessions)
        request = context.request
        user = getattr(request, "user", None)
        if isinstance(user, User):
            from .services import security_credentials_reset

            ended_here = any(s.session_key == request.session.session_key for s in sessions)
            security_credentials_reset(
                by=user, keep_session=None if ended_here else request.session
            )
