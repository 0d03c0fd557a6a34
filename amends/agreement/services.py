"""Writes for the agreement: verb functions with keyword-only arguments.

Every function checks everything it is given before it writes anything, and multi-row
changes happen in one transaction, so a refusal (`ActionRefused`) leaves no trace.

Rules, in one place:
  * Only the two partners answer questions, add behaviours and write the agreement.
  * All of it belongs to the two people who made it (`together_since`, see
    amends.spaces.visibility): the partners here now work on their own questions, round
    and agreement, numbered from 1. What was made with a partner who has left is never
    changed again. What a partner began alone (answers not yet revealed, their own
    questions) becomes the two partners' when the next partner joins
    (`agreement_open_to_newcomer`): nothing of it was shown to anyone yet.
  * Answers belong to a round. While a round is open each partner can answer and change
    their own answers. When both have answered every behaviour in the space, the round is
    revealed (`revealed_at`) and its answers are fixed; a new round can then be started.
  * A custom behaviour is a shared question: both partners are asked about it, and adding
    one tells nobody anything about anyone's answers.
  * The written agreement is versioned. Either partner can edit an open version (draft or
    proposed). Changing a version that one of them already signed clears the signature:
    nobody's name stays under words they have not seen. A version is signed only when both
    partners have signed it, and from then on it never changes; the previous signed
    version is kept as "superseded". A revision is a new version copied from the signed one.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.fields import bulk_update_sealed
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX
from amends.core.publicid import uid_or_none
from amends.core.textrules import clean_text
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles, space_roles
from amends.spaces.visibility import ours_now_q, together_since

from .catalogue import GROUP_KEYS
from .models import (
    AgreementNote,
    AgreementSignature,
    AgreementTerm,
    AgreementVersion,
    Behaviour,
    Rating,
    Round,
    Stance,
    VersionStatus,
)
from .selectors import latest_revealed_round, space_behaviours_q

# Enough for any couple's own questions; small enough that the page stays light.
CUSTOM_BEHAVIOURS_MAX = 100


def _partner_roles(space: Space, by: User, doing: str) -> SpaceRoles:
    # Read afresh: whose agreement it is depends on who left when (`partner_left_at`).
    roles = space_roles(Space.objects.get(pk=space.pk))
    if not roles.is_partner(by):
        raise ActionRefused(f"Only the partners in this space can {doing}.", code="forbidden")
    return roles


def _since(roles: SpaceRoles) -> datetime:
    since = together_since(roles)
    assert since is not None  # there is a partner: the one acting
    return since


def _require_ours(version: AgreementVersion, roles: SpaceRoles) -> None:
    if not AgreementVersion.objects.filter(ours_now_q(roles), pk=version.pk).exists():
        raise ActionRefused(
            "This is an agreement you made with a partner who has left this space. It stays "
            "as it was; you can start a new one together with the partner who is here now.",
            code="conflict",
        )


def _lock_space(space: Space) -> None:
    Space.objects.select_for_update().get(pk=space.pk)


def _behaviours_by_uid(roles: SpaceRoles) -> dict[UUID, Behaviour]:
    """The partners' questions by public id: what forms and the API name them by."""
    return {b.uid: b for b in Behaviour.objects.filter(space_behaviours_q(roles))}


def _behaviour_in(behaviours: dict[UUID, Behaviour], raw_id: object) -> Behaviour:
    found = behaviours.get(uid_or_none(raw_id))  # type: ignore[arg-type]
    if found is None:
        raise _not_in_space()
    return found


def _not_in_space() -> ActionRefused:
    return ActionRefused(
        "One of these questions is not part of your space, so nothing was saved. "
        "Please go back to the list and try again.",
        code="not_found",
    )


# ---------------------------------------------------------------- answers


@dataclass(frozen=True)
class RatingsSaved:
    saved: int
    revealed: bool


