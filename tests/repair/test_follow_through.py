"""Follow-through on a promise (repair.selectors.follow_through): the days both partners
agree it was kept, on the page and in the API alike; a partner who leaves takes their marks
with them (not shown, not counted), as with everything else they wrote."""

from typing import Any

from django.urls import reverse
from django.utils import timezone

from amends.repair import services as repair
from amends.repair.models import Breach, PromiseMark
from amends.spaces import services as spaces
from tests.api.conftest import Api, token_for
from tests.conftest import Couple, client_for


def _committed(c: Couple) -> Breach:
    # Jordan records the path (it stays Jordan's when Alex, the hurt partner, leaves).
    breach = repair.breach_record(
        space=c.space,
        by=c.jordan,
        i_was_hurt=False,
        category="broken_promises",
        description="x",
        visibility="partner_and_professional",
    )
    for who in (c.alex, c.jordan):
        repair.commitment_make(breach=breach, by=who, text="I commit.")
    return breach


def _promise_api(c: Couple, who: Any, breach: Breach) -> dict[str, Any]:
    body = Api(token_for(who)).get(f"/spaces/{c.space.uid}/breaches/{breach.uid}/promises")
    assert body.status_code == 200
    [promise] = body.json()["items"]
    return promise  # type: ignore[no-any-return]


def test_both_agreeing_is_said_on_the_page_and_in_the_api(couple: Couple) -> None:
    c = couple
    breach = _committed(c)
    promise = repair.promise_make(
        breach=breach, by=c.jordan, text="Home by 7", rhythm="daily", visibility="partner"
    )
    today = timezone.localdate()
    for who in (c.alex, c.jordan):
        repair.promise_mark(promise=promise, by=who, occurrence=today, kept=True)
    page = client_for(c.alex).get(reverse("step_promises", args=[c.space.uid, breach.uid]))
    assert "you both saw it as kept" in page.content.decode()
    shown = _promise_api(c, c.alex, breach)
    assert shown["follow_through"]["days"] == 1
    assert shown["follow_through"]["words"] == "One day noted so far: you both saw it as kept."
    [row] = shown["follow_through"]["rows"]
    assert (row["day"], row["hurt"], row["injuring"], row["disagree"]) == (
        today.isoformat(),
        True,
        True,
        False,
    )


def test_a_partner_who_leaves_takes_their_marks_with_them(couple: Couple) -> None:
    c = couple
    breach = _committed(c)
    promise = repair.promise_make(
        breach=breach,
        by=c.jordan,
        text="Home by 7",
        rhythm="daily",
        visibility="partner_and_professional",
    )
    today = timezone.localdate()
    repair.promise_mark(promise=promise, by=c.jordan, occurrence=today, kept=True)
    repair.promise_mark(promise=promise, by=c.alex, occurrence=today, kept=False)
    page_url = reverse("step_promises", args=[c.space.uid, breach.uid])
    assert "you each saw it differently" in client_for(c.jordan).get(page_url).content.decode()
    before = _promise_api(c, c.jordan, breach)
    assert before["follow_through"]["rows"][0]["disagree"] is True
    assert len(before["marks"]) == 2

    spaces.space_leave(space=c.space, by=c.alex)
    response = client_for(c.jordan).get(page_url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Home by 7" in page and "one of you" in page
    assert "each saw it differently" not in page and "Seen differently" not in page
    assert "<td>Not kept</td>" not in page
    for who in (c.jordan, c.sam):
        shown = _promise_api(c, who, breach)
        assert [m["by"] for m in shown["marks"]] == [str(c.jordan.uid)]
        [row] = shown["follow_through"]["rows"]
        assert (row["hurt"], row["injuring"], row["disagree"]) == (None, True, False)
        assert shown["follow_through"]["days"] == 1
    assert PromiseMark.objects.filter(by=c.alex).count() == 1, "nothing erased"

    # Coming back brings them back.
    link = spaces.partner_invite_create(space=c.space, by=c.jordan)
    spaces.invite_accept(token=link.token, by=c.alex)
    assert len(_promise_api(c, c.jordan, breach)["marks"]) == 2


def test_progress_counts_no_marks_of_a_partner_who_left(couple: Couple) -> None:
    """The progress page's counts (checkins.selectors.promise_counts) and the stuck signal's
    weekly marks leave out the marks of a partner who has left, as the promise page does."""
    from amends.checkins.selectors import promise_counts
    from amends.spaces.selectors import space_roles

    c = couple
    breach = _committed(c)
    promise = repair.promise_make(
        breach=breach, by=c.jordan, text="Home by 7", rhythm="daily", visibility="partner"
    )
    today = timezone.localdate()
    repair.promise_mark(promise=promise, by=c.alex, occurrence=today, kept=False)
    repair.promise_mark(promise=promise, by=c.jordan, occurrence=today, kept=True)
    before = promise_counts(viewer=c.jordan, roles=space_roles(c.space))
    assert (before.broken_by_partner, before.kept_by_me) == (1, 1)

    spaces.space_leave(space=c.space, by=c.alex)
    after = promise_counts(viewer=c.jordan, roles=space_roles(c.space))
    assert (after.broken_by_partner, after.kept_by_me) == (0, 1)
