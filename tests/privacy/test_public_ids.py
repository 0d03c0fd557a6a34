"""Public ids are random: no primary key reaches a URL, a page or the API.

A primary key counts rows. If one partner's journal ids went 27 -> 31 with nothing in
between, three private entries were written meanwhile. So every row named from outside is
named by a random UUID (`uid`), and primary keys stay inside the server.

1. No URL pattern takes an integer, except the program's week numbers (public curriculum).
2. No API path parameter, and no id-like property of any request or response, is an integer.
3. A couple with something at every step: no primary key appears in any page or API answer.
4. An old numeric address answers 404, exactly like an unknown one.
"""

import re
from datetime import timedelta
from typing import Any
from uuid import uuid4

import pytest
from django.apps import apps
from django.db import connection, models
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter
from django.urls.resolvers import RegexPattern
from django.utils import timezone

from amends.afterwards.models import Bid
from amends.agreement import services as agreement
from amends.agreement.catalogue import GROUP_KEYS
from amends.agreement.models import AgreementVersion
from amends.api.main import api
from amends.checkins import services as checkins
from amends.checkins.models import MEASURE_KEYS
from amends.core.once import new_form_token
from amends.disclosure import services as disclosure
from amends.journal.models import JournalEntry
from amends.ownpart import services as ownpart
from amends.ownpart.models import Slip
from amends.professional.models import Session
from amends.professional.services import note_write, session_record
from amends.repair import services as repair
from amends.repair.models import Breach, Promise
from amends.repair.selftrust import EXERCISES
from amends.spaces import services as spaces
from amends.spaces.models import Space
from amends.talk import services as talk
from amends.talk.models import Conversation
from amends.transparency import services as transparency
from amends.transparency.models import Offer
from amends.triggers import services as triggers
from amends.triggers.models import HardDay, Signal, Trigger
from tests.api.conftest import BASE, Api, token_for
from tests.api.test_matrix import plant
from tests.conftest import Couple, client_for

# Integers allowed in URLs: the program's weeks, numbered 1-12 by the curriculum.
ALLOWED_INT_PARAMS = {"number"}
# The operator's admin names rows by primary key by design: only staff ever reach it.
OPERATOR = "operator/"
# Where the test walks pages: not the ones that end the session or hand out tokens.
SKIP = re.compile(r"^(leave-now/|accounts/|operator/|api/|settings/delete/|invite/)")
UUID_RE = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# A primary key starts at FIRST_PK (and each table in its own range), far from every
# number a page shows on purpose: scores 1-7, weeks 1-12, years, counts.
FIRST_PK = 700_000


def _routes(resolver: URLResolver, prefix: str = "") -> list[tuple[str, Any, bool]]:
    """(route, pattern, whether it is a page) for every pattern, includes too."""
    found: list[tuple[str, Any, bool]] = []
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            found.append((route, entry.pattern, False))
            found.extend(_routes(entry, route))
        elif isinstance(entry, URLPattern):
            found.append((route, entry.pattern, True))
    return found


# 1 ------------------------------------------------------------------------------------------


def test_no_url_takes_an_integer_id() -> None:
    offenders = []
    for route, pattern, _ in _routes(get_resolver()):
        if route.lstrip("^").startswith(OPERATOR):
            continue
        for name, converter in getattr(pattern, "converters", {}).items():
            if isinstance(converter, IntConverter) and name not in ALLOWED_INT_PARAMS:
                offenders.append((route, name))
        if isinstance(pattern, RegexPattern):  # allauth's, say: no digits-only groups
            for name in re.findall(r"\(\?P<(\w+)>(?:\\d|\[0-9\])[+*]\)", str(pattern._regex)):
                offenders.append((route, name))
    assert not offenders, offenders
    # The allowed one is really there, so the allow-list cannot go stale unseen.
    assert any("week/<int:number>/" in route for route, _, _ in _routes(get_resolver()))


# 2 ------------------------------------------------------------------------------------------


