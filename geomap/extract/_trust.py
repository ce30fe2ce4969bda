"""How sure a draft is, from who reported it: the extractor's reading of attribution.

A change told by a party or a monitor is ``claimed``; two independent sources make it
``confirmed``; a denial, a counter-claim or "still held" makes it ``disputed``; each names the
rule that fired.  Part of :class:`geomap.extract.extractor.Extractor`."""

from __future__ import annotations

import re

from ..names import normalize
from ._clause import _Clause, _Why
from ._days import _CLAIM_TOLD
from .claims import claimant_of
from .draft import Draft, source_label
from .gazetteer import find_places
from .patterns import CALLED_A_LIE, CONFIRMING, DISPUTE, REPORTED, UNVERIFIED, denied_party_claim
from .text import Sentence

# a denial in the next sentence ("IS denied losing the town") disputes the statement
_DENIED = re.compile(
    r"(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!never\s)\bden(?:ied|ies|ying)\b|\brejected\s+(?:the\s+)?(?:reports?|claims?)\b",
    re.I,
)
# who may be a source ("the Observatory confirmed"): a noun of reporting bodies
_SOURCE_NOUN = re.compile(
    r"(?i)\b(?:observatory|monitor|media|agency|ministry|ministers?|military|army"
    r"|spokes(?:man|woman|person)"
    r"|officials?|sources?|activists|residents|statement|command|correspondent|television|tv|news"
    r"|sana|reuters|afp|ap|government|group|fighters|forces|rebels|commanders?|council|witnesses"
    r"|journalists?|reporters?|correspondents?"
    # people on the spot and relief bodies a monitor names ("mission staff and a Red Cross
    # worker", "church sources", "UNHCR staff", "travellers who reached X")
    r"|staff|workers?|priests?|church|clergy|missionar(?:y|ies)|nuns?|doctors?|nurses|diplomats?"
    r"|officers?|refugees|travell?ers|traders|drivers|villagers|elders"
    r"|red\s+cross|red\s+crescent|icrc|unhcr|wfp|msf|ocha|un)\b"
)
# descriptions of one source (not independent of each other): "a war monitor" is the
# Observatory; state media, the military and a ministry speak for one side
_SAME_SOURCE = [
    (re.compile(r"(?i)\b(?:monitor|observatory)\b"), "the monitor"),
    (
        re.compile(
            r"(?i)\bstate\s+(?:media|television|tv|news)|\bsana\b|\bmilitary\b|\bministry\b"
            r"|\bminister\b"
            r"|\barmy\b|\bgovernment\b"
        ),
        "the government side",
    ),
]
# "according to A and (, independently,) (to) B": two sources named in one attribution
_ACCORDING_BOTH = re.compile(
    r"(?i)\baccording\s+to\s+(?P<a>[^.;,]{3,80}?)\s*,?\s+and\s*,?\s*"
    r"(?:(?:independently|separately|also)\s*,?\s*)?(?:to\s+|by\s+)?(?P<b>[^.;,]{3,60})"
)
# after a denial: "... that any town had fallen", "... that any of the towns was taken"
_DENY_ALL = re.compile(
    r"(?i)\s+(?:\w+\s+){0,3}?(?:that\s+)?(?:any|either|both|all)\s+(?:of\s+the\s+)?"
    r"(?:towns?|cit(?:y|ies)|villages?|places?|positions?|localit(?:y|ies))\b"
)
# "denied the claim", "denied it", "denied the reports", "denied this"
_DENY_BACK = re.compile(
    r"(?i)\s+(?:(?:the|these|those|such|this|that|its|their|his)\s+)?(?:rebel\s+|rebels['’]\s+)?"
    r"(?:claims?|reports?|it|announcements?|statements?)\b(?!\s+(?:had|has|was|were)\b)"
)
_SOURCE_WHERE = re.compile(r"(?i)\s+(?:in|at|on|near|from|who|which|that|inside)\s+")
_NOT_A_SOURCE = re.compile(r"(?i)\b(?:it|they|he|she|this|that|on|in|from|of|after|before)\b")
# a negation just before a verb of confirming: no second source
_NEGATED = re.compile(
    r"(?i)\b(?:no|not|never|none|neither|nor|nobody|cannot)\b[^.;:]*$|n['’]t\s+\w*\s*$"
)
_BACK_NOUNS = (
    r"the\s+(?:claim|claims|report|reports|town|city|village|area|field"
    r"|capture|loss|fall|takeover|seizure|advance|attack)"
)
_BACK_REFERENCE = re.compile(rf"(?i)\b(?:it|this|that|there|{_BACK_NOUNS})\b|\blos(?:ing|s|t)\b")
# ... and only the nouns: in "The army also said it took Y" the "it" is the army
_BACK_NOUN = re.compile(rf"(?i)\b{_BACK_NOUNS}\b")
# the other side's counter-claim in the next sentence ("The army said its troops repelled
# the attack and remained in control of the city", "Kyiv said fighting was continuing there")
_COUNTER = re.compile(
    r"(?i)\brepel(?:led|s|ling)\b|\bremain(?:s|ed)?\s+in\s+(?:full\s+)?control\b"
    r"|\bstill\s+(?:holds?|held|controls?|controlled|in\s+control)\b"
    r"|\bfighting\s+(?:(?:is|was)\s+)?(?:still\s+)?(?:continu(?:es|ed|ing)|goes\s+on|raging)\b"
    r"|\bbattle\s+(?:goes|went|is\s+going)\s+on\b"
)
# the next sentence calling the report a lie: "This is a complete lie.", "This claim is completely
# false.", "The report is baseless."
_DISMISSED_NEXT = re.compile(
    r"(?i)^\W*(?:this|that|it|the\s+(?:claims?|reports?|news|allegations?))(?:\s+(?:claims?|reports?"
    r"|news|allegations?))?\s+" + CALLED_A_LIE
)


