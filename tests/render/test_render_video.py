"""``write_video`` and ``geomap maps --video``: one frame per map date, the pages' colours."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from geomap.errors import GeomapError

DATES = ["2017-05-01", "2017-05-10", "2017-05-20", "2017-05-27"]
DATA = Path(__file__).parents[1] / "data"


def _blend(hex_color: str, alpha: float, under: str = "#ffffff") -> np.ndarray:
    def rgb(h):
        return np.array([int(h[i : i + 2], 16) for i in (1, 3, 5)], dtype=float)

    return alpha * rgb(hex_color) + (1 - alpha) * rgb(under)


def test_gif_one_frame_per_date_in_the_actors_colours(source, tmp_path):
    pytest.importorskip("matplotlib")
    from PIL import Image

    from geomap.render._video import write_video

    calls = []
    out = write_video(source, tmp_path / "t.gif", progress=lambda i, n: calls.append((i, n)))
    with Image.open(out) as im:
        assert im.n_frames == len(DATES) and im.size == (1280, 720)
        im.seek(len(DATES) - 1)
        frame = np.asarray(im.convert("RGB"), dtype=float).reshape(-1, 3)
    assert calls == [(i, len(DATES)) for i in range(1, len(DATES) + 1)]
    # the government's fill, drawn at 55 % over the land colour as on the pages (within GIF palette)
    gov = _blend("#d62728", 0.55, "#f4f4f4")
    assert (np.abs(frame - gov).max(axis=1) < 24).sum() > 2000


def test_mp4_frames(source, tmp_path):
    pytest.importorskip("matplotlib")
    ffmpeg = pytest.importorskip("imageio_ffmpeg")
    from geomap.render._video import write_video

    out = write_video(source, tmp_path / "t.mp4", fps=2)
    frames, _secs = ffmpeg.count_frames_and_secs(str(out))
    assert frames == len(DATES)
    probe = subprocess.run(
        [ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-i", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "h264" in probe.stderr and "1280x720" in probe.stderr


def test_untrusted_text_is_not_mathtext(source, tmp_path):
    pytest.importorskip("matplotlib")
    from geomap.render._video import write_video

    source.title = "Cost $5 and $x^{2$ \\frac"  # broken mathtext would raise if parsed
    source.actors.loc[0, "name"] = "$\\alpha$ brigade"
    write_video(source, tmp_path / "t.gif", end="2017-05-10")


def test_missing_extra_names_it(source, tmp_path, monkeypatch):
    from geomap.render._video import write_video

    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)
    with pytest.raises(GeomapError, match=r"pip install 'geomap\[video\]'"):
        write_video(source, tmp_path / "t.mp4")
    with pytest.raises(GeomapError, match=r"\.mp4 or \.gif"):
        write_video(source, tmp_path / "t.avi")


def test_cli_maps_video(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    from PIL import Image

    from geomap.cli import main

    video = tmp_path / "tiny.gif"
    code = main(
        ["maps", str(DATA / "tiny"), "--out", str(tmp_path / "m"), "--video", str(video), "--quiet"]
    )
    assert code == 0
    assert f"wrote {video}" in capsys.readouterr().out
    from geomap.theatre import load_theatre

    with Image.open(video) as im:
        assert im.n_frames == len(load_theatre(DATA / "tiny").map_dates("event"))


@pytest.mark.parametrize(
    "video, ok",
    [("m/t.gif", True), ("m/sub/t.gif", False), ("other/t.gif", False)],
    ids=["inside the new --out", "below it", "elsewhere"],
)
def test_cli_maps_video_in_the_out_folder_it_creates(tmp_path, capsys, monkeypatch, video, ok):
    # the README's pattern, `maps --out m --video m/t.mp4`, on a fresh folder: maps creates m
    # first, so the video's folder need not exist yet; any other missing folder is refused
    from geomap.cli import main

    monkeypatch.chdir(tmp_path)
    written = []
    monkeypatch.setattr("geomap.cli.video.run_video", lambda th, args: written.append(args.video))
    code = main(["maps", str(DATA / "tiny"), "--out", "m", "--video", video, "--quiet"])
    err = capsys.readouterr().err
    if ok:
        assert code == 0 and written == [video] and (tmp_path / "m" / "index.html").is_file()
    else:
        assert code == 2 and "does not exist" in err and not (tmp_path / "m").exists()


LONG = "Syrian government (SAA and allies) with the National Defence Forces"


def _figure():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(12.8, 7.2), dpi=100)
    FigureCanvasAgg(fig)
    return fig


@pytest.mark.parametrize("name", [LONG, "x" * 90, "Short", "$\\alpha$ brigade"])
def test_legend_names_actors_whole_inside_the_frame(source, name):
    pytest.importorskip("matplotlib")
    import datetime as dt

    from matplotlib.patches import Patch

    from geomap.render import _common as c
    from geomap.render._video import _legend

    source.actors.loc[0, "name"] = name
    fig = _figure()
    ax = fig.add_axes((0.01, 0.075, 0.70, 0.81))
    actors = c.Actors.from_frame(source.actors)
    legend = _legend(fig, ax, source, dt.date(2017, 5, 20), dt.date(2017, 5, 10), actors, Patch)
    fig.canvas.draw()
    first = legend.get_texts()[0].get_text()
    # the whole name (wrapped, never "…"), its km² on the same entry
    squash = "".join(first.split())
    assert squash.startswith("".join(name.split())) and "…" not in first and "km²" in first
    box = legend.get_window_extent()
    assert box.x1 <= 1280 and box.y0 >= 0  # not cut by the frame's edge


@pytest.mark.parametrize("span_deg", [0.2, 3.0, 40.0])
def test_scale_bar_is_true_at_its_latitude(span_deg):
    pytest.importorskip("matplotlib")
    import math

    from pyproj import Geod

    from geomap.render._video import _scale_bar

    fig = _figure()
    ax = fig.add_axes((0.01, 0.075, 0.70, 0.81))
    aspect = math.cos(math.radians(34.0))
    ax.set_xlim(36.0 * aspect, (36.0 + span_deg) * aspect)
    ax.set_ylim(34.0 - span_deg / 4, 34.0 + span_deg / 4)
    _scale_bar(ax, aspect)
    bar = ax.get_lines()[0]
    (x0, x1), (y, _) = bar.get_xdata(), bar.get_ydata()
    label = next(t.get_text() for t in ax.texts if t.get_text().endswith(" km"))
    km = float(label[:-3].replace(",", ""))
    measured = Geod(ellps="WGS84").inv(x0 / aspect, y, x1 / aspect, y)[2] / 1000
    assert measured == pytest.approx(km, rel=1e-4)
    assert str(km).lstrip("0.")[0] in "125"  # a round length: 1, 2 or 5 × 10ⁿ km
