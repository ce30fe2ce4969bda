"""Area claims: figures of area in a sentence, whether a length is meant as an area, who claims it."""

from __future__ import annotations

import re

from ..units import AreaFigure
from .dates import WD
from .text import Sentence

_AREA_BEFORE = re.compile(
    r"\b(?:took|taken|take|takes|taking|seized|seize|captured|retaken|retook|recaptured|gained|gain"
    r"|gains?\s+(?:at|of|to)|control(?:led)?\s+(?:of|over)|brought|lost|losing|cleared|liberated"
    r"|secured|expanded|covering|covers?|spanning|area\s+of|territory\s+of|total\s+of|amounting\s+to"
    r"|measuring)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)
_AREA_AFTER = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:territory|land|desert|ground|countryside|farmland"
    r"|terrain|area|territories|lands)\b|in\s+(?:the\s+)?(?:province|desert|region|area|countryside)\b)",
    re.I,
)
_DISTANCE_AFTER = re.compile(
    r"^\s*(?:from|away|short\s+of|outside|inside|into|beyond|along|long|wide|deep|high|behind|ahead"
    r"|of\s+(?:it|them|the\s+(?:border|city|town|front|frontier|capital))|to\s+the\s+(?:north|south|east|west)"
    r"|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern|ward)?\b)",
    re.I,
)


MAYBE_FIGURE = re.compile(
    r"\d|hundred|thousand|million|size|larger|bigger|smaller|as\s+(?:large|big)", re.I
)


def area_context(before: str, after: str) -> bool:
    """Is a length figure ("5,000 kilometers") about an area here?"""
    if _DISTANCE_AFTER.match(after):
        return False
    return bool(_AREA_AFTER.match(after) or _AREA_BEFORE.search(before))


def clean_claimant(text: str) -> str:
    who = re.sub(r",\s*(?:which|who)\b[^,]*,", " ", text)
    who = re.sub(r"\s+(?:on\s+)?(?:" + WD + r")\s*$", "", who.strip())
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


def claim_row(fig: AreaFigure, s: str, sent: Sentence, claimant: str) -> dict:
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
