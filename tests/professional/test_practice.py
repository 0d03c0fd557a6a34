"""The professional's caseload and homework (issue 19, first slice).

The caseload is made only of what the professional may see: a test does every private act
of tests/privacy/test_observer.py (ACTS) in turn and reads the caseload, with two couples on it,
three times before and once after each: it must not change (apart from values that change
on every read). Homework is between two people: the professional who set it and the
partner it is for; the partner's note reaches the professional only when shared.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from amends.accounts.models import User
from amends.checkins import services as checkins
from amends.checkins.models import MEASURE_KEYS
from amends.checkins.weeks import this_monday
from amends.core.errors import ActionRefused
from amends.core.once import new_form_token
from amends.journal.models import JournalEntry
from amends.journal.services import journal_entry_create
from amends.professional import attention
from amends.professional import services as pro
from amends.professional.models import Homework, HomeworkNote, Session
from amends.professional.selectors import CaseRow, _case_rows, caseload, spaces_as_professional
from amends.repair import services as repair
from amends.repair.models import Breach
from amends.spaces import services as spaces
from amends.spaces.models import Membership, Space
from amends.spaces.selectors import SpaceRoles
from amends.talk.services import message_send
from tests.conftest import (
    Couple,
    client_for,
    make_user,
    member_versions,
    professional_joins,
    url_for,
)
from tests.privacy.test_observer import (
    ACTS,
    Clock,
    Scene,
    build_scene,
    make_couple,
    observed,
    sign_in_through_the_form,
    unexplained,
)

BOTH = "partner_and_professional"


def second_couple_for(sam: User, tag: str, name: str) -> tuple[Space, User, User]:
    """Another couple who invite the same professional."""
    robin = make_user(f"robin{tag}@example.com", "Robin")
    kim = make_user(f"kim{tag}@example.com", "Kim")
    space = spaces.space_create(by=robin, name=name)
    link = spaces.partner_invite_create(space=space, by=robin)
    spaces.invite_accept(token=link.token, by=kim)
    proposal = spaces.professional_invite_propose(space=space, by=robin)
    spaces.professional_approve(invite=proposal, by=kim)
    pro_link = spaces.professional_link_create(invite=proposal, by=kim)
    professional_joins(token=pro_link.token, pro=sam)
    # Begun some weeks ago, so that check-ins of earlier weeks can be written.
    Space.objects.filter(pk=space.pk).update(created_at=timezone.now() - timedelta(weeks=8))
    space.refresh_from_db()
    return space, robin, kim


def checkin(space: Space, who: User, weeks_ago: int, visibility: str = BOTH, **scores: int) -> None:
    checkins.checkin_record(
        space=space,
        by=who,
        week=this_monday() - timedelta(weeks=weeks_ago),
        scores=dict.fromkeys(MEASURE_KEYS, 5) | scores,
        note="",
        visibility=visibility,
    )


# ------------------------------------------------------------------ who may open it


def test_a_partner_and_a_stranger_get_404(couple: Couple) -> None:
    for who in (couple.alex, couple.jordan, couple.casey):
        assert client_for(who).get(reverse("practice")).status_code == 404
    assert client_for(couple.sam).get(reverse("practice")).status_code == 200
    assert Client().get(reverse("practice")).status_code == 302  # to sign in


def test_a_professionals_home_is_their_caseload(couple: Couple) -> None:
    response = client_for(couple.sam).get(reverse("home"))
    assert response.status_code == 302 and response["Location"] == reverse("practice")
    page = client_for(couple.sam).get(reverse("professional_couple", args=[couple.space.uid]))
    assert reverse("practice") in page.content.decode()


def test_a_couple_who_end_the_professionals_access_leave_the_caseload(couple: Couple) -> None:
    space, _robin, kim = second_couple_for(couple.sam, "", "Robin and Kim")
    assert len(caseload(viewer=couple.sam)) == 2
    spaces.professional_remove(space=space, by=kim)
    names = [r.name for r in caseload(viewer=couple.sam)]
    assert names == ["Us"]


# ------------------------------------------------------------------ what it shows, in order


def test_two_couples_the_one_who_may_need_attention_first(couple: Couple) -> None:
    space, _robin, kim = second_couple_for(couple.sam, "", "Robin and Kim")
    checkins.checkin_sharing_set(space=space, by=kim, visibility=BOTH)
    checkin(space, kim, 1)
    checkin(space, kim, 0, safe=2)
    journal_entry_create(space=couple.space, by=couple.alex, text="x", visibility=BOTH)
    rows = caseload(viewer=couple.sam)
    assert [r.name for r in rows] == ["Robin and Kim", "Us"]
    assert "safety" in rows[0].signs and "falling" in rows[0].signs
    assert rows[1].new == (("in their journals", 1),)
    html = client_for(couple.sam).get(reverse("practice")).content.decode()
    assert html.index("Robin and Kim") < html.index(">Us<")
    assert "did not feel safe" in html and "1 in their journals" in html


def test_what_is_not_shared_with_the_professional_feeds_nothing(couple: Couple) -> None:
    space, robin, kim = second_couple_for(couple.sam, "", "Robin and Kim")
    before = client_for(couple.sam).get(reverse("practice")).content.decode()
    # Kim's falling, unsafe check-ins, shared with Robin only; Robin's private journal.
    checkins.checkin_sharing_set(space=space, by=kim, visibility="partner")
    checkin(space, kim, 1, visibility="partner")
    checkin(space, kim, 0, visibility="partner", safe=1, trust_partner=1)
    journal_entry_create(space=space, by=robin, text="x", visibility="partner")
    journal_entry_create(space=space, by=robin, text="x")
    assert client_for(couple.sam).get(reverse("practice")).content.decode() == before


def test_a_session_makes_what_came_before_it_old(couple: Couple) -> None:
    journal_entry_create(space=couple.space, by=couple.alex, text="x", visibility=BOTH)
    assert caseload(viewer=couple.sam)[0].new_total == 1
    sam = client_for(couple.sam)
    response = sam.post(
        reverse("professional_session", args=[couple.space.uid]), {"once": new_form_token()}
    )
    assert response.status_code == 302
    assert caseload(viewer=couple.sam)[0].new_total == 0
    assert "since your session on" in sam.get(reverse("practice")).content.decode()
    # Nobody else's numbers move: a session is the professional's own.
    assert Session.objects.count() == 1
    assert (
        client_for(couple.alex)
        .post(reverse("professional_session", args=[couple.space.uid]), {"once": new_form_token()})
        .status_code
        == 404
    )


# ------------------------------------------------------------------ private acts change nothing


def _read_caseload(scene: Scene, readers: dict[str, Client]) -> dict[str, str]:
    return {name: observed(c.get(reverse("practice"))) for name, c in readers.items()}


@pytest.mark.parametrize("kept", [True, False], ids=["kept-rows", "no-kept-rows"])
def test_no_private_act_changes_the_caseload(db: None, settings: Any, kept: bool) -> None:
    """Every act of ACTS, one after another (as tests/privacy/test_observer.py does them), with two
    couples on Sam's caseload: Sam's caseload reads the same after each act by someone else,
    and everyone else's answer (a 404) too."""
    if not kept:
        settings.AMENDS_PAGE_CACHE_SECONDS = 0
    clock = Clock()
    with clock.stopped():
        scene = build_scene(make_couple())
        c = scene.couple
        other, _robin, kim = second_couple_for(c.sam, "-b", "Robin and Kim")
        journal_entry_create(space=other, by=kim, text="for Sam", visibility=BOTH)
        scene.browsers["alex"] = sign_in_through_the_form(c.alex)
        scene.browsers["alex-other-device"] = client_for(c.alex)
        scene.browsers["sam"] = client_for(c.sam)
        readers = {n: client_for(u) for n, u in scene.people().items()}
        recent = {n: [] for n in readers}  # type: dict[str, list[str]]
        problems = []
        for minute, act in enumerate(ACTS, start=1):
            watching = {n: r for n, r in readers.items() if n != act.actor}
            for name in watching:
                while len(recent[name]) < 3:
                    recent[name].append(_read_caseload(scene, {name: readers[name]})[name])
            recent[act.actor] = []
            with clock.act(minute):
                act.do(scene)
            for name, after in _read_caseload(scene, watching).items():
                changed = unexplained(recent[name], after)
                if changed:
                    problems.append(f"{act.name} ({act.actor}) seen by {name}: {changed}")
                    recent[name] = [after]
                else:
                    recent[name] = [*recent[name][1:], after]
    assert not problems, "\n".join(problems)
    page = readers["sam"].get(reverse("practice")).content.decode()
    assert "Robin and Kim" in page and ">Us<" in page


