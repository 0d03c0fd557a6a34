from django.conf import settings
from django.db import models
from django.utils import timezone


class UsedFormToken(models.Model):
    """A form's one-time token, claimed in the same transaction as the change it makes,
    so a replayed or double-clicked form cannot apply twice (amends.core.once)."""

    token = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    used_at = models.DateTimeField(default=timezone.now)

    class Meta:
        db_table = "spaces_usedformtoken"  # moved from spaces; the table kept its name

    def __str__(self) -> str:
        return f"Form token {self.pk}"
