"""Writes for check-ins, their sharing setting and reminder preferences.

Rules:
  * only a partner checks in, once per ISO week per space; a missed past week can be
    filled in later, a future week cannot;
  * every answer is a whole number from 1 to 7; the note is optional and one short line;
  * check-ins are private by default, and sharing them is the author's explicit act;
  * a refusal changes nothing.
"""

import json
from collections.abc import Mapping, Sequence
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.limits import SHORT_TEXT_MAX
from amends.core.textrules import clean_text
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, space_roles, space_roles_for_partner
from amends.spaces.visibility import Visibility, can_see, clean_visibility, set_visibility
from amends.talk.models import Message

from . import instrument as inst
from . import weeks as w
from .models import (
    MEASURE_KEYS,
    SCALE_MAX,
    SCALE_MIN,
    CheckIn,
    CheckinSharing,
    InstrumentAnswer,
    InstrumentSharing,
    ReminderKind,
    ReminderPreference,
    ReminderSent,
    TrumpTally,
    Weekday,
)

ONLY_PARTNERS = "Only the partners in a space check in."
ALREADY = "You have already checked in for that week. Each week has one check-in."


def _score(value: object) -> int:
    if isinstance(value, bool):
        value = None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if not isinstance(value, int) or not SCALE_MIN <= value <= SCALE_MAX:
        raise ActionRefused(
            f"Please answer each question with a number from {SCALE_MIN} to {SCALE_MAX}.",
            code="invalid",
        )
    return value


def _week(value: object, space: Space) -> date:
    monday = w.parse_iso_week(value)
    if monday is None:
        raise ActionRefused("Please choose which week this check-in is for.", code="invalid")
    if monday > w.this_monday():
        raise ActionRefused(
            "That week has not come yet. You can check in for this week or an earlier one.",
            code="invalid",
        )
    if monday < w.monday_of(timezone.localtime(space.created_at).date()):
        raise ActionRefused("That week is before this space began.", code="invalid")
    return monday


def checkin_record(
    *,
    space: Space,
    by: User,
    week: date | str,
    scores: Mapping[str, object],
    note: str = "",
    visibility: str = Visibility.PRIVATE,
) -> CheckIn:
    """Record one week's check-in. Late weeks are welcome; a second one for a week is not."""
    space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    monday = _week(week, space)
    unknown = set(scores) - set(MEASURE_KEYS)
    missing = [key for key in MEASURE_KEYS if key not in scores]
    if unknown or missing:
        raise ActionRefused("Please answer every question, and only those.", code="invalid")
    values = {key: _score(scores[key]) for key in MEASURE_KEYS}
    if not isinstance(note, str):
        raise ActionRefused("Please write your note as text.", code="invalid")
    note = note.strip()
    if note:
        note = clean_text(note, max_length=SHORT_TEXT_MAX, what="your note")
    chosen = clean_visibility(visibility)
    if CheckIn.objects.filter(space=space, author=by, week=monday).exists():
        raise ActionRefused(ALREADY, code="conflict")
    try:
        with transaction.atomic():
            return CheckIn.objects.create(
                space=space, author=by, week=monday, note=note, visibility=chosen, **values
            )
    except IntegrityError:
        raise ActionRefused(ALREADY, code="conflict") from None


def checkin_sharing_set(*, space: Space, by: User, visibility: str) -> CheckinSharing:
    """Who may see this person's check-in numbers. Only the person themselves sets it."""
    space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    chosen = clean_visibility(visibility)
    with transaction.atomic():
        sharing, _ = CheckinSharing.objects.select_for_update().get_or_create(
            space=space, author=by, defaults={"visibility": chosen}
        )
        if sharing.visibility != chosen:
            sharing.save(update_fields=set_visibility(sharing, chosen))
    return sharing


INSTRUMENT_ALREADY = "You have already answered these questions for that week."


