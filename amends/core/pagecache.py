"""What one person sees on a space page, kept for a few minutes and served again while
nothing *they may see* in the space has changed.

A kept page is found only under a key made of everything the page depends on: the viewer's
membership and its version (which the database raises on any change this member could be
shown, and on no other, see `versioning`), the address, the day, the CSRF secret its forms
were signed with, and the htmx headers. So another person's private act changes neither the
key nor whether it is found: what the viewer observes, time included, depends only on what
they may see. Every check runs before the cache is asked, on data read afresh: log-in,
membership and roles, the journal lock, the HTTP method. The cache never decides who may
see what; it only spares rendering a page again for the same person when the answer cannot
differ.

A page served again gets a fresh CSP nonce, a freshly masked CSRF token and fresh one-time
form tokens, exactly as a page rendered afresh does: no token is stable between responses.

What is kept holds what people wrote, in clear once rendered, so it is sealed with the
encryption-at-rest key and bound to its cache key before it leaves the process: Redis, its
snapshots and its replicas hold nothing readable, and a value moved to another key does
not open.

Every key names the space (`s<id>`) and the people (`p<id>`) whose pages or figures it
holds, so `amends.core.cache.forget_person` removes all of it when an account is deleted.
"""

from __future__ import annotations

import hashlib
import pickle
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

from amends.core.crypto import CannotDecrypt, open_sealed_bytes, seal_bytes
from amends.spaces.models import Space
from amends.spaces.selectors import SpaceRoles

from .once import refresh_form_tokens
from .versioning import AREAS

KEY_PREFIX = "amends:page:v3"  # v3: the kept classes moved to amends.core (30 Nov 2026)
_CSRF_IN_HTML = re.compile(r'(name="csrfmiddlewaretoken" value=")([^"]+)(")')


@dataclass(frozen=True)
class _Kept:
    body: str
    nonce: str
    headers: tuple[tuple[str, str], ...]


def _seconds() -> int:
    return int(settings.AMENDS_PAGE_CACHE_SECONDS)


def _store(key: str, value: object, seconds: int) -> None:
    cache.set(key, seal_bytes(pickle.dumps(value), context=key), seconds)


def _load(key: str) -> object | None:
    return _open(key, cache.get(key))


def page_key(
    request: HttpRequest, space: Space, roles: SpaceRoles, areas: tuple[str, ...] = ()
) -> str | None:
    """Where the page this request asks for is kept, or None when it must not be kept. Made
    only of what the viewer may see and of their own request. A page that shows only some
    areas (versioning.AREAS) is keyed by their numbers, else by the number for anything."""
    if request.method not in ("GET", "HEAD") or _seconds() <= 0:
        return None
    seen = roles.seen_by(request.user)  # type: ignore[arg-type]
    if seen is None:
        return None
    csrf_secret = request.META.get("CSRF_COOKIE")
    if not csrf_secret:
        # Its forms would carry tokens for a secret this browser has not been given yet.
        return None
    if len(messages.get_messages(request)):
        return None  # a one-off notice belongs to this response only
    parts = (
        request.get_full_path(),
        str(request.user.pk),
        str(seen.membership_id),
        ",".join([f"{a}:{getattr(seen, f'{a}_version')}" for a in areas] or [str(seen.version)]),
        timezone.localdate().isoformat(),
        csrf_secret,
        request.headers.get("HX-Request", ""),
        request.headers.get("HX-Target", ""),
    )
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"{KEY_PREFIX}:s{space.pk}:p{request.user.pk}:{digest}"


def _keep(request: HttpRequest, response: HttpResponse) -> _Kept | None:
    if response.status_code != 200 or response.streaming or response.cookies:
        return None
    nonce = getattr(request, "_csp_nonce", None)
    return _Kept(
        body=response.content.decode(response.charset),
        nonce=str(nonce) if nonce else "",
        headers=tuple((k, v) for k, v in response.headers.items()),
    )


def _serve(request: HttpRequest, kept: _Kept) -> HttpResponse:
    body = kept.body
    if kept.nonce:
        body = body.replace(kept.nonce, str(request._csp_nonce))  # type: ignore[attr-defined]
    # One freshly masked CSRF token for the page's forms, as a render afresh would have.
    csrf = get_token(request)
    body = _CSRF_IN_HTML.sub(lambda m: f"{m[1]}{csrf}{m[3]}", body)
    response = HttpResponse(refresh_form_tokens(body))
    for header, value in kept.headers:
        response.headers[header] = value
    return response