def _is_idish(name: str) -> bool:
    return name == "id" or name.endswith("_id") or name == "by" or name.endswith("_by")


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _integer_ids(schema: dict[str, Any], node: dict[str, Any], where: str, seen: set[str]):  # type: ignore[no-untyped-def]
    """Every id-like property under `node` that is (or lists) an integer."""
    if "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            return
        seen = seen | {ref}
    node = _resolve(schema, node)
    for option in node.get("anyOf", []) + node.get("oneOf", []) + node.get("allOf", []):
        yield from _integer_ids(schema, option, where, seen)
    if node.get("type") == "array" and "items" in node:
        yield from _integer_ids(schema, node["items"], where, seen)
    for name, sub in node.get("properties", {}).items():
        if _is_idish(name) and _types(schema, sub) & {"integer", "number"}:
            yield f"{where}.{name}"
        yield from _integer_ids(schema, sub, f"{where}.{name}", seen)
    extra = node.get("additionalProperties")
    if isinstance(extra, dict):
        yield from _integer_ids(schema, extra, where, seen)


def _types(schema: dict[str, Any], node: dict[str, Any]) -> set[str]:
    node = _resolve(schema, node)
    found = {node["type"]} if isinstance(node.get("type"), str) else set()
    for option in node.get("anyOf", []) + node.get("oneOf", []):
        found |= _types(schema, option)
    if node.get("type") == "array" and "items" in node:
        found |= _types(schema, node["items"])
    return found


def test_the_api_schema_has_no_integer_ids(client: Client) -> None:
    response = client.get(f"{BASE}/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    offenders: list[str] = []
    path_params = 0
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            where = f"{method.upper()} {path}"
            for param in op.get("parameters", []):
                if param["in"] == "path":
                    path_params += 1
                    if _types(schema, param["schema"]) & {"integer", "number"}:
                        offenders.append(f"{where} {{{param['name']}}}")
                    elif _is_idish(param["name"]) and param["name"] != "token_id":
                        assert param["schema"].get("format") == "uuid", (where, param)
            body = op.get("requestBody", {}).get("content", {}).get("application/json")
            if body:
                offenders += _integer_ids(schema, body["schema"], f"{where} body", set())
            for status, answer in op.get("responses", {}).items():
                for content in answer.get("content", {}).values():
                    offenders += _integer_ids(schema, content["schema"], f"{where} {status}", set())
    assert path_params > 50
    assert not offenders, offenders


# 3 ------------------------------------------------------------------------------------------


def _tables_with_counted_ids() -> list[str]:
    return sorted(
        {
            m._meta.db_table
            for m in apps.get_models()
            if isinstance(m._meta.pk, models.AutoField) and not m._meta.proxy and m._meta.managed
        }
    )


@pytest.fixture
def big_ids(db: None) -> None:
    """Every table's next primary key far from any number a page shows, each in its range."""
    with connection.cursor() as cursor:
        for i, table in enumerate(_tables_with_counted_ids()):
            start = FIRST_PK + i * 10_000
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)", [table, start]
                )
            else:
                cursor.execute(
                    "UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [start, table]
                )
                if cursor.rowcount == 0:
                    cursor.execute(
                        "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, start]
                    )


