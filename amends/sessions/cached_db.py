"""Sessions read from the shared cache and written through to the database, sealed in
both, keeping ids only (see amends.sessions and amends.core.cache)."""

from django.contrib.sessions.backends import cached_db

from . import SealedSession


class SessionStore(SealedSession, cached_db.SessionStore):
    cache_key_prefix = "amends-session:"