def _kept_key(
    kind: str, parts: tuple[object, ...], space_id: int | None, people: Iterable[int]
) -> str:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
    owners = "".join(f"p{int(p)}:" for p in sorted(set(people)))
    where = f"s{int(space_id)}:" if space_id is not None else ""
    return f"amends:{kind}:v3:{where}{owners}{digest}"


def _open(key: str, blob: object) -> object | None:
    if not isinstance(blob, bytes):
        return None
    try:
        return pickle.loads(open_sealed_bytes(blob, context=key))  # noqa: S301
    except CannotDecrypt:
        return None  # sealed under a key since retired: render afresh


def remember[T](
    kind: str,
    parts: tuple[object, ...],
    compute: Callable[[], T],
    *,
    space_id: int | None = None,
    people: Iterable[int] = (),
    seconds: int | None = None,
) -> T:
    """`compute()`, kept under `kind` and `parts`, which must include a version of what it
    reads that only changes with what the person it is for may see (see versioning), and
    who they are (their membership). `space_id` and `people` (everyone whose figures or
    names it holds, and the viewer) go into the key so that `amends.core.cache.forget_person`
    finds it. Kept for `seconds` (default: as long as a page; nothing is kept when pages
    are not)."""
    found = remember_many(
        kind,
        {0: Keep(parts, space_id, tuple(people))},
        lambda missing: {k: compute() for k in missing},
        seconds=seconds,
    )
    return found[0]


@dataclass(frozen=True)
class Keep:
    """Where `remember_many` keeps one value: its parts (None: never kept, always made
    afresh), its space and people, as for `remember`."""

    parts: tuple[object, ...] | None
    space_id: int | None = None
    people: tuple[int, ...] = ()


def remember_many[K, T](
    kind: str,
    wanted: dict[K, Keep],
    compute: Callable[[list[K]], dict[K, T]],
    *,
    seconds: int | None = None,
) -> dict[K, T]:
    """`remember` for many values at once: each is kept under its own key, exactly as
    `remember` keeps it (so a kept value is found by either), the kept ones are read in one
    look at the cache, and the missing ones are made together by one `compute(missing)`,
    which returns a value for each of them."""
    seconds = _seconds() if seconds is None or _seconds() <= 0 else seconds
    keys = {
        k: _kept_key(kind, w.parts, w.space_id, w.people)
        for k, w in wanted.items()
        if w.parts is not None and seconds > 0
    }
    blobs = cache.get_many(list(keys.values())) if keys else {}
    found: dict[K, T] = {}
    for k, key in keys.items():
        kept = _open(key, blobs.get(key))
        if kept is not None:
            found[k] = kept  # type: ignore[assignment]
    missing = [k for k in wanted if k not in found]
    if missing:
        made = compute(missing)
        for k in missing:
            found[k] = made[k]
            if k in keys:
                _store(keys[k], made[k], seconds)
    return {k: found[k] for k in wanted}


def kept_for_viewer[V: Callable[..., HttpResponse]](
    view: V | None = None, *, areas: tuple[str, ...] = ()
) -> Any:
    """Serve a space page (view(request, space, roles, ...)) from the cache when the same
    person asks for it again and nothing it shows has changed. Goes innermost, under every
    decorator that checks access. `@kept_for_viewer(areas=("talk",))` for a page that shows
    only those areas (and what every page shows: people, the program): it stays kept while
    other areas change. tests/privacy/test_area_versions.py checks each such page against writes
    to every other area."""
    unknown = set(areas) - set(AREAS)
    if unknown:
        raise ValueError(f"Not areas: {sorted(unknown)} (see versioning.AREAS)")
    if view is None:
        return lambda v: kept_for_viewer(v, areas=areas)

    @wraps(view)
    def wrapper(
        request: HttpRequest, space: Space, roles: SpaceRoles, *args: Any, **kwargs: Any
    ) -> HttpResponse:
        key = page_key(request, space, roles, areas)
        if key is not None:
            kept = _load(key)
            if isinstance(kept, _Kept):
                return _serve(request, kept)
        response = view(request, space, roles, *args, **kwargs)
        if key is not None:
            # A kept page renews the CSRF cookie when it is served again (`_serve`); a page
            # rendered afresh does the same, form or no form, so that whether a page was kept
            # (or pushed out of a full cache by anyone's reading) never shows in its headers.
            get_token(request)
            if (keep := _keep(request, response)) is not None:
                _store(key, keep, _seconds())
        return response

    wrapper.kept_areas = areas  # type: ignore[attr-defined]  # read by the tests
    return wrapper