def _every_step(c: Couple) -> None:
    """On top of the API matrix's planting: what it leaves out."""
    plant(c)
    breach = Breach.objects.filter(space=c.space).order_by("created_at").first()
    assert breach is not None
    for promise in Promise.objects.filter(breach=breach):
        for who in (c.alex, c.jordan):
            repair.promise_mark(
                promise=promise, by=who, occurrence=timezone.localdate(), kept=who == c.alex
            )
    # A statement and a question still waiting, so the hidden fields that answer them show.
    repair.question_ask(breach=breach, by=c.alex, text="Who else knew?")
    repair.attempt_offer(breach=breach, by=c.jordan, kind="apology", text="I am sorry.")
    conversation = talk.conversation_start(
        space=c.space, by=c.alex, what_happened="You laughed.", how_i_felt="Small."
    )
    talk.conversation_reply(conversation=conversation, by=c.jordan, text="I hear you.")
    week = timezone.localdate() - timedelta(days=timezone.localdate().weekday())
    for who, visibility in ((c.alex, "private"), (c.jordan, "partner")):
        checkins.checkin_record(
            space=c.space,
            by=who,
            week=week,
            scores=dict.fromkeys(MEASURE_KEYS, 5),
            visibility=visibility,
        )
    repair.self_trust_write(space=c.space, by=c.alex, exercise=EXERCISES[0].key, text="I knew.")
    note_write(space=c.space, by=c.sam, text="Both are trying.")
    session_record(space=c.space, by=c.sam)
    # A new round, so the questionnaire shows its questions (named by the behaviours' ids).
    agreement.round_start(space=c.space, by=c.alex)
    # Hard moments: a private log, a shared day, what helps, and a signal sent.
    moment = triggers.trigger_log(space=c.space, by=c.alex, kind="song", strength=4)
    triggers.trigger_update(trigger=moment, by=c.alex, helped=["breathing"], note="n")
    triggers.trigger_log(space=c.space, by=c.jordan, kind="place", strength=2)
    triggers.hard_day_add(
        space=c.space,
        by=c.alex,
        label="The day",
        day=timezone.localdate(),
        visibility="partner",
    )
    triggers.response_save(space=c.space, for_person=c.alex, by=c.alex, what_helps="Stay.")
    triggers.signal_setting_set(space=c.space, by=c.alex, on=True)
    triggers.signal_send(space=c.space, by=c.alex)
    # Being open: one offer on, one waiting, a draft, and "I feel pressured".
    soon = timezone.localdate() + timedelta(weeks=5)
    on = transparency.offer_draft(space=c.space, by=c.jordan, act="Phone.", review_on=soon)
    transparency.offer_make(offer=on, by=c.jordan)
    transparency.offer_answer(offer=on, by=c.alex, accept=True)
    transparency.pressure_note(offer=on, by=c.alex, note="Too soon.")
    waiting = transparency.offer_draft(space=c.space, by=c.jordan, act="Late.", review_on=soon)
    transparency.offer_make(offer=waiting, by=c.jordan)
    transparency.offer_draft(space=c.space, by=c.alex, act="Money.", review_on=soon)
    # The account: Alex hurt Jordan; written, shared, signed, something told later, and the
    # no-contact message shown, changed by Jordan's words, sent.
    owned = repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=False,
        category="infidelity_emotional",
        description="The messages.",
    )
    disclosure.detail_choose(
        breach=owned, by=c.jordan, levels={}, sexual_specifics=False, visibility="partner"
    )
    disclosure.account_part_write(breach=owned, by=c.alex, part="when", text="In March.")
    disclosure.account_share(breach=owned, by=c.alex)
    disclosure.account_sign(breach=owned, by=c.alex)
    disclosure.account_sign(breach=owned, by=c.jordan)
    disclosure.account_add(breach=owned, by=c.alex, text="She called.")
    disclosure.message_draft(breach=owned, by=c.alex, text="It is over.")
    disclosure.message_show(breach=owned, by=c.alex)
    disclosure.message_suggest(breach=owned, by=c.jordan, text="It is over. Do not write.")
    # My own part: Alex's addiction; a reflection shared, a day slipped and told, one not.
    repair.breach_record(
        space=c.space,
        by=c.alex,
        i_was_hurt=False,
        category="addiction_drugs",
        description="The pills.",
    )
    r = ownpart.reflection_save(space=c.space, by=c.alex, prompt="did", text="I hid it.")
    ownpart.reflection_share(reflection=r, by=c.alex, share=True)
    today = timezone.localdate()
    for days in (0, 1):
        ownpart.day_check(space=c.space, by=c.alex, how="slipped", day=today - timedelta(days=days))
    ownpart.slip_tell(slip=Slip.objects.filter(author=c.alex).first(), by=c.alex, note="Sorry.")
    ownpart.rule_say_yes(space=c.space, by=c.jordan)


def _every_pk() -> set[str]:
    found: set[str] = set()
    for model in apps.get_models():
        if model._meta.db_table in _tables_with_counted_ids():
            found |= {str(pk) for pk in model._default_manager.values_list("pk", flat=True)}
    return found


def _fill(route: str, ids: dict[str, list[str]]) -> list[str]:
    route = route.lstrip("^").rstrip("$").replace("\\Z", "").replace("\\/", "/")
    urls = [route]
    for name in re.findall(r"<(?:\w+:)?(\w+)>", route):
        urls = [
            re.sub(r"<(?:\w+:)?\w+>", value, url, count=1)
            for url in urls
            for value in ids.get(name, [str(uuid4())])
        ]
    return ["/" + url for url in urls]