# ------------------------------------------------------------------ homework


def _homework(couple: Couple, who: list[User] | None = None, **kwargs: Any) -> list[Homework]:
    return pro.homework_assign(
        space=couple.space,
        by=couple.sam,
        partners=who or [couple.alex],
        source=kwargs.pop("source", "own"),
        text=kwargs.pop("text", "HOMEWORK-TEXT-7k2 A walk, phones at home."),
        **kwargs,
    )


def test_homework_reaches_the_partner_it_is_for_and_nobody_else(couple: Couple) -> None:
    (hw,) = _homework(couple)
    alex, jordan = client_for(couple.alex), client_for(couple.jordan)
    home = alex.get(reverse("space_home", args=[couple.space.uid])).content.decode()
    assert "HOMEWORK-TEXT-7k2" in home and "From Sam" in home
    assert (
        "HOMEWORK-TEXT-7k2"
        not in jordan.get(reverse("space_home", args=[couple.space.uid])).content.decode()
    )
    url = url_for("homework", couple.space, hw)
    assert alex.get(url).status_code == 200
    for who in (couple.jordan, couple.sam, couple.casey):
        assert client_for(who).get(url).status_code == 404


def test_done_is_seen_and_only_a_shared_note(couple: Couple) -> None:
    (hw,) = _homework(couple)
    alex = client_for(couple.alex)
    url = url_for("homework", couple.space, hw)
    couple_page = reverse("professional_couple", args=[couple.space.uid])
    assert "not marked done yet" in client_for(couple.sam).get(couple_page).content.decode()
    assert alex.post(f"{url}done/", {"done": "yes", "once": new_form_token()}).status_code == 302
    for text, audience in (("KEPT-NOTE-3j", "private"), ("SHARED-NOTE-3j", "professional")):
        response = alex.post(
            f"{url}note/", {"text": text, "audience": audience, "once": new_form_token()}
        )
        assert response.status_code == 302
    sam_sees = client_for(couple.sam).get(couple_page).content.decode()
    assert "done" in sam_sees and "SHARED-NOTE-3j" in sam_sees and "KEPT-NOTE-3j" not in sam_sees
    mine = alex.get(url).content.decode()
    assert "SHARED-NOTE-3j" in mine and "KEPT-NOTE-3j" in mine
    for who in (couple.jordan, couple.casey):
        for page in (couple_page, url, reverse("space_home", args=[couple.space.uid])):
            body = client_for(who).get(page).content.decode()
            assert "NOTE-3j" not in body
    assert caseload(viewer=couple.sam)[0].new == (("about homework", 2),)


