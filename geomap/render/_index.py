"""``index.html``: every map date, the ledger, a chart of held area (inline SVG)."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
from typing import Any, Literal

import jinja2
from markupsafe import Markup

from geomap._text import period_text
from geomap.render import _common as c
from geomap.render._colors import stripe_swatch
from geomap.render._escape import format_km2, html_text
from geomap.render._protocol import MapSource
from geomap.render._regions import region_section_html

__all__ = ["index_html", "held_chart_svg", "rate_chart_svg"]

LedgerBy = Literal["day", "week", "month"]

_ENV = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
_TEMPLATE = _ENV.from_string(
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} — maps</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #222;
  margin: 0 auto; max-width: 1100px; padding: 12px 20px 40px; }
h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 17px; margin: 26px 0 8px; }
a { color: #0645ad; }
.gm-dates { display: flex; flex-wrap: wrap; gap: 4px 12px; padding: 0; list-style: none; }
.gm-dates a { font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 2px 8px; border-bottom: 1px solid #e3e3e3; text-align: left; }
td.n, th.n { text-align: right; }
.sw { display: inline-block; width: 11px; height: 11px; border: 1px solid #444; margin-right: 5px;
  vertical-align: -1px; }
.sw-u { background: repeating-linear-gradient(45deg, #999 0 1px, #fff 1px 4px); }
.sw-a { opacity: .5; }
.muted { color: #666; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
dt { font-weight: 600; } dd { margin: 0; }
svg { max-width: 100%; height: auto; }
svg text { font: 11px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #333; }
.gm-scroll { max-height: 480px; overflow: auto; }
.gm-answer-totals { list-style: none; padding: 0; margin: 4px 0 8px; }
.gm-answer-map { width: 100%; height: min(640px, 80vh); border: 1px solid #bbb; }
h3 { font-size: 15px; margin: 14px 0 6px; }
.gm-answer-places { columns: 2 26em; column-gap: 28px; margin: 0; padding-left: 24px; }
.gm-answer-places li { break-inside: avoid; margin: 0 0 4px; }
.gm-wide { overflow-x: auto; }
/* a shadow at a side where a table or chart goes on (it scrolls): the white covers move with it */
.gm-wide, .gm-scroll { background:
  linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left / 36px 100% no-repeat local,
  linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 36px 100% no-repeat local,
  radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.28), rgba(0,0,0,0)) left / 14px 100% no-repeat scroll,
  radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.28), rgba(0,0,0,0)) right / 14px 100% no-repeat scroll; }
/* a long table scrolls down in its box: shadows at the top and bottom while rows are hidden
   there, a sticky header, and a line above it saying so; printed, it is shown whole */
.gm-scroll { background:
  linear-gradient(#fff 30%, rgba(255,255,255,0)) top / 100% 36px no-repeat local,
  linear-gradient(rgba(255,255,255,0), #fff 70%) bottom / 100% 36px no-repeat local,
  radial-gradient(farthest-side at 50% 0, rgba(0,0,0,.3), rgba(0,0,0,0)) top / 100% 14px no-repeat scroll,
  radial-gradient(farthest-side at 50% 100%, rgba(0,0,0,.3), rgba(0,0,0,0)) bottom / 100% 14px no-repeat scroll,
  linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left / 36px 100% no-repeat local,
  linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 36px 100% no-repeat local,
  radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.28), rgba(0,0,0,0)) left / 14px 100% no-repeat scroll,
  radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.28), rgba(0,0,0,0)) right / 14px 100% no-repeat scroll;
  border-bottom: 1px solid #bbb; }
.gm-scroll thead th { position: sticky; top: 0; background: #fff; box-shadow: 0 1px 0 #ccc; }
.gm-scroll-cue { margin: 0 0 4px; }
td.n, th.n, td.gm-when { white-space: nowrap; }
@media print {
  .gm-scroll, .gm-wide { max-height: none; overflow: visible; background: none; border: 0; }
  .gm-scroll thead th { position: static; box-shadow: none; }
  .gm-scroll-cue { display: none; }
  .gm-chart svg { min-width: 0; max-width: 100%; }
  .gm-chart { display: block; } .gm-chart-narrow { display: none; }
}
.gm-chart-narrow { display: none; }
.gm-chart-narrow svg { width: 100%; }
.gm-chart-key { list-style: none; padding: 0; margin: 4px 0 6px; }
.gm-chart-key li { display: flex; align-items: baseline; gap: 6px; padding: 1px 0; }
.gm-chart-key-line { flex: none; width: 20px; border-top: 3px solid; position: relative; top: -3px; }
.gm-chart-key-n { margin-left: auto; white-space: nowrap; padding-left: 8px; }
.gm-embed textarea { width: 100%; box-sizing: border-box; font: 12px/1.35 ui-monospace, Menlo, Consolas, monospace;
  padding: 6px; }
@media (max-width: 600px) {
  body { padding: 8px 10px 30px; font-size: 14px; }
  h1 { font-size: 19px; }
  th, td { padding: 3px 5px; }
  /* a table too wide for a phone scrolls sideways: a side's name takes two or three lines,
     not five, and a date never breaks ("2017-" over "05-08") */
  td.gm-who::before { content: ""; display: block; width: 9.5em; }
  .gm-dates { gap: 6px 14px; }
  .gm-dates a { display: inline-block; padding: 6px 0; }
  /* a phone gets each chart drawn for its width, the whole time axis and the y axis on
     screen, and the key in HTML below the plot */
  .gm-chart { display: none; }
  .gm-chart-narrow { display: block; }
}
</style>
</head>
<body>
{%- macro chart_narrow(c) %}
<div class="gm-chart-narrow">{{ c.svg }}
<ul class="gm-chart-key">
{%- for k in c.key %}
<li><span class="gm-chart-key-line" style="border-top-color: {{ k.color }}{% if k.dashed %}; border-top-style: dashed{% endif %}"></span>{{ k.name }} <span class="gm-chart-key-n">{{ k.figure }}</span></li>
{%- endfor %}
</ul>
</div>
{%- endmacro %}
<h1>{{ title }}</h1>
<p class="muted">{{ dates|length }} map date{{ "s" if dates|length != 1 }},
{{ period }} · <a href="timeline.html">timeline (slider over all dates)</a>
{%- if credits %} · data {{ credits[0][1] }} (<a href="#sources">sources and licences</a>){% endif %}</p>

{%- if answer %}
<section class="gm-answer">
<h2>Ground gained and lost, {{ answer.period }}</h2>
<p class="muted">{{ answer.why|capitalize }}; both days included.
<a href="{{ answer.href }}">Open the map full size</a>.</p>
<ul class="gm-answer-totals">
{%- for t in answer.totals %}
<li><span class="sw" style="{{ t.swatch }}"></span><b>{{ t.name }}</b>: gained {{ t.gained }}, lost {{ t.lost }} (net {{ t.net }})</li>
{%- endfor %}
</ul>
<iframe class="gm-answer-map" src="{{ answer.href }}" title="Map: ground gained and lost, {{ answer.period }}" loading="eager"></iframe>
{%- if answer.places %}
<h3>{{ answer.places|length + answer.more_places }} place{{ "s" if answer.places|length + answer.more_places != 1 }} changed hands, {{ answer.period }}</h3>
<ol class="gm-answer-places">
{%- for item in answer.places %}
<li>{{ item }}</li>
{%- endfor %}
</ol>
{%- if answer.more_places %}
<p class="muted">… and {{ answer.more_places }} smaller; <a href="{{ answer.href }}">the map full size</a> lists them all.</p>
{%- endif %}
{%- endif %}
</section>
{%- endif %}

{%- if claims %}
<h2>Published claims beside the model</h2>
<ul class="claims">
{%- for line, href in claims %}
<li>{{ line }}{% if href %} <a href="{{ href }}">Map of this period</a>{% endif %}</li>
{%- endfor %}
</ul>
{%- endif %}

<h2>Held area per actor</h2>
<div class="gm-wide gm-chart">{{ chart }}</div>
{{ chart_narrow(narrow) }}
<p class="muted">Held area is modelled: the cells of the places each side holds (see the assumptions
below). Land no cell reaches is unassigned and is not drawn in the chart.</p>
{%- if rate %}

<h2>Rate of advance</h2>
{%- if rate.chart %}
<div class="gm-wide gm-chart">{{ rate.chart }}</div>
{{ chart_narrow(rate.narrow) }}
{%- endif %}
<p class="muted">Net km² per day over the {{ rate.days }} days ending on each day (ground gained minus
ground lost, from the daily ledger). Until {{ rate.days }} days of data have passed
{%- if rate.first %} (the data starts on {{ rate.first }}){% endif %} the rate is left empty and not
drawn, rather than one gain divided by a few days.
{%- if rate.latest %} On {{ rate.last }}
{%- if rate.last != dates[-1] %} (the end of the range, the day 'geomap gains' counts to; the last
map is of {{ dates[-1] }}, the last event in the range){% endif %}:
{%- for name, value in rate.latest %} {{ name }} {{ value }}{{ ";" if not loop.last else "." }}{%- endfor %}
{%- else %} No day of this range has a full window yet.{%- endif %}</p>
{%- endif %}

<h2>Map dates</h2>
<ul class="gm-dates">
{%- for day in dates %}
  <li><a href="{{ day }}.html">{{ day }}</a></li>
{%- endfor %}
</ul>

<h2>Embed a map</h2>
<div class="gm-embed">
<p class="muted">Paste this into a web page to show the map of {{ embed_date }}; put the address the
maps are published at before the file name. The view (zoom and centre) can follow the file name as
<code>#zoom/lat/lon</code>, as the map pages show in the address bar.</p>
<textarea id="gm-embed-code" rows="3" readonly aria-label="Embed code (select it all and copy)">{{ embed }}</textarea>
</div>

<h2>Gains and losses, {{ ledger_period }}</h2>
<p class="muted">From the ledger (areas in the model's equal-area projection, never from the simplified map shapes).</p>
<div class="gm-wide">
<table>
<thead><tr><th>Actor</th><th class="n">Held before {{ start }}</th><th class="n">Gained</th>
<th class="n">Lost</th><th class="n">Net</th><th class="n">Held at end of {{ end }}</th></tr></thead>
<tbody>
{%- for row in summary %}
<tr><td class="gm-who"><span class="sw {{ row.swatch_class }}" style="background-color:{{ row.color }}"></span>{{ row.name }}</td>
<td class="n">{{ row.start }}</td><td class="n">{{ row.gained }}</td><td class="n">{{ row.lost }}</td>
<td class="n">{{ row.net }}</td><td class="n">{{ row.end }}</td></tr>
{%- endfor %}
</tbody>
</table>
</div>
{{ regions }}

<h2>Ledger by {{ by }}</h2>
<p class="muted">Periods in which nothing changed hands are left out.</p>
{%- if ledger|length > ledger_box_rows %}
<p class="muted gm-scroll-cue">{{ ledger|length }} rows: the table scrolls down in its box (↓ the
shadow at its bottom edge); printed, it is shown whole.</p>
{%- endif %}
<div class="{{ 'gm-scroll' if ledger|length > ledger_box_rows else 'gm-wide' }}">
<table>
<thead><tr><th>Period</th><th>Actor</th><th class="n">Gained</th><th class="n">Lost</th>
<th class="n">Net</th><th class="n">Held at end</th><th class="n">Places changed</th></tr></thead>
<tbody>
{%- for row in ledger %}
<tr><td class="gm-when">{% if row.href %}<a href="{{ row.href }}">{{ row.period }}</a>{% else %}{{ row.period }}{% endif %}</td>
<td class="gm-who">{{ row.actor }}</td><td class="n">{{ row.gained }}</td><td class="n">{{ row.lost }}</td>
<td class="n">{{ row.net }}</td><td class="n">{{ row.held }}</td><td class="n">{{ row.places }}</td></tr>
{%- else %}
<tr><td colspan="7" class="muted">No ground changed hands in this range.</td></tr>
{%- endfor %}
</tbody>
</table>
</div>

{%- if checks %}
<h2>Checks ({{ checks|length }}{% if checks_more %} of {{ checks|length + checks_more }}{% endif %})</h2>
<p class="muted">Problems and quality flags found in the inputs (<code>geomap check</code> lists them all).
Nothing was patched silently: each says what was done.</p>
<ul class="checks">
{%- for item in checks %}
<li class="{{ item.severity }}">{{ item.text }}</li>
{%- endfor %}
</ul>
{%- endif %}

{%- if assumptions %}
<h2>Assumptions</h2>
<dl>
{%- for key, value in assumptions %}
<dt>{{ key }}</dt><dd>{{ value }}</dd>
{%- endfor %}
</dl>
{%- endif %}

{%- if credits %}
<h2 id="sources">Sources and licences</h2>
<ul class="gm-credits-list">
{%- for what, licence, attribution in credits %}
<li><b>{{ what }}</b>{% if licence %} ({{ licence }}){% endif %}{% if attribution %}: {{ attribution }}{% endif %}</li>
{%- endfor %}
</ul>
{%- endif %}
</body>
</html>
"""
)


