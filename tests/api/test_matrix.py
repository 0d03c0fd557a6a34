"""The authorization matrix: every API operation, as every role, against items of every
visibility. Private text is planted with a unique marker per item; no response may carry
a marker its reader may not see, and an item its reader may not see answers 404.

The operations are read from the generated OpenAPI schema, so a new endpoint is covered
as soon as it exists. A new path parameter must be added to `candidates` below (the test
fails until it is), and that is the whole of the work.
"""

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from uuid import UUID, uuid4

import pytest
from django.test import RequestFactory
from django.utils import timezone

from amends.afterwards import services as afterwards
from amends.agreement import services as agreement
from amends.agreement.models import Behaviour
from amends.agreement.selectors import behaviour_ids
from amends.api.main import api
from amends.api.tokens import token_create
from amends.journal.services import journal_entry_create
from amends.repair import services as repair
from amends.spaces.models import Invite
from amends.talk.services import message_send
from amends.transparency import services as transparency
from tests.afterwards_setup import atoned
from tests.conftest import PASSWORD, Couple

from .conftest import Api, token_for

VISIBILITIES = ("private", "partner", "partner_and_professional")
ROLES = ("anonymous", "author", "partner", "professional", "stranger")


@dataclass(frozen=True)
class Marker:
    text: str
    author: str  # "alex" or "jordan"
    visibility: str


@dataclass
class Planted:
    markers: list[Marker]
    ids: dict[str, list[tuple[str, str, str]]]  # param -> (id, author, visibility)


def may_see(viewer: str, author: str, visibility: str) -> bool:
    """The product's rule, written out here independently of amends.spaces.visibility."""
    if viewer == author:
        return True
    if viewer in ("alex", "jordan"):
        return visibility in ("partner", "partner_and_professional")
    if viewer == "sam":
        return visibility == "partner_and_professional"
    return False


def role_of(viewer: str, author: str) -> str:
    if viewer == "anon":
        return "anonymous"
    if viewer == author:
        return "author"
    return {"alex": "partner", "jordan": "partner", "sam": "professional"}.get(viewer, "stranger")


