"""Junk corpus, paths: every kind of wrong path is one ``geomap: error`` line, never a traceback.

Each case copies ``tests/data/tiny`` to tmp_path, breaks one path and runs a
command in-process: the exit code (README: 1 problems in the data, 2 usage
or environment), the file named, no traceback, nothing written before the
error.  The write cases check that nothing goes through a link already there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geomap import paths
from geomap.errors import InputError, PathError

from ._paths_fixtures import aoi_file, assert_one_clean_error, loop, tiny_copy, use_aoi_path


# ----------------------------------------------------------------------------- theatre files
def _areas_folder(t: Path) -> str:
    (t / "areas.geojson").mkdir()
    return "areas.geojson"


def _areas_loop(t: Path) -> str:
    loop(t / "areas.geojson")
    return "areas.geojson"


def _claims_loop(t: Path) -> str:
    loop(t / "claims.csv")
    return "claims.csv"


def _places_folder(t: Path) -> str:
    (t / "places.csv").unlink()
    (t / "places.csv").mkdir()
    return "places.csv"


def _places_missing(t: Path) -> str:
    (t / "places.csv").unlink()
    return "places.csv"


def _events_loop(t: Path) -> str:
    loop(t / "events.csv")
    return "events.csv"


def _aoi_loop(t: Path) -> str:
    use_aoi_path(t, "aoi.geojson")
    loop(t / "aoi.geojson")
    return "aoi.geojson"


def _aoi_folder(t: Path) -> str:
    use_aoi_path(t, "aoi")
    (t / "aoi").mkdir()
    return "'aoi'"


def _toml_folder(t: Path) -> str:
    (t / "theatre.toml").unlink()
    (t / "theatre.toml").mkdir()
    return "theatre.toml"


def _toml_loop(t: Path) -> str:
    loop(t / "theatre.toml")
    return "theatre.toml"


BROKEN_FILES = {
    "areas.geojson is a folder": (_areas_folder, "is a folder"),
    "areas.geojson is a link loop": (_areas_loop, "symbolic link loop"),
    "claims.csv is a link loop": (_claims_loop, "symbolic link loop"),
    "places.csv is a folder": (_places_folder, "is a folder"),
    "places.csv is missing": (_places_missing, "file not found"),
    "events.csv is a link loop": (_events_loop, "symbolic link loop"),
    "[aoi] path is a link loop": (_aoi_loop, "symbolic link loop"),
    "[aoi] path is a folder": (_aoi_folder, "is a folder"),
    "theatre.toml is a folder": (_toml_folder, "is a folder"),
    "theatre.toml is a link loop": (_toml_loop, "symbolic link loop"),
}


@pytest.mark.parametrize("case", list(BROKEN_FILES), ids=list(BROKEN_FILES))
@pytest.mark.parametrize("command", ["check", "gains"])
def test_a_theatre_file_of_the_wrong_kind_is_a_data_error(cli, tmp_path, case, command):
    theatre = tiny_copy(tmp_path)
    break_it, what = BROKEN_FILES[case]
    name = break_it(theatre)
    code, out, err = cli(command, theatre)
    assert code == 1, err  # a problem in the data: optional files that are loops are not "absent"
    text = out + err
    assert "Traceback" not in text and name in text and what in text


# ----------------------------------------------------------------------------- command-line paths
def _file(tmp_path: Path, name: str = "a-file") -> Path:
    p = tmp_path / name
    p.write_text("user data\n", encoding="utf-8")
    return p


CLI_PATHS = {
    "theatre missing": (lambda t, tmp: ["gains", tmp / "nope"], "not a folder"),
    "theatre is a file": (lambda t, tmp: ["check", _file(tmp)], "is a file, not a folder"),
    "theatre is a link loop": (lambda t, tmp: ["check", loop(tmp / "x")], "symbolic link loop"),
    # a file inside a theatre given for the theatre: the folder to give is named
    "theatre is its events.csv": (
        lambda t, tmp: ["gains", t / "events.csv"],
        "is a file, not a folder; give the theatre folder holding it: ",
    ),
    # the parent folder of theatres given for a theatre: the theatres inside are named
    "check a folder of one theatre": (
        lambda t, tmp: ["check", tmp],
        "holds no theatre.toml: it is not a theatre but a folder of 1 theatre; give it: {tmp}/t",
    ),
    "gains a folder of two theatres": (
        lambda t, tmp: ["gains", _two(tmp)],
        "a folder of 2 theatres; give one of them: {tmp}/t, {tmp}/u",
    ),
    "maps a folder of theatres": (
        lambda t, tmp: ["maps", tmp, "--out", tmp / "maps"],
        "a folder of 1 theatre; give it: {tmp}/t",
    ),
    "diff a folder of theatres": (
        lambda t, tmp: ["diff", tmp, "2020-01-01", "2020-01-02"],
        "a folder of 1 theatre; give it: {tmp}/t",
    ),
    "export a folder of theatres": (
        lambda t, tmp: ["export", tmp, "--out", tmp / "x.gpkg"],
        "a folder of 1 theatre; give it: {tmp}/t",
    ),
    "extract --theatre a folder of theatres": (
        lambda t, tmp: ["extract", _file(tmp, "a.txt"), "--theatre", tmp],
        "a folder of 1 theatre; give it: {tmp}/t",
    ),
    "maps --out FILE": (
        lambda t, tmp: ["maps", t, "--out", _file(tmp)],
        "is a file, not a folder",
    ),
    "maps --out under a missing folder": (
        lambda t, tmp: ["maps", t, "--out", tmp / "no" / "such"],
        "does not exist",
    ),
    "export --out DIR.gpkg": (
        lambda t, tmp: ["export", t, "--out", _mkdir(tmp / "dir.gpkg")],
        "is a folder",
    ),
    "export --out no/such/x.gpkg": (
        lambda t, tmp: ["export", t, "--out", tmp / "no" / "such" / "x.gpkg"],
        "does not exist",
    ),
    "export --out a link": (
        lambda t, tmp: ["export", t, "--out", _link(tmp / "x.gpkg", _file(tmp))],
        "symbolic link",
    ),
    "import-geonames --out FILE/places.csv": (
        lambda t, tmp: [
            "import-geonames",
            _file(tmp, "SY.txt"),
            "--country",
            "SY",
            "--out",
            _file(tmp) / "places.csv",
        ],
        "is a file, not a folder",
    ),
    "import-geonames FOLDER": (
        lambda t, tmp: ["import-geonames", tmp, "--country", "SY", "--out", tmp / "p.csv"],
        "is a folder",
    ),
    "extract a link loop": (
        lambda t, tmp: ["extract", loop(tmp / "a.txt"), "--theatre", t],
        "symbolic link loop",
    ),
    "diff --out DIR": (
        lambda t, tmp: ["diff", t, "2020-01-01", "2020-01-20", "--out", _mkdir(tmp / "d.html")],
        "is a folder",
    ),
}


def _two(tmp_path: Path) -> Path:
    """``tmp_path`` with a second theatre, ``u``, beside ``t``."""
    tiny_copy(tmp_path, "u")
    return tmp_path


def _mkdir(p: Path) -> Path:
    p.mkdir()
    return p


def _link(p: Path, target: Path) -> Path:
    p.symlink_to(target)
    return p


@pytest.mark.parametrize("case", list(CLI_PATHS), ids=list(CLI_PATHS))
def test_a_command_line_path_of_the_wrong_kind_is_a_usage_error_before_any_work(
    cli, tmp_path, case
):
    theatre = tiny_copy(tmp_path)
    make_argv, what = CLI_PATHS[case]
    argv = make_argv(theatre, tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    code, out, err = cli(*argv)
    assert code == 2, err
    assert_one_clean_error(err, what.replace("{tmp}", str(tmp_path)))
    assert len(err.strip().splitlines()) == 1  # one line
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing written
    user = tmp_path / "a-file"
    if user.exists():
        assert user.read_text(encoding="utf-8") == "user data\n"  # the user's file untouched


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/news/2017/05/27/article.html",
        "HTTP://EXAMPLE.COM/A",
        "ftp://example.com/a.txt",
        "file:///tmp/article.txt",
    ],
)
def test_extract_a_url_says_geomap_does_not_fetch_it(capsys, tmp_path, url):
    from geomap.cli import main

    theatre = tiny_copy(tmp_path)
    assert main(["extract", url, "--theatre", str(theatre)]) == 2  # a usage error
    err = capsys.readouterr().err
    assert f"ARTICLE: {url}: a URL; geomap never goes to the network" in err
    assert "save the page" in err and "give that file" in err
    assert "file not found" not in err


URL = "https://example.com/data/x.csv"


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["merge-drafts", URL, "--theatre", "{theatre}"], "DRAFTS"),
        (["gains", "{theatre}", "--regions", URL], "--regions"),
        (["gains", "{theatre}", "--regions", URL + ":name"], "--regions"),
        (["gains", URL], "THEATRE"),
        (["check", "file:///tmp/theatre"], "THEATRE"),
        (["import-acled", URL, "--theatre", "{theatre}", "--out", "{theatre}/o.csv"], "FILE"),
        (
            ["import-acled", "{theatre}/events.csv", "--theatre", "{theatre}"]
            + ["--out", "{theatre}/o.csv", "--actor-map", URL],
            "--actor-map",
        ),
        (["import-geonames", URL, "--country", "SY", "--out", "{theatre}/p.csv"], "FILE"),
        (
            ["import-geonames", "{theatre}/places.csv", "--country", "SY"]
            + ["--out", "{theatre}/p.csv", "--admin1-codes", URL],
            "--admin1-codes",
        ),
    ],
)
def test_every_input_path_refuses_a_url_naming_its_argument(capsys, tmp_path, argv, option):
    """One check for every input path of the command line: a URL is named as a URL (and the
    argument it was given for), never "file not found" with its // collapsed."""
    from geomap.cli import main

    theatre = tiny_copy(tmp_path)
    argv = [a.replace("{theatre}", str(theatre)) for a in argv]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "a URL; geomap never goes to the network" in err, err
    assert "download it and give the local path" in err
    assert "not found" not in err and "https:/e" not in err
    assert f"error: {option}: " in err


