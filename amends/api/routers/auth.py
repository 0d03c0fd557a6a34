"""POST /auth/token (the only call without a token), re-authentication for the journal
lock, and the owner's list of tokens."""

from datetime import datetime
from typing import Annotated

from django.http import HttpRequest
from ninja import Field, Path, Router, Schema, Status
from ninja.pagination import paginate

from amends.core.limits import NAME_MAX, PASSWORD_MAX

from .. import ratelimit
from ..auth import caller, current_token
from ..common import ERRORS
from ..models import ApiToken
from ..pagination import Mapped, Page
from ..schemas import _Clean
from ..tokens import token_create, token_reauthenticate, token_revoke, tokens_of

router = Router()

# Token creation, per address per minute. A wrong password also counts against the one
# per-account limit the web log-in uses (amends/api/tokens.py `check_password`).
PER_IP = 10


class TokenIn(Schema):
    email: Annotated[str, Field(max_length=254), _Clean]
    password: Annotated[str, Field(max_length=PASSWORD_MAX), _Clean]
    code: Annotated[str | None, Field(None, max_length=64), _Clean] = Field(
        None, description="A TOTP or recovery code; required when two-factor is on."
    )
    name: Annotated[str, Field(max_length=NAME_MAX), _Clean] = Field(
        "", description="A label to recognise the token by, e.g. 'my laptop'."
    )


class TokenOut(Schema):
    token: str
    id: str
    expires_at: datetime


class TokenInfo(Schema):
    id: str
    name: str
    created_at: datetime
    expires_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None
    active: bool
    current: bool


@router.post("/token", auth=None, response={200: TokenOut, **ERRORS}, operation_id="token_create")
def create_token(request: HttpRequest, payload: TokenIn) -> dict[str, object]:
    """Exchange an e-mail and password (and, with two-factor on, a code) for a token."""
    ratelimit.hit("token-ip", request.META.get("REMOTE_ADDR", ""), limit=PER_IP)
    row, token = token_create(
        request=request,
        email=payload.email,
        password=payload.password,
        code=payload.code,
        name=payload.name,
    )
    return {"token": token, "id": row.key_id, "expires_at": row.expires_at}


class ReauthIn(Schema):
    password: Annotated[str, Field(max_length=PASSWORD_MAX), _Clean]
    code: Annotated[str | None, Field(None, max_length=64), _Clean] = Field(
        None, description="A TOTP or recovery code; required when two-factor is on."
    )


class ReauthOut(Schema):
    reauthenticated_at: datetime


@router.post(
    "/reauthenticate",
    response={200: ReauthOut, **ERRORS},
    operation_id="token_reauthenticate",
)
def reauthenticate(request: HttpRequest, payload: ReauthIn) -> dict[str, object]:
    """Give your password (and code) again for this token. With the journal lock on, calls
    that return private text in bulk (the journal, reflections, the export) answer 403
    `reauthentication_required` unless this was done in the last few minutes."""
    ratelimit.hit("token-ip", request.META.get("REMOTE_ADDR", ""), limit=PER_IP)
    row = current_token(request)
    assert row is not None
    row = token_reauthenticate(
        request=request, row=row, password=payload.password, code=payload.code
    )
    return {"reauthenticated_at": row.reauthenticated_at}


def _info(row: ApiToken, current: ApiToken | None) -> dict[str, object]:
    return {
        "id": row.key_id,
        "name": row.name,
        "created_at": row.created_at,
        "expires_at": row.expires_at,
        "last_used_at": row.last_used_at,
        "revoked_at": row.revoked_at,
        "active": row.is_active,
        "current": current is not None and current.pk == row.pk,
    }


@router.get("/tokens", response={200: list[TokenInfo], **ERRORS}, operation_id="token_list")
@paginate(Page)
def list_tokens(request: HttpRequest) -> list[dict[str, object]]:
    """Your tokens, newest first (never the tokens themselves)."""
    current = current_token(request)
    return Mapped(tokens_of(user=caller(request)), lambda row: _info(row, current))  # type: ignore[return-value]


KeyId = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$")]


@router.delete("/tokens/{token_id}", response={204: None, **ERRORS}, operation_id="token_revoke")
def revoke_token(request: HttpRequest, token_id: KeyId) -> Status[None]:
    """Revoke one of your tokens (it stops working at once). Revoking twice is fine."""
    token_revoke(user=caller(request), key_id=token_id)
    return Status(204, None)
