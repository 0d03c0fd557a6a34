from django.http import HttpRequest

from amends.accounts.models import User


class AuthedRequest(HttpRequest):
    """A request whose user is signed in (views behind login_required or space_view)."""

    user: User
