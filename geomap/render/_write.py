"""``write_maps``: a folder of offline map pages."""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from geomap.paths import output_dir, staged, subdir, write_text
from geomap.render import _common as c
from geomap.render._assets import write_assets
from geomap.render._basemap import basemap_bands
from geomap.render._escape import shared_script
from geomap.render._ground import cell_points, cell_shapes, has_snapshot_ground, snapshot_gains
from geomap.render._options import MapOptions
from geomap.render._prep import CHUNK, book_days, book_events, book_front, can_book
from geomap.render._protocol import MapSource

# The page modules (folium, branca, their templates: ~0.5 s to import) are imported where
# they are used: the early process is forked before they are (see write_maps).

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
    from geomap.render._diff import (
        answer_period,
        covered_claim_periods,
        diff_page,
        diff_page_name,
        diff_places,
    )
    from geomap.render._fill import page_text

    (a_start, a_end), why = answer_period(source, dates)
    # a claim's period as the data covers it: clipped, or None (wholly outside: no page)
    claims = covered_claim_periods(source)
    answer = source.diff(a_start, a_end)  # asked once: its page and the index
    opts = MapOptions(tiles=tiles, assets="assets/", links=True, labels_src=labels_src)
    for s, e in dict.fromkeys([(a_start, a_end), *(p for p in claims if p is not None)]):
        diff = answer if (s, e) == (a_start, a_end) else source.diff(s, e)
        m = diff_page(source, s, e, diff, opts, dates)
        done(_write_text(out / diff_page_name(s, e), page_text(m)))
    return {
        "href": diff_page_name(a_start, a_end),
        "start": a_start,
        "end": a_end,
        "why": why,
        "totals": answer.attrs.get("totals") or [],
        "places": diff_places(answer, c.Actors.from_frame(source.actors)),
        "claim_hrefs": [None if p is None else diff_page_name(*p) for p in claims],
    }


def _write_timeline(
    source: MapSource, out: Path, opts: MapOptions, labels_src: str, book: Any
) -> tuple[Path, list[str]]:
    """``timeline.html`` and its chunk files (``timeline/chunk-*.js``, loaded as needed).

    Returns the page's path and the chunk files' names (relative to ``out``).
    """
    from geomap.render._fill import page_text
    from geomap.render._timeline import timeline_page

    tl, chunks = timeline_page(
        source,
        dataclasses.replace(opts, assets="assets/", links=True, labels_src=labels_src),
        chunk_folder="timeline",
        book=book,
    )
    subdir(out, "timeline")  # a real folder, never a link
    for name, text in chunks.items():
        _write_text(out / name, text)
    return _write_text(out / "timeline.html", page_text(tl)), list(chunks)


def _drop_old_chunks(out: Path, chunks: list[str]) -> None:
    """Chunk files of an earlier timeline that the new one does not load."""
    for old in (out / "timeline").glob("chunk-*.js"):
        if f"timeline/{old.name}" not in chunks:
            old.unlink()


def _ground_task(out: Path) -> None:
    """``assets/ground.js``: the cells' holders by day (from the book the workers inherit)."""
    book = _WORK.get("book")
    ground = None if book is None else book.ground_script()
    if ground is not None:
        _write_text(out / "assets" / "ground.js", ground)


def _write_shared(source: MapSource, out: Path) -> None:
    """The place labels and place cells (a snapshot theatre's gains).

    The same on every page, written once; pages only link them, so they are
    made while the date pages are.  The basemap is :func:`_basemap_task`'s.
    """
    from geomap.render._elements import labels_script

    fr = c.frame(source)
    labels = c.place_labels(source, fr)
    _write_text(out / "assets" / "labels.js", labels_script(labels))
    cells = cell_shapes(source, fr)
    if cells is not None:
        _write_text(out / "assets" / "cells.js", shared_script("GEOMAP_CELLS", cells))
    if has_snapshot_ground(source):  # a snapshot theatre: where and when each side took ground
        gains = snapshot_gains(source, fr)
        _write_text(out / "assets" / "gains.js", shared_script("GEOMAP_GAINS", gains))


def _basemap_task(out: Path) -> None:
    """``assets/basemap.js``: the basemap's zoom bands (the same on every page, written once)."""
    source = _WORK["source"]
    bands = basemap_bands(source, c.frame(source))
    _write_text(out / "assets" / "basemap.js", shared_script("GEOMAP_BASEMAP", bands))


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


