"""Which places a change clause governs: the extractor's reading of places.

Objects after the verb and lists of them ("the towns of A, B and C"), places before a passive
verb, anaphors ("the town", "the provincial capital") resolved to a place named before, and what
is not a place taken (a site's details, a place in a time aside, a place that only locates a side
or a region).  Part of :class:`geomap.extract.extractor.Extractor`."""

from __future__ import annotations

import re

from ._clause import _Clause
from .dates import number_of
from .gazetteer import ANAPHOR_NOUNS, PlaceMention, kinds_for
from .patterns import ANAPHOR, NOT_OBJECT_BEFORE, OBJ_FIGURE, OBJ_STOP, WHICH, Verb
from .text import Sentence

# between the items of a list of places: ", ", ", and ", " and "
_LIST_SEP = re.compile(
    # "San Fernando, the capital of Pampanga province, and the town of Tarlac" (spent set 159):
    # an aside before ", and", and the place noun before the next name
    r"(?:\s*,\s*(?:the|an?)\s+[^,;:.()\"“”]{1,60}(?=\s*,\s*and\s))?"
    # ("and the town of B", not ", the city of Patrice Lumumba": an aside of the place before)
    r"(?:\s*,?\s+and\s+(?:the\s+)?(?:(?:town|village|city|hamlet|port)\s+of\s+)?"
    r"|\s*,\s*(?:the\s+)?)"
)
# "the mines in X", "the airbase at X"
_IN_AT = re.compile(
    r"\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village|district|area)\s+of\s+(?:the\s+)?)?"
)
# "several villages east of Mosul, including A and B"
_INCLUDING = re.compile(
    r"[^.;:]{0,100}?,?\s+including\s+(?:the\s+)?(?:(?:towns?|villages?|cities|city|town|village"
    r"|districts?|areas?)\s+of\s+)?"
)
# a site inside a place as the object: "the headquarters of the 20th Division in X",
# "the last IS pocket in X"
_SITE_NOUN = (
    r"(?:headquarters|bases?|barracks|pockets?|strongholds?|bastions?|holdouts?|cent(?:re|er)s?"
    r"|compounds?|garrisons?|refiner(?:y|ies)|ports?|oil\s+terminals?|terminals?|enclaves?"
    # "overran the Spanish post at X", "the outpost at X", "the fort at X"
    r"|posts?|outposts?|forts?"
    # "took control of the border crossings at Vrtojba, Rozna Dolina and Gornja Radgona"
    r"|crossings?|crossing\s+points?"
    # "captured the government station and airstrip at Kokoda" (blind set 166; not "the army
    # camp at X": a camp by a village is no village, spent sets 40, 63)
    r"|stations?|missions?|airstrips?|airfields?|fortress(?:es)?|citadels?"
    # "occupied the Maori fortifications at Meremere", "took the stockade at X" (blind sets
    # 190 and 165), "the pa at X" (a Maori fort)
    r"|fortifications|stockades?|redoubts?|pa)"
)
# "the refinery and the residential compounds in X": sites (listed) of a place
_SITE = re.compile(
    r"\s*(?:all\s+of\s+)?the\s+(?:[\w'’-]+\s+){0,3}?" + _SITE_NOUN + r"\b"
    r"(?:\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?" + _SITE_NOUN + r"\b)*"
    r"(?:\s+of\s+[^,;:.]{1,60})?",
    re.I,
)


def _names_the_object(text: str, p: PlaceMention) -> bool:
    """Does the mention ``p`` inside an object phrase name a place the object is?"""
    if _a_part_of(text, p):
        return False  # "the T-4 area's eastern approaches": not the place itself
    if p.how == "unknown" and _SITE_AFTER.match(text, p.end):
        # "occupied the Maori fortifications at Meremere" (blind set 190): an unknown name
        # before a site placed elsewhere is its people or owner
        return False
    return p.how == "ambiguous" or bool(p.place) or p.how == "unknown"


