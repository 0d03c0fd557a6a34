"""Hard moments: a private log in two taps, grounding on the same page, a picture over
weeks, days that may hurt, what helps written together, and the optional signal."""

from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.spaces.selectors import space_roles
from amends.triggers import selectors, services
from amends.triggers.models import AgreedResponse, HardDay, Signal, Trigger
from tests.conftest import Couple, client_for
from tests.conftest import member_versions as numbers
from tests.conftest import space_url as url

NOTE = "TRIGGER-NOTE-q8z the song in the café"


# ---------------------------------------------------------------------------- the log


def test_a_moment_is_logged_in_two_taps_and_stays_private(couple: Couple) -> None:
    alex = client_for(couple.alex)
    page = alex.get(url(couple, "triggers_home"))
    body = page.content.decode()
    assert page.status_code == 200
    # Tap one: a kind (a radio); tap two: a strength, which is the button that sends.
    assert 'name="kind" value="song"' in body
    assert body.count('type="submit" name="strength"') == 5
    assert "Only you" in body or "only yours" in body
    before = numbers(couple)
    response = alex.post(
        url(couple, "triggers_home"), {"kind": "song", "strength": "4", "once": new_form_token()}
    )
    assert response.status_code == 302 and response["Location"].endswith("#grounding")
    moment = Trigger.objects.get()
    assert (moment.kind, moment.strength, moment.note, moment.visibility) == (
        "song",
        4,
        "",
        "private",
    )
    after = numbers(couple)
    assert after["alex"] > before["alex"]
    assert after["jordan"] == before["jordan"] and after["sam"] == before["sam"]
    shown = alex.get(url(couple, "triggers_home")).content.decode()
    assert "A song, a sound or a smell · 4 of 5" in shown


def test_bad_input_is_refused_and_changes_nothing(couple: Couple) -> None:
    alex = client_for(couple.alex)
    for data in (
        {"strength": "3"},
        {"kind": "song"},
        {"kind": "song", "strength": "9"},
        {"kind": "nonsense", "strength": "2"},
        {"kind": "song", "strength": "2", "note": "x" * 30_000},
    ):
        response = alex.post(url(couple, "triggers_home"), {**data, "once": new_form_token()})
        assert response.status_code == 200, data
        assert b"field-error" in response.content
    assert not Trigger.objects.exists()
    for kwargs in ({"kind": "x", "strength": 2}, {"kind": "song", "strength": 0}):
        with pytest.raises(ActionRefused):
            services.trigger_log(space=couple.space, by=couple.alex, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ActionRefused):
        services.trigger_log(space=couple.space, by=couple.sam, kind="song", strength=2)


def test_a_replayed_form_logs_once(couple: Couple) -> None:
    alex = client_for(couple.alex)
    data = {"kind": "place", "strength": "2", "once": new_form_token()}
    alex.post(url(couple, "triggers_home"), data)
    alex.post(url(couple, "triggers_home"), data)
    assert Trigger.objects.count() == 1


def test_the_partner_and_the_professional_never_see_the_log(couple: Couple) -> None:
    moment = services.trigger_log(
        space=couple.space, by=couple.alex, kind="date", strength=5, note=NOTE
    )
    jordan, sam = client_for(couple.jordan), client_for(couple.sam)
    for page in ("triggers_home", "triggers_weeks", "hard_days", "triggers_together"):
        assert NOTE.encode() not in jordan.get(url(couple, page)).content
        assert sam.get(url(couple, page)).status_code == 404
    for page in ("trigger_edit", "trigger_delete"):
        assert jordan.get(url(couple, page, moment.uid)).status_code == 404
        assert client_for(couple.alex).get(url(couple, page, moment.uid)).status_code == 200
    assert NOTE.encode() not in jordan.get(url(couple, "space_home")).content


