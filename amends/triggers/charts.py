"""The picture over weeks, drawn as SVG on the server (pygal), each chart with the same in
words. No score: how many moments, how strong, week by week, in the person's own numbers.

The SVG holds only our own words and dates. No JavaScript: pygal's script is taken out.
Colours are the page's CSS variables, so the charts follow dark mode."""

import pygal
from django.utils.safestring import SafeString

from amends.checkins import weeks as w
from amends.checkins.charts import Chart, chart_options, svg_of  # one look for every chart
from amends.core.pagecache import remember

from .models import STRENGTH_MAX, STRENGTH_MIN
from .selectors import Picture

CHART_SECONDS = 24 * 3600  # the same numbers draw the same charts; "this week" moves daily


def _options(picture: Picture) -> dict[str, object]:
    return chart_options(len(picture.rows)) | {"show_legend": False}


def _finish(chart: pygal.graph.graph.Graph, title: str) -> SafeString:
    return svg_of(chart, title, f"{title}, a chart. The same in words follows.")


def how_often_words(picture: Picture) -> list[str]:
    weeks = len(picture.rows)
    if not picture.total:
        return [f"No hard moments noted in the last {weeks} weeks."]
    lines = [f"{picture.total} noted in the last {weeks} weeks."]
    busiest = max(picture.rows, key=lambda r: (r.count, r.week))
    lines.append(f"The most in one week: {busiest.count}, in the {w.label(busiest.week)}.")
    this_week = picture.rows[-1].count
    lines.append(f"This week so far: {this_week}.")
    if sum(picture.before):  # a comparison only once there is something to compare with
        recent, before = sum(picture.recent), sum(picture.before)
        compare = (
            "fewer than" if recent < before else "more than" if recent > before else "the same as"
        )
        lines.append(f"The last four weeks: {recent}, {compare} the four weeks before ({before}).")
    return lines


def how_strong_words(picture: Picture) -> list[str]:
    rated = [r for r in picture.rows if r.average is not None]
    if not rated:
        return []
    first, last = rated[0], rated[-1]
    lines = [
        f"On average {_number(first.average)} of {STRENGTH_MAX} in the {w.label(first.week)}"
        + (
            f", {_number(last.average)} of {STRENGTH_MAX} in the {w.label(last.week)}."
            if last is not first
            else "."
        )
    ]
    every = [s for r in rated for s in r.strengths]
    if min(every) == max(every):
        lines.append(f"Each one at {min(every)} of {STRENGTH_MAX}.")
    else:
        lines.append(f"Between {min(every)} and {max(every)} over these weeks.")
    return lines


def _number(value: float | None) -> str:
    """4.0 reads "4"; 3.5 stays "3.5"."""
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else str(value)


def picture_charts(picture: Picture, *, space_id: int, person: int) -> list[Chart]:
    """The two charts. The same numbers always draw the same charts, so they are kept (sealed,
    like a kept page) under a digest of what they show and whose they are: a page drawn
    again shows the same bytes, and deleting the account removes them."""
    if not picture.total:
        return []
    material = (
        [(r.week, r.strengths) for r in picture.rows],
        picture.recent,
        picture.before,
        w.this_monday(),
    )
    return remember(
        "trigger-charts",
        (repr(material),),
        lambda: _draw(picture),
        space_id=space_id,
        people=(person,),
        seconds=CHART_SECONDS,
    )


def _draw(picture: Picture) -> list[Chart]:
    labels = [w.short_label(r.week) for r in picture.rows]
    top = max(r.count for r in picture.rows)
    step = 1 if top <= 10 else -(-top // 5)
    often = pygal.Bar(**_options(picture), range=(0, top), y_labels=list(range(0, top + 1, step)))
    often.x_labels = labels
    often.add("Hard moments", [r.count for r in picture.rows])
    strong = pygal.Line(
        **_options(picture),
        range=(STRENGTH_MIN, STRENGTH_MAX),
        y_labels=list(range(STRENGTH_MIN, STRENGTH_MAX + 1)),
        allow_interruptions=True,
        dots_size=4,
    )
    strong.x_labels = labels
    strong.add("How strong, on average", [r.average for r in picture.rows])
    return [
        Chart("How often, week by week", _finish(often, "How often"), how_often_words(picture)),
        Chart(
            "How strong, on average",
            _finish(strong, "How strong, on average"),
            how_strong_words(picture),
        ),
    ]
