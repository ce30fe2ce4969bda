"""The unknown places table: the names an article gives that the gazetteer does not settle."""

from __future__ import annotations

import pandas as pd

from ..names import normalize
from .gazetteer import Gazetteer, PlaceMention
from .text import Sentence


def summarise_unknown(
    rows: list[tuple[PlaceMention, Sentence, bool]], gaz: Gazetteer
) -> pd.DataFrame:
    """The unknown places table: one row per name, with its first sentence and a count."""
    seen: dict[str, dict] = {}
    for p, sent, in_change in rows:
        key = normalize(p.text)
        if not key:
            continue
        if key in seen:
            seen[key]["count"] += 1
            seen[key]["in_change"] |= in_change
            continue
        cands = p.candidates or gaz.place_index.nearest(p.text)
        seen[key] = {
            "mention": p.text,
            "sentence": " ".join(sent.text.split()),
            "char_span": f"{p.start}:{p.end}",
            "candidates": "; ".join(f"{lab} ({i})" for i, lab in cands),
            "reason": p.how if p.how in ("unknown", "ambiguous") else "unknown",
            "in_change": in_change,
            "count": 1,
        }
    return pd.DataFrame(
        list(seen.values()),
        columns=["mention", "sentence", "char_span", "candidates", "reason", "in_change", "count"],
    )
