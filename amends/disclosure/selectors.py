"""Reads for the account and the no-contact message, always through visibility.

The account of a breach is reached through the breach (`repair.selectors.breach_or_404`: a
breach the viewer may not see is a 404) and then its own audience: a draft is its writer's
alone, so to anyone else a breach with a draft reads exactly as one without."""

from dataclasses import dataclass
from datetime import datetime

from amends.accounts.models import User
from amends.repair.models import Breach, Disclosure
from amends.repair.rules import is_hurt, is_injuring
from amends.repair.selectors import breaches_for, step_items
from amends.spaces.selectors import SpaceRoles
from amends.spaces.visibility import Visibility, can_see, visible_to

from .models import (
    DETAIL_FOR_WRITER,
    Account,
    AccountPart,
    Detail,
    DetailChoice,
    NoContactMessage,
    Part,
)


def _seen[T: DetailChoice | Account | NoContactMessage](
    item: T | None, viewer: User, roles: SpaceRoles
) -> T | None:
    return item if item is not None and can_see(viewer, item, roles) else None


def detail_choice_for(*, breach: Breach, viewer: User, roles: SpaceRoles) -> DetailChoice | None:
    """The hurt partner's choices, if this viewer may see them."""
    if breach.hurt_partner_id is None:
        return None
    row = DetailChoice.objects.filter(breach=breach, author_id=breach.hurt_partner_id).first()
    return _seen(row, viewer, roles)


def account_for(*, breach: Breach, viewer: User, roles: SpaceRoles) -> Account | None:
    return _seen(Account.objects.filter(breach=breach).first(), viewer, roles)


def message_for(*, breach: Breach, viewer: User, roles: SpaceRoles) -> NoContactMessage | None:
    return _seen(NoContactMessage.objects.filter(breach=breach).first(), viewer, roles)


@dataclass(frozen=True)
class PartRow:
    key: str
    label: str
    prompt: str
    level: str  # Detail key
    level_words: str  # for the writer
    level_label: str  # for the reader
    written: AccountPart | None


def part_rows(*, account: Account | None, choice: DetailChoice | None) -> list[PartRow]:
    """Every part, in order, with the reader's choice (when it can be seen) and the words."""
    from .models import PROMPTS

    written = {p.part: p for p in account.parts.all()} if account is not None else {}
    rows = []
    for key, label in Part.choices:
        level = choice.level(key) if choice is not None else ""
        rows.append(
            PartRow(
                key=key,
                label=str(label),
                prompt=PROMPTS[key],
                level=level,
                level_words=DETAIL_FOR_WRITER.get(level, ""),
                level_label=str(Detail(level).label) if level else "",
                written=written.get(key),
            )
        )
    return rows


def additions(*, breach: Breach, viewer: User, roles: SpaceRoles) -> list[Disclosure]:
    """What was told of the writer's own accord, oldest first: the record the questions and
    answers keep, "told later" where it came after the disclosure was said to be complete."""
    return list(step_items(Disclosure, breach=breach, viewer=viewer, roles=roles))


@dataclass(frozen=True)
class Moment:
    when: datetime
    title: str
    text: str = ""
    told_later: bool = False
    kind: str = "part"


def timeline(*, breach: Breach, viewer: User, roles: SpaceRoles) -> list[Moment]:
    """The account in the order it was told: each part when it was written (and changed),
    the signatures, what was told of their own accord (marked told later after sign-off),
    and the no-contact message when it was sent. Only what this viewer may see."""
    account = account_for(breach=breach, viewer=viewer, roles=roles)
    moments: list[Moment] = []
    if account is not None:
        for part in account.parts.all():
            moments.append(Moment(part.created_at, part.label, part.text))
            if part.updated_at > part.created_at:
                moments.append(Moment(part.updated_at, f"{part.label}: rewritten", kind="change"))
        if account.writer_signed_at:
            moments.append(
                Moment(account.writer_signed_at, "Signed as complete by the writer", kind="sign")
            )
        if account.reader_signed_at:
            moments.append(
                Moment(account.reader_signed_at, "Signed as read by the reader", kind="sign")
            )
    for told in additions(breach=breach, viewer=viewer, roles=roles):
        moments.append(
            Moment(
                told.created_at,
                "Told later" if told.is_later else "Told of their own accord",
                told.text,
                told_later=told.is_later,
                kind="addition",
            )
        )
    message = message_for(breach=breach, viewer=viewer, roles=roles)
    if message is not None and message.sent_at:
        moments.append(Moment(message.sent_at, "The no-contact message was sent", kind="sent"))
    return sorted(moments, key=lambda m: m.when)