def plant(c: Couple) -> Planted:
    markers: list[Marker] = []
    ids: dict[str, list[tuple[str, str, str]]] = {}
    people = {"alex": c.alex, "jordan": c.jordan}
    counter = iter(range(10_000))

    def mark(author: str, visibility: str, kind: str) -> str:
        text = f"MARK{next(counter):03d}-{kind}-{author}-{visibility}-zq"
        markers.append(Marker(text, author, visibility))
        return text

    def keep(param: str, uid: UUID | str, author: str, visibility: str) -> None:
        ids.setdefault(param, []).append((str(uid), author, visibility))

    for name, user in people.items():
        for v in VISIBILITIES:
            entry = journal_entry_create(
                space=c.space, by=user, text=mark(name, v, "journal"), visibility=v
            )
            keep("entry_id", entry.uid, name, v)

    breaches = []
    for v in ("partner", "partner_and_professional"):
        breach = repair.breach_record(
            space=c.space,
            by=c.alex,
            i_was_hurt=True,
            category="other",
            category_other=mark("alex", v, "category"),
            description=mark("alex", v, "breach"),
            visibility=v,
            agreement_term=mark("alex", v, "term"),
        )
        breaches.append(breach)
        keep("breach_id", breach.uid, "alex", v)
    b = breaches[0]
    repair.commitment_make(breach=b, by=c.alex, text=mark("alex", "partner", "commit"))
    repair.commitment_make(
        breach=b,
        by=c.jordan,
        text=mark("jordan", "partner_and_professional", "commit"),
        visibility="partner_and_professional",
    )
    repair.decision_set(breach=b, by=c.alex, choice="not_sure", note=mark("alex", "private", "dec"))
    for name, user in people.items():
        for v in VISIBILITIES:
            r = repair.reflection_write(
                breach=b, by=user, emotion="grief", text=mark(name, v, "reflect"), visibility=v
            )
            keep("reflection_id", r.uid, name, v)
    s1 = repair.statement_write(
        breach=b, by=c.jordan, text=mark("jordan", "partner", "stmt"), based_on_version=0
    )
    keep("statement_id", s1.uid, "jordan", "partner")
    s2 = repair.statement_write(
        breach=b,
        by=c.jordan,
        text=mark("jordan", "partner_and_professional", "stmt"),
        based_on_version=1,
        visibility="partner_and_professional",
    )
    keep("statement_id", s2.uid, "jordan", "partner_and_professional")
    repair.statement_respond(
        statement=s2,
        by=c.alex,
        feels_complete=False,
        missing=mark("alex", "partner_and_professional", "missing"),
    )
    for v in ("partner", "partner_and_professional"):
        q = repair.question_ask(breach=b, by=c.alex, text=mark("alex", v, "ask"), visibility=v)
        repair.question_answer(question=q, by=c.jordan, answer=mark("alex", v, "answer"))
        keep("question_id", q.uid, "alex", v)
        repair.disclosure_add(breach=b, by=c.jordan, text=mark("jordan", v, "disc"), visibility=v)
        a = repair.attempt_offer(
            breach=b, by=c.jordan, kind="apology", text=mark("jordan", v, "attempt"), visibility=v
        )
        keep("attempt_id", a.uid, "jordan", v)
        p = repair.promise_make(
            breach=b, by=c.jordan, text=mark("jordan", v, "promise"), rhythm="daily", visibility=v
        )
        keep("promise_id", p.uid, "jordan", v)
    repair.impact_write(
        breach=b, by=c.alex, text=mark("alex", "partner", "impact"), based_on_version=0
    )
    first_attempt = ids["attempt_id"][0][0]
    attempt = b.attempts.get(uid=first_attempt)
    repair.attempt_acknowledge(
        attempt=attempt,
        by=c.alex,
        acknowledgement="not_ready",
        note=mark("jordan", "partner", "ack"),
    )
    repair.attempt_reflect(attempt=attempt, by=c.alex, text=mark("alex", "private", "punish"))
    repair.forgiveness_give(
        breach=b, by=c.alex, text=mark("alex", "private", "forgive"), visibility="private"
    )
    repair.outcome_record(
        breach=b, by=c.alex, choice="recommit", text=mark("alex", "partner", "out")
    )
    repair.outcome_record(
        breach=b,
        by=c.jordan,
        choice="recommit",
        text=mark("jordan", "partner_and_professional", "out"),
        visibility="partner_and_professional",
    )
    repair.safety_check_record(
        space=c.space,
        by=c.jordan,
        feels_afraid=True,
        hurt_or_threatened=False,
        controlled=False,
        forced_sexual_contact=False,
    )

    message_send(space=c.space, by=c.alex, text=mark("alex", "partner", "msg"))
    message_send(
        space=c.space,
        by=c.jordan,
        text=mark("jordan", "partner_and_professional", "msg"),
        visibility="partner_and_professional",
    )

    # The agreement is the two partners' only: "partner" in this table.
    all_ids = [b.uid for b in Behaviour.objects.filter(pk__in=behaviour_ids(space=c.space))]
    for user in people.values():
        agreement.ratings_set(space=c.space, by=user, ratings=dict.fromkeys(all_ids, "fine"))
    version = agreement.agreement_draft_start(space=c.space, by=c.alex)
    agreement.agreement_note_add(version=version, by=c.alex, text=mark("alex", "partner", "note"))
    keep("version_id", version.uid, "alex", "partner")
    agreement.custom_behaviour_add(
        space=c.space, by=c.jordan, wording=mark("jordan", "partner", "custom"), group="online"
    )

    # After the repair (amends.afterwards): a breach whose atonement is done, each partner's
    # parts at each visibility (one per kind), and small moments at each.
    after = atoned(c, description=mark("alex", "partner_and_professional", "after"))
    keep("breach_id", after.uid, "alex", "partner_and_professional")
    kinds = {
        "alex": ("between_us", "vulnerable", "comfort_ask"),
        "jordan": ("vulnerable", "between_us", "comfort_answer"),
    }
    for name, user in people.items():
        for v, kind in zip(VISIBILITIES, kinds[name], strict=True):
            words = mark(name, v, "part")
            fields = {"own_part": words} if kind == "between_us" else {"text": words}
            afterwards.part_save(breach=after, by=user, kind=kind, visibility=v, **fields)
            bid = afterwards.bid_add(
                breach=after, by=user, kind="bid", text=mark(name, v, "bid"), visibility=v
            )
            keep("bid_id", bid.uid, name, v)
        afterwards.closeness_say(breach=after, by=user, wants=name == "alex")
    # Being open: Jordan's draft (private) and Jordan's offer to Alex (the partners' only).
    soon = timezone.localdate() + timedelta(weeks=5)
    offer_draft = transparency.offer_draft(
        space=c.space, by=c.jordan, act=mark("jordan", "private", "offer"), review_on=soon
    )
    keep("offer_id", offer_draft.uid, "jordan", "private")
    offered = transparency.offer_draft(
        space=c.space, by=c.jordan, act=mark("jordan", "partner", "offer"), review_on=soon
    )
    transparency.offer_make(offer=offered, by=c.jordan)
    keep("offer_id", offered.uid, "jordan", "partner")

    invite = Invite.objects.filter(space=c.space, role="professional").first()
    assert invite is not None
    keep("invite_id", invite.uid, "alex", "partner")
    keep("space_id", c.space.uid, "alex", "partner")
    # A part of an account is named by its key, not an id: the same for everyone here (the
    # account's own privacy is tests/disclosure's: drafts and private choices answer 404).
    keep("part", "when", "alex", "partner_and_professional")
    return Planted(markers, ids)


def resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def example(schema: dict[str, Any], node: dict[str, Any], known: dict[str, Any]) -> Any:
    """A plausible value for a request schema: enough for services to run, not to pass."""
    node = resolve(schema, node)
    if "default" in node and node["default"] is not None:
        return node["default"]
    if "anyOf" in node:
        options = [o for o in node["anyOf"] if resolve(schema, o).get("type") != "null"]
        return example(schema, options[0], known) if options else None
    if "enum" in node:
        return node["enum"][0]
    kind = node.get("type")
    if kind == "object":
        return {
            name: known[name] if name in known else example(schema, sub, known)
            for name, sub in node.get("properties", {}).items()
        }
    if kind == "array":
        return [example(schema, node["items"], known)]
    if kind == "string":
        if node.get("format") == "date":
            return timezone.localdate().isoformat()
        return "matrix probe"
    if kind == "integer":
        return max(int(node.get("minimum", 1)), 1 if node.get("minimum", 1) > 0 else 0)
    if kind == "boolean":
        return False
    return None


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    schema = api.get_openapi_schema()
    ops = [
        (method.upper(), path, op)
        for path, methods in schema["paths"].items()
        for method, op in methods.items()
    ]

    def order(item: tuple[str, str, dict[str, Any]]) -> tuple[int, str]:
        method, _, op = item
        rank = {"GET": 0, "POST": 1, "PUT": 1, "PATCH": 1, "DELETE": 2}[method]
        if op["operationId"] in {"space_leave", "professional_remove", "token_revoke"}:
            rank = 3
        if op["operationId"] == "transparency_offer":
            rank = 4  # offers the planted private draft: nothing may read it as shared before
        return rank, op["operationId"]

    return sorted(ops, key=order)


