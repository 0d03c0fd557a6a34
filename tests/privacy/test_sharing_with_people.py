"""Sharing is with people, not with whoever later holds a role; and a shared decision stays
what the others see until its author takes it back or shares a new one.

Casey shares things with Drew; Drew leaves; Frank joins. Frank sees none of it, through the
pages or the API, until Casey chooses to share it again, on a page only Casey can open. The
same for what someone wrote on their own before their partner joined (paths included), and
for a professional who replaces another or is the first. A private change of mind about
the decision leaves everything the partner and the professional observe as it was.
"""

import re
from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from amends.accounts.models import User
from amends.checkins import services as checkins
from amends.checkins import weeks
from amends.checkins.models import MEASURE_KEYS
from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.journal.services import journal_entry_create
from amends.repair import services as repair
from amends.repair.models import Breach, Decision
from amends.spaces import services as spaces
from amends.spaces.models import KeptAsItWas, MemberVersion, Space
from amends.spaces.selectors import space_roles
from amends.spaces.shareagain import newcomers_waiting, shared_before_joining
from amends.talk import services as talk
from tests.api.conftest import Api, token_for
from tests.conftest import Couple, client_for, make_user, professional_joins

TOKENS = re.compile(rb'name="(csrfmiddlewaretoken|once)" value="[^"]*"')


def join_as_partner(space: Space, by: User, newcomer: User) -> None:
    link = spaces.partner_invite_create(space=space, by=by)
    spaces.invite_accept(token=link.token, by=newcomer)


def join_as_professional(space: Space, partners: list[User], pro: User) -> None:
    invite = spaces.professional_invite_propose(space=space, by=partners[0])
    for partner in partners[1:]:
        spaces.professional_approve(invite=invite, by=partner)
    link = spaces.professional_link_create(invite=invite, by=partners[0])
    professional_joins(token=link.token, pro=pro)


def pages_of(space: Space, breaches: list[Breach] = ()) -> list[str]:
    s = space.uid
    pages = [
        reverse("space_home", args=[s]),
        reverse("journal_list", args=[s]),
        reverse("talk", args=[s]),
        reverse("hurts", args=[s]),
        reverse("path_list", args=[s]),
        reverse("space_people", args=[s]),
        reverse("checkin", args=[s]),
        reverse("checkin_progress", args=[s]),
    ]
    for breach in breaches:
        pages += [
            reverse("breach_detail", args=[s, breach.uid]),
            reverse("step_decision", args=[s, breach.uid]),
            reverse("step_commitments", args=[s, breach.uid]),
            reverse("step_questions", args=[s, breach.uid]),
        ]
    return pages


def api_of(space: Space, breaches: list[Breach] = ()) -> list[str]:
    s = space.uid
    calls = [
        f"/spaces/{s}",
        f"/spaces/{s}/journal",
        f"/spaces/{s}/messages",
        f"/spaces/{s}/breaches",
    ]
    for breach in breaches:
        calls += [
            f"/spaces/{s}/breaches/{breach.uid}",
            f"/spaces/{s}/breaches/{breach.uid}/decision",
            f"/spaces/{s}/breaches/{breach.uid}/commitments",
        ]
    return calls


def read_all(client: Client, pages: list[str]) -> list[tuple[str, int, bytes]]:
    return [(p, (r := client.get(p)).status_code, TOKENS.sub(b"", r.content)) for p in pages]


def read_api(api: Api, calls: list[str]) -> list[tuple[str, str]]:
    out = []
    for path in calls:
        response = api.client.get("/api/v1" + path, headers=api._headers(None))
        out.append((path, f"{response.status_code} {response.content.decode()}"))
    return out


def text_of(client: Client, pages: list[str]) -> str:
    return "\n".join(r.content.decode() for r in (client.get(p) for p in pages))


def api_text(api: Api, calls: list[str]) -> str:
    return "\n".join(body for _, body in read_api(api, calls))


