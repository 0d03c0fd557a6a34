"""Routes that work the same way on every step of one breach's repair path, so that the repair
router declares them in a table instead of writing each out: list a step's items, add one,
act on the breach, act on one item. Every one goes through `OnBreach`: the caller, their
space's roles (a 404 for a non-member) and the breach named in the path (a 404 if they may
not see it), with its items fetched by public id through visibility (another person's
private item is a 404, exactly like a missing one) and shown as this caller may see them.
"""

import inspect
from collections.abc import Callable, Mapping
from typing import Any

from django.db.models import Model
from django.http import HttpRequest
from ninja import Router, Status
from ninja.pagination import paginate

from amends.repair import selectors
from amends.repair.models import (
    AccountabilityStatement,
    ImpactStatement,
    Promise,
    Question,
    RepairAttempt,
)
from amends.spaces.visibility import visible_or_404

from .common import ERRORS, member_space
from .idempotency import IdempotencyKey, once
from .pagination import Mapped, Page
from .schemas import ItemId, SpaceId


class OnBreach:
    """The caller, the space's roles and the breach named in the path, and how each kind of
    row is shown to this caller."""

    def __init__(self, request: HttpRequest, space_id: object, breach_id: object) -> None:
        self.me, _, self.roles = member_space(request, space_id)
        self.breach = selectors.breach_or_404(viewer=self.me, roles=self.roles, breach_id=breach_id)
        # Who acts on what, as the services take it; what a selector reads for whom.
        self.by: dict[str, Any] = {"breach": self.breach, "by": self.me}
        self.seen: dict[str, Any] = {"breach": self.breach, "viewer": self.me, "roles": self.roles}

    def get[M: Model](self, model: type[M], uid: object, *prefetch: str) -> M:
        rows = model._default_manager.filter(breach=self.breach).prefetch_related(*prefetch)
        return visible_or_404(rows, uid, self.me, self.roles)

    def listed(self, model: type[Model]) -> Any:
        """One step's items, each `shown`, a page at a time; versions newest first."""
        rows = selectors.step_items(model, breach=self.breach, viewer=self.me, roles=self.roles)
        if model in (AccountabilityStatement, ImpactStatement):
            rows = rows.order_by("-version")
        if model is AccountabilityStatement:
            rows = rows.select_related("response")
        elif model is Promise:
            rows = rows.prefetch_related("marks__by")
        return Mapped(rows, self.shown)

    def shown(self, row: Any) -> Any:
        """A row as this caller may see it: the answers inside questions and repair attempts
        only while their writer is here, a statement's response only if they may see it, a
        promise with its follow-through (`repair.selectors`)."""
        if isinstance(row, Question | RepairAttempt):
            return selectors.words_of_those_here([row], breach=self.breach, roles=self.roles)[0]
        if isinstance(row, AccountabilityStatement):
            return selectors.responses_seen([row], viewer=self.me, roles=self.roles)[0]
        if isinstance(row, Promise):
            if not hasattr(row, "_prefetched_objects_cache"):
                row = self.get(Promise, row.uid, "marks__by")
            return selectors.promises_followed([row], **self.seen)[0]
        return row

    def fresh(self, model: type[Model], uid: object) -> Any:
        """An item read again after a change, as this caller now sees it."""
        return self.shown(self.get(model, uid, *(("marks__by",) if model is Promise else ())))


def _named[F: Callable[..., Any]](view: F, name: str, doc: str | None) -> F:
    # An operation's summary is its function's name, its description the docstring.
    view.__name__ = view.__qualname__ = name
    view.__doc__ = doc
    return view


