"""Hard moments: Alex logs a trigger in two taps, steadies themselves with the exercises on
the same page (offline too), sees the weeks as a chart and in words, writes with Jordan what
helps, turns the signal on and sends it; Jordan sees that it was sent, and what they agreed,
and never the log."""

from playwright.sync_api import expect

NOTE = "The song from the café came on in the shop."


def test_a_trigger_logged_in_two_taps_and_the_signal_to_the_partner(
    page_as, couple, server, axe_check, shot
) -> None:
    space_id = couple.space.uid
    alex = page_as(couple.alex, "phone")

    # The tool lives under More, with the other tools.
    alex.goto(server.url(f"/s/{space_id}/"))
    alex.get_by_role("navigation", name="Main").get_by_role("link", name="More").click()
    alex.get_by_role("link", name="Hard moments").click()
    expect(alex).to_have_url(server.url(f"/s/{space_id}/triggers/"))
    expect(alex.get_by_role("heading", level=1, name="Hard moments")).to_be_visible()
    expect(alex.locator("main")).to_contain_text("nobody else can see it")
    axe_check(alex, "triggers-home")
    shot(alex, "triggers-home")

    # Two taps: what brought it on, then how strong (which saves).
    alex.get_by_label("A song, a sound or a smell").check()
    alex.get_by_role("button", name="4", exact=True).click()
    expect(alex.locator(".messages")).to_contain_text("Saved. Only you can see it.")
    expect(alex.locator("main li.card").first).to_contain_text(
        "A song, a sound or a smell · 4 of 5"
    )

    # The exercises are on the same page, and keep working without a connection.
    grounding = alex.locator("#grounding")
    expect(grounding.get_by_text("Slow breathing")).to_be_visible()
    alex.context.set_offline(True)
    grounding.get_by_text("5-4-3-2-1: notice what is around you").click()
    expect(grounding.get_by_text("things you can hear")).to_be_visible()
    alex.context.set_offline(False)

    # What helped, added afterwards, with a note.
    alex.get_by_role("link", name="Add what helped, or a note").first.click()
    alex.get_by_label("Slow breathing").check()
    alex.get_by_label("Your note (optional)").fill(NOTE)
    axe_check(alex, "trigger-edit")
    alex.get_by_role("button", name="Save").click()
    expect(alex.locator("main")).to_contain_text("Helped: Slow breathing")

    # The picture over weeks: a chart, the same in words, no score.
    alex.get_by_role("link", name="How the weeks look").click()
    charts = alex.locator("main figure.trend")
    expect(charts.locator("svg[role=img]")).to_have_count(2)
    expect(charts.first.locator("figcaption")).to_contain_text("1 noted in the last 12 weeks.")
    expect(alex.locator("main")).to_contain_text("Slow breathing: 1")
    axe_check(alex, "triggers-weeks")
    shot(alex, "triggers-weeks")

    # A day that may be hard, kept private.
    alex.goto(server.url(f"/s/{space_id}/triggers/days/"))
    expect(alex.get_by_label("Only you", exact=True)).to_be_checked()
    axe_check(alex, "hard-days")

    # What helps, written with Jordan; then the signal on.
    alex.goto(server.url(f"/s/{space_id}/triggers/together/"))
    alex.get_by_label("What helps").fill("Sit with me. Hold my hand if I reach for yours.")
    alex.get_by_label("What to say", exact=True).fill("I'm here. I'm not going anywhere.")
    alex.get_by_label("What not to say").fill("That was ages ago.")
    alex.get_by_role("button", name="Save and share with Jordan").click()
    expect(alex.locator(".messages")).to_contain_text("Jordan can read it")
    alex.get_by_label("On: Jordan can see that it is on").check()
    alex.get_by_role("button", name="Save", exact=True).last.click()
    expect(alex.locator(".messages")).to_contain_text("The signal is on.")
    axe_check(alex, "triggers-together")

    # Jordan agrees to it.
    jordan = page_as(couple.jordan, "desktop")
    jordan.goto(server.url(f"/s/{space_id}/triggers/together/"))
    expect(jordan.locator("main")).to_contain_text("Alex has the signal on")
    jordan.get_by_role("button", name="I agree to this").click()
    expect(jordan.locator(".messages")).to_contain_text("You agreed to it")

    # Alex sends the signal.
    alex.goto(server.url(f"/s/{space_id}/triggers/"))
    alex.get_by_role("button", name="Let Jordan know: I'm triggered").click()
    expect(alex.locator(".messages")).to_contain_text("Jordan has been told")

    # Jordan sees that it was sent, and what they agreed: never the log or the note.
    jordan.goto(server.url(f"/s/{space_id}/"))
    card = jordan.locator(".signal-card")
    expect(card).to_contain_text("Alex sent the signal")
    expect(card).to_contain_text("I'm here. I'm not going anywhere.")
    expect(card).to_contain_text("That was ages ago.")
    expect(jordan.locator("body")).not_to_contain_text(NOTE)
    expect(jordan.locator("body")).not_to_contain_text("4 of 5")
    axe_check(jordan, "home-with-signal")
    shot(jordan, "home-with-signal")
    card.get_by_role("button", name="Let Alex know I saw it").click()
    expect(jordan.locator(".messages")).to_contain_text("Alex can see that you saw it.")
    jordan.goto(server.url(f"/s/{space_id}/triggers/"))
    expect(jordan.locator("main")).not_to_contain_text(NOTE)
    expect(jordan.locator("main")).to_contain_text("Nothing noted yet")

    alex.reload()
    expect(alex.locator("main")).to_contain_text("Jordan saw it at")


def test_the_exercises_work_without_javascript(page_as, couple, server) -> None:
    page = page_as(couple.alex, "phone", java_script_enabled=False)
    page.goto(server.url(f"/s/{couple.space.uid}/triggers/"))
    grounding = page.locator("#grounding")
    expect(grounding.get_by_text("Breathe in through your nose")).to_be_visible()
    grounding.get_by_text("5-4-3-2-1: notice what is around you").click()
    expect(grounding.get_by_text("things you can see")).to_be_visible()
    # And the log still takes two taps.
    page.get_by_label("A place").check()
    page.get_by_role("button", name="2", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Saved. Only you can see it.")
