"""Synthetic theatres of any size, for benchmarks.

:func:`make_theatre` writes a real theatre folder in geomap's formats
(``theatre.toml``, ``actors.csv``, ``places.csv``, ``control.csv``,
``events.csv``; see ``docs/architecture.md``) that :func:`geomap.load_theatre`
loads without errors:

* **places** are scattered uniformly *by area* over a real country's outline
  (:func:`geomap.boundaries.country_outline`, sampled in the theatre's
  equal-area projection), with invented Arabic-style names, a spelling variant
  in ``alt_names``, a kind (mostly villages) and the nearest governorate for
  Syria;
* the **initial control** splits the country into one connected block per
  actor (nearest of ``actors`` well-spread seed places); about 1 % of places
  have no known holder;
* **events** are captures across the front: on each event an actor takes a
  place next to (Delaunay neighbour of) one it already holds.  Which actor is
  on the offensive drifts over time, so fronts move in waves.  Event days are
  random (bursty: some days are busy, some quiet), sorted, with many events
  on the same day; some carry a time of day.  ``from_actor`` is the current
  holder (left empty in some rows, as sources often do), confidence varies,
  a few rows claim an area or carry a URL, a note with commas and quotes;
* ``drawn > 0`` adds that many drawn-geometry events: an irregular polygon
  5–15 km across around a front-line place, given to the attacker.

Everything is deterministic for a given ``seed``.  Nothing is downloaded.

Run it on its own to write a folder::

    python benchmarks/synthetic.py OUT_DIR --places 5000 --events 20000 --days 1000
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely

__all__ = ["SIZES", "SyntheticTheatre", "make_sized", "make_theatre"]

#: The benchmark sizes (the issue's): baselines and load time the same theatres.
SIZES = {
    "small": {"places": 5000, "events": 20000, "days": 1000},
    "large": {"places": 20000, "events": 80000, "days": 3650},
    "quick": {"places": 500, "events": 2000, "days": 100},
}


_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:  # run from a source tree without installing geomap
    sys.path.insert(0, str(_ROOT))

from geomap.boundaries import country_outline  # noqa: E402
from geomap.crs import equal_area_crs, to_degrees, to_metres  # noqa: E402

_ACTORS = [
    ("GOV", "Government forces", "government;army;regime forces", "#e31a1c"),
    ("IS", "Islamic State", "ISIS;ISIL;Daesh", "#222222"),
    ("OPP", "Opposition factions", "rebels;opposition", "#33a02c"),
    ("SDF", "Syrian Democratic Forces", "SDF;QSD", "#ffd92f"),
    ("TUR", "Turkish-backed forces", "SNA;Turkish-backed", "#1f78b4"),
    ("TRB", "Tribal forces", "tribes;Shaitat", "#a6761d"),
    ("HTS", "Hayat Tahrir al-Sham", "HTS;Tahrir al-Sham", "#6a3d9a"),
    ("LOC", "Local defence groups", "local militia", "#fb9a99"),
]

# Approximate governorate seats (lat, lon): each place gets the nearest one's name.
_SYR_ADMIN1 = [
    ("Damascus", 33.51, 36.29),
    ("Rif Dimashq", 33.57, 36.40),
    ("Aleppo", 36.20, 37.16),
    ("Homs", 34.73, 36.72),
    ("Hama", 35.13, 36.75),
    ("Latakia", 35.52, 35.78),
    ("Tartus", 34.89, 35.89),
    ("Idlib", 35.93, 36.63),
    ("Raqqa", 35.95, 39.01),
    ("Deir ez-Zor", 35.34, 40.14),
    ("Al-Hasakah", 36.50, 40.75),
    ("Daraa", 32.62, 36.10),
    ("As-Suwayda", 32.71, 36.57),
    ("Quneitra", 33.13, 35.82),
]

_PREFIXES = [
    ("Tall", "Tell"),
    ("Khirbat", "Khirbet"),
    ("Ain", "Ayn"),
    ("Bir", "Beer"),
    ("Jabal", "Jebel"),
    ("Deir", "Dayr"),
    ("Kafr", "Kfar"),
    ("Qasr", "Kasr"),
    ("Umm", "Um"),
    ("Abu", "Abou"),
    ("Marj", "Marj"),
    ("Mazraat", "Mazraa"),
    ("Jisr", "Jisr"),
    ("Wadi", "Wadi"),
]
_CONS = ["b", "t", "j", "h", "kh", "d", "r", "z", "s", "sh", "f", "q", "k", "l", "m", "n", "w", "y"]
_SUN = set("t d r z s n l".split()) | {"sh"}
_PATTERNS = ["CaCiC", "CaCCaC", "CuCayC", "CaCCa", "CaCiCa", "CuCCaC", "CaCaCiyya", "CaCCuC"]
_ACTOR_COLUMNS = ["id", "name", "aliases", "color"]
_PLACE_COLUMNS = "id name alt_names lat lon kind admin1 country geonames_id source note".split()
_CONTROL_COLUMNS = ["as_of", "place", "actor", "source", "note"]
_EVENT_COLUMNS = (
    "date place geometry to_actor from_actor confidence claimed_area_km2 source source_url note"
).split()
_KINDS = (
    ["village"] * 80
    + ["town"] * 12
    + ["city"] * 2
    + ["junction", "crossing", "mine", "oilfield", "gasfield", "airbase"]
)


@dataclass
class SyntheticTheatre:
    """What :func:`make_theatre` wrote.

    Attributes
    ----------
    path : Path
        The theatre folder.
    start, end : datetime.date
        The snapshot date and the last day (``[dates]`` in theatre.toml).
    places, events, drawn, actors : int
        How many of each were written (``events`` counts drawn ones too).
    event_days : int
        Distinct days with at least one event.
    """

    path: Path
    start: dt.date
    end: dt.date
    places: int
    events: int
    drawn: int
    actors: int
    event_days: int


def _root(rng: np.random.Generator) -> str:
    pattern = _PATTERNS[rng.integers(len(_PATTERNS))]
    out = []
    for ch in pattern:
        out.append(_CONS[rng.integers(len(_CONS))] if ch == "C" else ch)
    return "".join(out).capitalize()


def _names(n: int, rng: np.random.Generator) -> tuple[list[str], list[str]]:
    """Invented place names and one spelling variant of each."""
    names, variants = [], []
    for _ in range(n):
        root = _root(rng)
        art = "al-" if rng.random() < 0.5 else ""
        if art and (root[:2].lower() in _SUN or root[0].lower() in _SUN):
            art = f"a{root[0].lower()}-" if root[:2].lower() != "sh" else "ash-"
        if rng.random() < 0.55:
            pre, pre_var = _PREFIXES[rng.integers(len(_PREFIXES))]
            name = f"{pre} {art}{root}"
            variant = f"{pre_var} {art.replace('a', 'e', 1)}{root}"
        else:
            name = f"{art.capitalize()}{root}" if art else root
            variant = f"{art.replace('a', 'e', 1).capitalize()}{root}" if art else root + "h"
        names.append(name)
        variants.append(variant)
    return names, variants


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "place"


def _scatter(aoi_m, n: int, rng: np.random.Generator) -> np.ndarray:
    """``n`` points uniform by area inside ``aoi_m`` (metres), as an (n, 2) array."""
    shapely.prepare(aoi_m)
    minx, miny, maxx, maxy = aoi_m.bounds
    fill = max(aoi_m.area / ((maxx - minx) * (maxy - miny)), 0.05)
    out = np.empty((0, 2))
    while len(out) < n:
        k = int((n - len(out)) / fill * 1.2) + 16
        xy = np.column_stack([rng.uniform(minx, maxx, k), rng.uniform(miny, maxy, k)])
        out = np.vstack([out, xy[shapely.contains_xy(aoi_m, xy[:, 0], xy[:, 1])]])
    return out[:n]


def _neighbours(xy: np.ndarray) -> np.ndarray:
    """Delaunay edges between points, as an (m, 2) array of indices, both directions."""
    if len(xy) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    if len(xy) < 3:
        return np.array([[0, 1], [1, 0]], dtype=np.int64)
    edges = shapely.get_parts(shapely.delaunay_triangles(shapely.multipoints(xy), only_edges=True))
    ends = shapely.get_coordinates(edges).reshape(-1, 2, 2)
    index = {(x, y): i for i, (x, y) in enumerate(map(tuple, xy))}
    pairs = np.array([(index[tuple(a)], index[tuple(b)]) for a, b in ends], dtype=np.int64)
    return np.vstack([pairs, pairs[:, ::-1]])


def _spread_seeds(xy: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """``k`` well-spread point indices (farthest-point sampling)."""
    seeds = [int(rng.integers(len(xy)))]
    dist = np.hypot(*(xy - xy[seeds[0]]).T)
    for _ in range(k - 1):
        seeds.append(int(dist.argmax()))
        dist = np.minimum(dist, np.hypot(*(xy - xy[seeds[-1]]).T))
    return np.array(seeds)


def _day_counts(n_events: int, days: int, rng: np.random.Generator) -> np.ndarray:
    """Events per day offset 1..days-1: bursty (gamma-weighted days)."""
    n_days = max(days - 1, 1)
    weights = rng.gamma(0.7, 1.0, n_days)
    counts = rng.multinomial(n_events, weights / weights.sum())
    return np.concatenate([[0], counts])  # offset 0 is the snapshot day


def _drawn_polygon(lon: float, lat: float, rng: np.random.Generator) -> str:
    """An irregular star-shaped polygon, 5–15 km across, around a point, as WKT."""
    n = int(rng.integers(7, 13))
    ang = np.sort(rng.uniform(0, 2 * np.pi, n))
    r_km = rng.uniform(2.5, 7.5) * rng.uniform(0.6, 1.0, n)
    dlat = r_km / 111.0 * np.sin(ang)
    dlon = r_km / (111.0 * math.cos(math.radians(lat))) * np.cos(ang)
    ring = [f"{lon + x:.5f} {lat + y:.5f}" for x, y in zip(dlon, dlat, strict=True)]
    wkt = f"POLYGON (({', '.join(ring + ring[:1])}))"
    poly = shapely.from_wkt(wkt)
    return wkt if poly.is_valid else shapely.to_wkt(poly.convex_hull, rounding_precision=5)


def make_theatre(
    folder: str | Path,
    *,
    places: int = 5000,
    events: int = 20000,
    days: int = 1000,
    actors: int = 4,
    country: str = "SYR",
    seed: int = 0,
    drawn: int = 0,
    start: dt.date = dt.date(2020, 1, 1),
    cell_radius_km: float = 30.0,
) -> SyntheticTheatre:
    """Write a synthetic theatre folder in geomap's formats.

    Parameters
    ----------
    folder : str or Path
        Created if missing; existing theatre files in it are overwritten.
    places : int
        Places scattered uniformly by area over the country outline.
    events : int
        Control-change events in all, ``drawn`` of them drawn areas.
    days : int
        Days covered, snapshot day included: events fall on the days after the
        snapshot, ``[dates]`` runs from ``start`` to ``start + days - 1``.
    actors : int
        Number of sides (2 to 8).
    country : str
        ISO-3 code of the area of interest.
    seed : int
        Random seed; the same arguments always write the same files.
    drawn : int
        Number of drawn-geometry events among ``events``.
    start : datetime.date
        The snapshot date.
    cell_radius_km : float
        ``[model] cell_radius_km``.

    Returns
    -------
    SyntheticTheatre

    Examples
    --------
    >>> import tempfile, geomap
    >>> with tempfile.TemporaryDirectory() as tmp:                   # doctest: +SKIP
    ...     info = make_theatre(tmp, places=200, events=300, days=30)
    ...     th = geomap.load_theatre(info.path)
    ...     len(th.ledger(by="day")) // (len(th.actors) + 1)
    30
    """
    if not 2 <= actors <= len(_ACTORS):
        raise ValueError(f"actors must be between 2 and {len(_ACTORS)}, not {actors}")
    if places < actors or events < 0 or days < 2 or not 0 <= drawn <= events:
        raise ValueError("need places >= actors, events >= 0, days >= 2 and 0 <= drawn <= events")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    country = country.upper()
    end = start + dt.timedelta(days=days - 1)

    # ---- places: uniform by area, rounded to 1e-5° (about a metre), unique and inside
    aoi = country_outline([country])
    crs = equal_area_crs(aoi)
    aoi_m = to_metres(aoi, crs, densify_deg=0.05)
    shapely.prepare(aoi)
    lonlat = np.empty((0, 2))
    while len(lonlat) < places:
        xy_m = _scatter(aoi_m, places - len(lonlat), rng)
        ll = shapely.get_coordinates(to_degrees(shapely.points(xy_m), crs)).round(5)
        ll = ll[shapely.contains_xy(aoi, ll[:, 0], ll[:, 1])]
        lonlat = np.unique(np.vstack([lonlat, ll]), axis=0)
    lonlat = lonlat[rng.permutation(len(lonlat))[:places]]
    xy = shapely.get_coordinates(to_metres(shapely.points(lonlat), crs))
    names, variants = _names(places, rng)
    ids, seen = [], set()
    for i, name in enumerate(names):
        ident = _slug(name)
        if ident in seen:
            ident = f"{ident}-{i}"
        seen.add(ident)
        ids.append(ident)
    kinds = [_KINDS[k] for k in rng.integers(len(_KINDS), size=places)]
    if country == "SYR":
        adm = np.array([(lat, lon) for _, lat, lon in _SYR_ADMIN1])
        dlat = lonlat[:, 1, None] - adm[None, :, 0]
        dlon = lonlat[:, 0, None] - adm[None, :, 1]
        admin1 = [_SYR_ADMIN1[k][0] for k in (dlat**2 + dlon**2).argmin(axis=1)]
    else:
        admin1 = [""] * places

    # ---- initial control: one block per actor around well-spread seeds; ~1 % unknown
    seeds = _spread_seeds(xy, actors, rng)
    dist = np.hypot(xy[:, None, 0] - xy[None, seeds, 0], xy[:, None, 1] - xy[None, seeds, 1])
    holder = dist.argmin(axis=1).astype(np.int64)
    unknown = rng.random(places) < 0.01
    unknown[seeds] = False
    holder[unknown] = -1
    initial = holder.copy()

    # ---- events: captures across the front
    edges = _neighbours(xy)
    src, dst = edges[:, 0], edges[:, 1]  # dst's holder may take src
    counts = _day_counts(events, days, rng)
    drawn_at = set(rng.choice(events, size=drawn, replace=False).tolist()) if drawn else set()
    momentum = rng.dirichlet(np.ones(actors))
    act_ids = [a[0] for a in _ACTORS[:actors]]
    rows: list[dict[str, str]] = []
    k = 0
    for offset, n_today in enumerate(counts):
        if not n_today:
            continue
        day = start + dt.timedelta(days=int(offset))
        if rng.random() < 0.04:  # a new phase of the war: who is attacking changes
            momentum = 0.5 * momentum + 0.5 * rng.dirichlet(np.ones(actors) * 0.5)
        changed_today = np.zeros(places, bool)
        n_bare = int(rng.binomial(n_today, 0.85))
        minutes = np.sort(rng.integers(1, 24 * 60, n_today - n_bare))
        for j in range(n_today):
            attacker = int(rng.choice(actors, p=momentum))
            front = (holder[dst] == attacker) & (holder[src] != attacker) & ~changed_today[src]
            if not front.any():
                front = (holder[dst] >= 0) & (holder[dst] != holder[src]) & ~changed_today[src]
            if front.any():
                e = int(rng.choice(np.flatnonzero(front)))
                target, attacker = int(src[e]), int(holder[dst[e]])
            else:  # no front left (one actor holds everything): an uprising anywhere
                target = int(rng.integers(places))
                attacker = int((holder[target] + 1 + rng.integers(actors - 1)) % actors)
            before = int(holder[target])
            when = day.isoformat()
            if j >= n_bare:
                m = int(minutes[j - n_bare])
                when += f"T{m // 60:02d}:{m % 60:02d}"
            confidence = rng.choice(["confirmed", "claimed", "disputed"], p=[0.7, 0.2, 0.1])
            note = ""
            if rng.random() < 0.02:
                note = f'fighting reported near "{names[target]}", villages shelled, unconfirmed'
            url = f"https://example.org/synthetic/{seed}/{k}" if rng.random() < 0.1 else ""
            if k in drawn_at:
                geom = _drawn_polygon(lonlat[target, 0], lonlat[target, 1], rng)
                row = {"geometry": geom, "source": f"synthetic drawn area {k}"}
            else:
                row = {"place": ids[target], "source": f"synthetic report {k}"}
                if before >= 0 and rng.random() < 0.9:  # sources often do not say
                    row["from_actor"] = act_ids[before]
                if rng.random() < 0.02:
                    row["claimed_area_km2"] = str(int(rng.integers(1, 40)) * 5)
                holder[target] = attacker
                changed_today[target] = True
            row |= {"date": when, "to_actor": act_ids[attacker], "confidence": confidence}
            rows.append(row | {"source_url": url, "note": note})
            k += 1

    # ---- write the folder
    def write(name: str, header: list[str], body) -> None:
        with open(folder / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, header, lineterminator="\n")
            w.writeheader()
            w.writerows(body)

    write(
        "actors.csv",
        _ACTOR_COLUMNS,
        (dict(zip(_ACTOR_COLUMNS, a, strict=False)) for a in _ACTORS[:actors]),
    )
    write(
        "places.csv",
        _PLACE_COLUMNS,
        (
            {
                "id": ids[i],
                "name": names[i],
                "alt_names": variants[i] if variants[i] != names[i] else "",
                "lat": f"{lonlat[i, 1]:.5f}",
                "lon": f"{lonlat[i, 0]:.5f}",
                "kind": kinds[i],
                "admin1": admin1[i],
                "country": country,
                "source": "synthetic (uniform by area)",
            }
            for i in range(places)
        ),
    )
    write(
        "control.csv",
        _CONTROL_COLUMNS,
        (
            {
                "as_of": start.isoformat(),
                "place": ids[i],
                "actor": act_ids[initial[i]],
                "source": "synthetic snapshot",
            }
            for i in range(places)
            if initial[i] >= 0
        ),
    )
    write("events.csv", _EVENT_COLUMNS, rows)
    name = f"synthetic-{country.lower()}-{places}-{events}-{days}"
    toml = f'''# A synthetic theatre written by benchmarks/synthetic.py: invented places and events.
[theatre]
name = "{name}"
title = "Synthetic {country}: {places:,} places, {events:,} events over {days:,} days (seed {seed})"
description = "Places scattered uniformly over the {country} outline; captures across the front. Not real data."

[aoi]
countries = ["{country}"]

[model]
cell_radius_km = {cell_radius_km:g}

[dates]
start = "{start.isoformat()}"
end = "{end.isoformat()}"

[data]
licence = "CC0-1.0"
attribution = "geomap benchmarks: synthetic data, no real events"
'''
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    return SyntheticTheatre(
        path=folder,
        start=start,
        end=end,
        places=places,
        events=len(rows),
        drawn=len(drawn_at),
        actors=actors,
        event_days=int((counts > 0).sum()),
    )


def make_sized(folder: str | Path, params: dict) -> SyntheticTheatre:
    """:func:`make_theatre` of ``params``' places, events, days and seed, said on stdout first.

    The benchmarks' one way to write the theatre they time (``params`` may hold more keys).
    """
    print(
        f"generating {params['places']:,} places, {params['events']:,} events, "
        f"{params['days']:,} days ...",
        flush=True,
    )
    return make_theatre(
        folder,
        places=params["places"],
        events=params["events"],
        days=params["days"],
        seed=params.get("seed", 0),
    )


def main(argv: list[str] | None = None) -> int:
    """Command line: write a synthetic theatre folder."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--places", type=int, default=5000)
    ap.add_argument("--events", type=int, default=20000)
    ap.add_argument("--days", type=int, default=1000)
    ap.add_argument("--actors", type=int, default=4)
    ap.add_argument("--country", default="SYR")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--drawn", type=int, default=0)
    args = ap.parse_args(argv)
    info = make_theatre(
        args.folder,
        places=args.places,
        events=args.events,
        days=args.days,
        actors=args.actors,
        country=args.country,
        seed=args.seed,
        drawn=args.drawn,
    )
    print(info)
    return 0


if __name__ == "__main__":
    sys.exit(main())
