"""Forms check shape and length; services decide (and repeat the checks)."""

from django import forms
from django.http import QueryDict

from amends.core.forms import written_field
from amends.core.limits import LONG_TEXT_MAX, SHORT_TEXT_MAX

from .catalogue import GROUPS

ANSWER_PREFIX = "behaviour-"
STANCE_PREFIX = "stance-"
NOTE_PREFIX = "note-"


class CustomBehaviourForm(forms.Form):
    wording = written_field(
        "The behaviour",
        "In a few plain words, for example “Texting a colleague late at night”.",
        limit=SHORT_TEXT_MAX,
        required_message="Please write the behaviour you would like both of you to answer about.",
    )
    group = forms.ChoiceField(
        label="Which list it goes in",
        choices=GROUPS,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose which list it goes in.",
            "invalid_choice": "Please choose which list it goes in.",
        },
    )


class NoteForm(forms.Form):
    text = written_field(
        "A note to your partner",
        "A question, a worry, or what you would change. You and your partner will read it.",
        limit=LONG_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def posted_answers(data: QueryDict) -> dict[str, str]:
    """behaviour id -> answer, from the questionnaire's radio buttons (checked by services)."""
    return {
        key.removeprefix(ANSWER_PREFIX): str(value)
        for key, value in data.items()
        if key.startswith(ANSWER_PREFIX)
    }


def posted_terms(data: QueryDict) -> dict[str, tuple[str, str]]:
    """behaviour id -> (agreed stance, note), from the agreement form (checked by services)."""
    ids = {
        key.removeprefix(prefix)
        for key in data
        for prefix in (STANCE_PREFIX, NOTE_PREFIX)
        if key.startswith(prefix)
    }
    return {
        i: (str(data.get(STANCE_PREFIX + i, "")), str(data.get(NOTE_PREFIX + i, ""))) for i in ids
    }
