"""Actors as reporters name them, beyond the theatre's aliases and ``refs``.

Three rules, each tied to the theatre's own files (nothing here names a conflict):

* **Generic role words** (:data:`ROLE_CLASSES`): "the army", "government
  forces", "militants", "rebels", "the paramilitaries".  A word of a class
  stands for the one actor whose name, aliases or ``refs`` hold a word of the
  same class ("Syrian army" makes GOV the "state" actor; "Kurdish militia"
  makes SDF a "militia").  Two actors of the class: the mention is
  ``unresolved`` (the extractor then looks for one of them named nearby); none:
  no mention.
* **A force named by its modifiers**: "Iraqi special forces", "Ukrainian armed
  formations", "Kurdish-led militia council": up to three words before a force
  noun, one of which is a modifier word of exactly one actor's aliases or
  ``refs`` ("Iraqi" in "Iraqi forces").  "allied"/"supporting" forces are no
  actor (an ally of the subject, not a side).
* **The author of a statement** (:func:`document_author`): a ministry, army
  or militia statement or a monitor's own report has no wire dateline, and a
  header or signature line that names its author ("Rapid Support Forces —
  Official Statement", "General Command of the Syrian Democratic Forces"), or
  a letterhead above "Press Release", or an opening "The X Armed Forces
  announce ...".  In it "our forces", "our units", "we" are the author's actor,
  and "the enemy", "the aggressor", "the mercenaries" the other side of a
  two-sided theatre.
* A capitalised role word inside another body's name ("the Defence Army") is
  no role word.

:class:`Holders` reads who held a place on a day from the theatre's
``control.csv`` and ``events.csv``, for ``from_actor`` when the text does not
say who lost a place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..units import is_country_name
from .gazetteer import ARMS_OF_SERVICE, ActorMention, demonym, irregular_demonym
from .text import overlaps

#: Generic role words by class: a word of a class names the theatre's one actor of
#: that class (see the module docstring).  Plurals and a "-s" are matched too.
ROLE_CLASSES: dict[str, tuple[str, ...]] = {
    "state": (
        "army",
        "military",
        "government",
        "regime",
        "armed forces",
        "security forces",
        "loyalist",
        "soldier",
        "troop",
        "junta",
    ),
    "jihadist": ("militant", "jihadist", "extremist", "insurgent", "terrorist"),
    "rebel": ("rebel", "opposition", "insurgent", "separatist", "guerrilla"),
    "militia": ("militia", "militiamen", "paramilitary", "paramilitaries"),
}
# what a generic class word may be followed by in a mention ("government forces")
_FORCE = (
    r"(?:forces|troops|fighters|soldiers|units|formations|militiamen|militias?|army|military"
    r"|paratroopers|marines|commandos|servicemen)"
)
# "the people's army", "the revolutionary forces": an armed movement's name for itself, not the
# role word "army" of the side whose ref it is
_MOVEMENT_WORD = re.compile(r"(?i)\b(?:people['’]s|revolutionary|popular|liberation)\s+$")


def in_movement_name(text: str, start: int) -> bool:
    """Is the word at ``start`` the head of a movement's name for itself ("the people's army",
    "the revolutionary forces"), not a side's role word?"""
    return bool(_MOVEMENT_WORD.search(text, max(0, start - 16), start))


# words that make a force phrase someone's helpers, not a side
_ALLIED = re.compile(r"(?i)\b(?:allied|supporting|friendly|auxiliary|partner|joint)\b")
# a force phrase: up to three modifier words, then a force noun
_FORCE_PHRASE = re.compile(
    r"(?<![\w-])(?P<mods>(?:[\w.'’-]+\s+){1,3}?)(?P<head>"
    + _FORCE
    + r"|rebels|separatists|militants|insurgents|guerrillas|militia\s+council|armed\s+formations"
    # a side's word for the other's fighters, named by its modifier: "the Moroccan invaders"
    + r"|invaders|occupiers|aggressors|mercenaries|bandits|terrorists"
    # a body of a side's troops named by its modifier: "a Libyan armoured column", "a
    # Tanzanian battalion", "a Georgian landing party", "the Senegalese contingent"
    + r"|columns?|battalions?|brigades?|regiments?|contingents?|detachments?|patrols?|[Dd]ivisions?|garrisons?"
    # "North Korean tanks rolled into the city", "Communist armour", "Turkish nationalist
    # cavalry", "handed the town over to Turkish nationalist gendarmes"
    + r"|tanks|armou?r|cavalry|infantry|horsemen|riflemen|gendarmes|gendarmerie|policemen"
    + "|"
    + ARMS_OF_SERVICE
    + r"|landing\s+part(?:y|ies)|expeditionary\s+force"
    # "The Mexican vanguard occupied Columbus" (spent set 98)
    + r"|vanguards?|rearguards?|advance\s+guards?|squadrons?"
    # a side's voice named by its modifier: "the Russian command said its troops ..."
    + r"|command|high\s+command|[Dd]efen[cs]e\s+[Mm]inistry|radio|media"
    # "Ukraine's General Staff confirmed that its units had pulled back" (spent set 155)
    + r"|[Gg]eneral\s+[Ss]taff|[Ww]ar\s+[Mm]inistry)\b"
)
_GENERIC = re.compile(
    r"(?i)(?<![\w-])(?:the\s+)?(?P<word>armed\s+forces|security\s+forces|government|regime|army"
    r"|military|loyalists?|soldiers|troops|militants?|jihadists?|extremists?|insurgents?|terrorists?"
    r"|rebels?|opposition|separatists?|guerrillas?|junta|militias?|militiamen|paramilitary"
    r"|paramilitaries)"
    r"(?:\s+" + _FORCE + r")?\b(?![-‑])"  # "rebel-held" is no mention of the rebels
)
_OUR = re.compile(
    # "our gallant combatants", "our valiant defence forces", "our defence and security forces"
    # (spent set 78): up to three words before the noun
    r"(?i)\bour\s+(?:[a-z-]+\s+){0,3}?"
    r"(?P<noun>forces|units|fighters|troops|soldiers|army|men|heroes|mujahideen|brigades"
    r"|battalions|formations|combatants|brothers|lions|sons|servicemen|militiamen|fronts|columns"
    r"|detachments|guerrillas|comrades|companies|cadres|partisans|cavalry|infantry|horsemen"
    r"|riflemen|gendarmes|sailors|marines|patrols"
    rf"|{ARMS_OF_SERVICE}"
    # "our popular committees entered the capital", "our vanguard", "our battalion" (spent
    # sets 63, 55)
    r"|committees|volunteers|vanguards?|regiments|squadrons|commandos|legionaries|warriors"
    r"|armies|rearguards?|rear-guards?|outposts|pickets|scouts"
    r"|unit|battalion|brigade|regiment|company|detachment|column|squadron|patrol|garrison)\b"
    r"|(?<![\w-])(?P<we>[Ww]e)\b"
    # an armed movement's name for its own forces ("the people's army took control of X"), not
    # the other side's word for them ("the so-called revolutionary forces")
    r"|(?<!so-called\s)\bthe\s+(?P<own>(?:people['’]s|revolutionary|popular)\s+(?:army|forces"
    r"|liberation\s+(?:army|forces)|fighters|guerrillas))\b"
)
# "the enemy" in a statement: the other side, when the theatre has two (else the side the
# statement names most); with lower-case epithets before the noun ("the communist aggressors",
# "the royal mercenaries") and a side's names for the other's fighters ("the terrorists", "the
# puppets": blind sets 13 and 14)
_ENEMY = re.compile(
    r"(?i)\bthe\s+(?:(?-i:[a-z][a-z-]*)\s+){0,2}?(?:enemy|adversary|occupiers?|invaders?"
    r"|aggressors?|aggression(?:['’]s)?|mercenar(?:y|ies)|terrorists|bandits|puppets|traitors"
    r"|narco-terrorists)\b(?![-‑])"
)
# lower-case words of a force's name that tell no side ("national forces", "local militias")
_PLAIN = frozenset(
    "national liberation freedom coalition unity alliance local regional regular village clan "
    "resistance presidential royal invading foreign allied armed joint combined irregular "
    "volunteer popular people revolutionary islamic defence defense security ministry interior"
    " special elite government".split()
)
_MODIFIER_STOP = frozenset(
    "the a an of and or with by from to in on at its their his her our new some many most all "
    "other both several dozens hundreds thousands more few northern southern eastern western "
    "central local elite special regular".split()
)


