"""Who may see what. The one place that decides it.

Every item a person writes is exactly one of:
  private                   the author only
  partner                   the author and the other partner
  partner_and_professional  the author, the other partner and the approved professional

Views, the API, exports, e-mails and the admin all ask this module; none of them
filters on `visibility` by itself. Rules beyond the table above:
  * Nobody who is not a current member of the space sees anything in it.
  * An item whose author has left the space is visible to its author only: leaving
    takes your words with you, and never deletes the other member's.
  * A professional sees only what was shared with them, and only while every
    current partner approves of them (see SpaceRoles).
  * Sharing is with people, not with whoever later holds a role: someone else sees an
    item only if it was shared (`shared_at`, else when it was written) while they were
    in the space. A partner or professional who joins later sees what was shared before
    only once its author shares it with them (`share_again`).
  * Nobody, including staff and administrators, sees private text through the app.
  * A few rows are *between* named people rather than shared by visibility: a
    professional's homework for one partner (the two of them), the partner's note on it
    (its author, and the professional only if they shared it with them). Such a row is seen
    by the people it names, and only while each is in the space in their role (a partner, an
    approved professional): `between_q`. A partner's questionnaire scores in the check-in
    are theirs, and seen by the one professional they chose to share them with (never by
    the other partner): `named_q`.

What the two partners make together (the agreement: its rounds of answers, its versions,
their notes and signatures, their own questions) belongs to those two people, not to the
space: it is seen by the partners who were in the space when it was made
(`can_see_made_together`), and the partners here now work on their own
(`ours_now_q`). A partner who joins later starts afresh with the one who stayed; the one
who stayed still reads what they made with the partner who left.
"""

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, Protocol

from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.publicid import parse_uid

from .selectors import SpaceRoles


class Visibility(models.TextChoices):
    PRIVATE = "private", "Only me"
    PARTNER = "partner", "Me and my partner"
    PARTNER_AND_PROFESSIONAL = "partner_and_professional", "Me, my partner and our professional"


_SEEN_BY_PARTNER = (Visibility.PARTNER, Visibility.PARTNER_AND_PROFESSIONAL)
_SEEN_BY_PROFESSIONAL = (Visibility.PARTNER_AND_PROFESSIONAL,)


