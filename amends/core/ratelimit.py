"""A small fixed-window rate limit on the shared cache (Redis in production).
Pages use `allow`; the API uses `attempt` for its Retry-After header."""

import time

from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac


def client_ip(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR", "unknown"))


def attempt(key: str, *, window_seconds: int) -> tuple[int, int]:
    """Count one attempt under `key`: (attempts in this window, seconds until it ends)."""
    now = time.time()
    # Keyed with the secret: a key in Redis names no e-mail address, even to someone who
    # guesses addresses and hashes them.
    digest = salted_hmac("amends.core.ratelimit", key, algorithm="sha256").hexdigest()[:32]
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