_OWN_DENIAL = re.compile(r"(?i)\band\s+(?:also\s+|later\s+)?$")
# the losing side admitting a change: a withdrawal, a regrouping, an acknowledged loss
_ADMITS = re.compile(
    r"(?i)\b(?:withdr(?:ew|awn|awing|aw)|pull(?:ed|ing)\s+(?:out|back)|regroup(?:ed|ing)?"
    r"|reposition(?:ed|ing)?|redeploy(?:ed|ing)?|(?:tactical|orderly)\s+withdrawal"
    r"|acknowledg(?:ed|es|ing)|conced(?:ed|es|ing)|admitt(?:ed|ing)|admits)\b"
)


class _Trust:
    """How sure a draft is, from who reported it."""

    def _denies_a_party_claim(self, sent: Sentence, clause: _Clause) -> bool:
        """Does the sentence, up to the clause's verb, deny a claim a side made
        (:func:`~geomap.extract.patterns.denied_party_claim`, the claimant a side)?"""
        return denied_party_claim(
            self.text[sent.start : clause.verb.start],
            lambda a, b: self._names_a_side(sent.start + a, sent.start + b),
        )

    def _clause_confidence(
        self, why: _Why, sent: Sentence, clause: _Clause, places: set[str]
    ) -> tuple[str, str]:
        """(confidence, who it is attributed to), the rule that fired said in ``why``.

        A denial or dispute after the verb (or in a "But ..." next sentence) makes it
        ``disputed``; a statement attributed to someone ("..., the Observatory said", "rebels
        said they had taken", "according to state media") is ``claimed`` (two independent
        attributions of one change make it ``confirmed`` when the statements merge); the
        reporter's own voice is ``confirmed``.
        """
        after_text = self.text[clause.verb.end : sent.end]
        nxt = self._next_sentence_text(sent)
        nxt = nxt[: (re.search(r"[.!?](?:\s|$)", nxt) or re.search("$", nxt)).end()]
        but = re.search(r"(?i)[,;]\s*(?:but|however|while)\b", after_text)
        # "X said it had captured Y and denied that its fighters had withdrawn": the
        # claimant's own denial (joined by "and", no new subject) backs the claim
        own = [
            m
            for m in DISPUTE.finditer(after_text)
            if not _OWN_DENIAL.search(after_text, 0, m.start())
        ]
        if (
            own
            or (but and _COUNTER.search(after_text, but.end()))
            or re.match(r"\s*(?:But|However)\b", nxt)
            and DISPUTE.search(nxt)
            or self._denied_next(nxt, places)
            or self._denies_a_party_claim(sent, clause)
        ):
            why.add("confidence disputed: denied or disputed in the text (rule: denial)")
            return "disputed", ""
        a, b = clause.verb.start - sent.start, clause.verb.end - sent.start
        who = claimant_of(sent, a, b, lambda hi: []) if REPORTED.search(sent.text) else ""
        if not who:  # '"Our forces entered X. ...," a rebel spokesman said': the speaker's
            who = self._speaker_at(clause.verb.start)
        if not who and re.match(r"(?i)claim", clause.verb.text):  # "the rebels claimed control"
            subject = self._subject(sent, clause.lo, clause.verb.start)
            who = " ".join(subject.text.split()) if subject is not None else "its claimant"
        second = (
            self._second_source(sent, who, nxt, places)
            or self._joint_source(who)
            or self._according_both(sent, clause.verb.end)
            or self._admission(sent, clause, who, nxt, places)
        )
        if who and second:
            why.add(
                f"confidence confirmed: attributed to {who!r} and to {second!r} (rule: two "
                f"independent attributions): {source_label(self.source_key(who), who)} and "
                f"{source_label(self.source_key(second), second)}"
            )
            return "confirmed", who
        unverified = (
            UNVERIFIED.search(sent.text)
            or UNVERIFIED.search(nxt)
            # "troops reportedly entered X. This is based on refugee accounts only."
            or _HEDGED.search(self.text, clause.lo, clause.verb.end)
            or _HEDGED_NEXT.match(nxt)
        )
        if not who and not unverified and self.author is not None:
            what = "statement" if self.author.kind == "statement" else "own report"
            why.add(
                f"confidence claimed: the {what} of {self.author.name!r} only "
                "(rule: the author's claim)"
            )
            return "claimed", self.author.name
        if who or unverified:
            said = f"attributed to {who!r} only" if who else "the text says it is unverified"
            rule = "one attribution" if who else "unverified"
            why.add(f"confidence claimed: {said} (rule: {rule})")
            return "claimed", who or "unverified"
        why.add("confidence confirmed: stated in the reporter's own voice (rule: unattributed)")
        return "confirmed", ""

    def _claim_told_to_deny(
        self, why: _Why, sent: Sentence, clause: _Clause, gainer, confidence: str
    ) -> str:
        """ "The Ministry rejects the claim by X, broadcast yesterday, that his bandits have
        captured K", "Contrary to the claims ... that Kabila's bands had taken L": in a side's
        own statement, a change told as another side's claim is one the author disputes."""
        author = self.author
        if (
            confidence == "disputed"
            or author is None
            or author.kind != "statement"
            or not author.actor
            or gainer is None
            or not gainer.actor
            or gainer.actor == author.actor
            or not _CLAIM_TOLD.search(self.text, sent.start, clause.verb.start)
        ):
            return confidence
        why.reasons = [r for r in why.reasons if not r.startswith("confidence ")]
        why.add(
            f"confidence disputed: the other side's claim, told in {author.name!r} "
            "(rule: a statement reporting the other side's claim)"
        )
        return "disputed"

    def _denied_next(self, nxt: str, places: set[str]) -> bool:
        """A denial in the next sentence that points back ("IS denied losing the town") and
        reports no change of its own."""
        if _DISMISSED_NEXT.match(nxt):
            return True  # "This is a complete lie."
        if not (_DENIED.search(nxt) or _COUNTER.search(nxt)):
            return False
        if self._own_change(nxt):
            return False  # the sentence reports a change of its own
        spans = [(a.start, a.end) for a in self.actors_in(nxt)]  # "Kyiv said": a speaker
        named = {p.place for p in find_places(self.gaz, nxt, Sentence(0, len(nxt), nxt), spans)[0]}
        if named - {None} and not places <= named:
            # it denies a change of another place, or of some of the places listed (those
            # are disputed one by one, see settle_confidence)
            return False
        return bool(_BACK_REFERENCE.search(nxt))

    def _second_source(self, sent: Sentence, who: str, nxt: str, places: set[str]) -> str:
        """Another source standing by the statement ("the Observatory confirmed", "the
        Observatory, which tracks the war, separately confirmed"), in the sentence or the
        next one, when what it says is this change (:meth:`_reports_it`); "" when none (or
        the same source)."""
        mine = self.source_key(who)
        for text, own_sentence in ((sent.text, True), (nxt, False)):
            for m in CONFIRMING.finditer(text):
                if not self._reports_it(text[m.end() :], places, own_sentence):
                    continue  # "The army also said it recaptured Y": another change
                chunks = re.split(r"[,;:—–]|\b(?:and|which|while)\b", text[: m.start()])
                for chunk in (chunks[-1], chunks[0]):
                    src = re.sub(
                        r"(?i)(?:\s+(?:also|separately|later|independently))+\s*$", "", chunk
                    )
                    src = " ".join(src.split()[-6:]).strip()
                    key = self.source_key(src)
                    if (
                        _SOURCE_NOUN.search(src)
                        and not _NOT_A_SOURCE.search(src)
                        # "no other source has confirmed this", "it could not be confirmed"
                        and not _NEGATED.search(text, max(0, m.start() - 40), m.start())
                        and key != mine
                        and not (mine and key and not self.independent_sources(mine, key))
                    ):
                        return src
        return ""

    def _admission(
        self, sent: Sentence, clause: _Clause, who: str, nxt: str, places: set[str]
    ) -> str:
        """The other side admitting the change ("..., after Russia's defence ministry
        announced it was withdrawing its forces from the area"; "the LNA spokesman said
        his units had repositioned"), in this sentence after the verb, or in the sentence
        before or after when it names the place: its speaker, else ""."""
        mine = self.source_key(who)
        if not mine.startswith("actor:"):
            return ""
        before = self.text[self._prev_start : sent.start] if self._prev_start < sent.start else ""
        for text, need_place in (
            (self.text[clause.verb.end : sent.end], False),
            (before, True),
            (nxt, True),
        ):
            for m in _ADMITS.finditer(text):
                said = [
                    r for r in REPORTED.finditer(text, 0, m.start()) if m.start() - r.end() < 120
                ]
                if not said:
                    continue  # "after the LNA withdrew from it": reported, not admitted
                head = re.split(
                    r"[,;:—–]|\b(?:after|as|while|but)\b|[.!?]\s", text[: said[-1].start()]
                )
                speaker = " ".join(head[-1].split()[-8:])
                key = self.source_key(speaker)
                if not key.startswith("actor:") or key == mine:
                    continue
                # the place named in the admission's own clause ("pulled back from X but
                # insisted that Y was still held": an admission about X, not Y)
                if need_place and not self._names_any(_clause_around(text, m.start()), places):
                    continue
                return speaker
        return ""

    def _names_any(self, text: str, places: set[str]) -> bool:
        return bool(self._named_places(text) & places)

    def _named_places(self, text: str) -> set[str]:
        """The gazetteer places a stretch of text names (actors' names are no places)."""
        spans = [(a.start, a.end) for a in self.actors_in(text)]
        found = find_places(self.gaz, text, Sentence(0, len(text), text), spans)[0]
        return {p.place for p in found} - {None}

    def _reports_it(self, said: str, places: set[str], own_sentence: bool) -> bool:
        """Is ``said`` (what follows "also said"/"confirmed") a statement of the change of
        ``places``?  It is when it names one of them.  A statement naming only other places
        reports another change ("..., and the army also said it recaptured Y"); in the next
        sentence a statement must point back at this one: "the town", "the capture", or
        "it"/"this" when it reports no change of its own ("The Observatory confirmed it"; in
        "The army also said it took Y" the "it" is the army).  A sentence's subject is never
        by itself an attribution of another sentence's change."""
        named = self._named_places(said)
        if named:
            return bool(named & places)
        if own_sentence:
            return True
        if self._own_change(said):
            return _BACK_NOUN.search(said) is not None
        return _BACK_REFERENCE.search(said) is not None

    def _joint_source(self, who: str) -> str:
        """ "the council and Russia's defence ministry said": the second of two sources
        named together, when the two are independent ("both sides said": the other side);
        "" otherwise."""
        if re.search(r"(?i)\b(?:both|the\s+two)\s+sides\b", who):
            return "the other side"
        parts = re.split(r"\s+and\s+", who)
        if len(parts) != 2:
            return ""
        a, b = (self.source_key(x) for x in parts)
        return parts[1] if self.independent_sources(a, b) else ""

    def _according_both(self, sent: Sentence, after: int) -> str:
        """ "..., according to church sources in the city and, independently, a UN official":
        the second of two independent sources the attribution after the verb names; ""
        otherwise."""
        m = _ACCORDING_BOTH.search(self.text, after, sent.end)
        if m is None:
            return ""
        # "church sources in the city", "a UN official in Kinshasa": the source, not where
        a, b = (_SOURCE_WHERE.split(m[k])[0].strip() for k in ("a", "b"))
        return b if self.independent_sources(self.source_key(a), self.source_key(b)) else ""

    def source_key(self, said: str, generic: bool = True) -> str:
        """Who a statement is attributed to, for telling sources apart: the actor it names
        ("Russia's Defense Ministry": RU; "the army": the one state actor, unless not
        ``generic``), else the reporting body (:func:`_source_key`); "" for the reporter's
        voice."""
        if not said:
            return ""
        named = {a.actor for a in self.actors_in(said) if a.actor}
        if not named:  # "an FRCI spokesman", "a Hamas official": a side's name before its organ
            named = {a.actor for a in self.gaz.actors_in(said, 0, len(said)) if a.actor}
        if not named:  # "Ukrainian officials": the one actor the modifier names
            for w in re.findall(r"[\w'’.-]+", said):
                named |= self.refs.by_modifier.get(w.casefold(), set())
        if len(named) == 1:
            return "actor:" + named.pop()
        key = _source_key(said)
        state = self.refs.by_class.get("state", set())
        if key == "the government side" and len(state) == 1 and generic:
            return "actor:" + next(iter(state))
        return key

    def party_of(self, key: str) -> frozenset[str]:
        """The sides a source (a :meth:`source_key`) may speak for: its actor ("actor:GOV"),
        the theatre's state actors for "the government side" (a military source, a ministry,
        state media); none for a monitor, residents, activists or a news agency."""
        if key.startswith("actor:"):
            return frozenset([key.removeprefix("actor:")])
        if key == "the government side":
            return frozenset(self.refs.by_class.get("state", set())) or frozenset([key])
        return frozenset()

    def independent_sources(self, key: str, other: str) -> bool:
        """Two source keys that are not one party (nor its organs): a party and residents, a
        party and a monitor, the two sides agreeing."""
        return (
            bool(key and other) and key != other and not (self.party_of(key) & self.party_of(other))
        )

    def settle_confidence(self, drafts: list[Draft]) -> None:
        """Article-wide attribution: a later sentence that denies a change and names its
        place ("Amaq denied that Maadan had fallen") makes it ``disputed``; the reporter's
        own observation of a claimed change ("AP journalists who visited X saw ...",
        "geolocated footage shows ... in X") makes it ``confirmed``."""
        self._still_held_disputes(drafts)
        for sent, named in self._remarks:
            denied = _DENIED.search(sent.text)
            denial = denied is not None and not self._own_change(sent.text)
            if denial and not named:
                self._unnamed_denial(sent, denied, drafts)
                continue
            if not denial and not named and self.drafts:
                # "a reporter who went into the town saw ...": the place drafted before
                last = [d for d in self.drafts if d.span[1] <= sent.start][-1:]
                if last and re.search(r"(?i)\bthe\s+(?:town|city|village)\b", sent.text):
                    named = {last[0].place}
            said = " ".join(sent.text.split())[:80]
            for d in drafts:
                if d.place not in named or d.span[0] >= sent.start:
                    continue
                if denial and d.confidence != "disputed":
                    d.confidence = "disputed"
                    d.reasons.append(
                        f"confidence disputed: {said!r} (rule: a denial naming the place)"
                    )
                elif not denial and d.confidence == "claimed":
                    d.confidence = "confirmed"
                    d.reasons.append(
                        f"confidence confirmed: {said!r} (rule: the reporter's own observation)"
                    )

    def _still_held_disputes(self, drafts: list[Draft]) -> None:
        """ "... but insisted that Kombolcha, with its airfield, was still held by the army": a
        later sentence saying a place is still held (not one it tells a change of), not naming
        the side said to have taken it, disputes that side's claim to it."""
        for sent, places, held in self._held_still:
            sides = {a.actor for a in self.actors_in(sent.text) if a.actor}
            # the place is the subject of "still held": named before it, in its clause
            named = {
                p.place
                for p in places
                if p.place
                and p.end - sent.start <= held
                and not re.search(r"[;.]|\bbut\b", sent.text[p.end - sent.start : held])
            }
            # a place this sentence itself tells a change of is not only "still held"
            named -= {d.place for d in drafts if sent.start <= d.span[0] < sent.end}
            said = " ".join(sent.text.split())[:80]
            for d in drafts:
                if (
                    d.place in named
                    and d.span[0] < sent.start
                    and d.confidence == "claimed"
                    and d.to_actor not in sides
                ):
                    d.confidence = "disputed"
                    d.reasons.append(
                        f"confidence disputed: {said!r} (rule: the place said to be still held)"
                    )

    def _unnamed_denial(self, sent: Sentence, denial: re.Match, drafts: list[Draft]) -> None:
        """A denial that names no place disputes the other side's claims it points at:
        "Baghdad radio denied that any town had fallen" every one told before it, "The
        minister denied the claim" those of the two sentences before it."""
        head = sent.text[: denial.start()]
        party = self.party_of(self.source_key(head)) if head.strip() else frozenset()
        if not party:
            return  # who denies is not a side: a monitor saying it cannot confirm is no denial
        every = _DENY_ALL.match(sent.text, denial.end())
        if every is None and not _DENY_BACK.match(sent.text, denial.end()):
            return
        lo = 0 if every else self._start_before(sent.start, 2)
        said = " ".join(sent.text.split())[:80]
        for d in drafts:
            if (
                lo <= d.span[0] < sent.start
                and d.confidence == "claimed"
                and d.to_actor
                and d.to_actor not in party
                and not (d.party & party)
            ):
                d.confidence = "disputed"
                d.reasons.append(
                    f"confidence disputed: {said!r} (rule: a denial by the other side of the "
                    f"{'claims told before it' if every else 'claim just told'})"
                )


