"""The API's rate limit: the shared counter, answered as 429 with Retry-After."""

from amends.core.ratelimit import attempt

from .errors import ApiError


def hit(scope: str, who: str, *, limit: int, window: int = 60) -> None:
    """Count one attempt; refuse with 429 and Retry-After once `limit` is passed."""
    count, retry_after = attempt(f"api:{scope}:{who}", window_seconds=window)
    if count > limit:
        raise ApiError(
            429,
            "Too many attempts. Please wait a minute and try again.",
            "rate_limited",
            headers={"Retry-After": str(retry_after)},
        )