# forces named by whom they follow: "X loyal to [the former president] Name", "the forces of
# Name", "Name's troops"
_LOYAL_NOUN = (
    r"(?:forces|troops|soldiers|fighters|units|men|gunmen|militias?|militiamen|loyalists"
    # "the column of Camilo Cienfuegos"
    r"|supporters|partisans|columns?)"
)
_LOYAL = re.compile(
    r"(?i:(?:(?:armed|rebel|government|opposition)\s+)?" + _LOYAL_NOUN + r")"
    r"(?:\s+(?P<loyal>(?i:loyal|allied|answering|faithful))\s+to|\s+(?i:of))\s+(?=\S)"
    r"|(?P<poss>[A-Z][\w'’-]+)['’]s\s+(?i:" + _LOYAL_NOUN + r")\b"
)
# runs of capitalised words ("Riek Machar"); the leader's name is looked for up to a word that
# goes on with the clause (a preposition, a conjunction, "said") or clause punctuation
_CAP_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_LEADER_STOP = re.compile(
    r"[.;:!?()\"“”]|\s[-—–]\s|\b(?:from|in|into|on|at|after|before|as|when|and|but|while|which"
    r"|who|that|said|says|took|seized|captured|entered|have|has|had|were|was)\b"
)


def _leader_runs(text: str, pos: int) -> list[re.Match]:
    """Capitalised runs from ``pos`` up to where the noun phrase after "loyal to" ends."""
    stop = _LEADER_STOP.search(text, pos, pos + 90)
    end = stop.start() if stop else min(len(text), pos + 90)
    return list(_CAP_RUN.finditer(text, pos, end))


# what follows a leader's name in an actor's name ("Machar loyalists", "Gaddafi forces")
_PATRON_AFTER = re.compile(
    r"^(?P<who>(?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+?)(?:\s+loyalists|['’]s\s+(?:forces|troops))$"
)


def _bare(word: str) -> str:
    return re.sub(r"['’]s$", "", word).casefold()


def _names(r) -> list[str]:
    """An actor row's name, aliases and ``refs``, as text."""
    names = [str(r.name)]
    for col in ("aliases", "refs"):
        val = getattr(r, col, None)
        names += [str(x) for x in val] if isinstance(val, list | tuple) else []
    return names


def _patrons(actors) -> dict[str, set[str]]:
    """Leaders' names by actor, from the theatre's aliases and ``refs``: the capitalised words
    after "loyal to" ("forces loyal to Riek Machar"), before "loyalists" ("Kiir loyalists") and
    before "'s forces"/"'s troops" (not "Syrian troops": a country's adjective is no leader); a
    word two actors' names give is kept for both (the mention is then unresolved)."""
    out: dict[str, set[str]] = {}
    for r in actors.itertuples():
        for name in _names(r):
            name = " ".join(name.split())
            after = re.search(r"(?i)\bloyal\s+to\s+(.+)$", name)
            before = _PATRON_AFTER.match(name)
            who = after.group(1) if after else before.group("who") if before else ""
            for w in re.findall(r"[A-Z][\w'’-]*", who):
                if w.casefold() not in _MODIFIER_STOP and len(w) > 2:
                    out.setdefault(_bare(w), set()).add(str(r.id))
    return out


def _singular(word: str) -> str:
    w = word.casefold()
    if w in ("militiamen", "paramilitaries"):
        return w
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _class_of(word: str) -> str | None:
    w = _singular(" ".join(word.split()))
    for cls, words in ROLE_CLASSES.items():
        if w in words or w.rstrip("s") in words:
            return cls
    return None


