from datetime import date

from django import forms

from amends.core.forms import audience_field, written_field
from amends.core.limits import SHORT_TEXT_MAX

from . import weeks as w
from .instrument import Instrument
from .models import MEASURES, SCALE_MAX, SCALE_MIN, Weekday

SCALE_CHOICES = [(n, str(n)) for n in range(SCALE_MIN, SCALE_MAX + 1)]


class CheckInForm(forms.Form):
    """The week, the seven questions (1-7) and an optional short note with its audience."""

    def __init__(
        self,
        *args: object,
        weeks: list[date],
        partner_name: str,
        audience: list[tuple[str, str]],
        instrument: Instrument | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.instrument = instrument
        # Offered: this week and missed ones. Any week is accepted here; the service says
        # why a week cannot be used (already done, not come yet, before the space began).
        self.fields["week"] = forms.CharField(
            label="Which week",
            widget=forms.Select(choices=[(w.iso_name(d), w.label(d, capital=True)) for d in weeks]),
            initial=w.iso_name(weeks[0]) if weeks else None,
            max_length=10,
            error_messages={"required": "Please choose which week this check-in is for."},
        )
        for measure in MEASURES:
            self.fields[measure.key] = forms.TypedChoiceField(
                label=measure.question.format(partner=partner_name),
                help_text=f"1 is “{measure.low}”, 7 is “{measure.high}”.",
                choices=SCALE_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": "Please choose a number from 1 to 7.",
                    "invalid_choice": "Please choose a number from 1 to 7.",
                },
            )
        self.fields["visibility"] = audience_field(audience)
        self.fields["visibility"].error_messages["required"] = "Please choose who can read this."
        self.fields["note"] = written_field(
            "Anything else about this week? (optional)",
            "One line, in your own words.",
            limit=SHORT_TEXT_MAX,
            required=False,
        )

        # The optional questionnaire, when this installation switched one on: each answer
        # optional here; all or none, which the service says if only some are given.
        for item in instrument.items if instrument else ():
            self.fields[f"instrument_{item.key}"] = forms.TypedChoiceField(
                label=item.text,
                choices=[(points, words) for points, words in item.choices],
                coerce=int,
                empty_value=None,
                required=False,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": "Please choose one of the answers offered."},
            )

    def measure_fields(self) -> list[forms.BoundField]:
        return [self[m.key] for m in MEASURES]

    def instrument_fields(self) -> list[forms.BoundField]:
        items = self.instrument.items if self.instrument else ()
        return [self[f"instrument_{item.key}"] for item in items]

    def instrument_answers(self) -> list[int | None]:
        """The questionnaire's answers in order, or an empty list if none was given."""
        items = self.instrument.items if self.instrument else ()
        given = [self.cleaned_data.get(f"instrument_{item.key}") for item in items]
        return given if any(g is not None for g in given) else []


class SharingForm(forms.Form):
    def __init__(self, *args: object, audience: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["visibility"] = audience_field(audience)
        self.fields["visibility"].error_messages["required"] = "Please choose who can read this."


class InstrumentSharingForm(forms.Form):
    def __init__(self, *args: object, professional_name: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["share"] = forms.TypedChoiceField(
            label="Who sees your answers to these questions",
            choices=[
                ("no", "Only me"),
                ("yes", f"Me and {professional_name}"),
            ],
            coerce=lambda v: v == "yes",
            widget=forms.RadioSelect,
            error_messages={"required": "Please choose who sees your answers."},
        )


class ReminderForm(forms.Form):
    weekday = forms.TypedChoiceField(
        label="Send me a reminder",
        choices=[("", "No reminders"), *[(d.value, f"Every {d.label}") for d in Weekday]],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Please choose a day, or no reminders."},
    )
    checkin = forms.BooleanField(label="For my weekly check-in", required=False)
    promises = forms.BooleanField(label="To look back on our promises", required=False)