@pytest.mark.django_db(transaction=False)
def test_authorization_matrix(couple: Couple, capsys: pytest.CaptureFixture[str]) -> None:
    planted = plant(couple)
    schema = api.get_openapi_schema()
    viewers = {
        "alex": Api(token_for(couple.alex)),
        "jordan": Api(token_for(couple.jordan)),
        "sam": Api(token_for(couple.sam)),
        "casey": Api(token_for(couple.casey)),
        "anon": Api(),
    }
    # A token of Alex's that is not the one in use, for the revoke operation.
    extra, _ = token_create(
        request=RequestFactory().post("/"), email=couple.alex.email, password=PASSWORD
    )
    planted.ids["token_id"] = [(extra.key_id, "alex", "private")]
    known_body = {
        "space_id": str(couple.space.uid),
        "behaviour_id": str(uuid4()),
        "based_on_version": 0,
    }

    checks = 0
    combos: set[tuple[str, str, str]] = set()
    calls = 0
    seen_by_allowed: set[str] = set()
    ops = operations()
    for method, path, op in ops:
        params = [p["name"] for p in op.get("parameters", []) if p["in"] == "path"]
        for name in params:
            assert name in planted.ids, (
                f"{op['operationId']}: add candidates for path parameter '{name}' to the matrix"
            )
        # One call per planted item of each item-level parameter (space_id is the space).
        variants: list[dict[str, tuple[str, str, str]]] = [{}]
        for name in params:
            variants = [{**v, name: cand} for v in variants for cand in planted.ids[name]]
        body = None
        if "requestBody" in op:
            content = op["requestBody"]["content"]["application/json"]["schema"]
            body = example(schema, content, known_body)
        for variant in variants:
            url = path
            for name, (uid, _, _) in variant.items():
                url = url.replace("{" + name + "}", uid)
            for viewer, client in viewers.items():
                response = client.call(method, url, body if body is not None else None)
                calls += 1
                assert response.status_code < 500, (op["operationId"], viewer)
                text = response.content.decode()
                if response.status_code >= 400:
                    payload = json.loads(text)
                    assert {"detail", "code"} <= set(payload), (op["operationId"], viewer)
                # The item named in the path: unseen answers as missing does.
                for name, (_, author, visibility) in variant.items():
                    if name in ("space_id", "token_id") or viewer == "anon":
                        continue
                    if not may_see(viewer, author, visibility) and name != "invite_id":
                        assert response.status_code == 404, (
                            op["operationId"],
                            viewer,
                            name,
                            visibility,
                            response.status_code,
                        )
                if viewer == "anon" and op["operationId"] != "token_create":
                    assert response.status_code == 401, op["operationId"]
                if viewer == "casey" and "space_id" in params:
                    assert response.status_code == 404, (op["operationId"], response.status_code)
                for marker in planted.markers:
                    allowed = may_see(viewer, marker.author, marker.visibility)
                    combos.add(
                        (op["operationId"], role_of(viewer, marker.author), marker.visibility)
                    )
                    checks += 1
                    if marker.text in text:
                        assert allowed, (
                            f"{op['operationId']} showed {viewer} {marker.text} ({method} {url})"
                        )
                        seen_by_allowed.add(marker.text)

    # Not vacuous: every planted marker reached someone who may read it.
    unseen = {m.text for m in planted.markers} - seen_by_allowed
    assert not unseen, sorted(unseen)
    assert {r for _, r, _ in combos} == set(ROLES)
    with capsys.disabled():
        print(
            f"\nauthorization matrix: {len(ops)} operations, {calls} calls, "
            f"{len(planted.markers)} planted markers, {checks} marker checks, "
            f"{len(combos)} (operation, role, visibility) combinations"
        )


def test_safety_answers_are_never_shown_to_anyone_else(
    couple: Couple, api_alex: Api, api_jordan: Api, api_sam: Api
) -> None:
    repair.safety_check_record(
        space=couple.space,
        by=couple.jordan,
        feels_afraid=True,
        hurt_or_threatened=True,
        controlled=False,
        forced_sexual_contact=False,
    )
    path = f"/spaces/{couple.space.uid}/safety"
    assert api_jordan.get(path).json()["check"]["signals_danger"] is True
    assert api_alex.get(path).json() == {"check": None}
    assert api_sam.get(path).json() == {"check": None}


def test_the_hurt_partners_decision_is_theirs_alone(
    couple: Couple, api_alex: Api, api_jordan: Api
) -> None:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="other",
        category_other="it",
        description="what happened",
    )
    base = f"/spaces/{couple.space.uid}/breaches/{breach.uid}/decision"
    assert api_jordan.post(base, {"choice": "no"}).status_code == 403
    first = api_alex.post(base, {"choice": "rebuild", "visibility": "partner"})
    assert first.status_code == 201
    assert api_jordan.get(base).json()["decision"]["choice"] == "rebuild"
    before = api_jordan.get(base).json()
    # A newer private decision changes nothing Jordan sees: the shared one stays, until
    # Alex shares a new one or takes it back.
    assert api_alex.post(base, {"choice": "no", "note": "secret note"}).status_code == 201
    seen = api_jordan.get(base).json()
    assert seen == before
    assert seen["decision"]["choice"] == "rebuild" and seen["history"] == []
    assert "secret note" not in str(seen)
    assert api_alex.get(base).json()["decision"]["note"] == "secret note"
    assert len(api_alex.get(base).json()["history"]) == 2
