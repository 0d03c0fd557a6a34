"""The optional questionnaire in the check-in ("how things feel between you"), its sharing
with the professional and the professional's signal (issue 19, measures).

The product ships no questionnaire (docs/measures.md): these tests switch on a made-up one
(tests/checkins/instrument_fixture.py, threshold 5 points) to test the machinery.
"""

import dataclasses
import re
from datetime import timedelta
from typing import Any

import pytest

from amends.accounts.export import export_document
from amends.accounts.models import User
from amends.accounts.readable import readable_export
from amends.checkins import instrument as inst
from amends.checkins import selectors, services
from amends.checkins.models import InstrumentAnswer, InstrumentSharing
from amends.checkins.weeks import iso_name, this_monday
from amends.core.errors import ActionRefused
from amends.professional.selectors import caseload
from amends.spaces import services as spaces
from amends.spaces.models import MemberVersion
from amends.spaces.selectors import space_roles
from tests.api.conftest import Api, token_for
from tests.checkins.helpers import age_space, form_data
from tests.checkins.instrument_fixture import PATH, TEST_INSTRUMENT
from tests.conftest import Couple, client_for, url_for

FEELING_WORDS = "How things feel between them"


@pytest.fixture
def on(settings: Any) -> None:
    settings.AMENDS_CHECKIN_INSTRUMENT = PATH


def answer(c: Couple, who: User, weeks_ago: int, total: int) -> InstrumentAnswer:
    """Answers adding up to `total` (0-15) for the week `weeks_ago` weeks back."""
    points = [min(5, total), min(5, max(0, total - 5)), max(0, total - 10)]
    return services.instrument_answers_record(
        space=c.space, by=who, week=this_monday() - timedelta(weeks=weeks_ago), answers=points
    )


@pytest.fixture
def aged(couple: Couple) -> Couple:
    age_space(couple.space, days=7 * 10)
    return couple


def pro_sees(c: Couple) -> dict[str, Any]:
    """Everything the professional is shown about this couple that the scores could reach."""
    (row,) = [r for r in caseload(viewer=c.sam) if r.space_uid == str(c.space.uid)]
    page = client_for(c.sam).get(url_for("professional_couple", c.space))
    assert page.status_code == 200
    practice = client_for(c.sam).get("/practice/")
    return {
        "signs": row.signs,
        "weight": row.weight,
        "new": row.new,
        "feeling_shown": FEELING_WORDS in page.content.decode(),
        "practice_mentions": "How things feel" in practice.content.decode(),
    }


# ------------------------------------------------------------------ the rule, pure


def test_a_fall_of_the_threshold_from_the_start_or_since_last_time_counts() -> None:
    assert inst.fell([15, 10], threshold=5)  # since last time
    assert inst.fell([15, 13, 12, 10], threshold=5)  # from where they started
    assert inst.fell([9, 15, 10], threshold=5)  # since last time, though above the start


def test_its_near_miss_does_not() -> None:
    assert not inst.fell([15, 11], threshold=5)
    assert not inst.fell([15, 13, 12, 11], threshold=5)
    assert not inst.fell([10, 15], threshold=5)  # a rise
    assert not inst.fell([15], threshold=5)
    assert not inst.fell([15, 0], threshold=None)  # no published threshold: never


def test_off_by_default_and_the_total_is_the_sum() -> None:
    assert inst.current() is None
    assert TEST_INSTRUMENT.lowest == 0 and TEST_INSTRUMENT.highest == 15
    assert inst.score(TEST_INSTRUMENT, [1, 2, 3]) == 6


@pytest.mark.parametrize(
    "change",
    [
        {"source": " "},  # no citation
        {"reliable_change": 0},
        {"reliable_change": 16},  # more than its three 0-5 questions can fall
        {"items": ()},
        {"items": (inst.Item("one", "Only one answer", ((0, "Test answer 0"),)),)},
        {"items": (TEST_INSTRUMENT.items[0], TEST_INSTRUMENT.items[0])},  # the same key twice
    ],
)
def test_a_questionnaire_without_its_citation_or_with_an_impossible_threshold_is_refused(
    change: dict[str, Any],
) -> None:
    with pytest.raises(ValueError):
        dataclasses.replace(TEST_INSTRUMENT, **change)


