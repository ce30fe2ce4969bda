"""``theatre.toml``: the one parser of a theatre's settings file.

:func:`read_toml` turns a TOML file into a dict or raises one
:class:`~geomap.errors.InputError` (not found, not UTF-8, not TOML, with the
line); :func:`read_meta` checks a theatre's ``theatre.toml`` section by
section into a :class:`TheatreMeta`; :func:`is_snapshot_theatre` tells a
snapshot theatre (a ``[snapshots]`` table) from an event theatre.  Every
module that reads ``theatre.toml`` goes through these.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._text import strip_bidi, terminal_text
from ..dates import DATE_HINT, RANGE_TEXT, parse_day, range_problem, theatre_zone
from ..errors import InputError, Problem, ProblemCollector
from ..paths import OUTSIDE_HINT, input_problem, read_bytes, theatre_path

__all__ = [
    "TheatreMeta",
    "TOML_KEYS",
    "read_toml",
    "read_meta",
    "is_snapshot_theatre",
    "manifest_credit",
]

_THEATRE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
#: Sections of ``theatre.toml`` and their keys (None: checked by the module that reads it).
TOML_KEYS: dict[str, set[str] | None] = {
    "theatre": {"name", "title", "description", "timezone", "allow_outside"},
    "aoi": {"countries", "path"},
    "model": {
        "cell_radius_km",
        "sensitivity_radii_km",
        "contested_band_km",
        "enclose",
        "reach_factor",
        "reach_neighbours",
        "barriers",
    },
    "dates": {"start", "end"},
    "data": {"licence", "attribution", "sources"},
    "map": {"view"},
    "snapshots": None,  # read by geomap.snapshots
    "regions": {"path", "name_field"},  # the file is read by geomap.regions
    "reference_areas": None,  # names of the theatre's own areas: _reference_areas_section
}


@dataclass
class TheatreMeta:
    """Settings from ``theatre.toml``."""

    name: str
    title: str
    description: str = ""
    #: ``[theatre] timezone``: an IANA name; events' times are local times of it.
    timezone: str = "UTC"
    aoi_countries: list[str] = field(default_factory=list)
    aoi_path: str | None = None
    cell_radius_km: float = 30.0
    sensitivity_radii_km: list[float] = field(default_factory=list)
    contested_band_km: float | None = None
    enclose: bool = False
    #: ``[model] reach_factor``: a place's cell reaches this × the distance to its
    #: ``reach_neighbours``-th nearest place (capped by ``cell_radius_km``); None: the cap only.
    reach_factor: float | None = None
    reach_neighbours: int = 3
    #: ``[model] barriers``: a file of lines/polygons cells do not cross (relative to the folder).
    barriers_path: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    licence: str = ""
    attribution: str = ""
    sources: str = ""
    snapshots: dict[str, Any] | None = None
    regions_path: str | None = None
    regions_name_field: str | None = None
    #: ``[map] view``: ``"action"`` (default), ``"aoi"`` or ``[west, south, east, north]``.
    map_view: str | list[float] = "action"
    #: ``[theatre] allow_outside``: files named here may lie outside the theatre folder.
    allow_outside: bool = False
    #: ``[reference_areas]``: areas articles compare with that no country table holds
    #: ("half the size of Nimba County"), each with its km² and their source
    #: (:class:`geomap.units.ReferenceArea`).
    reference_areas: tuple = ()


def _parse(path: Path) -> tuple[dict[str, Any], str]:
    """``(table, text)`` of a TOML file; InputError when it cannot be read or parsed."""
    data = read_bytes(path)  # InputError: missing, a folder, a link loop, unreadable
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(
            Problem(str(path), None, None, "not valid UTF-8", "save the file as UTF-8")
        ) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise InputError(
            Problem(
                str(path),
                int(m[1]) if m else None,
                None,
                f"not valid TOML ({exc})",
                "fix the syntax (strings need quotes)",
            )
        ) from None


def read_toml(path: str | Path) -> dict[str, Any]:
    """A TOML file (``theatre.toml``, a snapshot rule file) as a dict.

    Parameters
    ----------
    path : str or Path
        The file (UTF-8, a BOM is accepted).

    Returns
    -------
    dict

    Raises
    ------
    geomap.errors.InputError
        The file is missing, not UTF-8, or not TOML (with the line of the
        syntax error).

    Examples
    --------
    >>> read_toml("no/such/theatre.toml")
    Traceback (most recent call last):
    ...
    geomap.errors.InputError: no/such/theatre.toml: file not found; check the path
    """
    return _parse(Path(path))[0]


def is_snapshot_theatre(folder: str | Path) -> bool:
    """True when ``folder/theatre.toml`` has a ``[snapshots]`` table.

    A file that cannot be read or parsed gives False: the event-theatre
    loader (:func:`geomap.inputs.load_inputs`) then reports what is wrong
    with it, in the same words as :func:`read_toml`.

    Examples
    --------
    >>> is_snapshot_theatre("no/such/folder")
    False
    """
    try:
        return "snapshots" in read_toml(Path(folder) / "theatre.toml")
    except (InputError, OSError):
        return False  # load_inputs reports what is wrong with the file


class _Lines:
    """Line numbers of keys in the file's text (tomllib does not keep them)."""

    def __init__(self, text: str):
        self.lines = text.splitlines()

    def of(self, key: str) -> int | None:
        for i, text in enumerate(self.lines, 1):
            if re.match(rf"\s*{re.escape(key)}\s*=", text):
                return i
        return None


