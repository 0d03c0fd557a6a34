"""The account (one structured disclosure) and the no-contact message: services, pages and
who sees what. Alex was hurt; Jordan writes the account; Sam is their professional."""

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.disclosure import selectors, services
from amends.disclosure.models import Account, AccountPart, DetailChoice, NoContactMessage
from amends.repair import services as repair
from amends.repair.models import Breach, Disclosure
from amends.spaces.selectors import space_roles
from tests.conftest import Couple, client_for
from tests.conftest import member_versions as numbers
from tests.conftest import space_url as url

DRAFT = "ACCOUNT-DRAFT-q8z it began in March"
MESSAGE = "NOCONTACT-DRAFT-q8z please do not contact me again"
# In both; long enough that no random token on a page can hold it by chance.
MARK = "-DRAFT-q8z"


@pytest.fixture
def breach(couple: Couple) -> Breach:
    return repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="infidelity_emotional",
        description="The messages.",
        visibility="partner_and_professional",
    )


def choose(couple: Couple, breach: Breach, visibility: str = "partner") -> DetailChoice:
    return services.detail_choose(
        breach=breach,
        by=couple.alex,
        levels={"when": "outline", "who": "everything", "contact": "everything"},
        sexual_specifics=False,
        visibility=visibility,
    )


def post(client: Client, path: str, data: dict[str, Any]) -> Any:
    return client.post(path, {"once": new_form_token(), **data})


# ---------------------------------------------------------------------------- services


def test_a_draft_is_the_writers_alone_and_raises_nobody_elses_numbers(
    couple: Couple, breach: Breach
) -> None:
    before = numbers(couple)
    part = services.account_part_write(breach=breach, by=couple.jordan, part="when", text=DRAFT)
    after = numbers(couple)
    assert after["jordan"] > before["jordan"]
    assert after["alex"] == before["alex"] and after["sam"] == before["sam"]
    roles = space_roles(couple.space)
    assert part.account.visibility == "private"
    assert selectors.account_for(breach=breach, viewer=couple.alex, roles=roles) is None
    assert selectors.account_for(breach=breach, viewer=couple.sam, roles=roles) is None
    assert selectors.account_for(breach=breach, viewer=couple.jordan, roles=roles) is not None
    # Written once: one moment in the timeline, not "rewritten".
    moments = selectors.timeline(breach=breach, viewer=couple.jordan, roles=roles)
    assert [m.kind for m in moments] == ["part"]
    services.account_part_write(breach=breach, by=couple.jordan, part="when", text=DRAFT + ".")
    moments = selectors.timeline(breach=breach, viewer=couple.jordan, roles=roles)
    assert [m.kind for m in moments] == ["part", "change"]


def test_a_private_choice_raises_nobody_elses_numbers(couple: Couple, breach: Breach) -> None:
    before = numbers(couple)
    choose(couple, breach, visibility="private")
    after = numbers(couple)
    assert after["alex"] > before["alex"]
    assert after["jordan"] == before["jordan"] and after["sam"] == before["sam"]
    roles = space_roles(couple.space)
    assert selectors.detail_choice_for(breach=breach, viewer=couple.jordan, roles=roles) is None


def test_only_the_hurt_partner_chooses_and_only_the_other_writes(
    couple: Couple, breach: Breach
) -> None:
    with pytest.raises(ActionRefused):
        services.detail_choose(breach=breach, by=couple.jordan, levels={}, sexual_specifics=False)
    with pytest.raises(ActionRefused):
        services.account_part_write(breach=breach, by=couple.alex, part="when", text="x")
    with pytest.raises(ActionRefused):
        services.account_part_write(breach=breach, by=couple.sam, part="when", text="x")
    with pytest.raises(ActionRefused):
        services.account_part_write(breach=breach, by=couple.jordan, part="nonsense", text="x")
    with pytest.raises(ActionRefused):
        services.detail_choose(
            breach=breach, by=couple.alex, levels={"when": "all of it"}, sexual_specifics=False
        )
    assert not Account.objects.exists() and not DetailChoice.objects.exists()


