"""Deterministic resolution of place and actor names.

Real conflict data spells one place many ways: "Deir el-Zour", "Deir ez-Zor",
"Dayr az Zawr" and "دير الزور" are one city.  Resolution works in two
levels, both deterministic:

1. **Normalised key** (:func:`normalize`): Unicode NFKC, case-folded,
   diacritics removed, apostrophes and ayn/hamza marks dropped, hyphens and
   punctuation turned into spaces, Arabic article prefixes (al-, el-, as-,
   ash-, ad-, ez-, ...) dropped, Arabic script normalised (harakat and tatweel
   removed, alef/ya/ta-marbuta variants unified, the article ال dropped).
2. **Transliteration skeleton** (:func:`skeleton`): the normalised key reduced
   to its consonants (vowels, y and w dropped, q read as k, doubled letters
   collapsed, a word-initial vowel kept as a marker), which absorbs the usual
   vowel and spelling variants ("Khneifes"/"Khunayfis", "Mayadeen"/"Mayadin").

A name that matches one entry at the first level it matches anything is
resolved; a name that matches several entries at that level is ambiguous and
a name that matches nothing is unknown: both raise
:class:`~geomap.errors.NameResolutionError` listing candidates.  Nothing is
ever guessed.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .errors import NameResolutionError

__all__ = ["normalize", "skeleton", "NameIndex", "Match"]

# Article forms of Arabic "al-" in Latin transliteration, including sun-letter assimilation.
_ARTICLES = frozenset(
    "al el il ul ad ed adh edh an en ar er as es ash esh at et ath eth az ez".split()
)
_APOSTROPHES = dict.fromkeys(map(ord, "'`´‘’ʼʻʿʾ′"), None)
_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(name: str) -> str:
    """Normalised matching key of a name (level 1).

    Examples
    --------
    >>> normalize("Deir el-Zour")
    'deir zour'
    >>> normalize("  AL-Qaryatayn ")
    'qaryatayn'
    >>> normalize("دير الزور")
    'دير زور'
    """
    text = unicodedata.normalize("NFKC", str(name))
    text = _ARABIC_DIACRITICS.sub("", text).translate(_ARABIC_FOLD)
    text = _strip_marks(text).casefold().translate(_APOSTROPHES)
    text = text.replace("_", " ")
    words = [w for w in _NON_WORD.split(text) if w]
    kept = []
    for i, word in enumerate(words):
        if _ARABIC_LETTER.match(word):
            if word.startswith("ال") and len(word) > 3:
                word = word[2:]
        elif word in _ARTICLES and len(words) > 1 and i < len(words) - 1:
            continue  # an article before another word
        kept.append(word)
    return " ".join(kept)


_VOWELS = set("aeiouyw")


def _word_skeleton(word: str) -> str:
    if _ARABIC_LETTER.match(word) or word.isdigit():
        return word
    word = word.replace("ph", "f").replace("q", "k").replace("ck", "k")
    if len(word) > 2 and word.endswith("h") and word[-2] in "aeiou":
        word = word[:-1]
    marker = "v" if word[0] in _VOWELS else ""
    consonants = [ch for ch in word if ch not in _VOWELS]
    out: list[str] = []
    for ch in consonants:
        if not out or out[-1] != ch:
            out.append(ch)
    return marker + "".join(out)


def skeleton(name: str) -> str:
    """Transliteration skeleton of a name (level 2).

    Examples
    --------
    >>> skeleton("Khneifes") == skeleton("Khunayfis")
    True
    >>> skeleton("Dayr az Zawr") == skeleton("Deir ez-Zor")
    True
    """
    return _key_skeleton(normalize(name))


def _key_skeleton(key: str) -> str:
    """:func:`skeleton` of a name already normalised (``key = normalize(name)``)."""
    return " ".join(_word_skeleton(w) for w in key.split())


@dataclass(frozen=True)
class Match:
    """A resolved name: the entry id and how it was matched."""

    id: str
    how: Literal["id", "name", "skeleton"]


@dataclass(frozen=True)
class _Miss:
    """A name that resolves to nothing (or to several entries), as :meth:`NameIndex.resolve`
    keeps it: the candidates and whether they are ambiguous."""

    candidates: list[tuple[str, str]] | None  # None: the nearest entries not looked for
    ambiguous: bool


class NameIndex:
    """Resolve names of places or actors to ids.

    Parameters
    ----------
    entries : iterable of (id, display name, iterable of other names)
        Each entry's id, its main name and its alternative names/aliases.
    kind : str
        What the entries are ("place", "actor"), used in messages.
    skeletons : bool
        Whether to use the transliteration skeleton (level 2).  Use it for
        place names; actor codes are too short for it.

    Examples
    --------
    >>> idx = NameIndex([("dez", "Deir ez-Zor", ["Dayr az Zawr", "دير الزور"])], kind="place")
    >>> idx.resolve("Deir el-Zour").id
    'dez'
    """

    def __init__(
        self,
        entries: Iterable[tuple[str, str, Iterable[str]]],
        *,
        kind: str = "place",
        skeletons: bool = True,
    ):
        self.kind = kind
        self._use_skeletons = skeletons
        self._labels: dict[str, str] = {}
        self._ids: dict[str, str] = {}
        self._names: list[tuple[str, list[str]]] = []
        self._cache: dict[str, Match | _Miss] = {}  # names repeat in event files
        self._near_cache: dict[tuple[str, int], list[tuple[str, str]]] = {}
        for ident, label, others in entries:
            ident = str(ident)
            self._labels[ident] = str(label)
            self._ids[ident.casefold()] = ident
            self._names.append((ident, [label, *others]))

    @functools.cached_property
    def _levels(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """``(keys, skeletons)``: each normalised name and skeleton → the ids it names.

        Built on the first name that is not an id (files that name places by
        id never pay for normalising every name and alias).
        """
        keys: dict[str, set[str]] = {}
        skels: dict[str, set[str]] = {}
        for ident, names in self._names:
            for name in names:
                key = normalize(name)
                if not key:
                    continue
                keys.setdefault(key, set()).add(ident)
                if self._use_skeletons:
                    skels.setdefault(_key_skeleton(key), set()).add(ident)
        return keys, skels

    @functools.cached_property
    def _exact(self) -> dict[str, str]:
        """Each id written as it is (no white space around it): :meth:`resolve` finds it as an id."""
        return {ident: ident for ident in self._ids.values() if ident == ident.strip()}

    def __contains__(self, ident: str) -> bool:
        return ident in self._labels

    def __len__(self) -> int:
        return len(self._labels)

    @property
    def ids(self) -> list[str]:
        """Every entry's id, in the order the entries were given."""
        return list(self._labels)

    def label(self, ident: str) -> str:
        """Display name of an entry."""
        return self._labels[ident]

    def resolve(self, name: str, *, nearest: bool = True) -> Match:
        """Resolve one name, raising :class:`~geomap.errors.NameResolutionError`.

        An exact id (case-insensitive) wins; then the normalised key; then
        the skeleton.  The first level that matches anything decides: one
        match resolves, several are ambiguous.  With ``nearest=False`` a name
        that matches nothing raises with no candidates: a reader that tries
        many phrases, most of them no name at all (the article extractor),
        asks :meth:`nearest` only for the few it reports.
        """
        text = str(name).strip()
        hit = self._cache.get(text)
        if hit is None or (nearest and isinstance(hit, _Miss) and hit.candidates is None):
            try:
                hit = self._resolve(text, nearest=nearest)
            except NameResolutionError as exc:
                # what the error says, not the error: a raised error's traceback holds its
                # callers' frames (a reader's whole table), which a kept error would keep alive
                looked = nearest or exc.ambiguous
                hit = _Miss(exc.candidates if looked else None, exc.ambiguous)
            if len(self._cache) < 100_000:
                self._cache[text] = hit
        if isinstance(hit, _Miss):
            raise NameResolutionError(
                text, self.kind, hit.candidates or [], ambiguous=hit.ambiguous
            )
        return hit

    def known(self, names: Iterable[str]) -> dict[str, str]:
        """The id of each distinct name that resolves; the others are left out.

        One :meth:`resolve` per distinct name, for readers that check a whole
        column at once: the names missing from the answer (unknown, ambiguous,
        empty, or matched only by their skeleton) are for the caller to resolve
        one by one, with its message or warning.

        >>> NameIndex([("dez", "Deir ez-Zor", [])]).known(["dez", "deir EZ zor", "Dayr az Zawr", "dez"])
        {'dez': 'dez', 'deir EZ zor': 'dez'}
        """
        exact = self._exact
        out: dict[str, str] = {}
        for name in dict.fromkeys(names):
            found = exact.get(name)
            if found is not None:  # an id as it is written: what resolve() finds first
                out[name] = found
                continue
            try:
                hit = self.resolve(name)
            except NameResolutionError:
                continue
            if hit.how != "skeleton":  # a skeleton match is warned about, row by row
                out[name] = hit.id
        return out

    def _resolve(self, text: str, *, nearest: bool = True) -> Match:
        if text.casefold() in self._ids:
            return Match(self._ids[text.casefold()], "id")
        key = normalize(text)
        if not key:
            raise NameResolutionError(text, self.kind, [], ambiguous=False)
        keys, skels = self._levels
        levels: list[tuple[Literal["name", "skeleton"], set[str]]] = [
            ("name", keys.get(key, set()))
        ]
        if self._use_skeletons:
            levels.append(("skeleton", skels.get(_key_skeleton(key), set())))
        for how, found in levels:
            if len(found) == 1:
                return Match(next(iter(found)), how)
            if len(found) > 1:
                cands = sorted(found)
                raise NameResolutionError(
                    text, self.kind, [(i, self._labels[i]) for i in cands], ambiguous=True
                )
        raise NameResolutionError(
            text, self.kind, self.nearest(text) if nearest else [], ambiguous=False
        )

    @functools.cached_property
    def _near_keys(self) -> dict[str, set[str]]:
        """Every normalised name and case-folded id, with the entries it names: what
        :meth:`nearest` compares with.  Sets of their own: adding an id never changes what a
        name resolves to."""
        keys = {k: set(v) for k, v in self._levels[0].items()}
        for folded, ident in self._ids.items():  # ids too: 'GOVT' is nearest to the id 'GOV'
            keys.setdefault(folded, set()).add(ident)
        return keys

    def nearest(self, name: str, n: int = 3) -> list[tuple[str, str]]:
        """Up to ``n`` entries whose names are closest to ``name`` (for messages)."""
        key = normalize(name)
        found = self._near_cache.get((key, n))
        if found is None:
            keys = self._near_keys
            close = difflib.get_close_matches(key, list(keys), n=n * 2, cutoff=0.5)
            out: list[tuple[str, str]] = []
            for k in close:
                for ident in sorted(keys[k]):
                    if (ident, self._labels[ident]) not in out:
                        out.append((ident, self._labels[ident]))
            found = out[:n]
            if len(self._near_cache) < 100_000:
                self._near_cache[(key, n)] = found
        return list(found)