#: What a forked worker draws: set in the parent before the pools start.
_WORK: dict[str, Any] = {}
#: Pages per task sent to a worker: consecutive dates share the source's caches (and
#: the book asks the changes of a batch's dates at once).
_BATCH = CHUNK


def _date_page(out: Path, prev: Any, day: Any, nxt: Any) -> Path:
    book, filler = _WORK.get("book"), _WORK.get("filler")
    if book is not None and filler is not None:  # data read from the book, filled into a skeleton
        return _write_text(out, filler.html(book.parts(day, prev), day, prev, nxt))
    from geomap.render._fill import page_text
    from geomap.render._maps import date_map

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


def _events_task() -> dict[str, Any]:
    return book_events(_WORK["source"], c.Actors.from_frame(_WORK["source"].actors))


def _front_task(days: list) -> dict[str, Any] | None:
    return book_front(_WORK["source"], days, c.frame(_WORK["source"]))


def _no_task() -> None:
    return None


def _shared_task(out: Path) -> list[Path]:
    _write_shared(_WORK["source"], out)
    return []


def index_html(*args: Any, **kwargs: Any) -> str:
    """:func:`geomap.render._index.index_html`, its module imported when first asked (its
    templates are compiled then: by the worker that writes the index)."""
    from geomap.render._index import index_html as page

    return page(*args, **kwargs)


def _index_task(out: Path, dates: list, every: str, start: Any, end: Any) -> list[Path]:
    """The diff pages and ``index.html`` (which links them)."""
    source, rest = _WORK["source"], []
    diffs = _write_diff_pages(
        source, out, dates, tiles=_WORK["tiles"], labels_src=_WORK["labels_src"], done=rest.append
    )
    by = "week" if every == "week" else "day"
    index = index_html(
        source, dates, by=by, start=start, end=end, diffs=diffs, rates=_WORK.get("rates")
    )
    return [*rest, _write_text(out / "index.html", index)]


def _timeline_task(out: Path, opts: MapOptions) -> tuple[Path, list[str]]:
    return _write_timeline(_WORK["source"], out, opts, _WORK["labels_src"], _WORK.get("book"))


class _Later:
    """A call made when its result is first asked (the work of a run without workers)."""

    def __init__(self, fn: Callable[..., Any], *args: Any):
        self.fn, self.args = fn, args
        self.done = False
        self.value: Any = None

    def result(self) -> Any:
        if not self.done:
            self.value, self.done = self.fn(*self.args), True
        return self.value


def _early_main(conn: Any, tasks: list[tuple[Callable[..., Any], tuple[Any, ...]]]) -> None:
    """A forked process's loop: each task's result (or its error) sent back in order."""
    for k, (fn, args) in enumerate(tasks):
        try:
            conn.send((k, True, fn(*args)))
        except BaseException as exc:  # sent to the parent, which raises it
            try:
                conn.send((k, False, exc))
            except Exception:  # an error that cannot be pickled: its text
                conn.send((k, False, RuntimeError(f"{type(exc).__name__}: {exc}")))
            break
    conn.close()


class _Early:
    """Tasks done in order by one forked process (plain: the parent starts no thread, so
    the date pages' workers are forked from a process with one thread)."""

    def __init__(self, tasks: list[tuple[Callable[..., Any], tuple[Any, ...]]]):
        ctx = multiprocessing.get_context("fork")
        self.conn, child = ctx.Pipe(duplex=False)
        self.proc = ctx.Process(target=_early_main, args=(child, tasks), daemon=True)
        self.proc.start()
        child.close()
        self.got: dict[int, Any] = {}

    def result(self, k: int) -> Any:
        while k not in self.got:
            try:
                at, ok, value = self.conn.recv()
            except EOFError:
                raise RuntimeError("a map-writing process ended without its result") from None
            if not ok:
                raise value
            self.got[at] = value
        return self.got[k]

    def close(self) -> None:
        if self.proc.is_alive():  # an error elsewhere: its work is not wanted
            self.proc.terminate()
        self.proc.join()
        self.conn.close()


class _Task:
    """One early task's result (:meth:`_Run.early_task`)."""

    def __init__(self, early: _Early, k: int):
        self.early, self.k = early, k

    def result(self) -> Any:
        return self.early.result(self.k)


