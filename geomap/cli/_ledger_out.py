"""The one ledger printer of the command line: table, CSV or JSON, for every theatre kind.

``geomap gains`` prints every theatre (events or snapshots) through
:func:`print_ledger`; the deprecated ``geomap snapshot-gains`` alias keeps its
old layout through :func:`print_series_ledger` (its output is pinned by
scripts and tests), which lives here so that every ledger leaves the program
from this module.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .._csv import frame_columns, meta_lines, meta_path, write_columns, write_frame
from .._text import terminal_text
from ..units import KM2_PER_SQMI, reference_area

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "with_units",
    "print_ledger",
    "print_series_ledger",
    "fmt_km2",
    "fmt_ratio",
    "ratio_formatters",
    "warn_clipped",
    "add_csv_options",
    "emit_csv",
    "emit_columns",
]


def fmt_km2(x: float) -> str:
    """km² as printed in tables (never ``-0.0``).

    >>> fmt_km2(12345.678), fmt_km2(-0.01)
    ('12,345.7', '0.0')
    """
    return f"{x:z,.1f}"


def add_csv_options(p: argparse.ArgumentParser) -> None:
    """``--csv FILE`` and ``--with-meta``: where a command's CSV and its metadata go."""
    p.add_argument(
        "--csv",
        dest="csv_out",
        metavar="FILE",
        help="write the CSV to FILE (implies --format csv) and what the figures rest on "
        "(model, projection, sources) to the sidecar FILE.json beside it",
    )
    p.add_argument(
        "--with-meta",
        action="store_true",
        help="CSV on stdout: print what the figures rest on as '# key: value' lines before "
        "the header (by default the CSV holds only the table, so any CSV reader opens it)",
    )


def fmt_ratio(x: float, *, thousands: bool = True) -> str:
    """A multiple of a reference area (``--compare``) to three significant figures, written
    out (no exponent): 0.0219 is not "0.0"; blank for NaN; ``inf``/``-inf`` for an infinite one
    (a reference of 0 km²).  Rounded to three figures first, so that 9.996 is "10.0", not "10.00".

    >>> fmt_ratio(0.021934), fmt_ratio(2.5), fmt_ratio(1234.56), fmt_ratio(0.0), fmt_ratio(-0.0)
    ('0.0219', '2.50', '1,230', '0', '0')
    """
    if x != x:  # NaN: no figure
        return ""
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    if x == 0:
        return "0"
    x = round(x, 2 - math.floor(math.log10(abs(x))))  # three figures: 9.996 -> 10.0
    decimals = max(0, 2 - math.floor(math.log10(abs(x))))
    return format(x, f"z{',' if thousands else ''}.{decimals}f")


#: The columns ``--compare`` adds (:func:`with_units`), shown with :func:`fmt_ratio`.
_RATIO = re.compile(r"^(gained|held)_x_")


def ratio_formatters(columns: Sequence[str]) -> dict[str, Callable[[float], str]]:
    """``to_string(formatters=...)`` for the ``--compare`` columns among ``columns``."""
    return {c: fmt_ratio for c in columns if _RATIO.match(str(c))}


def _ratio_cells(names: list[str], columns: list) -> list:
    """The ``--compare`` columns of a CSV as text to three significant figures (the writer's
    fixed decimals would print 0.0219 as 0.022 and 0.0004 as 0.000)."""
    return [
        ("text", [fmt_ratio(float(v), thousands=False) for v in values])
        if kind == "float" and _RATIO.match(name)
        else (kind, values)
        for name, (kind, values) in zip(names, columns, strict=True)
    ]


def emit_csv(
    df: pd.DataFrame, *, meta: dict, args: argparse.Namespace, float_format: str = ".3f"
) -> None:
    """Write ``df`` as CSV through geomap's one writer: to ``--csv FILE`` (+ sidecar) or stdout."""
    names = [str(c) for c in df.columns]
    emit_columns(names, frame_columns(df), len(df), meta=meta, args=args, float_format=float_format)