def test_a_questionnaire_with_no_published_threshold_is_allowed_and_never_alerts() -> None:
    quiet = dataclasses.replace(TEST_INSTRUMENT, reliable_change=None)
    assert not inst.fell([15, 0], threshold=quiet.reliable_change)
    assert dataclasses.replace(TEST_INSTRUMENT, reliable_change=15).reliable_change == 15


# ------------------------------------------------------------------ answering


def test_off_nothing_is_asked_and_the_sharing_page_is_not_there(couple: Couple) -> None:
    alex = client_for(couple.alex)
    assert (
        "How things feel between you"
        not in alex.get(url_for("checkin", couple.space)).content.decode()
    )
    assert alex.get(url_for("checkin_instrument_sharing", couple.space)).status_code == 404
    with pytest.raises(ActionRefused):
        services.instrument_answers_record(
            space=couple.space, by=couple.alex, week=this_monday(), answers=[1, 1, 1]
        )


def test_answering_is_optional_in_the_check_in(on: None, couple: Couple) -> None:
    alex = client_for(couple.alex)
    page = alex.get(url_for("checkin", couple.space)).content.decode()
    assert "How things feel between you (optional)" in page
    assert "Test question two" in page
    response = alex.post(url_for("checkin", couple.space), form_data())
    assert response.status_code == 302
    assert not InstrumentAnswer.objects.exists()


def test_answered_with_the_check_in_sealed_and_kept_to_themselves(on: None, couple: Couple) -> None:
    alex = client_for(couple.alex)
    data = form_data() | {"instrument_one": "4", "instrument_two": "3", "instrument_three": "5"}
    assert alex.post(url_for("checkin", couple.space), data).status_code == 302
    (saved,) = InstrumentAnswer.objects.all()
    assert saved.total == 12 and saved.answers == "4,3,5" and saved.shared_with is None
    raw = InstrumentAnswer.objects.values_list("total", "answers").get()
    # sealed at rest: ciphertext, never the number (a substring test on "12" would fail
    # whenever the random ciphertext happened to contain those two characters)
    assert raw[0].startswith("enc1:") and raw[1].startswith("enc1:")
    assert "4,3,5" not in raw[1] and not raw[0].removeprefix("enc1:").isdigit()
    progress = alex.get(url_for("checkin_progress", couple.space)).content.decode()
    assert "How things feel between you, in your answers" in progress  # the chart's title
    assert "Who sees these answers: only you" in progress


def test_some_answers_only_change_nothing(on: None, couple: Couple) -> None:
    alex = client_for(couple.alex)
    data = form_data() | {"instrument_one": "4"}
    response = alex.post(url_for("checkin", couple.space), data)
    assert response.status_code == 200
    assert "Please answer every one of these questions, or leave them all empty." in (
        response.content.decode()
    )
    assert not InstrumentAnswer.objects.exists()
    from amends.checkins.models import CheckIn

    assert not CheckIn.objects.exists()  # both or neither


@pytest.mark.parametrize("bad", [[1, 2], [1, 2, 9], ["a", 1, 1], [True, 1, 1], "123"])
def test_bad_answers_are_refused(on: None, couple: Couple, bad: Any) -> None:
    with pytest.raises(ActionRefused):
        services.instrument_answers_record(
            space=couple.space, by=couple.alex, week=this_monday(), answers=bad
        )
    assert not InstrumentAnswer.objects.exists()