def test_sharing_waits_for_the_choices_shared_first(couple: Couple, breach: Breach) -> None:
    services.account_part_write(breach=breach, by=couple.jordan, part="when", text=DRAFT)
    with pytest.raises(ActionRefused, match="how much they want to know"):
        services.account_share(breach=breach, by=couple.jordan)
    choose(couple, breach, visibility="private")
    with pytest.raises(ActionRefused, match="how much they want to know"):
        services.account_share(breach=breach, by=couple.jordan)
    assert Account.objects.get().visibility == "private"
    choose(couple, breach, visibility="partner")
    account = services.account_share(breach=breach, by=couple.jordan)
    assert account.visibility == "partner" and account.shared_at is not None
    # Shared is never narrowed quietly.
    with pytest.raises(ActionRefused):
        choose(couple, breach, visibility="private")


def test_sign_off_then_a_later_addition_joins_the_told_later_record(
    couple: Couple, breach: Breach
) -> None:
    choose(couple, breach)
    services.account_part_write(breach=breach, by=couple.jordan, part="when", text=DRAFT)
    with pytest.raises(ActionRefused):
        services.account_sign(breach=breach, by=couple.jordan)  # not shared yet
    services.account_share(breach=breach, by=couple.jordan, visibility="partner")
    with pytest.raises(ActionRefused):
        services.account_add(breach=breach, by=couple.jordan, text="more")  # not signed off
    services.account_sign(breach=breach, by=couple.jordan)
    # A change after a signature asks both to sign again.
    services.account_part_write(breach=breach, by=couple.jordan, part="who", text="A colleague.")
    assert Account.objects.get().writer_signed_at is None
    services.account_sign(breach=breach, by=couple.jordan)
    services.account_sign(breach=breach, by=couple.alex)
    account = Account.objects.get()
    assert account.signed_off
    breach.refresh_from_db()
    assert breach.disclosure_complete_at is not None  # both records agree from here on
    with pytest.raises(ActionRefused):
        services.account_part_write(breach=breach, by=couple.jordan, part="when", text="new")
    told = services.account_add(breach=breach, by=couple.jordan, text="She wrote to me today.")
    assert told.is_later and told.visibility == "partner"
    roles = space_roles(couple.space)
    moments = selectors.timeline(breach=breach, viewer=couple.alex, roles=roles)
    assert moments[-1].told_later and moments[-1].text == "She wrote to me today."
    assert [m.kind for m in moments].count("sign") == 2
    # The questions-and-answers page shows the same thing, told later.
    page = client_for(couple.alex).get(url(couple, "step_questions", breach.uid))
    assert "She wrote to me today." in page.content.decode()
    # Sam was not given the account: neither it nor the addition.
    assert selectors.timeline(breach=breach, viewer=couple.sam, roles=roles) == []


def test_a_refusal_changes_nothing(couple: Couple, breach: Breach) -> None:
    services.account_part_write(breach=breach, by=couple.jordan, part="when", text=DRAFT)
    with pytest.raises(ActionRefused):
        services.account_part_write(breach=breach, by=couple.jordan, part="when", text="  ")
    assert AccountPart.objects.get().text == DRAFT


def test_the_no_contact_message_is_shown_before_it_is_sent(couple: Couple, breach: Breach) -> None:
    roles = space_roles(couple.space)
    services.message_draft(breach=breach, by=couple.jordan, text=MESSAGE)
    assert selectors.message_for(breach=breach, viewer=couple.alex, roles=roles) is None
    with pytest.raises(ActionRefused, match="before you send it"):
        services.message_mark_sent(breach=breach, by=couple.jordan)
    with pytest.raises(ActionRefused):
        services.message_suggest(breach=breach, by=couple.alex, text="Other words.")
    services.message_show(breach=breach, by=couple.jordan)
    services.message_suggest(breach=breach, by=couple.alex, text="It is over. Do not write.")
    with pytest.raises(ActionRefused):
        services.message_accept(breach=breach, by=couple.alex)
    services.message_accept(breach=breach, by=couple.jordan)
    message = services.message_mark_sent(breach=breach, by=couple.jordan)
    assert message.text == "It is over. Do not write." and message.sent_at is not None
    with pytest.raises(ActionRefused):
        services.message_draft(breach=breach, by=couple.jordan, text="changed")
    assert NoContactMessage.objects.get().text == "It is over. Do not write."


# ---------------------------------------------------------------------------- pages


