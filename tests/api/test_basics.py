"""The schema, /me, spaces and invites, the journal exactly as specified, errors,
pagination and idempotency."""

import json
import uuid

import pytest
from django.test import Client

from amends.core.once import UsedFormToken
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create
from amends.spaces.models import Membership
from tests.conftest import Couple

from .conftest import BASE, Api, token_for

SECRET = "the-night-i-found-the-messages-7f3a"


def test_openapi_schema_is_3_1_and_valid() -> None:
    response = Client().get(f"{BASE}/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.1")
    assert "/api/v1/auth/token" in schema["paths"]
    assert "/api/v1/spaces/{space_id}/journal" in schema["paths"]
    assert schema["components"]["securitySchemes"]["BearerToken"]["scheme"] == "bearer"
    definitions = pytest.importorskip("schemathesis.specs.openapi.definitions")
    errors = [str(e) for e in definitions.OPENAPI_31_VALIDATOR.iter_errors(schema)]
    assert errors == []
    ids = [op["operationId"] for path in schema["paths"].values() for op in path.values()]
    assert len(ids) == len(set(ids))


def test_me_lists_spaces_and_roles(couple: Couple, api_alex: Api, api_sam: Api) -> None:
    me = api_alex.get("/me").json()
    assert me == {
        "id": str(couple.alex.uid),
        "name": "Alex",
        "email": "alex@example.com",
        "spaces": [{"id": str(couple.space.uid), "name": "Us", "role": "partner"}],
    }
    assert api_sam.get("/me").json()["spaces"] == [
        {"id": str(couple.space.uid), "name": "Us", "role": "professional"}
    ]


def test_journal_endpoints_exactly_as_specified(
    couple: Couple, api_alex: Api, api_jordan: Api, api_sam: Api
) -> None:
    path = f"/spaces/{couple.space.uid}/journal"
    created = api_alex.post(path, {"text": SECRET})
    assert created.status_code == 201
    entry = created.json()
    assert entry["visibility"] == "private"  # private by default
    assert entry["text"] == SECRET and entry["mine"] is True
    for visibility in ("partner", "partner_and_professional"):
        response = api_alex.post(path, {"text": f"{visibility} words", "visibility": visibility})
        assert response.status_code == 201
        assert response.json()["visibility"] == visibility

    mine = api_alex.get(path).json()
    assert mine["count"] == 3
    assert [e["visibility"] for e in mine["items"]][-1] == "private"

    jordan = api_jordan.get(path).json()
    assert {e["text"] for e in jordan["items"]} == {
        "partner words",
        "partner_and_professional words",
    }
    assert SECRET not in json.dumps(jordan)
    sam = api_sam.get(path).json()
    assert [e["text"] for e in sam["items"]] == ["partner_and_professional words"]

    # The other person's private item is a 404, exactly like a missing one.
    for api in (api_jordan, api_sam):
        hidden = api.get(f"{path}/{entry['id']}")
        missing = api.get(f"{path}/{uuid.uuid4()}")
        numeric = api.get(f"{path}/{JournalEntry.objects.get(uid=entry['id']).pk}")
        malformed = api.get(f"{path}/not-an-id")
        assert {r.status_code for r in (hidden, missing, numeric, malformed)} == {404}
        assert hidden.json() == missing.json() == {"detail": "Not found.", "code": "not_found"}
        assert numeric.json() == malformed.json() == hidden.json()
        assert api.patch(f"{path}/{entry['id']}", {"visibility": "partner"}).status_code == 404
        assert api.delete(f"{path}/{entry['id']}").status_code == 404

    # The author can share it, then it is visible; then delete it.
    shared = api_alex.patch(f"{path}/{entry['id']}", {"visibility": "partner"})
    assert shared.status_code == 200 and shared.json()["visibility"] == "partner"
    assert api_jordan.get(f"{path}/{entry['id']}").json()["text"] == SECRET
    # Jordan can read it but cannot change it.
    assert api_jordan.patch(f"{path}/{entry['id']}", {"text": "mine now"}).status_code == 404
    assert api_alex.delete(f"{path}/{entry['id']}").status_code == 204
    assert not JournalEntry.objects.filter(uid=entry["id"]).exists()


