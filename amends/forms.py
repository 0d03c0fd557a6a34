"""Form helpers shared by every app."""

from typing import Any

from django import forms

from amends.errors import ActionRefused
from amends.limits import LONG_TEXT_MAX


def long_text_field(label: str, help_text: str = "", *, required: bool = True) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=LONG_TEXT_MAX,
        strip=True,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": "Please write something here first.",
            "max_length": f"Please keep this under {LONG_TEXT_MAX:,} characters "
            "(it has %(show_value)d).",
        },
    )


def audience_field(choices: list[tuple[str, str]], initial: str = "private") -> forms.ChoiceField:
    return forms.ChoiceField(
        choices=choices,
        initial=initial,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": "Please choose who can read this."},
    )


def refuse_into_form(form: forms.Form, refused: ActionRefused, field: str | None = None) -> None:
    """Show a service's refusal next to the field it is about (or at the top)."""
    form.add_error(field, refused.message)


def initial_for(form: forms.Form, **values: Any) -> None:
    for key, value in values.items():
        form.fields[key].initial = value