@pytest.mark.parametrize("exists", [True, False])
def test_a_www_file_name_is_a_file_name(capsys, tmp_path, monkeypatch, exists):
    """``www.y.txt`` is a file: read when it exists, "file not found" when not (never "a URL")."""
    from geomap.cli import main

    theatre = tiny_copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    if exists:
        (tmp_path / "www.y.txt").write_text("Nothing happened today.\n", encoding="utf-8")
    code = main(["extract", "www.y.txt", "--theatre", str(theatre)])
    err = capsys.readouterr().err
    assert "a URL" not in err
    if exists:
        assert code == 0, err
    else:
        assert code == 2 and "www.y.txt: file not found" in err


# ----------------------------------------------------------------------------- writes and links
def test_writes_go_through_a_temporary_name_and_never_through_a_link(tmp_path):
    user = _file(tmp_path, "user.txt")
    out = _mkdir(tmp_path / "out")
    (out / "index.html").symlink_to(user)
    with pytest.raises(PathError, match="symbolic link"):
        paths.write_text(out / "index.html", "<html>")
    assert user.read_text(encoding="utf-8") == "user data\n"
    (out / "assets").symlink_to(_mkdir(tmp_path / "elsewhere"))
    with pytest.raises(PathError, match="assets: is a symbolic link"):
        paths.subdir(out, "assets")
    # a failed write leaves the target as it was, and no temporary file behind
    target = out / "page.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), paths.atomic_path(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in out.iterdir()) == ["assets", "index.html", "page.html"]
    paths.write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "new" and not target.is_symlink()


