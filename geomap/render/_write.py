"""``write_maps``: a folder of offline map pages."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from geomap.paths import output_dir, subdir, write_text
from geomap.render import _common as c
from geomap.render._assets import write_assets
from geomap.render._basemap import basemap_bands
from geomap.render._diff import answer_period, claim_periods, diff_map, diff_page_name
from geomap.render._elements import labels_script, shared_script
from geomap.render._ground import cell_shapes
from geomap.render._index import index_html
from geomap.render._maps import date_map
from geomap.render._protocol import MapSource
from geomap.render._timeline import timeline_page

__all__ = ["write_maps"]

#: ``progress(done, total, path)`` after each file.
Progress = Callable[[int, int, Path], None]


def _write_text(path: Path, text: str) -> Path:
    """Every page and script: a temporary name, then renamed; never through a link."""
    return write_text(path, text)


def _write_diff_pages(
    source: MapSource,
    out: Path,
    dates: list,
    *,
    tiles: bool | str,
    labels_src: str,
    done: Callable[[Path], None],
) -> dict[str, Any] | None:
    """The diff pages: the answer period's (the index opens with it) and each claim's.

    Returns what the index needs (``None`` when the source cannot diff).
    """
    if not callable(getattr(source, "diff", None)):
        return None
    (a_start, a_end), why = answer_period(source, dates)
    claims = claim_periods(source)
    for s, e in dict.fromkeys([(a_start, a_end), *claims]):
        m = diff_map(source, s, e, tiles=tiles, assets="assets/", links=True, labels_src=labels_src)
        done(_write_text(out / diff_page_name(s, e), m.get_root().render()))
    return {
        "href": diff_page_name(a_start, a_end),
        "start": a_start,
        "end": a_end,
        "why": why,
        "totals": source.diff(a_start, a_end).attrs.get("totals") or [],
        "claim_hrefs": [diff_page_name(s, e) for s, e in claims],
    }


def write_maps(
    source: MapSource,
    out_dir: str | os.PathLike[str],
    *,
    every: c.Every = "event",
    start: Any = None,
    end: Any = None,
    tiles: bool | str = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Write one map page per date, ``index.html``, ``timeline.html`` and ``assets/``.

    File names are made from dates only (``2017-05-27.html``), never from
    input text.  Pages link Leaflet from ``assets/`` (copied from the
    installed ``xstatic-leaflet``), so the folder works offline and can be
    published as it is.

    Parameters
    ----------
    source : MapSource
    out_dir : path
        Created if missing; existing files of the same names are replaced.
    every : {"event", "day", "week"}, default "event"
        Which dates get a page (``source.map_dates(every=...)``).
    start, end : date, optional
        Date range.
    tiles : bool or str, default False
        Add a tile layer (needs the network when viewed).
    progress : callable, optional
        Called as ``progress(done, total, path)`` after each file written.

    Returns
    -------
    list of Path
        The pages written: date pages in date order, the diff pages (the
        answer period's, then each claim period's; sources with a ``diff``
        method only), then ``index.html`` and ``timeline.html`` (assets not
        included).

    Examples
    --------
    >>> paths = write_maps(theatre, "maps", every="week")  # doctest: +SKIP
    """
    dates = c.map_dates(source, every, start, end)
    out = Path(out_dir)
    if not out.exists() and not out.is_symlink():
        out.mkdir(parents=True)
    output_dir(out)  # a folder, writable; assets/ and timeline/ are real folders, never links
    write_assets(subdir(out, "assets"))
    # the place labels, the basemap and the place cells are the same on every page: written once
    fr = c.frame(source)
    labels = c.place_labels(source, fr)
    _write_text(out / "assets" / "labels.js", labels_script(labels))
    _write_text(
        out / "assets" / "basemap.js", shared_script("GEOMAP_BASEMAP", basemap_bands(source, fr))
    )
    cells = cell_shapes(source, fr)
    if cells is not None:
        _write_text(out / "assets" / "cells.js", shared_script("GEOMAP_CELLS", cells))
    labels_src = "assets/labels.js"
    has_diff = callable(getattr(source, "diff", None))
    n_diff = len({answer_period(source, dates)[0], *claim_periods(source)}) if has_diff else 0
    total = len(dates) + 2 + n_diff
    written: list[Path] = []

    def done(path: Path) -> None:
        written.append(path)
        if progress is not None:
            progress(len(written), total, path)

    for prev, day, nxt in c.iter_dates(dates):
        m = date_map(
            source,
            day,
            previous=prev,
            next=nxt,
            tiles=tiles,
            assets="assets/",
            links=True,
            labels_src=labels_src,
        )
        done(_write_text(out / c.page_name(day), m.get_root().render()))
    diffs = _write_diff_pages(source, out, dates, tiles=tiles, labels_src=labels_src, done=done)
    by = "week" if every == "week" else "day"
    done(
        _write_text(
            out / "index.html",
            index_html(source, dates, by=by, start=start, end=end, diffs=diffs),
        )
    )
    tl, chunks = timeline_page(
        source,
        every=every,
        start=start,
        end=end,
        tiles=tiles,
        assets="assets/",
        links=True,
        labels_src=labels_src,
        chunk_folder="timeline",
    )
    # the timeline's geometry, in chunk files its page loads as it needs them
    chunk_dir = subdir(out, "timeline")
    for old in chunk_dir.glob("chunk-*.js"):
        if f"timeline/{old.name}" not in chunks:
            old.unlink()
    for name, text in chunks.items():
        _write_text(out / name, text)
    done(_write_text(out / "timeline.html", tl.get_root().render()))
    return written
