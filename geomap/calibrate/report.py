"""Calibration output: the terminal table, formula-safe CSV files and the offline HTML report."""

from __future__ import annotations

import html
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .._csv import formula_safe
from ..paths import atomic_path

__all__ = ["format_summary", "html_report", "write_safe_csv"]


_TABLE_COLS = [
    ("setting", "setting", "{}"),
    ("actor", "actor", "{}"),
    ("net_error_pct", "net %", "{:+.2f}"),
    ("symdiff_pct", "symdiff %", "{:.2f}"),
    ("week_gain_error_pct", "week err %", "{:.0f}"),
    ("month_gain_error_pct", "month err %", "{:.0f}"),
    ("month_gain_bias_pct", "month bias %", "{:+.0f}"),
    ("quarter_gain_error_pct", "qtr err %", "{:.0f}"),
    ("month_flips", "flips/mo", "{:.1f}"),
    ("max_drift_km2", "drift km²", "{:,.0f}"),
]


def format_summary(summary: pd.DataFrame) -> str:
    """The summary as a fixed-width text table (NaN shown as ``–``)."""
    cols = [(c, h, f) for c, h, f in _TABLE_COLS if c in summary.columns]
    cells = [[h for _, h, _ in cols]]
    for _, r in summary.iterrows():
        line = []
        for c, _, f in cols:
            v = r[c]
            if isinstance(v, float) and math.isnan(v):
                line.append("–")
            else:
                line.append(_terminal_safe(f.format(v)))
        cells.append(line)
    widths = [max(len(row[i]) for row in cells) for i in range(len(cols))]
    out = []
    for n, row in enumerate(cells):
        out.append(
            "  ".join(
                v.ljust(w) if i < 2 else v.rjust(w)
                for i, (v, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def _terminal_safe(text: str) -> str:
    """No control characters on the terminal (untrusted actor names)."""
    return "".join(ch if ch.isprintable() else "?" for ch in str(text))


def _safe_cell(text: str) -> str:
    """A CSV cell no spreadsheet reads as a formula (``'`` before = + - @ tab CR)."""
    return formula_safe(_terminal_safe(text))


def write_safe_csv(df: pd.DataFrame, path: Path) -> None:
    out = df.copy()
    for c in out.columns:
        if out[c].dtype == object or str(out[c].dtype).startswith("str"):
            out[c] = out[c].map(lambda v: _safe_cell(v) if isinstance(v, str) else v)
    with atomic_path(path) as tmp:  # whole, then renamed; never through a link
        out.to_csv(tmp, index=False, float_format="%.6g")


def _svg_chart(held: pd.DataFrame, actor: str, width: int = 720, height: int = 260) -> str:
    """Net held-area error (%) per date, one line per setting, as inline SVG."""
    d = held[held["actor"] == actor].dropna(subset=["net_error_pct"])
    if d.empty:
        return ""
    dates = sorted(d["date"].unique())
    x0, x1 = dates[0].toordinal(), max(dates[-1].toordinal(), dates[0].toordinal() + 1)
    lo = float(min(d["net_error_pct"].min(), d["symdiff_pct"].min() * 0, -1))
    hi = float(max(d["net_error_pct"].max(), 1))
    pad_l, pad_r, pad_t, pad_b = 56, 150, 16, 28
    pw, ph = width - pad_l - pad_r, height - pad_t - pad_b

    def sx(day):
        return pad_l + pw * (day.toordinal() - x0) / (x1 - x0)

    def sy(v):
        return pad_t + ph * (hi - v) / (hi - lo)

    colours = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d"]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'role="img" aria-label="net held-area error of {html.escape(actor)} per date">',
        f'<line x1="{pad_l}" x2="{pad_l + pw}" y1="{sy(0):.1f}" y2="{sy(0):.1f}" stroke="#999"/>',
    ]
    for v in np.linspace(lo, hi, 5):
        parts.append(
            f'<text x="{pad_l - 6}" y="{sy(v) + 4:.1f}" font-size="11" text-anchor="end">{v:+.1f} %</text>'
        )
    parts.append(
        f'<text x="{pad_l}" y="{height - 8}" font-size="11">{html.escape(str(dates[0]))}</text>'
    )
    parts.append(
        f'<text x="{pad_l + pw}" y="{height - 8}" font-size="11" text-anchor="end">'
        f"{html.escape(str(dates[-1]))}</text>"
    )
    for n, (s, g) in enumerate(d.groupby("setting", sort=False)):
        g = g.sort_values("date")
        c = colours[n % len(colours)]
        pts = " ".join(
            f"{sx(a):.1f},{sy(b):.1f}" for a, b in zip(g["date"], g["net_error_pct"], strict=True)
        )
        parts.append(f'<polyline fill="none" stroke="{c}" stroke-width="1.8" points="{pts}"/>')
        parts.append(
            f'<text x="{pad_l + pw + 8}" y="{pad_t + 14 + 16 * n}" font-size="12" fill="{c}">'
            f"{html.escape(str(s))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def html_report(cal: Any, title: str) -> str:
    """The offline HTML report of a :class:`~geomap.calibrate.Calibration` (every text escaped)."""
    esc = html.escape
    head = "".join(f"<th>{esc(h)}</th>" for c, h, _ in _TABLE_COLS if c in cal.summary.columns)
    body = []
    for _, r in cal.summary.iterrows():
        cells = []
        for c, _, f in _TABLE_COLS:
            if c not in cal.summary.columns:
                continue
            v = r[c]
            txt = "–" if isinstance(v, float) and math.isnan(v) else f.format(v)
            cells.append(f"<td>{esc(txt)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    charts = []
    for actor in cal.summary["actor"].unique() if len(cal.summary) else []:
        svg = _svg_chart(cal.held, actor)
        if svg:
            charts.append(f"<h2>Net held-area error, {esc(str(actor))}</h2>{svg}")
    assumptions = "".join(f"<li><b>{esc(k)}</b>: {esc(v)}</li>" for k, v in cal.assumptions.items())
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{esc(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;"
        "text-align:right}td:nth-child(-n+2){text-align:left}</style></head><body>"
        f"<h1>{esc(title)}</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        + "".join(charts)
        + f"<h2>Assumptions</h2><ul>{assumptions}</ul></body></html>"
    )
