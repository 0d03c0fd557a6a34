"""The demo couple, built only through the same service functions the app uses."""

from datetime import timedelta

from django.utils import timezone

from amends.accounts.models import User
from amends.checkins.demo import WEEKS as DEMO_WEEKS
from amends.journal.services import journal_entry_create
from amends.spaces import services
from amends.spaces.models import Membership, Space
from amends.spaces.visibility import Visibility

DEMO_PASSWORD = "amends-demo"  # noqa: S105 - published on purpose, refused in production
DEMO_USERS = (
    ("alex@example.com", "Alex"),
    ("jordan@example.com", "Jordan"),
    ("sam@example.com", "Sam"),
)


def load_demo() -> Space:
    alex, jordan, sam = (
        User.objects.create_user(email, DEMO_PASSWORD, display_name=name)
        for email, name in DEMO_USERS
    )
    space = services.space_create(by=alex, name="Alex and Jordan")
    link = services.partner_invite_create(space=space, by=alex)
    services.invite_accept(token=link.token, by=jordan)
    proposal = services.professional_invite_propose(space=space, by=jordan)
    services.professional_approve(invite=proposal, by=alex)
    pro_link = services.professional_link_create(invite=proposal, by=alex)
    joined = services.invite_accept(token=pro_link.token, by=sam)
    # Sam says how they handle what one partner tells them alone; each partner reads it
    # and says yes to Sam's access (docs/practice.md).
    from amends.professional.models import SecretsStance
    from amends.professional.services import secrets_policy_set

    secrets_policy_set(by=sam, stance=SecretsStance.HELP_TELL)
    assert joined.invite is not None
    for partner in (alex, jordan):
        services.professional_approve(invite=joined.invite, by=partner)
    _began_weeks_ago(space, DEMO_WEEKS + 1)

    journal_entry_create(
        space=space,
        by=alex,
        text="I keep replaying the night I found the messages. I don't know yet what I want.",
    )
    journal_entry_create(
        space=space,
        by=alex,
        text="Today was a little easier. We walked by the river and didn't talk about it.",
        visibility=Visibility.PARTNER,
    )
    journal_entry_create(
        space=space,
        by=jordan,
        text="I am ashamed, and I keep wanting to explain instead of listen.",
    )
    journal_entry_create(
        space=space,
        by=jordan,
        text="I want Sam to know I'm trying to answer Alex's questions honestly.",
        visibility=Visibility.PARTNER_AND_PROFESSIONAL,
    )
    from amends.repair.demo import load_demo_path

    load_demo_path(space=space, hurt=alex, injuring=jordan)
    from amends.talk.services import message_send

    message_send(space=space, by=jordan, text="I left your coffee on the step. No pressure.")
    message_send(
        space=space,
        by=alex,
        text="Thank you. I'm not ready to talk about the messages tonight. Tomorrow after work?",
    )
    from amends.checkins.demo import load_demo_checkins

    load_demo_checkins(space=space, alex=alex, jordan=jordan)
    from amends.triggers.demo import load_demo_triggers

    load_demo_triggers(space=space, alex=alex, jordan=jordan)
    from amends.afterwards.demo import load_demo_afterwards

    load_demo_afterwards(space=space, alex=alex, jordan=jordan)
    from amends.transparency.demo import load_demo_transparency

    load_demo_transparency(space=space, alex=alex, jordan=jordan)
    from amends.disclosure.demo import load_demo_account

    load_demo_account(space=space, alex=alex, jordan=jordan)
    from amends.ownpart.demo import load_demo_ownpart

    load_demo_ownpart(space=space, alex=alex, jordan=jordan)
    return space


def _began_weeks_ago(space: Space, weeks: int) -> None:
    """The demo couple started some weeks ago, so they have weeks of check-ins to look back
    on (a check-in is never for a week before its space began). Only the demo does this:
    the space, and everyone's joining, move back to then, before anything is written."""
    began = timezone.now() - timedelta(weeks=weeks)
    Space.objects.filter(pk=space.pk).update(created_at=began)
    Membership.objects.filter(space=space).update(joined_at=began)
    space.refresh_from_db()
