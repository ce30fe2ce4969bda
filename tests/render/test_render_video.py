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
