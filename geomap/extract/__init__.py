"""From a news report to draft events (``geomap extract``).

A wire report says "Syrian government forces seized the phosphate mines near
Khneifes from the Islamic State group on Friday".  :func:`extract` turns such
statements into *draft* rows in the theatre's ``events.csv`` format, each with
the sentence it comes from (``evidence``), where it is (``char_span``), which
rule fired (``pattern``), how sure the rules are (``extraction_confidence``)
and ``status=draft``.  Nothing is applied: drafts are validated like any
events file and merged into a theatre only by :func:`merge_drafts`, which
takes only rows a reviewer set to ``reviewed``/``accepted`` and refuses
duplicates.  Area claims become draft rows for ``claims.csv``
(:attr:`Extraction.claim_drafts`).  ``confidence`` follows attribution
(reporter's voice: confirmed; one party or monitor: claimed; two independent
sources: confirmed; a denial: disputed), the rule named in the note.

Every row the rules find is triaged (:func:`~geomap.extract.reconcile.lead_reasons`): a
*draft* the tool stands behind (a gaining side named, read from a role word, the statement's
author or a pronoun resolved nearby, and a date the text gives or counts from another change
it dates, at a place that is not ambiguous: one the gazetteer lacks is drafted by its name, the
note saying to add it), or a *lead*
(:attr:`Extraction.leads`, written beside the drafts, never merged) with the reason it is only
a lead.  :attr:`Extraction.rows` is both, in the order of the text.

Everything is rule-based, offline and explainable:

* **Places** are resolved with the theatre's own :class:`~geomap.names.NameIndex`
  (transliteration variants, Arabic article prefixes, Arabic script), so
  "Deir el-Zour", "Dair al-Zor" and "دير الزور" are one place.  "the oil field
  near Omar" is read as the gazetteer's oil field whose name holds "Omar".
  A capitalised name that matches no entry is listed in
  :attr:`Extraction.unknown_places` (and a change to it is still found: a
  lead with the name as written, or a draft naming the GeoNames place when
  exactly one place of the theatre's area has the name, its row in
  :attr:`Extraction.places`), never dropped.
* **Control changes** are found by the patterns in :data:`PATTERNS`; the
  gaining and losing actors are resolved through the theatre's actor aliases,
  pronouns ("They also took ...") through the preceding subject, and generic
  words ("the rebels") through a more specific earlier mention ("Turkish-backed
  rebel factions").  A subject the theatre does not know ("U.S.-backed
  fighters") is read as the actor named at the start of the next sentence,
  with a note.  "X, which IS fighters had captured" drafts X.  Attempts,
  denials, infinitives and modals ("failed to take", "denied reports that X
  had fallen") are not changes.  Generic role words ("the military",
  "paramilitaries") and force phrases named by a modifier ("Iraqi special
  forces") name the one actor of the theatre that fits (:mod:`.actors`);
  in a statement or a monitor's own report "our forces" is its author, and
  every change is the author's claim.  A ``from_actor`` the text does not
  give is inferred from the theatre's holder of the place (said in the note).
* **Dates** are read relative to the publication date (given, or the
  dateline): "on Sunday", "late Tuesday", "on March 3", "last week",
  "earlier this month", "last August", "in 2014", "three months ago", "over
  ten days"; or relative to a change drafted just before: "a day after",
  "less than three months after", "two days later"; or counted from the day
  another clause gives ("entered X two days after the army left it on 26
  March"; "some days after" is a range).  A range is drafted as
  its last day and the range is said in the note.  A background change in
  the pluperfect ("had captured") with no date of its own is drafted with an
  empty date, never with the publication date.
* **Claims** of area ("took control of 2,000 kilometers (1,900 miles) of
  desert", "roughly the size of Luxembourg") are read with
  :mod:`geomap.units`, with their claimant and unit notes; a region the
  article sizes itself ("Chechnya, a republic of some 15,600 square
  kilometres") is the unit of its own comparisons ("80 per cent of Chechnya").

Examples
--------
>>> from geomap.extract import parse_dateline
>>> parse_dateline("DAMASCUS, Syria (AP) — May 27, 2017")
datetime.date(2017, 5, 27)
>>> parse_dateline("Saturday 27 May 2017")
datetime.date(2017, 5, 27)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..drafts import (
    DRAFT_COLUMNS,
    EVENT_COLUMNS,
    EXTRA_COLUMNS,  # noqa: F401  (importable from here, as before)
    MergeResult,
    check_drafts,
    merge_drafts,
    write_claim_drafts,
    write_drafts,
    write_leads,
)
from ..errors import InputError, Problem
from ..names import normalize
from ..schema import CLAIM_DRAFT_COLUMNS, PLACE_SUGGESTION_COLUMNS
from .actors import document_author, letterhead, signature_date
from .article import DEFAULT_MAX_BYTES, Article, iso_day, read_article
from .claims import CLAIM_COLUMNS
from .dates import DateMention, find_dates
from .draft import Draft, place_to_add
from .extractor import Extractor
from .gazetteer import settle_places
from .patterns import PATTERNS
from .reconcile import changes_told, lead_reasons, merge_statements, support
from .text import Layout, parse_dateline, read_layout, split_sentences
from .unknown import summarise_unknown

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


@dataclass
class Extraction:
    """What :func:`extract` found in one article.

    Attributes
    ----------
    drafts : pandas.DataFrame
        One row per drafted control change, columns :data:`DRAFT_COLUMNS`
        (the ``events.csv`` columns, then ``evidence``, ``char_span``
        ``"start:end"``, ``extraction_confidence`` 0..1, ``status`` "draft",
        ``pattern`` (a key of :data:`PATTERNS`)).  ``place`` is a gazetteer id,
        a GeoNames place's id (a row of :attr:`places`), or in a lead the name as
        written when the place is unknown (see the note).
    unknown_places : pandas.DataFrame
        Capitalised place names that match no gazetteer entry (or several):
        ``mention``, ``sentence``, ``char_span``, ``candidates`` (nearest
        entries), ``reason`` (unknown/ambiguous), ``in_change`` (True when a
        draft needs it), ``count``.
    claims : pandas.DataFrame
        Area figures: ``figure`` (as written), ``value_km2``, ``unit`` (as
        written), ``unit_kind``, ``unit_corrected``, ``qualifier``, ``bound``,
        ``conversion`` (status of a bracketed conversion: ok,
        converted-as-length, length-unit-for-area, wrong; "" when none),
        ``conversion_expected``, ``reference``, ``claimant``, ``notes``,
        ``evidence``, ``char_span``.
    mentions : pandas.DataFrame
        Every resolved place mention: ``mention``, ``place``, ``how``, ``char_span``.
    published : datetime.date or None
        The date relative words were read against.
    title : str or None
        The headline (not searched for changes: it repeats the body).
    warnings : list of str
        Things the user should know (e.g. no publication date).
    leads : pandas.DataFrame
        The rows the rules found but the tool does not stand behind (columns
        :data:`DRAFT_COLUMNS`, ``status`` "lead", then ``lead``: why, also said at the
        start of the ``note``): an ambiguous place, a gaining side read from the context (or
        none), a date borrowed from the publication day, missing, or after the publication
        day (:func:`~geomap.extract.reconcile.lead_reasons`).
        Written beside the drafts (:func:`geomap.drafts.leads_sibling`), never merged:
        a reviewer completes a lead and moves it into the drafts file.
    claim_drafts : pandas.DataFrame
        Each area claim as a draft row for the theatre's ``claims.csv``
        (:data:`~geomap.schema.CLAIM_DRAFT_COLUMNS`: ``id``, ``actor`` (the side
        said to have gained), ``start``/``end`` (the period: the change's date in
        the same sentence, else ``end`` = publication date and ``start`` left for
        the reviewer), ``figure`` as written, ``claimant``, ``source``,
        ``source_url``, ``note``; then ``value_km2``, ``unit``, ``unit_note``,
        ``evidence`` (the quote), ``char_span``, ``status`` "draft").  Written
        beside the drafts (:func:`geomap.drafts.claims_sibling`) and merged into
        ``claims.csv`` by :func:`merge_drafts`.
    """

    drafts: pd.DataFrame
    unknown_places: pd.DataFrame
    claims: pd.DataFrame
    mentions: pd.DataFrame
    published: dt.date | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)
    claim_drafts: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=CLAIM_DRAFT_COLUMNS)
    )
    leads: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=[*DRAFT_COLUMNS, "lead"])
    )
    places: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=list(PLACE_SUGGESTION_COLUMNS))
    )

    @property
    def rows(self) -> pd.DataFrame:
        """Every row the rules found, drafts and leads, in the order of the text."""
        both = [t for t in (self.drafts, self.leads) if len(t)]
        if not both:
            return self.drafts.copy()
        out = pd.concat(both, ignore_index=True)[DRAFT_COLUMNS]
        start = out["char_span"].str.split(":").str[0].astype(int)
        return out.iloc[start.argsort(kind="stable")].reset_index(drop=True)

    def to_csv(self, path: str | Path | None = None) -> str | None:
        """Write the drafts (events.csv columns, then the draft columns).

        Parameters
        ----------
        path : str or Path, optional
            The file to write; with None the CSV text is returned instead.

        Returns
        -------
        str or None
            The CSV text when ``path`` is None (see :func:`geomap.drafts.write_drafts`).
        """
        return write_drafts(self.drafts, path)

    def leads_to_csv(self, path: str | Path | None = None) -> str | None:
        """Write the leads (the drafts' columns, ``status`` "lead"; see :attr:`leads`)."""
        return write_leads(self.leads, path)

    def claims_to_csv(self, path: str | Path | None = None) -> str | None:
        """Write the claim drafts (``claims.csv`` columns, then the draft columns)."""
        return write_claim_drafts(self.claim_drafts, path)


def _load_theatre(theatre):
    if isinstance(theatre, str | Path):
        from ..inputs import load_inputs

        return load_inputs(theatre)
    for attr in ("place_index", "actor_index", "places", "actors"):
        if not hasattr(theatre, attr):
            raise TypeError(
                f"theatre must be a theatre folder or an object with .{attr} (e.g. "
                f"geomap.inputs.load_inputs(path)), not {type(theatre).__name__}"
            )
    return theatre


def extract(
    text: str,
    theatre,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    source_url: str | None = None,
    geonames: bool = True,
) -> Extraction:
    """Draft control-change events, unknown places and area claims from an article.

    Parameters
    ----------
    text : str
        The article as plain text (see :func:`read_article` for files).  A
        headline (a first line without a full stop) is not searched for
        changes; a dateline ("BEIRUT, May 27, 2017 (Wire) —") gives the
        publication date when ``published`` is not given.
    theatre : TheatreInputs, path, or any object with ``.place_index``,
        ``.actor_index``, ``.places`` (id, name, alt_names, kind) and
        ``.actors`` (id, name, aliases).  A path is loaded with
        :func:`geomap.inputs.load_inputs`.
    published : datetime.date or ISO string, optional
        The publication date relative dates count from.
    source : str, optional
        The ``source`` column of the drafts (default: the headline, else "news report").
    source_url : str, optional
        The ``source_url`` column (an http(s) address), if known.
    geonames : bool, default True
        Look up the places the gazetteer lacks in the offline GeoNames gazetteer
        (when installed): a change at a place whose name exactly one GeoNames place of
        the theatre's area has is drafted with that place's id, its ``places.csv`` row
        in :attr:`Extraction.places` (status "draft"); otherwise it stays a lead, the
        reason saying what GeoNames found.  False: every such change is a lead.

    Returns
    -------
    Extraction

    Examples
    --------
    >>> ex = extract("BEIRUT, May 27, 2017 (Wire) — Government troops seized Arak on Friday.",
    ...              "tests/extract/data/theatre")  # doctest: +SKIP
    >>> ex.drafts[["date", "place", "to_actor", "pattern"]].values.tolist()  # doctest: +SKIP
    [['2017-05-26', 'arak', 'GOV', 'capture']]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    theatre = _load_theatre(theatre)
    layout = read_layout(text)
    published, warnings = _publication_date(published, layout)
    ex = Extractor(text, theatre, published)
    head = layout.title_span[0] if layout.title_span else layout.body_start
    lines = [ln.strip() for ln in text[head:].splitlines() if ln.strip()]
    if layout.letterhead and layout.letterhead.strip() not in lines[:1]:
        # "COMMUNIQUE OF THE ... GENERAL COMMAND OF THE EZLN" over the body: the statement's
        # header is its letterhead (spent set 24)
        lines.insert(0, layout.letterhead.strip())
    # "AMHARA FANO - SOUTH GONDAR COMMAND": a side's name read as a dateline is its letterhead
    wire = (
        bool(layout.dateline)
        and not letterhead(layout.dateline)
        and not any(a.actor for a in ex.actors_in(layout.dateline))
    )
    if wire:
        ex.dateline_place = _dateline_place(ex, layout.dateline)
    # a header's "Statement issued in Baghdad": the side the seat names, not the place
    ex.author = document_author(lines, wire, lambda ln: ex.actors_in(ln, seats_as_places=False))
    head_line = layout.letterhead or (layout.dateline if not wire else None)
    if ex.author is not None and not ex.author.actor and head_line:
        named = {a.actor for a in ex.actors_in(head_line) if a.actor}
        if len(named) == 1:  # the side named in the letterhead (or read as a dateline)
            ex.author.actor = named.pop()
    if ex.author is not None and not ex.author.actor:
        # "Ministry of Defence of the Russian Federation": the side its modifier names
        # (not "the army" of another body's name: "Press service of the Defence Army")
        key = ex.source_key(ex.author.name, generic=False)
        ex.author.actor = key.removeprefix("actor:") if key.startswith("actor:") else ""
    if ex.author is not None and ex.author.kind == "statement" and not ex.author.actor:
        # "Office of the Prime Minister" (a letterhead, above the title or under it)
        top = [ln.strip() for ln in text[:head].splitlines() if ln.strip()][-3:]
        home = tuple(n for ref in ex.home for n in (ref.name, *ref.aliases))
        header = "\n".join(top + lines[:3])
        # else a land whose adjective names a side ("REPUBLIC OF SOUTH OSSETIA")
        letterhead_lines = "\n".join(top + lines[:2])
        ex.author.actor = (
            ex.refs.government(header, home)
            or ex.refs.of_region(letterhead_lines)
            # "FROM THE SOVIET INFORMATION BUREAU": the side a body's modifier names
            or ex.refs.of_body(letterhead_lines)
        )
    if ex.published is None and ex.author is not None:
        # a statement dated in its signature ("Baghdad, 20 October 2016")
        signed = signature_date(lines)
        if signed is not None:
            ex.published = published = signed
            warnings[:] = [w for w in warnings if not w.startswith("no publication date")]
            warnings.append(f"publication date {signed} from the statement's signature line")
    foreign = not_english(text[layout.body_start :])
    if foreign:
        warnings.append(foreign)
    ex.run([] if foreign else split_sentences(text, layout.body_start, len(text)))
    src = source or layout.title or "news report"
    drafts = merge_statements(ex.drafts)
    ex.settle_confidence(drafts)
    ex.infer_losers(drafts)
    drafts = changes_told(drafts)
    places, reasons = _settle_places(drafts, ex, theatre) if geonames else (None, None)
    table = _drafts_table(drafts, src, source_url)
    reasons = reasons or ["; ".join(lead_reasons(d, ex.published)) for d in drafts]
    is_lead = pd.Series([bool(r) for r in reasons], index=table.index, dtype=bool)
    return Extraction(
        drafts=table[~is_lead].reset_index(drop=True),
        leads=_leads_table(table[is_lead], [r for r in reasons if r]),
        claim_drafts=_claim_drafts(ex, src, source_url),
        unknown_places=summarise_unknown(ex.unknown, ex.gaz),
        claims=pd.DataFrame(ex.claims, columns=CLAIM_COLUMNS),
        mentions=pd.DataFrame(
            [
                {
                    "mention": p.text,
                    "place": p.place,
                    "how": p.how,
                    "char_span": f"{p.start}:{p.end}",
                }
                for p in ex.places
            ],
            columns=["mention", "place", "how", "char_span"],
        ),
        published=published,
        title=layout.title,
        warnings=warnings,
        places=places if places is not None else _no_places(),
    )


def _no_places() -> pd.DataFrame:
    return pd.DataFrame(columns=list(PLACE_SUGGESTION_COLUMNS))


def _settle_places(drafts: list[Draft], ex: Extractor, theatre) -> tuple[pd.DataFrame, list[str]]:
    """GeoNames for the places of ``drafts`` the gazetteer lacks (:func:`.gazetteer.settle_places`):
    a row whose name GeoNames settles and whose other cues are a draft's names the place's
    id (a new place's row is returned, status "draft", for the drafts' places file); a lead
    at a place GeoNames does not settle says what GeoNames found, and so does the note of
    a draft there (its place's row to be added before a merge).  Returns (place rows, each
    draft's lead reasons joined; "" for a draft).  A name the theatre holds twice
    (ambiguous) is the theatre's to settle, not GeoNames'."""
    ambiguous = {normalize(p.text) for p, _, _ in ex.unknown if p.how == "ambiguous"}
    names = [d.place for d in drafts if not d.place_known and normalize(d.place) not in ambiguous]
    settled = settle_places(names, theatre)
    rows: dict[str, dict] = {}
    reasons = []
    for d in drafts:
        why = lead_reasons(d, ex.published)
        s = settled.get(d.place) if not d.place_known else None
        if s is not None and s.place is not None:
            d.place_known = True  # the triage's other cues, as for a known place
            rest = lead_reasons(d, ex.published)
            if rest:
                d.place_known = False
                why[0] += f": GeoNames settles it ({s.place!r}), a draft once the other cues are"
            else:
                why = []
                mention, d.place = d.place, s.place
                said = place_to_add(mention)
                d.reasons = [s.note, *(r for r in d.reasons if not r.startswith(said))]
                if s.row is not None:
                    row = rows.setdefault(s.place, dict(s.row))
                    if normalize(mention) not in {normalize(a) for a in [row["name"], *_alts(row)]}:
                        row["alt_names"] = ";".join([*_alts(row), mention])
        elif s is not None and why and s.reason:
            why[0] = s.reason
        elif s is not None and s.reason:
            # a draft at a place neither the gazetteer nor GeoNames settles: its note says
            # what GeoNames found, and that the place's row must come before a merge
            said = place_to_add(d.place)
            d.reasons = [
                f"{s.reason}; add it to places.csv" + r[len(said) :] if r.startswith(said) else r
                for r in d.reasons
            ]
        reasons.append("; ".join(why))
    table = pd.DataFrame(list(rows.values()), columns=list(PLACE_SUGGESTION_COLUMNS))
    return (table if len(table) else _no_places()), reasons


def _alts(row: dict) -> list[str]:
    return [a for a in str(row.get("alt_names") or "").split(";") if a]


_ENGLISH = frozenset(
    "the of and in to on said was were from by with for that is has have had it its after "
    "they their at as an".split()
)
_FOREIGN = frozenset(
    "le la les des du et est une dans pour selon aux sur avec "
    "der die das und ist von mit den dem nicht auch "
    "el los las y por con según del una "
    "il lo della nel sono".split()
)
_SCRIPTS = (
    ("\u0600", "\u06ff", "Arabic"),
    ("\u0400", "\u04ff", "Cyrillic"),
    ("\u0590", "\u05ff", "Hebrew"),
    ("\u4e00", "\u9fff", "Chinese"),
)


def not_english(text: str) -> str | None:
    """Why ``text`` does not look like English (the rules read English reports), or None.

    Examples
    --------
    >>> not_english("The army said it had captured the town on Friday.") is None
    True
    >>> print(not_english("سيطر الجيش السوري على مدينة تدمر يوم الخميس بعد معارك عنيفة مع التنظيم"))
    the article does not look like English (0 of 13 words are common English words; mostly Arabic script): geomap extract reads English reports only, so nothing was drafted (no guess); translate it or draft the events by hand
    """
    sample = text[:20000]
    words = re.findall(r"[^\W\d_]+", sample)
    if len(words) < 8:
        return None
    common = sum(w.casefold() in _ENGLISH for w in words)
    foreign = sum(w.casefold() in _FOREIGN for w in words)
    letters = [c for c in sample if c.isalpha()]
    script = "Latin"
    for lo, hi, name in _SCRIPTS:
        if sum(lo <= c <= hi for c in letters) > len(letters) / 2:
            script = name
    # another script, or more function words of French/German/Spanish/... than of English
    # (a short English sentence may hold few function words: it is not refused for that)
    if script == "Latin" and not (foreign >= 3 and foreign > 2 * common):
        return None
    return (
        f"the article does not look like English ({common} of {len(words)} words are common "
        f"English words; mostly {script} script): geomap extract reads English reports only, "
        "so nothing was drafted (no guess); translate it or draft the events by hand"
    )


def _dateline_place(ex: Extractor, dateline: str) -> tuple[str, str] | None:
    """The known place a wire dateline opens with ("ORURO, Bolivia, April 11 -"): (id, kind),
    or None when the gazetteer does not resolve it to one place."""
    city = re.split(r"[,(—–-]", dateline, maxsplit=1)[0].strip()
    if not city or len(city) > 40:
        return None
    res = ex.gaz.resolve(city.title() if city.isupper() else city)
    if isinstance(res, Exception) or not getattr(res, "id", None) or res.how == "skeleton":
        return None
    return res.id, ex.gaz.kind.get(res.id, "")


def _publication_date(
    published: dt.date | str | None, layout: Layout
) -> tuple[dt.date | None, list[str]]:
    """The date relative words count from (given, else the dateline's), and warnings."""
    if isinstance(published, str):
        day = iso_day(published)
        if day is None or len(published.strip()) != 10:
            raise InputError(
                Problem(
                    "<published>", None, None, f"{published!r} is not a date", "write YYYY-MM-DD"
                )
            )
        published = day
    if isinstance(published, dt.datetime):
        published = published.date()
    warnings: list[str] = []
    if published is None:
        published = layout.date
        if published is None:
            warnings.append(
                "no publication date (none given and no dateline): relative dates such as "
                "'on Friday' are not resolved; give the date (--date YYYY-MM-DD, published=)"
            )
    elif layout.date is not None and layout.date != published:
        warnings.append(
            f"the dateline says {layout.date}, the given publication date {published} is used"
        )
    return published, warnings


def _claim_drafts(ex: Extractor, src: str, source_url: str | None) -> pd.DataFrame:
    """Each area claim as a draft row for ``claims.csv`` (see :attr:`Extraction.claim_drafts`)."""
    rows = []
    for n, c in enumerate(ex.claims, 1):
        a, b = (int(x) for x in c["char_span"].split(":"))
        tied = next((d for d in ex.drafts if d.span[0] <= a < d.span[1] and d.to_actor), None)
        notes = [c["notes"]] if c["notes"] else []
        began = _campaign_start(c["evidence"], ex.published)
        if tied is not None:
            actor = tied.to_actor
            notes.append(f"actor from the change drafted in the sentence ({tied.place})")
        else:
            near = [m for m in ex._actors_between(max(0, a - 300), a) if m.actor]
            actor = near[-1].actor if near else ""
        if began is not None:  # "since the offensive began on May 7", "in the past three weeks"
            start, end = began[0], began[1] or (tied.date if tied else None) or ex.published
            notes.append(f"start from {began[2]!r}")
        elif tied is not None and tied.date_rank == 3:  # the day the change's clause gives
            start, end = tied.date_lo or tied.date, tied.date
            notes.append(f"period from the change drafted in the sentence ({tied.place})")
        else:
            start, end = None, (tied.date if tied else None) or ex.published
            notes.append(
                "start left empty: the text gives no start of the period the figure covers "
                "(a total since the campaign began?); fill in start (and check end) before "
                "merge-drafts, which refuses a claim without one"
            )
        claimant = c["claimant"]
        key = ex.source_key(claimant) if claimant else ""
        if key.startswith("actor:"):  # "the army's General Command (GOV)"
            claimant = f"{claimant} ({key.removeprefix('actor:')})"
        rows.append(
            {
                "id": f"extract-{end or 'undated'}-{n}",
                "actor": actor,
                "start": start.isoformat() if start else "",
                "end": end.isoformat() if end else "",
                "figure": c["figure"],
                "claimant": claimant,
                "source": src,
                "source_url": source_url or "",
                "note": "; ".join(["geomap extract: area claim", *notes]),
                "value_km2": c["value_km2"],
                "unit": c["unit"],
                "unit_note": c["notes"],
                "evidence": c["evidence"],
                "char_span": c["char_span"],
                "status": "draft",
            }
        )
    return pd.DataFrame(rows, columns=CLAIM_DRAFT_COLUMNS)


#: "since the offensive began on May 7": a start told with a verb of beginning
_BEGAN_ON = re.compile(
    r"(?i)\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:began|begun|started|was\s+launched|opened)\b"
)


def _campaign_start(sentence: str, published: dt.date | None) -> tuple | None:
    """The start of the period a claim's sentence gives for its figure: (start, end or None,
    the words), from "since May 7", "since the offensive began on May 7", "in the past three
    weeks"; None when it gives none (a figure is never dated by the publication day alone)."""
    for d in find_dates(sentence, published):
        if d.start is None:
            continue
        if d.kind == "since":
            return d.start, None, d.text
        if (
            d.kind == "event"
            and d.end
            and d.start < d.end
            and re.search(r"(?i)\b(?:past|last)\b", d.text)
        ):
            return d.start, d.end, d.text
        began = _BEGAN_ON.search(sentence, 0, d.span[0])
        if d.kind == "event" and began and len(sentence[began.end() : d.span[0]].split()) <= 3:
            return d.start, None, " ".join(sentence[began.start() : d.span[1]].split())
    return None


def _drafts_table(drafts: list[Draft], src: str, source_url: str | None) -> pd.DataFrame:
    """The drafts as rows of a drafts file (:data:`~geomap.drafts.DRAFT_COLUMNS`)."""
    rows = []
    for d in drafts:
        parts = [f"geomap extract: {d.pattern} {d.verb!r}", *d.reasons]
        if d.also:
            more = f"; and {len(d.also) - 5} more" if len(d.also) > 5 else ""
            parts.append(f"also stated: {'; '.join(d.also[:5])}{more}")
        note = "; ".join(parts)
        rows.append(
            {
                "date": d.date.isoformat() if d.date else "",
                "place": d.place,
                "geometry": "",
                "to_actor": d.to_actor,
                "from_actor": d.from_actor,
                "confidence": d.confidence,
                "claimed_area_km2": d.claimed_km2,
                "source": src,
                "source_url": source_url or "",
                "note": note,
                "evidence": " ".join(d.evidence.split()),
                "char_span": f"{d.span[0]}:{d.span[1]}",
                "extraction_confidence": round(max(0.05, min(0.99, 0.95 - d.penalty)), 2),
                "support": support(d),
                "status": "draft",
                "pattern": d.pattern,
            }
        )
    return pd.DataFrame(rows, columns=DRAFT_COLUMNS)


def _leads_table(rows: pd.DataFrame, reasons: list[str]) -> pd.DataFrame:
    """Candidate rows the tool does not stand behind: ``status`` "lead", the reasons in
    a ``lead`` column and at the start of the ``note`` (see :attr:`Extraction.leads`)."""
    out = rows.reset_index(drop=True).copy()
    out["status"] = "lead"
    out["lead"] = reasons
    out["note"] = [f"lead: {r}; {n}" for r, n in zip(reasons, out["note"], strict=True)]
    return out[[*DRAFT_COLUMNS, "lead"]]