def _pages(c: Couple) -> list[str]:
    ids = {
        "space_id": [str(c.space.uid)],
        "breach_id": [str(u) for u in Breach.objects.values_list("uid", flat=True)],
        "entry_id": [str(u) for u in JournalEntry.objects.values_list("uid", flat=True)],
        "version_id": [str(u) for u in AgreementVersion.objects.values_list("uid", flat=True)],
        "conversation_id": [str(u) for u in Conversation.objects.values_list("uid", flat=True)],
        "group": list(GROUP_KEYS),
        "number": ["1", "12"],
        "trigger_id": [str(u) for u in Trigger.objects.values_list("uid", flat=True)],
        "day_id": [str(u) for u in HardDay.objects.values_list("uid", flat=True)],
        "signal_id": [str(u) for u in Signal.objects.values_list("uid", flat=True)],
        "session_id": [str(u) for u in Session.objects.values_list("uid", flat=True)],
        "bid_id": [str(u) for u in Bid.objects.values_list("uid", flat=True)],
        "offer_id": [str(u) for u in Offer.objects.values_list("uid", flat=True)],
        "slip_id": [str(u) for u in Slip.objects.values_list("uid", flat=True)],
        "prompt": ["feel", "did"],
        "part": ["when", "who"],
    }
    return sorted(
        {
            url
            for route, _, is_page in _routes(get_resolver())
            if is_page and not SKIP.match(route.lstrip("^"))
            for url in _fill(route, ids)
        }
    )


# Where an id would sit in a page: a path segment of a link, a form's action, a hidden
# field's value, an element's id (or what points at one), a button's value.
NUMERIC_SEGMENT = re.compile(r"""(?:href|action|src|data-[\w-]+)="([^"]*?/\d+/[^"]*)\"""")
HIDDEN_NUMBER = re.compile(r"""<input[^>]*type="hidden"[^>]*>""")
NUMBERED_ID = re.compile(r"""\b((?:id|for|name|aria-describedby)="[\w-]*?-(\d+))\"""")
NAMED_NUMBER = re.compile(r"""<(?:input|button)[^>]*name="([\w-]+)"[^>]*value="(\d+)\"""")
# Inputs whose values are numbers on purpose (scores, a statement's version number).
NUMBER_FIELDS = set(MEASURE_KEYS) | {"based_on_version", "weekday", "strength"}
# Element ids numbered by position, not by row: the charts' series.
POSITIONAL_IDS = ("activate-serie-",)


def _id_problems(body: str, pks: set[str]) -> list[str]:
    problems = []
    for url in NUMERIC_SEGMENT.findall(body):
        if not re.search(r"/program/week/\d+/", url):
            problems.append(f"numeric path segment: {url}")
    for tag in HIDDEN_NUMBER.findall(body):
        value = re.search(r'value="(\d+)"', tag)
        name = re.search(r'name="([\w-]+)"', tag)
        if value and (name is None or name.group(1) not in NUMBER_FIELDS):
            problems.append(f"numeric hidden field: {tag}")
    problems += [
        f"numbered element: {whole}"
        for whole, _ in NUMBERED_ID.findall(body)
        if not any(p in whole for p in POSITIONAL_IDS) and not re.search(UUID_RE, whole)
    ]
    problems += [
        f"numeric button or field {name}={value}"
        for name, value in NAMED_NUMBER.findall(body)
        if name not in NUMBER_FIELDS
    ]
    # And, stronger: no primary key anywhere, as a number of its own.
    problems += [
        f"primary key {n}" for n in re.findall(r"(?<![\w.-])(\d{6,})(?![\w.-])", body) if n in pks
    ]
    return problems


def _api_gets(c: Couple) -> list[str]:
    schema = api.get_openapi_schema()
    ids = {
        "space_id": [str(c.space.uid)],
        "breach_id": [str(u) for u in Breach.objects.values_list("uid", flat=True)],
        "entry_id": [str(u) for u in JournalEntry.objects.values_list("uid", flat=True)],
        "version_id": [str(u) for u in AgreementVersion.objects.values_list("uid", flat=True)],
    }
    urls = []
    for path, methods in schema["paths"].items():
        if "get" not in methods:
            continue
        route = path.removeprefix(BASE).lstrip("/").replace("{", "<").replace("}", ">")
        urls += _fill(route, ids)
    return sorted(set(urls))