def test_what_helped_is_added_later(couple: Couple) -> None:
    moment = services.trigger_log(space=couple.space, by=couple.alex, kind="song", strength=3)
    alex = client_for(couple.alex)
    response = alex.post(
        url(couple, "trigger_edit", moment.uid),
        {"strength": "2", "helped": ["breathing", "moving"], "note": NOTE},
    )
    assert response.status_code == 302
    moment.refresh_from_db()
    assert moment.helped_keys == ["breathing", "moving"] and moment.note == NOTE
    assert moment.strength == 2
    with pytest.raises(ActionRefused):
        services.trigger_update(trigger=moment, by=couple.alex, helped=["rage"])
    with pytest.raises(ActionRefused):
        services.trigger_update(trigger=moment, by=couple.jordan, note="mine now")
    assert alex.post(url(couple, "trigger_delete", moment.uid)).status_code == 302
    assert not Trigger.objects.exists()


def test_grounding_is_on_the_same_page_and_needs_no_script_or_account_action(
    couple: Couple,
) -> None:
    body = client_for(couple.alex).get(url(couple, "triggers_home")).content.decode()
    grounding = body[body.index('id="grounding"') :]
    grounding = grounding[: grounding.index("</section>")]
    assert "Slow breathing" in grounding and "5-4-3-2-1" in grounding
    assert "<form" not in grounding and "<script" not in grounding and "href" not in grounding
    assert body.index('class="log"') < body.index('id="grounding"')


# ---------------------------------------------------------------------------- the picture


def test_the_picture_counts_weeks_in_words_and_a_chart_not_a_score(couple: Couple) -> None:
    now = timezone.now()
    for weeks_ago, strength, helped in ((5, 5, ["breathing"]), (5, 4, []), (1, 2, ["senses"])):
        moment = services.trigger_log(
            space=couple.space, by=couple.alex, kind="place", strength=strength
        )
        services.trigger_update(trigger=moment, by=couple.alex, helped=helped)
        Trigger.objects.filter(pk=moment.pk).update(created_at=now - timedelta(weeks=weeks_ago))
    services.trigger_log(space=couple.space, by=couple.jordan, kind="song", strength=1)
    roles = space_roles(couple.space)
    picture = selectors.picture(viewer=couple.alex, roles=roles)
    assert picture.total == 3 and sum(r.count for r in picture.rows) == 3
    assert dict(picture.helped) == {"Slow breathing": 1, "5-4-3-2-1: noticing what is around me": 1}
    assert picture.kinds == [("A place", 3)]
    body = client_for(couple.alex).get(url(couple, "triggers_weeks")).content.decode()
    assert "3 noted in the last 12 weeks." in body
    assert "<svg" in body and 'role="img"' in body
    assert body.count("<script") == 1  # amends.js only: the charts carry none
    assert "%" not in body.split("<svg")[0]  # no percentage, no score
    empty = client_for(couple.jordan).get(url(couple, "triggers_weeks")).content.decode()
    assert "1 noted" in empty  # Jordan's own, not Alex's


# ---------------------------------------------------------------------------- hard days


def test_a_hard_day_is_private_unless_shared(couple: Couple) -> None:
    soon = timezone.localdate() + timedelta(days=3)
    alex = client_for(couple.alex)
    response = alex.post(
        url(couple, "hard_days"),
        {
            "label": "The day I found out",
            "day": soon.replace(year=soon.year - 1).isoformat(),
            "every_year": "on",
            "plan": "PLAN-q8z a walk with my sister",
            "visibility": "private",
            "once": new_form_token(),
        },
    )
    assert response.status_code == 302
    day = HardDay.objects.get()
    assert day.visibility == "private" and day.every_year is True
    jordan = client_for(couple.jordan)
    assert b"PLAN-q8z" not in jordan.get(url(couple, "hard_days")).content
    home = alex.get(url(couple, "triggers_home")).content.decode()
    assert "In 3 days" in home and "PLAN-q8z" in home
    services.hard_day_update(
        hard_day=day,
        by=couple.alex,
        label=day.label,
        day=day.day,
        every_year=True,
        plan=day.plan,
        visibility="partner",
    )
    assert b"PLAN-q8z" in jordan.get(url(couple, "hard_days")).content
    assert b"PLAN-q8z" not in client_for(couple.sam).get(url(couple, "hard_days")).content
    assert jordan.get(url(couple, "hard_day_edit", day.uid)).status_code == 404
    with pytest.raises(ActionRefused):
        services.hard_day_add(
            space=couple.space,
            by=couple.alex,
            label="x",
            day="2026-01-01",
            visibility="partner_and_professional",
        )
    with pytest.raises(ActionRefused):
        services.hard_day_add(space=couple.space, by=couple.alex, label="x", day="never")


