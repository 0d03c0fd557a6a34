import json
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from amends.accounts.models import User
from amends.checkins.services import trump_tally_refresh
from amends.coach import analyze
from amends.core.errors import ActionRefused
from amends.core.textrules import clean_text
from amends.repair.models import Breach
from amends.repair.services import breach_record
from amends.spaces.models import Space
from amends.spaces.selectors import space_roles
from amends.spaces.visibility import Visibility, can_see, clean_visibility

from .coaching import forgiven_breaches
from .models import CoachedDraft, Conversation, ConversationState, Message, Reply

# How long words the coach spoke about wait for their writer (see CoachedDraft).
DRAFT_KEPT = timedelta(days=1)


def message_send(
    *, space: Space, by: User, text: str, visibility: str = Visibility.PARTNER
) -> Message:
    """Send a message to the partner. The coach is consulted, never obeyed."""
    roles = space_roles(space)
    if not roles.is_partner(by):
        raise ActionRefused("Only partners write in Talk.", code="forbidden")
    if roles.partner_of(by) is None:
        raise ActionRefused("Your partner has not joined yet.", code="conflict")
    text = clean_text(text, what="your message")
    chosen = clean_visibility(visibility)
    if chosen == Visibility.PRIVATE:
        raise ActionRefused(
            "Messages are for your partner. For private words, use your journal.", "invalid"
        )
    analysis = analyze(text, forgiven_breaches(viewer=by, roles=roles))
    with transaction.atomic():
        message = Message.objects.create(
            space=space,
            author=by,
            text=text,
            visibility=chosen,
            carries_threat="threat" in analysis.kinds,
        )
        trump_tally_refresh(space=space, message=message)
    return message


def _conversation_visibility(value: str) -> Visibility:
    chosen = clean_visibility(value)
    if chosen == Visibility.PRIVATE:
        raise ActionRefused(
            "This is for your partner to read. For private words, use your journal.", "invalid"
        )
    return chosen


def conversation_start(
    *,
    space: Space,
    by: User,
    what_happened: str,
    how_i_felt: str,
    what_i_need: str = "",
    visibility: str = Visibility.PARTNER,
) -> Conversation:
    roles = space_roles(space)
    if not roles.is_partner(by):
        raise ActionRefused("Only partners can start this.", code="forbidden")
    if roles.partner_of(by) is None:
        raise ActionRefused("Your partner has not joined yet.", code="conflict")
    what_i_need = what_i_need.strip()
    return Conversation.objects.create(
        space=space,
        author=by,
        visibility=_conversation_visibility(visibility),
        what_happened=clean_text(what_happened, what="what happened"),
        how_i_felt=clean_text(how_i_felt, what="how you felt"),
        what_i_need=clean_text(what_i_need, what="what you need") if what_i_need else "",
    )


def conversation_reply(*, conversation: Conversation, by: User, text: str) -> Reply:
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        roles = space_roles(conversation.space)
        if not roles.is_partner(by) or not can_see(by, conversation, roles):
            raise ActionRefused("Not found.", code="not_found")
        if conversation.author_id == by.pk:
            raise ActionRefused(
                "This is your partner's part: they say what they heard. You can add to what "
                "you wrote in Talk.",
                code="forbidden",
            )
        if conversation.state in (ConversationState.OKAY, ConversationState.BREACH):
            raise ActionRefused("This conversation is already settled.", code="conflict")
        reply = Reply.objects.create(
            space=conversation.space,
            author=by,
            conversation=conversation,
            text=clean_text(text, what="what you heard"),
            visibility=conversation.visibility,
        )
        conversation.state = ConversationState.HEARD
        conversation.save(update_fields=["state"])
        return reply


def conversation_settle(*, conversation: Conversation, by: User) -> Conversation:
    """Only the one who was hurt says "we're okay"."""
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        _require_starter(conversation, by, 'say "we\'re okay"')
        conversation.state = ConversationState.OKAY
        conversation.settled_at = timezone.now()
        conversation.save(update_fields=["state", "settled_at"])
        return conversation


def conversation_turn_into_breach(*, conversation: Conversation, by: User, category: str) -> Breach:
    """Turn an everyday hurt into a breach with a full path. The conversation is kept,
    linked to the breach, so its history stays."""
    with transaction.atomic():
        conversation = Conversation.objects.select_for_update().get(pk=conversation.pk)
        _require_starter(conversation, by, "turn this into a path")
        breach = breach_record(
            space=conversation.space,
            by=by,
            i_was_hurt=True,
            category=category,
            category_other="Something that hurt me" if category == "other" else "",
            description=f"{conversation.what_happened}\n\n{conversation.how_i_felt}",
            visibility=conversation.visibility,
        )
        conversation.state = ConversationState.BREACH
        conversation.breach = breach
        conversation.settled_at = timezone.now()
        conversation.save(update_fields=["state", "breach", "settled_at"])
        return breach


def _require_starter(conversation: Conversation, by: User, what: str) -> None:
    roles = space_roles(conversation.space)
    if not can_see(by, conversation, roles):
        raise ActionRefused("Not found.", code="not_found")
    if conversation.author_id != by.pk:
        raise ActionRefused(f"Only the one who was hurt can {what}.", code="forbidden")
    if conversation.state in (ConversationState.OKAY, ConversationState.BREACH):
        raise ActionRefused("This conversation is already settled.", code="conflict")


def draft_keep(*, by: User, space: Space, path: str, fields: dict[str, list[str]]) -> CoachedDraft:
    """Keep what was written on a page the coach spoke on, for that page to show again (see
    CoachedDraft). Drafts older than a day go at the same time."""
    with transaction.atomic():
        CoachedDraft.objects.filter(person=by, created_at__lt=timezone.now() - DRAFT_KEPT).delete()
        return CoachedDraft.objects.create(
            person=by,
            space=space,
            content=json.dumps({"path": path, "fields": fields}, ensure_ascii=False),
        )


def draft_forget(*, by: User, draft_id: str) -> None:
    """A draft was sent, or replaced by a newer one: it is not kept any longer."""
    from amends.core.publicid import uid_or_none

    uid = uid_or_none(draft_id)
    if uid is not None:
        CoachedDraft.objects.filter(person=by, uid=uid).delete()