def test_journal_refusals(couple: Couple, api_alex: Api, api_sam: Api, api_casey: Api) -> None:
    path = f"/spaces/{couple.space.uid}/journal"
    empty = api_alex.post(path, {"text": "   "})
    assert empty.status_code == 422 and empty.json()["code"] == "invalid"
    bad = api_alex.post(path, {"text": SECRET, "visibility": "everyone"})
    assert bad.status_code == 422
    assert set(bad.json()) == {"detail", "code", "errors"}
    assert SECRET not in bad.content.decode()  # never echo what was written
    too_long = api_alex.post(path, {"text": SECRET + "x" * 20_001})
    assert too_long.status_code == 422
    assert SECRET not in too_long.content.decode()
    assert api_alex.post(path, {"text": "a\x00b"}).status_code == 422
    # A professional keeps no journal in the space: the service says so.
    refused = api_sam.post(path, {"text": "notes"})
    assert refused.status_code == 403 and refused.json()["code"] == "forbidden"
    # Someone else's space is a 404, as is one that does not exist.
    assert api_casey.get(path).status_code == 404
    assert api_casey.post(path, {"text": "hello"}).status_code == 404
    assert api_alex.get(f"/spaces/{couple.casey_space.uid}/journal").status_code == 404
    assert JournalEntry.objects.count() == 0


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("{not json", 400),
        ("[]", 422),
        ('{"text": 12}', 422),
        ('{"text": null}', 422),
        ('{"visibility": "private"}', 422),
    ],
)
def test_bad_input_is_a_json_error_never_a_500(
    couple: Couple, api_alex: Api, body: str, status: int
) -> None:
    response = api_alex.client.post(
        f"{BASE}/spaces/{couple.space.uid}/journal",
        data=body,
        content_type="application/json",
        headers={"Authorization": f"Bearer {api_alex.token}"},
    )
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert {"detail", "code"} <= set(response.json())


@pytest.mark.parametrize("space_id", ["abc", "-1", "0", "99999999999999999999999", "1.5"])
def test_bad_ids_are_422_or_404(couple: Couple, api_alex: Api, space_id: str) -> None:
    response = api_alex.get(f"/spaces/{space_id}/journal")
    assert response.status_code in (404, 422)
    assert {"detail", "code"} <= set(response.json())


def test_pagination_on_lists(couple: Couple, api_alex: Api) -> None:
    for i in range(25):
        journal_entry_create(space=couple.space, by=couple.alex, text=f"entry {i}")
    path = f"/spaces/{couple.space.uid}/journal"
    first = api_alex.get(path).json()
    assert first["count"] == 25 and len(first["items"]) == 20  # the default limit
    page = api_alex.get(path, limit=10, offset=20).json()
    assert [e["text"] for e in page["items"]] == [f"entry {i}" for i in range(4, -1, -1)]
    assert api_alex.get(path, limit=101).status_code == 422  # above the maximum
    assert api_alex.get(path, limit=0).status_code == 422
    assert api_alex.get(path, offset=-1).status_code == 422
    assert api_alex.get(path, limit=100).json()["count"] == 25


