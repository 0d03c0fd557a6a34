"""Writes for transparency offers. Verb functions with keyword-only arguments.

Rules:
  * only a partner offers, answers, reviews or releases; a professional reads an offer only
    when its author shares it with them (as every item is shared: by its author, widening
    only, with the professional approved here now), and writes nothing here;
  * a draft is private to its author; offering it shares it with the partner here now;
  * only the partner it was offered to accepts it, says it is not needed, or releases it
    (at any time, a kind act); only its author takes back an offer not yet answered;
  * at the review, either partner suggests a new date and the other agrees to it, or either
    winds it down; before the review date it runs as agreed (the partner can release it);
  * "I feel pressured into this" is private to whoever says it, always, and changes nothing
    anyone else can observe;
  * every offer has a review date: between tomorrow and half a year away;
  * a refusal changes nothing.
"""

from datetime import date, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX
from amends.core.textrules import clean_day, clean_text
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, space_roles, space_roles_for_partner
from amends.spaces.visibility import Visibility, can_change, can_see, set_visibility

from .models import Ending, Offer, Pressure, ReviewReminderSent, State

ONLY_PARTNERS = "This is for the partners in a space."
# How far away a review date may be.
LONGEST = timedelta(weeks=26)
NOT_FOUND = "Not found."


def _act(text: object) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ActionRefused(
            "Please write what you are offering, or choose one of the suggestions.",
            code="invalid",
        )
    return clean_text(text, max_length=SHORT_TEXT_MAX, what="what you are offering")


def _review_on(value: object) -> date:
    value = clean_day(value, refusal="Please choose a day to look at this again together.")
    today = timezone.localdate()
    if value <= today:
        raise ActionRefused("Please choose a review day after today.", code="invalid")
    if value > today + LONGEST:
        raise ActionRefused(
            "Please choose a review day within the next six months. You can always agree to "
            "keep it going then.",
            code="invalid",
        )
    return value


def _locked(offer: Offer) -> tuple[Offer, SpaceRoles]:
    offer = Offer.objects.select_for_update().get(pk=offer.pk)
    return offer, space_roles(offer.space)


def _its_author(offer: Offer, by: User, roles: SpaceRoles, *, partner: bool = False) -> None:
    """`by` wrote this offer and is still in the space (with `partner`, as a partner)."""
    if not can_change(by, offer, roles) or (partner and not roles.is_partner(by)):
        raise ActionRefused(NOT_FOUND, code="not_found")


def _the_other(offer: Offer, by: User, roles: SpaceRoles) -> None:
    """`by` is the partner this offer was made to, and may see it."""
    if by.pk == offer.author_id or not roles.is_partner(by) or not can_see(by, offer, roles):
        raise ActionRefused(NOT_FOUND, code="not_found")


def _either(offer: Offer, by: User, roles: SpaceRoles) -> None:
    """`by` is its author or the partner it was offered to (who may see it)."""
    if not roles.is_partner(by) or not can_see(by, offer, roles):
        raise ActionRefused(NOT_FOUND, code="not_found")
    if by.pk != offer.author_id and offer.state == State.DRAFT:
        raise ActionRefused(NOT_FOUND, code="not_found")


def _state(offer: Offer, *states: str, message: str) -> None:
    if offer.state not in states:
        raise ActionRefused(message, code="conflict")


def _end(offer: Offer, by: User, how: Ending) -> None:
    now = timezone.now()
    offer.state, offer.ending, offer.ended_at, offer.ended_by = State.ENDED, how, now, by
    offer.proposed_review_on, offer.proposed_by = None, None
    offer.updated_at = now
    offer.save(
        update_fields=[
            "state",
            "ending",
            "ended_at",
            "ended_by",
            "proposed_review_on",
            "proposed_by",
            "updated_at",
        ]
    )


# ---------------------------------------------------------------------------- drafts


def offer_draft(*, space: Space, by: User, act: str, review_on: date | str) -> Offer:
    """Write an offer down, privately. Nothing is offered until its author says so."""
    space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    return Offer.objects.create(
        space=space,
        author=by,
        act=_act(act),
        review_on=_review_on(review_on),
        visibility=Visibility.PRIVATE,
    )


