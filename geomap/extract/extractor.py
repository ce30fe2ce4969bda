"""The extractor: sentence by sentence, control changes drafted from verbs, places, actors and dates."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from ..errors import InputError, Problem
from ..names import normalize
from ..units import home_areas
from .actors import (
    ActorRefs,
    Author,
    Holders,
    in_movement_name,
    main_opponent,
    our_mentions,
    quoted_speakers,
    speaker_mentions,
)
from .claims import claimant_of, claims_in, sized_in_text
from .dates import WD, DateMention, find_dates, number_of, relative_range
from .draft import GAINER_STRENGTH, RECAPTURE, Draft, place_to_add, source_label
from .gazetteer import (
    ANAPHOR_NOUNS,
    LOCATIVE_BEFORE,
    PRONOUN,
    ActorMention,
    Gazetteer,
    PlaceMention,
    find_places,
    kinds_for,
    not_a_place_name,
    owned_role_word,
)
from .patterns import (
    ANAPHOR,
    CALLED_A_LIE,
    CONFIRMING,
    COUNTED_FROM,
    DETERMINERS,
    DISPUTE,
    FORCE_BODY,
    HELD_BY,
    LATER,
    NOT_OBJECT_BEFORE,
    NOW_STATE,
    OBJ_FIGURE,
    OBJ_STOP,
    OBSERVED,
    PASSIVE_BEFORE,
    PLUPERFECT_BEFORE,
    RELATIVE_DAY,
    REPORTED,
    SAME_DAY,
    UNKNOWN_SUBJECT,
    UNVERIFIED,
    WHICH,
    Verb,
    blocked_reason,
    claim_by,
    denied_party_claim,
    find_verbs,
)
from .text import Sentence, overlaps


# =========================================================================== extraction
@dataclass
class _Clause:
    """A change verb and the stretch of the sentence it governs."""

    verb: Verb
    lo: int  # end of the previous verb (or the sentence start)
    end: int  # start of the next verb (or the sentence end)
    pattern: str
    # "X was abandoned by its garrison": the place before the verb, the loser after "by"
    left_by: bool = False
    # "X was abandoned by A on Monday and occupied by B": where the subject of a participle
    # sharing an earlier passive's auxiliary ends (that verb's start); None: at the verb
    subject_end: int | None = None


class _Why:
    """The reasons a draft's note gives, and what they take off its confidence."""

    def __init__(self) -> None:
        self.reasons: list[str] = []
        self.penalty = 0.0

    def add(self, reason: str, penalty: float = 0.0) -> None:
        self.reasons.append(reason)
        self.penalty += penalty


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
    r"|crossings?|crossing\s+points?)"
)
# "the refinery and the residential compounds in X": sites (listed) of a place
_SITE = re.compile(
    r"\s*(?:all\s+of\s+)?the\s+(?:[\w'’-]+\s+){0,3}?" + _SITE_NOUN + r"\b"
    r"(?:\s+and\s+the\s+(?:[\w'’-]+\s+){0,3}?" + _SITE_NOUN + r"\b)*"
    r"(?:\s+of\s+[^,;:.]{1,60})?",
    re.I,
)
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
# a denial in the next sentence ("IS denied losing the town") disputes the statement
_DENIED = re.compile(
    r"(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!never\s)\bden(?:ied|ies|ying)\b|\brejected\s+(?:the\s+)?(?:reports?|claims?)\b",
    re.I,
)
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
# between a place and its verb: "which" standing for it, or an aside of where it lies ("Toul,
# which (had) surrendered", "Marsal, on the Seille, surrendered", "X, near Y, fell")
_ASIDE_THEN_VERB = re.compile(
    r"\s*,\s*(?:which|that|(?:on|in|near|by|across|beyond|above|below|(?:north|south|east|west)"
    r"(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s*,)\s*"
    r"(?:(?:was|were|is|are|has|have|had|been|also|now|then|finally|itself|\w+ly)\s+)*"
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
# before an unknown name: a part of a region ("southern X", "parts of X"), not a place
_PART_OF_REGION = re.compile(
    r"(?i)\b(?:(?:north|south)?(?:east|west)?(?:ern)|north(?:ern)?-?(?:east|west)(?:ern)?"
    r"|south(?:ern)?-?(?:east|west)(?:ern)?|central|parts\s+of|much\s+of|most\s+of)\s+$"
)
# a new clause with its own subject right before a verb: ", and (...) the mujahideen [took]"
_NEW_SUBJECT = re.compile(
    r"(?i)(?:,\s*and\b|;|,\s*but\b)[^,;]*?\b(?:the|our|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+\s+(?:(?:have|has|had|then|also|later|now)\s+)*$"
)
_TIME_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:day|days|morning|evening|night|week|weeks|month|months|year|time|afternoon)\s+"
    r"(?:(?:have|has|had|then|also|later|now)\s+)*$"
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
# the auxiliary of a present perfect before a verb: "have (also) taken", "has been captured"
_PRESENT_PERFECT_BEFORE = re.compile(
    r"(?i)\b(?:have|has)\s+(?:(?:\w+ly|also|now|already|just)\s+)?(?:been\s+)?$"
)
# a sentence that opens with a place's name (and maybe an appositive): its topic
# or is the subject of an auxiliary ("X has been in rebel hands since March 20, when rebels
# captured it")
_TOPIC_PLACE = re.compile(
    r"\s*(?:The\s+(?:town|city|village)\s+of\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s*,|\s+(?:has|had|was|is|remains|remained)\s+(?:been\s+)?(?:in|under|held)\b)"
)
# "handed over by X to Y": the giver, then the receiver
_BY_THEN_TO = re.compile(r"(?i)\s+by\s+[^,.;:]{1,60}?\s+to\s+")
# a verb of handing a place over (its agent after "by" is the side that gave it)
_HANDED = re.compile(r"(?i)(?:handed|given|ceded|turned)\b")
# a reduced passive relative: "X, liberated by Y on 16 June, ...", "Shroma, retaken by our forces"
_REDUCED_PASSIVE = re.compile(r"[\w)]\s*,\s*(?:(?:\w+ly|also|first|later|since|once)\s+)?$")
# (not "captured by storm the town of X": how, not by whom; blind set 144)
_PARTICIPLE_BY = re.compile(
    r"\s+by\b(?!\s+(?:storm|assault|force|surprise|night|day|dawn|nightfall|noon|midday)\b)"
)
_PARTICIPLE = re.compile(r"(?i)(?:re-?)?[a-z]+(?:ed|en)")
# who surrenders a place: "the Guard garrison in Esteli surrendered to", "the town surrendered"
# "the police post at Chwaka surrendered to our army" (spent set 81)
_GARRISON = re.compile(
    r"(?i)\b(?:garrisons?|detachments?|defenders|town|city|village|police|(?:out)?posts?|forts?"
    r"|barracks|fortress(?:es)?|citadel)\b"
)
# a place surrendered by name: "soldiers surrendered Bouake to the rebels", "surrendered the
# town of X" (not "surrendered to", "surrendered their weapons")
_SURRENDERED_PLACE = re.compile(
    r"\s+(?:(?:the\s+)?(?:town|city|village|port|garrison\s+town)\b|(?!The\b)[A-Z])"
)
# between a place and "fell"/"fallen": nothing, or a perfect's auxiliary ("X has (now) fallen")
_PERFECT_BEFORE_FALLEN = re.compile(
    # "X, near the frontier with Y, fell on Thursday": an aside of where it lies (a
    # preposition or a noun phrase, no verb of its own)
    r"(?i)(?:\s*,\s*(?:a|an|the|near|close\s+to|on|in|at|north|south|east|west|just|some|about)"
    r"\s(?:[^,;:—–]|(?<=\d),(?=\d)){1,100},)?"
    r"\s*(?:(?:has|have|had)\s+(?:(?:also|now|finally|already)\s+)?)?"
)
# between two sides named as one subject: "the UFDD and the RFC", "A, and B"
_JOINT = re.compile(r"(?i)\s*,?\s*(?:and|&)\s+(?:the\s+|its\s+|their\s+)?")
# a sentence opening on the place it is about: "In Granada, ..."
_FRONTED_IN = re.compile(r"\s*(?:In|At)\s+")
# a word, to tell a paragraph from a dateline line
_WORD = re.compile(r"[^\W\d_]+")
# a word joining a new clause with its own subject: "... on 20 March and troops entered"
_CLAUSE_JOIN = re.compile(r"(?i)\b(?:and|then|before|after|while|when|but)\b")
# a return with no object ("The army came back on Sunday evening"): into the place of the change
# told just before (not "before the army returned": whether it retook the place is not said)
_CAME_BACK = re.compile(r"(?i)\b(?:came|come)\s+back\s*$")
# a side coming back ("returned to X", "came back into X", "was back in X"): a change only when
# a side is named coming back (not "displaced people returned to X")
_RETURN = re.compile(
    r"(?i)^(?:return|c[ao]me\s+back|coming\s+back|(?:moved|marched|rolled|went)\s+back"
    r"|(?:was|were|is|are)\s+back)"
)
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


