"""Hard moments: a partner's own tool for the triggers that bring the hurt back.

* `Trigger`: one moment, logged in two taps (what brought it on, how strong), with an
  optional note and, later, what helped. Always private: nobody else ever sees the log, not
  even that it exists.
* `HardDay`: a day that may hurt (the day of discovery, an anniversary) with a plan for it.
  Private unless its author shares it with their partner.
* `AgreedResponse`: what helps when this person is triggered (what helps, what to say, what
  not to say), written together by both partners and seen by both.
* `SignalSetting`: whether this person has the "I'm triggered" signal on. No row, or a
  private row, is off; shared with the partner is on (the partner is told it is on).
* `Signal`: one "I'm triggered" signal, shared with the partner: that it was sent and when,
  nothing else. The partner can say they saw it.

Every word, choice, number and day a person gives is sealed (amends.core.fields).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from amends.core.fields import (
    EncryptedBooleanField,
    EncryptedDateField,
    EncryptedIntegerField,
    EncryptedTextField,
)
from amends.spaces.visibility import SpaceItem

STRENGTH_MIN = 1
STRENGTH_MAX = 5


class Kind(models.TextChoices):
    """What brought it on: a few common kinds, and always "something else"."""

    PLACE = "place", "A place"
    SONG = "song", "A song, a sound or a smell"
    DATE = "date", "A date or a time of year"
    PHONE = "phone", "A phone, a message, a screen"
    PERSON = "person", "Someone I saw or heard about"
    THOUGHT = "thought", "A thought or a picture in my head"
    OTHER = "other", "Something else"


class Helped(models.TextChoices):
    """What helped, in the person's own choice of the product's words (several may)."""

    BREATHING = "breathing", "Slow breathing"
    SENSES = "senses", "5-4-3-2-1: noticing what is around me"
    MOVING = "moving", "Moving, a walk, going outside"
    PARTNER = "partner", "My partner's response"
    SOMEONE = "someone", "Talking to someone else"
    WRITING = "writing", "Writing it down"
    TIME = "time", "Letting time pass"
    NOTHING = "nothing", "Nothing helped this time"


class Trigger(SpaceItem):
    """One hard moment. Private, always: the service never shares it."""

    kind = EncryptedTextField(choices=Kind.choices)
    strength = EncryptedIntegerField()
    note = EncryptedTextField(blank=True)
    # The keys of `Helped`, comma-separated: the person's choices, sealed like an answer.
    helped = EncryptedTextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["space", "author", "-created_at"])]

    def __str__(self) -> str:
        return f"Trigger {self.pk}"

    @property
    def helped_keys(self) -> list[str]:
        value = self.helped
        return [k for k in value.split(",") if k in Helped.values] if value else []

    @property
    def helped_labels(self) -> list[str]:
        return [str(Helped(k).label) for k in self.helped_keys]

    @property
    def kind_label(self) -> str:
        return str(Kind(self.kind).label) if self.kind in Kind.values else "Something"


class Remind(models.TextChoices):
    """A gentle reminder the day before, only as its author chose."""

    NOBODY = "", "No reminder"
    ME = "me", "Remind me the day before"
    BOTH = "both", "Remind us both the day before"


class HardDay(SpaceItem):
    """A day that may hurt, and a plan for it. Private unless shared with the partner."""

    label = EncryptedTextField()
    day = EncryptedDateField()
    every_year = EncryptedBooleanField()
    plan = EncryptedTextField(blank=True)
    # Who gets a reminder the day before: nobody (empty, or none for days marked before
    # there were reminders), its author, or both (only while the day is shared).
    remind = EncryptedTextField(choices=Remind.choices, blank=True, null=True)

    class Meta:
        indexes = [models.Index(fields=["space", "author"])]

    def __str__(self) -> str:
        return f"Hard day {self.pk}"


class DayReminderSent(models.Model):
    """A reminder for a hard day went to `user`, for the day's coming in `year`: never twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    hard_day = models.ForeignKey(HardDay, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "hard_day", "year"], name="one_day_reminder_each"
            )
        ]

    def __str__(self) -> str:
        return f"Day reminder {self.pk}"


class AgreedResponse(SpaceItem):
    """What helps `author` when they are triggered, written by both partners, seen by both.

    Either partner may change it; a change asks both to agree again."""

    what_helps = EncryptedTextField(blank=True)
    what_to_say = EncryptedTextField(blank=True)
    what_not_to_say = EncryptedTextField(blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    author_agreed_at = models.DateTimeField(null=True, blank=True)
    partner_agreed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["space", "author"], name="one_agreed_response_each")
        ]

    def __str__(self) -> str:
        return f"Agreed response {self.pk}"

    @property
    def agreed_by_both(self) -> bool:
        return self.author_agreed_at is not None and self.partner_agreed_at is not None


class SignalSetting(SpaceItem):
    """Whether `author` has the signal on: private is off, shared with the partner is on."""

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["space", "author"], name="one_signal_setting_each")
        ]

    def __str__(self) -> str:
        return f"Signal setting {self.pk}"


class Signal(SpaceItem):
    """ "I'm triggered", sent to the partner. Holds no words: when, and whether it was seen."""

    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["space", "author", "-created_at"])]

    def __str__(self) -> str:
        return f"Signal {self.pk}"