# a site noun right after a name, the site placed by "at" or "in" a name after it: "the Maori
# fortifications at Meremere", "the Kingite pa at X" (not "Mangatawhiri post": the place)
_SITE_AFTER = re.compile(r"(?i:\s+" + _SITE_NOUN + r"\s+(?:at|in)\s+)(?=[A-Z])")
# "Arak, a town of 5,000 people, [fell]": an aside between a place and a passive verb
_APPOSITION = re.compile(
    # "Falaise itself, the birthplace of William the Conqueror, was cleared" (spent set 151)
    r"(?:\s+(?:itself|alone))?\s*,\s*(?:a|an|the)\s+(?:[^,;:—–]|(?<=\d),(?=\d)){1,160},\s*(?:(?:was|were|had|has|have|been|also|then|finally)\s+)*"
)
# "X, which the Ajman seized in October, was retaken": a relative clause between a passive's
# subject and its verb
_RELATIVE_THEN_PASSIVE = re.compile(
    # "Elephant Pass, from which the LTTE fled without a fight, was liberated" (spent set 151)
    r"(?:\s+(?:itself|alone))?\s*,\s*(?:which|that|where|(?:from|in|into|at|to)\s+which)\s+[^,;:—–()]{3,120},\s*(?:(?:was|were|had|has|have|been|later|then"
    r"|finally|soon|itself)\s+)+"
)
# "drove into their town", "took their village": the home of people named before
_THEIR_TOWN = re.compile(
    r"(?i)^\s*their\s+(?:(?:home|own|native)\s+)?(?P<noun>town|village|city|hamlet)\b"
)
# "families from X", "residents of X", "refugees who fled from X": people a place is home to
_PEOPLE_FROM = re.compile(
    r"(?i)\b(?:famil(?:y|ies)|residents|people|refugees|villagers|inhabitants|townspeople"
    r"|townsmen|peasants|farmers)\s+(?:who\s+(?:had\s+)?(?:fled|came|arrived)\s+)?(?:from|of)\s+$"
)
# between a passive verb's subject and the verb: auxiliaries and adverbs ("X has now been taken")
_NEXT_TO_VERB = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:(?:was|were|is|are|has|have|had|been|being|also|now|then"
    r"|finally|reportedly|\w+ly)\s+)*"
)
# where a subject lies, between it and its verb: "The village of Maleme in western Crete fell to
# German parachute troops" (spent set 123), "X, in the north, was taken"
_PLACE_NOUN_OF = re.compile(r"(?i)\b(?:town|village|city|hamlet|port|settlement|outpost)\s+of\s+$")
_LOCATED_THEN_VERB = re.compile(
    r"(?:\s*,)?\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central)(?:-?(?:east|west))?"
    r"(?:ern)?\s+)?(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}|(?:far\s+)?(?:north|south|east|west))"
    r"(?:\s*,)?" + _NEXT_TO_VERB.pattern
)
# a place named as where a source is: "an officer in X", "residents of X", "witnesses at X"
_SOURCE_AT = re.compile(
    r"(?i)\b(?:(?:officers?|officials?|sources?|residents?|witness(?:es)?|journalists?"
    r"|correspondents?|doctors?|elders?|spokes(?:man|woman|person))\s+(?:based\s+)?(?:in|at|from)"
    # "Residents of Sabkha said that government forces entered the town" (spent set 84): the
    # town's own people tell of it; not "officials of X"
    r"|(?:officers?|officials?|sources?|witness(?:es)?|journalists?|correspondents?|doctors?"
    r"|spokes(?:man|woman|person))\s+of)\s+$"
)
# after a verb of leaving, the place it goes to: "fled towards X", "withdrew to X"
_DESTINATION = re.compile(
    r"(?i)^\s*(?:[^,.;]{0,40}?\s)?(?:towards?|in\s+the\s+direction\s+of|to|into|for)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|area|outskirts)\s+of\s+(?:the\s+)?)?$"
)
# a part of a place is not the place: "the T-4 area's eastern approaches", "the outskirts
# of X", "the hills around X", "positions near X", "the road to X" (see _a_part_of)
_PART_NOUN = (
    r"(?:approach(?:es)?|outskirts|edges?|fringes?|surroundings|environs|perimeter|periphery"
    r"|suburbs|countryside|hills?|heights|ridges?|positions?|checkpoints?|roads?"
    # "the posts around X" are parts of it; "the post of X" is the place (a garrison post)
    r"|posts|post(?!\s+of\b)"
    r"|highway|gates?|entrances?|vicinity|parts?|sections?|neighbou?rhoods|districts|quarters"
)
_PART_AFTER = re.compile(
    r"(?i)\s*(?:(?:area|town|city|village|base|airbase|region|field|crossroads?)\s*)?['’]s?"
    r"\s+(?:[^\s.;:]+\s+){0,3}?(?:<[^<>]{0,12}>|[^\w\s<])*"
    # "Raqqa's eastern district", "Homs's desert": a part named by its owner
    + _PART_NOUN
    + r"|suburb|neighbou?rhood|district|quarter|villages|areas|desert|lines)\b(?!['’]s?\s)"
)
# "the approaches of X" (not "the villages of X": a name, as "the town of X"), and each name of
# a list after it: "the districts of Palmyra and As-Sukhnah", "the outskirts of A, B and C"
_LISTED_NAME = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al|el|ez|es|ad|as|ar|de|del|la|le))*"
_PART_BEFORE = re.compile(
    r"(?i)\b" + _PART_NOUN + r")\s+(?:of|to|around|near|outside)\s+(?:the\s+)?"
    r"(?:(?:town|city|village|district|area|province|region)\s+of\s+(?:the\s+)?)?"
    r"(?-i:(?:" + _LISTED_NAME + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+))*)$"
)
_LOCATES_BEFORE = re.compile(
    r"(?i)\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|outside|near|(?:km|kilometres?"
    r"|kilometers?|miles)\s+(?:north|south|east|west)\w*)\s+of\s+(?:the\s+)?$"
)
# an aside of time: ", a day after the surrender in X,", ", two weeks before the fall of X,"
_TIME_ASIDE = re.compile(r"(?i),\s+[^,;:]{0,30}\b(?:after|before|since|following)\b[^,;:]*$")
# an entry with no object ("and B moved in"): into the place named before it
_ENTERED_BARE = re.compile(r"(?i)\bentered\s*$")
# what may follow an entry with no object: when (and how) it came, and nothing else
_WHEN_ONLY = re.compile(
    r"(?i)\s*(?:(?:unopposed|without\s+(?:a\s+fight|resistance|fighting))\s*,?\s*)?"
    r"(?:(?:early\s+|late\s+)?(?:the\s+(?:following|next|same)\s+(?:day|morning|afternoon"
    r"|evening|night)|on\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:on|in|during)\s+the\s+(?:morning|afternoon|evening|night)|that\s+(?:same\s+)?(?:day"
    r"|night|morning|afternoon|evening)|(?:soon|shortly|hours|days|a\s+day)\s+(?:after(?:wards)?"
    r"|later))"
    r"|unopposed|without\s+(?:a\s+fight|resistance|fighting))\s*(?:[.;,]|$)"
)
# an anaphor noun of no kind of place: it stands only for a place of its own sentence
_GENERIC_NOUN = re.compile(r"(?i)place|ruins")
# a battle named by its place: "the defeat at X", "after the battle of X"
_BATTLE_AT_BEFORE = re.compile(
    r"(?i)\b(?:defeat|battle|victory|rout|siege|disaster)\s+(?:at|of|near|before)\s+$"
)
_MOVED_IN = re.compile(r"(?i)\b(?:moved|marched|rolled|walked|swept|rode|drove)\s+in\s*$")
# a sentence that opens with a place's name (and maybe an appositive): its topic
# or is the subject of an auxiliary ("X has been in rebel hands since March 20, when rebels
# captured it")
_TOPIC_PLACE = re.compile(
    r"\s*(?:The\s+(?:town|city|village)\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s*,|\s+(?:has|had|was|is|remains|remained)\s+(?:been\s+)?(?:in|under|held)\b)"
)
# who surrenders a place: "the Guard garrison in Esteli surrendered to", "the town surrendered"
# "the police post at Chwaka surrendered to our army" (spent set 81)
_GARRISON = re.compile(
    r"(?i)\b(?:garrisons?|detachments?|defenders|town|city|village|police|(?:out)?posts?|forts?"
    r"|barracks|fortress(?:es)?|citadel)\b"
)
# between a place and "fell"/"fallen": nothing, or a perfect's auxiliary ("X has (now) fallen")
_PERFECT_BEFORE_FALLEN = re.compile(
    # "X, near the frontier with Y, fell on Thursday": an aside of where it lies (a
    # preposition or a noun phrase, no verb of its own)
    r"(?i)(?:\s*,\s*(?:a|an|the|near|close\s+to|on|in|at|north|south|east|west|just|some|about)"
    r"\s(?:[^,;:—–]|(?<=\d),(?=\d)){1,100},)?"
    r"\s*(?:(?:has|have|had)\s+(?:(?:also|now|finally|already)\s+)?)?"
)
# a sentence opening on the place it is about: "In Granada, ..."
_FRONTED_IN = re.compile(r"\s*(?:In|At)\s+")
# a return with no object ("The army came back on Sunday evening"): into the place of the change
# told just before (not "before the army returned": whether it retook the place is not said)
_CAME_BACK = re.compile(r"(?i)\b(?:came|come)\s+back\s*$")
# a thing named after a place, not the place: "the Butare road", "the Kabul airport", "the
# Kukes border crossing" (a gazetteer's "X airport" or "X dam" is matched whole before this)
_NAMED_AFTER = re.compile(
    r"(?i)\s+(?:(?:main|old|new|ring|coastal|northern|southern|eastern|western)\s+)?(?:road|highway"
    r"|motorway|axis|airport|airfield|airstrip|bridge|(?:border\s+)?crossing|junction|checkpoint"
    r"|barracks|garrison|prison|stadium|university|hospital|ferry|pass)\b"
)


