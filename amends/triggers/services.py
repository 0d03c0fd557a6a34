"""Writes for hard moments. Verb functions with keyword-only arguments.

Rules:
  * only a partner keeps a log, marks days and writes a response; a professional has no
    part in this tool;
  * the log is private, always: nothing here can share a logged moment or say it exists;
  * a hard day is private unless its author shares it with their partner;
  * the response is written by both and seen by both; a change asks both to agree again;
  * the signal goes only to the partner, only while its sender has it on, and says nothing
    but that it was sent (and when);
  * a refusal changes nothing.
"""

from collections.abc import Iterable
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX
from amends.core.textrules import clean_day, clean_text
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, space_roles, space_roles_for_partner
from amends.spaces.visibility import (
    Visibility,
    can_change,
    can_see,
    clean_visibility,
    set_visibility,
    share_again,
)

from .models import (
    STRENGTH_MAX,
    STRENGTH_MIN,
    AgreedResponse,
    DayReminderSent,
    HardDay,
    Helped,
    Kind,
    Remind,
    Signal,
    SignalSetting,
    Trigger,
)

ONLY_PARTNERS = "This is a tool for the partners in a space."
# Who may read a hard day: the author, or the author and their partner.
DAY_AUDIENCES = (Visibility.PRIVATE, Visibility.PARTNER)


def _kind(value: object) -> str:
    if value not in Kind.values:
        raise ActionRefused(
            "Please choose what brought it on, or “Something else”.", code="invalid"
        )
    return str(value)


def _strength(value: object) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        value = None
    if value is None or not STRENGTH_MIN <= value <= STRENGTH_MAX:
        raise ActionRefused(
            f"Please choose how strong it was, from {STRENGTH_MIN} to {STRENGTH_MAX}.",
            code="invalid",
        )
    return value


def _optional(text: object, *, what: str, limit: int = LONG_TEXT_MAX) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        raise ActionRefused(f"Please write {what} as text.", code="invalid")
    return clean_text(text, max_length=limit, what=what) if text.strip() else ""


def _helped(keys: Iterable[object]) -> str:
    chosen = list(dict.fromkeys(keys))
    if any(k not in Helped.values for k in chosen):
        raise ActionRefused("Please choose from the list what helped.", code="invalid")
    return ",".join(str(k) for k in Helped.values if k in chosen)  # in the list's order


# ---------------------------------------------------------------------------- the log


def trigger_log(
    *, space: Space, by: User, kind: str, strength: int | str, note: str = ""
) -> Trigger:
    """Log a hard moment: what brought it on, how strong, and a note if they want one."""
    space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    return Trigger.objects.create(
        space=space,
        author=by,
        kind=_kind(kind),
        strength=_strength(strength),
        note=_optional(note, what="your note"),
        visibility=Visibility.PRIVATE,
    )


def trigger_update(
    *,
    trigger: Trigger,
    by: User,
    note: str | None = None,
    helped: Iterable[str] | None = None,
    strength: int | str | None = None,
) -> Trigger:
    """Add (or change) the note, what helped, or how strong it was. Only its author."""
    with transaction.atomic():
        trigger = Trigger.objects.select_for_update().get(pk=trigger.pk)
        if not can_change(by, trigger, space_roles(trigger.space)):
            raise ActionRefused("Only the person who wrote this can change it.", code="not_found")
        fields = {"updated_at"}
        if note is not None:
            trigger.note = _optional(note, what="your note")
            fields.add("note")
        if helped is not None:
            trigger.helped = _helped(helped)
            fields.add("helped")
        if strength is not None:
            trigger.strength = _strength(strength)
            fields.add("strength")
        trigger.updated_at = timezone.now()
        trigger.save(update_fields=sorted(fields))
    return trigger


def trigger_delete(*, trigger: Trigger, by: User) -> None:
    if not can_change(by, trigger, space_roles(trigger.space)):
        raise ActionRefused("Only the person who wrote this can delete it.", code="not_found")
    trigger.delete()


# ---------------------------------------------------------------------------- hard days


def _day(value: object) -> date:
    return clean_day(value, refusal="Please choose the day.")


