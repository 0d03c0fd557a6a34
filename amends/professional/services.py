"""Writes of a professional's tools: their own notes, the sessions they record, the homework
they set; and the partner's side of homework (done, and a note kept or shared)."""

from collections.abc import Sequence
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX
from amends.core.textrules import clean_text
from amends.spaces.models import Membership, Role, Space
from amends.spaces.selectors import SpaceRoles, space_roles
from amends.spaces.visibility import Visibility

from .models import (
    Cohort,
    CohortAgreement,
    CohortPlace,
    Homework,
    HomeworkNote,
    Note,
    SecretsPolicy,
    SecretsStance,
    Session,
)
from .sources import resolve_source

HOMEWORK_NOTE_MAX = 2_000
SECRETS_WORDS_MAX = 2_000
COHORT_NAME_MAX = 80


def note_write(*, space: Space, by: User, text: str) -> Note:
    if not space_roles(space).is_professional(by):
        raise ActionRefused("Only the couple's professional keeps notes here.", "forbidden")
    return Note.objects.create(
        space=space,
        author=by,
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


# ------------------------------------------------------------------ the secrets policy


def _a_professional(user: User) -> None:
    if not Membership.objects.filter(
        user=user, role=Role.PROFESSIONAL, left_at__isnull=True
    ).exists():
        raise ActionRefused("This is for a couple's professional.", code="forbidden")


def secrets_policy_set(*, by: User, stance: str, words: str = "") -> SecretsPolicy:
    """How this professional handles what one partner tells them alone: one of the stances,
    with their own words if they like (their own words alone for "own"). Every couple they
    work with sees it."""
    _a_professional(by)
    if stance not in SecretsStance.values:
        raise ActionRefused("Please choose one of the ways offered.", code="invalid")
    words = words.strip()
    if words:
        words = clean_text(words, max_length=SECRETS_WORDS_MAX, what="your words")
    if stance == SecretsStance.OWN and not words:
        raise ActionRefused("Please write how you handle it, in your own words.", code="invalid")
    with transaction.atomic():
        policy, _ = SecretsPolicy.objects.select_for_update().get_or_create(
            professional=by, defaults={"stance": stance, "words": words}
        )
        policy.stance, policy.words, policy.updated_at = stance, words, timezone.now()
        policy.save()
    return policy


# ------------------------------------------------------------------ program cohorts


def cohort_create(*, by: User, name: str, starts_on: date) -> Cohort:
    """A group of couples doing the 12-week program on one calendar, starting on a day."""
    _a_professional(by)
    name = clean_text(name, max_length=COHORT_NAME_MAX, what="the name")
    today = timezone.localdate()
    if not today - timedelta(weeks=12) <= starts_on <= today + timedelta(days=366):
        raise ActionRefused(
            "Please choose a start within the last twelve weeks or the coming year.",
            code="invalid",
        )
    return Cohort.objects.create(professional=by, name=name, starts_on=starts_on)


def cohort_offer(*, cohort: Cohort, space: Space, by: User) -> CohortPlace:
    """The professional offers a couple a place in their cohort; the couple is in it once
    both partners agree (`cohort_agree`)."""
    if cohort.professional_id != by.pk or not space_roles(space).is_professional(by):
        raise ActionRefused("Not found.", code="not_found")
    with transaction.atomic():
        if CohortPlace.objects.select_for_update().filter(space=space).exists():
            raise ActionRefused(
                "This couple already has a place in a group. They can leave it first.",
                code="conflict",
            )
        return CohortPlace.objects.create(cohort=cohort, space=space)


def _partner_of_place(place: CohortPlace, by: User) -> SpaceRoles:
    roles = space_roles(place.space)
    if not roles.is_partner(by):
        raise ActionRefused("Not found.", code="not_found")
    return roles


def cohort_agree(*, place: CohortPlace, by: User) -> CohortAgreement:
    """One partner says yes to the couple's place in the cohort."""
    _partner_of_place(place, by)
    with transaction.atomic():
        agreement, _ = CohortAgreement.objects.get_or_create(
            place=place, partner=by, defaults={"space": place.space}
        )
    return agreement


def cohort_leave(*, place: CohortPlace, by: User) -> None:
    """Either partner says no, or leaves the group, at any time and without a reason; the
    professional can withdraw the place too. The couple does the program on their own
    calendar again."""
    roles = space_roles(place.space)
    if not (roles.is_partner(by) or place.cohort.professional_id == by.pk):
        raise ActionRefused("Not found.", code="not_found")
    place.delete()
