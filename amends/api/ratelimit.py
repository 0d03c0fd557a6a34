"""A fixed-window rate limit in Django's cache (shared across workers when it is Redis)."""

import hashlib
import time

from django.core.cache import cache

from .errors import ApiError


def hit(scope: str, who: str, *, limit: int, window: int = 60) -> None:
    """Count one attempt; refuse with 429 and Retry-After once `limit` is passed."""
    now = time.time()
    bucket = int(now // window)
    digest = hashlib.sha256(who.encode("utf-8", "replace")).hexdigest()[:32]
    key = f"amends:api:rl:{scope}:{digest}:{bucket}"
    cache.add(key, 0, timeout=window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window + 1)
        count = 1
    if count > limit:
        retry_after = max(1, int(window - (now % window)) + 1)
        raise ApiError(
            429,
            "Too many attempts. Please wait a minute and try again.",
            "rate_limited",
            headers={"Retry-After": str(retry_after)},
        )