@dataclass(frozen=True)
class AccountRow:
    breach: Breach
    role: str  # "writer", "reader" or "" (the professional)
    account: Account | None
    choice: DetailChoice | None


def account_rows(*, viewer: User, roles: SpaceRoles) -> list[AccountRow]:
    """The breaches this viewer may see, each with what they may see of its account."""
    rows = []
    for breach in breaches_for(viewer=viewer, roles=roles):
        role = (
            "writer" if is_injuring(breach, viewer) else "reader" if is_hurt(breach, viewer) else ""
        )
        rows.append(
            AccountRow(
                breach=breach,
                role=role,
                account=account_for(breach=breach, viewer=viewer, roles=roles),
                choice=detail_choice_for(breach=breach, viewer=viewer, roles=roles),
            )
        )
    return rows


@dataclass(frozen=True)
class AccountWaiting:
    """Something about a breach's account that is this viewer's to do. `kind`: "choose" (the
    hurt partner has not shared how much detail they want: theirs, with no deadline),
    "write" (they have; the account is not shared yet), "read" (shared with the reader, not
    signed by them), "sign" (shared, not signed by its writer)."""

    breach: Breach
    kind: str


def waiting_on_me(
    *, viewer: User, roles: SpaceRoles, breaches: list[Breach]
) -> list[AccountWaiting]:
    """The accounts waiting for this viewer, among these breaches (ones they may see), read
    only through what they may see: a draft or a private choice of the other partner reads
    exactly as nothing. Two queries, whatever the number of breaches."""
    mine = [
        b
        for b in breaches
        if (is_hurt(b, viewer) and b.injuring_partner_id in roles.partner_ids)
        or (is_injuring(b, viewer) and b.hurt_partner_id in roles.partner_ids)
    ]
    if not mine or not roles.is_partner(viewer):
        return []
    ids = [b.pk for b in mine]
    choices: dict[tuple[int, int | None], DetailChoice] = {
        (c.breach_id, c.author_id): c
        for c in visible_to(DetailChoice.objects.filter(breach_id__in=ids), viewer, roles)
    }
    accounts = {
        a.breach_id: a for a in visible_to(Account.objects.filter(breach_id__in=ids), viewer, roles)
    }
    waiting = []
    for breach in mine:
        choice = choices.get((breach.pk, breach.hurt_partner_id))
        account = accounts.get(breach.pk)
        if account is not None and account.author_id != breach.injuring_partner_id:
            account = None
        shared = account is not None and account.visibility != Visibility.PRIVATE
        if is_hurt(breach, viewer):
            if choice is None or choice.visibility == Visibility.PRIVATE:
                # Offered only where an account is what people ask for (an affair, an
                # addiction: `is_serious`); on a smaller hurt it stays on the account page.
                if breach.is_serious:
                    waiting.append(AccountWaiting(breach, "choose"))
            elif shared and account is not None and account.reader_signed_at is None:
                waiting.append(AccountWaiting(breach, "read"))
        elif choice is not None:  # the writer sees the choice only once it is shared
            if not shared:
                waiting.append(AccountWaiting(breach, "write"))
            elif account is not None and account.writer_signed_at is None:
                waiting.append(AccountWaiting(breach, "sign"))
    return waiting
