"""Leaflet, served from the installed ``xstatic-leaflet`` package, never from a CDN.

Two ways to put Leaflet on a page:

* **inline**: ``leaflet.js`` and ``leaflet.css`` are copied into the page
  (the CSS images as ``data:`` URIs), so one HTML file works on its own,
  offline, also inside a Jupyter ``srcdoc`` iframe;
* **relative**: the page links ``<prefix>leaflet.js`` / ``<prefix>leaflet.css``,
  written once per output folder by :func:`write_assets`.
"""

from __future__ import annotations

import base64
import functools
import re
from pathlib import Path

from geomap.paths import subdir, write_bytes, write_text

__all__ = [
    "LEAFLET_VERSION",
    "leaflet_dir",
    "inline_js",
    "inline_css",
    "geomap_css",
    "geomap_js",
    "write_assets",
]

LEAFLET_VERSION = "1.9.3"
_IMAGES = (
    "layers.png",
    "layers-2x.png",
    "marker-icon.png",
    "marker-icon-2x.png",
    "marker-shadow.png",
)


@functools.cache
def leaflet_dir() -> Path:
    """Folder holding ``leaflet.js``, ``leaflet.css`` and ``images/`` (from xstatic-leaflet)."""
    from xstatic.pkg import leaflet

    base = Path(leaflet.BASE_DIR)
    if not (base / "leaflet.js").is_file():
        from geomap.errors import GeomapError

        raise GeomapError(
            f"xstatic-leaflet is installed but {base / 'leaflet.js'} is missing; "
            "reinstall it with `pip install --force-reinstall xstatic-leaflet`"
        )
    return base


@functools.cache
def inline_js() -> str:
    """``leaflet.js`` ready to sit inside a ``<script>`` element."""
    text = (leaflet_dir() / "leaflet.js").read_text(encoding="utf-8")
    # The source map is not shipped next to an inlined script.
    text = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", text)
    # Cannot happen with Leaflet 1.9.3, but an inlined script must never close itself.
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


@functools.cache
def inline_css() -> str:
    """``leaflet.css`` with its images as ``data:`` URIs, ready for a ``<style>`` element."""
    base = leaflet_dir()
    text = (base / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(match: re.Match[str]) -> str:
        path = base / "images" / match.group(1)
        if not path.is_file():
            return match.group(0)
        payload = base64.b64encode(path.read_bytes()).decode("ascii")
        return f"url(data:image/png;base64,{payload})"

    text = re.sub(r"url\(images/([A-Za-z0-9_.-]+\.png)\)", data_uri, text)
    return re.sub(r"</(style)", r"<\\/\1", text, flags=re.IGNORECASE)


@functools.cache
def geomap_js() -> str:
    """geomap's own page code (basemap bands, label placement, ground info, permalinks)."""
    from importlib import resources

    return resources.files("geomap.render").joinpath("static/geomap.js").read_text("utf-8")


@functools.cache
def geomap_css() -> str:
    """geomap's page stylesheet (page chrome, legend, labels, popups)."""
    from importlib import resources

    return resources.files("geomap.render").joinpath("static/geomap.css").read_text("utf-8")


def write_assets(out_dir: Path) -> list[Path]:
    """Copy Leaflet's js, css and images, and ``geomap.js``, to ``out_dir`` (created if needed).

    Parameters
    ----------
    out_dir : Path
        Usually ``MAPS/assets``; pages reference it as ``assets/``.

    Returns
    -------
    list of Path
        The files written.
    """
    base = leaflet_dir()
    out_dir = Path(out_dir)
    if not out_dir.exists() and not out_dir.is_symlink():
        out_dir.mkdir(parents=True)
    images = subdir(out_dir, "images")  # real folders, never links (geomap.paths)
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)
    written = [
        write_text(out_dir / "leaflet.js", js),
        write_bytes(out_dir / "leaflet.css", (base / "leaflet.css").read_bytes()),
        write_text(out_dir / "geomap.js", geomap_js()),
        write_text(out_dir / "geomap.css", geomap_css()),
    ]
    for name in _IMAGES:
        src = base / "images" / name
        if src.is_file():
            written.append(write_bytes(images / name, src.read_bytes()))
    return written