class ActorRefs:
    """The role-word and modifier rules for one theatre (see the module docstring)."""

    def __init__(self, actors) -> None:
        self.ids = [str(a) for a in actors["id"]]
        self.by_class: dict[str, set[str]] = {}
        self.by_modifier: dict[str, set[str]] = {}
        words_of: dict[str, set[str]] = {}
        for r in actors.itertuples():
            for name in _names(r):
                self._learn(str(r.id), name.split())
                for w in name.split():
                    words_of.setdefault(w.casefold(), set()).add(str(r.id))
        self.by_patron = _patrons(actors)
        # the sides a reporter names "the government" ("government troops", "interim
        # government", "regime forces" in aliases or refs): a state office speaks for one
        self.governing = {
            str(r.id)
            for r in actors.itertuples()
            for name in _names(r)
            if re.search(r"(?<![\w-])(?:government|regime)(?![\w-])", name)
        }
        # a modifier another actor's name also holds ("Syrian" in "Free Syrian Army") is no
        # evidence for either
        for w, fits in list(self.by_modifier.items()):
            if words_of.get(w, set()) - fits:
                del self.by_modifier[w]

    def _learn(self, actor: str, words: list[str]) -> None:
        """The classes and modifier words one name of ``actor`` gives.  Only lower-case
        words count: "Syrian army" makes an actor a "state" actor and "Syrian" its
        modifier; the proper name "Free Syrian Army" says neither."""
        text = " ".join(words)
        for cls, members in ROLE_CLASSES.items():
            if any(re.search(rf"(?<![\w-]){re.escape(m)}s?(?![\w-])", text) for m in members):
                self.by_class.setdefault(cls, set()).add(actor)
        if len(words) < 2:
            return
        # "Iraqi forces", "Kurdish-led fighters", "Sudanese army", "Syrian government"
        if re.fullmatch(_FORCE, words[-1]) or _class_of(words[-1]) and words[-1].islower():
            for w in words[:-1]:
                if w.casefold() not in _MODIFIER_STOP and (
                    w[:1].isupper()
                    # "federal troops", "royalist forces", "colonial army": a lower-case word
                    # that is no role word of a class and says no more than where or how
                    or (w.isalpha() and len(w) > 4 and not _class_of(w) and w not in _PLAIN)
                ):
                    self.by_modifier.setdefault(w.casefold(), set()).add(actor)

    def government(self, header: str, home: tuple[str, ...] = ()) -> str:
        """The state actor a government office's header speaks for ("Office of the Prime
        Minister - Republic of X"): the theatre's one "state" actor, or of several the one
        whose modifier words ("Xian army") share their stem with a word of the header, else,
        when the header names the theatre's own country (``home``: its names), the one of them
        reporters call the government ("government troops" in its refs); "" when that is not
        one actor."""
        if not (_GOV_OFFICE.search(header) or _STATE_HEAD.search(header)):
            return ""
        states = self.by_class.get("state", set())
        # "DEFENCE COMMITTEE OF THE REPUBLIC OF SOUTH OSSETIA": a republic that is neither the
        # theatre's country nor a country of its state actor speaks for no state here (spent
        # set 70)
        republics = [m.group("name") for m in _STATE_NAMED.finditer(header)]
        if republics and not any(
            _names_home(r, home)
            # the republic's name, or a word of it, is a country of a state actor
            or any(
                self._of_country(c) & states
                for c in (r.title(), *(w.title() for w in r.split()))
                if is_country_name(c)
            )
            for r in republics
        ):
            return ""
        if len(states) > 1:
            stems = {w.casefold()[:5] for w in re.findall(r"[^\W\d_]{5,}", header)}
            # "STATE OF X", "Republic of X": the state whose modifier is X's adjective
            # "REPUBLIC OF POLAND": the one state whose adjective the republic's name gives
            # ("Polish"), whatever other sides the lines under it name (blind set 110)
            # (only an irregular adjective: "Guinean" would fit Guinea-Bissau by its stem)
            lands = {" ".join(r.casefold().split()) for r in republics}
            of_republic = states & {
                a
                for w, actors in self.by_modifier.items()
                if irregular_demonym(w) in lands
                for a in actors
            }
            if len(of_republic) == 1:
                return next(iter(of_republic))
            named = [w for w in re.findall(r"[^\W\d_]{3,}", header) if is_country_name(w.title())]
            of_country = set().union(*(self._of_country(c) for c in named))
            states = {
                a
                for a in states
                if a in of_country
                or any(w[:5] in stems for w, fits in self.by_modifier.items() if a in fits)
            }
            if len(states) != 1 and _names_home(header, home):
                # "REPUBLIC OF RWANDA" in Rwanda: the one side reporters call the government
                states = self.by_class.get("state", set()) & self.governing
        return next(iter(states)) if len(states) == 1 else ""

    def loyal(self, text: str) -> list[ActorMention]:
        """Forces named by the leader they follow: "soldiers loyal to the former vice president
        <Name>", "the forces of <Name>", "<Name>'s troops": the one actor whose aliases or
        ``refs`` name that leader (see :func:`_patrons`).  Such a phrase outranks the role word
        inside it ("soldiers" may be another side's role word); a leader no actor names, or
        two actors name, gives an ``unresolved`` mention: never the role word's side."""
        out = []
        for m in _LOYAL.finditer(text):
            if m.group("poss"):
                fits = self.by_patron.get(_bare(m.group("poss")), set())
                if len(fits) == 1:  # not "Juba's forces": a place or a body, not a leader
                    out.append(ActorMention(m.start(), m.end(), m.group(0), min(fits), "ref"))
                continue
            # the leader: the first run of capitalised words before the clause goes on ("the
            # former vice president, <Name>, seized ...") that names one
            runs = _leader_runs(text, m.end())
            named = [r for r in runs if any(_bare(w) in self.by_patron for w in r.group(0).split())]
            if named:
                run = named[0]
                fits = {a for w in run.group(0).split() for a in self.by_patron.get(_bare(w), ())}
            elif runs and runs[0].start() == m.end() and m.group("loyal"):
                run, fits = runs[0], set()  # "loyal to <a name no actor gives>"
            else:
                continue  # "loyal to the government": the role words say it
            end = run.end()
            if len(fits) == 1:
                out.append(ActorMention(m.start(), end, text[m.start() : end], min(fits), "ref"))
            elif m.group("loyal"):
                basis = " or ".join(sorted(fits)) or "no actor (a leader the theatre does not name)"
                out.append(
                    ActorMention(m.start(), end, text[m.start() : end], "", "unresolved", basis)
                )
        return out

    def mentions(self, text: str, taken: list[ActorMention]) -> list[ActorMention]:
        """Role-word and modifier mentions in ``text`` outside the ``taken`` spans."""
        spans = [(a.start, a.end) for a in taken]
        found: list[ActorMention] = []
        for m in _FORCE_PHRASE.finditer(text):
            a = self._by_modifiers(m)
            if a is not None and not overlaps(a.start, a.end, spans):
                found.append(a)
                spans.append((a.start, a.end))
        for m in _GENERIC.finditer(text):
            if (
                overlaps(m.start(), m.end(), spans)
                or _ALLIED.search(text, max(0, m.start() - 12), m.start())
                or self._in_proper_name(text, m)
                or in_movement_name(text, m.start())
            ):
                continue
            cls = _class_of(m.group("word"))
            fits = sorted(self.by_class.get(cls, ())) if cls else []
            if len(fits) == 1:
                found.append(ActorMention(m.start(), m.end(), m.group(0), fits[0], "role-word"))
            elif fits:
                found.append(
                    ActorMention(
                        m.start(), m.end(), m.group(0), "", "unresolved", " or ".join(fits)
                    )
                )
            spans.append((m.start(), m.end()))
        for m in _DEMONYMS.finditer(text):
            # "fell to the Tanzanians", "the Moroccans entered X": the side whose modifier is
            # the people's adjective ("Tanzanian"), when it is one side's
            if overlaps(m.start(), m.end(), spans):
                continue
            # "the North Koreans": the sides every word fits ("north" and "korean")
            words = m.group("people").casefold().split()
            if not re.search(r"(?:ch|sh|ss)$", words[-1]):
                words[-1] = words[-1].removesuffix("s")
            fits = set.intersection(
                *(
                    set().union(
                        *(self.by_modifier.get(k, set()) for k in _PEOPLE_MODIFIERS.get(w, (w,)))
                    )
                    for w in words
                )
            )
            if len(fits) == 1:
                found.append(ActorMention(m.start(), m.end(), m.group(0), min(fits), "modifier"))
                spans.append((m.start(), m.end()))
        found += self._hands_of(text, spans)
        for m in _COUNTRY_SPEAKS.finditer(text):
            fits = self._country_of(m.group("c") + "'s")
            if fits is not None and len(fits) == 1 and not overlaps(m.start(), m.end("c"), spans):
                found.append(
                    ActorMention(m.start(), m.end("c"), m.group("c"), min(fits), "modifier")
                )
        return found

    def _hands_of(self, text: str, spans: list[tuple[int, int]]) -> list[ActorMention]:
        """ "in American hands": the one side whose modifier the adjective is (outside
        ``spans``, which it extends)."""
        out = []
        for m in _ADJECTIVE_HANDS.finditer(text):
            fits = self.by_modifier.get(m.group("adj").casefold(), set())
            if len(fits) == 1 and not overlaps(m.start("adj"), m.end("adj"), spans):
                out.append(
                    ActorMention(
                        m.start("adj"), m.end("adj"), m.group("adj"), min(fits), "modifier"
                    )
                )
                spans.append((m.start("adj"), m.end("adj")))
        return out

    def _in_proper_name(self, text: str, m: re.Match) -> bool:
        """ "the Defence Army", "the Arakan Army": a capitalised role word after a capitalised
        word that is no actor's modifier is part of another body's name, not the role word."""
        word = m.group("word")
        if not word[:1].isupper():
            return False
        before = re.search(r"([A-Z][\w'’-]*)\s+$", text[max(0, m.start() - 40) : m.start()])
        if before is None or before.group(1) in ("The", "A", "An"):
            return False
        return before.group(1).casefold() not in self.by_modifier

    def _pro_class(self, key: str) -> set[str] | None:
        """ "pro-government units": the one actor of the class the word after "pro-" names."""
        cls = _class_of(key[4:]) if key.startswith("pro-") else None
        fits = self.by_class.get(cls, set()) if cls else set()
        return set(fits) if len(fits) == 1 else None

    def _country_of(self, word: str) -> set[str] | None:
        """ "Israel's military", "Angola's army": a country in the possessive names the one
        actor whose modifier word is that country's adjective ("Israeli" in "Israeli troops")."""
        country = re.match(r"([A-Z][\w-]+)['’]s$", word.strip(".,"))
        if country is None or not is_country_name(country.group(1)):
            return None
        return self._of_country(country.group(1), irregular=True) or None

    def of_region(self, header: str) -> str:
        """The one actor whose modifier is the adjective of a land a header names ("DEFENCE
        COMMITTEE OF THE REPUBLIC OF SOUTH OSSETIA": the "(South) Ossetian" militias; spent set
        70); "" when none or several."""
        lands = set(re.findall(r"[^\W\d_]{5,}", header))
        fits = set().union(*(self._of_country(land) for land in lands))
        return next(iter(fits)) if len(fits) == 1 else ""

    def of_body(self, header: str) -> str:
        """The one actor whose modifier word opens a body a header names ("FROM THE SOVIET
        INFORMATION BUREAU", "CZECHOSLOVAK ARMY CORPS": spent sets 150 and 158); "" when
        none or several.  Only a modifier right before the body's name counts: "STATEMENT ON
        THE GERMAN AGGRESSION" names no author."""
        fits: set[str] = set()
        for m in _BODY_OF_MODIFIER.finditer(header):
            fits |= self.by_modifier.get(m.group("mod").casefold(), set())
        return next(iter(fits)) if len(fits) == 1 else ""

    def _of_country(self, country: str, irregular: bool = False) -> set[str]:
        """The actors with a modifier word that is ``country``'s adjective ("Israeli" for
        Israel; with ``irregular`` also "Polish" for Poland: only where the country is named
        as the state itself, "REPUBLIC OF POLAND", "Poland's army", not "the operations in
        France" of a British War Office statement)."""
        return {
            a
            for w, actors in self.by_modifier.items()
            if demonym(w.capitalize(), [country.casefold()], irregular)
            for a in actors
        }

    def _by_modifiers(self, m: re.Match) -> ActorMention | None:
        words = m.group("mods").split()
        allied = _ALLIED.search(m.group("mods"))
        # "Peru's joint command" is one side's command, not a helper
        if allied and not (
            allied.group(0).lower() == "joint" and m.group("head").lower().endswith("command")
        ):
            return None
        # "Under heavy Chinese pressure our troops withdrew": the phrase starts after a
        # possessive ("our troops" are the speaker's, not the Chinese)
        mods = words[_after_last(words, _POSSESSIVES) :]
        # the sides every modifier word fits: "North Korean tanks" ("north" one side's,
        # "korean" two sides')
        fits: set[str] | None = None
        for w in mods:
            key = w.casefold().strip(".,'’")
            # "Sudan's army": the possessive; "pro-Russian separatists": fighting on that side
            hit = (
                self.by_modifier.get(key)
                or self.by_modifier.get(re.sub(r"['’]s$", "", key))
                or self.by_modifier.get(key.removeprefix("pro-"))
                or self._pro_class(key)
                or self._country_of(w)
            )
            if hit:
                fits = set(hit) if fits is None else fits & hit
        if fits is not None and len(fits) > 1:
            # "Peru's army": of the sides the modifier fits (the army, the air force), the one
            # the head word's class holds
            cls = _class_of(m.group("head"))
            narrowed = fits & self.by_class.get(cls, set()) if cls else set()
            fits = narrowed if len(narrowed) == 1 else fits
        if fits is None or len(fits) != 1:
            return None
        # the mention starts after the last possessive, preposition or article ("took Chtaura
        # from leftist forces": the words before "from" are another phrase's), at its first
        # capitalised or modifier word ("when Iraqi forces")
        cut = _after_last(words, _POSSESSIVES | _MODIFIER_STOP)
        start = m.start()
        for _ in range(cut):
            start = _WORD_AND_SPACE.match(m.string, start).end()
        for w in words[cut:]:
            if w[:1].isupper() or w.casefold() in self.by_modifier:
                break
            start = _WORD_AND_SPACE.match(m.string, start).end()
        return ActorMention(start, m.end(), m.string[start : m.end()], fits.pop(), "modifier")


