"""Check-in trends drawn as SVG on the server (pygal), with a text version of each chart.

The SVG holds only our own words (measure names, dates) and the partner's display name
(escaped by pygal's XML writer), never anything a person wrote.
Colours are the page's CSS variables, so charts follow dark mode; lines differ in dash
pattern as well as colour. No JavaScript: pygal's tooltip script is switched off.
"""

import hashlib
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pygal
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from pygal.style import Style

from amends.core.pagecache import remember

from . import weeks as w
from .models import MEASURES, SCALE_MAX, SCALE_MIN, Measure

CHART_WEEKS = 26  # half a year fits a phone; the table below the charts has every week
CHART_SECONDS = 24 * 3600  # the same numbers draw the same charts; "this week" moves daily

GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Towards {partner}", ("trust_partner", "goodwill", "satisfaction")),
    ("Safety and yourself", ("safe", "self_trust")),
    ("Urges", ("avoid_urge", "get_even_urge")),
)
_DASHES = ("", "8, 5", "2, 5")
SCRIPT_TAG = re.compile(r"<script\b.*?</script>", re.DOTALL)
# pygal dates each chart in a comment: the same numbers must give the same bytes on any day.
COMMENT = re.compile(r"<!--.*?-->", re.S)

STYLE = Style(
    background="transparent",
    plot_background="transparent",
    foreground="var(--fg)",
    foreground_strong="var(--fg)",
    foreground_subtle="var(--line)",
    colors=("var(--accent)", "#b0662a", "#7a5ea8"),
    font_family="inherit",
    label_font_size=15,
    major_label_font_size=15,
    legend_font_size=15,
    title_font_size=17,
    stroke_width=3,
    stroke_width_hover=3,
    opacity="1",
    opacity_hover="1",
    transition="none",
)


