"""Templates stay readable: no line longer than 200 characters.

Wrap a long line where HTML folds white space anyway: between attributes, or at a space
in the text. A Django tag (`{% ... %}`, `{{ ... }}`) must stay on one line, and the
inside of a <textarea> or <pre> keeps its white space as written.
"""

from pathlib import Path

import amends

LIMIT = 200


def test_no_template_line_is_longer_than_200_characters() -> None:
    root = Path(amends.__file__).parent
    templates = sorted(root.rglob("templates/**/*.html"))
    assert templates
    long = [
        f"{path.relative_to(root)}:{number} ({len(line)} characters)"
        for path in templates
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if len(line) > LIMIT
    ]
    assert not long, "\n".join(long)
