"""Journeys 5 and 6, page by page: axe-core and screenshots on every screen at both
viewports (and the phone in dark mode), and the quick exit in the same top-right corner on
every screen, clear of the bottom bar (phone) or the left column (desktop).

To add a screen, add one ``Screen`` to ``SCREENS``: a name (used for the test id and the
screenshot file), a function from ``World`` to the path, and who looks at it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest
from playwright.sync_api import Page, expect

from amends.journal.services import journal_entry_create
from amends.spaces import services as spaces
from tests.browser.conftest import VIEWPORTS, assert_quick_exit_in_corner, session_cookie_for
from tests.browser.screen_data import (
    agreement_path,
    homework_path,
    hurt_path,
    path_step,
    practice_path,
    professional_path,
    program_path,
    progress_path,
    share_again_path,
    triggers_path,
)


@dataclass
class World:
    """The couple from tests/conftest.py, with something in their journals."""

    couple: Any
    entry_id: UUID
    invite_token: str

    @property
    def space_id(self) -> UUID:
        return self.couple.space.uid


@dataclass(frozen=True)
class Screen:
    name: str
    path: Callable[[World], str]
    who: str | None = "alex"  # an attribute of Couple, or None for someone not logged in


SCREENS = [
    Screen("landing", lambda w: "/", who=None),
    Screen("sign-up", lambda w: "/accounts/signup/", who=None),
    Screen("log-in", lambda w: "/accounts/login/", who=None),
    Screen("support-logged-out", lambda w: "/support/", who=None),
    Screen("invite-welcome", lambda w: f"/invite/{w.invite_token}/", who=None),
    Screen("invite-confirm", lambda w: f"/invite/{w.invite_token}/", who="jordan"),
    Screen("space-new", lambda w: "/spaces/new/"),
    Screen("space-home", lambda w: f"/s/{w.space_id}/"),
    Screen("space-home-partner", lambda w: f"/s/{w.space_id}/", who="jordan"),
    Screen("people", lambda w: f"/s/{w.space_id}/people/"),
    Screen("share-again", share_again_path),
    Screen("space-leave", lambda w: f"/s/{w.space_id}/leave/"),
    Screen("journal-list", lambda w: f"/s/{w.space_id}/journal/"),
    Screen("journal-edit", lambda w: f"/s/{w.space_id}/journal/{w.entry_id}/edit/"),
    Screen("journal-delete", lambda w: f"/s/{w.space_id}/journal/{w.entry_id}/delete/"),
    Screen("support", lambda w: "/support/"),
    Screen("more", lambda w: "/more/"),
    Screen("settings", lambda w: "/settings/"),
    Screen("privacy", lambda w: "/privacy/"),
    Screen("your-data", lambda w: "/settings/data/"),
    Screen("account-keys", lambda w: "/settings/tokens/"),
    Screen("path-list", lambda w: f"/s/{w.space_id}/path/"),
    Screen("path-new", lambda w: f"/s/{w.space_id}/path/new/"),
    Screen("path-safety", lambda w: f"/s/{w.space_id}/path/safety/"),
    Screen("path-self-trust", lambda w: f"/s/{w.space_id}/path/self-trust/"),
    Screen("path-detail", path_step("")),
    Screen("path-seeing", path_step("seeing")),
    Screen("path-decision", path_step("decision")),
    Screen("path-decision-partner", path_step("decision"), who="jordan"),
    Screen("path-commitments", path_step("commitments")),
    Screen("path-reflection", path_step("reflection")),
    Screen("path-accountability", path_step("accountability")),
    Screen("path-questions", path_step("questions")),
    Screen("path-questions-partner", path_step("questions"), who="jordan"),
    Screen("path-impact", path_step("impact")),
    Screen("path-attempts", path_step("attempts")),
    Screen("path-promises", path_step("promises")),
    Screen("path-forgiveness", path_step("forgiveness")),
    Screen("path-forgiveness-partner", path_step("forgiveness"), who="jordan"),
    Screen("path-promises-partner", path_step("promises"), who="jordan"),
    Screen("path-outcome", path_step("outcome")),
    Screen("talk", lambda w: f"/s/{w.space_id}/talk/"),
    Screen("talk-professional", lambda w: f"/s/{w.space_id}/talk/", who="sam"),
    Screen("hurts", lambda w: f"/s/{w.space_id}/talk/hurts/"),
    Screen("hurt-detail-partner", hurt_path, who="jordan"),
    Screen("agreement", agreement_path()),
    Screen("agreement-questions", agreement_path("questions/online/")),
    Screen("agreement-side-by-side", agreement_path("side-by-side/")),
    Screen("checkin", lambda w: f"/s/{w.space_id}/checkins/"),
    Screen("checkin-progress", progress_path, who="jordan"),
    Screen("program", program_path),
    Screen("professional-couple", professional_path, who="sam"),
    Screen("practice", practice_path, who="sam"),
    Screen("homework-new", lambda w: f"/s/{w.space_id}/couple/homework/new/", who="sam"),
    Screen("homework", homework_path),
    Screen("triggers", triggers_path()),
    Screen("triggers-partner-signal", triggers_path(), who="jordan"),
    Screen("triggers-weeks", triggers_path("weeks/")),
    Screen("triggers-days", triggers_path("days/")),
    Screen("triggers-together-partner", triggers_path("together/"), who="jordan"),
]

# name -> (viewport, extra context options); the name goes into test ids and screenshots.
LOOKS: dict[str, tuple[str, dict[str, Any]]] = {
    "phone": ("phone", {}),
    "desktop": ("desktop", {}),
    "phone-dark": ("phone", {"color_scheme": "dark"}),
}


@pytest.fixture
def world(couple) -> World:
    entry = journal_entry_create(
        space=couple.space, by=couple.alex, text="A private line.\n\nAnd a second one."
    )
    journal_entry_create(
        space=couple.space, by=couple.alex, text="A shared thought.", visibility="partner"
    )
    journal_entry_create(
        space=couple.space, by=couple.jordan, text="Jordan shared this.", visibility="partner"
    )
    # An open invitation into Casey's space, for the invitation pages.
    link = spaces.partner_invite_create(space=couple.casey_space, by=couple.casey)
    return World(couple=couple, entry_id=entry.uid, invite_token=link.token)


def open_screen(page: Page, screen: Screen, world: World, server) -> None:
    response = page.goto(server.url(screen.path(world)))
    assert response is not None and response.status == 200, (
        f"{screen.name}: {response.status if response else 'no response'} at {page.url}"
    )
    expect(page.locator("h1")).to_be_visible()
    # Tab titles are read over shoulders and in task switchers: never say what this is about.
    expect(page).to_have_title("Amends")


@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.name)
def test_screen_is_accessible(screen: Screen, world, new_context, server, axe_check, shot) -> None:
    """Every look of the screen is checked (and photographed) before the test fails, so
    one run lists every problem."""
    failures = []
    for look, (viewport, options) in LOOKS.items():
        context = new_context(viewport, **options)
        if screen.who:
            context.add_cookies([session_cookie_for(getattr(world.couple, screen.who), server)])
        page = context.new_page()
        open_screen(page, screen, world, server)
        shot(page, screen.name + ("-dark" if "dark" in look else ""))
        try:
            axe_check(page, f"{screen.name} ({look})")
        except pytest.fail.Exception as failure:
            failures.append(str(failure))
        context.close()
    if failures:
        pytest.fail("\n\n".join(failures), pytrace=False)


def nav_box(page: Page) -> dict[str, float] | None:
    nav = page.locator("nav.main-nav")
    return nav.bounding_box() if nav.count() else None


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_quick_exit_is_in_the_same_corner_on_every_screen(
    viewport: str, world, new_context, server
) -> None:
    size = VIEWPORTS[viewport]
    pages: dict[str | None, Page] = {}
    boxes: dict[str, dict[str, float]] = {}
    for screen in SCREENS:
        if screen.who not in pages:
            context = new_context(viewport)
            if screen.who:
                user = getattr(world.couple, screen.who)
                context.add_cookies([session_cookie_for(user, server)])
            pages[screen.who] = context.new_page()
        page = pages[screen.who]
        open_screen(page, screen, world, server)
        boxes[screen.name] = assert_quick_exit_in_corner(page, screen.name)
        # Still there, and still on top, at the bottom of a long page.
        page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
        assert assert_quick_exit_in_corner(page, f"{screen.name}, scrolled") == boxes[screen.name]

        nav = nav_box(page)
        if screen.who:
            assert nav, f"{screen.name}: no main navigation for a logged-in person"
        if nav and viewport == "phone":
            # A bottom bar, the full width, that does not hide the end of the page.
            assert nav["y"] + nav["height"] == pytest.approx(size["height"], abs=1), nav
            assert nav["width"] == pytest.approx(size["width"], abs=1), nav
            last = page.locator("main > :last-child").bounding_box()
            assert last and last["y"] + last["height"] <= nav["y"] + 1, (
                f"{screen.name}: the bottom bar hides the end of the page: {last} {nav}"
            )
        if nav and viewport == "desktop":
            # A left column, beside the content rather than over it.
            main = page.locator("main").bounding_box()
            assert nav["x"] == pytest.approx(0, abs=1) and nav["height"] < size["height"], nav
            assert main and nav["x"] + nav["width"] <= main["x"] + 1, (
                f"{screen.name}: the left column overlaps the content: {nav} {main}"
            )

    first = next(iter(boxes.values()))
    moved = {name: box for name, box in boxes.items() if box != first}
    assert not moved, f"the quick exit moves between screens: {first} vs {moved}"