def scores() -> dict[str, int]:
    return dict.fromkeys(MEASURE_KEYS, 4)


# A new partner after another left ----------------------------------------------------------


@dataclass
class Before:
    space: Space
    casey: User
    drew: User
    frank: User
    breach: Breach
    hurt_id: int
    texts: list[str]


@pytest.fixture
def before(couple: Couple) -> Before:
    """Casey and Drew, who shared things with each other; then Drew left and Frank joined."""
    casey, space = couple.casey, couple.casey_space
    drew = make_user("drew@example.com", "Drew")
    frank = make_user("frank@example.com", "Frank")
    join_as_partner(space, casey, drew)
    texts = ["FOR-DREW-journal", "FOR-DREW-message", "FOR-DREW-breach"]
    journal_entry_create(space=space, by=casey, text=texts[0], visibility="partner")
    talk.message_send(space=space, by=casey, text=texts[1])
    hurt = talk.conversation_start(
        space=space, by=casey, what_happened="FOR-DREW-hurt", how_i_felt="Sad."
    )
    breach = repair.breach_record(
        space=space,
        by=casey,
        i_was_hurt=True,
        category="other",
        category_other="Lies",
        description=texts[2],
    )
    repair.decision_set(breach=breach, by=casey, choice="rebuild", visibility="partner")
    checkins.checkin_sharing_set(space=space, by=casey, visibility="partner")
    checkins.checkin_record(
        space=space,
        by=casey,
        week=weeks.this_monday(),
        scores=scores(),
        note="FOR-DREW-note",
        visibility="partner",
    )
    texts.append("FOR-DREW-note")
    spaces.space_leave(space=space, by=drew)
    join_as_partner(space, casey, frank)
    return Before(space, casey, drew, frank, breach, hurt.uid, texts)


def test_a_new_partner_sees_nothing_shared_with_the_previous_one(before: Before) -> None:
    b = before
    frank, frank_api = client_for(b.frank), Api(token_for(b.frank))
    seen = text_of(frank, pages_of(b.space)) + api_text(frank_api, api_of(b.space))
    for text in b.texts:
        assert text not in seen
    assert frank.get(reverse("breach_detail", args=[b.space.uid, b.breach.uid])).status_code == 404
    hurt = reverse("hurt_detail", args=[b.space.uid, b.hurt_id])
    assert frank.get(hurt).status_code == 404
    assert frank_api.get(f"/spaces/{b.space.uid}/breaches/{b.breach.uid}").status_code == 404
    trends = frank.get(reverse("checkin_progress", args=[b.space.uid])).content.decode()
    assert "Casey keeps their check-ins to themselves" in trends

    # Casey is told, privately, and shares it all again: now Frank sees it.
    home = client_for(b.casey).get(reverse("space_home", args=[b.space.uid])).content.decode()
    assert "Frank joined. Some things you shared before they joined" in home
    spaces.items_share_again(space=b.space, by=b.casey, items="all")
    seen = text_of(frank, pages_of(b.space, [b.breach])) + api_text(
        frank_api, api_of(b.space, [b.breach])
    )
    for text in b.texts:
        assert text in seen, text
    assert "Casey shared with you: I want to try to rebuild." in seen
    assert "FOR-DREW-hurt" in frank.get(hurt).content.decode()
    trends = frank.get(reverse("checkin_progress", args=[b.space.uid])).content.decode()
    assert "Casey keeps their check-ins to themselves" not in trends
    # The path stays Casey and Drew's: Frank reads it, and is not made part of it.
    b.breach.refresh_from_db()
    assert b.breach.injuring_partner == b.drew
    home = client_for(b.casey).get(reverse("space_home", args=[b.space.uid])).content.decode()
    assert "Frank joined" not in home


