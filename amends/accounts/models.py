from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac

from amends.core.limits import NAME_MAX
from amends.core.publicid import uid_field


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> "User":
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> "User":
        extra.setdefault("is_staff", True)
        extra.setdefault("is_superuser", True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person. They are known in the app by the name they choose, never by their e-mail."""

    email = models.EmailField(unique=True)
    display_name = models.CharField(max_length=NAME_MAX, blank=True)
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    # Ask for the password again (after a few minutes) before the journal opens.
    journal_reauth = models.BooleanField(default=False)
    # The id others see (the API, pages); the primary key stays inside the server.
    uid = uid_field()
    # Part of every session's proof of log-in (see get_session_auth_hash): changing it ends
    # every session at once, on every server, whatever stores the sessions.
    session_stamp = models.CharField(max_length=32, blank=True, default="")

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.display_name or self.email.split("@", 1)[0]

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        """Django signs each session with a hash of the password; ours also covers the
        session stamp, so `security_credentials_reset` can end sessions without a new
        password. With no stamp yet the hash is Django's own, so nobody is signed out by
        this code arriving."""
        if not self.session_stamp:
            return super()._get_session_auth_hash(secret=secret)  # type: ignore[misc]
        key_salt = "amends.accounts.User.get_session_auth_hash"
        return salted_hmac(
            key_salt, f"{self.password}:{self.session_stamp}", secret=secret, algorithm="sha256"
        ).hexdigest()


class AuditEvent(models.Model):
    """A security event, with no content: who, what kind, when. Never what was written."""

    user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_events"
    )
    kind = models.CharField(max_length=40)
    space_id = models.BigIntegerField(null=True, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["user", "-at"]), models.Index(fields=["kind", "-at"])]

    def __str__(self) -> str:
        return f"{self.kind} at {self.at:%Y-%m-%d %H:%M}"