def _day_audience(value: str) -> Visibility:
    chosen = clean_visibility(value)
    if chosen not in DAY_AUDIENCES:
        raise ActionRefused(
            "A hard day is yours, or yours and your partner's. Please choose one.",
            code="invalid",
        )
    return chosen


def _remind(value: object, audience: str) -> str:
    """Who gets a reminder the day before: nobody, me, or both (only for a shared day)."""
    value = value or ""
    if value not in Remind.values:
        raise ActionRefused("Please choose who gets a reminder, or no reminder.", "invalid")
    if value == Remind.BOTH and audience != Visibility.PARTNER:
        raise ActionRefused(
            "To remind your partner too, share the day with them. Or choose a reminder for "
            "you alone.",
            code="invalid",
        )
    return str(value)


def hard_day_add(
    *,
    space: Space,
    by: User,
    label: str,
    day: date | str,
    every_year: bool = True,
    plan: str = "",
    visibility: str = Visibility.PRIVATE,
    remind: str = "",
) -> HardDay:
    space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    audience = _day_audience(visibility)
    return HardDay.objects.create(
        space=space,
        author=by,
        label=clean_text(label, max_length=SHORT_TEXT_MAX, what="what the day is"),
        day=_day(day),
        every_year=bool(every_year),
        plan=_optional(plan, what="your plan"),
        visibility=audience,
        remind=_remind(remind, audience),
    )


def hard_day_update(
    *,
    hard_day: HardDay,
    by: User,
    label: str,
    day: date | str,
    every_year: bool,
    plan: str,
    visibility: str,
    remind: str = "",
) -> HardDay:
    label = clean_text(label, max_length=SHORT_TEXT_MAX, what="what the day is")
    when = _day(day)
    plan = _optional(plan, what="your plan")
    audience = _day_audience(visibility)
    reminder = _remind(remind, audience)
    with transaction.atomic():
        hard_day = HardDay.objects.select_for_update().get(pk=hard_day.pk)
        if not can_change(by, hard_day, space_roles(hard_day.space)):
            raise ActionRefused("Only the person who wrote this can change it.", code="not_found")
        hard_day.label, hard_day.day, hard_day.every_year, hard_day.plan = (
            label,
            when,
            bool(every_year),
            plan,
        )
        hard_day.remind = reminder
        hard_day.updated_at = timezone.now()
        fields = {"label", "day", "every_year", "plan", "remind", "updated_at"}
        if audience != hard_day.visibility:
            fields.update(set_visibility(hard_day, audience))
        hard_day.save(update_fields=sorted(fields))
    return hard_day


def hard_day_delete(*, hard_day: HardDay, by: User) -> None:
    if not can_change(by, hard_day, space_roles(hard_day.space)):
        raise ActionRefused("Only the person who wrote this can delete it.", code="not_found")
    hard_day.delete()


def day_reminder_claim(*, recipient: User, hard_day: HardDay, year: int) -> DayReminderSent | None:
    """Record that this year's reminder for this day is going to `user`; None if it went."""
    try:
        with transaction.atomic():
            return DayReminderSent.objects.create(user=recipient, hard_day=hard_day, year=year)
    except IntegrityError:
        return None


def day_reminder_unclaim(*, sent: DayReminderSent) -> None:
    """The e-mail could not be sent: the next run tries again."""
    sent.delete()


# ---------------------------------------------------------------------------- together


