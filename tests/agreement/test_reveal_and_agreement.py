"""The reveal's order, the written agreement's versions and signatures, and bad input."""

import pytest
from django.urls import reverse

from amends.agreement import services
from amends.agreement.models import (
    AgreementSignature,
    AgreementTerm,
    AgreementVersion,
    Behaviour,
    Rating,
    VersionStatus,
)
from amends.agreement.selectors import (
    MATCH,
    MISMATCH,
    TALK,
    agreement_term_for_breach,
    agreement_terms_for_breach,
    reveal_for,
)
from amends.core.errors import ActionRefused
from amends.core.limits import SHORT_TEXT_MAX
from amends.core.once import new_form_token
from amends.spaces.selectors import space_roles
from tests.conftest import Couple, client_for, operator_client

from .helpers import answer, answer_all, ids, reveal_both, signed_version

# ------------------------------------------------------------------ the reveal


def terms_of(version: AgreementVersion) -> list[tuple[int, str, str]]:
    """What a version says (terms are sealed: read them as objects, not values)."""
    return [(t.behaviour_id, t.stance, t.note) for t in version.terms.order_by("behaviour_id")]


def test_reveal_orders_mismatches_then_talk_then_matches(couple: Couple, as_jordan) -> None:
    space = couple.space
    a, b, c, d, e = ids(space)[:5]
    everything = dict.fromkeys(ids(space), "fine")
    answer(space, couple.alex, everything | {b: "not_okay", c: "talk", e: "talk"})
    # b: a small difference; d: a wide one; c and e: someone wants to talk; a: the same.
    answer(space, couple.jordan, everything | {b: "cheating", d: "cheating", e: "talk"})

    reveal = reveal_for(viewer=couple.jordan, roles=space_roles(space))
    assert reveal is not None
    kinds = [row.kind for row in reveal.rows]
    assert kinds == sorted(kinds, key=[MISMATCH, TALK, MATCH].index)
    assert [r.behaviour.uid for r in reveal.mismatches] == [d, b]  # widest gap first
    assert [r.behaviour.uid for r in reveal.talks] == [c, e]
    assert reveal.matches[0].behaviour.uid == a
    assert len(reveal.rows) == len(ids(space))
    assert all(r.prompt for r in reveal.mismatches + reveal.talks)
    assert not any(r.prompt for r in reveal.matches)
    # Jordan sees their own answer as "You" and Alex's under Alex's name.
    assert (reveal.mismatches[0].mine, reveal.mismatches[0].theirs) == ("cheating", "fine")

    html = as_jordan.get(reverse("agreement_reveal", args=[space.uid])).content.decode()
    wording = {x.uid: x.wording for x in Behaviour.objects.filter(uid__in=[a, b, c, d, e])}
    positions = [html.index(wording[x]) for x in (d, b, c, e, a)]
    assert positions == sorted(positions)
    assert html.index("Where you see it differently") < html.index("What you want to talk about")
    assert html.index("What you want to talk about") < html.index("Where you agree")


def test_reveal_page_before_both_finish_says_only_the_waiting_line(couple: Couple, as_alex) -> None:
    answer_all(couple.space, couple.alex, "cheating")
    html = as_alex.get(reverse("agreement_reveal", args=[couple.space.uid])).content.decode()
    assert "When you have both answered, you will see your answers side by side." in html
    assert "Jordan:" not in html


# ------------------------------------------------------------------ signing and versions


def test_signing_needs_both(couple: Couple, as_alex, as_jordan) -> None:
    space = couple.space
    reveal_both(space, couple.alex, couple.jordan)
    as_alex.post(reverse("agreement_draft_start", args=[space.uid]), {"once": new_form_token()})
    version = AgreementVersion.objects.get(space=space)
    # Both answered "fine" everywhere, so the draft starts with those shared answers.
    assert version.terms.count() == len(ids(space))
    assert {t.stance for t in version.terms.all()} == {"fine"}

    as_alex.post(reverse("agreement_sign", args=[space.uid, version.uid]))
    version.refresh_from_db()
    assert version.status == VersionStatus.PROPOSED
    assert agreement_terms_for_breach(space=space) == []
    # Signing twice does not count twice.
    response = as_alex.post(reverse("agreement_sign", args=[space.uid, version.uid]), follow=True)
    assert "already signed" in response.content.decode()
    assert AgreementSignature.objects.filter(version=version).count() == 1

    as_jordan.post(reverse("agreement_sign", args=[space.uid, version.uid]))
    version.refresh_from_db()
    assert version.status == VersionStatus.SIGNED
    assert version.signed_at is not None
    offered = agreement_terms_for_breach(space=space)
    assert len(offered) == len(ids(space))
    assert all(text.endswith(": Fine") for _, text in offered)