def credit(what: str, licence: Any, attribution: Any, *, no_attribution: str = "") -> tuple:
    r"""One ``(what, licence, attribution)`` of the data a map shows (``Theatre.credits``, a
    snapshot series' ``credits``), untrusted text made safe by the one rule of
    :mod:`geomap._text`: one line, no bidirectional controls, other control characters shown
    as ``\xNN``; "licence not stated" for none.

    >>> credit("Data", "CC0\u202e\x1b[31m", "  us\t and  them ")
    ('Data', 'CC0\\x1b[31m', 'us and them')
    """

    def one_line(value: Any) -> str:
        return terminal_text(strip_bidi(" ".join(str(value or "").split())))

    return (
        what,
        one_line(licence) or "licence not stated",
        one_line(attribution) or no_attribution,
    )


def manifest_credit(root: str | Path, name: str) -> tuple[str, str] | None:
    """``(licence, attribution)`` of file ``name`` in ``root/manifest.toml``, or None.

    The theatre folder's manifest (``[files."name"]``) says where each of its
    files comes from; None when there is no manifest, it cannot be read, or it
    says nothing of the file (the manifest is checked by the layer tests, not
    here: a credit line is never a reason to refuse a theatre).

    >>> manifest_credit("no/such/folder", "regions.geojson") is None
    True
    """
    try:
        files = read_toml(Path(root) / "manifest.toml").get("files", {})
    except (OSError, ValueError, InputError):
        return None
    entry = files.get(name) if isinstance(files, dict) else None
    if not isinstance(entry, dict):
        return None
    licence, attribution = str(entry.get("licence", "")), str(entry.get("attribution", ""))
    return (licence, attribution) if licence or attribution else None