class SpaceItem(models.Model):
    """Something a person wrote in a space, with its audience."""

    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    visibility = models.CharField(
        max_length=32, choices=Visibility.choices, default=Visibility.PRIVATE
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    # When its author last shared it (made it shared, or shared it again with someone who
    # joined since); empty means when it was written. See `seen_since`.
    shared_at = models.DateTimeField(null=True, blank=True)
    # A random id that encrypted fields are bound to (see amends.core.crypto).
    uid = models.UUIDField(default=uuid.uuid4, editable=False)

    class Meta:
        abstract = True


class HasAudience(Protocol):
    space_id: int
    author_id: int
    visibility: str
    created_at: datetime
    shared_at: datetime | None


def shared_since(item: HasAudience) -> datetime:
    return item.shared_at or item.created_at


def set_visibility(item: SpaceItem, visibility: str) -> list[str]:
    """Give an item a new audience; returns the fields to save. Making it shared, or
    sharing it with more people, shares it now: with the people in the space today."""
    changed = ["visibility", "updated_at"]
    widened = len(audience_roles(visibility)) > len(audience_roles(item.visibility))
    item.visibility = visibility
    item.updated_at = timezone.now()
    if widened:
        item.shared_at = item.updated_at
        changed.append("shared_at")
    return changed


def share_again(item: SpaceItem) -> list[str]:
    """Share an item with the people in the space today, as its author chooses to when
    someone joins; returns the fields to save."""
    item.shared_at = item.updated_at = timezone.now()
    return ["shared_at", "updated_at"]


def audience_roles(visibility: str) -> tuple[str, ...]:
    """Which roles, besides the author, an item with this visibility reaches."""
    if visibility == Visibility.PARTNER:
        return ("partner",)
    if visibility == Visibility.PARTNER_AND_PROFESSIONAL:
        return ("partner", "professional")
    return ()


def can_see(viewer: User, item: HasAudience, roles: SpaceRoles) -> bool:
    if roles.space.pk != item.space_id:
        return False
    role = roles.role_of(viewer)
    if role is None:
        return False
    if item.author_id == viewer.pk:
        return True
    if item.author_id not in roles.partner_ids:
        return False
    if shared_since(item) < roles.joined_at[viewer.pk]:
        return False  # shared before this person was here: not with them
    return role in audience_roles(item.visibility)


def can_change(viewer: User, item: HasAudience, roles: SpaceRoles) -> bool:
    """Only the author changes or deletes what they wrote, and only while in the space."""
    return (
        roles.space.pk == item.space_id
        and item.author_id == viewer.pk
        and (roles.role_of(viewer) is not None)
    )


def visible_q(viewer: User, roles: SpaceRoles, *, prefix: str = "") -> Q:
    """The filter every list uses. `prefix` reaches items through a relation."""
    role = roles.role_of(viewer)
    in_space = Q(**{f"{prefix}space": roles.space})
    if role is None:
        return Q(pk__in=[])
    shared = _SEEN_BY_PARTNER if role == "partner" else _SEEN_BY_PROFESSIONAL
    joined = roles.joined_at[viewer.pk]
    shared_with_me = Q(**{f"{prefix}shared_at__gte": joined}) | Q(
        **{f"{prefix}shared_at__isnull": True, f"{prefix}created_at__gte": joined}
    )
    others = (
        Q(
            **{
                f"{prefix}visibility__in": shared,
                f"{prefix}author_id__in": roles.partner_ids - {viewer.pk},
            }
        )
        & shared_with_me
    )
    return in_space & (Q(**{f"{prefix}author": viewer}) | others)


def visible_to[M: models.Model](
    queryset: QuerySet[M], viewer: User, roles: SpaceRoles
) -> QuerySet[M]:
    return queryset.filter(visible_q(viewer, roles))


def visible_or_404[M: models.Model](
    queryset: QuerySet[M], uid: Any, viewer: User, roles: SpaceRoles
) -> M:
    """The fetch-and-authorize helper for items, by public id (`uid`, never the primary key):
    unseen, missing and malformed look the same."""
    try:
        return visible_to(queryset, viewer, roles).get(uid=parse_uid(uid))
    except (ObjectDoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("Not found.") from None


def changeable_or_404[M: models.Model](
    queryset: QuerySet[M], uid: Any, viewer: User, roles: SpaceRoles
) -> M:
    item = visible_or_404(queryset, uid, viewer, roles)
    if not can_change(viewer, item, roles):  # type: ignore[arg-type]
        raise Http404("Not found.")
    return item


def between_q(
    viewer: User, roles: SpaceRoles, *, partner: str, professional: str, prefix: str = ""
) -> Q:
    """The filter for rows between a partner and a professional, named by the columns
    `partner` and `professional` (user ids; `professional` may be empty: kept by the partner).
    The viewer sees such a row when it names them, and the other person it names is in the
    space in their role now; a partner's own row with nobody else named is theirs alone.
    The version triggers (versioning, kind "between") raise exactly these people's numbers."""
    role = roles.role_of(viewer)
    in_space = Q(**{f"{prefix}space": roles.space})
    if role == "partner":
        pros = [p.pk for p in roles.professionals]
        return (
            in_space
            & Q(**{f"{prefix}{partner}": viewer})
            & (
                Q(**{f"{prefix}{professional}__in": pros})
                | Q(**{f"{prefix}{professional}__isnull": True})
            )
        )
    if role == "professional":
        return (
            in_space
            & Q(**{f"{prefix}{professional}": viewer})
            & Q(**{f"{prefix}{partner}__in": roles.partner_ids})
        )
    return Q(pk__in=[])


def named_q(
    viewer: User, roles: SpaceRoles, *, author: str, shared_with: str, prefix: str = ""
) -> Q:
    """The filter for a partner's rows that they share, or not, with one professional by
    name (the questionnaire's scores in the check-in): the author always sees their own; the
    professional the row names sees it while they are approved and its author is a partner
    here; nobody else, the other partner included. The version triggers (versioning, kind
    "between" on `author` and `shared_with`) raise exactly these people's numbers."""
    role = roles.role_of(viewer)
    in_space = Q(**{f"{prefix}space": roles.space})
    if role == "partner":
        return in_space & Q(**{f"{prefix}{author}": viewer})
    if role == "professional":
        return (
            in_space
            & Q(**{f"{prefix}{shared_with}": viewer})
            & Q(**{f"{prefix}{author}__in": roles.partner_ids})
        )
    return Q(pk__in=[])


def across(rule: Callable[[SpaceRoles], Q], roles_list: Iterable[SpaceRoles]) -> Q:
    """One space's rule over many spaces at once: the OR of `rule(roles)` for each space,
    each with its own members, joining times and professionals (never one global value).
    Nothing when there is no space. Pages that read many spaces at once (the caseload) use
    it with the one-space filters above, so the rule stays written once."""
    each = [rule(roles) for roles in roles_list]
    if not each:
        return Q(pk__in=[])
    return Q(*each, _connector=Q.OR)


def visible_q_across(viewer: User, roles_list: Iterable[SpaceRoles], *, prefix: str = "") -> Q:
    """`visible_q` over several spaces (see `across`)."""
    return across(lambda roles: visible_q(viewer, roles, prefix=prefix), roles_list)


def between_q_across(
    viewer: User,
    roles_list: Iterable[SpaceRoles],
    *,
    partner: str,
    professional: str,
    prefix: str = "",
) -> Q:
    """`between_q` over several spaces (see `across`)."""
    return across(
        lambda roles: between_q(
            viewer, roles, partner=partner, professional=professional, prefix=prefix
        ),
        roles_list,
    )


def named_q_across(
    viewer: User,
    roles_list: Iterable[SpaceRoles],
    *,
    author: str,
    shared_with: str,
    prefix: str = "",
) -> Q:
    """`named_q` over several spaces (see `across`)."""
    return across(
        lambda roles: named_q(viewer, roles, author=author, shared_with=shared_with, prefix=prefix),
        roles_list,
    )


# ------------------------------------------------------------ made together (the agreement)


class MadeTogether(Protocol):
    space_id: int
    together_since: datetime


def together_since(roles: SpaceRoles) -> datetime | None:
    """Which partners things made together now belong to, as a moment: the later of when
    each partner here now joined and when a partner last left (so a partner on their own
    after the other left is not taken for the two of them). None with no partner here."""
    times = [roles.joined_at[p.pk] for p in roles.partners]
    if not times:
        return None
    left = roles.space.partner_left_at
    return max([*times, left]) if left is not None else max(times)


def can_see_made_together(viewer: User, row: MadeTogether, roles: SpaceRoles) -> bool:
    """A partner here now who was in the space when the ones who made it were."""
    if roles.space.pk != row.space_id or not roles.is_partner(viewer):
        return False
    return roles.joined_at[viewer.pk] <= row.together_since


def made_together_q(viewer: User, roles: SpaceRoles, *, prefix: str = "") -> Q:
    """The filter for what the viewer may see of things made together (see above)."""
    if not roles.is_partner(viewer):
        return Q(pk__in=[])
    return Q(
        **{
            f"{prefix}space": roles.space,
            f"{prefix}together_since__gte": roles.joined_at[viewer.pk],
        }
    )


def ours_now_q(roles: SpaceRoles, *, prefix: str = "") -> Q:
    """What the partners here now are making together: nothing made before the later of
    them joined (or before the other partner last left)."""
    since = together_since(roles)
    if since is None:
        return Q(pk__in=[])
    return Q(**{f"{prefix}space": roles.space, f"{prefix}together_since__gte": since})


def audience_label(visibility: str, viewer: User, roles: SpaceRoles) -> str:
    """Who will read this, in the viewer's words: "Only you", "You and Jordan", ..."""
    partner = roles.partner_of(viewer)
    partner_name = partner.name if partner else "your partner (once they join)"
    if visibility == Visibility.PARTNER:
        return f"You and {partner_name}"
    if visibility == Visibility.PARTNER_AND_PROFESSIONAL:
        pro = roles.professionals[0].name if roles.professionals else "your professional"
        return f"You, {partner_name} and {pro}"
    return "Only you"


def visibility_choices(viewer: User, roles: SpaceRoles, *, keep: str = "") -> list[tuple[str, str]]:
    """Who can read what this person writes, in their words. A professional is offered as a
    reader only while there is one (an item shared with nobody would read as shared); `keep`
    is an item's present choice, kept on offer so editing it never changes it silently."""
    return [
        (v.value, audience_label(v.value, viewer, roles))
        for v in Visibility
        if v != Visibility.PARTNER_AND_PROFESSIONAL or roles.professionals or keep == v.value
    ]


def without_private(choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The choices for words written to someone else: all but "Only you"."""
    return [c for c in choices if c[0] != Visibility.PRIVATE]


def shared_choices(viewer: User, roles: SpaceRoles) -> list[tuple[str, str]]:
    return without_private(visibility_choices(viewer, roles))


def clean_visibility(value: str) -> Visibility:
    try:
        return Visibility(value)
    except ValueError:
        raise ActionRefused(
            "Please choose who can read this: only you, you and your partner, "
            "or you, your partner and your professional.",
            code="invalid",
        ) from None
