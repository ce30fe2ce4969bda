"""From a news report to draft events (``geomap extract``).

A wire report says "Syrian government forces seized the phosphate mines near
Khneifes from the Islamic State group on Friday".  :func:`extract` turns such
statements into *draft* rows in the theatre's ``events.csv`` format, each with
the sentence it comes from (``evidence``), where it is (``char_span``), which
rule fired (``pattern``), how sure the rules are (``extraction_confidence``)
and ``status=draft``.  Nothing is applied: drafts are validated like any
events file and merged into a theatre only by :func:`merge_drafts`, which
refuses duplicates.

Everything is rule-based, offline and explainable:

* **Places** are resolved with the theatre's own :class:`~geomap.names.NameIndex`
  (transliteration variants, Arabic article prefixes, Arabic script), so
  "Deir el-Zour", "Dair al-Zor" and "دير الزور" are one place.  "the oil field
  near Omar" is read as the gazetteer's oil field whose name holds "Omar".
  A capitalised name that matches no entry is listed in
  :attr:`Extraction.unknown_places` (and a change to it is still drafted,
  with the name as written), never dropped.
* **Control changes** are found by the patterns in :data:`PATTERNS`; the
  gaining and losing actors are resolved through the theatre's actor aliases,
  pronouns ("They also took ...") through the preceding subject, and generic
  words ("the rebels") through a more specific earlier mention ("Turkish-backed
  rebel factions").  A subject the theatre does not know ("U.S.-backed
  fighters") is read as the actor named at the start of the next sentence,
  with a note.  "X, which IS fighters had captured" drafts X.  Attempts,
  denials, infinitives and modals ("failed to take", "denied reports that X
  had fallen") are not changes.
* **Dates** are read relative to the publication date (given, or the
  dateline): "on Sunday", "late Tuesday", "on March 3", "last week",
  "earlier this month", "last August", "in 2014", "three months ago", "over
  ten days"; or relative to a change drafted just before: "a day after",
  "less than three months after", "two days later".  A range is drafted as
  its last day and the range is said in the note.  A background change in
  the pluperfect ("had captured") with no date of its own is drafted with an
  empty date, never with the publication date.
* **Claims** of area ("took control of 2,000 kilometers (1,900 miles) of
  desert", "roughly the size of Luxembourg") are read with
  :mod:`geomap.units`, with their claimant and unit notes.

Examples
--------
>>> from geomap.extract import parse_dateline
>>> parse_dateline("DAMASCUS, Syria (AP) — May 27, 2017")
datetime.date(2017, 5, 27)
>>> parse_dateline("Saturday 27 May 2017")
datetime.date(2017, 5, 27)
"""

from ..drafts import (
    DRAFT_COLUMNS,
    EVENT_COLUMNS,
    EXTRA_COLUMNS,  # noqa: F401  (importable from here, as before)
    MergeResult,
    check_drafts,
    merge_drafts,
)
from .article import DEFAULT_MAX_BYTES, Article, read_article
from .dates import DateMention, find_dates
from .extractor import Extraction, extract
from .patterns import PATTERNS
from .text import parse_dateline

__all__ = [
    "Article",
    "Extraction",
    "DateMention",
    "MergeResult",
    "PATTERNS",
    "DRAFT_COLUMNS",
    "EVENT_COLUMNS",
    "DEFAULT_MAX_BYTES",
    "extract",
    "read_article",
    "parse_dateline",
    "find_dates",
    "check_drafts",
    "merge_drafts",
]
