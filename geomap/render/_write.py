"""``write_maps``: a folder of offline map pages."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from geomap.paths import output_dir, subdir, write_text
from geomap.render import _common as c
from geomap.render._assets import write_assets
from geomap.render._basemap import basemap_bands
from geomap.render._book import CHUNK, PageBook
from geomap.render._diff import (
    answer_period,
    claim_periods,
    diff_map,
    diff_page_name,
    diff_places,
)
from geomap.render._elements import labels_script, shared_script
from geomap.render._fill import PageFiller, page_text
from geomap.render._ground import cell_shapes, has_snapshot_ground, snapshot_gains
from geomap.render._index import index_html
from geomap.render._maps import date_map
from geomap.render._options import MapOptions
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
        m = diff_map(
            source,
            s,
            e,
            tiles=tiles,
            assets="assets/",
            links=True,
            labels_src=labels_src,
            pages=dates,
        )
        done(_write_text(out / diff_page_name(s, e), page_text(m)))
    answer = source.diff(a_start, a_end)
    return {
        "href": diff_page_name(a_start, a_end),
        "start": a_start,
        "end": a_end,
        "why": why,
        "totals": answer.attrs.get("totals") or [],
        "places": diff_places(answer, c.Actors.from_frame(source.actors)),
        "claim_hrefs": [diff_page_name(s, e) for s, e in claims],
    }


def _write_timeline(
    source: MapSource, out: Path, opts: MapOptions, labels_src: str, book: PageBook | None
) -> Path:
    """``timeline.html`` and its chunk files (``timeline/chunk-*.js``, loaded as needed)."""
    tl, chunks = timeline_page(
        source,
        dataclasses.replace(opts, assets="assets/", links=True, labels_src=labels_src),
        chunk_folder="timeline",
        book=book,
    )
    chunk_dir = subdir(out, "timeline")  # a real folder, never a link
    for old in chunk_dir.glob("chunk-*.js"):
        if f"timeline/{old.name}" not in chunks:
            old.unlink()
    for name, text in chunks.items():
        _write_text(out / name, text)
    return _write_text(out / "timeline.html", page_text(tl))


def _write_shared(source: MapSource, out: Path, book: PageBook | None) -> None:
    """The place labels, basemap, place cells, territory pieces and the cells' holders by day.

    The same on every page, written once; pages only link them, so they are
    made while the workers write the date pages.
    """
    if book is not None:
        _write_text(out / "assets" / "territory.js", book.territory_script())
        ground = book.ground_script()
        if ground is not None:
            _write_text(out / "assets" / "ground.js", ground)
    fr = c.frame(source)
    labels = c.place_labels(source, fr)
    _write_text(out / "assets" / "labels.js", labels_script(labels))
    _write_text(
        out / "assets" / "basemap.js", shared_script("GEOMAP_BASEMAP", basemap_bands(source, fr))
    )
    cells = cell_shapes(source, fr)
    if cells is not None:
        _write_text(out / "assets" / "cells.js", shared_script("GEOMAP_CELLS", cells))
    if has_snapshot_ground(source):  # a snapshot theatre: where and when each side took ground
        gains = snapshot_gains(source, fr)
        _write_text(out / "assets" / "gains.js", shared_script("GEOMAP_GAINS", gains))


def check_jobs(jobs: Any) -> int:
    """``jobs`` checked (a whole number, 1 or more); ``None``: :func:`default_jobs`."""
    if jobs is None:
        return default_jobs()
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise c.InputError(f"jobs={jobs!r}: use a whole number of processes, 1 or more")
    return jobs


def default_jobs() -> int:
    """The CPUs this process may run on (``--jobs`` default)."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # pragma: no cover - not on Linux
        return max(os.cpu_count() or 1, 1)


#: What a forked worker draws: set in the parent just before the pool starts.
_WORK: dict[str, Any] = {}
#: Pages per task sent to a worker: consecutive dates share the source's caches (and
#: the book asks the changes of a batch's dates at once).
_BATCH = CHUNK


def _date_page(out: Path, prev: Any, day: Any, nxt: Any) -> Path:
    book, filler = _WORK.get("book"), _WORK.get("filler")
    if book is not None and filler is not None:  # data read from the book, filled into a skeleton
        return _write_text(out, filler.html(book.parts(day, prev), day, prev, nxt))
    m = date_map(
        _WORK["source"],
        day,
        previous=prev,
        next=nxt,
        tiles=_WORK["tiles"],
        assets="assets/",
        links=True,
        labels_src=_WORK["labels_src"],
    )
    return _write_text(out, page_text(m))


