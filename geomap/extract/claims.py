"""Area claims: figures of area in a sentence, whether a length is meant as an area, who claims it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..units import AreaFigure, ReferenceArea, find_area_figures
from .dates import MONTH_NAMES, WD
from .gazetteer import ActorMention
from .patterns import ADMITTED
from .text import Sentence

#: Columns of :attr:`Extraction.claims <geomap.extract.Extraction>`.
CLAIM_COLUMNS = [
    "figure",
    "value_km2",
    "unit",
    "unit_kind",
    "unit_corrected",
    "qualifier",
    "bound",
    "conversion",
    "conversion_expected",
    "reference",
    "claimant",
    "notes",
    "evidence",
    "char_span",
]

_AREA_BEFORE = re.compile(
    r"\b(?:took|taken|take|takes|taking|seized|seize|captured|retaken|retook|recaptured|gained|gain"
    r"|gains?\s+(?:at|of|to)|control(?:led)?\s+(?:of|over)|(?:rule|sway|authority|grip)\s+over|brought|lost|losing|cleared|liberated"
    r"|freed|overran|conquered|conquering|conquer|capturing|seizing|recovered|regained"
    r"|secured|expanded|covering|covers?|spanning|area\s+of|territory\s+of|total\s+of|amounting\s+to"
    # "pretends to hold \"more than 5,000 kilometres\" of the mountains"
    r"|measuring|hold|holds|holding|held|controls?|controlling|controlled"
    # "ZANLA now controlled \"more than 400 kilometres of the north-east\"", "the army
    # \"already commands some 50 kilometres of the nitrate pampa\"" (spent sets 28, 114)
    r"|commands|commanded|occup(?:y|ies|ying|ied)"
    # "our companies now guard more than 40 kilometres of the Adige valley", "had won back more
    # than 200 kilometres of the Brie", "we have driven the enemy from more than 400 kilometres
    # of Navarre" (blind sets 223, 224, 232, 233)
    r"|guard|guards|guarded|guarding|won\s+back|win\s+back|wins\s+back|trampled|ravaged"
    r"|(?:driven|drove|drives|swept|sweeps|chased|expelled|cleared)\s+(?:[\w'’-]+\s+){0,3}?from)"
    # a quoted verb: boasts of "conquering" 600 kilometres of Castile (spent set 150)
    r"[\"”]?\s+[\"“]?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_AREA_AFTER = re.compile(
    # a closing quote may stand between: holds "over 40,000 kilometres" of our country
    r"^[\"”’']?\s*(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:territory|land|desert|ground"
    r"|countryside|farmland|terrain|area|territories|lands|soil|homeland|mountains|hills"
    r"|highlands|plateau|jungle|forests?|bush|marshes|swamps)\b"
    # the whole a share is of, ending the phrase: "of our country", "of the province," (not
    # "of the country's roads", "of the district centre")
    r"|(?:country|republic|province|governorate|region|district)"
    r"(?=\s*(?:[,.;:!?)\"”’—–]|$)|\s+(?:and|but|in|on|at|by|since|after|before|under|which|that"
    r"|while|with|from|to|or|as|including|alone|itself)\b))"
    r"|in\s+(?:the\s+)?(?:province|desert|region|area|countryside|lands?)\b)",
    re.I,
)
_DISTANCE_AFTER = re.compile(
    r"^\s*(?:(?:from|away|short\s+of|outside|inside|into|beyond|along|long|wide|deep|high|behind"
    # (whole words: "of Italian soil" is no "of it", spent set 161)
    r"|ahead|of\s+(?:it|them|the\s+(?:border|city|town|front|frontier|capital))"
    r"|to\s+the\s+(?:north|south|east|west))\b"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern|ward)?\b)",
    re.I,
)


_MAYBE_FIGURE = re.compile(
    r"\d|hundred|thousand|million|size|larger|bigger|smaller|as\s+(?:large|big)|per\s*cent"
    r"|\b(?:half|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?"
    # "a hundredth part of Soviet Russia" (spent set 89)
    r"|twelfths?|twentieths?|fiftieths?|hundredths?|thousandths?)(?:\s+parts?)?\s+of\b"
    # "the subversives pretend to control half the country" (spent set 71)
    r"|\bhalf\s+the\b",
    re.I,
)


# the words of about how much before a figure: "some", "more than", "just under"
_ABOUT = r"some|about|around|roughly|nearly|almost|over|more\s+than|just\s+(?:over|under)"
# the land that grows a harvest, named after a figure ("of wheat fields") or before it
_FIELD_NOUNS = (
    r"crops?|harvests?|cropland|fields|plantations?|orchards?|vineyards?|gardens?|groves?|paddies"
)
# an area of what grows, burned, destroyed or abandoned: "some 300 hectares of crops were
# burned", "300 hectares of swamp rice were abandoned by farmers who fled" is
# damage, not ground a side holds ("retook 400 sq km of forest" is ground: forest, woodland
# and pasture are land a side holds, and crops are damage only with a damage verb near)
_NOT_HELD_AFTER = re.compile(
    rf"^\s*of\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_FIELD_NOUNS}|vegetation"
    r"|rice|wheat|maize|sorghum|millet|paddy|farmland"
    r"|cotton|coffee|cocoa|tea"
    # "2,000 hectares of oats and barley ... were trampled or cut green for horses", "4,000
    # hectares of pasture under salt water" (blind sets 185-188: relief reports of the harvest)
    r"|oats|barley|rye|grain|corn|vines|potatoes|beans|tobacco|hay|pastures?)\b",
    re.I,
)
# a field or crop named right before its size, in apposition: "The mission's wheat fields,
# about 40 hectares, were trampled", "The sugar fields along the coast, some 900 hectares in
# all, are lost for this year" (blind sets 190, 192)
_NOT_HELD_BEFORE = re.compile(
    rf"(?i)\b(?:{_FIELD_NOUNS})\b[^.;:,]{{0,40}},\s*(?:(?:some|about|around|roughly|nearly"
    r"|almost|over|more\s+than)\s+)?$"
)
_DAMAGE = re.compile(
    r"\b(?:burn(?:ed|t|s|ing)?|destroy(?:ed|s|ing)?|torch(?:ed|es|ing)?|raz(?:ed|es|ing)"
    r"|set\s+(?:on\s+)?fire|ablaze|abandon(?:ed|s|ing)?|unharvested|untended|left\s+fallow"
    r"|flood(?:ed|s|ing)|trampl(?:ed|es|ing)|loot(?:ed|s|ing)|unplanted|unsown"
    r"|not\s+(?:been\s+)?(?:harvested|planted|sown)"
    r"|cut\s+green|ruined|under\s+(?:salt\s+)?water|lost\s+for\s+(?:this|the)\s+(?:year|season)"
    r"|(?:will|would|could)\s+not\s+be\s+(?:harvested|planted|sown|reaped))\b",
    re.I,
)
# how far from the figure a damage verb is read as its own (about a clause)
_DAMAGE_NEAR = 80


# the size of a thing, not ground a side holds: "camps ... on some 400 hectares", "a compound
# covering about 8 hectares", and a country's own size told in passing, in apposition
# ("Cambodia, a country of some 181,035 square kilometres"; "controls a district of ..." is one)
_THING_SIZE_BEFORE = re.compile(
    # (a guerrilla base is ground a side holds: "our guerrilla base north of the Yangtze has
    # grown to cover more than 1,200 square kilometres", spent set 155)
    r"(?i)(?:\b(?:camps?|compounds?|sites?|(?<!guerrilla\s)bases?|airports?|airfields?|estates?|farms?"
    r"|warehouses?|hospitals?|buildings?|schools?|factor(?:y|ies)|mines?|barracks|prisons?"
    r"|cent(?:re|er)s?|(?<!\d\s)settlements?)\b"
    # ("had taken back 12 settlements ..., covering some 260 square kilometres": ground taken,
    # a count of villages, blind set 128)
    r"[^.;:]{0,60}?\b(?:on|covering|covers?|occupying|occupies|spanning|spans|spread\s+over)"
    r"|,\s*(?:an?|the)\s+(?:[\w-]+\s+)?(?:country|nation|province|region|state|island|district"
    r"|county|republic)\s+of)\s+"
    rf"(?:(?:{_ABOUT})\s+)?$"
)


# a place's own size in apposition to its name: "Nagorno-Karabakh, an enclave of some 4,400
# square kilometres", "The Agdam district, some 1,150 square kilometres of farmland,", "the
# national territory, 322,462 square kilometres that belong to all Ivorians", "The old city,
# some 13 hectares inside the walls" (the name itself, not ground a side took or holds)
_SIZE_IN_APPOSITION = re.compile(
    r"(?:\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    # "Teruel province, some 14,800 square kilometres of high plateau, has been fought over",
    # "Dohuk governorate, some 6,550 ..." (spent sets 29, 36, 63, 79)
    r"(?:\s+(?:province|district|governorate|state|county|oblast|prefecture))?"
    r"|(?i:\bthe\s+(?:[\w'’-]+\s+){0,3}?(?:territory|valley"
    r"|region|district|enclave|province|county|city|town)))(?i:\s+(?:alone|itself))?\s*,\s*"
    r"(?i:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:enclave|region|area|territory|valley|district"
    # "Santo Domingo, a city of some 100 square miles", "Grammos, a mountain massif of"
    r"|country|province|county|republic|island|state|city|town|massif|peninsula)\s+of\s+)?"
    rf"(?i:(?:{_ABOUT})\s+)?$"
)
# a day or month before the comma: "Since 16 September, ...", "On Monday, ..."
_DAY_NAME = re.compile(r"(?i)(?:\d\s+|\b)(?:" + "|".join(MONTH_NAMES) + rf"|{WD}|\d{{4}})\s*,")
# words of holding, taking or leaving in the sentence: "rebels now hold Lunsar, some 400 sq km
# of hills", "the whole territory of the Republic, some 8,600 square kilometres, is under the
# control of", "in the hands of the Emirate, an area of more than 54,000 square kilometres",
# "the withdrawal of the public force from the municipalities ..., an area of 42,139 square
# kilometres": ground a side holds, took or left, told in apposition
_HOLD_WORDS = re.compile(
    r"(?i)\b(?:hold|holds|held|holding|control|controls|controlled|(?:re)?(?:took|taken|seized"
    r"|captured|occup(?:y|ies|ied))|liberated|freed|lost|abandoned|cleared|secured|gained|won"
    r"|overran|entered|hands\s+of|withdr(?:ew|awn|awal)|handed|handover|extends?\s+over"
    # "The invader now stands on some 14,000 square kilometres of the Veneto and Friuli,
    # nearly 5 per cent of Italy" (spent set 150)
    r"|stands?\s+on|stood\s+on"
    r"|confined|demilitari[sz]ed"
    # "The country from Shrewsbury to Banbury, some 1,500 square miles, now obeys His Majesty"
    # (blind set 234)
    r"|obeys|obey|obeyed|submitted\s+to|submits\s+to|swore\s+allegiance|sworn\s+allegiance"
    # "the whole lower Valley, some 1,500 square miles, is now free of the enemy" (spent set 88)
    r"|(?:free|clear|rid|cleansed|purged)\s+of|(?:our|their|its)\s+hands"
    # "the country between Orsha and Mogilev, some 9,000 sq km, is again under their
    # administration", "... is now under the protection of the arms of the United States"
    # (blind sets 111, 112)
    # (ground said to be under it "now" or "again", not "placed under Allied administration in
    # 1920" or "under emergency rule since August": a region's own size told in passing)
    r"|(?:now|again|once\s+more|back)\s+(?:\w+\s+)?under\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:administration|authority|rule|protection|occupation))\b"
)


def _not_ground(s: str, a: int, b: int) -> bool:
    """Is the figure at [a, b) of sentence ``s`` an area of crops damaged or left, or the size of a thing or of
    a place told in passing, rather than ground a side holds or took?"""
    before = s[max(0, a - 120) : a]
    return (
        _damage_area(s, a, b)
        or bool(_THING_SIZE_BEFORE.search(before))
        or _size_in_apposition(s, a)
    )


def _size_in_apposition(s: str, a: int) -> bool:
    """Is the figure at ``a`` of sentence ``s`` a place's own size told in apposition to its
    name, in a sentence that does not say a side took, holds or left the place?"""
    m = _SIZE_IN_APPOSITION.search(s, max(0, a - 120), a)
    if m is None or _DAY_NAME.search(s, max(0, m.start() - 12), m.end()):
        return False  # "Since 16 September, more than 1,200 square kilometres": a date
    return not _HOLD_WORDS.search(s)


# a verb of taking or holding right before a figure: its object
_TAKEN_RIGHT_BEFORE = re.compile(
    r"(?i)\b(?:occupied|occupy|occupies|took|taken|seized|captured|overran|overrun|liberated"
    r"|hold|holds|held|control|controls|controlled|gained|won|recaptured|retook"
    # "they have thrown entire battalions at our positions to take about 500 square kilometres
    # of scorched fields" (blind set 237)
    r"|take|takes|taking)\s+"
    rf"(?:(?:{_ABOUT}"
    # "they gained barely 800 hectares of ruined fields" (spent set 174)
    r"|barely|scarcely|hardly|only|just|less\s+than|no\s+more\s+than)\s+)?$"
)


def _damage_area(s: str, a: int, b: int) -> bool:
    """Is the figure at [a, b) an area of crops damaged or abandoned ("300 hectares of crops
    were burned", "destroyed 500 hectares of wheat", "300 hectares of rice were abandoned by
    farmers")?  Not ground a side holds.  A figure a verb of taking or holding governs ("who
    occupied about 20 sq km of farmland, destroyed bridges": spent set 160) is ground, whatever
    the clause after it damaged."""
    if _TAKEN_RIGHT_BEFORE.search(s, max(0, a - 40), a):
        return False
    return bool(
        (_NOT_HELD_AFTER.match(s[b:]) or _NOT_HELD_BEFORE.search(s, max(0, a - 80), a))
        and _DAMAGE.search(s[max(0, a - _DAMAGE_NEAR) : b + _DAMAGE_NEAR])
    )


def _area_context(before: str, after: str) -> bool:
    """Is a length figure ("5,000 kilometers") about an area here?"""
    if _DISTANCE_AFTER.match(after):
        return False
    return bool(_AREA_AFTER.match(after) or _AREA_BEFORE.search(before))


def _clean_claimant(text: str) -> str:
    who = re.sub(r",\s*(?:which|who)\b[^,]*,", " ", text)
    who = re.sub(r"\s+(?:on\s+)?(?:" + WD + r")\s*$", "", who.strip())
    # "The army also said": the adverb goes with the saying, not the speaker
    who = re.sub(r"(?i)(?:\s+(?:also|separately|later|again|independently|too))+\s*$", "", who)
    words = who.split()
    preps = {
        "over",
        "in",
        "on",
        "after",
        "since",
        "during",
        "for",
        "by",
        "at",
        "with",
        "meanwhile",
        "separately",
    }
    if words and words[0].lower() in preps:
        dets = [i for i, w in enumerate(words) if w.lower() in ("the", "a", "an")]
        if dets:
            words = words[dets[-1] :]
    if len(words) > 8:
        words = words[-8:]
    return " ".join(words).strip(" ,;:")


def _after_quote(head: str) -> str:
    """'"We have liberated X ...," the army's General Command': the speaker after a quotation,
    never the quotation's words; ``head`` as it is when it holds no closing quotation mark."""
    m = max(re.finditer(r"[\"”»]|(?<=[,.!?])['’](?=\s)", head), key=lambda x: x.end(), default=None)
    if m is None or not head[m.end() :].strip(" ,;:"):
        return head
    return head[m.end() :]


# where one statement ends and the next begins, before its speaker: "... 1,200 sq km — Sinai
# Province said", "...; the group said", "... 1,200 sq km and the group said"
_CLAUSE_END = re.compile(r"\s[—–-]\s|[—–;:,]|\s(?:and|but|while|whereas)\s", re.I)
# the verb phrase of another statement: "said it had retaken"
_VERB_PHRASE = re.compile(
    r"\b(?:said|says|say|told|reported|announced|claimed|stated|had|has|have|was|were"
    # the change the clause before tells: "captured the town of Arak from IS militants on
    # Saturday, a military source [said]" (the speaker is the source, not the militants)
    r"|captured|seized|took|retook|recaptured|secured|entered|overran|stormed|liberated"
    r"|occupied|regained|won|lost|abandoned|withdrew|pulled\s+out|fell)\b",
    re.I,
)


def _own_clause(head: str) -> str:
    """The speaker of a statement from the words before its reporting verb: never a figure
    or the verb phrase of the clause before ("The army said it had retaken 1,200 sq km —
    Sinai Province" → "Sinai Province"; "... captured X, the military" → "the military");
    ``head`` as it is when it holds neither; "" when no speaker is left after them."""
    # "Rebels, who had fought ...," and "The Taliban had [said]": the speaker's own words
    own = re.sub(r",\s*(?:which|who)\b[^,]*,", ",", head)
    own = re.sub(r"(?i)(?:\s+(?:had|has|have|also))+\s*$", " ", own)
    other = [f.span[1] for f in find_area_figures(own)]
    other += [m.end() for m in _VERB_PHRASE.finditer(own)]
    if not other:
        return head
    ends = [m.end() for m in _CLAUSE_END.finditer(own, max(other))]
    return own[ends[-1] :] if ends and own[ends[-1] :].strip() else ""


def _claim_row(fig: AreaFigure, s: str, sent: Sentence, claimant: str) -> dict:
    conv = fig.conversions[0] if fig.conversions else None
    return {
        "figure": " ".join(fig.text.split()),
        "value_km2": fig.value_km2,
        "unit": fig.unit,
        "unit_kind": fig.unit_kind,
        "unit_corrected": fig.unit_corrected,
        "qualifier": fig.qualifier or "",
        "bound": fig.bound,
        "conversion": conv.status if conv else "",
        "conversion_expected": conv.expected if conv else "",
        "reference": fig.reference or "",
        "claimant": claimant,
        "notes": "; ".join(fig.flags),
        "evidence": " ".join(s.split()),
        "char_span": f"{sent.start + fig.span[0]}:{sent.start + fig.span[1]}",
    }


# "Chechnya, a republic of some 15,600 square kilometres", "the Caprivi Strip, some 20,000 sq
# km,": a region the text sizes itself (its name, then its figure)
_SIZED_REGION = re.compile(
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}),\s+"
    r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:republic|region|province|state|district|territory"
    # "Lombardy, a land of some 23,800 square kilometres" (blind set 121)
    r"|governorate|county|enclave|strip|country|island|emirate|oblast|kingdom|zone|land)\s+"
    r"(?:of|covering|that\s+covers|which\s+covers)\s+)?"
    r"(?P<fig>(?:(?:some|about|roughly|around|nearly|almost|over|more\s+than)\s+)?[\d.,]+\s*"
    r"(?:square\s+(?:kilometres|kilometers|miles)|km²|km2|sq\.?\s*(?:km|mi|miles))\b)"
)


