"""The timeline as a video: one frame per map date, drawn with matplotlib (no browser).

Each frame shows what the date page shows, in the same colours: the
territory of each actor (unassigned land hatched grey), the ground that
changed hands since the previous date hatched and outlined, the area of
interest, the title, the date and a legend with each actor's held km² (the
source's figures, never recomputed).  Geometry is the source's, simplified
for display as the HTML maps simplify it.

MP4 is encoded with the ffmpeg that ``imageio-ffmpeg`` ships in its wheel;
GIF with Pillow (a matplotlib dependency).  Both are in the optional extra
``geomap[video]``.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import shapely
import shapely.geometry

from geomap.errors import GeomapError
from geomap.paths import atomic_path, output_file
from geomap.render import _common as c
from geomap.render._colors import LAND
from geomap.render._geometry import simplify_for_display
from geomap.render._protocol import MapSource

__all__ = ["write_video", "VIDEO_SUFFIXES"]

VIDEO_SUFFIXES = (".mp4", ".gif")
_SEA = "#c8d7e1"
_SIZE = (1280, 720)  # pixels: even, as H.264 wants


def _need(module: str, what: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        raise GeomapError(
            f"writing {what} needs the optional extra 'video' ({exc.name} is not installed): "
            "pip install 'geomap[video]'"
        ) from None


def _paths(geom: Any, aspect: float):
    """matplotlib Path of a (multi)polygon, lon scaled by ``aspect`` (holes included)."""
    from matplotlib.path import Path as MplPath

    verts, codes = [], []
    for poly in shapely.get_parts(geom):
        if poly.is_empty or poly.geom_type != "Polygon":
            continue
        # exterior counter-clockwise, holes clockwise: matplotlib fills by winding number
        poly = shapely.geometry.polygon.orient(poly, 1.0)
        for ring in [poly.exterior, *poly.interiors]:
            xy = np.asarray(ring.coords)
            if len(xy) < 4:
                continue
            xy = xy.copy()
            xy[:, 0] *= aspect
            verts.append(xy)
            codes.append(
                np.r_[MplPath.MOVETO, np.full(len(xy) - 2, MplPath.LINETO), MplPath.CLOSEPOLY]
            )
    if not verts:
        return None
    return MplPath(np.concatenate(verts), np.concatenate(codes))


def _patch(geom: Any, aspect: float, **style: Any):
    from matplotlib.patches import PathPatch

    path = _paths(geom, aspect)
    return None if path is None else PathPatch(path, **style)


def write_video(
    source: MapSource,
    path: str | os.PathLike[str],
    *,
    every: c.Every = "event",
    start: Any = None,
    end: Any = None,
    fps: float = 1.5,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write the map dates as a video, one frame per date.

    Parameters
    ----------
    source : MapSource
    path : path ending in .mp4 or .gif
    every : {"event", "day", "week"}, default "event"
        Which dates get a frame (``source.map_dates(every=...)``).
    start, end : date, optional
    fps : float, default 1.5
        Frames (dates) per second.
    progress : callable, optional
        Called as ``progress(done, total)`` after each frame.

    Returns
    -------
    Path

    Raises
    ------
    GeomapError
        For another suffix, or when the ``video`` extra is not installed.
    """
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in VIDEO_SUFFIXES:
        raise GeomapError(f"{out}: a video must end in .mp4 or .gif")
    if not fps > 0:
        raise GeomapError(f"fps={fps!r}: give a positive number of frames per second")
    _need("matplotlib", f"{out.name}")
    _need("imageio_ffmpeg" if suffix == ".mp4" else "PIL", f"{out.name}")
    output_file(out, what="video")  # before any work (geomap.paths)
    dates = c.map_dates(source, every, start, end)
    with atomic_path(out) as tmp:  # written whole, then renamed: never through a link
        _encode(source, tmp, dates, fps=fps, progress=progress)
    return out


