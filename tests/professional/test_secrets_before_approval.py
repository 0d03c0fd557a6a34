"""Issue 19's loose end: the professional's secrets policy in the first invitation, where
both partners agree to "a professional" before they know who it will be (docs/practice.md).

The professional reads, on the invitation, that both partners will read their policy, and is
asked for it on joining if they have none. Both partners' yes before the professional joined
is a yes to inviting them (the link, and joining through it); the professional then sees
nothing until each partner here says yes again, on their home page or People, with the policy
in front of them. Each partner reads it on their home page for the first two weeks after the
professional joined, with the reminder that either can end their access; on People the
proposal says it will be shown once they join."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.journal.services import journal_entry_create
from amends.professional import services as pro
from amends.spaces import services as spaces
from amends.spaces.models import Membership, Role, Space
from amends.spaces.selectors import professionals_waiting, space_roles
from amends.spaces.visibility import Visibility
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
    pro.secrets_policy_set(by=couple.sam, stance="no_secrets")
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
    space = spaces.space_create(by=couple.alex, name="Second")
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
    pro.secrets_policy_set(by=couple.sam, stance="no_secrets", words="SAM-WORDS")
    space = spaces.space_create(by=couple.alex, name="Second")
    proposal = spaces.professional_invite_propose(space=space, by=couple.alex)
    link = spaces.professional_link_create(invite=proposal, by=couple.alex)
    url = reverse("invite_accept", args=[link.token])
    sam = client_for(couple.sam)
    confirm = sam.get(url).content.decode()
    assert NO_SECRETS in confirm and "SAM-WORDS" in confirm
    joined = sam.post(url)
    # In, but waiting for Alex's yes to their access: their practice page says so.
    assert joined["Location"] == reverse("practice")
    waiting = sam.get(reverse("practice")).content.decode()
    assert "A couple you joined is reading how you handle" in waiting
    # A partner's invitation says nothing of it.
    partner = spaces.partner_invite_create(space=space, by=couple.alex)
    page = client_for(make_user("lee@example.com", "Lee")).get(
        reverse("invite_accept", args=[partner.token])
    )
    assert "their professional" not in page.content.decode()


def test_the_proposal_says_the_policy_shows_once_they_join(couple: Couple) -> None:
    space = spaces.space_create(by=couple.alex, name="Second")
    partner = spaces.partner_invite_create(space=space, by=couple.alex)
    spaces.invite_accept(token=partner.token, by=couple.jordan)
    as_alex = client_for(couple.alex)
    as_alex.post(
        reverse("people_propose_professional", args=[space.uid]), {"once": new_form_token()}
    )
    for client in (as_alex, client_for(couple.jordan)):
        page = client.get(reverse("space_people", args=[space.uid])).content.decode()
        assert "how they handle something one of you tells them alone" in page


# The first invitation: a yes to inviting is not a yes to access --------------------------

ASKED = "has joined. Before they see anything, read how they handle what one of you tells"


def _second_couple_invites_sam(couple: Couple) -> tuple[Space, Client]:
    """Alex and Jordan, in a second space, both agree to invite a professional; Sam (who has
    a policy) joins through the link on the real page."""
    pro.secrets_policy_set(by=couple.sam, stance="help_tell", words="SAM-POLICY-q4")
    space = spaces.space_create(by=couple.alex, name="Second")
    partner = spaces.partner_invite_create(space=space, by=couple.alex)
    spaces.invite_accept(token=partner.token, by=couple.jordan)
    proposal = spaces.professional_invite_propose(space=space, by=couple.alex)
    spaces.professional_approve(invite=proposal, by=couple.jordan)
    link = spaces.professional_link_create(invite=proposal, by=couple.jordan)
    sam = client_for(couple.sam)
    joined = sam.post(reverse("invite_accept", args=[link.token]))
    assert joined.status_code == 302 and joined["Location"] == reverse("practice")
    return space, sam


def _approve_on_people(client: Client, space: Space) -> None:
    (membership,) = Membership.objects.filter(space=space, role=Role.PROFESSIONAL)
    assert membership.invite is not None
    client.post(
        reverse("people_approve_professional", args=[space.uid, membership.invite.uid]),
        {"once": new_form_token()},
    )


def test_in_the_first_invitation_the_professional_sees_nothing_until_both_say_yes(
    couple: Couple,
) -> None:
    space, sam = _second_couple_invites_sam(couple)
    entry = journal_entry_create(
        space=space,
        by=couple.alex,
        text="FOR-SAM-e2",
        visibility=Visibility.PARTNER_AND_PROFESSIONAL,
    )
    pages = [
        reverse("space_home", args=[space.uid]),
        reverse("professional_couple", args=[space.uid]),
        reverse("journal_list", args=[space.uid]),
        reverse("journal_edit", args=[space.uid, entry.uid]),
    ]
    assert couple.sam in space_roles(space).unapproved_professionals
    for url in pages:
        assert sam.get(url).status_code == 404, url
    caseload = sam.get(reverse("practice")).content.decode()
    assert "FOR-SAM-e2" not in caseload and "Second" not in caseload
    assert "A couple you joined is reading how you handle" in caseload

    # One yes after joining is not enough.
    _approve_on_people(client_for(couple.alex), space)
    assert couple.sam in space_roles(space).unapproved_professionals
    for url in pages:
        assert sam.get(url).status_code == 404, url

    _approve_on_people(client_for(couple.jordan), space)
    assert space_roles(space).professionals == (couple.sam,)
    couple_page = sam.get(reverse("professional_couple", args=[space.uid]))
    assert couple_page.status_code == 200 and "FOR-SAM-e2" in couple_page.content.decode()
    assert "reading how you handle" not in sam.get(reverse("practice")).content.decode()


def test_each_partner_is_asked_with_the_policy_in_front_of_them(couple: Couple) -> None:
    space, _ = _second_couple_invites_sam(couple)
    for partner in (couple.alex, couple.jordan):
        client = client_for(partner)
        home = client.get(reverse("space_home", args=[space.uid])).content.decode()
        assert "Sam</bdi> " + ASKED in home and "SAM-POLICY-q4" in home
        assert "I will help you tell your partner" in home
        assert "Nothing is waiting for you right now" not in home
        people = client.get(reverse("space_people", args=[space.uid])).content.decode()
        assert ASKED in people and "SAM-POLICY-q4" in people
        # The policy comes before the button.
        assert people.index("SAM-POLICY-q4") < people.index('/approve/"')
    # Once Alex said yes, Alex is not asked again, and reads whom they wait for.
    _approve_on_people(client_for(couple.alex), space)
    people = client_for(couple.alex).get(reverse("space_people", args=[space.uid]))
    text = people.content.decode()
    assert ASKED not in text and '/approve/"' not in text
    assert "can see nothing until" in text and "Jordan" in text


def test_a_yes_given_before_joining_leaves_the_professional_waiting(couple: Couple) -> None:
    space, _ = _second_couple_invites_sam(couple)
    # Jordan said yes to inviting; only Alex says yes after Sam joined.
    _approve_on_people(client_for(couple.alex), space)
    roles = space_roles(space)
    assert couple.sam in roles.unapproved_professionals
    assert not roles.is_professional(couple.sam)
    assert [w.i_approved for w in professionals_waiting(viewer=couple.jordan, roles=roles)] == [
        False
    ]
    assert [w.i_approved for w in professionals_waiting(viewer=couple.alex, roles=roles)] == [True]
    people = client_for(couple.jordan).get(reverse("space_people", args=[space.uid]))
    assert '/approve/"' in people.content.decode()


def test_saying_yes_twice_or_after_they_left_changes_nothing(couple: Couple) -> None:
    space, _ = _second_couple_invites_sam(couple)
    (membership,) = Membership.objects.filter(space=space, role=Role.PROFESSIONAL)
    assert membership.invite is not None
    for partner in (couple.alex, couple.alex, couple.jordan):
        spaces.professional_approve(invite=membership.invite, by=partner)
    assert space_roles(space).professionals == (couple.sam,)
    spaces.professional_remove(space=space, by=couple.jordan)
    with pytest.raises(ActionRefused):
        spaces.professional_approve(invite=membership.invite, by=couple.alex)
    assert not space_roles(space).is_professional(couple.sam)


def test_a_professional_who_opens_the_link_again_while_waiting_goes_to_their_practice(
    couple: Couple,
) -> None:
    pro.secrets_policy_set(by=couple.sam, stance="no_secrets")
    space = spaces.space_create(by=couple.alex, name="Second")
    proposal = spaces.professional_invite_propose(space=space, by=couple.alex)
    link = spaces.professional_link_create(invite=proposal, by=couple.alex)
    sam = client_for(couple.sam)
    url = reverse("invite_accept", args=[link.token])
    assert sam.post(url)["Location"] == reverse("practice")
    assert sam.get(url)["Location"] == reverse("practice")
    spaces.professional_approve(invite=proposal, by=couple.alex)
    assert sam.get(url)["Location"] == reverse("space_home", args=[space.uid])
