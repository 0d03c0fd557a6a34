from django.test import Client
from django.urls import reverse

from amends.repair import services as repair
from amends.safety.models import Resource
from tests.conftest import Couple, client_for


def test_defaults_until_the_host_sets_its_own(client: Client, db: None) -> None:
    html = client.get(reverse("support")).content.decode()
    assert "National Domestic Abuse Helpline" in html
    assert "can replace this list" in html
    Resource.objects.create(name="Riverside Women's Aid", how_to_reach="01234 567890")
    html = client.get(reverse("support")).content.decode()
    assert "Riverside Women" in html
    assert "National Domestic Abuse Helpline" not in html
    assert "kept by the organisation that runs this service" in html


def test_danger_shows_resources_privately(couple: Couple) -> None:
    repair.safety_check_record(
        space=couple.space,
        by=couple.alex,
        feels_afraid=False,
        hurt_or_threatened=True,
        controlled=False,
        forced_sexual_contact=False,
    )
    url = reverse("safety_check", args=[couple.space.uid])
    assert "Domestic Abuse Helpline" in client_for(couple.alex).get(url).content.decode()
    assert "What you told us matters" not in client_for(couple.jordan).get(url).content.decode()