def _a_part_of(text: str, p: PlaceMention) -> bool:
    """Is the mention ``p`` the owner of a part ("captured the T-4 area's eastern approaches",
    "took the approaches to Arak", "secured the Butare road"), not the place taken?"""
    return bool(
        _PART_AFTER.match(text, p.end)
        or _NAMED_AFTER.match(text, p.end)
        or _PART_BEFORE.search(text, max(0, p.start - 60), p.start)
    )


# troops named by where they came from: "infantry coming from Leon", "the column advancing
# from Aviles"
_ORIGIN_BEFORE = re.compile(
    r"(?i)\b(?:coming|advancing|arriving|marching|moving|driving|sent|brought|flown)\s+(?:in\s+)?"
    r"from\s+(?:the\s+)?$"
    # "A convoy reached Falaise on Monday by the road from Caen. The town was entered by ...":
    # the place a road comes from (spent set 151)
    r"|\b(?:road|route|track|highway)\s+from\s+$"
)
# an object counted in towns: "seized four towns", "took the three villages"
_COUNTED_TOWNS = re.compile(
    r"(?i)\s+(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+"
    r"(?:(?-i:[a-z]+)\s+)?(?P<what>towns|villages|cities|localities|municipalities|settlements)\b"
)
# a relative clause after a place, up to where it is read from ("X, whose ...", "X, where ...")
_RELATIVE_OF = re.compile(r",\s+(?:whose|where|which|in\s+which|from\s+which)\s[^;:.!?—–]*$")
# an aside before an actor: "The TNLA, an ally of the MNDAA, says ..."
# "the districts of X", "X's eastern suburbs": parts of a place
_PART_NOUNS = r"(?:districts?|suburbs?|neighbou?rhoods?|quarters?|boroughs?|wards?|townships?)"
_PARTS_OF = re.compile(
    rf"(?i)\b{_PART_NOUNS}\s+of\s+(?:the\s+)?(?=[A-Z])|['’]s\s+(?:[a-z-]+\s+)?{_PART_NOUNS}\b"
)
_NAMES_ONLY = re.compile(r"(?:(?:\s*,\s*|\s+and\s+|\s+)[A-Z][\w-]*)*\s+")
# "cleansed X of the terrorist gangs": the side driven out named by an epithet
# "The town was retaken", "..., and the city was captured": a place noun as a passive's subject
_ANAPHOR_SUBJECT = re.compile(
    r"(?i)(?:^|(?<=[\s,;:—–]))the\s+(?:[a-z-]+\s+){0,2}?(?:"
    + "|".join([*(n for n, _ in ANAPHOR_NOUNS), "capital"])
    + r")\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:(?:\w+ly|also|then|finally)\s+)?"
    # "the town fell to the insurgents", "the town had fallen to"
    r"|(?:had\s+|has\s+)?(?:(?:\w+ly|also|then|finally)\s+)?)$"
)
# "the capital", "the country's capital", "the national capital": the country's capital (a
# modifier such as "provincial", "regional" or "Iraqi" names another)
_THE_CAPITAL = re.compile(
    r"(?i)\s*(?:(?:(?:full|total|complete|effective)\s+)?control\s+(?:of|over)\s+)?"
    r"the\s+(?:(?:country['’]s|national)\s+)?(?P<noun>capital)\b(?!\s+(?:of|district|region"
    r"|province|area|city\s+of)\b)"
)
# "entered the provincial capital", "the district capital": a capital named before
_THE_PROVINCIAL_CAPITAL = re.compile(
    r"(?i)\s*the\s+(?P<noun>(?:provincial|province['’]s|district|regional|state)\s+capital)\b"
)
# after a place: ", capital of Phuoc Long province", ", the provincial capital,"
_CAPITAL_OF_AFTER = re.compile(
    r"(?i),\s+(?:the\s+)?(?:(?:provincial|district|regional|state)\s+capital\b|capital\s+of\b)"
)
# what may stand between "cleared" and the place it took: "cleared the town of X"
_CLEARED_OBJECT = re.compile(
    r"\s+(?:the\s+(?:town|city|village|hamlet|post|outpost|port)\s+of\s+)?"
)


