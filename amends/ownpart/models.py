"""The injuring partner's own part (issue 18, "both tracks").

* `Reflection`: one of a few guided, private reflections that move from shame ("I am bad")
  toward accountability ("I did this; here is what I will do"). One per prompt per person;
  private, unless its author shares that one piece with their partner.
* `DayCheck`: the daily check-in, where the breach was an addiction: today steady, had urges,
  or slipped; what helped; an optional note. Always private.
* `Slip`: a slip logged in a check-in. Private until its author tells their partner ("Tell
  them now"); then shared, dated, and marked honestly as told within a day or later.
* `RuleYes`: one partner's yes to the 24-hour rule (tell the partner about a slip within a
  day). Shared with the partner from the first save; the rule is on while both said yes.
* `SlipReminderSent`: that the gentle reminder about a slip not yet told went to its author
  (the only one it ever goes to), so the daily run never sends it twice.

Every word and choice is sealed (amends.core.fields). The day of a check-in stays readable, as
every row's `created_at` does, so that there is one check-in per day.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone

from amends.core.fields import EncryptedTextField
from amends.spaces.visibility import SpaceItem


class Prompt(models.TextChoices):
    FEEL = "feel", "What I feel"
    DID = "did", "What I did"
    COST = "cost", "What it cost them"
    DOING = "doing", "What I am doing about it"
    HELP = "help", "What I need help with"


class Day(models.TextChoices):
    STEADY = "steady", "Steady"
    URGES = "urges", "Had urges, and got through"
    SLIPPED = "slipped", "Slipped"


class Helped(models.TextChoices):
    TALKED = "talked", "Talking to someone"
    MEETING = "meeting", "A meeting or my group"
    MOVED = "moved", "Moving: a walk, exercise"
    AWAY = "away", "Getting away from the place or the screen"
    WAITED = "waited", "Waiting it out"
    REST = "rest", "Rest, food, sleep"
    OTHER = "other", "Something else"


class Reflection(SpaceItem):
    prompt = EncryptedTextField(choices=Prompt.choices)
    text = EncryptedTextField()

    def __str__(self) -> str:
        return f"Reflection {self.pk}"

    @property
    def prompt_label(self) -> str:
        return str(Prompt(self.prompt).label) if self.prompt in Prompt.values else ""


class DayCheck(SpaceItem):
    day = models.DateField()
    how = EncryptedTextField(choices=Day.choices)
    # Keys of Helped, comma-separated, sealed as one value.
    helped = EncryptedTextField(blank=True)
    note = EncryptedTextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["space", "author", "day"], name="one_day_check_each")
        ]

    def __str__(self) -> str:
        return f"Day check {self.pk}"

    @property
    def how_label(self) -> str:
        return str(Day(self.how).label) if self.how in Day.values else ""

    @property
    def helped_keys(self) -> list[str]:
        return [k for k in self.helped.split(",") if k in Helped.values]

    @property
    def helped_labels(self) -> list[str]:
        return [str(Helped(k).label) for k in self.helped_keys]


class Slip(SpaceItem):
    """A slip, logged on `day` (its check-in). `created_at` is when it was logged: the 24
    hours count from then."""

    daycheck = models.OneToOneField(
        DayCheck, null=True, blank=True, on_delete=models.SET_NULL, related_name="slip"
    )
    day = models.DateField()
    told_at = models.DateTimeField(null=True, blank=True)
    told_note = EncryptedTextField(blank=True)
    # Set when told: within 24 hours of logging it, or later. Said honestly, never changed.
    told_within_day = models.BooleanField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Slip {self.pk}"


class RuleYes(SpaceItem):
    """One partner's yes to the 24-hour rule; shared with the partner from the first save."""

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["space", "author"], name="one_rule_yes_each")
        ]

    def __str__(self) -> str:
        return f"Rule yes {self.pk}"


class SlipReminderSent(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    slip = models.ForeignKey(Slip, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "slip"], name="one_slip_reminder_each")
        ]

    def __str__(self) -> str:
        return f"Slip reminder {self.pk}"
