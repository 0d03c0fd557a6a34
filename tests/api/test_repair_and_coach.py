"""The whole repair path through the API, talk, and the coach."""

from amends.repair.models import Breach, Forgiveness
from tests.conftest import Couple

from .conftest import Api


def test_every_step_of_the_repair_path(
    couple: Couple, api_alex: Api, api_jordan: Api, api_sam: Api
) -> None:
    space = couple.space.uid
    created = api_alex.post(
        f"/spaces/{space}/breaches",
        {
            "i_was_hurt": True,
            "category": "infidelity_emotional",
            "description": "The messages with Chris",
            "occurred_on": "2024-05-01",
            "visibility": "partner_and_professional",
        },
    )
    assert created.status_code == 201, created.json()
    breach = created.json()
    assert breach["hurt_partner"]["id"] == str(couple.alex.uid)
    assert breach["injuring_partner"]["id"] == str(couple.jordan.uid)
    b = f"/spaces/{space}/breaches/{breach['id']}"

    assert (
        api_alex.post(
            f"/spaces/{space}/safety",
            {
                "feels_afraid": False,
                "hurt_or_threatened": False,
                "controlled": False,
                "forced_sexual_contact": False,
            },
        ).status_code
        == 201
    )
    assert (
        api_alex.post(f"{b}/decision", {"choice": "rebuild", "visibility": "partner"}).status_code
        == 201
    )
    # Joint steps wait for both commitments.
    early = api_jordan.post(f"{b}/statements", {"text": "I did it.", "based_on_version": 0})
    assert early.status_code == 409 and early.json()["code"] == "conflict"
    assert api_alex.post(f"{b}/commitments", {"text": "I will work on this."}).status_code == 201
    assert api_jordan.post(f"{b}/commitments", {"text": "So will I."}).status_code == 201
    again = api_jordan.post(f"{b}/commitments", {"text": "Twice?"})
    assert again.status_code == 409

    reflection = api_alex.post(
        f"{b}/reflections", {"emotion": "anger", "text": "I am so angry."}
    ).json()
    assert reflection["visibility"] == "private"
    assert api_jordan.get(f"{b}/reflections").json()["count"] == 0
    shared = api_alex.patch(f"{b}/reflections/{reflection['id']}", {"visibility": "partner"})
    assert shared.status_code == 200
    assert api_jordan.get(f"{b}/reflections").json()["count"] == 1

    statement = api_jordan.post(
        f"{b}/statements", {"text": "I lied to you and I am responsible.", "based_on_version": 0}
    ).json()
    stale = api_jordan.post(f"{b}/statements", {"text": "again", "based_on_version": 0})
    assert stale.status_code == 409 and stale.json()["code"] == "stale"
    assert (
        api_jordan.post(
            f"{b}/statements/{statement['id']}/response", {"feels_complete": True}
        ).status_code
        == 403
    )
    answered = api_alex.post(
        f"{b}/statements/{statement['id']}/response",
        {"feels_complete": False, "missing": "Why you lied."},
    )
    assert answered.status_code == 201
    assert answered.json()["response"]["missing"] == "Why you lied."

    question = api_alex.post(f"{b}/questions", {"text": "When did it start?"}).json()
    assert (
        api_jordan.post(f"{b}/questions/{question['id']}/answer", {"answer": "In March."}).json()[
            "answer"
        ]
        == "In March."
    )
    assert (
        api_jordan.post(f"{b}/disclosures", {"text": "There was one more call."}).status_code == 201
    )
    assert api_jordan.post(f"{b}/disclosures/complete").status_code == 200
    later = api_jordan.post(f"{b}/disclosures", {"text": "And a letter."}).json()
    assert later["is_later"] is True
    assert api_alex.post(f"{b}/questions/close").json()["questions_closed_at"]
    assert api_alex.post(f"{b}/questions", {"text": "One more?"}).status_code == 409
    assert api_alex.post(f"{b}/questions/reopen").json()["questions_closed_at"] is None

    assert (
        api_alex.post(
            f"{b}/impact", {"text": "This really deeply hurt me.", "based_on_version": 0}
        ).status_code
        == 201
    )

    attempt = api_jordan.post(
        f"{b}/attempts", {"kind": "transparency", "text": "My phone is open to you."}
    ).json()
    assert (
        api_jordan.post(
            f"{b}/attempts/{attempt['id']}/acknowledgement", {"acknowledgement": "accepted"}
        ).status_code
        == 403
    )
    ack = api_alex.post(
        f"{b}/attempts/{attempt['id']}/acknowledgement", {"acknowledgement": "not_ready"}
    )
    assert ack.json()["acknowledgement"] == "not_ready"
    assert (
        api_alex.post(
            f"{b}/attempts/{attempt['id']}/reflections", {"text": "Am I punishing?"}
        ).status_code
        == 201
    )
    assert api_alex.get(f"{b}/attempt-reflections").json()["count"] == 1
    assert api_jordan.get(f"{b}/attempt-reflections").json()["count"] == 0

    promise = api_jordan.post(f"{b}/promises", {"text": "Home by seven", "rhythm": "daily"}).json()
    marked = api_alex.post(
        f"{b}/promises/{promise['id']}/marks", {"occurrence": "2024-06-01", "kept": True}
    )
    assert marked.status_code == 201
    assert marked.json()["marks"][0]["kept"] is True
    future = api_alex.post(
        f"{b}/promises/{promise['id']}/marks", {"occurrence": "2999-01-01", "kept": True}
    )
    assert future.status_code == 422

    assert api_jordan.post(f"{b}/forgiveness", {"text": "I forgive me"}).status_code == 403
    assert api_alex.post(f"{b}/forgiveness", {"text": "I forgive you."}).status_code == 201
    assert api_jordan.get(f"{b}/forgiveness").json()["forgiveness"]["text"] == "I forgive you."
    assert (
        api_alex.post(f"{b}/outcomes", {"choice": "recommit", "text": "I choose us."}).status_code
        == 201
    )

    detail = api_alex.get(b).json()
    steps = {s["key"]: s for s in detail["path"]["steps"]}
    assert detail["path"]["my_role"] == "hurt"
    assert steps["forgiveness"]["done"] and steps["commitments"]["done"]
    # The professional sees the breach (it was shared with them) and the path's stage.
    assert api_sam.get(b).json()["path"]["my_role"] == "professional"
    assert api_sam.post(f"{b}/commitments", {"text": "me too"}).status_code == 404
    assert Forgiveness.objects.filter(breach__uid=breach["id"]).count() == 1


