"""Check-ins, progress and export through the API: the same rules as the pages."""

from amends.checkins import weeks
from tests.api.conftest import Api
from tests.conftest import Couple

NOTE = "checkin-note-6620 only for me"
SCORES = {
    "trust_partner": 3,
    "safe": 5,
    "avoid_urge": 4,
    "get_even_urge": 2,
    "goodwill": 5,
    "satisfaction": 3,
    "self_trust": 4,
}


def test_checkin_create_list_and_one_per_week(couple: Couple, api_alex: Api) -> None:
    path = f"/spaces/{couple.space.uid}/checkins"
    body = {"week": weeks.this_monday().isoformat(), "scores": SCORES, "note": NOTE}
    created = api_alex.post(path, body)
    assert created.status_code == 201, created.content
    assert created.json()["note"] == NOTE
    again = api_alex.post(path, body)
    assert again.status_code in (409, 422)
    assert set(again.json()) >= {"detail", "code"}
    listed = api_alex.get(path).json()
    assert listed["count"] == 1 if isinstance(listed, dict) else len(listed) == 1


def test_bad_scores_are_422_and_change_nothing(couple: Couple, api_alex: Api) -> None:
    path = f"/spaces/{couple.space.uid}/checkins"
    for bad in ({**SCORES, "safe": 8}, {**SCORES, "safe": 0}, {"safe": 3}):
        body = {"week": weeks.this_monday().isoformat(), "scores": bad}
        response = api_alex.post(path, body)
        assert response.status_code == 422
        assert set(response.json()) >= {"detail", "code"}
    assert "checkin-note" not in api_alex.get(path).content.decode()


def test_partner_sees_trends_only_when_shared_and_never_notes(
    couple: Couple, api_alex: Api, api_jordan: Api
) -> None:
    api_alex.post(
        f"/spaces/{couple.space.uid}/checkins",
        {"week": weeks.this_monday().isoformat(), "scores": SCORES, "note": NOTE},
    )
    progress = api_jordan.get(f"/spaces/{couple.space.uid}/progress").json()
    assert progress["partner"] is None
    api_alex.put(f"/spaces/{couple.space.uid}/checkins/sharing", {"visibility": "partner"})
    response = api_jordan.get(f"/spaces/{couple.space.uid}/progress")
    assert response.json()["partner"]["weeks"][0]["scores"]["safe"] == 5
    assert NOTE not in response.content.decode()
    assert NOTE not in api_jordan.get(f"/spaces/{couple.space.uid}/checkins").content.decode()


def test_professional_and_stranger_get_404(couple: Couple, api_sam: Api) -> None:
    assert api_sam.get(f"/spaces/{couple.space.uid}/checkins").status_code == 404
    assert api_sam.get(f"/spaces/{couple.space.uid}/progress").status_code == 404


def test_export_has_only_my_words(couple: Couple, api_alex: Api, api_jordan: Api) -> None:
    api_alex.post(
        f"/spaces/{couple.space.uid}/journal", {"text": "ALEX-EXPORT-1", "visibility": "partner"}
    )
    api_jordan.post(f"/spaces/{couple.space.uid}/journal", {"text": "JORDAN-PRIVATE-2"})
    body = api_alex.get("/me/export").content.decode()
    assert "ALEX-EXPORT-1" in body and "JORDAN-PRIVATE-2" not in body
    assert Api().get("/me/export").status_code == 401
