"""The ``[snapshots]`` configuration: where a series is and how to read it.

The keys are documented in ``docs/snapshots.md`` ("TOML keys").
:func:`load_snapshot_theatre` loads a theatre folder whose ``theatre.toml``
has a ``[snapshots]`` table.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem
from ..inputs import read_toml
from ..inputs.meta import credit
from ..paths import OUTSIDE_HINT, theatre_path
from ..repair import ON_INVALID, OnInvalid
from .build import OnDuplicate, load_snapshots
from .files import DEFAULT_PATTERN, compile_pattern
from .rules import RULE_KEYS, ActorRule
from .series import SnapshotSeries

__all__ = ["CONFIG_KEYS", "SnapshotConfig", "load_snapshot_theatre"]

#: The keys of a ``[snapshots]`` table.
CONFIG_KEYS = frozenset(
    {
        "folder",
        "folders",
        "path",
        "date_column",
        "pattern",
        "date_property",
        "date_offset_days",
        "on_invalid",
        "on_duplicate",
        "actors",
        "title",
    }
)


@dataclass
class SnapshotConfig:
    """Where a snapshot series is and how to read it (the ``[snapshots]`` table)."""

    folders: list[Path]
    actor_rule: ActorRule
    pattern: str = DEFAULT_PATTERN
    date_property: str | None = None
    date_offset_days: int = 0
    on_invalid: OnInvalid = "raise"
    on_duplicate: OnDuplicate = "last"
    title: str | None = None
    aoi_path: Path | None = None
    date_column: str = "date"

    @classmethod
    def from_mapping(
        cls,
        table: Mapping[str, Any],
        *,
        base: str | Path = ".",
        file: str = "theatre.toml",
    ) -> SnapshotConfig:
        """Validate a ``[snapshots]`` table; folders are relative to ``base``.

        Raises
        ------
        InputError
            Listing every problem (unknown keys with the nearest known one,
            wrong types, a malformed actor rule).
        """
        problems = _unknown_keys(table, file)
        paths, found = _folders(table, Path(base), file)
        problems += found
        options, found = _options(table, file)
        problems += found
        rule, found = _actor_rule(table, file)
        problems += found
        if problems:
            raise InputError(problems)
        try:
            compile_pattern(
                options["pattern"], need_date=options["date_property"] is None, file=file
            )
        except InputError as exc:
            raise InputError(
                [
                    Problem(p.file, p.line, "snapshots.pattern", p.message, p.hint)
                    for p in exc.problems
                ]
            ) from None
        title = table.get("title")
        return cls(folders=paths, actor_rule=rule, title=str(title) if title else None, **options)

    @classmethod
    def from_toml(cls, path: str | Path) -> SnapshotConfig:
        """Read a rule file: a ``[snapshots]`` table (or its keys at top level).

        An ``[aoi] path = ...`` table in the same file sets :attr:`aoi_path`.
        """
        path = Path(path)
        raw = read_toml(path)
        if isinstance(raw.get("snapshots"), Mapping):
            table = dict(raw["snapshots"])
        else:
            table = {k: v for k, v in raw.items() if k != "aoi"}
        if "folder" not in table and "folders" not in table:
            table = {**table, "folder": "."}  # the CLI gives the folder
        cfg = cls.from_mapping(table, base=path.parent, file=str(path))
        aoi = raw.get("aoi")
        if isinstance(aoi, Mapping) and isinstance(aoi.get("path"), str):
            aoi_path, outside = theatre_path(
                path.parent, aoi["path"], folder="the rule file's folder"
            )
            if outside:
                raise InputError(
                    Problem(
                        str(path),
                        None,
                        "aoi.path",
                        outside,
                        "move the file beside the rule file, or, if you trust it, pass "
                        "--allow-outside",
                    )
                )
            cfg.aoi_path = aoi_path
        return cfg

    def load(self, *, aoi: Any = None, **overrides: Any) -> SnapshotSeries:
        """:func:`load_snapshots` with these settings (keywords override them)."""
        kwargs: dict[str, Any] = {
            "actor_rule": self.actor_rule,
            "pattern": self.pattern,
            "date_property": self.date_property,
            "date_offset_days": self.date_offset_days,
            "on_invalid": self.on_invalid,
            "on_duplicate": self.on_duplicate,
            "title": self.title,
            "aoi": aoi if aoi is not None else self.aoi_path,
            "date_column": self.date_column,
        }
        kwargs.update(overrides)
        return load_snapshots(self.folders, **kwargs)


# --------------------------------------------------------------------------- validating a table
def _keep_inside(
    root: Path, file: str, cfg: SnapshotConfig, aoi: Mapping[str, Any], theatre: Mapping[str, Any]
) -> None:
    """The folders and files a snapshot theatre names lie inside it (:func:`geomap.paths.theatre_path`)."""
    allow = theatre.get("allow_outside") is True
    # os.path.relpath, not Path.relative_to: the folders may be resolved (links followed) while
    # root is as given; theatre_path compares the real paths
    named = [("snapshots.folders", os.path.relpath(f, root)) for f in cfg.folders]
    if aoi.get("path"):
        named.append(("aoi.path", str(aoi["path"])))
    problems = []
    for key, rel in named:
        _, outside = theatre_path(root, rel, allow_outside=allow)
        if outside:
            problems.append(Problem(file, None, key, outside, OUTSIDE_HINT))
    if problems:
        raise InputError(problems)


def _unknown_keys(table: Mapping[str, Any], file: str) -> list[Problem]:
    """Unknown keys, with the nearest known one (or where a rule key belongs)."""
    problems = []
    for key in table:
        if key not in CONFIG_KEYS:
            close = difflib.get_close_matches(str(key), sorted(CONFIG_KEYS | RULE_KEYS), n=1)
            if close and close[0] in RULE_KEYS:
                hint = f"{close[0]!r} belongs in the [snapshots.actors] table"
            elif close:
                hint = f"did you mean {close[0]!r}?"
            else:
                hint = f"known keys: {', '.join(sorted(CONFIG_KEYS))}"
            problems.append(Problem(file, None, f"snapshots.{key}", "unknown key", hint))
    return problems


def _folders(table: Mapping[str, Any], base: Path, file: str) -> tuple[list[Path], list[Problem]]:
    """``folder`` or ``folders``, relative to ``base``."""
    folder, folders, one = table.get("folder"), table.get("folders"), table.get("path")
    if (folder is not None) + (folders is not None) + (one is not None) != 1:
        return [], [
            Problem(
                file,
                None,
                "snapshots.folder",
                "give exactly one of folder, folders and path (one GeoParquet file)",
                'e.g. folder = "snapshots", or path = "snapshots.parquet"',
            )
        ]
    if one is not None:
        if not isinstance(one, str) or not one.lower().endswith(".parquet"):
            return [], [
                Problem(
                    file,
                    None,
                    "snapshots.path",
                    f"{one!r} is not a .parquet file name",
                    'e.g. path = "snapshots.parquet" (a folder of files: folder = "...")',
                )
            ]
        return [base / one], []
    items = [folder] if folder is not None else folders
    if not isinstance(items, list) or not all(isinstance(x, str) and x.strip() for x in items):
        return [], [
            Problem(
                file,
                None,
                "snapshots.folders",
                f"{items!r} is not a list of paths",
                'e.g. folders = ["daily"]',
            )
        ]
    return [base / x for x in items], []


def _options(table: Mapping[str, Any], file: str) -> tuple[dict[str, Any], list[Problem]]:
    """``pattern``, ``date_property``, ``date_offset_days``, ``on_invalid``, ``on_duplicate``."""
    problems = []

    def bad(key: str, message: str, hint: str) -> None:
        problems.append(Problem(file, None, f"snapshots.{key}", message, hint))

    pattern = table.get("pattern", DEFAULT_PATTERN)
    if not isinstance(pattern, str) or not pattern:
        bad("pattern", f"{pattern!r}", 'e.g. "{date:%Y-%m-%d}.geojson"')
        pattern = DEFAULT_PATTERN
    date_property = table.get("date_property")
    if date_property is not None and (
        not isinstance(date_property, str) or not date_property.strip()
    ):
        bad("date_property", f"{date_property!r}", "give a property name")
        date_property = None
    offset = table.get("date_offset_days", 0)
    if isinstance(offset, bool) or not isinstance(offset, int):
        bad("date_offset_days", f"{offset!r} is not a whole number", "e.g. -1")
        offset = 0
    on_invalid = table.get("on_invalid", "raise")
    if on_invalid not in ON_INVALID:
        bad("on_invalid", f"{on_invalid!r}", 'choose "raise", "warn" or "fix"')
    on_duplicate = table.get("on_duplicate", "last")
    if on_duplicate not in ("last", "first", "raise"):
        bad("on_duplicate", f"{on_duplicate!r}", 'choose "last", "first" or "raise"')
    date_column = table.get("date_column", "date")
    if not isinstance(date_column, str) or not date_column.strip():
        bad("date_column", f"{date_column!r}", 'give the column name, e.g. "date"')
        date_column = "date"
    options = {
        "date_column": date_column,
        "pattern": pattern,
        "date_property": date_property,
        "date_offset_days": offset,
        "on_invalid": on_invalid,
        "on_duplicate": on_duplicate,
    }
    return options, problems


def _actor_rule(table: Mapping[str, Any], file: str) -> tuple[ActorRule | None, list[Problem]]:
    """The ``[snapshots.actors]`` rule, its problems' fields under ``snapshots.``."""
    if "actors" not in table:
        return None, [
            Problem(
                file,
                None,
                "snapshots.actors",
                "no actor rule",
                'add [snapshots.actors] with by = "fill" and map = {...}',
            )
        ]
    try:
        return ActorRule.from_dict(table["actors"], file=file), []
    except InputError as exc:
        return None, [
            Problem(
                p.file,
                p.line,
                f"snapshots.{p.field}" if p.field else None,
                p.message,
                p.hint,
                p.severity,
            )
            for p in exc.problems
        ]


