from amends.accounts.models import User
from amends.coach import analyze
from amends.errors import ActionRefused
from amends.spaces.models import Space
from amends.spaces.selectors import space_roles
from amends.spaces.visibility import Visibility
from amends.textrules import clean_text, clean_visibility

from .coaching import forgiven_breaches
from .models import Message


def message_send(
    *, space: Space, author: User, text: str, visibility: str = Visibility.PARTNER
) -> Message:
    """Send a message to the partner. The coach is consulted, never obeyed."""
    roles = space_roles(space)
    if not roles.is_partner(author):
        raise ActionRefused("Only partners write in Talk.", code="forbidden")
    if roles.partner_of(author) is None:
        raise ActionRefused("Your partner has not joined yet.", code="conflict")
    text = clean_text(text, what="your message")
    chosen = clean_visibility(visibility)
    if chosen == Visibility.PRIVATE:
        raise ActionRefused(
            "Messages are for your partner. For private words, use your journal.", "invalid"
        )
    analysis = analyze(text, forgiven_breaches(viewer=author, roles=roles))
    return Message.objects.create(
        space=space,
        author=author,
        text=text,
        visibility=chosen,
        carries_threat="threat" in analysis.kinds,
    )