def _walk_json(value: Any, where: str = "") -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _walk_json(v, f"{where}.{k}")] + [
            (f"{where}.{k}", v) for k, v in value.items()
        ]
    if isinstance(value, list):
        return [pair for v in value for pair in _walk_json(v, f"{where}[]")]
    return []


def test_no_primary_key_reaches_any_page_or_api_answer(big_ids: None, couple: Couple) -> None:
    _every_step(couple)
    pks = _every_pk()
    # Rows written by migrations (the catalogue, the program) have small keys; every row
    # the couple wrote has one far from any number a page shows.
    mine = {pk for pk in pks if int(pk) > FIRST_PK}
    assert len(mine) > 100
    pages = _pages(couple)
    assert len(pages) > 40
    problems: list[tuple[str, str, str]] = []
    fetched = 0
    for who in (couple.alex, couple.jordan, couple.sam):
        client = client_for(who)
        for url in pages:
            response = client.get(url)
            assert response.status_code < 500, (who.name, url)
            if response.status_code != 200:
                continue
            fetched += 1
            body = response.content.decode("utf-8", "replace")
            problems += [(who.name, url, p) for p in _id_problems(body, mine)]
        api_client = Api(token_for(who))
        for url in _api_gets(couple):
            response = api_client.get(url)
            assert response.status_code < 500, (who.name, url)
            if response.status_code != 200:
                continue
            fetched += 1
            body = response.content.decode()
            problems += [(who.name, url, p) for p in _id_problems(body, mine)]
            for where, value in _walk_json(response.json()):
                name = where.rsplit(".", 1)[-1]
                if not _is_idish(name) or value is None or isinstance(value, dict):
                    continue  # a person ({"id", "name"}) is checked by its own "id"
                if url.startswith("/auth/tokens"):
                    continue  # API tokens are named by a random key id of their own
                for v in value if isinstance(value, list) else [value]:
                    if not (isinstance(v, str) and re.fullmatch(UUID_RE, v)):
                        problems.append((who.name, url, f"{where} = {v!r} is not a public id"))
    assert fetched > 150
    assert not problems, sorted({p[2] for p in problems})[:60]


def test_a_pending_proposal_is_decided_by_public_id(couple: Couple) -> None:
    """The people page's hidden "invite" field names the proposal by its public id."""
    spaces.professional_remove(space=couple.space, by=couple.alex)
    proposal = spaces.professional_invite_propose(space=couple.space, by=couple.alex)
    jordan = client_for(couple.jordan)
    url = f"/s/{couple.space.uid}/people/"
    body = jordan.get(url).content.decode()
    assert f"/professional/{proposal.uid}/approve/" in body
    assert f'value="{proposal.pk}"' not in body
    # The old numeric id is refused like an unknown one; the public id works.
    for wrong in (str(proposal.pk), str(uuid4()), "nonsense"):
        response = jordan.post(f"{url}professional/{wrong}/approve/", {"once": new_form_token()})
        # Not an id at all: no such address. An unknown one: said on People, nothing done.
        assert response.status_code in (302, 404)
        assert response.status_code == 404 or response["Location"] == url
        assert not proposal.approvals.filter(partner=couple.jordan).exists()
    jordan.post(
        f"{url}professional/{proposal.uid}/approve/",
        {"once": new_form_token()},
    )
    assert proposal.approvals.filter(partner=couple.jordan).exists()


# 4 ------------------------------------------------------------------------------------------