_WORD_AND_SPACE = re.compile(r"\S+\s+")
_POSSESSIVES = frozenset("our their its his her my your".split())


def _after_last(words: list[str], stop: frozenset[str]) -> int:
    """The index after the last of ``words`` in ``stop`` (casefolded), 0 when none is."""
    return max((i + 1 for i, w in enumerate(words) if w.casefold() in stop), default=0)


# a people named by its plural demonym: "the Tanzanians", "the Moroccans", "the Israelis"
# ("the North Koreans", "the Chinese", "the Sudanese"), or by a word the plural rule does
# not reach: "the French had already taken X" (spent set 146), "the Turks", "the Poles"
_DEMONYMS = re.compile(
    r"\b[Tt]he\s+(?P<people>(?:(?:North|South|East|West)\s+)?(?:[A-Z][a-z]+(?:ians|ans|is|ese)"
    r"|Spaniards|Turks|Poles|Serbs|Croats|Greeks|Swedes|Danes|Finns|Czechs|Slovaks|Arabs|Kurds"
    r"|Boers"
    # an adjective as the people only before a verb or a stop, never before a noun ("the
    # French positions", "the Spanish Civil War")
    r"|(?:French|British|English|Dutch|Spanish|Irish|Scots|Swiss)(?=\s*[,.;:)]|\s+(?:[a-z]+ed"
    r"|had|have|has|were|are|was|is|took|held|hold|won|lost|left|drove|fled|swept|overran"
    r"|retook|seized|did|could|would|will|then|also|now|still|finally|soon|later|again"
    # "fell to the French on Monday": a preposition or a relative after the people
    r"|on|in|at|by|after|before|from|to|with|under|since|during|near|who|which|that|as)\b)))\b"
)
# the modifier words of a people the plural rule does not reach ("Turks": "Turkish troops")
_PEOPLE_MODIFIERS = {
    "spaniard": ("spanish",),
    "scot": ("scottish", "scots"),
    "turk": ("turkish", "turk", "ottoman"),
    "pole": ("polish",),
    "serb": ("serbian", "serb"),
    "croat": ("croatian", "croat"),
    "swede": ("swedish",),
    "dane": ("danish",),
    "finn": ("finnish",),
    "kurd": ("kurdish",),
    "boer": ("boer",),
}
# a side's adjective before "hands": "Son was in American hands by evening" (blind set 187),
# "now in German hands": the side whose modifier it is
_ADJECTIVE_HANDS = re.compile(r"\bin\s+(?:(?:firm|full)\s+)?(?P<adj>[A-Z][a-z]{3,})\s+hands\b")
# a country as the one who speaks or acts: "Ethiopia announced that its troops ...", "Eritrea
# said", "Ethiopia retook X": the side whose modifier is its adjective
_COUNTRY_SPEAKS = re.compile(
    r"(?<![\w-])(?P<c>[A-Z][a-z]{3,})\s+(?:said|says|announced|announces|claimed|claims"
    r"|declared|denied|insisted|reported|admitted|conceded|confirmed"
    # "Ethiopia retook X": a country as the agent of a change
    r"|retook|recaptured|captured|took|seized|occupied|liberated|entered|annexed)\b"
)