def test_homework_for_both_is_one_each(couple: Couple) -> None:
    rows = _homework(couple, [couple.alex, couple.jordan], source="step:impact")
    assert {r.partner for r in rows} == {couple.alex, couple.jordan}
    assert len({r.together for r in rows}) == 1 and rows[0].title == "How it hurt"
    pro.homework_mark_done(homework=rows[0], by=rows[0].partner)
    with pytest.raises(ActionRefused):
        pro.homework_mark_done(homework=rows[1], by=rows[0].partner)  # not theirs


def test_the_assign_page_sends_it(couple: Couple) -> None:
    sam = client_for(couple.sam)
    url = reverse("homework_new", args=[couple.space.uid])
    assert sam.get(url).status_code == 200
    assert client_for(couple.alex).get(url).status_code == 404
    response = sam.post(
        url,
        {
            "for_whom": "both",
            "source": "own",
            "text": "Ten minutes of listening, each way.",
            "due": (timezone.localdate() + timedelta(days=7)).isoformat(),
            "once": new_form_token(),
        },
    )
    assert response.status_code == 302
    assert Homework.objects.filter(space=couple.space).count() == 2
    # Bad input: a clear message, nothing written.
    for bad in (
        {"for_whom": "both", "source": "own", "text": ""},
        {"for_whom": "both", "source": "program:nope", "text": ""},
        {"for_whom": str(couple.casey.uid), "source": "own", "text": "x"},
        {"for_whom": "both", "source": "own", "text": "x", "due": "2001-01-01"},
    ):
        page = sam.post(url, bad | {"once": new_form_token()})
        assert page.status_code == 200 and "field-error" in page.content.decode(), bad
    assert Homework.objects.filter(space=couple.space).count() == 2


