from django import forms

from amends.core.forms import OnceForm, audience_field, long_text_field
from amends.repair.models import Category
from amends.spaces.visibility import Visibility


class MessageForm(OnceForm):
    text = long_text_field("Your message")
    visibility = audience_field([], initial=Visibility.PARTNER)  # choices: the audience


class HurtForm(OnceForm):
    what_happened = long_text_field("What happened", "Just the moment, in a sentence or two.")
    how_i_felt = long_text_field("How I felt", '"I felt ..." is enough.')
    what_i_need = long_text_field("What I need (optional)", required=False)
    visibility = audience_field([], initial=Visibility.PARTNER)  # choices: the audience


class ReplyForm(OnceForm):
    text = long_text_field(
        "What I heard, and what I understand",
        "Say back what you heard before explaining anything. Understanding is not agreeing.",
    )


class PathForm(OnceForm):
    """An everyday hurt that is bigger than one: a path starts with it."""

    category = forms.ChoiceField(
        label="What kind of hurt is it?",
        choices=Category.choices,
        error_messages={"invalid_choice": "Please choose what kind of hurt it is."},
    )
