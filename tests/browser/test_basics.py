"""The ground every journey stands on, each with a message that says what is wrong."""

from playwright.sync_api import expect

from tests.browser.conftest import PASSWORD


def test_pages_get_their_stylesheet_and_script(anon_page, server) -> None:
    page = anon_page("phone")
    statuses: dict[str, int] = {}
    page.on("response", lambda r: statuses.update({r.url.removeprefix(server.base): r.status}))
    page.goto(server.url("/"))
    page.wait_for_load_state("load")
    for asset in ("/static/amends/amends.css", "/static/amends/amends.js"):
        assert statuses.get(asset) == 200, (
            f"{asset} answered {statuses.get(asset)}: the staticfiles finders do not find "
            "amends/static/ (is it in STATICFILES_DIRS?), so pages have no styles and no "
            "quick-exit script"
        )


def test_log_in_through_the_form(anon_page, couple, server) -> None:
    page = anon_page("desktop")
    page.goto(server.url("/"))
    page.get_by_role("main").get_by_role("link", name="Log in").click()
    page.get_by_label("Your e-mail address").fill("alex@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Log in").click()
    assert posted.value.status != 403, (
        "A form POST from a real browser was refused (403). Browsers send `Origin: null` "
        "with a POST when the page's referrer policy is no-referrer, and Django's CSRF check "
        "refuses that origin: use the `same-origin` referrer policy (header and meta tag)."
    )
    expect(page).to_have_url(server.url(f"/s/{couple.space.uid}/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Us")