def test_sharing_again_item_by_item_and_keeping_the_rest(before: Before) -> None:
    b = before
    casey = client_for(b.casey)
    url = reverse("share_again", args=[b.space.uid])
    found = shared_before_joining(viewer=b.casey, roles=space_roles(b.space))
    kinds = sorted(c.kind for c in found.waiting)
    assert kinds == ["checkin_note", "checkins", "conversation", "journal", "message", "path"]
    page = casey.get(url).content.decode()
    assert "Share with Frank" in page and "Keep it as it is" in page and "FOR-DREW-journal" in page
    path = next(c for c in found.waiting if c.kind == "path")
    assert "your decision" in path.parts
    journal = next(c for c in found.waiting if c.kind == "journal")
    response = casey.post(url, {"once": new_form_token(), "item": journal.key, "choice": "share"})
    assert response.status_code == 302
    frank = client_for(b.frank)
    assert "FOR-DREW-journal" in text_of(frank, pages_of(b.space))
    assert "FOR-DREW-message" not in text_of(frank, pages_of(b.space))
    # The rest is kept as it was: off the list, still not Frank's, still Casey's to share.
    response = casey.post(url, {"once": new_form_token(), "item": "all", "choice": "keep"})
    assert response.status_code == 302
    assert newcomers_waiting(viewer=b.casey, roles=space_roles(b.space)) == []
    assert "FOR-DREW-message" not in text_of(frank, pages_of(b.space))
    page = casey.get(url).content.decode()
    assert "You kept these as they were" in page and "FOR-DREW-message" in page
    message = next(
        c
        for c in shared_before_joining(viewer=b.casey, roles=space_roles(b.space)).kept
        if c.kind == "message"
    )
    casey.post(url, {"once": new_form_token(), "item": message.key, "choice": "share"})
    assert "FOR-DREW-message" in text_of(frank, pages_of(b.space))


def test_a_replayed_or_foreign_choice_changes_nothing(before: Before) -> None:
    b = before
    found = shared_before_joining(viewer=b.casey, roles=space_roles(b.space))
    key = found.waiting[0].key
    with pytest.raises(ActionRefused):
        spaces.items_share_again(space=b.space, by=b.frank, items=[key])
    with pytest.raises(ActionRefused):
        spaces.items_share_again(space=b.space, by=b.casey, items=[key, "journal:nope"])
    assert len(shared_before_joining(viewer=b.casey, roles=space_roles(b.space)).waiting) == len(
        found.waiting
    )
    token = new_form_token()
    casey = client_for(b.casey)
    url = reverse("share_again", args=[b.space.uid])
    casey.post(url, {"once": token, "item": key, "choice": "keep"})
    assert KeptAsItWas.objects.count() == 1
    casey.post(url, {"once": token, "item": "all", "choice": "keep"})
    assert KeptAsItWas.objects.count() == 1


def test_the_share_again_page_is_private_to_its_member(before: Before) -> None:
    b = before
    frank = client_for(b.frank)
    url = reverse("share_again", args=[b.space.uid])
    assert frank.get(url).status_code == 404
    key = shared_before_joining(viewer=b.casey, roles=space_roles(b.space)).waiting[0].key
    assert (
        frank.post(url, {"once": new_form_token(), "item": key, "choice": "share"}).status_code
        == 404
    )
    assert client_for(b.drew).get(url).status_code == 404  # Drew left
    pages = pages_of(b.space)
    calls = api_of(b.space)
    frank_api = Api(token_for(b.frank))
    for client in (frank,):
        read_all(client, pages)  # the first read may save the session
    before_pages, before_api = read_all(frank, pages), read_api(frank_api, calls)
    versions = MemberVersion.objects.get(membership__user=b.frank, membership__left_at=None).version
    # Casey opens the page, then keeps everything: Casey no longer has anything waiting.
    client_for(b.casey).get(url)
    spaces.items_keep(space=b.space, by=b.casey, items="all")
    assert newcomers_waiting(viewer=b.casey, roles=space_roles(b.space)) == []
    assert read_all(frank, pages) == before_pages
    assert read_api(frank_api, calls) == before_api
    assert (
        MemberVersion.objects.get(membership__user=b.frank, membership__left_at=None).version
        == versions
    )


