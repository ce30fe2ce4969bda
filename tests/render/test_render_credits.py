"""The data's licence and sources on every page: the map's attribution, the index, the video."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_source import SSTI, XSS_ATTR, XSS_IMG, XSS_SCRIPT
from render_helpers import embedded_json
from test_render_diff import diff_source

from geomap.inputs.meta import manifest_credit
from geomap.render import date_map, diff_map, index_html, timeline_map

LAYER = Path(__file__).resolve().parents[2] / "layers" / "syria-2017"
HOSTILE = [XSS_IMG, XSS_SCRIPT, XSS_ATTR]
CREDITS = [
    ("Data", "CC-BY-SA-4.0", f"Compiled by us {XSS_IMG} {SSTI}"),
    ("Regions", f"CC-BY-3.0-IGO {XSS_SCRIPT}", "UN OCHA"),
    ("Country outlines", "public domain", f"Made with Natural Earth {XSS_ATTR}"),
]


def _page(source, page: str) -> str:
    days = source.map_dates()
    if page == "date":
        return date_map(source, days[-1]).get_root().render()
    if page == "timeline":
        return timeline_map(source).get_root().render()
    src = diff_source()
    src.credits = source.credits
    return diff_map(src, days[0], days[-1]).get_root().render()


@pytest.mark.parametrize("page", ["date", "timeline", "diff"])
def test_map_attribution_gives_the_licence_and_sources_escaped(source, page):
    source.credits = CREDITS
    html = _page(source, page)
    (credits,) = embedded_json(html, "var credits = ")
    # every credit is in the attribution, as escaped text: the licence in its one-line summary
    assert credits.startswith('<details class="gm-credits"><summary>Data: CC-BY-SA-4.0')
    for what, _licence, _attribution in CREDITS:
        assert f"<b>{what}</b>" in credits
    assert "UN OCHA" in credits and "Made with Natural Earth" in credits
    assert "&lt;img src=x onerror=alert(&#x27;img&#x27;)&gt;" in credits
    for bad in HOSTILE:
        assert bad not in credits and bad not in html
    assert SSTI in credits and "49" not in credits  # template syntax stays text, never run


@pytest.mark.parametrize("credits", [None, [], [("", "", "")]])
def test_no_credits_no_attribution_element(source, credits):
    source.credits = credits
    assert "var credits = " not in _page(source, "date")


def test_index_lists_the_sources_and_licences_escaped(source):
    source.credits = CREDITS
    html = index_html(source, source.map_dates())
    assert '<h2 id="sources">Sources and licences</h2>' in html
    assert 'data CC-BY-SA-4.0 (<a href="#sources">sources and licences</a>)' in html
    assert "<li><b>Regions</b> (CC-BY-3.0-IGO &lt;/script&gt;" in html
    for bad in HOSTILE:
        assert bad not in html
    source.credits = None
    assert "Sources and licences" not in index_html(source, source.map_dates())


def test_theatre_credits_name_the_data_regions_and_outlines():
    from geomap import load_theatre

    credits = {what: (licence, text) for what, licence, text in load_theatre(LAYER).credits}
    assert credits["Data"][0] == "CC-BY-SA-4.0" and "GeoNames" in credits["Data"][1]
    assert credits["Regions"][0] == "CC-BY-3.0-IGO" and "UN OCHA" in credits["Regions"][1]
    assert "Natural Earth" in credits["Country outlines"][1]
    # whitespace of the TOML's multi-line strings folded to single spaces
    assert all("\n" not in text and "  " not in text for _, text in credits.values())


@pytest.mark.parametrize(
    ("manifest", "expected"),
    [
        (None, None),  # no manifest
        ('[files."other.csv"]\nlicence = "X"\n', None),  # the file is not in it
        ('[files."regions.geojson"]\ndescription = "d"\n', None),  # no licence, no attribution
        ('[files."regions.geojson"]\nlicence = "CC0"\n', ("CC0", "")),
        ("not toml = = =", None),  # unreadable: no credit, never an error
        (
            '[files."regions.geojson"]\nlicence = "CC-BY-4.0"\nattribution = "<b>Us</b>"\n',
            ("CC-BY-4.0", "<b>Us</b>"),  # as written: the pages escape it
        ),
    ],
)
def test_manifest_credit(tmp_path, manifest, expected):
    if manifest is not None:
        (tmp_path / "manifest.toml").write_text(manifest, encoding="utf-8")
    assert manifest_credit(tmp_path, "regions.geojson") == expected


def test_video_footer_carries_the_credits(source):
    pytest.importorskip("matplotlib")
    from geomap.render._video import _credit_line

    source.credits = CREDITS
    line = _credit_line(source)
    assert line.startswith("Data: CC-BY-SA-4.0 · Regions: CC-BY-3.0-IGO")
    assert "(Made with Natural Earth" in line
    source.credits = None
    assert _credit_line(source) == ""


def test_control_and_bidi_characters_in_the_credits_reach_no_page(tmp_path):
    """``[data] licence`` and ``attribution`` are untrusted text: a bidi override, ESC and NUL
    reach neither the index, the map's attribution nor the video's footer as such."""
    import shutil

    from geomap import load_theatre

    folder = Path(shutil.copytree(LAYER.parents[1] / "tests" / "data" / "three", tmp_path / "t"))
    toml = (folder / "theatre.toml").read_text(encoding="utf-8")
    toml = toml.replace(
        'licence = "CC0-1.0"', 'licence = "CC0\\u202e-1.0\\u001b[31m\\u0000"'
    ).replace('attribution = "geomap test data"', 'attribution = "geomap\\u2066 test\\u0007 data"')
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    th = load_theatre(folder)
    data = th.credits[0]
    assert data == ("Data", "CC0-1.0\\x1b[31m\\x00", "geomap test\\x07 data")
    bad = ["\u202e", "\u2066", "\x1b", "\x00", "\x07"]
    th.write_maps(tmp_path / "maps", jobs=1)
    index = (tmp_path / "maps" / "index.html").read_text(encoding="utf-8")
    page = (tmp_path / "maps" / f"{th.map_dates()[-1]}.html").read_text(encoding="utf-8")
    (credits,) = embedded_json(page, "var credits = ")
    assert "CC0-1.0\\x1b[31m\\x00" in index and "CC0-1.0\\x1b[31m\\x00" in credits
    for text in (index, page, credits):
        assert not any(ch in text for ch in bad)
    pytest.importorskip("matplotlib")
    from geomap.render._video import _credit_line

    line = _credit_line(th)
    assert line.startswith("Data: CC0-1.0\\x1b[31m\\x00") and not any(ch in line for ch in bad)
