from datetime import timedelta

from django import forms
from django.utils import timezone

from amends.core.forms import written_field
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX
from amends.repair.forms import OnceForm

from .models import SUGGESTIONS

OWN = "own"
# Suggested: a review in four to six weeks.
SUGGESTED_WEEKS = 5


def suggested_review_day() -> str:
    return (timezone.localdate() + timedelta(weeks=SUGGESTED_WEEKS)).isoformat()


def _day_field(label: str, help_text: str) -> forms.DateField:
    return forms.DateField(
        label=label,
        help_text=help_text,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
        error_messages={
            "required": "Please choose a day to look at this again together.",
            "invalid": "Please choose a day to look at this again together.",
        },
    )


class OfferForm(OnceForm):
    """What to offer: one of the suggestions, or their own words; and a review day."""

    suggestion = forms.ChoiceField(
        label="What would you like to offer?",
        choices=[*SUGGESTIONS.items(), (OWN, "In my own words")],
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": "Please choose one of these, or write your own."},
    )
    act = written_field(
        "In your own words",
        "Something specific you will do. Only you can read it until you offer it.",
        limit=SHORT_TEXT_MAX,
        required=False,
    )
    review_on = _day_field(
        "When should the two of you look at it again?",
        "Four to six weeks is a good first stretch. Then you both choose: keep it going, or "
        "let it end.",
    )

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        own = str(data.get("act") or "").strip()
        chosen = data.get("suggestion") or ""
        if own:
            data["text"] = own
        elif chosen in SUGGESTIONS:
            data["text"] = SUGGESTIONS[str(chosen)]
        else:
            raise forms.ValidationError(
                "Please choose one of the suggestions, or write what you would like to offer."
            )
        return data


class ReviewDayForm(OnceForm):
    review_on = _day_field(
        "Keep it going until",
        "Your partner is asked to agree to this day.",
    )


class PressureForm(OnceForm):
    note = written_field(
        "A few words for yourself (optional)",
        "Only you will read this. Nobody is told.",
        limit=LONG_TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