# Solo time ---------------------------------------------------------------------------------


def test_solo_time_items_and_paths_need_the_authors_choice(couple: Couple) -> None:
    casey, space = couple.casey, couple.casey_space
    journal_entry_create(space=space, by=casey, text="SOLO-journal", visibility="partner")
    breach = repair.breach_record(
        space=space,
        by=casey,
        i_was_hurt=True,
        category="broken_promises",
        description="SOLO-breach",
    )
    repair.decision_set(breach=breach, by=casey, choice="not_sure", visibility="partner")
    repair.commitment_make(breach=breach, by=casey, text="SOLO-commitment")
    frank = make_user("frank@example.com", "Frank")
    join_as_partner(space, casey, frank)
    breach.refresh_from_db()
    assert breach.injuring_partner is None  # not made part of it by joining
    as_frank, frank_api = client_for(frank), Api(token_for(frank))
    seen = text_of(as_frank, pages_of(space)) + api_text(frank_api, api_of(space))
    # Each marker whole: a prefix of five letters could turn up in a random form token.
    for text in ("SOLO-journal", "SOLO-breach", "SOLO-commitment"):
        assert text not in seen
    with pytest.raises(ActionRefused):
        repair.commitment_make(breach=breach, by=frank, text="in")

    found = shared_before_joining(viewer=casey, roles=space_roles(space))
    path = next(c for c in found.waiting if c.kind == "path")
    assert path.joins_path == frank
    page = client_for(casey).get(reverse("share_again", args=[space.uid])).content.decode()
    assert "Frank becomes part of this path" in page
    journal = next(c for c in found.waiting if c.kind == "journal")
    spaces.items_keep(space=space, by=casey, items=[journal.key])
    assert newcomers_waiting(viewer=casey, roles=space_roles(space)) == [frank]
    spaces.items_share_again(space=space, by=casey, items=[path.key])
    breach.refresh_from_db()
    assert (breach.hurt_partner, breach.injuring_partner) == (casey, frank)
    assert newcomers_waiting(viewer=casey, roles=space_roles(space)) == []
    seen = text_of(as_frank, pages_of(space, [breach])) + api_text(
        frank_api, api_of(space, [breach])
    )
    assert "SOLO-breach" in seen and "SOLO-commitment" in seen
    assert "Casey shared: I&#x27;m not sure yet." in seen or "not_sure" in seen
    assert "SOLO-journal" not in seen  # kept as it was
    # The path now goes on with both of them.
    repair.commitment_make(breach=breach, by=frank, text="I'm in.")
    repair.question_ask(breach=breach, by=casey, text="Why?")


def test_a_disclosure_recorded_alone_makes_the_newcomer_the_hurt_partner(couple: Couple) -> None:
    casey, space = couple.casey, couple.casey_space
    breach = repair.breach_record(
        space=space,
        by=casey,
        i_was_hurt=False,
        category="broken_promises",
        description="I broke my word.",
    )
    frank = make_user("frank@example.com", "Frank")
    join_as_partner(space, casey, frank)
    with pytest.raises(ActionRefused):
        repair.decision_set(breach=breach, by=frank, choice="no")
    spaces.items_share_again(space=space, by=casey, items="all")
    breach.refresh_from_db()
    assert (breach.hurt_partner, breach.injuring_partner) == (frank, casey)
    repair.decision_set(breach=breach, by=frank, choice="no")


# Professionals -------------------------------------------------------------------------------


