"""Date pages from data made once per run (PageBook) and filled into a skeleton (PageFiller).

The fast path must give the pages the per-date path gives: the same figures,
events, ground and front per date, and the same page text for the same data.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import shapely
from fake_source import tiny_source
from render_helpers import decode_geometry

from geomap.render import _common as c
from geomap.render._book import PageBook
from geomap.render._escape import format_km2
from geomap.render._fill import PageFiller, page_text
from geomap.render._maps import assemble_date_map, date_parts

DATA = Path(__file__).resolve().parents[1] / "data"
KW = {"tiles": False, "assets": "assets/", "links": True, "labels_src": "assets/labels.js"}


def _theatre(tmp_path_factory, band: bool):
    from geomap import load_theatre

    folder = tmp_path_factory.mktemp("band" if band else "tiny") / "th"
    shutil.copytree(DATA / "tiny", folder)
    if band:  # the contested band: an actor id met in the data only
        toml = (folder / "theatre.toml").read_text(encoding="utf-8")
        toml = toml.replace("cell_radius_km = 25", "cell_radius_km = 25\ncontested_band_km = 5")
        (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    return load_theatre(folder, cache=False)


@pytest.fixture(scope="module", params=["fake", "demo", "banded"])
def src(request, tmp_path_factory):
    if request.param == "fake":
        return tiny_source()
    if request.param == "demo":  # fronts made of several pieces per pair of actors
        from geomap import load_theatre

        return load_theatre(DATA.parents[1] / "layers" / "syria-2017", cache=False)
    return _theatre(tmp_path_factory, band=True)


def _drawn_lines(group, decimals):
    """A line group's lines as the page decodes them."""
    lines = [
        shapely.LineString(line)
        for _, enc in group[2]
        for poly in decode_geometry(enc, decimals)
        for line in poly
    ]
    return shapely.MultiLineString(lines)


def _page_cells(info):
    """Per cell, what its popup says from a page's own figures (holder, since, from, source)."""
    out = []
    for k, a in enumerate(info["holders"]):
        d = info["since_date"][k]
        ev = info["events"][info["since_event"][k]] if d >= 0 else None
        out.append(
            (
                info["actors"][a] if a >= 0 else None,
                info["dates"][d] if ev else info["start"],
                (info["actors"][ev[0]] if ev[0] >= 0 else None) if ev else None,
                info["sources"][ev[1]] if ev else None,
            )
        )
    return out


def _shared_cells(table, day):
    """The same read from the shared table (assets/ground.js) on day index ``day``."""
    out = []
    for runs in table["cells"]:
        a, e = -1, -1
        for i in range(0, len(runs), 3):
            if runs[i] <= day:
                a, e = runs[i + 1], runs[i + 2]
        row = table["events"][e] if e >= 0 else None
        out.append(
            (
                table["actors"][a] if a >= 0 else None,
                table["dates"][row[0]] if row else table["start"],
                (table["actors"][row[1]] if row[1] >= 0 else None) if row else None,
                table["sources"][row[2]] if row else None,
            )
        )
    return out


