"""Being open, for the demo couple, partway: Jordan offered two things some weeks ago. Alex
took up the first (its review comes in a few days); the second was not needed. A third is
still Jordan's draft. Built with the same services the pages use; only the times are moved
back, as the demo does for its weeks."""

from datetime import timedelta

from django.utils import timezone

from amends.accounts.models import User
from amends.spaces.models import Space

from . import services
from .models import Offer


def load_demo_transparency(*, space: Space, alex: User, jordan: User) -> None:
    now = timezone.now()
    today = timezone.localdate()
    on = services.offer_draft(
        space=space,
        by=jordan,
        act="I'll tell you if she contacts me, and show you what she said.",
        review_on=today + timedelta(days=4),
    )
    on = services.offer_make(offer=on, by=jordan)
    services.offer_answer(offer=on, by=alex, accept=True)
    began = now - timedelta(weeks=5)
    Offer.objects.filter(pk=on.pk).update(
        created_at=began,
        shared_at=began,
        offered_at=began,
        answered_at=began + timedelta(hours=20),
        updated_at=began + timedelta(hours=20),
    )
    not_needed = services.offer_draft(
        space=space,
        by=jordan,
        act="My phone is open to you if you ask.",
        review_on=today + timedelta(weeks=4),
    )
    not_needed = services.offer_make(offer=not_needed, by=jordan)
    services.offer_answer(offer=not_needed, by=alex, accept=False)
    services.offer_draft(
        space=space,
        by=jordan,
        act="I'll tell you where I am if I'm going to be late.",
        review_on=today + timedelta(weeks=5),
    )
