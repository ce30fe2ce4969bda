"""Place and actor mentions: the theatre's gazetteer matched against a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import NameResolutionError
from ..names import normalize, skeleton
from ..units import country_names, is_country_name
from .dates import MONTH_NAMES, WEEKDAYS
from .text import Sentence, overlaps

# =========================================================================== mentions
_ARABIC = re.compile("[\u0600-\u06ff]")
_TOKEN = re.compile(r"[^\W\d_](?:[\w'’ʼ]|[-‑](?=\w))*|\d+(?:[-‑]\w+)*")
_ART_PREFIX = re.compile(
    r"^(?:al|el|as|ash|ad|ed|ez|az|at|ar|an|adh|ath|ul|il|es|er|en)[-‑](?=\w)", re.I
)
# Capitalised words that are never read as a guessed (skeleton) place name nor listed as unknown.
_STOP_WORDS = (
    frozenset(
        """
    the a an on in at it its they their he she we but and or as after before over since meanwhile
    separately however also then there this that these those some many most all both while when
    where which who what according residents activists officials state media government army
    opposition rebel rebels fighters troops forces militants jihadists extremists airstrikes
    coalition observatory monitor statement spokesman commander president minister ministry wire
    syrian turkish kurdish russian iraqi iranian american british jordanian lebanese israeli arab
    ukrainian sudanese yemeni libyan palestinian lebanese afghan malian ethiopian somali armenian
    azerbaijani burmese myanmar congolese nigerian houthi belarusian chechen georgian ukraine sudan
    yemen libya ministry defence defense general staff army's forces' national guard
    arabic western eastern northern southern central northeastern northwestern southeastern
    southwestern north-eastern north-western south-eastern south-western
    u.s us un uk eu nato syria iraq jordan turkey
    lebanon israel iran russia egypt britain europe america euphrates tigris islamic human rights
    democratic general command army's reuters afp ap sana
    dozens hundreds thousands scores several few dozen nearly almost about around more less
    at least heavy fierce fighting clashes battles no none each every other another such
    """.split()
    )
    | frozenset(WEEKDAYS)
    | frozenset(MONTH_NAMES)
)
#: Military ranks: a capitalised run they open is a person ("the rearguard of Marshal Davout",
#: "Colonel Kouassi"), never an unknown place (blind set 146)
_RANKS = frozenset(
    "marshal colonel admiral captain lieutenant commandant brigadier sergeant ataman".split()
    # and a ruler's title: "Maximilian ... The Emperor was captured at X" (spent set 154) is a
    # person, not an unknown place ("Prince" and "King" open towns: Prince Rupert)
    + "emperor empress sultan shah tsar czar kaiser khedive nawab emir maharaja viceroy".split()
)
_ARTICLE_WORDS = frozenset(
    "al el il ul ad ed adh edh an en ar er as es ash esh at et ath eth az ez".split()
)
LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|toward|towards|outside|into|around|from|to)\s+(?:the\s+)?"
    r"|\b(?:town|village|city|hamlet|district|area|region|outskirts|province|suburb|neighbou?rhood"
    r"|hill|well|crossroads?|base|field|desert)\s+of\s+(?:the\s+)?)$",
    re.I,
)


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    place: str | None  # gazetteer id; None = unknown
    how: str  # id, name, skeleton, kind-near, unknown, ambiguous
    kind: str | None = None
    candidates: list[tuple[str, str]] = field(default_factory=list)
    # an unknown name whose nearest gazetteer names a report lists (looked for then)
    suggest: bool = False


def owned_role_word(text: str, named: ActorMention, role: ActorMention) -> bool:
    """Is ``role`` a role word right after a side's name that owns it ("the EPRDF army",
    "Taliban forces", "RPF fighters"): a space between, the name an alias, the role word
    lower case (another side's ref or several sides')?"""
    return (
        named.how == "alias"
        and role.how in ("ref", "unresolved", "role-word")
        and role.text[:1].islower()
        and text[named.end : role.start].isspace()
        and len(text[named.end : role.start]) <= 2
        and not named.text.endswith(("'s", "’s"))
    )


# the capitalised words right before a word: "Kosova Liberation " before "Army"
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}$")


@dataclass
class ActorMention:
    start: int
    end: int
    text: str
    actor: str
    how: str = "alias"  # alias, ref, generic, pronoun, context, unresolved (actor "")
    basis: str = ""  # the mention a pronoun / generic word was read as


_KIND_NOUNS: list[tuple[str, tuple[str, ...]]] = [
    (r"mines?|mining\s+complex", ("mine",)),
    (r"oil\s*fields?", ("oilfield",)),
    (r"gas\s*fields?", ("gasfield",)),
    (r"fields?", ("oilfield", "gasfield")),
    (r"dam(?:\s+complex)?", ("dam",)),
    (r"air\s*bases?|airports?|airfields?|military\s+airport", ("airbase",)),
    (r"crossroads?|junctions?|intersection", ("junction",)),
    (r"(?:pumping\s+)?stations?", ("station",)),
    (r"border\s+crossings?|crossings?", ("crossing",)),
]
# Definite descriptions that can stand for a place mentioned before ("the town", "the hamlet").
ANAPHOR_NOUNS: list[tuple[str, tuple[str, ...]]] = [
    *_KIND_NOUNS,
    (r"towns?", ("town", "city")),
    (r"city", ("city", "town")),
    (r"villages?|hamlets?|settlements?", ("village", "town")),
    # "the terrorists entered the bazaar": a hill district's headquarters is its bazaar
    (r"bazaar|market\s+town", ("town", "city", "village")),
    # "abandoned their trenches at Hafir, and the army took possession of the place", "the
    # garrison withdrew during the night, and Russian troops occupied the ruins" (spent sets
    # 110, 115, 120)
    (r"place|ruins", ("town", "city", "village")),
    # "the garrison of Fredericia left the fortress ... Austrian troops entered the empty
    # fortress" (spent set 121): a fortress town
    (r"fortress|citadel", ("town", "city", "village")),
    # "evacuated Portugalete ... government troops marched into the little port" (spent set
    # 157): a port town
    (r"(?:sea)?port|harbou?r", ("town", "city", "village")),
]
_KIND_NEAR = re.compile(
    r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}?(?P<noun>"
    + "|".join(f"(?:{n})" for n, _ in _KIND_NOUNS)
    + r")\s+(?:near|outside|of|at)\s+(?P<name>(?:(?:al|el|as|ash|ad|ez|az|at|ar|an)-)?"
    r"[A-Z\u0600-\u06ff][\w'’-]*(?:\s+(?:(?:al|el|as|ash|ad|ez|az)-)?[A-Z\u0600-\u06ff][\w'’-]*){0,3})"
)
# what may follow a role word: "regime forces", "government troops"
_FORCE_NOUNS = ("forces", "troops", "fighters", "soldiers", "units", "militia", "militiamen")
PRONOUN = re.compile(
    # "his men" only as a side's spokesman's or commander's (_mentions._speaker_of)
    r"\b(?:(?P<pro>they|it|we)|(?P<poss>its|their|his|her)\s+(?:own\s+)?(?:forces|fighters|troops|units|"
    r"soldiers|men|militiamen|allies))\b",
    re.I,
)


def kinds_for(noun: str, table) -> tuple[str, ...]:
    for rx, kinds in table:
        if re.fullmatch(rx, noun.strip(), re.I):
            return kinds
    return ()


def _role_words(actors, known: dict[str, str]) -> tuple[dict[str, set[str]], list[str]]:
    """Role words of ``actors.csv``'s ``refs`` ("army", "regime"), alone or before a force
    noun ("regime forces"): (casefolded surface -> actors it fits, surfaces as written).

    A word two actors share fits both (read as "unresolved" unless context tells them
    apart); a surface that is already an alias (``known``) stays the alias.
    """
    fits: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for r in actors.itertuples():
        refs = getattr(r, "refs", None)
        for ref in refs if isinstance(refs, list | tuple) else []:
            for surface in (ref, *(f"{ref} {noun}" for noun in _FORCE_NOUNS)):
                key = surface.casefold()
                if key not in known:
                    fits.setdefault(key, set()).add(str(r.id))
                    written.setdefault(key, surface)
    for key, ids in _alias_tails(actors, known).items():
        if key not in fits:  # a role word of ``refs`` says more than a shortened name
            fits[key] = ids
            written[key] = key
    return fits, list(written.values())


def _alias_tails(actors, known: dict[str, str]) -> dict[str, set[str]]:
    """Reporters shorten a force's name to its last words: "the defence forces" for the
    "national defence forces", "the security forces" for "regional security forces".  The
    tails of two words or more ending in a force noun (casefolded -> actors whose names end
    so): one actor when only one name ends so, both (unresolved) when two do."""
    tails: dict[str, set[str]] = {}
    for r in actors.itertuples():
        aliases = r.aliases if isinstance(r.aliases, list | tuple) else []
        for name in [r.name, *aliases]:
            words = str(name).casefold().split()
            if len(words) < 3 or words[-1] not in _FORCE_NOUNS:
                continue
            for k in range(2, len(words)):
                tail = " ".join(words[-k:])
                if tail not in known:
                    tails.setdefault(tail, set()).add(str(r.id))
    return tails


def _add_stems(surfaces: dict[str, str]) -> None:
    """A name qualified in brackets ("Yemeni Armed Forces (Sanaa)") is written without the
    qualifier by reporters: its stem of two words or more names the same actor, unless
    the stem is another actor's name or two actors' names share it."""
    known = {s.casefold(): a for s, a in surfaces.items()}
    stems: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    for name, ident in surfaces.items():
        m = re.fullmatch(r"(.+?)\s*\([^()]*\)", name)
        if m and len(m.group(1).split()) >= 2:
            key = m.group(1).casefold()
            stems.setdefault(key, set()).add(ident)
            written.setdefault(key, m.group(1))
    for key, ids in stems.items():
        if len(ids) == 1 and key not in known:
            surfaces[written[key]] = ids.pop()


# an acronym of capitals, which reporters also write with full stops ("UN troops", "U.N. troops")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,5}")


def _dotted(name: str) -> str:
    """A regex for ``name`` whose acronyms may be written with full stops ("U.N." for "UN")."""
    return r"\s+".join(
        f"(?:{w}|{''.join(c + '[.]' for c in w)})" if _ACRONYM.fullmatch(w) else re.escape(w)
        for w in name.split()
    )


def _undotted(surface: str) -> str:
    """``surface`` with its dotted acronyms written plain ("U.N. troops" -> "UN troops")."""
    return _DOTTED.sub(lambda m: m.group(0).replace(".", ""), surface)


class Gazetteer:
    """The theatre's places and actors, prepared for finding mentions in text."""

    def __init__(self, theatre):
        self.place_index = theatre.place_index
        self.actor_index = theatre.actor_index
        self.actor_ids = [str(a) for a in theatre.actors["id"]]
        places = theatre.places
        self.kind: dict[str, str] = {}
        self.names: dict[str, list[str]] = {}
        for r in places.itertuples():
            alt = r.alt_names if isinstance(r.alt_names, list | tuple) else []
            self.kind[str(r.id)] = str(r.kind)
            self.names[str(r.id)] = [normalize(n) for n in [r.name, *alt] if normalize(n)]
        self.capital = _the_capital(places, self.names)
        # first words of every name (normalised and skeleton): a phrase can only resolve
        # when its first word is one of them, which spares most look-ups
        self._first: set[str] = set()
        for ident, names in self.names.items():
            for n in [*names, normalize(ident)]:
                if n:
                    self._first.add(n.split()[0])
                    self._first.add(skeleton(n).split()[0])
        self._starts: dict[str, bool] = {}
        self._cache: dict[str, Any] = {}
        surfaces: dict[str, str] = {}
        for r in theatre.actors.itertuples():
            aliases = r.aliases if isinstance(r.aliases, list | tuple) else []
            for name in [r.id, r.name, *aliases]:
                name = str(name).strip()
                if not name:
                    continue
                try:
                    ident = self.actor_index.resolve(name).id
                except NameResolutionError:
                    continue  # an alias shared by two actors is no evidence for either
                surfaces.setdefault(name, ident)
        _add_stems(surfaces)
        self._heads = _name_variants(surfaces)
        self.actor_of = {s.casefold(): a for s, a in surfaces.items()}
        # a name of two words or more by its transliteration skeleton: "Kosova Liberation
        # Army" is the "Kosovo Liberation Army" (a skeleton two actors share is no evidence)
        by_skeleton: dict[str, set[str]] = {}
        for name, ident in surfaces.items():
            if len(name.split()) >= 2:
                by_skeleton.setdefault(skeleton(name), set()).add(ident)
        self._actor_skeleton = {k: next(iter(v)) for k, v in by_skeleton.items() if len(v) == 1}
        self._multiword = {
            " ".join(n.casefold().split()): i for n, i in surfaces.items() if len(n.split()) >= 2
        }
        self.ref_of, ref_surfaces = _role_words(theatre.actors, self.actor_of)
        exact = [s for s in [*surfaces, *ref_surfaces] if s.isupper() and len(s) <= 5]
        loose = [s for s in [*surfaces, *ref_surfaces] if s not in exact]

        def alternation(names):
            names = sorted(names, key=len, reverse=True)
            body = "|".join(_dotted(n) for n in names)
            # the first-character class fails most positions in one step (speed on long text)
            first = "".join(
                sorted({re.escape(c) for n in names for c in {n[0].lower(), n[0].upper()}})
            )
            return rf"(?<![\w-])(?=[{first}])(?:{body})(?![\w])" if names else r"(?!x)x"

        self._actor_exact = re.compile(alternation(exact))
        self._actor_loose = re.compile(alternation(loose), re.I)
        # generic single-word aliases ("rebels", "militants") may stand for a more specific actor
        self.generic = {
            s.casefold()
            for s in [*surfaces, *ref_surfaces]
            if " " not in s and "-" not in s and s.islower()
        }

    # ----------------------------------------------------------------- actors
    def actors_in(self, text: str, start: int, end: int) -> list[ActorMention]:
        found = []
        for rx in (self._actor_loose, self._actor_exact):
            for m in rx.finditer(text, start, end):
                surface = _undotted(" ".join(m.group(0).split()))
                if surface.casefold() in self._heads and re.match(r"\s+[A-Z]", text[m.end() :]):
                    continue  # "the Central African Republic": a longer name, not the actor's
                actor = self.actor_of.get(surface.casefold())
                if actor:
                    found.append(ActorMention(m.start(), m.end(), m.group(0), actor))
                    continue
                fits = sorted(self.ref_of.get(surface.casefold(), ()))
                variant = self._spelling_variant(text, m.start(), m.end()) if fits else None
                if variant is not None:
                    found.append(variant)
                elif len(fits) == 1:
                    found.append(ActorMention(m.start(), m.end(), m.group(0), fits[0], "ref"))
                elif fits:
                    found.append(
                        ActorMention(
                            m.start(), m.end(), m.group(0), "", "unresolved", " or ".join(fits)
                        )
                    )
        found.sort(key=lambda a: (a.start, -(a.end - a.start)))
        out: list[ActorMention] = []
        for a in found:
            if out and a.start >= out[-1].end and owned_role_word(text, out[-1], a):
                # "the EPRDF army", "Taliban forces": the role word is the named side's own
                b = out[-1]
                out[-1] = ActorMention(b.start, a.end, text[b.start : a.end], b.actor, b.how)
            elif not out or a.start >= out[-1].end:
                out.append(a)
        return out

    def _near_name(self, phrase: str) -> str | None:
        """The actor one of whose names of two words or more ``phrase`` is, but for one word
        spelled another way with the same first five letters ("Rwandese Patriotic Army" for
        the "Rwandan Patriotic Army"); None when no actor's, or two actors'."""
        words = phrase.casefold().split()
        fits = set()
        for name, ident in self._multiword.items():
            other = name.split()
            if len(other) != len(words) or len(words) < 2:
                continue
            differ = [(x, y) for x, y in zip(words, other, strict=True) if x != y]
            if len(differ) == 1 and len(differ[0][0]) >= 5 and differ[0][0][:5] == differ[0][1][:5]:
                fits.add(ident)
        return fits.pop() if len(fits) == 1 else None

    def _spelling_variant(self, text: str, a: int, b: int) -> ActorMention | None:
        """A role word ending a capitalised name ("Army" in "the Kosova Liberation Army") that
        is an actor's name spelled another way (the same skeleton): that actor, named by the
        whole phrase; None when the phrase is no actor's name."""
        if not text[a : a + 1].isupper():
            return None
        m = _CAPITALISED_BEFORE.search(text, max(0, a - 80), a)
        if m is None:
            return None
        # the longest name first: "Yesterday Kosova Liberation Army" is tried without
        # "Yesterday"; a role phrase's first word ends it ("Army units": "... Army")
        head = a + len(text[a:b].split()[0])
        for w in re.finditer(r"\S+", text[m.start() : a]):
            at = m.start() + w.start()
            ident = (
                self._actor_skeleton.get(skeleton(text[at:b]))
                or self._actor_skeleton.get(skeleton(text[at:head]))
                or self._near_name(text[at:head])
            )
            if ident is not None:
                return ActorMention(at, b, text[at:b], ident)
        return None

    # ----------------------------------------------------------------- places
    def resolve(self, phrase: str):
        key = " ".join(phrase.split())
        if key not in self._cache:
            try:
                # no nearest entries: most phrases tried are no name (_place_mention asks
                # for them for the unknown names it keeps)
                self._cache[key] = self.place_index.resolve(key, nearest=False)
            except NameResolutionError as exc:
                self._cache[key] = exc
        return self._cache[key]

    def may_start(self, word: str) -> bool:
        """Can a place name start with this token?"""
        if word not in self._starts:
            token = re.sub(r"['’]s$", "", word)
            key = normalize(token).split()
            self._starts[word] = (
                not key
                or key[0] in _ARTICLE_WORDS
                or key[0] in self._first
                or skeleton(token).split()[0] in self._first
            )
        return self._starts[word]

    def first_letter_ok(self, phrase: str, ident: str) -> bool:
        key = normalize(phrase)
        return any(n[:1] == key[:1] for n in self.names.get(ident, []))

    def kind_near(self, name: str, kinds: tuple[str, ...]) -> list[str]:
        """Places of one of ``kinds`` whose names hold ``name`` (as words or skeleton)."""
        key = normalize(name).split()
        skel = skeleton(name).split()
        out = []
        for ident, kind in self.kind.items():
            if kind not in kinds:
                continue
            for n in self.names[ident]:
                words = n.split()
                swords = skeleton(n).split()
                if _contains(words, key) or _contains(swords, skel):
                    out.append(ident)
                    break
        return out


