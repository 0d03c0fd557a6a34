from django import forms

from amends.core.forms import audience_field, written_field
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX

from .models import STRENGTH_MAX, STRENGTH_MIN, Helped, Kind, Remind

STRENGTHS = [(n, str(n)) for n in range(STRENGTH_MIN, STRENGTH_MAX + 1)]


def _strength_field(**kwargs: object) -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label="How strong is it?",
        choices=STRENGTHS,
        coerce=int,
        error_messages={
            "required": f"Please choose how strong it is, from {STRENGTH_MIN} to {STRENGTH_MAX}.",
            "invalid_choice": f"Please choose a number from {STRENGTH_MIN} to {STRENGTH_MAX}.",
        },
        **kwargs,  # type: ignore[arg-type]
    )


def _note_field(label: str) -> forms.CharField:
    return written_field(
        label,
        "Only you will read it.",
        limit=LONG_TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class TriggerLogForm(forms.Form):
    """Two taps: what brought it on (a choice), then how strong (the button that sends)."""

    kind = forms.ChoiceField(
        label="What brought it on?",
        choices=Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose what brought it on, or “Something else”.",
            "invalid_choice": "Please choose what brought it on, or “Something else”.",
        },
    )
    note = _note_field("A few words, if you want (optional)")
    strength = _strength_field()


class TriggerEditForm(forms.Form):
    strength = _strength_field(widget=forms.RadioSelect)
    helped = forms.MultipleChoiceField(
        label="What helped? (choose any)",
        choices=Helped.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": "Please choose from the list what helped."},
    )
    note = _note_field("Your note (optional)")


class HardDayForm(forms.Form):
    label = written_field(
        "What is the day?",
        "For example “The day I found out” or “Our anniversary”.",
        limit=SHORT_TEXT_MAX,
        required_message="Please say, in a few words, what the day is.",
    )
    day = forms.DateField(
        label="When",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
        error_messages={"required": "Please choose the day.", "invalid": "Please choose the day."},
    )
    every_year = forms.BooleanField(label="It comes back every year", required=False, initial=True)
    plan = written_field(
        "A plan for that day (optional)",
        "What might help: where to be, who to be with, what to skip, what to do instead.",
        limit=LONG_TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    remind = forms.ChoiceField(
        label="A gentle reminder the day before? (optional)",
        help_text="An e-mail that says only “a day that may be hard is coming tomorrow”. Your "
        "partner gets one only if you share the day with them and choose “us both”.",
        choices=Remind.choices,
        widget=forms.RadioSelect,
        required=False,
        initial=Remind.NOBODY,
        error_messages={"invalid_choice": "Please choose who gets a reminder, or no reminder."},
    )

    def __init__(self, *args: object, audience: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["visibility"] = audience_field(audience)


class ResponseForm(forms.Form):
    what_helps = written_field(
        "What helps",
        "For example: “Sit with me. Hold my hand if I reach for yours.”",
        limit=LONG_TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    what_to_say = written_field(
        "What to say",
        "For example: “I'm here. I'm not going anywhere. Ask me anything.”",
        limit=LONG_TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    what_not_to_say = written_field(
        "What not to say",
        "For example: “Not again” or “That was years ago”.",
        limit=LONG_TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if not any(data.get(k) for k in ("what_helps", "what_to_say", "what_not_to_say")):
            raise forms.ValidationError(
                "Please write something in at least one of the three parts."
            )
        return data


class SignalSettingForm(forms.Form):
    signal = forms.ChoiceField(
        label="The signal",
        choices=[("off", "Off"), ("on", "On")],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose on or off.",
            "invalid_choice": "Please choose on or off.",
        },
    )