# a change told with a hedge: "troops reportedly entered X", "allegedly took Y"
_HEDGED = re.compile(r"(?i)\b(?:reportedly|allegedly|purportedly|apparently|said\s+to\s+have)\b")
# the sentence after saying what the report rests on: "This is based on refugee accounts only."
_HEDGED_NEXT = re.compile(
    r"(?i)\s*(?:this|that|the\s+report|it)\s+(?:is|was)\s+(?:based\s+on|from)\s+"
    r"[^.]{0,60}?\b(?:accounts?|reports?|rumou?rs?|hearsay|sources?)\s+(?:only|alone)\b"
)
_CLAUSE_BREAK = re.compile(r"(?i)[;.!?]\s|\bbut\b|\bwhile\b|\bwhereas\b")


def _clause_around(text: str, pos: int) -> str:
    """The clause of ``text`` holding ``pos``: between the breaks (a full stop, "but",
    "while") before and after it."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, pos)]
    stop = _CLAUSE_BREAK.search(text, pos)
    return text[starts[-1] if starts else 0 : stop.start() if stop else len(text)]


def _source_key(said: str) -> str:
    """Who a statement is attributed to, for telling sources apart: the last words after
    the last comma, normalised; "" when it is no reporting body (e.g. "it")."""
    tail = " ".join(said.split(",")[-1].split()[-4:])
    if not _SOURCE_NOUN.search(tail) or _NOT_A_SOURCE.search(tail):
        return ""
    for rx, same in _SAME_SOURCE:
        if rx.search(tail):
            return same
    return normalize(tail)
