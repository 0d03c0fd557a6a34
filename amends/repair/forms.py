from datetime import date

from django import forms
from django.utils import timezone

from amends.core.forms import WrittenField, audience_field, long_text_field, written_field
from amends.core.limits import SHORT_TEXT_MAX
from amends.core.once import FIELD as ONCE_FIELD
from amends.core.once import new_form_token

from .models import Acknowledgement, Category, DecisionChoice, OutcomeChoice, RepairKind, Rhythm


class OnceForm(forms.Form):
    """Every form that changes the path carries a one-time token against replays."""

    def __init__(
        self, *args: object, audience: list[tuple[str, str]] | None = None, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields[ONCE_FIELD] = forms.CharField(
            widget=forms.HiddenInput, initial=new_form_token(), required=False
        )
        if audience is not None and "visibility" in self.declared_fields:
            initial = self.declared_fields["visibility"].initial
            self.fields["visibility"] = audience_field(audience, initial=initial)


def _short(label: str, *, required: bool = True, help_text: str = "") -> WrittenField:
    return written_field(label, help_text, limit=SHORT_TEXT_MAX, required=required)


def _visibility(initial: str = "partner") -> forms.ChoiceField:
    return audience_field([], initial=initial)


class BreachForm(OnceForm):
    i_was_hurt = forms.TypedChoiceField(
        label="Whose hurt is this?",
        choices=[
            ("yes", "I was hurt by my partner"),
            ("no", "I hurt my partner, and I want to own it"),
        ],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose one.", "invalid_choice": "Please choose one."},
    )
    category = forms.ChoiceField(
        label="What kind of hurt was it?",
        choices=[("", "Choose one"), *list(Category.choices)],
        error_messages={
            "required": "Please choose what kind of hurt this was.",
            "invalid_choice": "Please choose what kind of hurt this was.",
        },
    )
    category_other = _short(
        "In your own words", required=False, help_text='Only needed for "something else".'
    )
    agreement_term = forms.ChoiceField(
        label="Which part of our agreement was broken? (optional)", required=False, choices=[]
    )
    occurred_on = forms.DateField(
        label="When did it happen? (optional)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Please enter a date like 2026-03-14."},
    )
    visibility = _visibility()
    description = long_text_field(
        "What happened",
        "Say it plainly, in your own words. You can add more later.",
    )

    def __init__(self, *args: object, terms: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        term_field: forms.ChoiceField = self.fields["agreement_term"]  # type: ignore[assignment]
        term_field.choices = [("", "Not linked to our agreement"), *terms]
        if not terms:
            del self.fields["agreement_term"]

    def clean_occurred_on(self) -> date | None:
        value: date | None = self.cleaned_data.get("occurred_on")
        if value and value > timezone.localdate():
            raise forms.ValidationError("The date is in the future. Please check it.")
        return value


class SafetyForm(OnceForm):
    feels_afraid = forms.BooleanField(
        label="I sometimes feel afraid of my partner.", required=False
    )
    hurt_or_threatened = forms.BooleanField(
        label="My partner has hurt me physically, or threatened to.", required=False
    )
    controlled = forms.BooleanField(
        label="My partner controls my money, my phone, or who I can see.", required=False
    )
    forced_sexual_contact = forms.BooleanField(
        label="My partner has pressured or forced me into sexual contact.", required=False
    )


class DecisionForm(OnceForm):
    choice = forms.ChoiceField(
        label="What do you want, right now?",
        choices=DecisionChoice.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose one.", "invalid_choice": "Please choose one."},
    )
    visibility = _visibility("private")
    note = long_text_field("A note for yourself (optional)", required=False)


class ShareForm(OnceForm):
    visibility = _visibility("private")


class TextForm(OnceForm):
    visibility = _visibility()
    text = long_text_field("Your words")


class ForgivenessForm(TextForm):
    """The written forgiveness; once written, revisited with where the person is now."""

    STILL = "still"
    TAKEN_BACK = "taken_back"
    stance = forms.ChoiceField(
        label="Where are you with it now?",
        choices=[
            (STILL, "I still forgive this, and these are my words now"),
            (TAKEN_BACK, "I am not there now: I take it back, for now"),
        ],
        initial=STILL,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose one.", "invalid_choice": "Please choose one."},
    )

    def __init__(self, *args: object, revising: bool, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if not revising:
            del self.fields["stance"]


class VersionedTextForm(TextForm):
    based_on_version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class ReflectionForm(OnceForm):
    emotion = forms.ChoiceField(label="What are you writing about?", choices=[])
    visibility = _visibility("private")
    text = long_text_field("Your reflection")

    def __init__(self, *args: object, emotions: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        emotion_field: forms.ChoiceField = self.fields["emotion"]  # type: ignore[assignment]
        emotion_field.choices = emotions


class ResponseForm(OnceForm):
    feels_complete = forms.TypedChoiceField(
        label="How does it feel to read this?",
        choices=[("yes", "This feels complete"), ("no", "Something is missing")],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose one.", "invalid_choice": "Please choose one."},
    )
    missing = long_text_field("What is missing (if something is)", required=False)


class AnswerForm(OnceForm):
    answer = long_text_field("Your answer")


class AttemptForm(OnceForm):
    kind = forms.ChoiceField(label="What kind of attempt?", choices=RepairKind.choices)
    visibility = _visibility()
    text = long_text_field("What you did, or what you offer")


class AcknowledgeForm(OnceForm):
    acknowledgement = forms.ChoiceField(
        label="Your answer",
        choices=Acknowledgement.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Please choose one.", "invalid_choice": "Please choose one."},
    )
    note = long_text_field("A note (optional)", required=False)


class PrivateTextForm(OnceForm):
    text = long_text_field("Only you will read this")


class PromiseForm(OnceForm):
    text = _short("What you promise")
    rhythm = forms.ChoiceField(label="How often", choices=Rhythm.choices)
    due_on = forms.DateField(
        label="By when (for a one-time promise)",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Please enter a date like 2026-03-14."},
    )
    visibility = _visibility()


class MarkForm(OnceForm):
    occurrence = forms.DateField(
        label="Which day",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Please enter a date like 2026-03-14."},
    )
    kept = forms.TypedChoiceField(
        label="Was it kept?",
        choices=[("yes", "Kept"), ("no", "Not kept")],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
    )


class OutcomeForm(OnceForm):
    choice = forms.ChoiceField(
        label="Where do you stand?", choices=OutcomeChoice.choices, widget=forms.RadioSelect
    )
    visibility = _visibility()
    text = long_text_field(
        "In your words",
        "If you recommit: what will you keep doing? If you part: what do you want to say?",
    )


class SelfTrustForm(OnceForm):
    exercise = forms.ChoiceField(
        label="Exercise",
        choices=[],
        error_messages={"invalid_choice": "Please choose one of the exercises."},
    )
    text = long_text_field("Your answer (only you will read it)")

    def __init__(self, *args: object, **kwargs: object) -> None:
        from .selftrust import EXERCISES

        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field: forms.ChoiceField = self.fields["exercise"]  # type: ignore[assignment]
        field.choices = [(e.key, e.title) for e in EXERCISES]