def _the_capital(places, names: dict[str, list[str]]) -> str | None:
    """The id of the one place of the theatre that is its country's national capital (by the
    name GeoNames gives the capital, matched against the place's names): what "the capital"
    stands for in a report.  None when no place is, or two are (a theatre of two countries)."""
    from ..gazetteer import national_capital

    found = set()
    for country in {str(c) for c in places["country"] if str(c).strip()}:
        name = national_capital(country)
        if not name:
            continue
        found |= {
            ident
            for ident, ns in names.items()
            if normalize(name) in ns
            and str(places.loc[places["id"].astype(str) == ident, "country"].iloc[0]) == country
        }
    return found.pop() if len(found) == 1 else None


def _contains(words: list[str], part: list[str]) -> bool:
    k = len(part)
    return k > 0 and any(words[i : i + k] == part for i in range(len(words) - k + 1))


_NAME_START = re.compile(
    r"(?:(?:al|el|as|ash|ad|ed|ez|az|at|ar|an|adh|ath|ul|il|es|er|en)[-‑])?[A-Z\u0600-\u06ff]"
    r"|[^\W\d_a-z]"
)


def _namelike(tok: str) -> bool:
    if _ARABIC.match(tok):
        return True
    return _ART_PREFIX.sub("", tok)[:1].isupper()


