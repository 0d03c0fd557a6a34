"""API tokens. Only a sha256 of each token is stored; the token itself is shown once."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from amends.core.fields import EncryptedTextField


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    # The public handle used to list and revoke a token; it is not the secret.
    key_id = models.CharField(max_length=24, unique=True)
    token_hash = models.CharField(max_length=64, unique=True)
    # The label its owner gives it ("my laptop"): their words, sealed like any other.
    name = EncryptedTextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # A random id that encrypted fields are bound to (see amends.core.crypto).
    uid = models.UUIDField(default=uuid.uuid4, editable=False)
    # When the owner last gave their password for this token (making it counts): with the
    # journal lock on, calls that return private text in bulk need this to be recent.
    reauthenticated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return f"API token {self.key_id}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()