def test_a_partner_alone_cannot_sign(couple: Couple) -> None:
    from amends.spaces.services import space_create

    solo_space = space_create(by=couple.casey, name="Alone")
    # Casey cannot even start: there is nothing revealed without a partner.
    with pytest.raises(ActionRefused):
        services.agreement_draft_start(space=solo_space, by=couple.casey)


def test_changing_a_version_clears_signatures(couple: Couple) -> None:
    space = couple.space
    reveal_both(space, couple.alex, couple.jordan)
    version = services.agreement_draft_start(space=space, by=couple.alex)
    services.agreement_sign(version=version, by=couple.alex)
    saved = services.agreement_draft_save(
        version=version, by=couple.jordan, terms={ids(space)[0]: ("cheating", "")}, summary=""
    )
    assert saved.signatures_cleared
    version.refresh_from_db()
    assert version.status == VersionStatus.DRAFT
    assert not AgreementSignature.objects.filter(version=version).exists()


def test_a_revision_does_not_alter_the_signed_version(couple: Couple, as_jordan, as_alex) -> None:
    space = couple.space
    v1 = signed_version(space, couple.alex, couple.jordan)
    before = terms_of(v1)
    summary_before = v1.summary

    as_jordan.post(reverse("agreement_draft_start", args=[space.uid]), {"once": new_form_token()})
    v2 = AgreementVersion.objects.get(space=space, number=2)
    assert v2.based_on_id == v1.pk
    assert terms_of(v2) == before
    first, second = ids(space)[:2]
    response = as_jordan.post(
        reverse("agreement_edit", args=[space.uid, v2.uid]),
        {
            f"stance-{first}": "not_okay",
            f"note-{first}": "only with each other's knowledge",
            f"stance-{second}": "fine",
            "summary": "We are open to changing this.",
        },
    )
    assert response.status_code == 302
    page = as_alex.get(reverse("agreement_version", args=[space.uid, v2.uid])).content.decode()
    assert "What this version changes" in page
    assert "only with each other&#x27;s knowledge" in page

    # The signed version is untouched, and still the one a breach can point to.
    v1.refresh_from_db()
    assert v1.status == VersionStatus.SIGNED
    assert terms_of(v1) == before
    assert v1.summary == summary_before
    assert [t for t, _ in agreement_terms_for_breach(space=space)] == list(
        v1.terms.values_list("pk", flat=True)
    )

    # Editing the signed version directly is refused and changes nothing.
    with pytest.raises(ActionRefused, match="never changes"):
        services.agreement_draft_save(
            version=v1, by=couple.alex, terms={first: ("fine", "")}, summary=""
        )
    response = as_alex.post(
        reverse("agreement_edit", args=[space.uid, v1.uid]), {f"stance-{first}": "fine"}
    )
    assert response.status_code == 302
    assert terms_of(v1) == before

    # Jordan proposes (signs), Alex accepts (signs): v2 is the agreement, v1 is history.
    services.agreement_sign(version=v2, by=couple.jordan)
    v1.refresh_from_db()
    assert v1.status == VersionStatus.SIGNED
    services.agreement_sign(version=v2, by=couple.alex)
    v1.refresh_from_db()
    v2.refresh_from_db()
    assert (v1.status, v2.status) == (VersionStatus.SUPERSEDED, VersionStatus.SIGNED)
    assert terms_of(v1) == before
    history = as_alex.get(reverse("agreement_history", args=[space.uid])).content.decode()
    assert "Version 1" in history
    assert "Version 2" in history
    # An old term stays valid for a breach recorded against it.
    old_term = v1.terms.first()
    assert old_term is not None
    assert agreement_term_for_breach(space=space, term_id=old_term.pk) == old_term


def test_discussing_a_proposal_leaves_it_proposed(couple: Couple, as_alex) -> None:
    space = couple.space
    signed_version(space, couple.alex, couple.jordan)
    v2 = services.agreement_draft_start(space=space, by=couple.jordan)
    services.agreement_sign(version=v2, by=couple.jordan)
    response = as_alex.post(
        reverse("agreement_note", args=[space.uid, v2.uid]),
        {"text": "Can we talk about the second one on Sunday?", "once": new_form_token()},
    )
    assert response.status_code == 302
    v2.refresh_from_db()
    assert v2.status == VersionStatus.PROPOSED
    page = client_for(couple.jordan).get(reverse("agreement_version", args=[space.uid, v2.uid]))
    assert "Can we talk about the second one on Sunday?" in page.content.decode()
    services.agreement_set_aside(version=v2, by=couple.alex)
    v2.refresh_from_db()
    assert v2.status == VersionStatus.SET_ASIDE