def find_places(
    gaz: Gazetteer, text: str, sent: Sentence, actor_spans: list[tuple[int, int]]
) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """(place mentions, unknown capitalised runs) in one sentence.

    First the kind-near phrases ("the gas field near Arak"), then names: the
    longest run of up to six name-like tokens that the gazetteer resolves;
    capitalised runs that resolve to nothing are the unknown names.
    """
    mentions = _kind_near_mentions(gaz, text, sent, actor_spans)
    taken = [(p.start, p.end) for p in mentions] + list(actor_spans)
    names, unknown = _name_mentions(gaz, text, sent, taken)
    mentions += [_named_site(gaz, text, _feature_word(gaz, text, p, sent.end)) for p in names]
    mentions.sort(key=lambda p: p.start)
    return mentions, unknown


# a facility named after a place ("Tripoli International Airport"): a site, not the place
_SITE_NAME_AFTER = re.compile(
    r"\s+(?:International\s+)?(?:Airport|Air\s+Base|Airbase|Port|Harbou?r|Refinery|Stadium"
    r"|University|Hospital|Prison|Power\s+(?:Plant|Station))\b"
)


def _named_site(gaz: Gazetteer, text: str, p: PlaceMention) -> PlaceMention:
    """A place name followed by a facility's name words is the facility: an unknown place
    (to add to places.csv) unless the gazetteer knows the whole name."""
    if p.place is None or p.how in ("feature-word", "kind-near"):
        return p
    m = _SITE_NAME_AFTER.match(text, p.end)
    if m is None:
        return p
    phrase = " ".join(text[p.start : m.end()].split())
    hit = gaz.resolve(phrase)
    if not isinstance(hit, Exception):
        return PlaceMention(p.start, m.end(), phrase, hit.id, "name", gaz.kind.get(hit.id))
    return PlaceMention(p.start, m.end(), phrase, None, "unknown")


