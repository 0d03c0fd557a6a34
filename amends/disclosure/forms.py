from django import forms

from amends.core.forms import audience_field, long_text_field
from amends.repair.forms import OnceForm

from .models import Detail, Part


class DetailForm(OnceForm):
    """The hurt partner's choice, part by part, and whether they want sexual details."""

    visibility = audience_field([], initial="private")
    sexual_specifics = forms.TypedChoiceField(
        label="Sexual details",
        choices=[
            ("no", "Leave sexual details out"),
            ("yes", "I want to know them, if I ask"),
        ],
        coerce=lambda v: v == "yes",
        initial="no",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose one.",
            "invalid_choice": "Please choose one.",
        },
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for key, label in Part.choices:
            self.fields[f"level_{key}"] = forms.ChoiceField(
                label=str(label),
                choices=Detail.choices,
                initial=Detail.SHOULD_KNOW,
                widget=forms.RadioSelect,
                error_messages={
                    "required": "Please choose how much you want to know here.",
                    "invalid_choice": "Please choose how much you want to know here.",
                },
            )

    def level_fields(self) -> list[forms.BoundField]:
        return [self[f"level_{key}"] for key in Part.values]

    def levels(self) -> dict[str, str]:
        return {key: self.cleaned_data[f"level_{key}"] for key in Part.values}


class PartForm(OnceForm):
    text = long_text_field("In your words")


class ShareForm(OnceForm):
    visibility = audience_field([], initial="partner")


class WordsForm(OnceForm):
    text = long_text_field("In your words")


class MessageForm(OnceForm):
    text = long_text_field(
        "The message",
        "Short and clear is kinder to everyone: that it is over, that there will be no more "
        "contact, and no door left open.",
    )