def offer_update(*, offer: Offer, by: User, act: str, review_on: date | str) -> Offer:
    """Change a draft. Once offered, the words stay as they were offered."""
    text, when = _act(act), _review_on(review_on)
    with transaction.atomic():
        offer, roles = _locked(offer)
        _its_author(offer, by, roles)
        _state(offer, State.DRAFT, message="It has been offered already, so it stays as it is.")
        offer.act, offer.review_on, offer.updated_at = text, when, timezone.now()
        offer.save(update_fields=["act", "review_on", "updated_at"])
    return offer


def offer_delete(*, offer: Offer, by: User) -> None:
    """Delete a draft. An offer the partner has seen stays (it can be taken back)."""
    with transaction.atomic():
        offer, roles = _locked(offer)
        _its_author(offer, by, roles)
        _state(offer, State.DRAFT, message="It has been offered already; it can be taken back.")
        offer.delete()


def offer_make(*, offer: Offer, by: User) -> Offer:
    """Offer a draft to the partner: from now on they can read it and answer."""
    with transaction.atomic():
        offer, roles = _locked(offer)
        _its_author(offer, by, roles, partner=True)
        _state(offer, State.DRAFT, message="It has been offered already.")
        if roles.partner_of(by) is None:
            raise ActionRefused(
                "There is no partner in this space yet to offer it to. It stays here, only "
                "yours, until there is.",
                code="conflict",
            )
        if offer.review_on <= timezone.localdate():
            raise ActionRefused(
                "The review day has passed. Please choose a new one first.", code="conflict"
            )
        fields = set_visibility(offer, Visibility.PARTNER)
        offer.state, offer.offered_at = State.OFFERED, timezone.now()
        offer.save(update_fields=[*fields, "state", "offered_at"])
    return offer


def offer_share_with_professional(*, offer: Offer, by: User) -> Offer:
    """Its author shares an offer (already offered) with the professional too: from now on
    they read it and where it stands, as they read other shared items. Never narrowed: a
    professional who has read it cannot be made not to have."""
    with transaction.atomic():
        offer, roles = _locked(offer)
        _its_author(offer, by, roles, partner=True)
        if offer.state == State.DRAFT:
            raise ActionRefused(
                "Please offer it to your partner first; then you can share it with your "
                "professional too.",
                code="conflict",
            )
        if offer.visibility == Visibility.PARTNER_AND_PROFESSIONAL:
            raise ActionRefused("It is shared with your professional already.", code="conflict")
        if not roles.professionals:
            raise ActionRefused(
                "There is no professional here to share it with. A professional joins once "
                "you both agree to them.",
                code="conflict",
            )
        offer.save(update_fields=set_visibility(offer, Visibility.PARTNER_AND_PROFESSIONAL))
    return offer


def offer_withdraw(*, offer: Offer, by: User) -> Offer:
    """Take back an offer the partner has not answered yet. They see it was taken back."""
    with transaction.atomic():
        offer, roles = _locked(offer)
        _its_author(offer, by, roles)
        _state(offer, State.OFFERED, message="It can only be taken back before an answer.")
        _end(offer, by, Ending.WITHDRAWN)
    return offer


# ---------------------------------------------------------------------------- answers


def offer_answer(*, offer: Offer, by: User, accept: bool) -> Offer:
    """The partner it was offered to: "yes, thank you" or "thank you, it's not needed"."""
    with transaction.atomic():
        offer, roles = _locked(offer)
        _the_other(offer, by, roles)
        _state(offer, State.OFFERED, message="This has been answered already.")
        now = timezone.now()
        offer.answered_at = now
        if accept:
            offer.state, offer.updated_at = State.ACTIVE, now
            offer.save(update_fields=["state", "answered_at", "updated_at"])
        else:
            offer.save(update_fields=["answered_at"])
            _end(offer, by, Ending.NOT_NEEDED)
    return offer


def offer_release(*, offer: Offer, by: User) -> Offer:
    """The partner it was offered to lets it go, at any time."""
    with transaction.atomic():
        offer, roles = _locked(offer)
        _the_other(offer, by, roles)
        _state(offer, State.ACTIVE, message="This is not on now, so there is nothing to release.")
        _end(offer, by, Ending.RELEASED)
    return offer


