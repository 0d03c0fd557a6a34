"""Being open through the API: the same rules as the pages."""

from datetime import timedelta

from django.utils import timezone

from amends.transparency.models import Offer, Pressure
from tests.api.conftest import Api
from tests.conftest import Couple


def test_drafted_offered_accepted_released_and_private_where_it_should_be(
    couple: Couple, api_alex: Api, api_jordan: Api, api_sam: Api
) -> None:
    base = f"/spaces/{couple.space.uid}/transparency"
    soon = (timezone.localdate() + timedelta(weeks=5)).isoformat()
    made = api_jordan.post(base, {"act": "API-OFFER-q8z My phone is open.", "review_on": soon})
    assert made.status_code == 201, made.content
    offer = made.json()
    assert offer["state"] == "draft" and offer["visibility"] == "private"
    one = f"{base}/{offer['id']}"
    # A draft: the partner and the professional find nothing, as for an unknown id.
    assert api_alex.get(one).status_code == 404
    assert "API-OFFER-q8z" not in api_alex.get(base).content.decode()
    assert api_sam.get(base).status_code == 404
    assert api_jordan.post(f"{one}/offer").json()["state"] == "offered"
    assert api_alex.get(one).json()["act"] == "API-OFFER-q8z My phone is open."
    assert api_sam.get(one).status_code == 404
    assert api_jordan.post(f"{one}/accept").status_code == 404  # only the one it was made to
    assert api_alex.post(f"{one}/accept").json()["state"] == "active"
    # "I feel pressured": Alex's alone; Jordan's answers are the same before and after.
    before = api_jordan.get(one).content
    said = api_alex.put(f"{one}/pressure", {"note": "PRESSURE-q8z"})
    assert said.status_code == 200 and said.json()["i_feel_pressured"] is True
    assert api_jordan.get(one).content == before
    assert api_jordan.get(one).json()["i_feel_pressured"] is False
    assert Pressure.objects.get().visibility == "private"
    assert api_alex.delete(f"{one}/pressure").json()["i_feel_pressured"] is False
    # Winding down waits for the review day; releasing does not.
    assert api_jordan.post(f"{one}/wind_down").status_code == 409
    released = api_alex.post(f"{one}/release").json()
    assert released["state"] == "ended" and released["ending"] == "released"
    assert Offer.objects.get().ending == "released"


def test_bad_review_days_are_refused(couple: Couple, api_jordan: Api) -> None:
    base = f"/spaces/{couple.space.uid}/transparency"
    for day in (timezone.localdate().isoformat(), "2099-01-01"):
        response = api_jordan.post(base, {"act": "Something.", "review_on": day})
        assert response.status_code == 422 or response.status_code == 400, response.content
    assert not Offer.objects.exists()
