"""Actor rules: which snapshot features belong to which actor.

A rule is a small mapping (a Python dict or a TOML table); the keys are
documented in ``docs/snapshots.md`` ("Actor rules").  :meth:`ActorRule.from_dict`
validates it and lists every problem at once.

Examples
--------
>>> rule = ActorRule.from_dict({"by": "fill", "map": {"#A52714": "occupied"}})
>>> rule.map
{'#a52714': 'occupied'}
>>> rule.assign(["#a52714", "#ffffff"])[0].tolist()
['occupied', '']
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from ..errors import InputError, Problem

__all__ = ["ActorRule", "RULE_KEYS", "normalize_fill", "normalize_text"]

_ACTOR_ID = re.compile(r"^[A-Za-z0-9_]+$")
_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_PALETTE = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"]
_KINDS = ("fill", "name-key", "property", "constant")
#: The keys of an actor rule.
RULE_KEYS = frozenset(
    {
        "by",
        "map",
        "match",
        "property",
        "separator",
        "part",
        "name_property",
        "actor",
        "names",
        "colors",
    }
)


def normalize_text(value: Any) -> str:
    """Normalised comparison key of a property value.

    Unicode NFKC (non-breaking spaces become spaces), white space collapsed
    and stripped (line breaks included), case folded.

    Examples
    --------
    >>> normalize_text("Occupied\\u00a0Crimea\\n")
    'occupied crimea'
    """
    if value is None:
        return ""
    if isinstance(value, float) and np.isnan(value):
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.split()).casefold()


def normalize_fill(value: Any) -> str:
    """A colour as ``#rrggbb`` in lower case ("" when it is not a hex colour).

    Examples
    --------
    >>> normalize_fill(" #A52 ")
    '#aa5522'
    """
    text = normalize_text(value)
    m = _HEX.match(text)
    if not m:
        return text
    digits = m[1]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits


def _rule_problem(file: str, key: str, message: str, hint: str) -> Problem:
    return Problem(file, None, f"actors.{key}" if key else "actors", message, hint)


@dataclass(frozen=True)
class ActorRule:
    """How feature properties map to actors; see ``docs/snapshots.md``.

    Build it with :meth:`from_dict`, which validates every key and raises
    one :class:`~geomap.errors.InputError` listing every problem.
    """

    by: Literal["fill", "name-key", "property", "constant"]
    map: dict[str, str]
    match: Literal["exact", "prefix"] = "exact"
    prop: str = "fill"
    separator: str = "///"
    part: int = -1
    actor: str = ""
    names: dict[str, str] = field(default_factory=dict)
    colors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, spec: Mapping[str, Any], *, file: str = "<actor rule>") -> ActorRule:
        """Validate a rule mapping (a dict or a TOML table).

        Parameters
        ----------
        spec : mapping
            Keys as in ``docs/snapshots.md`` ("Actor rules").
        file : str
            Where the rule came from, for messages.

        Raises
        ------
        InputError
            Unknown keys (with the nearest known one), a wrong ``by``, an empty
            or malformed ``map``, invalid actor ids or colours.
        """
        if isinstance(spec, ActorRule):
            return spec
        if not isinstance(spec, Mapping):
            raise InputError(
                _rule_problem(
                    file,
                    "",
                    f"the actor rule must be a table, not {type(spec).__name__}",
                    'write e.g. {by = "fill", map = {"#a52714" = "occupied"}}',
                )
            )
        problems = _unknown_keys(spec, file)
        options, found = _options(spec, file)
        problems += found
        by = options["by"]
        actor, mapping, actors_seen, found = _actor_map(spec, by, file)
        problems += found
        names, colors, found = _display_tables(spec, actors_seen, file)
        problems += found
        if problems:
            raise InputError(problems)
        if by == "fill":
            for key, target in mapping.items():
                colors.setdefault(target, key)
        for i, ident in enumerate(actors_seen):
            colors.setdefault(ident, _PALETTE[i % len(_PALETTE)])
        return cls(
            map=mapping,
            actor=actor,
            names=names,
            colors={a: colors[a] for a in actors_seen},
            **options,
        )

    @property
    def actor_ids(self) -> list[str]:
        """Actor ids in legend order (order of first appearance in the rule)."""
        return list(self.colors)

    @property
    def columns(self) -> list[str]:
        """The feature properties this rule reads."""
        return [self.prop] if self.by != "constant" else []

    def describe(self) -> str:
        """One line for reports, e.g. ``fill: #a52714 → occupied``."""
        if self.by == "constant":
            return f"every areal feature → {self.actor}"
        how = {"fill": "fill", "property": f"property {self.prop!r}"}.get(
            self.by, f"name-key (part {self.part} of {self.prop!r} split on {self.separator!r})"
        )
        pairs = ", ".join(f"{k} → {v}" for k, v in self.map.items())
        return f"{how}{' (prefix)' if self.match == 'prefix' else ''}: {pairs}"

    def key_of(self, value: Any) -> str:
        """The normalised key of one property value."""
        if self.by == "fill":
            return normalize_fill(value)
        if self.by == "name-key":
            if value is None or (isinstance(value, float) and np.isnan(value)):
                return ""
            parts = unicodedata.normalize("NFKC", str(value)).split(self.separator)
            try:
                return normalize_text(parts[self.part])
            except IndexError:
                return ""
        return normalize_text(value)

    def actor_of_key(self, key: str) -> str:
        """The actor of a normalised key ("" = unmatched)."""
        if self.by == "constant":
            return self.actor
        if self.match == "exact":
            return self.map.get(key, "")
        best = ""
        best_len = -1
        for k, actor in self.map.items():
            if key.startswith(k) and len(k) > best_len:
                best, best_len = actor, len(k)
        return best

    def assign(self, values: Iterable[Any]) -> tuple[np.ndarray, np.ndarray]:
        """``(actors, keys)`` arrays for property values ("" actor = unmatched)."""
        values = list(values)
        if self.by == "constant":
            n = len(values)
            return np.full(n, self.actor, dtype=object), np.full(n, "", dtype=object)
        cache: dict[Any, tuple[str, str]] = {}
        actors = np.empty(len(values), dtype=object)
        keys = np.empty(len(values), dtype=object)
        for i, value in enumerate(values):
            hashable = value if isinstance(value, str | int | float | type(None)) else str(value)
            if hashable not in cache:
                key = self.key_of(value)
                cache[hashable] = (self.actor_of_key(key), key)
            actors[i], keys[i] = cache[hashable]
        return actors, keys


