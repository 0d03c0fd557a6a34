"""The shared cache (Redis), sealed: nothing readable in it, whoever wrote the value.

`SealedRedisCache` is Django's RedisCache with one difference: every value is pickled,
then sealed with the encryption-at-rest key (AES-GCM, `crypto.seal_bytes`) and bound to its
full cache key before it is sent to Redis. That covers values Amends keeps itself (pages,
overviews, charts, roles), sessions (`cached_db`), and what libraries keep (allauth's rate
limits, used two-step codes). A value copied to another key, tampered with, or sealed under
a retired key reads as missing, and is never unpickled.

The one exception is a bare integer: a counter that Redis must increment in place (rate
limits). It is a count under a key of hashes, and says nothing else.

The per-process memory cache (development, one server) is not sealed: it never leaves the
process. Amends' own kept values are sealed before they reach any cache anyway
(`core/pagecache.py`).

`delete_matching` removes keys by pattern (Redis or the memory cache), for deleting an
account: see `forget_person`.
"""

import fnmatch
import re
from collections.abc import Iterable
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from amends.core import crypto

_COUNTER = re.compile(rb"-?[0-9]+")
_MISSING = object()


class _Sealed:
    """A value already sealed for its key: goes to Redis as it is."""

    __slots__ = ("blob",)

    def __init__(self, blob: Any) -> None:
        self.blob = blob


class _Serializer:
    """The configured serializer, letting `_Sealed` values through untouched."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def dumps(self, obj: Any) -> Any:
        return obj.blob if isinstance(obj, _Sealed) else self.inner.dumps(obj)

    def loads(self, data: Any) -> Any:
        return self.inner.loads(data)


class SealedRedisCacheClient(RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._inner: Any = getattr(self, "_serializer")  # noqa: B009 - set by the parent
        self._serializer = _Serializer(self._inner)

    def _seal(self, key: str, value: Any) -> _Sealed:
        data = self._inner.dumps(value)
        if isinstance(data, int):
            return _Sealed(data)  # a counter: Redis increments it in place
        return _Sealed(crypto.seal_bytes(data, context=key))

    def _open(self, key: str, blob: bytes) -> Any:
        if _COUNTER.fullmatch(blob):
            return int(blob)
        try:
            data = crypto.open_sealed_bytes(blob, context=key)
        except crypto.CannotDecrypt:
            return _MISSING  # moved, tampered with, or its key retired: as if absent
        return self._inner.loads(data)

    # Keys reach these methods already made (prefix, version): Django passes str.

    def add(self, key: Any, value: Any, timeout: Any) -> bool:
        return bool(super().add(key, self._seal(key, value), timeout))

    def set(self, key: Any, value: Any, timeout: Any) -> None:
        super().set(key, self._seal(key, value), timeout)

    def set_many(self, data: Any, timeout: Any) -> None:
        super().set_many({k: self._seal(k, v) for k, v in data.items()}, timeout)

    def get(self, key: Any, default: Any) -> Any:
        blob: Any = self.get_client(key).get(key)
        if blob is None:
            return default
        value = self._open(key, blob)
        return default if value is _MISSING else value

    def get_many(self, keys: Any) -> Any:
        keys = list(keys)
        blobs: Any = self.get_client(None).mget(keys)
        opened = {k: self._open(k, b) for k, b in zip(keys, blobs, strict=True) if b is not None}
        return {k: v for k, v in opened.items() if v is not _MISSING}


class SealedRedisCache(RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = SealedRedisCacheClient


def delete_matching(patterns: Iterable[str], *, alias: str = "default") -> int:
    """Delete every key matching any of `patterns` (glob, before the cache's own prefix
    and version). Works on Redis and the memory cache; other backends keep their values
    until they expire. Returns how many were deleted."""
    backend = caches[alias]
    full = [backend.make_key(p) for p in patterns]
    if isinstance(backend, RedisCache):
        client = backend._cache.get_client(None, write=True)
        deleted = 0
        for pattern in full:
            keys = list(client.scan_iter(match=pattern, count=1000))
            for start in range(0, len(keys), 500):
                deleted += int(client.delete(*keys[start : start + 500]))
        return deleted
    if isinstance(backend, LocMemCache):
        memory: Any = backend  # its store is private to Django: read with care
        with memory._lock:
            doomed = [
                k for k in list(memory._cache) if any(fnmatch.fnmatchcase(k, p) for p in full)
            ]
            for key in doomed:
                memory._delete(key)
        return len(doomed)
    return 0


def forget_person(*, person_id: int, space_ids: Iterable[int] = ()) -> int:
    """Everything the cache holds for or about a person whose account is being deleted:
    what Amends kept for them, or showing them, and for the spaces they were in (see
    pagecache), and what allauth keeps under their id (rate limits, used two-step codes)."""
    pid = int(person_id)
    patterns = [
        f"amends:*:p{pid}:*",
        f"allauth:rl:*:user:{pid}",
        f"allauth.mfa.totp.used?user={pid}&*",
    ]
    patterns += [f"amends:*:s{int(space_id)}:*" for space_id in space_ids]
    return delete_matching(patterns)
