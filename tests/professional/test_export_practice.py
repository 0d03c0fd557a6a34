"""The your-data export (JSON and readable) of a professional holds their secrets policy and
the program groups they run; a partner's holds the group their couple is in. No export
holds anything of another couple: not their space, their words, their place or their name."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from amends.journal.services import journal_entry_create
from amends.professional import services as pro
from tests.conftest import Couple, client_for
from tests.professional.test_practice import second_couple_for


def _both(user) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    client = client_for(user)
    return (
        client.get(reverse("export_json")).content.decode(),
        client.get(reverse("export_html")).content.decode(),
    )


def test_exports_hold_the_practice_and_the_group_and_no_other_couple(couple: Couple) -> None:
    other, robin, _kim = second_couple_for(couple.sam, "x", "OTHER-SPACE-q8z")
    journal_entry_create(
        space=other,
        by=robin,
        text="OTHER-WORDS-q8z",
        visibility="partner_and_professional",
    )
    pro.secrets_policy_set(by=couple.sam, stance="help_tell", words="SAM-POLICY-q8z")
    group = pro.cohort_create(
        by=couple.sam,
        name="GROUP-q8z",
        starts_on=timezone.localdate() + timedelta(days=3),
    )
    lone = pro.cohort_create(by=couple.sam, name="EMPTY-GROUP-q8z", starts_on=timezone.localdate())
    place = pro.cohort_offer(cohort=group, space=couple.space, by=couple.sam)
    pro.cohort_agree(place=place, by=couple.alex)
    pro.cohort_agree(place=place, by=couple.jordan)
    pro.cohort_offer(cohort=group, space=other, by=couple.sam)

    # The professional: their policy and both groups they run.
    data = client_for(couple.sam).get(reverse("export_json")).json()
    assert data["items"]["professional.SecretsPolicy"][0]["words"] == "SAM-POLICY-q8z"
    names = {c["name"] for c in data["items"]["professional.Cohort"]}
    assert names == {"GROUP-q8z", "EMPTY-GROUP-q8z"}
    _, readable = _both(couple.sam)
    assert "SAM-POLICY-q8z" in readable and "Your practice" in readable
    assert "GROUP-q8z" in readable and "EMPTY-GROUP-q8z" in readable
    assert str(lone.uid) in client_for(couple.sam).get(reverse("export_json")).content.decode()

    # Alex: the group their couple is in, and nothing of the other couple (nor the other
    # group, nor Sam's practice as such).
    data = client_for(couple.alex).get(reverse("export_json")).json()
    assert data["program_groups"] == [
        {
            "space": str(couple.space.uid),
            "group": str(group.uid),
            "name": "GROUP-q8z",
            "starts_on": group.starts_on.isoformat(),
            "in_it": True,
        }
    ]
    for body in _both(couple.alex):
        assert "GROUP-q8z" in body
        for theirs in ("OTHER-SPACE-q8z", "OTHER-WORDS-q8z", "EMPTY-GROUP-q8z", str(other.uid)):
            assert theirs not in body, theirs
        assert "Your practice" not in body and '"professional.Cohort":' not in body
    _, readable = _both(couple.alex)
    assert "Program group" in readable and "Yes, you both agreed" in readable

    # Robin, in the other couple offered a place: their own group and nothing of Alex's couple.
    for body in _both(robin):
        assert "GROUP-q8z" in body
        for theirs in ("Us", str(couple.space.uid), "Alex", "Jordan", "EMPTY-GROUP-q8z"):
            assert f">{theirs}<" not in body and f'"{theirs}"' not in body, theirs
    assert "Not yet" in _both(robin)[1]
    # Casey, in no group, with no professional: nothing of it at all.
    for body in _both(couple.casey):
        for theirs in ("GROUP-q8z", "SAM-POLICY-q8z", "OTHER-WORDS-q8z", "Program group"):
            assert theirs not in body
