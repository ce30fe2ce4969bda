"""The index's ledger table: shown whole, or in a scroll box that says so; printed whole."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
from fake_source import XSS_IMG

from geomap.render import index_html


def _ledger(n: int, actor: str = "gov"):
    def ledger(by: str = "day", start=None, end=None, **_):
        days = [dt.date(2017, 5, 1) + dt.timedelta(days=k) for k in range(n)]
        return pd.DataFrame(
            {
                "period_start": days,
                "period_end": days,
                "actor": [actor] * n,
                "gained_km2": [1.0] * n,
                "lost_km2": [0.0] * n,
                "net_km2": [1.0] * n,
                "held_km2": [float(k) for k in range(n)],
                "places_changed": [1] * n,
            }
        )

    return ledger


def _ledger_box(html: str) -> tuple[str, str]:
    """The class of the ledger table's box, and the text between its heading and the box."""
    m = re.search(r"<h2>Ledger by day</h2>(.*?)<div class=\"([^\"]+)\">", html, re.DOTALL)
    assert m, "no ledger section"
    return m.group(2), m.group(1)


@pytest.mark.parametrize("rows", [0, 1, 20, 30])
def test_a_short_ledger_is_shown_whole(source, rows):
    source.ledger = _ledger(rows)
    box, before = _ledger_box(index_html(source, source.map_dates()))
    assert box == "gm-wide" and "scrolls" not in before  # no height limit, nothing hidden


@pytest.mark.parametrize("rows", [31, 400])
def test_a_long_ledger_scrolls_and_says_so(source, rows):
    source.ledger = _ledger(rows, actor=XSS_IMG)
    html = index_html(source, source.map_dates())
    box, before = _ledger_box(html)
    assert box == "gm-scroll"
    assert f"{rows} rows: the table scrolls down in its box" in before
    assert html.count('<tr><td class="gm-when">') >= rows  # every row is in the page, none dropped
    assert XSS_IMG not in html


def test_printed_the_ledger_and_charts_are_whole(source):
    html = index_html(source, source.map_dates())
    css = re.search(r"@media print \{(.*?)\n\}", html, re.DOTALL)
    assert css, "no print style"
    assert re.search(
        r"\.gm-scroll, \.gm-wide \{ max-height: none; overflow: visible;", css.group(1)
    )
