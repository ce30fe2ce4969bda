"""One face for every theatre kind: `gains`/`check` take snapshot theatres; the old commands are aliases."""

from __future__ import annotations

import json

import pytest

from geomap import load_theatre
from geomap.cli import build_parser
from geomap.inputs import is_snapshot_theatre
from geomap.snapshots import SnapshotSeries
from geomap.theatre import Theatre, TheatreLike


def test_load_theatre_gives_either_kind(data_dir, two_snapshots):
    assert is_snapshot_theatre(two_snapshots) and not is_snapshot_theatre(data_dir / "three")
    assert isinstance(load_theatre(data_dir / "three"), Theatre)
    assert isinstance(load_theatre(two_snapshots), SnapshotSeries)
    face = {m for m in dir(TheatreLike) if not m.startswith("_")}
    assert {"check", "control", "ledger", "claims", "event_ledger", "map", "timeline"} <= face
    assert face <= set(dir(Theatre))


def test_gains_json_has_one_shape_for_both_kinds(cli, data_dir, two_snapshots):
    shapes = []
    for theatre in (data_dir / "three", two_snapshots):
        code, out, err = cli("gains", theatre, "--by", "total", "--format", "json")
        assert code == 0, err
        doc = json.loads(out)
        shapes.append(set(doc) - {"claims"})
        assert doc["ledger"] and all("gained_km2" in row for row in doc["ledger"])
    assert shapes[0] == shapes[1] == {"assumptions", "ledger", "events"}
    red = [r for r in doc["ledger"] if r["actor"] == "red"][0]
    assert red["gained_km2"] == pytest.approx(red["held_km2"] / 2, rel=0.02)  # the square doubled
    assert doc["events"] == []  # a snapshot series has no events


def test_check_takes_both_kinds(cli, data_dir, two_snapshots):
    code, _, err = cli("check", data_dir / "three")
    assert code == 0 and "valid events" in err
    code, _, err = cli("check", two_snapshots)
    assert code == 0 and "2 snapshots" in err


def test_aliases_say_so_and_keep_their_layout(cli, two_snapshots):
    code, out, err = cli("snapshot-gains", two_snapshots, "--format", "csv")
    assert code == 0
    assert out.splitlines()[0].startswith("period_start,period_end,actor,")
    assert "is an alias of 'geomap gains'" in err.splitlines()[-1]
    code, out, err = cli("snapshot-check", two_snapshots)
    assert code == 0 and "2 snapshots" in out
    assert "is an alias of 'geomap check'" in err.splitlines()[-1]
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in ("snapshot-gains", "snapshot-check"):
        assert sub.choices[name].description.startswith("Alias of")


@pytest.mark.parametrize(
    "argv",
    [
        ["snapshot-gains", "--fix-invalid"],
        ["snapshot-gains", "--on-invalid", "fix"],  # the old spelling, hidden
        ["snapshot-check", "--fix-invalid"],
        ["snapshot-check", "--fix"],  # the old spelling, hidden
    ],
)
def test_fix_invalid_is_one_option_and_old_spellings_still_work(argv, tmp_path):
    args = build_parser().parse_args([argv[0], str(tmp_path), *argv[1:]])
    assert getattr(args, "on_invalid", None) == "fix" or getattr(args, "fix_invalid", False)


def test_old_spellings_are_hidden(capsys):
    for name, old in (("snapshot-gains", "--on-invalid"), ("snapshot-check", "--fix ")):
        with pytest.raises(SystemExit):
            build_parser().parse_args([name, "--help"])
        out = capsys.readouterr().out
        assert "--fix-invalid" in out and old not in out


def test_check_summary_counts_in_the_singular_for_one(cli, data_dir, tmp_path):
    """ "1 actor", not "1 actors" (a new user's session, stop 46)."""
    import shutil

    folder = tmp_path / "one"
    shutil.copytree(data_dir / "tiny", folder)
    actors = (folder / "actors.csv").read_text("utf-8").splitlines()
    events = (folder / "events.csv").read_text("utf-8").splitlines()
    keep = actors[1].split(",")[0]
    (folder / "actors.csv").write_text("\n".join(actors[:2]) + "\n", "utf-8")
    control = (folder / "control.csv").read_text("utf-8").splitlines()
    (folder / "control.csv").write_text(
        "\n".join([control[0]] + [r for r in control[1:] if r.endswith(keep) or f",{keep}," in r])
        + "\n",
        "utf-8",
    )
    (folder / "events.csv").write_text(events[0] + "\n", "utf-8")
    code, _, err = cli("check", folder)
    assert "1 actor," in err and "1 actors" not in err and "0 valid events" in err, err
