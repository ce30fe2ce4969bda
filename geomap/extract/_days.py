"""When a change happened: the extractor's reading of days.

The day a clause's own date gives, one told before it, one counted from another day ("two days
later", "on the third day"), one shared by coordinated clauses or inherited from the change before,
or a range when the text gives no day; and the note that says which.  Part of
:class:`geomap.extract.extractor.Extractor`."""

from __future__ import annotations

import datetime as dt
import re

from ._clause import _Clause, _Why
from ._mentions import _CLAIM_NOUN
from .dates import DateMention, find_dates, number_of, relative_range
from .draft import Draft
from .patterns import (
    COUNTED_FROM,
    LATER,
    NOW_STATE,
    PLUPERFECT_BEFORE,
    RELATIVE_DAY,
    REPORTED,
    SAME_DAY,
    Verb,
)
from .text import Sentence

# "Our forces have also taken X", "X has also been liberated": a present perfect tells a
# change as of the time of writing, not on the day of the change told before it (as "They
# also took X" does): the text's own day dates it (blind sets 10 and 11: 5 changes)
_HAVE_ALSO = re.compile(r"(?i)\b(?:has|have|'ve)\s+$")
_ALSO_HAVE = re.compile(r"(?i)\s+(?:has|have)\b")


def _perfect_also(text: str, also: re.Match, lo: int) -> bool:
    """Is the "also" of ``text[lo:...]`` (``also`` matched on that slice) that of a present
    perfect: "have also taken", "has also been liberated", "also have taken"?"""
    at, end = lo + also.start(), lo + also.end()
    return bool(_HAVE_ALSO.search(text, max(0, at - 8), at) or _ALSO_HAVE.match(text, end))


# an undated clause about "the town" of the sentence before it
_THE_PLACE_BEFORE = re.compile(
    r"(?i)\bthe\s+(?:(?:empty|deserted|abandoned|ruined|small|border|key|strategic)\s+)?"
    r"(?:town|village|city|settlement)\b(?!\s+of\b)"
)


# "[entered X on Monday,] hours after the troops pulled out": the same day as the clause before
_HOURS_AFTER = re.compile(
    r"(?i)(?:,|\band)\s+(?:(?:just|only|a\s+few|several|some|two|three|four|five|six)\s+)?"
    r"hours\s+(?:after|before)\b[^,;.]{0,80}$"
)
# a change named as a noun: "the fall of X", "the capture of X"
_CHANGE_NOUN = re.compile(
    r"(?i)\bthe\s+(?:fall|capture|loss|seizure|liberation|recapture|surrender|taking|"
    r"abandonment|evacuation)\s+of\s+(?:the\s+(?:town|city|village|port)\s+of\s+)?"
)
# the auxiliary of a present perfect before a verb: "have (also) taken", "has been captured"
_PRESENT_PERFECT_BEFORE = re.compile(
    r"(?i)\b(?:have|has)\s+(?:(?:\w+ly|also|now|already|just)\s+)?(?:been\s+)?$"
)
# a word, to tell a paragraph from a dateline line
_WORD = re.compile(r"[^\W\d_]+")
# a word joining a new clause with its own subject: "... on 20 March and troops entered"
_CLAUSE_JOIN = re.compile(r"(?i)\b(?:and|then|before|after|while|when|but)\b")


def _between_verbs(sent: Sentence, verbs: list[Verb], k: int) -> tuple[int, int]:
    """Where verb ``k``'s clause may run: from the end of the verb before it (else the
    sentence's start) to the start of the verb after it (else the sentence's end)."""
    prev_end = verbs[k - 1].end if k > 0 else sent.start
    nxt = verbs[k + 1].start if k + 1 < len(verbs) else sent.end
    return prev_end, nxt


def _count_of(word: str) -> int:
    """The number a count's word gives ("the" day after: 1; "two", "2": 2)."""
    return 1 if word.lower() == "the" else number_of(word.split()[-1])


#: The days a count with no number spans ("days after", "some weeks before"): from the
#: nearest to the farthest, by the unit's first letter.
_VAGUE_SPAN = {"d": (1, 10), "w": (7, 42), "m": (28, 150), "y": (365, 1100)}


def _vague_range(anchor: dt.date, unit: str, sign: int) -> tuple[dt.date, dt.date]:
    """The days "some <unit>s" after (``sign`` +1) or before (-1) ``anchor``, in order."""
    near, far = _VAGUE_SPAN[unit[0].lower()]
    a, b = anchor + dt.timedelta(days=sign * near), anchor + dt.timedelta(days=sign * far)
    return min(a, b), max(a, b)


def _opens(sent: Sentence, m: re.Match) -> bool:
    """Does ``m`` open its sentence (after "But", "And", "Then", "Only", "Just" at most)?"""
    before = sent.text[: m.start() - sent.start]
    return not re.sub(r"(?i)\b(?:but|and|then|only|just)\b|\W", "", before)