def chart_options(weeks: int, *, height: int = 280) -> dict[str, Any]:
    """What every chart shares: one look (`STYLE`), 420 wide, no script, no XML declaration,
    no values printed on it, and about four week labels along a span of `weeks`."""
    return {
        "style": STYLE,
        "width": 420,
        "height": height,
        "js": [],
        "explicit_size": False,
        "show_minor_x_labels": False,
        "x_labels_major_every": max(1, weeks // 4),
        "truncate_label": -1,
        "margin": 8,
        "disable_xml_declaration": True,
        "no_data_text": "",
        "print_values": False,
    }


@dataclass(frozen=True)
class WeekRow:
    week: date
    scores: dict[str, int]


@dataclass(frozen=True)
class Chart:
    title: str
    svg: SafeString
    summary: list[str]


def measure_label(measure: Measure, partner_name: str) -> str:
    return measure.label.format(partner=partner_name)


def _span(rows: list[WeekRow]) -> list[date]:
    """Every week from the first shown to the latest, so missed weeks leave gaps."""
    last = rows[-1].week
    first = max(rows[0].week, last - timedelta(weeks=CHART_WEEKS - 1))
    count = (last - first).days // 7 + 1
    return w.weeks_back(last, count)


def _summary(measure: Measure, name: str, rows: list[WeekRow]) -> str:
    values = [(r.week, r.scores[measure.key]) for r in rows]
    first_week, first = values[0]
    last_week, last = values[-1]
    if len(values) == 1:
        return f"{name}: {last} of {SCALE_MAX} in the {w.label(last_week)}."
    low = min(v for _, v in values)
    high = max(v for _, v in values)
    return (
        f"{name}: {first} in the {w.label(first_week)}, {last} in the {w.label(last_week)}. "
        f"Between {low} and {high} over {len(values)} check-ins."
    )


def trend_charts(
    rows: list[WeekRow],
    *,
    partner_name: str,
    whose: str,
    space_id: int,
    people: tuple[int, ...],
) -> list[Chart]:
    """One chart per group of measures. `rows` is oldest first. No rows: no charts.

    Drawing is the slowest part of the progress page, and the same numbers always draw the
    same charts, so they are kept under a digest of exactly what they show, sealed like a
    kept page (they hold someone's scores), and keyed by the space and `people` (whose
    numbers and names they show, and who looks) so that deleting an account removes them.
    """
    if not rows:
        return []
    # Labels such as "this week" depend on today, so the week is part of the key.
    material = (
        [(r.week, sorted(r.scores.items())) for r in rows],
        partner_name,
        whose,
        w.this_monday(),
    )
    return remember(
        "charts",
        (repr(material),),
        lambda: _draw(rows, partner_name=partner_name, whose=whose),
        space_id=space_id,
        people=people,
        seconds=CHART_SECONDS,
    )


def _draw(rows: list[WeekRow], *, partner_name: str, whose: str) -> list[Chart]:
    span = _span(rows)
    by_week = {r.week: r.scores for r in rows}
    shown_rows = [r for r in rows if r.week >= span[0]]
    measures = {m.key: m for m in MEASURES}
    charts = []
    for title_pattern, keys in GROUPS:
        title = title_pattern.format(partner=partner_name)
        chart = pygal.Line(
            **chart_options(len(span), height=320),
            range=(SCALE_MIN, SCALE_MAX),
            y_labels=list(range(SCALE_MIN, SCALE_MAX + 1)),
            legend_at_bottom=True,
            legend_at_bottom_columns=1,
            legend_box_size=14,
            allow_interruptions=True,
            truncate_legend=-1,
            dots_size=4,
        )
        chart.x_labels = [w.short_label(week) for week in span]
        for index, key in enumerate(keys):
            label = measure_label(measures[key], partner_name)
            values = [by_week[week][key] if week in by_week else None for week in span]
            chart.add(
                label,
                values,
                stroke_style={"width": 3, "dasharray": _DASHES[index % len(_DASHES)]},
            )
        summary = [
            _summary(measures[key], measure_label(measures[key], partner_name), shown_rows)
            for key in keys
        ]
        svg = svg_of(chart, title, f"{whose}: {title}, a chart. The same in words follows.")
        charts.append(Chart(title=title, svg=svg, summary=summary))
    return charts


def instrument_chart(
    rows: list[tuple[date, int]],
    *,
    lowest: int,
    highest: int,
    space_id: int,
    people: tuple[int, ...],
) -> Chart | None:
    """The questionnaire's totals as one line, oldest first: a picture of how the person
    answered, with no line or band that grades it. None with no answers."""
    if not rows:
        return None
    material = ([(week, total) for week, total in rows], lowest, highest, w.this_monday())
    return remember(
        "instrument-chart",
        (repr(material),),
        lambda: _draw_instrument(rows, lowest=lowest, highest=highest),
        space_id=space_id,
        people=people,
        seconds=CHART_SECONDS,
    )


def _draw_instrument(rows: list[tuple[date, int]], *, lowest: int, highest: int) -> Chart:
    title = "How things feel between you, in your answers"
    last = rows[-1][0]
    first = max(rows[0][0], last - timedelta(weeks=CHART_WEEKS - 1))
    span = w.weeks_back(last, (last - first).days // 7 + 1)
    by_week = dict(rows)
    chart = pygal.Line(
        **chart_options(len(span)),
        range=(lowest, highest),
        show_legend=False,
        allow_interruptions=True,
        dots_size=4,
    )
    chart.x_labels = [w.short_label(week) for week in span]
    chart.add("Your answers added up", [by_week.get(week) for week in span])
    shown = [(week, total) for week, total in rows if week >= span[0]]
    first_week, first_total = shown[0]
    last_week, last_total = shown[-1]
    if len(shown) == 1:
        summary = [f"{last_total} (from {lowest} to {highest}) in the {w.label(last_week)}."]
    else:
        summary = [
            f"{first_total} in the {w.label(first_week)}, {last_total} in the "
            f"{w.label(last_week)}, on a range from {lowest} to {highest}, "
            f"over {len(shown)} weeks you answered."
        ]
    svg = svg_of(chart, title, f"{title}: a chart. The same in words follows.")
    return Chart(title=title, svg=svg, summary=summary)


def svg_of(chart: pygal.graph.graph.Graph, title: str, aria: str) -> SafeString:
    """The chart's SVG with its title and a label for screen readers. pygal always writes
    its config as a script; nothing here uses it, so it goes. pygal names each chart with a
    random id; here the id comes from what the chart draws, so the same numbers give the same
    bytes whenever they are drawn: a page drawn again (its kept copy pushed out of the cache
    by anyone's reading) reads exactly as the kept one did."""
    svg = COMMENT.sub("", SCRIPT_TAG.sub("", chart.render(is_unicode=True)))
    drawn = svg.replace(chart.uuid, "")
    svg = svg.replace(chart.uuid, hashlib.sha256(drawn.encode()).hexdigest()[:32])
    svg = svg.replace("<title>Pygal</title>", f"<title>{escape(title)}</title>", 1)
    label = escape(aria)
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{label}" focusable="false" ', 1)
    return mark_safe(svg)  # noqa: S308  # pygal escapes its text; ours is escaped above
