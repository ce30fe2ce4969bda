"""TEMPORARY ADAPTER (issue 10): the two methods of :class:`geomap.theatre.TheatreLike` that
:class:`geomap.snapshots.SnapshotSeries` does not have yet.

The snapshots part is adding ``SnapshotSeries.claims()`` and
``SnapshotSeries.event_ledger()`` with the Theatre's signatures (empty
tables: a snapshot series has no claims.csv and no events).  Once they are on
``main``, delete this module and call ``th.claims()`` / ``th.event_ledger()``.
"""

from __future__ import annotations

import pandas as pd

from ..snapshots import SnapshotSeries
from ..theatre import TheatreLike

__all__ = ["claims_of", "event_ledger_of"]


def claims_of(th: TheatreLike) -> pd.DataFrame:
    """``th.claims()``; no rows for a snapshot series."""
    return pd.DataFrame() if isinstance(th, SnapshotSeries) else th.claims()


def event_ledger_of(th: TheatreLike) -> pd.DataFrame:
    """``th.event_ledger()``; no rows for a snapshot series."""
    return pd.DataFrame() if isinstance(th, SnapshotSeries) else th.event_ledger()
