"""Talk: messages between the two partners. The coach advises (POST /coach/analyze);
sending is never blocked."""

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from amends.talk import services
from amends.talk.models import Message
from amends.talk.selectors import messages_for

from ..common import ERRORS, item, member_space
from ..idempotency import IdempotencyKey, once
from ..pagination import Mapped, Page
from ..schemas import Item, LongText, SharedVisibilityIn, SpaceId

router = Router()


class MessageIn(Schema):
    text: LongText
    visibility: SharedVisibilityIn = "partner"


class MessageOut(Item):
    text: str
    show_safety_resources: bool


def _out(message: Message, me: Any) -> dict[str, Any]:
    return {
        **item(message, me),
        "text": message.text,
        # As on the web page: only the recipient is pointed at safety resources, and the
        # writer is never told the coach saw a threat.
        "show_safety_resources": message.carries_threat and message.author_id != me.pk,
    }


@router.get(
    "/spaces/{space_id}/messages",
    response={200: list[MessageOut], **ERRORS},
    operation_id="message_list",
)
@paginate(Page)
def list_messages(request: HttpRequest, space_id: SpaceId) -> Any:
    """Messages you may read, newest first."""
    me, _, roles = member_space(request, space_id)
    return Mapped(messages_for(viewer=me, roles=roles), lambda m: _out(m, me))


@router.post(
    "/spaces/{space_id}/messages",
    response={201: MessageOut, **ERRORS},
    operation_id="message_send",
)
def send_message(
    request: HttpRequest,
    space_id: SpaceId,
    payload: MessageIn,
    idempotency_key: IdempotencyKey = None,
) -> Status[dict[str, Any]]:
    me, space, _ = member_space(request, space_id)
    message = once(
        request,
        idempotency_key,
        lambda: services.message_send(
            space=space, by=me, text=payload.text, visibility=payload.visibility
        ),
    )
    message.author = me
    return Status(201, _out(message, me))