def _sample(dates):
    picks = sorted({0, len(dates) // 2, len(dates) - 1})
    for k in picks:
        prev = dates[k - 1] if k else None
        nxt = dates[k + 1] if k + 1 < len(dates) else None
        yield prev, dates[k], nxt


def test_book_gives_what_each_date_asks_and_the_folium_page(src):
    dates = c.map_dates(src, "event", None, None)
    book = PageBook.of(src, dates)
    assert book is not None
    filler = PageFiller(src, **KW)
    for prev, day, nxt in _sample(dates):
        slow, fast = date_parts(src, day, prev), book.parts(day, prev)
        keys = set(slow.held) | set(fast.held)
        assert {i: format_km2(slow.held.get(i, 0.0)) for i in keys} == {
            i: format_km2(fast.held.get(i, 0.0)) for i in keys
        }, day
        assert fast.items == slow.items and fast.markers == slow.markers, day
        assert fast.changes == slow.changes and fast.changed_km2 == slow.changed_km2, day
        # clicking the ground: the page's day looked up in assets/ground.js says what the
        # date's own figures said, cell by cell
        if slow.ground is None:
            assert fast.ground is None and book.ground_table() is None
        else:
            assert fast.ground == {"day": (day - book.day0).days}
            table = book.ground_table()
            assert _shared_cells(table, fast.ground["day"]) == _page_cells(slow.ground)
        # the front per pair of actors, with its length that day, drawn where it lies
        assert [(g[0], [line[0] for line in g[2]]) for g in fast.lines] == [
            (g[0], [line[0] for line in g[2]]) for g in slow.lines
        ], day
        fr = c.frame(src)
        for f_group, s_group in zip(fast.lines, slow.lines, strict=True):
            got, want = _drawn_lines(f_group, fr.decimals), _drawn_lines(s_group, fr.decimals)
            assert got.hausdorff_distance(want) <= 3 * fr.tolerance + 1e-9, (day, f_group[0])
        # one holder per style; every piece valid that day is drawn
        assert fast.actors.ids == slow.actors.ids
        assert {f[0] for f in fast.territory} == {f[0] for f in slow.territory}, day
        # the page filled into its skeleton is the folium page of the same data
        folium_text = page_text(
            assemble_date_map(src, fast, day=day, previous=prev, next_=nxt, **KW)
        )
        assert filler.html(fast, day, prev, nxt) == folium_text, day
    assert 1 <= len(filler.skeletons) <= 3


def test_slot_text_in_the_data_stays_data():
    """Text shaped like a slot, in a title, a place name or a note, is escaped, never filled."""
    src = tiny_source()
    src.title = "<@gm-slot:chrome@> <@gm-slot:ground@>"
    dates = c.map_dates(src, "event", None, None)
    book = PageBook.of(src, dates)
    filler = PageFiller(src, **KW)
    prev, day, nxt = dates[0], dates[1], dates[2] if len(dates) > 2 else None
    html = filler.html(book.parts(day, prev), day, prev, nxt)
    assert "<@gm-slot" not in html
    assert "&lt;@gm-slot:chrome@&gt;" in html


def test_shared_ground_says_on_every_date_what_the_date_says(src):
    """assets/ground.js looked up on each map date: the holders and events of ground_info."""
    from geomap.render._ground import ground_info

    dates = c.map_dates(src, "event", None, None)
    book = PageBook.of(src, dates)
    if book.ground_table() is None:
        pytest.skip("no place cells")
    actors = c.Actors.from_frame(src.actors)
    for day in dates:
        want = ground_info(src, day, src.control(day), actors)
        assert _shared_cells(book.ground_table(), (day - book.day0).days) == _page_cells(want), day


@pytest.mark.parametrize(
    ("pairs", "want"),
    [
        # one piece, then nobody, then another holder from the day the first ends
        (
            [(0, 1, 0, 3), (0, 2, 5, 9), (0, 3, 9, 12)],
            [(0, 0, 1), (0, 3, -1), (0, 5, 2), (0, 9, 3), (0, 12, -1)],
        ),
        # two pieces over one point on days 2–3: the later pair wins there
        ([(0, 1, 0, 4), (0, 2, 2, 6)], [(0, 0, 1), (0, 2, 2), (0, 4, 2), (0, 6, -1)]),
        ([(0, 2, 2, 6), (0, 1, 0, 4)], [(0, 0, 1), (0, 2, 1), (0, 4, 2), (0, 6, -1)]),
        # never shown (empty days); two cells
        (
            [(1, 1, 3, 3), (1, 2, 1, 2), (0, 1, 0, 9)],
            [(0, 0, 1), (0, 9, -1), (1, 1, 2), (1, 2, -1)],
        ),
    ],
)
def test_holder_runs(pairs, want):
    import numpy as np

    from geomap.render._ground import _holder_runs

    pt, code, i0, i1 = (np.array(col, dtype=np.int64) for col in zip(*pairs, strict=True))
    cells, days, codes = _holder_runs(pt, code, i0, i1, 2)
    got = list(zip(cells.tolist(), days.tolist(), codes.tolist(), strict=True))
    # the same as assigning the pairs valid each day in order (as a page did)
    for k in range(12):
        holder = np.full(2, -1)
        on = (i0 <= k) & (k < i1)
        holder[pt[on]] = code[on]
        for cell in (0, 1):
            runs = [r for r in got if r[0] == cell and r[1] <= k]
            assert (runs[-1][2] if runs else -1) == holder[cell], (k, cell)
    assert got == want


@pytest.mark.parametrize("every", ["day", "event"])
def test_timeline_from_the_book_is_the_timeline(src, every):
    """The timeline fed the date pages' book (intervals, front, events, held km²) is the same."""
    from geomap.render._timeline import timeline_page

    dates = c.map_dates(src, every, None, None)
    book = PageBook.of(src, dates)
    kw = {"every": every, "assets": "assets/", "links": True, "labels_src": "assets/labels.js"}
    slow, slow_chunks = timeline_page(src, chunk_folder="timeline", **kw)
    fast, fast_chunks = timeline_page(src, chunk_folder="timeline", book=book, **kw)
    assert fast_chunks == slow_chunks
    assert page_text(fast) == page_text(slow)


@pytest.mark.parametrize("decimals", [0, 2, 3, 5])
def test_line_parts_join_as_the_multiline_encodes(decimals):
    """LineParts: parts encoded once, joined per selection, text equal to encode_lines_many's."""
    import numpy as np

    from geomap.render._geometry import LineParts, encode_lines_many

    rng = np.random.default_rng(decimals)
    parts = [shapely.LineString(rng.random((rng.integers(2, 8), 2)) * 3 + 30) for _ in range(30)]
    parts.append(shapely.LineString([(30, 30), (30.0000001, 30)]))  # rounds to one point
    parts.append(shapely.LineString([(31, 31), (31, 31.4), (31, 31.4000001)]))  # a repeat
    enc = LineParts(parts, decimals)
    for _ in range(40):
        groups = [
            [int(p) for p in rng.choice(len(parts), rng.integers(0, 6), replace=False)]
            for _ in range(4)
        ]
        want = encode_lines_many(
            [shapely.MultiLineString([parts[p] for p in g]) if g else None for g in groups],
            decimals,
        )
        assert enc.join(groups) == want, groups


def test_front_lines_reused_from_the_day_before_are_the_same(src):
    """A pair's line kept from the previous date equals the line made afresh."""
    dates = c.map_dates(src, "day", None, None)
    book = PageBook.of(src, dates)
    for day in dates:
        k = (day - book.day0).days
        kept = book._date_lines(k, day)
        cache, book._f_cache = book._f_cache, {}
        assert book._date_lines(k, day) == kept, day
        book._f_cache = cache


def test_changes_series_is_changes_from_each_date_to_the_next(src):
    if not callable(getattr(src, "changes_series", None)):
        pytest.skip("a source without changes_series: the book asks changes() per date")
    dates = c.map_dates(src, "event", None, None)[:12]
    table = src.changes_series(dates)
    assert list(table.columns[:2]) == ["start", "end"] and table.crs == "EPSG:4326"
    assert len(table)
    for prev, day in zip(dates, dates[1:], strict=False):
        got = table[table["end"] == day].drop(columns=["start", "end"]).reset_index(drop=True)
        assert (table.loc[table["end"] == day, "start"] == prev).all()
        want = src.changes(prev, day)
        assert list(got.columns) == list(want.columns)
        assert got[["from_actor", "to_actor"]].equals(want[["from_actor", "to_actor"]]), day
        assert got["area_km2"].tolist() == want["area_km2"].tolist(), day
        assert all(shapely.equals_exact(got.geometry.values, want.geometry.values, 0)), day


_NA_FRAMES = {
    "numbers and text": {
        "i": pd.Series([1, 2, 3], dtype="int64"),
        "f": pd.Series([1.5, np.nan, 2.0]),
        "b": pd.Series([True, False, True]),
        "s": pd.Series(["a", None, "c"], dtype="str"),
    },
    "boxed columns": {
        "nullable int": pd.Series([1, None, 3], dtype="Int64"),
        "nullable float": pd.Series([1.5, None, 2.0], dtype="Float64"),
        "numpy scalars": pd.Series([np.int64(3), np.float64(2.5), None], dtype=object),
        "dates": pd.Series([dt.date(2020, 1, 2), None, dt.date(2020, 1, 3)], dtype=object),
        "timestamps": pd.to_datetime(pd.Series(["2020-01-01", None, "2020-01-03"])),
        "category": pd.Categorical(["x", None, "x"]),
        "string NA": pd.Series(["a", None, "c"], dtype="string"),
    },
}


@pytest.mark.parametrize("name", sorted(_NA_FRAMES))
def test_records_are_to_dict_records(name):
    """c.records (the events the book lists) gives to_dict("records")'s values and types."""
    df = pd.DataFrame(_NA_FRAMES[name])
    want, got = df.to_dict("records"), c.records(df)
    assert len(got) == len(want)
    for a, b in zip(want, got, strict=True):
        assert list(a) == list(b)
        for key in a:
            assert type(a[key]) is type(b[key]), key
            assert a[key] is b[key] or a[key] == b[key] or (pd.isna(a[key]) and pd.isna(b[key]))
    assert c.records(df.iloc[:0]) == []


# ----------------------------------------------------------- no event moves ground in the AOI
_SIN = Path(__file__).parents[1] / "extract" / "data" / "sin15"
_EVENTS_HEAD = (
    "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,source,source_url,note\n"
)


@pytest.mark.parametrize(
    "events",
    [
        "",  # no event at all
        "2015-07-01,arish,,EGY,,confirmed,,Wire,,\n",  # to the side that holds it already
        # a point far outside the AOI (Egypt): no cell of the AOI changes hands
        '2015-07-01,,"POLYGON ((2 48, 3 48, 3 49, 2 49, 2 48))",SP,,confirmed,,Wire,,\n',
    ],
    ids=["no-events", "no-change", "outside-aoi"],
)
def test_maps_when_no_event_moves_ground_in_the_aoi(tmp_path, events):
    from geomap.cli import main

    folder = Path(shutil.copytree(_SIN, tmp_path / "sin"))
    (folder / "events.csv").write_text(_EVENTS_HEAD + events, encoding="utf-8")
    out = tmp_path / "maps"
    code = main(["maps", str(folder), "--out", str(out), "--quiet", "--jobs", "1"])
    assert code == 0  # was: internal error: IndexError (render/_ground.py)
    assert (out / "index.html").exists()
    assert (out / "assets" / "ground.js").exists()