def emit_columns(
    names: list[str],
    columns: list,
    n_rows: int,
    *,
    meta: dict,
    args: argparse.Namespace,
    float_format: str = ".3f",
) -> None:
    """:func:`emit_csv` of a table given as columns (:func:`geomap._csv.frame_columns`)."""
    columns = _ratio_cells(names, columns)
    out = getattr(args, "csv_out", None)
    if out:
        path = write_columns(out, names, columns, n_rows, float_format, meta=meta)
        print(f"wrote {path} and {meta_path(path)}", file=sys.stderr)
        return
    if getattr(args, "with_meta", False):
        for line in meta_lines(meta):
            print(line)
    write_columns(sys.stdout, names, columns, n_rows, float_format)


def warn_clipped(assumptions: dict) -> None:
    """Say on stderr that the range asked was clipped to the data (never only in a header a
    CSV reader skips): ``"range clipped"`` of :func:`geomap.dates.within_data`."""
    if assumptions and assumptions.get("range clipped"):
        print(
            terminal_text(f"geomap: warning: range clipped: {assumptions['range clipped']}"),
            file=sys.stderr,
        )


def header_lines(assumptions: dict) -> list[str]:
    return [f"{k}: {v}" for k, v in assumptions.items()]


def _records(df: pd.DataFrame) -> list:
    return json.loads(df.to_json(orient="records", date_format="iso"))


def with_units(df: pd.DataFrame, *, sq_mi: bool, compare: str | None) -> pd.DataFrame:
    """Add sq mi columns and/or held area as a multiple of a reference area (e.g. Lebanon)."""
    if not sq_mi and not compare:
        return df
    df = df.copy()
    attrs = dict(df.attrs)
    kinds = ("gained", "lost", "net", "held")
    if sq_mi:
        for kind in kinds:
            df[f"{kind}_sq_mi"] = df[f"{kind}_km2"] / KM2_PER_SQMI
    if compare:
        ref = reference_area(compare)
        key = ref.name.lower().replace(" ", "_")
        for kind in ("gained", "held"):
            df[f"{kind}_x_{key}"] = df[f"{kind}_km2"] / ref.km2
        attrs["assumptions"] = {
            **attrs.get("assumptions", {}),
            "compared with": f"{ref.name}, {ref.km2:,.0f} km² ({ref.source})",
        }
    df.attrs = attrs
    return df


def print_ledger(
    df: pd.DataFrame,
    *,
    fmt: str,
    assumptions: dict,
    by: str,
    events: Callable[[], pd.DataFrame],
    claims: pd.DataFrame | None = None,
    claims_table: Callable[[], pd.DataFrame] | None = None,
    places: bool = False,
) -> None:
    """Print a ledger as ``table``, ``csv`` or ``json`` on stdout.

    Parameters
    ----------
    df : DataFrame
        The ledger (or a sensitivity run with ``radius_km``).
    fmt : {"table", "csv", "json"}
    assumptions : dict
        Printed first (CSV: left out, see :func:`emit_csv`; JSON: ``"assumptions"``).
    by : str
        The period length (named in the table's note about skipped periods).
    events : callable
        Returns the event ledger (JSON ``"events"``; called for JSON only).
    claims : DataFrame, optional
        Published claims beside the model (JSON ``"claims"``); ``None``: none.
    claims_table : callable, optional
        Returns the claims under each radius for the table.
    places : bool
        List the places gained and lost in the table.
    """
    if fmt == "json":
        out = {"assumptions": assumptions, "ledger": _records(df)}
        out["events"] = _records(events().drop(columns=["note"], errors="ignore"))
        if claims is not None:
            out["claims"] = _records(claims)
        json.dump(out, sys.stdout, indent=1, ensure_ascii=False, default=str)
        print()
        return
    if fmt == "csv":
        emit_csv(df, meta=assumptions, args=argparse.Namespace())  # commands: emit_csv
        return
    for line in header_lines(assumptions):
        print(line)
    print()
    shown = _print_moves(df, places=places)
    if claims is not None and claims_table is not None:
        _print_claims(claims_table())
    skipped = df["period_start"].nunique() - shown["period_start"].nunique()
    if skipped:
        print(
            f"\n({skipped} {by} period(s) without changes not shown; --format csv lists every row)"
        )


