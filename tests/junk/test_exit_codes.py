"""Junk corpus, exit codes: 0 clean, 1 problems in the data, 2 usage or environment, 3 a bug.

One table in README.md; every command follows it, and no Python traceback
reaches the user: a bug is one line asking for a report (the traceback with
``GEOMAP_DEBUG=1``).
"""

from __future__ import annotations

import errno
import re
from pathlib import Path

import pytest

from geomap import cli as geomap_cli

from ._paths_fixtures import TINY, assert_one_clean_error, tiny_copy

README = Path(__file__).parents[2] / "README.md"


def _broken_toml(t: Path) -> list[str]:
    (t / "theatre.toml").write_text('[theatre\nname = "x"\n', encoding="utf-8")
    return ["check", t]


def _broken_events(t: Path) -> list[str]:
    with (t / "events.csv").open("a", encoding="utf-8") as fh:
        fh.write("Saturday,palmyra,,RED,,confirmed,,invented,,\n")
    return ["gains", t]


def _bad_snapshot_rule(t: Path) -> list[str]:
    toml = t / "theatre.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('by = "property"', 'by = "colour"'),
        encoding="utf-8",
    )
    return ["check", t]


def _radius_on_snapshots(t: Path) -> list[str]:
    return ["gains", t, "--radius", "30"]


def _reversed_dates(t: Path) -> list[str]:
    return ["diff", TINY, "2020-01-20", "2020-01-10"]


def _theatre_is_a_file(t: Path) -> list[str]:
    return ["gains", t / "theatre.toml"]


CASES = {
    # name: (theatre kind, break it -> argv, exit code, what stderr/stdout names)
    "check: a broken theatre.toml": ("tiny", _broken_toml, 1, "theatre.toml:1"),
    "gains: a bad date in events.csv": ("tiny", _broken_events, 1, "events.csv:7: date"),
    "check: a snapshot theatre's bad rule": ("snap", _bad_snapshot_rule, 1, "colour"),
    "gains --radius on a snapshot theatre": ("snap", _radius_on_snapshots, 2, "--radius"),
    "diff: end before start": ("tiny", _reversed_dates, 2, "before start"),
    "gains: the theatre is a file": ("tiny", _theatre_is_a_file, 2, "is a file, not a folder"),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_every_command_follows_the_table(cli, tmp_path, two_snapshots, case):
    kind, make_argv, expected, named = CASES[case]
    theatre = tiny_copy(tmp_path) if kind == "tiny" else two_snapshots
    code, out, err = cli(*make_argv(theatre))
    assert code == expected, out + err
    assert "Traceback" not in out + err
    assert named in out + err


def test_clean_data_exits_0(cli):
    code, _, err = cli("check", TINY)
    assert code == 0 and "0 errors" in err


def test_a_bad_option_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        geomap_cli.main(["gains", str(TINY), "--from", "27/05/2017"])
    assert exc.value.code == 2 and "Traceback" not in capsys.readouterr().err


def _raise(exc: BaseException):
    def run(args):
        raise exc

    return run


def _with_func(monkeypatch, exc: BaseException) -> None:
    """Make ``geomap check`` raise ``exc`` (a stand-in for a bug or a full disk)."""
    build = geomap_cli.build_parser

    def patched():
        parser = build()
        parser._subparsers._group_actions[0].choices["check"].set_defaults(func=_raise(exc))
        return parser

    monkeypatch.setattr(geomap_cli, "build_parser", patched)


def test_a_bug_is_one_line_and_exit_3_without_a_traceback(cli, monkeypatch):
    monkeypatch.delenv("GEOMAP_DEBUG", raising=False)
    _with_func(monkeypatch, KeyError("\x1b[31mactor\nred"))
    code, out, err = cli("check", TINY)
    assert code == 3 and out == ""
    assert err.startswith("geomap: internal error: KeyError:") and "please report" in err
    assert "GEOMAP_DEBUG=1" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and "\x1b" not in err
    monkeypatch.setenv("GEOMAP_DEBUG", "1")
    with pytest.raises(KeyError):
        cli("check", TINY)


def test_an_environment_error_exits_2_naming_the_file(cli, monkeypatch):
    _with_func(monkeypatch, OSError(errno.ENOSPC, "No space left on device", "maps/index.html"))
    code, _, err = cli("check", TINY)
    assert code == 2
    assert_one_clean_error(err, "maps/index.html", "No space left on device")


def test_readme_holds_the_one_table():
    text = README.read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\d) \| ([^|]+) \|", text, flags=re.M))
    assert set(rows) == {"0", "1", "2", "3"}
    assert "data" in rows[str(geomap_cli.EXIT_DATA)]
    assert "usage" in rows[str(geomap_cli.EXIT_USAGE)]
    assert "internal" in rows[str(geomap_cli.EXIT_INTERNAL)]
