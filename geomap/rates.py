"""Rate of advance: km² per day per actor over a rolling window of days.

Works on any ledger source (a :class:`~geomap.theatre.Theatre` or a snapshot
series): anything with ``ledger(by="day", start=, end=)`` returning
``period_start``, ``actor``, ``gained_km2``, ``net_km2``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from .dates import to_day

__all__ = ["first_day", "rolling_rates", "with_rolling", "index_rates"]


def rolling_rates(
    source: Any, days: int, *, start: dt.date, end: dt.date, first_day: dt.date | None = None
) -> pd.DataFrame:
    """km² per day gained and net, per actor, over the ``days`` days ending on each day.

    Parameters
    ----------
    source : Theatre or SnapshotSeries
    days : int
        Window length in days (e.g. 30).
    start, end : datetime.date
        The days to give a rate for.
    first_day : datetime.date, optional
        The first day with data (e.g. the day after the snapshot).  A window
        reaching before it (or before the first day of the ledger) is cut
        short: its rates are NaN, never one gain divided by a few days
        (``window_days`` says how many days the window had).

    Returns
    -------
    DataFrame
        date, actor, window_days, gained_km2_per_day, net_km2_per_day (NaN
        until the window is full).
    """
    if days < 1:
        raise ValueError(f"the rolling window must be at least one day, not {days}")
    lo = start - dt.timedelta(days=days - 1)
    if first_day is not None:
        lo = max(lo, first_day)
    lo = min(lo, start)
    led = source.ledger(by="day", start=lo, end=end)
    wide_g = led.pivot_table(
        index="period_start", columns="actor", values="gained_km2", aggfunc="sum", sort=False
    )
    wide_n = led.pivot_table(
        index="period_start", columns="actor", values="net_km2", aggfunc="sum", sort=False
    )
    dates = list(wide_g.index)
    cg = np.vstack([np.zeros(wide_g.shape[1]), np.cumsum(wide_g.to_numpy(), axis=0)])
    cn = np.vstack([np.zeros(wide_n.shape[1]), np.cumsum(wide_n.to_numpy(), axis=0)])
    rows = []
    for i, day in enumerate(dates):
        if day < start:
            continue
        j = max(0, i + 1 - days)
        width = i + 1 - j
        full = width >= days  # a window cut short by the start of the data: no rate
        g = (cg[i + 1] - cg[j]) / width if full else np.full(len(wide_g.columns), np.nan)
        n = (cn[i + 1] - cn[j]) / width if full else np.full(len(wide_n.columns), np.nan)
        for k, actor in enumerate(wide_g.columns):
            rows.append(
                {
                    "date": day,
                    "actor": actor,
                    "window_days": width,
                    "gained_km2_per_day": float(g[k]),
                    "net_km2_per_day": float(n[k]),
                }
            )
    out = pd.DataFrame(
        rows, columns=["date", "actor", "window_days", "gained_km2_per_day", "net_km2_per_day"]
    )
    out.attrs["days"] = days
    out.attrs["first_day"] = first_day
    return out


def first_day(source: Any) -> dt.date | None:
    """The first day with data: a theatre's snapshot date, or the day after a series' first snapshot."""
    snap = getattr(source, "snapshot_date", None)
    if snap is not None:
        return snap
    dates = getattr(source, "dates", None)
    return dates[0] + dt.timedelta(days=1) if dates else None


def index_rates(
    source: Any, days: int | None, options: Mapping[str, Any] | None = None
) -> pd.DataFrame | None:
    """The rolling rates over the range of a map folder's index (``None`` when ``days`` is None).

    ``options`` are the keywords given to ``write_maps`` (``every``,
    ``start``, ``end``): the range is the one the index's ledger covers,
    ``start`` and ``end``, else the first and last map date.
    """
    if days is None:
        return None
    opts = dict(options or {})
    start, end = opts.get("start"), opts.get("end")
    dates = source.map_dates(opts.get("every", "event"), start, end)
    if not dates:
        return None
    lo = to_day(start, what="start") or dates[0]
    hi = to_day(end, what="end") or dates[-1]
    return rolling_rates(source, days, start=lo, end=hi, first_day=first_day(source))


def with_rolling(
    source: Any, df: pd.DataFrame, days: int, *, first_day: dt.date | None = None
) -> pd.DataFrame:
    """A ledger with the rolling rate at each period's end added as columns.

    New columns ``rolling_<N>d_gained_km2_per_day`` and
    ``rolling_<N>d_net_km2_per_day`` (the rate of advance), per row's actor.
    """
    ends = sorted(set(df["period_end"]))
    if not ends:
        return df
    rates = rolling_rates(source, days, start=ends[0], end=ends[-1], first_day=first_day)
    rates = rates[rates["date"].isin(ends)].rename(
        columns={
            "date": "period_end",
            "gained_km2_per_day": f"rolling_{days}d_gained_km2_per_day",
            "net_km2_per_day": f"rolling_{days}d_net_km2_per_day",
        }
    )
    attrs = dict(df.attrs)
    out = df.merge(rates.drop(columns="window_days"), on=["period_end", "actor"], how="left")
    attrs["assumptions"] = {
        **attrs.get("assumptions", {}),
        "rate of advance": f"km² per day over the {days} days ending on each period's last day; "
        f"blank until {days} days of data have passed"
        + (f" (the data starts on {first_day})" if first_day else "")
        + ", never one gain divided by a shorter window",
    }
    out.attrs = attrs
    return out
