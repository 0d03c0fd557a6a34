"""Reads for transparency offers, always through visibility. Partners, and a professional
for the offers shared with them (read only); anyone else gets the same 404 as a page that
does not exist."""

from dataclasses import dataclass
from datetime import date

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from amends.accounts.models import User
from amends.spaces.selectors import SpaceRoles, space_roles
from amends.spaces.visibility import can_see, visible_or_404, visible_to

from .models import Offer, Pressure, ReviewReminderSent, State


def member_or_404(*, viewer: User, roles: SpaceRoles) -> None:
    """A partner, or the approved professional (who sees only what was shared with them)."""
    if not roles.is_partner(viewer) and not roles.is_professional(viewer):
        raise Http404("Not found.")


def offers(*, viewer: User, roles: SpaceRoles) -> QuerySet[Offer]:
    """The viewer's own offers (drafts included) and those offered to them."""
    return visible_to(
        Offer.objects.select_related("author", "ended_by", "proposed_by"), viewer, roles
    ).order_by("created_at", "pk")


def offer_or_404(*, viewer: User, roles: SpaceRoles, offer_id: object) -> Offer:
    member_or_404(viewer=viewer, roles=roles)
    return visible_or_404(
        Offer.objects.select_related("author", "ended_by", "proposed_by"), offer_id, viewer, roles
    )


@dataclass(frozen=True)
class Offers:
    drafts: list[Offer]  # mine, not offered yet
    waiting: list[Offer]  # offered, not answered yet (by me, or to me)
    on: list[Offer]  # accepted and running
    ended: list[Offer]


def offers_by_state(*, viewer: User, roles: SpaceRoles) -> Offers:
    rows = list(offers(viewer=viewer, roles=roles))
    return Offers(
        drafts=[o for o in rows if o.state == State.DRAFT and o.author_id == viewer.pk],
        waiting=[o for o in rows if o.state == State.OFFERED],
        on=[o for o in rows if o.state == State.ACTIVE],
        ended=[o for o in rows if o.state == State.ENDED],
    )


def my_pressure(*, viewer: User, roles: SpaceRoles) -> dict[int, Pressure]:
    """What the viewer privately said they feel pressured into, by offer."""
    rows = visible_to(Pressure.objects.filter(author=viewer), viewer, roles)
    return {p.offer_id: p for p in rows}


def waiting_on_me(*, viewer: User, roles: SpaceRoles) -> list[Offer]:
    """Offers waiting for the viewer: an answer, or a review that has come."""
    today = timezone.localdate()
    return [
        o
        for o in offers(viewer=viewer, roles=roles)
        if (o.state == State.OFFERED and o.author_id != viewer.pk)
        or o.review_has_come(today)
        or (o.state == State.ACTIVE and o.proposed_by_id not in (None, viewer.pk))
    ]


# ---------------------------------------------------------------------------- reminders


def review_reminders_due(*, today: date | None = None) -> list[tuple[int, int]]:
    """(user id, offer id) for every review reminder due: offers that are on, whose review
    day has come, to each partner here who may see the offer and has not had this review's
    reminder yet. Review days are sealed, so they are read in Python."""
    today = today or timezone.localdate()
    due: list[tuple[int, int]] = []
    active = Offer.objects.filter(state=State.ACTIVE).select_related("space")
    sent = set(ReviewReminderSent.objects.values_list("user_id", "offer_id", "review"))
    by_space: dict[int, SpaceRoles] = {}
    for offer in active:
        if not offer.review_has_come(today):
            continue
        roles = by_space.setdefault(offer.space_id, space_roles(offer.space))
        for person in roles.partners:
            if (person.pk, offer.pk, offer.renewals) in sent:
                continue
            if can_see(person, offer, roles):
                due.append((person.pk, offer.pk))
    return due


def review_reminder_due(*, user: User, offer: Offer, today: date | None = None) -> bool:
    """Still due when the worker runs: on, its review day come, seen by this partner here."""
    roles = space_roles(offer.space)
    return (
        offer.review_has_come(today or timezone.localdate())
        and roles.is_partner(user)
        and can_see(user, offer, roles)
        and not ReviewReminderSent.objects.filter(
            user=user, offer=offer, review=offer.renewals
        ).exists()
    )