def read_meta(root: Path, c: ProblemCollector) -> TheatreMeta | None:
    """Read and check ``root/theatre.toml``; every problem goes to ``c``.

    Parameters
    ----------
    root : Path
        The theatre folder.
    c : ProblemCollector
        Where problems go (each names ``theatre.toml``, the line and the key).

    Returns
    -------
    TheatreMeta or None
        None when the folder or the file is missing or cannot be parsed;
        otherwise the settings read (invalid values are reported and left at
        their defaults).
    """
    path = root / "theatre.toml"
    disp = str(path)
    bad = input_problem(
        root, want="folder", missing_hint="give the path of a theatre folder (with theatre.toml)"
    ) or input_problem(
        path, missing_hint="every theatre folder needs a theatre.toml; see docs/architecture.md"
    )
    if bad is not None:
        c.extend([bad])
        return None
    try:
        raw, text = _parse(path)
    except InputError as exc:
        c.extend(exc.problems)
        return None
    lines = _Lines(text)
    _check_sections(c, disp, raw, lines)
    meta = _theatre_section(c, disp, _table(raw, "theatre"), lines)
    _aoi_section(c, disp, _table(raw, "aoi"), lines, meta)
    _model_section(c, disp, _table(raw, "model"), lines, meta)
    _dates_section(c, disp, _table(raw, "dates"), lines, meta)
    _data_section(c, disp, _table(raw, "data"), meta)
    _map_section(c, disp, _table(raw, "map"), lines, meta)
    meta.snapshots = raw.get("snapshots") if isinstance(raw.get("snapshots"), dict) else None
    _regions_section(c, disp, _table(raw, "regions"), meta)
    _reference_areas_section(c, disp, raw.get("reference_areas"), lines, meta)
    _outside_section(c, disp, root, _table(raw, "theatre"), lines, meta)
    return meta


def _outside_section(
    c: ProblemCollector,
    disp: str,
    root: Path,
    th: dict[str, Any],
    lines: _Lines,
    meta: TheatreMeta,
) -> None:
    """``[theatre] allow_outside``, and the files named here kept inside the folder without it."""
    allow = th.get("allow_outside", False)
    if not isinstance(allow, bool):
        c.add(
            disp,
            lines.of("allow_outside"),
            "theatre.allow_outside",
            f"{allow!r} is not true or false",
            "write allow_outside = true (without quotes)",
        )
        allow = False
    meta.allow_outside = allow
    named = (
        ("aoi.path", "aoi_path", "path"),
        ("regions.path", "regions_path", "path"),
        ("model.barriers", "barriers_path", "barriers"),
    )
    for key, attr, toml_key in named:
        rel = getattr(meta, attr)
        if rel is None:
            continue
        _, outside = theatre_path(root, rel, allow_outside=allow)
        if outside:
            c.add(disp, lines.of(toml_key), key, outside, OUTSIDE_HINT)
            setattr(meta, attr, None)


def _table(raw: dict[str, Any], section: str) -> dict[str, Any]:
    return raw.get(section, {}) if isinstance(raw.get(section), dict) else {}


def _check_sections(c: ProblemCollector, disp: str, raw: dict[str, Any], lines: _Lines) -> None:
    """Unknown sections and keys (warnings), sections that are not tables (errors)."""
    for section, value in raw.items():
        if section not in TOML_KEYS:
            c.add(
                disp,
                None,
                section,
                "unknown section, ignored",
                f"known sections: {', '.join(TOML_KEYS)}",
                "warning",
            )
            continue
        allowed = TOML_KEYS[section]
        if allowed is None:
            continue
        if not isinstance(value, dict):
            c.add(
                disp,
                lines.of(section),
                section,
                "must be a [table]",
                f"write [{section}] on its own line",
            )
            continue
        for key in value:
            if key not in allowed:
                c.add(
                    disp,
                    lines.of(key),
                    f"{section}.{key}",
                    "unknown key, ignored",
                    f"known keys: {', '.join(sorted(allowed))}",
                    "warning",
                )


def _theatre_section(
    c: ProblemCollector, disp: str, th: dict[str, Any], lines: _Lines
) -> TheatreMeta:
    """``[theatre]``: name (checked), title, description."""
    name = str(th.get("name", "")).strip()
    if not name:
        c.add(disp, None, "theatre.name", "missing", 'add name = "my-theatre" under [theatre]')
    elif not _THEATRE_NAME.match(name):
        c.add(
            disp,
            lines.of("name"),
            "theatre.name",
            f"{name!r} is not a valid name",
            "use lower-case letters, digits and hyphens",
        )
    meta = TheatreMeta(
        name=name, title=str(th.get("title", name)), description=str(th.get("description", ""))
    )
    if "timezone" in th:
        _zone, err = theatre_zone(th["timezone"])
        if err:
            c.add(
                disp,
                lines.of("timezone"),
                "theatre.timezone",
                err,
                'give an IANA name such as "Asia/Damascus" or "Europe/Kyiv" (default "UTC")',
            )
        else:
            meta.timezone = th["timezone"]
    return meta