def _encode(
    source: MapSource,
    out: Path,
    dates: list,
    *,
    fps: float,
    progress: Callable[[int, int], None] | None,
) -> None:
    """Draw one frame per date and encode them to ``out`` (.mp4 or .gif)."""
    suffix = out.suffix.lower()
    ffmpeg = _need("imageio_ffmpeg", f"{out.name}") if suffix == ".mp4" else None
    from matplotlib.patches import Patch

    actors = c.Actors.from_frame(source.actors)
    fr = c.frame(source)
    tol = fr.tolerance
    fig, ax, date_text, aspect = _figure(source, fr)
    w, h = _SIZE

    frames: list[np.ndarray] = []
    writer = None
    if suffix == ".mp4":
        writer = ffmpeg.write_frames(
            str(out),
            (w, h),
            fps=fps,
            codec="libx264",
            pix_fmt_out="yuv420p",
            macro_block_size=16,
            ffmpeg_log_level="error",
            output_params=["-movflags", "+faststart"],
        )
        writer.send(None)
    try:
        for k, (prev, day, _nxt) in enumerate(c.iter_dates(dates)):
            dynamic = _draw_date(ax, source, day, prev, actors, aspect, tol)
            dynamic += _event_names(ax, source, day, prev, aspect)
            date_text.set_text(day.isoformat())
            legend = _legend(fig, ax, source, day, prev, actors, Patch)
            fig.canvas.draw()
            rgb = np.asarray(fig.canvas.buffer_rgba())[..., :3].copy()
            if writer is not None:
                writer.send(rgb.tobytes())
            else:
                frames.append(rgb)
            for artist in dynamic:
                artist.remove()
            legend.remove()
            if progress is not None:
                progress(k + 1, len(dates))
    finally:
        if writer is not None:
            writer.close()
    if suffix == ".gif":
        _write_gif(out, frames, fps)