# =========================================================================== statements
# a header or signature line of a statement or of a monitor's own report
_STATEMENT_WORDS = re.compile(
    r"(?i)\b(?:statement|communiqu[ée]|press\s+release|press\s+service|information\s+department"
    # "PRESS CENTRE OF THE ...", "Information message No. 212", "MAIN STAFF ...", "ANNOUNCEMENT"
    r"|press\s+(?:centre|center|office)|information\s+(?:message|bulletin|service)"
    r"|main\s+staff|announcement"
    # "HEADQUARTERS OF THE ARMED FORCES OF ...", "Operational summary for 19-21 September"
    r"|headquarters\s+of|operational\s+(?:summary|report)|war\s+bulletin"
    r"|spokes(?:man|woman|person)|media\s+(?:office|centre|center)"
    r"|general\s+command|operations\s+command|high\s+command|general\s+staff|ministry\s+of"
    r"|official\s+(?:statement|spokes\w+)"
    # "MANIFESTO OF THE PATRIOTIC JUNTA", "PROCLAMATION OF THE GOVERNMENT OF THE RIF", "Order of
    # the Day No. 6", "Report of the Supreme Command of the Hungarian Red Army", "Army Command
    # of the ... - Report for the press", "Declaration of 13 May 2003", "NEWS RELEASE",
    # "Publicity Department - Official Report", "Official note issued in Bilbao", "Division
    # Public Affairs Office", "MILITARY COUNCIL OF THE SOUTHERN FRONT", "WAR OFFICE, LONDON"
    r"|manifesto|proclamation|declaration\s+of|order\s+of\s+the\s+day"
    r"|(?:supreme|army|military|high|general|central)\s+command|command\s+of\s+the"
    r"|report\s+for\s+the\s+press|news\s+release|official\s+(?:report|note|communication)"
    r"|public\s+(?:affairs|relations|information)\s+(?:office|department|directorate|division)"
    r"|publicity\s+department|secretariat\s+(?:of|for)\s+information|office\s+of\s+media"
    r"|military\s+council|war\s+office|war\s+staff"
    # "POLITICAL DEPARTMENT OF THE EASTERN FRONT OF THE RED ARMY" (spent set 72)
    r"|political\s+(?:department|directorate|administration)"
    # "Relation published by the Field Chancery of His Majesty the King of Sweden",
    # "COMMUNIQUE OF THE IMPERIAL COURT WAR COUNCIL" (blind sets 217 and 218)
    r"|relation\s+published|field\s+chancery|war\s+council|council\s+of\s+war"
    r"|(?:video|audio)\s+(?:message|statement|recording))\b"
)
# the name after "Republic of", "State of", "Kingdom of" in a header
_STATE_NAMED = re.compile(
    r"(?i)\b(?:republic|state|kingdom|federation)\s+of\s+(?:the\s+)?"
    # the name on its own line: "REPUBLIC OF POLAND" over "Communique of ..." is Poland
    r"(?P<name>(?-i:[A-Z])[\w'’-]*(?:[ \t]+(?-i:[A-Z])[\w'’-]*){0,3})"
)
# a title saying what the text is a transcript of
_TRANSCRIPT = re.compile(r"(?i)\s*(?:transcript|(?:full\s+)?text|translation)\s+of\b")
# a government office heading its statement (speaks for the state's side)
_GOV_OFFICE = re.compile(
    r"(?i)\b(?:office\s+of\s+the\s+(?:prime\s+minister|president)|presidency|prime\s+minister['’]s"
    r"\s+office|council\s+of\s+ministers|government\s+of|ministry\s+of\s+defen[cs]e)\b"
)
# a state's letterhead: "STATE OF X", "Federal Republic of X", "Ministry of Information",
# "Office of the Government Spokesperson" (a side's own statement, not a dateline)
_STATE_HEAD = re.compile(
    r"(?i)\b(?:republic|state|kingdom|federation)\s+of\b|\bministry\s+of\b"
    r"|\bgovernment\s+spokes(?:man|woman|person)\b"
)
_REPORT_WORDS = re.compile(
    r"(?i)\b(?:observatory|monitor|assessment|weekly\s+update|daily\s+update|situation\s+report"
    r"|sitrep|bulletin|campaign\s+assessment)\b"
)


