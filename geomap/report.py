"""Answers in words: the computed gain beside the published claims, under every radius.

Used by ``geomap demo``, ``geomap claims`` and :meth:`Theatre.claims_headline`.
Every function takes the table of :meth:`Theatre.claims_by_radius` (one row
per claim and radius); nothing is computed here, and nothing here calls back
into the theatre.
"""

from __future__ import annotations

from typing import Any, Literal

import pandas as pd

from ._text import period_text
from .uncertainty import CalibratedRange, calibrated_range
from .units import format_area

__all__ = [
    "claims_by_radius",
    "claims_report",
    "gains_by_region",
    "headline",
    "verdict",
    "confirmed_clause",
    "calibrated",
    "inseparable",
]


def claims_by_radius(theatre, radii=None) -> pd.DataFrame:
    """The same as ``theatre.claims_by_radius(radii)`` (kept: notebooks import it from here)."""
    return theatre.claims_by_radius(radii)


def verdict(claimed_km2: float, computed: pd.Series) -> str:
    """Where a claimed figure falls against the model's figures under every radius."""
    lo, hi = float(computed.min()), float(computed.max())
    if hi <= 0:
        return "the model moves no ground in this period (no located place changed hands): it cannot test this claim"
    if lo <= claimed_km2 <= hi:
        return "the claim lies within the model's range"
    return (
        "the claim is above the model's whole range"
        if claimed_km2 > hi
        else "the claim is below the model's whole range"
    )


def confirmed_clause(claimed_km2: float, gained_km2: float, confirmed_km2: float) -> str:
    """How much of the model's gain rests on events not confirmed ("" when none, or unknown).

    ``gained_km2`` is the model's gain, ``confirmed_km2`` the part of it
    moved by confirmed events only (:meth:`Theatre.claims`'
    ``computed_confirmed_km2``); they differ by less than 0.5 km² or either is
    NaN (a snapshot series has no events to split by): no clause.
    """
    if pd.isna(confirmed_km2) or pd.isna(gained_km2) or abs(gained_km2 - confirmed_km2) < 0.5:
        return ""
    if round(claimed_km2) == round(confirmed_km2):
        where = "the claim matches it"
    else:
        where = f"the claim is {'above' if claimed_km2 > confirmed_km2 else 'below'} it"
    # from the figures as printed, so that the line adds up (6,044 − 2,215 = 3,829)
    rest = round(gained_km2) - round(confirmed_km2)
    return (
        f"on confirmed events alone: {confirmed_km2:z,.0f} km² ({where}); "
        f"{rest:z,.0f} km² rests on claimed or disputed events"
    )


def _verdict_text(first: pd.Series, grp: pd.DataFrame, main: pd.Series) -> str:
    """The verdict of one claim, with the confirmed-only clause when it differs, qualified by
    what of the claim's period the data does not cover (:func:`data_note`)."""
    text = verdict(first["claimed_km2"], grp["computed_gained_km2"])
    clause = confirmed_clause(
        float(first["claimed_km2"]),
        float(main["computed_gained_km2"]),
        float(main.get("computed_confirmed_km2", float("nan"))),
    )
    text = f"{text}; {clause}" if clause else text
    note = data_note(main)
    return f"{text}; but {note}" if note else text


def data_note(row: pd.Series) -> str:
    """What a claim's figure leaves out of its period (``data_note`` of
    :func:`geomap.ledger_basis.claims_frame`; "" when the data covers all of it)."""
    note = row.get("data_note", "")
    return note if isinstance(note, str) else ""


def calibrated(claim: pd.Series, computed_km2: float) -> CalibratedRange:
    """The calibrated 68 % range of the model's gain for a claim's actor and period.

    ``claim`` is a row of :meth:`Theatre.claims_by_radius` at the theatre's
    radius: its ``places_gained`` is the number of places the actor gained in
    the period; the range comes from the table stored in the package
    (:mod:`geomap.uncertainty`).
    """
    n = int(claim["places_gained"]) if "places_gained" in claim else 0
    return calibrated_range(float(computed_km2), n)


