"""The change patterns: verb tables, the regexes around them, and verbs in a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .dates import NUMW, WD
from .gazetteer import ANAPHOR_NOUNS, ARMS_OF_SERVICE
from .text import Sentence

#: The change patterns, by the name a draft gives in its ``pattern`` column.
PATTERNS: dict[str, str] = {
    "capture": "GAINER captured/seized/took (control of)/recaptured/regained/secured/overran/"
    "entered/freed/occupied PLACE [from LOSER]; GAINER announced/claimed/completed the (its) "
    "capture/liberation of PLACE; GAINER claimed/declared control of PLACE, declared PLACE "
    "liberated, raised the flag over PLACE; GAINER restored security/authority to, imposed its "
    "control over PLACE; GAINER cleared PLACE of LOSER",
    "capture-passive": "PLACE was captured/seized/taken [by GAINER]",
    "drive-out": "GAINER drove/pushed/expelled LOSER out of/from PLACE",
    "drive-out-passive": "LOSER were driven/pushed out of PLACE [by GAINER]",
    "fell-to": "PLACE fell to / came under the control of / was brought under the control of / is "
    "now under the control of / was handed over to GAINER",
    "fall-of": "the fall of PLACE [to GAINER]",
    "fell": "PLACE fell [in/on DATE] (no side named: the gainer named later in the sentence, "
    "else that of the change drafted just before)",
    "loss": "LOSER lost (control of)/handed (over) PLACE [to GAINER]",
    "held-since": "GAINER had/has held PLACE since DATE (a background change dated to DATE)",
    "withdrawal": "LOSER withdrew/retreated/pulled out from PLACE, pulled its forces out of "
    "PLACE, completed its withdrawal from PLACE; fled PLACE; abandoned PLACE",
}


# =========================================================================== change patterns
_CAPTURE = re.compile(
    r"\b(?:"
    r"(?:re)?(?:took|taken|tak(?:es|ing))\s+(?:back\s+)?(?:full\s+|complete\s+|total\s+)?control\s+"
    # "took full control on Thursday of the headquarters ... in Nyala" (blind set 118)
    r"(?:(?:on\s+)?(?-i:[A-Z])[a-z]+day\s+|yesterday\s+|today\s+)?(?:of|over)"
    # "the army crossed the river and took possession of the place" (blind set 115)
    r"|(?:took|taken|tak(?:es|ing))\s+possession\s+of"
    r"|(?:re)?gain(?:ed|s|ing)\s+(?:full\s+)?control\s+(?:of|over)"
    r"|wrest(?:ed|s|ing)\s+(?:back\s+)?(?:control\s+of)?"
    r"|(?:re)?captur(?:ed|es|ing)|seiz(?:ed|es|ing)"
    # (not "had taken refuge", "took part": no place taken, and no clause of its own that would
    # cut off the subject of the verb after it: blind set 113)
    r"|(?:re)?(?:took|taken)(?:\s+back|\s+over)?(?!\s+(?:refuge|shelter|part|place)\b)"
    r"|retak(?:es|ing)"
    r"|overr[au]n|overrunning|stormed|liberated|regained|regain(?:s|ing)|reclaimed|recovered"
    r"|freed|liberat(?:es|ing)|occupied|re-?occupied|re-?entered|(?:re-?)?conquer(?:ed|s|ing)"
    r"|secured|won\s+back|wins\s+back|winning\s+back"
    # "Troops of the Versailles army carried Courbevoie on Sunday morning" (spent set 98): a
    # place carried by assault, named right after (not "carried supplies", "carried out")
    # (not "carried Admiral Kolchak's armies within sight of the Volga": spent set 72)
    r"|carried(?=\s+(?:the\s+(?:town|village|fort|heights|redoubt|position)\s+of\s+)?"
    r"(?!(?:Admiral|General|Marshal|Colonel|Major|Captain|President|King|Emperor|Prince)\b)"
    r"(?-i:[A-Z])[\w-]+(?![\w-]|['’]s\b))"
    # "the soldiers of the Caliphate completed the conquest of the city of Ramadi" (spent set 83)
    r"|(?:completed|completes|completing|finished|concluded)\s+(?:the|its|their|our)\s+"
    r"(?:conquest|capture|liberation|occupation|seizure|takeover)\s+of"
    # a statement's or a monitor's idiom: "restored security and stability to X", "restored
    # order to X", "restored law and order in X", "imposed
    # their control over X", "restored state authority over X"
    r"|(?:restored|re-?established|established|imposed|extended|re-?asserted|asserted)\s+"
    # "restored constitutional order in the villages of A and B" (spent set 70)
    r"(?:(?:the|its|their|full|complete|total|state|government|effective|constitutional"
    r"|lawful|federal)\s+)*"
    r"(?:control|authority|sovereignty|(?:law\s+and\s+)?(?:security|order|stability|calm|normalcy)"
    r"(?:\s+and\s+(?:security|order|stability|calm|normalcy))?)"
    # "re-established the authority of the State in X"
    r"(?:\s+of\s+the\s+(?:state|government|republic))?"
    # "restored security and stability on Friday to the towns of A and B" (spent set 86)
    r"(?:\s+(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day|yesterday|today|overnight))?"
    r"\s+(?:over|to|in|on)"
    # "our forces have established themselves in the locality of X"
    r"|(?:re-?)?established\s+(?:themselves|itself)\s+(?:firmly\s+)?in"
    # "restored full control of X", "reasserted control of X" (not "restored security of")
    r"|(?:restored|re-?established|re-?asserted|reimposed|re-imposed)\s+"
    r"(?:(?:its|their|full|complete|total|state|government|effective)\s+)*control\s+of"
    # "cleared X of the rebels": a change only with an actor after "of"/"from" (checked later)
    r"|cleared|purged|cleansed"
    # "the troops of Murguia came into it two days later" (spent set 79; a side must be its
    # subject, as for "entered": see Extractor._clause)
    # "Australian Light Horse galloped into Beersheba", "the relief column fought its way into
    # Huamantla" (spent set 104)
    # "forced its way into", "forced its way across the moat and into Peronne" (blind set 118)
    r"|(?:fought|forced)\s+(?:its|their|his|our)\s+way\s+into"
    # "the Army of Italy made its solemn entry into Milan", "made a triumphal entry into"
    # (spent set 153)
    r"|(?:made|makes|making)\s+(?:its|their|his|her|our|an?)\s+(?:(?:solemn|triumphal|formal"
    r"|victorious|ceremonial|official|public|first|state)\s+)*(?:entry|entrance)\s+into"
    r"|(?:forced|fought|made)\s+(?:its|their|his|our)\s+way\s+(?:[\w'’-]+\s+){0,4}?and\s+into"
    # "Russian cavalry had ridden into Mikolajow" (blind set 115)
    r"|(?:advanced|pushed|moved|swept|rolled|broke|walked|rode|ridden|galloped|marched|drove"
    r"|came)\s+"
    # "moved on Thursday into X", "marched overnight into X": a time between verb and "into"
    r"(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day\s+|overnight\s+|\w+ly\s+)?into|entered"
    # a side coming back: "Government troops returned to Abeche", "came back into X", "moved
    # back into X" (blind sets 13 and 14: 3 changes); a return with no side named coming back
    # ("displaced people returned to X") is none (see Extractor._changes)
    r"|(?:returned|returning|came\s+back|coming\s+back|moved\s+back|marched\s+back|rolled\s+back"
    r"|went\s+back)\s+(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+day\s+|overnight\s+)?(?:in)?to"
    # "Congolese army troops drove back into Goma on Monday" (spent set 58); not "drove back
    # to their base"
    r"|(?:drove|rode|swept)\s+back\s+into"
    # "A withdrew from X and B moved in": the entry into the place the sentence named before
    r"|(?:moved|marched|rolled|walked|swept|rode|drove)\s+in\b(?!\s+(?:to|towards?|the\s+direction)\b)"
    # "moved in at midday" is the entry; "moved in at X" is no entry into the place before
    r"(?!\s+at\s+(?!(?:midday|noon|dawn|dusk|daybreak|nightfall|sunrise|first\s+light|\d)))"
    # "moved in on the town" closes in; "moved in on Thursday morning" is the entry
    r"(?!\s+on\s+(?![A-Z][a-z]+day\b|the\s+(?:morning|afternoon|evening|night|next|following"
    r"|same)\b|\d))"
    # "The army came back on Sunday evening": into the place the sentence named before
    r"|(?:came|come)\s+back\b(?!\s+(?:to|into|from|with|under|as|for|empty|alive|home)\b)"
    # "traders reported that the army was back in the town"
    r"|(?:was|were|is|are)\s+back\s+in(?:to)?"
    # a ministry's nominal form: "announced the liberation of X", "completed the capture of X"
    r"|(?:(?<=announced\s)|(?<=completed\s)|(?<=claimed\s)|(?<=confirmed\s)|(?<=reported\s))"
    r"(?:the\s+|its\s+|their\s+)?(?:full\s+|complete\s+)?(?:capture|liberation|seizure|takeover"
    r"|recapture)\s+of"
    # "completed on Monday the liberation of X", "completed the clearance of X" (spent sets
    # 60, 61): the day between, and clearing a town completed
    r"|(?<=completed\s)(?:(?:on\s+)?[A-Z][a-z]+day\s+|yesterday\s+|today\s+)?(?:the|its|their)"
    r"\s+(?:full\s+|complete\s+)?(?:capture|liberation|seizure|takeover|recapture|clearance"
    r"|clearing)\s+of"
    # "completed the special operation to free X": an operation completed is a change
    r"|(?<=completed\s)(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?operations?\s+to\s+"
    r"(?:free|liberate|capture|take|retake|recapture|clear|seize)"
    # "the rebels claimed control of X"; "troops raised the flag over X"; "the army
    # declared X liberated"
    r"|(?:claim|declar)(?:ed|es|s|ing)\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)"
    r"|declared(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){1,5}?(?:fully\s+|completely\s+)?(?:liberated"
    r"|captured|free|freed|cleared|secured)\b)"
    r"|(?:raised|raising|hoisted|hoisting|planted|planting)\s+(?:their|its|the)\s+(?:[\w-]+\s+)?"
    r"flags?\s+(?:over|above|in|on)"
    # "The army announced on Tuesday the recapture of X": the announcer's (claimed) change
    r"|(?<=announced\s)(?:(?:on\s+)?[A-Z][a-z]+day\s+|yesterday\s+|today\s+)?the\s+"
    r"(?:capture|recapture|liberation|seizure)\s+of"
    # "the army's capture of X": the possessor is the gainer
    r"|(?<=['’]s\s)(?:capture|recapture|seizure|liberation|takeover)\s+of"
    r"|taking(?!\s+(?:part|place|over\s+as|heavy|losses|cover|shelter|refuge|aim)\b)"
    # "the fascist troops fled X, and the people's army now holds the town": "now" says it
    # changed hands, as "is now under the control of" does
    r"|(?<=now\s)(?:holds?|controls?)(?=\s+(?:the\s+(?:town|city|village|district|area)\b|[A-Z]))"
    # "pro-Ouattara fighters are now in control of Guiglo" (stop 32)
    r"|(?<=now\s)in\s+(?:full\s+|complete\s+|total\s+|effective\s+)?control\s+of"
    r"(?=\s+(?:the\s+(?:town|city|village|district|area|port|airport|base)\b|[A-Z]))"
    r")\b",
    re.I,
)
_DRIVE = re.compile(
    # "knocked the Ukrainian formations out of the village of X" (blind set 116)
    r"\b(?P<v>drove|driven|drives|driving|pushed|pushing|expelled|expelling|ousted|ousting|chased"
    r"|knocked"
    r"|forced|kicked|flushed|routed|evicted|threw|thrown|throwing|throws|dislodged|dislodging)"
    # "were forced to leave X after ... from": an infinitive, not whom they forced out
    r"\b(?!\s+to\s)(?P<mid>(?:[^,.;:—–]{0,80}?\s)?)"
    r"(?P<prep>out\s+of|out\s+from|from)\b",
    re.I,
)
# "before the army drove them out three days later": the place is the one told before
_DRIVE_BARE = re.compile(
    r"\b(?:drove|driven|drives|driving|pushed|chased|forced|kicked|flushed)\s+"
    r"(?P<mid>them|it|him)\s+out\b(?!\s+(?:of|from)\b)",
    re.I,
)
# the words a side's force is named by after "surrendered to", "passed to", "went over to"
_FORCE_NOUNS = r"forces|troops|guerrillas|rebels|insurgents|fighters|army|units|soldiers|militias?"
_FELL = re.compile(
    r"\b(?:(?:fell|fallen|falls)\s+(?:(?:in)?to\s+(?:the\s+hands\s+of\s+)?|under\s+(?:the\s+)?control\s+of\s+)"
    r"|came\s+under\s+(?:the\s+)?control\s+of\s+"
    # "the Guard garrison in Esteli surrendered to Sandinista guerrillas": the place before
    # "had surrendered on Wednesday to northern troops" (blind set 20)
    r"|(?:surrendered|capitulated)\s+(?:(?:on|early|late)\s+(?:\w+\s+){1,2}?)?to\s+"
    rf"(?=(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_FORCE_NOUNS}|[A-Z]))"
    # "the fortress of Chaves opened its gates to the advanced guard" (blind set 112)
    r"|opened\s+(?:its|their)\s+gates\s+to\s+"
    rf"(?=(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_FORCE_NOUNS}|guards?|[A-Z]))"
    # "the garrisons at Champhai and at Chawngte laid down their arms before our soldiers",
    # "the police at Ayamaru laid down their arms and joined our forces" (spent sets 59, 65)
    r"|laid\s+down\s+(?:their|its|his)\s+(?:arms|weapons)\s+(?:(?:on|early|late)\s+(?:\w+\s+){1,2}?)?"
    # "laid down its arms and came over to our column" (spent set 68)
    r"(?:before|to|and\s+(?:joined|went\s+over\s+to|came\s+over\s+to))\s+"
    r"(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_FORCE_NOUNS}|[A-Z]))"
    # "The village of Ustia passed to the Dniester guards on Tuesday" (stop 32)
    # "Krappitz passed from the Polish insurgents to the German Self-Defence" (spent set 58)
    r"|passed\s+(?:back\s+)?(?:from\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?(?:in)?to\s+"
    r"(?:the\s+(?:hands|control)\s+of\s+)?(?=(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_FORCE_NOUNS}|guards?|guardsmen|(?-i:[A-Z])))"
    # "The garrison of the X forts went over to Chen Yi's army" (spent set 58): not "went
    # over to the offensive"
    r"|went\s+over\s+to\s+(?=(?:the\s+)?(?:(?-i:[A-Z])|(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_FORCE_NOUNS})\b))"
    # "X was brought under the control of Y" (the place before, the side after)
    r"|(?:brought|placed|put|returned)\s+(?:back\s+)?under\s+(?:the\s+)?(?:full\s+)?control\s+of\s+"
    # "X is now under the control of Y", "X is now in the hands of Y": "now" says it changed
    r"|(?:is|are)\s+now\s+(?:firmly\s+|fully\s+|completely\s+)?(?:under\s+(?:the\s+)?(?:full\s+)?"
    r"control\s+of|in\s+the\s+hands\s+of)\s+"
    # "the town is once more under the control of the security forces"
    r"|(?:is|are|was|were)\s+(?:now\s+)?(?:once\s+(?:more|again)|again|back)\s+(?:under\s+(?:the\s+)?"
    r"(?:full\s+)?control\s+of|in\s+the\s+hands\s+of)\s+"
    r"|(?:is|are)\s+now\s+(?:firmly\s+|fully\s+)?under\s+(?:full\s+)?"
    r"(?=(?:[\w'’.-]+\s+){1,3}?control\b)"
    # "San-Pedro is now in FRCI hands", "X is now controlled by Y" (stop 32)
    r"|(?:is|are)\s+now\s+(?:firmly\s+|fully\s+)?in\s+(?=(?:[\w'’.-]+\s+){1,3}?hands\b)"
    # "Son was in American hands by evening" (blind set 187): held by a time of the day
    r"|(?:was|were)\s+(?:firmly\s+|fully\s+)?in\s+(?=(?:[\w'’.-]+\s+){1,3}?hands\s+by\s+"
    r"(?:evening|nightfall|night|noon|midday|dusk|dawn|the\s+(?:evening|afternoon|morning)\b))"
    r"|(?:is|are)\s+now\s+(?:firmly\s+|fully\s+|completely\s+)?controlled\s+by\s+"
    # "came under government control", "fell under rebel control": the side before "control"
    r"|(?:came|fell|passed)\s+(?:back\s+)?under\s+(?:the\s+)?(?:full\s+)?"
    r"(?=(?:[\w'’.-]+\s+){1,3}?control\b))",
    re.I,
)
# "Zangilan and Qubadli fell in late October": no side named (the places before it); "A, B
# and C followed on 17 November" (after a change): the same verb left out
_FELL_BARE = re.compile(
    # "the claims ... that the police at Chwaka have surrendered are lies" (spent set 81): a
    # garrison's or a post's surrender, the surrendering noun checked by the extractor
    # "The fortress of Modlin capitulated on the 9th", "the garrison of Zamosc laid down its arms
    # on Friday" (blind set 143)
    r"\b(?:fell|fallen|followed|surrendered|capitulated|laid\s+down\s+(?:its|their)\s+arms(?!\s+(?:to|before)\b))"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|late|early|earlier|last|this|that|during|after"
    r"|before|overnight|yesterday|today|within|without|amid|as|when|days?|weeks?"
    # "Kazanskaya and Migulinskaya followed the next day" (spent set 89)
    r"|the\s+(?:next|following|same)\s+(?:day|morning|evening|night|week)"
    # "the claims that X has fallen are a lie"
    r"|is|are|was|were)\b)",
)
_LOSS = re.compile(
    r"\b(?:lost|loses|losing|ceded|cedes|surrendered|hand(?:ed|s|ing)?\s+over|handed|turned\s+over"
    # "formally handing the town and four other municipalities over to the FARC"
    r"|hand(?:ed|s|ing)(?=\s+(?:the|its|their)\s[^.;:]{1,100}?\sover\s+to\b)"
    # "Our men yielded Churubusco to him" (spent set 104): a place yielded, named right after
    r"|gave\s+up|yielded(?=\s+(?-i:[A-Z]))"
    r")"
    r"(?:\s+(?:full\s+)?control\s+(?:of|over))?\b"
    r"(?!\s+(?:\d|one|two|three|four|five|several|many|dozens|hundreds|thousands|scores|at\s+least"
    r"|more\s+than|about|some|their\s+lives|his|her|men|fighters|soldiers)\b)",
    re.I,
)
# "were forced (obliged, compelled) to leave X": a withdrawal forced on a side, not an aim
_FORCED = ("forced", "obliged", "compelled")
_WITHDRAW = re.compile(
    # "units of the army redeployed out of the city of Tadmur" (spent set 75)
    r"\b(?:(?:withdr(?:ew|awn|aws|awing)|retreated|retreating|pulled\s+(?:out|back)|fled"
    r"|redeployed)"
    # "withdrawing its troops from X", "pulled its forces out of X"
    r"(?:\s+(?:its|their|our|the|his)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|units|soldiers|fighters"
    r"|men))?(?:\s+(?:out|back))?"
    # "our units withdrew in good order from X" (spent set 22)
    r"(?:\s+in\s+(?:good|perfect|full)\s+order)?"
    # "our units withdrew on Tuesday from Shuqra" (blind set 20): the day between
    r"(?:\s+(?:early\s+|late\s+)?on\s+(?:[A-Z][a-z]+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}))?"
    r"\s+(?:from|out\s+of)"
    r"|pulled\s+out\s+of|abandoned|evacuated|vacated"
    # "X was given up by Prussian rearguards", "their corps had given up Oporto" (spent sets
    # 112, 120): the side that gave it up the loser, as with "abandoned"
    r"|given\s+up(?=\s+(?:by\b|(?-i:[A-Z])|the\s+(?:town|city|village)\b))"
    # "our fighters were forced to leave Chermen" (spent set 87): a withdrawal forced on a side
    # is one (not "decided to leave X", "refused to abandon X": an aim, see blocked_reason)
    r"|(?:" + "|".join(rf"(?<={w}\sto\s)" for w in _FORCED) + r")(?:withdraw\s+from"
    r"|retreat\s+from|pull\s+out\s+of|abandon|evacuate"
    r"|leave(?=\s+(?:the\s+(?:town|city|village)\b|(?-i:[A-Z]))))"
    # "pulled its forces out of X"; "completed its withdrawal from X"
    r"|pulled\s+(?:its|their|our|the|his)\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|units|soldiers"
    r"|fighters|men)\s+(?:out\s+of|from|back\s+from)"
    r"|(?<=completed\s)(?:its|their|the)\s+(?:[\w-]+\s+)?withdrawal\s+from"
    r"|(?<=announced\s)(?:its|their|the)\s+(?:[\w-]+\s+)?withdrawal\s+from"
    # "our forces made a tactical withdrawal from X", "carried out a planned withdrawal from
    # the town" (spent sets 5-7, 13: a statement's word for its own loss)
    r"|(?:made|makes|carried\s+out|carries\s+out|conducted|effected|executed|undertook"
    r"|performed)\s+(?:an?|its|their|our|the)\s+(?:[\w-]+\s+){0,2}?withdrawal\s+from"
    # "our armed forces yesterday carried out a tactical repositioning from X" (spent set 125):
    # the same word for a loss, with a day between
    r"|(?:carried\s+out|carries\s+out|conducted|made|completed)\s+(?:(?:yesterday|today|on\s+"
    r"[A-Z][a-z]+day)\s+)?(?:an?|its|their|our|the)\s+(?:[\w-]+\s+){0,2}?(?:repositioning"
    r"|redeployment|regrouping|withdrawal)\s+(?:of\s+(?:its|their|our)\s+(?:[\w-]+\s+)?(?:forces"
    r"|troops|units)\s+)?(?:from|out\s+of)"
    # "the militias fled Al-Jmail": "fled" with the place as its object (not "fled to X",
    # "fled the fighting"; a place must follow, see Extractor._clause_places)
    r"|fled(?=\s+(?!to\b|into\b|towards?\b|across\b|the\s+(?:fighting|violence|country|area"
    r"|region|shelling|bombing|clashes|advance)\b))"
    # "our fighters left Elabered on the night of 24 November": a side leaving a place named
    # right after the verb (a side must be its subject, see Extractor._clause)
    # "the Villistas left Chihuahua, and ..." (spent set 79): the name may end at a comma or stop
    r"|left(?=\s+(?:the\s+(?:town|city|village)\b|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
    r"(?:\s*[,.;]|\s+(?:on|in|at|early|late|during|overnight|before|after|and)\b))))\b",
    re.I,
)
# the auxiliary is lower-case: "which IS captured" names the Islamic State
PASSIVE_BEFORE = re.compile(
    r"\b(?:[Ww]as|[Ww]ere|been|being|is|are|be|get|got)\s+"
    r"(?:(?:\w+ly|also|now|finally|then|since|later)\s+)?"
    # 'that Teminabuan has been "liberated"': the participle in quotation marks
    r"[\"“‘']?$"
)
_BLOCKERS = frozenset(
    "to not never no n't would will could might may cannot can't failed unable attempt attempted "
    "attempting trying tried try tries threatened vowed plans planned planning aims aiming hopes "
    "hoping seeking sought verge brink briefly".split()
)
# "did not deny", "never disputed": no denial
_NOT = r"(?<!not\s)(?<!n't\s)(?<!n’t\s)(?<!never\s)"
#: Articles, possessives and demonstratives: the words before a noun that are not the noun.
DETERMINERS = frozenset("the a an its their his her our this that these those".split())
_DENIAL = re.compile(
    _NOT + r"\bden(?:y|ies|ied|ying)\b|\brejected\s+(?:the\s+)?(?:reports?|claims?)\b"
    r"|\bclaims?\s+(?:[\w'’-]+\s+){0,4}?rejected\b",
    re.I,
)
#: A copula calling a report a lie: "is a lie", "are completely false", "is also baseless", "is
#: a shameless lie" (one list for the sentence's own dispute, a dismissal and the next sentence's)
CALLED_A_LIE = (
    r"(?:is|are|was|were)\s+(?:all\s+|also\s+)?(?:\w+ly\s+)?(?:an?\s+|pure\s+|mere\s+)?"
    r"(?:(?:shameless|complete|total|outright|blatant|brazen)\s+)?"
    r"(?:lies?|untrue|false|baseless|fabricated|fabrications?|propaganda|fake|nonsense|groundless"
    r"|invention)\b"
)
DISPUTE = re.compile(
    _NOT
    + r"\bden(?:y|ies|ied|ying)\b|\bstill\s+(?:going\s+on|raging|under\s+way|underway|continuing)\b"
    r"|"
    + _NOT
    + r"\bcontested\b|"
    + _NOT
    + r"\bdisputed?\b|\brejected\s+(?:the\s+)?(?:reports?|claims?)\b"
    r"|\bclaims?\s+(?:[\w'’-]+\s+){0,4}?rejected\b"
    r"|\bremain(?:s|ed)?\s+in\s+(?:control|the\s+hands)\b"
    # "the claim ... is a lie", "dismissed as propaganda"
    r"|\b" + CALLED_A_LIE + r"|\bdismissed\s+as\b",
    re.I,
)
# "could not be independently verified": a claim, not a confirmed fact (nor a denial)
UNVERIFIED = re.compile(
    r"\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verif(?:ied|y)|confirm(?:ed)?)\b"
    r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)\b"
    r"|\bunverified\b|\bunable\s+to\s+(?:independently\s+)?(?:verify|confirm)\b",
    re.I,
)
# the reporter's own observation ("a Reuters reporter who accompanied troops into the town
# saw ...", "AP journalists who visited X saw ..."), or footage someone verified
OBSERVED = re.compile(
    r"(?i)\b(?:reporters?|correspondents?|journalists?|photographers?)\b[^.;]{0,200}?"
    r"\b(?:saw|seen|visited|witnessed|observed)\b"
    r"|\b(?:geolocated|independently\s+verified)\s+(?:footage|videos?|images|photos|photographs)\b"
)
# a second source standing by the statement: "..., which the Observatory confirmed"
CONFIRMING = re.compile(
    r"\b(?:independently\s+)?(?:confirmed|corroborated|also\s+(?:said|reported|announced))\b",
    re.I,
)
OBJ_STOP = re.compile(
    r"[,;:()\[\]—–]|\.(?:\s|$)|\s(?:from|on|in|late|early|earlier|after|before|since|during|over"
    r"|last|this|when|while|as|but|which|who|where|amid|following|according|with|without|under|at"
    r"|by|into|toward|towards|to|for|through|within|until|despite|because|itself|too|also"
    r"|and\s+(?:has|had|have|was|were|is|are|would|will|then|said|says|later|its|their)"
    # "drove the defenders out of the town and found the Ludendorff bridge" (blind set 145):
    # a second verb in the past tense ends the object (lower case: never a name)
    r"|and\s+(?-i:found|[a-z]{2,}ed))\b"
    # "As-Sukhnah", "At-Tanf": an article prefix of a name, not the word "as"/"at"
    r"(?![-‑'’])",
    re.I,
)
OBJ_FIGURE = re.compile(
    r"^\s*(?:(?:more|less|fewer)\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|some\s+|around\s+"
    r"|roughly\s+|at\s+least\s+|up\s+to\s+|an?\s+(?:estimated\s+)?(?:area|total)\s+of\s+)?"
    r"(?:[\d.,]+\s*(?:square|sq\b|km|kilomet|mile|hectare|acre|dunam|donum)"
    # "freed more than sixty per cent of the Bukharan Republic" (spent set 88): a share
    r"|(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s*(?:per\s*cent|percent|%)\s+of\b)",
    re.I,
)
NOT_OBJECT_BEFORE = re.compile(
    r"\b(?:near|around|outside|beyond|toward|towards|road\s+to|(?:north|south|east|west|northeast"
    r"|northwest|southeast|southwest)(?:ern)?\s+of|of\s+the\s+road\s+to"
    # "will not declare the country liberated until X falls": a condition, not the object
    r"|until|unless"
    # "seized parts of X", "entered the outskirts of X": a part of the place, not the place
    r"|(?:parts?|outskirts|suburbs)\s+of(?:(?:\s+(?!and\b)[A-Z][\w'’-]*)+(?:\s*,|\s+and))*)"
    r"\s+(?:the\s+)?"
    r"(?:(?:town|city|village|district|area|province)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
ANAPHOR = re.compile(
    # "took (full) control of the town": the town the noun stands for
    r"^\s*(?:all\s+of\s+|the\s+rest\s+of\s+|the\s+ruins\s+of\s+"
    r"|(?:(?:full|total|complete|effective)\s+)?control\s+(?:of|over)\s+)?"
    # "took the fort and the town", "seized the airport and the city" (spent set 77)
    r"(?:the\s+(?:fort|forts|barracks|citadel|airport|airfield|station|port|bridges?|garrison"
    r"|police\s+post|post)\s+and\s+)?"
    # "this mining city" (spent set 71); "withdrew from Pooneryn ... the Sinhala army entered
    # an empty town" (spent set 151): a town left empty, told before
    r"(?:(?:the|this)\s+(?:[a-z]+\s+){0,2}?"
    r"|an?\s+(?:(?:almost|nearly|half|largely)[\s-]+)?(?:empty|abandoned|deserted|evacuated)\s+)"
    r"(?P<noun>" + "|".join(f"(?:{n})" for n, _ in ANAPHOR_NOUNS) + r")\b",
    re.I,
)
HELD_BY = re.compile(
    r"\b(?:had\s+been|has\s+been|was|were|been)\s+(?:\w+\s+)?(?:held|controlled|occupied)\s+by\s+"
    r"|\b(?:in|under)\s+the\s+(?:hands|control)\s+of\s+",
    re.I,
)
# "(less than) three months after [the jihadists overran it]": before the verb, relative to
# the change drafted earlier in the sentence
# how a count of days is bounded: "less than", "over", "some", "about"
_COUNT_Q = (
    r"(?P<q>less\s+than|under|within|more\s+than|over|about|some|nearly|almost|around"
    r"|roughly|just|only)"
)
# "(less than) three", "the", "several", "a few" or no number, before the unit of a count
_COUNT = rf"\b(?:{_COUNT_Q}\s+)?(?:(?P<n>{NUMW}|the|several|a\s+few)\s+|(?<!\w))"
RELATIVE_DAY = re.compile(
    _COUNT + r"(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>after|before)\b(?:[^,;]{0,80})$",
    re.I,
)
# "entered X two days after the army left it on 26 March", "some days before": a count from
# the day another clause gives (after the verb, or opening the sentence)
COUNTED_FROM = re.compile(
    r"(?i)" + _COUNT + r"(?P<unit>days?|weeks?|months?)\s+(?P<dir>after|before)\b"
)
# "[IS pushed them out of it] two days later", "the next day": after the verb
LATER = re.compile(
    rf"\b(?:(?:{_COUNT_Q}\s+)?"
    rf"(?P<n>{NUMW}|several|a\s+few)\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    r"(?P<dir>later|afterwards?|earlier|before)"
    r"|(?:the\s+)?(?P<next>next|following|previous)\s+(?P<unit2>day|week|month|morning|afternoon|evening|night))\b",
    re.I,
)
# a pluperfect verb ("had captured", "had been seized"): background, dated only by its own words
PLUPERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:(?:\w+ly|also|already|first|once|previously|earlier|since)\s+)?"
    r"(?:been\s+(?:(?:\w+ly|also|first)\s+)?)?$",
    re.I,
)
# the loser's own word, a verb of saying too: "a government spokesman acknowledged that troops
# had withdrawn"
ADMITTED = r"acknowledged|acknowledges|admitted|admits|conceded|concedes"
REPORTED = re.compile(
    r"\b(?:said|says|say|claimed|claims|announced|reported|reports|told|added|stated|confirmed"
    rf"|declared|assessed|assesses|according\s+to|{ADMITTED})\b",
    re.I,
)
# a description of fighters that names no actor of the theatre ("U.S.-backed Syrian fighters")
UNKNOWN_SUBJECT = re.compile(
    r"(?:^|(?<=\s))(?:[\w.'’-]+\s+){0,3}?(?:fighters|forces|troops|rebels|militants|militias"
    r"|militiamen|alliance|soldiers|gunmen|insurgents|(?:armed|rebel|insurgent|militant)\s+groups?)\b",
    re.I,
)
# a body of troops as a subject: "our columns entered X", "the vanguard entered X" (spent set
# 95), not "columns of refugees"
#: Bodies of troops smaller than an army, a force both as a subject ("a detachment entered X",
#: :data:`FORCE_BODY`) and before "of" ("handed X over to a detachment of Y's troops")
UNIT_NOUNS = r"regiments?|detachments?|squadrons?|patrols?|vanguard"
FORCE_BODY = re.compile(
    r"(?i)\b(?:units?|columns?(?!\s+of\b)|battalions?|brigades?|divisions?|rearguard"
    rf"|{UNIT_NOUNS}|cavalry|infantry|marines|paratroopers"
    # "the motorised column of the expeditionary corps entered Tirana" (blind set 180), not the
    # diplomatic, consular or press corps
    r"|(?<!diplomatic\s)(?<!consular\s)(?<!press\s)(?<!peace\s)corps"
    # "elements of the 4th Marine Battalion entered X" (spent set 93)
    r"|commandos|elements"
    # the arms of older armies (blind set 115): "the lancers entered Mier"
    rf"|{ARMS_OF_SERVICE}"
    r")\b"
)
# "Sukhnah, which IS fighters had captured in May 2015": the place before "which" is the object
WHICH = re.compile(r"(?:,\s*|\s+)(?:which|that)\s+[^,;:—–]*$", re.I)


# "after the fall of Resafa to government forces": the place after, the gainer after "to"
_FALL_OF = re.compile(
    r"\b(?:the\s+)?fall\s+of(?=\s)"
    # "the liberation of Warder on 24 July", "since the capture of X in December": a change
    # named as a noun, only with the day it happened right after the place (stop 32), not
    # "the battle for the liberation of X", "plans for the capture of X"
    r"|(?<!\bfor\s)\bthe\s+(?:liberation|capture|recapture|seizure)\s+of(?=\s+(?:the\s+(?:town|city"
    r"|village|port)\s+of\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2},?\s+"
    r"(?:on\s+(?:\d|" + WD + r"|(?-i:[A-Z])[a-z]+\s+\d)|in\s+(?:early\s+|late\s+|mid-?)?"
    r"(?-i:[A-Z])[a-z]+\b|last\s+(?:week|month|" + WD + r")))",
    re.I,
)
# "the militants had held Tal Afar since June 2014": a background change, dated by "since"
_HELD_SINCE = re.compile(
    r"\b(?:had|have|has)\s+(?:(?:\w+ly|long|already|firmly)\s+)?(?:held|controlled|occupied)\b",
    re.I,
)
# a statement of a change's day by another change: "on the same day", "that day"
SAME_DAY = re.compile(
    r"(?i)\b(?:on\s+|in\s+)?(?:the\s+same\s+|that\s+(?:same\s+)?)"
    r"(?:day|morning|afternoon|evening|night)\b"
    # "Our fighters have liberated X ... At the same time, our forces took control of Y"
    # (spent set 95): a sentence opening on it
    r"|(?:^|(?<=[.!?]\s))(?:At|at)\s+the\s+same\s+time\b"
)


@dataclass
class Verb:
    pattern: str
    start: int
    end: int
    text: str
    mid: tuple[int, int] | None = None  # drive-out: where the driven-out actor is named
    # a side's claim to hold the place, not a holding told as fact: "the claims by X that
    # they hold Y", "X said that it now controls Y" (:func:`_claims_to_hold`)
    claimed_hold: bool = False


# "drove through the streets in captured Humvees": no verb follows a preposition directly
# (or an indefinite article: "entered an abandoned town", spent set 151)
_AFTER_PREPOSITION = re.compile(r"(?i)\b(?:in|with|aboard|using|from|into|onto|among|an?)\s+$")
_PARTICIPLE = re.compile(r"(?i)[a-z]+ed|(?:re)?taken")


# a passive infinitive: "to be won back", "to have been taken"
_TO_BE = re.compile(r"(?i)\bto\s+(?:be|have\s+been)\s+$")
# "the Liberating Army", "the Liberated Zone": a capitalised verb form between "the" and a
# capitalised word is a word of a name (spent set 134)
_IN_A_NAME = re.compile(r"(?<=\b[Tt]he\s)[A-Z][a-z]+(?=\s+[A-Z][a-z])")


def _adjective(text: str, start: int, m: re.Match) -> bool:
    """A participle right after a preposition or "a"/"an" ("in captured tanks", "an abandoned
    town") is an adjective, not a verb: it neither tells a change nor ends the clause of the
    verb before it; nor is a verb form inside a name ("the Liberating Army") or a passive
    infinitive ("the first port to be won back")."""
    name = _IN_A_NAME.match(text, m.start())
    if name is not None and name.end() == m.end() and m.start() > start:
        return True
    # "Cherbourg, the first great port to be won back in France, was captured by ...": a
    # passive infinitive in an aside tells no change of its own (spent set 151)
    if _TO_BE.search(text, max(start, m.start() - 20), m.start()):
        return True
    return bool(_PARTICIPLE.fullmatch(m.group(0))) and bool(
        _AFTER_PREPOSITION.search(text, max(start, m.start() - 12), m.start())
    )


# the verbs of holding a place ("holds", "controls")
_HOLD_WORDS = r"holds?|controls?"
# "the claims by X that they hold Y are lies", "the versions spread by X that it controls Y":
# a side claiming to hold a place claims its change (a change only inside a party's claim)
_CLAIMED_HOLD = re.compile(
    r"(?:(?<=\bthat\sthey\s)|(?<=\bthat\sit\s)|(?<=\bthey\snow\s)|(?<=\bit\snow\s))"
    rf"(?:{_HOLD_WORDS})\b(?!\s+(?:out|on|talks|elections?|positions?)\b)",
    re.I,
)


# "the Romanian command's claim that Szentes is in its hands is a lie", "the claims of Radio
# Djakarta that Serian is in the hands of freedom fighters are lies": a place a side claims
# to hold, the place before (a change only inside a party's claim; spent sets 63, 65)
_CLAIMED_HANDS = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:firmly\s+)?in\s+(?:(?:its|their)\s+hands\b|the\s+hands\s+of\s+)",
    re.I,
)


def _claimed_hold(text: str, sent: Sentence) -> list[Verb]:
    """The verbs of :data:`_CLAIMED_HOLD` and :data:`_CLAIMED_HANDS` inside a party's claim
    (:data:`_PARTY_CLAIM`)."""
    return [
        Verb("capture", m.start(), m.end(), m.group(0), claimed_hold=True)
        for m in _CLAIMED_HOLD.finditer(text, sent.start, sent.end)
        if _PARTY_CLAIM.search(text[sent.start : m.start()])
    ] + [
        Verb("fell-to", m.start(), m.end(), m.group(0))
        for m in _CLAIMED_HANDS.finditer(text, sent.start, sent.end)
        if _PARTY_CLAIM.search(text[sent.start : m.start()])
    ]


_HOLD_VERB = re.compile(rf"(?i){_HOLD_WORDS}")
#: A capture verb that tells a holding as of now ("now holds X", "are now in control of X"):
#: the hold verbs, and "in (full) control of".
NOW_STATE = re.compile(rf"(?i){_HOLD_WORDS}|in\s+(?:\w+\s+)?control\s+of")
_THAT_THEY = re.compile(r"(?i)\bthat\s+(?:they|it)\s+(?:now\s+)?$")


def _claims_to_hold(text: str, m: re.Match) -> bool:
    """Is a capture verb "hold"/"control" told as what a side says it holds ("X said that
    they now hold Y"), not as a fact ("the people's army now holds the town")?"""
    return bool(_HOLD_VERB.fullmatch(m.group(0))) and bool(
        _THAT_THEY.search(text, max(0, m.start() - 20), m.start())
    )


# "pushed the rebels back from X", "were driven back from X": repelled from a place they did
# not hold (fighting, not a change)
_PUSHED_BACK = re.compile(r"(?i)\bback\s+(?:from|out\s+from)$")
# "the Third Army, pushing up from Bastogne", "drove north from X" (spent set 157): a way
# taken from a place, no side driven out of it (nothing but a direction between verb and "from")
_WAY_FROM = re.compile(
    r"(?i)\s*(?:(?:up|on|onward|ahead|forward|inland|deeper|further|farther|(?:north|south)"
    r"(?:[\s-]?(?:east|west))?|east|west|(?:north|south|east|west)wards?)\s+"
    # "pushed down the valley from Tolmino" (spent set 150): a way along the land
    r"|(?:down|up|along|across|through)\s+the\s+(?:valley|road|river|coast|highway|railway"
    r"|pass|ridge|slopes?|heights|hills?|plain|line|track|corridor)\s+)"
)


# "(were) the first (troops) to": the infinitive after "the first" tells what was done
_FIRST_TO = r"\b(?:was|were|is|are)\s+the\s+first\s+(?:[\w'’-]+\s+){0,2}?to"
# "our battalion was the first to enter La Victoria" (blind set 111): the base form, only
# after "the first ... to" (elsewhere an infinitive is an aim, and no verb is found for it)
_FIRST_TO_ENTER = re.compile(_FIRST_TO + r"\s+(?P<v>enter|occupy)\b", re.I)


def find_verbs(text: str, sent: Sentence) -> list[Verb]:
    found: list[Verb] = _claimed_hold(text, sent)
    found += [
        Verb("capture", m.start("v"), m.end("v"), m.group("v"))
        for m in _FIRST_TO_ENTER.finditer(text, sent.start, sent.end)
    ]
    for pattern, rx in (
        ("drive-out", _DRIVE),
        ("drive-out", _DRIVE_BARE),
        ("fell-to", _FELL),
        ("fell", _FELL_BARE),
        ("capture", _CAPTURE),
        ("loss", _LOSS),
        ("withdrawal", _WITHDRAW),
        ("held-since", _HELD_SINCE),
        ("fall-of", _FALL_OF),
    ):
        for m in rx.finditer(text, sent.start, sent.end):
            if _adjective(text, sent.start, m):
                continue
            if pattern == "drive-out" and _PUSHED_BACK.search(m.group(0)):
                continue  # "pushed the rebels back from X": an attack repelled, no change
            if pattern == "drive-out" and _WAY_FROM.fullmatch(m.group("mid") or "x"):
                continue  # "pushing up from X": a way taken, no one driven out
            mid = m.span("mid") if pattern == "drive-out" else None
            claimed = pattern == "capture" and _claims_to_hold(text, m)
            found.append(Verb(pattern, m.start(), m.end(), m.group(0), mid, claimed))
    found.sort(key=lambda v: (v.start, -(v.end - v.start)))
    out: list[Verb] = []
    for v in found:
        if not out or v.start >= out[-1].end:
            if out and out[-1].text.lower() == "declared" and v.start - out[-1].end < 60:
                continue  # "declared X liberated": the participle is part of "declared"
            out.append(v)
    return out


_LOYAL_TO = re.compile(r"(?i)\b(?:loyal|allied|faithful|answering)\s+to\s+(?:\S+\s+){0,6}\S+\s*$")


# "May" the month: by a day's number ("7 May", "May 7"), or capitalised inside a sentence
_MONTH_MAY = re.compile(r"(?<=\d\s)May\b|\bMay(?=\s+\d)|(?<=[\w,]\s)May\b")

# the clause before a verb ends on "the first ... to" (see blocked_reason)
_FIRST_TO_END = re.compile(r"(?i)" + _FIRST_TO + r"\s*$")


def blocked_reason(
    text: str, sent: Sentence, v: Verb, is_party: Callable[[int, int], bool] | None = None
) -> str | None:
    """Why a verb is not a change (infinitive, modal, negation, denial), or None.

    ``is_party(start, end)`` (offsets in ``text``) says whether a span names a side: a denied
    claim is a change (disputed) only when its claimant is one."""
    before = text[sent.start : v.start]
    clause = re.split(r"[,;:—–()]", before)[-1]
    # "On 7 May the rebels entered X": the month, not the modal "may"
    clause = _MONTH_MAY.sub("_month_", clause)
    every = re.findall(r"[\w']+", clause.lower())
    words = every[-3:]
    if words[-2:] == ["to", "have"]:
        words = words[:-2]  # "claimed to have captured": a claimed change, not an aim
    if len(words) >= 2 and words[-1] == "to" and words[-2] in _FORCED:
        words = words[:-2]  # "were forced to leave X": a withdrawal, not an aim
    # "our battalion was the first to enter X", "were the first troops to enter X" (blind set
    # 111): a change told by who came first, not an aim
    if words and words[-1] == "to" and _FIRST_TO_END.search(clause):
        words = words[:-1]
    if words and words[-1] == "to":
        return "infinitive ('to ...'): an aim, not a change"
    # "troops loyal to the government entered X": "to" before a noun phrase is no infinitive
    hit = [
        w
        for i, w in enumerate(words)
        if (w in _BLOCKERS or w.endswith("n't"))
        and not (w == "to" and i + 1 < len(words) and words[i + 1] in DETERMINERS)
        # "soldiers loyal to <Name> seized X": "to" after "loyal" names whom they follow
        and not (w == "to" and "to" in every[:-1] and _LOYAL_TO.search(clause))
        # "briefly entered X" is a raid; "briefly seized X" a change soon reversed
        and not (w == "briefly" and not re.search(r"(?i)enter|into", v.text))
    ]
    if hit:
        return f"'{hit[-1]}' before the verb: not a reported change"
    # "X denies the claims broadcast yesterday by Y's radio that Y's troops took Z": a party's
    # claim, denied, is a disputed change, not none (blind sets 10 and 11: 3 changes); a
    # denial of reports nobody is said to make ("denied reports that ...") stays no change
    in_text = None if is_party is None else (lambda a, b: is_party(sent.start + a, sent.start + b))
    if _DENIAL.search(before) and not denied_party_claim(before, in_text):
        return "denied"
    if _UNTIL.search(before) and (
        re.search(r"(?i)\b(?:is|are|be|has\s+been|have\s+been)\s+(?:\w+ly\s+)?$", before)
        or not re.search(r"(?i)(?:ed|en|ook|un|an)$", v.text)
    ):
        return "a condition ('until ... is taken'): the aim of an operation, not a change"
    # "Unconfirmed reports that rebels have entered X could not be verified": hearsay whose
    # report the sentence itself says nobody verified
    unverified = UNVERIFIED.search(before) or re.search(r"(?i)\bunconfirmed\b", before)
    if not unverified and _HEARSAY.search(before):
        unverified = UNVERIFIED.search(text, v.end, sent.end)
    if _HEARSAY.search(before) and (unverified or re.search(r"(?i)rumou?r", before)):
        return "an unverified report or rumour, not a reported change"
    hearsay = _HEARSAY.search(before)
    if (
        hearsay
        and not _CLAIMANT.match(before, hearsay.start())
        # "the claims broadcast yesterday by the ELF that ...": a claim a party made; "the
        # communique of X, which claims that ...": the claim is the party's communique's
        and not _PARTY_CLAIM.match(before, hearsay.start())
        and not (
            re.search(r"(?i),\s+which\s+$", before[: hearsay.start()])
            and _PARTY_CLAIM.search(before)
        )
        # "the X regime's claims that ...": a party's claim, however it is judged
        and not _POSSESSOR_BEFORE.search(before, 0, hearsay.start())
        and (_DISMISSED.search(before) or _DISMISSED.search(text, v.end, sent.end))
    ):
        # a party's claim called a lie stays a draft (disputed); reports nobody made are none
        return "reports nobody claims, dismissed in the text (false, a lie): not a change"
    return None


# "the claims of the X militia that", "the reports broadcast yesterday by the radio of the X
# that", "claims made by the army that": a claim a party made, up to the verb's clause
_PARTY_CLAIM = re.compile(
    # "the news spread by the clandestine radio of X that", "the versions spread by X that"
    # "the assertion of the Salvation Committee's bulletin, printed yesterday at Heydekrug,
    # that Memel has fallen to its forces" (spent set 70): an aside before "that"
    r"(?i)\b(?:claims?|reports?|allegations?|assertions?|news|versions?"
    # "The communique of the Serbian Supreme Command of 26 October, which claims that Serbian
    # troops retook Vranje ..., is a complete invention" (blind set 146)
    r"|communiqu[eé]s?|bulletins?|statements?|announcements?|proclamations?)\s+"
    r"(?:(?:made|broadcast|issued|aired|published|printed|spread|circulated)\s+)?"
    r"(?:(?:on\s+)?(?:yesterday|today|last\s+night|\w+day)\s+)?(?:by|of|from)\s+(?:the\s+)?"
    r"(?!(?:social|media|residents?|unnamed|certain|foreign|some|local|several|many)\b)"
    r"(?P<who>[^.;,:]{1,80}?)(?:,\s+[^.;,:]{1,80},)?(?:\s+that|,?\s+according\s+to\s+which"
    r"|,\s+which\s+(?:claims|claimed|asserts|asserted|alleges|alleged|pretends|says|said)"
    r"\s+that)\b"
    r"[^.;]*$"
    # "The Romanian command's claim, published on Monday in its bulletin, that Szentes is in
    # its hands is a lie": the possessor names the claimant (spent set 63)
    r"|\b(?P<pwho>(?:(?-i:[A-Z])[\w’'-]*\s+){0,3}[\w-]+)(?:['’]s|(?<=s)['’])\s+"
    r"(?:(?:radio|media|television|official)\s+)?(?:claims?|allegations?|versions?)"
    r"(?:\s*,\s*[^.;,:]{1,80},)?\s+that\b[^.;]*$"
)


def _claimant_span(m: re.Match) -> tuple[int, int]:
    """The span of who made the claim :data:`_PARTY_CLAIM` matched."""
    return m.span("who") if m.group("who") is not None else m.span("pwho")


def denied_claim_by(before: str) -> tuple[int, int] | None:
    """Where ``before`` (a sentence up to a change's verb) names who made a claim it denies,
    the verb inside the claim: "The Ministry denies the claims of the X militia that its
    elements had entered ..." -> the span of "X militia"; None when no claim of anyone is
    denied ("denied reports that", "reports by certain foreign media according to which").
    Whether the one named is a party is the caller's to say (:func:`denied_party_claim`)."""
    denial = _DENIAL.search(before)
    party = _PARTY_CLAIM.search(before)
    if denial and party and party.start() > denial.start():
        return _claimant_span(party)
    return None


def claim_by(before: str) -> tuple[int, int] | None:
    """Where ``before`` (a sentence up to a change's verb) names who made the claim the verb
    is inside, denied or not: "the claims broadcast yesterday by the ELF that Barentu has
    fallen" -> the span of "ELF"; None when no claimant is named ("reports that ...", "claims
    by certain foreign media that ...")."""
    party = _PARTY_CLAIM.search(before)
    return _claimant_span(party) if party else None


def denied_party_claim(before: str, is_party: Callable[[int, int], bool] | None = None) -> bool:
    """Does ``before`` deny a claim a party made, the verb inside it (:func:`denied_claim_by`)?
    ``is_party(start, end)`` says whether the span naming the claimant names a side; without
    it any claimant counts.  A monitor's, activists' or journalists' reports, denied, are no
    party's claim: a denial of them is no change."""
    span = denied_claim_by(before)
    return span is not None and (is_party is None or is_party(*span))


# "the claim of the government that", "claims made by the army that": a party claims it
_CLAIMANT = re.compile(
    r"(?i)(?:rumou?rs?|claims?|reports?|allegations?)\s+(?:made\s+)?(?:by|of|from)\s+"
    r"(?:the\s+)?(?!social\b|media\b|residents?\b|unnamed\b)"
)
# "the enemy's claims", "the X regime's radio reports": a possessor names the claimant
_POSSESSOR_BEFORE = re.compile(
    r"[\w)][’']s\s+(?:(?:radio|media|television|tv|website|spokesman|official)\s+)?$"
)
# "the claim that X had fallen is a lie", "reports that ... were dismissed as false"
_DISMISSED = re.compile(
    r"(?i)\b(?:" + CALLED_A_LIE + r"|dismissed|rejected|refuted|debunked"
    # "The public is advised to disregard posts ... claiming that ..."
    r"|disregard|ignore"
    # "reports that ... do not correspond to reality", "... are not true", "have no basis"
    r"|(?:do|does|did)\s+not\s+correspond\s+to\s+(?:the\s+)?(?:reality|truth|facts)"
    r"|(?:is|are|was|were)\s+not\s+true|(?:has|have|had)\s+no\s+(?:basis|foundation))\b"
)


# "operations will continue until X is liberated": present tense after "until"
_UNTIL = re.compile(r"(?i)\buntil\b[^,;.:]{0,100}$")
# "could not verify claims that X had entered Y", "a rumour that Y had fallen"
_HEARSAY = re.compile(
    r"(?i)\b(?:rumou?rs?|claims?|reports?|allegations?|posts|messages)\s+(?:[\w'’-]+\s+){0,5}?"
    r"that\b[^.;]*$"
)
