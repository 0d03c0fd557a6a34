"""A small fixed-window rate limit on the shared cache (Redis in production).
Pages use `allow`; the API uses `attempt` for its Retry-After header."""

import hashlib
import time

from django.core.cache import cache
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR", "unknown"))


def attempt(key: str, *, window_seconds: int) -> tuple[int, int]:
    """Count one attempt under `key`: (attempts in this window, seconds until it ends)."""
    now = time.time()
    digest = hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:32]
    bucket = f"amends-rl:{digest}:{int(now // window_seconds)}"
    cache.add(bucket, 0, timeout=window_seconds + 1)
    try:
        count = int(cache.incr(bucket))
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, timeout=window_seconds + 1)
        count = 1
    return count, max(1, int(window_seconds - (now % window_seconds)) + 1)


def allow(key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one attempt; False once `limit` attempts were made in this window."""
    count, _ = attempt(key, window_seconds=window_seconds)
    return count <= limit
