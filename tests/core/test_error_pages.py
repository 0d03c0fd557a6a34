"""With DEBUG off, a wrong address and a failure get calm pages with a way home and the
quick exit, never Django's bare pages (nor, with DEBUG on, the list of every address)."""

import pytest
from django.test import Client
from django.urls import reverse


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