# a modifier before the name of a side's body in a header: "SOVIET INFORMATION BUREAU",
# "CZECHOSLOVAK ARMY CORPS", "Soviet High Command"
_BODY_OF_MODIFIER = re.compile(
    r"(?i)\b(?P<mod>[^\W\d_][\w-]{3,})\s+(?:[^\W\d_]+\s+){0,2}?(?:bureau|army|corps|command"
    r"|ministry|government|headquarters|forces|front|staff|navy|agency)\b"
)


@dataclass
class Author:
    """Who speaks in a statement or a monitor's own report."""

    kind: str  # "statement" or "report"
    name: str  # the header or signature line naming the author
    actor: str  # the author's actor id ("" when the theatre has none for it)


def document_author(lines: list[str], has_dateline: bool, actors_in) -> Author | None:
    """The author of a statement or monitor report, from its header or signature lines.

    ``lines`` are the text's non-empty lines from the headline on (page furniture
    skipped).  A wire report (a dateline "BEIRUT (AP) —") is never a statement.  The
    author's actor is the one named in a header line that says what the text is
    ("Rapid Support Forces — Official Statement") or in a signature line at the end
    (short, no full stop: "Media Office of the Rapid Support Forces");
    ``actors_in(line)`` gives a line's actor mentions.
    """
    if has_dateline or not lines:
        return None
    # a headline reporting a change ("Monitor: regime forces seize Maadan", "Ministry says
    # army took X") is a news report's, not an author's header
    # "Soldiers of the insurrection!", "Compatriots,": whom a statement speaks to, not its author
    # a title may run long where it says where the text came from ("Transcript of a video
    # statement attributed to X, released ... (translated from Hausa by ...)", spent set 78);
    # a longer line ending as a sentence does is the text's first sentence
    head = [
        ln
        for ln in lines[:3]
        if (
            len(ln) <= 120
            or (len(ln) <= 240 and not re.search(r"[.!?][\"”’]?$", ln))
            # "Transcript of a video message attributed to X, released 24 August 2014.
            # Translated from Hausa." (blind set 228): a title saying where the text came from
            or (ln is lines[0] and len(ln) <= 400 and _TRANSCRIPT.match(ln) is not None)
        )
        and not _reports_change(ln)
        and not _salutation(ln)
    ]
    tail = [ln for ln in lines[-3:] if len(ln) <= 80 and not re.search(r"[.!?]$", ln)]
    kind = None
    if any(_STATEMENT_WORDS.search(ln) for ln in head + tail):
        kind = "statement"
    elif any(_REPORT_WORDS.search(ln) for ln in head):
        kind = "report"
    elif any(_first_person(ln) for ln in lines[:4]):
        kind = "statement"
    if kind is None:
        return None
    titled = [ln for ln in head if _STATEMENT_WORDS.search(ln) or _REPORT_WORDS.search(ln)]
    # "REVOLUTIONARY UNITED FRONT OF SIERRA LEONE" over "THE PEOPLE'S ARMY - WAR COMMUNIQUE":
    # a letterhead naming a side by its name, over a title naming one only by a role word
    letterhead = [
        (ln, a)
        for ln in head
        if ln not in titled
        for a in actors_in(ln)
        if a.actor and a.how == "alias" and not _addressed(ln[: a.start])
    ]
    by_role = [a for ln in titled for a in actors_in(ln) if a.actor]
    if letterhead and by_role and all(a.how != "alias" for a in by_role):
        ln, a = letterhead[0]
        return Author(kind, ln, a.actor)
    # the title line, the signature, then the letterhead ("Arakan Army (AA)" over "Press
    # Release"), then the opening sentence ("The X Armed Forces announce ...")
    for ln in titled + list(reversed(tail)) + head:
        # "Communique to the Organization of American States": whom it is addressed to is
        # not its author (spent set 21)
        found = [
            a
            for a in actors_in(ln)
            if a.actor and not _addressed(ln[: a.start]) and not _TITLE_OBJECT.search(ln[: a.start])
        ]
        # "Statement of the Military Command of the Islamic International Brigade": the side
        # named by its name, over a role word ("the Military") the title also holds
        named = [a for a in found if a.how == "alias"]
        if found:
            return Author(kind, ln, (named or found)[0].actor)
    name = (titled or head or lines)[0]
    if kind == "statement":
        for ln in lines[:6]:
            for m in _ANNOUNCES.finditer(ln):
                found = {a.actor for a in actors_in(m.group("subj")) if a.actor}
                if len(found) == 1:
                    return Author(kind, " ".join(m.group("subj").split()), found.pop())
    return Author(kind, name, "")