# a gapped place's day counted from the one before: "and B two days later", "the next day"
_LATER_GAP = re.compile(
    r"(?i)\s*,?\s*(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?"
    r"\s+later|(?P<next>the\s+(?:next|following)\s+day|a\s+day\s+later))\b"
)
# how many hours, in words: "After three hours of fighting", "within a few hours"
_HOURS_COUNT = r"a\s+few|several|some|two|three|four|five|six"
# a sentence that goes on with the story of the one before, the same day ("After a lively
# engagement lasting several hours, ...", "After three hours of fighting", "Then", "By
# nightfall"), not days later ("After three days of fighting")
_CONTINUES = re.compile(
    r"(?i)\s*(?:(?:After|Following)\s+(?!(?:\w+\s+){0,2}(?:days|weeks|months|years)\b)"
    rf"(?:an?|the)\s|(?:After|Within)\s+(?:(?:{_HOURS_COUNT}|\d)\s+)?"
    r"hours\b|Then\b|By\s+(?:evening|nightfall|night|noon|midday|the\s+evening)\b"
    r"|Later\s+(?:that|in\s+the)\s+(?:day|morning|afternoon|evening)\b)"
)
# "the claim(s) [by X, broadcast ...] that [they have captured]": a change told as a claim
_CLAIM_TOLD = re.compile(
    # "Claims by the mercenaries that ...": a sentence may open on the bare noun
    rf"(?i)(?:\b(?:the|these|those|such)\s+|(?<![\w,;:]\s)(?<!\w)(?-i:(?=[A-Z])))"
    rf"{_CLAIM_NOUN}\b[^.;]{{0,160}}?\bthat\s+[^.;]*$"
)
# "on the first day of the operation": counted from the day the text says it began
_ORDINALS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_NTH_DAY = re.compile(
    r"\b(?:on\s+)?the\s+(?P<ord>first|opening|second|third|fourth|fifth)\s+day\s+of\s+(?:the|its"
    r"|their|this|that)\s+(?:\w+\s+)?(?:offensive|operation|assault|campaign|attack|push|battle)\b",
    re.I,
)
_BEGAN = re.compile(r"\b(?:began|launched|started|opened|begun)\b", re.I)
# a verb coordinated with the one before ("captured X and taken Y", "and then seized Z")
_AND_BEFORE = re.compile(
    r"\band\s+(?:(?:has|have|had|then|later|also|subsequently|finally)\s+)*$", re.I
)
# a clause of witnessing or saying after a change's verb: a day named in it is the witness's
# ("ICRC staff who visited the town on 17 October"), not the change's (blind sets 10, 11)
_WITNESS_CLAUSE = re.compile(
    r"(?i)\bwho\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?"
    r"(?:visited|saw|seen|witnessed|returned|toured|spoke|spoken|reported|confirmed|told|said"
    # "according to commanders who met reporters there on Thursday" (spent set 18)
    r"|travell?ed|arrived|went|gone|drove|driven"
    r"|(?:met|briefed)\s+(?:the\s+)?(?:reporters|journalists|press))\b"
    r"|\b(?:confirmed|said|reported|told\s+\w+)\s+that\b"
    # "said on Saturday it had captured X, but a junta spokesman denied on Sunday that ...":
    # the day of the denial, not of the change (blind set 134)
    r"|,\s+but\s+(?:[\w'’-]+\s+){0,6}?(?:denied|insisted|maintained|countered)\b"
    # "drove them out of X, where enemy elements had infiltrated on the night of 9 March": an
    # earlier event told in a relative clause (blind set 14), with or without a comma:
    # "liberated Man from the assailants who had infiltrated it ... on Thursday" (spent set 15)
    r"|(?:,\s*|\s)(?:where|which|who)\s+[^,;.]*\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+ed\b"
)
# a time of day with no date: the day of the event told just before
_PART_OF_DAY = re.compile(
    r"(?i)\b(?:(?:in|by|during)\s+the\s+(?:afternoon|morning|evening|night)"
    r"|that\s+(?:afternoon|morning|evening|night)|at\s+(?:dawn|dusk|nightfall|noon)"
    # "entered X towards evening as the enemy withdrew"
    r"|towards?\s+(?:evening|nightfall|dusk|night|noon)"
    # "Son was in American hands by evening"
    r"|by\s+(?:evening|nightfall|dusk|noon|midday)"
    r"|later\s+(?:that|the\s+same)\s+day|hours\s+later"
    # "After hours of fighting, ... took the town": the fighting of the day given before
    rf"|(?:after|within)\s+(?:(?:{_HOURS_COUNT})\s+)?hours"
    # "X took the town after the battle": the battle of the day given before
    r"|after\s+the\s+(?:battle|fighting|clashes)(?!\s+(?:of|for|at|in|on)\b))\b"
)
# what may stand between a place and its day: "B on Sunday", "B in the south on Tuesday"
_BEFORE_DAY = re.compile(
    r"(?:\s+in\s+the\s+(?:north|south|east|west|centre|center|(?:north|south)?(?:east|west)?ern"
    r"\s+\w+))?\s+(?:(?:on|in|late\s+on|early\s+on|at|by)\s+)?",
    re.I,
)


