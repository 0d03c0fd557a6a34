"""Journey 9: the coach reads along in Talk. Harsh words are highlighted while typing and
once more before sending, and "Send as written" is always one click; kind words go
straight through."""

from playwright.sync_api import expect

HARSH = "You always do this, you are so selfish."
KIND = "I hear you. I was wrong to hide it."


def test_the_coach_advises_live_and_never_blocks(page_as, couple, server, axe_check) -> None:
    talk = server.url(f"/s/{couple.space.uid}/talk/")
    alex = page_as(couple.alex, "phone")
    alex.goto(talk)
    expect(alex.get_by_text("No messages yet.")).to_be_visible()
    form = alex.locator("main form[data-coach]")
    output = form.locator("[data-coach-output]")
    message = form.get_by_label("Your message")

    # Typed key by key: after a pause, the advice appears under the field.
    message.press_sequentially(HARSH)
    flagged = output.locator("mark.flagged")
    expect(flagged.first).to_have_text("You always do this")
    expect(output).to_contain_text("A thought before you send. You decide.")
    expect(output).to_contain_text("Sounds like a judgement of who they are")
    assert "you are so selfish" in " ".join(flagged.all_inner_texts())
    axe_check(alex, "talk-live-feedback")

    # Sending: the coach speaks once more, and offers to send it anyway.
    with alex.expect_navigation():
        form.get_by_role("button", name="Send", exact=True).click()
    expect(alex.get_by_role("button", name="Send as written")).to_be_visible()
    expect(alex.get_by_role("button", name="I changed it, check again")).to_be_visible()
    expect(output.locator("mark.flagged").first).to_have_text("You always do this")
    expect(message).to_have_value(HARSH)
    expect(alex.get_by_text("No messages yet.")).to_be_visible()  # nothing sent yet
    axe_check(alex, "talk-coached")
    with alex.expect_navigation():
        alex.get_by_role("button", name="Send as written").click()
    expect(alex).to_have_url(talk)
    expect(alex.locator(".messages")).to_contain_text("Sent.")
    thread = alex.locator("main ol.thread li.card")
    expect(thread).to_have_count(1)
    expect(thread.first).to_contain_text(HARSH)

    # Kind words: the live coach has nothing to warn about, and "Send" sends.
    alex.get_by_label("Your message").press_sequentially(KIND)
    expect(alex.locator("[data-coach-output]")).to_contain_text("Shows you understand")
    expect(alex.locator("[data-coach-output] mark.flagged")).to_have_count(0)
    with alex.expect_navigation():
        alex.get_by_role("button", name="Send", exact=True).click()
    expect(alex.locator(".messages")).to_contain_text("Sent.")
    expect(alex.get_by_role("button", name="Send as written")).to_have_count(0)
    expect(thread).to_have_count(2)
    expect(thread.last).to_contain_text(KIND)

    # Jordan reads both, in order, as Alex wrote them.
    jordan = page_as(couple.jordan, "desktop")
    jordan.goto(talk)
    received = jordan.locator("main ol.thread li.card")
    expect(received).to_have_count(2)
    expect(received.first).to_contain_text("Alex · ")
    expect(received.first).to_contain_text(HARSH)
    expect(received.last).to_contain_text(KIND)