def test_the_partner_and_professional_cannot_see_a_draft_through_any_page(
    couple: Couple, breach: Breach
) -> None:
    services.account_part_write(breach=breach, by=couple.jordan, part="when", text=DRAFT)
    services.message_draft(breach=breach, by=couple.jordan, text=MESSAGE)
    names = ("account_page", "account_timeline", "no_contact")
    for who in (couple.alex, couple.sam, couple.casey):
        client = client_for(who)
        for name in (*names, "account_detail"):
            body = client.get(url(couple, name, breach.uid)).content.decode()
            assert MARK not in body, (who, name)
        assert MARK not in client.get(url(couple, "account_list")).content.decode()
        part = client.get(url(couple, "account_part", breach.uid, "when"))
        assert part.status_code == 404
    jordan = client_for(couple.jordan)
    assert DRAFT in jordan.get(url(couple, "account_page", breach.uid)).content.decode()
    assert MESSAGE in jordan.get(url(couple, "no_contact", breach.uid)).content.decode()
    # The professional: the pages are the same 404 as for a breach with no draft at all.
    sam = client_for(couple.sam)
    for name in names:
        assert sam.get(url(couple, name, breach.uid)).status_code == 404


def test_the_whole_account_through_the_pages(couple: Couple, breach: Breach) -> None:
    alex, jordan = client_for(couple.alex), client_for(couple.jordan)
    page = alex.get(url(couple, "account_detail", breach.uid)).content.decode()
    assert "Leave sexual details out" in page
    levels = {f"level_{k}": "outline" for k in ("when", "who", "hidden", "cost", "other")}
    response = post(
        alex,
        url(couple, "account_detail", breach.uid),
        {
            **levels,
            "level_contact": "everything",
            "sexual_specifics": "no",
            "visibility": "partner",
        },
    )
    assert response.status_code == 302
    page = jordan.get(url(couple, "account_part", breach.uid, "contact")).content.decode()
    assert "Everything I ask about" in page and "leave sexual details out" in page
    response = post(
        jordan, url(couple, "account_part", breach.uid, "contact"), {"text": "None since May."}
    )
    assert response.status_code == 302
    response = post(jordan, url(couple, "account_share", breach.uid), {"visibility": "partner"})
    assert response.status_code == 302
    assert "None since May." in alex.get(url(couple, "account_page", breach.uid)).content.decode()
    for client in (jordan, alex):
        assert post(client, url(couple, "account_sign", breach.uid), {}).status_code == 302
    response = post(
        jordan,
        url(couple, "account_add", breach.uid),
        {"text": "He called me last week and I hung up."},
    )
    assert response.status_code == 302
    timeline = alex.get(url(couple, "account_timeline", breach.uid)).content.decode()
    assert "told later" in timeline and "He called me last week" in timeline
    assert Disclosure.objects.get().is_later


def test_bad_input_gets_a_message_and_changes_nothing(couple: Couple, breach: Breach) -> None:
    jordan = client_for(couple.jordan)
    response = post(jordan, url(couple, "account_part", breach.uid, "when"), {"text": ""})
    assert response.status_code == 200 and "Please write something" in response.content.decode()
    response = post(jordan, url(couple, "account_share", breach.uid), {"visibility": "partner"})
    assert response.status_code == 200
    assert not Account.objects.exists()


# ---------------------------------------------------------------------------- the API