class _Days:
    """When a change happened, and how the day was read."""

    def _date_for(
        self,
        sent: Sentence,
        dates: list[DateMention],
        verbs: list[Verb],
        k: int,
        used: set[int],
        sent_drafts: list[Draft],
    ) -> tuple[dt.date | None, dt.date | None, str, int]:
        v = verbs[k]
        prev_end, nxt = _between_verbs(sent, verbs, k)
        # "took A, ..., and on Friday X recaptured B": a date opening the next clause is its
        fwd = [
            (i, d)
            for i, d in enumerate(dates)
            if v.start <= d.span[0] < nxt
            and not (
                k + 1 < len(verbs)
                and re.search(
                    r"(?i),\s+and\s+(?:then\s+)?(?:on\s+|in\s+|at\s+)?$",
                    self.text[max(0, d.span[0] - 16) : d.span[0]],
                )
            )
            # "retook X, according to staff who visited the town on 17 October", "took X, and
            # residents confirmed that rebels were in the town on Saturday": another clause's
            and not _WITNESS_CLAUSE.search(self.text, v.end, d.span[0])
            # "X was in American hands by evening, and engineers had a bridge up early this
            # morning": the clause's own time of day, the next clause's date
            and not self._time_of_day_first(v.end, d.span[0])
        ]
        asides = [m.span() for m in _ASIDE.finditer(self.text, prev_end, v.start)]
        # "took X on Tuesday after ... left overnight, a day after troops took Y": the dates
        # before "a day after" are the earlier clause's, not this verb's
        rel_at = RELATIVE_DAY.search(self.text, prev_end, v.start)
        if rel_at is not None:
            prev_end = max(prev_end, rel_at.start())
        # "left X on the evening of 28 September, and Y entered the town the following
        # morning": the day before the verb is the earlier clause's
        told_before = self._day_told_before(sent, dates, v, sent_drafts)
        later_at = LATER.search(self.text, v.end, nxt)
        counted = (
            told_before is not None
            and later_at is not None
            and not re.search(r"[;:]", self.text[v.end : later_at.start()])
        )
        back = [
            (i, d)
            for i, d in enumerate(dates)
            if prev_end <= d.span[0] < v.start
            and not counted
            and i not in used
            # "MUJAO, who had held X since June, abandoned it": the aside's date, not the verb's
            and not any(a <= d.span[0] < b for a, b in asides)
        ]
        # after the verb the first date, before it the nearest ("lost X on Saturday 8 January
        # and on Sunday withdrew from Y"); "regained X, which IS had seized in 2015, on
        # Friday": the date after the aside
        when = self._when_pool(dates, v, prev_end)
        for pool in (when, fwd, back[::-1], self._after_aside(dates, v.end, nxt, used)):
            for i, d in pool:
                if d.kind == "event" or pool is when:
                    used.add(i)
                    return d.start, d.end, d.text, 3
        # "On Oct. 29 they took Mubi; troops returned to Mubi two weeks later": counted from
        # the change before it in the sentence, not the day opening the sentence
        shared = (
            self._claim_day(sent, dates, v)
            or (
                self._later(sent, dates, v.end, nxt, sent_drafts, anchor=told_before)
                if counted
                else None
            )
            or self._shared_date(dates, verbs, k)
            or self._opening_date(sent, dates, verbs)
        )
        if shared is not None:
            return shared

        rel = RELATIVE_DAY.search(self.text, prev_end, v.start)
        if rel and rel["n"] is None and rel["unit"].endswith("s"):
            return self._days_after(rel, sent_drafts)
        prior = sent_drafts[-1] if sent_drafts else self._recent_draft(sent)
        # "The fall of X, three days after the rebels took Y": after X's change, on its day
        named = self._named_change(sent.start, rel.start()) if rel and rel["n"] else None
        prior = named or prior
        same = SAME_DAY.search(self.text, prev_end, nxt)
        by_prior = (
            self._same_day_told_before(sent, same, sent_drafts, prior)
            or (self._same_day_of_relative(sent, dates, v, same) if not sent_drafts else None)
            or (self._said_that_day(dates, v, nxt) if same else None)
            or self._hours_after(prev_end, v.start, prior, sent_drafts)
            or self._by_prior(rel, same, self._dated_prior(sent, prior) if same else prior)
        )
        if by_prior is not None:
            return by_prior
        # "Two days later they took X": before the verb, only from a day the text stated
        later = self._later(sent, dates, v.end, nxt, sent_drafts) or self._later(
            sent, dates, prev_end, v.start, sent_drafts, rank=3
        )
        if later is not None:
            return later
        # "on Friday captured X and took Y": the day of the clause it is joined to
        coordinated = self._coordinated_date(sent, dates, verbs, k)
        if coordinated is not None:
            return coordinated
        inherited = (
            self._inherited_date(sent, prev_end, nxt, prior)
            or self._nth_day(sent, prev_end, nxt)
            or self._opening_paragraph_day(sent, v, dates)
        )
        reported = next((d for d in dates if d.kind == "report" and d.end is not None), None)
        if inherited is not None and not (reported and inherited[2].startswith("also")):
            # "X said on Monday that its forces had also taken Y": the day it was said, not
            # the day of the change "also" refers to (told by another side)
            return inherited
        # "LUANDA, March 8 (Reuters) - ...": a dateline's day is the report's, below any day
        # a clause names for itself
        reported = reported or next(
            (d for d in dates if d.kind == "dateline" and d.end is not None), None
        )
        if reported is not None:
            return self._reported_day(reported, v.end, nxt)
        if PLUPERFECT_BEFORE.search(self.text, prev_end, v.start) and not REPORTED.search(
            sent.text
        ):
            return None, None, "background", -1
        if self.published:
            return self.published, self.published, _NO_DATE_IN_SENTENCE, 0
        return None, None, "", 0

    def _time_of_day_first(self, lo: int, hi: int) -> bool:
        """A time of day in the verb's clause, then a new clause (", and", ";") before ``hi``."""
        brk = re.search(r"[,;]\s+(?:and|but|while|whereas)\s|;", self.text[lo:hi])
        if brk is None:
            return False
        # "occupied X, where the Emperor had his headquarters in the morning, and ...": an
        # aside's time of day, not the verb's
        own = re.split(
            r"(?i),\s+(?:where|which|who|whose|when)\b", self.text[lo : lo + brk.start()]
        )[0]
        return _PART_OF_DAY.search(own) is not None

    def _said_that_day(self, dates: list[DateMention], v: Verb, hi: int):
        """ "A commander said on Thursday that his fighters had entered X that morning": the
        morning of the day it was said, not of the change told before; None without a day
        of saying before the verb or "that morning" after it."""
        said_on = next(
            (d for d in dates if d.kind == "report" and d.end is not None and d.span[0] < v.start),
            None,
        )
        if said_on is None or not _THAT_DAY.search(self.text, v.end, hi):
            return None
        return self._reported_day(said_on, v.end, hi)

    def _reported_day(self, reported: DateMention, lo: int, hi: int):
        """The day a change was reported, as the change's: a bound (it may be earlier), or
        the day itself when the clause says so ("said on Thursday that his fighters had
        entered X that morning")."""
        that_day = _THAT_DAY.search(self.text, lo, hi)
        if that_day and reported.kind == "report" and reported.start == reported.end:
            said = f"{' '.join(that_day.group(0).split())} ({reported.text})"
            return reported.end, reported.end, said, 3
        return reported.end, reported.end, reported.text, 1

    def _counted_from(
        self, sent: Sentence, dates: list[DateMention], verbs: list[Verb], k: int
    ) -> tuple[dt.date, dt.date, str, int] | None:
        """ "entered X two days after the army left it on 26 March", "Some days after the army
        left it on 26 March, the rebels entered X": the change counted from the day the
        clause after "days after" ("before") gives, when the verb's own clause gives none;
        a number counts exactly ("two days after": the 28th), "some", "several", "a few" or
        none gives a range (as "days after" does). None when the text says no such thing."""
        text, v = self.text, verbs[k]
        prev_end, nxt = _between_verbs(sent, verbs, k)
        m = next(
            (
                m
                for m in COUNTED_FROM.finditer(text, sent.start, sent.end)
                if v.end <= m.start() <= v.end + 120 or (m.end() <= v.start and _opens(sent, m))
            ),
            None,
        )
        if m is None:
            return None
        if m.start() >= v.end:  # the count after the verb: its clause runs on from it
            clause, own = (m.end(), min(sent.end, m.end() + 160)), [(prev_end, m.start())]
        else:  # a sentence opening on the count: its clause ends at the comma before the verb
            comma = text.rfind(",", m.end(), v.start)
            if comma < 0:
                return None
            clause, own = (m.end(), comma), [(comma, v.start), (v.end, nxt)]
        # the verb's own day ("entered X on 28 March, two days after ...")
        if any(d.kind == "event" and lo <= d.span[0] < hi for d in dates for lo, hi in own):
            return None
        anchor = next(
            (
                d
                for d in dates
                if clause[0] <= d.span[0] < clause[1]
                and d.kind == "event"
                and d.end is not None
                # a clause of its own between: not "Two days before, on Tuesday, 28
                # September, the troops freed X" (spent set 35), the count's own day
                and not re.search(r"[,;:]", text[m.end() : d.span[0]])
                and len(text[m.end() : d.span[0]].split()) >= 2
            ),
            None,
        )
        if anchor is None:
            return None
        day, sign = anchor.end, (1 if m["dir"].lower() == "after" else -1)
        n = (m["n"] or "").lower()
        if n and n not in ("several", "a few") and (m["q"] or "").lower() != "some":
            lo, hi = relative_range(day, _count_of(n), m["unit"], sign, m["q"] or "")
        else:
            lo, hi = _vague_range(day, m["unit"], sign)
        said = " ".join(m.group(0).split())
        return lo, hi, f"{said} ({anchor.text.strip(' .,;')}: {day})", 2

    def _when_pool(
        self, dates: list[DateMention], v: Verb, prev_end: int
    ) -> list[tuple[int, DateMention]]:
        """ "X fell on April 1 last year, when the separatists rode into the city": a verb
        after ", when" takes the day of the clause before (its narrowest date)."""
        if not re.search(r"(?i),\s*when\b", self.text[prev_end : v.start]):
            return []
        when = [
            (i, d)
            for i, d in enumerate(dates)
            if d.span[0] < v.start
            and d.end
            and (
                d.kind == "event"
                # "X has been in rebel hands since March 20, when rebels captured it": the day
                # the holding began is the when-clause's
                or (d.kind == "since" and re.match(r",\s*when\b", self.text[d.span[1] :]))
            )
        ]
        if not when:
            return []
        return [min(when, key=lambda p: (p[1].end - (p[1].start or p[1].end), -p[1].span[0]))]

    def _shared_date(
        self, dates: list[DateMention], verbs: list[Verb], k: int
    ) -> tuple[dt.date | None, dt.date | None, str, int] | None:
        """ "had overrun X and freed prisoners last week": two verbs joined by "and" share
        the date that closes the second one (when the first has none of its own)."""
        if k + 1 >= len(verbs):
            return None
        nxt = verbs[k + 1]
        if not _AND_BEFORE.search(self.text, verbs[k].end, nxt.start):
            return None
        stop = verbs[k + 2].start if k + 2 < len(verbs) else self._sent_end
        for d in dates:
            if nxt.end <= d.span[0] < stop and d.kind == "event":
                return d.start, d.end, d.text, 3
        return None

    def _coordinated_date(
        self, sent: Sentence, dates: list[DateMention], verbs: list[Verb], k: int
    ) -> tuple[dt.date | None, dt.date | None, str, int] | None:
        """ "Government forces on Friday captured X and took Y", "captured X on Friday and
        took Y": a verb joined by "and" to the one before (no subject of its own) shares the
        date of the clause it is joined to (the last one told before it)."""
        j = k
        while j > 0 and _AND_BEFORE.search(self.text, verbs[j - 1].end, verbs[j].start):
            j -= 1
        if j == k:
            return None
        lo = verbs[j - 1].end if j > 0 else sent.start
        before = [
            d for d in dates if lo <= d.span[0] < verbs[k].start and d.kind == "event" and d.end
        ]
        if not before:
            return None
        d = before[-1]
        return d.start, d.end, f"{d.text} (shared with {verbs[j].text!r})", 3

    def _opening_date(
        self, sent: Sentence, dates: list[DateMention], verbs: list[Verb]
    ) -> tuple[dt.date | None, dt.date | None, str, int] | None:
        """ "Yesterday, Tuesday, the garrison fled, and our forces occupied the town": a day
        that opens the sentence, before its first verb, dates every clause without its own."""
        for d in dates:
            if d.span[0] >= verbs[0].start:
                break
            if d.kind == "event" and d.end and _OPENS.fullmatch(self.text, sent.start, d.span[0]):
                return d.start, d.end, f"{d.text} (opening the sentence)", 3
        return None

    def _after_aside(
        self, dates: list[DateMention], lo: int, nxt: int, used: set[int]
    ) -> list[tuple[int, DateMention]]:
        """The date right after a relative clause that follows the verb's object ("regained
        X, which IS had seized in 2015, on Friday"): [(index, date)] or []."""
        if not re.search(r",\s*(?:which|where|who|that)\b", self.text[lo:nxt], re.I):
            return []
        return [
            (i, d)
            for i, d in enumerate(dates)
            if d.span[0] >= nxt
            and i not in used
            and re.search(r",\s*$", self.text[max(0, d.span[0] - 3) : d.span[0]])
        ][:1]

    def _later(
        self,
        sent: Sentence,
        dates: list[DateMention],
        lo: int,
        hi: int,
        sent_drafts: list[Draft],
        rank: int = 2,
        anchor: dt.date | None = None,
    ):
        """ "two days later", "the previous day": from the change drafted just before (dated
        at least at ``rank``), else from ``anchor`` (a day the sentence told before the verb),
        else from the day the sentence reports it ("said on Friday it had taken X the previous
        day"); None when none applies."""
        later = LATER.search(self.text, lo, hi)
        if later is None:
            return None
        anchor = next((d.date for d in reversed(sent_drafts) if d.date), None) or anchor
        if anchor is None and self.drafts and self.drafts[-1].span[1] >= sent.start - 600:
            anchor = self.drafts[-1].date if self.drafts[-1].date_rank >= rank else None
        if anchor is None and later["next"]:
            # "On Monday the garrison of X was evacuated. The rebels entered the town on the
            # following morning.": the day the sentence before told
            anchor = self._day_of_sentence_before(sent)
        if anchor is None:
            anchor = next((d.end for d in dates if d.kind == "report" and d.end), None)
        if anchor is None:
            return None
        if later["next"]:
            n, unit = 1, later["unit2"]
            sign = -1 if later["next"].lower() == "previous" else 1
        else:
            n, unit = number_of(later["n"].split()[-1]), later["unit"]
            sign = -1 if later["dir"].lower() in ("earlier", "before") else 1
        a, b = relative_range(anchor, n, unit, sign, later["q"] or "")
        return a, b, f"{' '.join(later.group(0).split())} ({anchor})", 2

    @staticmethod
    def _day_told_before(
        sent: Sentence, dates: list[DateMention], v: Verb, sent_drafts: list[Draft]
    ) -> dt.date | None:
        """The day of the change drafted before ``v`` in its sentence, else the last event day
        the sentence names before it ("Rebels left X on the evening of 20 March and troops
        entered the town the following morning")."""
        drafted = next((d.date for d in reversed(sent_drafts) if d.date), None)
        if drafted is not None:
            return drafted
        told = _event_days_before(sent, dates, v.start)
        # another clause between that day and the verb ("... on 20 March and troops entered"),
        # not the verb's own day ("In late September the clan fighters took X")
        if told and _CLAUSE_JOIN.search(
            sent.text, told[-1].span[1] - sent.start, v.start - sent.start
        ):
            return told[-1].end
        if told and _in_relative_before(sent, told[-1], v.start):
            # "X, which our units left on Sunday, was occupied by British units the same day
            # (the next day)": the day of the relative clause the verb's subject carries
            return told[-1].end
        return None

    def _nth_day(self, sent: Sentence, lo: int, hi: int):
        """ "on the first day of the operation": a day counted from the day the text said
        it began; None when it says no such thing."""
        nth = _NTH_DAY.search(self.text, lo, hi)
        began = self._began(sent.start) if nth else None
        if began is None:
            return None
        day = began[0] + dt.timedelta(days=_ORDINALS[nth["ord"].lower()] - 1)
        return day, day, f"{' '.join(nth.group(0).split())} (begun {began[1]!r})", 2

    def _began(self, hi: int) -> tuple[dt.date, str] | None:
        """The day an offensive began, as the text said before ``hi`` ("which began its
        offensive on Oct. 27"), or None."""
        lo = max(0, hi - 1500)
        found = None
        for m in _BEGAN.finditer(self.text, lo, hi):
            window = self.text[m.end() : min(hi, m.end() + 80)]
            dates = [
                d
                for d in find_dates(window, self.published)
                if d.kind == "event" and d.start and d.start == d.end
            ]
            if dates:
                found = (
                    dates[0].start,
                    " ".join((m.group(0) + window[: dates[0].span[1]]).split()),
                )
        return found

    @staticmethod
    def _by_prior(rel: re.Match | None, same: re.Match | None, prior: Draft | None):
        """ "[The advance came] a week after", "on the same day": from the change drafted
        before (in this sentence, else just before); None when neither applies."""
        if prior is None or not prior.date:
            return None
        if rel and rel["n"]:
            sign = -1 if rel["dir"].lower() == "after" else 1
            lo, hi = relative_range(
                prior.date, _count_of(rel["n"]), rel["unit"], sign, rel["q"] or ""
            )
            said = re.split(r"\s+(?:after|before)\b", rel.group(0), flags=re.I)[0].strip()
            return lo, hi, f"{said} ({rel['dir'].lower()} {prior.date})", 2
        if same:
            said = " ".join(same.group(0).split())
            return prior.date_lo or prior.date, prior.date, f"{said} ({prior.date})", 2
        return None

    def _same_day_told_before(
        self, sent: Sentence, same: re.Match | None, sent_drafts: list[Draft], prior: Draft | None
    ):
        """ "On Thursday the units at X regrouped east of the town. The invaders entered X the
        same evening.": the day the paragraph last told before the sentence ("On Sunday last
        the enemy landed ... The troops posted there gave way. ... the city, which the British
        entered the same afternoon", spent set 110), when no change was drafted since (else
        the change's day, :meth:`_by_prior`); None otherwise."""
        day = None
        # the day told in the sentence before, or earlier in this sentence's paragraph
        told_from = min(self._prev_start, self.text.rfind("\n", 0, sent.start))
        if (
            same
            and not sent_drafts
            and self._last_event is not None
            and told_from <= self._last_event_at < sent.start
        ):
            day = self._last_event
        if day is None or (prior is not None and prior.span[1] >= self._last_event_at):
            return None
        said = " ".join(same.group(0).split())
        return day, day, f"{said} ({day})", 2

    def _same_day_of_relative(
        self, sent: Sentence, dates: list[DateMention], v: Verb, same: re.Match | None
    ):
        """ "X, which our units left on Sunday, was occupied by British units the same day":
        the day of the relative clause before the verb; None when there is none (or no "same
        day" after the verb)."""
        if same is None or same.start() < v.end:
            return None
        told = _event_days_before(sent, dates, v.start)
        if not told or not _in_relative_before(sent, told[-1], v.start):
            return None
        day = told[-1].end
        return day, day, f"{' '.join(same.group(0).split())} ({day})", 2

    def _day_of_sentence_before(self, sent: Sentence) -> dt.date | None:
        """The last event day the sentence before ``sent`` told, or None."""
        if self._last_event is not None and self._prev_start <= self._last_event_at < sent.start:
            return self._last_event
        return None

    def _hours_after(self, lo: int, hi: int, prior: Draft | None, sent_drafts: list[Draft]):
        """ "moved into X on Monday, hours after the troops pulled out of Y": the day of the
        change just drafted in the sentence, as firm as it is; None otherwise."""
        hours = _HOURS_AFTER.search(self.text, lo, hi)
        if not hours or prior not in sent_drafts or prior.date is None or prior.date_rank != 3:
            return None
        said = re.search(r"(?i)hours\s+(?:after|before)", hours.group(0)).group(0)
        return prior.date_lo or prior.date, prior.date, f"{said} ({prior.date})", 3

    def _named_change(self, lo: int, hi: int) -> Draft | None:
        """ "The fall of X, three days after ...": the change of X drafted on its own day, when
        the words just before ``hi`` name it as a noun (the fall, capture, loss of X)."""
        m = next(reversed(list(_CHANGE_NOUN.finditer(self.text, lo, hi))), None)
        if m is None or self.text[m.end() : hi].count(",") > 1:
            return None
        named = [p.place for p in self._places_between(m.end(), m.end() + 60) if p.start == m.end()]
        return next(
            (
                d
                for d in reversed(self.drafts)
                if named and d.place == named[0] and d.date is not None and d.date_rank == 3
            ),
            None,
        )

    def _recent_draft(self, sent: Sentence) -> Draft | None:
        """The last draft, when it ends at most 600 characters before ``sent`` and is dated
        in the theatre's time (not a background change)."""
        # "X fell on Saturday. 'Regime forces are now in full control of X,' he said. They
        # also entered Y": a holding told as now, dated by no day of its own, dates nothing
        told = [d for d in self.drafts if not (NOW_STATE.fullmatch(d.verb) and d.date_rank < 2)]
        d = told[-1] if told else None
        if d is None or d.span[1] < sent.start - 600 or self._background(d):
            return None
        return d

    def _dated_prior(self, sent: Sentence, prior: Draft | None) -> Draft | None:
        """ "On the same day": the day of the last change the text dated, not of one drafted
        since with the publication date for want of a date ("hoisted the flag over it") nor of
        a background change told since ("X, which they had occupied since September")."""
        if prior is not None and prior.date_rank >= 2:
            return prior
        for d in reversed(self.drafts):
            if d.span[1] < sent.start - 600:
                break
            if d.date_rank >= 2 and not self._background(d):
                return d
        return prior

    def _inherited_date(self, sent: Sentence, lo: int, hi: int, prior: Draft | None):
        """An undated clause's date from the statement just before it: "They also took X"
        (the change drafted just before), or the lead sentence that dated a change of the
        same gainer whose places it did not name ("handed over a string of villages on
        Thursday. ... said it had handed the villages of A, B and C"); None when neither
        applies."""
        # ("Activists also said on Friday that ...": "also" goes with the saying, not the change)
        also = re.search(
            r"(?i)\balso\b(?!\s+(?:said|says|reported|claimed|announced|told))", self.text[lo:hi]
        )
        if also and _perfect_also(self.text, also, lo):
            # "Our forces have also liberated X": as of the time of writing, no day inherited
            # from a change or a lead sentence told before (the text's own day dates it)
            return None
        if prior is not None and prior.date and also:
            return (
                prior.date_lo or prior.date,
                prior.date,
                f"also (the date of {prior.place}, stated just before)",
                2,
            )
        if (
            self._last_event is not None
            # in the same paragraph
            and self._last_event_at > self.text.rfind("\n", 0, sent.start)
            and _PART_OF_DAY.search(self.text, lo, hi)
        ):
            # "Yesterday, 4 May, the enemy attacked X. ... entered the town in the afternoon"
            day = self._last_event
            here = {p.place for p in self._places_between(lo, hi) if p.place}
            told = {p.place for p in self._places_between(self._prev_start, sent.start) if p.place}
            if self._last_event_at >= self._prev_start and here & told:
                # "Yesterday our forces withdrew from X. The Y entered X in the afternoon":
                # the day of the sentence just before, about the same place, is this one's own
                return day, day, "a time of day (the day of the sentence before, of the place)", 3
            return day, day, "a time of day (the day given before in the paragraph)", 2
        # an event day the sentence just before told, in the same paragraph
        told_before = (
            self._last_event is not None
            and self._last_event_at >= self._prev_start
            and self._last_event_at > self.text.rfind("\n", 0, sent.start)
        )
        if told_before and _THE_PLACE_BEFORE.search(self.text, lo, hi):
            # "On Monday, 7 August, we withdrew from X. The enemy entered the town only after
            # we had left it": the place and the day of the sentence before
            day = self._last_event
            return day, day, "'the town' of the sentence before, on its day", 2
        if told_before and _CONTINUES.match(self.text, sent.start):
            # "On the 30th instant, the Sardinian army advanced ... After a lively engagement
            # lasting several hours, our brigades evacuated Palestro" (blind set 146): the
            # story goes on the day the sentence before told
            day = self._last_event
            return day, day, "the day the sentence before told, the story going on", 2
        lead = self._lead
        same_side = lead is not None and lead[2] and lead[2] == self._gainer_now
        if same_side and lead[0] >= self._prev_start and lead[0] < sent.start:
            if not self.drafts or self.drafts[-1].span[0] < lead[0]:
                return lead[1].start, lead[1].end, f"{lead[1].text} (the lead sentence)", 2
        return None

    def _claim_day(self, sent: Sentence, dates: list[DateMention], v: Verb):
        """A change told in a statement as a claim, with no day of its own ("The claim of the
        puppets that they recaptured the town is a shameless lie"): the day the sentence says
        the claim was made, else the statement's own day; never the day of a change told
        before it (None when the clause is no claim told in a statement)."""
        au = self.author
        if (
            au is None
            or au.kind != "statement"
            or self.published is None
            or not _CLAIM_TOLD.search(self.text, sent.start, v.start)
        ):
            return None
        said = next((d for d in dates if d.kind == "report" and d.end is not None), None)
        if said is not None:
            return said.end, said.end, said.text, 1
        return self.published, self.published, "the day of the statement telling the claim", 1

    def _opening_paragraph_day(self, sent: Sentence, v: Verb, dates: list[DateMention]):
        """In a statement, an undated change told in the past tense under a paragraph that gave
        a day and named no place ("1. In the early hours of 23 November the terrorists
        launched attacks in several districts. 2. In Solukhumbu district ... the terrorists
        entered the bazaar"): that day, when no other day was given since (None otherwise)."""
        au = self.author
        if au is None or au.kind != "statement" or self._last_event is None:
            return None
        if any(d.kind == "report" for d in dates):
            return None  # "X claimed on Tuesday that ...": the day of the claim (see _date_for)
        at = self._last_event_at
        para_end = self.text.find("\n", at)
        if para_end < 0 or para_end > sent.start:
            return None  # the day was given in this paragraph (handled by the rules before)
        para_start = self.text.rfind("\n", 0, at)
        if len(_WORD.findall(self.text, para_start + 1, para_end)) < 8:
            return None  # a dateline or a heading ("Stepanakert, 5 November 2020"): no paragraph
        if any(para_start < d.span[1] and d.span[0] < para_end for d in self.drafts) or any(
            p.place for p in self._places_between(para_start, para_end)
        ):
            return None  # that paragraph told of places of its own: its day is theirs
        if _PRESENT_PERFECT_BEFORE.search(self.text, max(sent.start, v.start - 30), v.start):
            return None  # "have taken": as of the time of writing
        if self.published is not None and not (
            dt.timedelta(0) <= self.published - self._last_event <= dt.timedelta(days=7)
        ):
            return None
        day = self._last_event
        return day, day, "the day the statement's opening paragraph gives", 2

    def _days_after(self, rel: re.Match, sent_drafts: list[Draft]):
        """ "[The breakthrough came] days after the army seized X": a range before (after) the
        change drafted earlier in the sentence, else the last event date of the text so far,
        else the publication date."""
        anchor = next((d.date for d in reversed(sent_drafts) if d.date), None)
        what = "the change before it"
        if anchor is None:
            anchor, what = self._last_event or self.published, "the last date given"
        if anchor is None:
            return None, None, "", 0
        sign = -1 if rel["dir"].lower() == "after" else 1
        lo, hi = _vague_range(anchor, rel["unit"], sign)
        said = " ".join(rel.group(0).split()[:2])
        return lo, hi, f"{said} ({what}, {anchor})", 2

    def _later_day(self, d1: DateMention, pos: int, hi: int) -> DateMention | None:
        """ "two days later", "the next day", "a day later" right after ``pos``: the day
        counted from ``d1``'s (a day; a range stays unread); else None."""
        m = _LATER_GAP.match(self.text, pos, hi)
        if m is None or d1.start is None or d1.start != d1.end:
            return None
        n = 1 if m.group("next") else _count_of(m.group("n"))
        if not n:
            return None
        day = d1.end + dt.timedelta(days=n)
        return DateMention(m.group(0).strip(), (m.start(), m.end()), day, day, "event")

    def _day_at(self, dates: list[DateMention], pos: int, hi: int) -> DateMention | None:
        """The event day phrase right after ``pos`` ("on Sunday", "in the south on 21
        November"), with nothing but a preposition or a direction between; else None."""
        d = next((d for d in dates if pos <= d.span[0] < hi), None)
        if d is None or d.kind != "event" or not d.end:
            return None
        return d if _BEFORE_DAY.fullmatch(self.text, pos, d.span[0]) else None

    def _explain_date(
        self,
        why: _Why,
        clause: _Clause,
        lo: dt.date | None,
        hi: dt.date | None,
        dtext: str,
        rank: int,
    ) -> int:
        """Say where the date comes from; the rank of the date (background: 0)."""
        if rank == -1:
            said = " ".join(self.text[clause.lo : clause.verb.end].split()[-3:])
            why.add(
                f"background ({said!r}) without a date: not the publication date; fill in the date",
                0.3,
            )
            return 0
        if rank == 0:
            why.add(
                # the date text says why there is none ("the text gives no day (...)")
                f"{dtext or _NO_DATE_IN_SENTENCE}: drafted with the publication date {hi}"
                if hi
                else "no date: give the publication date (--date) or fill in the date",
                0.2,
            )
        elif rank == 1:
            why.add(f"date from the report {dtext!r}: the change may be earlier", 0.1)
        elif lo != hi:
            why.add(f"date {dtext!r} = {lo}..{hi}; drafted as the last day", 0.1)
        else:
            why.add(f"date {hi} ← {dtext!r}")
        return rank