def test_next_time_of_a_day() -> None:
    today = date(2026, 11, 30)
    yearly = HardDay(day=date(2020, 12, 2), every_year=True)
    once = HardDay(day=date(2026, 11, 1), every_year=False)
    leap = HardDay(day=date(2024, 2, 29), every_year=True)
    assert selectors.next_time(yearly, today) == date(2026, 12, 2)
    assert selectors.next_time(once, today) is None
    assert selectors.next_time(leap, today) == date(2027, 3, 1)


# ---------------------------------------------------------------------------- together


def test_what_helps_is_written_together_and_agreed_by_both(couple: Couple) -> None:
    alex, jordan = client_for(couple.alex), client_for(couple.jordan)
    # Jordan cannot start Alex's; Alex starts it, shared with Jordan from the first save.
    assert b"starts writing what helps them" in jordan.get(url(couple, "triggers_together")).content
    alex.post(
        url(couple, "together_mine"),
        {"mine-what_helps": "Sit with me.", "once": new_form_token()},
    )
    response = AgreedResponse.objects.get()
    assert response.author_id == couple.alex.pk and response.visibility == "partner"
    assert response.author_agreed_at and not response.partner_agreed_at
    page = jordan.get(url(couple, "triggers_together")).content.decode()
    assert "Sit with me." in page and url(couple, "together_agree_theirs") in page
    jordan.post(url(couple, "together_agree_theirs"), {})
    response.refresh_from_db()
    assert response.agreed_by_both
    # Jordan suggests a change: Jordan agrees to it, Alex is asked again.
    jordan.post(
        url(couple, "together_theirs"),
        {
            "theirs-what_helps": "Sit with me.",
            "theirs-what_to_say": "I'm here.",
            "once": new_form_token(),
        },
    )
    response.refresh_from_db()
    assert response.what_to_say == "I'm here." and response.changed_by_id == couple.jordan.pk
    assert response.partner_agreed_at and not response.author_agreed_at
    assert client_for(couple.sam).get(url(couple, "triggers_together")).status_code == 404
    # Empty is refused, and changes nothing.
    page = alex.post(url(couple, "together_mine"), {"once": new_form_token()})
    assert page.status_code == 200 and b"at least one of the three" in page.content


# ---------------------------------------------------------------------------- the signal


