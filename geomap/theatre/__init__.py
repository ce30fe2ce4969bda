"""The Python face of geomap: a loaded theatre and everything derived from it.

>>> import geomap
>>> th = geomap.load_theatre("tests/data/tiny")           # doctest: +SKIP
>>> th.control("2020-01-10")                               # doctest: +SKIP
>>> th.ledger(by="week")                                   # doctest: +SKIP

Every figure carries the assumptions it was computed under
(:attr:`Theatre.assumptions`; ``DataFrame.attrs["assumptions"]``).
"""

from .core import CONTESTED, Theatre
from .face import TheatreLike
from .load import load_theatre

__all__ = ["Theatre", "TheatreLike", "load_theatre", "CONTESTED"]
