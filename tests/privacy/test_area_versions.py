"""Pages kept under an area's number (versioning.AREAS, `kept_for_viewer(areas=...)`) are
never served stale: after a write in any area, a page whose key did not change reads exactly
as it does rendered afresh. And the areas do their work: a write in one area leaves the pages
of the others kept."""

import re
from collections.abc import Callable

import pytest
from django.test import Client, RequestFactory, override_settings
from django.urls import resolve, reverse

from amends.agreement import services as agreement
from amends.checkins.models import MEASURES
from amends.checkins.services import checkin_record
from amends.checkins.weeks import this_monday
from amends.core.pagecache import page_key
from amends.core.versioning import AREA_TABLES, TRACKED
from amends.journal.services import journal_entry_create
from amends.professional.services import note_write
from amends.repair import services as repair
from amends.repair.models import Breach
from amends.spaces import services as space_services
from amends.spaces.selectors import space_roles
from amends.talk.services import message_send
from tests.conftest import Couple, client_for

SHARED = "partner_and_professional"


def _breach(couple: Couple) -> Breach:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="The evening you promised.",
        visibility=SHARED,
    )
    repair.decision_set(breach=breach, by=couple.alex, choice="rebuild", visibility=SHARED)
    repair.commitment_make(breach=breach, by=couple.alex, text="I will stay with it")
    repair.commitment_make(breach=breach, by=couple.jordan, text="I will listen")
    return breach


# Jordan's pages that are kept under some areas only, with the areas they name.
def _pages(couple: Couple, breach: Breach) -> dict[str, str]:
    s, b = couple.space.uid, breach.uid
    return {
        "journal": reverse("journal_list", args=[s]),
        "talk": reverse("talk", args=[s]),
        "path list": reverse("path_list", args=[s]),
        "breach": reverse("breach_detail", args=[s, b]),
        "questions": reverse("step_questions", args=[s, b]),
        "check-in": reverse("checkin", args=[s]),
        "progress": reverse("checkin_progress", args=[s]),
    }


def _writes(couple: Couple, breach: Breach) -> dict[str, Callable[[], object]]:
    """One shared write per area, and in what no area is (the agreement, the professional's
    note, the space's name): each seen by Jordan."""
    scores = {m.key: 4 for m in MEASURES}
    return {
        "journal entry": lambda: journal_entry_create(
            space=couple.space, by=couple.alex, text="A calmer day.", visibility=SHARED
        ),
        "message": lambda: message_send(
            space=couple.space, by=couple.alex, text="Thank you for tonight.", visibility=SHARED
        ),
        "trump card": lambda: message_send(
            space=couple.space,
            by=couple.alex,
            text="After the evening you promised, you have no right to complain.",
            visibility=SHARED,
        ),
        "check-in": lambda: checkin_record(
            space=couple.space,
            by=couple.alex,
            week=this_monday(),
            scores=scores,
            note="A better week.",
            visibility=SHARED,
        ),
        "question": lambda: repair.question_ask(
            breach=breach, by=couple.alex, text="Where were you that night?"
        ),
        "agreement wording": lambda: agreement.custom_behaviour_add(
            space=couple.space,
            by=couple.alex,
            wording="Texting an ex late at night",
            group="physical",
        ),
        "professional's note": lambda: note_write(
            space=couple.space, by=couple.sam, text="Both came prepared."
        ),
        "space's name": lambda: space_services.space_rename(
            space=couple.space, by=couple.alex, name="The two of us"
        ),
    }


WRITES = (
    "journal entry",
    "message",
    "trump card",
    "check-in",
    "question",
    "agreement wording",
    "professional's note",
    "space's name",
)

_TOKENS = (
    re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+'),
    re.compile(r'(name="once" value=")[^"]+'),
    re.compile(r'(nonce=")[^"]+'),
)


def _without_tokens(html: str) -> str:
    for pattern in _TOKENS:
        html = pattern.sub(r"\1", html)
    return html


def _key(couple: Couple, path: str) -> str | None:
    """The key of Jordan's page, with the areas its view is kept under."""
    request = RequestFactory().get(path)
    request.user = couple.jordan
    request.META["CSRF_COOKIE"] = "a" * 32
    areas = getattr(resolve(path).func, "kept_areas", None)
    assert areas is not None, f"{path} is not a kept page"
    return page_key(request, couple.space, space_roles(couple.space), areas)


def _read(client: Client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.mark.parametrize("write", WRITES)
def test_a_page_still_kept_after_a_write_reads_as_it_does_afresh(
    couple: Couple, write: str
) -> None:
    breach = _breach(couple)
    if write == "trump card":  # a message that brings back what Alex forgave
        repair.forgiveness_give(breach=breach, by=couple.alex, text="I forgive you.")
    pages = _pages(couple, breach)
    jordan = client_for(couple.jordan)
    jordan.get(reverse("home"))  # the CSRF cookie, as a browser has it
    before = {name: _key(couple, path) for name, path in pages.items()}
    for path in pages.values():
        _read(jordan, path)  # now kept
    _writes(couple, breach)[write]()
    stayed = []
    for name, path in pages.items():
        if _key(couple, path) != before[name]:
            continue
        stayed.append(name)
        kept = _read(jordan, path)
        with override_settings(AMENDS_PAGE_CACHE_SECONDS=0):
            fresh = _read(jordan, path)
        assert _without_tokens(kept) == _without_tokens(fresh), (
            f"Jordan's {name} page stayed kept after Alex's {write}, yet reads differently "
            "afresh: the page shows an area its kept_for_viewer(areas=...) does not name"
        )
    expected_to_stay = {
        "journal entry": {"talk", "path list", "breach", "questions", "check-in", "progress"},
        # Progress reads trump cards from each partner's own tally, not from Talk.
        "message": {"journal", "path list", "breach", "questions", "check-in", "progress"},
        # A trump card changes Jordan's tally (the check-in area): rare, and his own.
        "trump card": {"journal", "path list", "breach", "questions"},
        "check-in": {"journal", "talk", "path list", "breach", "questions"},
        "question": {"journal", "talk", "check-in"},
        "agreement wording": set(pages),
        "professional's note": set(pages),
        "space's name": set(),
    }[write]
    assert set(stayed) == expected_to_stay


def test_every_area_names_tables_that_exist() -> None:
    tracked = {t.table for t in TRACKED}
    for area, prefix in AREA_TABLES.items():
        assert any(table.startswith(prefix) for table in tracked), area