def test_one_a_week_and_only_partners(on: None, couple: Couple) -> None:
    answer(couple, couple.alex, 0, 10)
    with pytest.raises(ActionRefused):
        answer(couple, couple.alex, 0, 11)
    with pytest.raises(ActionRefused):
        answer(couple, couple.sam, 0, 11)
    with pytest.raises(ActionRefused):
        services.instrument_sharing_set(space=couple.space, by=couple.sam, share=True)


# ------------------------------------------------------------------ the signal


def test_the_alert_fires_on_a_fall_past_the_threshold_for_a_partner_who_shares(
    on: None, aged: Couple
) -> None:
    c = aged
    services.instrument_sharing_set(space=c.space, by=c.alex, share=True)
    answer(c, c.alex, 2, 15)
    answer(c, c.alex, 1, 10)
    seen = pro_sees(c)
    assert "feeling" in seen["signs"]
    assert seen["feeling_shown"]
    page = client_for(c.sam).get(url_for("professional_couple", c.space)).content.decode()
    assert "dropped by more than the usual week-to-week change" in page
    practice = client_for(c.sam).get("/practice/").content.decode()
    assert "dropped by more than the usual week-to-week change" in practice


def test_and_not_on_its_near_miss(on: None, aged: Couple) -> None:
    c = aged
    services.instrument_sharing_set(space=c.space, by=c.alex, share=True)
    answer(c, c.alex, 2, 15)
    answer(c, c.alex, 1, 11)
    seen = pro_sees(c)
    assert "feeling" not in seen["signs"]
    assert seen["feeling_shown"]  # the scores are shared, there is simply no alert


def test_not_sharing_keeps_the_scores_out_of_everything_the_professional_sees(
    on: None, aged: Couple
) -> None:
    c = aged
    before = pro_sees(c)
    api = Api(token_for(c.sam))
    api_before = _api_as(api, c)
    answer(c, c.alex, 2, 15)
    answer(c, c.alex, 1, 3)  # a fall that would alert, had Alex shared
    services.instrument_sharing_set(space=c.space, by=c.alex, share=False)
    after = pro_sees(c)
    assert after == before
    assert "feeling" not in after["signs"] and not after["feeling_shown"]
    assert _api_as(api, c) == api_before
    roles = space_roles(c.space)
    assert selectors.instrument_answers(viewer=c.sam, roles=roles, person=c.alex) == []
    assert not selectors.instrument_falling(viewer=c.sam, roles=roles)
    # The professional's own export holds only what they wrote.
    assert "instrumentanswer" not in repr(export_document(user=c.sam)).lower()
    assert "How things feel" not in repr(readable_export(user=c.sam))


def test_stopping_sharing_takes_the_scores_and_the_alert_away(on: None, aged: Couple) -> None:
    c = aged
    services.instrument_sharing_set(space=c.space, by=c.alex, share=True)
    answer(c, c.alex, 2, 15)
    answer(c, c.alex, 1, 3)
    assert "feeling" in pro_sees(c)["signs"]
    services.instrument_sharing_set(space=c.space, by=c.alex, share=False)
    seen = pro_sees(c)
    assert "feeling" not in seen["signs"] and not seen["feeling_shown"]
    assert not InstrumentAnswer.objects.filter(shared_with__isnull=False).exists()


def test_the_other_partner_never_sees_them(on: None, aged: Couple) -> None:
    c = aged
    services.instrument_sharing_set(space=c.space, by=c.alex, share=True)
    answer(c, c.alex, 1, 13)
    roles = space_roles(c.space)
    assert selectors.instrument_answers(viewer=c.jordan, roles=roles, person=c.alex) == []
    jordan = client_for(c.jordan)
    progress = jordan.get(url_for("checkin_progress", c.space)).content.decode()
    assert "How things feel between you, in your answers" not in progress
    assert "How things feel" not in repr(readable_export(user=c.jordan))
    assert "instrumentanswer" not in repr(export_document(user=c.jordan)).lower()


