"""Actor rules, file-name patterns and the [snapshots] table: validated where they enter."""

from __future__ import annotations

import datetime as dt

import pytest
from snapshot_fixtures import BLUE_NAME, KEY_RULE, RED_NAME

from geomap.errors import InputError
from geomap.snapshots import ActorRule, SnapshotConfig, normalize_text
from geomap.snapshots.files import compile_pattern as _compile_pattern


def test_fill_rule_normalises_colours():
    rule = ActorRule.from_dict({"by": "fill", "map": {"#A52714": "occupied", "#abc": "other"}})
    actors, keys = rule.assign(["#a52714", " #A52714 ", "#AABBCC", "#123456", None])
    assert list(actors) == ["occupied", "occupied", "other", "", ""]
    assert keys[3] == "#123456"
    assert rule.colors == {"occupied": "#a52714", "other": "#aabbcc"}


def test_name_key_strips_nbsp_and_newlines_and_matches_prefixes():
    rule = ActorRule.from_dict(KEY_RULE)
    actors, keys = rule.assign(
        [
            RED_NAME,
            BLUE_NAME,
            "Окуповано /// Occupied /// geoJSON.status.occupied\u00a0",
            "no separator here",
            None,
        ]
    )
    assert list(actors) == ["red", "blue", "red", "", ""]
    assert keys[0] == "geojson.status.occupied"
    assert keys[3] == "no separator here"


def test_prefix_match_prefers_the_longest_key():
    rule = ActorRule.from_dict(
        {
            "by": "property",
            "property": "status",
            "match": "prefix",
            "map": {"occ": "a", "occupied": "b"},
        }
    )
    assert list(rule.assign(["occupied zone", "occ", "x"])[0]) == ["b", "a", ""]


def test_name_key_part_index():
    rule = ActorRule.from_dict({"by": "name-key", "part": 1, "map": {"Occupied": "red"}})
    assert rule.assign(["Окуповано /// Occupied /// k"])[0][0] == "red"
    assert rule.assign(["only one part"])[0][0] == ""


def test_constant_rule():
    rule = ActorRule.from_dict(
        {"by": "constant", "actor": "occupied", "colors": {"occupied": "#a52714"}}
    )
    assert list(rule.assign([{}, None])[0]) == ["occupied", "occupied"]
    assert rule.columns == []


def test_normalize_text():
    assert normalize_text("  Occupied\u00a0Crimea \n") == "occupied crimea"
    assert normalize_text(float("nan")) == ""


@pytest.mark.parametrize(
    ("spec", "field", "text"),
    [
        ({"by": "fil", "map": {"#a52714": "x"}}, "actors.by", "'fil' is not a rule kind"),
        ({"by": "fill", "mapp": {"#a52714": "x"}}, "actors.mapp", "did you mean 'map'"),
        ({"by": "fill", "map": {}}, "actors.map", "missing or empty"),
        ({"by": "fill", "map": {"red": "x"}}, "actors.map.red", "not a hex colour"),
        ({"by": "fill", "map": {"#a52714": "not an id"}}, "actors.map.#a52714", "not an actor id"),
        (
            {"by": "fill", "map": {"#a52714": "x"}, "colors": {"y": "#000000"}},
            "actors.colors.y",
            "not an actor",
        ),
        (
            {"by": "fill", "map": {"#a52714": "x"}, "colors": {"x": "red"}},
            "actors.colors.x",
            "hex colour",
        ),
        ({"by": "constant"}, "actors.actor", "not an actor id"),
        ({"by": "name-key", "map": {"k": "x"}, "part": "last"}, "actors.part", "not an integer"),
        ({"by": "fill", "map": {"#a52714": "x"}, "match": "fuzzy"}, "actors.match", "'fuzzy'"),
        ({"by": "property", "map": {"k": "x"}}, "actors.property", "missing property name"),
    ],
)
def test_rule_errors_name_the_key_and_a_fix(spec, field, text):
    with pytest.raises(InputError, match=text) as err:
        ActorRule.from_dict(spec, file="rule.toml")
    assert any(p.field == field and p.file == "rule.toml" and p.hint for p in err.value.problems)


