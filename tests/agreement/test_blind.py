"""The questionnaire is blind: nothing about one partner's answers reaches the other before
both have finished. Checked byte for byte on every page either of them can open."""

from uuid import UUID

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from amends.agreement import services
from amends.agreement.catalogue import CATALOGUE, GROUP_KEYS, GROUPS
from amends.agreement.models import Behaviour, Rating, Round
from amends.agreement.selectors import ratings_visible_to, reveal_for
from amends.core.once import new_form_token
from amends.spaces.selectors import space_roles
from tests.conftest import Couple, client_for

from .helpers import agreement_urls, answer, answer_all, ids, snapshot


def test_the_catalogue_is_complete_and_loaded(db: None) -> None:
    assert len(CATALOGUE) >= 30
    assert len({key for key, _, _ in CATALOGUE}) == len(CATALOGUE)
    assert {group for _, group, _ in CATALOGUE} == set(GROUP_KEYS)
    assert len(GROUPS) == 6
    rows = Behaviour.objects.filter(space__isnull=True)
    assert rows.count() == len(CATALOGUE)
    assert {b.key for b in rows} == {key for key, _, _ in CATALOGUE}


@pytest.mark.parametrize("jordan_did", ["nothing", "some", "all"])
def test_partner_pages_are_identical_whatever_the_other_answered(
    couple: Couple, jordan_did: str
) -> None:
    space = couple.space
    if jordan_did == "some":
        answer(space, couple.jordan, {i: "talk" for i in ids(space)[:5]})
    elif jordan_did == "all":
        answer_all(space, couple.jordan, "not_okay")
    as_jordan = client_for(couple.jordan)
    snapshot(as_jordan, space)  # the first visit remembers the space in the session
    before = snapshot(as_jordan, space)

    all_ids = ids(space)
    # Alex answers some, then (short of finishing, if Jordan already has) everything.
    answer(space, couple.alex, {i: "cheating" for i in all_ids[:7]})
    some = snapshot(as_jordan, space)
    last = all_ids[:-1] if jordan_did == "all" else all_ids
    answer(space, couple.alex, {i: "fine" for i in last})
    most = snapshot(as_jordan, space)

    assert not Round.objects.filter(space=space, revealed_at__isnull=False).exists()
    for url in before:
        assert before[url] == some[url], url
        assert before[url] == most[url], url


def test_a_new_custom_behaviour_is_asked_of_both_and_reveals_nothing(couple: Couple) -> None:
    space = couple.space
    answer_all(space, couple.alex, "fine")
    added = services.custom_behaviour_add(
        space=space, by=couple.jordan, wording="Texting a colleague late at night", group="online"
    )
    answer_all(space, couple.jordan, "cheating")
    # Alex has not answered the new question, so neither is finished: nothing is revealed.
    assert Round.objects.get(space=space).revealed_at is None
    assert reveal_for(viewer=couple.jordan, roles=space_roles(space)) is None
    answer(space, couple.alex, {added.uid: "talk"})
    assert Round.objects.get(space=space).revealed_at is not None
    reveal = reveal_for(viewer=couple.jordan, roles=space_roles(space))
    assert reveal is not None
    assert added.uid in {row.behaviour.uid for row in reveal.rows}


def test_a_behaviour_added_after_the_reveal_is_not_in_it(couple: Couple) -> None:
    space = couple.space
    answer_all(space, couple.alex)
    answer_all(space, couple.jordan)
    late = services.custom_behaviour_add(
        space=space, by=couple.alex, wording="Something new", group="social"
    )
    reveal = reveal_for(viewer=couple.alex, roles=space_roles(space))
    assert reveal is not None
    assert late.uid not in {row.behaviour.uid for row in reveal.rows}


