"""Issue 19: a professional's secrets policy, and program groups (cohorts).

The secrets policy is the professional's own words about what one partner tells them alone:
both partners read it before agreeing to them and wherever one of them writes to them alone.
A program group puts several couples on one calendar; a couple is in it only once both
partners agreed, and no couple can tell anything about another (name, count, presence).
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.accounts.models import User
from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.professional import services as pro
from amends.professional.models import Cohort, CohortAgreement, CohortPlace, SecretsPolicy
from amends.professional.selectors import cohort_place, secrets_policy
from amends.program.selectors import current_week_number
from amends.spaces import services as spaces
from amends.spaces.models import MemberVersion, Space
from amends.spaces.selectors import professionals_waiting, space_roles
from tests.conftest import Couple, client_for, make_user
from tests.professional.test_practice import second_couple_for

NO_SECRETS = "No secrets: what one of you tells me alone, I may bring to both of you."


def _numbers(*pairs: tuple[Space, User]) -> list[int]:
    return [
        MemberVersion.objects.get(
            membership__space=space, membership__user=u, membership__left_at__isnull=True
        ).version
        for space, u in pairs
    ]


def _main(response: object) -> str:
    """The page's own part, without its one-time form tokens (fresh on every read)."""
    html = response.content.decode()  # type: ignore[attr-defined]
    return re.sub(
        r'<input type="hidden"[^>]*>', "", html[html.index("<main") : html.index("</main>")]
    )


# ------------------------------------------------------------------ the secrets policy


def test_the_professional_sets_it_and_bad_input_changes_nothing(couple: Couple) -> None:
    sam = client_for(couple.sam)
    url = reverse("practice_secrets")
    assert sam.get(url).status_code == 200
    for who in (couple.alex, couple.casey):
        assert client_for(who).get(url).status_code == 404
    for bad in ({"stance": "own", "words": ""}, {"stance": "whatever"}, {}):
        page = sam.post(url, bad | {"once": new_form_token()})
        assert page.status_code == 200 and "field-error" in page.content.decode(), bad
    assert not SecretsPolicy.objects.exists()
    response = sam.post(url, {"stance": "no_secrets", "words": "", "once": new_form_token()})
    assert response.status_code == 302
    assert secrets_policy(professional=couple.sam).said == NO_SECRETS
    response = sam.post(
        url, {"stance": "own", "words": "WORDS-s3 I keep it a week.", "once": new_form_token()}
    )
    assert response.status_code == 302
    policy = secrets_policy(professional=couple.sam)
    assert policy.said == "" and policy.words == "WORDS-s3 I keep it a week."
    assert SecretsPolicy.objects.count() == 1
    with pytest.raises(ActionRefused):
        pro.secrets_policy_set(by=couple.alex, stance="no_secrets")


def test_partners_read_it_before_agreeing_and_where_they_write_to_them_alone(
    couple: Couple,
) -> None:
    pro.secrets_policy_set(by=couple.sam, stance="help_tell", words="POLICY-w7")
    # A partner who joins later must agree to Sam: they read the policy first.
    spaces.space_leave(space=couple.space, by=couple.jordan)
    robin = make_user("robin@example.com", "Robin")
    link = spaces.partner_invite_create(space=couple.space, by=couple.alex)
    spaces.invite_accept(token=link.token, by=robin)
    assert not space_roles(couple.space).is_professional(couple.sam)
    robin_client = client_for(robin)
    for name in ("space_people", "space_home"):
        body = robin_client.get(reverse(name, args=[couple.space.uid])).content.decode()
        assert "POLICY-w7" in body and "I will help you tell your partner" in body, name
    body = robin_client.get(reverse("space_people", args=[couple.space.uid])).content.decode()
    assert body.index("POLICY-w7") < body.index('/approve/"')
    (waiting,) = professionals_waiting(viewer=robin, roles=space_roles(couple.space))
    assert waiting.invite is not None
    spaces.professional_approve(invite=waiting.invite, by=robin)
    # Where Alex writes to Sam alone: a note about homework.
    (hw,) = pro.homework_assign(
        space=couple.space, by=couple.sam, partners=[couple.alex], source="own", text="x"
    )
    page = client_for(couple.alex).get(reverse("homework", args=[couple.space.uid, hw.uid]))
    assert "POLICY-w7" in page.content.decode()


def test_a_professional_who_has_not_said_is_named_as_such(couple: Couple) -> None:
    (hw,) = pro.homework_assign(
        space=couple.space, by=couple.sam, partners=[couple.alex], source="own", text="x"
    )
    page = client_for(couple.alex).get(reverse("homework", args=[couple.space.uid, hw.uid]))
    assert "has not said yet how they handle" in page.content.decode()