def ratings_set(*, space: Space, by: User, ratings: Mapping[Any, Any]) -> RatingsSaved:
    """Save some of one partner's own answers in the open round, all or nothing.

    `ratings` maps a behaviour's public id (`uid`) to one of the four answers. Reveals the
    round when this makes both partners' answers complete.
    """
    roles = _partner_roles(space, by, "answer these questions")
    if not ratings:
        raise ActionRefused("Please choose an answer first.", code="invalid")
    with transaction.atomic():
        _lock_space(space)
        behaviours = _behaviours_by_uid(roles)
        cleaned: dict[int, Stance] = {}
        for raw_id, raw_stance in ratings.items():
            behaviour = _behaviour_in(behaviours, raw_id)
            try:
                cleaned[behaviour.pk] = Stance(raw_stance)
            except ValueError:
                raise ActionRefused(
                    "Please choose one of the four answers for "
                    f"“{behaviour.wording}”. Nothing was saved.",
                    code="invalid",
                ) from None
        current = Round.objects.filter(ours_now_q(roles)).order_by("-number").first()
        if current is None:
            current = Round.objects.create(
                space=space, number=1, started_by=by, together_since=_since(roles)
            )
        elif current.revealed_at is not None:
            raise ActionRefused(
                "You have both answered this round, so the answers are fixed now. "
                "You can start a new round to answer again.",
                code="conflict",
            )
        now = timezone.now()
        existing = {
            r.behaviour_id: r
            for r in Rating.objects.filter(round=current, partner=by, behaviour_id__in=cleaned)
        }
        changed = []
        for behaviour_id, stance in cleaned.items():
            if behaviour_id in existing:
                rating = existing[behaviour_id]
                if rating.stance != stance:
                    rating.stance, rating.updated_at = stance, now
                    changed.append(rating)
        bulk_update_sealed(changed, ["stance", "updated_at"])
        Rating.objects.bulk_create(
            [
                Rating(round=current, behaviour_id=b_id, partner=by, stance=s, updated_at=now)
                for b_id, s in cleaned.items()
                if b_id not in existing
            ]
        )
        revealed = _reveal_if_complete(current, roles, {b.pk for b in behaviours.values()})
    return RatingsSaved(saved=len(cleaned), revealed=revealed)


def rating_set(*, space: Space, by: User, behaviour_id: object, rating: object) -> RatingsSaved:
    """One answer (for the API and for tests): the same rules as `ratings_set`."""
    return ratings_set(space=space, by=by, ratings={behaviour_id: rating})


def _reveal_if_complete(current: Round, roles: SpaceRoles, ids: set[int]) -> bool:
    if len(roles.partners) < 2:
        return False
    counts = dict(
        Rating.objects.filter(round=current, partner_id__in=roles.partner_ids, behaviour_id__in=ids)
        .values("partner_id")
        .annotate(n=Count("pk"))
        .values_list("partner_id", "n")
    )
    if len(counts) == len(roles.partner_ids) and all(n == len(ids) for n in counts.values()):
        current.revealed_at = timezone.now()
        current.save(update_fields=["revealed_at"])
        return True
    return False


def round_start(*, space: Space, by: User) -> Round:
    """Answer the questions again, blind, after a round was revealed."""
    roles = _partner_roles(space, by, "start a new round")
    with transaction.atomic():
        _lock_space(space)
        current = Round.objects.filter(ours_now_q(roles)).order_by("-number").first()
        if current is None or current.revealed_at is None:
            raise ActionRefused(
                "You are already in a round: the questions are open for both of you.",
                code="conflict",
            )
        return Round.objects.create(
            space=space,
            number=current.number + 1,
            started_by=by,
            together_since=_since(roles),
        )


def custom_behaviour_add(*, space: Space, by: User, wording: str, group: str) -> Behaviour:
    """A question of your own. Both partners will be asked about it."""
    roles = _partner_roles(space, by, "add a question")
    if not isinstance(wording, str):
        raise ActionRefused("Please write the behaviour as text.", code="invalid")
    wording = " ".join(wording.split())
    if not wording:
        raise ActionRefused(
            "Please write the behaviour you would like both of you to answer about.",
            code="invalid",
        )
    wording = clean_text(wording, max_length=SHORT_TEXT_MAX, what="the behaviour")
    if group not in GROUP_KEYS:
        raise ActionRefused("Please choose which list it belongs in.", code="invalid")
    with transaction.atomic():
        _lock_space(space)
        if Behaviour.objects.filter(ours_now_q(roles)).count() >= CUSTOM_BEHAVIOURS_MAX:
            raise ActionRefused(
                f"You have added {CUSTOM_BEHAVIOURS_MAX} questions of your own, which is as "
                "many as this list can hold.",
                code="limit",
            )
        wanted = wording.casefold()
        # Wording is sealed: compared here, not in the database.
        if any(
            " ".join(b.wording.split()).casefold() == wanted
            for b in Behaviour.objects.filter(space_behaviours_q(roles))
        ):
            raise ActionRefused("This one is already on the list.", code="conflict")
        return Behaviour.objects.create(
            space=space,
            created_by=by,
            group=group,
            wording=wording,
            together_since=_since(roles),
        )


