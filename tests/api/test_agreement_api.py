"""Our agreement through the API: blind answers, the reveal, and the signed text."""

from amends.agreement.models import Behaviour
from amends.agreement.selectors import behaviour_ids
from tests.conftest import Couple

from .conftest import Api


def test_blind_answers_reveal_and_signing(
    couple: Couple, api_alex: Api, api_jordan: Api, api_sam: Api
) -> None:
    a = f"/spaces/{couple.space.uid}/agreement"
    in_order = Behaviour.objects.filter(pk__in=behaviour_ids(space=couple.space)).order_by("pk")
    ids = [str(uid) for uid in in_order.values_list("uid", flat=True)]
    assert api_sam.get(a).status_code == 404  # partners only
    assert api_alex.get(f"{a}/behaviours", limit=100).json()["count"] == len(ids)

    # Alex answers everything; Jordan learns nothing about it.
    alex_answers = [{"behaviour_id": i, "stance": "cheating"} for i in ids]
    saved = api_alex.put(f"{a}/answers", {"answers": alex_answers})
    assert saved.json() == {"saved": len(ids), "revealed": False}
    jordan_view = api_jordan.get(a).json()
    assert jordan_view["round"]["answered"] == 0
    assert api_jordan.get(f"{a}/reveal").json() == {"round": None, "rows": []}
    assert all(b["my_answer"] == "" for b in api_jordan.get(f"{a}/behaviours").json()["items"])
    assert (
        api_alex.put(
            f"{a}/answers", {"answers": [{"behaviour_id": 10**9, "stance": "fine"}]}
        ).status_code
        == 404
    )
    assert api_alex.put(f"{a}/answers", {"answers": []}).status_code == 422

    jordan_answers = [{"behaviour_id": i, "stance": "cheating"} for i in ids]
    jordan_answers[0]["stance"] = "fine"
    assert api_jordan.put(f"{a}/answers", {"answers": jordan_answers}).json()["revealed"] is True
    reveal = api_alex.get(f"{a}/reveal").json()
    assert reveal["round"] == 1 and len(reveal["rows"]) == len(ids)
    assert reveal["rows"][0]["kind"] == "mismatch"

    draft = api_alex.post(f"{a}/versions")
    assert draft.status_code == 201
    version = draft.json()
    assert len(version["terms"]) == len(ids) - 1  # what they answered the same way
    v = f"{a}/versions/{version['id']}"
    assert (
        api_jordan.post(f"{v}/notes", {"text": "Can we talk about the first one?"}).status_code
        == 201
    )
    saved_draft = api_jordan.put(
        v,
        {
            "terms": [{"behaviour_id": ids[0], "stance": "not_okay", "note": "Talk first"}],
            "summary": "We tell each other.",
        },
    ).json()
    assert saved_draft["version"]["summary"] == "We tell each other."
    assert api_alex.post(f"{v}/sign").json()["status"] == "proposed"
    signed = api_jordan.post(f"{v}/sign").json()
    assert signed["status"] == "signed" and set(signed["signed_by"]) == {
        str(couple.alex.uid),
        str(couple.jordan.uid),
    }
    assert api_alex.put(v, {"terms": [], "summary": "changed"}).status_code == 409
    assert api_sam.get(v).status_code == 404
    assert api_alex.get(f"{a}/versions").json()["count"] == 1
    custom = api_alex.post(
        f"{a}/behaviours", {"wording": "Liking an ex's photos", "group": "online"}
    )
    assert custom.status_code == 201 and custom.json()["custom"] is True
    assert api_alex.post(f"{a}/rounds").status_code == 201