_FEATURE_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?P<noun>" + "|".join(f"(?:{n})" for n, _ in _KIND_NOUNS) + r")\b"
)


def _feature_word(gaz: Gazetteer, text: str, p: PlaceMention, end: int) -> PlaceMention:
    """ "Khunayfis phosphate mines": the gazetteer's mine named so, not the village, when
    a feature word follows the name and one place of that kind holds the name."""
    m = _FEATURE_AFTER.match(text, p.end, end)
    if m is None:
        return p
    kinds = kinds_for(m.group("noun"), _KIND_NOUNS)
    if not kinds or gaz.kind.get(p.place) in kinds:
        return p
    hits = gaz.kind_near(p.text, kinds)
    if len(hits) != 1:
        return p
    phrase = " ".join(text[p.start : m.end()].split())
    return PlaceMention(p.start, m.end(), phrase, hits[0], "feature-word", gaz.kind[hits[0]])


def _kind_near_mentions(
    gaz: Gazetteer, text: str, sent: Sentence, actor_spans: list[tuple[int, int]]
) -> list[PlaceMention]:
    """ "the oil field near Omar": the gazetteer's place of that kind whose name holds "Omar"."""
    mentions: list[PlaceMention] = []
    for m in _KIND_NEAR.finditer(text, sent.start, sent.end):
        kinds = kinds_for(m.group("noun"), _KIND_NOUNS)
        name = m.group("name")
        # trailing words that are not part of the name ("Arak itself", "Omar last")
        name = re.sub(r"(?:\s+[A-Z][a-z]+day)+$", "", name)
        if overlaps(m.start(), m.end(), actor_spans) or not kinds:
            continue
        hits = gaz.kind_near(name, kinds)
        end = m.start("name") + len(name)
        phrase = " ".join(text[m.start() : end].split())
        if len(hits) == 1:
            mentions.append(
                PlaceMention(m.start(), end, phrase, hits[0], "kind-near", gaz.kind[hits[0]])
            )
        elif not hits and m.group(0).split()[-len(name.split()) - 1] in ("at", "of"):
            continue  # "the border crossing at al-Tanf": the name itself is the place
        else:
            cands = [(h, gaz.place_index.label(h)) for h in hits]
            cands += [c for c in gaz.place_index.nearest(name) if c not in cands]
            how = "ambiguous" if hits else "unknown"
            mentions.append(PlaceMention(m.start(), end, phrase[4:], None, how, None, cands))
    return mentions