def test_homework_refusals(couple: Couple) -> None:
    with pytest.raises(ActionRefused):
        pro.homework_assign(
            space=couple.space, by=couple.alex, partners=[couple.jordan], source="own", text="x"
        )
    with pytest.raises(ActionRefused):
        _homework(couple, [couple.casey])
    with pytest.raises(ActionRefused):
        _homework(couple, source="step:safety")
    with pytest.raises(ActionRefused):
        _homework(couple, due=date(2001, 1, 1))
    (hw,) = _homework(couple)
    with pytest.raises(ActionRefused):
        pro.homework_note_write(homework=hw, by=couple.jordan, text="x")
    assert not HomeworkNote.objects.exists()


def test_homework_raises_only_the_numbers_of_the_two_people_it_is_between(
    couple: Couple,
) -> None:
    before = member_versions(couple)
    (hw,) = _homework(couple)
    after = member_versions(couple)
    assert {n for n in before if after[n] > before[n]} == {"alex", "sam"}
    pro.homework_note_write(homework=hw, by=couple.alex, text="mine")
    again = member_versions(couple)
    assert {n for n in after if again[n] > after[n]} == {"alex"}
    pro.homework_note_write(homework=hw, by=couple.alex, text="ours", share=True)
    third = member_versions(couple)
    assert {n for n in again if third[n] > again[n]} == {"alex", "sam"}
    pro.session_record(space=couple.space, by=couple.sam)
    fourth = member_versions(couple)
    assert {n for n in third if fourth[n] > third[n]} == {"sam"}


def test_a_professional_who_is_removed_no_longer_sees_homework(couple: Couple) -> None:
    (hw,) = _homework(couple)
    spaces.professional_remove(space=couple.space, by=couple.jordan)
    home = client_for(couple.alex).get(reverse("space_home", args=[couple.space.uid]))
    assert "HOMEWORK-TEXT-7k2" not in home.content.decode()
    assert client_for(couple.alex).get(url_for("homework", couple.space, hw)).status_code == 404