# an opening adverbial of time or circumstance ("Today, Monday 16 January, the army, with ...")
_ADVERBIAL = re.compile(
    r"(?i)\s*(?:\d|(?:on|in|at|after|before|during|since|following|early|late|earlier|later|today"
    r"|yesterday|tonight|overnight|this|last|meanwhile|then|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|january|february|march|april|may|june|july|august|september"
    r"|october|november|december"
    # "Farther south, an armoured task force of the First Army reached Remagen, drove ..."
    # (blind set 145): where or how, not who
    r"|farther|further|elsewhere|nearby|there|here|now|still|again|once|soon|shortly"
    r"|(?:north|south|east|west)(?:wards?|ern)?)\b)"
)
# a side named right before these is leaving a place ("after the army pulled back")
_LEAVING_AFTER = re.compile(
    r"\s+(?:(?:had|has|have|were|was|also|then|later|quickly|hastily)\s+)*(?:pulled\s+(?:back|out)"
    r"|withdrew|withdrawn|retreated|fled|abandoned|evacuated|pulled\s+its|lost)\b",
    re.I,
)
# another side's modifier joined by "and" right before a side's mention ("Czechoslovak and
# Siberian troops")
_JOINT_MODIFIER = re.compile(r"\b(?P<word>[A-Z][\w-]+)\s+and\s+$")
# such a joint mention, made by Extractor._joint_modifiers
_JOINT_TEXT = re.compile(r"[A-Z][\w-]+\s+and\s+[A-Z]")
# a side joined by "and" to another, then a verb of leaving: "Congolese troops and Wazalendo
# militiamen pulled out"
_JOINED_LEAVING = re.compile(
    r"\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+" + _LEAVING_AFTER.pattern, re.I
)
# a side followed, within a few words of its name, by a verb of leaving ("the troops of the X
# force pulled back")
_LEAVING_NEAR = re.compile(
    r"(?:\s+(?!(?:and|but|as|while|who|which)\b)[a-z][\w-]*){0,4}" + _LEAVING_AFTER.pattern, re.I
)
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+(?:the\s+)?$")
# a description that an appositive names: "Another rebel group, the RFC, said it ..."
_GROUP_HEAD = re.compile(
    r"(?i)\s*(?:another|a\s+(?:second|third|rival|smaller|larger|separate)|the\s+(?:smaller|larger"
    r"|other|second|third|rival))\s+(?:[\w-]+\s+){0,2}?(?:group|faction|movement|force|militia"
    r"|alliance|organi[sz]ation|coalition|rebel\s+army)\s*"
)
# an actor named right after these is an object, not a subject
_OBJECT_BEFORE = re.compile(
    r"\b(?:battl(?:e|es|ed|ing)|fight(?:s|ing)?|fought|attack(?:s|ed|ing)?|against|from|with|by"
    r"|besieg(?:e|es|ed|ing)|target(?:s|ed|ing)?|struck|hit(?:ting)?|shell(?:s|ed|ing)?"
    r"|clash(?:es|ed|ing)?\s+with|between|(?<![,;]\s)and)\s+(?:the\s+)?$",
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
# words of a next sentence that point back at the statement
# between a speaker and the pronoun that stands for it: "The army (also) said (on Friday)
# (that) it ...", "Rebels claimed in a statement they ..."
_SPEAKER_THEN = re.compile(
    # "The Movement for X (MX) said", "... (MX), said": the name's short form in brackets
    r"(?i)(?:(?:\s*\([^()]{1,40}\)|\)),?)?"
    # "JNIM, the al Qaeda affiliate, said": an appositive set off by commas; "the Hezb-e
    # Islami, one of the Moslem groups fighting the Kabul government from bases in Pakistan,
    # said its fighters ..." (spent set 91)
    r"(?:,\s+(?:the|an?|one\s+of\s+the)\s+[^,;:.()\"“”]{1,90},)?"
    r"\s+(?:(?:also|later|again|separately|had|has|have|\w+ly)\s+){0,2}"
    r"(?:said|says|say|claimed|claims|announced|reported|reports|stated|declared|confirmed)"
    # "said on Friday", "said in a statement on Saturday", "claimed on their websites"
    rf"(?:\s+(?:on\s+)?{WD}|\s+(?:yesterday|today|last\s+night|this\s+morning)"
    r"|\s+(?:on|in|via|through)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"[\w'’-]+)*"
    r",?(?:\s+that)?\s+"
)
# "Ukrainian officials said their forces ...": a side's voice named only by its modifier
_MODIFIER_SPEAKER = re.compile(
    r"(?<![\w'’-])(?P<mod>(?-i:[A-Z])[\w'’-]+)\s+(?:(?:government|military|army|defen[cs]e|security"
    r"|senior|top|regional|local)\s+){0,2}(?:officials?|spokes(?:man|woman|person|men)|authorities"
    r"|sources|commanders?|officers?|generals?"
    # "The Italian communique of Wednesday claims that their troops entered X" (spent set 154)
    r"|communiqu[eé]s?|bulletins?|high\s+command|headquarters)"
    rf"(?:\s+(?:of|on|from)\s+(?:last\s+)?(?:{WD}|yesterday|today))?$",
    re.I,
)
# a person who speaks for the side named just before: "(An FRCI) spokesman, Seydou Ouattara,",
# "(army) commander Col. Konan", "(rebel) military spokesman"
_PERSON_OF_SIDE = re.compile(
    r"(?i)(?<![\w'’-])(?P<side>(?:[\w'’.-]+\s+){1,3}?)(?:(?:military|senior|top|regional|field)\s+)?"
    r"(?:spokes(?:man|woman|person)|commander|official|officer|general|leader|chief)"
    r"(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}(?:,\s+(?-i:[A-Z])[^,;:.()\"“”]{1,40},)?$"
)
# "a spokesman in Asmara for the Sudan Alliance Forces, X," (said its units ...)
_PERSON_FOR_SIDE = re.compile(
    r"(?i)\b(?:spokes(?:man|woman|person)|commander|official)\s+(?:in\s+[A-Z][\w'’-]+\s+)?"
    r"for\s+(?P<side>(?:the\s+)?[^,;:.()]{2,60}?)(?:,\s+(?-i:[A-Z])[^,;:.()\"“”]{1,40},)?$"
)
# a negation just before a verb of confirming: no second source
_NEGATED = re.compile(
    r"(?i)\b(?:no|not|never|none|neither|nor|nobody|cannot)\b[^.;:]*$|n['’]t\s+\w*\s*$"
)
_COORDINATED_BEFORE = re.compile(r"(?i)(?:\band|\bor|,|&)\s*$")
# "the claim by the X last Thursday that they had captured Y", "the claims of X that its troops
# took Y": the pronoun is the claimant's (however the claim is judged)
_CLAIM_NOUN = r"(?:claims?|reports?|allegations?|assertions?|announcements?|statements?|versions?)"


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


# troops named by where they came from: "infantry coming from Leon", "the column advancing
# from Aviles"
_ORIGIN_BEFORE = re.compile(
    r"(?i)\b(?:coming|advancing|arriving|marching|moving|driving|sent|brought|flown)\s+(?:in\s+)?"
    r"from\s+(?:the\s+)?$"
    # "A convoy reached Falaise on Monday by the road from Caen. The town was entered by ...":
    # the place a road comes from (spent set 151)
    r"|\b(?:road|route|track|highway)\s+from\s+$"
)
# "the claims (made on Monday) by", "the report of": a claim and who made it, after this
_CLAIM_MADE_BY = (
    rf"\b{_CLAIM_NOUN}\s+(?:(?:made|broadcast|published|aired|issued|carried)\s+"
    rf"(?:(?:on|last|this)\s+)?(?:(?:{WD}|yesterday|today)\s+)?)?(?:by|of)\s+"
)
# "were handed over in the same way", "likewise": a change told as the one before
_SAME_WAY = re.compile(r"(?i)\b(?:in\s+the\s+same\s+(?:way|manner|fashion)|likewise|similarly)\b")
# a gapped place's day counted from the one before: "and B two days later", "the next day"
_LATER_GAP = re.compile(
    r"(?i)\s*,?\s*(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?"
    r"\s+later|(?P<next>the\s+(?:next|following)\s+day|a\s+day\s+later))\b"
)
# a sentence that goes on with the story of the one before, the same day ("After a lively
# engagement lasting several hours, ...", "Then", "By nightfall"), not days later ("After three
# days of fighting")
_CONTINUES = re.compile(
    r"(?i)\s*(?:(?:After|Following)\s+(?!(?:\w+\s+){0,2}(?:days|weeks|months|years)\b)"
    r"(?:an?|the)\s|Then\b|By\s+(?:evening|nightfall|night|noon|midday|the\s+evening)\b"
    r"|Later\s+(?:that|in\s+the)\s+(?:day|morning|afternoon|evening)\b)"
)
# a role word no side uses of itself ("the regime", "the junta", "the enemy")
_PEJORATIVE_ROLE = re.compile(r"(?i)\b(?:regime|junta|enemy|invaders?|occupiers?)\b")
_CLAIM_BY_BEFORE = re.compile(
    rf"(?i){_CLAIM_MADE_BY}"
    # "the claims by the bandits of X", "claims by fighters of the X": X is the claimant
    r"(?:the\s+)?(?:so-called\s+)?(?:(?:bandits|gangs?|thugs|terrorists|mercenaries|rebels"
    r"|fighters|forces|troops|militias?|elements|men|supporters|followers)\s+of\s+(?:the\s+)?)?$"
)
# "the enemy's claim, broadcast yesterday, that its forces occupied X", "the X regime's claims
# broadcast yesterday that its troops captured Y": the possessor is the claimant
_POSS_CLAIM_THEN = re.compile(
    r"(?i)['’]s\s+(?:(?:radio|media|television|tv|website|spokesman)\s+)?"
    + _CLAIM_NOUN
    + r"(?:,?\s+(?:broadcast|made|published|aired|issued|repeated|carried)"
    r"(?:\s+[\w'’-]+){0,3}?,?)?\s+that\s+"
)
# where a speaker ends: the space before the verb of saying (see _SPEAKER_THEN)
_SPEAKER_VERB = re.compile(
    r"(?i)\s+(?=(?:(?:also|later|again|separately|had|has|have|\w+ly)\s+){0,2}(?:said|says|say"
    r"|claimed|claims|announced|reported|reports|stated|declared|confirmed)\b)"
)
# "the claims made on Wednesday by the British spokesman that his troops ...": a claimant named
# by a side's modifier (spent set 89)
_CLAIM_BY_MODIFIER = re.compile(
    rf"(?i){_CLAIM_MADE_BY}(?:the\s+|an?\s+)?"
    r"(?P<mod>(?-i:[A-Z])[\w'’-]+)\s+(?:(?:government|military|army|defen[cs]e)\s+)?"
    r"(?:officials?|spokes(?:man|woman|person)|commanders?|officers?|generals?|radio|media"
    r"|television)\s+that\s+$"
)
_CLAIM_THAT = re.compile(
    r"(?i)(?:['’]s\s+(?:radio|media|television|tv|website|spokesman))?"
    # "..., broadcast on Sunday, that", "made yesterday that", ", broadcast by the BBC
    # yesterday, that", ", carried on state television, that"
    r"(?:,?\s+(?:broadcast|made|published|aired|issued|carried|repeated)"
    r"(?:\s+(?:by|on|in|over|via)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,2}?)?)?"
    rf"(?:\s+(?:(?:on|last|this)\s+)?(?:{WD}|yesterday|today))?,?\s+that\s+"
)
# "X was still held by the army", "X remains under the control of", "is still in government
# hands": a place's holder unchanged
_STILL_HELD = re.compile(
    r"(?i)\b(?:(?:is|was|are|were|remains?|remained)\s+)?still\s+(?:held|in\s+(?:the\s+)?"
    r"(?:hands|control)|under\s+(?:the\s+)?(?:full\s+)?control)\b"
    r"|\bremain(?:s|ed)?\s+(?:firmly\s+)?(?:under|in)\s+(?:the\s+)?(?:full\s+|firm\s+)?"
    r"(?:control|hands)\b"
)
# "the claim(s) [by X, broadcast ...] that [they have captured]": a change told as a claim
_CLAIM_TOLD = re.compile(
    # "Claims by the mercenaries that ...": a sentence may open on the bare noun
    rf"(?i)(?:\b(?:the|these|those|such)\s+|(?<![\w,;:]\s)(?<!\w)(?-i:(?=[A-Z])))"
    rf"{_CLAIM_NOUN}\b[^.;]{{0,160}}?\bthat\s+[^.;]*$"
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
_LETTER = re.compile(r"[^\W\d_]")
# a side named by its seat ("Kampala", "Baghdad", "Colombo"), read as the place: after a verb
# of taking or a preposition of place, or before "fell", "was captured" ...; as the side after
# "loyal to", "backed by", "by", "with", "against" and before "'s"
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:captur(?:ed?|ing)|took|tak(?:en?|ing)|seiz(?:ed?|ing)|enter(?:ed|ing)?|overr(?:an|un)"
    r"|storm(?:ed|ing)?|liberat(?:ed?|ing)|retook|retak(?:en?|ing)|reach(?:ed|ing)?|encircl(?:ed?|ing)"
    r"|besieg(?:ed?|ing)|surround(?:ed|ing)?|control\s+of|fall\s+of|capture\s+of|hold\s+of|into"
    r"|in|at|near|around|outside|towards?|on|from|within|across|inside|held|holding)"
    r"\s+(?:(?:the\s+)?(?:capital|city|town|port)\s*,?\s+(?:of\s+)?)?$"
)
_PLACE_AFTER = re.compile(
    r"\s*(?:,\s*(?:the\s+)?(?:capital|city|town)\b[^,]{0,40},\s*)?\s*(?:fell|falls|has\s+fallen"
    r"|had\s+fallen|(?:was|has\s+been|had\s+been)\s+(?:captured|taken|seized|overrun|liberated"
    r"|abandoned|encircled|surrounded|besieged)|came\s+under)\b",
    re.I,
)
_SIDE_BEFORE = re.compile(
    r"(?i)\b(?:loyal|allied|close|answerable|subordinate)\s+to\s+$|\b(?:backed|supported|armed"
    r"|ruled|controlled|held|sent|ordered|commanded|led)\s+by\s+$|\b(?:by|with|against|for)\s+$"
    # "brigades from Misrata": a force named by where it comes from is that side
    r"|\b(?:brigades?|battalions?|fighters|rebels|troops|forces|units?|militias?|militiamen"
    r"|soldiers|men|columns?|reinforcements)\s+from\s+$"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# a role word used as an adjective ("military vehicles", "government control") names no actor
_ADJECTIVE_USE = re.compile(
    r"\s+(?:vehicles?|equipment|hardware|positions?|bases?|sources?|officials?|spokes\w+"
    r"|statements?|media|television|tv|offensive|operations?|aircraft|(?:war)?planes?|helicopters?"
    r"|jets?|convoys?|targets?|buildings?|headquarters|footage|hospitals?|airports?"
    r"|control|analysts?|leadership|supplies|facilities|installations|commanders?|chiefs?"
    r"|intelligence|courts?|prisons?|checkpoints?|barracks|territory|lines?|strongholds?)\b",
    re.I,
)


_OWN_DENIAL = re.compile(r"(?i)\band\s+(?:also\s+|later\s+)?$")
# the losing side admitting a change: a withdrawal, a regrouping, an acknowledged loss
_ADMITS = re.compile(
    r"(?i)\b(?:withdr(?:ew|awn|awing|aw)|pull(?:ed|ing)\s+(?:out|back)|regroup(?:ed|ing)?"
    r"|reposition(?:ed|ing)?|redeploy(?:ed|ing)?|(?:tactical|orderly)\s+withdrawal"
    r"|acknowledg(?:ed|es|ing)|conced(?:ed|es|ing)|admitt(?:ed|ing)|admits)\b"
)
# "on the first day of the operation": counted from the day the text says it began
_ORDINALS = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_NTH_DAY = re.compile(
    r"\b(?:on\s+)?the\s+(?P<ord>first|opening|second|third|fourth|fifth)\s+day\s+of\s+(?:the|its"
    r"|their|this|that)\s+(?:\w+\s+)?(?:offensive|operation|assault|campaign|attack|push|battle)\b",
    re.I,
)
_BEGAN = re.compile(r"\b(?:began|launched|started|opened|begun)\b", re.I)
# "occupied" as an adjective: "in occupied X", "Russian-occupied X", "the newly occupied X"
# a side said to be in the place now, after its name: "... were now in the town"
_NOW_IN_IT = re.compile(
    r"(?i)[\"”’]?\s+(?:(?:were|was|are|is)\s+now\s+(?:in|inside|in\s+control\s+of)\s+"
    r"(?:the\s+(?:town|city|village|port|capital)|it)\b"
    # "... had pulled out of X on Wednesday and that Peruvian soldiers were there by Thursday"
    r"|(?:were|was)\s+(?:now\s+)?there\s+by\b)"
)
# an object counted in towns: "seized four towns", "took the three villages"
_COUNTED_TOWNS = re.compile(
    r"(?i)\s+(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+"
    r"(?:(?-i:[a-z]+)\s+)?(?P<what>towns|villages|cities|localities|municipalities|settlements)\b"
)
# a side leaving the place it holds: "[its army garrison] left the town at night"
_LEFT_IT = re.compile(
    r"(?i)(?:\s+(?:of\s+)?[\w,-]+){0,4}?\s+left\s+(?:the\s+(?:town|city|village)|it)\b"
)
# a relative clause after a place, up to where it is read from ("X, whose ...", "X, where ...")
_RELATIVE_OF = re.compile(r",\s+(?:whose|where|which|in\s+which|from\s+which)\s[^;:.!?—–]*$")
# a side's name cut to its last word, capitalised: "the Front" for the National Liberation Front
_SHORT_NAME = re.compile(
    r"\b[Tt]he\s+(?P<head>Front|Movement|Party|Alliance|Legion|Council|Union|Coalition"
    r"|Organi[sz]ation|Committee|Directorate)\b(?!\s+(?:of|for)\b|\s+[A-Z])"
)
# a comma between digits ("2,000"): a thousands separator, not a clause's comma
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
# finite verbs of the past a side's mention may be followed by ("the French sent ...")
_IRREGULAR_PAST = frozenset(
    "sent broke took drove went came fought struck swept overran rode ran began brought threw "
    "made left held won beat fell tore burst stood".split()
)
_ADJECTIVE_OCCUPIED = re.compile(
    r"(?:-|\b(?:in|of|the|an?|from|to|into|newly|temporarily|illegally|still|now|and|or|all)\s+)$",
    re.I,
)
# an aside before an actor: "The TNLA, an ally of the MNDAA, says ..."
# "the districts of X", "X's eastern suburbs": parts of a place
_PART_NOUNS = r"(?:districts?|suburbs?|neighbou?rhoods?|quarters?|boroughs?|wards?|townships?)"
_PARTS_OF = re.compile(
    rf"(?i)\b{_PART_NOUNS}\s+of\s+(?:the\s+)?(?=[A-Z])|['’]s\s+(?:[a-z-]+\s+)?{_PART_NOUNS}\b"
)
_NAMES_ONLY = re.compile(r"(?:(?:\s*,\s*|\s+and\s+|\s+)[A-Z][\w-]*)*\s+")
# "The claims broadcast by the enemy's radio yesterday that ...": a claim the sentence reports
# "the claims of X that ...", "the reports of the so-called information centre of X that ..."
_CLAIMS_BEFORE = re.compile(
    r"(?i)\b(?:claims?|reports?|allegations?|assertions?|announced|broadcast|declared"
    # "News posted by media outlets of the TNLA on Saturday that X has fallen to their group
    # is fabricated" (blind set 134)
    r"|news|posts?|stories)\b"
    r"[^.;:]{0,120}\bthat\b[^.;:]*$"
)
# "the racist army entered X", "the fascist troops", "the colonialist forces": a role word under
# a word no side calls its own forces (spent sets 66, 57)
_PEJORATIVE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:racist|fascist|colonial|colonialist|imperialist|puppet|occupying|invading"
    r"|reactionary|mercenary|criminal|terrorist|aggressor|oppressor|usurping|enemy|hireling"
    r"|counter-revolutionary|so-called)\s+$"
)
# "the TPLF troops", "the Woyane regime's soldiers": a role word owned by a capitalised name
# (one the theatre does not know, or the role word would be resolved already)
_UNKNOWN_OWNER = re.compile(r"\b[Tt]he\s+[A-Z][\w-]+(?:['’]s)?\s+(?:[a-z-]+(?:['’]s)?\s+)?$")
# "X, defending themselves against attacks by Y, seized ...": a participle aside too
# an aside saying who a force is: "(armed men), whom residents identified as (CSP fighters),"
_IDENTIFIED_AS = re.compile(
    r"(?i)\b(?:who|whom)\s+(?:[\w'’-]+\s+){0,3}?(?:identified|described|recogni[sz]ed|named)"
    r"\s+(?:by\s+(?:[\w'’-]+\s+){1,3}?)?as\b|\b(?:who|whom)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:said|believed|thought|reported|known)\s+(?:to\s+(?:be|have\s+been)|were|was|are|is)\b"
)
_ASIDE_BEFORE = re.compile(
    r",\s*(?:an?|the|its|their|which|who|whose|including|[a-z]{3,}ing)\s+[^,;:()]*$", re.I
)
# the object of fighting: "a group fighting (Myanmar's) military", "battling the army"
# "(after fierce) fighting with the X militias", "rebels fighting the government of President
# X": the side fought, and whoever heads it, are no subject (blind sets 10 and 11)
_FOUGHT_BEFORE = re.compile(
    r"\b(?:(?:fighting|battling|clashes|clashing)\s+(?:with|against)|fighting|battling|against"
    r"|attacking|besieging|targeting|opposed\s+to)\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?"
    r"(?:(?:government|regime|forces|troops|army|soldiers|militias?)\s+of\s+(?:the\s+)?"
    r"(?:(?:President|General|Marshal|Colonel|Prime\s+Minister)\s+)?)?$",
    re.I,
)
# the object of beating: "defeated the main column of the tribal army of Deby", "routed the
# X forces" (blind set 14)
_BEATEN_BEFORE = re.compile(
    r"(?i)\b(?:defeated|routed|crushed|repulsed|repelled|ambushed|overwhelmed|encircled"
    r"|surrounded|destroyed|smashed|annihilated|wiped\s+out"
    # "the militias of Libya Dawn attacked our forces at X and entered the town" (spent set 34)
    r"|attacked|shelled|besieged|bombarded|outflanked"
    # "broke the enemy line at Amorebieta and entered the town" (spent set 57)
    r"|broke(?:\s+through)?"
    # "fell upon the Japanese soldiers in Beicang, ... and took back the town" (spent set 73)
    r"|fell\s+upon|fell\s+on"
    # "legionnaires disarmed the Red Guards and took over the town" (spent set 150)
    r"|disarmed|dispersed|scattered|expelled)"
    r"\s+(?:the\s+)?"
    r"(?:(?!and\b|who\b|which\b)[\w'’-]+\s+){0,6}?(?:of\s+(?:the\s+)?)?$"
)
# a partner of the subject, not the subject: "X, backed by Y, captured", "X, with the support of
# Y's forces, retook", "X, together with Y and Z, liberated" (Y helps; the gainer is X)
_PARTNER_BEFORE = re.compile(
    r"\b(?:(?:backed|supported|assisted|aided|helped|accompanied|reinforced|guided|escorted)\s+by"
    # "with the support of Y", "with air support from Y", "with artillery cover from Y"
    r"|with\s+(?:the\s+)?(?:[\w-]+\s+)?(?:support|help|backing|assistance|aid|participation|cover)"
    r"\s+(?:of|from)"
    r"|(?:together|jointly|along)\s+with|alongside|beside|side\s+by\s+side\s+with"
    # "units of X, with the volunteers of Y fighting at their side, liberated": Y helps
    # "our volunteers, with American armour beside them, were the first to enter X" (blind
    # set 110)
    r"|(?<=,\s)with(?=\s)"
    r"|working\s+(?:together\s+|jointly\s+)?with"
    r"|in\s+(?:cooperation|coordination|conjunction|partnership)\s+with"
    # "Moroccan troops flown in to help President Mobutu entered X": the one helped
    r"|(?<!\bwho\s)(?<!\bthat\s)(?:sent|flown(?:\s+in)?|brought(?:\s+in)?|airlifted|dispatched)"
    r"\s+to\s+(?:help|support|aid|assist|rescue|reinforce)"
    r"|(?<=\w\s)to\s+(?:help|support|aid|assist|rescue|reinforce))\b[^,;:.—–]{0,80}$",
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
# a verb coordinated with the one before ("captured X and taken Y", "and then seized Z")
_AND_BEFORE = re.compile(
    r"\band\s+(?:(?:has|have|had|then|later|also|subsequently|finally)\s+)*$", re.I
)
# how a statement names the other side's fighters (never its own)
_HOSTILE = re.compile(
    r"(?i)\b(?:remnants|aggressors?|aggression|mercenar(?:y|ies)|militias?|gangs?|terrorists?"
    r"|occupiers?|invaders?|enemy|bandits|criminals?|extremists?)\b"
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
    r"|later\s+(?:that|the\s+same)\s+day|hours\s+later"
    # "After hours of fighting, ... took the town": the fighting of the day given before
    r"|(?:after|within)\s+(?:(?:a\s+few|several|some|two|three|four|five|six)\s+)?hours"
    # "X took the town after the battle": the battle of the day given before
    r"|after\s+the\s+(?:battle|fighting|clashes)(?!\s+(?:of|for|at|in|on)\b))\b"
)
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
# "by fighters of X", "by units of the X": the force noun before the side it belongs to
_FORCE_NOUN_OF = (
    r"(?:fighters|troops|forces|units|soldiers|elements"
    r"|militiamen|men|members|gunmen|militias?|heroes|sons|lions|brigades?|battalions?"
    # "handed over X to officials of Zanzibar's revolutionary government" (spent set 81)
    r"|officials|representatives|delegates|envoys|commissioners"
    # "handed Adana over to officials and gendarmes of the Angora government" (blind set 144)
    r"|gendarmes|gendarmerie|police|policemen|administrators|authorities)"
)
_FORCE_OF = (
    rf"(?:(?:(?:heroic|brave|valiant|gallant)\s+)?{_FORCE_NOUN_OF}(?:\s+and\s+{_FORCE_NOUN_OF})?"
    r"\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?)"
)
# gapping: "took A on Saturday(,) and (then) (the town of) B on Sunday"
_GAP_AND = re.compile(
    r"(?:\s*,?\s+and\s+|\s*,\s*)(?:then\s+|later\s+|also\s+)?(?:from\s+|into\s+)?"
    r"(?:(?:the\s+)?(?:towns?|city|cities|villages?"
    r"|ports?|districts?|settlements?)\s+of\s+)?",
    re.I,
)
# what may stand between a place and its day: "B on Sunday", "B in the south on Tuesday"
_BEFORE_DAY = re.compile(
    r"(?:\s+in\s+the\s+(?:north|south|east|west|centre|center|(?:north|south)?(?:east|west)?ern"
    r"\s+\w+))?\s+(?:(?:on|in|late\s+on|early\s+on|at|by)\s+)?",
    re.I,
)
# "the forces of the Sinhala state", "the troops of the Kabbah regime": in a statement, a force
# named by a state or regime it serves is another side's (the author names its own as "our")
_FORCES_OF_STATE = re.compile(
    r"(?i)\b(?:forces|troops|soldiers|units|army|militias?)\s+of\s+the\s+(?:(?-i:[A-Z])[\w'’-]+\s+)+"
    r"(?:state|regime|government|authorities|junta)\b"
)
# what may stand between "cleared" and the place it took: "cleared the town of X"
_CLEARED_OBJECT = re.compile(
    r"\s+(?:the\s+(?:town|city|village|hamlet|post|outpost|port)\s+of\s+)?"
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


class Extractor:
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

    # ------------------------------------------------------------ actors
    def _a_place_here(self, text: str, a: ActorMention) -> bool:
        """Is a side's name that is also a place's ("Kampala" for the government, "Baghdad")
        the place here: taken, entered, fallen, held ("took control of Kampala", "Kampala fell
        to the rebels", "fighting in Kampala"), not the side ("Kampala said", "Kampala's
        troops", "forces loyal to Kampala")?"""
        if not a.text[:1].isupper() or _POSSESSIVE_AFTER.match(text, a.end):
            return False
        if self._inside_a_place_name(text, a):
            return True  # "Solok and Padang Panjang": "Padang" of a longer place's name
        if isinstance(self.gaz.resolve(a.text), Exception):
            return False
        before = text[max(0, a.start - 60) : a.start]
        if _SIDE_BEFORE.search(before):
            return False
        return bool(_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text, a.end))

    def _inside_a_place_name(self, text: str, a: ActorMention) -> bool:
        """Is a side's name part of a longer place name of the gazetteer ("Padang" for the
        rebels in "entered Solok and Padang Panjang": spent set 54)?"""
        lo, hi = max(0, a.start - 40), min(len(text), a.end + 40)
        window = text[lo:hi]
        places, _ = find_places(self.gaz, window, Sentence(0, len(window), window), [])
        return any(
            p.place
            and p.start <= a.start - lo
            and a.end - lo <= p.end
            and p.end - p.start > a.end - a.start
            for p in places
        )

    def actors_in(self, text: str, *, seats_as_places: bool = True) -> list[ActorMention]:
        """Actor mentions of ``text``: aliases and ``refs``, then role words, force phrases
        named by their modifiers, and "our forces" in a statement (:mod:`.actors`).  A side's
        name that is a place's too is left to the places where it reads as one
        (:meth:`_a_place_here`), unless ``seats_as_places`` is false (a header's "Statement
        issued in Baghdad" names its author)."""

        def adjective(a: ActorMention) -> bool:
            # "military vehicles" names no one; "under government control" names the holder
            return bool(_ADJECTIVE_USE.match(text, a.end)) and not re.search(
                r"(?i)\bunder\s+(?:the\s+)?(?:full\s+)?$", text[max(0, a.start - 20) : a.start]
            )

        found = [
            a
            for a in self.gaz.actors_in(text, 0, len(text))
            if (" " in a.text.strip() or not adjective(a))
            and not (seats_as_places and self._a_place_here(text, a))
            and not (a.text[:1].islower() and in_movement_name(text, a.start))
        ]
        # "soldiers loyal to <leader>": the leader's side, over any role word inside
        loyal = _named_leaders(self.refs.loyal(text), found)
        found = [a for a in found if not _inside_any(a, loyal)]
        found = sorted(found + loyal, key=lambda a: a.start)
        # "the Moroccan invaders": a modifier that tells apart a ref several sides share
        more = [
            a for a in self.refs.mentions(text, [a for a in found if a.actor]) if not adjective(a)
        ]
        told = [(a.start, a.end) for a in more if a.actor and a.how == "modifier"]
        found = [a for a in found if a.actor or not overlaps(a.start, a.end, told)]
        kept = [(b.start, b.end) for b in found]
        more = [a for a in more if a.actor or not overlaps(a.start, a.end, kept)]
        if self.author is not None:
            ours = our_mentions(text, self.author, self.gaz.actor_ids, self._text_opponent())
            # "the terrorists" in a rebel statement: its enemy, not the rebels' role word
            enemy = [(a.start, a.end) for a in ours if a.actor != self.author.actor]
            more = [
                a
                for a in more
                if not (a.actor == self.author.actor and overlaps(a.start, a.end, enemy))
            ]
            # "our army": the author's, not the actor whose alias or role word is "army"
            found = [a for a in found if not _inside_any(a, ours)]
            more = [a for a in more if not _inside_any(a, ours)]
            spans = [(a.start, a.end) for a in [*found, *more]]
            more += [a for a in ours if not any(a.start < e and s < a.end for s, e in spans)]
        more += self._short_names(text, [*found, *more])
        out: list[ActorMention] = []
        for a in sorted([*found, *more], key=lambda a: a.start):
            if out and owned_role_word(text, out[-1], a):  # "German KFOR troops": KFOR's
                b = out[-1]
                out[-1] = ActorMention(b.start, a.end, text[b.start : a.end], b.actor, b.how)
            else:
                out.append(a)
        out = [self._joint_modifiers(text, a) for a in out]
        # the other side's modifier inside a joint mention is no mention of its own
        joints = [(a.start, a.end) for a in out if _is_joint(a)]
        if not joints:
            return out
        return [a for a in out if not any(s <= a.start and a.end < e for s, e in joints)]

    def _joint_modifiers(self, text: str, a: ActorMention) -> ActorMention:
        """ "Czechoslovak and Siberian troops" (spent set 150): a side named by its modifier,
        joined by "and" to another side's modifier before it, is both sides: unresolved."""
        if not a.actor or a.how not in ("alias", "modifier") or not a.text[:1].isupper():
            return a
        m = _JOINT_MODIFIER.search(text, max(0, a.start - 40), a.start)
        fits = self.refs.by_modifier.get(m.group("word").casefold(), set()) if m else set()
        if not fits or a.actor in fits:
            return a
        basis = " or ".join(sorted({a.actor, *fits}))
        return ActorMention(m.start(), a.end, text[m.start() : a.end], "", "unresolved", basis)

    def _short_names(self, text: str, taken: list[ActorMention]) -> list[ActorMention]:
        """ "the Front", "the Movement": the side named before in the text by a name ending in
        that word ("The National Liberation Front took Mukalla ... Lahej fell to the Front"),
        the most recent such mention."""
        out = []
        spans = [(a.start, a.end) for a in taken]
        for m in _SHORT_NAME.finditer(text):
            if overlaps(m.start(), m.end(), spans):
                continue
            head = m.group("head").casefold()
            # named in a sentence before, or earlier in this one (the latest of all: its
            # positions, in ``text``, are put after every earlier sentence's)
            told = [*self._words.get(head, {}).items()] + [
                (a.actor, (a.start + len(self.text), a.text))
                for a in taken
                if a.actor and a.end <= m.start()
            ]
            named = [
                (pos, actor, said)
                for actor, (pos, said) in told
                if said.casefold().endswith(head) and " " in said.strip()
            ]
            if named:
                _, actor, said = max(named)
                out.append(ActorMention(m.start(), m.end(), m.group(0), actor, "generic", said))
        return out

    def _text_opponent(self) -> str:
        """The side the whole text names most, other than its author's (for "the enemy")."""
        if self.author is None or not self.author.actor:
            return ""  # not known yet (the header is still being read): nothing cached
        if self._opponent is None:
            named = self.gaz.actors_in(self.text, 0, len(self.text))
            named += self.refs.mentions(self.text, named)
            self._opponent = main_opponent(self.author, named)
        return self._opponent

    def _quoted(self) -> list[tuple[int, int, str, ActorMention | None]]:
        if self._quotes is None:
            self._quotes = quoted_speakers(self.text, self._sides_named)
        return self._quotes

    def _speaker_at(self, pos: int) -> str:
        """Who said the quotation ``pos`` lies in ("" outside any with a speaker)."""
        return next((who for qs, qe, who, _ in self._quoted() if qs < pos < qe), "")

    def _sides_named(self, text: str) -> list[ActorMention]:
        """Sides named in a speaker's description, role words as modifiers included ("a rebel
        spokesman", "an army officer")."""
        found = self.gaz.actors_in(text, 0, len(text))
        return found + self.refs.mentions(text, found)

    def _denies_a_party_claim(self, sent: Sentence, clause: _Clause) -> bool:
        """Does the sentence, up to the clause's verb, deny a claim a side made
        (:func:`~geomap.extract.patterns.denied_party_claim`, the claimant a side)?"""
        return denied_party_claim(
            self.text[sent.start : clause.verb.start],
            lambda a, b: self._names_a_side(sent.start + a, sent.start + b),
        )

    def _names_a_side(self, lo: int, hi: int) -> bool:
        """Does the text from ``lo`` to ``hi`` name a side of the theatre (by name, alias,
        ref or modifier)?  "the Azerbaijani army" does; "the monitor", "activists" do not."""
        return any(a.actor for a in self._actors_between(lo, hi))

    def _actors_between(self, lo: int, hi: int) -> list[ActorMention]:
        return self.actors[bisect_left(self._astarts, lo) : bisect_left(self._astarts, hi)]

    def _places_between(self, lo: int, hi: int) -> list[PlaceMention]:
        return self.places[bisect_left(self._pstarts, lo) : bisect_left(self._pstarts, hi)]

    def _epithet(self, a: ActorMention) -> ActorMention | None:
        """In a statement, where the theatre has two sides, a role word qualified by a name
        the theatre does not know ("the TPLF troops", "the Woyane regime") is the author's
        opponent: the author's own side would be named by a name or a modifier it knows."""
        au = self.author
        if au is None or au.kind != "statement" or not au.actor:
            return None
        # the one opponent; else the side the role word itself names, when not the author
        other = self._one_opponent() or (a.actor if a.actor not in ("", au.actor) else None)
        before = self.text[max(0, a.start - 60) : a.start]
        if not other or not (_UNKNOWN_OWNER.search(before) or _PEJORATIVE_BEFORE.search(before)):
            return None
        basis = f"an epithet in a statement of {au.name!r}: not its author's side"
        return ActorMention(a.start, a.end, a.text, other, "generic", basis)

    def _add_actor(self, a: ActorMention) -> None:
        word = " ".join(a.text.casefold().split())
        generic = a.how in ("unresolved", "role-word") or word in self.gaz.generic
        if _is_joint(a):
            pass  # "Czechoslovak and Siberian troops": both sides, never told apart
        elif generic and self._epithet(a) is not None:
            a = self._epithet(a)
        elif generic:
            # the word itself, not its article ("the army": "army", not "the")
            first = next((w for w in word.split() if w not in DETERMINERS), word.split()[0])
            stem = first[:-1] if first.endswith("s") else first
            fits = a.basis.split(" or ") if a.how == "unresolved" else None
            # the most recent specific mention holding the word ("Turkish-backed rebel factions"),
            # unless the speaker says the force is its own ("our troops retook X" after "German
            # troops entered Y" in a Polish communique: blind set 110)
            ours = _OUR_BEFORE.search(self.text, max(0, a.start - 8), a.start)
            named = [
                (pos, actor, text)
                for actor, (pos, text) in self._words.get(stem, {}).items()
                if (fits is None or actor in fits) and not ours
            ]
            if named:
                pos, actor, text = max(named)
                au = self.author
                if (
                    fits is not None
                    and au is not None
                    and au.actor in fits  # a side's statement, or its own report ("BULLETIN")
                    and actor != au.actor
                    and pos < self._this_start
                    and not _PEJORATIVE_ROLE.search(a.text)
                ):
                    # "The Russian army retired ... On the 14th the army entered Moscow", in the
                    # Grande Armee's bulletin (blind set 146): a side's own text calls its own
                    # side "the army", even after naming another army a sentence before
                    a = ActorMention(a.start, a.end, a.text, au.actor, "author", au.name)
                elif (
                    fits is not None
                ):  # "Government troops" (GOV or IRAQ), "Syrian government" before
                    a = _told_apart(a, actor, text)
                elif actor != a.actor:
                    a = ActorMention(a.start, a.end, a.text, actor, "generic", text)
            elif fits is not None:
                a = self._one_of(a, fits, ours=bool(ours))
        else:
            for w in re.findall(r"[a-z]+", word):
                w = w[:-1] if w.endswith("s") else w
                self._words.setdefault(w, {})[a.actor] = (a.start, " ".join(a.text.split()))
        self.actors.append(a)
        self._astarts.append(a.start)

    def _one_of(self, a: ActorMention, fits: list[str], *, ours: bool = False) -> ActorMention:
        """A role word several actors share: the one of them named in this or the previous
        sentence, if only one is; else it stays unresolved.  The speaker's own ("our troops")
        is told apart only by a side named by its name: in a ministry's statement whose author
        is no side, "our troops entered X" after "the rebel Dessalines" is not the rebels'
        (spent set 153)."""
        # "their troops" are neither the speaker's nor its author's own: the possessive says
        # whose (spent set 154: "We thank them ... claims that their troops entered X")
        theirs = _THEIR_BEFORE.search(self.text, max(0, a.start - 8), a.start)
        near = {}
        for b in self._actors_between(self._prev_start, a.start):
            if (
                b.actor in fits
                # "our troops" only by a side named by its name ("Troops of the 3rd Belorussian
                # Front liberated Minsk ... our troops captured Borisov": blind set 158), not by
                # a word for the other side ("the rebel Dessalines": spent set 153)
                and not (ours and b.how != "alias")
                and not (theirs and _FIRST_PERSON.match(b.text))
            ):
                near[b.actor] = b
        if len(near) != 1:
            au = self.author
            if au is not None and au.kind == "statement" and au.actor in fits:
                # a statement calls its own side "the army"; the other side gets epithets
                # ("the regime", "the junta") and a third-person possessive, never its own
                if not theirs and not re.search(r"(?i)\b(?:regime|junta)\b", a.text):
                    return ActorMention(a.start, a.end, a.text, au.actor, "author", au.name)
                others = [f for f in fits if f != au.actor]
                if len(others) == 1:
                    basis = f"an epithet in a statement of {au.name!r}: not its author's side"
                    return ActorMention(a.start, a.end, a.text, others[0], "generic", basis)
                if theirs and (opp := self._one_opponent() or self._text_opponent()) in others:
                    basis = f"another side's in a statement of {au.name!r}: its opponent"
                    return ActorMention(a.start, a.end, a.text, opp, "generic", basis)
            return a
        ((actor, b),) = near.items()
        return _told_apart(a, actor, " ".join(b.text.split()))

    def _resolve_pronoun(self, sent: Sentence, pos: int, text: str) -> ActorMention | None:
        """ "they"/"it": the actor named before it in the sentence, else the subject of the
        previous sentence, else the one actor the previous sentence names; two actors
        there are "unresolved" (never a guess); nothing further back is looked at."""
        # "they", "their troops" never stand for "we" or "us" (spent set 154: "We thank them
        # ... The Italian communique claims that their troops entered X"); "our fighters" they
        # may (blind set 162)
        third = not _FIRST_PERSON.match(text)

        def may_stand_for(a: ActorMention) -> bool:
            return not (third and _FIRST_PERSON.match(a.text))

        before = [
            a
            for a in self._actors_between(sent.start, pos)
            if a.actor and not self._in_apposition(sent, a, pos) and may_stand_for(a)
        ]
        speaker = self._speaker_of(sent, before, pos)
        if speaker is None and text[:3].lower() in ("his", "her"):
            return None  # "his men": only a side's spokesman's or commander's
        if speaker is not None:
            # "The army (also) said it recaptured X", "Ukrainian officials said their forces
            # ...", "the claim by the rebels that they took X": "it" is the speaker or the
            # claimant, read as the speaker is (a name, a role word, its modifier)
            return ActorMention(
                pos, pos + len(text), speaker.text, speaker.actor, speaker.how, speaker.basis
            )
        # "the army has been battling IS around Mayadin, which it took": the object of a
        # verb of fighting is not what "it" stands for when a subject precedes it
        subjects = [a for a in before if not self._acted_on(a)]
        if before and not subjects:
            return None  # only the sides acted on are named before: "it" is none of them
        if subjects:
            before = subjects
        last = self.last_subject
        if before:
            src = before[-1]
        elif last is not None and last.start >= self._prev_start and may_stand_for(last):
            src = last
        else:
            prior = {
                a.actor: a
                for a in self._actors_between(self._prev_start, sent.start)
                if may_stand_for(a)
            }
            prior.pop("", None)
            if len(prior) > 1:
                fits = " or ".join(sorted(prior))
                return ActorMention(pos, pos + len(text), text, "", "unresolved", fits)
            # "It seized X from the army": the one side acted on is not what "it" stands for
            prior = {
                k: a
                for k, a in prior.items()
                if not _OBJECT_BEFORE.search(self.text, max(0, a.start - 30), a.start)
            }
            if not prior:
                return self._lead_side(pos, text)
            src = next(iter(prior.values()))
        return ActorMention(pos, pos + len(text), text, src.actor, "pronoun", src.text)

    def _speaker_of(
        self, sent: Sentence, before: list[ActorMention], pos: int
    ) -> ActorMention | None:
        """The side a pronoun at ``pos`` stands for when it opens what a side says or claims:
        "X (also) said (on Friday) (that) it ...", "X (XA), the Y group, said in a statement
        that its fighters ...", "the claim by X that they ...", or, with no side named, "Xian
        officials said their forces ..." (the one side the modifier names); else None."""
        for a in reversed(before):
            if _SPEAKER_THEN.fullmatch(self.text, a.end, pos) and not self._acted_on(a):
                return a
            if _CLAIM_THAT.fullmatch(self.text, a.end, pos) and _CLAIM_BY_BEFORE.search(
                self.text, max(sent.start, a.start - 40), a.start
            ):
                return a
            if _POSS_CLAIM_THEN.fullmatch(self.text, a.end, pos):
                return a
        lo = max(sent.start, pos - 240)
        by = _CLAIM_BY_MODIFIER.search(self.text, lo, pos)
        if by is not None and (side := self._side_of_modifier(by["mod"])):
            return ActorMention(by.start("mod"), by.end("mod"), by["mod"], side, "modifier")
        for said in _SPEAKER_VERB.finditer(self.text, lo, pos):
            if not _SPEAKER_THEN.fullmatch(self.text, said.start(), pos):
                continue
            person = self._side_of_person(lo, said.start())
            if person is not None:
                return person
            who = _MODIFIER_SPEAKER.search(self.text, lo, said.start())
            if (
                who is None
                or self._actors_between(who.start(), pos)
                # "Xian and Yian officials said their forces ...": two sides, none of them
                or _COORDINATED_BEFORE.search(self.text, max(lo, who.start() - 8), who.start())
            ):
                continue
            if side := self._side_of_modifier(who["mod"]):
                return ActorMention(who.start(), who.end(), who.group(0), side, "modifier")
        return None

    def _side_of_modifier(self, mod: str) -> str:
        """The one side a speaker's modifier names ("British" in "the British spokesman");
        "" when none or several."""
        fits = self.refs.by_modifier.get(mod.casefold(), set())
        return min(fits) if len(fits) == 1 else ""

    def _side_of_person(self, lo: int, hi: int) -> ActorMention | None:
        """ "An FRCI spokesman, Seydou Ouattara," "army commander Col. Konan" ending at ``hi``
        (where "said" follows): the one side the words before the person's title name, by
        name, role word or modifier; None if none or several."""
        m = _PERSON_OF_SIDE.search(self.text, lo, hi) or _PERSON_FOR_SIDE.search(self.text, lo, hi)
        if m is None:
            return None
        at = m.start("side")
        named = {a.actor: a for a in self._sides_named(m["side"]) if a.actor}
        if len(named) != 1:
            return None
        a = next(iter(named.values()))
        return ActorMention(at + a.start, at + a.end, a.text, a.actor, a.how, a.basis)

    def _lead_side(self, pos: int, text: str) -> ActorMention | None:
        """ "It seized X in August", with no side named in this or the previous sentence: the
        side the article gives the initiative to, the gainer named in its first drafted
        change (the lead), if there is one; else None."""
        lead = next((d for d in self.drafts if d.to_actor), None)
        if lead is None or GAINER_STRENGTH.get(lead.gainer_how, 0) < 3 or lead.span[1] > pos:
            return None
        basis = f"the side of the article's lead ({lead.to_actor} took {lead.place})"
        return ActorMention(pos, pos + len(text), text, lead.to_actor, "pronoun", basis)

    def _acted_on(self, a: ActorMention) -> bool:
        """A side named as acted on ("from the army", "fighting X") or as leaving ("after the
        troops of the X force pulled back"): it has no initiative, so it is no subject."""
        return bool(
            _OBJECT_BEFORE.search(self.text, max(0, a.start - 30), a.start)
            or _LEAVING_NEAR.match(self.text, a.end)
        )

    def _in_apposition(self, sent: Sentence, a: ActorMention, pos: int) -> bool:
        """ "The TNLA, an ally of the MNDAA, says it ...": an actor in an aside between
        commas is not who "it" stands for."""
        aside = _ASIDE_BEFORE.search(self.text, sent.start, a.start)
        # "On Monday, the army, with local forces, took X": an opening adverbial before
        # the comma names no one, so what follows it is the subject, not an aside
        if not aside or "," not in self.text[a.end : pos]:
            return False
        chunk = re.split(r"[,;:—–(]|\s-\s", self.text[sent.start : aside.start()])[-1]
        if _GROUP_HEAD.fullmatch(chunk):
            return False  # "Another rebel group, the RFC, said it ...": the aside names it
        if _IDENTIFIED_AS.search(self.text, aside.start(), a.start):
            return False  # "armed men, who were described as X troops,": the aside names them
        return bool(self._actors_between(sent.start, aside.start())) or not _ADVERBIAL.match(chunk)

    def _fought(self, a: ActorMention) -> bool:
        """ "a group fighting Myanmar's military captured X", "our forces defeated the main
        column of the tribal army of Deby near M and took control of the town": the actor
        fought or beaten is no subject."""
        # "attacked the French paratroopers who had occupied X": the subject of the relative
        # clause after it is the side attacked (spent set 68)
        if re.match(r"\s*,?\s*(?:who|which|that)\b", self.text[a.end : a.end + 12]):
            return False
        return bool(
            _FOUGHT_BEFORE.search(self.text, max(0, a.start - 60), a.start)
            or _BEATEN_BEFORE.search(self.text, max(0, a.start - 70), a.start)
        )

    def _subject(self, sent: Sentence, lo: int, hi: int) -> ActorMention | None:
        """The actor named nearest before ``hi`` in [lo, hi): a mention or a pronoun."""
        # "attacked the militias at X, and by God's grace the mujahideen took back the town":
        # a clause joined by ", and" with its own subject before the verb: only that clause
        new = _NEW_SUBJECT.search(self.text, lo, hi)
        if new and not _TIME_NOUN_BEFORE.search(self.text, lo, hi):
            lo = new.start()
        cands = [
            a
            for a in self._actors_between(lo, hi)
            if a.end <= hi
            and not self._fought(a)
            and not self._in_apposition(sent, a, hi)
            and not self._partner(a, lo)
            # "took A from the army, and seized B": the side an earlier verb of the sentence
            # took from is no subject of the next
            and not (lo > sent.start and _FROM_BEFORE.search(self.text, a.start - 12, a.start))
        ]
        best = cands[-1] if cands else None
        if len(cands) > 1 and best.actor and cands[-2].actor not in ("", best.actor):
            a = cands[-2]
            # both named by name (a role word may be a side's own word for its allies: the
            # Houthis' "the army and popular committees")
            if a.how == best.how == "alias" and _JOINT.fullmatch(self.text, a.end, best.start):
                # "the UFDD and the RFC entered X": two sides as one subject, no one gainer
                fits = " or ".join(sorted({a.actor, best.actor}))
                best = ActorMention(
                    a.start, best.end, self.text[a.start : best.end], "", "unresolved", fits
                )
        for m in PRONOUN.finditer(self.text, lo, hi):
            # "the government's claims that its troops took X": "its" says whose troops a
            # role word several sides share (left unresolved) means
            # "The RSF said its troops took X": a speaker's "its" outranks the side the role
            # word alone would name
            owned = best is not None and m.start() <= best.start < m.end()
            if owned and m.group("poss"):
                res = self._resolve_pronoun(sent, m.start(), m.group(0))
                if (
                    res is not None
                    and res.actor
                    and (not best.actor or res.how not in ("pronoun", "unresolved"))
                ):
                    best = res
            elif best is None or m.start() > best.end:
                if (
                    best is not None
                    and m.group("poss")
                    and not re.search(r"[,;:—–]", self.text[best.end : m.start()])
                ):
                    continue  # "the army and its allies": the pronoun adds no one
                res = self._resolve_pronoun(sent, m.start(), m.group(0))
                if res is not None:
                    best = res
                elif (
                    best is not None
                    and _OBJECT_BEFORE.search(self.text, max(0, best.start - 30), best.start)
                    and not re.search(
                        r"(?i)\bby\s+(?:the\s+)?$", self.text[best.start - 8 : best.start]
                    )
                ):
                    best = (
                        None  # "X, which signed a truce with the army, said it ...": not the army
                    )
        return best

    def _partner(self, a: ActorMention, lo: int) -> bool:
        """ "The army, backed by allied militia, took X": the militia only helps, it is never
        the subject (with no other subject the gainer is left to the later rules, or blank)."""
        return _PARTNER_BEFORE.search(self.text, max(lo, a.start - 140), a.start) is not None

    def _actor_after(self, lo: int, hi: int, lead: str) -> ActorMention | None:
        """The actor named right after ``lead`` ("by the rebels"), or after a force noun and
        "of" ("by fighters of the X movement": the X movement, not the word "fighters")."""
        found = self._actors_between(lo, hi)
        for i, a in enumerate(found):
            if re.search(
                # "to the advancing Republican Forces": a participle before the side
                rf"\b(?:{lead})\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:same\s+)?"
                # "handed Saltillo over to General Pablo Gonzalez's Army" (spent set 92)
                r"(?:(?:General|Gen\.|Colonel|Col\.|Marshal|Field\s+Marshal|Commander|Major|Captain"
                r"|Admiral)\s+)?"
                # "... to (General) Ouattara's Republican Forces": a leader's name before the side
                r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?['’]s\s+)?"
                rf"(?:[a-z]+ing\s+)?{_FORCE_OF}?$",
                self.text[max(lo - 12, 0) : a.start],
                re.I,
            ):
                if i + 1 < len(found) and re.fullmatch(
                    r"(?i)\s+of\s+(?:the\s+)?", self.text[a.end : found[i + 1].start]
                ):
                    return found[i + 1]
                return a
        return None

    def _background(self, d: Draft) -> bool:
        """A draft of a change in the background: undated, or before the theatre's start."""
        return d.date is None or (self.start is not None and d.date < self.start)

    def _context_gainer(self, pos: int, loser: str | None) -> ActorMention | None:
        named = [a for a in self._actors_between(pos, self._sent_end) if a.actor]
        # "X was taken after government forces pulled back": a side named with a verb of
        # leaving is the loser, never the gainer read from the context
        # (also a side joined to another before the verb: "after Congolese troops and
        # Wazalendo militiamen pulled out", spent set 151)
        leaving = {
            a.actor
            for a in named
            if _LEAVING_AFTER.match(self.text, a.end) or _JOINED_LEAVING.match(self.text, a.end)
        }
        if loser is None and len(leaving) == 1:
            loser = next(iter(leaving))
        ahead = [
            a
            for a in named
            if a.actor not in leaving
            and a.actor != loser
            and a.how not in ("pronoun", "unresolved")
            and not re.match(
                r"\s*(?:said|says|say|told|reported|announced|claimed)\b",
                self.text[a.end : a.end + 12],
            )
        ]
        if ahead:  # "IS abandoned X as troops advanced": the other side named in the sentence
            a = ahead[0]
            if _NOW_IN_IT.match(self.text, a.end):
                # "gendarmes had withdrawn from Hermel and "armed men of the Front" were now in
                # the town": the clause says who holds it now
                return a
            return ActorMention(pos, pos, "", a.actor, "context", " ".join(a.text.split()))
        for d in reversed(self.drafts):
            if d.to_actor and d.to_actor != loser and not self._background(d):
                if loser is None and d.place in self._objs_now and d.span[1] <= self._objs_at:
                    # "X had been taken" after "Y entered X": Y held X, so Y lost it
                    loser = d.to_actor
                    continue
                return ActorMention(pos, pos, "", d.to_actor, "context", f"the gainer of {d.place}")
        for a in reversed(self._actors_between(max(0, pos - 5000), pos)):
            if a.actor and a.actor != loser:
                return ActorMention(pos, pos, "", a.actor, "context", a.text)
        others = [a for a in self.gaz.actor_ids if a != loser]
        if loser and len(self.gaz.actor_ids) == 2 and len(others) == 1:
            return ActorMention(pos, pos, "", others[0], "context", "the theatre's other side")
        return None

    # ------------------------------------------------------------ places
    def _object_places(
        self, lo: int, hi: int, unknown: list[PlaceMention]
    ) -> tuple[list[PlaceMention], str | None]:
        """Place mentions in an object phrase [lo, hi); (places, note)."""
        obj = self.text[lo:hi]
        if OBJ_FIGURE.match(obj):
            return [], "the object is an area figure, not a place"
        out = []
        for p in [*self._places_between(lo, hi), *unknown]:
            if lo <= p.start < hi and _may_be_object(self.text[lo : p.start]):
                if _a_part_of(self.text, p):
                    continue  # "the T-4 area's eastern approaches": not the place itself
                if p.how == "ambiguous" or p.place or p.how == "unknown":
                    out.append(p)
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

    # ------------------------------------------------------------ dates
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

    # ------------------------------------------------------------ the sentence loop
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

    # ------------------------------------------------------------ claims
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


#: a first-person possessive right before a mention: the speaker's own force
_OUR_BEFORE = re.compile(r"(?i)\b(?:our|my)\s+$")
#: a third-person possessive right before a mention: another side's force
_THEIR_BEFORE = re.compile(r"(?i)\b(?:their|its|his|her)\s+$")
#: a first-person pronoun ("we", "us"): never what "they" or "their" stands for ("our
#: fighters ... they entered X" is the fighters': blind set 162)
_FIRST_PERSON = re.compile(r"(?i)(?:we|us|i)\b")


def _fits(a: ActorMention | None) -> tuple[str, ...]:
    """The sides an unresolved mention fits ("rebels": FUC or RFC or UFDD); () otherwise."""
    if a is None or a.how != "unresolved" or a.actor:
        return ()
    return tuple(x for x in a.basis.split(" or ") if re.fullmatch(r"[\w.-]+", x))


def _told_apart(a: ActorMention, actor: str, named: str) -> ActorMention:
    """A role word several actors share ("government troops": GOV or IRAQ) read as the one an
    earlier mention names: still a role word (as firm), not a pronoun or generic word."""
    basis = f"one of {a.basis}, told apart by {named!r} named before"
    return ActorMention(a.start, a.end, a.text, actor, "role-word", basis)


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


def _named_leaders(loyal: list[ActorMention], found: list[ActorMention]) -> list[ActorMention]:
    """ "forces loyal to <an actor's alias>", "fighters of the <actor's name>": the alias
    named after "to"/"of" says the side (over a leader's name); no side named, no mention."""
    out = []
    for m in loyal:
        head = re.match(r"(?is).*?\s(?:to|of)\s", m.text)
        lo = m.start + (head.end() if head else 0)
        named = {a.actor for a in found if lo <= a.start and a.end <= m.end and a.actor}
        if len(named) == 1:
            m = ActorMention(m.start, m.end, m.text, named.pop(), "ref")
        elif named:
            continue  # two sides named after "of": the plain mentions say it
        out.append(m)
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


def _inside_any(a: ActorMention, spans: list[ActorMention]) -> bool:
    """True when ``a`` lies inside one of ``spans`` ("army" inside "our army")."""
    return any(b.start <= a.start and a.end <= b.end for b in spans)


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


# a change told with a hedge: "troops reportedly entered X", "allegedly took Y"
_HEDGED = re.compile(r"(?i)\b(?:reportedly|allegedly|purportedly|apparently|said\s+to\s+have)\b")
# the sentence after saying what the report rests on: "This is based on refugee accounts only."
_HEDGED_NEXT = re.compile(
    r"(?i)\s*(?:this|that|the\s+report|it)\s+(?:is|was)\s+(?:based\s+on|from)\s+"
    r"[^.]{0,60}?\b(?:accounts?|reports?|rumou?rs?|hearsay|sources?)\s+(?:only|alone)\b"
)
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
_PLACE_NOUN_COMMA = re.compile(_PLACE_NOUN_OBJECT.pattern + r",\s*")
_COMMA = re.compile(r"\s*,\s*")
_CLOSING_COMMA = re.compile(r"\s*,")
# an aside after a gapped place, before its day: ", the capital of El Oro province,"
_APPOSED_AFTER = re.compile(r"(?i)\s*,\s+(?:the|an?|its)\s+[^,;:.()\"“”]{1,60},")
# between two verbs of one subject: "took Daloa on Monday and (then) entered Guiglo"
_AND_LEFT_OUT = re.compile(r"(?i)[^.;:!?\"“”]*\band\s+(?:(?:then|also|later|\w+ly)\s+)?")


def _is_joint(a: ActorMention) -> bool:
    """Is ``a`` a joint mention of two sides (:meth:`Extractor._joint_modifiers`)?"""
    return a.how == "unresolved" and _JOINT_TEXT.match(a.text) is not None


def _named_by_name(a: ActorMention | None) -> bool:
    """Is ``a`` a side named by one of its names or a modifier ("Islah militiamen",
    "Iraqi troops"), not by a role word several sides share?"""
    return a is not None and bool(a.actor) and a.how in ("alias", "modifier")


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
# the date text of a change drafted with the publication day for want of a date
_NO_DATE_IN_SENTENCE = "no date in the sentence"
# the text says the day of a change is not known: "but gave no date", "did not say when"
_NO_DAY_GIVEN = re.compile(
    r"(?i)\b(?:gave|giving|give|with)\s+no\s+(?:date|day)\b|\bdid\s+not\s+say\s+when\b"
    r"|\bwithout\s+(?:giving|saying)\s+(?:a\s+date|when)\b|\bno\s+date\s+was\s+given\b"
)
# after a change told in a report: "that morning", "earlier that day", "later the same day"
_THAT_DAY = re.compile(
    r"(?i)\b(?:(?:earlier|later)\s+)?(?:that|the\s+same)\s+(?:morning|afternoon|evening|day)\b"
    r"|\bearlier\s+in\s+the\s+day\b"
)
_ENTERED = re.compile(r"(?i)entered\b")
# the pieces of a series of verbs one subject shares ("crossed X, waited on the bank, and
# entered Y"): the last piece, and a piece that is a verb phrase
_SERIES_END = re.compile(r"(?i)\s*and\s+(?:(?:then|finally|later|also|soon)\s+)?")
_SERIES_VERB = re.compile(
    r"\s*(?:then\s+)?(?:[a-z]+ed|took|fought|broke|drove|swept|overran|made|held|won|beat|threw"
    r"|struck|rode|went|came|fell)\b"
)
_WHERE = re.compile(r"(?i),\s*where\s+[^,;:—–]*$")
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


_POSSESSOR = re.compile(
    r"['’]s?\s+(?!(?:own|whole|entire)\b|(?:(?:city|town)\s+)?(?:centre|center|downtown|heart|old\s+city"
    r"|main\s+(?:town|square)|districts?|quarters?|neighbou?rhoods?)\b)\w"
)
# a relative clause set off by commas between a subject and its verb
_ASIDE = re.compile(r"(?i),\s*(?:who|which|whose)\b[^,;:.]*,")
# "Since taking X, ...", "After capturing X, ...": a participle opening a sentence
_OPENING_PARTICIPLE = re.compile(r"(?i)\W*(?:since|after|before|upon|on|while|when)\s+")
# what may come before a date that opens a sentence: "On Sunday, ...", "Early on Monday ..."
_OPENS = re.compile(r"(?i)\W*(?:(?:early|late|also)\s+)?(?:on|in|at|by|during)?\s*")
#: "occupied by the rebels since last year", "held since March": a holding statement
_HELD_SINCE_PASSIVE = re.compile(
    r"(?i)(?:occupied|held|controlled)(?:\s+by\s+[^.;:,]{1,60}?)?\s+(?:ever\s+)?since\b"
)