def test_breach_refusals(couple: Couple, api_alex: Api, api_sam: Api) -> None:
    path = f"/spaces/{couple.space.uid}/breaches"
    body = {"i_was_hurt": True, "category": "other", "description": "x"}
    assert api_alex.post(path, body).json()["code"] == "invalid"  # "other" needs words
    assert api_alex.post(path, {**body, "category": "nope"}).status_code == 422
    assert (
        api_alex.post(
            path, {**body, "category": "broken_promises", "visibility": "private"}
        ).status_code
        == 422
    )
    assert (
        api_alex.post(
            path, {**body, "category": "broken_promises", "occurred_on": "2999-01-01"}
        ).status_code
        == 422
    )
    assert api_sam.post(path, {**body, "category": "broken_promises"}).status_code == 403
    assert Breach.objects.count() == 0


def test_talk(couple: Couple, api_alex: Api, api_jordan: Api, api_sam: Api) -> None:
    path = f"/spaces/{couple.space.uid}/messages"
    sent = api_jordan.post(path, {"text": "If you leave I will hurt myself and you."})
    assert sent.status_code == 201  # the coach advises; it never blocks
    assert sent.json()["show_safety_resources"] is False  # the writer is never told
    seen = api_alex.get(path).json()["items"][0]
    assert seen["text"].startswith("If you leave")
    assert api_sam.get(path).json()["count"] == 0
    assert api_alex.post(path, {"text": "hi", "visibility": "private"}).status_code == 422
    assert api_sam.post(path, {"text": "hello"}).status_code == 403


def test_coach_analyze(couple: Couple, api_alex: Api) -> None:
    said = "You never listen. I'm sorry, it was my fault and I will make it right."
    response = api_alex.post("/coach/analyze", {"text": said})
    assert response.status_code == 200
    result = response.json()
    kinds = {f["kind"] for f in result["flags"]}
    assert "criticism" in kinds and result["harmful"] is True
    assert "responsibility" in result["apology"]["components"]
    flag = next(f for f in result["flags"] if f["kind"] == "criticism")
    assert flag["words"] == said[flag["start"] : flag["end"]] and flag["suggestion"]
    assert api_alex.post("/coach/analyze", {"text": ""}).json()["flags"] == []
    assert api_alex.post("/coach/analyze", {"text": "x" * 20_001}).status_code == 422


def test_coach_gets_the_spaces_forgiven_breaches(
    couple: Couple, api_alex: Api, api_jordan: Api, api_casey: Api
) -> None:
    from amends.repair import services

    breach = services.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="addiction_gambling",
        description="the gambling debts",
    )
    services.commitment_make(breach=breach, by=couple.alex, text="yes")
    services.commitment_make(breach=breach, by=couple.jordan, text="yes")
    services.forgiveness_give(breach=breach, by=couple.alex, text="I forgive you.")
    text = "At least I never ran up gambling debts like you did!"
    without = api_alex.post("/coach/analyze", {"text": text}).json()
    within = api_alex.post(
        "/coach/analyze", {"text": text, "space_id": str(couple.space.uid)}
    ).json()
    assert "trump_card" not in {f["kind"] for f in without["flags"]}
    assert "trump_card" in {f["kind"] for f in within["flags"]}
    # Someone else's space is a 404, as everywhere.
    denied = api_casey.post("/coach/analyze", {"text": text, "space_id": str(couple.space.uid)})
    assert denied.status_code == 404
    # And its old numeric id is no id at all.
    numeric = api_alex.post("/coach/analyze", {"text": text, "space_id": couple.space.pk})
    assert numeric.status_code == 404 and numeric.json() == denied.json()