def _figure(source: MapSource, fr: c.Frame):
    """The parts of a frame that stay: the map's extent, land, the area of interest, the title,
    the scale bar, place names and the footer; returns the figure, its map axes, the date's
    text artist and the longitude scale (cos of the mid-latitude)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    title = c.text(getattr(source, "title", "")) or "geomap"
    minx, miny, maxx, maxy = fr.bounds
    lat0 = (miny + maxy) / 2
    aspect = float(np.cos(np.radians(lat0)))
    tol = fr.tolerance

    w, h = _SIZE
    fig = Figure(figsize=(w / 100, h / 100), dpi=100, facecolor="white")
    FigureCanvasAgg(fig)  # no pyplot, no GUI backend
    ax = fig.add_axes((0.01, 0.075, 0.70, 0.81))
    ax.set_facecolor(_SEA)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])
    pad = max(maxx - minx, maxy - miny) * 0.06
    ax.set_xlim((minx - pad) * aspect, (maxx + pad) * aspect)
    ax.set_ylim(miny - pad, maxy + pad)
    # static layers: countries, the AOI outline
    basemap = getattr(source, "basemap", None)
    if basemap is not None and len(basemap):
        clipped = shapely.clip_by_rect(c.to_wgs84(basemap).geometry.values, *fr.padded(0.3))
        for g in simplify_for_display(clipped, tol):
            p = _patch(g, aspect, facecolor=LAND, edgecolor="#9a9a9a", linewidth=0.6, zorder=1)
            if p is not None:
                ax.add_patch(p)
    aoi = _patch(
        simplify_for_display([fr.aoi], tol)[0],
        aspect,
        facecolor="none",
        edgecolor="#333333",
        linewidth=1.6,
        zorder=5,
    )
    if aoi is not None:
        ax.add_patch(aoi)
    # untrusted text: never read as mathtext ("$...$")
    fig.text(
        0.01,
        0.955,
        _short(title, 90),
        fontsize=17,
        fontweight="bold",
        va="center",
        parse_math=False,
    )
    date_text = fig.text(0.99, 0.955, "", fontsize=22, fontweight="bold", va="center", ha="right")
    _scale_bar(ax, aspect)
    _place_names(ax, source, aspect)
    # the footer, clear of the map and of the frame's bottom edge: what the figures are, and
    # the data's licence and sources (untrusted text)
    fig.text(
        0.01,
        0.042,
        "Held area is modelled (see the assumptions of the maps); areas in an equal-area projection.",
        fontsize=8,
        color="#555555",
        va="bottom",
        parse_math=False,
    )
    fig.text(
        0.01,
        0.012,
        _short(_credit_line(source), 250),
        fontsize=7.5,
        color="#555555",
        va="bottom",
        parse_math=False,
    )
    return fig, ax, date_text, aspect


def _write_gif(out: Path, frames: list[np.ndarray], fps: float) -> None:
    """The frames as a looping GIF (128 colours each)."""
    from PIL import Image

    images = [Image.fromarray(f).quantize(colors=128) for f in frames]
    images[0].save(
        out,
        save_all=True,
        append_images=images[1:],
        duration=int(round(1000 / fps)),
        loop=0,
        optimize=True,
    )


def _draw_date(ax, source, day: _dt.date, prev, actors: c.Actors, aspect: float, tol: float):
    """Territory and changed ground of one date; returns the artists to remove afterwards."""
    artists = []
    control = c.to_wgs84(source.control(day))
    geoms = simplify_for_display(control.geometry.values, tol, coverage=True)
    for geom, actor in zip(geoms, control["actor"], strict=True):
        i = actors.idx(actor)
        if i < 0:
            style = {
                "facecolor": "#f4f4f4",
                "edgecolor": "#8a8a8a",
                "hatch": "///",
                "linewidth": 0.4,
            }
        else:
            style = {"facecolor": actors.color(i), "alpha": 0.55, "edgecolor": "none"}
        p = _patch(geom, aspect, zorder=2, **style)
        if p is not None:
            ax.add_patch(p)
            artists.append(p)
    if prev is not None:
        changes = source.changes(prev, day)
        if changes is not None and len(changes):
            changes = c.to_wgs84(changes)
            for geom in simplify_for_display(changes.geometry.values, tol):
                p = _patch(
                    geom,
                    aspect,
                    facecolor="none",
                    edgecolor="#000000",
                    hatch="xx",
                    linewidth=1.4,
                    linestyle=(0, (4, 3)),
                    zorder=3,
                )
                if p is not None:
                    ax.add_patch(p)
                    artists.append(p)
    events = source.events_between(prev, day)
    if events is not None and len(events):
        for _, row in events.iterrows():
            where = c.point(row.get("lat"), row.get("lon"))
            if where is None:
                continue
            color, _css = c.event_marker(row, actors)
            (dot,) = ax.plot(
                [where[1] * aspect],
                [where[0]],
                "o",
                markersize=8,
                markerfacecolor=color,
                markeredgecolor="white",
                markeredgewidth=1.5,
                zorder=6,
            )
            artists.append(dot)
    return artists


def _legend(fig, ax, source, day, prev, actors: c.Actors, Patch):
    held = c.held_by_actor(source.control(day), actors)
    handles, labels = [], []
    for i, name in enumerate(actors.names):
        handles.append(Patch(facecolor=actors.colors[i], alpha=0.55, edgecolor="#444444"))
        # the whole name (wrapped, never cut short), then its km²
        labels.append(_wrapped(f"{name}  {c.format_km2(held.get(i, 0.0)).replace(' ', NBSP)}"))
    handles.append(Patch(facecolor="#f4f4f4", edgecolor="#8a8a8a", hatch="///"))
    labels.append(f"Unassigned  {c.format_km2(held.get(-1, 0.0))}")
    if prev is not None:
        handles.append(Patch(facecolor="none", edgecolor="#000000", hatch="xx", linestyle="--"))
        labels.append(f"Changed hands since {prev.isoformat()}")
    legend = fig.legend(
        handles,
        labels,
        loc="upper left",
        bbox_to_anchor=(0.715, 0.88),
        frameon=True,
        fontsize=9,
        title=f"Held on {day.isoformat()}",
        title_fontsize=11,
        alignment="left",
    )
    for text in [*legend.get_texts(), legend.get_title()]:
        text.set_parse_math(False)
    return legend


def _short(name: str, n: int = 30) -> str:
    return name if len(name) <= n else name[: n - 1] + "…"


NBSP = "\u00a0"


def _wrapped(name: str, width: int = 38) -> str:
    """``name`` whole, on lines of at most ``width`` characters (a legend entry)."""
    import textwrap

    return (
        "\n".join(textwrap.wrap(name, width, break_long_words=True, break_on_hyphens=False)) or name
    )


def _credit_line(source: Any) -> str:
    """The credits on one line: ``Data: licence · Regions: licence · ...`` with the main sources."""
    parts = []
    for what, licence, attribution in c.credits(source):
        first = attribution.split(". ")[0].rstrip(".") if attribution else ""
        parts.append(f"{what}: {licence}" + (f" ({first})" if first and what != "Data" else ""))
    return " · ".join(parts) + (" · sources: the index page" if parts else "")


def _nice_km(km: float) -> float:
    """The largest 1, 2 or 5 × 10ⁿ km not above ``km``."""
    step = 10 ** np.floor(np.log10(max(km, 1e-9)))
    for m in (5, 2, 1):
        if m * step <= km:
            return float(m * step)
    return float(step)


def _scale_bar(ax, aspect: float) -> None:
    """A scale bar at the lower left of the map, its length measured on the WGS84 ellipsoid
    along the parallel it is drawn on (the frame is equirectangular, true at that latitude)."""
    from pyproj import Geod

    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    lat = y0 + 0.06 * (y1 - y0)
    lon = x0 / aspect + 0.03 * (x1 - x0) / aspect
    one_degree_km = Geod(ellps="WGS84").inv(lon, lat, lon + 1.0, lat)[2] / 1000.0
    km = _nice_km(0.22 * (x1 - x0) / aspect * one_degree_km)
    dx = km / one_degree_km * aspect
    xs, y = x0 + 0.03 * (x1 - x0), lat
    tick = 0.012 * (y1 - y0)
    ax.plot([xs, xs + dx], [y, y], color="#222222", linewidth=2.5, zorder=8, solid_capstyle="butt")
    for x in (xs, xs + dx):
        ax.plot([x, x], [y - tick, y + tick], color="#222222", linewidth=1.5, zorder=8)
    text = ax.text(
        xs + dx / 2, y + 1.6 * tick, f"{km:,.0f} km", ha="center", va="bottom", fontsize=9, zorder=8
    )
    _halo(text)


def _halo(text) -> None:
    from matplotlib import patheffects

    text.set_path_effects([patheffects.withStroke(linewidth=3, foreground="white")])


#: Place kinds named on every frame (the pages name more as one zooms in).
_NAMED_KINDS = ("capital", "city")


def _place_names(ax, source: Any, aspect: float) -> None:
    """The main places (capitals, cities) inside the frame, named; a label that would overlap
    one already placed is left out."""
    places = c.shown_places(getattr(source, "places", None))
    if places is None or not len(places) or "kind" not in places.columns:
        return
    kind = c.column(places, "kind").map(lambda k: c.text(k).strip().lower())
    main = places[kind.isin(_NAMED_KINDS).to_numpy(dtype=bool)]
    placed: list[tuple[float, float, float, float]] = []
    for _, row in main.iterrows():
        where = c.point(row.geometry.y, row.geometry.x) if row.geometry is not None else None
        if where is None:
            continue
        _label(ax, where, c.text(row.get("name")), aspect, placed, bold=False)


def _event_names(ax, source: Any, day, prev, aspect: float) -> list:
    """The places of the frame's events, named in bold (removed with the frame)."""
    events = source.events_between(prev, day)
    artists: list = []
    if events is None or not len(events):
        return artists
    seen = set()
    for _, row in events.iterrows():
        where = c.point(row.get("lat"), row.get("lon"))
        name = c.text(row.get("place_name")) or c.text(row.get("place"))
        if where is None or not name or name in seen:
            continue
        seen.add(name)
        artists += _label(ax, where, name, aspect, None, bold=True)
    return artists


