"""The home page and the weekly reminder mention what waits for this partner: the account
(to choose detail, write, read, sign; docs/account.md), an ask for comfort to answer
(docs/afterwards.md) and an offer to be open (docs/transparency.md). Read only through what
the viewer may see: the other partner's draft or private choice changes nothing. Alex was
hurt; Jordan writes the account."""

from datetime import timedelta

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from amends.afterwards import services as afterwards
from amends.checkins import services as checkins
from amends.checkins.selectors import something_waits
from amends.checkins.tasks import WAITING_LINE, send_checkin_reminder
from amends.disclosure import services
from amends.repair import services as repair
from amends.repair.models import Breach
from amends.transparency import services as transparency
from tests.afterwards_setup import atoned
from tests.conftest import Couple

pytestmark = pytest.mark.usefixtures("uncached")

CHOOSE = "you choose first how much detail you want"
WRITE = "has chosen how much detail they want in the account"
READ = "is shared with you. Read it when you are ready"
SIGN = "When it holds everything, you can sign it as complete."
COMFORT = "asked for comfort"
# Reminders on Mondays: due whatever day the test runs. (Today's weekday read when the module
# is imported goes stale when a run crosses midnight, and on a Monday a Sunday is not due.)
MONDAY = 0


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


def home(client: Client, couple: Couple) -> str:
    return client.get(reverse("space_home", args=[couple.space.uid])).content.decode()


def choose(couple: Couple, breach: Breach, visibility: str) -> None:
    services.detail_choose(
        breach=breach,
        by=couple.alex,
        levels={"when": "outline", "who": "everything"},
        sexual_specifics=False,
        visibility=visibility,
    )


def test_the_account_on_both_homes_step_by_step(
    couple: Couple, breach: Breach, as_alex: Client, as_jordan: Client
) -> None:
    # Nothing chosen: the hurt partner's, with no deadline ("Yours, when you are ready").
    page = home(as_alex, couple)
    assert CHOOSE in page and "Yours, when you are ready" in page
    assert WRITE not in home(as_jordan, couple)
    # A private choice: still theirs; nothing for Jordan.
    choose(couple, breach, "private")
    assert CHOOSE in home(as_alex, couple)
    jordan_before = home(as_jordan, couple)
    assert WRITE not in jordan_before
    # Shared: Jordan may write.
    choose(couple, breach, "partner")
    assert CHOOSE not in home(as_alex, couple)
    assert WRITE in home(as_jordan, couple)
    # Jordan's draft is his alone: Alex's home reads as before, Jordan's still says write.
    alex_before = home(as_alex, couple)
    services.account_part_write(breach=breach, by=couple.jordan, part="when", text="It began.")
    assert home(as_alex, couple) == alex_before
    assert READ not in alex_before
    assert WRITE in home(as_jordan, couple)
    # Shared: Alex reads and signs, Jordan signs.
    services.account_share(breach=breach, by=couple.jordan)
    assert READ in home(as_alex, couple)
    page = home(as_jordan, couple)
    assert SIGN in page and WRITE not in page
    services.account_sign(breach=breach, by=couple.jordan)
    assert SIGN not in home(as_jordan, couple)
    services.account_sign(breach=breach, by=couple.alex)
    assert READ not in home(as_alex, couple)
    assert "Open the account" not in home(as_jordan, couple) + home(as_alex, couple)


def test_an_ask_for_comfort_waits_on_the_other_partner(
    couple: Couple, as_alex: Client, as_jordan: Client
) -> None:
    breach = atoned(couple)
    jordan_before = home(as_jordan, couple)
    afterwards.part_save(breach=breach, by=couple.alex, kind="comfort_ask", text="Hold me.")
    assert home(as_jordan, couple) == jordan_before  # a draft ask reads as none
    afterwards.part_save(
        breach=breach, by=couple.alex, kind="comfort_ask", text="Hold me.", visibility="partner"
    )
    page = home(as_jordan, couple)
    assert COMFORT in page
    assert reverse("afterwards_comfort", args=[couple.space.uid, breach.uid]) in page
    assert COMFORT not in home(as_alex, couple)
    # A draft answer: still waiting. A shared one: done.
    afterwards.part_save(breach=breach, by=couple.jordan, kind="comfort_answer", text="I will.")
    assert COMFORT in home(as_jordan, couple)
    afterwards.part_save(
        breach=breach,
        by=couple.jordan,
        kind="comfort_answer",
        text="I will.",
        visibility="partner",
    )
    assert COMFORT not in home(as_jordan, couple)


def test_the_reminder_mentions_it_in_words_that_name_nothing(
    couple: Couple, breach: Breach
) -> None:
    for person in (couple.alex, couple.jordan):
        checkins.reminder_preference_set(by=person, weekday=MONDAY, checkin=True)
    # Choosing detail is never pressed by e-mail; Jordan's draft is not Alex's business.
    services.account_part_write(breach=breach, by=couple.jordan, part="when", text="It began.")
    send_checkin_reminder.enqueue(couple.alex.pk)
    assert len(mail.outbox) == 1 and WAITING_LINE not in mail.outbox[0].body
    choose(couple, breach, "partner")
    send_checkin_reminder.enqueue(couple.jordan.pk)
    sent = mail.outbox[1]
    assert WAITING_LINE in sent.body
    for private in ("Alex", "account", "comfort", "messages", "detail"):
        assert private not in sent.body and private not in sent.subject


OFFERED = "offered to be open with you"
REVIEW = "The day to look again at"


def test_being_open_waits_on_the_partner_it_is_offered_to(
    couple: Couple, as_alex: Client, as_jordan: Client, as_sam: Client
) -> None:
    checkins.reminder_preference_set(by=couple.alex, weekday=MONDAY, checkin=True)
    alex_before = home(as_alex, couple)
    offer = transparency.offer_draft(
        space=couple.space,
        by=couple.jordan,
        act="I will tell you if she writes to me.",
        review_on=timezone.localdate() + timedelta(days=30),
    )
    assert home(as_alex, couple) == alex_before  # a draft is Jordan's alone
    assert not something_waits(user=couple.alex)
    offer = transparency.offer_make(offer=offer, by=couple.jordan)
    assert something_waits(user=couple.alex) and not something_waits(user=couple.jordan)
    send_checkin_reminder.enqueue(couple.alex.pk)
    assert WAITING_LINE in mail.outbox[-1].body and "open" not in mail.outbox[-1].body
    page = home(as_alex, couple)
    assert OFFERED in page and "I will tell you if she writes to me." in page
    assert reverse("transparency_offer", args=[couple.space.uid, offer.uid]) in page
    assert OFFERED not in home(as_jordan, couple)
    offer = transparency.offer_answer(offer=offer, by=couple.alex, accept=True)
    assert OFFERED not in home(as_alex, couple)
    assert REVIEW not in home(as_alex, couple)
    # The review day comes: it waits on both of them, never on the professional.
    offer.review_on = timezone.localdate() - timedelta(days=1)
    offer.save()
    assert REVIEW in home(as_alex, couple)
    assert REVIEW in home(as_jordan, couple)
    sam_page = as_sam.get(reverse("space_home", args=[couple.space.uid])).content.decode()
    assert REVIEW not in sam_page and OFFERED not in sam_page
