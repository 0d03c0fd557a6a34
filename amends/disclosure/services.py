"""Writes for the account and the no-contact message. Verb functions, keyword-only.

Rules:
  * only the breach's injuring partner writes the account and the message; only its hurt
    partner chooses how much detail they want, suggests other words, and signs as reader;
  * the hurt partner chooses first: the account can be shared only once their choices are
    shared with the writer (a draft can be written before, privately);
  * a draft (the account, the message) and choices kept to oneself are private: nobody else
    sees them, nor that they exist;
  * each partner signs the account off with their own dated signature; changing a part
    asks both to sign again; once both have signed, the parts stay as they were and what
    is told after is a dated addition, "told later", in the same record the questions and
    answers keep (repair.Disclosure), and the breach's disclosure counts as complete from
    then on (if it was not said to be before), so both records agree;
  * the message is shown to the hurt partner before it is sent; the app never sends it;
  * a refusal changes nothing.
"""

import json
from collections.abc import Mapping

from django.db import transaction
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.limits import LONG_TEXT_MAX
from amends.core.textrules import clean_text
from amends.repair.models import Breach, Disclosure
from amends.repair.rules import is_hurt, is_injuring, locked_breach
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import (
    Visibility,
    audience_roles,
    can_see,
    clean_visibility,
    set_visibility,
)

from .models import Account, AccountPart, Detail, DetailChoice, NoContactMessage, Part

SHARED = (Visibility.PARTNER, Visibility.PARTNER_AND_PROFESSIONAL)


def _require_partner(breach: Breach, roles: SpaceRoles, by: User) -> None:
    """`by` is one of the partners and may see the breach; for anyone else it is not there."""
    if not roles.is_partner(by) or not can_see(by, breach, roles):
        raise ActionRefused("Only the two partners can do this.", code="not_found")


def _require_writer(breach: Breach, roles: SpaceRoles, by: User) -> None:
    _require_partner(breach, roles, by)
    if not is_injuring(breach, by):
        raise ActionRefused(
            "The account is written by the partner who did the hurting.", code="forbidden"
        )


def _require_reader(breach: Breach, roles: SpaceRoles, by: User) -> None:
    _require_partner(breach, roles, by)
    if not is_hurt(breach, by):
        raise ActionRefused("This is for the partner who was hurt.", code="forbidden")


def _shared_visibility(value: str) -> str:
    visibility = clean_visibility(value)
    if visibility not in SHARED:
        raise ActionRefused(
            "Please choose who can read it: your partner, or your partner and your professional.",
            code="invalid",
        )
    return visibility


def _reader_here(breach: Breach, roles: SpaceRoles) -> User:
    reader = breach.hurt_partner
    if reader is None or not roles.is_partner(reader):
        raise ActionRefused(
            "Your partner is not in this space yet. This can wait until they are.",
            code="conflict",
        )
    return reader


def _levels(levels: Mapping[str, object]) -> str:
    chosen: dict[str, str] = {}
    for part in Part.values:
        value = levels.get(part, Detail.SHOULD_KNOW)
        if value not in Detail.values:
            raise ActionRefused(
                "Please choose how much you want to know for each part.", code="invalid"
            )
        chosen[part] = str(value)
    unknown = set(levels) - set(Part.values)
    if unknown:
        raise ActionRefused("Please choose only from the parts on the page.", code="invalid")
    return json.dumps(chosen, sort_keys=True)


def _widening_only(item: DetailChoice | Account | NoContactMessage, visibility: str) -> None:
    """Something already shown is never taken back quietly."""
    if len(audience_roles(visibility)) < len(audience_roles(item.visibility)):
        raise ActionRefused(
            "This has already been shared, so it stays shared with the same people.",
            code="conflict",
        )


# ------------------------------------------------------------------------ the reader's choice