# ------------------------------------------------------------------ validating a rule, step by step
def _unknown_keys(spec: Mapping[str, Any], file: str) -> list[Problem]:
    """Keys that are not rule keys, each with the nearest known one."""
    problems = []
    for key in spec:
        if key not in RULE_KEYS:
            close = difflib.get_close_matches(str(key), sorted(RULE_KEYS), n=1)
            hint = (
                f"did you mean {close[0]!r}?"
                if close
                else f"known keys: {', '.join(sorted(RULE_KEYS))}"
            )
            problems.append(_rule_problem(file, str(key), "unknown key", hint))
    return problems


def _options(spec: Mapping[str, Any], file: str) -> tuple[dict[str, Any], list[Problem]]:
    """``by``, ``match``, the property read, ``separator`` and ``part``."""
    problems = []
    by = spec.get("by")
    if by not in _KINDS:
        problems.append(
            _rule_problem(
                file, "by", f"{by!r} is not a rule kind", f"choose one of {', '.join(_KINDS)}"
            )
        )
    match = spec.get("match", "exact")
    if match not in ("exact", "prefix"):
        problems.append(_rule_problem(file, "match", f"{match!r}", 'choose "exact" or "prefix"'))
    prop = spec.get("property", "fill" if by == "fill" else "")
    if by == "name-key":
        prop = spec.get("name_property", "name")
    if by in ("property", "name-key") and (not isinstance(prop, str) or not prop.strip()):
        key = "property" if by == "property" else "name_property"
        problems.append(
            _rule_problem(file, key, "missing property name", 'e.g. property = "status"')
        )
    separator = spec.get("separator", "///")
    if not isinstance(separator, str) or not separator:
        problems.append(
            _rule_problem(file, "separator", f"{separator!r}", 'e.g. separator = "///"')
        )
    part = spec.get("part", -1)
    if isinstance(part, bool) or not isinstance(part, int):
        problems.append(
            _rule_problem(file, "part", f"{part!r} is not an integer", "e.g. part = -1 (the last)")
        )
        part = -1
    options = {
        "by": by,
        "match": match,
        "prop": str(prop).strip() if by != "constant" else "",
        "separator": separator,
        "part": part,
    }
    return options, problems


