"""The versioned JSON API, /api/v1/. Thin: every read is a selector through
amends.spaces.visibility, every write a service function, every refusal ActionRefused."""

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI

from . import errors
from .auth import BearerToken, name_the_operation
from .routers import (
    afterwards,
    agreement,
    auth,
    checkins,
    coach,
    disclosure,
    journal,
    me,
    repair,
    spaces,
    talk,
    transparency,
)

api = NinjaAPI(
    title="Amends API",
    version="1",
    description=(
        "The same app as the web pages, for programs: spaces and invites, the journal, the "
        "agreement, breaches and every step of the repair path, talk and the coach, check-ins, "
        "progress and your export. Every call "
        "but POST /auth/token takes `Authorization: Bearer <token>`. Errors are "
        '`{"detail", "code"}`. Lists take `limit` (at most 100) and `offset`. With the '
        "journal lock on, calls that return private text in bulk (the journal, reflections, "
        "the export) answer 403 `reauthentication_required` until the token's owner gives "
        "their password again with POST /auth/reauthenticate (it lasts a few minutes). A "
        "token ends when its owner changes their password or two-step log-in, or signs out "
        "everywhere."
    ),
    urls_namespace="api-v1",
    auth=BearerToken(),
    docs_url=None,
)
errors.install(api)
api.add_decorator(name_the_operation, mode="view")


@api.exception_handler(RequestDataTooBig)
def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    return errors.error_response(
        api, request, 413, "That is too much to send at once.", "too_large"
    )


@api.exception_handler(SuspiciousOperation)
def suspicious(request: HttpRequest, exc: SuspiciousOperation) -> HttpResponse:
    return errors.error_response(api, request, 400, "The request could not be read.", "bad_request")


api.add_router("/auth", auth.router, tags=["auth"])
api.add_router("/", me.router, tags=["me"])
api.add_router("/", spaces.router, tags=["spaces"])
api.add_router("/", journal.router, tags=["journal"])
api.add_router("/", repair.router, tags=["repair"])
api.add_router("/", talk.router, tags=["talk"])
api.add_router("/", agreement.router, tags=["agreement"])
api.add_router("/coach", coach.router, tags=["coach"])
api.add_router("/", checkins.router, tags=["checkins"])
api.add_router("/", afterwards.router, tags=["afterwards"])
api.add_router("/", transparency.router, tags=["transparency"])
api.add_router("/", disclosure.router, tags=["disclosure"])