def test_a_professional_who_replaces_another_sees_nothing_until_shared(couple: Couple) -> None:
    c = couple
    journal_entry_create(
        space=c.space, by=c.alex, text="FOR-SAM-alex", visibility="partner_and_professional"
    )
    journal_entry_create(
        space=c.space, by=c.jordan, text="FOR-SAM-jordan", visibility="partner_and_professional"
    )
    journal_entry_create(space=c.space, by=c.alex, text="PARTNER-ONLY", visibility="partner")
    spaces.professional_remove(space=c.space, by=c.alex)
    pat = make_user("pat@example.com", "Pat")
    join_as_professional(c.space, [c.alex, c.jordan], pat)
    as_pat = client_for(pat)
    couple_page = reverse("professional_couple", args=[c.space.uid])
    assert as_pat.get(couple_page).status_code == 200
    seen = as_pat.get(couple_page).content.decode() + api_text(
        Api(token_for(pat)), [f"/spaces/{c.space.uid}/journal"]
    )
    assert "FOR-SAM" not in seen
    # Each partner is asked about their own, and only their own.
    for partner, mine, theirs in (
        (c.alex, "FOR-SAM-alex", "FOR-SAM-jordan"),
        (c.jordan, "FOR-SAM-jordan", "FOR-SAM-alex"),
    ):
        home = client_for(partner).get(reverse("space_home", args=[c.space.uid])).content.decode()
        assert "Pat joined. Some things you shared before they joined" in home
        page = client_for(partner).get(reverse("share_again", args=[c.space.uid])).content
        assert mine.encode() in page and theirs.encode() not in page
        assert b"PARTNER-ONLY" not in page  # never shared with a professional
    spaces.items_share_again(space=c.space, by=c.alex, items="all")
    seen = as_pat.get(couple_page).content.decode()
    assert "FOR-SAM-alex" in seen and "FOR-SAM-jordan" not in seen
    assert "PARTNER-ONLY" not in seen


def test_the_first_professional_sees_nothing_written_before_they_joined(db: None) -> None:
    early = "EARLY-entry-q8z"  # long enough that no random form token holds it by chance
    alex, jordan = make_user("a@example.com", "Alex"), make_user("j@example.com", "Jordan")
    space = spaces.space_create(by=alex, name="Us")
    join_as_partner(space, alex, jordan)
    journal_entry_create(space=space, by=alex, text=early, visibility="partner_and_professional")
    sam = make_user("s@example.com", "Sam")
    join_as_professional(space, [alex, jordan], sam)
    page = reverse("professional_couple", args=[space.uid])
    assert early not in client_for(sam).get(page).content.decode()
    assert newcomers_waiting(viewer=alex, roles=space_roles(space)) == [sam]
    assert newcomers_waiting(viewer=jordan, roles=space_roles(space)) == []
    spaces.items_share_again(space=space, by=alex, items="all")
    assert early in client_for(sam).get(page).content.decode()


def test_nothing_waits_for_people_who_were_there_all_along(couple: Couple) -> None:
    journal_entry_create(space=couple.space, by=couple.alex, text="x", visibility="partner")
    for person in (couple.alex, couple.jordan, couple.sam):
        roles = space_roles(couple.space)
        assert not shared_before_joining(viewer=person, roles=roles).everything
        url = reverse("share_again", args=[couple.space.uid])
        assert client_for(person).get(url).status_code == 404


# The decision ------------------------------------------------------------------------------


@pytest.fixture
def committed(couple: Couple) -> Breach:
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="broken_promises",
        description="Promised, and did not.",
        visibility="partner_and_professional",
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="I am in.")
    repair.commitment_make(breach=breach, by=couple.jordan, text="So am I.")
    return breach


def versions_of(*people: User) -> list[tuple[int, int]]:
    return list(
        MemberVersion.objects.filter(membership__user__in=people, membership__left_at=None)
        .order_by("pk")
        .values_list("version", "path_version")
    )