def test_changing_it_raises_the_numbers_of_the_people_who_read_it_only(couple: Couple) -> None:
    who = ((couple.space, couple.alex), (couple.space, couple.jordan), (couple.space, couple.sam))
    casey = ((couple.casey_space, couple.casey),)
    before, casey_before = _numbers(*who), _numbers(*casey)
    pro.secrets_policy_set(by=couple.sam, stance="no_secrets")
    after = _numbers(*who)
    assert all(a > b for a, b in zip(after, before, strict=True))
    assert _numbers(*casey) == casey_before
    # A kept page where it shows is not served stale.
    (hw,) = pro.homework_assign(
        space=couple.space, by=couple.sam, partners=[couple.alex], source="own", text="x"
    )
    alex = client_for(couple.alex)
    url = reverse("homework", args=[couple.space.uid, hw.uid])
    assert "NEWWORDS-k2" not in alex.get(url).content.decode()
    pro.secrets_policy_set(by=couple.sam, stance="own", words="NEWWORDS-k2")
    assert "NEWWORDS-k2" in alex.get(url).content.decode()


# ------------------------------------------------------------------ program groups


def _group(couple: Couple, weeks_ago: int = 2) -> Cohort:
    return pro.cohort_create(
        by=couple.sam,
        name="Tuesday group",
        starts_on=timezone.localdate() - timedelta(weeks=weeks_ago),
    )


def test_a_couple_is_in_a_group_only_when_both_agree(couple: Couple) -> None:
    cohort = _group(couple, weeks_ago=4)
    place = pro.cohort_offer(cohort=cohort, space=couple.space, by=couple.sam)
    roles = space_roles(couple.space)
    assert current_week_number(person=couple.alex, roles=roles) == 1  # their own calendar
    alex = client_for(couple.alex)
    program = reverse("program_home", args=[couple.space.uid])
    assert "invites you both" in alex.get(program).content.decode()
    response = alex.post(
        reverse("cohort_agree", args=[couple.space.uid, place.uid]), {"once": new_form_token()}
    )
    assert response.status_code == 302
    assert not cohort_place(viewer=couple.alex, roles=roles).joined  # type: ignore[union-attr]
    assert current_week_number(person=couple.alex, roles=roles) == 1
    assert "Your partner has agreed" in client_for(couple.jordan).get(program).content.decode()
    pro.cohort_agree(place=place, by=couple.jordan)
    assert cohort_place(viewer=couple.alex, roles=roles).joined  # type: ignore[union-attr]
    assert current_week_number(person=couple.alex, roles=roles) == 5
    assert "week 5 of 12" in alex.get(program).content.decode()
    # Either partner can leave at any time: back to their own calendar.
    client_for(couple.jordan).post(
        reverse("cohort_leave", args=[couple.space.uid, place.uid]), {"once": new_form_token()}
    )
    assert not CohortPlace.objects.exists() and not CohortAgreement.objects.exists()
    assert current_week_number(person=couple.alex, roles=roles) == 1


def test_refusals_and_strangers(couple: Couple) -> None:
    cohort = _group(couple)
    with pytest.raises(ActionRefused):
        pro.cohort_create(by=couple.alex, name="x", starts_on=timezone.localdate())
    with pytest.raises(ActionRefused):
        pro.cohort_create(
            by=couple.sam, name="x", starts_on=timezone.localdate() - timedelta(weeks=20)
        )
    with pytest.raises(ActionRefused):
        pro.cohort_offer(cohort=cohort, space=couple.casey_space, by=couple.sam)
    place = pro.cohort_offer(cohort=cohort, space=couple.space, by=couple.sam)
    with pytest.raises(ActionRefused):
        pro.cohort_offer(cohort=_group(couple), space=couple.space, by=couple.sam)
    with pytest.raises(ActionRefused):
        pro.cohort_agree(place=place, by=couple.sam)
    with pytest.raises(ActionRefused):
        pro.cohort_agree(place=place, by=couple.casey)
    assert not CohortAgreement.objects.exists()
    agree = reverse("cohort_agree", args=[couple.space.uid, place.uid])
    for who in (couple.sam, couple.casey):
        assert client_for(who).post(agree, {"once": new_form_token()}).status_code == 404
    # Junk: a message or a 404, never a 500, nothing written.
    alex = client_for(couple.alex)
    elsewhere = reverse("cohort_agree", args=[couple.casey_space.uid, place.uid])
    nobody = reverse("cohort_agree", args=[couple.space.uid, cohort.uid])
    for url in (elsewhere, nobody):
        assert alex.post(url, {"once": new_form_token()}).status_code == 404
    assert alex.get(agree)["Location"] == reverse("program_home", args=[couple.space.uid])
    assert not CohortAgreement.objects.exists()
    groups = reverse("practice_groups")
    for who in (couple.alex, couple.casey):
        assert client_for(who).get(groups).status_code == 404
    sam = client_for(couple.sam)
    create = reverse("practice_group_create")
    for bad in ({"name": "", "starts_on": ""}, {"name": "x", "starts_on": "2001-01-01"}):
        page = sam.post(create, bad | {"once": new_form_token()})
        assert page.status_code == 200 and "field-error" in page.content.decode(), bad
    offer = reverse("practice_group_offer", args=[cohort.uid])
    for bad in ({"space": str(couple.casey_space.uid)}, {"space": "nope"}, {}):
        assert sam.post(offer, bad | {"once": new_form_token()}).status_code == 404
    theirs = reverse("practice_group_offer", args=[couple.space.uid])  # not a group's id
    assert sam.post(theirs, {"space": str(couple.space.uid)}).status_code == 404
    stale = sam.post(groups, {"name": "x"})  # a form from before the buttons moved
    assert stale.status_code == 405 and "nothing was saved" in stale.content.decode()
    assert Cohort.objects.count() == 2 and CohortPlace.objects.count() == 1


