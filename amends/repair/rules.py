"""Facts about a breach's state that several services and selectors need."""

from collections.abc import Iterable
from datetime import datetime

from amends.accounts.models import User
from amends.spaces.selectors import SpaceRoles, space_roles
from amends.spaces.visibility import Visibility, can_see, shared_since

from . import pathstate
from .models import Breach, Commitment, Decision, DecisionChoice


def is_hurt(breach: Breach, user: User) -> bool:
    return breach.hurt_partner_id is not None and breach.hurt_partner_id == user.pk


def is_injuring(breach: Breach, user: User) -> bool:
    return breach.injuring_partner_id is not None and breach.injuring_partner_id == user.pk


def locked_breach(breach: Breach) -> tuple[Breach, SpaceRoles]:
    """The breach row, locked (inside a transaction) so two quick clicks cannot both pass the
    same check, and who is in its space now. For the services of the path and the account."""
    locked = Breach.objects.select_for_update().get(pk=breach.pk)
    return locked, space_roles(locked.space)


def both_committed(breach: Breach) -> bool:
    authors = set(Commitment.objects.filter(breach=breach).values_list("author_id", flat=True))
    return {breach.hurt_partner_id, breach.injuring_partner_id} <= authors


# The decision ---------------------------------------------------------------------------------
#
# Two views of one append-only list of rows (see models.Decision): the hurt partner's own
# (their latest answer, private or not) and everyone else's (the latest one shared with them).
# Joint steps go by the second only, as the other partner of the path sees it, so a private
# change of mind never opens or closes anything.


def _when_shared(decision: Decision) -> tuple[datetime, datetime, int]:
    return (shared_since(decision), decision.created_at, decision.pk)


def shown_decision(
    rows: Iterable[Decision], viewer: User | None = None, roles: SpaceRoles | None = None
) -> Decision | None:
    """The decision as someone other than its author sees it: the latest row shared with
    them, latest by when it was shared (possibly a row taking one back). With no viewer:
    the latest row shared with anyone."""
    shared = [
        d
        for d in rows
        if d.visibility != Visibility.PRIVATE
        and (viewer is None or roles is None or can_see(viewer, d, roles))
    ]
    return max(shared, key=_when_shared, default=None)


def own_decision(rows: Iterable[Decision]) -> Decision | None:
    """The hurt partner's decision as they see it: their latest answer, or none while they
    are deciding again after taking back a shared one."""
    rows = list(rows)
    answers = [d for d in rows if not d.is_withdrawal]
    mine = max(answers, key=lambda d: (d.created_at, d.pk), default=None)
    shared_then_taken_back = (
        mine is not None
        and mine.visibility != Visibility.PRIVATE
        and shown_decision(rows) is not mine
    )
    return None if shared_then_taken_back else mine


def _other_partner(breach: Breach, roles: SpaceRoles) -> User | None:
    """The partner who sees the decision: the injuring partner, while in the space."""
    return next((p for p in roles.partners if p.pk == breach.injuring_partner_id), None)


def decision_that_counts(
    breach: Breach, roles: SpaceRoles, rows: Iterable[Decision] | None = None
) -> Decision | None:
    """The decision the path goes by: the latest one shared, as the other partner of the
    path sees it (anyone's, when they are not in the space)."""
    if rows is None:
        rows = Decision.objects.filter(breach=breach).exclude(visibility=Visibility.PRIVATE)
    other = _other_partner(breach, roles)
    return shown_decision(rows, other, roles) if other else shown_decision(rows)


def decision_is_shared_no(breach: Breach, roles: SpaceRoles) -> bool:
    decision = decision_that_counts(breach, roles)
    return decision is not None and decision.choice == DecisionChoice.NO


def decision_rows(breach: Breach) -> list[Decision]:
    return list(Decision.objects.filter(breach=breach).order_by("created_at", "pk"))


def partners_here(breach: Breach, roles: SpaceRoles) -> bool:
    """Both partners of this path are in the space now."""
    people = {breach.hurt_partner_id, breach.injuring_partner_id}
    return None not in people and people <= roles.partner_ids


def joint_gate(breach: Breach, roles: SpaceRoles) -> str | None:
    """Why the joint steps of this path are closed (a `pathstate` reason), or None: the
    same rule the pages show, over the rows themselves."""
    return pathstate.gate_reason(
        pathstate.Gate(
            partner_here=partners_here(breach, roles),
            both_committed=both_committed(breach),
            decided_no=decision_is_shared_no(breach, roles),
        )
    )
