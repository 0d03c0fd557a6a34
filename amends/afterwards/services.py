"""Writes for the steps after atonement. Verb functions with keyword-only arguments.

Rules:
  * only the two partners of the breach write here, and only once the steps are open for
    them (`selectors.why_closed`: the joint steps open, the atonement steps done);
  * each part is one per person and step, private while a draft; its author shares it;
  * only the hurt partner asks for comfort, and only the other partner answers, once the
    ask has been shared with them;
  * a closeness answer is always private: nothing here shares it;
  * a refusal changes nothing.
"""

from django.db import transaction
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX
from amends.core.textrules import clean_text
from amends.repair.models import Breach
from amends.repair.rules import is_hurt, is_injuring
from amends.spaces.selectors import SpaceRoles, space_roles
from amends.spaces.visibility import (
    Visibility,
    can_change,
    can_see,
    clean_visibility,
    set_visibility,
)

from .models import Bid, BidKind, Closeness, Part, PartKind
from .selectors import why_closed

BETWEEN_US_FIELDS = ("feelings", "realities", "touched", "own_part", "differently")


def _open_for(breach: Breach, by: User) -> tuple[Breach, SpaceRoles]:
    """Lock the breach (two quick clicks cannot both pass), then check the steps are open."""
    locked = Breach.objects.select_for_update().select_related("space").get(pk=breach.pk)
    roles = space_roles(locked.space)
    if not roles.is_partner(by) or by.pk not in (
        locked.hurt_partner_id,
        locked.injuring_partner_id,
    ):
        raise ActionRefused("Only the two partners can take these steps.", code="not_found")
    reason, words = why_closed(breach=locked, viewer=by, roles=roles)
    if reason:
        raise ActionRefused(words or "This step is not open yet.", code="conflict")
    return locked, roles


def _optional(value: object, *, what: str) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if not isinstance(value, str):
        raise ActionRefused(f"Please write {what} as text.", code="invalid")
    return clean_text(value, max_length=LONG_TEXT_MAX, what=what)


def part_save(
    *,
    breach: Breach,
    by: User,
    kind: str,
    visibility: str = Visibility.PRIVATE,
    text: str = "",
    feelings: str = "",
    realities: str = "",
    touched: str = "",
    own_part: str = "",
    differently: str = "",
) -> Part:
    """Write (or rewrite) this person's part of a step. Private is a draft; shared, the
    partner (and, if chosen, the professional) reads it."""
    if kind not in PartKind.values:
        raise ActionRefused("Please choose which step this is for.", code="invalid")
    audience = clean_visibility(visibility)
    with transaction.atomic():
        breach, roles = _open_for(breach, by)
        if kind == PartKind.COMFORT_ASK and not is_hurt(breach, by):
            raise ActionRefused(
                "Asking for comfort is for the partner who was hurt. When they ask, you can "
                "answer here.",
                code="forbidden",
            )
        if kind == PartKind.COMFORT_ANSWER:
            if not is_injuring(breach, by):
                raise ActionRefused("Only your partner can answer your ask.", code="forbidden")
            ask = Part.objects.filter(
                breach=breach, kind=PartKind.COMFORT_ASK, author_id=breach.hurt_partner_id
            ).first()
            if ask is None or not can_see(by, ask, roles):
                raise ActionRefused(
                    "There is nothing to answer yet. When your partner shares what they "
                    "needed, it will be here.",
                    code="conflict",
                )
        words: dict[str, str] = {}
        if kind == PartKind.BETWEEN_US:
            words = {
                name: _optional(value, what="your words")
                for name, value in zip(
                    BETWEEN_US_FIELDS,
                    (feelings, realities, touched, own_part, differently),
                    strict=True,
                )
            }
            if not any(words.values()):
                raise ActionRefused(
                    "Please write something in at least one of the boxes.", code="invalid"
                )
        else:
            words = {"text": clean_text(text, max_length=LONG_TEXT_MAX, what="your words")}
        part = Part.objects.select_for_update().filter(breach=breach, author=by, kind=kind).first()
        if part is None:
            now = timezone.now()
            return Part.objects.create(
                space=breach.space,
                author=by,
                breach=breach,
                kind=kind,
                visibility=audience,
                shared_at=now if audience != Visibility.PRIVATE else None,
                **words,
            )
        changed = set(words)
        for name, value in words.items():
            setattr(part, name, value)
        if audience != part.visibility:
            changed.update(set_visibility(part, audience))
        part.updated_at = timezone.now()
        changed.add("updated_at")
        part.save(update_fields=sorted(changed))
        return part


def bid_add(
    *, breach: Breach, by: User, kind: str, text: str, visibility: str = Visibility.PARTNER
) -> Bid:
    """Note a small bid, an appreciation or a ritual: kept, or shared with the partner."""
    if kind not in BidKind.values:
        raise ActionRefused("Please choose what kind of moment this is.", code="invalid")
    audience = clean_visibility(visibility)
    with transaction.atomic():
        breach, _ = _open_for(breach, by)
        now = timezone.now()
        return Bid.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            kind=kind,
            text=clean_text(text, max_length=SHORT_TEXT_MAX, what="a few words"),
            visibility=audience,
            shared_at=now if audience != Visibility.PRIVATE else None,
        )


def bid_delete(*, bid: Bid, by: User) -> None:
    with transaction.atomic():
        bid = Bid.objects.select_for_update().get(pk=bid.pk)
        if not can_change(by, bid, space_roles(bid.space)):
            raise ActionRefused("Only the person who wrote this can remove it.", code="not_found")
        bid.delete()


def closeness_say(*, breach: Breach, by: User, wants: bool) -> Closeness:
    """Say, privately, whether you want a paced plan for physical closeness. Your partner
    never learns a "not yet"; the plan opens for both only when both have said yes."""
    if not isinstance(wants, bool):
        raise ActionRefused("Please choose yes or not yet.", code="invalid")
    with transaction.atomic():
        breach, _ = _open_for(breach, by)
        row = Closeness.objects.select_for_update().filter(breach=breach, author=by).first()
        if row is None:
            return Closeness.objects.create(
                space=breach.space,
                author=by,
                breach=breach,
                wants=wants,
                visibility=Visibility.PRIVATE,
            )
        if bool(row.wants) != wants:
            row.wants = wants
            row.updated_at = timezone.now()
            row.save(update_fields=["wants", "updated_at"])
        return row