def _caseload_queries(sam: Client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert sam.get(reverse("practice")).status_code == 200
    return len(queries)


def _cold_caseload_queries(sam: Client) -> int:
    cache.clear()  # nothing kept: every card made afresh
    return _caseload_queries(sam)


# The budget, in queries, of the whole page (measured 30 November 2026: see docs/practice.md).
COLD_BUDGET = 33
WARM_BUDGET = 8


def test_the_caseload_reads_the_same_number_of_queries_for_one_couple_and_fifty(
    couple: Couple,
) -> None:
    """Who is in every space is read in three queries, and each couple's card is kept under
    the professional's own version there: with nothing new, fifty couples cost what one does.
    Cards made afresh are made together, each read one query over every space: fifty cost
    what one does too (docs/practice.md, "Cost")."""
    sam = client_for(couple.sam)

    def with_something_on_it(space: Space, hurt: User, other: User) -> None:
        # A path with steps, check-ins shared with Sam, homework: every read has rows.
        Space.objects.filter(pk=space.pk).update(created_at=timezone.now() - timedelta(weeks=8))
        space.refresh_from_db()
        breach = repair.breach_record(
            space=space,
            by=hurt,
            i_was_hurt=True,
            category="infidelity_emotional",
            description="Months of secret messages.",
            visibility=BOTH,
        )
        repair.commitment_make(breach=breach, by=hurt, text="I will.", visibility=BOTH)
        repair.commitment_make(breach=breach, by=other, text="I will.", visibility=BOTH)
        checkins.checkin_sharing_set(space=space, by=hurt, visibility=BOTH)
        checkin(space, hurt, 1)
        checkin(space, hurt, 0, trust_partner=2)
        pro.homework_assign(space=space, by=couple.sam, partners=[other], source="own", text="A")

    with_something_on_it(couple.space, couple.alex, couple.jordan)
    cold_one = _cold_caseload_queries(sam)
    warm_one = _caseload_queries(sam)
    for n in range(49):
        space, robin, kim = second_couple_for(couple.sam, str(n), f"Couple {n}")
        with_something_on_it(space, robin, kim)
    cold_fifty = _cold_caseload_queries(sam)
    warm_fifty = _caseload_queries(sam)
    assert len(caseload(viewer=couple.sam)) == 50
    assert warm_fifty == warm_one, (warm_one, warm_fifty)
    assert warm_one <= WARM_BUDGET, warm_one
    assert cold_fifty == cold_one, (cold_one, cold_fifty)
    assert cold_one <= COLD_BUDGET, cold_one


# ------------------------------------------------------------------ cards made together


def _card_one_by_one(viewer: User, roles: SpaceRoles) -> CaseRow:
    """A card made as the caseload made it before issue 19's batch: couple by couple,
    through each one-space selector."""
    from amends.checkins.selectors import (
        checkin_trends_visible_to,
        instrument_falling,
        stuck_history,
    )
    from amends.checkins.stuck import WINDOW_WEEKS, stuck_signal
    from amends.checkins.weeks import weeks_back
    from amends.professional.selectors import (
        NEW_WITHOUT_SESSION,
        _new_counts,
        homework_visible,
        last_session,
    )
    from amends.program.selectors import current_week_number
    from amends.repair.selectors import breach_overview_for_home

    since = last_session(viewer=viewer, roles=roles)
    counted_from = since or timezone.now() - NEW_WITHOUT_SESSION
    window_start = weeks_back(this_monday(), WINDOW_WEEKS)[0]
    trends = [
        checkin_trends_visible_to(viewer=viewer, roles=roles, person=p) for p in roles.partners
    ]
    rows = [[attention.Row(r.week, r.scores) for r in t.rows] if t else [] for t in trends]
    signs: list[str] = []
    if any(attention.safety_concern(r, since=window_start) for r in rows):
        signs.append("safety")
    history = stuck_history(
        viewer=viewer,
        roles=roles,
        my_rows=trends[0].rows if trends and trends[0] else [],
        partner_rows=trends[1].rows if len(trends) > 1 and trends[1] else [],
    )
    if stuck_signal(history).stuck:
        signs.append("stuck")
    if any(attention.falling(r, since=window_start) for r in rows):
        signs.append("falling")
    if instrument_falling(viewer=viewer, roles=roles):
        signs.append("feeling")
    homework = list(homework_visible(viewer=viewer, roles=roles))
    today = timezone.localdate()
    if any(h.done_at is None and h.due is not None and h.due < today for h in homework):
        signs.append("overdue")
    overview = breach_overview_for_home(viewer=viewer, roles=roles)
    first = roles.partners[0] if roles.partners else None
    return CaseRow(
        space_uid=str(roles.space.uid),
        name=roles.space.name,
        partners=tuple(p.name for p in roles.partners),
        paths=tuple((r["title"], r["stage"], r["url"]) for r in overview.rows),
        program_week=current_week_number(person=first, roles=roles) if first else 0,
        since=since,
        new=_new_counts(viewer, roles, counted_from),
        homework_open=sum(1 for h in homework if h.done_at is None),
        homework_done=sum(1 for h in homework if h.done_at is not None),
        signs=tuple(signs),
    )


def _ago(**kwargs: int) -> Any:
    return timezone.now() - timedelta(**kwargs)


def _breach_shared_ten_days_ago(space: Space, hurt: User, description: str) -> Breach:
    breach = repair.breach_record(
        space=space,
        by=hurt,
        i_was_hurt=True,
        category="infidelity_emotional",
        description=description,
        visibility=BOTH,
    )
    Breach.objects.filter(pk=breach.pk).update(created_at=_ago(days=10))
    return breach


def test_cards_made_together_are_the_cards_made_one_by_one(couple: Couple, uncached: None) -> None:
    """Couples in different states, made afresh in one batch: each card is exactly the card
    made for that couple alone, so each space's own windows (when Sam joined it, Sam's last
    session there, its partners) apply inside the one query, never one couple's to another."""
    sam = couple.sam
    # Us: a path with steps, forgiven, then a Talk message bringing it back; a session noted a
    # day ago, after a journal entry shared three days ago (so it is not new here).
    breach = repair.breach_record(
        space=couple.space,
        by=couple.alex,
        i_was_hurt=True,
        category="infidelity_emotional",
        description="Months of secret messages with a colleague.",
        visibility=BOTH,
    )
    repair.commitment_make(breach=breach, by=couple.alex, text="I will.", visibility=BOTH)
    repair.commitment_make(breach=breach, by=couple.jordan, text="I will.", visibility=BOTH)
    repair.forgiveness_give(breach=breach, by=couple.alex, text="I forgive you.", visibility=BOTH)
    message_send(
        space=couple.space,
        by=couple.alex,
        text="After the secret messages with your colleague, you have no right to complain.",
        visibility=BOTH,
    )
    old = journal_entry_create(space=couple.space, by=couple.alex, text="x", visibility=BOTH)
    JournalEntry.objects.filter(pk=old.pk).update(created_at=_ago(days=3))
    pro.session_record(space=couple.space, by=sam)
    Session.objects.filter(space=couple.space).update(held_at=_ago(days=1))

    # Check-ins: Kim's shared with Sam and falling, unsafe; Robin's with Kim only.
    b, robin, kim = second_couple_for(sam, "b", "B: check-ins")
    checkins.checkin_sharing_set(space=b, by=kim, visibility=BOTH)
    checkin(b, kim, 1)
    checkin(b, kim, 0, safe=2, trust_partner=2)
    checkins.checkin_sharing_set(space=b, by=robin, visibility="partner")
    checkin(b, robin, 1, visibility="partner")
    checkin(b, robin, 0, visibility="partner", safe=1)
    # The same kind of entry as in Us, three days ago: new here (no session).
    seen = journal_entry_create(space=b, by=robin, text="x", visibility=BOTH)
    JournalEntry.objects.filter(pk=seen.pk).update(created_at=_ago(days=3))
    journal_entry_create(space=b, by=kim, text="private")
    # In both, Sam was there three days ago.
    Membership.objects.filter(space__in=[couple.space, b], user=sam).update(joined_at=_ago(days=5))

    # Homework: one done (with a shared note and a kept one), one overdue.
    c, robin_c, kim_c = second_couple_for(sam, "c", "C: homework")
    done, overdue = (
        pro.homework_assign(space=c, by=sam, partners=[p], source="own", text="T")[0]
        for p in (robin_c, kim_c)
    )
    Homework.objects.filter(pk=overdue.pk).update(due=timezone.localdate() - timedelta(days=2))
    pro.homework_mark_done(homework=done, by=robin_c)
    pro.homework_note_write(homework=done, by=robin_c, text="shared", share=True)
    pro.homework_note_write(homework=done, by=robin_c, text="kept")
    # A breach shared ten days ago: Sam joined C a month ago and sees it; Sam joined D today.
    Membership.objects.filter(space=c, user=sam).update(joined_at=_ago(days=30))
    early = _breach_shared_ten_days_ago(c, robin_c, "Before.")

    # A partner who left, their shared check-ins going with them.
    d, robin_d, kim_d = second_couple_for(sam, "d", "D: one left")
    checkins.checkin_sharing_set(space=d, by=kim_d, visibility=BOTH)
    checkin(d, kim_d, 1)
    _breach_shared_ten_days_ago(d, robin_d, "Before Sam.")
    spaces.space_leave(space=d, by=kim_d)

    # A couple where Sam joined but is not approved yet (a partner joined after Sam).
    e = spaces.space_create(by=make_user("robine@example.com", "Robin"), name="E: waiting")
    robin_e = e.memberships.get().user
    proposal = spaces.professional_invite_propose(space=e, by=robin_e)
    spaces.professional_approve(invite=proposal, by=robin_e)
    link = spaces.professional_link_create(invite=proposal, by=robin_e)
    professional_joins(token=link.token, pro=sam)
    partner_link = spaces.partner_invite_create(space=e, by=robin_e)
    spaces.invite_accept(token=partner_link.token, by=make_user("kime@example.com", "Kim"))
    journal_entry_create(space=e, by=robin_e, text="x", visibility=BOTH)

    mine = sorted(
        (roles for _, roles in spaces_as_professional(user=sam)),
        key=lambda r: r.space.name.replace("Us", "A"),
    )
    assert [r.space.name for r in mine] == ["Us", "B: check-ins", "C: homework", "D: one left"]
    together = _case_rows(sam, mine)
    assert together == {r.space.pk: _card_one_by_one(sam, r) for r in mine}
    assert together == {r.space.pk: _case_rows(sam, [r])[r.space.pk] for r in mine}
    us, cb, cc, cd = (together[r.space.pk] for r in mine)
    # What each card says, in these states.
    # The journal entry of three days ago is before the session: not new here (new in B).
    assert us.since is not None and us.new == (("on their paths", 4), ("in Talk", 1))
    assert [t for t, _, _ in us.paths] == [breach.title]
    assert cb.new == (("in their journals", 1), ("check-ins", 2)) and cb.since is None
    assert cb.signs == ("safety", "falling") and cb.paths == ()
    assert (cc.homework_open, cc.homework_done) == (1, 1) and "overdue" in cc.signs
    # The breach of ten days ago (Sam here a month), marked done, and the shared note.
    assert cc.new == (("on their paths", 1), ("about homework", 2))
    assert [t for t, _, _ in cc.paths] == [early.title]
    assert cd.partners == ("Robin",) and cd.paths == () and cd.signs == ()
    assert caseload(viewer=sam) == sorted(
        together.values(), key=lambda r: (-r.weight, -r.new_total, r.name.casefold(), r.space_uid)
    )


def test_no_private_act_changes_a_caseload_made_afresh(couple: Couple) -> None:
    """A private journal entry, a private check-in, a homework note kept: with every card made
    afresh (nothing kept), the caseload of several couples reads the same to the byte."""
    sam = client_for(couple.sam)
    other, robin, kim = second_couple_for(couple.sam, "", "Robin and Kim")
    (hw,) = _homework(couple)
    journal_entry_create(space=other, by=kim, text="for Sam", visibility=BOTH)
    checkins.checkin_sharing_set(space=other, by=kim, visibility=BOTH)
    checkin(other, kim, 2)

    def cold() -> str:
        cache.clear()
        return observed(sam.get(reverse("practice")))

    before = cold()
    journal_entry_create(space=couple.space, by=couple.alex, text="mine alone")
    journal_entry_create(space=other, by=robin, text="mine alone")
    checkin(couple.space, couple.jordan, 0, visibility="private", safe=1)
    checkin(other, robin, 1, visibility="private", safe=1)
    pro.homework_note_write(homework=hw, by=couple.alex, text="kept")
    assert cold() == before
    # What is shared with Sam does show (the comparison can see a change).
    journal_entry_create(space=other, by=robin, text="for Sam", visibility=BOTH)
    assert cold() != before


# ------------------------------------------------------------------ the rules, without a database


def _rows(*answers: dict[str, int]) -> list[attention.Row]:
    start = date(2026, 1, 5)
    return [
        attention.Row(start + timedelta(weeks=i), dict.fromkeys(MEASURE_KEYS, 5) | a)
        for i, a in enumerate(answers)
    ]


def test_falling_fires_on_a_drop_of_two_and_not_of_one() -> None:
    since = date(2026, 1, 1)
    assert attention.falling(_rows({}, {"trust_partner": 3}), since=since) == ("trust_partner",)
    assert attention.falling(_rows({}, {"trust_partner": 4}), since=since) == ()
    # The best earlier answer counts, not only the first.
    assert attention.falling(_rows({"goodwill": 3}, {"goodwill": 6}, {"goodwill": 4}), since=since)
    # The urges fall the other way: a rise of two is worse.
    assert attention.falling(_rows({}, {"avoid_urge": 7}), since=since) == ("avoid_urge",)
    assert attention.falling(_rows({}, {"avoid_urge": 3}), since=since) == ()
    assert attention.falling(_rows({"trust_partner": 3}), since=since) == ()  # one answer
    assert attention.falling(_rows({}, {"trust_partner": 3}), since=date(2026, 1, 10)) == ()


def test_a_safety_concern_is_the_latest_shared_answer_only() -> None:
    since = date(2026, 1, 1)
    assert attention.safety_concern(_rows({}, {"safe": 2}), since=since)
    assert not attention.safety_concern(_rows({}, {"safe": 3}), since=since)
    assert not attention.safety_concern(_rows({"safe": 1}, {"safe": 5}), since=since)
    assert not attention.safety_concern([], since=since)


def test_homework_is_in_the_readable_export_of_the_two_people_only(couple: Couple) -> None:
    (hw,) = _homework(couple)
    pro.homework_note_write(homework=hw, by=couple.alex, text="KEPT-EXPORT-5v")
    pro.homework_note_write(homework=hw, by=couple.alex, text="SHARED-EXPORT-5v", share=True)

    def export(who: User) -> str:
        return client_for(who).get(reverse("export_html")).content.decode()

    alex, jordan, sam = export(couple.alex), export(couple.jordan), export(couple.sam)
    assert "Between sessions" in alex and "HOMEWORK-TEXT-7k2" in alex
    assert "KEPT-EXPORT-5v" in alex and "SHARED-EXPORT-5v" in alex
    assert "HOMEWORK-TEXT-7k2" in sam and "SHARED-EXPORT-5v" in sam and "KEPT-EXPORT-5v" not in sam
    assert "EXPORT-5v" not in jordan and "HOMEWORK-TEXT-7k2" not in jordan
    # Having left, Alex keeps their own words only.
    spaces.space_leave(space=couple.space, by=couple.alex)
    alex = export(couple.alex)
    assert "KEPT-EXPORT-5v" in alex and "HOMEWORK-TEXT-7k2" not in alex


def test_the_many_space_filter_is_each_space_filter_put_together(couple: Couple) -> None:
    """visibility.visible_q_across and between_q_across find exactly what the one-space
    filters find in each space, and nothing from one space by another space's rule."""
    from amends.spaces.visibility import between_q, between_q_across, visible_q, visible_q_across

    other, robin, kim = second_couple_for(couple.sam, "", "Robin and Kim")
    for space, a, b in ((couple.space, couple.alex, couple.jordan), (other, robin, kim)):
        for visibility in ("private", "partner", BOTH):
            journal_entry_create(space=space, by=a, text="x", visibility=visibility)
            journal_entry_create(space=space, by=b, text="x", visibility=visibility)
    # Shared in Robin and Kim's space before Sam joined there: not with Sam.
    JournalEntry.objects.filter(space=other, author=kim).update(created_at=_ago(days=1))
    (hw,) = _homework(couple)
    pro.homework_assign(space=other, by=couple.sam, partners=[kim], source="own", text="T")
    mine = [roles for _, roles in spaces_as_professional(user=couple.sam)]
    assert len(mine) == 2
    for viewer in (couple.sam,):
        each = set()
        for roles in mine:
            each |= set(JournalEntry.objects.filter(visible_q(viewer, roles)))
        assert set(JournalEntry.objects.filter(visible_q_across(viewer, mine))) == each
        assert len(each) == 3  # shared with Sam after Sam joined: Kim's was before
        homework = set()
        for roles in mine:
            homework |= set(
                Homework.objects.filter(
                    between_q(viewer, roles, partner="partner", professional="set_by")
                )
            )
        across_spaces = Homework.objects.filter(
            between_q_across(viewer, mine, partner="partner", professional="set_by")
        )
        assert set(across_spaces) == homework and len(homework) == 2 and hw in homework
    assert not JournalEntry.objects.filter(visible_q_across(couple.sam, []))
