"""geomap.extract.score: ``claims_read``, the comparisons read whatever published figure of
the reference area the gold's writer took (stop 41).  The strict claims figure stays the
headline; this one says how many of its misses are only a different figure of an area."""

from __future__ import annotations

import pytest

from geomap.extract.score import Tally, _score_claims, read_comparisons


def _claim(figure, km2, kind="comparison"):
    return {"figure": figure, "value_km2": km2, "unit_kind": kind}


def _gold(figure, km2, kind="comparison"):
    return {"article": "a.txt", "figure": figure, "value_km2": str(km2), "unit_kind": kind}


@pytest.mark.parametrize(
    ("found", "gold", "strict", "read"),
    [
        # the same figure: both
        (
            [_claim("half the size of Belgium", 15264.0)],
            [_gold("half the size of Belgium", 15264)],
            1,
            1,
        ),
        # Statbel's Belgium (30,689) against the Factbook's (30,528): read, not strict
        (
            [_claim("an area half the size of Belgium", 15264.0)],
            [_gold("half the size of Belgium", 15344.5)],
            0,
            1,
        ),
        # Eritrea 117,600 or 121,320: 3.2 % apart
        ([_claim("a third of Eritrea", 40440.0)], [_gold("a third of Eritrea", 39200)], 0, 1),
        # another extent, not another figure: Greece of 1897 (63,000) or of today (131,957)
        ([_claim("a quarter of Greece", 32989.2)], [_gold("a quarter of Greece", 15750)], 0, 0),
        # the same km² from other words is another claim
        (
            [_claim("half the size of Qatar", 15264.0)],
            [_gold("half the size of Belgium", 15344.5)],
            0,
            0,
        ),
        # an area or a length is never matched on its words alone
        (
            [_claim("some 9,000 sq km", 9100.0, "area")],
            [_gold("some 9,000 sq km", 9000, "area")],
            0,
            0,
        ),
        # one claim found reads one gold claim
        (
            [_claim("half the size of Belgium", 15264.0)],
            [
                _gold("half the size of Belgium", 15344.5),
                _gold("half the size of Belgium", 15344.5),
            ],
            0,
            1,
        ),
        ([], [_gold("half the size of Belgium", 15344.5)], 0, 0),
        ([_claim("half the size of Belgium", 15264.0)], [], 0, 0),
        # a gold value of 0 is never divided by
        ([_claim("a tiny part of Belgium", 0.0)], [_gold("a tiny part of Belgium", 0)], 1, 1),
    ],
)
def test_a_comparison_read_with_another_published_figure(found, gold, strict, read):
    t = Tally()
    missed, used = _score_claims(t, found, gold)
    assert t.matched == strict
    assert len(used) + read_comparisons(found, missed, used) == read
