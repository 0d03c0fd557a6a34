from django import forms

from amends.core.forms import written_field
from amends.core.limits import LONG_TEXT_MAX
from amends.repair.forms import OnceForm

from .models import Day, Helped


class ReflectionForm(OnceForm):
    text = written_field(
        "In your own words",
        "Only you can read this, unless you choose to share it.",
        limit=LONG_TEXT_MAX,
        required_message="Please write a few words first. A sentence is enough.",
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class DayForm(OnceForm):
    how = forms.ChoiceField(
        label="How was today?",
        choices=Day.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose how today was.",
            "invalid_choice": "Please choose how today was.",
        },
    )
    helped = forms.MultipleChoiceField(
        label="What helped? (optional)",
        choices=Helped.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": "Please choose from the list."},
    )
    note = written_field(
        "A note for yourself (optional)",
        "Only you will read this.",
        limit=LONG_TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class TellForm(OnceForm):
    note = written_field(
        "A few words with it (optional)",
        "Your partner will read these words with the day of the slip.",
        limit=LONG_TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
