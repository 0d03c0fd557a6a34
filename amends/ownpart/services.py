"""Writes for the injuring partner's own part. Verb functions with keyword-only arguments.

Rules:
  * only a partner writes here; a professional has no part in it;
  * the reflections are for a partner who caused a hurt here (the injuring partner of a
    breach in the space); each is private until its author shares that one piece with their
    partner, and can be made private again;
  * the daily check-in is for the injuring partner of a breach whose category is an
    addiction; it is always private; one per day, changed by saving it again;
  * a slip logged in a check-in is private until its author tells their partner; telling is
    dated and marked honestly "within a day" (24 hours from logging it) or "later", and
    cannot be undone; a slip nobody was told goes if the check-in is changed;
  * the 24-hour rule is on while both partners here said yes; a yes is shared with the
    partner from the first save; either takes theirs back at any time;
  * a refusal changes nothing.
"""

from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.limits import LONG_TEXT_MAX
from amends.core.textrules import clean_text
from amends.spaces.models import Space
from amends.spaces.selectors import space_roles, space_roles_for_partner
from amends.spaces.visibility import Visibility, can_change, can_see, set_visibility, share_again

from .models import Day, DayCheck, Helped, Prompt, Reflection, RuleYes, Slip, SlipReminderSent
from .rules import A_DAY, check_day, has_addiction_track, injuring_breaches

ONLY_PARTNERS = "This is for the partners in a space."
NOT_FOUND = "Not found."


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ActionRefused(f"Please write {what} first.", code="invalid")
    return clean_text(value, max_length=LONG_TEXT_MAX, what=what)


def _optional(value: object, what: str) -> str:
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise ActionRefused(f"Please write {what} as text.", code="invalid")
    return clean_text(value, max_length=LONG_TEXT_MAX, what=what) if value.strip() else ""


# ---------------------------------------------------------------------------- reflections


def reflection_save(*, space: Space, by: User, prompt: str, text: str) -> Reflection:
    """Write (or rewrite) one reflection. A new one is private; a shared one stays shared."""
    roles = space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    if prompt not in Prompt.values:
        raise ActionRefused("Please choose one of the reflections.", code="invalid")
    if not injuring_breaches(space=space, person=by, roles=roles):
        raise ActionRefused(
            "These reflections are for the partner who caused a hurt recorded here.",
            code="forbidden",
        )
    words = _text(text, "a few words")
    with transaction.atomic():
        mine = Reflection.objects.select_for_update().filter(space=space, author=by)
        existing = next((r for r in mine if r.prompt == prompt), None)
        if existing is None:
            return Reflection.objects.create(
                space=space,
                author=by,
                prompt=prompt,
                text=words,
                visibility=Visibility.PRIVATE,
            )
        existing.text, existing.updated_at = words, timezone.now()
        existing.save(update_fields=["text", "updated_at"])
        return existing


def reflection_share(*, reflection: Reflection, by: User, share: bool) -> Reflection:
    """Share this one piece with the partner, or make it private again."""
    with transaction.atomic():
        reflection = Reflection.objects.select_for_update().get(pk=reflection.pk)
        roles = space_roles(reflection.space)
        if not can_change(by, reflection, roles) or not roles.is_partner(by):
            raise ActionRefused(NOT_FOUND, code="not_found")
        if share and roles.partner_of(by) is None:
            raise ActionRefused(
                "There is no partner in this space yet to share it with. It stays here, only "
                "yours.",
                code="conflict",
            )
        wanted = Visibility.PARTNER if share else Visibility.PRIVATE
        if reflection.visibility == wanted:
            return reflection
        fields = set_visibility(reflection, wanted)
        reflection.save(update_fields=fields)
    return reflection


def reflection_delete(*, reflection: Reflection, by: User) -> None:
    with transaction.atomic():
        reflection = Reflection.objects.select_for_update().get(pk=reflection.pk)
        if not can_change(by, reflection, space_roles(reflection.space)):
            raise ActionRefused(NOT_FOUND, code="not_found")
        reflection.delete()


# ---------------------------------------------------------------------------- the days


def _helped(values: object) -> str:
    if values is None:
        return ""
    if not isinstance(values, list | tuple) or not all(isinstance(v, str) for v in values):
        raise ActionRefused("Please choose from the list.", code="invalid")
    if any(v not in Helped.values for v in values):
        raise ActionRefused("Please choose from the list.", code="invalid")
    return ",".join(k for k in Helped.values if k in values)