def sized_in_text(text: str) -> tuple[ReferenceArea, ...]:
    """The regions a text sizes itself ("Chechnya, a republic of some 15,600 square
    kilometres"), as reference areas for its own comparisons ("a third of Chechnya": blind
    set 102's writer took the figure the wire gave); each named once, at its first figure."""
    out: dict[str, ReferenceArea] = {}
    for m in _SIZED_REGION.finditer(text):
        name = " ".join(re.sub(r"^(?:The|the)\s+", "", m["name"]).split())
        if name.casefold() in out or not name[:1].isupper():
            continue
        figs = find_area_figures(m["fig"], context="strict")
        if len(figs) != 1 or not figs[0].value_km2:
            continue
        said = " ".join(m.group(0).split())
        out[name.casefold()] = ReferenceArea(name, figs[0].value_km2, f"the article: {said!r}")
    return tuple(out.values())


def claims_in(
    sent: Sentence,
    actors_before: Callable[[int], list[ActorMention]],
    home: tuple[ReferenceArea, ...] = (),
    local: tuple[ReferenceArea, ...] = (),
    on: dt.date | None = None,
) -> list[tuple[int, int, dict]]:
    """Area claims in a sentence: (start, end, row) with spans in the text.

    ``actors_before(pos)`` gives the actors named in the sentence before the
    text position ``pos``: the last one is the claimant when no one is said
    to state the figure.  ``home``: the theatre's countries
    (:func:`geomap.units.home_areas`), for "a third of the country"; ``local``: the
    theatre's own reference areas ("half the size of Nimba County"); ``on``: the day the
    article speaks of, for a country whose borders changed since (the Sudan of 2004).
    """
    s = sent.text
    if not _MAYBE_FIGURE.search(s):
        return []
    figs = [
        f
        for f in find_area_figures(s, context="area", home=home, local=local, on=on)
        if (f.unit_kind != "length" or _area_context(s[: f.span[0]], s[f.span[1] :]))
        and not _not_ground(s, *f.span)
    ]
    out = []
    for fig, note, conv in _restatements_merged(s, figs):
        a, b = fig.span
        row = _claim_row(fig, s, sent, claimant_of(sent, a, b, actors_before))
        if note:
            row["notes"] = "; ".join(n for n in (row["notes"], note) if n)
        if conv and not row["conversion"]:
            row["conversion"] = conv
        out.append((sent.start + a, sent.start + b, row))
    return out