class StepRoutes:
    """Declares routes below `base` (a path with `{space_id}` and `{breach_id}`) on `router`.
    Operation ids are the services' names (`question_ask`), summaries the old function names
    (`ask_question`), descriptions from `docs` by operation id."""

    def __init__(self, router: Router, base: str, docs: Mapping[str, str]) -> None:
        self.router, self.base, self.docs = router, base, docs

    def listing(self, path: str, model: type[Model], out: Any, op: str) -> None:
        """GET: one step's items as the caller may see them, a page at a time."""

        def view(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
            return OnBreach(request, space_id, breach_id).listed(model)

        paged = paginate(Page)(_named(view, "list_" + path[1:], self.docs.get(op)))
        self.router.get(self.base + path, response={200: list[out], **ERRORS}, operation_id=op)(
            paged
        )

    def adding(self, path: str, payload_in: Any, out: Any, service: Callable[..., Any]) -> None:
        """POST: the caller adds to one step, `service(breach=, by=, **payload)`, once per
        Idempotency-Key; the answer is the new item as they now see it."""

        def view(
            request: HttpRequest,
            space_id: SpaceId,
            breach_id: ItemId,
            payload: payload_in,
            idempotency_key: IdempotencyKey = None,
        ) -> Status[Any]:
            b = OnBreach(request, space_id, breach_id)
            made = once(request, idempotency_key, service, **b.by, **payload.dict())
            return Status(201, b.shown(made))

        self._post(path, view, service, {201: out})

    def on_breach(
        self, path: str, service: Callable[..., Any], out: Any, *, op: str = "", name: str = ""
    ) -> None:
        """POST: a step on the breach itself, `service(breach=, by=)`; the answer is the breach."""

        def view(request: HttpRequest, space_id: SpaceId, breach_id: ItemId) -> Any:
            return service(**OnBreach(request, space_id, breach_id).by)

        self._post(path, view, service, {200: out}, op=op, name=name)

    def on_item(
        self,
        path: str,
        model: type[Model],
        service: Callable[..., Any],
        payload_in: Any,
        out: Any,
        *,
        status: int = 200,
        replayable: bool = False,
        answer_made: bool = False,
        name: str = "",
    ) -> None:
        """POST: the caller acts on one item named in the path (`{question_id}` is a Question,
        given to the service as `question=`) with the input as it came; the answer is the item
        as they now see it, or (`answer_made`) what the act made. `replayable`: once per
        Idempotency-Key. The signature is spelt out for ninja, as the item's name varies."""
        id_name = path.split("{")[1].split("}")[0]
        kind = id_name.removesuffix("_id")

        def view(request: HttpRequest, **kw: Any) -> Any:
            b = OnBreach(request, kw["space_id"], kw["breach_id"])
            given = {kind: b.get(model, kw[id_name]), "by": b.me}
            payload = kw["payload"].dict() if "payload" in kw else {}
            made = once(request, kw.get("idempotency_key"), service, **given, **payload)
            return Status(status, made if answer_made else b.fresh(model, kw[id_name]))

        params: list[tuple[str, Any, Any]] = [("request", HttpRequest, inspect.Parameter.empty)]
        params += [("space_id", SpaceId, inspect.Parameter.empty)]
        params += [("breach_id", ItemId, inspect.Parameter.empty)]
        params += [(id_name, ItemId, inspect.Parameter.empty)]
        params += [("payload", payload_in, inspect.Parameter.empty)] if payload_in else []
        params += [("idempotency_key", IdempotencyKey, None)] if replayable else []
        view.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [
                inspect.Parameter(
                    n, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=a, default=d
                )
                for n, a, d in params
            ]
        )
        self._post(path, view, service, {status: out}, name=name)

    def _post(
        self,
        path: str,
        view: Callable[..., Any],
        service: Callable[..., Any],
        response: dict[int, Any],
        op: str = "",
        name: str = "",
    ) -> None:
        noun, verb = service.__name__.split("_", 1)
        op = op or service.__name__
        view = _named(view, name or f"{verb}_{noun}", self.docs.get(op))
        self.router.post(self.base + path, response={**response, **ERRORS}, operation_id=op)(view)