def _instrument_points(instrument: inst.Instrument, answers: Sequence[object]) -> list[int]:
    if (
        isinstance(answers, str | bytes)
        or len(answers) != len(instrument.items)
        or any(a is None or a == "" for a in answers)
    ):
        raise ActionRefused(
            "Please answer every one of these questions, or leave them all empty.",
            code="invalid",
        )
    points = []
    for item, value in zip(instrument.items, answers, strict=True):
        if isinstance(value, str) and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or value not in item.points:
            raise ActionRefused("Please choose one of the answers offered.", code="invalid")
        points.append(value)
    return points


def instrument_answers_record(
    *, space: Space, by: User, week: date | str, answers: Sequence[object]
) -> InstrumentAnswer:
    """Record a partner's answers to the optional questionnaire for one week. Kept to
    themselves unless they chose to share their scores with the professional."""
    instrument = inst.current()
    if instrument is None:
        raise ActionRefused("These questions are not offered here.", code="invalid")
    roles = space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    monday = _week(week, space)
    points = _instrument_points(instrument, answers)
    sharing = InstrumentSharing.objects.filter(space=space, author=by).first()
    shared_with = sharing.shared_with if sharing else None
    if shared_with is not None and not roles.is_professional(shared_with):
        shared_with = None  # shared with a professional who is no longer theirs: nobody
    if InstrumentAnswer.objects.filter(space=space, author=by, week=monday).exists():
        raise ActionRefused(INSTRUMENT_ALREADY, code="conflict")
    try:
        with transaction.atomic():
            return InstrumentAnswer.objects.create(
                space=space,
                author=by,
                week=monday,
                instrument=instrument.key,
                answers=",".join(str(p) for p in points),
                total=inst.score(instrument, points),
                shared_with=shared_with,
            )
    except IntegrityError:
        raise ActionRefused(INSTRUMENT_ALREADY, code="conflict") from None


def checkin_record_with_answers(
    *,
    space: Space,
    by: User,
    week: date | str,
    scores: Mapping[str, object],
    note: str = "",
    visibility: str = Visibility.PRIVATE,
    answers: Sequence[object] = (),
) -> CheckIn:
    """A week's check-in and, if they chose to answer it, the questionnaire: both or
    neither."""
    with transaction.atomic():
        checkin = checkin_record(
            space=space,
            by=by,
            week=week,
            scores=scores,
            note=note,
            visibility=visibility,
        )
        if answers:
            instrument_answers_record(space=space, by=by, week=checkin.week, answers=answers)
    return checkin


def instrument_sharing_set(*, space: Space, by: User, share: bool) -> InstrumentSharing:
    """Whether this partner's questionnaire scores, past and future, are seen by the
    professional (the one approved now, by name). Only the person themselves sets it."""
    roles = space_roles_for_partner(space, by=by, refusal=ONLY_PARTNERS)
    professional = roles.professionals[0] if share and roles.professionals else None
    if share and professional is None:
        raise ActionRefused(
            "There is no professional in this space yet, so there is nobody to share with.",
            code="invalid",
        )
    with transaction.atomic():
        sharing, created = InstrumentSharing.objects.select_for_update().get_or_create(
            space=space, author=by, defaults={"shared_with": professional}
        )
        if not created and sharing.shared_with_id != (professional.pk if professional else None):
            sharing.shared_with = professional
            sharing.updated_at = timezone.now()
            sharing.save(update_fields=["shared_with", "updated_at"])
        # Only rows whose audience changes are written: a choice that changes nothing for
        # anyone else writes nothing anyone else can see.
        InstrumentAnswer.objects.filter(space=space, author=by).exclude(
            shared_with=professional
        ).update(shared_with=professional)
    return sharing


