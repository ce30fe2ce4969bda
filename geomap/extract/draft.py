"""A drafted change: what it says and why."""

from __future__ import annotations

import datetime as dt
import re
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
    fits: tuple[str, ...] = ()  # the sides an unresolved gainer's word fits ("the rebels")
    # a place the gazetteer holds under that name more than once ("ambiguous"), not lacks
    place_ambiguous: bool = False


def place_to_add(name: str, how: str = "unknown") -> str:
    """The reason a draft at a place the gazetteer lacks (``how`` "unknown") or holds twice
    ("ambiguous") starts with: "unknown place 'X': add it to places.csv"; what GeoNames
    found is put in front of ": add it" once it is known (:mod:`geomap.extract`)."""
    return f"{how} place {name!r}: add it to places.csv"


#: A verb of retaking, as a draft's ``verb`` starts: "re-took", "regained", "won back"
RECAPTURE = re.compile(r"(?i)re[a-z]*\b|regain|won\s+back|took\s+back|wins\s+back")


def source_label(key: str, said: str) -> str:
    """How a rule name says which source it counted: the actor of "actor:GOV", else the
    reporting body ("the monitor", "residents"), else the words as written."""
    return key.removeprefix("actor:") if key else repr(" ".join(said.split()))


#: How firmly a draft's gainer rests on the text, by how it was read: a side named by its
#: name or a ref (3), by a role word, its modifiers or "our forces" (2), by a pronoun or a
#: generic word read as an earlier mention (1), from the context, the next sentence or the
#: statement's author by default (0).
GAINER_STRENGTH = {
    "alias": 3,
    "ref": 3,
    "role-word": 2,
    "modifier": 2,
    "author": 2,
    "speaker": 2,
    # the claimant named in a claim that a side left ("the claims of London radio that our
    # army has abandoned X"): as firm as a side named by its voice
    "claimant": 2,
    "generic": 1,
    "pronoun": 1,
}