def test_the_rule_for_ratings(couple: Couple) -> None:
    space = couple.space
    roles = space_roles(space)
    answer(space, couple.alex, {ids(space)[0]: "fine"})
    answer(space, couple.jordan, {ids(space)[0]: "cheating"})
    current = Round.objects.get(space=space)
    assert set(
        ratings_visible_to(viewer=couple.jordan, roles=roles, round=current).values_list(
            "partner_id", flat=True
        )
    ) == {couple.jordan.pk}
    for outsider in (couple.sam, couple.casey):
        assert not ratings_visible_to(viewer=outsider, roles=roles, round=current).exists()
    answer_all(space, couple.alex)
    answer_all(space, couple.jordan)
    current.refresh_from_db()
    assert set(
        ratings_visible_to(viewer=couple.jordan, roles=roles, round=current).values_list(
            "partner_id", flat=True
        )
    ) == {couple.alex.pk, couple.jordan.pk}
    assert not ratings_visible_to(viewer=couple.sam, roles=roles, round=current).exists()


def test_answering_through_the_pages_and_the_reveal_opening(
    couple: Couple, as_alex, as_jordan
) -> None:
    space = couple.space
    by_group: dict[str, list[UUID]] = {}
    for b in Behaviour.objects.filter(space__isnull=True):
        by_group.setdefault(b.group, []).append(b.uid)
    for client, stance in ((as_alex, "fine"), (as_jordan, "cheating")):
        for group in GROUP_KEYS:
            url = reverse("agreement_questions", args=[space.uid, group])
            response = client.post(url, {f"behaviour-{i}": stance for i in by_group[group]})
            assert response.status_code == 302
    assert response.url == reverse("agreement_reveal", args=[space.uid])
    html = as_alex.get(response.url).content.decode()
    assert "Where you see it differently" in html
    assert "Jordan: Cheating" in html
    # The round is fixed now: answering again is refused, with a message.
    url = reverse("agreement_questions", args=[space.uid, "online"])
    response = as_alex.post(url, {f"behaviour-{by_group['online'][0]}": "cheating"})
    assert "answers are fixed" in response.content.decode()
    assert Rating.objects.get(partner=couple.alex, behaviour__uid=by_group["online"][0]).stance == (
        "fine"
    )


def test_a_new_round_is_blind_again(couple: Couple, as_alex) -> None:
    space = couple.space
    answer_all(space, couple.alex, "fine")
    answer_all(space, couple.jordan, "fine")
    response = as_alex.post(
        reverse("agreement_round_start", args=[space.uid]), {"once": new_form_token()}
    )
    assert response.status_code == 302
    assert Round.objects.filter(space=space).count() == 2
    answer_all(space, couple.alex, "cheating")
    reveal = reveal_for(viewer=couple.jordan, roles=space_roles(space))
    assert reveal is not None
    assert reveal.round.number == 1
    assert {row.theirs for row in reveal.rows} == {"fine"}  # not round 2's "cheating"


@pytest.mark.parametrize("who", ["sam", "casey"])
def test_outsiders_get_404_everywhere_and_change_nothing(couple: Couple, who: str) -> None:
    client = client_for(getattr(couple, who))
    space = couple.space
    for url in agreement_urls(space)[1:]:
        assert client.get(url).status_code == 404, url
    first = ids(space)[0]
    response = client.post(
        reverse("agreement_questions", args=[space.uid, "online"]), {f"behaviour-{first}": "fine"}
    )
    assert response.status_code == 404
    response = client.post(
        reverse("agreement_custom_add", args=[space.uid]), {"wording": "x", "group": "online"}
    )
    assert response.status_code == 404
    assert client.post(reverse("agreement_round_start", args=[space.uid])).status_code == 404
    assert client.post(reverse("agreement_draft_start", args=[space.uid])).status_code == 404
    assert not Rating.objects.exists()
    assert not Behaviour.objects.filter(space__isnull=False).exists()


@pytest.mark.usefixtures("uncached")
def test_questionnaire_queries_do_not_grow_with_answers(couple: Couple, as_jordan) -> None:
    space = couple.space
    url = reverse("agreement_questions", args=[space.uid, "online"])

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert as_jordan.get(url).status_code == 200
        return len(ctx.captured_queries)

    answer(space, couple.jordan, {ids(space)[0]: "fine"})
    count()
    few = count()
    assert few <= 12
    answer_all(space, couple.jordan, "talk", skip=1)
    answer_all(space, couple.alex, "fine")
    assert count() == few
    home = reverse("agreement_home", args=[space.uid])
    with CaptureQueriesContext(connection) as ctx:
        as_jordan.get(home)
    assert len(ctx.captured_queries) <= 14