def _nice_step(span: float, ticks: int = 5) -> float:
    if span <= 0:
        return 1.0
    raw = span / ticks
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def held_chart_svg(
    dates: list[_dt.date],
    series: list[tuple[str, str, list[float], bool]],
    *,
    span: tuple[_dt.date, _dt.date] | None = None,
    width: int = 1060,
    height: int = 340,
) -> str:
    """Step chart of held area over time, as an inline SVG string (no script, no network).

    Parameters
    ----------
    dates : list of date
        The x values (map dates).
    series : list of (name, color, values, dashed)
        One line per actor; ``name`` is untrusted (escaped here), ``color``
        must be a safe ``#rrggbb``.
    width, height : int
        Size in pixels.
    span : (date, date), optional
        The x axis's first and last day (default: the first and last of ``dates``), so that
        charts stacked on one page share one time axis.

    Returns
    -------
    str
        ``<svg>...</svg>``.
    """
    return _chart_svg(
        dates,
        series,
        step=True,
        size=(width, height),
        span=span,
    )


def rate_chart_svg(
    dates: list[_dt.date],
    series: list[tuple[str, str, list[float], bool]],
    *,
    span: tuple[_dt.date, _dt.date] | None = None,
    width: int = 1060,
    height: int = 260,
) -> str:
    """Line chart of the rate of advance (km² per day) over time, as an inline SVG string.

    Like :func:`held_chart_svg`, with a line from day to day (not steps),
    negative values below a zero line, and each line's values (rounded to
    0.001 km²/day) in its ``data-values`` attribute, in date order.
    """
    return _chart_svg(
        dates,
        series,
        step=False,
        size=(width, height),
        span=span,
    )