# --------------------------------------------------------------------------- a theatre folder
def load_snapshot_theatre(
    path: str | Path, *, on_invalid: OnInvalid | None = None
) -> SnapshotSeries:
    """Load a theatre folder whose ``theatre.toml`` has a ``[snapshots]`` table.

    The area of interest is the theatre's ``[aoi]`` (``countries`` through
    :func:`geomap.boundaries.country_outline`, or ``path``); the title is
    ``[theatre] title``.

    Parameters
    ----------
    path : str or Path
        The theatre folder.
    on_invalid : {"raise", "warn", "fix"}, optional
        Overrides ``snapshots.on_invalid``.
    """
    root = Path(path)
    toml = root / "theatre.toml"
    raw = read_toml(toml)
    table = raw.get("snapshots")
    if not isinstance(table, Mapping):
        raise InputError(
            Problem(
                str(toml),
                None,
                "snapshots",
                "no [snapshots] table",
                "add one; see geomap.snapshots for the keys",
            )
        )
    cfg = SnapshotConfig.from_mapping(table, base=root, file=str(toml))
    aoi = raw.get("aoi") if isinstance(raw.get("aoi"), Mapping) else {}
    aoi_geom = None
    if aoi.get("countries"):
        from ..boundaries import country_outline

        aoi_geom = country_outline(list(aoi["countries"]), file=str(toml))
    elif aoi.get("path"):
        aoi_geom = root / str(aoi["path"])
    theatre = raw.get("theatre") if isinstance(raw.get("theatre"), Mapping) else {}
    _keep_inside(root, str(toml), cfg, aoi, theatre)
    title = cfg.title or theatre.get("title") or theatre.get("name") or root.name
    overrides: dict[str, Any] = {"title": str(title)}
    if on_invalid is not None:
        overrides["on_invalid"] = on_invalid
    series = cfg.load(aoi=aoi_geom, **overrides)
    data = raw.get("data") if isinstance(raw.get("data"), Mapping) else {}
    if data.get("attribution"):
        series.assumptions["attribution"] = str(data["attribution"])
    if data.get("licence"):
        series.assumptions["licence"] = str(data["licence"])
    if data.get("licence") or data.get("attribution"):  # on every page, as a theatre's
        from ..boundaries import boundary_manifest

        man = boundary_manifest()
        series.credits = [
            credit("Data", data.get("licence"), data.get("attribution")),
            credit("Country outlines", man["licence"], man["attribution"]),
        ]
    return series