def test_only_one_open_draft_at_a_time(couple: Couple) -> None:
    reveal_both(couple.space, couple.alex, couple.jordan)
    services.agreement_draft_start(space=couple.space, by=couple.alex)
    with pytest.raises(ActionRefused, match="already a draft"):
        services.agreement_draft_start(space=couple.space, by=couple.jordan)
    assert AgreementVersion.objects.count() == 1


def test_no_draft_before_the_reveal(couple: Couple, as_alex) -> None:
    answer_all(couple.space, couple.alex)
    response = as_alex.post(
        reverse("agreement_draft_start", args=[couple.space.uid]),
        {"once": new_form_token()},
        follow=True,
    )
    assert "once you have both answered" in response.content.decode()
    assert not AgreementVersion.objects.exists()


def test_versions_of_another_space_are_404(couple: Couple, as_alex, as_casey) -> None:
    v1 = signed_version(couple.space, couple.alex, couple.jordan)
    for name in ("agreement_version", "agreement_edit"):
        assert as_casey.get(reverse(name, args=[couple.casey_space.uid, v1.uid])).status_code == 404
        assert as_alex.get(reverse(name, args=[couple.casey_space.uid, v1.uid])).status_code == 404
    sam = client_for(couple.sam)
    assert sam.get(reverse("agreement_version", args=[couple.space.uid, v1.uid])).status_code == 404
    for name in ("agreement_sign", "agreement_note", "agreement_set_aside"):
        assert sam.post(reverse(name, args=[couple.space.uid, v1.uid])).status_code == 404
    assert (
        as_alex.get(f"/s/{couple.space.uid}/agreement/written/99999999999999999999/").status_code
        == 404
    )
    assert as_alex.get(f"/s/{couple.space.uid}/agreement/questions/nope/").status_code == 404


def test_terms_for_breach_are_scoped_to_the_space(couple: Couple) -> None:
    assert agreement_terms_for_breach(space=couple.space) == []
    v1 = signed_version(couple.space, couple.alex, couple.jordan)
    term = v1.terms.first()
    assert term is not None
    with pytest.raises(ActionRefused):
        agreement_term_for_breach(space=couple.casey_space, term_id=term.pk)
    for bad in ("x", "", 0, 10**30):
        with pytest.raises(ActionRefused):
            agreement_term_for_breach(space=couple.space, term_id=bad)


# ------------------------------------------------------------------ bad input