def test_every_list_operation_is_paginated() -> None:
    schema = Client().get(f"{BASE}/openapi.json").json()
    lists = 0
    for path, operations in schema["paths"].items():
        get = operations.get("get")
        if not get:
            continue
        ok = get["responses"]["200"]["content"]["application/json"]["schema"]
        ref = ok.get("$ref", "")
        component = schema["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
        top = component.get("properties", {})
        for name, prop in top.items():
            if (
                prop.get("type") == "array"
                and name != "items"
                and ref.split("/")[-1]
                not in {
                    # Bounded lists inside one object, not collections of the resource.
                    "MeOut",
                    "SpaceOut",
                    "InvitesOut",
                    "BreachDetail",
                    "DecisionView",
                    "RevealOut",
                    "VersionOut",
                    "ProgressOut",  # one row per week, and at most five reasons
                    "AfterwardsOut",  # four steps, one part per kind each, 50 newest moments
                    "AccountOut",  # its six parts
                }
            ):
                pytest.fail(f"{path} returns an unpaginated list '{name}'")
        if "items" in top and "count" in top:
            lists += 1
            params = {p["name"] for p in get.get("parameters", [])}
            assert {"limit", "offset"} <= params, path
    assert lists >= 15


def test_idempotency_key_replay_changes_nothing(couple: Couple, api_alex: Api) -> None:
    path = f"/spaces/{couple.space.uid}/journal"
    headers = {"Idempotency-Key": "write-1"}
    first = api_alex.post(path, {"text": "once only"}, headers=headers)
    assert first.status_code == 201
    replay = api_alex.post(path, {"text": "once only"}, headers=headers)
    assert replay.status_code == 409
    assert replay.json()["code"] == "replayed"
    assert JournalEntry.objects.count() == 1
    # A different key, or none, writes again.
    assert (
        api_alex.post(path, {"text": "again"}, headers={"Idempotency-Key": "w2"}).status_code == 201
    )
    assert api_alex.post(path, {"text": "again"}).status_code == 201
    assert JournalEntry.objects.count() == 3


def test_idempotency_keys_are_per_person_and_freed_by_a_refusal(
    couple: Couple, api_alex: Api, api_jordan: Api
) -> None:
    path = f"/spaces/{couple.space.uid}/journal"
    headers = {"Idempotency-Key": "same-key"}
    # A refused write does not use up the key.
    assert api_alex.post(path, {"text": " "}, headers=headers).status_code == 422
    assert api_alex.post(path, {"text": "now"}, headers=headers).status_code == 201
    # Jordan's same key is Jordan's own.
    assert api_jordan.post(path, {"text": "mine"}, headers=headers).status_code == 201
    assert UsedFormToken.objects.count() == 2
    assert "same-key" not in set(UsedFormToken.objects.values_list("token", flat=True))


def test_spaces_and_invites(couple: Couple, api_casey: Api) -> None:
    created = api_casey.post("/spaces", {"name": "  Casey   and Robin "})
    assert created.status_code == 201
    space = created.json()
    assert space["name"] == "Casey and Robin" and space["role"] == "partner"
    assert api_casey.get("/spaces").json()["count"] == 2
    assert api_casey.post("/spaces", {"name": " "}).status_code == 422

    link = api_casey.post(f"/spaces/{space['id']}/invites/partner")
    assert link.status_code == 201
    token = link.json()["token"]
    assert link.json()["url"].endswith(f"/invite/{token}/")

    from tests.conftest import make_user

    robin = make_user("robin@example.com", "Robin")
    api_robin = Api(token_for(robin))
    joined = api_robin.post("/invites/accept", {"token": token})
    assert joined.status_code == 201
    assert joined.json() == {"space_id": space["id"], "role": "partner"}
    used = api_robin.post("/invites/accept", {"token": token})
    assert used.status_code == 409 and used.json()["code"] in {"used", "conflict"}
    assert api_robin.post("/invites/accept", {"token": "nope"}).status_code == 422

    proposal = api_casey.post(f"/spaces/{space['id']}/invites/professional")
    assert proposal.status_code == 201
    invite_id = proposal.json()["id"]
    not_yet = api_casey.post(f"/spaces/{space['id']}/invites/{invite_id}/link")
    assert not_yet.status_code == 409
    assert api_robin.post(f"/spaces/{space['id']}/invites/{invite_id}/approve").status_code == 200
    assert api_casey.post(f"/spaces/{space['id']}/invites/{invite_id}/link").status_code == 201
    listed = api_casey.get(f"/spaces/{space['id']}/invites").json()
    assert listed["professional_proposals"][0]["all_approved"] is True

    renamed = api_robin.patch(f"/spaces/{space['id']}", {"name": "Us two"})
    assert renamed.status_code == 200 and renamed.json()["name"] == "Us two"
    assert api_robin.post(f"/spaces/{space['id']}/leave").status_code == 204
    assert not Membership.objects.filter(user=robin, left_at__isnull=True).exists()
    assert api_robin.get(f"/spaces/{space['id']}").status_code == 404


def test_a_professional_cannot_manage_invites(couple: Couple, api_sam: Api) -> None:
    space = couple.space.uid
    assert api_sam.get(f"/spaces/{space}/invites").json() == {
        "partner_invite": None,
        "professional_proposals": [],
        "professionals_waiting": [],
    }
    assert api_sam.post(f"/spaces/{space}/invites/partner").status_code == 403
    assert api_sam.delete(f"/spaces/{space}/professional").status_code == 403
    assert api_sam.patch(f"/spaces/{space}", {"name": "Mine"}).status_code == 403


def test_either_partner_can_remove_the_professional(
    couple: Couple, api_jordan: Api, api_sam: Api
) -> None:
    assert api_jordan.delete(f"/spaces/{couple.space.uid}/professional").status_code == 204
    assert api_sam.get(f"/spaces/{couple.space.uid}/journal").status_code == 404


def test_schema_names_are_unique_across_routers() -> None:
    """Two classes with one name would share one component and document the wrong body."""
    import importlib
    import pkgutil

    from ninja import Schema

    import amends.api.routers as routers

    seen: dict[str, str] = {}
    for info in pkgutil.iter_modules(routers.__path__):
        module = importlib.import_module(f"amends.api.routers.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, type) and issubclass(value, Schema):
                if value.__module__ != module.__name__:
                    continue
                assert name not in seen, f"{name} is in both {seen[name]} and {info.name}"
                seen[name] = info.name


def test_a_partner_reads_the_policy_and_says_yes_after_the_professional_joined(
    couple: Couple, api_casey: Api
) -> None:
    """The first invitation through the API: the yes to inviting makes the link; once the
    professional joined, the partner reads their policy in the invitations and says yes
    again with the same endpoint (docs/practice.md)."""
    from amends.professional.services import secrets_policy_set
    from amends.spaces.selectors import space_roles

    space = couple.casey_space
    secrets_policy_set(by=couple.sam, stance="no_secrets", words="API-POLICY-z3")
    proposal = api_casey.post(f"/spaces/{space.uid}/invites/professional").json()
    link = api_casey.post(f"/spaces/{space.uid}/invites/{proposal['id']}/link").json()
    joined = Api(token_for(couple.sam)).post("/invites/accept", {"token": link["token"]})
    assert joined.status_code == 201
    assert couple.sam in space_roles(space).unapproved_professionals
    assert Api(token_for(couple.sam)).get(f"/spaces/{space.uid}/journal").status_code == 404

    listed = api_casey.get(f"/spaces/{space.uid}/invites").json()
    assert listed["professional_proposals"] == []
    (waiting,) = listed["professionals_waiting"]
    assert waiting["invite_id"] == proposal["id"]
    assert waiting["professional"]["name"] == "Sam"
    assert waiting["secrets_policy"]["words"] == "API-POLICY-z3"
    assert waiting["secrets_policy"]["stance"] == "no_secrets"
    assert waiting["access_approved_by"] == []

    approved = api_casey.post(f"/spaces/{space.uid}/invites/{proposal['id']}/approve")
    assert approved.status_code == 200
    assert approved.json()["access_approved_by"] == [str(couple.casey.uid)]
    assert space_roles(space).is_professional(couple.sam)
    assert api_casey.get(f"/spaces/{space.uid}/invites").json()["professionals_waiting"] == []