# a line greeting whom a statement speaks to: "Soldiers of the insurrection!", "Workers!
# Soldiers! Comrades!", "Peruvians:", "Compatriots," (spent sets 55, 56, 58, 66)
_SALUTATION = re.compile(r"[^.!?:,]{1,60}[!:,](?:\s+[^.!?:,]{1,30}[!:,])*")


def _salutation(line: str) -> bool:
    """Is ``line`` a greeting of whom the statement speaks to (not a heading that names what
    the text is: "MINISTRY OF DEFENCE:", "Statement:")?"""
    return bool(_SALUTATION.fullmatch(line)) and not (
        _STATEMENT_WORDS.search(line) or _GOV_OFFICE.search(line) or _STATE_HEAD.search(line)
    )


# a title's words before the side it tells of beating: "Communique on the destruction of the
# Nadew Command", "Bulletin of the victory over the X" (spent set 51)
_TITLE_OBJECT = re.compile(
    r"(?i)\b(?:(?:destruction|defeat|rout|annihilation|collapse|surrender|encirclement)\s+of"
    r"|(?:victory|triumph|offensive|operations?|attacks?)\s+(?:over|against|on))\s+(?:the\s+)?$"
)
# a title's words before an addressee: "Communique to the", "Letter addressed to the"
# ("a video message attributed to X": its sender, not whom it is addressed to)
_ADDRESSEE = re.compile(r"(?i)\b(?<!attributed\s)(?:to|addressed\s+to)\s+(?:the\s+)?")


def _names_home(header: str, home: tuple[str, ...]) -> bool:
    """Does ``header`` name the theatre's country (``home``: its names) other than in whom it
    is addressed to ("Communique to the UN mission in Cote d'Ivoire" names no sender)?"""
    for h in home:
        for m in re.finditer(rf"(?i)(?<!\w){re.escape(h)}(?!\w)", header):
            if not _addressed(header[header.rfind("\n", 0, m.start()) + 1 : m.start()]):
                return True
    return False


def _addressed(before: str) -> bool:
    """Is a name after ``before`` (a title line up to it) part of whom the text is addressed
    to: "Communique to the OAS", "Communique to the UN mission in Cote d'Ivoire" (a phrase
    from "to (the)" on, unless "by" or "from" names a sender after it: "issued to the press by
    the army")."""
    last = None
    for last in _ADDRESSEE.finditer(before):  # noqa: B007 (the last one is wanted)
        pass
    return last is not None and not re.search(r"(?i)\b(?:by|from)\b", before[last.end() :])


# the opening of a statement announcing in its author's name: "The General Command of the
# Armed Forces announces ...", "The X Armed Forces declare ..."
_ANNOUNCES = re.compile(
    r"(?:^|[.!?]\s+)(?P<subj>[^.!?]{3,100}?)\s+(?:announce|announces|declare|declares"
    r"|proclaim|proclaims)\b"
)


def letterhead(dateline: str) -> bool:
    """ "OFFICE OF THE PRIME MINISTER -", "MINISTRY OF DEFENCE —", "REPUBLIC OF IRAQ -": a
    capitalised line read as
    a wire dateline that names an office is a statement's letterhead, not a dateline."""
    return bool(
        _GOV_OFFICE.search(dateline)
        or _STATEMENT_WORDS.search(dateline)
        or _STATE_HEAD.search(dateline)  # "REPUBLIC OF IRAQ -" over "MINISTRY OF ..."
    )


def _first_person(line: str) -> bool:
    """ "Our heroic forces liberated ...", "our mujahideen took ..." at the start of a text,
    outside a quotation (a news report quoting "our forces" is no statement)."""
    # the first "our <forces>", past a "we" before it ("we tell the tyrant that our mujahideen
    # took X")
    m = next((m for m in _OUR.finditer(line) if m.group("noun")), None)
    return (
        m is not None
        and not re.search(r"[\"“‘]", line[: m.start()])
        # "our fighters took X, a rebel said": reported speech, the quotation marks left out
        and not re.search(r"(?i)\b(?:said|says|told|according\s+to)\b", line)
    )


