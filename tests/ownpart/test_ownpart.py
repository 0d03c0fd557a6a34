"""My own part: the injuring partner's private reflections, the daily check-in and slips
where the breach was an addiction, telling a slip (within a day, or later, said honestly),
the 24-hour rule both agree to, and the reminder that goes to the one who slipped only."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.ownpart import selectors, services
from amends.ownpart.models import DayCheck, Reflection, Slip, SlipReminderSent
from amends.ownpart.tasks import send_slip_reminder
from amends.repair import services as repair
from tests.conftest import Couple, client_for
from tests.conftest import member_versions as numbers
from tests.conftest import space_url as url

NOTE = "SLIP-NOTE-q8z I drank on the way home."
WORDS = "REFLECT-q8z I did this. I chose it."


def post(client: Client, address: str, data: dict[str, object]) -> object:
    return client.post(address, {"once": new_form_token(), **data})


def breach(couple: Couple, category: str = "addiction_alcohol") -> object:
    """Alex was hurt; Jordan caused it."""
    return repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category=category,
        description="The drinking, and the hiding of it.",
    )


@pytest.fixture
def addiction(couple: Couple) -> Couple:
    breach(couple)
    return couple


def both_say_yes(couple: Couple) -> None:
    services.rule_say_yes(space=couple.space, by=couple.alex)
    services.rule_say_yes(space=couple.space, by=couple.jordan)


def slipped(couple: Couple) -> Slip:
    services.day_check(space=couple.space, by=couple.jordan, how="slipped", note="private")
    return Slip.objects.get(author=couple.jordan)


# ---------------------------------------------------------------------------- reflections


def test_reflections_are_private_until_one_is_shared(addiction: Couple) -> None:
    c = addiction
    before = numbers(c)
    r = services.reflection_save(space=c.space, by=c.jordan, prompt="did", text=WORDS)
    services.reflection_save(space=c.space, by=c.jordan, prompt="feel", text="Ashamed.")
    after = numbers(c)
    assert after["alex"] == before["alex"] and after["sam"] == before["sam"]
    assert after["jordan"] > before["jordan"]
    alex, jordan = client_for(c.alex), client_for(c.jordan)
    assert WORDS not in alex.get(url(c, "ownpart_home")).content.decode()
    assert WORDS in jordan.get(url(c, "ownpart_reflection", "did")).content.decode()
    services.reflection_share(reflection=r, by=c.jordan, share=True)
    page = alex.get(url(c, "ownpart_home")).content.decode()
    assert WORDS in page and "Ashamed." not in page
    assert client_for(c.sam).get(url(c, "ownpart_home")).status_code == 404
    services.reflection_share(reflection=r, by=c.jordan, share=False)
    assert WORDS not in alex.get(url(c, "ownpart_home")).content.decode()


def test_saving_a_prompt_again_rewrites_it(addiction: Couple) -> None:
    c = addiction
    services.reflection_save(space=c.space, by=c.jordan, prompt="cost", text="One.")
    services.reflection_save(space=c.space, by=c.jordan, prompt="cost", text="Two.")
    assert [r.text for r in Reflection.objects.filter(author=c.jordan)] == ["Two."]


def test_only_the_partner_who_caused_the_hurt_reflects(addiction: Couple) -> None:
    c = addiction
    with pytest.raises(ActionRefused):
        services.reflection_save(space=c.space, by=c.alex, prompt="did", text="x")
    with pytest.raises(ActionRefused):
        services.reflection_save(space=c.space, by=c.sam, prompt="did", text="x")
    with pytest.raises(ActionRefused):
        services.reflection_save(space=c.space, by=c.jordan, prompt="nope", text="x")
    with pytest.raises(ActionRefused):
        services.reflection_save(space=c.space, by=c.jordan, prompt="did", text="  ")
    assert not Reflection.objects.exists()
    assert client_for(c.alex).get(url(c, "ownpart_reflection", "did")).status_code == 404
    assert client_for(c.jordan).get(url(c, "ownpart_reflection", "nope")).status_code == 404


def test_reflection_page_writes_and_goes_on(addiction: Couple) -> None:
    c = addiction
    jordan = client_for(c.jordan)
    response = post(jordan, url(c, "ownpart_reflection_save", "feel"), {"text": WORDS})
    assert response.status_code == 302
    assert response["Location"] == url(c, "ownpart_reflection", "did")
    empty = post(jordan, url(c, "ownpart_reflection_save", "did"), {"text": ""})
    assert empty.status_code == 200 and "Please write a few words" in empty.content.decode()
    response = post(jordan, url(c, "ownpart_reflection_share", "feel"), {})
    assert response.status_code == 302
    assert Reflection.objects.get().visibility == "partner"
    # Nothing written yet: a calm message, nothing shared or made.
    response = post(jordan, url(c, "ownpart_reflection_share", "cost"), {})
    assert response.status_code == 302 and Reflection.objects.count() == 1
    # Only the page's own partner: the other partner and a stranger get a 404.
    for who in (c.alex, c.casey):
        for which in ("save", "share", "unshare", "delete"):
            address = url(c, f"ownpart_reflection_{which}", "feel")
            assert post(client_for(who), address, {"text": "x"}).status_code == 404
    assert Reflection.objects.get().visibility == "partner"


def test_the_reflection_pages_buttons_say_what_they_do(addiction: Couple) -> None:
    """Each button is sent as the page writes it (its address, its hidden fields), and does its
    one thing."""
    import re

    c = addiction
    jordan = client_for(c.jordan)
    page_url = url(c, "ownpart_reflection", "feel")
    post(jordan, url(c, "ownpart_reflection_save", "feel"), {"text": WORDS})

    def press(words: str) -> object:
        page = jordan.get(page_url).content.decode()
        forms = re.findall(r'<form method="post" action="([^"]+)">(.*?)</form>', page, flags=re.S)
        for address, form in forms:
            if f">{words}</button>" in form:
                hidden = r'<input type="hidden" name="(\w+)" value="([^"]*)"'
                return jordan.post(address, dict(re.findall(hidden, form)))
        raise AssertionError(f"no button {words!r} on the page")

    assert press("Share this one with Alex").status_code == 302  # type: ignore[attr-defined]
    assert Reflection.objects.get().visibility == "partner"
    assert press("Make it only mine again").status_code == 302  # type: ignore[attr-defined]
    assert Reflection.objects.get().visibility == "private"
    assert press("Delete it").status_code == 302  # type: ignore[attr-defined]
    assert not Reflection.objects.exists()


# ---------------------------------------------------------------------------- the days


def test_daily_check_in_only_with_an_addiction(couple: Couple) -> None:
    breach(couple, "infidelity_emotional")
    with pytest.raises(ActionRefused):
        services.day_check(space=couple.space, by=couple.jordan, how="steady")
    assert client_for(couple.jordan).get(url(couple, "ownpart_today")).status_code == 404
    assert client_for(couple.jordan).get(url(couple, "ownpart_home")).status_code == 200


def test_a_check_in_is_private_and_once_a_day(addiction: Couple) -> None:
    c = addiction
    before = numbers(c)
    services.day_check(space=c.space, by=c.jordan, how="urges", helped=["talked"])
    services.day_check(space=c.space, by=c.jordan, how="steady", helped=["moved", "rest"])
    after = numbers(c)
    assert after["alex"] == before["alex"] and after["sam"] == before["sam"]
    check = DayCheck.objects.get()
    assert check.how == "steady" and check.helped_keys == ["moved", "rest"]
    assert check.visibility == "private"
    for bad in (
        {"how": "great"},
        {"how": "steady", "helped": ["x"]},
        {"how": "steady", "day": "2001-01-01"},
    ):
        with pytest.raises(ActionRefused):
            services.day_check(space=c.space, by=c.jordan, **bad)  # type: ignore[arg-type]
    tomorrow = timezone.localdate() + timedelta(days=1)
    with pytest.raises(ActionRefused):
        services.day_check(space=c.space, by=c.jordan, how="steady", day=tomorrow)
    assert DayCheck.objects.count() == 1


def test_a_slip_is_private_until_told_and_goes_if_the_day_is_changed(addiction: Couple) -> None:
    c = addiction
    before = numbers(c)
    slip = slipped(c)
    assert slip.visibility == "private" and numbers(c)["alex"] == before["alex"]
    services.day_check(space=c.space, by=c.jordan, how="urges")
    assert not Slip.objects.exists()


def test_telling_a_slip_within_a_day(addiction: Couple) -> None:
    c = addiction
    both_say_yes(c)
    slip = slipped(c)
    alex = client_for(c.alex)
    assert alex.get(url(c, "ownpart_slip", slip.uid)).status_code == 404
    jordan = client_for(c.jordan)
    page = jordan.get(url(c, "ownpart_slip", slip.uid)).content.decode()
    assert "Tell Alex now" in page and "agreed to tell each other within a day" in page
    response = post(jordan, url(c, "ownpart_slip", slip.uid), {"note": NOTE})
    assert response.status_code == 302
    slip.refresh_from_db()
    assert slip.told_within_day is True and slip.visibility == "partner"
    home = alex.get(url(c, "ownpart_home")).content.decode()
    assert (
        NOTE in home and "told within a day" in home and "private" not in home.split(NOTE)[0][-400:]
    )
    assert alex.get(url(c, "ownpart_slip", slip.uid)).status_code == 200
    assert client_for(c.sam).get(url(c, "ownpart_slip", slip.uid)).status_code == 404
    # Told once; the partner cannot tell it for them.
    with pytest.raises(ActionRefused):
        services.slip_tell(slip=slip, by=c.jordan)
    assert post(alex, url(c, "ownpart_slip", slip.uid), {"note": "x"}).status_code == 404


def test_told_later_is_said_honestly(addiction: Couple) -> None:
    c = addiction
    slip = slipped(c)
    Slip.objects.filter(pk=slip.pk).update(created_at=timezone.now() - timedelta(hours=30))
    services.slip_tell(slip=slip, by=c.jordan)
    slip.refresh_from_db()
    assert slip.told_within_day is False
    assert "told later" in client_for(c.alex).get(url(c, "ownpart_home")).content.decode()


def test_the_rule_is_on_only_when_both_say_yes(addiction: Couple) -> None:
    c = addiction
    alex = client_for(c.alex)
    post(alex, url(c, "ownpart_rule_yes"), {})
    rule = selectors.rule_for(viewer=c.jordan, roles=_roles(c), space=c.space)
    assert rule.theirs and not rule.mine and not rule.on
    assert "Alex said yes" in client_for(c.jordan).get(url(c, "ownpart_home")).content.decode()
    services.rule_say_yes(space=c.space, by=c.jordan)
    assert selectors.rule_for(viewer=c.alex, roles=_roles(c), space=c.space).on
    post(alex, url(c, "ownpart_rule_no"), {})
    assert not selectors.rule_for(viewer=c.alex, roles=_roles(c), space=c.space).on
    with pytest.raises(ActionRefused):
        services.rule_say_yes(space=c.space, by=c.sam)


def _roles(c: Couple) -> object:
    from amends.spaces.selectors import space_roles

    return space_roles(c.space)


def test_the_reminder_goes_to_the_one_who_slipped_only_once(addiction: Couple) -> None:
    c = addiction
    slip = slipped(c)
    Slip.objects.filter(pk=slip.pk).update(created_at=timezone.now() - timedelta(hours=25))
    assert selectors.slip_reminders_due() == []  # the rule is not on
    both_say_yes(c)
    assert selectors.slip_reminders_due() == [(c.jordan.pk, slip.pk)]
    assert send_slip_reminder.call(c.jordan.pk, slip.pk) is True
    assert [m.to for m in mail.outbox] == [[c.jordan.email]]
    assert mail.outbox[0].subject == "Amends: a reminder"
    assert "drank" not in mail.outbox[0].body and "Alex" not in mail.outbox[0].body
    assert send_slip_reminder.call(c.jordan.pk, slip.pk) is False
    assert selectors.slip_reminders_due() == []
    assert SlipReminderSent.objects.count() == 1
    # Nothing about it reaches Alex.
    assert "told you" not in client_for(c.alex).get(url(c, "ownpart_home")).content.decode()


def test_no_reminder_within_the_day_or_once_told(addiction: Couple) -> None:
    c = addiction
    both_say_yes(c)
    slip = slipped(c)
    assert selectors.slip_reminders_due() == []
    Slip.objects.filter(pk=slip.pk).update(created_at=timezone.now() - timedelta(hours=25))
    services.slip_tell(slip=Slip.objects.get(pk=slip.pk), by=c.jordan)
    assert selectors.slip_reminders_due() == []


def test_the_weeks_count_days_not_people(addiction: Couple) -> None:
    c = addiction
    today = timezone.localdate()
    services.day_check(space=c.space, by=c.jordan, how="steady", helped=["meeting"])
    services.day_check(
        space=c.space,
        by=c.jordan,
        how="urges",
        helped=["meeting"],
        day=today - timedelta(days=1),
    )
    weeks = selectors.weeks(viewer=c.jordan, roles=_roles(c))  # type: ignore[arg-type]
    assert sum(w.steady for w in weeks) == 1 and sum(w.urges for w in weeks) == 1
    assert sum(w.helped.get("meeting", 0) for w in weeks) == 2
    page = client_for(c.jordan).get(url(c, "ownpart_weeks")).content.decode()
    assert "A meeting or my group" in page and "streak" not in page.lower()
    assert client_for(c.alex).get(url(c, "ownpart_weeks")).status_code == 404


def test_the_today_page_leads_a_slip_to_telling(addiction: Couple) -> None:
    c = addiction
    jordan = client_for(c.jordan)
    assert "How was today?" in jordan.get(url(c, "ownpart_today")).content.decode()
    response = post(jordan, url(c, "ownpart_today"), {"how": "slipped", "note": "x"})
    slip = Slip.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url(c, "ownpart_slip", slip.uid)
    bad = post(jordan, url(c, "ownpart_today"), {"how": "nope"})
    assert bad.status_code == 200 and "Please choose how today was." in bad.content.decode()


def test_the_demo_couple_is_partway(db: None) -> None:
    from django.core.management import call_command

    from amends.accounts.models import User
    from amends.spaces.selectors import space_roles, spaces_of

    call_command("demo", stdout=None)
    alex = User.objects.get(email="alex@example.com")
    jordan = User.objects.get(email="jordan@example.com")
    roles = space_roles(spaces_of(user=alex).get())
    told = selectors.slips_told_to_me(viewer=alex, roles=roles)
    assert [s.told_within_day for s in told] == [False, True]
    assert len(selectors.my_slips(viewer=jordan, roles=roles)) == 3
    assert len(selectors.shared_with_me(viewer=alex, roles=roles)) == 1
    assert selectors.rule_for(viewer=alex, roles=roles, space=roles.space).on
    home = client_for(jordan).get(reverse("ownpart_home", args=[roles.space.uid])).content.decode()
    assert "Not told yet" in home and "Tell Alex now" in home
    weeks = client_for(jordan).get(reverse("ownpart_weeks", args=[roles.space.uid]))
    assert "A meeting or my group" in weeks.content.decode()