def inseparable(table: pd.DataFrame, ranges: dict[str, tuple[float, float, str]]) -> list[str]:
    """Plain-words lines for claims (same actor and period) whose figures all lie in one range.

    ``ranges``: claim id → (lo, hi, what the range is).  Each group of claims
    is said once, in one line (a group inside a larger one is not repeated).
    """
    firsts = table.groupby("id", sort=False).first()
    groups: list[tuple[list, tuple[float, float, str], pd.Series]] = []
    for cid, (lo, hi, what) in ranges.items():
        me = firsts.loc[cid]
        same = firsts[
            (firsts["actor"] == me["actor"])
            & (firsts["start"] == me["start"])
            & (firsts["end"] == me["end"])
        ]
        inside = [i for i, r in same.iterrows() if lo <= r["claimed_km2"] <= hi]
        # claims giving the same figure are not told apart by anyone: one of each figure
        figures: set[float] = set()
        inside = [
            i
            for i in inside
            if not (
                firsts.loc[i, "claimed_km2"] in figures or figures.add(firsts.loc[i, "claimed_km2"])
            )
        ]
        if len(inside) < 2 or any(set(inside) <= set(g[0]) for g in groups):
            continue
        groups = [g for g in groups if not set(g[0]) <= set(inside)]
        groups.append((inside, (lo, hi, what), me))
    out = []
    for ids, (lo, hi, what), me in groups:
        named = [
            f"{firsts.loc[i, 'claimant']}'s {firsts.loc[i, 'claimed_km2']:z,.0f} km²" for i in ids
        ]
        listed = (
            f"{named[0]} from {named[1]}"
            if len(named) == 2
            else f"{', '.join(named[:-1])} and {named[-1]}"
        )
        both = "both" if len(named) == 2 else "all"
        out.append(
            f"The model cannot separate {listed} ({period_text(me['start'], me['end'])}): "
            f"{both} lie within its {what} ({lo:z,.0f}–{hi:z,.0f} km²)."
        )
    return out


def _ranges(table: pd.DataFrame, radius_km: float) -> tuple[dict, dict]:
    """Per claim id: its calibrated range, and the widest range to test claims against."""
    cal, widest = {}, {}
    for cid, grp in table.groupby("id", sort=False):
        main = grp[grp["radius_km"] == radius_km].iloc[0]
        if _outside(main):
            continue
        c = calibrated(main, main["computed_gained_km2"])
        cal[cid] = c
        lo, hi = float(grp["computed_gained_km2"].min()), float(grp["computed_gained_km2"].max())
        if hi <= 0:
            continue
        if c.ok:
            widest[cid] = (min(lo, c.lo), max(hi, c.hi), "radius range and calibrated 68 % range")
        else:
            widest[cid] = (lo, hi, "range over the cell radii")
    return cal, widest


def _outside(row: pd.Series) -> bool:
    """A claim whose period lies outside the days the data covers: the ledger gives no figure
    (NaN, :func:`geomap.ledger_basis.claims_frame`), so there is nothing to set beside it."""
    return bool(pd.isna(row["computed_gained_km2"]))


#: What is said of such a claim instead of a figure and a verdict.
OUTSIDE = (
    "its period lies outside the days the theatre's data covers: the model has no figure for it"
)


def headline(
    table: pd.DataFrame, *, radius_km: float, range_note: Literal["each", "once"] = "each"
) -> list[str]:
    """One line per claim: claimed km², the model's figure and range, and the verdict.

    ``table`` is :meth:`Theatre.claims_by_radius`; ``radius_km`` the radius
    whose figure is quoted (the theatre's own).  ``range_note="once"`` (the
    index page's): a claim without a calibrated range says nothing of it on
    its own line; one last line says why, in plain words, for all of them.
    """
    lines = []
    if table.empty:
        return lines
    cal, widest = _ranges(table, radius_km)
    for cid, grp in table.groupby("id", sort=False):
        first = grp.iloc[0]
        main = grp[grp["radius_km"] == radius_km].iloc[0]
        if _outside(main):
            lines.append(
                f"{first['claimant']}, {period_text(first['start'], first['end'])}: claimed "
                f"{first['claimed_km2']:z,.0f} km²; {OUTSIDE} ({data_note(main)})."
            )
            continue
        r = grp["radius_km"]
        spread = (
            f"{grp['computed_gained_km2'].min():z,.0f}–{grp['computed_gained_km2'].max():z,.0f} km² for "
            f"{r.min():g}–{r.max():g} km cells"
        )
        if range_note == "each" or cal[cid].ok:
            spread += f"; {cal[cid].text()}"
        lines.append(
            f"{first['claimant']}, {period_text(first['start'], first['end'])}: claimed {first['claimed_km2']:z,.0f} km²; "
            f"model {main['computed_gained_km2']:z,.0f} km² at {radius_km:g} km ({spread}): "
            f"{_verdict_text(first, grp, main)}."
        )
    lines.extend(inseparable(table, widest))
    note = _no_range_note(cal) if range_note == "once" else None
    if note:
        lines.append(note)
    return lines


def _no_range_note(cal: dict[Any, CalibratedRange]) -> str | None:
    """Why claims have no calibrated range, said once in plain words (``None``: all have one).

    Claims whose period moved no place need no note: their verdict says the
    model cannot test them.
    """
    beyond = [r for r in cal.values() if not r.ok and r.places > 0 and r.km2 > 0]
    if not beyond:
        return None
    from .uncertainty import calibration_table

    top = max((row["n_max"] for row in calibration_table()["table"]), default=0)
    lo, hi = min(r.places for r in beyond), max(r.places for r in beyond)
    count = f"{lo}" if lo == hi else f"{lo} to {hi}"
    which = "these claims" if len(beyond) == len(cal) else f"{len(beyond)} of these claims"
    return (
        f"How far off the model can be has been measured only for gains of 1 to {top} places; "
        f"in the periods of {which}, {count} places changed hands, so no error range is given "
        "for their figures."
    )


