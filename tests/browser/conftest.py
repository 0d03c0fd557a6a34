"""Real-browser journeys: Playwright (sync API) driving Debian's Chromium, with axe-core.

How to add a journey (see test_*.py here for examples)::

    def test_something(page_as, couple, server, axe_check, shot):
        page = page_as(couple.alex, "phone")          # logged in by session cookie
        page.goto(server.url(f"/s/{couple.space.uid}/journal/"))
        axe_check(page, "journal-list")               # no serious/critical violations
        shot(page, "journal-list")                    # screenshots/journal-list-390x844.png

and, for a page that should be in the accessibility and quick-exit sweep, add one
``Screen`` line to ``SCREENS`` in test_pages.py.

Fixtures: ``browser`` (one Chromium for the suite), ``new_context(viewport, **options)``
(function scoped, closed for you), ``page_as(user, viewport)``, ``anon_page(viewport)``,
``axe_check(page, name)``, ``shot(page, name)``, ``server`` (live server URL helper).
Helpers to import from here: ``sign_up``, ``confirm_email``, ``confirmation_link``,
``tab_to``, ``assert_focus_visible``, ``assert_quick_exit_in_corner`` (call it on any page
with a banner, menu or dialog open), ``session_cookie_for``, ``PASSWORD``, ``NEUTRAL_URL``.

Every context refuses requests to anything but the live server and the neutral quick-exit
page (which is fulfilled locally), so no test touches the network, and a page that tries to
load a third-party resource fails its test; so does a page with an uncaught JavaScript
error, a 5xx, a refused form (403 to a POST) or a missing static file.

Personas and data come from tests/conftest.py (``couple``: Alex and Jordan are partners in
"Us", Sam is their professional, Casey a stranger); make data with the services, then look
at it through the browser. Screenshots go to screenshots/ (ignored by git). Chromium is
Debian's (/usr/bin/chromium, or AMENDS_CHROMIUM); without it these tests fail when CI is
set, and are skipped otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.core.cache import cache
from django.db import connections
from django.test import Client
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Response,
    Route,
    expect,
    sync_playwright,
)
from playwright.sync_api import Error as PlaywrightError

BROWSER_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BROWSER_DIR.parents[1]
SCREENSHOT_DIR = PROJECT_DIR / "screenshots"

CHROMIUM = os.environ.get("AMENDS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-gpu",
    "--disable-quic",
    "--disable-sync",
]

VIEWPORTS: dict[str, dict[str, int]] = {
    "phone": {"width": 390, "height": 844},
    "desktop": {"width": 1280, "height": 800},
}

# Where "Leave quickly" goes in tests: never the real site, always this local stub.
NEUTRAL_URL = "https://neutral.test/weather"
NEUTRAL_TITLE = "Weather tomorrow"
NEUTRAL_HTML = (
    "<!DOCTYPE html><html lang='en'><head><title>Weather tomorrow</title></head>"
    "<body><h1>Weather tomorrow</h1><p>Sunny spells.</p></body></html>"
)

PASSWORD = "correct horse battery staple"
DEFAULT_TIMEOUT_MS = 10_000
# An expectation waits as long as an action does: on a loaded machine a page that runs the
# coach can take more than 5 s to answer. A passing expectation returns as soon as it holds,
# so this costs time only when a test fails.
expect.set_options(timeout=DEFAULT_TIMEOUT_MS)

# Axe findings below "serious" do not fail a test; they are listed at the end of the run.
FAILING_IMPACTS = {"serious", "critical"}
_minor_axe_findings: dict[str, set[str]] = {}


# ---------------------------------------------------------------------------- collection


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Everything under tests/browser is a browser test, whether or not its module says so."""
    for item in items:
        if BROWSER_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _minor_axe_findings:
        return
    terminalreporter.section("axe: moderate and minor findings (not failing)")
    for rule, where in sorted(_minor_axe_findings.items()):
        names = sorted(where)
        more = f" and {len(names) - 6} more" if len(names) > 6 else ""
        terminalreporter.write_line(f"{rule} on {len(names)} page(s): {', '.join(names[:6])}{more}")


# ---------------------------------------------------------------------------- the browser


def _no_browser(reason: str) -> None:
    message = (
        f"Browser tests need Debian's Chromium at {CHROMIUM} ({reason}). Install it with "
        "`apt-get install chromium` (never `playwright install`), or point AMENDS_CHROMIUM "
        "at another Chromium binary."
    )
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


ASYNC_UNSAFE = "DJANGO_ALLOW_ASYNC_UNSAFE"


