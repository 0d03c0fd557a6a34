"""Safety resources: the hosting organisation's list, or sensible defaults when it has none."""

from dataclasses import dataclass

from .models import Resource


@dataclass(frozen=True)
class Help:
    name: str
    how_to_reach: str
    url: str = ""
    region: str = ""


DEFAULTS = (
    Help("Emergency services", "112 in Europe, 999 in the UK, 911 in North America", "", ""),
    # A crisis line for anyone thinking of ending their life. No number is given here: which
    # line answers depends on the country, and a wrong number is worse than none. A hosting
    # organisation that sets its own list should put its local crisis line in it.
    Help(
        "If you are thinking of ending your life, or of harming yourself",
        "Call your local emergency number now, or a crisis line in your country. To find one, "
        'search for "crisis line" and the name of your country. You do not have to be sure it '
        "is serious enough to call.",
    ),
    Help(
        "National Domestic Abuse Helpline",
        "0808 2000 247, free, 24 hours",
        "https://www.nationaldahelpline.org.uk/",
        "UK",
    ),
    Help(
        "National Domestic Violence Hotline",
        "1-800-799-7233, or text START to 88788",
        "https://www.thehotline.org/",
        "US",
    ),
    Help("1800RESPECT", "1800 737 732", "https://www.1800respect.org.au/", "Australia"),
    Help(
        "Elsewhere",
        'Search for "domestic abuse helpline" and your country, on a device your partner '
        "cannot see.",
    ),
)


def safety_resources() -> tuple[list[Help], bool]:
    """(resources, whether the hosting organisation set them)."""
    configured = [
        Help(r.name, r.how_to_reach, r.url, r.region) for r in Resource.objects.all()[:50]
    ]
    return (configured, True) if configured else (list(DEFAULTS), False)