_NAME_GAP = re.compile(r"[ \t]*\n?[ \t]*")
# "St. Vith", "Ste. Marie", "Mt. Hermon", "Ft. Sumter": the stop of an abbreviation inside a name
_ABBREV_IN_NAME = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})
_ABBREV_GAP = re.compile(r"\.[ \t]+")


def _name_gap(text: str, a: re.Match, b: re.Match) -> bool:
    """May a place's name run on from token ``a`` to token ``b`` over the text between: spaces
    (a line break at most), or the stop of an abbreviation such as "St." ("St. Vith")."""
    if _NAME_GAP.fullmatch(text, a.end(), b.start()):
        return True
    return a.group(0) in _ABBREV_IN_NAME and bool(_ABBREV_GAP.fullmatch(text, a.end(), b.start()))


def _blocked_tokens(toks: list[re.Match], taken: list[tuple[int, int]]) -> list[bool]:
    """For each token, does it overlap a taken span?  One sweep over both sorted lists
    (linear: the overlap test must not scan every span per token)."""
    spans = sorted(taken)
    out = []
    j = 0
    for t in toks:
        s, e = t.start(), t.end()
        while j < len(spans) and spans[j][1] <= s:
            j += 1
        k, hit = j, False
        while k < len(spans) and spans[k][0] < e:
            if spans[k][1] > s:
                hit = True
                break
            k += 1
        out.append(hit)
    return out


def _name_mentions(
    gaz: Gazetteer, text: str, sent: Sentence, taken: list[tuple[int, int]]
) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """(names the gazetteer resolves, unknown capitalised runs), outside the ``taken`` spans."""
    toks = [t for t in _TOKEN.finditer(text, sent.start, sent.end)]
    blocked = _blocked_tokens(toks, taken)
    # joined[i]: token i and token i+1 are separated by a gap a name may hold (a space)
    joined = [
        _name_gap(text, a, b) and a.end() < b.start() for a, b in zip(toks, toks[1:], strict=False)
    ] + [False]
    mentions: list[PlaceMention] = []
    unknown: list[PlaceMention] = []
    run: list[re.Match] = []

    def close_run():
        u = _unknown_run(gaz, text, run)
        if u is not None:
            unknown.append(u)
        run.clear()

    i = 0
    while i < len(toks):
        t = toks[i]
        tok = t.group(0)
        if not _NAME_START.match(tok) or not _namelike(tok) or blocked[i]:
            close_run()
            i += 1
            continue
        hit = _name_at(gaz, text, toks, i, blocked, joined)
        if hit:
            close_run()
            mentions.append(hit[1])
            i += hit[0]
            continue
        if len(tok) == 1:  # "U.N.", "O.S.C.E.": a letter is never a place's name
            close_run()
            i += 1
            continue
        run.append(t)
        # a possessive ends a name ("Syria's east"), unless a capitalised word the gazetteer
        # does not know goes on with it: "Lee's Mill", "Rorke's Drift" are one name
        if re.search(r"['’]s$", t.group(0)) and not (
            _name_goes_on(text, toks, i + 1, joined)
            and not blocked[i + 1]
            and _name_at(gaz, text, toks, i + 1, blocked, joined) is None
        ):
            close_run()
        elif i + 1 < len(toks) and not _name_gap(text, t, toks[i + 1]):
            close_run()
        i += 1
    close_run()
    return mentions, unknown


def _name_at(
    gaz: Gazetteer,
    text: str,
    toks: list[re.Match],
    i: int,
    blocked: list[bool],
    joined: list[bool],
) -> tuple[int, PlaceMention] | None:
    """The longest name starting at token ``i`` that resolves: (tokens used, mention).

    A name is up to six tokens, none of them taken, separated by spaces only.
    """
    t = toks[i]
    if not gaz.may_start(t.group(0)):
        return None
    longest = 1
    while longest < 6 and i + longest < len(toks) and joined[i + longest - 1]:
        if blocked[i + longest]:
            break
        longest += 1
    for n in range(longest, 0, -1):
        group = toks[i : i + n]
        pend = group[-1].end()
        phrase = text[group[0].start() : pend]
        if re.search(r"['’]s$", phrase):  # "Raqqa's old city"
            phrase, pend = phrase[:-2], pend - 2
        res = gaz.resolve(phrase)
        if isinstance(res, NameResolutionError):
            if res.ambiguous and all(_namelike(g.group(0)) for g in group):
                return n, PlaceMention(
                    group[0].start(), pend, phrase, None, "ambiguous", None, res.candidates
                )
            continue
        if res.how == "skeleton":
            words = [g.group(0) for g in group]
            if (
                not all(_namelike(w) for w in words)
                or any(w.casefold() in _STOP_WORDS for w in words)
                or len(normalize(phrase).replace(" ", "")) < 4
                or not gaz.first_letter_ok(phrase, res.id)
                # "Cheo Reo" is no "Choue" (Hue) and "Reo": a guessed spelling is never the
                # first part of a longer capitalised name
                or _name_goes_on(text, toks, i + n, joined)
            ):
                continue
        elif phrase.casefold() in _STOP_WORDS:
            continue
        return n, PlaceMention(
            group[0].start(), pend, " ".join(phrase.split()), res.id, res.how, gaz.kind.get(res.id)
        )
    return None