@dataclasses.dataclass(frozen=True)
class _Axes:
    left: float
    top: float
    plot_w: float
    plot_h: float
    x0: int
    span_x: int
    ymin: float
    ymax: float

    def px(self, day: _dt.date) -> float:
        return self.left + (day.toordinal() - self.x0) / self.span_x * self.plot_w

    def py(self, value: float) -> float:
        return self.top + self.plot_h - (value - self.ymin) / (self.ymax - self.ymin) * self.plot_h


def _y_grid(ax: _Axes, step: float, unit: str) -> list[str]:
    """Horizontal grid lines with their labels, and the unit along the y axis."""
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    out = []
    tick = ax.ymin
    while tick <= ax.ymax + step * 1e-6:
        y = ax.py(tick)
        stroke = "#999" if abs(tick) < step * 1e-6 and ax.ymin < 0 else "#e5e5e5"
        out.append(
            f'<line x1="{ax.left}" x2="{ax.left + ax.plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="{stroke}"/>'
            f'<text x="{ax.left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick + 0.0:,.{decimals}f}</text>'
        )
        tick += step
    mid = ax.top + ax.plot_h / 2
    out.append(
        f'<text x="14" y="{mid:.0f}" transform="rotate(-90 14 {mid:.0f})" '
        f'text-anchor="middle">{html_text(unit)}</text>'
    )
    return out


