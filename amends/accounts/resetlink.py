"""The person named in a password reset link, by their random id.

Its own module: allauth's forms import our sign-up form (ACCOUNT_SIGNUP_FORM_CLASS) while
they load, so `accounts.forms` cannot import a form allauth defines after that point.
"""

from allauth.account.forms import UserTokenForm as AllauthUserTokenForm

from amends.core.publicid import uid_or_none

from .models import User


class UserTokenForm(AllauthUserTokenForm):
    """A password reset link names the person by their random `uid` (32 hex digits), never
    by their primary key in base 36 as allauth's does (see `AccountAdapter`). A link of the
    old kind, or any id that is not a known `uid`, is simply not valid: allauth's calm page
    saying the link does not work."""

    def _get_user(self, uidb36: str) -> User | None:
        uid = uid_or_none(uidb36) if len(uidb36 or "") == 32 else None
        return User.objects.filter(uid=uid).first() if uid is not None else None
