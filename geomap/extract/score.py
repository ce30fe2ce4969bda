"""Scoring drafts against gold: precision and recall per field, per split.

The scorer reads a folder of articles with their gold changes and claims, runs
:func:`geomap.extract.extract` on each article and compares.  It serves the dev
set in ``tests/extract/articles`` and the held-out sets in
``benchmarks/extract_heldout`` (``python benchmarks/run.py extract``).

Folder layout
-------------
``articles.csv``
    ``file``, ``published`` (ISO day or empty: then the article's own date),
    ``split`` (dev set; a held-out set without it is one split, ``heldout``),
    ``theatre`` (optional: a folder under ``theatres/``; else the default
    theatre given to :func:`score_folder`), ``kind``, ``note``.
``articles/<file>`` (or ``<file>`` beside ``articles.csv``)
    The article, plain text or saved HTML.
``gold.csv``
    ``article``, ``date``, ``date_latest``, ``place``, ``to_actor``,
    ``from_actor``, ``confidence``, ``note``.  ``date_latest`` is empty unless
    the text gives only a range (the dev set's older form ``lo/hi`` in ``date``
    is read too).  A ``place`` starting with ``?`` is a place missing from the
    gazetteer.  ``confidence`` may be absent (the field is then not scored).
``claims_gold.csv``
    ``article``, ``figure``, ``value_km2``, ``unit_kind``, ... (one row per claim).

Rules (fixed before the held-out set was read)
----------------------------------------------
* A draft is dated by its ``date`` column: the latest possible day (a range
  is drafted as its last day, the range said in the note).  Its date is right
  when that day lies in the gold range ``[date, date_latest or date]``.
* Places missing from the gazetteer (gold ``?Name``) are scored, as "unknown
  place reported": they match a draft whose place is not an id of the theatre
  (extract drafts such a place with its name as written) and whose name holds
  the gold name's words (or the other way round), compared normalised.  A draft
  at a place GeoNames settled names the new place's id: it is scored by the
  mention the text gives (:func:`scored_rows`).
* Per field F, drafts and gold rows of one article are matched one to one
  (gold in file order, each taking the first unused draft) on *place right and
  F right*: ``place`` (place alone), ``actor`` (to_actor), ``date``,
  ``confidence``, ``from_actor``; and ``all`` = place, to_actor and date right
  together.  Precision = matches / drafts, recall = matches / gold rows.
  ``from_actor`` is scored on the gold rows that name one (precision = recall
  = the share of them a draft of that place gets right).
* Drafts are the rows the tool stands behind; every split is also scored as
  ``<split>+leads``: drafts and leads together (every row found), so what the triage
  trades is visible.  A draft-only score is the headline.
* A claim is found with the right value and unit when a claim row of the
  article has the gold ``unit_kind`` and a value within 0.5 % (or 0.5 km²) of
  the gold ``value_km2``; precision = matched claims / claims found.  This strict
  figure is the headline.
* ``claims_read`` adds the comparisons read with the gold's words, fraction and
  reference area whose km² differ from the gold's only because the writer took
  another published figure of that area (within 5 %: Belgium at Statbel's 30,689 km²
  or the Factbook's 30,528): what was read, whichever figure a writer took.  It
  never replaces the strict figure.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..names import normalize

#: The fields scored, in report order (``all`` = place + actor + date).
FIELDS = ("place", "actor", "date", "confidence", "from_actor", "all")
#: The suffix of a split's score over drafts and leads together (``heldout+leads``).
WITH_LEADS = "+leads"


@dataclass
class Tally:
    """Matches, drafts and gold rows of one field."""

    matched: int = 0
    drafts: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.drafts if self.drafts else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


@dataclass
class SplitScore:
    """Every field's tally for one split, the claims', and what was missed or extra."""

    articles: int = 0
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    claims: Tally = field(default_factory=Tally)
    # the claims above, and the comparisons read with the gold's fraction and reference area
    # whose km² differ from the gold's only by the published figure of that area (:data:`
    # READ_TOLERANCE`): what was read, whichever figure of a country's area the writer took
    claims_read: Tally = field(default_factory=Tally)
    misses: list[tuple] = field(default_factory=list)
    extras: list[tuple] = field(default_factory=list)
    # (article, figure as gold writes it, km², unit kind) not found; (article, figure, km², kind)
    # found but in no gold row
    claim_misses: list[tuple] = field(default_factory=list)
    claim_extras: list[tuple] = field(default_factory=list)
    refused: list[tuple] = field(default_factory=list)  # (article, the error) for bad input
    warnings: list[tuple] = field(default_factory=list)  # (article, warning)

    def as_dict(self) -> dict:
        out = {"articles": self.articles}
        for name, t in [
            *self.fields.items(),
            ("claims", self.claims),
            ("claims_read", self.claims_read),
        ]:
            out[name] = {
                "precision": round(t.precision, 3),
                "recall": round(t.recall, 3),
                "matched": t.matched,
                "drafts": t.drafts,
                "gold": t.gold,
            }
        out["refused"] = [list(r) for r in self.refused]
        out["warnings"] = [list(w) for w in self.warnings]
        out["misses"] = [list(m) for m in self.misses]
        out["extras"] = [list(e) for e in self.extras]
        out["claim_misses"] = [list(m) for m in self.claim_misses]
        out["claim_extras"] = [list(e) for e in self.claim_extras]
        return out


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def gold_range(row: dict[str, str]) -> tuple[dt.date, dt.date]:
    """The days a gold change may be on: ``[date, date_latest or date]`` (or ``lo/hi``)."""
    lo, _, hi = row["date"].partition("/")
    hi = (row.get("date_latest") or "").strip() or hi or lo
    return dt.date.fromisoformat(lo.strip()), dt.date.fromisoformat(hi.strip())


def place_right(draft_place: str, gold_place: str, known: set[str]) -> bool:
    """Same gazetteer id; or, for a gold ``?Name``, an unknown place drafted by that name."""
    if not gold_place.startswith("?"):
        return draft_place == gold_place or (
            draft_place not in known and normalize(draft_place) == normalize(gold_place)
        )
    if draft_place in known:
        return False
    d, g = normalize(draft_place).split(), normalize(gold_place[1:]).split()
    return bool(g) and (_holds(d, g) or _holds(g, d))


def _holds(words: list[str], part: list[str]) -> bool:
    k = len(part)
    return k > 0 and any(words[i : i + k] == part for i in range(len(words) - k + 1))


def _date_right(draft: dict, gold: dict) -> bool:
    if not draft.get("date"):
        return False
    lo, hi = gold_range(gold)
    return lo <= dt.date.fromisoformat(draft["date"]) <= hi


_CHECKS = {
    "place": lambda d, g: True,
    "actor": lambda d, g: d["to_actor"] == g["to_actor"],
    "date": _date_right,
    "confidence": lambda d, g: d["confidence"] == (g.get("confidence") or "").strip(),
    "from_actor": lambda d, g: d["from_actor"] == g["from_actor"],
    "all": lambda d, g: d["to_actor"] == g["to_actor"] and _date_right(d, g),
}


def _match(drafts: list[dict], gold: list[dict], known: set[str], check) -> tuple[int, set, set]:
    """One-to-one greedy matching: (matches, gold indices matched, draft indices used)."""
    used: set[int] = set()
    hit: set[int] = set()
    for gi, g in enumerate(gold):
        for i, d in enumerate(drafts):
            if i not in used and place_right(d["place"], g["place"], known) and check(d, g):
                used.add(i)
                hit.add(gi)
                break
    return len(hit), hit, used


def scored_rows(ex, *, with_leads: bool = False) -> list[dict]:
    """The rows of an extraction as the scorer matches them: a draft at a place GeoNames
    settled (its id a row of ``ex.places``, not of the theatre) is scored by the name the
    text gives (the row's ``mention``), as an unknown place is (against gold ``?Name``)."""
    rows = (ex.rows if with_leads else ex.drafts).to_dict("records")
    places = getattr(ex, "places", None)
    if places is None or not len(places):
        return rows
    mention = dict(zip(places["id"].astype(str), places["mention"].astype(str), strict=True))
    return [{**r, "place": mention.get(str(r["place"]), r["place"])} for r in rows]


def score_article(
    score: SplitScore,
    name: str,
    ex,
    gold: list[dict],
    claims_gold: list[dict],
    known: set[str],
    *,
    with_leads: bool = False,
) -> None:
    """Add one article's extraction ``ex`` to ``score``: its drafts (the rows the tool stands
    behind), or with ``with_leads`` every row found, drafts and leads (what a reviewer sees)."""
    drafts = scored_rows(ex, with_leads=with_leads)
    score.articles += 1
    for f in FIELDS:
        g = gold
        if f == "confidence":
            g = [r for r in gold if (r.get("confidence") or "").strip()]
            if not g:
                continue  # a gold set without confidence: the field is not scored
        if f == "from_actor":
            g = [r for r in gold if r["from_actor"]]
        n, hit, used = _match(drafts, g, known, _CHECKS[f])
        t = score.fields[f]
        t.matched += n
        t.gold += len(g)
        # from_actor is scored only where the gold names one: drafts of those places
        t.drafts += len(drafts) if f != "from_actor" else len(g)
        if f == "all":
            score.misses += [
                (name, r["place"], r["to_actor"], r["date"], r.get("date_latest", ""))
                for i, r in enumerate(g)
                if i not in hit
            ]
            score.extras += [
                (name, d["place"], d["to_actor"], d["date"])
                for i, d in enumerate(drafts)
                if i not in used
            ]
    found = ex.claims.to_dict("records")
    missed, used = _score_claims(score.claims, found, claims_gold)
    read = score.claims_read
    read.matched += len(used) + read_comparisons(found, missed, used)
    read.drafts += len(found)
    read.gold += len(claims_gold)
    if not with_leads:
        score.claim_misses += [
            (name, g["figure"], float(g["value_km2"]), g["unit_kind"]) for g in missed
        ]
        score.claim_extras += [
            (name, c.get("figure", ""), round(float(c["value_km2"]), 1), c["unit_kind"])
            for i, c in enumerate(found)
            if i not in used
        ]


def _score_claims(t: Tally, found: list[dict], gold: list[dict]) -> tuple[list[dict], set[int]]:
    """Match claims found to gold one to one (the same unit kind, km² within 0.5 % or 0.5 km²),
    add the counts to ``t``; the gold rows missed and the indices of ``found`` matched."""
    used: set[int] = set()
    missed = []
    for g in gold:
        value = float(g["value_km2"])
        for i, c in enumerate(found):
            if (
                i not in used
                and c["unit_kind"] == g["unit_kind"]
                and abs(float(c["value_km2"]) - value) <= max(0.5, 0.005 * value)
            ):
                used.add(i)
                t.matched += 1
                break
        else:
            missed.append(g)
    t.gold += len(gold)
    t.drafts += len(found)
    return missed, used


#: How far a comparison's km² may be from the gold's and still be the same reading, the
#: reference area's published figures differing: Belgium 30,528 km² (CIA World Factbook) or
#: 30,689 (Statbel), Eritrea 121,320 or 117,600, Bahrain 760 or 780 differ by 0.5 to 3.7 %.
READ_TOLERANCE = 0.05


def read_comparisons(
    found: list[dict], missed: list[dict], used: set[int], tolerance: float = READ_TOLERANCE
) -> int:
    """How many gold comparisons ``missed`` (one article's) a claim ``found`` and not matched
    (not in ``used``) reads with the same words (one figure inside the other) and a km² within
    ``tolerance`` of the gold's, one to one: what ``claims_read`` adds to the strict matches."""
    taken = set(used)
    n = 0
    for g in missed:
        value = float(g["value_km2"])
        if g["unit_kind"] != "comparison" or value <= 0:
            continue
        words = " ".join(g["figure"].casefold().split())
        for i, c in enumerate(found):
            text = " ".join(str(c.get("figure", "")).casefold().split())
            if (
                i not in taken
                and c["unit_kind"] == "comparison"
                and text
                and (words in text or text in words)
                and abs(float(c["value_km2"]) / value - 1) <= tolerance
            ):
                taken.add(i)
                n += 1
                break
    return n


def score_folder(folder: str | Path, theatre: str | Path | None = None) -> dict[str, SplitScore]:
    """Extract every article of ``folder`` and score it: split name -> :class:`SplitScore`
    of its drafts, and ``<split>+leads`` -> the score of drafts and leads together (every
    row the rules found: what a reviewer sees in all; its misses and extras are not listed).

    Parameters
    ----------
    folder : str or Path
        A folder laid out as the module docstring says.
    theatre : str or Path, optional
        The theatre of articles whose row names none (``theatre`` column empty).
    """
    from ..errors import InputError, Problem
    from ..inputs import load_inputs
    from . import extract, read_article

    folder = Path(folder)
    gold = _rows(folder / "gold.csv")
    claims_gold = _rows(folder / "claims_gold.csv")
    theatres: dict[str, tuple[object, set[str]]] = {}  # the theatre (or its refusal), its place ids
    out: dict[str, SplitScore] = {}
    refused: dict[str, list[tuple]] = {}
    for row in _rows(folder / "articles.csv"):
        where = (row.get("theatre") or "").strip()
        path = folder / "theatres" / where if where else Path(theatre) if theatre else None
        if path is None:
            raise ValueError(f"{folder / 'articles.csv'}: {row['file']} names no theatre")
        if str(path) not in theatres:
            try:
                th = load_inputs(path)
                theatres[str(path)] = th, set(th.places["id"].astype(str))
            except InputError as exc:
                # a theatre geomap refuses (a day before 1500, say): each of its articles is
                # refused, every change and claim of it missed, and the set still scored
                first = exc.problems[0]
                why = (
                    f"its theatre is refused ({Path(first.file).name}, line {first.line}, "
                    f"{first.field}: {first.message})"
                )
                theatres[str(path)] = (
                    InputError(Problem(where or str(path), None, None, why)),
                    set(),
                )
        th, known = theatres[str(path)]
        split = (row.get("split") or "").strip() or "heldout"
        file = folder / "articles" / row["file"]
        try:
            if isinstance(th, InputError):
                raise th
            art = read_article(file if file.exists() else folder / row["file"])
            published = (row.get("published") or "").strip() or art.published
            ex = extract(art.text, th, published=published, source_url=art.url)
        except InputError as exc:  # a bad article is refused: nothing drafted from it
            refused.setdefault(split, []).append((row["file"], str(exc).splitlines()[0][:160]))
            ex = _nothing()
        for key, with_leads in ((split, False), (f"{split}{WITH_LEADS}", True)):
            score = out.setdefault(key, SplitScore())
            if not with_leads:
                score.warnings += [(row["file"], w[:160]) for w in ex.warnings]
            score_article(
                score,
                row["file"],
                ex,
                [g for g in gold if g["article"] == row["file"]],
                [c for c in claims_gold if c["article"] == row["file"]],
                known,
                with_leads=with_leads,
            )
    for key in [k for k in out if not k.endswith(WITH_LEADS)]:
        out[key].refused = refused.get(key, [])
    return out


def _nothing():
    """An extraction with nothing in it (for an article extract refused)."""
    import pandas as pd

    from . import DRAFT_COLUMNS, Extraction
    from .claims import CLAIM_COLUMNS

    return Extraction(
        pd.DataFrame(columns=DRAFT_COLUMNS),
        pd.DataFrame(),
        pd.DataFrame(columns=CLAIM_COLUMNS),
        pd.DataFrame(),
    )


def format_scores(scores: dict[str, SplitScore]) -> str:
    """A table: one line per split and field, precision and recall with their counts."""
    lines = [f"{'split':14} {'field':11} {'precision':>18} {'recall':>18}"]
    for split, s in scores.items():
        for name, t in [*s.fields.items(), ("claims", s.claims), ("claims_read", s.claims_read)]:
            lines.append(
                f"{split:14} {name:11} {t.precision:6.3f} ({t.matched:3}/{t.drafts:3})    "
                f"{t.recall:6.3f} ({t.matched:3}/{t.gold:3})"
            )
        for r in s.refused:
            lines.append(f"  refused: {r}")
        for w in s.warnings:
            lines.append(f"  warning: {w}")
        if split.endswith(WITH_LEADS):
            continue  # the same article's misses and extras are listed once, under the drafts
        for m in s.misses:
            lines.append(f"  miss:  {m}")
        for e in s.extras:
            lines.append(f"  extra: {e}")
        for m in s.claim_misses:
            lines.append(f"  claim miss:  {m}")
        for e in s.claim_extras:
            lines.append(f"  claim extra: {e}")
    return "\n".join(lines)