def test_old_numeric_addresses_answer_404_like_unknown_ones(couple: Couple) -> None:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="Late again.",
    )
    entry = JournalEntry.objects.create(space=couple.space, author=couple.alex, text="mine")
    alex = client_for(couple.alex)
    s, b, e = couple.space, breach, entry
    for new, row in (
        (f"/s/{s.uid}/", s),
        (f"/s/{s.uid}/journal/", s),
        (f"/s/{s.uid}/path/{b.uid}/", b),
        (f"/s/{s.uid}/journal/{e.uid}/edit/", e),
    ):
        assert alex.get(new).status_code == 200, new
        old = new.replace(str(row.uid), str(row.pk))
        unknown = alex.get(new.replace(str(row.uid), str(uuid4())))
        answer = alex.get(old)
        assert answer.status_code == unknown.status_code == 404, old
        assert answer.content == unknown.content
    # The API answers the same 404 to an old id, a malformed one and an unknown one.
    api_alex = Api(token_for(couple.alex))
    answers = [
        api_alex.get(f"/spaces/{space}/journal/{item}")
        for space, item in (
            (s.uid, e.pk),
            (s.pk, e.uid),
            (s.uid, uuid4()),
            (uuid4(), e.uid),
            (s.uid, "1e3"),
            (s.uid, "x" * 500),
        )
    ]
    assert {a.status_code for a in answers} == {404}
    assert len({a.content for a in answers}) == 1
    assert api_alex.get(f"/spaces/{s.uid}/journal/{e.uid}").status_code == 200
    assert Space.objects.filter(uid=s.uid).exists()


# 5 ------------------------------------------------------------------------------------------


def _links(body: str) -> list[str]:
    return re.findall(r"https?://\S+", body)


def test_a_password_reset_link_names_the_person_by_their_random_id(
    big_ids: None, couple: Couple
) -> None:
    """allauth names the person in a reset link by their primary key, in base 36; ours
    carries their random `uid`. The link works; the old kind, with the key, fails calmly
    (the page that says the link is not valid, never a 500)."""
    from django.core import mail
    from django.urls import reverse
    from django.utils.http import int_to_base36

    from amends.accounts.models import User

    alex = User.objects.get(pk=couple.alex.pk)
    mail.outbox.clear()
    response = Client().post(reverse("account_reset_password"), {"email": alex.email})
    assert response.status_code == 302
    [message] = mail.outbox
    [link] = [u for u in _links(message.body) if "/password/reset/key/" in u]
    who, _, token = link.rstrip("/").rsplit("/", 1)[1].partition("-")
    assert who == alex.uid.hex
    assert who != int_to_base36(alex.pk) and str(alex.pk) not in link
    client = Client()
    path = link.split("://", 1)[1].split("/", 1)[1]
    landed = client.get("/" + path, follow=True)
    assert landed.status_code == 200 and b"password1" in landed.content
    # The same token under the primary key (what allauth would have sent) is refused.
    old = reverse("account_reset_password_from_key", args=[int_to_base36(alex.pk), token])
    refused = Client().get(old, follow=True)
    assert refused.status_code == 200 and b"password1" not in refused.content
    # Nor does a reset to the form with a malformed or unknown id get further.
    for bad in ("zzzz", uuid4().hex):
        answer = Client().get(
            reverse("account_reset_password_from_key", args=[bad, token]), follow=True
        )
        assert answer.status_code == 200 and b"password1" not in answer.content


def test_an_email_confirmation_link_carries_no_primary_key(big_ids: None, db: None) -> None:
    """The confirmation key is random, not the address's primary key signed (allauth's
    HMAC keys are readable base64 of it)."""
    import base64

    from django.core import mail
    from django.urls import reverse

    from amends.accounts.models import User

    mail.outbox.clear()
    response = Client().post(
        reverse("account_signup"),
        {
            "email": "robin@example.com",
            "display_name": "Robin",
            "password1": "a long enough passphrase",
            "password2": "a long enough passphrase",
        },
    )
    assert response.status_code == 302
    [message] = mail.outbox
    [link] = [u for u in _links(message.body) if "/confirm-email/" in u]
    key = link.rstrip("/").rsplit("/", 1)[1]
    user = User.objects.get(email="robin@example.com")
    address_pk = user.emailaddress_set.get().pk
    readable = ""
    for part in key.split(":"):
        try:
            readable += base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)).decode("latin-1")
        except ValueError:
            continue
    for pk in (address_pk, user.pk):
        assert str(pk) not in key and str(pk) not in readable
    # And it still confirms the address.
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    assert Client().post(path).status_code == 302
    assert user.emailaddress_set.get().verified
