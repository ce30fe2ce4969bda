"""Which actor each mention stands for: the extractor's reading of actors in the text.

Actor names, aliases and role words found in a stretch of text (not inside a place's name),
short names and epithets, "it"/"they"/"the militants" resolved to the same or the previous
sentence (or left unresolved when two actors fit), speakers and their sides, and the subject of a
verb.  Part of :class:`geomap.extract.extractor.Extractor`."""

from __future__ import annotations

import re
from bisect import bisect_left

from .actors import in_movement_name, main_opponent, our_mentions, quoted_speakers
from .dates import WD
from .draft import GAINER_STRENGTH, Draft
from .gazetteer import PRONOUN, ActorMention, PlaceMention, find_places, owned_role_word
from .patterns import DETERMINERS, UNIT_NOUNS
from .text import Sentence, overlaps

# a new clause with its own subject right before a verb: ", and (...) the mujahideen [took]"
_NEW_SUBJECT = re.compile(
    r"(?i)(?:,\s*and\b|;|,\s*but\b)[^,;]*?\b(?:the|our|their|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+\s+(?:(?:have|has|had|then|also|later|now)\s+)*$"
)
_TIME_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:day|days|morning|evening|night|week|weeks|month|months|year|time|afternoon)\s+"
    r"(?:(?:have|has|had|then|also|later|now)\s+)*$"
)
# between two sides named as one subject: "the UFDD and the RFC", "A, and B"
_JOINT = re.compile(r"(?i)\s*,?\s*(?:and|&)\s+(?:the\s+|its\s+|their\s+)?")


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
_COORDINATED_BEFORE = re.compile(r"(?i)(?:\band|\bor|,|&)\s*$")
# "the claim by the X last Thursday that they had captured Y", "the claims of X that its troops
# took Y": the pronoun is the claimant's (however the claim is judged)
_CLAIM_NOUN = r"(?:claims?|reports?|allegations?|assertions?|announcements?|statements?|versions?)"
# "the claims (made on Monday) by", "the report of": a claim and who made it, after this
_CLAIM_MADE_BY = (
    rf"\b{_CLAIM_NOUN}\s+(?:(?:made|broadcast|published|aired|issued|carried)\s+"
    rf"(?:(?:on|last|this)\s+)?(?:(?:{WD}|yesterday|today)\s+)?)?(?:by|of)\s+"
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
# "occupied" as an adjective: "in occupied X", "Russian-occupied X", "the newly occupied X"
# a side said to be in the place now, after its name: "... were now in the town"
_NOW_IN_IT = re.compile(
    r"(?i)[\"”’]?\s+(?:(?:were|was|are|is)\s+now\s+(?:in|inside|in\s+control\s+of)\s+"
    r"(?:the\s+(?:town|city|village|port|capital)|it)\b"
    # "... had pulled out of X on Wednesday and that Peruvian soldiers were there by Thursday"
    r"|(?:were|was)\s+(?:now\s+)?there\s+by\b)"
)
# a side's name cut to its last word, capitalised: "the Front" for the National Liberation Front
_SHORT_NAME = re.compile(
    r"\b[Tt]he\s+(?P<head>Front|Movement|Party|Alliance|Legion|Council|Union|Coalition"
    r"|Organi[sz]ation|Committee|Directorate)\b(?!\s+(?:of|for)\b|\s+[A-Z])"
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
# "by fighters of X", "by units of the X": the force noun before the side it belongs to
_FORCE_NOUN_OF = (
    r"(?:fighters|troops|forces|units|soldiers|elements"
    r"|militiamen|men|members|gunmen|militias?|heroes|sons|lions|brigades?|battalions?"
    # "handed over X to officials of Zanzibar's revolutionary government" (spent set 81)
    r"|officials|representatives|delegates|envoys|commissioners"
    # "handed Adana over to officials and gendarmes of the Angora government" (blind set 144)
    r"|gendarmes|gendarmerie|police|policemen|administrators|authorities"
    # "handed the fortress over to a detachment of the Company's troops" (blind set 172)
    rf"|columns?|companies|company|{UNIT_NOUNS})"
)
_FORCE_OF = (
    rf"(?:(?:(?:heroic|brave|valiant|gallant)\s+)?{_FORCE_NOUN_OF}(?:\s+and\s+{_FORCE_NOUN_OF})?"
    r"\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?)"
)


class _Mentions:
    """Which actor each mention stands for, and a verb's subject."""

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

    def _owner(self, a: ActorMention) -> ActorMention | None:
        """A force named by its owner's possessive: "Wellington's troops" (the side a ref
        names), "His Majesty's dragoons" in a statement (its author's side): the owner's
        side, over what the force's word alone would say (blind sets 217 and 218)."""
        if a.how == "alias" or not _FORCE_WORD.search(a.text):
            # the force's own name says its side; "Idi Amin's regime" is a power, not a force
            # that takes ground (spent set 16: "troops sent to shore up Idi Amin's regime")
            return None
        lo = max(0, a.start - 80)
        before = self.text[lo : a.start]
        au = self.author
        if (majesty := _MAJESTY_BEFORE.search(before)) is not None:
            if au is not None and au.kind == "statement" and au.actor:
                start = lo + majesty.start()
                text = self.text[start : a.end]
                return ActorMention(start, a.end, text, au.actor, "author", au.name)
            return None
        poss = _POSSESSIVE_BEFORE.search(before)
        if poss is None:
            return None
        end = lo + poss.start()
        owners = [b for b in self._actors_between(lo, a.start) if b.end == end and b.actor]
        if not owners or owners[-1].actor == a.actor:
            return None
        b = owners[-1]
        if re.search(r"(?i)\bof\s+(?:the\s+)?$", self.text[lo : b.start]):
            return None  # "Bavarian troops of the Crown Prince's army": the troops' own side
        # as firm as the force's word (a role word), not as its owner's name: "Libyan troops
        # sent to shore up Idi Amin's regime recaptured X" is the troops' (spent set 16)
        basis = f"one of the sides, told apart by its owner {' '.join(b.text.split())!r}"
        return ActorMention(a.start, a.end, a.text, b.actor, "role-word", basis)

    def _add_actor(self, a: ActorMention) -> None:
        owner = self._owner(a)
        if owner is not None:
            self.actors.append(owner)
            self._astarts.append(owner.start)
            return
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
                # "to two squadrons of the X": a number of units
                r"(?:(?:two|three|four|five|six|several|\d+)\s+(?=[a-z]+\s+of\b))?"
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


#: a first-person possessive right before a mention: the speaker's own force
_OUR_BEFORE = re.compile(r"(?i)\b(?:our|my)\s+$")
#: "His Majesty's", "His Imperial Majesty's", "Her Britannic Majesty's", "His Highness's" right
#: before a force (up to two words between: "His Majesty's Swedish dragoons")
_MAJESTY_BEFORE = re.compile(
    r"(?i)\b(?:his|her)\s+(?:(?:imperial|royal|catholic|britannic|apostolic|serene|most"
    r"\s+christian|sultanic)\s+)?(?:majesty|highness)['’]s?\s+(?:[a-z-]+\s+){0,2}$"
)
#: the words for a force that takes ground
_FORCE_WORD = re.compile(
    r"(?i)\b(?:troops|army|armies|forces|soldiers|men|fighters|units|dragoons|cavalry|infantry"
    r"|hussars|cuirassiers|grenadiers|cossacks|sepoys|marines|garrisons?|columns?|divisions?"
    r"|brigades?|regiments?|battalions?|militias?|guards|legions?|corps|host|squadrons?)$"
)
#: a possessive right before a force: "Wellington's troops", "the rebels' fighters", with up to
#: two lower-case words between ("Wellington's victorious troops")
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}$")
#: a third-person possessive right before a mention: another side's force
_THEIR_BEFORE = re.compile(r"(?i)\b(?:their|its|his|her)\s+$")
#: a first-person pronoun ("we", "us"): never what "they" or "their" stands for ("our
#: fighters ... they entered X" is the fighters': blind set 162)
_FIRST_PERSON = re.compile(r"(?i)(?:we|us|i)\b")


def _told_apart(a: ActorMention, actor: str, named: str) -> ActorMention:
    """A role word several actors share ("government troops": GOV or IRAQ) read as the one an
    earlier mention names: still a role word (as firm), not a pronoun or generic word."""
    basis = f"one of {a.basis}, told apart by {named!r} named before"
    return ActorMention(a.start, a.end, a.text, actor, "role-word", basis)


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


def _inside_any(a: ActorMention, spans: list[ActorMention]) -> bool:
    """True when ``a`` lies inside one of ``spans`` ("army" inside "our army")."""
    return any(b.start <= a.start and a.end <= b.end for b in spans)


def _is_joint(a: ActorMention) -> bool:
    """Is ``a`` a joint mention of two sides (:meth:`Extractor._joint_modifiers`)?"""
    return a.how == "unresolved" and _JOINT_TEXT.match(a.text) is not None