# "85 percent of the country, or some 150,000 square miles": one claim stated twice; so is
# "2,000 sq km, or 772 sq miles" and "2,000 km² — about 772 sq mi —"
_RESTATED = re.compile(
    r"\s*(?:,\s*)?(?:or|i\.e\.,?|that\s+is,?)\s+|\s*[(\[]\s*(?:or\s+)?|\s*[—–]\s*|\s+-\s+", re.I
)


def _restated_measure(fig: AreaFigure, nxt: AreaFigure) -> tuple[str, str]:
    """A measure restated in another unit ("2,000 sq km, or 772 sq miles"): the note on
    the first figure and whether the two agree ("ok", "wrong")."""
    agrees = abs(nxt.value_km2 - fig.value_km2) <= 0.02 * fig.value_km2 + 0.5
    note = f"also stated as {' '.join(nxt.text.split())!r} ({nxt.value_km2:,.0f} km²), which " + (
        "agrees" if agrees else "does not agree"
    )
    return note, "ok" if agrees else "wrong"


def _restatements_merged(s: str, figs: list[AreaFigure]) -> list[tuple[AreaFigure, str, str]]:
    """The figures as claims: a comparison restated as a measure next to it ("a third of
    Iraq, or ...") is one claim, kept as the measure with the comparison in a note; a
    measure restated in another unit is one claim, kept as first written, the other in a
    note (with whether they agree, as a bracketed conversion is checked)."""
    out: list[tuple[AreaFigure, str, str]] = []
    skip: set[int] = set()
    for i, fig in enumerate(figs):
        if i in skip:
            continue
        nxt = figs[i + 1] if i + 1 < len(figs) else None
        pair = nxt is not None and _RESTATED.fullmatch(s[fig.span[1] : nxt.span[0]])
        if (
            pair
            and fig.unit_kind == nxt.unit_kind == "area"
            and fig.unit_code != nxt.unit_code
            and not fig.conversions
        ):
            note, conv = _restated_measure(fig, nxt)
            out.append((fig, note, conv))
            skip.add(i + 1)
        elif pair and (fig.unit_kind == "comparison") != (nxt.unit_kind == "comparison"):
            measure, comp = (nxt, fig) if fig.unit_kind == "comparison" else (fig, nxt)
            agrees = abs(comp.value_km2 - measure.value_km2) <= 0.1 * measure.value_km2
            note = (
                f"also stated as {' '.join(comp.text.split())!r} "
                f"({comp.value_km2:,.0f} km² from {comp.reference}'s area), which "
                + ("agrees" if agrees else "does not agree")
            )
            out.append((measure, note, ""))
            skip.add(i + 1)
        else:
            out.append((fig, "", ""))
    return out


