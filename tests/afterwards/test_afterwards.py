"""The steps after atonement: services, openness, visibility through pages, API and export."""

import json

import pytest
from django.urls import reverse

from amends.accounts.export import export_document, export_sections
from amends.afterwards import selectors, services
from amends.afterwards.models import Bid, Closeness, Part, PartKind
from amends.core.errors import ActionRefused
from amends.repair import services as repair
from amends.spaces.selectors import space_roles
from tests.afterwards_setup import atoned
from tests.conftest import Couple, client_for


def _url(name: str, breach, *extra) -> str:  # type: ignore[no-untyped-def]
    return reverse(name, args=[breach.space.uid, breach.uid, *extra])


def test_closed_until_atonement_is_done(couple: Couple) -> None:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="d",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="a")
    repair.commitment_make(breach=breach, by=couple.jordan, text="b")
    roles = space_roles(couple.space)
    reason, words = selectors.why_closed(breach=breach, viewer=couple.alex, roles=roles)
    assert reason == selectors.ATONEMENT_FIRST and "no rush" in words
    with pytest.raises(ActionRefused):
        services.part_save(breach=breach, by=couple.alex, kind="vulnerable", text="x")
    assert not Part.objects.exists()
    page = client_for(couple.alex).get(_url("afterwards_vulnerable", breach))
    assert (
        page.status_code == 200 and b"no rush" in page.content and b"<textarea" not in page.content
    )


def test_open_after_atonement_and_refused_to_others(couple: Couple) -> None:
    breach = atoned(couple)
    roles = space_roles(couple.space)
    assert selectors.why_closed(breach=breach, viewer=couple.alex, roles=roles) == ("", "")
    assert selectors.why_closed(breach=breach, viewer=couple.jordan, roles=roles) == ("", "")
    assert selectors.why_closed(breach=breach, viewer=couple.sam, roles=roles)[0] == (
        selectors.NOT_A_PARTNER
    )
    with pytest.raises(ActionRefused):
        services.part_save(breach=breach, by=couple.sam, kind="vulnerable", text="x")
    # Only the hurt partner asks for comfort; the other answers only a shared ask.
    with pytest.raises(ActionRefused):
        services.part_save(breach=breach, by=couple.jordan, kind="comfort_ask", text="x")
    with pytest.raises(ActionRefused):
        services.part_save(breach=breach, by=couple.jordan, kind="comfort_answer", text="x")
    services.part_save(breach=breach, by=couple.alex, kind="comfort_ask", text="draft")
    with pytest.raises(ActionRefused):
        services.part_save(breach=breach, by=couple.jordan, kind="comfort_answer", text="x")
    # Bad input changes nothing.
    for bad in ({"kind": "nonsense", "text": "x"}, {"kind": "vulnerable", "text": "  "}):
        with pytest.raises(ActionRefused):
            services.part_save(breach=breach, by=couple.alex, **bad)  # type: ignore[arg-type]
    with pytest.raises(ActionRefused):
        services.part_save(breach=breach, by=couple.alex, kind="between_us")
    with pytest.raises(ActionRefused):
        services.bid_add(breach=breach, by=couple.alex, kind="hug", text="x")
    with pytest.raises(ActionRefused):
        services.closeness_say(breach=breach, by=couple.alex, wants="yes")  # type: ignore[arg-type]
    assert Part.objects.count() == 1 and not Bid.objects.exists()
    assert not Closeness.objects.exists()


def test_a_draft_is_private_until_shared_then_read_once_shared(couple: Couple) -> None:
    breach = atoned(couple)
    part = services.part_save(
        breach=breach, by=couple.jordan, kind="between_us", own_part="MY-PART-DRAFT"
    )
    assert part.visibility == "private"
    url = _url("afterwards_between_us", breach)
    assert b"MY-PART-DRAFT" in client_for(couple.jordan).get(url).content
    for who in (couple.alex, couple.sam):
        assert b"MY-PART-DRAFT" not in client_for(who).get(url).content
    services.part_save(
        breach=breach,
        by=couple.jordan,
        kind="between_us",
        own_part="MY-PART-SHARED",
        visibility="partner",
    )
    assert Part.objects.count() == 1
    assert b"MY-PART-SHARED" in client_for(couple.alex).get(url).content
    assert b"MY-PART-SHARED" not in client_for(couple.sam).get(url).content
    services.part_save(
        breach=breach,
        by=couple.jordan,
        kind="between_us",
        own_part="MY-PART-ALL",
        visibility="partner_and_professional",
    )
    assert b"MY-PART-ALL" in client_for(couple.sam).get(url).content


def test_the_page_saves_a_draft_then_shares_it(couple: Couple) -> None:
    breach = atoned(couple)
    jordan = client_for(couple.jordan)
    url = _url("afterwards_vulnerable", breach)
    page = jordan.get(url)
    assert b"it belongs to the one who made it" in page.content
    once = page.content.decode().split('name="once" value="')[1].split('"')[0]
    response = jordan.post(url, {"once": once, "visibility": "private", "text": "WE-DRIFTED"})
    assert response.status_code == 302
    part = Part.objects.get(kind=PartKind.VULNERABLE)
    assert part.visibility == "private" and part.text == "WE-DRIFTED"
    assert b"WE-DRIFTED" not in client_for(couple.alex).get(url).content


