"""Answers in words: the computed gain beside the published claims, under every radius.

Used by ``geomap demo`` and ``geomap claims``; the numbers come from
:meth:`Theatre.ledger` and :meth:`Theatre.claims`, nothing is computed here.
"""

from __future__ import annotations

import pandas as pd

from .theatre import Theatre
from .uncertainty import CalibratedRange, calibrated_range
from .units import format_area

__all__ = [
    "claims_by_radius",
    "claims_report",
    "headline",
    "verdict",
    "calibrated",
    "inseparable",
]


def claims_by_radius(theatre: Theatre, radii=None) -> pd.DataFrame:
    """Every claim of claims.csv beside the actor's computed gain under each radius.

    Returns one row per claim and radius: id, radius_km, claimed_km2,
    computed_gained_km2, computed_net_km2, diff_km2, diff_pct, and the
    claim's text columns.
    """
    radii = list(radii or theatre.meta.sensitivity_radii_km or [theatre.radius_km])
    if theatre.radius_km not in radii:
        radii = sorted({*radii, theatre.radius_km})
    frames = []
    for r in radii:
        th = theatre.with_radius(r)
        df = th.claims()
        df.insert(1, "radius_km", float(r))
        frames.append(df)
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    out.attrs["assumptions"] = {
        **theatre.assumptions,
        "cell radius": ", ".join(f"{r:g}" for r in radii) + " km",
    }
    return out


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


def calibrated(theatre: Theatre, claim: pd.Series, computed_km2: float) -> CalibratedRange:
    """The calibrated 68 % range of the model's gain for a claim's actor and period.

    The number of places the actor gained comes from the ledger at the
    theatre's radius; the range from the table stored in the package
    (:mod:`geomap.uncertainty`).
    """
    led = theatre.ledger(by="total", start=claim["start"], end=claim["end"])
    row = led[led["actor"] == claim["actor"]]
    names = str(row["places_gained"].iloc[0]) if len(row) else ""
    n = len([x for x in names.split("; ") if x])  # the ledger lists the places gained
    return calibrated_range(float(computed_km2), n)


def inseparable(table: pd.DataFrame, ranges: dict[str, tuple[float, float, str]]) -> list[str]:
    """Plain-words lines for claims (same actor) whose figures both lie in one claim's range.

    ``ranges``: claim id → (lo, hi, what the range is).
    """
    firsts = table.groupby("id", sort=False).first()
    out = []
    seen: set[frozenset] = set()
    for cid, (lo, hi, what) in ranges.items():
        me = firsts.loc[cid]
        same = firsts[
            (firsts["actor"] == me["actor"])
            & (firsts["start"] == me["start"])
            & (firsts["end"] == me["end"])
        ]
        inside = [i for i, r in same.iterrows() if lo <= r["claimed_km2"] <= hi]
        for n, a in enumerate(inside):
            for b in inside[n + 1 :]:
                key = frozenset((a, b))
                if key in seen:
                    continue
                seen.add(key)
                ra, rb = firsts.loc[a], firsts.loc[b]
                if ra["claimed_km2"] == rb["claimed_km2"]:
                    continue
                out.append(
                    f"The model cannot separate {ra['claimant']}'s {ra['claimed_km2']:,.0f} km² from "
                    f"{rb['claimant']}'s {rb['claimed_km2']:,.0f} km² ({me['start']} to {me['end']}): "
                    f"both lie within its {what} ({lo:,.0f}–{hi:,.0f} km²)."
                )
    return out


def _ranges(theatre: Theatre, table: pd.DataFrame) -> tuple[dict, dict]:
    """Per claim id: its calibrated range, and the widest range to test claims against."""
    cal, widest = {}, {}
    for cid, grp in table.groupby("id", sort=False):
        first = grp.iloc[0]
        main = grp[grp["radius_km"] == theatre.radius_km].iloc[0]
        c = calibrated(theatre, first, main["computed_gained_km2"])
        cal[cid] = c
        lo, hi = float(grp["computed_gained_km2"].min()), float(grp["computed_gained_km2"].max())
        if hi <= 0:
            continue
        if c.ok:
            widest[cid] = (min(lo, c.lo), max(hi, c.hi), "radius range and calibrated 68 % range")
        else:
            widest[cid] = (lo, hi, "range over the cell radii")
    return cal, widest


def headline(theatre: Theatre, *, radii=None) -> list[str]:
    """One line per claim: claimed km², the model's figure and range, and the verdict."""
    table = claims_by_radius(theatre, radii)
    lines = []
    if table.empty:
        return lines
    cal, widest = _ranges(theatre, table)
    for cid, grp in table.groupby("id", sort=False):
        first = grp.iloc[0]
        main = grp[grp["radius_km"] == theatre.radius_km].iloc[0]
        r = grp["radius_km"]
        lines.append(
            f"{first['claimant']}, {first['start']} to {first['end']}: claimed {first['claimed_km2']:,.0f} km²; "
            f"model {main['computed_gained_km2']:,.0f} km² at {theatre.radius_km:g} km "
            f"({grp['computed_gained_km2'].min():,.0f}–{grp['computed_gained_km2'].max():,.0f} km² for "
            f"{r.min():g}–{r.max():g} km cells; {cal[cid].text()}): "
            f"{verdict(first['claimed_km2'], grp['computed_gained_km2'])}."
        )
    lines.extend(inseparable(table, widest))
    return lines


def claims_report(theatre: Theatre, *, radii=None, reference: str = "Lebanon") -> str:
    """A short text setting each published figure beside the model's figure and its spread."""
    table = claims_by_radius(theatre, radii)
    if table.empty:
        return "No claims in claims.csv."
    lines = []
    actors = dict(zip(theatre.actors["id"], theatre.actors["name"], strict=True))
    cal, widest = _ranges(theatre, table)
    for cid, grp in table.groupby("id", sort=False):
        first = grp.iloc[0]
        main = grp[grp["radius_km"] == theatre.radius_km].iloc[0]
        lines.append(f"{first['claimant']} ({first['source']}): {first['figure']!r}")
        lines.append(
            f"  read as {format_area(first['claimed_km2'], reference)}"
            + (f" — {first['unit_note']}" if first["unit_note"] else "")
        )
        lines.append(
            f"  model, {actors.get(first['actor'], first['actor'])} gained {first['start']} to {first['end']} "
            f"(radius {theatre.radius_km:g} km): {format_area(main['computed_gained_km2'], reference)}; "
            f"model − claim = {main['diff_km2']:+,.0f} km² ({main['diff_pct']:+.0f} %)"
        )
        spread = "; ".join(
            f"{r['radius_km']:g} km → {r['computed_gained_km2']:,.0f} km²"
            for _, r in grp.iterrows()
        )
        lo, hi = grp["computed_gained_km2"].min(), grp["computed_gained_km2"].max()
        lines.append(f"  sensitivity: {spread} (spread {lo:,.0f}–{hi:,.0f} km²)")
        lines.append(f"  uncertainty: {cal[cid].text()} (see geomap/data/calibration.json)")
        lines.append(f"  verdict: {verdict(first['claimed_km2'], grp['computed_gained_km2'])}")
        lines.append("")
    lines.extend(inseparable(table, widest))
    prov = calibration_provenance()
    lines.append(f"Calibrated ranges: {prov}")
    return "\n".join(lines).rstrip()


def calibration_provenance() -> str:
    """One line saying where the calibrated ranges come from."""
    from .uncertainty import calibration_table

    p = calibration_table()["provenance"]
    return f"{p['split']}; {p['truth']}; {p['model']}; {p['labels']}; {p['transfer']}."
