"""Transparency, volunteered and ending (issue 18).

* `Offer`: one act of transparency a partner offers the other ("I'll tell you if she
  contacts me"), with a review date. A draft is private to its author; once offered it is
  shared with the partner, who accepts it or says it is not needed. At the review both agree
  to keep it going until a new date, or it winds down; the partner it was offered to can
  release it at any time. It is a promise between two people: the app never monitors a
  device and never asks for a password.
* `Pressure`: "I feel pressured into this", said privately by either partner about an
  offer they can see. Always private: nothing here shares it, and it changes nothing the
  other can observe. It leads its author, privately, to the safety questions.
* `ReviewReminderSent`: that a review reminder went to someone (one per person, offer and
  review), so a second run of the daily command sends nothing twice.

Every word, choice and day a person gives is sealed (amends.core.fields); where an offer stands
(draft, offered, on, ended) stays readable, as other workflow states do.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from amends.core.fields import EncryptedDateField, EncryptedTextField
from amends.spaces.visibility import SpaceItem


class State(models.TextChoices):
    DRAFT = "draft", "Not offered yet"
    OFFERED = "offered", "Offered, waiting for an answer"
    ACTIVE = "active", "On"
    ENDED = "ended", "Ended"


class Ending(models.TextChoices):
    NOT_NEEDED = "not_needed", "Not needed"
    WITHDRAWN = "withdrawn", "Taken back before an answer"
    WOUND_DOWN = "wound_down", "Wound down at a review"
    RELEASED = "released", "Released"


# A few acts people often offer; anyone may write their own instead.
SUGGESTIONS: dict[str, str] = {
    "contact": "I'll tell you if they contact me, and what was said.",
    "phone": "My phone is open to you if you ask.",
    "late": "I'll tell you where I am if I'm going to be late.",
    "seeing": "I'll tell you before I see anyone connected to what happened.",
    "money": "I'll show you our bank statements when you ask.",
}


class Offer(SpaceItem):
    """An act of transparency, offered by `author` to their partner, with a review date."""

    act = EncryptedTextField()
    review_on = EncryptedDateField()
    state = models.CharField(max_length=16, choices=State.choices, default=State.DRAFT)
    ending = EncryptedTextField(choices=Ending.choices, blank=True)
    # How many times both agreed to keep it going (an ordinal, like a version number).
    renewals = models.PositiveSmallIntegerField(default=0)
    offered_at = models.DateTimeField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # At a review: a new date one partner suggested, waiting for the other to agree.
    proposed_review_on = EncryptedDateField(null=True, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        indexes = [models.Index(fields=["space", "state"])]

    def __str__(self) -> str:
        return f"Transparency offer {self.pk}"

    @property
    def ending_label(self) -> str:
        return str(Ending(self.ending).label) if self.ending in Ending.values else ""

    def review_has_come(self, today: object = None) -> bool:
        day = today or timezone.localdate()
        return self.state == State.ACTIVE and bool(self.review_on) and self.review_on <= day  # type: ignore[operator]


class Pressure(SpaceItem):
    """ "I feel pressured into this": private to its author, always."""

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="+")
    note = EncryptedTextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["offer", "author"], name="one_pressure_each")
        ]

    def __str__(self) -> str:
        return f"Pressure {self.pk}"


class ReviewReminderSent(models.Model):
    """One row per review reminder sent to one person: never twice for the same review."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="+")
    # Which review: the offer's `renewals` when it was sent.
    review = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "offer", "review"], name="one_review_reminder_each"
            )
        ]

    def __str__(self) -> str:
        return f"Review reminder {self.pk}"
