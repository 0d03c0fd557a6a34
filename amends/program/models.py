"""The 12-week program (weeks, their modules and exercises) and the hosting practice.

The program is data: `curriculum.json` beside this file, loaded by `amends load_program`,
then editable by staff in the admin. An exercise names a feature by `key`; whether a
person has done it is read from that feature's own records at request time (see
selectors.COMPLETION), so nothing here stores anyone's progress.
"""

from django.db import models

from amends.core.limits import NAME_MAX, SHORT_TEXT_MAX

PROGRAM_WEEKS = 12


class Feature(models.TextChoices):
    FIRST_CHECKIN = "first_checkin", "A first check-in"
    CHECKIN = "checkin", "A weekly check-in"
    WRITE_COMMITMENT = "write_commitment", "A commitment on a path"
    ACCOUNTABILITY_STATEMENT = "accountability_statement", "Taking responsibility"
    AGREEMENT_ANSWERS = "agreement_answers", "Answers on our agreement"
    JOURNAL_ENTRY = "journal_entry", "A journal entry"
    TALK_MESSAGE = "talk_message", "A message in Talk"
    IMPACT_STATEMENT = "impact_statement", "How it hurt"
    REPAIR_ATTEMPT = "repair_attempt", "A repair attempt"
    PROMISE = "promise", "A promise"
    SAFETY_CHECK = "safety_check", "The safety questions"
    # After the repair (amends.afterwards).
    AFTER_BETWEEN_US = "after_between_us", "What happened between us"
    AFTER_COMFORT = "after_comfort", "Asking for comfort"
    AFTER_TURNING = "after_turning", "Turning toward"


class ProgramWeek(models.Model):
    number = models.PositiveSmallIntegerField(unique=True)
    title = models.CharField(max_length=SHORT_TEXT_MAX)
    summary = models.CharField(max_length=SHORT_TEXT_MAX, blank=True)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(number__gte=1, number__lte=PROGRAM_WEEKS),
                name="program_week_in_range",
            )
        ]

    def __str__(self) -> str:
        return f"Week {self.number}: {self.title}"


class Module(models.Model):
    week = models.ForeignKey(ProgramWeek, on_delete=models.CASCADE, related_name="modules")
    order = models.PositiveSmallIntegerField(default=1)
    title = models.CharField(max_length=SHORT_TEXT_MAX)
    reading = models.TextField(help_text="A few short paragraphs, separated by blank lines.")

    class Meta:
        ordering = ["week__number", "order"]
        constraints = [
            models.UniqueConstraint(fields=["week", "order"], name="one_module_per_place")
        ]

    def __str__(self) -> str:
        return self.title


class Exercise(models.Model):
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="exercises")
    slug = models.SlugField(max_length=80, unique=True)
    order = models.PositiveSmallIntegerField(default=1)
    title = models.CharField(max_length=SHORT_TEXT_MAX)
    prompt = models.TextField(blank=True)
    feature = models.CharField(max_length=32, choices=Feature.choices)

    class Meta:
        ordering = ["module__week__number", "module__order", "order"]

    def __str__(self) -> str:
        return self.title


class Practice(models.Model):
    """The organisation or coach who hosts this instance. One row; set in the admin."""

    name = models.CharField(max_length=NAME_MAX * 2)
    introduction = models.TextField(blank=True, help_text="A few sentences about you.")
    website = models.URLField(blank=True)
    booking_url = models.URLField("booking page", blank=True)

    class Meta:
        verbose_name = "hosting practice"

    def __str__(self) -> str:
        return self.name


class LinkKind(models.TextChoices):
    SOCIAL = "social", "Social profile"
    PROGRAM = "program", "Our program"
    OTHER = "other", "Other"


class PracticeLink(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="links")
    kind = models.CharField(max_length=16, choices=LinkKind.choices, default=LinkKind.OTHER)
    label = models.CharField(max_length=NAME_MAX)
    url = models.URLField()
    order = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.label