def _name_goes_on(text: str, toks: list[re.Match], k: int, joined: list[bool]) -> bool:
    """Does a capitalised word joined to the one before continue a name at token ``k``?"""
    return (
        0 < k < len(toks)
        and joined[k - 1]
        and bool(_NAME_START.match(toks[k].group(0)))
        and _namelike(toks[k].group(0))
        and toks[k].group(0)[:1].isupper()
    )


def _unknown_run(gaz: Gazetteer, text: str, run: list[re.Match]) -> PlaceMention | None:
    """A run of capitalised tokens that resolved to no place, stop words trimmed; None if none left."""
    words = list(run)
    if any(re.search(r"-(?:based|led|backed|held|controlled|linked)$", w.group(0)) for w in words):
        words = []  # "Britain-based", "IS-held": adjectives, not names
    if words and words[0].group(0).casefold().rstrip(".") in _RANKS:
        return None
    while words and words[0].group(0).casefold() in _STOP_WORDS:
        words.pop(0)
    if words and words[0].group(0).casefold().rstrip(".") in _RANKS:
        return None  # "The Emperor", "the Marshal": a person
    while words and words[-1].group(0).casefold().rstrip("'’s") in _STOP_WORDS:
        words.pop()
    if not words:
        return None
    s, e = words[0].start(), words[-1].end()
    phrase = re.sub(r"['’]s$", "", text[s:e])
    e = s + len(phrase)
    phrase = " ".join(phrase.split())
    res = gaz.resolve(phrase)
    # an ambiguous name's matches; an unknown one's nearest names are looked for only where
    # the mention is reported (Extractor._draft, unknown.unknown_table)
    cands = res.candidates if isinstance(res, NameResolutionError) else []
    how = "ambiguous" if getattr(res, "ambiguous", False) else "unknown"
    # (a name matched by its skeleton alone, "Walong" for Along, lists none, as before)
    suggest = isinstance(res, NameResolutionError) and not res.ambiguous
    return PlaceMention(s, e, phrase, None, how, None, cands, suggest=suggest)


_DEMONYM_END = re.compile(r"(?:ian|ean|an|ese|ish|ic|i)s?$")
#: Peoples' and states' adjectives the stem rule (:func:`demonym`) does not reach: "the
#: Spanish post at X", "the Greek positions", "Soviet armour" (a modifier, not a place)
_PEOPLES = frozenset(
    "spanish french dutch swiss greek danish finnish polish irish scottish welsh english "
    "flemish cypriot thai lao laotian malagasy filipino korean tibetan kurdish arab arabic "
    "persian chechen czech slovak slovene croat serb kosovar norwegian congolese malian "
    "nigerien sahrawi cuban argentine salvadoran indian malay khmer soviet yugoslav prussian "
    "ottoman saharan arabian dervish".split()
)
#: "the Islamist gangs", "Maoist rebels", "Royalist troops": a movement's word, not a place
_MOVEMENT_WORD = re.compile(r"[A-Z][a-z]+ists?")


#: The arms of older armies, named as bodies of troops: "Mexican lancers entered Mier", "our
#: lancers", "the dragoons entered X" (blind set 115)
ARMS_OF_SERVICE = (
    r"lancers|dragoons|hussars|uhlans|cuirassiers|chasseurs|grenadiers|fusiliers|zouaves"
    r"|tirailleurs|spahis|sepoys|askaris|levies|janissaries|highlanders|sharpshooters|skirmishers"
    r"|jaegers|jägers|musketeers|bersaglieri|carabinieri"
)
#: Countries' adjectives the stem rule does not reach, by the country's case-folded name
#: (GeoNames'): "MINISTRY OF MILITARY AFFAIRS OF THE REPUBLIC OF POLAND" speaks for the side
#: "Polish troops" name (blind set 110)
_IRREGULAR_DEMONYMS = {
    "polish": "poland",
    "french": "france",
    "dutch": "netherlands",
    "spanish": "spain",
    "swiss": "switzerland",
    "greek": "greece",
    "danish": "denmark",
    "finnish": "finland",
    "irish": "ireland",
    "norwegian": "norway",
    "swedish": "sweden",
    "czech": "czechia",
    "slovak": "slovakia",
    "croat": "croatia",
    "serb": "serbia",
    "thai": "thailand",
    "filipino": "philippines",
    "british": "united kingdom",
    "portuguese": "portugal",
    "turkish": "turkey",
    "lao": "laos",
}


def irregular_demonym(word: str) -> str | None:
    """The country (case-folded, GeoNames' name) an irregular adjective names ("Polish":
    "poland"), or None."""
    return _IRREGULAR_DEMONYMS.get(word.casefold())


def demonym(word: str, regions: list[str], irregular: bool = True) -> bool:
    """ "Croatian", "Mozambican", "Pakistani": a people's or a country's adjective (the stem
    of one of ``regions``, each case-folded, or with ``irregular`` one the stem rule does not
    reach: "Polish" for Poland), not a place."""
    w = word.casefold()
    if irregular and word[:1].isupper() and _IRREGULAR_DEMONYMS.get(w) in regions:
        return True
    m = _DEMONYM_END.search(w)
    if not m or not word[:1].isupper():
        return False
    stem = w[: m.start()]
    if len(stem) < 4:
        return False
    head = stem[: max(4, len(stem) - 1)]  # "mozambi(c)" and "mozambi(que)"
    return any(r.startswith(head) for r in regions)


