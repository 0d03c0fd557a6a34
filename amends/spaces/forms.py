from django import forms

from amends.core.forms import written_field
from amends.core.limits import NAME_MAX


class SpaceForm(forms.Form):
    name = written_field(
        "Name your space",
        'Only the people in this space see its name. "Us" is fine.',
        limit=NAME_MAX,
        required_message="Please give your space a name. Anything you like.",
    )
