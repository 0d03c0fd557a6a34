"""Writes about a person's own account: its security, the journal lock, deleting it."""

import secrets
from importlib import import_module

from allauth.usersessions.models import UserSession
from django.apps import apps
from django.conf import settings
from django.contrib.auth import HASH_SESSION_KEY
from django.contrib.sessions.backends.base import SessionBase
from django.db import transaction
from django.utils import timezone

from amends.checkins.services import trump_tally_refresh
from amends.core.cache import forget_person
from amends.core.errors import ActionRefused
from amends.spaces.models import Membership, Role, Space
from amends.spaces.services import professional_access_end_if_alone, spaces_mark_partner_left

from . import audit
from .models import User

REMOVED = "(The person who wrote this is no longer here, and their words went with them.)"


def account_delete(*, by: User, password: str) -> None:
    """Delete a person and everything they wrote, at once.

    Their private items go with them. Their shared words go too; the partner keeps their
    own. A breach the deleted person recorded, on which the partner has written, stays for
    the partner with its description removed. A professional's access ends with the space.
    """
    if by.has_usable_password() and not by.check_password(password):
        raise ActionRefused("That password is not right. Nothing was deleted.", code="invalid")
    with transaction.atomic():
        breach_model = apps.get_model("repair", "Breach")
        space_ids = list(
            Membership.objects.filter(user=by, role=Role.PARTNER).values_list("space_id", flat=True)
        )
        for breach in breach_model.objects.filter(author=by):
            other = _other_writer(breach, by)
            if other is None:
                continue
            breach.author = other
            breach.recorded_by = other
            breach.description = REMOVED
            breach.category_other = ""
            breach.agreement_term = ""
            breach.save()
        _erase_words_written_on_others_items(by)
        # The partner who stays is told that their partner left, without details.
        partner_of = set(
            Membership.objects.filter(user=by, role=Role.PARTNER, left_at__isnull=True).values_list(
                "space_id", flat=True
            )
        )
        spaces_mark_partner_left(space_ids=sorted(partner_of), at=timezone.now())
        audit.record("account_deleted")
        all_space_ids = set(Membership.objects.filter(user=by).values_list("space_id", flat=True))
        sessions = list(UserSession.objects.filter(user=by).values_list("session_key", flat=True))
        person_id = by.pk
        by.delete()
        for space in Space.objects.filter(pk__in=space_ids):
            professional_access_end_if_alone(space=space)
            trump_tally_refresh(space=space)  # their forgiveness went with them
        # Once it is done: their sessions end everywhere, and nothing kept for or about
        # them stays in the cache (pages, overviews, charts, rate limits).
        transaction.on_commit(
            lambda: _forget_everywhere(person_id, sessions, all_space_ids), robust=True
        )


def _forget_everywhere(person_id: int, session_keys: list[str], space_ids: set[int]) -> None:
    store = import_module(settings.SESSION_ENGINE).SessionStore
    for key in session_keys:
        store().delete(key)
    forget_person(person_id=person_id, space_ids=space_ids)


def _erase_words_written_on_others_items(user: User) -> None:
    """What this person wrote inside a row someone else wrote goes too: their answers to
    the partner's questions, and their answers to the partner's repair attempts. The rows
    stay with their authors; only the deleted person's words (and choice) leave."""
    question = apps.get_model("repair", "Question")
    attempt = apps.get_model("repair", "RepairAttempt")
    for q in question.objects.filter(breach__injuring_partner=user, answered_at__isnull=False):
        q.answer = ""
        q.save(update_fields=["answer"])
    for a in attempt.objects.filter(breach__hurt_partner=user, acknowledged_at__isnull=False):
        a.acknowledgement = ""
        a.acknowledgement_note = ""
        a.acknowledged_at = None
        a.save(update_fields=["acknowledgement", "acknowledgement_note", "acknowledged_at"])


def _other_writer(breach: object, user: User) -> User | None:
    """The partner, if they wrote anything on this breach's path."""
    for model in apps.get_app_config("repair").get_models():
        names = {f.name for f in model._meta.get_fields()}
        if "breach" in names and "author" in names:
            item = model._default_manager.filter(breach=breach).exclude(author=user).first()
            if item is not None:
                return item.author  # type: ignore[attr-defined]
    return None


def journal_lock_set(*, by: User, enabled: bool) -> None:
    """Turning the lock off is guarded by re-authentication (amends/accounts/reauth.py)."""
    by.journal_reauth = bool(enabled)
    by.save(update_fields=["journal_reauth"])


def security_credentials_reset(*, by: User, keep_session: SessionBase | None = None) -> None:
    """Something that guards the account changed: the password was changed or reset,
    two-step log-in turned on or off, recovery codes made anew, or the person asked to be
    signed out everywhere. Whoever had a way in before keeps none of it: every API token
    ends, and every session but `keep_session` (the one that made the change, if any).

    Sessions end two ways: the ones allauth lists are deleted from the session store, and
    the session stamp changes, so any other session (another server, a session not listed)
    no longer proves a log-in on its next request.
    """
    from amends.api.tokens import tokens_end_all

    keep_key = keep_session.session_key if keep_session is not None else None
    with transaction.atomic():
        by.session_stamp = secrets.token_hex(16)
        by.save(update_fields=["session_stamp"])
        if tokens_end_all(user=by):
            audit.record("api_token_revoked", user=by)
        others = [s for s in UserSession.objects.filter(user_id=by.pk) if s.session_key != keep_key]
    for session in others:
        session.end()
    if keep_session is not None:
        keep_session[HASH_SESSION_KEY] = by.get_session_auth_hash()


def sessions_end_everywhere(*, by: User, keep_session: SessionBase | None = None) -> None:
    """The person's own "sign out everywhere": the same reset, recorded as asked for."""
    security_credentials_reset(by=by, keep_session=keep_session)
    audit.record("signed_out_everywhere", user=by)
