"""A drafted change: what it says and why."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Draft:
    """One drafted change of one place, with what it rests on (``reasons``, ``penalty``)."""

    place: str
    place_known: bool
    to_actor: str
    from_actor: str
    date: dt.date | None
    date_lo: dt.date | None
    date_text: str
    date_rank: int  # 3 explicit, 2 relative to another event, 1 report date, 0 publication date
    confidence: str
    pattern: str
    verb: str
    evidence: str
    span: tuple[int, int]
    reasons: list[str]
    penalty: float
    claimed_km2: float | None = None
    also: list[str] = field(default_factory=list)
    said_by: str = ""  # who the text attributes the statement to ("" = the reporter's voice)
    source: str = ""  # the side or body said_by stands for (see Extractor.source_key)
    kind: str | None = None
    order: int = 0
    gainer_how: str = ""  # how the gainer was read (an ActorMention's ``how``)
    party: frozenset[str] = frozenset()  # the sides ``source`` may speak for (Extractor.party_of)
