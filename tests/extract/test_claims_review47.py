"""Area claims stop 47 found missed on blind sets 222-237 (after their measurements), each
written anew for the North Sinai 2015 fixture (``tests/extract/data/sin15``), with negatives.

* A length unit read as an area after "guard", "won back", "trampled" and "driven (the enemy)
  from" ("have driven the enemy from more than 400 kilometres of Navarre and Aragon": blind sets
  223, 224, 232, 233); a distance after those verbs ("drove the enemy back 40 kilometres", "40
  kilometres from the capital", "guard 40 kilometres of the border") is still none.
* "to take about 500 square kilometres of scorched fields": ground a verb of taking governs, not
  crops damaged (blind set 237).
* "The country from A to B, some 1,500 square miles, now obeys His Majesty": held ground in
  apposition, as "is now free of the enemy" is (blind set 234).
* "a tenth of present-day Colombia", "half the size of today's Lebanon": the country today,
  the extent geomap holds (blind set 234). "the Dutch Republic" is the Netherlands (blind set
  235); "the United Provinces" is not read (India's of 1902-1947 has the name too).
"""

from __future__ import annotations

import pytest
from sentences import SIN, sin_claims

from geomap.inputs import load_inputs


@pytest.fixture(scope="module")
def sin():
    return load_inputs(SIN)


def _claims(text, theatre):
    return sin_claims(text, theatre, "unit_kind")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Our companies now guard more than 40 kilometres of the valley south of Arish.",
            [("more than 40 kilometres", 40.0, "length")],
        ),
        (
            'A commander said the militants had "won back more than 200 kilometres of the '
            'Sinai" in a week.',
            [("more than 200 kilometres", 200.0, "length")],
        ),
        (
            "We have driven the enemy from more than 400 kilometres of North Sinai.",
            [("more than 400 kilometres", 400.0, "length")],
        ),
        (
            "The army has swept the militants from some 60 kilometres of the coast road region.",
            [("some 60 kilometres", 60.0, "length")],
        ),
        (
            "The militants have trampled more than 40 kilometres of Rafah and Sheikh Zuweid, "
            "burning the farms.",
            [("more than 40 kilometres", 40.0, "length")],
        ),
        # distances, not areas
        ("The army drove the militants back more than 40 kilometres.", []),
        ("The militants were driven from the town, 40 kilometres from the capital.", []),
        ("Troops guard 40 kilometres of the border.", []),
        (
            "They threw battalions at our positions to take about 500 square kilometres of "
            "scorched fields and ruined villages.",
            [("about 500 square kilometres", 500.0, "area")],
        ),
        # crops damaged, no verb of taking: still none
        ("The fire destroyed about 500 square kilometres of wheat fields.", []),
        (
            "The country from Arish to Rafah, some 1,500 square miles, now obeys the army.",
            [("some 1,500 square miles", 3885.0, "area")],
        ),
        (
            "The militants now hold a tenth of present-day Egypt, a spokesman said.",
            [("a tenth of present-day Egypt", 100145.0, "comparison")],
        ),
        (
            "The militants now hold an area half the size of today's Lebanon.",
            [("an area half the size of today's Lebanon", 5226.0, "comparison")],
        ),
        (
            "The militants hold half the size of the Dutch Republic.",
            [("half the size of the Dutch Republic", 20771.5, "comparison")],
        ),
        ("The militants hold half the size of the United Provinces.", []),
    ],
)
def test_claims_found(sin, text, figures):
    assert _claims(text, sin) == figures
