"""Sessions that keep ids only, sealed at rest (in the database and in Redis).

allauth records in the session how a person signed in, with the address they typed
(`account_authentication_methods`: method, time, e-mail). The address is dropped before a
session is stored, so a signed-in session keeps ids, times and methods only.

What a session holds for a short while besides (allauth's log-in state between the
password and the e-mail link or a two-step code, which names the address; a pending
invitation) is sealed like written text (`amends.core.crypto`), bound to the session's key: the
`django_session` table, its dumps, and Redis hold nothing readable. Sessions written before
sealing are still read, and sealed when next saved.

`SESSION_ENGINE` is `amends.sessions.db` or `amends.sessions.cached_db` (settings.py).
`Session.get_decoded()` cannot open a sealed session (it does not pass the key): load one
with `SessionStore(session_key).load()`.
"""

from typing import Any

from django.contrib.sessions.backends.base import SessionBase

from amends.core import crypto

# allauth's record of how this session signed in, and what of it is not an id.
AUTHENTICATION_RECORDS = "account_authentication_methods"
NOT_IDS = frozenset({"email", "username", "phone"})


def ids_only(data: dict[str, Any]) -> dict[str, Any]:
    """The session's data without the addresses allauth keeps in its sign-in records."""
    records = data.get(AUTHENTICATION_RECORDS)
    if isinstance(records, list) and any(
        isinstance(r, dict) and NOT_IDS & r.keys() for r in records
    ):
        data[AUTHENTICATION_RECORDS] = [
            {k: v for k, v in r.items() if k not in NOT_IDS} if isinstance(r, dict) else r
            for r in records
        ]
    return data


class SealedSession(SessionBase):
    """Mixed into Django's database-backed stores: `encode` seals, `decode` opens."""

    def _context(self) -> str:
        return f"amends-session:{self.session_key}"

    def save(self, must_create: bool = False) -> None:
        loaded = getattr(self, "_session_cache", None)
        if isinstance(loaded, dict):
            ids_only(loaded)
        super().save(must_create)

    def encode(self, session_dict: dict[str, Any]) -> str:
        if not self.session_key:
            raise ValueError("A session is sealed for its key: it needs one first.")
        text = self.serializer().dumps(ids_only(dict(session_dict))).decode("latin-1")
        return crypto.seal(text, context=self._context())

    def decode(self, session_data: bytes | str) -> dict[str, Any]:
        if isinstance(session_data, bytes) or not crypto.is_sealed(session_data):
            return super().decode(session_data)  # written before sealing, or nothing
        if not self.session_key:
            return {}
        try:
            text = crypto.open_sealed(session_data, context=self._context())
            loaded = self.serializer().loads(text.encode("latin-1"))
        except (crypto.CannotDecrypt, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}