def _aoi_section(
    c: ProblemCollector, disp: str, aoi: dict[str, Any], lines: _Lines, meta: TheatreMeta
) -> None:
    """``[aoi]``: exactly one of ``countries`` and ``path``."""
    countries, apath = aoi.get("countries"), aoi.get("path")
    if (countries is None) == (apath is None):
        c.add(
            disp,
            None,
            "aoi",
            "give exactly one of aoi.countries and aoi.path",
            'e.g. [aoi] countries = ["SYR"]',
        )
    elif countries is not None:
        if (
            not isinstance(countries, list)
            or not countries
            or not all(isinstance(x, str) for x in countries)
        ):
            c.add(
                disp,
                lines.of("countries"),
                "aoi.countries",
                f"{countries!r} is not a list of codes",
                'write countries = ["SYR"]',
            )
        else:
            meta.aoi_countries = [x.strip().upper() for x in countries]
    else:
        meta.aoi_path = str(apath)


def _model_section(
    c: ProblemCollector, disp: str, model: dict[str, Any], lines: _Lines, meta: TheatreMeta
) -> None:
    """``[model]``: the cell radius, the sensitivity radii, the contested band (km), enclosure."""
    radius = model.get("cell_radius_km", 30.0)
    if isinstance(radius, bool) or not isinstance(radius, int | float) or not 0 < radius <= 2000:
        c.add(
            disp,
            lines.of("cell_radius_km"),
            "model.cell_radius_km",
            f"{radius!r} is not a radius in km",
            "give a number between 0 and 2000, e.g. 30",
        )
    else:
        meta.cell_radius_km = float(radius)
    radii = model.get("sensitivity_radii_km", [])
    if not isinstance(radii, list) or not all(
        isinstance(r, int | float) and not isinstance(r, bool) and 0 < r <= 2000 for r in radii
    ):
        c.add(
            disp,
            lines.of("sensitivity_radii_km"),
            "model.sensitivity_radii_km",
            f"{radii!r} is not a list of radii",
            "e.g. [15, 30, 50]",
        )
    else:
        meta.sensitivity_radii_km = [float(r) for r in radii]
    band = model.get("contested_band_km")
    if band is not None:
        if (
            isinstance(band, bool)
            or not isinstance(band, int | float)
            or not 0 < band <= 200
            or band != band
        ):
            c.add(
                disp,
                lines.of("contested_band_km"),
                "model.contested_band_km",
                f"{band!r} is not a band width in km",
                "give the band's full width as a number of km between 0 and 200, e.g. 5;"
                " leave the key out for no contested band",
            )
        else:
            meta.contested_band_km = float(band)
    enclose = model.get("enclose", False)
    if not isinstance(enclose, bool):
        c.add(
            disp,
            lines.of("enclose"),
            "model.enclose",
            f"{enclose!r} is not true or false",
            "write enclose = true (or leave it out)",
        )
    else:
        meta.enclose = enclose
    _reach_keys(c, disp, model, lines, meta)