def _actor_map(
    spec: Mapping[str, Any], by: Any, file: str
) -> tuple[str, dict[str, str], list[str], list[Problem]]:
    """``(constant actor, normalised map, actors in order, problems)``."""
    problems: list[Problem] = []
    actors_seen: list[str] = []
    raw_map = spec.get("map", {} if by == "constant" else None)
    actor = ""
    if by == "constant":
        actor = str(spec.get("actor", "")).strip()
        if not _ACTOR_ID.match(actor):
            problems.append(
                _rule_problem(
                    file, "actor", f"{actor!r} is not an actor id", 'e.g. actor = "occupied"'
                )
            )
        else:
            actors_seen.append(actor)
        if raw_map:
            problems.append(
                _rule_problem(file, "map", "a constant rule takes no map", "remove map")
            )
        return actor, {}, actors_seen, problems
    if not isinstance(raw_map, Mapping) or not raw_map:
        problems.append(
            _rule_problem(
                file,
                "map",
                "missing or empty" if not raw_map else f"{raw_map!r} is not a table",
                'give map = {"<value>" = "<actor id>", ...}',
            )
        )
        return actor, {}, actors_seen, problems
    mapping: dict[str, str] = {}
    for key, value in raw_map.items():
        problem = _map_entry_problem(key, value, by, mapping, file)
        if problem is not None:
            problems.append(problem)
            continue
        target = value.strip()
        mapping[_norm_key(key, by)] = target
        if target not in actors_seen:
            actors_seen.append(target)
    return actor, mapping, actors_seen, problems


def _norm_key(key: Any, by: Any) -> str:
    return normalize_fill(key) if by == "fill" else normalize_text(key)


def _map_entry_problem(
    key: Any, value: Any, by: Any, mapping: dict[str, str], file: str
) -> Problem | None:
    """What is wrong with one ``map`` entry (None: nothing)."""
    norm = _norm_key(key, by)
    target = str(value).strip() if isinstance(value, str) else value
    if by == "fill" and not _HEX.match(normalize_text(key)):
        return _rule_problem(
            file, f"map.{key}", f"{key!r} is not a hex colour", "write #rrggbb, e.g. #a52714"
        )
    if not norm:
        return _rule_problem(file, "map", "an empty key", "give the property value to match")
    if not isinstance(target, str) or not _ACTOR_ID.match(target):
        return _rule_problem(
            file,
            f"map.{key}",
            f"{value!r} is not an actor id",
            "use letters, digits and _ only, e.g. occupied",
        )
    if norm in mapping and mapping[norm] != target:
        return _rule_problem(
            file,
            f"map.{key}",
            f"{key!r} is mapped twice once normalised ({mapping[norm]!r} and {target!r})",
            "keep one",
        )
    return None


def _display_tables(
    spec: Mapping[str, Any], actors_seen: list[str], file: str
) -> tuple[dict[str, str], dict[str, str], list[Problem]]:
    """The ``names`` and ``colors`` tables, checked against the rule's actors."""
    problems: list[Problem] = []
    clean_names: dict[str, str] = {}
    clean_colors: dict[str, str] = {}
    for key, out in (("names", clean_names), ("colors", clean_colors)):
        table = spec.get(key, {})
        if not isinstance(table, Mapping):
            problems.append(
                _rule_problem(
                    file, key, f"{table!r} is not a table", f"e.g. {key} = {{occupied = ...}}"
                )
            )
            continue
        for ident, value in table.items():
            if ident not in actors_seen:
                close = difflib.get_close_matches(str(ident), actors_seen, n=1)
                hint = (
                    f"did you mean {close[0]!r}?"
                    if close
                    else f"actors of this rule: {', '.join(actors_seen)}"
                )
                problems.append(
                    _rule_problem(file, f"{key}.{ident}", "not an actor of this rule", hint)
                )
                continue
            if key == "colors" and not (
                isinstance(value, str)
                and _HEX.match(value.strip())
                and value.strip().startswith("#")
            ):
                problems.append(
                    _rule_problem(
                        file, f"colors.{ident}", f"{value!r} is not a hex colour", "write #rrggbb"
                    )
                )
                continue
            out[ident] = normalize_fill(value) if key == "colors" else str(value)
    return clean_names, clean_colors, problems