@pytest.mark.parametrize(("shared", "private"), [("rebuild", "no"), ("no", "rebuild")])
def test_a_private_re_decision_changes_nothing_others_observe(
    couple: Couple, committed: Breach, shared: str, private: str
) -> None:
    c, breach = couple, committed
    repair.decision_set(
        breach=breach, by=c.alex, choice=shared, visibility="partner_and_professional"
    )
    jordan, sam = client_for(c.jordan), client_for(c.sam)
    s = c.space.uid
    pages = [*pages_of(c.space, [breach]), reverse("step_accountability", args=[s, breach.uid])]
    pro_pages = [
        reverse("professional_couple", args=[s]),
        reverse("breach_detail", args=[s, breach.uid]),
        reverse("step_decision", args=[s, breach.uid]),
    ]
    calls = api_of(c.space, [breach])
    jordan_api, sam_api = Api(token_for(c.jordan)), Api(token_for(c.sam))
    read_all(jordan, pages), read_all(sam, pro_pages)  # sessions settle
    before = (
        read_all(jordan, pages),
        read_all(sam, pro_pages),
        read_api(jordan_api, calls),
        read_api(sam_api, calls),
        versions_of(c.jordan, c.sam),
    )
    repair.decision_set(breach=breach, by=c.alex, choice=private, note="PRIVATE-AGAIN")
    after = (
        read_all(jordan, pages),
        read_all(sam, pro_pages),
        read_api(jordan_api, calls),
        read_api(sam_api, calls),
        versions_of(c.jordan, c.sam),
    )
    assert after == before
    # The joint steps go by the shared decision, whatever Alex now thinks privately.
    if shared == "no":
        with pytest.raises(ActionRefused, match="decided not to rebuild"):
            repair.statement_write(breach=breach, by=c.jordan, text="I", based_on_version=0)
    else:
        repair.statement_write(breach=breach, by=c.jordan, text="I", based_on_version=0)
    # Alex sees their own latest answer, marked as private, and what Jordan still sees.
    html = client_for(c.alex).get(reverse("step_decision", args=[s, breach.uid])).content.decode()
    assert "PRIVATE-AGAIN" in html and "Only you" in html
    assert "What Jordan sees" in html


def test_withdrawing_a_shared_decision_is_seen_by_those_who_saw_it(
    couple: Couple, committed: Breach
) -> None:
    c, breach = couple, committed
    s = c.space.uid
    repair.decision_set(
        breach=breach, by=c.alex, choice="no", visibility="partner_and_professional"
    )
    with pytest.raises(ActionRefused, match="decided not to rebuild"):
        repair.statement_write(breach=breach, by=c.jordan, text="I", based_on_version=0)
    # Making it private quietly is not a thing: taking it back is its own, visible act.
    with pytest.raises(ActionRefused, match="take it back"):
        repair.decision_share(breach=breach, by=c.alex, visibility="private")
    with pytest.raises(ActionRefused):
        repair.decision_withdraw(breach=breach, by=c.jordan)
    repair.decision_set(breach=breach, by=c.alex, choice="not_sure", note="STILL-MINE")
    response = client_for(c.alex).post(
        reverse("decision_withdraw", args=[s, breach.uid]),
        {"once": new_form_token()},
    )
    assert response.status_code == 302
    for who in (c.jordan, c.sam):
        html = client_for(who).get(reverse("step_decision", args=[s, breach.uid])).content.decode()
        assert "Alex has taken back their decision and is deciding again" in html
        assert "STILL-MINE" not in html and "not sure" not in html.lower()
        detail = client_for(who).get(reverse("breach_detail", args=[s, breach.uid])).content
        assert b"has taken back their decision" in detail
    response = Api(token_for(c.jordan)).get(f"/spaces/{s}/breaches/{breach.uid}/decision")
    assert response.status_code == 200 and response.json()["decision"]["choice"] == "withdrawn"
    # The joint steps reopen; Alex's private answer since is still theirs, and still private.
    repair.statement_write(breach=breach, by=c.jordan, text="I", based_on_version=0)
    html = client_for(c.alex).get(reverse("step_decision", args=[s, breach.uid])).content.decode()
    assert "STILL-MINE" in html
    with pytest.raises(ActionRefused, match="no shared decision"):
        repair.decision_withdraw(breach=breach, by=c.alex)