def _reach_keys(
    c: ProblemCollector, disp: str, model: dict[str, Any], lines: _Lines, meta: TheatreMeta
) -> None:
    """``[model]`` reach_factor, reach_neighbours and barriers."""
    factor = model.get("reach_factor")
    if factor is not None:
        if isinstance(factor, bool) or not isinstance(factor, int | float) or not 0 < factor <= 100:
            c.add(
                disp,
                lines.of("reach_factor"),
                "model.reach_factor",
                f"{factor!r} is not a reach factor",
                "give a number between 0 and 100, e.g. 2 (a cell reaches 2 × the distance to the"
                " place's reach_neighbours-th nearest place); leave it out for the cap only",
            )
        else:
            meta.reach_factor = float(factor)
    k = model.get("reach_neighbours", 3)
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= 50:
        c.add(
            disp,
            lines.of("reach_neighbours"),
            "model.reach_neighbours",
            f"{k!r} is not a number of neighbours",
            "give a whole number between 1 and 50, e.g. 3",
        )
    else:
        meta.reach_neighbours = k
    barriers = model.get("barriers")
    if barriers is not None:
        if not isinstance(barriers, str) or not barriers.strip():
            c.add(
                disp,
                lines.of("barriers"),
                "model.barriers",
                f"{barriers!r} is not a file name",
                'write it in quotes, relative to the theatre folder: barriers = "barriers.geojson"',
            )
        else:
            meta.barriers_path = barriers


def _dates_section(
    c: ProblemCollector, disp: str, dates: dict[str, Any], lines: _Lines, meta: TheatreMeta
) -> None:
    """``[dates]``: the default start and end, start not after end."""
    for key in ("start", "end"):
        if key in dates:
            value = dates[key]
            if isinstance(value, dt.datetime):
                value = value.date()
            if isinstance(value, dt.date):
                err = range_problem(value)
                if err:
                    c.add(disp, lines.of(key), f"dates.{key}", err, f"give a day from {RANGE_TEXT}")
                    value = None
                setattr(meta, key, value)
            else:
                day, err = parse_day(str(value))
                if err:
                    c.add(disp, lines.of(key), f"dates.{key}", err, DATE_HINT)
                setattr(meta, key, day)
    if meta.start and meta.end and meta.start > meta.end:
        c.add(
            disp,
            lines.of("end"),
            "dates.end",
            f"{meta.end} is before dates.start {meta.start}",
            "swap them",
        )


def _regions_section(
    c: ProblemCollector, disp: str, regions: dict[str, Any], meta: TheatreMeta
) -> None:
    """``[regions]``: path (a polygon file relative to the theatre folder) and name_field."""
    for key in ("path", "name_field"):
        value = regions.get(key)
        if value is not None and not (isinstance(value, str) and value.strip()):
            c.add(
                disp,
                None,
                f"regions.{key}",
                f"{value!r} is not a text",
                'write it in quotes, e.g. path = "regions.geojson"',
            )
            return
    if regions and "path" not in regions:
        c.add(
            disp,
            None,
            "regions",
            "no path",
            'say which file holds the regions: path = "regions.geojson"',
        )
        return
    meta.regions_path = regions.get("path")
    meta.regions_name_field = regions.get("name_field")


_REF_EXAMPLE = '"Nimba County" = { km2 = 11551, source = "LISGIS, 2008 census" }'
_REF_KEYS = ("km2", "source", "aliases")


def _reference_areas_section(
    c: ProblemCollector, disp: str, table: Any, lines: _Lines, meta: TheatreMeta
) -> None:
    """``[reference_areas]``: ``"<name>" = { km2 = ..., source = "...", aliases = [...] }``,
    one line per area a text may compare with; a figure without its source is refused."""
    if table is None:
        return
    if not isinstance(table, dict):
        c.add(
            disp,
            lines.of("reference_areas"),
            "reference_areas",
            "must be a [table]",
            f"write [reference_areas] on its own line, then one line per area: {_REF_EXAMPLE}",
        )
        return
    from ..units import ReferenceArea  # a leaf module, imported only when a theatre uses it

    out = []
    seen: dict[str, str] = {}  # every name so far (case-folded) -> its area's key
    for name, entry in table.items():
        line = lines.of(f'"{name}"') or lines.of(f"'{name}'") or lines.of(name)
        problems, names = _reference_area_problems(name, entry, seen)
        for message, hint in problems:
            c.add(disp, line, f"reference_areas.{name}", message, hint)
        if problems:
            continue
        for n in names:
            seen[n.casefold()] = name
        source = terminal_text(strip_bidi(" ".join(entry["source"].split())))
        out.append(ReferenceArea(names[0], float(entry["km2"]), source, tuple(names[1:])))
    meta.reference_areas = tuple(out)