def test_maps_refuse_an_assets_link_in_the_output_folder(cli, tmp_path):
    theatre = tiny_copy(tmp_path)
    out = _mkdir(tmp_path / "maps")
    elsewhere = _mkdir(tmp_path / "elsewhere")
    (out / "assets").symlink_to(elsewhere)
    code, _, err = cli("maps", theatre, "--out", out, "--quiet")
    assert code == 2
    assert_one_clean_error(err, "assets", "symbolic link")
    assert list(elsewhere.iterdir()) == [] and list(out.iterdir()) == [out / "assets"]


@pytest.mark.parametrize(
    "reader",
    [
        lambda p: paths.read_bytes(p),
        lambda p: paths.require_input(p),
    ],
    ids=["read_bytes", "require_input"],
)
def test_readers_name_the_path_of_a_loop(tmp_path, reader):
    p = loop(tmp_path / "x.csv")
    with pytest.raises((InputError, PathError), match=r"x\.csv: a symbolic link loop"):
        reader(p)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_named(tmp_path):  # pragma: no cover - CI runs as a user
    p = _file(tmp_path)
    p.chmod(0)
    assert "permission denied" in paths.input_problem(p).message


# ----------------------------------------------------------------------------- inside the theatre
def test_theatre_files_stay_inside_the_theatre_folder(cli, tmp_path):
    theatre = tiny_copy(tmp_path)
    aoi_file(tmp_path / "outside.geojson")
    use_aoi_path(theatre, "../outside.geojson")
    code, out, err = cli("check", theatre)
    assert code == 1 and "Traceback" not in err
    assert "aoi.path: '../outside.geojson' lies outside the theatre folder" in out
    assert "--allow-outside" in out
    code, out, err = cli("check", theatre, "--allow-outside")
    assert code == 0, out + err
    toml = theatre / "theatre.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            "[theatre]\n", "[theatre]\nallow_outside = true\n"
        ),
        encoding="utf-8",
    )
    assert cli("check", theatre)[0] == 0


