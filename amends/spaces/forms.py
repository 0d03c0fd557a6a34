from django import forms

from amends.limits import NAME_MAX


class SpaceForm(forms.Form):
    name = forms.CharField(
        label="Name your space",
        help_text='Only the people in this space see its name. "Us" is fine.',
        max_length=NAME_MAX,
        error_messages={
            "required": "Please give your space a name. Anything you like.",
            "max_length": f"Please keep the name under {NAME_MAX} characters.",
        },
    )