def test_rule_lists_every_problem_at_once():
    with pytest.raises(InputError) as err:
        ActorRule.from_dict({"by": "fill", "map": {"red": "x", "#a52714": "bad id"}, "extra": 1})
    assert len(err.value.problems) == 3


@pytest.mark.parametrize(
    ("pattern", "name", "when"),
    [
        (
            "deepstatemap_data_{date:%Y%m%d}.geojson",
            "deepstatemap_data_20241009.geojson",
            dt.datetime(2024, 10, 9),
        ),
        ("{timestamp}.geojson", "1728479195.geojson", dt.datetime(2024, 10, 9, 13, 6, 35)),
        ("{timestamp_ms}.json", "1728479195000.json", dt.datetime(2024, 10, 9, 13, 6, 35)),
        ("snap_{date:%Y-%m-%d}*.geojson", "snap_2024-01-03_b.geojson", dt.datetime(2024, 1, 3)),
        ("map {date:%d %B %Y}.geojson", "map 9 October 2024.geojson", dt.datetime(2024, 10, 9)),
    ],
)
def test_patterns(pattern, name, when):
    pat = _compile_pattern(pattern, need_date=True, file="x")
    got, err, matched = pat.when(name)
    assert matched and err is None and got == when
    assert pat.when("README.md")[2] is False


def test_pattern_bad_date_is_reported():
    pat = _compile_pattern("{date:%Y%m%d}.geojson", need_date=True, file="x")
    got, err, matched = pat.when("20241399.geojson")
    assert matched and got is None and "not a date" in err


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("snapshots.geojson", "no date field"),
        ("{date:%Y}{timestamp}.geojson", "2 date fields"),
        ("{date:%Q%Y}.geojson", "unsupported date directive %Q"),
        ("{date:%m%d}.geojson", "no year"),
        ("daily/{date:%Y%m%d}.geojson", "holds a folder"),
    ],
)
def test_bad_patterns(pattern, text):
    with pytest.raises(InputError, match=text):
        _compile_pattern(pattern, need_date=True, file="x")


def test_config_from_mapping(tmp_path):
    cfg = SnapshotConfig.from_mapping(
        {
            "folders": ["daily", "monthly"],
            "pattern": "{timestamp}.geojson",
            "on_invalid": "warn",
            "actors": {"by": "fill", "map": {"#a52714": "occupied"}},
        },
        base=tmp_path,
    )
    assert cfg.folders == [tmp_path / "daily", tmp_path / "monthly"]
    assert cfg.on_invalid == "warn"
    assert cfg.actor_rule.map == {"#a52714": "occupied"}


def test_config_errors_point_to_the_right_table():
    with pytest.raises(InputError) as err:
        SnapshotConfig.from_mapping(
            {"folder": "x", "by": "fill", "on_invalid": "ignore", "pattern": "x.geojson"},
            file="theatre.toml",
        )
    text = "\n".join(str(p) for p in err.value.problems)
    assert "snapshots.by: unknown key; 'by' belongs in the [snapshots.actors] table" in text
    assert "snapshots.on_invalid: 'ignore'" in text
    assert "snapshots.actors: no actor rule" in text


def test_config_from_rule_file(tmp_path):
    (tmp_path / "aoi.geojson").write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},'
        '"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}'
    )
    rule = tmp_path / "rule.toml"
    rule.write_text(
        'pattern = "{timestamp}.geojson"\n[actors]\nby = "fill"\nmap = { "#a52714" = "occupied" }\n'
        '[aoi]\npath = "aoi.geojson"\n',
        encoding="utf-8",
    )
    cfg = SnapshotConfig.from_toml(rule)
    assert cfg.pattern == "{timestamp}.geojson"
    assert cfg.aoi_path == tmp_path / "aoi.geojson"


def test_rule_file_with_bad_toml(tmp_path):
    rule = tmp_path / "rule.toml"
    rule.write_text("[actors]\nby = fill\n", encoding="utf-8")
    with pytest.raises(InputError, match="not valid TOML"):
        SnapshotConfig.from_toml(rule)
