"""geomap.units.parse_area: figures as published, fed real cases and junk."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.errors import InputError
from geomap.units import AreaFigure, find_area_figures, parse_area


@pytest.mark.parametrize(
    "text, qualifier, bound, km2",
    [
        (">60 km2", ">", "lower", 60.0),
        ("> 60 km2", ">", "lower", 60.0),
        ("≥1,000 km²", "≥", "lower", 1000.0),
        ("<5 sq km", "<", "upper", 5.0),
        ("<= 3 km2", "<=", "upper", 3.0),
        ("~500 ha", "~", "approx", 5.0),
        ("≈ 20 km²", "≈", "approx", 20.0),
        ("over 5,000 km2", "over", "lower", 5000.0),
        ("nearly 6,000 square kilometres", "nearly", "upper", 6000.0),
        ("60 km2", None, "exact", 60.0),
    ],
)
def test_qualifiers_including_symbols(text, qualifier, bound, km2):
    fig = parse_area(text)
    assert (fig.qualifier, fig.bound) == (qualifier, bound)
    assert fig.value_km2 == pytest.approx(km2)
    assert fig.text == text.strip()


@pytest.mark.parametrize(
    "text, km2, kind, corrected, status",
    [
        ("over 5,000 kilometers (3,100 miles)", 5000, "length", True, "converted-as-length"),
        ("5,000 kilometers (1,900 miles)", 5000, "length", True, "length-unit-for-area"),
        ("2,000 kilometers (1,900 miles)", 2000, "length", True, "wrong"),
        ("1,900 square kilometers (730 square miles)", 1900, "area", False, "ok"),
        ("more than 12,000 square kilometers (4,600 square miles)", 12000, "area", False, "ok"),
        ("150 square kilometers (58 square miles)", 150, "area", False, "ok"),
        ("more than 6,000 kilometers", 6000, "length", True, None),
        ("nearly half the size of neighboring Lebanon", 5226, "comparison", False, None),
        ("roughly the size of Luxembourg", 2586, "comparison", False, None),
        ("roughly the size of Qatar", 11586, "comparison", False, None),
    ],
)
def test_published_figures(text, km2, kind, corrected, status):
    fig = parse_area(text)
    assert round(fig.value_km2) == km2
    assert fig.unit_kind == kind and fig.unit_corrected == corrected
    if status is None:
        assert fig.conversions == ()
    else:
        assert fig.conversions[0].status == status
        assert fig.consistent == (status == "ok")
        assert bool(fig.flags) == (corrected or status != "ok")


def test_wrong_conversion_says_what_it_should_be():
    conv = parse_area("2,000 kilometers (1,900 miles)").conversions[0]
    assert conv.expected == "772 sq mi"
    assert "is wrong" in conv.message and "1,243 mi" in conv.message


def test_length_is_not_an_area_in_strict_context():
    with pytest.raises(InputError, match="is a length, not an area"):
        parse_area("30 kilometers from the border", context="strict")
    assert parse_area("30 kilometers", context="area").unit_corrected


def test_no_figure_is_a_clear_error():
    with pytest.raises(InputError, match="no area figure in 'the army advanced'"):
        parse_area("the army advanced")
    with pytest.raises(TypeError, match="str"):
        parse_area(5000)


_PIECES = st.sampled_from(
    [
        "over ",
        "more than ",
        ">",
        "<",
        "~",
        "≈",
        "about ",
        "5,000",
        "1.5",
        "9" * 400,
        "0",
        "two thousand ",
        " ",
        "-",
        "km",
        "kilometers",
        "square miles",
        "sq mi",
        "km²",
        "hectares",
        " (",
        ")",
        "[",
        "3,100 miles",
        "half the size of Lebanon",
        "the size of ",
        "Qatar",
        "twice",
        "%",
        "\u00a0",
        "\n",
    ]
)


def _check(text: str) -> None:
    try:
        fig = parse_area(text)
    except InputError as exc:
        assert str(exc)  # a message, never an empty error
        return
    assert isinstance(fig, AreaFigure)
    assert math.isfinite(fig.value_km2) and fig.value_km2 >= 0
    a, b = fig.span
    assert 0 <= a < b <= len(text) and text[a:b] == fig.text
    for conv in fig.conversions:
        assert conv.status in ("ok", "converted-as-length", "length-unit-for-area", "wrong")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_parse_area_on_arbitrary_text_returns_a_figure_or_an_input_error(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_parse_area_on_figure_like_junk(text):
    _check(text)
    for fig in find_area_figures(text):
        assert text[fig.span[0] : fig.span[1]] == fig.text


@pytest.mark.parametrize("text", ["5\u00a0000 km2", "5\u202f000 km2", "0\u00a0005,000 km2"])
def test_a_no_break_space_between_digits_groups_thousands(text):
    assert parse_area(text).value_km2 == 5000.0