class _Run:
    """The work of one folder, done here or by forked processes.

    What the :class:`~geomap.render._book.PageBook` takes from the source
    besides its territory (the front's pieces and the events' entries,
    :mod:`~geomap.render._prep`), then the basemap, is made by one process
    forked before the page modules (folium) are imported, while this one
    imports them and makes the book; everything else (the date pages, the
    timeline, the diff pages and the index, the shared scripts) is then
    written by a pool of processes forked once the book is made (they inherit
    it).  Without workers (``jobs=1`` or no ``fork``) everything is done
    here, each task when its result is first asked.
    """

    def __init__(self, jobs: int):
        self.jobs = jobs if "fork" in multiprocessing.get_all_start_methods() else 1
        self.early: _Early | None = None
        self.pages: ProcessPoolExecutor | None = None
        self.frozen = False

    def __enter__(self) -> _Run:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.pages is not None:
                self.pages.shutdown(cancel_futures=True)
            if self.early is not None:
                self.early.close()
        finally:
            _WORK.clear()
            if self.frozen:
                gc.unfreeze()

    def _fork_ready(self) -> None:
        """Objects made so far kept out of the collector's passes: a forked worker's
        collections would otherwise visit them all and copy every page they lie on
        (unfrozen when the run ends)."""
        gc.freeze()
        self.frozen = True

    def early_tasks(self, tasks: list[tuple[Callable[..., Any], tuple[Any, ...]]]) -> list[Any]:
        """Start ``tasks`` (function, arguments); their results, each with ``result()``."""
        if self.jobs <= 1:
            return [_Later(fn, *args) for fn, args in tasks]
        self._fork_ready()
        self.early = _Early(tasks)
        return [_Task(self.early, k) for k in range(len(tasks))]

    def start_pages(self, n_tasks: int) -> None:
        if self.jobs > 1 and n_tasks > 1:
            self._fork_ready()
            # forked workers inherit the source with its territory and the book already made
            self.pages = ProcessPoolExecutor(
                min(self.jobs, n_tasks), mp_context=multiprocessing.get_context("fork")
            )

    def page_task(self, fn: Callable[..., Any], *args: Any) -> Any:
        return _Later(fn, *args) if self.pages is None else self.pages.submit(fn, *args)


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
        platform cannot fork, pages are written here, one after another);
        with 2 or more, one more process asks the source for the front and
        the events and makes the basemap while this one makes the rest of the
        pages' data.  Every
        file is written to a temporary folder in ``out_dir`` and moved into
        place once all are written: a run that fails changes no file.

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
    assets_dir = subdir(out, "assets")  # real folders, never links: checked before any work
    subdir(out, "timeline")
    labels_src = "assets/labels.js"

    pages = [(out / c.page_name(day), prev, day, nxt) for prev, day, nxt in c.iter_dates(dates)]
    batches = [pages[i : i + _BATCH] for i in range(0, len(pages), _BATCH)]
    with staged(out), _Run(jobs) as run:
        c.frame(source)  # made before any process is forked, so that none makes it again
        _WORK.update(source=source, tiles=tiles, labels_src=labels_src, rates=rates)
        has_book = can_book(source, dates)
        # forked before the page modules are imported: it needs none of them
        front, events, basemap = run.early_tasks(
            [
                (_front_task if has_book else _no_task, (book_days(dates),)),
                (_events_task if has_book else _no_task, ()),
                (_basemap_task, (out,)),
            ]
        )
        from geomap.render._book import PageBook
        from geomap.render._fill import PageFiller

        cell_points(source)  # the book's and the shared cells' (the workers inherit them)
        # what every date page reads, made once here (the page workers inherit it)
        book = PageBook.of(source, dates, events=events, front=front) if has_book else None
        _WORK["book"] = book
        if book is not None:
            _WORK["filler"] = PageFiller(
                source, tiles=tiles, assets="assets/", links=True, labels_src=labels_src
            )
        run.start_pages(len(batches) + 4)
        # the longest tasks first
        timeline = run.page_task(_timeline_task, out, opts)
        index = run.page_task(_index_task, out, dates, every, start, end)
        ground = run.page_task(_ground_task, out)
        shared = run.page_task(_shared_task, out)
        futures = [run.page_task(_date_pages, b) for b in batches]
        write_assets(assets_dir)
        if book is not None:
            _write_text(out / "assets" / "territory.js", book.territory_script())
        paths = [p for f in futures for p in f.result()]
        shared.result()
        ground.result()
        basemap.result()
        timeline_path, chunks = timeline.result()
        paths += [*index.result(), timeline_path]
    _drop_old_chunks(out, chunks)
    if progress is not None:  # every file is in place now
        for k, path in enumerate(paths, 1):
            progress(k, len(paths), path)
    return paths