def claims_report(
    table: pd.DataFrame,
    *,
    radius_km: float,
    actor_names: dict[str, str],
    reference: str = "Lebanon",
    separations: bool = True,
    range_note: bool = True,
) -> str:
    """A short text setting each published figure beside the model's figure and its spread.

    ``table`` is :meth:`Theatre.claims_by_radius`, ``radius_km`` the
    theatre's own radius, ``actor_names`` actor id → name.  ``separations=False``
    leaves out the "cannot separate" lines (when :func:`headline` said them already);
    ``range_note=False`` leaves out why claims have no calibrated range, said
    once after the claims (when :func:`headline` said it already).
    """
    if table.empty:
        return "No claims in claims.csv."
    lines = []
    actors = actor_names
    cal, widest = _ranges(table, radius_km)
    for cid, grp in table.groupby("id", sort=False):
        first = grp.iloc[0]
        main = grp[grp["radius_km"] == radius_km].iloc[0]
        lines.append(f"{first['claimant']} ({first['source']}): {first['figure']!r}")
        lines.append(
            f"  read as {format_area(first['claimed_km2'], reference)}"
            + (f" — {first['unit_note']}" if first["unit_note"] else "")
        )
        if _outside(main):
            lines.extend([f"  model: {OUTSIDE} ({data_note(main)})", ""])
            continue
        lines.append(
            f"  model, {actors.get(first['actor'], first['actor'])} gained {period_text(first['start'], first['end'], on=True)} "
            f"(radius {radius_km:g} km): {format_area(main['computed_gained_km2'], reference)}; "
            f"model − claim = {main['diff_km2']:+z,.0f} km² ({main['diff_pct']:+z.0f} %)"
        )
        if data_note(main):
            lines.append(f"  data: {data_note(main)}")
        spread = "; ".join(
            f"{r['radius_km']:g} km → {r['computed_gained_km2']:z,.0f} km²"
            for _, r in grp.iterrows()
        )
        lo, hi = grp["computed_gained_km2"].min(), grp["computed_gained_km2"].max()
        lines.append(f"  sensitivity: {spread} (spread {lo:z,.0f}–{hi:z,.0f} km²)")
        lines.append(f"  uncertainty: {_uncertainty(cal[cid])}")
        lines.append(f"  verdict: {_verdict_text(first, grp, main)}")
        lines.append("")
    if separations:
        lines.extend(inseparable(table, widest))
    note = _no_range_note(cal) if range_note else None
    if note:
        lines.append(note)
    prov = calibration_provenance()
    lines.append(f"Calibrated ranges: {prov} The table: geomap/data/calibration.json.")
    return "\n".join(lines).rstrip()


def _uncertainty(c: CalibratedRange) -> str:
    """A claim's own uncertainty line: its range, or in a few words why it has none.

    Why a count of places is beyond the measured table is said once for every
    claim (:func:`_no_range_note`), not on each claim.
    """
    if c.ok:
        return c.text()
    if c.places > 0 and c.km2 > 0:
        return f"no calibrated range ({c.places} places gained)"
    return f"no calibrated range ({c.why})"


def calibration_provenance() -> str:
    """One line saying where the calibrated ranges come from."""
    from .uncertainty import calibration_table

    p = calibration_table()["provenance"]
    return f"{p['split']}; {p['truth']}; {p['model']}; {p['labels']}; {p['transfer']}."


def gains_by_region(theatre: Any, actor: str, start, end, *, regions=True) -> list[str]:
    """One line per region where ``actor`` gained or lost ground from ``start`` to ``end``.

    Gross km² gained, lost and net per region (the theatre's own ``[regions]``
    by default), largest gain first, then the total (which equals the
    theatre's own figure) and where the regions came from.
    """
    led = theatre.ledger(by="total", start=start, end=end, regions=regions)
    mine = led[(led["actor"] == actor) & ((led["gained_km2"] > 0) | (led["lost_km2"] > 0))]
    mine = mine.sort_values("gained_km2", ascending=False, kind="stable")
    width = max([len(r) for r in mine["region"]] + [5])
    lines = [
        f"{r.region:<{width}} gained {r.gained_km2:8,.0f} km²   lost {r.lost_km2:8,.0f} km²   "
        f"net {r.net_km2:+9,.0f} km²"
        for r in mine.itertuples()
    ]
    lines.append(
        f"{'total':<{width}} gained {mine['gained_km2'].sum():8,.0f} km²   lost "
        f"{mine['lost_km2'].sum():8,.0f} km²   net {mine['net_km2'].sum():+9,.0f} km²"
    )
    lines.append(f"(regions: {led.attrs['assumptions']['regions']})")
    return lines
