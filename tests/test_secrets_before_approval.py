"""Issue 19's loose end: the professional's secrets policy in the first invitation, where
both partners agree to "a professional" before they know who it will be (docs/practice.md).

The professional reads, on the invitation, that both partners will read their policy, and is
asked for it on joining if they have none; each partner reads it on their home page for the
first two weeks after the professional joined, with the reminder that either can end their
access; on People the proposal says it will be shown once they join."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.core.once import new_form_token
from amends.professional import services as pro
from amends.spaces import services as spaces
from amends.spaces.models import Membership, Role
from tests.conftest import Couple, client_for, make_user

pytestmark = pytest.mark.usefixtures("uncached")

NO_SECRETS = "No secrets: what one of you tells me alone, I may bring to both of you."
JOINED = "joined as your professional"


def _home(client: Client, couple: Couple) -> str:
    return client.get(reverse("space_home", args=[couple.space.uid])).content.decode()


def test_each_partner_reads_the_policy_of_a_professional_who_just_joined(
    couple: Couple, as_alex: Client, as_jordan: Client
) -> None:
    # Sam joined (the fixture) without saying: the home says so, gently.
    page = _home(as_alex, couple)
    assert JOINED in page and "has not said yet how they handle" in page
    pro.secrets_policy_set(professional=couple.sam, stance="no_secrets")
    for client in (as_alex, as_jordan):
        page = _home(client, couple)
        assert JOINED in page and NO_SECRETS in page
        assert "either of you can end their access at any time" in page
    # Two weeks on, the card has done its work (People still shows the policy).
    Membership.objects.filter(user=couple.sam).update(joined_at=timezone.now() - timedelta(days=15))
    assert JOINED not in _home(as_alex, couple)
    people = as_alex.get(reverse("space_people", args=[couple.space.uid])).content.decode()
    assert NO_SECRETS in people


def test_the_professional_is_told_on_the_invitation_and_asked_on_joining(couple: Couple) -> None:
    space = spaces.space_create(creator=couple.alex, name="Second")
    proposal = spaces.professional_invite_propose(space=space, by=couple.alex)
    link = spaces.professional_link_create(invite=proposal, by=couple.alex)
    url = reverse("invite_accept", args=[link.token])
    # Not logged in yet.
    welcome = Client().get(url).content.decode()
    assert "Both partners read it." in welcome
    # Logged in, with no policy: the page says they will be asked; joining asks.
    robin = make_user("robin@example.com", "Robin")
    client = client_for(robin)
    confirm = client.get(url).content.decode()
    assert (
        "You are invited as their professional." in confirm and "You have not said yet." in confirm
    )
    joined = client.post(url)
    assert joined.status_code == 302 and joined["Location"] == reverse("practice_secrets")
    assert Membership.objects.filter(space=space, user=robin, role=Role.PROFESSIONAL).exists()


def test_a_professional_with_a_policy_sees_it_on_the_invitation(couple: Couple) -> None:
    pro.secrets_policy_set(professional=couple.sam, stance="no_secrets", words="SAM-WORDS")
    space = spaces.space_create(creator=couple.alex, name="Second")
    proposal = spaces.professional_invite_propose(space=space, by=couple.alex)
    link = spaces.professional_link_create(invite=proposal, by=couple.alex)
    url = reverse("invite_accept", args=[link.token])
    sam = client_for(couple.sam)
    confirm = sam.get(url).content.decode()
    assert NO_SECRETS in confirm and "SAM-WORDS" in confirm
    joined = sam.post(url)
    assert joined["Location"] == reverse("space_home", args=[space.uid])
    # A partner's invitation says nothing of it.
    partner = spaces.partner_invite_create(space=space, by=couple.alex)
    page = client_for(make_user("lee@example.com", "Lee")).get(
        reverse("invite_accept", args=[partner.token])
    )
    assert "their professional" not in page.content.decode()


def test_the_proposal_says_the_policy_shows_once_they_join(couple: Couple) -> None:
    space = spaces.space_create(creator=couple.alex, name="Second")
    partner = spaces.partner_invite_create(space=space, by=couple.alex)
    spaces.invite_accept(token=partner.token, user=couple.jordan)
    as_alex = client_for(couple.alex)
    as_alex.post(
        reverse("space_people", args=[space.uid]),
        {"action": "propose_professional", "once": new_form_token()},
    )
    for client in (as_alex, client_for(couple.jordan)):
        page = client.get(reverse("space_people", args=[space.uid])).content.decode()
        assert "how they handle something one of you tells them alone" in page
