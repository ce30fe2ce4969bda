"""A change clause (a change verb and the stretch of the sentence it governs) and the reasons a
draft records: the values the parts of :class:`geomap.extract.extractor.Extractor` pass around."""

from __future__ import annotations

from dataclasses import dataclass

from .patterns import Verb


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