# ---------------------------------------------------------------------------- reviews


def review_propose(*, offer: Offer, by: User, review_on: date | str) -> Offer:
    """At the review: suggest keeping it going until a new day. The other agrees to it."""
    when = _review_on(review_on)
    with transaction.atomic():
        offer, roles = _locked(offer)
        _either(offer, by, roles)
        _state(offer, State.ACTIVE, message="This is not on now.")
        offer.proposed_review_on, offer.proposed_by = when, by
        offer.updated_at = timezone.now()
        offer.save(update_fields=["proposed_review_on", "proposed_by", "updated_at"])
    return offer


def review_agree(*, offer: Offer, by: User) -> Offer:
    """Agree to the new day the other partner suggested: it keeps going until then."""
    with transaction.atomic():
        offer, roles = _locked(offer)
        _either(offer, by, roles)
        _state(offer, State.ACTIVE, message="This is not on now.")
        if offer.proposed_review_on is None or offer.proposed_by_id is None:
            raise ActionRefused("There is no new day to agree to yet.", code="conflict")
        if offer.proposed_by_id == by.pk:
            raise ActionRefused(
                "You suggested this day; your partner is asked to agree to it.", code="conflict"
            )
        offer.review_on = offer.proposed_review_on
        offer.proposed_review_on, offer.proposed_by = None, None
        offer.renewals += 1
        offer.updated_at = timezone.now()
        offer.save(
            update_fields=[
                "review_on",
                "proposed_review_on",
                "proposed_by",
                "renewals",
                "updated_at",
            ]
        )
    return offer


def offer_wind_down(*, offer: Offer, by: User) -> Offer:
    """At the review, either partner lets it end, as agreed when it was offered."""
    with transaction.atomic():
        offer, roles = _locked(offer)
        _either(offer, by, roles)
        _state(offer, State.ACTIVE, message="This is not on now.")
        if not offer.review_has_come():
            raise ActionRefused(
                "This comes up for review on its review day. Until then it runs as you "
                "agreed; you can talk it over at any time.",
                code="conflict",
            )
        _end(offer, by, Ending.WOUND_DOWN)
    return offer


# ---------------------------------------------------------------------------- pressure


def pressure_note(*, offer: Offer, by: User, note: str = "") -> Pressure:
    """ "I feel pressured into this", privately. Nobody else sees it, or that it was said."""
    if note and not isinstance(note, str):
        raise ActionRefused("Please write your note as text.", code="invalid")
    text = clean_text(note, max_length=LONG_TEXT_MAX, what="your note") if note.strip() else ""
    offer = Offer.objects.get(pk=offer.pk)  # as it is now, not as the caller last saw it
    roles = space_roles(offer.space)
    _either(offer, by, roles)
    existing = Pressure.objects.filter(offer=offer, author=by).first()
    if existing is not None:
        existing.note, existing.updated_at = text, timezone.now()
        existing.save(update_fields=["note", "updated_at"])
        return existing
    try:
        with transaction.atomic():
            # Private, always: no parameter can share it.
            return Pressure.objects.create(
                space=offer.space, author=by, offer=offer, note=text, visibility=Visibility.PRIVATE
            )
    except IntegrityError:
        raise ActionRefused("This was saved already.", code="conflict") from None


def pressure_take_back(*, pressure: Pressure, by: User) -> None:
    if not can_change(by, pressure, space_roles(pressure.space)):
        raise ActionRefused(NOT_FOUND, code="not_found")
    pressure.delete()


# ---------------------------------------------------------------------------- reminders


def review_reminder_claim(*, recipient: User, offer: Offer) -> ReviewReminderSent | None:
    """Record that this review's reminder is going to `user`; None if it went already."""
    try:
        with transaction.atomic():
            return ReviewReminderSent.objects.create(
                user=recipient, offer=offer, review=offer.renewals
            )
    except IntegrityError:
        return None


def review_reminder_unclaim(*, sent: ReviewReminderSent) -> None:
    """The e-mail could not be sent: the next run tries again."""
    sent.delete()
