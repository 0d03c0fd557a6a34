"""Facts about a breach's state that several services and selectors need."""

from amends.accounts.models import User
from amends.spaces.visibility import Visibility

from .models import Breach, Commitment, Decision, DecisionChoice


def is_hurt(breach: Breach, user: User) -> bool:
    return breach.hurt_partner_id is not None and breach.hurt_partner_id == user.pk


def is_injuring(breach: Breach, user: User) -> bool:
    return breach.injuring_partner_id is not None and breach.injuring_partner_id == user.pk


def both_committed(breach: Breach) -> bool:
    authors = set(Commitment.objects.filter(breach=breach).values_list("author_id", flat=True))
    return {breach.hurt_partner_id, breach.injuring_partner_id} <= authors


def latest_decision(breach: Breach) -> Decision | None:
    return Decision.objects.filter(breach=breach).order_by("-created_at", "-pk").first()


def decision_is_shared_no(breach: Breach) -> bool:
    decision = latest_decision(breach)
    return (
        decision is not None
        and decision.choice == DecisionChoice.NO
        and decision.visibility != Visibility.PRIVATE
    )