def test_the_signal_is_off_until_turned_on_and_tells_only_that_it_was_sent(
    couple: Couple,
) -> None:
    services.response_save(
        space=couple.space, for_person=couple.alex, by=couple.alex, what_to_say="I'm here."
    )
    services.trigger_log(space=couple.space, by=couple.alex, kind="song", strength=5, note=NOTE)
    alex, jordan = client_for(couple.alex), client_for(couple.jordan)
    assert b"signal_send" not in alex.get(url(couple, "triggers_home")).content
    assert "/signal/" not in alex.get(url(couple, "triggers_home")).content.decode()
    with pytest.raises(ActionRefused):
        services.signal_send(space=couple.space, by=couple.alex)
    # Turning off a signal that was never on writes nothing.
    before = numbers(couple)
    assert services.signal_setting_set(space=couple.space, by=couple.alex, on=False) is None
    assert numbers(couple) == before
    alex.post(url(couple, "together_signal"), {"signal": "on"})
    together = jordan.get(url(couple, "triggers_together")).content.decode()
    assert "Alex has the signal on" in together
    home = alex.get(url(couple, "triggers_home")).content.decode()
    assert "Let Jordan know: I'm triggered" in home
    response = alex.post(url(couple, "signal_send"), {"once": new_form_token()})
    assert response.status_code == 302
    signal = Signal.objects.get()
    assert signal.visibility == "partner"
    for page in (url(couple, "space_home"), url(couple, "triggers_home")):
        body = jordan.get(page).content.decode()
        assert "Alex sent the signal" in body and "I&#x27;m here." in body
        assert NOTE not in body
        assert "5 of 5" not in body
    assert b"sent the signal" not in client_for(couple.sam).get(url(couple, "space_home")).content
    jordan.post(url(couple, "signal_seen", signal.uid), {"next_page": "home"})
    signal.refresh_from_db()
    assert signal.seen_at is not None
    assert "Jordan saw it" in alex.get(url(couple, "triggers_home")).content.decode()
    # Alex cannot mark their own signal seen; an old signal leaves the pages.
    with pytest.raises(ActionRefused):
        services.signal_seen(signal=signal, by=couple.alex)
    Signal.objects.filter(pk=signal.pk).update(created_at=timezone.now() - timedelta(days=1))
    assert b"sent the signal" not in jordan.get(url(couple, "space_home")).content
    # Off again: the partner is told it is off, and nothing can be sent.
    services.signal_setting_set(space=couple.space, by=couple.alex, on=False)
    together = jordan.get(url(couple, "triggers_together")).content.decode()
    assert "Alex has the signal on" not in together
    with pytest.raises(ActionRefused):
        services.signal_send(space=couple.space, by=couple.alex)


def test_a_signal_needs_a_partner(couple: Couple) -> None:
    services.signal_setting_set(space=couple.casey_space, by=couple.casey, on=True)
    with pytest.raises(ActionRefused) as refused:
        services.signal_send(space=couple.casey_space, by=couple.casey)
    assert "no partner" in refused.value.message


def test_pages_need_a_partner(couple: Couple) -> None:
    stranger: Client = client_for(couple.casey)
    for name in ("triggers_home", "triggers_weeks", "hard_days", "triggers_together"):
        assert stranger.get(url(couple, name)).status_code == 404
        assert client_for(couple.alex).get(url(couple, name)).status_code == 200


# ---------------------------------------------------------------------------- the demo


def test_the_demo_couple_has_weeks_of_hard_moments(db: None) -> None:
    from django.core.management import call_command

    from amends.accounts.models import User
    from amends.spaces.selectors import spaces_of

    call_command("demo", stdout=None)
    alex = User.objects.get(email="alex@example.com")
    jordan = User.objects.get(email="jordan@example.com")
    roles = space_roles(spaces_of(user=alex).get())
    picture = selectors.picture(viewer=alex, roles=roles)
    assert picture.total >= 15 and sum(1 for r in picture.rows if r.count) >= 6
    assert picture.helped
    assert selectors.picture(viewer=jordan, roles=roles).total == 0
    response = selectors.response_for(person=alex, viewer=jordan, roles=roles)
    assert response is not None and response.agreed_by_both
    assert selectors.signal_is_on(person=alex, viewer=jordan, roles=roles)
    # The signal was sent days ago: Jordan's home is calm.
    assert selectors.fresh_signal_from_partner(viewer=jordan, roles=roles) is None
    assert [d.label for d in selectors.hard_days(viewer=jordan, roles=roles)] == ["Our anniversary"]
    page = client_for(alex).get(reverse("triggers_weeks", args=[roles.space.uid]))
    assert page.status_code == 200 and "<svg" in page.content.decode()