def _print_moves(df: pd.DataFrame, *, places: bool) -> pd.DataFrame:
    """Periods with changes, then what each actor held at the end; returns the rows shown."""
    radius = ["radius_km"] if "radius_km" in df else []
    key = [*radius, "period_start"]
    moved = df.groupby(key)[["gained_km2", "lost_km2"]].transform("sum").sum(axis=1) > 0
    shown = df[moved & ((df["gained_km2"] > 0) | (df["lost_km2"] > 0))]
    cols = [
        *radius,
        "period_start",
        "period_end",
        "actor_name",
        "gained_km2",
        "lost_km2",
        "net_km2",
        "held_km2",
        "places_changed",
        *[c for c in df.columns if c.endswith("_sq_mi") or "_x_" in c],
        *[c for c in df.columns if c == "front_km" or c.startswith("rolling_")],
        *(["places_gained", "places_lost"] if places else []),
    ]
    import pandas as pd

    with pd.option_context(
        "display.max_rows", None, "display.max_colwidth", 60, "display.width", 200
    ):
        if shown.empty:
            print("no control changes in this range")
        else:
            # a blank cell, not NaN: no figure (a rate before its window is full; no front)
            print(
                shown[cols].to_string(
                    index=False,
                    float_format=fmt_km2,
                    formatters=ratio_formatters(cols),
                    na_rep="",
                )
            )
        last = df[df["period_start"] == df["period_start"].max()]
        print(f"\nheld at the end of {last['period_end'].iloc[0]} (km²):")
        print(
            last[[*radius, "actor_name", "held_km2"]].to_string(index=False, float_format=fmt_km2)
        )
    return shown


def _print_claims(table: pd.DataFrame) -> None:
    cols = ["id", "radius_km", "start", "end", "claimed_km2", "computed_gained_km2", "diff_pct"]
    import pandas as pd

    with pd.option_context(
        "display.max_rows", None, "display.max_colwidth", 60, "display.width", 200
    ):
        print("\nclaims beside the model (gross km² gained by the actor in the claim's period):")
        print(table[cols].to_string(index=False, float_format=fmt_km2, na_rep=""))
    if table["computed_gained_km2"].isna().any():
        print("(no computed figure: the claim's period lies outside the days the data covers)")
    if "data_note" in table:  # a claim straddling an edge of the data: what is not counted
        part = table[table["computed_gained_km2"].notna() & (table["data_note"] != "")]
        for cid, note in dict(zip(part["id"], part["data_note"], strict=True)).items():
            print(f"({cid}: {note})")
    print("('geomap claims THEATRE' prints each claim's wording, unit notes and verdict)")


# ------------------------------------------------------------ the deprecated snapshot-gains layout
def print_series_ledger(
    ledger: pd.DataFrame, *, fmt: str, title: str, by: str, projection: str
) -> None:
    """The layout of the deprecated ``geomap snapshot-gains``: no assumptions, no places columns.

    JSON is a list of rows (``geomap gains`` gives ``{"assumptions", "ledger", "events"}``).
    """
    from ..schema import LEDGER_CONFIDENCE_COLUMNS  # NaN for snapshots: no events

    ledger = ledger.drop(
        columns=["places_changed", "places_gained", "places_lost", *LEDGER_CONFIDENCE_COLUMNS]
    )
    if fmt == "csv":
        write_frame(sys.stdout, ledger)
    elif fmt == "json":
        out = ledger.assign(
            period_start=ledger["period_start"].astype(str),
            period_end=ledger["period_end"].astype(str),
        )
        json.dump(out.round(3).to_dict(orient="records"), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(f"{title}: km² per {by} ({projection})")
        print(_series_table(ledger))


def _series_table(df: pd.DataFrame) -> str:
    cols = ["period_start", "period_end", "actor", "gained_km2", "lost_km2", "net_km2", "held_km2"]
    head = ["from", "to", "actor", "gained km²", "lost km²", "net km²", "held km²"]
    rows = [
        [
            str(r.period_start),
            str(r.period_end),
            str(r.actor),
            f"{r.gained_km2:z,.2f}",
            f"{r.lost_km2:z,.2f}",
            f"{r.net_km2:+z,.2f}",
            f"{r.held_km2:z,.2f}",
        ]
        for r in df[cols].itertuples(index=False)
    ]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(head)
    ]
    return "\n".join(_align(r, widths) for r in [head, *rows])


def _align(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(
        c.rjust(w) if i > 2 else c.ljust(w)
        for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    )