def not_a_place_name(phrase: str, title: str) -> str:
    """Why a capitalised name the gazetteer does not know is no place a side can take ("" when
    it may be one): an acronym ("AIM", a news agency or a unit), a country's or a people's
    adjective ("Croatian"), a country, or the region the theatre is about (a capitalised
    name of its ``title``): a side enters a country or a region, it does not take it as a place.
    """
    words = phrase.split()
    if len(words) == 1 and phrase.isupper() and 2 <= len(phrase) <= 6:
        return "an acronym"
    if is_country_name(phrase):
        return "a country"
    if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", title):
        return "the theatre's region"
    regions = country_names()
    # the word, or the first part of a compound: "the German-fascist invaders" (blind set 118)
    if len(words) == 1 and any(
        demonym(w, regions) or w.casefold() in _PEOPLES
        for w in (phrase, re.split(r"[-‑]", phrase)[0])
    ):
        return "a people's adjective"
    if len(words) == 1 and phrase.casefold() in _ADJECTIVES:
        return "an adjective"  # "the Imperial tombs", "the Royal road" (blind set 116)
    if len(words) > 1 and words[-1].casefold() in _INSTITUTION_WORDS:
        # "the War Office announced", "the War Press Quarters reported" (blind sets 115, 118)
        return "an institution's name"
    if len(words) == 1 and _MOVEMENT_WORD.fullmatch(phrase):
        return "a movement's word"
    if len(words) == 1 and phrase.casefold() in _COMMON_NOUNS:
        # "the positions commanding the National Road" (spent set 104): a common noun left
        # of a name, no place by itself
        return "a common noun"
    if len(words) == 1 and phrase.casefold() in _CALENDAR_AND_COMPASS:
        return "a month, a weekday or a point of the compass"
    if len(words) > 1 and words[-1].casefold() in _ROAD_WORDS:
        return "a road's name"  # "the Royal Road": a road, no place a side takes
    if len(words) > 1 and words[-1].casefold() in _WATER_WORDS:
        return "a body of water"  # "reached the White Sea canal" (spent set 106)
    return ""


_COMMON_NOUNS = frozenset(
    "road highway street avenue river bridge gate city town village hill heights valley pass "
    "front line sector sea gulf ocean coast".split()
)
# "seized on Jan. 18", "overran on Feb. 5" (spent sets 85, 93), "entered Sector C East" (85)
_CALENDAR_AND_COMPASS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june "
    "july august september october november december monday tuesday wednesday thursday "
    "friday saturday sunday north south east west northeast northwest southeast "
    "southwest".split()
)
_ROAD_WORDS = frozenset(("road", "highway", "street", "avenue", "motorway"))
_ADJECTIVES = frozenset("imperial royal federal republican nationalist allied".split())
_INSTITUTION_WORDS = frozenset(
    "office ministry quarters headquarters command department bureau committee council staff "
    "press agency radio service services government".split()
)
_WATER_WORDS = frozenset(("sea", "ocean", "gulf", "strait", "canal"))


# =========================================================================== GeoNames suggestions
def place_suggestions(unknown, theatre, *, limit: int = 3, settled=()) -> tuple[Any, list[str]]:
    """Suggested ``places.csv`` rows for the unknown places a draft needs (nothing is applied).

    For each place of ``unknown`` (:attr:`geomap.extract.Extraction.unknown_places`)
    that a draft needs (``in_change``) and that no theatre entry matches
    (``reason`` "unknown"), up to ``limit`` GeoNames places with the nearest
    names (:func:`geomap.gazetteer.suggest`) from the theatre's ``[aoi]
    countries`` when it names them, else from its area's bounds.

    Returns
    -------
    (pandas.DataFrame, list of str)
        Rows in :data:`~geomap.schema.PLACE_SUGGESTION_COLUMNS` (the
        ``places.csv`` columns, then ``population``, ``mention`` as written,
        ``match`` (exact, prefix, close) and ``status`` "suggested"; the
        mention is the row's ``alt_names`` when it differs from the name, so
        the draft resolves once a reviewer adds the row), and notes: the
        suggestions were skipped because the optional gazetteer is missing.
        Names in ``settled`` (mentions GeoNames settled for a draft, whose row is in
        :attr:`geomap.extract.Extraction.places`) get no suggestion.
    """
    import pandas as pd

    from .. import gazetteer as geonames
    from ..schema import PLACE_SUGGESTION_COLUMNS

    empty = pd.DataFrame(columns=list(PLACE_SUGGESTION_COLUMNS))
    need = unknown[unknown["in_change"].astype(bool) & (unknown["reason"] == "unknown")]
    done = {normalize(str(m)) for m in settled}
    need = need[[normalize(str(m)) not in done for m in need["mention"]]]
    if need.empty:
        return empty, []
    if not geonames.available():
        return empty, [geonames.SKIPPED_NOTE]
    bbox, countries = geonames.theatre_area(theatre)
    found = geonames.suggestions_for(
        list(need["mention"]), bbox=bbox, countries=countries, limit=limit
    )
    rows = [
        _suggested_row(r, mention, theatre)
        for mention, hits in found.items()
        for _, r in hits.iterrows()
    ]
    return (pd.DataFrame(rows, columns=list(PLACE_SUGGESTION_COLUMNS)) if rows else empty), []


def _suggested_row(r, mention: str, theatre) -> dict[str, Any]:
    """One suggestion as a ``places.csv``-shaped row; an id or GeoNames place the theatre has is said."""
    from ..inputs.places import geonames_places

    places = theatre.places
    ids = set(places["id"].astype(str)) if "id" in places.columns else set()
    known = geonames_places(places)
    gid = int(r["geonames_id"])
    note = (
        f"suggested for {mention!r} ({r['match']} name match, similarity {r['similarity']:.2f}; "
        f"population {int(r['population'])}): check it is the place meant before adding the row"
    )
    if gid in known:
        note = (
            f"GeoNames {gid} is already places.csv id {known[gid]}: add {mention!r} to its "
            "alt_names instead of adding this row"
        )
    pid = str(r["id"]) if r["id"] not in ids else f"{r['id']}-{gid}"
    same = normalize(mention) == normalize(str(r["name"]))
    return {
        "id": pid,
        "name": r["name"],
        "alt_names": "" if same else mention,
        "lat": round(float(r["lat"]), 5),
        "lon": round(float(r["lon"]), 5),
        "kind": r["kind"],
        "admin1": r["admin1"],
        "country": r["country"],
        "geonames_id": gid,
        "source": r["source"],
        "note": note,
        "population": int(r["population"]),
        "mention": mention,
        "match": r["match"],
        "status": "suggested",
    }


