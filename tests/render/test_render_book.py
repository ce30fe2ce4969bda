"""Date pages from data made once per run (PageBook) and filled into a skeleton (PageFiller).

The fast path must give the pages the per-date path gives: the same figures,
events, ground and front per date, and the same page text for the same data.
"""

from __future__ import annotations

import shutil
from pathlib import Path

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
        assert fast.ground == slow.ground, day
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