class _Places:
    """Which places a change clause governs."""

    def _object_places(
        self, lo: int, hi: int, unknown: list[PlaceMention]
    ) -> tuple[list[PlaceMention], str | None]:
        """Place mentions in an object phrase [lo, hi); (places, note)."""
        obj = self.text[lo:hi]
        if OBJ_FIGURE.match(obj):
            return [], "the object is an area figure, not a place"
        out = [
            p
            for p in [*self._places_between(lo, hi), *unknown]
            if lo <= p.start < hi
            and _may_be_object(self.text[lo : p.start])
            and _names_the_object(self.text, p)
        ]
        out.sort(key=lambda p: p.start)
        # a kind-near mention ("the gas field near Arak") hides the place names inside it
        out = [
            p
            for p in out
            if not any(
                q is not p
                and q.start <= p.start
                and p.end <= q.end
                and (q.end - q.start) > (p.end - p.start)
                for q in out
            )
        ]
        if out:
            return out, None
        capital = self._capital_named(obj, lo)
        if capital[0]:
            return capital
        if (bare := self._entry_with_no_object(lo)) is not None:
            return bare
        if _CAME_BACK.search(self.text, max(0, lo - 16), lo):
            return self._came_back_place(lo)
        if (found := self._noun_places(obj, lo))[0]:
            return found
        it = re.match(r"\s*(?:it|them)\b", obj, re.I)
        is_it = bool(it) and it.group(0).strip().lower() == "it"
        topic = is_it and _TOPIC_PLACE.match(self.text, self._this_start)
        if topic and (found := self._moved_in_place(lo, "it"))[0]:
            # "Udong, the old royal capital, changed hands twice: the insurgents overran it in
            # March 1974": the one place the sentence opens with (blind set 14), before the
            # place of the change told last ("The town of La Guera, ..., has been in Mauritanian
            # hands since December 20, when Mauritanian forces captured it", spent set 16)
            return found
        named = (
            {
                p.place
                for p in self._places_between(self._this_start, lo)
                # not a place only located by ("Fighting near Guiglo went on, and ...")
                if p.place and not NOT_OBJECT_BEFORE.search(self.text[self._this_start : p.start])
            }
            if is_it
            else set()
        )
        if len(named) == 1 and not (self.drafts and self.drafts[-1].span[1] >= self._this_start):
            # "the Ukrainian garrison left Khromove under cover of darkness, and at dawn on
            # Friday our assault detachments entered it" (blind set 145): the one place the
            # sentence named before, when no change of the sentence was drafted
            place = next(iter(named))
            ref = PlaceMention(
                lo + it.start(), lo + it.end(), "it", place, "anaphor", self.gaz.kind.get(place)
            )
            return [ref], f"'it' read as {place!r}, named before it in the sentence"
        if (
            it
            and self.drafts
            and self.drafts[-1].place_known
            and self.drafts[-1].span[1] >= lo - 400
        ):
            d = self.drafts[-1]
            ref = PlaceMention(
                lo + it.start(), lo + it.end(), it.group(0).strip(), d.place, "anaphor", d.kind
            )
            return [ref], f"'{ref.text}' read as {d.place!r}"
        return [], None

    def _anaphor_places(
        self, m: re.Match, obj: str, lo: int
    ) -> tuple[list[PlaceMention], str | None]:
        """ "took the town": the place of that kind the noun stands for ("this city" in a
        wire: the dateline's); ([], None) when none fits."""
        kinds = kinds_for(m.group("noun"), ANAPHOR_NOUNS)
        generic = bool(_GENERIC_NOUN.fullmatch(m.group("noun")))
        if generic and not re.search(r"(?i)\bthe\s+$", obj[: m.start("noun")]):
            return [], None  # "the landing place at X": a site, not the place itself
        if generic and any(self._this_start <= u.start < lo for u, _, _ in self.unknown):
            # "withdrew from Plehan (unknown) ... and the Chetniks entered the ruins": the
            # name the gazetteer lacks may be what it stands for
            return [], None
        if re.match(r"(?i)\s*this\b", obj):
            # "this mining city" in a wire: where the reporter is, the dateline's city (not
            # "the town" with no place named before it)
            dated = self._dateline_anaphor(m, obj, lo, kinds)
            if dated[0]:
                return dated
        window = [
            p
            for p in self._places_between(max(0, lo - 3000), lo)
            if p.start < lo
            and p.place
            and p.kind in kinds
            # "an officer in X confirmed that troops left the town": where a source is
            and not _SOURCE_AT.search(self.text, max(0, p.start - 40), p.start)
            # "the place", "the ruins": only a place of this sentence or the one before
            and (p.start >= self._prev_start or not generic)
        ]
        # a place named earlier in the sentence; else the place of a change drafted just
        # before, rather than a place merely named after it ("... from Tabqa")
        topic = {d.place for d in self.drafts if d.span[1] >= lo - 600}
        # "attacked the town of X ... took back the town": the place introduced by the
        # same noun is what the noun stands for
        named = re.compile(rf"(?i)\b{re.escape(m.group('noun'))}\s+of\s+$")
        window.sort(
            key=lambda p: (
                # "the miners pulled out of X and infantry coming from Leon entered the town":
                # where the troops came from is not the town they entered (spent set 85)
                not _ORIGIN_BEFORE.search(self.text, max(0, p.start - 40), p.start),
                p.start >= self._this_start,
                # "follows that of Tiberias, whose Arab population was evacuated after the
                # Haganah took the town": the place a relative clause holding it is about
                bool(_RELATIVE_OF.match(self.text, p.end, lo)),
                bool(named.search(self.text, max(0, p.start - 30), p.start)),
                # "The brigade in Khulna laid down its arms, a day after the surrender in
                # Dacca, and troops moved into the city": not the place of a time aside
                not self._in_time_aside(p, lo),
                # "withdrew from Mbuji-Mayi ... The rebels entered the town": the place of
                # the sentence before over a change drafted further back
                p.start >= self._prev_start,
                p.place in topic,
                p.start,
            )
        )
        for p in reversed(window):
            ref = PlaceMention(
                lo + m.start("noun"),
                lo + m.end(),
                obj[: m.end()].strip(),
                p.place,
                "anaphor",
                p.kind,
            )
            return [ref], f"'{ref.text}' read as {p.text!r}"
        return [], None

    def _noun_places(self, obj: str, lo: int) -> tuple[list[PlaceMention], str | None]:
        """ "the town", "their village": the place a noun stands for; ([], None) when none."""
        if (m := ANAPHOR.match(obj)) and (found := self._anaphor_places(m, obj, lo))[0]:
            return found
        if theirs := _THEIR_TOWN.match(obj):
            return self._their_town(theirs, lo)
        return [], None

    def _their_town(self, m: re.Match, lo: int) -> tuple[list[PlaceMention], str | None]:
        """ "Several families from X said Soviet tanks drove into their town" (blind set 113):
        the place the people "their" stands for come from, named in this or the sentence
        before; ([], None) when none is."""
        fits = [
            p
            for p in self._places_between(self._prev_start, lo)
            if p.place and _PEOPLE_FROM.search(self.text, max(0, p.start - 60), p.start)
        ]
        if not fits:
            return [], None
        p = fits[-1]
        ref = PlaceMention(
            lo + m.start("noun"), lo + m.end(), m.group(0).strip(), p.place, "anaphor", p.kind
        )
        return [ref], f"'{ref.text}' read as {p.text!r}, where the people it is theirs come from"

    def _dateline_anaphor(
        self, m: re.Match, obj: str, lo: int, kinds: tuple[str, ...]
    ) -> tuple[list[PlaceMention], str | None]:
        """ "ORURO (Andean Press) - Armed miners took control of this mining city": the
        dateline's city for "this city", when its kind fits (spent set 71)."""
        if not self.dateline_place or self.dateline_place[1] not in kinds:
            return [], None
        place, kind = self.dateline_place
        ref = PlaceMention(
            lo + m.start("noun"), lo + m.end(), obj[: m.end()].strip(), place, "anaphor", kind
        )
        return [ref], f"'{ref.text}' read as the dateline's {place!r}"

    def _capital_named(self, obj: str, lo: int) -> tuple[list[PlaceMention], str | None]:
        """ "the capital": the theatre's national capital; "the provincial capital": the one
        place called a province's capital just before; ([], None) otherwise."""
        cap = _THE_CAPITAL.match(obj)
        if cap and self.gaz.capital:
            # "seized control of the capital": the country's national capital, when the
            # theatre holds it (not "the provincial capital": that noun has a modifier)
            ref = PlaceMention(
                lo + cap.start("noun"),
                lo + cap.end(),
                cap.group(0).strip(),
                self.gaz.capital,
                "anaphor",
                self.gaz.kind.get(self.gaz.capital, ""),
            )
            return [ref], f"'{ref.text}' read as the national capital {self.gaz.capital!r}"
        prov = _THE_PROVINCIAL_CAPITAL.match(obj)
        if prov:
            return self._described_capital(lo + prov.start("noun"), lo + prov.end())
        return [], None

    def _described_capital(self, lo: int, hi: int) -> tuple[list[PlaceMention], str | None]:
        """ "Phuoc Binh, capital of Phuoc Long province, ... entered the provincial capital":
        the one place this or the previous sentence calls a province's capital."""
        told = {
            p.place: p
            for p in self._places_between(self._prev_start, lo)
            if p.place and _CAPITAL_OF_AFTER.match(self.text, p.end)
        }
        if len(told) != 1:
            return [], None
        p = next(iter(told.values()))
        ref = PlaceMention(lo, hi, self.text[lo:hi], p.place, "anaphor", p.kind)
        return [ref], f"{ref.text!r} read as {p.text!r} (called a capital before)"

    def _in_time_aside(self, p: PlaceMention, lo: int) -> bool:
        """Is ``p`` inside an aside of time set off by commas before ``lo`` in this sentence
        (", a day after the surrender in Dacca,")?"""
        opens = self.text.rfind(",", self._this_start, p.start)
        closes = self.text.find(",", p.end, lo)
        return opens >= 0 and closes >= 0 and bool(_TIME_ASIDE.search(self.text, opens, p.start))

    def _entry_with_no_object(self, lo: int) -> tuple[list[PlaceMention], str | None] | None:
        """ "A withdrew from X and B moved in", "A left X on 22 January and B entered the
        following day" (spent set 102): an entry with no object (only when it came after
        "entered"), into the one place the sentence named before; None for another verb."""
        if _MOVED_IN.search(self.text, max(0, lo - 16), lo):
            return self._moved_in_place(lo)
        if _ENTERED_BARE.search(self.text, max(0, lo - 16), lo) and _WHEN_ONLY.match(self.text, lo):
            return self._moved_in_place(lo, "entered")
        return None

    def _moved_in_place(
        self, lo: int, verb: str = "moved in"
    ) -> tuple[list[PlaceMention], str | None]:
        """ "A withdrew from X (on ...) and B moved in", "In X, A pulled out and B moved in":
        the one known place this sentence named before the verb ([], None when none, or two)."""
        named = {
            p.place: p
            for p in self._places_between(self._this_start, lo)
            if p.place
            and not _a_part_of(self.text, p)
            # "left Daquq, south of Kirkuk, ...": a place that locates another is not it
            and not _LOCATES_BEFORE.search(self.text, max(0, p.start - 40), p.start)
            # "demoralised by the defeat at X, had marched out of the town": a battle's place
            and not _BATTLE_AT_BEFORE.search(self.text, max(0, p.start - 30), p.start)
        }
        if len(named) != 1:
            return [], None
        p = next(iter(named.values()))
        ref = PlaceMention(lo, lo, "", p.place, "anaphor", p.kind)
        into = "" if verb == "it" else "into "
        return [ref], f"{verb!r} read as {into}{p.text!r} (named before it in the sentence)"

    def _came_back_place(self, lo: int) -> tuple[list[PlaceMention], str | None]:
        """ "A left X ... the army came back (on ...)": the place of the change drafted just
        before (within 600 characters), else the one known place this sentence named."""
        recent = [d for d in self.drafts if d.place_known and lo - 600 <= d.span[1] <= lo]
        if recent:
            d = recent[-1]
            ref = PlaceMention(lo, lo, "", d.place, "anaphor", d.kind)
            return [ref], f"the return read as to {d.place!r} (the change told just before)"
        return self._moved_in_place(lo, "came back")

    def _cleared_a_place(self, v: Verb, clause_end: int) -> bool:
        """ "Troops cleared Datta Khel and Ghulam Khan on Thursday": "cleared" with a place of
        the gazetteer as its object and no "of" after it (not "cleared X of mines", "cleared
        the road to X") takes the place, as "secured" does."""
        m = _CLEARED_OBJECT.match(self.text, v.end, clause_end)
        at = [p for p in self._places_between(m.end(), m.end() + 1) if p.place] if m else []
        if not at:
            return False
        # "of" right after the places listed ("cleared A and B of mines"), not in an aside
        # after them ("cleared the hamlet of X, near the bridge, after a night of fighting":
        # spent set 157)
        end = max(p.end for p in [*at, *self._list_tail(at[0].end, clause_end, [])])
        return not re.match(r"\s+of\b", self.text[end:clause_end])

    def _mention_at(self, pos: int, unknown: list[PlaceMention]) -> PlaceMention | None:
        """The place mention (known, unknown or ambiguous) starting at ``pos``."""
        for p in [*self._places_between(pos, pos + 1), *unknown]:
            if p.start == pos and (p.place or p.how in ("unknown", "ambiguous")):
                return p
        return None

    def _list_tail(self, pos: int, hi: int, unknown: list[PlaceMention]) -> list[PlaceMention]:
        """ "the towns of A, B and C": the places listed after the object's last one."""
        out = []
        while True:
            m = _LIST_SEP.match(self.text, pos, hi)
            p = self._mention_at(m.end(), unknown) if m else None
            if p is None:
                return out
            out.append(p)
            pos = p.end

    def _place_after_object(
        self, lo: int, obj_end: int, hi: int, unknown: list[PlaceMention]
    ) -> tuple[list[PlaceMention], str | None]:
        """ "have now secured the phosphate mines in Khunayfis": a feature noun as the object,
        the place after "in"/"at"; the place of that kind holding the name is preferred; or
        named right after it ("took the provincial capital, Bukavu, on October 30")."""
        named = self._named_in_apposition(lo, obj_end, hi, unknown)
        if named[0]:
            return named
        m = ANAPHOR.match(self.text[lo:obj_end])
        if m and _GENERIC_NOUN.fullmatch(m.group("noun")) and m.start("noun") > 0:
            if not re.search(r"(?i)\bthe\s+$", self.text[lo : lo + m.start("noun")]):
                m = None  # "the landing place at X": a site named by its use, not a town
        site = None
        if m is None:  # the site's words may hold an object stop ("the last pocket")
            cut = re.compile(r"\s+(?:in|at)\s").search(self.text, lo, min(hi, lo + 100))
            site = _SITE.fullmatch(self.text, lo, cut.start()) if cut else None
            obj_end = cut.start() if site else obj_end
            if site and re.search(
                r"(?i)\b(?:stormed|raided|attacked)\s*$", self.text[lo - 12 : lo]
            ):
                return [], None  # "stormed the base of the army in X": an assault on a site
        at = _IN_AT.match(self.text, obj_end, hi)
        p = self._mention_at(at.end(), unknown) if (m or site) and at else None
        if p is None:
            return [], None
        kinds = kinds_for(m.group("noun"), ANAPHOR_NOUNS) if m else ()
        if m and p.place and p.kind not in kinds:
            hits = self.gaz.kind_near(p.text, kinds)
            if len(hits) == 1:
                p = PlaceMention(
                    p.start, p.end, p.text, hits[0], "feature-word", self.gaz.kind[hits[0]]
                )
            elif _SITE.fullmatch(self.text, lo, obj_end):
                # "the border crossing at Vrtojba" where the gazetteer holds no crossing
                # there: a site of the town (spent set 70)
                site = True
            else:
                return [], None
        obj = " ".join(self.text[lo:obj_end].split())
        note = f"object {obj!r} placed by {' '.join(at.group(0).split())!r} {p.text!r}"
        if site:
            note += f": a site in {p.text}, read as {p.text} (check that the place itself changed hands)"
            # "the border crossings at A, B and C": the sites of each place listed
            return [p, *self._list_tail(p.end, hi, unknown)], note
        return [p], note

    def _capital_named_after(
        self, lo: int, first: PlaceMention, hi: int, unknown: list[PlaceMention]
    ) -> PlaceMention | None:
        """ "liberated the capital of Soviet Belorussia, the city of Minsk," (blind set 158):
        the city named in apposition after "the capital of X", not X; None otherwise."""
        m = _CAPITAL_OF.match(self.text, lo, first.start + 1)
        if m is None or m.end() != first.start:
            return None
        comma = _CITY_APPOSED.match(self.text, first.end, hi)
        p = self._mention_at(comma.end(), unknown) if comma else None
        return p if p is not None and p.place else None

    def _named_in_apposition(
        self, lo: int, obj_end: int, hi: int, unknown: list[PlaceMention]
    ) -> tuple[list[PlaceMention], str | None]:
        """ "took the provincial capital, Bukavu, on October 30", "and the strategic town, X.":
        an object noun of a place named right after it between commas."""
        if not _PLACE_NOUN_OBJECT.fullmatch(self.text, lo, obj_end):
            return [], None
        comma = _COMMA.match(self.text, obj_end, hi)
        p = self._mention_at(comma.end(), unknown) if comma else None
        if p is None or not _AFTER_APPOSED.match(self.text, p.end, hi + 1):
            return [], None
        obj = " ".join(self.text[lo:obj_end].split())
        return [p], f"object {obj!r} named by its apposition {p.text!r}"

    def _relative_antecedent(
        self, sent: Sentence, lo: int, hi: int, unknown: list[PlaceMention]
    ) -> tuple[list[PlaceMention], str | None]:
        """ "Sukhnah, which IS fighters had captured", "Malisevo, the KLA stronghold that police
        captured": the place just before "which"/"that", or before an appositive ending there."""
        m = WHICH.search(self.text, lo, hi)
        if not m and _ENTERED.match(self.text, hi):
            # "In Goz Beida, where rebels had entered on Saturday, ...": an entry with no object
            m = _WHERE.search(self.text, lo, hi)
        if not m:
            return [], None
        cands = [
            p
            for p in [*self._places_between(sent.start, m.start() + 1), *unknown]
            if p.place or p.how in ("unknown", "ambiguous")
        ]
        for p in cands:
            if _BEFORE_RELATIVE.fullmatch(self.text[p.end : m.start()]):
                word = re.search(r"which|that|where", m.group(0), re.I).group(0)
                return [p], f"{word!r} read as {p.text!r}"
        return [], None

    def _part_of_known(self, sent: Sentence, p: PlaceMention) -> bool:
        """ "the eastern districts of X. A, B and C are now under our control", "X's suburbs
        of A and B": a name the gazetteer lacks, told in this or the previous sentence as a
        part of a place it knows, is a part of that place (its change is X's), no new place."""
        lo = self._prev_start if self._prev_start < sent.start else sent.start
        for m in _PARTS_OF.finditer(self.text, lo, sent.end):
            # the part is named after the phrase, or right before it ("the A and B districts
            # of X": only names, commas and "and" between)
            if m.start() < p.start or _NAMES_ONLY.fullmatch(self.text, p.end, m.start()):
                near = self._places_between(m.start() - 60, m.end() + 1)
                if any(
                    q.place and q.start == m.end() or q.place and q.end == m.start() for q in near
                ):
                    return True
        return False

    def _clause_places(
        self, sent: Sentence, clause: _Clause, unknown: list[PlaceMention]
    ) -> tuple[list[PlaceMention], str | None]:
        """The places that change hands: before a passive verb, else its object; (places, note)."""
        text, v, region_lo = self.text, clause.verb, clause.lo
        if clause.pattern in ("capture-passive", "fell-to", "fell") or clause.left_by:
            return self._places_before_verb(sent, clause, unknown)
        stop = OBJ_STOP.search(text, v.end + 1, clause.end)
        obj_end = stop.start() if stop else clause.end
        objs, obj_note = self._object_places(v.end, obj_end, unknown)
        if objs and clause.pattern == "fall-of":
            # "the fall of X cuts the road between A and B": a noun phrase has one object (and
            # its list), not every place of the clause after it
            objs = objs[:1]
        if objs and (city := self._capital_named_after(v.end, objs[0], clause.end, unknown)):
            objs, obj_note = (
                [city],
                f"the capital of {objs[0].text!r} named after it: {city.text!r}",
            )
        elif objs:
            objs += self._list_tail(objs[-1].end, clause.end, unknown)
        else:
            objs, obj_note = self._place_after_object(v.end, obj_end, clause.end, unknown)
        if not objs:  # "seized four towns ..., at the town halls of A, B, C and D"
            objs, obj_note = self._counted_list(sent, v.end, obj_end, unknown)
        if not objs:  # "recaptured several villages east of Mosul, including A and B"
            inc = _INCLUDING.match(text, v.end, clause.end)
            p = self._mention_at(inc.end(), unknown) if inc else None
            if p is not None:
                objs = [p, *self._list_tail(p.end, clause.end, unknown)]
                obj_note = "the places listed after 'including'"
        if not objs and re.match(
            r"\s*(?:$|(?:in|on|at|late|early|earlier|last|during|after|before|since|over"
            r"|from|by|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|days?|weeks?"
            r"|hours?|later|soon|again|shortly)\b)",
            text[v.end : obj_end],
            re.I,
        ):
            objs, obj_note = self._relative_antecedent(sent, region_lo, v.start, unknown)
        if not objs and clause.pattern == "drive-out" and re.search(r"(?i)\bout$", v.text):
            # "seized X on Dec. 24 before the army drove them out": out of the place told before
            before = [p for p in self._places_between(sent.start, v.start) if p.place]
            if before:
                objs, obj_note = [before[-1]], f"'out' read as out of {before[-1].text!r}"
        if clause.pattern == "withdrawal":  # "fled towards X": where they went, not left
            objs = [p for p in objs if not _DESTINATION.match(text[v.end : p.start])]
        return objs, obj_note

    def _counted_list(
        self, sent: Sentence, lo: int, hi: int, unknown: list[PlaceMention]
    ) -> tuple[list[PlaceMention], str | None]:
        """ "seized four towns in Chiapas on Saturday, overpowering the police at the town halls
        of A, B, C and D": an object counted in towns whose count is the length of the one list
        of known places later in the sentence; those places ([] when the count does not fit)."""
        m = _COUNTED_TOWNS.match(self.text, lo, hi)
        if m is None:
            return [], None
        n = number_of(m["n"])
        # the runs of known places listed one after another ("A, B, C and D")
        runs: list[list[PlaceMention]] = []
        for p in self._places_between(m.end(), sent.end):
            if not any(p in r for r in runs):
                runs.append([p, *self._list_tail(p.end, sent.end, [])])
        fits = [r for r in runs if len(r) == n]
        if len(fits) != 1 or any(len(r) > 1 for r in runs if r is not fits[0]):
            return [], None
        return fits[0], f"the {m['n']} {m['what']} listed: {', '.join(p.text for p in fits[0])}"

    def _places_before_verb(
        self, sent: Sentence, clause: _Clause, unknown: list[PlaceMention]
    ) -> tuple[list[PlaceMention], str | None]:
        """A passive's or a fall's places: its subject before the verb ("X was taken", "X fell
        to Y", "the town fell to Y", "In X, ..., the garrison surrendered to Y")."""
        text, region_lo = self.text, clause.lo
        # where the subject ends: at the verb, or for a participle sharing an earlier passive's
        # auxiliary ("Isdud, the northernmost Egyptian position, was abandoned ... and occupied
        # by Israeli troops") at that passive's verb
        hi = clause.verb.start if clause.subject_end is None else clause.subject_end
        cut = region_lo
        for m in re.finditer(
            # "the bulletin, printed at Heydekrug, that Memel has fallen": the clause after
            # "that" (spent set 70)
            r"[;:—–]|,\s+(?:the|a|an|said|says|according|and|but)\b|\bthat\s",
            text[region_lo:hi],
        ):
            cut = region_lo + m.end()
        # "According to officials in Kiukiang, Ruichang was occupied": who says it, and where
        # they are, is no subject (spent set 155)
        said = _ACCORDING_OPENS.match(text, region_lo, hi) or _ACCORDING_LINE.search(
            text, region_lo, hi
        )
        if said is not None:
            cut = max(cut, said.end())
        objs = [
            p
            for p in [*self._places_between(cut, hi), *unknown]
            if cut <= p.start < hi and (p.place or p.how in ("unknown", "ambiguous"))
        ]
        objs = [p for p in objs if not NOT_OBJECT_BEFORE.search(text[cut : p.start])]
        objs = [p for p in objs if not _a_part_of(text, p)]
        # "The small island of Tanambogo, joined to Gavutu by a causeway, was taken": a place
        # that locates the subject in an aside is not it (spent set 158)
        located = [p for p in objs if _LOCATING_ASIDE.search(text, cut, p.start)]
        if located and len(located) < len(objs):
            objs = [p for p in objs if p not in located]
        if clause.pattern == "fell":  # "Prices fell": only names the gazetteer knows
            return self._subject_list([p for p in objs if p.place], hi), None
        objs = self._without_site_details(self._passive_subjects(objs, region_lo, hi))
        if not objs:  # "Arak, a town of 5,000 people, fell to ...": the place before the aside
            objs = self._place_set_off(region_lo, hi, hi, unknown, _APPOSITION)
        if not objs and clause.pattern == "capture-passive":
            # "Hafar al-Batin, which the Ajman seized in October, was retaken by the King's
            # forces in December" (spent set 79): the place a relative clause stands between
            objs = self._place_set_off(sent.start, region_lo, hi, unknown, _RELATIVE_THEN_PASSIVE)
        if not objs and _RELATIVE_SUBJECT.search(text, region_lo, hi):
            # "killed near Bunagana, the border post that fell to the rebels the same day": the
            # place the relative pronoun stands for, wherever the main clause put it
            objs, note = self._relative_antecedent(sent, sent.start, hi, unknown)
            if objs:
                return objs, note
        if not objs and clause.pattern == "fell-to":
            objs = self._fronted_place(sent, hi)
        the = _ANAPHOR_SUBJECT.search(text, region_lo, hi) if not objs else None
        if the is not None and clause.pattern in ("capture-passive", "fell-to"):
            # "The town was retaken on Tuesday", "Neak Luong: the town fell to the
            # insurgents on 1 April": the place the noun stands for
            return self._object_places(the.start(), hi, [])
        return objs, None

    def _place_set_off(
        self, lo: int, hi: int, verb_at: int, unknown: list[PlaceMention], between: re.Pattern
    ) -> list[PlaceMention]:
        """The first place named in [lo, hi) (known, unknown or ambiguous) that ``between``
        (an aside, a relative clause) joins to the verb at ``verb_at``: [place] or []."""
        return [
            p
            for p in [*self._places_between(lo, hi), *unknown]
            if lo <= p.start < hi
            and (p.place or p.how in ("unknown", "ambiguous"))
            and between.fullmatch(self.text, p.end, verb_at)
        ][:1]

    def _fronted_place(self, sent: Sentence, verb_at: int) -> list[PlaceMention]:
        """ "In Granada, the colonial city on the lake, the Guard garrison surrendered to the
        Sandinistas": a garrison's surrender in the one place the sentence opens on ("In X,")."""
        m = _FRONTED_IN.match(self.text, sent.start)
        subject_at = self.text.rfind(",", m.end() if m else 0, verb_at) + 1
        if m is None or not subject_at or not _GARRISON.search(self.text, subject_at, verb_at):
            return []  # the garrison is the subject after the aside, not a noun of the aside
        named = [p for p in self._places_between(sent.start, verb_at) if p.place]
        # the mention may take the preposition in ("At Guiglo" matched as a whole)
        if len(named) != 1 or named[0].start > m.end() or self.text[named[0].end] != ",":
            return []
        return named

    def _passive_subjects(self, objs: list[PlaceMention], lo: int, hi: int) -> list[PlaceMention]:
        """The subject of a passive verb at ``hi``: "X, the capital of Y, was taken" is X (a
        place in the aside only locates it); an unknown name not next to the verb nor listed
        with a name that is ("During the raid, weapons were seized", "Equipment and vehicles
        were captured") is no subject: only places the gazetteer knows are kept there."""
        text = self.text
        aside = [
            p
            for p in self._places_between(lo, hi)
            if p.place and lo <= p.start and _APPOSITION.fullmatch(text, p.end, hi)
        ]
        if aside:
            return aside[-1:]
        chain: set[int] = set()
        end = hi
        for p in sorted(objs, key=lambda p: p.start, reverse=True):
            gap = text[p.end : end]
            joined = _NEXT_TO_VERB.fullmatch(gap) if not chain else _LIST_SEP.fullmatch(gap)
            if not joined and not (
                not chain
                and _LOCATED_THEN_VERB.fullmatch(gap)
                # an unknown name only as a place noun's ("the village of X in western Y")
                and (p.place or _PLACE_NOUN_OF.search(text, max(0, p.start - 30), p.start))
            ):
                break
            chain.add(p.start)
            end = p.start
        return [p for p in objs if p.place or p.start in chain]

    def _without_site_details(self, objs: list[PlaceMention]) -> list[PlaceMention]:
        """ "The last camp in Paletwa, at Meewa, fell": beside a known place, an unknown
        name not listed with it ("A, B and C") locates the site, it is no second place."""
        if not any(p.place for p in objs):
            return objs
        objs = sorted(objs, key=lambda p: p.start)
        listed = {
            k
            for k in range(len(objs) - 1)
            if _LIST_SEP.fullmatch(self.text[objs[k].end : objs[k + 1].start])
        }
        keep = [p for k, p in enumerate(objs) if p.place or k in listed or k - 1 in listed]
        return keep

    def _subject_list(self, cands: list[PlaceMention], hi: int) -> list[PlaceMention]:
        """ "Zangilan and Qubadli fell": the places listed right before ``hi``, nothing else."""
        out: list[PlaceMention] = []
        end = hi
        for p in sorted(cands, key=lambda p: p.start, reverse=True):
            gap = self.text[p.end : end]
            # "X fell", "X has fallen", "X had also fallen"
            first = _PERFECT_BEFORE_FALLEN.fullmatch(gap)
            if not (first if not out else _LIST_SEP.fullmatch(gap)):
                break
            out.insert(0, p)
            end = p.start
        return out


