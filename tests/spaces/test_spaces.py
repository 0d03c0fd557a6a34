from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.spaces import services
from amends.spaces.models import Invite, Membership, Role
from amends.spaces.selectors import space_roles
from tests.conftest import Couple, client_for, make_user


@pytest.fixture
def alone(db: None):
    alex = make_user("alex@example.com", "Alex")
    return alex, services.space_create(by=alex, name="Us")


def test_solo_space_works_without_a_partner(alone) -> None:
    alex, space = alone
    roles = space_roles(space)
    assert roles.is_partner(alex)
    assert roles.partner_of(alex) is None
    response = client_for(alex).get(reverse("space_home", args=[space.uid]))
    assert response.status_code == 200
    assert b"Invite your partner" in response.content


def test_invite_is_single_use(alone) -> None:
    alex, space = alone
    jordan = make_user("jordan@example.com", "Jordan")
    casey = make_user("casey@example.com", "Casey")
    link = services.partner_invite_create(space=space, by=alex)
    services.invite_accept(token=link.token, by=jordan)
    with pytest.raises(ActionRefused) as refused:
        services.invite_accept(token=link.token, by=casey)
    assert refused.value.code == "used"
    assert not Membership.objects.filter(user=casey, space=space).exists()


def test_invite_expires_after_seven_days(alone) -> None:
    alex, space = alone
    jordan = make_user("jordan@example.com", "Jordan")
    link = services.partner_invite_create(space=space, by=alex)
    assert link.invite.expires_at is not None
    assert link.invite.expires_at - timezone.now() > timedelta(days=6, hours=23)
    Invite.objects.filter(pk=link.invite.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    with pytest.raises(ActionRefused) as refused:
        services.invite_accept(token=link.token, by=jordan)
    assert refused.value.code == "expired"
    assert space_roles(space).partner_of(alex) is None


def test_a_new_link_cancels_the_previous_one(alone) -> None:
    alex, space = alone
    jordan = make_user("jordan@example.com", "Jordan")
    first = services.partner_invite_create(space=space, by=alex)
    services.partner_invite_create(space=space, by=alex)
    with pytest.raises(ActionRefused):
        services.invite_accept(token=first.token, by=jordan)


def test_third_person_cannot_join_a_full_space(couple: Couple) -> None:
    # Two links made before the space filled: the second one must not let a third in.
    space = services.space_create(by=couple.casey, name="Another")
    first = services.partner_invite_create(space=space, by=couple.casey)
    Invite.objects.create(
        space=space,
        role=Role.PARTNER,
        created_by=couple.casey,
        token_hash="0" * 64,
        expires_at=timezone.now() + timedelta(days=1),
    )
    services.invite_accept(token=first.token, by=couple.alex)
    with pytest.raises(ActionRefused):
        services.partner_invite_create(space=space, by=couple.casey)
    stray = Invite.objects.get(token_hash="0" * 64)
    from amends.spaces import invites

    token = "stray-token"
    stray.token_hash = invites.token_hash(token)
    stray.save()
    with pytest.raises(ActionRefused) as refused:
        services.invite_accept(token=token, by=couple.jordan)
    assert refused.value.code == "full"
    assert len(space_roles(space).partners) == 2


def test_unknown_invite_link_gets_a_kind_page(couple: Couple) -> None:
    response = client_for(couple.casey).post(reverse("invite_accept", args=["nonsense"]))
    assert response.status_code == 200
    assert b"does not work any more" in response.content


def test_invite_link_through_signup_and_login(alone) -> None:
    alex, space = alone
    link = services.partner_invite_create(space=space, by=alex)
    jordan = make_user("jordan@example.com", "Jordan")
    from django.test import Client

    client = Client()
    response = client.get(reverse("invite_accept", args=[link.token]))
    assert b"You have been invited" in response.content
    response = client.post(
        reverse("account_login"),
        {"login": "jordan@example.com", "password": "correct horse battery staple"},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("invite_accept", args=[link.token])
    response = client.post(response["Location"])
    assert response.status_code == 302
    assert space_roles(space).partner_of(alex) == jordan


def test_professional_needs_both_partners(alone) -> None:
    alex, space = alone
    jordan = make_user("jordan@example.com", "Jordan")
    sam = make_user("sam@example.com", "Sam")
    link = services.partner_invite_create(space=space, by=alex)
    services.invite_accept(token=link.token, by=jordan)
    proposal = services.professional_invite_propose(space=space, by=alex)
    with pytest.raises(ActionRefused):
        services.professional_link_create(invite=proposal, by=alex)
    services.professional_approve(invite=proposal, by=jordan)
    pro_link = services.professional_link_create(invite=proposal, by=alex)
    services.invite_accept(token=pro_link.token, by=sam)
    # Both agreed to invite them; each says yes to their access once they joined.
    assert sam in space_roles(space).unapproved_professionals
    services.professional_approve(invite=proposal, by=alex)
    assert sam in space_roles(space).unapproved_professionals
    services.professional_approve(invite=proposal, by=jordan)
    assert space_roles(space).is_professional(sam)


def test_professional_is_paused_until_a_later_partner_agrees(alone) -> None:
    alex, space = alone
    sam = make_user("sam@example.com", "Sam")
    jordan = make_user("jordan@example.com", "Jordan")
    proposal = services.professional_invite_propose(space=space, by=alex)
    pro_link = services.professional_link_create(invite=proposal, by=alex)
    services.invite_accept(token=pro_link.token, by=sam)
    assert not space_roles(space).is_professional(sam)
    services.professional_approve(invite=proposal, by=alex)
    assert space_roles(space).is_professional(sam)
    link = services.partner_invite_create(space=space, by=alex)
    services.invite_accept(token=link.token, by=jordan)
    roles = space_roles(space)
    assert not roles.is_professional(sam)
    assert sam in roles.unapproved_professionals
    services.professional_approve(invite=proposal, by=jordan)
    assert space_roles(space).is_professional(sam)


def test_either_partner_can_remove_the_professional(couple: Couple) -> None:
    services.professional_remove(space=couple.space, by=couple.jordan)
    assert not space_roles(couple.space).is_professional(couple.sam)
    response = client_for(couple.sam).get(reverse("space_home", args=[couple.space.uid]))
    assert response.status_code == 404


def test_professional_cannot_invite_or_remove(couple: Couple) -> None:
    with pytest.raises(ActionRefused):
        services.partner_invite_create(space=couple.space, by=couple.sam)
    with pytest.raises(ActionRefused):
        services.professional_remove(space=couple.space, by=couple.sam)


def test_leaving_keeps_the_other_members_data(couple: Couple) -> None:
    from amends.journal.models import JournalEntry
    from amends.journal.services import journal_entry_create

    mine = journal_entry_create(space=couple.space, by=couple.alex, text="mine")
    shared = journal_entry_create(
        space=couple.space, by=couple.jordan, text="jordan's", visibility="partner"
    )
    client = client_for(couple.jordan)
    response = client.post(
        reverse("space_leave", args=[couple.space.uid]), {"once": new_form_token()}
    )
    assert response.status_code == 302
    assert JournalEntry.objects.filter(pk__in=[mine.pk, shared.pk]).count() == 2
    assert client.get(reverse("space_home", args=[couple.space.uid])).status_code == 404
    # What Jordan wrote left with Jordan: Alex no longer sees it.
    page = client_for(couple.alex).get(reverse("journal_list", args=[couple.space.uid]))
    assert b"jordan&#x27;s" not in page.content
    assert b"mine" in page.content


def test_people_page_actions_by_form(couple: Couple) -> None:
    client = client_for(couple.casey)
    people = reverse("space_people", args=[couple.casey_space.uid])
    invite = reverse("people_invite_partner", args=[couple.casey_space.uid])
    response = client.post(invite, {"once": new_form_token()})
    # Made, then shown by the page the POST redirects to, once.
    assert response.status_code == 302 and response["Location"] == people
    # The link to send (/invite/<token>/), not the button's own address (/people/invite/).
    shown, again = (client.get(people).content.replace(b"/people/invite/", b"") for _ in "12")
    assert b"/invite/" in shown and b"/invite/" not in again
    # The page itself only shows; each button has its own address.
    stale = client.post(people, {"once": new_form_token()})  # a tab from before the change
    assert stale.status_code == 405 and b"nothing was saved" in stale.content
    # Without a one-time token nothing is made.
    client.post(invite, {})
    assert Invite.objects.filter(space=couple.casey_space).count() == 1
    # Only a partner here: the professional and a stranger (Casey) get a 404, nothing made.
    theirs = reverse("people_invite_partner", args=[couple.space.uid])
    before = Invite.objects.filter(space=couple.space).count()
    for who in (couple.sam, couple.casey):
        assert client_for(who).post(theirs, {"once": new_form_token()}).status_code == 404
    assert Invite.objects.filter(space=couple.space).count() == before


def test_space_name_is_required_and_bounded(couple: Couple) -> None:
    client = client_for(couple.casey)
    for bad in ("", "   ", "x" * 61):
        response = client.post(reverse("space_new"), {"name": bad})
        assert response.status_code == 200
        assert b"field-error" in response.content
    assert couple.casey.memberships.count() == 1


def test_invite_links_are_rate_limited(couple: Couple) -> None:
    from django.core.cache import cache

    cache.clear()
    client = client_for(couple.casey)
    statuses = [
        client.get(reverse("invite_accept", args=[f"guess-{i}"])).status_code for i in range(31)
    ]
    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429
    cache.clear()