def test_the_export_holds_my_hard_moments(couple: Couple) -> None:
    import json

    moment = services.trigger_log(
        space=couple.space, by=couple.alex, kind="song", strength=4, note=NOTE
    )
    services.trigger_update(trigger=moment, by=couple.alex, helped=["time"])
    services.hard_day_add(
        space=couple.space, by=couple.alex, label="DAY-q8z", day="2025-12-02", plan="Walk."
    )
    services.response_save(
        space=couple.space, for_person=couple.alex, by=couple.alex, what_to_say="SAY-q8z"
    )
    alex = client_for(couple.alex)
    document = json.dumps(json.loads(alex.get(reverse("export_json")).content), ensure_ascii=False)
    html = alex.get(reverse("export_html")).content.decode()
    for words in (NOTE, "DAY-q8z", "SAY-q8z"):
        assert words in document and words in html
    assert "Letting time pass" in html and "4 of 5" in html
    jordan_html = client_for(couple.jordan).get(reverse("export_html")).content.decode()
    assert NOTE not in jordan_html and "DAY-q8z" not in jordan_html


def test_what_was_shared_before_a_partner_joined_waits_for_the_authors_choice(
    couple: Couple,
) -> None:
    from amends.spaces import services as spaces
    from amends.spaces.shareagain import shared_before_joining
    from tests.conftest import make_user

    space, casey = couple.casey_space, couple.casey
    services.signal_setting_set(space=space, by=casey, on=True)
    services.response_save(space=space, for_person=casey, by=casey, what_helps="HELPS-solo")
    services.hard_day_add(
        space=space, by=casey, label="DAY-solo", day="2025-12-02", visibility="partner"
    )
    robin = make_user("robin@example.com", "Robin")
    link = spaces.partner_invite_create(space=space, by=casey)
    spaces.invite_accept(token=link.token, by=robin)
    roles = space_roles(space)
    # Robin was never told: for Casey the signal reads as off, and cannot be sent.
    assert not selectors.signal_is_on(person=casey, viewer=casey, roles=roles)
    assert not selectors.signal_is_on(person=casey, viewer=robin, roles=roles)
    with pytest.raises(ActionRefused):
        services.signal_send(space=space, by=casey)
    assert selectors.response_for(person=casey, viewer=robin, roles=roles) is None
    assert not list(selectors.hard_days(viewer=robin, roles=roles))
    together = client_for(casey).get(reverse("triggers_together", args=[space.uid]))
    assert b"before Robin joined" in together.content
    # Casey's choice, on the share-again page: all three are offered, and shared.
    waiting = shared_before_joining(viewer=casey, roles=roles)
    offered = {choice.kind for choice in waiting.waiting}
    assert {"hard_day", "what_helps", "signal"} <= offered
    page = client_for(casey).get(reverse("share_again", args=[space.uid])).content.decode()
    assert "DAY-solo" in page and "What helps you" in page and "signal, turned on" in page
    spaces.items_share_again(space=space, by=casey, items="all")
    roles = space_roles(space)
    assert selectors.signal_is_on(person=casey, viewer=robin, roles=roles)
    assert selectors.response_for(person=casey, viewer=robin, roles=roles) is not None
    assert [d.label for d in selectors.hard_days(viewer=robin, roles=roles)] == ["DAY-solo"]
    assert services.signal_send(space=space, by=casey).visibility == "partner"


def test_with_the_journal_lock_on_the_moment_page_opens_at_once_without_notes(
    couple: Couple,
) -> None:
    from amends.accounts.models import User

    services.trigger_log(space=couple.space, by=couple.alex, kind="song", strength=3, note=NOTE)
    services.hard_day_add(
        space=couple.space,
        by=couple.alex,
        label="Soon",
        day=timezone.localdate() + timedelta(days=1),
        plan="PLAN-locked-q8z",
    )
    User.objects.filter(pk=couple.alex.pk).update(journal_reauth=True)
    alex = client_for(couple.alex)  # no password given recently
    page = alex.get(url(couple, "triggers_home"))
    body = page.content.decode()
    assert page.status_code == 200 and 'id="grounding"' in body
    assert NOTE not in body and "PLAN-locked-q8z" not in body
    assert "Tomorrow" in body and "The plan for this day" in body
    assert alex.get(url(couple, "hard_days")).status_code == 302  # asks for the password
    response = alex.post(
        url(couple, "triggers_home"), {"kind": "song", "strength": "2", "once": new_form_token()}
    )
    assert response.status_code == 302 and Trigger.objects.count() == 2