# a relative clause opened before a day it tells ("X, which our units left on Sunday"), and
# what may close it before the main verb (", was occupied")
_RELATIVE_OPENS = re.compile(r"(?i),\s+(?:which|where|whom?|from\s+which)\b[^,;:()]*$")
_RELATIVE_CLOSES = re.compile(
    r"(?i)[^,;:()]{0,30},\s+(?:(?:has|have|had|was|were|is|are)\s+(?:(?:\w+ly|then|also|soon)\s+)?"
    r"(?:been\s+)?)?$"
)


def _event_days_before(sent: Sentence, dates: list[DateMention], v_start: int) -> list[DateMention]:
    """The days of events ``sent`` tells before the verb at ``v_start``, in order."""
    return [d for d in dates if d.kind == "event" and d.end and sent.start <= d.span[1] <= v_start]


def _in_relative_before(sent: Sentence, d: DateMention, v_start: int) -> bool:
    """Is the day ``d`` told in a relative clause of ``sent`` after the subject ("X, which our
    units left on Sunday,") that closes right before the main verb at ``v_start``?"""
    at = sent.start
    if re.search(r"(?i)\b(?:since|until|till|from|by)\s+$", sent.text[: d.span[0] - at]):
        return False  # "X, which they had held since 2 March, ...": a holding's bound
    return bool(
        _RELATIVE_OPENS.search(sent.text, 0, d.span[0] - at)
        and _RELATIVE_CLOSES.fullmatch(sent.text, d.span[1] - at, v_start - at)
    )


# the date text of a change drafted with the publication day for want of a date
_NO_DATE_IN_SENTENCE = "no date in the sentence"
# after a change told in a report: "that morning", "earlier that day", "later the same day"
_THAT_DAY = re.compile(
    r"(?i)\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?:morning|afternoon|evening|day)\b"
    r"|\bearlier\s+in\s+the\s+day\b"
)
# a relative clause set off by commas between a subject and its verb
_ASIDE = re.compile(r"(?i),\s*(?:who|which|whose)\b[^,;:.]*,")
# what may come before a date that opens a sentence: "On Sunday, ...", "Early on Monday ..."
_OPENS = re.compile(r"(?i)\W*(?:(?:early|late|also)\s+)?(?:on|in|at|by|during)?\s*")