def _date_pages(batch: list[tuple[Path, Any, Any, Any]]) -> list[Path]:
    return [_date_page(*page) for page in batch]


class _Pages:
    """Date pages written in this process or by a pool of forked ones."""

    def __init__(
        self, source: Any, jobs: int, *, tiles: bool | str, labels_src: str, book: Any = None
    ):
        self.jobs = jobs
        self.work = {"source": source, "tiles": tiles, "labels_src": labels_src, "book": book}
        if book is not None:
            self.work["filler"] = PageFiller(
                source, tiles=tiles, assets="assets/", links=True, labels_src=labels_src
            )
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Pages:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        _WORK.clear()

    def start(self, pages: list[tuple[Path, Any, Any, Any]]) -> None:
        """Start writing ``pages`` (path, previous, date, next) in the workers, if any."""
        _WORK.update(self.work)
        self.batches = [pages[i : i + _BATCH] for i in range(0, len(pages), _BATCH)]
        jobs = min(self.jobs, len(self.batches))
        self.futures: list[Future[list[Path]]] = []
        if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            return
        # forked workers inherit the source with its territory already built
        self.pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
        self.futures = [self.pool.submit(_date_pages, b) for b in self.batches]

    def results(self) -> Iterator[Path]:
        """The paths of the pages, in order (written here now when there are no workers)."""
        if not self.futures:
            for batch in self.batches:
                yield from _date_pages(batch)
            return
        for fut in self.futures:
            yield from fut.result()


def write_maps(
    source: MapSource,
    out_dir: str | os.PathLike[str],
    options: MapOptions | None = None,
    *,
    progress: Progress | None = None,
    rates: Any = None,
    jobs: int | None = None,
    **kwargs: Any,
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
    options : MapOptions, optional
        ``every`` (which dates get a page: ``"event"``, ``"day"`` or
        ``"week"``), ``start``, ``end`` (the date range) and ``tiles`` (a tile
        layer, which needs the network when viewed); see :class:`MapOptions`.
        Each may also be given as a keyword (``write_maps(th, "maps",
        every="week")``).  The pages always link their assets and each other.
    progress : callable, optional
        Called as ``progress(done, total, path)`` after each file written.
    rates : DataFrame, optional
        The rate of advance to chart on the index (see :func:`index_html`;
        the facade computes it with :func:`geomap.rates.index_rates`).
    jobs : int, optional
        Processes writing the date pages (default: the CPUs this process may
        use; ``1``: in this process).  The pages are the same whatever the
        number.  Worker processes are forked from this one (where the
        platform cannot fork, pages are written here, one after another).

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
    opts = MapOptions.of(options, **kwargs)
    every, start, end, tiles = opts.every, opts.start, opts.end, opts.tiles
    jobs = check_jobs(jobs)
    dates = c.map_dates(source, every, start, end)
    out = Path(out_dir)
    if not out.exists() and not out.is_symlink():
        out.mkdir(parents=True)
    output_dir(out)  # a folder, writable; assets/ and timeline/ are real folders, never links
    write_assets(subdir(out, "assets"))
    labels_src = "assets/labels.js"
    has_diff = callable(getattr(source, "diff", None))
    n_diff = len({answer_period(source, dates)[0], *claim_periods(source)}) if has_diff else 0
    total = len(dates) + 2 + n_diff
    written: list[Path] = []

    def done(path: Path) -> None:
        written.append(path)
        if progress is not None:
            progress(len(written), total, path)

    pages = [(out / c.page_name(day), prev, day, nxt) for prev, day, nxt in c.iter_dates(dates)]
    # what every date page reads, made once here (the forked workers inherit it)
    book = PageBook.of(source, dates)
    with _Pages(source, jobs, tiles=tiles, labels_src=labels_src, book=book) as pool:
        pool.start(pages)  # the workers write the date pages while this process does the rest
        _write_shared(source, out, book)
        rest: list[Path] = []
        diffs = _write_diff_pages(
            source, out, dates, tiles=tiles, labels_src=labels_src, done=rest.append
        )
        by = "week" if every == "week" else "day"
        rest.append(
            _write_text(
                out / "index.html",
                index_html(source, dates, by=by, start=start, end=end, diffs=diffs, rates=rates),
            )
        )
        rest.append(_write_timeline(source, out, opts, labels_src, book))
        for path in [*pool.results(), *rest]:
            done(path)
    return written
