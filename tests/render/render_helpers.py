"""Parsing helpers for the rendering tests (standard library only)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'");\s]+)""", re.IGNORECASE)


@dataclass
class Page:
    """What a page loads and shows, from the parsed HTML (not from string matching)."""

    scripts: list[str] = field(default_factory=list)  # inline script bodies
    script_srcs: list[str] = field(default_factory=list)
    stylesheets: list[str] = field(default_factory=list)  # <link href>
    styles: list[str] = field(default_factory=list)  # <style> bodies
    resources: list[str] = field(default_factory=list)  # every URL the page would fetch
    anchors: list[dict[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # text outside script/style, unescaped
    event_attrs: list[tuple[str, str]] = field(default_factory=list)  # (tag, on* attribute)

    @property
    def visible_text(self) -> str:
        return " ".join(self.text)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._in: str | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        p = self.page
        p.tags.append(tag)
        for k in a:
            if k.startswith("on"):
                p.event_attrs.append((tag, k))
        if "style" in a:
            p.resources += _CSS_URL.findall(a["style"])
        if tag == "script":
            if "src" in a:
                p.script_srcs.append(a["src"])
                p.resources.append(a["src"])
            self._in, self._buf = "script", []
        elif tag == "style":
            self._in, self._buf = "style", []
        elif tag == "link" and "href" in a and "stylesheet" in a.get("rel", ""):
            p.stylesheets.append(a["href"])
            p.resources.append(a["href"])
        elif tag in ("img", "iframe", "embed", "source", "audio", "video", "image", "use") and (
            a.get("src") or a.get("href")
        ):
            p.resources.append(a.get("src") or a.get("href"))
        elif tag == "a":
            p.anchors.append(a)

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            body = "".join(self._buf)
            if tag == "script":
                self.page.scripts.append(body)
            else:
                self.page.styles.append(body)
                self.page.resources += _CSS_URL.findall(body) + _CSS_IMPORT.findall(body)
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self._buf.append(data)
        elif data.strip():
            self.page.text.append(data.strip())


def parse(html: str) -> Page:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return parser.page


def is_remote(url: str) -> bool:
    u = url.strip().lower()
    return u.startswith(("http:", "https:", "//", "ftp:"))


def timeline_data(html: str) -> dict:
    """The JSON the timeline element embeds (``var D = {...};``)."""
    match = re.search(r"var D = (\{.*?\});\n", html, re.DOTALL)
    assert match, "timeline data not found"
    return json.loads(match.group(1))


def embedded_json(html: str, marker: str) -> list:
    """Every JSON value after ``marker`` in the page's scripts (e.g. ``L.geoJSON(``)."""
    decoder = json.JSONDecoder()
    out = []
    for m in re.finditer(re.escape(marker), html):
        start = m.end()
        while start < len(html) and html[start].isspace():
            start += 1
        try:
            value, _ = decoder.raw_decode(html, start)
        except json.JSONDecodeError:
            continue
        out.append(value)
    return out


def decode_geometry(
    geometry: list[list[str]], decimals: int
) -> list[list[list[tuple[float, float]]]]:
    """Python twin of the pages' ``geomap.decode`` (render/static/geomap.js): polygons of rings of (lon, lat)."""
    start = [0, 0]
    return [[_decode_ring(ring, decimals, start) for ring in poly] for poly in geometry]


def _decode_ring(text: str, decimals: int, start: list[int]) -> list[tuple[float, float]]:
    values, i = [], 0
    while i < len(text):
        result, shift = 0, 0
        while True:
            b = ord(text[i]) - 63
            i += 1
            result |= (b & 31) << shift
            shift += 5
            if b < 32:
                break
        values.append(~(result >> 1) if result & 1 else result >> 1)
    out = []
    for dx, dy in zip(values[0::2], values[1::2], strict=True):
        start[0] += dx
        start[1] += dy
        out.append((start[0] / 10**decimals, start[1] / 10**decimals))
    return out