@pytest.fixture
def caseys_behaviour(couple: Couple) -> Behaviour:
    return services.custom_behaviour_add(
        space=couple.casey_space, by=couple.casey, wording="Casey's own question", group="social"
    )


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("behaviour-99999999", "fine", "not part of your space"),
        ("behaviour-abc", "fine", "not part of your space"),
        ("behaviour-CASEY", "fine", "not part of your space"),
        ("behaviour-PK", "fine", "not part of your space"),  # named by its public id only
        ("behaviour-FIRST", "7", "Please choose one of the four answers"),
        ("behaviour-FIRST", "", "Please choose one of the four answers"),
    ],
)
def test_bad_answers_are_refused_and_change_nothing(
    couple: Couple, as_alex, caseys_behaviour, key: str, value: str, message: str
) -> None:
    space = couple.space
    first, second = ids(space)[:2]
    answer(space, couple.alex, {first: "fine"})
    key = key.replace("CASEY", str(caseys_behaviour.uid)).replace("FIRST", str(first))
    key = key.replace("PK", str(Behaviour.objects.get(uid=first).pk))
    rows = list(Rating.objects.values_list("pk", "behaviour_id", "stance"))
    # A good answer posted alongside the bad one is not saved either: all or nothing.
    response = as_alex.post(
        reverse("agreement_questions", args=[space.uid, "online"]),
        {f"behaviour-{second}": "cheating", key: value},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(Rating.objects.values_list("pk", "behaviour_id", "stance")) == rows


@pytest.mark.parametrize("rating", ["7", "", None, "Cheating"])
def test_the_service_refuses_ratings_outside_the_scale(couple: Couple, rating) -> None:
    with pytest.raises(ActionRefused, match="four answers") as refused:
        services.rating_set(
            space=couple.space,
            by=couple.alex,
            behaviour_id=ids(couple.space)[0],
            rating=rating,
        )
    assert refused.value.code == "invalid"
    assert not Rating.objects.exists()


def test_the_service_refuses_unknown_and_foreign_behaviours(
    couple: Couple, caseys_behaviour
) -> None:
    own_pk = Behaviour.objects.get(uid=ids(couple.space)[0]).pk
    for behaviour_id in (caseys_behaviour.uid, caseys_behaviour.pk, own_pk, 99999999, "x", -1):
        with pytest.raises(ActionRefused, match="not part of your space"):
            services.rating_set(
                space=couple.space, by=couple.alex, behaviour_id=behaviour_id, rating="fine"
            )
    assert not Rating.objects.exists()


@pytest.mark.parametrize(
    ("wording", "message"),
    [
        ("", "Please write the behaviour"),
        ("   \n ", "Please write the behaviour"),
        ("x" * (SHORT_TEXT_MAX + 1), f"up to {SHORT_TEXT_MAX} fit here"),
        ("Watching porn", "already on the list"),
    ],
)
def test_bad_custom_behaviours_are_refused_and_change_nothing(
    couple: Couple, as_alex, wording: str, message: str
) -> None:
    count = Behaviour.objects.count()
    response = as_alex.post(
        reverse("agreement_custom_add", args=[couple.space.uid]),
        {"wording": wording, "group": "online", "once": new_form_token()},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Behaviour.objects.count() == count


def test_custom_behaviour_bad_group_and_service_limits(couple: Couple, as_alex) -> None:
    count = Behaviour.objects.count()
    response = as_alex.post(
        reverse("agreement_custom_add", args=[couple.space.uid]),
        {"wording": "Fine words", "group": "nowhere"},
    )
    assert "Please choose which list it goes in" in response.content.decode()
    with pytest.raises(ActionRefused, match="under 300"):
        services.custom_behaviour_add(
            space=couple.space, by=couple.alex, wording="y" * 301, group="online"
        )
    with pytest.raises(ActionRefused, match="Only the partners"):
        services.custom_behaviour_add(
            space=couple.space, by=couple.sam, wording="A question", group="online"
        )
    assert Behaviour.objects.count() == count


def test_adding_a_custom_behaviour_says_both_are_asked(couple: Couple, as_alex, as_jordan) -> None:
    response = as_alex.post(
        reverse("agreement_custom_add", args=[couple.space.uid]),
        {
            "wording": "Texting a colleague late at night",
            "group": "online",
            "once": new_form_token(),
        },
        follow=True,
    )
    assert "Both of you will be asked about it" in response.content.decode()
    page = as_jordan.get(reverse("agreement_questions", args=[couple.space.uid, "online"]))
    html = page.content.decode()
    assert "Texting a colleague late at night" in html
    assert "Added by Alex" in html


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("stance-FIRST", "7", "Please choose one of the answers"),
        ("stance-CASEY", "fine", "not part of your space"),
        ("stance-PK", "fine", "not part of your space"),
        ("stance-99999999", "fine", "not part of your space"),
        ("note-FIRST", "n" * (SHORT_TEXT_MAX + 1), f"under {SHORT_TEXT_MAX}"),
    ],
)
def test_bad_agreement_input_is_refused_and_changes_nothing(
    couple: Couple, as_alex, caseys_behaviour, field: str, value: str, message: str
) -> None:
    space = couple.space
    reveal_both(space, couple.alex, couple.jordan)
    version = services.agreement_draft_start(space=space, by=couple.alex)
    services.agreement_sign(version=version, by=couple.jordan)
    first = ids(space)[0]
    field = field.replace("CASEY", str(caseys_behaviour.uid)).replace("FIRST", str(first))
    field = field.replace("PK", str(Behaviour.objects.get(uid=first).pk))
    terms = list(AgreementTerm.objects.values_list("pk", "behaviour_id", "stance", "note"))
    response = as_alex.post(
        reverse("agreement_edit", args=[space.uid, version.uid]),
        {f"stance-{ids(space)[1]}": "cheating", field: value, "summary": "changed"},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(AgreementTerm.objects.values_list("pk", "behaviour_id", "stance", "note")) == terms
    version.refresh_from_db()
    assert version.summary == ""
    assert version.status == VersionStatus.PROPOSED  # Jordan's signature is still there


def test_admin_does_not_show_answers_or_custom_wording(couple: Couple) -> None:
    from amends.accounts.models import User

    services.custom_behaviour_add(
        space=couple.space, by=couple.alex, wording="A very private question", group="online"
    )
    answer_all(couple.space, couple.alex, "cheating")
    admin = User.objects.create_superuser("operator@example.com", "pw-for-operator-123")
    client = operator_client(admin)
    assert client.get("/operator/agreement/rating/").status_code == 404
    page = client.get("/operator/agreement/behaviour/").content.decode()
    assert "A very private question" not in page
