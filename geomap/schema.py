"""Column orders of the tables geomap reads and writes: one home for each.

Readers take the ``(required, optional)`` pairs (``*_COLUMNS``); writers take
the documented order of the file they write (``*_CSV_ORDER``, ``LEDGER_COLUMNS``,
``DRAFT_COLUMNS``).  docs/architecture.md describes every column.

Examples
--------
>>> EVENTS_CSV_ORDER[:4]
('date', 'place', 'geometry', 'to_actor')
>>> DRAFT_COLUMNS[-1]
'pattern'
"""

from __future__ import annotations

__all__ = [
    "CONFIDENCE",
    "CONTESTED",
    "ACTOR_COLUMNS",
    "PLACE_COLUMNS",
    "CONTROL_COLUMNS",
    "EVENT_COLUMNS",
    "CLAIM_COLUMNS",
    "EVENTS_CSV_ORDER",
    "PLACES_CSV_ORDER",
    "PLACE_SUGGESTION_COLUMNS",
    "CLAIMS_TABLE_COLUMNS",
    "CLAIMS_COLUMNS",
    "EVENT_LEDGER_COLUMNS",
    "LEDGER_COLUMNS",
    "LEDGER_CONFIDENCE_COLUMNS",
    "DIFF_COLUMNS",
    "DIFF_TOTAL_COLUMNS",
    "DRAFT_EXTRA_COLUMNS",
    "CLAIMS_CSV_ORDER",
    "CLAIM_DRAFT_EXTRA_COLUMNS",
    "CLAIM_DRAFT_COLUMNS",
    "DRAFT_COLUMNS",
]

#: Actor id (and name) of the contested band (``[model] contested_band_km``) in ``control()``,
#: the ledger, exports and fronts: ground held by neither side.
CONTESTED = "contested"

# --------------------------------------------------------------------------- read: (required, optional)
#: ``actors.csv``: (required, optional) columns.
ACTOR_COLUMNS = (["id", "name", "color"], ["aliases", "refs", "note"])
#: ``places.csv``: (required, optional) columns.
PLACE_COLUMNS = (
    ["id", "name", "lat", "lon", "kind", "source"],
    ["alt_names", "admin1", "country", "geonames_id", "note", "cell_radius_km", "show"],
)
#: ``control.csv``: (required, optional) columns.
CONTROL_COLUMNS = (["as_of", "place", "actor"], ["source", "note"])
#: ``events.csv`` (and a drafts file's events part): (required, optional) columns.
EVENT_COLUMNS = (
    ["date", "to_actor", "source"],
    ["place", "geometry", "from_actor", "confidence", "claimed_area_km2", "source_url", "note"],
)
#: ``claims.csv``: (required, optional) columns.
CLAIM_COLUMNS = (
    ["id", "actor", "start", "end", "figure", "claimant", "source"],
    ["source_url", "note"],
)

# --------------------------------------------------------------------------- write: documented order
#: Column order of the events files geomap writes (drafts, imports): the documented order.
EVENTS_CSV_ORDER = (
    "date",
    "place",
    "geometry",
    "to_actor",
    "from_actor",
    "confidence",
    "claimed_area_km2",
    "source",
    "source_url",
    "note",
)
#: Column order of the places files geomap writes (imports).
PLACES_CSV_ORDER = (
    "id",
    "name",
    "alt_names",
    "lat",
    "lon",
    "kind",
    "admin1",
    "country",
    "geonames_id",
    "source",
    "note",
)
#: Columns of a place suggestions file (``geomap extract --out D.csv`` writes ``D.places.csv``):
#: the ``places.csv`` columns, then what the suggestion rests on; ``status`` is "suggested".
PLACE_SUGGESTION_COLUMNS = (*PLACES_CSV_ORDER, "population", "mention", "match", "status")
#: Columns of the loaded claims table (``TheatreInputs.claims``).
CLAIMS_TABLE_COLUMNS = (
    "id",
    "actor",
    "start",
    "end",
    "figure",
    "area_km2",
    "unit_note",
    "claimant",
    "source",
    "source_url",
    "note",
    "line",
)
#: Columns of ``Theatre.claims()`` (and of a snapshot series' empty ``claims()``).
CLAIMS_COLUMNS = (
    "id",
    "actor",
    "start",
    "end",
    "claimant",
    "figure",
    "claimed_km2",
    "unit_note",
    "computed_gained_km2",
    "computed_confirmed_km2",
    "computed_net_km2",
    "diff_km2",
    "diff_pct",
    "data_note",
    "source",
)
#: Columns of ``Theatre.event_ledger()`` (and of a snapshot series' empty one).
EVENT_LEDGER_COLUMNS = (
    "seq",
    "line",
    "date",
    "place",
    "place_name",
    "from_actor",
    "prev_actor",
    "to_actor",
    "confidence",
    "status",
    "reason",
    "area_km2",
    "claimed_area_km2",
    "source",
    "source_url",
    "note",
    "claim_diff_km2",
    "claim_diff_pct",
)
#: Confidence levels of an event (events.csv ``confidence``), surest first.
CONFIDENCE = ("confirmed", "claimed", "disputed")
#: Columns of a ledger (``Theatre.ledger``, ``geomap gains --format csv``).
LEDGER_COLUMNS = [
    "period_start",
    "period_end",
    "actor",
    "actor_name",
    "gained_km2",
    "lost_km2",
    "net_km2",
    "held_km2",
    "places_changed",
    "places_gained",
    "places_lost",
    # the gain split by the confidence of the event that moved the ground (NaN without events)
    "gained_confirmed_km2",
    "gained_claimed_km2",
    "gained_disputed_km2",
]
#: The ledger's gain split by event confidence (NaN for a snapshot series, which has no events).
LEDGER_CONFIDENCE_COLUMNS = LEDGER_COLUMNS[-3:]
#: Columns of a diff (``Theatre.diff``, ``geomap diff --format csv`` without geometry).
DIFF_COLUMNS = ["from_actor", "to_actor", "place", "place_name", "geometry", "area_km2"]
#: Per-holder totals of a diff (``.attrs["totals"]``, ``geomap diff --format json``).
DIFF_TOTAL_COLUMNS = [
    "actor",
    "actor_name",
    "held_start_km2",
    "gained_km2",
    "lost_km2",
    "net_km2",
    "held_end_km2",
    "gross_gained_km2",
    "gross_lost_km2",
]
#: Column order of the claims files geomap writes (``claims.csv``; claim drafts start so).
CLAIMS_CSV_ORDER = (
    "id",
    "actor",
    "start",
    "end",
    "figure",
    "claimant",
    "source",
    "source_url",
    "note",
)
#: Columns a claim drafts file (``<drafts>.claims.csv``) adds to the claims columns.
CLAIM_DRAFT_EXTRA_COLUMNS = ["value_km2", "unit", "unit_note", "evidence", "char_span", "status"]
#: Every column of a claim drafts file, in order.
CLAIM_DRAFT_COLUMNS = [*CLAIMS_CSV_ORDER, *CLAIM_DRAFT_EXTRA_COLUMNS]
#: Columns a drafts file adds to the events columns.
DRAFT_EXTRA_COLUMNS = [
    "evidence",
    "char_span",
    "extraction_confidence",
    "support",
    "status",
    "pattern",
]
#: Every column of a drafts file, in order: the events columns, then the draft columns.
DRAFT_COLUMNS = [*EVENTS_CSV_ORDER, *DRAFT_EXTRA_COLUMNS]
