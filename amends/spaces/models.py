from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from amends.core.fields import EncryptedTextField
from amends.core.publicid import uid_field


class Space(models.Model):
    """One relationship: up to two partners and, if both agree, a professional."""

    # People name their space themselves, and a name can say a lot: sealed.
    name = EncryptedTextField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # The id in URLs and the API, and what encrypted fields are bound to; the primary key
    # stays inside the server.
    uid = uid_field()
    # When a partner last left (or deleted their account): the partner who stays is told,
    # calmly and without details, instead of reading that their partner "has not joined".
    partner_left_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Space {self.pk}"


class Role(models.TextChoices):
    PARTNER = "partner", "Partner"
    PROFESSIONAL = "professional", "Professional"


class Membership(models.Model):
    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices)
    invite = models.ForeignKey("Invite", null=True, blank=True, on_delete=models.SET_NULL)
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["space", "user"],
                condition=Q(left_at__isnull=True),
                name="one_active_membership_per_space",
            )
        ]
        indexes = [models.Index(fields=["user", "left_at"])]

    def __str__(self) -> str:
        return f"{self.role} in space {self.space_id}"


class MemberVersion(models.Model):
    """Numbers the database raises whenever something this member may see in their space
    changes (see versioning): `version` for anything, one per area for that area's pages. A
    change only others may see leaves them as they are, so what is kept for one person
    (amends.core.pagecache) never turns stale, or fresh, because of another person's
    private act. The row is made by the database with its membership."""

    membership = models.OneToOneField(
        Membership, primary_key=True, on_delete=models.CASCADE, related_name="seen"
    )
    version = models.BigIntegerField(default=0, editable=False)
    # One per area of versioning.AREAS; made 0 by the database with the row.
    path_version = models.BigIntegerField(default=0, editable=False)
    talk_version = models.BigIntegerField(db_default=0, editable=False)
    checkin_version = models.BigIntegerField(db_default=0, editable=False)
    journal_version = models.BigIntegerField(db_default=0, editable=False)

    def __str__(self) -> str:
        return f"Versions of membership {self.membership_id}"


class Invite(models.Model):
    """A single-use, expiring link. Only a hash of its token is stored."""

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="invites")
    role = models.CharField(max_length=20, choices=Role.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    link_created_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    uid = uid_field()

    def __str__(self) -> str:
        return f"{self.role} invite to space {self.space_id}"

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None


class ProfessionalApproval(models.Model):
    """A partner's yes to a professional. The row is their yes to inviting them (every
    current partner's is needed to make the link and to join through it); `access_given_at`
    is their yes to the professional's access, given only after the professional joined,
    with how they handle what one partner tells them alone in front of the partner. The
    professional sees anything only once every current partner has given that one."""

    invite = models.ForeignKey(Invite, on_delete=models.CASCADE, related_name="approvals")
    partner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    approved_at = models.DateTimeField(default=timezone.now)
    access_given_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["invite", "partner"], name="one_approval_each")
        ]

    def __str__(self) -> str:
        return f"Approval {self.pk}"


class KeptAsItWas(models.Model):
    """Someone joined, and the author chose to keep something they had shared before as it
    was: unseen by the newcomer (see amends.spaces.shareagain). It only takes the item off
    the author's list of things to decide about; they can still share it later. Nobody
    but the author is ever shown that it exists."""

    # The newcomer's membership: someone who leaves and joins again is asked about anew.
    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=32)
    item_uid = models.UUIDField()
    kept_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["membership", "author", "kind", "item_uid"], name="kept_once_per_newcomer"
            )
        ]

    def __str__(self) -> str:
        return f"Kept as it was {self.pk}"
