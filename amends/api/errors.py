"""Errors as JSON with one stable shape: {"detail": str, "code": str} (plus "errors" for
input that did not validate). Request bodies are intimate: nothing here ever echoes one,
and nothing here logs one."""

import logging
import traceback

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError

from amends.core.errors import ActionRefused

logger = logging.getLogger("amends.api")

# A refusal's code, as services raise it, to an HTTP status.
REFUSAL_STATUS: dict[str, int] = {
    "invalid": 422,
    "limit": 409,
    "refused": 400,
    "forbidden": 403,
    "not_found": 404,
    "conflict": 409,
    "used": 409,
    "full": 409,
    "expired": 409,
    "stale": 409,
    "replayed": 409,
}


class ValidationProblem(Schema):
    loc: list[str | int]
    msg: str
    type: str


class Error(Schema):
    detail: str
    code: str
    errors: list[ValidationProblem] | None = None


class ApiError(Exception):
    """Raised inside the API for refusals that are not a service's (auth, rate limits)."""

    def __init__(
        self, status: int, detail: str, code: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.code = code
        self.headers = headers or {}


def error_response(
    api: NinjaAPI,
    request: HttpRequest,
    status: int,
    detail: str,
    code: str,
    *,
    errors: list[dict[str, object]] | None = None,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    body: dict[str, object] = {"detail": detail, "code": code}
    if errors is not None:
        body["errors"] = errors
    response = api.create_response(request, body, status=status)
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def _clean_validation_errors(raw: list[dict[str, object]]) -> list[dict[str, object]]:
    """Where and why only: pydantic's `input` and `ctx` could carry what was sent."""
    cleaned: list[dict[str, object]] = []
    for item in raw:
        loc = item.get("loc", ())
        cleaned.append(
            {
                "loc": [p if isinstance(p, int) else str(p) for p in loc]
                if isinstance(loc, list | tuple)
                else [str(loc)],
                "msg": str(item.get("msg", "Invalid value.")),
                "type": str(item.get("type", "value_error")),
            }
        )
    return cleaned


def install(api: NinjaAPI) -> None:
    @api.exception_handler(ActionRefused)
    def refused(request: HttpRequest, exc: ActionRefused) -> HttpResponse:
        status = REFUSAL_STATUS.get(exc.code, 400)
        detail = "Not found." if status == 404 else exc.message
        return error_response(api, request, status, detail, exc.code)

    @api.exception_handler(ApiError)
    def api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return error_response(api, request, exc.status, exc.detail, exc.code, headers=exc.headers)

    @api.exception_handler(ValidationError)
    def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        return error_response(
            api,
            request,
            422,
            "Some of what was sent is not valid. See errors for where.",
            "invalid",
            errors=_clean_validation_errors(list(exc.errors)),
        )

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return error_response(api, request, 404, "Not found.", "not_found")

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return error_response(
            api,
            request,
            401,
            "Sign in first: send Authorization: Bearer <token>.",
            "unauthenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        status = exc.status_code
        if status == 400:
            # ninja's own parse errors (a body that is not JSON, for instance).
            return error_response(
                api, request, 400, "The request body is not valid JSON.", "bad_request"
            )
        if status == 429:
            return error_response(api, request, 429, "Too many requests.", "rate_limited")
        return error_response(api, request, status, str(exc.message), "error")

    @api.exception_handler(Exception)
    def unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
        # The type, the path and where in the code: never the body, nor the exception's
        # message (a database error can quote the values it was given).
        logger.error(
            "API error %s on %s %s\n%s",
            type(exc).__name__,
            request.method,
            request.path,
            "".join(traceback.format_tb(exc.__traceback__)),
        )
        return error_response(
            api, request, 500, "Something went wrong on our side. Please try again.", "server_error"
        )