def _reports_change(line: str) -> bool:
    from .patterns import find_verbs
    from .text import Sentence

    return bool(find_verbs(line, Sentence(0, len(line), line)))


def signature_date(lines: list[str]) -> dt.date | None:
    """The explicit date of a statement's last lines ("Damascus, 2 September 2017"), or None."""
    from .text import first_explicit_date

    for ln in reversed(lines[-3:]):
        if len(ln) <= 80:
            day = first_explicit_date(ln)
            if day is not None:
                return day
    return None


def our_mentions(
    text: str, author: Author, actors: list[str], opponent: str = ""
) -> list[ActorMention]:
    """ "our forces", "our heroic units", "we": the author's actor; "the enemy", "the
    terrorists": the other side when the theatre (``actors``) has two, else ``opponent`` (the
    side the text names most, see :func:`main_opponent`), if any (a statement, or a report
    whose author is a side: a side's "Special Bulletin" speaks as a statement does)."""
    if not author.actor:
        return []
    out = []
    others = [a for a in actors if a != author.actor]
    other = others[0] if len(others) == 1 else opponent
    if other and other != author.actor:
        for m in _ENEMY.finditer(text):
            out.append(ActorMention(m.start(), m.end(), m.group(0), other, "author", author.name))
    for m in _OUR.finditer(text):
        out.append(
            ActorMention(m.start(), m.end(), m.group(0), author.actor, "author", author.name)
        )
    return out


def main_opponent(author: Author, named: list[ActorMention]) -> str:
    """The side other than ``author``'s that ``named`` (a text's mentions by name, ref or
    modifier) names most often: whom a statement calls "the enemy" ("" on a tie or none)."""
    counts = Counter(
        a.actor
        for a in named
        if a.actor
        and a.actor != author.actor
        and a.how in ("alias", "ref", "modifier", "id", "name")
    ).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return ""
    return counts[0][0]


# a quotation and who said it: '"...," <speaker> said', '"...," said <speaker>',
# '<speaker> said: "..."'
_QUOTE = re.compile(r'"(?P<q1>[^"\n]{1,1500})"|“(?P<q2>[^”\n]{1,1500})”')
_SAID = r"(?:said|says|told|added|stated|declared|announced|wrote|insisted)"
_SPEAKER_AFTER = re.compile(
    r"\s*,?\s*(?:(?P<a>[^.;:\"“”\n]{1,120}?)\s+"
    + _SAID
    + r"\b|"
    + _SAID
    + r"\s+(?P<b>[^.;:\"“”\n]{1,120}))"
)
_SPEAKER_BEFORE = re.compile(
    r"(?P<c>[^.;\"“”\n]{1,120}?)\s+" + _SAID + r"(?:\s+\w+){0,3}?\s*[:,]?\s*$"
)


def quoted_speakers(text: str, actors_in) -> list[tuple[int, int, str, ActorMention | None]]:
    """Quotations and who said them: (start, end, the speaker as written, the speaker's side
    when the description names exactly one, "rebel spokesman X", "an army officer", else
    None).  In them "our forces" and "we" are the speaker's side (see
    :func:`speaker_mentions`), and what they report is attributed to the speaker."""
    out = []
    for m in _QUOTE.finditer(text):
        after = _SPEAKER_AFTER.match(text, m.end(), m.end() + 160)
        before = _SPEAKER_BEFORE.search(text, max(0, m.start() - 160), m.start())
        who = ""
        if after:
            who = after.group("a") or after.group("b")
        elif before:
            who = before.group("c")
        who = " ".join(who.split())
        if not who:
            continue
        sides = {a.actor: a for a in actors_in(who) if a.actor}
        side = next(iter(sides.values())) if len(sides) == 1 else None
        out.append((m.start(), m.end(), who, side))
    return out


def speaker_mentions(
    text: str, lo: int, hi: int, quotes: list[tuple[int, int, str, ActorMention | None]]
) -> list[ActorMention]:
    """ "Our forces entered X," said <a side's spokesman>: "our forces"/"we" in [lo, hi)
    inside a quotation of ``quotes`` stand for its speaker's side."""
    out = []
    for qs, qe, _, who in quotes:
        if who is None or qe <= lo or qs >= hi:
            continue
        for m in _OUR.finditer(text, max(lo, qs), min(hi, qe)):
            name = " ".join(who.text.split())
            out.append(ActorMention(m.start(), m.end(), m.group(0), who.actor, "speaker", name))
    return out


# =========================================================================== holders
class Holders:
    """Who held a place on a day: ``control.csv`` then ``events.csv`` replayed (no geometry)."""

    def __init__(self, theatre) -> None:
        control = getattr(theatre, "control", None)
        events = getattr(theatre, "events", None)
        self.since: dt.date | None = None
        self.initial: dict[str, str] = {}
        if control is not None and len(control):
            self.since = min(_day(v) for v in control["as_of"])
            for place, actor in zip(control["place"], control["actor"], strict=True):
                self.initial[str(place)] = str(actor)
        self.changes: dict[str, list[tuple[dt.date, str]]] = {}
        if events is not None and len(events) and "day" in events:
            for day, place, actor in zip(
                events["day"], events["place"], events["to_actor"], strict=True
            ):
                if isinstance(place, str) and place:
                    self.changes.setdefault(place, []).append((_day(day), str(actor)))
        for v in self.changes.values():
            v.sort()

    def holder(self, place: str, day: dt.date | None) -> str:
        """The holder of ``place`` the day before ``day``; "" when not known (before the
        initial snapshot, or the place is in neither file)."""
        if day is None or self.since is None or day <= self.since:
            return ""
        who = self.initial.get(place, "")
        for when, actor in self.changes.get(place, []):
            if when < day:
                who = actor
        return who


def _day(v) -> dt.date:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v)[:10])