def reminder_preference_set(
    *, by: User, weekday: int | str | None, checkin: bool = True, promises: bool = False
) -> ReminderPreference:
    """Off (`weekday` None or "") or weekly on a weekday, for check-ins and/or promises."""
    if weekday in (None, ""):
        day = None
    else:
        try:
            day = int(weekday)
        except (TypeError, ValueError):
            day = -1
        if day not in Weekday.values:
            raise ActionRefused("Please choose a day of the week, or no reminders.", "invalid")
    if day is not None and not (checkin or promises):
        raise ActionRefused(
            "Please choose what to be reminded of, or choose no reminders.", code="invalid"
        )
    preference, _ = ReminderPreference.objects.update_or_create(
        user=by,
        defaults={
            "weekday": day,
            "checkin": bool(checkin),
            "promises": bool(promises),
            "updated_at": timezone.now(),
        },
    )
    return preference


def reminder_claim(*, recipient: User, kind: str, week: date) -> ReminderSent | None:
    """Record that this week's reminder of this kind is being sent; None if it already was."""
    if kind not in ReminderKind.values:
        raise ActionRefused("Unknown reminder.", code="invalid")
    try:
        with transaction.atomic():
            return ReminderSent.objects.create(user=recipient, kind=kind, week=w.monday_of(week))
    except IntegrityError:
        return None


def reminder_unclaim(*, sent: ReminderSent) -> None:
    """The e-mail could not be sent: free the week so a later run can try again."""
    sent.delete()


def trump_tally_refresh(*, space: Space, message: Message | None = None) -> None:
    """Bring each partner's trump-card tally (`TrumpTally`) in line with what the coach
    reads in Talk against what that partner knows to be forgiven: for one new `message`, or
    for everything in the window after a change to what is forgiven or who sees what. A
    tally is written only when its set of messages changes, and holds only what its partner
    may see: one person's acts move nobody else's pages (a private forgiveness changes no
    other person's list)."""
    from .selectors import trump_messages_read, trump_tally_window

    with transaction.atomic():
        roles = space_roles(space)
        for partner in roles.partners:
            if message is None:
                found = trump_messages_read(viewer=partner, roles=roles, since=trump_tally_window())
                want = {m.pk for m in found}
                tally = TrumpTally.objects.filter(space=space, viewer=partner).first()
                if set(json.loads(tally.messages) if tally else []) != want:
                    _tally_write(space, partner, replace=want)
            elif can_see(partner, message, roles) and _brings_back(message, partner, roles):
                _tally_write(space, partner, add=message.pk)


def trump_tallies_fill() -> int:
    """Tallies for every space where something is forgiven and Talk has words since the
    window began (after an upgrade, or rows written in bulk). Returns how many spaces."""
    from amends.repair.models import Forgiveness

    from .selectors import _start_of, trump_tally_window

    talking = Message.objects.filter(
        created_at__gte=_start_of(trump_tally_window()),
        space_id__in=Forgiveness.objects.values("space_id"),
    )
    spaces = Space.objects.filter(pk__in=talking.values("space_id"))
    for space in spaces:
        trump_tally_refresh(space=space)
    return len(spaces)


def _brings_back(message: Message, partner: User, roles: SpaceRoles) -> bool:
    from amends.coach import analyze
    from amends.repair.selectors import forgiven_breach_descriptions

    forgiven = forgiven_breach_descriptions(viewer=partner, roles=roles)
    return bool(forgiven) and "trump_card" in analyze(message.text, forgiven).kinds


def _tally_write(
    space: Space, partner: User, *, add: int | None = None, replace: set[int] | None = None
) -> None:
    """Change one tally under its lock (add a message, or replace them all), writing only
    if its messages differ."""
    from .selectors import TRUMP_MESSAGES_MAX

    tally, _ = TrumpTally.objects.select_for_update().get_or_create(space=space, viewer=partner)
    have = set(json.loads(tally.messages))
    changed = replace if replace is not None else have | ({add} if add is not None else set())
    want = sorted(changed)[-TRUMP_MESSAGES_MAX:]
    if set(want) != have:
        tally.messages = json.dumps(want)
        tally.save(update_fields=["messages"])