def test_the_api_keeps_a_draft_and_a_private_choice_from_everyone_else(
    couple: Couple, breach: Breach
) -> None:
    from tests.api.conftest import Api, token_for

    base = f"/spaces/{couple.space.uid}/breaches/{breach.uid}"
    jordan, alex, sam = (Api(token_for(p)) for p in (couple.jordan, couple.alex, couple.sam))
    casey = Api(token_for(couple.casey))
    response = jordan.put(f"{base}/account/parts/when", {"text": DRAFT})
    assert response.status_code == 200, response.content
    assert response.json()["visibility"] == "private"
    assert alex.put(f"{base}/account/detail", {"levels": {"who": "outline"}}).status_code == 200
    assert jordan.put(f"{base}/no-contact", {"text": MESSAGE}).status_code == 200
    for other in (alex, sam, casey):
        for path in ("/account", "/account/timeline", "/no-contact"):
            got = other.get(base + path)
            assert MARK not in got.content.decode(), (path, got.status_code)
        assert other.get(base + "/account").status_code == 404
    for other in (jordan, sam, casey):
        assert other.get(base + "/account/detail").status_code == 404
    # Shared choices, then a shared account: the reader sees it; the professional does not.
    assert (
        alex.put(
            f"{base}/account/detail", {"levels": {"who": "outline"}, "visibility": "partner"}
        ).status_code
        == 200
    )
    assert jordan.get(base + "/account/detail").json()["levels"]["who"] == "outline"
    assert jordan.post(f"{base}/account/share", {"visibility": "partner"}).status_code == 200
    assert DRAFT in alex.get(base + "/account").content.decode()
    assert sam.get(base + "/account").status_code == 404
    assert jordan.post(f"{base}/account/sign", {}).status_code == 200
    assert alex.post(f"{base}/account/sign", {}).status_code == 200
    added = jordan.post(f"{base}/account/additions", {"text": "She called."})
    assert added.status_code == 201 and added.json()["told_later"] is True
    assert alex.get(base + "/account/timeline").json()[-1]["told_later"] is True
    # Bad input: a clear refusal, nothing changed.
    assert jordan.put(f"{base}/account/parts/when", {"text": "x"}).status_code == 409
    assert alex.put(f"{base}/account/parts/when", {"text": "x"}).status_code in (403, 409)


# ---------------------------------------------------------------------------- the export


def test_the_export_has_a_draft_for_its_writer_only(couple: Couple, breach: Breach) -> None:
    services.account_part_write(breach=breach, by=couple.jordan, part="when", text=DRAFT)
    services.message_draft(breach=breach, by=couple.jordan, text=MESSAGE)
    choose(couple, breach, visibility="private")
    for name in ("export_json", "export_html"):
        mine = client_for(couple.jordan).get(reverse(name))
        body = b"".join(mine.streaming_content) if mine.streaming else mine.content
        assert DRAFT in body.decode() and MESSAGE in body.decode(), name
        for other in (couple.alex, couple.sam):
            theirs = client_for(other).get(reverse(name))
            text = (
                b"".join(theirs.streaming_content) if theirs.streaming else theirs.content
            ).decode()
            assert MARK not in text, (name, other)
    # Once shared with Alex, Alex's readable copy has the account, with the detail asked for.
    services.detail_choose(
        breach=breach, by=couple.alex, levels={}, sexual_specifics=False, visibility="partner"
    )
    services.account_share(breach=breach, by=couple.jordan)
    readable = client_for(couple.alex).get(reverse("export_html"))
    text = (
        b"".join(readable.streaming_content) if readable.streaming else readable.content
    ).decode()
    assert DRAFT in text and "What you think I should know" in text
    assert MESSAGE not in text  # the message was never shown to Alex


def test_the_demo_couple_has_an_account_partway(db: None) -> None:
    from django.core.management import call_command

    from amends.accounts.models import User
    from amends.spaces.selectors import spaces_of

    call_command("demo", stdout=None)
    alex = User.objects.get(email="alex@example.com")
    roles = space_roles(spaces_of(user=alex).get())
    account = Account.objects.get()
    assert account.writer_signed_at is not None and account.reader_signed_at is None
    assert selectors.account_for(breach=account.breach, viewer=alex, roles=roles) is not None
    page = client_for(alex).get(url_in(roles.space, "account_page", account.breach.uid))
    assert "I have read it: sign it" in page.content.decode()
    message = NoContactMessage.objects.get()
    assert message.visibility == "partner" and message.sent_at is None


def url_in(space: Any, name: str, *args: object) -> str:
    return reverse(name, args=[space.uid, *args])


def test_the_coach_reads_a_part_and_never_blocks_it(couple: Couple, breach: Breach) -> None:
    jordan = client_for(couple.jordan)
    where = url(couple, "account_part", breach.uid, "hidden")
    words = "You were being dramatic and crazy, so I hid it."
    held = post(jordan, where, {"text": words})
    assert held.status_code == 302 and "?draft=" in held["Location"]
    assert not AccountPart.objects.exists(), "nothing is saved before Jordan chooses"
    page = jordan.get(held["Location"]).content.decode()
    assert "Send as written" in page
    sent = post(jordan, where, {"text": words, "send_anyway": "1"})
    assert sent.status_code == 302
    assert AccountPart.objects.get().text == words
