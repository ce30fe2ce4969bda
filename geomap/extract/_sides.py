"""Who gained and who lost in a change clause: the extractor's reading of sides.

The subject or passive agent, "fell to" and "into their hands", the party whose claim or
withdrawal the sentence reports, the author's own side in a first-person statement, a participle's
subject, and the side driven out.  Part of :class:`geomap.extract.extractor.Extractor`."""

from __future__ import annotations

import re

from ._clause import _Clause, _Why
from ._days import _AND_BEFORE
from ._mentions import _IDENTIFIED_AS, _LEAVING_NEAR
from ._places import _NEXT_TO_VERB
from .actors import main_opponent
from .dates import DateMention
from .gazetteer import ActorMention, PlaceMention
from .patterns import FORCE_BODY, UNKNOWN_SUBJECT, Verb, claim_by
from .text import Sentence

# between a place and its verb: "which" standing for it, or an aside of where it lies ("Toul,
# which (had) surrendered", "Marsal, on the Seille, surrendered", "X, near Y, fell")
_ASIDE_THEN_VERB = re.compile(
    r"\s*,\s*(?:which|that|(?:on|in|near|by|across|beyond|above|below|(?:north|south|east|west)"
    r"(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s*,)\s*"
    r"(?:(?:was|were|is|are|has|have|had|been|also|now|then|finally|itself|\w+ly)\s+)*"
)
# "handed over by X to Y": the giver, then the receiver
_BY_THEN_TO = re.compile(r"(?i)\s+by\s+[^,.;:]{1,60}?\s+to\s+")
# a verb of handing a place over (its agent after "by" is the side that gave it)
_HANDED = re.compile(r"(?i)(?:handed|given|ceded|turned)\b")
# "were handed over in the same way", "likewise": a change told as the one before
_SAME_WAY = re.compile(r"(?i)\b(?:in\s+the\s+same\s+(?:way|manner|fashion)|likewise|similarly)\b")
# a side leaving the place it holds: "[its army garrison] left the town at night"
_LEFT_IT = re.compile(
    r"(?i)(?:\s+(?:of\s+)?[\w,-]+){0,4}?\s+left\s+(?:the\s+(?:town|city|village)|it)\b"
)
# a comma between digits ("2,000"): a thousands separator, not a clause's comma
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
# "The claims broadcast by the enemy's radio yesterday that ...": a claim the sentence reports
# "the claims of X that ...", "the reports of the so-called information centre of X that ..."
_CLAIMS_BEFORE = re.compile(
    r"(?i)\b(?:claims?|reports?|allegations?|assertions?|announced|broadcast|declared"
    # "News posted by media outlets of the TNLA on Saturday that X has fallen to their group
    # is fabricated" (blind set 134)
    r"|news|posts?|stories)\b"
    r"[^.;:]{0,120}\bthat\b[^.;:]*$"
)
# how a statement names the other side's fighters (never its own)
_HOSTILE = re.compile(
    r"(?i)\b(?:remnants|aggressors?|aggression|mercenar(?:y|ies)|militias?|gangs?|terrorists?"
    r"|occupiers?|invaders?|enemy|bandits|criminals?|extremists?)\b"
)
# "the forces of the Sinhala state", "the troops of the Kabbah regime": in a statement, a force
# named by a state or regime it serves is another side's (the author names its own as "our")
_FORCES_OF_STATE = re.compile(
    r"(?i)\b(?:forces|troops|soldiers|units|army|militias?)\s+of\s+the\s+(?:(?-i:[A-Z])[\w'’-]+\s+)+"
    r"(?:state|regime|government|authorities|junta)\b"
)