def _reference_area_problems(
    name: str, entry: Any, seen: dict[str, str]
) -> tuple[list[tuple[str, str]], list[str]]:
    """The (message, hint) of each problem of one ``[reference_areas]`` line, and its names."""
    if not isinstance(entry, dict):
        return [(f"{entry!r} is not a table", f"write it as {_REF_EXAMPLE}")], []
    problems = [
        (f"unknown key {key!r}", f"the keys are {', '.join(_REF_KEYS)}")
        for key in entry
        if key not in _REF_KEYS
    ]
    km2 = entry.get("km2")
    if isinstance(km2, bool) or not isinstance(km2, int | float) or not 0 < km2 < 6e8:
        problems.append(
            (
                f"km2 = {km2!r} is not an area in km²" if "km2" in entry else "no km2",
                "write the area as a number of km², without quotes, e.g. km2 = 11551",
            )
        )
    source = entry.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(
            ("no source for the figure", 'say where the km² come from: source = "LISGIS, 2008"')
        )
    aliases = entry.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        problems.append(
            ("aliases must be a list of names", 'write aliases = ["Nimba", "Nimba county"]')
        )
        aliases = []
    names = [" ".join(str(n).split()) for n in (name, *aliases)]
    if not names[0]:
        problems.append(("an empty name", "write the area's name in quotes"))
    for n in {n.casefold(): n for n in reversed(names) if n}.values():
        if n.casefold() in seen:
            problems.append(
                (
                    f"{n!r} also names {seen[n.casefold()]!r} above",
                    "give each name to one area only",
                )
            )
    return problems, names


_VIEW_HINT = (
    'write view = "action" (the places that change hands), view = "aoi" (the whole area '
    "of interest) or view = [west, south, east, north] in degrees, e.g. [36.0, 33.0, 40.5, 35.5]"
)


def _map_section(
    c: ProblemCollector, disp: str, mp: dict[str, Any], lines: _Lines, meta: TheatreMeta
) -> None:
    """``[map]``: the initial view of the maps."""
    if "view" not in mp:
        return
    view, err = _map_view(mp["view"])
    if err:
        c.add(disp, lines.of("view"), "map.view", err, _VIEW_HINT)
    else:
        meta.map_view = view


def _map_view(value: Any) -> tuple[str | list[float], str | None]:
    """``[map] view`` checked: a keyword or a box in degrees; (value, error)."""
    if isinstance(value, str):
        if value in ("action", "aoi"):
            return value, None
        return "action", f"{value!r} is not a view"
    if not isinstance(value, list) or len(value) != 4:
        return "action", f"{value!r} is not a view (expected 4 numbers or a keyword)"
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return "action", f"{value!r}: the four values must be numbers"
    w, s_, e, n = (float(v) for v in value)
    if not (-180 <= w < e <= 180):
        return "action", f"{value!r}: west {w:g} must be less than east {e:g}, both in -180..180"
    if not (-85 <= s_ < n <= 85):
        return "action", f"{value!r}: south {s_:g} must be less than north {n:g}, both in -85..85"
    return [w, s_, e, n], None


def _data_section(c: ProblemCollector, disp: str, data: dict[str, Any], meta: TheatreMeta) -> None:
    """``[data]``: licence (a warning when missing), attribution, sources."""
    meta.licence = str(data.get("licence", ""))
    meta.attribution = str(data.get("attribution", ""))
    meta.sources = str(data.get("sources", ""))
    if not meta.licence:
        c.add(
            disp,
            None,
            "data.licence",
            "no licence stated",
            "say under [data] what licence the data is under",
            "warning",
        )