def test_a_professional_who_comes_later_does_not_inherit_the_sharing(
    on: None, aged: Couple
) -> None:
    c = aged
    services.instrument_sharing_set(space=c.space, by=c.alex, share=True)
    answer(c, c.alex, 1, 12)
    sharing = InstrumentSharing.objects.get()
    assert sharing.shared_with == c.sam
    spaces.professional_remove(space=c.space, by=c.jordan)
    roles = space_roles(c.space)
    assert not selectors.instrument_shared(person=c.alex, roles=roles)
    answer(c, c.alex, 0, 12)
    assert InstrumentAnswer.objects.filter(shared_with__isnull=True).count() == 1


def test_sharing_needs_a_professional(on: None, aged: Couple) -> None:
    c = aged
    spaces.professional_remove(space=c.space, by=c.jordan)
    with pytest.raises(ActionRefused):
        services.instrument_sharing_set(space=c.space, by=c.alex, share=True)
    assert not InstrumentSharing.objects.exists()


def test_the_sharing_page(on: None, couple: Couple) -> None:
    alex = client_for(couple.alex)
    url = url_for("checkin_instrument_sharing", couple.space)
    page = alex.get(url).content.decode()
    assert "Me and Sam" in page
    assert alex.post(url, {"share": "yes"}).status_code == 302
    assert InstrumentSharing.objects.get().shared_with == couple.sam
    assert alex.post(url, {"share": "maybe"}).status_code == 200
    assert InstrumentSharing.objects.get().shared_with == couple.sam
    for who in (couple.sam, couple.casey):
        assert client_for(who).get(url).status_code == 404
    # Jordan's page is Jordan's own choice, untouched by Alex's.
    mine = client_for(couple.jordan).get(url).content.decode()
    assert re.search(r'value="no"[^>]*checked', mine)
    assert not re.search(r'value="yes"[^>]*checked', mine)


def test_own_export_has_own_answers(on: None, aged: Couple) -> None:
    c = aged
    answer(c, c.alex, 1, 12)
    readable = repr(readable_export(user=c.alex))
    assert "How things feel between you" in readable and "'12'" in readable
    assert "instrumentanswer" in repr(export_document(user=c.alex)).lower()


def test_week_is_checked(on: None, couple: Couple) -> None:
    with pytest.raises(ActionRefused):
        services.instrument_answers_record(
            space=couple.space,
            by=couple.alex,
            week=iso_name(this_monday() + timedelta(weeks=1)),
            answers=[1, 1, 1],
        )


def _api_as(api: Api, c: Couple) -> list[str]:
    bodies = []
    for path in ("/spaces", f"/spaces/{c.space.uid}", f"/spaces/{c.space.uid}/progress"):
        response = api.get(path)
        bodies.append(f"{response.status_code}:{response.content.decode()}")
    return bodies


def _versions(c: Couple) -> dict[str, tuple[int, int]]:
    return {
        name: MemberVersion.objects.filter(
            membership__space=c.space, membership__user=u, membership__left_at__isnull=True
        )
        .values_list("version", "checkin_version")
        .get()
        for name, u in (("alex", c.alex), ("jordan", c.jordan), ("sam", c.sam))
    }


def test_the_database_raises_only_the_numbers_of_who_may_see(on: None, aged: Couple) -> None:
    c = aged
    start = _versions(c)
    answer(c, c.alex, 1, 12)  # private
    services.instrument_sharing_set(space=c.space, by=c.alex, share=False)
    kept = _versions(c)
    assert kept["jordan"] == start["jordan"] and kept["sam"] == start["sam"]
    assert kept["alex"] > start["alex"]
    services.instrument_sharing_set(space=c.space, by=c.alex, share=True)
    shared = _versions(c)
    assert shared["jordan"] == start["jordan"]  # never the other partner
    assert shared["sam"] > kept["sam"]
    services.instrument_sharing_set(space=c.space, by=c.alex, share=False)
    assert _versions(c)["sam"] > shared["sam"]  # taken back: Sam's pages change again
    assert _versions(c)["jordan"] == start["jordan"]