#: a sentence opening on its source: "According to our staff at A and to officials who reached
#: B, ..."
_ACCORDING_OPENS = re.compile(r"(?i)\s*according\s+to\s+[^,;:.]{1,200},")
#: the same after a heading the sentence took in ("2. Ruichang\nAccording to ...,")
_ACCORDING_LINE = re.compile(r"(?i)\n\s*according\s+to\s+[^,;:.\n]{1,200},")


def _may_be_object(before: str) -> bool:
    """May a place after ``before`` (the object phrase up to it) be the object?  Not one only
    located by ("near X", "the road to X"), nor the place right after "at" ("Maximilian, taken
    at Queretaro": where, not what, was taken; spent set 154)."""
    return not NOT_OBJECT_BEFORE.search(before) and not re.fullmatch(r"(?i)\s*at\s+", before)


# a relative pronoun as the subject of the verb right after it: "..., which fell to",
# "the town that had fallen to", "which was later taken by"
_RELATIVE_SUBJECT = re.compile(
    r"(?i)(?:,\s*|\s)(?:which|that)\s+(?:(?:had|has|have|was|were|later|then|also|finally"
    r"|eventually|itself|quickly|soon)\s+)*$"
)
# between a place and "which"/"that" standing for it: nothing, "'s", or an appositive ("X,
# the KLA stronghold that ...", "X, a town of 5,000 people, which ...")
_BEFORE_RELATIVE = re.compile(
    # "Kushtia itself, which Pakistani troops retook"
    r"(?:['’]s|\s+itself)?\s*,?\s*|,\s+(?:the|an?)\s+(?!\d)[\w'’-]+(?:\s+[\w'’,-]+){0,9}?\s*,?\s*"
    # "Kabal, across the Swat river, which Taliban fighters seized": an aside of where it lies
    r"|,\s+(?:across|beyond|near|north|south|east|west|on|below|above)\s+(?:of\s+)?(?:the\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s*,?\s*"
    # "recaptured X this morning, which the aggressors had occupied": the day of the main verb
    r"|,?\s+(?:this\s+(?:morning|afternoon|evening)|yesterday(?:\s+(?:morning|afternoon|evening))?"
    r"|(?:early\s+|late\s+)?on\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|overnight|last\s+night|during\s+the\s+night)\s*,?\s*",
    re.I,
)
# an object that is a noun of a place: "the provincial capital", "the strategic town"
_PLACE_NOUN_OBJECT = re.compile(
    r"(?i)\s*(?:the|a|our|their|its)\s+(?:[\w-]+\s+){0,3}?(?:capital|town|city|village|stronghold|port|hub"
    r"|seat|crossroads|centre|center|headquarters)"
    # "the capital of Belorussia, Minsk," (blind set 158)
    r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s*"
)
# an aside that locates what it follows: ", joined to X by a causeway,", ", close to X,"
_LOCATING_ASIDE = re.compile(
    r"(?i),\s*(?:(?:joined|linked|connected|attached|adjacent|next|close|opposite|located"
    r"|situated|lying)\s+(?:to|with|near|by|on|at|in|across\s+from)\s+(?:the\s+)?)[^,;:]*$"
)
# "the capital of X, the city of Y": the capital's country or region, then the city
_CAPITAL_OF = re.compile(r"(?i)\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?capital\s+of\s+(?:the\s+)?")
_CITY_APPOSED = re.compile(r"(?i)\s*,\s*(?:the\s+(?:city|town)\s+of\s+)?")
# after a name set off by commas: its closing comma, the sentence's end, or a date
_AFTER_APPOSED = re.compile(
    r"(?i)\s*(?:,|[.;:]|$|\s(?:on|in|at|last|this|early|late|yesterday|today|after|before)\b)"
)
_COMMA = re.compile(r"\s*,\s*")
_ENTERED = re.compile(r"(?i)entered\b")
_WHERE = re.compile(r"(?i),\s*where\s+[^,;:—–]*$")
