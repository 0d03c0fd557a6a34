"""`Idempotency-Key` on POSTs that create: a replay changes nothing and answers 409
"replayed". The claim is amends.core.once.run_once, the same one the web forms use."""

import hashlib
from collections.abc import Callable
from typing import Annotated

from django.http import HttpRequest
from ninja import Header

from amends.core.once import run_once

from .auth import caller

HEADER = "Idempotency-Key"
KEY_MAX = 200

IdempotencyKey = Annotated[
    str | None,
    Header(
        None,
        alias=HEADER,
        max_length=KEY_MAX,
        description="Optional. A replay with the same key changes nothing (409 replayed).",
    ),
]


def once[**P, T](
    request: HttpRequest,
    key: str | None,
    service: Callable[P, T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> T:
    """Call a service (with the validated input, usually `**payload.dict()`) at most once per
    `Idempotency-Key`; without a key, simply call it."""
    key = (key or "").strip()
    if not key:
        return service(*args, **kwargs)
    user = caller(request)
    # Namespaced per person and hashed: one person's key never collides with another's,
    # and never with a web form's token.
    token = hashlib.sha256(f"api:{user.pk}:{key[:KEY_MAX]}".encode()).hexdigest()
    return run_once(token=token, user=user, action=lambda: service(*args, **kwargs))
