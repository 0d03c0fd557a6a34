from django import forms

from amends.core.forms import audience_field, long_text_field


class JournalEntryForm(forms.Form):
    text = long_text_field(
        "Your entry",
        "Write it the way it is. Nobody else reads it unless you choose to share it.",
    )

    def __init__(self, *args: object, audience: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["visibility"] = audience_field(audience)


class AudienceForm(forms.Form):
    def __init__(self, *args: object, audience: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["visibility"] = audience_field(audience)
