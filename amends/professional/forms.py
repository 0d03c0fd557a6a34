from django import forms

from amends.accounts.models import User
from amends.core.forms import long_text_field, written_field

from .models import SecretsStance
from .services import COHORT_NAME_MAX, HOMEWORK_NOTE_MAX, SECRETS_WORDS_MAX
from .sources import OWN, source_choices

BOTH = "both"


class HomeworkForm(forms.Form):
    for_whom = forms.ChoiceField(
        label="Who is this for?",
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose who this is for."},
    )
    source = forms.ChoiceField(
        label="What would you like them to try?",
        initial=OWN,
        error_messages={"invalid_choice": "Please choose one of the exercises offered."},
    )
    text = long_text_field(
        "In your own words",
        "What you would like them to try, or a few words to go with the exercise. "
        "They will read exactly this.",
        required=False,
    )
    due = forms.DateField(
        label="By when (if you like)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Please give a day as year-month-day, or leave it empty."},
    )

    def __init__(self, *args: object, partners: tuple[User, ...], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        choices = [(str(p.uid), p.name) for p in partners]
        if len(partners) > 1:
            choices.append((BOTH, "Both of them, each on their own"))
        self.fields["for_whom"].choices = choices  # type: ignore[attr-defined]
        self.fields["source"].choices = source_choices()  # type: ignore[attr-defined]


class HomeworkNoteForm(forms.Form):
    text = written_field(
        "A few words about it (if you like)",
        limit=HOMEWORK_NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    audience = forms.ChoiceField(widget=forms.RadioSelect, initial="private")

    def __init__(self, *args: object, professional: User, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["audience"].choices = [  # type: ignore[attr-defined]
            ("private", "Only you"),
            ("professional", f"You and {professional.name}"),
        ]


class SecretsPolicyForm(forms.Form):
    stance = forms.ChoiceField(
        label="When one partner tells you something alone",
        choices=SecretsStance.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose one of the ways offered.",
            "invalid_choice": "Please choose one of the ways offered.",
        },
    )
    words = written_field(
        "In your own words (if you like)",
        "Both partners read exactly this, with the choice above. Needed if you chose your "
        "own words.",
        limit=SECRETS_WORDS_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class CohortForm(forms.Form):
    name = written_field(
        "A name for the group",
        "Each couple in it sees this name, its start and its week; never who else is in it.",
        limit=COHORT_NAME_MAX,
    )
    starts_on = forms.DateField(
        label="Week 1 starts on",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": "Please give the day week 1 starts.",
            "invalid": "Please give a day as year-month-day.",
        },
    )