@pytest.fixture(scope="package")
def browser(django_db_setup: None) -> Iterator[Browser]:
    """One Chromium for the whole browser suite (package scope: every test under
    tests/browser, subpackages included, shares it; it stops after the last of them).

    While Playwright's sync API is alive it marks an asyncio event loop as running in this
    (the main) thread, and Django then refuses ORM calls from it (SynchronousOnlyOperation).
    Our tests only touch the database synchronously, between browser steps, so that check
    is a false alarm here: DJANGO_ALLOW_ASYNC_UNSAFE is set for exactly as long as the
    browser lives, and removed afterwards. Not for the whole process: it would leak into
    subprocesses such as `amends check --deploy` (async.E001) in tests/accounts/test_accounts.py.
    """
    if not (Path(CHROMIUM).is_file() or shutil.which(CHROMIUM)):
        _no_browser("not found")
    serialized = {
        alias: getattr(connections[alias], "_test_serialized_contents", None)
        for alias in connections
    }
    playwright = sync_playwright().start()
    # Playwright's greenlet leaves the tests in a fresh context, so Django hands them fresh
    # connection wrappers without the serialized copy of the migrated rows, and their
    # flushes would recreate content types: the copy goes to the new wrappers too.
    for alias, contents in serialized.items():
        if contents is not None:
            connections[alias]._test_serialized_contents = contents  # type: ignore[attr-defined]
    try:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
    except PlaywrightError as error:
        playwright.stop()
        _no_browser(f"it did not start: {error.message.splitlines()[0]}")
    previous = os.environ.get(ASYNC_UNSAFE)
    os.environ[ASYNC_UNSAFE] = "true"
    try:
        yield chromium
    finally:
        chromium.close()
        playwright.stop()
        if previous is None:
            os.environ.pop(ASYNC_UNSAFE, None)
        else:
            os.environ[ASYNC_UNSAFE] = previous


@dataclass
class Server:
    """The live server, with a helper for absolute URLs."""

    base: str

    def url(self, path: str = "/") -> str:
        return self.base.rstrip("/") + path

    def path_of(self, page: Page) -> str:
        """The page's path (and query), or the whole URL when it is not on the server."""
        if not page.url.startswith(self.base):
            return page.url
        split = urlsplit(page.url)
        return split.path + (f"?{split.query}" if split.query else "")


@pytest.fixture
def server(live_server: Any) -> Server:
    return Server(live_server.url)


@pytest.fixture(autouse=True)
def _browser_test_defaults(settings: Any, django_db_serialized_rollback: None) -> None:
    """Quick exit goes to the local stub; rate limits from earlier tests are forgotten.

    Like every transactional test in the suite, each restores the migrated rows (the
    agreement's catalogue, content types) from the serialized copy and leaves the tables
    empty behind it: one whose flush recreated content types would break the next restore.
    """
    settings.AMENDS_QUICK_EXIT_URL = NEUTRAL_URL
    cache.clear()


@dataclass
class ContextWatch:
    """What a context did that a test should know about."""

    blocked: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    bad_responses: list[str] = field(default_factory=list)


@pytest.fixture
def new_context(browser: Browser, server: Server) -> Iterator[Callable[..., BrowserContext]]:
    """Make a fresh context: ``new_context("phone")``, ``new_context("desktop",
    java_script_enabled=False)`` or ``new_context({"width": 800, "height": 600})``.

    Contexts are closed at the end of the test. The test then fails (at teardown) if a page
    raised an uncaught JavaScript error, tried to reach anything other than the live server,
    or got a 5xx, a 403 to a POST (a refused form) or a 4xx for a static file.
    """
    made: list[tuple[BrowserContext, ContextWatch]] = []
    server_origin = urlsplit(server.base).netloc
    neutral_origin = urlsplit(NEUTRAL_URL).netloc

    def make(viewport: str | dict[str, int] = "phone", **options: Any) -> BrowserContext:
        size = VIEWPORTS[viewport] if isinstance(viewport, str) else viewport
        if viewport == "phone":
            options.setdefault("is_mobile", True)
            options.setdefault("has_touch", True)
        context = browser.new_context(viewport=size, **options)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        watch = ContextWatch()

        def gatekeeper(route: Route) -> None:
            netloc = urlsplit(route.request.url).netloc
            if netloc == server_origin:
                route.continue_()
            elif netloc == neutral_origin:
                route.fulfill(status=200, content_type="text/html", body=NEUTRAL_HTML)
            else:
                watch.blocked.append(route.request.url)
                route.abort()

        def check_response(response: Response) -> None:
            split = urlsplit(response.url)
            request = response.request
            if split.netloc != server_origin:
                return
            if (
                response.status >= 500
                or (response.status == 403 and request.method == "POST")
                or (response.status >= 400 and split.path.startswith("/static/"))
            ):
                watch.bad_responses.append(f"{response.status} for {request.method} {split.path}")

        context.route("**/*", gatekeeper)
        context.on("page", lambda page: _watch_page(page, watch))
        context.on("response", check_response)
        made.append((context, watch))
        return context

    yield make
    problems: list[str] = []
    for context, watch in made:
        context.close()
        problems += [f"blocked request to {url}" for url in watch.blocked]
        problems += [f"uncaught JavaScript error: {error}" for error in watch.page_errors]
        problems += [f"the server answered {answer}" for answer in watch.bad_responses]
    assert not problems, "\n".join(problems)