def detail_choose(
    *,
    breach: Breach,
    by: User,
    levels: Mapping[str, object],
    sexual_specifics: bool,
    visibility: str = Visibility.PRIVATE,
) -> DetailChoice:
    """The hurt partner's choice of how much detail they want, part by part. Private until
    they share it; shared, the writer sees it while writing."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_reader(breach, roles, by)
        chosen = _levels(levels)
        if not isinstance(sexual_specifics, bool):
            raise ActionRefused("Please say yes or no to sexual details.", code="invalid")
        wanted = clean_visibility(visibility)
        choice = DetailChoice.objects.filter(breach=breach, author=by).first()
        if choice is None:
            choice = DetailChoice(space=breach.space, author=by, breach=breach)
        _widening_only(choice, wanted)
        fields = set_visibility(choice, wanted)
        choice.levels = chosen
        choice.sexual_specifics = sexual_specifics
        if choice.pk:
            choice.save(update_fields=sorted({*fields, "levels", "sexual_specifics"}))
        else:
            choice.save()
        return choice


# ------------------------------------------------------------------------ the account


def _account(breach: Breach) -> Account | None:
    return Account.objects.select_for_update().filter(breach=breach).first()


def account_part_write(*, breach: Breach, by: User, part: str, text: str) -> AccountPart:
    """Write (or rewrite) one part. Before it is shared it is a draft only its writer sees.
    A change after anyone signed asks both to sign again; after both signed, nothing
    changes: what comes later is an addition, told later."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_writer(breach, roles, by)
        if part not in Part.values:
            raise ActionRefused("Please choose one of the parts on the page.", code="invalid")
        words = clean_text(text, max_length=LONG_TEXT_MAX, what="this part")
        account = _account(breach)
        if account is None:
            account = Account.objects.create(
                space=breach.space, author=by, breach=breach, visibility=Visibility.PRIVATE
            )
        if account.signed_off:
            raise ActionRefused(
                "You have both signed the account off. Anything more can be added below, "
                "with today's date.",
                code="conflict",
            )
        now = timezone.now()
        row = AccountPart.objects.filter(account=account, part=part).first()
        if row is None:
            row = AccountPart.objects.create(
                account=account, part=part, text=words, created_at=now, updated_at=now
            )
        elif row.text != words:
            row.text = words
            row.updated_at = now
            row.save(update_fields=["text", "updated_at"])
        if account.writer_signed_at or account.reader_signed_at:
            account.writer_signed_at = account.reader_signed_at = None
            account.updated_at = now
            account.save(update_fields=["writer_signed_at", "reader_signed_at", "updated_at"])
        return row


def account_share(*, breach: Breach, by: User, visibility: str = Visibility.PARTNER) -> Account:
    """Share the account with the partner (and the professional, if chosen). It waits for
    the partner's choices of how much detail they want."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_writer(breach, roles, by)
        reader = _reader_here(breach, roles)
        wanted = _shared_visibility(visibility)
        account = _account(breach)
        if account is None or not account.parts.exists():
            raise ActionRefused("Please write at least one part first.", code="invalid")
        choice = DetailChoice.objects.filter(breach=breach, author=reader).first()
        if choice is None or not can_see(by, choice, roles):
            raise ActionRefused(
                "Your partner has not shared yet how much they want to know. The account "
                "waits for that, so it can be told the way they asked.",
                code="conflict",
            )
        _widening_only(account, wanted)
        fields = set_visibility(account, wanted)
        account.save(update_fields=fields)
        return account


def account_sign(*, breach: Breach, by: User) -> Account:
    """Sign the account off as complete: the writer ("this is everything"), the reader
    ("I have read it"). Once both have, the breach's disclosure counts as complete."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        account = _account(breach)
        if account is None or not can_see(by, account, roles):
            raise ActionRefused("There is no account to sign yet.", code="not_found")
        if account.visibility not in SHARED:
            raise ActionRefused(
                "Please share the account with your partner before signing it.", code="conflict"
            )
        now = timezone.now()
        if is_injuring(breach, by) and roles.is_partner(by):
            if account.writer_signed_at is None:
                account.writer_signed_at = now
        elif is_hurt(breach, by) and roles.is_partner(by):
            if account.reader_signed_at is None:
                account.reader_signed_at = now
        else:
            raise ActionRefused("Only the two partners sign the account.", code="forbidden")
        account.save(update_fields=["writer_signed_at", "reader_signed_at"])
        if account.signed_off and breach.disclosure_complete_at is None:
            breach.disclosure_complete_at = now
            breach.save(update_fields=["disclosure_complete_at"])
        return account