def day_check(
    *,
    space: Space,
    by: User,
    how: str,
    helped: list[str] | None = None,
    note: str = "",
    day: date | str | None = None,
) -> DayCheck:
    """Today's check-in (or a recent day's), private always. Saving a day again changes it.
    A slip makes a private `Slip`, for its author to tell their partner."""
    roles = space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    if not has_addiction_track(space=space, person=by, roles=roles):
        raise ActionRefused(
            "The daily check-in is for the partner working on an addiction recorded here.",
            code="forbidden",
        )
    if how not in Day.values:
        raise ActionRefused("Please choose how today was.", code="invalid")
    chosen, words = _helped(helped), _optional(note, "your note")
    when = check_day(day if day is not None else timezone.localdate())
    now = timezone.now()
    try:
        with transaction.atomic():
            check = (
                DayCheck.objects.select_for_update()
                .filter(space=space, author=by, day=when)
                .first()
            )
            if check is None:
                # Private, always: no parameter can share it.
                check = DayCheck.objects.create(
                    space=space,
                    author=by,
                    day=when,
                    how=how,
                    helped=chosen,
                    note=words,
                    visibility=Visibility.PRIVATE,
                )
            else:
                check.how, check.helped, check.note, check.updated_at = how, chosen, words, now
                check.save(update_fields=["how", "helped", "note", "updated_at"])
            slip = Slip.objects.select_for_update().filter(daycheck=check).first()
            if how == Day.SLIPPED and slip is None:
                Slip.objects.create(
                    space=space,
                    author=by,
                    daycheck=check,
                    day=when,
                    visibility=Visibility.PRIVATE,
                )
            elif how != Day.SLIPPED and slip is not None and slip.told_at is None:
                slip.delete()
    except IntegrityError:
        raise ActionRefused("This day was saved already. Please try again.", "conflict") from None
    return check


def slip_tell(*, slip: Slip, by: User, note: str = "") -> Slip:
    """Tell the partner: the slip (its day) and an optional note are shared with them now,
    dated, and marked as told within a day or later. It cannot be untold."""
    words = _optional(note, "your note")
    with transaction.atomic():
        slip = Slip.objects.select_for_update().get(pk=slip.pk)
        roles = space_roles(slip.space)
        if not can_change(by, slip, roles) or not roles.is_partner(by):
            raise ActionRefused(NOT_FOUND, code="not_found")
        if slip.told_at is not None:
            raise ActionRefused("You told them already.", code="conflict")
        if roles.partner_of(by) is None:
            raise ActionRefused(
                "There is no partner in this space yet to tell. It stays here, only yours.",
                code="conflict",
            )
        now = timezone.now()
        fields = set_visibility(slip, Visibility.PARTNER)
        slip.told_at, slip.told_note = now, words
        slip.told_within_day = now - slip.created_at <= A_DAY
        slip.save(update_fields=[*fields, "told_at", "told_note", "told_within_day"])
    return slip


# ---------------------------------------------------------------------------- the rule


def rule_say_yes(*, space: Space, by: User) -> RuleYes:
    """Say yes to the 24-hour rule; the partner sees it. Said again after a new partner
    joined, it is shared with them too."""
    roles = space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    if roles.partner_of(by) is None:
        raise ActionRefused(
            "The 24-hour rule is agreed by both of you, so it waits until your partner is here.",
            code="conflict",
        )
    try:
        with transaction.atomic():
            existing = RuleYes.objects.select_for_update().filter(space=space, author=by).first()
            if existing is None:
                return RuleYes.objects.create(space=space, author=by, visibility=Visibility.PARTNER)
            partner = roles.partner_of(by)
            if partner is not None and not can_see(partner, existing, roles):
                existing.save(update_fields=share_again(existing))
            return existing
    except IntegrityError:
        raise ActionRefused("This was saved already.", code="conflict") from None


def rule_take_back(*, space: Space, by: User) -> None:
    space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    RuleYes.objects.filter(space=space, author=by).delete()


# ---------------------------------------------------------------------------- reminders


def slip_reminder_claim(*, recipient: User, slip: Slip) -> SlipReminderSent | None:
    try:
        with transaction.atomic():
            return SlipReminderSent.objects.create(user=recipient, slip=slip)
    except IntegrityError:
        return None


def slip_reminder_unclaim(*, sent: SlipReminderSent) -> None:
    sent.delete()