def _watch_page(page: Page, watch: ContextWatch) -> None:
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))


def session_cookie_for(user: Any, server: Server) -> dict[str, Any]:
    client = Client()
    client.force_login(user)
    return {
        "name": django_settings.SESSION_COOKIE_NAME,
        "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
        "url": server.base,
        "httpOnly": True,
        "sameSite": "Lax",
    }


@pytest.fixture
def page_as(new_context: Callable[..., BrowserContext], server: Server) -> Callable[..., Page]:
    """A page already logged in as ``user`` (session cookie from ``force_login``: fast).

    Use the real log-in form only where the form itself is under test.
    """

    def make(user: Any, viewport: str | dict[str, int] = "phone", **options: Any) -> Page:
        context = new_context(viewport, **options)
        context.add_cookies([session_cookie_for(user, server)])  # type: ignore[list-item]
        return context.new_page()

    return make


@pytest.fixture
def anon_page(new_context: Callable[..., BrowserContext]) -> Callable[..., Page]:
    def make(viewport: str | dict[str, int] = "phone", **options: Any) -> Page:
        return new_context(viewport, **options).new_page()

    return make


# ---------------------------------------------------------------------------- checks


def _size_of(page: Page) -> str:
    size = page.viewport_size or {"width": 0, "height": 0}
    return f"{size['width']}x{size['height']}"