def _x_ticks(ax: _Axes, x_last: int) -> list[str]:
    """Date ticks evenly spaced in time (map dates can bunch up), at most one per ~95 px."""
    n_ticks = max(2, min(int(ax.plot_w // 95) + 1, x_last - ax.x0 + 1))
    ticks = sorted({round(ax.x0 + k * (x_last - ax.x0) / (n_ticks - 1)) for k in range(n_ticks)})
    out = []
    bottom = ax.top + ax.plot_h
    for ordinal in ticks:
        x = ax.px(_dt.date.fromordinal(ordinal))
        label = _dt.date.fromordinal(ordinal).isoformat()
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{bottom}" y2="{bottom + 4}" stroke="#888"/>'
            f'<text x="{x:.1f}" y="{bottom + 18}" text-anchor="middle">{label}</text>'
        )
    out.append(
        f'<line x1="{ax.left}" x2="{ax.left + ax.plot_w}" y1="{bottom}" y2="{bottom}" stroke="#888"/>'
    )
    return out


def _chart_svg(
    dates: list[_dt.date],
    series: list[tuple[str, str, list[float], bool]],
    *,
    step: bool,
    size: tuple[int, int],
    span: tuple[_dt.date, _dt.date] | None = None,
    key: bool = True,
) -> str:
    """One chart of values over dates: steps (held area) or lines (rates); the x axis runs
    over ``span`` (default: the first to the last of ``dates``); ``key``: each line's name
    and last value right of the plot."""
    css_class, aria, unit = (
        ("gm-series", "Held area per actor over time", "km²")
        if step
        else ("gm-rate", "Rate of advance per actor over time (km² per day)", "km²/day")
    )
    width, height = size
    # without the key, room right of the plot for half the last date's label
    left, right, top, bottom = 78, (350 if key else 36), 14, 34
    lo, hi = span if span is not None else (dates[0], dates[-1])
    x0, x_last = min(lo, dates[0]).toordinal(), max(hi, dates[-1]).toordinal()
    # A short tail after the last date shows the last value as a step too.
    x1 = x_last + max(1, round((x_last - x0) * 0.04))
    every = [v for _, _, values, _ in series for v in values if not math.isnan(v)]
    vmax = max([*every, 1.0 if step else 0.0])
    vmin = min([*every, 0.0])
    if vmax - vmin <= 0:
        vmax = 1.0
    tick = _nice_step(vmax - vmin)
    ax = _Axes(
        left=left,
        top=top,
        plot_w=width - left - right,
        plot_h=height - top - bottom,
        x0=x0,
        span_x=x1 - x0,
        ymin=math.floor(vmin / tick) * tick,
        ymax=math.ceil(vmax / tick) * tick,
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{html_text(aria)}">',
        *_y_grid(ax, tick, unit),
        *_x_ticks(ax, x_last),
    ]
    for k, (name, color, values, dashed) in enumerate(series):
        out.append(
            _series_svg(
                ax,
                dates,
                values,
                name=name,
                color=color,
                dashed=dashed,
                step=step,
                css_class=css_class,
            )
        )
        if not key:
            continue
        ly = top + 8 + k * 18
        label = html_text(name)
        short = html_text(name if len(name) <= 40 else name[:39] + "…")
        dash = ' stroke-dasharray="5 4"' if dashed else ""
        figure = _last_figure(values, step)
        out.append(
            f'<line x1="{left + ax.plot_w + 14}" x2="{left + ax.plot_w + 34}" y1="{ly}" y2="{ly}" '
            f'stroke="{color}" stroke-width="3"{dash}/>'
            f'<text x="{left + ax.plot_w + 40}" y="{ly + 4}"><title>{label}</title>{short}</text>'
            f'<text x="{width - 4}" y="{ly + 4}" text-anchor="end">{html_text(figure)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


def _series_svg(
    ax: _Axes,
    dates: list[_dt.date],
    values: list[float],
    *,
    name: str,
    color: str,
    dashed: bool,
    step: bool,
    css_class: str,
) -> str:
    pts: list[str] = []
    for i, value in enumerate(values):
        if math.isnan(value):  # no value (a rate before its window is full): not drawn
            continue
        x, y = ax.px(dates[i]), ax.py(value)
        if i and step:
            pts.append(f"{x:.1f},{ax.py(values[i - 1]):.1f}")
        pts.append(f"{x:.1f},{y:.1f}")
    if values and step:
        pts.append(f"{ax.left + ax.plot_w:.1f},{ax.py(values[-1]):.1f}")
    dash = ' stroke-dasharray="5 4"' if dashed else ""
    data = (
        ""
        if step
        else f' data-values="{",".join("" if math.isnan(v) else f"{v:.3f}" for v in values)}"'
    )
    return (
        f'<polyline class="{css_class}" points="{" ".join(pts)}" fill="none" stroke="{color}" '
        f'stroke-width="2.2"{dash}{data}><title>{html_text(name)}</title></polyline>'
    )


def _last_figure(values: list[float], step: bool) -> str:
    """A line's last value as its key shows it: km² held, or km² per day."""
    last = values[-1] if values else 0.0
    return format_km2(last) if step else _per_day(last)


def _per_day(value: float) -> str:
    """A rate's figure in the chart's key: empty (–) while its window is not full."""
    return "–" if math.isnan(value) else f"{value:+,.1f} km²/day"


def _fmt_signed(value: Any) -> str:
    number = c.number(value)
    if number is None:
        return "–"
    return ("+" if number > 0 else "") + format_km2(number)


def index_html(
    source: MapSource,
    dates: list[_dt.date],
    *,
    by: LedgerBy = "day",
    start: Any = None,
    end: Any = None,
    diffs: dict[str, Any] | None = None,
    rates: Any = None,
) -> str:
    """The index page of a map folder, as an HTML string.

    Parameters
    ----------
    source : MapSource
    dates : list of date
        The map dates written (each links to ``YYYY-MM-DD.html``).
    by : {"day", "week", "month"}, default "day"
        Ledger periods.
    start, end : date, optional
        Ledger range (default: the first and last map date).
    diffs : dict, optional
        The diff pages written (see ``write_maps``): the page opens with the
        map of ``href`` (``start`` to ``end``, chosen because ``why``) and its
        ``totals``; each claim links to its page in ``claim_hrefs``.
    rates : DataFrame, optional
        The rate of advance to chart below the held area: ``date``, ``actor``,
        ``window_days``, ``net_km2_per_day`` per day and actor (the table of
        :func:`geomap.rates.rolling_rates`, computed by the caller), its
        window length in ``.attrs["days"]``.  Without it, no rate chart.

    Returns
    -------
    str
    """
    if not dates:
        raise c.InputError("no map dates: nothing to index")
    actors = c.Actors.from_frame(source.actors)
    start_d = c.optional_date(start, "start") or dates[0]
    end_d = c.optional_date(end, "end") or dates[-1]
    title = c.text(getattr(source, "title", "")) or "geomap"

    held = _held(source, dates, actors)
    rows, totals = _ledger_rows(source.ledger(by=by, start=start_d, end=end_d), dates, actors)
    totals = _every_total(totals, held, dates[-1], len(actors.ids))
    summary = _summary(totals, actors)
    # The held chart runs to the range's end (the ledger's held area there: changes after the
    # last map date count), and shares its time axis with the rate chart below it.
    chart_dates = [*dates, end_d] if end_d > dates[-1] else list(dates)
    lines = []
    for i, name in enumerate(actors.names):
        values = [held.get((d, i), 0.0) for d in dates]
        if len(chart_dates) > len(dates):
            values.append(totals[i]["end"])
        lines.append((name, actors.colors[i], values, False))
    rate_days = sorted({c.as_date(d) for d in rates["date"]}) if rates is not None else []
    span = (min(chart_dates[:1] + rate_days[:1]), max(chart_dates[-1:] + rate_days[-1:]))
    # Unassigned land is in the table, not in the chart: it is usually far larger than
    # any actor's holding and would flatten every actor's line.
    chart = Markup(held_chart_svg(chart_dates, lines, span=span))
    # A phone's chart: the plot across the screen, its key in HTML below it (the wide chart
    # scrolled sideways showed its key and a sliver of plot, with no y axis)
    narrow = _phone_chart(chart_dates, lines, span=span, step=True)
    checks = _checks(source)
    claims = _claim_lines(source, diffs)
    answer = _answer(diffs, actors)
    return _TEMPLATE.render(
        rate=_rate_section(rates, actors, span),
        regions=Markup(region_section_html(source, start_d, end_d)),  # "" without regions
        answer=answer,
        embed=embed_snippet(title, dates[-1]),
        embed_date=dates[-1].isoformat(),
        claims=claims,
        title=title,
        dates=[d.isoformat() for d in dates],
        chart=chart,
        narrow=narrow,
        summary=summary,
        ledger=rows,
        ledger_box_rows=_LEDGER_BOX_ROWS,
        by=by,
        start=start_d.isoformat(),
        end=end_d.isoformat(),
        ledger_period=period_text(start_d.isoformat(), end_d.isoformat()),
        period=period_text(dates[0].isoformat(), dates[-1].isoformat()),
        assumptions=c.assumptions(source),
        credits=c.credits(source),
        checks=checks[:_MAX_CHECKS],
        checks_more=max(0, len(checks) - _MAX_CHECKS),
    )


def _held(source: MapSource, dates: list[_dt.date], actors: c.Actors) -> dict:
    """km² each actor holds (index ``-1``: unassigned) on each map date: ``(date, i) -> km²``."""
    series = source.held_series(dates)
    held: dict[tuple[_dt.date, int], float] = {}
    for day, actor, value in zip(series["date"], series["actor"], series["held_km2"], strict=True):
        key = (c.as_date(day), actors.idx(actor))
        held[key] = held.get(key, 0.0) + (c.number(value) or 0.0)
    return held


def _ledger_rows(ledger: Any, dates: list[_dt.date], actors: c.Actors) -> tuple[list, dict]:
    """The ledger table's rows (periods where something changed, linked to a map page where
    there is one) and each actor's totals over the range (gained, lost, held before and at the
    end)."""
    totals: dict[int, dict[str, float]] = {}
    rows: list[dict[str, Any]] = []
    if ledger is None or not len(ledger):
        return rows, totals
    ledger = ledger.sort_values(["period_start", "actor"], kind="stable")
    page_dates = {d.isoformat() for d in dates}
    for r in ledger.to_dict("records"):  # rows as dicts: a Series per row costs more
        i = actors.idx(r.get("actor"))
        gained, lost = c.number(r.get("gained_km2")) or 0.0, c.number(r.get("lost_km2")) or 0.0
        net, held_end = c.number(r.get("net_km2")) or 0.0, c.number(r.get("held_km2")) or 0.0
        if i not in totals:
            totals[i] = {"gained": 0.0, "lost": 0.0, "before": held_end - net, "end": 0.0}
        t = totals[i]
        t["gained"] += gained
        t["lost"] += lost
        t["end"] = held_end
        places = c.number(r.get("places_changed")) or 0
        if gained == 0 and lost == 0 and places == 0:
            continue
        p0 = c.optional_date(r.get("period_start"), "period_start")
        p1 = c.optional_date(r.get("period_end"), "period_end")
        period = (
            p1.isoformat() if p0 == p1 or p0 is None else f"{p0.isoformat()} – {p1.isoformat()}"
        )
        rows.append(
            {
                "period": period,
                "href": c.page_name(p1) if p1 and p1.isoformat() in page_dates else None,
                "actor": actors.name(r.get("actor")),
                "gained": format_km2(gained),
                "lost": format_km2(lost),
                "net": _fmt_signed(r.get("net_km2")),
                "held": format_km2(r.get("held_km2")),
                "places": f"{int(places):d}",
            }
        )
    return rows, totals


def _every_total(totals: dict, held: dict, last: _dt.date, n: int) -> dict[int, dict[str, float]]:
    """``totals`` for every actor and unassigned land (``-1``): one with no ledger row changed
    nothing, so it holds the held series' area on the last map date, before and at the end."""
    out = dict(totals)
    for i in [*range(n), -1]:
        if i not in out:
            value = held.get((last, i), 0.0)
            out[i] = {"gained": 0.0, "lost": 0.0, "before": value, "end": value}
    return out


def _summary(totals: dict, actors: c.Actors) -> list[dict]:
    """One summary row per actor (and unassigned land, when it changed or is held): km² at
    the start, gained, lost, net and at the end of the range (``totals``: every actor's)."""
    summary = []
    for i in list(range(len(actors.ids))) + [-1]:
        t = totals[i]
        first, last = t["before"], t["end"]
        if i < 0 and not first and not last and not t["gained"] and not t["lost"]:
            continue
        summary.append(
            {
                "name": actors.name("" if i < 0 else actors.ids[i]),
                "color": actors.color(i) if i >= 0 else "transparent",
                "swatch_class": "sw-u" if i < 0 else "sw-a",  # drawn as the map fills them
                "start": format_km2(first),
                "gained": format_km2(t["gained"]),
                "lost": format_km2(t["lost"]),
                "net": _fmt_signed(t["gained"] - t["lost"]),
                "end": format_km2(last),
            }
        )
    return summary


def _claim_lines(source: MapSource, diffs: dict[str, Any] | None) -> list[tuple]:
    """The claims' headline lines, each with the href of its comparison page (or None)."""
    claims_lines = getattr(source, "claims_headline", None)
    # why a figure has no calibrated range: said once, after the claims, in plain words
    claims_text = (
        [str(x) for x in claims_lines(range_note="once")] if callable(claims_lines) else []
    )
    hrefs = list((diffs or {}).get("claim_hrefs") or [])
    # the lines after the claims' own (claims the model cannot tell apart, the range note)
    hrefs += [None] * (len(claims_text) - len(hrefs))
    if len(hrefs) != len(claims_text):
        hrefs = [None] * len(claims_text)
    return list(zip(claims_text, hrefs, strict=True))


_MAX_CHECKS = 200
#: A ledger longer than this many rows scrolls in a box (with a cue above it); a shorter one is
#: shown whole (a box would hide its last rows with nothing to say so).
_LEDGER_BOX_ROWS = 30
#: Places listed below the index's map (the largest; the map page's panel lists them all).
_MAX_PLACES = 100


#: The size of a phone's charts (held area, rate): the plot as wide as a phone's screen (390 px
#: less the page's margins), drawn without the key (it is HTML below the chart).
_PHONE_SIZE = {True: (370, 280), False: (370, 220)}


def _phone_chart(
    dates: list[_dt.date],
    series: list[tuple[str, str, list[float], bool]],
    *,
    span: tuple[_dt.date, _dt.date],
    step: bool,
) -> dict[str, Any]:
    """A phone's copy of a chart (steps: held area, else rates): the plot only, and its key for
    HTML below it (each line's name, colour, dash and last value)."""
    svg = _chart_svg(dates, series, step=step, size=_PHONE_SIZE[step], span=span, key=False)
    key = [
        {"name": name, "color": color, "dashed": dashed, "figure": _last_figure(values, step)}
        for name, color, values, dashed in series
    ]
    return {"svg": Markup(svg), "key": key}


def _rate_section(
    rates: Any, actors: c.Actors, span: tuple[_dt.date, _dt.date] | None = None
) -> dict[str, Any] | None:
    """The rate chart (its x axis over ``span``) and its caption, from the caller's table of
    rates (``None``: no chart)."""
    if rates is None or not len(rates):
        return None
    days = sorted({c.as_date(d) for d in rates["date"]})
    pos = {d: i for i, d in enumerate(days)}
    # NaN (a window cut short by the start of the data): no value, not drawn
    values: dict[int, list[float]] = {}
    for day, actor, value in zip(
        rates["date"], rates["actor"], rates["net_km2_per_day"], strict=True
    ):
        i = actors.idx(actor)
        if i >= 0:
            number = c.number(value)
            values.setdefault(i, [math.nan] * len(days))[pos[c.as_date(day)]] = (
                math.nan if number is None else number
            )
    values = {i: values.get(i, [math.nan] * len(days)) for i in range(len(actors.ids))}
    full = [k for k in range(len(days)) if any(not math.isnan(v[k]) for v in values.values())]
    lines = [(name, actors.colors[i], values[i], False) for i, name in enumerate(actors.names)]
    window = int(rates.attrs.get("days") or max(int(w) for w in rates["window_days"]))
    first = rates.attrs.get("first_day")
    return {
        "chart": Markup(rate_chart_svg(days, lines, span=span)) if full else "",
        "narrow": _phone_chart(days, lines, span=span, step=False) if full else None,
        "days": window,
        "first": c.as_date(first).isoformat() if first is not None else "",
        "last": days[-1].isoformat(),
        "latest": [
            (name, "empty" if math.isnan(values[i][-1]) else f"{values[i][-1]:+,.1f} km²/day")
            for i, name in enumerate(actors.names)
        ]
        if full
        else [],
    }


def _answer(diffs: dict[str, Any] | None, actors: c.Actors) -> dict[str, Any] | None:
    """The index's opening map: its page, period, reason and each changed actor's totals."""
    if not diffs:
        return None
    totals = []
    for t in diffs.get("totals") or []:
        gained = c.number(t.get("gained_km2")) or 0.0
        lost = c.number(t.get("lost_km2")) or 0.0
        if gained <= 0.0005 and lost <= 0.0005:
            continue
        i = actors.idx(t.get("actor"))
        totals.append(
            {
                "name": actors.name(t.get("actor")),
                # drawn as its stripes in the hatched ground of the embedded map below
                "swatch": stripe_swatch(actors.color(i)),  # unassigned too
                "gained": format_km2(gained),
                "lost": format_km2(lost),
                "net": _fmt_signed(gained - lost),
            }
        )
    start, end = c.as_date(diffs["start"]), c.as_date(diffs["end"])
    places = list(diffs.get("places") or [])
    return {
        "href": diffs["href"],
        "start": start.isoformat(),
        "end": end.isoformat(),
        "period": period_text(start.isoformat(), end.isoformat()),
        "why": str(diffs.get("why") or ""),
        "totals": totals,
        # escaped where they were made (render._diff.diff_places); the largest first
        "places": [Markup(item) for item in places[:_MAX_PLACES]],
        "more_places": max(0, len(places) - _MAX_PLACES),
    }


def embed_snippet(title: str, day: _dt.date) -> str:
    """The ``<iframe>`` that embeds the map page of ``day`` (the title escaped; the page
    name made from the date only).

    Examples
    --------
    >>> embed_snippet('A <b>"war"</b>', _dt.date(2017, 5, 27))  # doctest: +NORMALIZE_WHITESPACE
    '<iframe src="2017-05-27.html" title="A &lt;b&gt;&quot;war&quot;&lt;/b&gt; — 2017-05-27"
    width="100%" height="600" style="border:0" loading="lazy"></iframe>'
    """
    return (
        f'<iframe src="{c.page_name(day)}" title="{html_text(title)} — {day.isoformat()}" '
        'width="100%" height="600" style="border:0" loading="lazy"></iframe>'
    )


def _checks(source: Any) -> list[dict[str, str]]:
    """The source's problems and quality flags, file paths cut to their names (pages get published)."""
    check = getattr(source, "check", None)
    if not callable(check):
        return []
    out = []
    for p in check():
        file = str(getattr(p, "file", "") or "")
        name = file.replace("\\", "/").rsplit("/", 1)[-1]
        text = str(dataclasses.replace(p, file=name)) if dataclasses.is_dataclass(p) else str(p)
        out.append({"severity": getattr(p, "severity", "warning"), "text": text})
    out.sort(key=lambda x: x["severity"] != "error")
    return out