class _Sides:
    """Who gained and who lost in a change clause."""

    def _passive_gainer(
        self,
        why: _Why,
        clause: _Clause,
        objs: list[PlaceMention],
        dates: list[DateMention],
        gainer: ActorMention | None,
        said_by: str,
        loser: ActorMention | None,
    ) -> ActorMention | None:
        """A passive's gainer when no agent names it: the change told just before, told again
        (:meth:`_told_again`), else a side's own source telling of a place taken
        (:meth:`_reporting_taker`), else the reporting side (:meth:`_reporting_side`)."""
        if clause.pattern == "capture-passive" and (gainer is None or gainer.how == "context"):
            # (a change told again is read as firmly as before, never from the context)
            gainer = (
                self._told_again(why, clause, objs, dates)
                or self._reporting_taker(why, said_by, loser, objs)
                or gainer
            )
        if gainer is None:
            gainer = self._reporting_side(why, said_by, loser)
        return gainer

    def _clause_actors(
        self, sent: Sentence, clause: _Clause, prev_subject: ActorMention | None
    ) -> tuple[ActorMention | None, ActorMention | None, ActorMention | None]:
        """(subject, gainer, loser) of a clause, by its pattern."""
        v, pattern = clause.verb, clause.pattern
        region_lo, clause_end = clause.lo, clause.end
        gainer = loser = None
        subject = self._subject(sent, region_lo, v.start)
        if prev_subject is not None and (subject is None or self._coordinated(clause)):
            subject = prev_subject
        if pattern in ("capture", "drive-out", "held-since"):
            gainer = self._hold_claimant(sent, v, subject)
            if pattern == "drive-out" and v.mid:
                loser = self._driven_out(v, gainer)
            elif pattern == "capture":
                lead = "of|from" if re.fullmatch(r"(?i)cleared|purged|cleansed", v.text) else "from"
                loser = self._actor_after(v.end, clause_end, lead)
        elif pattern in ("drive-out-passive", "capture-passive"):
            gainer = self._actor_after(v.end, clause_end, "by")
            # "X was recaptured from the FRCI on Monday": the side it was taken from
            loser = (
                subject
                if pattern == "drive-out-passive"
                else loser or self._actor_after(v.end, clause_end, "from")
            )
            if gainer is None or gainer.how in ("pronoun", "generic", "context"):
                # "the claims of the ELF that Barentu has been liberated (by its forces)", "the
                # ELF said that Barentu had been liberated": the claimant's gain
                gainer = self._claimed_gainer(sent, v, gainer)
            if gainer is None:
                gainer = self._same_way_gainer(v, clause_end) or self._context_gainer(
                    v.start, loser.actor if loser else None
                )
        elif pattern == "fell":
            # "the claims of the enemy's media that X has fallen are lies", in a statement of a
            # two-sided theatre: the one opponent's claim (as for a passive, _opponent_claim)
            gainer = self._claimed_gainer(sent, v, None) or self._fell_gainer(sent, v)
        elif pattern == "fell-to":
            gainer, loser = self._fell_to_actors(sent, v, clause_end, loser)
        elif pattern == "fall-of":
            # "the fall of X to Y", "the capture of X on Monday by Y"
            gainer = self._actor_after(v.end, clause_end, "to") or (
                None if "fall" in v.text.lower() else self._actor_after(v.end, clause_end, "by")
            )
        elif pattern in ("loss", "withdrawal"):
            loser = self._actor_after(v.end, clause_end, "by") if clause.left_by else subject
            # "lost X to Y"; "withdrew from X, leaving it to Y"; "X, abandoned by A on July 13
            # to a B cavalry brigade"
            hands_over = (
                pattern == "loss"
                or clause.left_by
                # "the Kamajors abandoned Taiama to our advancing columns"
                or re.match(r"(?i)abandon", v.text)
                or re.search(r"\b(?:leaving|handing|ceding)\b", self.text[v.end : clause_end])
            )
            gainer = self._actor_after(v.end, clause_end, "to") if hands_over else None
            if gainer is None:
                gainer = self._withdrawal_claimant(sent, v, loser) or self._context_gainer(
                    v.start, loser.actor if loser else None
                )
        if pattern in ("capture", "drive-out") and gainer is None:
            gainer = self._named_next(sent, region_lo, v.start) or self._participle_subject(sent, v)
        return subject, *self._author_default(clause, gainer, loser)

    def _participle_subject(self, sent: Sentence, v: Verb) -> ActorMention | None:
        """ "Since taking X in December, the rebels have ...": a participle opening the
        sentence has the subject of the clause after its comma (a side named, never a
        pronoun)."""
        if not (
            v.text.lower().endswith("ing")
            and _OPENING_PARTICIPLE.fullmatch(self.text, sent.start, v.start)
        ):
            return None
        comma = self.text.find(",", v.end, sent.end)
        if comma < 0:
            return None
        after = self._actors_between(comma, sent.end)
        first = after[0] if after else None
        if first is None or not first.actor or first.how in ("pronoun", "generic", "context"):
            return None
        if not re.fullmatch(r",\s*(?:the\s+)?", self.text[comma : first.start], re.I):
            return None  # the subject must open the main clause
        return first

    def _fell_to_actors(self, sent: Sentence, v: Verb, clause_end: int, loser):
        """(gainer, loser) of "X fell to Y"; in "X was handed over by the Cocoye militia to the
        Cobras" the side after "to" gains and the one after "by" hands it over."""
        gainer = self._fell_to_gainer(sent, v, clause_end)
        if _BY_THEN_TO.match(self.text, v.end, clause_end):
            return self._actor_after(v.end, clause_end, "to"), gainer
        if _HANDED.match(v.text) and re.match(r"(?i)\s+(?:over\s+)?by\b", self.text[v.end :]):
            # "Tarsus was handed over by the French on 3 January": the side after "by" gave
            # it; who received it is not said here
            return None, gainer
        if gainer is None or gainer.how in ("pronoun", "generic", "context"):
            # "the command's claim that Szentes is in its hands", "the claims of Radio
            # Djakarta that Serian is in the hands of freedom fighters": the claimant's
            gainer = self._claimed_gainer(sent, v, gainer) or self._same_way_gainer(v, clause_end)
        return gainer, loser

    def _same_way_gainer(self, v: Verb, clause_end: int) -> ActorMention | None:
        """ "French troops handed Adana over to the Angora government ... Tarsus and Mersina
        were handed over in the same way in late December" (blind set 144): a change told
        "in the same way" (or "likewise") with no side of its own goes to the gainer of the
        change told just before, a verb of the same kind."""
        if not _SAME_WAY.search(self.text, v.end, clause_end) and not _SAME_WAY.search(
            self.text, max(self._this_start, v.start - 12), v.start
        ):
            return None
        d = self.drafts[-1] if self.drafts else None
        if d is None or not d.to_actor or d.span[1] < v.start - 600:
            return None
        return ActorMention(
            v.start, v.start, "in the same way", d.to_actor, "pronoun", f"the gainer of {d.place}"
        )

    def _fell_to_gainer(self, sent: Sentence, v: Verb, clause_end: int) -> ActorMention | None:
        """ "X fell to the rebels"; "X had fallen to them": who "them" stands for."""
        after = self._actors_between(v.end, min(v.end + 30, clause_end))
        if after:
            return after[0]
        # "has fallen into their hands" (spent set 160): whose hands "their" says
        them = re.match(
            r"\s*(them|it|him|(?:their|its|his)(?=\s+hands\b))\b",
            self.text[v.end : v.end + 16],
            re.I,
        )
        return self._resolve_pronoun(sent, v.end + them.start(1), them.group(1)) if them else None

    def _hold_claimant(
        self, sent: Sentence, v: Verb, subject: ActorMention | None
    ) -> ActorMention | None:
        """ "the versions spread by X that it controls Y": the claimant holds it, else the
        subject read; a statement's author does not deny its own side's claim ("it" read as
        the author's side is another side the text does not name).  Any other verb: the
        subject."""
        if v.pattern != "capture" or not v.claimed_hold:
            return subject
        gainer = self._claimant(sent, v) or subject
        au = self.author
        if gainer is not None and au is not None and au.kind == "statement":
            return None if gainer.actor == au.actor else gainer
        return gainer

    def _claimant(self, sent: Sentence, v: Verb) -> ActorMention | None:
        """ "the claims broadcast yesterday by the ELF that Barentu has fallen", "the report of
        the separatists' radio, according to which X has fallen": a party's claim that a place
        fell, with no side named, is that party's gain (one side named as the claimant)."""
        before = self.text[sent.start : v.start]
        span = claim_by(before)
        if span is not None:
            return self._named_claimant(sent, span)
        # "The ELF claimed yesterday that Barentu had fallen": the speaker of the clause
        that = [m.end() for m in re.finditer(r"(?i)\bthat\s+", before)]
        if not that:
            return None
        pos = sent.start + that[-1]
        said = [a for a in self._actors_between(sent.start, pos) if a.actor and a.end <= pos]
        return self._speaker_of(sent, said, pos)

    def _named_claimant(self, sent: Sentence, span: tuple[int, int]) -> ActorMention | None:
        """The one side named in the claimant's words ``span`` (:func:`claim_by`'s, offsets in
        the sentence), else None."""
        lo, hi = sent.start + span[0], sent.start + span[1]
        named = {a.actor: a for a in self._actors_between(lo, hi) if a.actor and a.end <= hi}
        return next(iter(named.values())) if len(named) == 1 else None

    def _claimed_gainer(
        self, sent: Sentence, v: Verb, agent: ActorMention | None
    ) -> ActorMention | None:
        """A change with no side of its own inside a party's claim (a passive, "X has
        fallen"): the claimant's gain (:meth:`_claimant`), or in a statement the one
        opponent's (:meth:`_opponent_claim`); an agent given by a pronoun or a generic word
        ("retaken by its forces") is the claimant named in the claim ("the claims of Y
        that"), whose forces they are."""
        claimed = claim_by(self.text[sent.start : v.start]) is not None
        if agent is not None and not claimed:
            return agent
        return self._claimant(sent, v) or (self._opponent_claim(sent, v) if claimed else agent)

    def _withdrawal_claimant(
        self, sent: Sentence, v: Verb, loser: ActorMention | None
    ) -> ActorMention | None:
        """ "The claims made by London radio that our army has abandoned Kermanshah are
        lies": a withdrawal told inside a claim whose claimant is named ("claims of/by Y") is
        the claimant's gain, when the claimant is not the side that left (the settled rule:
        a claim that a place fell is the claimant's gain, denied or not)."""
        span = claim_by(self.text[sent.start : v.start])
        claimant = self._named_claimant(sent, span) if span is not None else None
        if claimant is None or not claimant.actor:
            return None
        if loser is not None and loser.actor == claimant.actor:
            return None
        return ActorMention(
            v.start, v.start, "", claimant.actor, "claimant", " ".join(claimant.text.split())
        )

    def _opponent_claim(self, sent: Sentence, v: Verb) -> ActorMention | None:
        """ "The claims broadcast by the enemy's radio that X has been retaken": a statement
        cites no claim of its own side; a claim whose claimant names no side is its opponent's
        where the theatre has two sides, said in the reading."""
        au = self.author
        if au is None or au.kind != "statement" or not au.actor:
            return None
        actor = self._one_opponent()
        if not actor:
            return None  # which of several opponents claimed it, the text does not say
        basis = f"a claim {au.name!r} cites is its one opponent's"
        return ActorMention(v.start, v.start, "", actor, "generic", basis)

    def _fell_gainer(self, sent: Sentence, v: Verb) -> ActorMention | None:
        """ "X fell in late October": the side named later in the sentence, else the gainer
        of the change drafted just before (in the theatre's time); else none."""
        ahead = [
            a
            for a in self._actors_between(v.end, sent.end)
            if a.actor
            # "X fell on Thursday when its army garrison left the town": the side leaving
            and not _LEAVING_NEAR.match(self.text, a.end)
            and not _LEFT_IT.match(self.text, a.end)
        ]
        if ahead:
            a = ahead[0]
            return ActorMention(v.start, v.start, "", a.actor, "context", " ".join(a.text.split()))
        d = self._recent_draft(sent)
        if d is not None and d.to_actor:
            return ActorMention(
                v.start, v.start, "", d.to_actor, "context", f"the gainer of {d.place}"
            )
        return None

    def _coordinated(self, clause: _Clause) -> bool:
        """ "it had captured the army's headquarters in X and taken control of the city": a
        verb joined by "and" to the one before shares its subject (an actor named between
        them only as a possessor is no new subject)."""
        if clause.lo == self._sent_start_of(clause):
            return False
        if not _AND_BEFORE.search(self.text, clause.lo, clause.verb.start):
            return False
        between = self._actors_between(clause.lo, clause.verb.start)
        return all(re.match(r"['’]s\b", self.text[a.end : a.end + 3]) for a in between)

    def _sent_start_of(self, clause: _Clause) -> int:
        return self._this_start if clause.lo <= self._this_start else -1

    def _reporting_taker(
        self, why: _Why, said_by: str, loser: ActorMention | None, objs: list[PlaceMention]
    ) -> ActorMention | None:
        """ "The Ukrainian General Staff said Chornobaivka had been recaptured on Thursday": a
        place taken, with no agent named, told by a side's own source, is that side's gain
        (read as firmly as "our forces" in a quotation; it was read from the context). Not
        when the place is named in the attribution itself ("a police spokesman in X said the
        town was cleared"), nor when the side is the loser. Spent pool (dev and sets 1-128):
        +10 right of +11 drafts."""
        actor = self._reporting_actor(said_by, loser)
        if not actor or any(o.text and o.text in said_by for o in objs):
            return None
        # the gainer's reading it replaces goes, and with it that reading's penalty (as
        # _explain_actors gave it); the loser's reading stays
        kept = []
        for r in why.reasons:
            if r.startswith("gaining actor not found"):
                why.penalty -= 0.4
            elif r.startswith("to_actor ") and " from the context " in r:
                why.penalty -= 0.15
            else:
                kept.append(r)
        why.reasons = kept
        why.add(f"to_actor {actor}: the side that reports it ({said_by!r}); no agent is named", 0.1)
        return ActorMention(0, 0, said_by, actor, "speaker", said_by)

    def _reporting_actor(self, said_by: str, loser: ActorMention | None) -> str:
        """The side a statement's source speaks for (:meth:`source_key`), unless it is the
        ``loser``; "" when none."""
        key = self.source_key(said_by)
        actor = key.removeprefix("actor:") if key.startswith("actor:") else ""
        return "" if loser is not None and loser.actor == actor else actor

    def _reporting_side(
        self, why: _Why, said_by: str, loser: ActorMention | None
    ) -> ActorMention | None:
        """ "militants have been expelled from X, the army said": with no agent named, the
        side that reports a loss of the other is read as the gainer (said in the note)."""
        actor = self._reporting_actor(said_by, loser)
        if not actor:
            return None
        why.reasons = [r for r in why.reasons if not r.startswith("gaining actor not found")]
        why.penalty -= 0.4
        why.add(f"to_actor {actor}: the side that reports it ({said_by!r}); no agent is named", 0.2)
        return ActorMention(0, 0, said_by, actor, "context", said_by)

    def _denied_claimant(
        self, why: _Why, sent: Sentence, clause: _Clause, gainer: ActorMention | None
    ) -> ActorMention | None:
        """ "The claims broadcast by the enemy's radio that its troops have entered X are
        lies": a statement denies the other side's claims, never its own, so a gain it denies
        is not the author's: the claimant named ("claims of/by Y"), else the author's one
        opponent, else left blank."""
        au = self.author
        if au is None or au.kind != "statement" or not au.actor:
            return gainer
        if gainer is None or gainer.actor != au.actor:
            return gainer
        if not (
            _CLAIMS_BEFORE.search(self.text, sent.start, clause.verb.start)
            or self._denies_a_party_claim(sent, clause)
        ):
            return gainer
        claimant = [
            a
            for a in self._actors_between(sent.start, clause.verb.start)
            if a.actor and a.actor != au.actor
        ]
        actor = claimant[0].actor if claimant else self._main_opponent()
        why.reasons = [r for r in why.reasons if not r.startswith(f"to_actor {au.actor}")]
        if not actor:
            why.add(f"to_actor unresolved: a claim {au.name!r} denies is not its own", 0.3)
            return None
        why.add(f"to_actor {actor}: a claim {au.name!r} denies is its opponent's", 0.1)
        return ActorMention(gainer.start, gainer.end, gainer.text, actor, "generic", au.name)

    def _main_opponent(self) -> str:
        """A statement's main opponent: the theatre's one other side, else the side other
        than the author the text names most often by name, ref or modifier ("" on a tie)."""
        au = self.author
        return self._one_opponent() or (main_opponent(au, self.actors) if au is not None else "")

    def _one_opponent(self) -> str:
        """The author's one opponent where the theatre has two sides ("" with no author or
        with several other sides)."""
        au = self.author
        others = [x for x in self.gaz.actor_ids if au is not None and x != au.actor]
        return others[0] if len(others) == 1 else ""

    def _author_default(
        self, clause: _Clause, gainer: ActorMention | None, loser: ActorMention | None
    ) -> tuple[ActorMention | None, ActorMention | None]:
        """In a statement, a change whose side is not named ("units of the 9th Division
        liberated ...", "the troops were withdrawn from ...") is the author's; a loss of
        fighters it names by an epithet, not as its own ("the remnants of the militias
        fled X"), is the author's gain (the loser left to the text or the theatre)."""
        a = self.author
        if a is None or a.kind != "statement" or not a.actor:
            return gainer, loser
        v, pattern = clause.verb, clause.pattern
        if pattern == "fell" and v.text.lower() == "fallen":
            return gainer, loser  # "X has fallen": whose gain a statement does not say
        if pattern == "capture" and v.claimed_hold:
            return gainer, loser  # "claims that they hold X": another side's claim
        me = ActorMention(v.start, v.start, "", a.actor, "author-default", a.name)
        if pattern in ("loss", "withdrawal") and loser is None and self._others_fighters(clause):
            return (me if gainer is None or gainer.how == "context" else gainer), None
        if pattern in ("loss", "withdrawal"):
            if loser is None and (gainer is None or gainer.actor != a.actor):
                loser = me
                if gainer is None or gainer.how == "context":
                    gainer = self._context_gainer(v.start, a.actor)
        elif pattern == "drive-out-passive" and (gainer is None or gainer.how == "context"):
            # "the junta and its mercenaries have been driven out of the city": the subject is
            # who lost it; with no agent named, the author drove them out
            if loser is None or loser.actor != a.actor:
                gainer = me
        elif (gainer is None or gainer.how == "context") and self._others_fighters(clause):
            # "the enemy entered the town": the author's loss, taken by the side the text
            # names (else left blank), never the author's gain
            loser = loser or me
            gainer = self._context_gainer(v.start, a.actor)
        elif gainer is None or gainer.how == "context":
            gainer = me
        return gainer, loser

    def _place_next_to(self, lo: int, hi: int) -> bool:
        """Does a place the gazetteer knows end right before ``hi`` (auxiliaries and adverbs
        between: "Toul (has) surrendered")?"""
        return any(
            p.place
            and (
                _NEXT_TO_VERB.fullmatch(self.text, p.end, hi)
                or _ASIDE_THEN_VERB.fullmatch(self.text, p.end, hi)
            )
            for p in self._places_between(lo, hi)
        )

    def _series_subject(self, lo: int, hi: int) -> bool:
        """ "British commandos crossed the Rhine on Friday night, waited on the bank while
        Lancasters flattened the town, and entered Wesel" (spent set 145): the last verb of a
        series joined by ", and" shares the subject the series opens with, when every piece
        between is a verb phrase and that subject is a side (:meth:`_fighters_before`)."""
        clause = _THOUSANDS.sub("_", self.text[lo:hi])
        commas = [lo + m.start() for m in re.finditer(",", clause)]
        if not commas or not _SERIES_END.fullmatch(self.text, commas[-1] + 1, hi):
            return False
        k = len(commas) - 1
        while k > 0 and _SERIES_VERB.match(self.text, commas[k - 1] + 1, commas[k]):
            k -= 1
        return self._fighters_before(lo, commas[k])

    def _fighters_before(self, lo: int, hi: int) -> bool:
        """Does [lo, hi) name an actor, a pronoun or a force phrase (who "fled" is a side)?"""
        # "a force ..., estimated at between 1,500 and 2,000 men, entered X": a thousands
        # separator is no comma of the clause (masked, same length)
        clause = _THOUSANDS.sub("_", self.text[lo:hi])
        # "The army, backed by drones, entered X": the aside before the verb set aside
        aside = re.search(r",[^,;:—–]{1,120},\s*$", clause)
        if aside and aside.start() > 0 and not re.search(r"[,;:—–]\s*$", clause[: aside.start()]):
            # "armed men, whom residents identified as CSP fighters, entered the town" (spent
            # set 157): an aside saying who they are names the side
            said = _IDENTIFIED_AS.search(aside.group())
            if said and any(
                a.actor for a in self._actors_between(lo + aside.start() + said.end(), hi)
            ):
                return True
            hi, clause = lo + aside.start(), clause[: aside.start()]
        clause = clause[
            [m.end() for m in re.finditer(r"[,;:—–]", clause)][-1]
            if re.search(r"[,;:—–]", clause)
            else 0 :
        ]
        if (
            re.fullmatch(r"(?i)\s*who\s+(?:had\s+|has\s+|have\s+)?", clause)
            and hi - len(clause) > lo
        ):
            # "Omani troops, who entered Dhalkut on Sunday, were searching ..." (spent set 93):
            # the subject is whom "who" stands for, before the comma, when one side is named
            # there (in "our fighters fell upon the British, who had entered X" whom "who"
            # stands for is not told apart)
            comma = hi - len(clause) - 1
            # (a role word no side is told apart by is no second side: "the soldiers of the
            # Armed Forces of Ukraine, who entered Bucha", blind set 115)
            named = self._actors_between(lo, comma)
            sides = {
                a.actor
                for a, b in zip(named, [*named[1:], None], strict=False)
                if a.actor
                and not (b and re.fullmatch(r"(?i)\s+of\s+(?:the\s+)?", self.text[a.end : b.start]))
            }
            return len(sides) <= 1 and self._fighters_before(lo, comma)
        return bool(
            self._actors_between(hi - len(clause), hi)
            or UNKNOWN_SUBJECT.search(clause)
            or FORCE_BODY.search(clause)
            or _HOSTILE.search(clause)
            or re.search(r"(?i)\b(?:they|it|he|we)\b", clause)
        )

    def _others_fighters(self, clause: _Clause) -> bool:
        """Is the clause's subject a force phrase that is not the author's ("the remnants of
        the aggressor militias", not "our units")?"""
        subj = self.text[clause.lo : clause.verb.start]
        subj = re.split(r"[,;:—–]", subj)[-1]
        return bool(_HOSTILE.search(subj) or _FORCES_OF_STATE.search(subj)) and not re.search(
            r"(?i)\b(?:our|we)\b", subj
        )

    def _driven_out(self, v: Verb, gainer: ActorMention | None) -> ActorMention | None:
        """The actor between "drove" and "out of": named, or "them" read as an earlier actor."""
        inside = self._actors_between(*v.mid)
        loser = inside[0] if inside else None
        pro = re.match(r"\s*(them|him)\b", self.text[v.mid[0] : v.mid[1]], re.I)
        if loser is None and pro and gainer is not None:
            earlier = [
                a
                for a in self._actors_between(max(0, v.start - 600), v.start)
                if a.actor != gainer.actor and a.end <= gainer.start
            ]
            if earlier:
                src = earlier[-1]
                loser = ActorMention(
                    v.mid[0], v.mid[1], pro.group(1), src.actor, "pronoun", src.text
                )
        return loser

    def _named_next(self, sent: Sentence, lo: int, hi: int) -> ActorMention | None:
        """ "U.S.-backed Syrian fighters said they had taken X. The Syrian Democratic Forces ...":
        a subject the theatre does not know, named at the start of the next sentence."""
        desc = UNKNOWN_SUBJECT.search(self.text, sent.start, hi)
        if desc is None or [a for a in self._actors_between(sent.start, hi) if not self._fought(a)]:
            return None
        nxt = re.search(r"\S", self.text[sent.end :])
        if nxt is None:
            return None
        start = sent.end + nxt.start()
        head = self.text[start : start + 60]
        found = self.gaz.actors_in(self.text, start, start + len(head))
        if not found or len(self.text[start : found[0].start].split()) > 2:
            return None
        a = found[0]
        # "Government troops who had held the city retreated to ...": the side named next
        # is leaving, so it is the loser, not who the unknown subject was
        if re.match(
            r"[^.;]{0,100}?\b(?:retreated|withdrew|pulled\s+(?:back|out)|fled|abandoned)\b",
            self.text[a.end : a.end + 140],
            re.I,
        ):
            return None
        return ActorMention(
            a.start, a.end, a.text, a.actor, "next", " ".join(desc.group(0).split())
        )


# the pieces of a series of verbs one subject shares ("crossed X, waited on the bank, and
# entered Y"): the last piece, and a piece that is a verb phrase
_SERIES_END = re.compile(r"(?i)\s*and\s+(?:(?:then|finally|later|also|soon)\s+)?")
_SERIES_VERB = re.compile(
    r"\s*(?:then\s+)?(?:[a-z]+ed|took|fought|broke|drove|swept|overran|made|held|won|beat|threw"
    r"|struck|rode|went|came|fell)\b"
)
# "Since taking X, ...", "After capturing X, ...": a participle opening a sentence
_OPENING_PARTICIPLE = re.compile(r"(?i)\W*(?:since|after|before|upon|on|while|when)\s+")