def _label(ax, where, name: str, aspect: float, placed, *, bold: bool) -> list:
    """A place's dot and name (white halo) right of it; [] when outside the frame or, with
    ``placed`` (boxes so far, in pixels), when it would overlap one of them."""
    x, y = where[1] * aspect, where[0]
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    if not (x0 <= x <= x1 and y0 <= y <= y1) or not name:
        return []
    px, py = ax.transData.transform((x, y))
    width_px = 8 + 7.2 * len(name)
    # the name right of its place, or left of it where it would run off the map
    left = px + width_px > ax.transAxes.transform((1, 0))[0]
    box = (
        (px - width_px, py - 8, px - 4, py + 8) if left else (px + 4, py - 8, px + width_px, py + 8)
    )
    if placed is not None:
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            return []
        placed.append(box)
    artists = []
    if not bold:
        (dot,) = ax.plot(
            [x],
            [y],
            "o",
            markersize=4,
            markerfacecolor="white",
            markeredgecolor="#333333",
            zorder=7,
        )
        artists.append(dot)
    text = ax.text(
        x - 0.012 * (x1 - x0) if left else x + 0.012 * (x1 - x0),
        y,
        name,
        ha="right" if left else "left",
        fontsize=10 if bold else 9,
        fontweight="bold" if bold else "normal",
        va="center",
        zorder=9,
        parse_math=False,
        clip_on=True,
    )
    _halo(text)
    artists.append(text)
    return artists