def account_add(*, breach: Breach, by: User, text: str) -> Disclosure:
    """Something told after both signed: dated, marked "told later", in the record the
    questions and answers keep, seen by the account's readers."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_writer(breach, roles, by)
        account = _account(breach)
        if account is None or not account.signed_off:
            raise ActionRefused(
                "The account is not signed off yet: you can still write it into its parts.",
                code="conflict",
            )
        return Disclosure.objects.create(
            space=breach.space,
            author=by,
            breach=breach,
            text=clean_text(text, max_length=LONG_TEXT_MAX, what="what you want to tell"),
            visibility=account.visibility,
            is_later=True,
        )


# ------------------------------------------------------------------------ the no-contact message


def _message(breach: Breach) -> NoContactMessage | None:
    return NoContactMessage.objects.select_for_update().filter(breach=breach).first()


def message_draft(*, breach: Breach, by: User, text: str) -> NoContactMessage:
    """Write (or change) the no-contact message. A draft only its writer sees until shown."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_writer(breach, roles, by)
        words = clean_text(text, max_length=LONG_TEXT_MAX, what="the message")
        message = _message(breach)
        if message is None:
            return NoContactMessage.objects.create(
                space=breach.space, author=by, breach=breach, text=words
            )
        if message.sent_at is not None:
            raise ActionRefused(
                "You have recorded this message as sent, so it stays as it was sent.",
                code="conflict",
            )
        message.text = words
        message.updated_at = timezone.now()
        message.save(update_fields=["text", "updated_at"])
        return message


def message_show(
    *, breach: Breach, by: User, visibility: str = Visibility.PARTNER
) -> NoContactMessage:
    """Show the message to the partner before it is sent."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_writer(breach, roles, by)
        _reader_here(breach, roles)
        wanted = _shared_visibility(visibility)
        message = _message(breach)
        if message is None:
            raise ActionRefused("Please write the message first.", code="invalid")
        _widening_only(message, wanted)
        message.save(update_fields=set_visibility(message, wanted))
        return message


def message_suggest(*, breach: Breach, by: User, text: str) -> NoContactMessage:
    """The hurt partner suggests other words. The writer may take them or not."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_reader(breach, roles, by)
        message = _message(breach)
        if message is None or not can_see(by, message, roles):
            raise ActionRefused("There is no message to read yet.", code="not_found")
        if message.sent_at is not None:
            raise ActionRefused("This message has already been sent.", code="conflict")
        message.suggestion = clean_text(text, max_length=LONG_TEXT_MAX, what="your suggestion")
        message.suggested_by = by
        message.suggested_at = timezone.now()
        message.accepted_at = None
        message.save(update_fields=["suggestion", "suggested_by", "suggested_at", "accepted_at"])
        return message


def message_accept(*, breach: Breach, by: User) -> NoContactMessage:
    """The writer takes the partner's suggested words as the message."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_writer(breach, roles, by)
        message = _message(breach)
        if message is None or not message.suggestion:
            raise ActionRefused("There is no suggestion to take.", code="conflict")
        if message.sent_at is not None:
            raise ActionRefused("This message has already been sent.", code="conflict")
        message.text = message.suggestion
        message.suggestion = ""
        message.accepted_at = message.updated_at = timezone.now()
        message.save(update_fields=["text", "suggestion", "accepted_at", "updated_at"])
        return message


def message_mark_sent(*, breach: Breach, by: User) -> NoContactMessage:
    """Record that the writer sent it themselves, outside the app, today."""
    with transaction.atomic():
        breach, roles = locked_breach(breach)
        _require_writer(breach, roles, by)
        message = _message(breach)
        if message is None:
            raise ActionRefused("Please write the message first.", code="invalid")
        if message.visibility not in SHARED:
            raise ActionRefused(
                "Please show the message to your partner before you send it.", code="conflict"
            )
        if message.sent_at is None:
            message.sent_at = timezone.now()
            message.save(update_fields=["sent_at"])
        return message
