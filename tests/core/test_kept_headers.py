"""A page served again from the kept pages reads like the same page rendered afresh, headers
included: both renew the CSRF cookie, so whether a page was kept (or pushed out of a full
cache by other people's reading) cannot be told from its answer."""

from django.core.cache import cache
from django.urls import reverse

from tests.conftest import Couple, client_for


def test_a_page_without_a_form_answers_the_same_kept_or_afresh(couple: Couple) -> None:
    jordan = client_for(couple.jordan)
    jordan.get(reverse("settings"))  # the CSRF cookie, as a browser has it
    url = reverse("path_list", args=[couple.space.uid])
    jordan.get(url)  # the space opened: remembered in the session once
    cache.clear()
    fresh = jordan.get(url)
    kept = jordan.get(url)
    cache.clear()  # as a full cache would push it out
    afresh = jordan.get(url)
    for response in (fresh, kept, afresh):
        assert response.status_code == 200
        assert "csrftoken" in response.cookies, response
    assert sorted(kept.headers) == sorted(afresh.headers)
