"""Weekly check-ins, who may see their numbers, and reminder e-mails.

A check-in is one person's answers for one ISO week (`week` is that week's Monday). Its
short note is an item like any other (`visibility`, private by default). The numbers are
read by others only through the author's `CheckinSharing` setting, which is a SpaceItem
too, so `amends.spaces.visibility` decides who sees them, with the same rules as for text.
"""

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils import timezone

from amends.core.fields import EncryptedIntegerField, EncryptedTextField
from amends.spaces.visibility import SpaceItem

SCALE_MIN = 1
SCALE_MAX = 7


@dataclass(frozen=True)
class Measure:
    key: str
    label: str  # short, for charts and tables
    question: str  # the question as asked, with {partner} for the partner's name
    low: str  # what 1 means
    high: str  # what 7 means


# Our own wording. Higher is not always "better": the two urges are read the other way.
MEASURES: tuple[Measure, ...] = (
    Measure(
        "trust_partner",
        "Trust in {partner}",
        "This week, how much could you rely on {partner}?",
        "Not at all",
        "Completely",
    ),
    Measure(
        "safe",
        "Feeling safe",
        "How safe did you feel with {partner} this week?",
        "Not safe",
        "Very safe",
    ),
    Measure(
        "avoid_urge",
        "Wanting to keep away",
        "How much did you want to keep away from {partner}?",
        "Not at all",
        "Very much",
    ),
    Measure(
        "get_even_urge",
        "Wanting to get even",
        "How much did you want to get even with {partner}?",
        "Not at all",
        "Very much",
    ),
    Measure(
        "goodwill",
        "Goodwill",
        "How much did you wish {partner} well this week?",
        "Not at all",
        "Very much",
    ),
    Measure(
        "satisfaction",
        "Content with us",
        "How content were you with the two of you this week?",
        "Not at all",
        "Very content",
    ),
    Measure(
        "self_trust",
        "Trust in myself",
        "How much did you trust your own judgement this week?",
        "Not at all",
        "Completely",
    ),
)
MEASURE_KEYS: tuple[str, ...] = tuple(m.key for m in MEASURES)


def _scale_field() -> EncryptedIntegerField:
    # Sealed like text: how much someone trusts their partner this week is theirs to tell.
    # The range (SCALE_MIN to SCALE_MAX) is checked by the service, not the database.
    return EncryptedIntegerField()


class CheckIn(SpaceItem):
    """One person's week. One per person per space per ISO week; never edited after."""

    week = models.DateField(help_text="The Monday of the ISO week this check-in is about.")
    trust_partner = _scale_field()
    safe = _scale_field()
    avoid_urge = _scale_field()
    get_even_urge = _scale_field()
    goodwill = _scale_field()
    satisfaction = _scale_field()
    self_trust = _scale_field()
    note = EncryptedTextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["space", "author", "week"], name="one_checkin_per_person_week"
            ),
        ]
        indexes = [models.Index(fields=["space", "author", "week"])]

    def __str__(self) -> str:
        return f"Check-in {self.pk}"

    def scores(self) -> dict[str, int]:
        return {key: getattr(self, key) for key in MEASURE_KEYS}

    @property
    def readable(self) -> bool:
        """False when a score could not be opened (its key retired): left out of trends."""
        return all(isinstance(getattr(self, key), int) for key in MEASURE_KEYS)


class CheckinSharing(SpaceItem):
    """Who may see this person's check-in numbers in this space. No row means private.
    The `visibility` is the setting; the row holds no text."""

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["space", "author"], name="one_checkin_sharing_each")
        ]

    def __str__(self) -> str:
        return f"Check-in sharing {self.pk}"


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


class ReminderKind(models.TextChoices):
    CHECKIN = "checkin", "Weekly check-in"
    PROMISES = "promises", "Promises"


class ReminderPreference(models.Model):
    """A person's own choice; no row means no reminders. Off is `weekday = None`."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices, null=True, blank=True)
    checkin = models.BooleanField(default=True)
    promises = models.BooleanField(default=False)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"Reminder preference {self.pk}"


class ReminderSent(models.Model):
    """One row per e-mail sent, so a second send in the same week cannot happen."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=ReminderKind.choices)
    week = models.DateField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind", "week"], name="one_reminder_a_week")
        ]

    def __str__(self) -> str:
        return f"Reminder {self.pk}"


class TrumpTally(models.Model):
    """The Talk messages that, read by the coach against what this partner knows to be
    forgiven, bring a forgiven hurt back: kept so that the progress page need not read Talk
    (and so stays kept while messages come and go). One row per partner per space, holding
    the messages' ids, sealed (which messages they are says what the words are). Only what
    this partner may see goes in, and the page still reads each message's audience; the row
    changes only when that set does (`services.trump_tally_refresh`)."""

    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    viewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    messages = EncryptedTextField(default="[]")  # a JSON list of message ids
    uid = models.UUIDField(default=uuid.uuid4, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["space", "viewer"], name="one_trump_tally_each")
        ]

    def __str__(self) -> str:
        return f"Trump tally {self.pk}"


class InstrumentAnswer(models.Model):
    """One person's answers to the optional questionnaire (amends.checkins.instrument) for
    one week, and their total. Between named people (visibility.between_q): its author,
    and the professional named in `shared_with` only if the author chose to share their
    scores with them (InstrumentSharing); nobody else, the other partner included."""

    uid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    shared_with = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    week = models.DateField(help_text="The Monday of the ISO week these answers are about.")
    instrument = models.CharField(max_length=40)  # which questionnaire (a key, no words)
    answers = EncryptedTextField()  # each item's points, comma-separated, sealed
    total = EncryptedIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["space", "author", "week"], name="one_instrument_answer_per_week"
            ),
        ]

    def __str__(self) -> str:
        return f"Questionnaire answer {self.pk}"


class InstrumentSharing(models.Model):
    """Whether this partner lets the professional see their questionnaire scores. No row,
    or no `shared_with`, means not shared (the default). Sharing names the professional it
    is shared with: a professional who comes later does not inherit it."""

    uid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    space = models.ForeignKey("spaces.Space", on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    shared_with = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["space", "author"], name="one_instrument_sharing_each")
        ]

    def __str__(self) -> str:
        return f"Questionnaire sharing {self.pk}"