def agreement_open_to_newcomer(*, space: Space) -> int:
    """A partner has just joined: what the one already here began alone and nobody has
    seen (an unrevealed round of their own answers, the questions they added) becomes the
    two partners' (their answers are shown to the newcomer only once both have answered
    everything, as the page always told them). What was made with an earlier partner stays
    theirs. Returns how many rows changed hands."""
    with transaction.atomic():
        _lock_space(space)
        roles = space_roles(Space.objects.get(pk=space.pk))
        since = together_since(roles)
        if since is None or not roles.is_full:
            return 0
        newcomer = max(roles.partners, key=lambda p: roles.joined_at[p.pk])
        stayed = roles.partner_of(newcomer)
        assert stayed is not None
        left = roles.space.partner_left_at
        alone_since = max(roles.joined_at[stayed.pk], left) if left else roles.joined_at[stayed.pk]
        begun_alone = Q(space=space, together_since__gte=alone_since, together_since__lt=since)
        moved = Round.objects.filter(begun_alone, revealed_at__isnull=True).update(
            together_since=since
        )
        return moved + Behaviour.objects.filter(begun_alone).update(together_since=since)


# ---------------------------------------------------------------- the written agreement


def _lock_version(version: AgreementVersion) -> AgreementVersion:
    return AgreementVersion.objects.select_for_update().select_related("space").get(pk=version.pk)


def _require_open(version: AgreementVersion) -> None:
    if version.status in (VersionStatus.SIGNED, VersionStatus.SUPERSEDED):
        raise ActionRefused(
            "This version was signed by both of you, and a signed version never changes. "
            "You can propose a change instead: it becomes a new version.",
            code="conflict",
        )
    if version.status == VersionStatus.SET_ASIDE:
        raise ActionRefused("This draft was set aside. You can start a new one.", code="conflict")


def agreement_draft_start(*, space: Space, by: User) -> AgreementVersion:
    """A new version to write in: a copy of the signed agreement (a proposed revision), or,
    the first time, a draft holding what you both already answered the same way."""
    roles = _partner_roles(space, by, "write your agreement")
    with transaction.atomic():
        _lock_space(space)
        ours = AgreementVersion.objects.filter(ours_now_q(roles))
        if ours.filter(status__in=[VersionStatus.DRAFT, VersionStatus.PROPOSED]).exists():
            raise ActionRefused(
                "There is already a draft waiting. You can open it and change it.",
                code="conflict",
            )
        signed = ours.filter(status=VersionStatus.SIGNED).first()
        revealed = latest_revealed_round(roles=roles)
        if signed is None and revealed is None:
            raise ActionRefused(
                "You can write your agreement once you have both answered the questions "
                "and seen your answers side by side.",
                code="conflict",
            )
        number = (ours.aggregate(n=Max("number"))["n"] or 0) + 1
        version = AgreementVersion.objects.create(
            space=space,
            together_since=_since(roles),
            number=number,
            based_on=signed,
            summary=signed.summary if signed else "",
            created_by=by,
        )
        if signed is not None:
            terms = [
                AgreementTerm(
                    version=version, behaviour_id=t.behaviour_id, stance=t.stance, note=t.note
                )
                for t in AgreementTerm.objects.filter(version=signed)
            ]
        else:
            assert revealed is not None
            terms = [
                AgreementTerm(version=version, behaviour_id=b_id, stance=stance)
                for b_id, stance in _shared_answers(revealed, roles).items()
            ]
        AgreementTerm.objects.bulk_create(terms)
    return version


def _shared_answers(revealed: Round, roles: SpaceRoles) -> dict[int, str]:
    """Behaviours both partners answered the same way (other than "need to talk")."""
    answers: dict[int, dict[int, str]] = {}
    for rating in Rating.objects.filter(round=revealed, partner_id__in=roles.partner_ids):
        answers.setdefault(rating.behaviour_id, {})[rating.partner_id] = rating.stance
    return {
        b_id: next(iter(by.values()))
        for b_id, by in answers.items()
        if len(by) == 2 and len(set(by.values())) == 1 and Stance.TALK not in by.values()
    }


@dataclass(frozen=True)
class DraftSaved:
    version: AgreementVersion
    signatures_cleared: bool