def response_save(
    *,
    space: Space,
    for_person: User,
    by: User,
    what_helps: str = "",
    what_to_say: str = "",
    what_not_to_say: str = "",
) -> AgreedResponse:
    """Write or change what helps `for_person` when they are triggered. Either partner may;
    the person it is for starts it. Seen by both; every change asks both to agree again."""
    roles = space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    if not roles.is_partner(for_person):
        raise ActionRefused(ONLY_PARTNERS, code="forbidden")
    texts = {
        "what_helps": _optional(what_helps, what="what helps"),
        "what_to_say": _optional(what_to_say, what="what to say"),
        "what_not_to_say": _optional(what_not_to_say, what="what not to say"),
    }
    if not any(texts.values()):
        raise ActionRefused("Please write something in at least one of the three parts.", "invalid")
    now = timezone.now()
    with transaction.atomic():
        response = (
            AgreedResponse.objects.select_for_update()
            .filter(space=space, author=for_person)
            .first()
        )
        if response is None:
            if by.pk != for_person.pk:
                raise ActionRefused(
                    "The person it is for starts this; then you write it together.",
                    code="forbidden",
                )
            try:
                with transaction.atomic():
                    return AgreedResponse.objects.create(
                        space=space,
                        author=for_person,
                        visibility=Visibility.PARTNER,
                        changed_by=by,
                        author_agreed_at=now,
                        **texts,
                    )
            except IntegrityError:
                raise ActionRefused(
                    "This was just started. Please reload the page.", code="conflict"
                ) from None
        if by.pk != for_person.pk and not _readable_by(response, by, roles):
            raise ActionRefused("Not found.", code="not_found")
        for name, value in texts.items():
            setattr(response, name, value)
        response.changed_by = by
        # A change is agreed by whoever made it, and asks the other to agree again.
        response.author_agreed_at = now if by.pk == for_person.pk else None
        response.partner_agreed_at = None if by.pk == for_person.pk else now
        # Written together with the partner here today.
        fields = share_again(response)
        response.save(
            update_fields=[
                *texts,
                "changed_by",
                "author_agreed_at",
                "partner_agreed_at",
                *fields,
            ]
        )
    return response


def _readable_by(response: AgreedResponse, person: User, roles: SpaceRoles) -> bool:
    return can_see(person, response, roles)


def response_agree(*, response: AgreedResponse, by: User) -> AgreedResponse:
    """Say "yes, this is what we agree on" to the response as it is now."""
    with transaction.atomic():
        response = AgreedResponse.objects.select_for_update().get(pk=response.pk)
        roles = space_roles(response.space)
        if not roles.is_partner(by) or not _readable_by(response, by, roles):
            raise ActionRefused("Not found.", code="not_found")
        field = "author_agreed_at" if by.pk == response.author_id else "partner_agreed_at"
        if getattr(response, field) is None:
            setattr(response, field, timezone.now())
            response.save(update_fields=[field])
    return response


# ---------------------------------------------------------------------------- the signal


def signal_setting_set(*, space: Space, by: User, on: bool) -> SignalSetting | None:
    """Turn the "I'm triggered" signal on (the partner is told it is on) or off. Only the
    person themselves. Turning off a signal that was never on writes nothing."""
    space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    wanted = Visibility.PARTNER if on else Visibility.PRIVATE
    with transaction.atomic():
        setting = SignalSetting.objects.select_for_update().filter(space=space, author=by)
        current = setting.first()
        if current is None:
            if not on:
                return None
            return SignalSetting.objects.create(space=space, author=by, visibility=wanted)
        if current.visibility != wanted:
            current.save(update_fields=set_visibility(current, wanted))
        elif on:
            # On already: turned on again, it is shared with the partner here today (one
            # who joined since it was turned on is told now).
            current.save(update_fields=share_again(current))
    return current


def signal_send(*, space: Space, by: User) -> Signal:
    """Tell the partner "I'm triggered". Only while the signal is on and a partner is here."""
    roles = space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    if roles.partner_of(by) is None:
        raise ActionRefused(
            "There is no partner in this space yet to send a signal to.", code="conflict"
        )
    partner = roles.partner_of(by)
    setting = SignalSetting.objects.filter(space=space, author=by).first()
    if setting is None or partner is None or not can_see(partner, setting, roles):
        # Off, or turned on before this partner joined: they were never told it is on.
        raise ActionRefused(
            "The signal is off. You can turn it on first, if you want to.", code="conflict"
        )
    return Signal.objects.create(space=space, author=by, visibility=Visibility.PARTNER)


def signal_seen(*, signal: Signal, by: User) -> Signal:
    """The partner says they saw the signal. Only the partner it was sent to."""
    with transaction.atomic():
        signal = Signal.objects.select_for_update().get(pk=signal.pk)
        roles = space_roles(signal.space)
        if by.pk == signal.author_id or not roles.is_partner(by):
            raise ActionRefused("Not found.", code="not_found")
        if not can_see(by, signal, roles):
            raise ActionRefused("Not found.", code="not_found")
        if signal.seen_at is None:
            signal.seen_at = timezone.now()
            signal.save(update_fields=["seen_at"])
    return signal