def test_closeness_no_is_never_seen_and_both_yes_opens_the_plan(couple: Couple) -> None:
    breach = atoned(couple)
    url = _url("afterwards_turning", breach)
    before = client_for(couple.alex).get(url).content
    services.closeness_say(breach=breach, by=couple.jordan, wants=False)
    services.closeness_say(breach=breach, by=couple.jordan, wants=True)
    roles = space_roles(couple.space)
    assert not selectors.closeness_for(breach=breach, viewer=couple.alex, roles=roles).both
    assert selectors.closeness_for(breach=breach, viewer=couple.jordan, roles=roles).mine
    assert not selectors.closeness_for(breach=breach, viewer=couple.jordan, roles=roles).both
    after = client_for(couple.alex).get(url).content
    assert b"Being near" not in after and b"Being near" not in before
    services.closeness_say(breach=breach, by=couple.alex, wants=True)
    assert selectors.closeness_for(breach=breach, viewer=couple.jordan, roles=roles).both
    assert b"Being near" in client_for(couple.alex).get(url).content
    assert b"Being near" in client_for(couple.jordan).get(url).content
    assert b"Being near" not in client_for(couple.sam).get(url).content
    assert Closeness.objects.filter(visibility="private").count() == 2


def test_bids_private_or_shared_and_only_the_author_removes(couple: Couple) -> None:
    breach = atoned(couple)
    kept = services.bid_add(
        breach=breach, by=couple.alex, kind="bid", text="BID-KEPT", visibility="private"
    )
    services.bid_add(breach=breach, by=couple.alex, kind="appreciation", text="BID-SHARED")
    url = _url("afterwards_turning", breach)
    jordan_sees = client_for(couple.jordan).get(url).content
    assert b"BID-SHARED" in jordan_sees and b"BID-KEPT" not in jordan_sees
    delete = _url("afterwards_bid_delete", breach, kept.uid)
    assert client_for(couple.jordan).post(delete).status_code == 404
    assert client_for(couple.alex).post(delete).status_code == 302
    assert not Bid.objects.filter(pk=kept.pk).exists()


def test_export_follows_visibility(couple: Couple) -> None:
    breach = atoned(couple)
    services.part_save(breach=breach, by=couple.jordan, kind="vulnerable", text="VULN-DRAFT")
    services.part_save(
        breach=breach, by=couple.alex, kind="comfort_ask", text="ASK-SHARED", visibility="partner"
    )
    jordan = json.dumps(export_document(user=couple.jordan), default=str)
    assert "VULN-DRAFT" in jordan and "ASK-SHARED" not in jordan  # the JSON copy: own words
    alex_readable = repr(export_sections(user=couple.alex))
    jordan_readable = repr(export_sections(user=couple.jordan))
    assert "ASK-SHARED" in alex_readable and "ASK-SHARED" in jordan_readable
    assert "VULN-DRAFT" in jordan_readable and "VULN-DRAFT" not in alex_readable
    assert "VULN-DRAFT" not in repr(export_sections(user=couple.sam))


def test_pages_are_404_to_strangers(couple: Couple) -> None:
    breach = atoned(couple)
    for name in ("afterwards_home", "afterwards_comfort", "afterwards_turning"):
        assert client_for(couple.casey).get(_url(name, breach)).status_code == 404


def test_version_numbers_rise_only_for_who_may_see(couple: Couple) -> None:
    from tests.privacy.test_space_version import everyone, raised

    breach = atoned(couple)
    before = everyone(couple)
    services.part_save(breach=breach, by=couple.alex, kind="between_us", feelings="draft")
    services.closeness_say(breach=breach, by=couple.alex, wants=False)
    services.bid_add(breach=breach, by=couple.alex, kind="bid", text="b", visibility="private")
    assert raised(before, everyone(couple)) == {"alex"}
    before = everyone(couple)
    services.part_save(
        breach=breach, by=couple.alex, kind="between_us", feelings="d", visibility="partner"
    )
    assert raised(before, everyone(couple)) == {"alex", "jordan"}
    before = everyone(couple)
    services.bid_add(
        breach=breach,
        by=couple.alex,
        kind="ritual",
        text="r",
        visibility="partner_and_professional",
    )
    assert raised(before, everyone(couple)) == {"alex", "jordan", "sam"}


def test_headings_never_skip_a_level_on_the_steps(couple: Couple) -> None:
    """axe's heading-order: a part's labels come straight under the page's h1, so they are
    h2 (they were h3), on every step that shows parts, for both partners."""
    import itertools
    import re

    breach = atoned(couple)
    both = "partner_and_professional"
    services.part_save(
        breach=breach, by=couple.alex, kind="comfort_ask", text="Hold me.", visibility=both
    )
    services.part_save(
        breach=breach, by=couple.jordan, kind="comfort_answer", text="I will.", visibility=both
    )
    for who in (couple.alex, couple.jordan):
        services.part_save(
            breach=breach, by=who, kind="between_us", feelings="Lost.", visibility=both
        )
        services.part_save(breach=breach, by=who, kind="vulnerable", text="Tired.", visibility=both)
    for who in (couple.alex, couple.jordan, couple.sam):
        for name in ("afterwards_comfort", "afterwards_between_us", "afterwards_vulnerable"):
            body = client_for(who).get(_url(name, breach)).content.decode()
            levels = [int(n) for n in re.findall(r"<h([1-6])[\s>]", body.split("<main", 1)[1])]
            assert levels and levels[0] == 1, (name, levels)
            assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (name, levels)
            assert '<h2 class="part-label">' in body, name
