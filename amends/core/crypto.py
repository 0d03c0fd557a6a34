"""Encryption at rest for what people write.

Each value is sealed with AES-256-GCM under the newest key, with *associated data* naming
the model, the field and the row's own random id. A ciphertext therefore opens only in
the exact place it was written: copied into another row or field (say, from a private
journal entry into a shared message), it does not decrypt.

Keys come from AMENDS_ENCRYPTION_KEYS: a comma-separated list of base64 (url-safe)
32-byte keys, newest first. Older keys are kept only to read old values;
`amends reencrypt` moves everything to the newest key. Stored format:

    enc1:<key id>:<base64 of nonce (12 bytes) + ciphertext and tag>

Without AMENDS_ENCRYPTION_KEYS (development and tests only; production refuses to start)
a key is derived from the SECRET_KEY, so a fresh checkout works with no set-up.
"""

import base64
import hashlib
import os
from dataclasses import dataclass
from functools import cache

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

PREFIX = "enc1"


class CannotDecrypt(Exception):
    """The value was not sealed for this place, or its key is gone."""


@dataclass(frozen=True)
class Key:
    id: str
    aead: AESGCM


def _key_id(raw: bytes) -> str:
    return hashlib.sha256(b"amends-key-id" + raw).hexdigest()[:8]


def _decode_key(text: str) -> bytes:
    padded = text.strip() + "=" * (-len(text.strip()) % 4)
    try:
        raw = base64.urlsafe_b64decode(padded)
    except ValueError as bad:
        raise ImproperlyConfigured(
            "AMENDS_ENCRYPTION_KEYS holds a key that is not base64."
        ) from bad
    if len(raw) != 32:
        raise ImproperlyConfigured("Each key in AMENDS_ENCRYPTION_KEYS must be 32 bytes.")
    return raw


@cache
def keys() -> tuple[Key, ...]:
    configured: list[str] = list(settings.AMENDS_ENCRYPTION_KEYS)
    if not configured:
        derived = hashlib.sha256(b"amends-dev-encryption:" + settings.SECRET_KEY.encode()).digest()
        raws = [derived]
    else:
        raws = [_decode_key(k) for k in configured]
    return tuple(Key(_key_id(raw), AESGCM(raw)) for raw in raws)


def new_key() -> str:
    """A fresh key, printed by `amends reencrypt --new-key` for operators."""
    return base64.urlsafe_b64encode(os.urandom(32)).decode().rstrip("=")


def is_sealed(value: str) -> bool:
    return value.startswith(PREFIX + ":")


def key_id_of(value: str) -> str:
    return value.split(":", 2)[1] if is_sealed(value) else ""


def seal(plaintext: str, *, context: str) -> str:
    key = keys()[0]
    nonce = os.urandom(12)
    body = key.aead.encrypt(nonce, plaintext.encode("utf-8"), context.encode("utf-8"))
    return f"{PREFIX}:{key.id}:{base64.urlsafe_b64encode(nonce + body).decode()}"


def open_sealed(value: str, *, context: str) -> str:
    try:
        _prefix, key_id, payload = value.split(":", 2)
        blob = base64.urlsafe_b64decode(payload)
    except ValueError as bad:
        raise CannotDecrypt("Malformed value.") from bad
    for key in keys():
        if key.id == key_id:
            try:
                return key.aead.decrypt(blob[:12], blob[12:], context.encode("utf-8")).decode()
            except (InvalidTag, UnicodeDecodeError) as bad:
                raise CannotDecrypt("Not sealed for this place.") from bad
    raise CannotDecrypt("Its key is no longer configured.")


def seal_bytes(data: bytes, *, context: str) -> bytes:
    """Like `seal`, for bytes kept outside the database (the cache): key id, nonce, body."""
    key = keys()[0]
    nonce = os.urandom(12)
    return key.id.encode() + nonce + key.aead.encrypt(nonce, data, context.encode("utf-8"))


def open_sealed_bytes(blob: bytes, *, context: str) -> bytes:
    key_id, nonce, body = blob[:8].decode("ascii", "replace"), blob[8:20], blob[20:]
    for key in keys():
        if key.id == key_id:
            try:
                return key.aead.decrypt(nonce, body, context.encode("utf-8"))
            except InvalidTag as bad:
                raise CannotDecrypt("Not sealed for this place.") from bad
    raise CannotDecrypt("Its key is no longer configured.")
