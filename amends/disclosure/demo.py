"""The demo couple's account, partway: Alex chose how much detail they want; Jordan wrote
most of it and shared it, and signed it as complete; Alex has not signed yet. Jordan's
no-contact message is shown to Alex, not sent yet. Built with the services the pages use."""

from amends.accounts.models import User
from amends.repair.models import Breach
from amends.spaces.models import Space
from amends.spaces.visibility import Visibility

from . import services

PARTS = {
    "when": "It started last October, after the work trip. We messaged most nights until "
    "March, when you found the messages. I ended it the week after.",
    "who": "Someone from my team. You have met her twice, at the summer party and at the "
    "leaving drinks.",
    "hidden": "I deleted the messages every night and told you I was answering work e-mail. "
    "When you asked me in January whether something was going on, I said no. That was a lie.",
    "contact": "We still work on the same floor. I have asked to move teams, and I speak to "
    "her only about work, in meetings. I will tell you if that changes.",
}


def load_demo_account(*, space: Space, alex: User, jordan: User) -> None:
    breach = Breach.objects.filter(space=space, hurt_partner=alex, injuring_partner=jordan).first()
    if breach is None:
        return
    services.detail_choose(
        breach=breach,
        by=alex,
        levels={
            "when": "outline",
            "who": "everything",
            "hidden": "should_know",
            "cost": "outline",
            "contact": "everything",
            "other": "should_know",
        },
        sexual_specifics=False,
        visibility=Visibility.PARTNER,
    )
    for part, text in PARTS.items():
        services.account_part_write(breach=breach, by=jordan, part=part, text=text)
    services.account_share(breach=breach, by=jordan, visibility=Visibility.PARTNER)
    services.account_sign(breach=breach, by=jordan)
    services.message_draft(
        breach=breach,
        by=jordan,
        text="I have told my partner everything. What happened between us was wrong and it "
        "is over. Please do not contact me outside work again.",
    )
    services.message_show(breach=breach, by=jordan, visibility=Visibility.PARTNER)