def test_sharing_a_new_decision_replaces_the_old_one(couple: Couple, committed: Breach) -> None:
    c, breach = couple, committed
    s = c.space.uid
    repair.decision_set(
        breach=breach, by=c.alex, choice="rebuild", visibility="partner_and_professional"
    )
    repair.decision_set(breach=breach, by=c.alex, choice="no")
    repair.decision_share(breach=breach, by=c.alex, visibility="partner")
    jordan = client_for(c.jordan).get(reverse("step_decision", args=[s, breach.uid])).content
    assert b"No, I don&#x27;t want to rebuild" in jordan
    # Shared with fewer people: the professional is not left looking at the old answer.
    sam = client_for(c.sam).get(reverse("step_decision", args=[s, breach.uid])).content.decode()
    assert "taken back their decision" in sam and "rebuild</strong>" not in sam


def test_a_later_partner_is_not_told_of_a_decision_taken_back_before_they_came(
    couple: Couple,
) -> None:
    casey, space = couple.casey, couple.casey_space
    drew, frank = make_user("drew@example.com", "Drew"), make_user("frank@example.com", "Frank")
    join_as_partner(space, casey, drew)
    breach = repair.breach_record(
        space=space, by=casey, i_was_hurt=True, category="broken_promises", description="x"
    )
    repair.decision_set(breach=breach, by=casey, choice="rebuild", visibility="partner")
    spaces.space_leave(space=space, by=drew)
    join_as_partner(space, casey, frank)
    spaces.items_share_again(space=space, by=casey, items="all")
    # What Frank was shown is the decision; taking it back is seen by Frank, not by Drew's
    # successor of a later day.
    repair.decision_withdraw(breach=breach, by=casey)
    html = client_for(frank).get(reverse("step_decision", args=[space.uid, breach.uid])).content
    assert b"taken back their decision" in html
    withdrawal = Decision.objects.filter(breach=breach).order_by("-pk").first()
    assert withdrawal is not None and withdrawal.is_withdrawal
    gina = make_user("gina@example.com", "Gina")
    spaces.space_leave(space=space, by=frank)
    join_as_partner(space, casey, gina)
    found = shared_before_joining(viewer=casey, roles=space_roles(space))
    path = next(c for c in found.waiting if c.kind == "path")
    assert "your decision" not in path.parts  # a row taking one back is never offered
    spaces.items_share_again(space=space, by=casey, items="all")
    html = client_for(gina).get(reverse("step_decision", args=[space.uid, breach.uid])).content
    # Not on this path, Gina is told what is true: nothing about it was shared with her.
    assert b"Nothing shared with you yet." in html and b"taken back" not in html


def test_the_api_can_take_a_decision_back(couple: Couple, committed: Breach) -> None:
    s, b = couple.space.uid, committed.uid
    alex = Api(token_for(couple.alex))
    decided = alex.post(
        f"/spaces/{s}/breaches/{b}/decision", {"choice": "rebuild", "visibility": "partner"}
    )
    assert decided.status_code == 201
    taken_back = alex.post(f"/spaces/{s}/breaches/{b}/decision/withdraw")
    assert taken_back.status_code == 201 and taken_back.json()["choice"] == "withdrawn"
    body = alex.get(f"/spaces/{s}/breaches/{b}/decision").json()
    assert body["decision"] is None and body["partner_sees"]["choice"] == "withdrawn"
    assert alex.post(f"/spaces/{s}/breaches/{b}/decision/withdraw").status_code == 409
    jordan = Api(token_for(couple.jordan)).get(f"/spaces/{s}/breaches/{b}/decision").json()
    assert jordan["decision"]["choice"] == "withdrawn" and jordan["partner_sees"] is None
