"""Every relative link of the demo's written folder points to a file that was written."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

LAYER = Path(__file__).resolve().parents[2] / "layers" / "syria-2017"


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.refs.append(value)


def _relative_targets(page: Path) -> list[str]:
    parser = _Refs()
    parser.feed(page.read_text(encoding="utf-8"))
    out = []
    for ref in parser.refs:
        parts = urlsplit(ref)
        if parts.scheme or parts.netloc or not parts.path:  # data:, #hash, remote (none here)
            continue
        out.append(unquote(parts.path))
    return out


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``geomap maps layers/syria-2017 --out DIR``, once for this module."""
    from geomap.cli import main

    out = tmp_path_factory.mktemp("demo-links")
    assert main(["maps", str(LAYER), "--out", str(out), "--quiet"]) == 0
    return out


def test_every_relative_link_exists(demo_folder):
    pages = sorted(demo_folder.rglob("*.html"))
    assert len(pages) > 5
    missing = [
        f"{page.relative_to(demo_folder)} -> {ref}"
        for page in pages
        for ref in _relative_targets(page)
        if not (page.parent / ref).is_file()
    ]
    assert missing == []


def test_diff_pages_link_the_last_map_before_their_end(demo_folder):
    dates = sorted(p.stem for p in demo_folder.glob("20??-??-??.html"))
    for diff in demo_folder.glob("diff-*.html"):
        end = re.fullmatch(r"diff-(.{10})--(.{10})", diff.stem).group(2)
        html = diff.read_text(encoding="utf-8")
        shown = max((d for d in dates if d <= end), default=None)
        if shown is None:
            assert "Map of " not in html
        elif shown == end:
            assert f'href="{end}.html"' in html
        else:
            assert f'href="{shown}.html" class="gm-datelink">Map of {shown}</a>' in html


def test_diff_pages_open_the_timeline_at_their_end(demo_folder):
    """A new user (stop 48): the timeline link of a gained-and-lost page of 7-27 May opened the
    timeline at 19 June, its last map."""
    for diff in demo_folder.glob("diff-*.html"):
        end = re.fullmatch(r"diff-(.{10})--(.{10})", diff.stem).group(2)
        html = diff.read_text(encoding="utf-8")
        assert f'href="timeline.html#{end}"' in html, diff.name


@pytest.mark.browser
def test_the_timeline_link_opens_the_period_end(demo_folder, watch):
    page = watch.goto(demo_folder / "diff-2017-05-07--2017-05-27.html")
    page.locator("a", has_text="Timeline").first.click()
    page.wait_for_function(
        "document.querySelector('.folium-map') &&"
        " document.querySelector('.folium-map').getAttribute('data-date') === '2017-05-27'"
    )
    assert page.url.endswith("timeline.html#2017-05-27")
    watch.assert_clean()


def test_demo_index_and_diff_page_say_what_rests_on_unconfirmed_events(demo_folder):
    """SCMM, SOHR and AP lie within the model's range, but 3,829 km² of it is not confirmed."""
    clause = (
        "on confirmed events alone: 2,215 km² (the claim is above it); "
        "3,829 km² rests on claimed or disputed events."
    )
    index = (demo_folder / "index.html").read_text(encoding="utf-8")
    assert index.count(f"the claim lies within the model&#39;s range; {clause}") == 3
    diff = (demo_folder / "diff-2017-05-07--2017-05-27.html").read_text(encoding="utf-8")
    assert diff.count(f"the claim lies within the model&#x27;s range; {clause}</li>") == 3
    assert "Syrian Observatory for Human Rights (SOHR), 2017-05-07 to 2017-05-27" in diff
