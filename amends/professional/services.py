"""Writes of a professional's tools: their own notes, the sessions they record, the homework
they set; and the partner's side of homework (done, and a note kept or shared)."""

from collections.abc import Sequence
from datetime import date

from django.db import transaction
from django.utils import timezone

from amends.accounts.models import User
from amends.errors import ActionRefused
from amends.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, space_roles
from amends.spaces.visibility import Visibility
from amends.textrules import clean_text

from .models import Homework, HomeworkNote, Note, Session
from .sources import resolve_source

HOMEWORK_NOTE_MAX = 2_000


def note_write(*, space: Space, author: User, text: str) -> Note:
    if not space_roles(space).is_professional(author):
        raise ActionRefused("Only the couple's professional keeps notes here.", "forbidden")
    return Note.objects.create(
        space=space,
        author=author,
        text=clean_text(text, what="your note"),
        visibility=Visibility.PRIVATE,
    )


def note_delete(*, note: Note, by: User) -> None:
    if note.author_id != by.pk:
        raise ActionRefused("Not found.", code="not_found")
    note.delete()


def _professional_roles(space: Space, by: User) -> SpaceRoles:
    roles = space_roles(space)
    if not roles.is_professional(by):
        raise ActionRefused("Only the couple's professional can do this.", code="forbidden")
    return roles


def session_record(*, space: Space, by: User) -> Session:
    """The professional met the couple today: what is shared from now on is new."""
    _professional_roles(space, by)
    return Session.objects.create(space=space, professional=by)


def homework_assign(
    *,
    space: Space,
    by: User,
    partners: Sequence[User],
    source: str,
    text: str = "",
    due: date | None = None,
) -> list[Homework]:
    """Set homework for one partner or both (one row each, sharing `together`)."""
    roles = _professional_roles(space, by)
    chosen = {p.pk: p for p in partners}
    if not chosen:
        raise ActionRefused("Please choose who this is for.", code="invalid")
    if not set(chosen) <= roles.partner_ids:
        raise ActionRefused("Homework is for the partners in this space.", code="invalid")
    words = text.strip()
    if words:
        words = clean_text(words, max_length=LONG_TEXT_MAX, what="your words")
    title = resolve_source(source, words)
    if due is not None and due < timezone.localdate():
        raise ActionRefused("Please choose a day from today on, or no day.", code="invalid")
    with transaction.atomic():
        first = Homework(
            space=space,
            set_by=by,
            partner=next(iter(chosen.values())),
            source=source,
            title=title[:SHORT_TEXT_MAX],
            text=words,
            due=due,
        )
        rows = [first] + [
            Homework(
                space=space,
                set_by=by,
                partner=p,
                together=first.together,
                source=source,
                title=first.title,
                text=words,
                due=due,
            )
            for p in list(chosen.values())[1:]
        ]
        for row in rows:
            row.save()
    return rows


def _partners_own(homework: Homework, by: User) -> None:
    roles = space_roles(homework.space)
    if (
        homework.partner_id != by.pk
        or not roles.is_partner(by)
        or not any(p.pk == homework.set_by_id for p in roles.professionals)
    ):
        raise ActionRefused("Not found.", code="not_found")


def homework_mark_done(*, homework: Homework, by: User, done: bool = True) -> Homework:
    """The partner marks their homework done (or not done after all). The professional who
    set it sees which."""
    _partners_own(homework, by)
    homework.done_at = timezone.now() if done else None
    homework.save(update_fields=["done_at"])
    return homework


def homework_note_write(
    *, homework: Homework, by: User, text: str, share: bool = False
) -> HomeworkNote:
    """A few words about the homework: kept for oneself, unless `share`, then shared with
    the professional who set it (and nobody else: not the other partner)."""
    _partners_own(homework, by)
    return HomeworkNote.objects.create(
        space=homework.space,
        homework=homework,
        author=by,
        shared_with=homework.set_by if share else None,
        text=clean_text(text, max_length=HOMEWORK_NOTE_MAX, what="your note"),
    )
