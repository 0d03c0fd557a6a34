"""With DEBUG off, a wrong address and a failure get calm pages with a way home and the
quick exit, never Django's bare pages (nor, with DEBUG on, the list of every address)."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.conftest import Couple


@pytest.mark.django_db
def test_a_wrong_address_gets_a_calm_page_with_a_way_home(settings: object) -> None:
    response = Client().get("/no/such/page/")
    body = response.content.decode()
    assert response.status_code == 404
    assert "This page is not here" in body
    assert reverse("quick_exit") in body and reverse("landing") in body
    assert "URLconf" not in body


def test_the_failure_page_renders_without_a_request() -> None:
    from django.template.loader import get_template

    body = get_template("500.html").render({})
    assert "Something went wrong on our side" in body
    assert reverse("quick_exit") in body


def test_a_form_from_before_the_buttons_moved_gets_a_calm_page(couple: Couple) -> None:
    """A POST to a page that only shows (a tab left open across an update) and a GET to an
    address that only acts: never a blank 405; nothing is changed; the API keeps its 405."""
    from amends.spaces.models import Invite
    from tests.conftest import client_for

    alex = client_for(couple.alex)
    people = reverse("space_people", args=[couple.space.uid])
    before = Invite.objects.count()
    stale = alex.post(people, {"action": "invite_partner", "once": "x"})
    body = stale.content.decode()
    assert stale.status_code == 405 and "nothing was saved" in body
    assert f'href="{people}"' in body and reverse("quick_exit") in body
    assert Invite.objects.count() == before
    acts_only = client_for(couple.sam).get(reverse("practice_group_create"))
    assert acts_only.status_code == 405 and "has no page of its own" in acts_only.content.decode()
    assert acts_only["Allow"] == "POST"
    api = alex.delete("/api/v1/me")
    assert api.status_code == 405 and "has no page" not in api.content.decode()