@pytest.fixture
def axe_check() -> Callable[..., dict[str, Any]]:
    """``axe_check(page, name)``: run axe-core on the page as it is now, fail on any
    violation with impact "serious" or "critical", and return axe's full response.
    Moderate and minor findings are listed at the end of the run instead."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page: Page, name: str, *, context: Any = None) -> dict[str, Any]:
        page.wait_for_load_state("load")  # judge the page with its stylesheet applied
        response: dict[str, Any] = axe.run(page, context=context).response
        label = f"{name} @ {_size_of(page)}"
        failing = []
        for violation in response["violations"]:
            if violation["impact"] in FAILING_IMPACTS:
                failing.append(violation)
            else:
                _minor_axe_findings.setdefault(
                    f"{violation['id']} ({violation['impact']})", set()
                ).add(name)
        if failing:
            lines = [f"axe found {len(failing)} serious/critical problem(s) on {label}:"]
            for violation in failing:
                lines.append(
                    f"- {violation['id']} [{violation['impact']}]: {violation['help']} "
                    f"({violation['helpUrl']})"
                )
                for node in violation["nodes"]:
                    target = " ".join(str(part) for part in node["target"])
                    summary = " ".join(node.get("failureSummary", "").split())
                    lines.append(f"    at {target}: {summary}".rstrip())
            pytest.fail("\n".join(lines), pytrace=False)
        return response

    return check


@pytest.fixture
def shot() -> Callable[[Page, str], Path]:
    """``shot(page, name)``: full-page screenshot at screenshots/{name}-{w}x{h}.png."""

    def take(page: Page, name: str) -> Path:
        page.wait_for_load_state("load")
        SCREENSHOT_DIR.mkdir(exist_ok=True)
        path = SCREENSHOT_DIR / f"{name}-{_size_of(page)}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


# ---------------------------------------------------------------------------- helpers


def focused_description(page: Page) -> str:
    return str(
        page.evaluate(
            """() => {
              const el = document.activeElement;
              if (!el || el === document.body) return "(nothing)";
              const text = (el.innerText || el.value || "").trim().slice(0, 40);
              return `${el.tagName.toLowerCase()}#${el.id} name=${el.name || ""} "${text}"`;
            }"""
        )
    )


def tab_to(page: Page, selector: str, *, max_presses: int = 40, backwards: bool = False) -> None:
    """Press Tab (only the keyboard) until the element matching ``selector`` has focus,
    and check that the focus is visible there (an outline or a box shadow)."""
    # A page still loading may move the focus itself when it finishes (scrolling to a #main
    # fragment focuses <main>), so start only once it has loaded.
    page.wait_for_load_state("load")
    key = "Shift+Tab" if backwards else "Tab"
    for _ in range(max_presses):
        page.keyboard.press(key)
        if page.evaluate("(s) => document.activeElement?.matches(s) ?? false", selector):
            assert_focus_visible(page)
            return
    raise AssertionError(
        f"{selector} never got the focus after {max_presses} presses of {key}; "
        f"the focus ended on {focused_description(page)}"
    )


def assert_focus_visible(page: Page) -> None:
    style = page.evaluate(
        """() => {
          const s = getComputedStyle(document.activeElement);
          return {outline: s.outlineStyle, width: s.outlineWidth, shadow: s.boxShadow};
        }"""
    )
    visible = (style["outline"] != "none" and style["width"] != "0px") or (
        style["shadow"] not in ("", "none")
    )
    assert visible, f"no visible focus on {focused_description(page)}: {style}"


def confirmation_link(email: str) -> str:
    """The e-mail verification link most recently sent to ``email``."""
    for message in reversed(mail.outbox):
        if email in message.to:
            match = re.search(r"https?://\S+/accounts/confirm-email/\S+", message.body)
            assert match, f"no confirmation link in the mail to {email}:\n{message.body}"
            return match.group(0)
    raise AssertionError(f"no mail was sent to {email}; sent: {[m.to for m in mail.outbox]}")


def sign_up(page: Page, *, name: str, email: str, password: str = PASSWORD) -> None:
    """Fill and send the sign-up form that the page shows, the way a person would."""
    page.get_by_label("What should we call you?").fill(name)
    page.get_by_label("Your e-mail address").fill(email)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_label("The same password again").fill(password)
    page.get_by_role("button", name="Create an account").click()


def confirm_email(page: Page, email: str) -> None:
    """Open the link from the verification mail and confirm it."""
    page.goto(confirmation_link(email))
    page.get_by_role("button", name="Confirm").click()


# ---------------------------------------------------------------------------- quick exit

# How far from the top-right corner the quick-exit control may sit, in CSS pixels.
CORNER_SLACK = 24
MIN_TARGET = 44


def _overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def quick_exit_geometry(page: Page) -> dict[str, Any]:
    """Where the quick exit is, what is on top of its corners, and where the nav is."""
    return dict(
        page.evaluate(
            """() => {
              const box = (el) => {
                if (!el) return null;
                const r = el.getBoundingClientRect();
                return {x: r.x, y: r.y, width: r.width, height: r.height};
              };
              const exit = document.getElementById("quick-exit");
              const r = exit.getBoundingClientRect();
              // Probe the centre and inside each (rounded) corner: what is on top there?
              const i = Math.min(12, r.width / 4, r.height / 4);
              const probes = [[r.x + r.width / 2, r.y + r.height / 2], [r.x + i, r.y + i],
                [r.right - i, r.y + i], [r.x + i, r.bottom - i], [r.right - i, r.bottom - i]];
              const covered = probes.map(([x, y]) => document.elementFromPoint(x, y))
                .filter((el) => !exit.contains(el))
                .map((el) => el ? el.outerHTML.slice(0, 80) : "(outside the window)");
              const s = getComputedStyle(exit);
              return {
                exit: box(exit), covered,
                visible: s.visibility === "visible" && s.display !== "none" && s.opacity !== "0",
                nav: box(document.querySelector("nav.main-nav")),
                viewport: {width: innerWidth, height: innerHeight},
              };
            }"""
        )
    )


def assert_quick_exit_in_corner(page: Page, where: str = "") -> dict[str, float]:
    """The quick-exit control is visible, at least 44px, in the top-right corner, on top of
    everything (nothing covers any of its corners) and clear of the navigation. Returns its
    box, so callers can check that it is in the same place on every page."""
    page.wait_for_load_state("load")  # the stylesheet, not just the HTML
    geometry = quick_exit_geometry(page)
    label = where or page.url
    exit_box, viewport = geometry["exit"], geometry["viewport"]
    assert geometry["visible"], f"{label}: the quick exit is hidden"
    assert exit_box["width"] >= MIN_TARGET and exit_box["height"] >= MIN_TARGET, (
        f"{label}: the quick exit is smaller than {MIN_TARGET}px: {exit_box}"
    )
    right_gap = viewport["width"] - (exit_box["x"] + exit_box["width"])
    assert 0 <= right_gap <= CORNER_SLACK and 0 <= exit_box["y"] <= CORNER_SLACK, (
        f"{label}: the quick exit is not in the top-right corner: {exit_box} in {viewport}"
    )
    assert not geometry["covered"], f"{label}: something covers the quick exit: {geometry}"
    if geometry["nav"]:
        assert not _overlaps(exit_box, geometry["nav"]), (
            f"{label}: the navigation overlaps the quick exit: {geometry}"
        )
    return {key: round(value, 1) for key, value in exit_box.items()}