def test_an_allowed_outside_file_is_named_without_its_folders(tmp_path):
    from geomap import load_theatre

    theatre = tiny_copy(tmp_path)
    aoi_file(tmp_path / "outside.geojson")
    use_aoi_path(theatre, "../outside.geojson")
    th = load_theatre(theatre, allow_outside=True)
    assert th.assumptions["area of interest"] == "outside.geojson"  # pages get published
    with pytest.raises(InputError, match="outside the theatre folder"):
        load_theatre(theatre)


def test_a_link_inside_the_theatre_to_a_file_outside_is_outside(cli, tmp_path):
    theatre = tiny_copy(tmp_path)
    (theatre / "aoi.geojson").symlink_to(aoi_file(tmp_path / "outside.geojson"))
    use_aoi_path(theatre, "aoi.geojson")
    code, out, _ = cli("check", theatre)
    assert code == 1 and "lies outside the theatre folder" in out


def test_snapshot_folders_stay_inside_the_theatre(cli, two_snapshots):
    toml = two_snapshots / "theatre.toml"
    outside = two_snapshots.parent / f"{two_snapshots.name}-outside"
    (two_snapshots / "snaps").rename(outside)
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            'folder = "snaps"', f'folder = "../{outside.name}"'
        ),
        encoding="utf-8",
    )
    code, _, err = cli("gains", two_snapshots)
    assert code == 1
    assert_one_clean_error(err, "theatre.toml", "snapshots.folders", "outside the theatre folder")
    code, out, err = cli("gains", two_snapshots, "--allow-outside")
    assert code == 0, err


@pytest.mark.parametrize(
    "section, line, key",
    [
        ("[model]\n", 'barriers = "../outside.geojson"\n', "model.barriers"),
        ("", '[regions]\npath = "../outside.geojson"\n', "regions.path"),
    ],
)
def test_every_file_named_in_theatre_toml_stays_inside(cli, tmp_path, section, line, key):
    theatre = tiny_copy(tmp_path)
    aoi_file(tmp_path / "outside.geojson")
    toml = theatre / "theatre.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace(section, section + line) if section else text + line
    toml.write_text(text, encoding="utf-8")
    code, out, err = cli("check", theatre)
    assert code == 1 and "Traceback" not in out + err
    assert f"{key}: '../outside.geojson' lies outside the theatre folder" in out


def test_a_rule_files_aoi_stays_beside_the_rule_file(cli, tmp_path):
    snaps = tmp_path / "snaps"
    snaps.mkdir()
    (tmp_path / "theatre").mkdir()
    aoi_file(tmp_path / "theatre" / "outside.geojson")
    rule = snaps / "rule.toml"
    rule.write_text(
        '[snapshots]\npattern = "{date:%Y-%m-%d}.geojson"\n'
        '[snapshots.actors]\nby = "property"\nproperty = "holder"\nmap = {a = "a"}\n'
        '[aoi]\npath = "../theatre/outside.geojson"\n',
        encoding="utf-8",
    )
    code, _, err = cli("snapshot-gains", snaps, "--rule", rule)
    assert code == 1
    assert_one_clean_error(
        err,
        "rule.toml",
        "aoi.path",
        "'../theatre/outside.geojson' lies outside the rule file's folder",
    )
    code, _, err = cli("snapshot-gains", snaps, "--rule", rule, "--allow-outside")
    assert "outside the rule file's folder" not in err


@pytest.mark.parametrize("spec", ["missing.geojson", "missing.geojson:name", "missing.gdb"])
def test_a_missing_regions_file_on_the_command_line_is_usage(cli, tmp_path, spec):
    theatre = tiny_copy(tmp_path)
    code, _, err = cli("gains", theatre, "--regions", str(tmp_path / spec))
    assert code == 2
    assert_one_clean_error(err, "missing.g", "not found" if "gdb" not in spec else "missing.gdb")
