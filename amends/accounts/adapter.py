from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    def format_email_subject(self, subject: str) -> str:
        # Subjects are read on lock screens and shared devices: never say what this is about.
        return "Amends: a message about your account"

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        from amends.spaces.invites import pending_invite_url

        return pending_invite_url(request) or super().get_login_redirect_url(request)

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        from amends.spaces.invites import pending_invite_url

        return pending_invite_url(request) or super().get_signup_redirect_url(request)