@dataclass
class Settled:
    """What GeoNames says of a place name the gazetteer lacks (:func:`settle_places`).

    ``place``: the id a draft names when GeoNames settles the name (one exact match in
    the theatre's area): a new place, whose ``places.csv`` row is ``row`` (status
    "draft": it backs a draft and is added with it once reviewed), or a place of the
    theatre that already has that GeoNames id (``row`` None).  Otherwise ``place`` is
    None and ``reason`` says why the name stays a lead.  ``note``: what the draft's note
    says of the reading.
    """

    mention: str
    place: str | None = None
    row: dict[str, Any] | None = None
    reason: str = ""
    note: str = ""


def _where(countries, bbox) -> str:
    if countries:
        return "/".join(str(c) for c in countries)
    return "the theatre's area" if bbox is not None else ""


def settle_places(mentions, theatre) -> dict[str, Settled]:
    """Each place name the gazetteer lacks → whether GeoNames settles it (:class:`Settled`).

    A name is settled when exactly one GeoNames populated place of the theatre's area
    (its ``[aoi] countries``, else its bounds widened as for suggestions) has it as its
    name or an alternate name, compared as :func:`geomap.gazetteer.suggest` compares
    names.  Two or more such places, only prefix or close spellings, or none leave it
    unsettled, the reason said ("unknown place 'X': 2 GeoNames places named 'X' in SOM").
    Nothing is applied: a settled place is a ``places.csv`` row for a reviewer.
    """
    from .. import gazetteer as geonames

    out: dict[str, Settled] = {}
    mentions = list(dict.fromkeys(mentions))
    if not mentions:
        return out
    if not geonames.available():
        for m in mentions:
            out[m] = Settled(
                m, reason=f"unknown place {m!r}: GeoNames not consulted ({geonames.SKIPPED_NOTE})"
            )
        return out
    bbox, countries = geonames.theatre_area(theatre)
    where = _where(countries, bbox)
    for n, m in enumerate(mentions):
        # the close spellings only explain a lead: looked for up to a budget, so a text of
        # many unknown names stays fast (each search reads every name of the area)
        exact, near = geonames.settle(m, bbox=bbox, countries=countries, near=n < NEAR_BUDGET)
        out[m] = _settled(m, exact, near, where, theatre)
    return out


#: How many unknown names of one article :func:`settle_places` looks up close spellings for.
NEAR_BUDGET = 25


def _settled(m: str, exact, near, where: str, theatre) -> Settled:
    if len(normalize(m).replace(" ", "")) < 2:  # "U" of "U.N.": a letter is no place name
        return Settled(m, reason=f"unknown place {m!r}: too short a name to look up in GeoNames")
    if not where:
        return Settled(
            m, reason=f"unknown place {m!r}: the theatre has no [aoi] to look it up in GeoNames"
        )
    if len(exact) > 1:
        return Settled(
            m, reason=f"unknown place {m!r}: {len(exact)} GeoNames places named {m!r} in {where}"
        )
    if exact.empty:
        close = ", ".join(f"{r['name']!r} ({r['match']})" for _, r in near.iterrows())
        said = f" (only {close}: not the same name)" if close else ""
        return Settled(
            m, reason=f"unknown place {m!r}: no GeoNames place named {m!r} in {where}{said}"
        )
    from ..inputs.places import geonames_places

    r = exact.iloc[0]
    gid = int(r["geonames_id"])
    have = geonames_places(theatre.places).get(gid)
    if have is not None:
        return Settled(
            m,
            place=have,
            note=(
                f"place {m!r} read as {have!r}: the one GeoNames place named so in {where} "
                f"(geonames_id {gid}) is places.csv id {have}; add {m!r} to its alt_names"
            ),
        )
    row = _suggested_row(r, m, theatre)
    row["status"] = "draft"
    row["note"] = (
        f"the one GeoNames place named {m!r} in {where}: backs a draft (set status=reviewed "
        "when it is the place meant; merge-drafts adds it with the draft)"
    )
    return Settled(
        m,
        place=row["id"],
        row=row,
        note=(
            f"place {m!r} is not in the gazetteer: read as GeoNames {r['name']!r} "
            f"(geonames_id {gid}, lat {row['lat']}, lon {row['lon']}, population "
            f"{row['population']}), the one place named so in {where}; its row is in the "
            "drafts' places file (status=draft): review it with this draft"
        ),
    )


def write_place_suggestions(rows, path) -> None:
    """Write suggestion rows (:func:`place_suggestions`) through geomap's one CSV writer."""
    from .._csv import write_csv
    from ..schema import PLACE_SUGGESTION_COLUMNS

    cols = list(PLACE_SUGGESTION_COLUMNS)
    write_csv(path, cols, rows[cols].itertuples(index=False), squeeze_spaces=True)


def _name_variants(surfaces: dict[str, str]) -> set[str]:
    """Add to ``surfaces`` (name -> actor) the ways reporters shorten or punctuate a name;
    return the shortened heads (matched only when no capitalised word follows).

    * "Islamic State" for "Islamic State Central Africa Province": the leading capitalised
      words (two or more) of one actor's long names, when no other actor's name begins so
      and they are no name of their own;
    * "SPLA-IO" is also written "SPLA (IO)": an acronym's qualifier in brackets.
    """
    heads: dict[str, set[str]] = {}
    for name, ident in surfaces.items():
        words = name.split()
        for n in range(2, len(words)):
            head = words[:n]
            if all(w[:1].isupper() for w in head) and words[n][:1].isupper():
                heads.setdefault(" ".join(head), set()).add(ident)
    taken = {k.casefold() for k in surfaces}
    out = set()
    for head, idents in heads.items():
        if len(idents) == 1 and head.casefold() not in taken:
            surfaces[head] = next(iter(idents))
            out.add(head.casefold())
    for name, ident in list(surfaces.items()):
        m = re.fullmatch(r"([A-Z][A-Za-z/]*[A-Z])-([A-Z]{1,4})", name)
        if m:
            surfaces.setdefault(f"{m.group(1)} ({m.group(2)})", ident)
    return out