def test_no_couple_can_tell_anything_about_another_in_the_group(couple: Couple) -> None:
    """Robin and Kim share the group with Alex and Jordan: what Alex and Jordan read (every
    page of theirs that could show it, and their numbers) does not change when Robin and Kim
    are offered a place, agree, or leave."""
    other, robin, kim = second_couple_for(couple.sam, "", "Robin and Kim")
    cohort = _group(couple)
    mine = pro.cohort_offer(cohort=cohort, space=couple.space, by=couple.sam)
    pro.cohort_agree(place=mine, by=couple.alex)
    pro.cohort_agree(place=mine, by=couple.jordan)
    pages = [
        reverse(n, args=[couple.space.uid])
        for n in ("program_home", "space_home", "space_people", "checkin_progress")
    ]
    readers = {"alex": client_for(couple.alex), "jordan": client_for(couple.jordan)}

    def read() -> dict[str, str]:
        return {f"{n} {u}": _main(c.get(u)) for n, c in readers.items() for u in pages}

    def numbers() -> list[int]:
        return _numbers((couple.space, couple.alex), (couple.space, couple.jordan))

    before, numbers_before = read(), numbers()
    assert "Tuesday group" in before[f"alex {pages[0]}"]
    theirs = pro.cohort_offer(cohort=cohort, space=other, by=couple.sam)
    pro.cohort_agree(place=theirs, by=robin)
    pro.cohort_agree(place=theirs, by=kim)
    assert read() == before and numbers() == numbers_before
    pro.cohort_leave(place=theirs, by=kim)
    assert read() == before and numbers() == numbers_before
    for page in before.values():
        assert "Robin" not in page and "Kim" not in page
    # The professional sees both couples in the group.
    body = client_for(couple.sam).get(reverse("practice_groups")).content.decode()
    assert "Us" in body and "Tuesday group" in body


def test_the_professional_offers_and_withdraws_through_the_page(couple: Couple) -> None:
    sam: Client = client_for(couple.sam)
    groups = reverse("practice_groups")
    start = (timezone.localdate() + timedelta(days=3)).isoformat()
    response = sam.post(
        reverse("practice_group_create"),
        {"name": "Spring", "starts_on": start, "once": new_form_token()},
    )
    assert response.status_code == 302
    cohort = Cohort.objects.get()
    response = sam.post(
        reverse("practice_group_offer", args=[cohort.uid]),
        {"space": str(couple.space.uid), "once": new_form_token()},
    )
    assert response.status_code == 302 and CohortPlace.objects.count() == 1
    assert "waiting for both to agree" in sam.get(groups).content.decode()
    program = client_for(couple.alex).get(reverse("program_home", args=[couple.space.uid]))
    assert "Spring" in program.content.decode()
    response = sam.post(
        reverse("practice_group_withdraw", args=[cohort.uid, couple.space.uid]),
        {"once": new_form_token()},
    )
    assert response.status_code == 302 and not CohortPlace.objects.exists()


def test_a_group_ends_with_the_professionals_access(couple: Couple) -> None:
    cohort = _group(couple, weeks_ago=4)
    place = pro.cohort_offer(cohort=cohort, space=couple.space, by=couple.sam)
    pro.cohort_agree(place=place, by=couple.alex)
    pro.cohort_agree(place=place, by=couple.jordan)
    assert current_week_number(person=couple.alex, roles=space_roles(couple.space)) == 5
    spaces.professional_remove(space=couple.space, by=couple.jordan)
    roles = space_roles(couple.space)
    assert cohort_place(viewer=couple.alex, roles=roles) is None
    assert current_week_number(person=couple.alex, roles=roles) == 1
    program = client_for(couple.alex).get(reverse("program_home", args=[couple.space.uid]))
    assert "Tuesday group" not in program.content.decode()
