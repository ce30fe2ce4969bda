"""The extractor: sentence by sentence, control changes drafted from verbs, places, actors and dates.

This module holds the sentence loop (:meth:`Extractor.run`), the change clauses a verb governs and
the drafts made of them.  The reasoning per concept sits beside it, one part of the class each,
in the order a clause is read:

* :mod:`._mentions`: which actor each mention in the text stands for (names, role words,
  pronouns, speakers) and a verb's subject;
* :mod:`._places`: which places a clause governs;
* :mod:`._sides`: who gained and who lost in a clause;
* :mod:`._days`: when it happened, and the note that says how the day was read;
* :mod:`._trust`: how sure a draft is, from who reported it;
* :mod:`._clause`: the clause and the reasons a draft records, passed between them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from ..errors import InputError, Problem
from ..units import home_areas
from ._clause import _Clause, _Why
from ._days import _LATER_GAP, _between_verbs, _Days
from ._mentions import _Mentions
from ._places import _GARRISON, _PLACE_NOUN_OBJECT, _Places
from ._sides import _HOSTILE, _Sides
from ._trust import _DENIED, _Trust
from .actors import ActorRefs, Author, Holders, speaker_mentions
from .claims import claims_in, sized_in_text
from .dates import DateMention, find_dates
from .draft import GAINER_STRENGTH, RECAPTURE, Draft, place_to_add
from .gazetteer import (
    ANAPHOR_NOUNS,
    LOCATIVE_BEFORE,
    ActorMention,
    Gazetteer,
    PlaceMention,
    find_places,
    kinds_for,
    not_a_place_name,
)
from .patterns import HELD_BY, OBSERVED, PASSIVE_BEFORE, Verb, blocked_reason, find_verbs
from .text import Sentence, overlaps


@dataclass
class _Change:
    """What one clause says, before it is drafted for each of its places."""

    pattern: str
    verb: str
    gainer: str
    loser: str
    date: dt.date | None
    date_lo: dt.date | None
    date_text: str
    date_rank: int
    confidence: str
    claimed_km2: float | None
    why: _Why
    said_by: str = ""
    gainer_how: str = ""
    gainer_fits: tuple[str, ...] = ()  # the sides an unresolved gainer's word fits


#: How a side read from a source or the context is explained: (text, penalty) by ``how``
_SOURCE_READINGS = {
    "claimant": ("{role} {a.actor}: the claimant {a.basis!r}; the claim is that a side left", 0.1),
    "author": ("{role} {a.actor}: {a.text!r} in a statement of {a.basis!r}", 0.05),
    "speaker": ("{role} {a.actor}: {a.text!r} in a quotation of {a.basis!r}", 0.05),
    "author-default": (
        "{role} {a.actor}: no side named; the statement's author ({a.basis!r})",
        0.15,
    ),
    "context": ("{role} {a.actor} from the context ({a.basis})", 0.15),
}


def _explain_actors(
    why: _Why, gainer: ActorMention | None, loser: ActorMention | None
) -> ActorMention | None:
    """Say how each actor was read; the loser (None when it is the gainer)."""
    for role, a in (("to_actor", gainer), ("from_actor", loser)):
        if a is None:
            continue
        if a.how == "unresolved":
            why.add(
                f"{role} unresolved: {' '.join(a.text.split())!r} fits {a.basis} "
                f"(no earlier mention tells them apart): fill in {role}",
                0.3,
            )
        elif a.how == "pronoun" and not a.actor:
            why.add(f"{role} unresolved: {a.text!r} read as {a.basis!r}, which fits several", 0.3)
        elif a.how == "pronoun":
            why.add(f"{role} {a.actor}: {a.text!r} read as {a.basis!r}", 0.1)
        elif a.how == "generic":
            why.add(f"{role} {a.actor}: {a.text!r} read as {a.basis!r}", 0.05)
        elif a.how in ("role-word", "modifier"):
            what = "a role word" if a.how == "role-word" else "named by its modifier"
            what += f"; {a.basis}" if a.basis.startswith("one of ") else ""
            why.add(f"{role} {a.actor} ← {' '.join(a.text.split())!r} ({what})", 0.1)
        elif a.how in _SOURCE_READINGS:
            text, penalty = _SOURCE_READINGS[a.how]
            why.add(text.format(role=role, a=a), penalty)
        elif a.how == "next":
            why.add(
                f"{role} {a.actor}: {a.basis!r} (no actor of the theatre) read as "
                f"{' '.join(a.text.split())!r}, named at the start of the next sentence",
                0.25,
            )
        else:
            why.add(f"{role} {a.actor} ← {' '.join(a.text.split())!r}")
    if gainer is None:
        why.add("gaining actor not found: fill in to_actor", 0.4)
    if gainer is not None and loser is not None and gainer.actor == loser.actor:
        return None
    return loser


def _claimed_area(
    why: _Why, clause: _Clause, claims: list[tuple[int, int, dict]], n_places: int
) -> float | None:
    """An area figure in the clause ("seized X, an area of 50 km²") is the claimed area."""
    in_clause = [row for a, _, row in claims if clause.verb.start <= a < clause.end]
    claimed = in_clause[0]["value_km2"] if len(in_clause) == 1 and n_places == 1 else None
    if claimed is not None:
        why.add(f"claimed area ← {in_clause[0]['figure']!r}")
    return claimed


#: Most capture/loss verbs one article may hold (a wire report has a few dozen): past it,
#: extract refuses the text with a clear error instead of drafting thousands of rows.
MAX_CHANGE_VERBS = 1000
# a name followed by these is a region or a unit, not the place of that name
_NOT_A_PLACE_AFTER = re.compile(
    r"\s+(?:State|Province|province|Governorate|governorate|Oblast|oblast|Region|Raion|raion"
    r"|countryside)\b"
)
# an unknown name followed by these is a modifier ("the Rwandan army", "hundreds of X
# prisoners", "the X provincial council", "the X-Y road"), not the place changing hands
_MODIFIER_AFTER = re.compile(
    r"[ \t]+(?:army|armies|forces|troops|soldiers|fighters|militias?|police|prisoners|civilians"
    r"|people|refugees|residents|villagers|families|women|children|provincial|regional|road|roads"
    r"|highway|motorway|border|government|authorities|officials?|Operations|Command"
    r"|Headquarters"
    # a facility or a body named after a place ("the X conference centre", "the X party"):
    # the named thing, not the place
    r"|conference|cent(?:re|er)|compound|hotel|stadium|hospital|university|embassy|consulate"
    r"|palace|party|parties|movement|council|committee"
    # a structure in a town ("the X bridge", "the X mosque"): the structure, not a place
    r"|bridges?|mosques?|church(?:es)?|schools?|markets?|checkpoints?|buildings?"
    # a site named after its holder: "secured the Sea Tiger base at Chalai" (spent set 151)
    r"|bases?|camps?|outposts?|strongholds?|harbou?rs?"
    # a rule named after its holder: "freed from the Bolshevik yoke"
    r"|yoke|rule|tyranny|oppression|domination"
    # a name before the kind of place an "of" then names ("the Black Sea port of Poti", "the
    # East Aceh town of Peureulak", "the Buddhist monastery town of Tawang"): that place is
    # the one taken; a feature or a part of a place ("the X dam", "the neighbouring X
    # military barracks", "the X peninsula"), or a band
    # ("the Islamist gangs"): not the place of that name
    r"|(?:[a-z]+[ \t]+)?(?:(?:towns?|city|cities|ports?|resorts?|villages?|strongholds?"
    r"|outposts?|garrison|capital)[ \t]+of|dams?|barracks|plantations?"
    r"|peninsulas?|provinces|gangs))\b"
)
_UNIT_WORDS = re.compile(
    r"(?:Division|Brigade|Regiment|Battalion|Corps|Command|Forces|Front|Council|Ministry"
    r"|Agency|Observatory|Army|Oblast|Province|Governorate|State|Region)$"
)
# before an unknown name: a part of a region ("southern X", "parts of X"), not a place
_PART_OF_REGION = re.compile(
    r"(?i)\b(?:(?:north|south)?(?:east|west)?(?:ern)|north(?:ern)?-?(?:east|west)(?:ern)?"
    r"|south(?:ern)?-?(?:east|west)(?:ern)?|central|parts\s+of|much\s+of|most\s+of)\s+$"
)
# a reduced passive relative: "X, liberated by Y on 16 June, ...", "Shroma, retaken by our forces"
_REDUCED_PASSIVE = re.compile(r"[\w)]\s*,\s*(?:(?:\w+ly|also|first|later|since|once)\s+)?$")
# (not "captured by storm the town of X": how, not by whom; blind set 144)
_PARTICIPLE_BY = re.compile(
    r"\s+by\b(?!\s+(?:storm|assault|force|surprise|night|day|dawn|nightfall|noon|midday)\b)"
)
_PARTICIPLE = re.compile(r"(?i)(?:re-?)?[a-z]+(?:ed|en)")
# a place surrendered by name: "soldiers surrendered Bouake to the rebels", "surrendered the
# town of X" (not "surrendered to", "surrendered their weapons")
_SURRENDERED_NOUN = r"(?:town|city|village|port|garrison\s+town|fortress|citadel)"
_SURRENDERED_PLACE = re.compile(
    # "surrendered the fortress and city of Ulm to the Emperor Napoleon" (blind set 166)
    rf"\s+(?:(?:the\s+)?{_SURRENDERED_NOUN}(?:\s+and\s+(?:the\s+)?{_SURRENDERED_NOUN})?\b"
    r"|(?!The\b)[A-Z])"
)
# a side coming back ("returned to X", "came back into X", "was back in X"): a change only when
# a side is named coming back (not "displaced people returned to X")
_RETURN = re.compile(
    r"(?i)^(?:return|c[ao]me\s+back|coming\s+back|(?:moved|marched|rolled|went)\s+back"
    r"|(?:was|were|is|are)\s+back)"
)
# "X was still held by the army", "X remains under the control of", "is still in government
# hands": a place's holder unchanged
_STILL_HELD = re.compile(
    r"(?i)\b(?:(?:is|was|are|were|remains?|remained)\s+)?still\s+(?:held|in\s+(?:the\s+)?"
    r"(?:hands|control)|under\s+(?:the\s+)?(?:full\s+)?control)\b"
    r"|\bremain(?:s|ed)?\s+(?:firmly\s+)?(?:under|in)\s+(?:the\s+)?(?:full\s+|firm\s+)?"
    r"(?:control|hands)\b"
)
_LETTER = re.compile(r"[^\W\d_]")
# finite verbs of the past a side's mention may be followed by ("the French sent ...")
_IRREGULAR_PAST = frozenset(
    "sent broke took drove went came fought struck swept overran rode ran began brought threw "
    "made left held won beat fell tore burst stood".split()
)
_ADJECTIVE_OCCUPIED = re.compile(
    r"(?:-|\b(?:in|of|the|an?|from|to|into|newly|temporarily|illegally|still|now|and|or|all)\s+)$",
    re.I,
)
# after a passive "taken"/"carried": people moved somewhere, not a place taken
_CARRIED = re.compile(
    r"\s+(?:by\s+(?:boat|sea|road|bus|buses|truck|trucks|lorry|lorries|helicopter|plane|air|ambulance"
    r"|car|cars|ship|ferry)|to\s+(?:hospital|safety|a\s+hospital|a\s+camp|camps))\b",
    re.I,
)
# "took <people> prisoner/hostage/captive": no place taken
_PRISONER = re.compile(r"^[^.;:,]*?\b(?:prisoners?|hostages?|captives?)\b(?!\s+of\b)", re.I)
# "Enver has taken the title of Commander-in-Chief of the Armies of Islam" (spent set 88): a
# title, an oath or a command taken, no place
_TOOK_NO_PLACE = re.compile(
    r"(?i)\s+(?:the\s+|an?\s+|his\s+|their\s+|its\s+)?(?:(?:\w+\s+)?title|name|oath|rank|office"
    r"|salute|credit|responsibility|initiative|lead|reins|helm|precautions?|measures|steps|part"
    r"|refuge|shelter|cover|command\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:army|armies|forces|troops"
    r"|division|brigade|regiment|corps))\b"
)
# gapping: "took A on Saturday(,) and (then) (the town of) B on Sunday"
_GAP_AND = re.compile(
    r"(?:\s*,?\s+and\s+|\s*,\s*)(?:then\s+|later\s+|also\s+)?(?:from\s+|into\s+)?"
    r"(?:(?:the\s+)?(?:towns?|city|cities|villages?"
    r"|ports?|districts?|settlements?)\s+of\s+)?",
    re.I,
)
_HOSTILE_OF = re.compile(
    r"\b(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    # "cleared X of the last Somocista guards", "of the remaining enemy elements"
    + r"(?:(?:last|remaining)\s+(?:[\w-]+\s+){0,2}?(?:guards|troops|forces|soldiers|fighters"
    + r"|militiamen|elements|units)\b|"
    # "cleared Martynovka of the Ukrainian nationalists" (blind set 146)
    + r"(?:nationalists|nazis|neo-nazis|fascists|militants|insurgents|jihadists|separatists"
    + r"|rebels)\b|"
    + _HOSTILE.pattern.removeprefix("(?i)")
    + ")",
    re.I,
)


@dataclass
class _Scan:
    """What a sentence mentions, at positions from ``offset``."""

    actors: list[ActorMention]
    places: list[PlaceMention]
    unknown: list[PlaceMention]
    verbs: list[Verb]
    dates: list[DateMention]

    def shifted(self, k: int) -> _Scan:
        """A copy with every position moved by ``k`` (the sentence's start in the text)."""

        def mv(items):
            return [replace(x, start=x.start + k, end=x.end + k) for x in items]

        return _Scan(
            mv(self.actors),
            mv(self.places),
            mv(self.unknown),
            [
                replace(
                    v,
                    start=v.start + k,
                    end=v.end + k,
                    mid=(v.mid[0] + k, v.mid[1] + k) if v.mid else None,
                )
                for v in self.verbs
            ],
            [replace(d, span=(d.span[0] + k, d.span[1] + k)) for d in self.dates],
        )


class Extractor(_Trust, _Sides, _Days, _Places, _Mentions):
    """Reads an article's sentences in order, keeping the mentions so far; fills ``drafts``,
    ``unknown`` and ``claims``."""

    def __init__(self, text: str, theatre, published: dt.date | None, author: Author | None = None):
        self.text = text
        self.gaz = Gazetteer(theatre)
        self.refs = ActorRefs(theatre.actors)
        self.holders = Holders(theatre)
        self.author = author
        # the known place a wire's dateline names ("ORURO, Bolivia, April 11 -"): what "the
        # city" stands for when the text has named no city before it; (id, kind) or None
        self.dateline_place: tuple[str, str] | None = None
        meta = getattr(theatre, "meta", None)
        self.start: dt.date | None = getattr(meta, "start", None)  # the theatre's first day
        self.title = str(getattr(meta, "title", "") or "")  # names the theatre's region
        # the theatre's countries, for claims as "a third of the country"
        self.home = home_areas(getattr(meta, "aoi_countries", None) or ())
        # the theatre's own areas, for claims as "half the size of Nimba County"
        # and the regions the text sizes itself ("Chechnya, a republic of some 15,600 km²")
        self.local = tuple(getattr(meta, "reference_areas", None) or ()) + sized_in_text(text)
        self.published = published
        self.actors: list[ActorMention] = []  # every actor mention so far, in text order
        self._astarts: list[int] = []
        self.places: list[PlaceMention] = []  # every place mention so far, in text order
        self._pstarts: list[int] = []
        self.drafts: list[Draft] = []
        # word of an actor mention -> {actor: (position, text)}, for generic words ("the rebels")
        self._words: dict[str, dict[str, tuple[int, str]]] = {}
        self.last_subject: ActorMention | None = None
        self.unknown: list[tuple[PlaceMention, Sentence, bool]] = []
        self.claims: list[dict] = []
        self._scans: dict[str, _Scan] = {}
        self._prev_start = self._this_start = 0  # starts of the previous and this sentence
        self._sent_end = 0  # the end of this sentence
        self._last_event: dt.date | None = None  # the last event date the text gave so far
        self._last_event_at = -1  # where it was given
        self._objs_now: set[str] = set()  # the places of the clause whose actors are sought
        self._objs_at = 0  # where its sentence starts
        # a dated change with no place: (sentence start, its date, its gainer)
        self._lead: tuple[int, DateMention, str] | None = None
        self._gainer_now = ""  # the gainer of the clause being dated
        # sentences that deny a change or report the reporter's own observation, with the
        # places they name (see settle_confidence)
        self._remarks: list[tuple[Sentence, set[str]]] = []
        # sentences saying a place is still held ("insisted that X was still held by the army")
        self._held_still: list[tuple[Sentence, list[PlaceMention], int]] = []
        self._sent_starts: list[int] = []  # where each sentence read so far starts
        # quotations whose speaker names one side (see actors.quoted_speakers), found once
        self._quotes: list[tuple[int, int, str, ActorMention | None]] | None = None
        self._opponent: str | None = None  # whom the text's author calls "the enemy"

    def _scan(self, sent: Sentence) -> _Scan:
        """The sentence's actor, place, verb and date mentions (context-free, so a sentence
        repeated word for word is scanned once: a long run of one phrase stays cheap)."""
        local = self._scans.get(sent.text)
        if local is None and not _LETTER.search(sent.text):
            local = _Scan([], [], [], [], [])  # no word at all (a run of punctuation)
            self._scans[sent.text] = local
        if local is None:
            key = sent.text
            here = Sentence(0, len(key), key)
            actors = self.actors_in(key)
            places, unknown = find_places(self.gaz, key, here, [(a.start, a.end) for a in actors])
            local = _Scan(
                actors, places, unknown, find_verbs(key, here), find_dates(key, self.published)
            )
            self._scans[key] = local
        return local.shifted(sent.start)

    def run(self, sentences: list[Sentence]) -> None:
        n_verbs = 0
        for sent in sentences:
            self._sent_starts.append(sent.start)
            if sent.start > self._this_start:
                self._prev_start, self._this_start = self._this_start, sent.start
            scan = self._scan(sent)
            self._sent_end = sent.end
            n_verbs += len(scan.verbs)
            if n_verbs > MAX_CHANGE_VERBS:
                raise InputError(
                    Problem(
                        "<article>",
                        None,
                        None,
                        f"more than {MAX_CHANGE_VERBS:,} capture/loss verbs (by character "
                        f"{sent.end:,} of {len(self.text):,}): this is not one news report",
                        "split the text into articles (a wire report has a few dozen at most)",
                    )
                )
            for a in self._with_speakers(sent, scan.actors):
                self._add_actor(a)
            # unresolved kind-near phrases behave like unknown names
            unknown = [
                p
                for p in scan.unknown + [p for p in scan.places if p.place is None]
                if not _UNIT_WORDS.search(p.text)
                and not self._region_name(p)
                and not not_a_place_name(p.text, self.title)
                and not _MODIFIER_AFTER.match(self.text, p.end, p.end + 20)
                # "X's defence ministry": an unknown name as a possessor is no place taken
                and not re.match(r"['’]s\b", self.text[p.end : p.end + 3])
                # "advanced into southern X": part of a region the gazetteer does not list
                and not _PART_OF_REGION.search(self.text, max(0, p.start - 30), p.start)
            ]
            places = [
                p
                for p in scan.places
                if p.place is not None
                and not self._region_name(p)
                # "SOHR", "ISW": an acronym is no spelling variant of a place
                and not (p.how == "skeleton" and p.text.isupper())
            ]
            self.places.extend(places)
            self._pstarts.extend(p.start for p in places)
            for u in unknown:
                before = self.text[sent.start : u.start]
                if LOCATIVE_BEFORE.search(before) or u.how == "ambiguous":
                    self.unknown.append((u, sent, False))
            claims = self._claims(sent)
            self._changes(sent, unknown, claims, scan)
            if _DENIED.search(sent.text) or OBSERVED.search(sent.text):
                self._remarks.append((sent, {p.place for p in places}))
            elif held := _STILL_HELD.search(sent.text):
                self._held_still.append((sent, places, held.start()))
            self._held_by(sent)
            for d in scan.dates:
                if d.kind == "event" and d.end is not None:
                    self._last_event = d.end
                    self._last_event_at = d.span[0]

    def _with_speakers(self, sent: Sentence, actors: list[ActorMention]) -> list[ActorMention]:
        """The sentence's actor mentions, with "our forces"/"we" in a quotation read as its
        speaker's side (a statement's own "our forces" stay the author's)."""
        said = speaker_mentions(self.text, sent.start, sent.end, self._quoted())
        if not said:
            return actors
        ours = [a for a in actors if a.how == "author"]
        said = [a for a in said if not overlaps(a.start, a.end, [(b.start, b.end) for b in ours])]
        spans = [(b.start, b.end) for b in said]
        rest = [a for a in actors if not overlaps(a.start, a.end, spans)]
        return sorted(rest + said, key=lambda a: a.start)

    def _region_name(self, p: PlaceMention) -> bool:
        """ "Sennar State", "Homs province": the name of a region, not of the place so named."""
        return bool(_NOT_A_PLACE_AFTER.match(self.text, p.end, p.end + 20))

    def _changes(
        self,
        sent: Sentence,
        unknown: list[PlaceMention],
        claims: list[tuple[int, int, dict]],
        scan: _Scan,
    ) -> None:
        """Draft the control changes of one sentence, verb by verb.

        Each verb governs a clause; its places, actors, date, confidence and
        claimed area are found in that order (``_clause_*``), each step adding
        its reasons to the drafts' notes.
        """
        verbs, dates = _dated_holds(scan.verbs, scan.dates, sent.end), scan.dates
        used: set[int] = set()
        sent_drafts: list[Draft] = []
        prev_subject: ActorMention | None = None
        for k in range(len(verbs)):
            clause = self._clause(sent, verbs, k)
            if clause is None:
                continue
            since = (
                _since(dates, clause.verb.end, clause.end)
                if clause.pattern == "held-since"
                else None
            )
            objs, obj_note = self._taken_places(sent, clause, unknown)
            if not objs:
                prev_subject = self._no_place_taken(sent, clause, dates, prev_subject)
                continue
            why = _Why()
            if obj_note:
                why.add(obj_note, 0.1 if "read as" in obj_note else 0)
            self._objs_now, self._objs_at = {p.place or p.text for p in objs}, sent.start
            subject, gainer, loser = self._clause_actors(sent, clause, prev_subject)
            if _RETURN.match(clause.verb.text) and (gainer is None or gainer.how == "context"):
                continue  # people, not a side, coming back
            if clause.pattern in ("capture", "drive-out") and subject is not None:
                prev_subject = subject
            if subject is not None and subject.how != "context":
                self.last_subject = subject
            loser = _explain_actors(why, gainer, loser)
            confidence, said_by = self._clause_confidence(
                why, sent, clause, {p.place for p in objs if p.place}
            )
            if clause.pattern in ("capture-passive", "drive-out-passive"):
                gainer = self._passive_gainer(why, clause, objs, dates, gainer, said_by, loser)
            confidence = self._claim_told_to_deny(why, sent, clause, gainer, confidence)
            if confidence == "disputed":
                gainer = self._denied_claimant(why, sent, clause, gainer)
            if since is not None:
                lo, hi, dtext, rank = since.start, since.end, since.text, 3
                why.add(f"background: held {since.text!r}, drafted as a change in that period")
            else:
                self._gainer_now = gainer.actor if gainer else ""
                # "entered X some days after the army left it on the 26th": the day after
                # "days after" is the other clause's, and this change is counted from it
                lo, hi, dtext, rank = self._counted_from(sent, dates, verbs, k) or self._date_for(
                    sent, dates, verbs, k, used, sent_drafts
                )
                no_day = _NO_DAY_GIVEN.search(sent.text)
                if no_day and rank > 0:
                    # "said northern forces had also taken Bayhan, but gave no date": the text
                    # says the day is not known; no other change's day is lent to it
                    lo, hi, rank = None, self.published, 0
                    dtext = f"{_NO_DAY_SAID} ({' '.join(no_day.group(0).split())!r})"
            before_date = (list(why.reasons), why.penalty)
            rank = self._explain_date(why, clause, lo, hi, dtext, rank)
            change = _Change(
                pattern=clause.pattern,
                verb=" ".join(clause.verb.text.split()),
                gainer=gainer.actor if gainer else "",
                loser=loser.actor if loser else "",
                date=hi,
                date_lo=lo,
                date_text=dtext,
                date_rank=rank,
                confidence=confidence,
                said_by=said_by,
                gainer_how=gainer.how if gainer else "",
                gainer_fits=_fits(gainer),
                claimed_km2=_claimed_area(why, clause, claims, len(objs)),
                why=why,
            )
            for p in objs:
                d = self._draft(sent, p, change)
                self.drafts.append(d)
                sent_drafts.append(d)
            if since is None:
                self._draft_gapped(sent, clause, change, before_date, objs, dates, used, unknown)

    def _no_place_taken(
        self,
        sent: Sentence,
        clause: _Clause,
        dates: list[DateMention],
        prev_subject: ActorMention | None,
    ) -> ActorMention | None:
        """A clause with no place: kept as a lead when it is dated ("handed over a string of
        villages on Thursday": the next sentence may name them); returns the subject the next
        verb inherits ("seized parts of A on Saturday and captured B")."""
        when = [
            d
            for d in dates
            if clause.verb.start <= d.span[0] < clause.end and d.kind == "event" and d.end
        ]
        if when:
            _, lead_gainer, _ = self._clause_actors(sent, clause, prev_subject)
            self._lead = (sent.start, when[0], lead_gainer.actor if lead_gainer else "")
        if clause.pattern in ("capture", "drive-out"):
            return self._clause_actors(sent, clause, prev_subject)[0] or prev_subject
        return prev_subject

    def _taken_places(
        self, sent: Sentence, clause: _Clause, unknown: list[PlaceMention]
    ) -> tuple[list[PlaceMention], str | None]:
        """The clause's places (:meth:`_clause_places`) less those named as a possessor
        ("Luanda's war was lost", "seized Makeni's airport": something of the place, not the
        place taken) and unknown names that are parts of a known place."""
        objs, note = self._clause_places(sent, clause, unknown)
        objs = [p for p in objs if not _POSSESSOR.match(self.text, p.end)]
        return [p for p in objs if p.place or not self._part_of_known(sent, p)], note

    def _told_again(
        self, why: _Why, clause: _Clause, objs: list[PlaceMention], dates: list[DateMention]
    ) -> ActorMention | None:
        """ "X forces have recaptured A, the military said on Thursday. The town was retaken on
        Tuesday.": a passive with no agent, of the one place a change drafted in this or the
        previous sentence took without a day of its own, on a day no later than that
        change's, tells that change again: its side (read as firmly), so the two are one
        change on the day given.  Not after a change with its own day ("A fell to X on Monday.
        A was retaken on Tuesday": the other side, a retaking)."""
        if len(objs) != 1 or not objs[0].place:
            return None
        prior = next(
            (
                d
                for d in reversed(self.drafts)
                if d.place == objs[0].place and d.span[1] >= self._prev_start
            ),
            None,
        )
        if (
            prior is None
            or not prior.to_actor
            or prior.date is None
            or prior.date_rank > 1
            or GAINER_STRENGTH.get(prior.gainer_how, 0) < 2
        ):
            return None
        when = [
            d
            for d in dates
            if clause.lo <= d.span[0] < clause.end and d.kind == "event" and d.end is not None
        ]
        if not when or when[0].end > prior.date:
            return None
        why.add(
            f"no side named: the change of {prior.place} told just before "
            f"({prior.to_actor}, {prior.verb!r}, dated by the report), told again with its day"
        )
        return ActorMention(
            objs[0].start, objs[0].start, "", prior.to_actor, prior.gainer_how, prior.verb
        )

    def _draft_gapped(
        self,
        sent: Sentence,
        clause: _Clause,
        change: _Change,
        before_date: tuple[list[str], float],
        objs: list[PlaceMention],
        dates: list[DateMention],
        used: set[int],
        unknown: list[PlaceMention],
    ) -> None:
        """Draft the places the clause's verb governs though left out ("took A on Saturday and
        B on Sunday": B on its own day), with the clause's reasons but for its date's."""
        if clause.pattern in ("held-since", "fall-of"):
            return
        for places, when in self._gapped(clause, objs, dates, used, unknown):
            gap = _Why()
            gap.reasons, gap.penalty = list(before_date[0]), before_date[1]
            gap.add(f"{clause.verb.text!r} left out before {places[0].text!r} (same clause)")
            # a day counted from the one before ("two days later") ranks as relative
            own = 2 if _LATER_GAP.fullmatch(when.text) else 3
            rank = self._explain_date(gap, clause, when.start, when.end, when.text, own)
            again = replace(
                change,
                date=when.end,
                date_lo=when.start,
                date_text=when.text,
                date_rank=rank,
                why=gap,
            )
            for p in places:
                self.drafts.append(self._draft(sent, p, again))

    def _gapped(
        self,
        clause: _Clause,
        objs: list[PlaceMention],
        dates: list[DateMention],
        used: set[int],
        unknown: list[PlaceMention],
    ) -> list[tuple[list[PlaceMention], DateMention]]:
        """Places after the clause's own, each with its own day, the verb left out: "took A
        on Saturday and B on Sunday", "A fell on Monday, and B and C in the south on
        Tuesday".  Each gapped list must follow a day phrase and end in one (else it is no
        gapping: "took A on Saturday and B's airport", "and B remained calm")."""
        out: list[tuple[list[PlaceMention], DateMention]] = []
        pos = max(clause.verb.end, *(p.end for p in objs))
        hi = clause.end
        if clause.pattern in ("fell-to", "capture-passive"):
            # "A fell to the Ninth Army on March 1, and B on March 2" (blind set 145): the
            # gapped places follow the agent's day
            agent = next(iter(self._actors_between(pos, hi)), None)
            if agent is not None and re.fullmatch(
                r"(?i)\s*(?:(?:to|by)\s+)?(?:the\s+)?", self.text[pos : agent.start]
            ):
                pos = agent.end
        while pos < hi:
            d1 = self._day_at(dates, pos, hi)
            if d1 is None:
                return out
            m = _GAP_AND.match(self.text, d1.span[1], hi)
            first = self._mention_at(m.end(), unknown) if m else None
            apposed = _PLACE_NOUN_COMMA.match(self.text, m.end(), hi) if m and not first else None
            if apposed:  # "took A on 24 October and the provincial capital, B, on 30 October"
                first = self._mention_at(apposed.end(), unknown)
            if first is None:
                return out
            places = [first, *self._list_tail(first.end, hi, unknown)] if not apposed else [first]
            after = _CLOSING_COMMA.match(self.text, first.end, hi) if apposed else None
            if after is None and len(places) == 1:
                # "and Machala, the capital of El Oro province, on Wednesday" (spent set 153)
                after = _APPOSED_AFTER.match(self.text, first.end, hi)
            end = after.end() if after else places[-1].end
            d2 = self._day_at(dates, end, hi)
            if d2 is None:
                # "took A on Monday and B two days later", "and B the next day" (blind set 143):
                # B's day counted from A's, and no day after it to go on from
                later = self._later_day(d1, end, hi)
                if later is not None:
                    out.append((places, later))
                return out
            used.add(next(i for i, d in enumerate(dates) if d is d2))
            out.append((places, d2))
            pos = places[-1].end
        return out

    def _clause(self, sent: Sentence, verbs: list[Verb], k: int) -> _Clause | None:
        """The clause of the ``k``-th verb and its pattern (passives told apart); None if blocked."""
        text = self.text
        v = verbs[k]
        region_lo, clause_end = _between_verbs(sent, verbs, k)
        if blocked_reason(text, sent, v, self._names_a_side):
            return None
        if (
            re.fullmatch(r"(?i)cleared|purged|cleansed", v.text)
            and not self._actor_after(v.end, clause_end, "of|from")
            and not _HOSTILE_OF.search(text, v.end, clause_end)
            # "The village was cleared by federal forces on 22 August": a side as the agent
            and not self._passive_agent(region_lo, v, clause_end)
            and not self._cleared_a_place(v, clause_end)
        ):
            return None  # "cleared them of mines": no side driven out, no change
        # "X was abandoned by A on Monday and occupied by B": a participle sharing the
        # auxiliary of the passive before it (and its subject)
        coordinated = _coordinated_passive(text, sent, verbs, k)
        if (
            v.text.lower() == "occupied"
            and _ADJECTIVE_OCCUPIED.search(text, max(0, v.start - 20), v.start)
            # "Isdud was abandoned by the Egyptians on October 28 and occupied by Israeli
            # troops the same day": no adjective
            and not coordinated
            # "the town is now occupied by the rebels": "now" with an agent tells a change
            and not (
                re.search(r"(?i)\b(?:is|are)\s+now\s+$", text[max(0, v.start - 12) : v.start])
                and re.match(r"\s+by\b", text[v.end : v.end + 4])
            )
            # "our columns broke the Red front along the river and occupied Argente": a verb
            # joined to a side's verb before it (spent sets 68, 75), not "in Ukraine and
            # occupied Crimea"
            and not self._joined_to_a_sides_verb(sent, v)
        ):
            return None  # "in occupied Kherson", "Russian-occupied X": a state, no verb
        if (
            re.fullmatch(r"(?i)fled|entered|left|came\s+into", v.text)
            and not self._fighters_before(region_lo, v.start)
            and not _subject_left_out(self.text, verbs, k)
            and not self._series_subject(region_lo, v.start)
            # "Shuqra was entered by Islah militiamen on June 20": a side named by its name
            # as the agent (not a role word: "entered by soldiers and UDT partisans")
            and not _named_by_name(self._passive_agent(region_lo, v, clause_end))
        ):
            return None  # "residents fled X", "aid trucks entered X": people, not a side
        if re.fullmatch(r"(?i)took|taken|taking|takes|take", v.text) and (
            _PRISONER.search(text[v.end : min(clause_end, v.end + 120)])
            or _TOOK_NO_PLACE.match(text, v.end)
        ):
            # "took the governor prisoner": people held; "has taken the title of ...", "took
            # refuge in X": no place taken
            return None
        if _raid(text, sent, verbs, k) or _drove_away(text, v, region_lo):
            return None
        if (
            # (a bare "laid down its arms": "laid down its arms to X" names who gained)
            re.match(r"(?i)surrendered|capitulated|laid\s+down\s+\w+\s+arms$", v.text)
            and not _GARRISON.search(text, region_lo, v.start)
            and not _SURRENDERED_PLACE.match(text, v.end)
            # "Toul surrendered to our troops" (spent set 86): a place named as the subject;
            # "Toul, which surrendered to Prussian troops", "Marsal, on the Seille,
            # surrendered to" (blind set 108): the place a relative or an aside of where it
            # lies joins to the verb
            and not self._place_next_to(sent.start, v.start)
        ):
            return None  # "the officials of the Kabul administration surrendered to": people
        passive = _is_passive(text, v, region_lo, coordinated)
        pattern = v.pattern
        if pattern in ("capture", "withdrawal") and passive:
            if pattern == "withdrawal":
                return self._passive_withdrawal(v, region_lo, clause_end)
            pattern = "capture-passive"
            if _CARRIED.match(text, v.end, clause_end):
                return None  # "the wounded were taken by boat to X": people carried, no change
            if _HELD_SINCE_PASSIVE.match(v.text + text[v.end : clause_end]):
                return None  # "X, which had been occupied by Y since last year": a holding
        if pattern == "drive-out" and passive:
            pattern = "drive-out-passive"
        if pattern == "loss" and passive:  # "X was handed over to Y": X before, Y after
            pattern = "fell-to"
        return _clause_span(sent, verbs, k, region_lo, clause_end, pattern, coordinated)

    def _joined_to_a_sides_verb(self, sent: Sentence, v: Verb) -> bool:
        """Is ``v`` ("occupied") joined by "and" to a verb a side is the subject of, earlier
        in the sentence ("the French aggressors sent their paratroopers out of the base and
        occupied X")?"""
        if not re.search(r"(?i)\band\s+$", self.text[sent.start : v.start]):
            return False
        for a in self._actors_between(sent.start, v.start):
            if not a.actor:
                continue
            nxt = re.match(r"\s+(?:[a-z]+ly\s+)?([a-z]+)\b", self.text[a.end : a.end + 40])
            if nxt and (nxt.group(1).endswith("ed") or nxt.group(1) in _IRREGULAR_PAST):
                return True
        return False

    def _passive_agent(self, lo: int, v: Verb, hi: int) -> ActorMention | None:
        """The side named after "by" when ``v`` follows an auxiliary ("was cleared by federal
        forces"), else None."""
        if not PASSIVE_BEFORE.search(self.text[lo : v.start]):
            return None
        return self._actor_after(v.end, hi, "by")

    def _passive_withdrawal(self, v: Verb, lo: int, hi: int) -> _Clause | None:
        """ "the troops were withdrawn from X", "it was withdrawing its troops from X": still
        the troops' loss; "X was abandoned": the place is the subject, not a withdrawal
        drafted here; "Agency staff were withdrawn from all provincial towns": no side's."""
        if re.match(r"(?i)abandoned|evacuated|vacated|given\s+up", v.text):
            # "Brahmanbaria was abandoned by its Pakistani garrison on Monday": the side after
            # "by" left the place before the verb; with no side after "by", no change
            if self._actor_after(v.end, hi, "by") is None:
                return None
            return _Clause(v, lo, hi, "withdrawal", left_by=True)
        if not self._fighters_before(lo, v.start):
            return None
        return _Clause(v, lo, hi, "withdrawal")

    def _draft(self, sent: Sentence, p: PlaceMention, change: _Change) -> Draft:
        """The draft of one place of a change; an unknown place is noted and listed."""
        pen = change.why.penalty
        why = list(change.why.reasons)
        if p.place is None:
            near = p.candidates or (self.gaz.place_index.nearest(p.text) if p.suggest else [])
            cands = ", ".join(f"{lab!r} ({i})" for i, lab in near)
            why.insert(
                0,
                place_to_add(p.text, p.how) + (f" (nearest: {cands})" if cands else ""),
            )
            pen += 0.1
            self.unknown.append((p, sent, True))
        elif p.how in ("kind-near", "feature-word"):
            why.insert(0, f"{p.text!r} read as {self.gaz.place_index.label(p.place)!r}")
            pen += 0.05
        return Draft(
            place=p.place or p.text,
            place_known=p.place is not None,
            place_ambiguous=p.place is None and p.how == "ambiguous",
            to_actor=change.gainer,
            from_actor=change.loser,
            date=change.date,
            date_lo=change.date_lo,
            date_text=change.date_text,
            date_rank=change.date_rank,
            confidence=change.confidence,
            said_by=change.said_by,
            source=self.source_key(change.said_by),
            party=self.party_of(self.source_key(change.said_by)),
            pattern=change.pattern,
            verb=change.verb,
            evidence=sent.text,
            span=(sent.start, sent.end),
            reasons=why,
            penalty=pen,
            kind=p.kind,
            order=len(self.drafts),
            claimed_km2=change.claimed_km2,
            gainer_how=change.gainer_how,
            fits=change.gainer_fits,
        )

    def _next_sentence_text(self, sent: Sentence) -> str:
        return self.text[sent.end : sent.end + 300]

    def _held_by(self, sent: Sentence) -> None:
        """ "the hamlet had been held by Western-backed rebels": the loser of an earlier draft."""
        if not self.drafts:
            return
        for m in HELD_BY.finditer(self.text, sent.start, sent.end):
            holder = next(iter(self._actors_between(m.end(), m.end() + 4)), None)
            if holder is None:
                continue
            before = self.text[sent.start : m.start()]
            target = None
            named = [p for p in self._places_between(sent.start, m.start()) if p.place]
            recent = self.drafts[-20:]
            if named:
                target = [d for d in recent if d.place == named[-1].place]
            else:
                am = re.search(
                    r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}?(?P<noun>"
                    + "|".join(f"(?:{n})" for n, _ in ANAPHOR_NOUNS)
                    + r")\b",
                    before,
                )
                if am:
                    kinds = kinds_for(am.group("noun"), ANAPHOR_NOUNS)
                    target = [d for d in recent if d.kind in kinds][-1:]
            for d in target or []:
                if not d.from_actor and d.to_actor != holder.actor:
                    d.from_actor = holder.actor
                    said = " ".join(self.text[m.start() : holder.end].split())
                    d.reasons.append(f"from_actor {holder.actor} ← {said!r}")

    def _start_before(self, pos: int, n: int) -> int:
        """Where the ``n``-th sentence before the one starting at ``pos`` starts."""
        i = bisect_left(self._sent_starts, pos)
        return self._sent_starts[max(0, i - n)] if self._sent_starts else 0

    @staticmethod
    def _own_change(text: str) -> bool:
        """Does a sentence with a denial report a change outside the denial?"""
        verbs = find_verbs(text, Sentence(0, len(text), text))
        return any(not _DENIED.search(text, 0, v.start) for v in verbs)

    def infer_losers(self, drafts: list[Draft]) -> None:
        """``from_actor`` the text does not give: the place's holder on the day before the
        change (or before its range) by the theatre's ``control.csv`` and ``events.csv``,
        said in the note as inferred; left empty before the initial snapshot or when the
        holder is the gainer."""
        _losers_from_each_other(drafts)
        for d in drafts:
            if d.from_actor or not d.place_known or not d.to_actor:
                continue
            day = d.date_lo or d.date
            who = self.holders.holder(d.place, day)
            if who and who != d.to_actor:
                d.from_actor = who
                d.reasons.append(
                    f"from_actor {who} inferred: the holder of {d.place} before {day} by "
                    "control.csv/events.csv (the text does not say who lost it)"
                )

    def _claims(self, sent: Sentence) -> list[tuple[int, int, dict]]:
        """Area claims in a sentence: (start, end, row) with spans in the text."""
        found = claims_in(
            sent,
            lambda hi: self._actors_between(sent.start, hi),
            self.home,
            self.local,
            on=self.published or self.start,
        )
        self.claims.extend(row for _, _, row in found)
        return found


# "entered X on Tuesday but were pushed back out of the town within hours": a raid, no change
_RAID_BACK = re.compile(r"(?i)\s+but\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?$")


def _fits(a: ActorMention | None) -> tuple[str, ...]:
    """The sides an unresolved mention fits ("rebels": FUC or RFC or UFDD); () otherwise."""
    if a is None or a.how != "unresolved" or a.actor:
        return ()
    return tuple(x for x in a.basis.split(" or ") if re.fullmatch(r"[\w.-]+", x))


def _raid(text: str, sent: Sentence, verbs: list, k: int) -> bool:
    """An entry and, in the same sentence, its side "but were pushed back out" (or the
    expulsion itself): neither is a change of hands."""
    v = verbs[k]
    if k + 1 < len(verbs):
        nxt = verbs[k + 1]
        if (
            v.pattern == "capture"
            and nxt.pattern == "drive-out"
            and _RAID_BACK.search(text, v.end, nxt.start)
        ):
            return True
    if k > 0 and v.pattern == "drive-out" and verbs[k - 1].pattern == "capture":
        return bool(_RAID_BACK.search(text, verbs[k - 1].end, v.start))
    return False


def _drove_away(text: str, v, region_lo: int) -> bool:
    """ "the vehicles drove back out of the town": a way driven, no one expelled (active
    "drove"/"driving" with nothing between the verb and "out")."""
    return bool(
        v.pattern == "drive-out"
        and v.mid is not None
        and re.fullmatch(r"(?i)\s*(?:back|away)?\s*", text[v.mid[0] : v.mid[1]])
        and re.match(r"(?i)dr[oi]v", v.text)
        and not PASSIVE_BEFORE.search(text[region_lo : v.start])
    )


def _since(dates: list[DateMention], lo: int, hi: int) -> DateMention | None:
    """The dated "since ..." in [lo, hi) of a "held since" clause ("since June 2014"), or None."""
    for d in dates:
        if lo <= d.span[0] < hi and d.kind == "since" and d.start:
            return d
    return None


def _dated_holds(verbs: list[Verb], dates: list[DateMention], end: int) -> list[Verb]:
    """The verbs without "has held X" that has no dated "since" of its own: that says no
    change (nor does it end the clause of the verb before it)."""
    out = []
    for k, v in enumerate(verbs):
        nxt = verbs[k + 1].start if k + 1 < len(verbs) else end
        if v.pattern != "held-since" or _since(dates, v.end, nxt) is not None:
            out.append(v)
        elif v.text.lower().endswith("occupied"):
            # "which the aggressors had occupied on Saturday": a capture, not a hold (blind
            # set 13); its verb is the participle only
            at = v.end - len("occupied")
            out.append(replace(v, pattern="capture", start=at, text=v.text[-len("occupied") :]))
    return out


def _losers_from_each_other(drafts: list[Draft]) -> None:
    """Two dated changes of one place to different sides in one article ("the LNA seized
    Gharyan in early April ... the GNA recaptured it on Wednesday"): the later one's
    loser is the earlier one's gainer; a recapture ("re-took", "regained", "won back")
    also says the earlier one's loser.  Said in the note."""
    dated = sorted(
        (d for d in drafts if d.date and d.to_actor and d.place_known), key=lambda d: d.date
    )
    for i, later in enumerate(dated):
        before = [d for d in dated[:i] if d.place == later.place and d.to_actor != later.to_actor]
        if not before:
            continue
        earlier = before[-1]
        if not later.from_actor:
            later.from_actor = earlier.to_actor
            later.reasons.append(
                f"from_actor {earlier.to_actor}: the gainer of {later.place} on {earlier.date}, "
                "stated earlier in the text"
            )
        if not earlier.from_actor and RECAPTURE.match(later.verb):
            earlier.from_actor = later.to_actor
            earlier.reasons.append(
                f"from_actor {later.to_actor}: it {later.verb!r} {later.place} on {later.date}"
            )


_PLACE_NOUN_COMMA = re.compile(_PLACE_NOUN_OBJECT.pattern + r",\s*")
_CLOSING_COMMA = re.compile(r"\s*,")
# an aside after a gapped place, before its day: ", the capital of El Oro province,"
_APPOSED_AFTER = re.compile(r"(?i)\s*,\s+(?:the|an?|its)\s+[^,;:.()\"“”]{1,60},")
# between two verbs of one subject: "took Daloa on Monday and (then) entered Guiglo"
_AND_LEFT_OUT = re.compile(r"(?i)[^.;:!?\"“”]*\band\s+(?:(?:then|also|later|\w+ly)\s+)?")


def _named_by_name(a: ActorMention | None) -> bool:
    """Is ``a`` a side named by one of its names or a modifier ("Islah militiamen",
    "Iraqi troops"), not by a role word several sides share?"""
    return a is not None and bool(a.actor) and a.how in ("alias", "modifier")


def _is_passive(text: str, v: Verb, lo: int, coordinated: bool) -> bool:
    """Is verb ``v`` (its clause from ``lo``) a passive: after an auxiliary, a reduced relative
    with its agent, or ``coordinated`` (joined by "and" to a passive verb,
    :func:`_coordinated_passive`)?"""
    if coordinated:
        return True
    # "the rebels are now in control of X": a state the subject is in, not a passive
    if not v.text.lower().startswith("in ") and PASSIVE_BEFORE.search(text[lo : v.start]):
        return True
    # "The town of Sapoa, liberated by our columns on 16 June, ...": a participle after the
    # place's comma, with its agent
    return bool(
        _REDUCED_PASSIVE.search(text, lo, v.start)
        and _PARTICIPLE_BY.match(text, v.end)
        and _PARTICIPLE.fullmatch(v.text)
    )


def _clause_span(
    sent: Sentence,
    verbs: list[Verb],
    k: int,
    lo: int,
    end: int,
    pattern: str,
    coordinated: bool,
) -> _Clause:
    """The clause of verb ``k`` from ``lo`` to ``end``; for a participle sharing the auxiliary
    of the passive verb ``k - 1`` ("X was abandoned ... and reoccupied by Y"), from where that
    verb's clause starts (its subject, the place, stands there), the subject ending at that
    verb."""
    if not (pattern == "capture-passive" and coordinated):
        return _Clause(verbs[k], lo, end, pattern)
    start = verbs[k - 2].end if k > 1 else sent.start
    return _Clause(verbs[k], start, end, pattern, subject_end=verbs[k - 1].start)


def _coordinated_passive(text: str, sent: Sentence, verbs: list[Verb], k: int) -> bool:
    """ "Pattan was abandoned by the tribesmen on Thursday and reoccupied by Indian troops on
    Friday": a participle with its agent joined by "and" to a passive verb shares its
    auxiliary (spent set 22)."""
    if k == 0:
        return False
    v, prev = verbs[k], verbs[k - 1]
    return bool(
        _PARTICIPLE.fullmatch(v.text)
        and _PARTICIPLE_BY.match(text, v.end)
        and re.search(r"(?i)\band\s+(?:then\s+|later\s+)?$", text[prev.end : v.start])
        and PASSIVE_BEFORE.search(text[max(sent.start, prev.start - 40) : prev.start])
    )


def _subject_left_out(text: str, verbs: list[Verb], k: int) -> bool:
    """Is verb ``k`` joined by "and" to a side's capture before it, its subject left out
    ("The FRCI took Daloa on Monday and entered Guiglo")?"""
    if k == 0 or verbs[k - 1].pattern not in ("capture", "drive-out"):
        return False
    return bool(_AND_LEFT_OUT.fullmatch(text, verbs[k - 1].end, verbs[k].start))


_NO_DAY_SAID = "the text gives no day"
# the text says the day of a change is not known: "but gave no date", "did not say when"
_NO_DAY_GIVEN = re.compile(
    r"(?i)\b(?:gave|giving|give|with)\s+no\s+(?:date|day)\b|\bdid\s+not\s+say\s+when\b"
    r"|\bwithout\s+(?:giving|saying)\s+(?:a\s+date|when)\b|\bno\s+date\s+was\s+given\b"
)


_POSSESSOR = re.compile(
    r"['’]s?\s+(?!(?:own|whole|entire)\b|(?:(?:city|town)\s+)?(?:centre|center|downtown|heart|old\s+city"
    r"|main\s+(?:town|square)|districts?|quarters?|neighbou?rhoods?)\b)\w"
)
#: "occupied by the rebels since last year", "held since March": a holding statement
_HELD_SINCE_PASSIVE = re.compile(
    r"(?i)(?:occupied|held|controlled)(?:\s+by\s+[^.;:,]{1,60}?)?\s+(?:ever\s+)?since\b"
)