def claimant_of(
    sent: Sentence, a: int, b: int, actors_before: Callable[[int], list[ActorMention]]
) -> str:
    """Who states the figure at [a, b) of the sentence: "..., X said", "according to X", "X said ..."."""
    s = sent.text
    m = re.search(
        r",\s*(?P<who>(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s+(?:said|says|reported|announced|claimed|added|stated|estimated|told|assessed|assesses)\b",
        s[b:],
    )
    # ", and X said ...", ", but X said": a new statement, not the claimant of what comes before
    if (
        m
        and "," not in m.group("who")
        and not re.match(r"(?i)(?:and|but|while|whereas)\s", m.group("who"))
    ):
        return _clean_claimant(m.group("who"))
    m = re.search(r"\baccording\s+to\s+(?P<who>[^,.;]{2,80})", s[b:])
    if m:
        return _clean_claimant(m.group("who"))
    before = s[:a]
    # the last reporting verb before the figure: "A said X, and B said [it had taken Y]"
    verbs = list(
        re.finditer(
            r"\b(?:said|says|say|told|reported|reports|announced|claimed|claims|stated|estimated|put|puts"
            rf"|assessed|assesses|according\s+to|{ADMITTED})\b",
            before,
        )
    )
    rv = verbs[-1] if verbs else None
    if rv:
        if rv.group(0).startswith("according"):
            who = re.match(r"\s*([^,.;]{2,80})", before[rv.end() :])
            return _clean_claimant(who.group(1)) if who else ""
        head = before[: rv.start()]
        if re.search(r"[,;]\s*and\s", head):  # a second statement joined by ", and"
            head = re.split(r"[,;]\s*and\s", head)[-1]
        who = _own_clause(_after_quote(head))
        if who:
            return _clean_claimant(who)
    acts = actors_before(sent.start + a)
    return " ".join(acts[-1].text.split()) if acts else ""