def agreement_draft_save(
    *,
    version: AgreementVersion,
    by: User,
    terms: Mapping[Any, tuple[Any, Any]],
    summary: str = "",
) -> DraftSaved:
    """Replace what an open version says. `terms` maps a behaviour's public id (`uid`) to
    (stance, note); a stance of "" means nothing agreed yet. Clears any signature already on
    it."""
    with transaction.atomic():
        version = _lock_version(version)
        roles = _partner_roles(version.space, by, "write your agreement")
        _require_ours(version, roles)
        _require_open(version)
        behaviours = _behaviours_by_uid(roles)
        rows: list[AgreementTerm] = []
        for raw_id, (raw_stance, raw_note) in terms.items():
            behaviour = _behaviour_in(behaviours, raw_id)
            behaviour_id, wording = behaviour.pk, behaviour.wording
            stance = raw_stance or ""
            if stance and (not isinstance(stance, str) or stance not in Stance.values):
                raise ActionRefused(
                    f"Please choose one of the answers for “{wording}”. Nothing was saved.",
                    code="invalid",
                )
            note = raw_note if isinstance(raw_note, str) else ""
            note = " ".join(note.split())
            if note:
                note = clean_text(
                    note, max_length=SHORT_TEXT_MAX, what=f"the note about “{wording}”"
                )
            if stance or note:
                rows.append(
                    AgreementTerm(
                        version=version, behaviour_id=behaviour_id, stance=stance, note=note
                    )
                )
        summary = summary.replace("\r\n", "\n").strip() if isinstance(summary, str) else ""
        if summary:
            summary = clean_text(summary, max_length=LONG_TEXT_MAX, what="what else you agree")
        AgreementTerm.objects.filter(version=version).delete()
        AgreementTerm.objects.bulk_create(rows)
        cleared, _ = AgreementSignature.objects.filter(version=version).delete()
        version.summary = summary
        version.status = VersionStatus.DRAFT
        version.updated_at = timezone.now()
        version.save(update_fields=["summary", "status", "updated_at"])
    return DraftSaved(version, signatures_cleared=bool(cleared))


def agreement_sign(*, version: AgreementVersion, by: User) -> AgreementVersion:
    """Put your name to an open version. It is signed when both partners have signed; the
    agreement it replaces is kept, unchanged, as an earlier version."""
    with transaction.atomic():
        version = _lock_version(version)
        roles = _partner_roles(version.space, by, "sign your agreement")
        _require_ours(version, roles)
        _require_open(version)
        if not roles.is_full:
            raise ActionRefused(
                "An agreement needs both of you. Your partner has not joined this space yet.",
                code="conflict",
            )
        if not version.summary and not AgreementTerm.objects.filter(version=version).exists():
            raise ActionRefused(
                "Nothing is written in this version yet. Write what you agree first.",
                code="invalid",
            )
        if AgreementSignature.objects.filter(version=version, partner=by).exists():
            raise ActionRefused(
                "You have already signed this. It is waiting for your partner.", code="conflict"
            )
        AgreementSignature.objects.create(version=version, partner=by)
        signers = set(
            AgreementSignature.objects.filter(
                version=version, partner_id__in=roles.partner_ids
            ).values_list("partner_id", flat=True)
        )
        now = timezone.now()
        if signers == roles.partner_ids:
            AgreementVersion.objects.filter(ours_now_q(roles), status=VersionStatus.SIGNED).update(
                status=VersionStatus.SUPERSEDED
            )
            version.status = VersionStatus.SIGNED
            version.signed_at = now
        else:
            version.status = VersionStatus.PROPOSED
        version.updated_at = now
        version.save(update_fields=["status", "signed_at", "updated_at"])
    return version


def agreement_revision_propose(*, space: Space, by: User) -> AgreementVersion:
    """Propose a change to the signed agreement: a new draft, copied from it. The signed
    version stays exactly as it is until both of you sign the new one."""
    roles = _partner_roles(space, by, "change your agreement")
    if not AgreementVersion.objects.filter(ours_now_q(roles), status=VersionStatus.SIGNED).exists():
        raise ActionRefused("There is no signed agreement to change yet.", code="conflict")
    return agreement_draft_start(space=space, by=by)


def agreement_note_add(*, version: AgreementVersion, by: User, text: str) -> AgreementNote:
    """A note to your partner about an open version: a question, a worry, a suggestion."""
    roles = _partner_roles(version.space, by, "write here")
    text = clean_text(text, max_length=LONG_TEXT_MAX, what="your note")
    with transaction.atomic():
        version = _lock_version(version)
        _require_ours(version, roles)
        _require_open(version)
        return AgreementNote.objects.create(version=version, author=by, text=text)


def agreement_set_aside(*, version: AgreementVersion, by: User) -> AgreementVersion:
    """Put an open draft or proposal aside. It stays in the history; the signed agreement,
    if there is one, is unchanged."""
    with transaction.atomic():
        version = _lock_version(version)
        roles = _partner_roles(version.space, by, "change your agreement")
        _require_ours(version, roles)
        _require_open(version)
        version.status = VersionStatus.SET_ASIDE
        version.updated_at = timezone.now()
        version.save(update_fields=["status", "updated_at"])
    return version
