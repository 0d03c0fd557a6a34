"""Form helpers shared by every app."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from amends.core.errors import ActionRefused
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX


def too_long_message(length: int, limit: int) -> str:
    """What a person reads when their words do not fit: nothing was cut, nothing is lost."""
    return (
        f"This has {length:,} characters, and up to {limit:,} fit here. Nothing was saved "
        "and nothing was cut: all your words are still here. Please shorten them a little "
        "(or keep part for another entry) and save again."
    )


class WrittenField(forms.CharField):
    """A field people write into, one line or many.

    Its limit is said before they type ("Up to 20,000 characters"), counted while they type
    (amends.js) and checked on the server, which refuses with a clear message and gives the
    words back in the form. The browser is never told the limit (`maxlength`): it would cut a
    long paste without a word. Right-to-left writing reads right: `dir="auto"`.
    """

    def __init__(self, *, limit: int, **kwargs: Any) -> None:
        kwargs.pop("max_length", None)
        kwargs.setdefault("strip", True)
        self.limit = limit  # before the widget is made: it is told the limit
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> str:
        # Browsers send new lines as \r\n; people (and the counter) count one character.
        text = super().to_python(value)
        return text.replace("\r\n", "\n") if text else ""

    def validate(self, value: Any) -> None:
        super().validate(value)
        if value and len(value) > self.limit:
            raise ValidationError(too_long_message(len(value), self.limit), code="max_length")

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        if not widget.is_hidden:
            attrs["dir"] = "auto"
            attrs["data-limit"] = str(self.limit)
        return attrs


def written_field(
    label: str,
    help_text: str = "",
    *,
    limit: int = SHORT_TEXT_MAX,
    required: bool = True,
    required_message: str = "Please write something here first.",
    widget: forms.Widget | None = None,
) -> WrittenField:
    return WrittenField(
        label=label,
        help_text=help_text,
        required=required,
        limit=limit,
        widget=widget,
        error_messages={"required": required_message},
    )


def long_text_field(label: str, help_text: str = "", *, required: bool = True) -> WrittenField:
    return written_field(
        label,
        help_text,
        limit=LONG_TEXT_MAX,
        required=required,
        widget=forms.Textarea(attrs={"rows": 8}),
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
