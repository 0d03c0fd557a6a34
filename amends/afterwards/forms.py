from django import forms

from amends.core.forms import audience_field, long_text_field, written_field
from amends.core.limits import SHORT_TEXT_MAX
from amends.core.once import FIELD as ONCE_FIELD
from amends.core.once import new_form_token

from .models import BidKind


class OnceForm(forms.Form):
    """Every form here carries a one-time token against replays, and says who reads it."""

    def __init__(
        self, *args: object, audience: list[tuple[str, str]] | None = None, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields[ONCE_FIELD] = forms.CharField(
            widget=forms.HiddenInput, initial=new_form_token(), required=False
        )
        if audience is not None and "visibility" in self.declared_fields:
            initial = self.initial.get("visibility") or self.declared_fields["visibility"].initial
            self.fields["visibility"] = audience_field(audience, initial=str(initial))


def _box(label: str, help_text: str = "") -> forms.CharField:
    return long_text_field(label, help_text, required=False)


class BetweenUsForm(OnceForm):
    visibility = audience_field([], initial="private")
    feelings = _box("What I felt", "Just the feelings: hurt, lonely, scared, ashamed, numb...")
    realities = _box(
        "How it was for me",
        "My side of what happened, as I saw it. Yours can be different, and both can be true.",
    )
    touched = _box(
        "What it touched in me", "An old hurt, a fear, something from before that it woke up."
    )
    own_part = _box("My own part", "What I did or did not do. Only mine: not theirs.")
    differently = _box("One thing I would do differently", "One small, concrete thing is enough.")


class TextForm(OnceForm):
    visibility = audience_field([], initial="private")
    text = long_text_field("Your words")


class BidForm(OnceForm):
    kind = forms.ChoiceField(
        label="What is it?",
        choices=BidKind.choices,
        initial=BidKind.APPRECIATION,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose what kind of moment this is.",
            "invalid_choice": "Please choose what kind of moment this is.",
        },
    )
    visibility = audience_field([], initial="partner")
    text = written_field("In a few words", limit=SHORT_TEXT_MAX)


class ClosenessForm(OnceForm):
    wants = forms.TypedChoiceField(
        label="Would you like a slow plan for being physically close again?",
        choices=[("yes", "Yes, I would like that"), ("no", "Not yet")],
        coerce=lambda v: v == "yes",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose yes or not yet.",
            "invalid_choice": "Please choose yes or not yet.",
        },
    )
