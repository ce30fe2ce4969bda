"""Round 12's general rules (from the misses of blind sets 10 and 11), each sentence written
for a setting no held-out set uses (Karabakh 2020, ``tests/extract/data/nk20``).

* "Our forces have also taken X", "X has also been liberated": a present perfect tells a
  change as of the time of writing, so its undated clause takes the text's own day (the
  statement's or dateline's), not the day of the change told just before it, as a simple
  past "They also took X" does (sets 10 and 11: five changes).
* The side a subject fights is no subject, nor whoever heads it: "X, after fierce fighting
  with the Y militias, entered Z", "rebels fighting the government of President Y captured
  Z" (sets 10 and 11: one change each).
* A day named in a clause of witnessing or saying after the change's verb ("according to
  staff who visited the town on 17 October", "and residents confirmed that rebels were in
  the town on Saturday morning") is not the change's; "took X after the battle" is dated
  by the battle told just before (sets 10 and 11: one change each).
* Triage: the publication day of an undated present perfect is the text's own day for it
  (the time of writing is its time), so it is no borrowed date: such a row can be a draft
  (sets 8, 10 and 11: five leads, all right).
* A party's claim, denied ("The Ministry denies the claims broadcast yesterday by the X's
  radio that ...", "denied the claims of the X militia that its elements had entered ...") is
  a disputed change of the claimant, no longer dropped as a denial; a denial of reports no
  party is said to make ("denied reports that ...") stays no change (sets 10 and 11: three
  changes).
"""

from __future__ import annotations

import pytest

from geomap.extract import extract

DATELINE = "BAKU, November 5, 2020 (Wire) — "  # a Thursday: "on Tuesday" is November 3
FIRST = "The Azerbaijani army took Hadrut on Tuesday. "


def _dates(nk, text):
    rows = extract(DATELINE + text, nk).rows
    return {r.place: (r.to_actor, str(r.date)) for r in rows.itertuples()}


@pytest.mark.parametrize(
    ("second", "fuzuli"),
    [
        # present perfect, "also" after or before the auxiliary, active or passive
        ("Azerbaijani troops have also taken Fuzuli.", ("AZA", "2020-11-05")),
        ("Azerbaijani troops also have taken Fuzuli.", ("AZA", "2020-11-05")),
        ("Fuzuli has also been liberated by Azerbaijani troops.", ("AZA", "2020-11-05")),
        ("Azerbaijani troops've also taken Fuzuli.", ("AZA", "2020-11-05")),
        # negative: a simple past or a past perfect "also" stays on the day told before
        ("Azerbaijani troops also took Fuzuli.", ("AZA", "2020-11-03")),
        ("Azerbaijani troops had also taken Fuzuli.", ("AZA", "2020-11-03")),
        # negative: a present perfect that is no change stays no change
        ("Azerbaijani troops have also shelled Fuzuli.", None),
        # a day of its own wins over either
        ("Azerbaijani troops have also taken Fuzuli on Wednesday.", ("AZA", "2020-11-04")),
        # hostile text: control characters and markup around the clause
        ("<b>Azerbaijani troops have also taken Fuzuli.</b>\x07\u202e", ("AZA", "2020-11-05")),
    ],
)
def test_present_perfect_also_takes_the_texts_day(nk, second, fuzuli):
    got = _dates(nk, FIRST + second)
    assert got["hadrut"] == ("AZA", "2020-11-03")
    assert got.get("fuzuli") == fuzuli


def test_present_perfect_also_in_a_statement_takes_the_statements_day(nk):
    text = (
        "ARTSAKH DEFENCE ARMY\nStatement\nStepanakert, 5 November 2020\n\n"
        "On Tuesday, the Artsakh Defence Army liberated the town of Hadrut. "
        "Our forces have also taken Fuzuli."
    )
    rows = extract(text, nk).rows
    got = {r.place: (r.to_actor, str(r.date)) for r in rows.itertuples()}
    assert got["hadrut"] == ("ARM", "2020-11-03")
    assert got["fuzuli"][1] == "2020-11-05"


@pytest.mark.parametrize(
    ("sentence", "gainer"),
    [
        # the side fought, after "fighting with", "clashes with", "battling with"
        (
            "Armenian troops, after fierce fighting with the Azerbaijani army on Tuesday, "
            "entered Hadrut.",
            "ARM",
        ),
        ("Armenian troops, after clashes with Azerbaijani forces, took Hadrut on Tuesday.", "ARM"),
        (
            "Armenian troops, after days of battling with Azerbaijani forces, took Hadrut on "
            "Tuesday.",
            "ARM",
        ),
        # ... and whoever heads the side fought
        ("Armenian troops fighting the government of Baku captured Hadrut on Tuesday.", "ARM"),
        ("Armenian troops battling the forces of Baku captured Hadrut on Tuesday.", "ARM"),
        # negative: the subject after an opening phrase of fighting is still the subject
        (
            "After fierce fighting with Armenian troops, the Azerbaijani army took Hadrut on "
            "Tuesday.",
            "AZA",
        ),
        ("Fighting continued as Azerbaijani forces captured Hadrut on Tuesday.", "AZA"),
        # hostile text: markup and a control character around the sentence
        (
            "<i>Armenian troops, after fighting with the Azerbaijani army, entered Hadrut on "
            "Tuesday.</i>\x1b[2J",
            "ARM",
        ),
    ],
)
def test_the_side_fought_is_no_subject(nk, sentence, gainer):
    assert _dates(nk, sentence)["hadrut"] == (gainer, "2020-11-03")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day named in a clause of witnessing or saying after the verb is the witness's
        (
            "On Tuesday, Azerbaijani troops retook Hadrut, according to aid workers who "
            "visited the town's clinic on Wednesday.",
            "2020-11-03",
        ),
        (
            "On Tuesday, Azerbaijani troops retook Hadrut, and residents confirmed that "
            "soldiers were in the town on Wednesday.",
            "2020-11-03",
        ),
        # "after the battle": the day of the battle told just before
        (
            "Azerbaijani troops routed the Armenian army at Hadrut on Tuesday. Azerbaijani "
            "troops took Hadrut after the battle, a commander said, and residents confirmed "
            "that soldiers were in the town on Wednesday morning.",
            "2020-11-03",
        ),
        # negative: the verb's own day after it still dates it
        ("Azerbaijani troops retook Hadrut on Wednesday, residents said.", "2020-11-04"),
        # negative: a relative clause that is no witnessing keeps the change's day (second review)
        (
            "Azerbaijani troops retook Hadrut from fighters who retreated south on Wednesday.",
            "2020-11-04",
        ),
        (
            "Azerbaijani troops, who had massed near the town, retook Hadrut on Wednesday.",
            "2020-11-04",
        ),
        # "the battle of X" is no battle told before
        (
            "Azerbaijani troops retook Hadrut on Wednesday after the battle of Fuzuli.",
            "2020-11-04",
        ),
    ],
)
def test_a_witness_clause_day_is_not_the_changes(nk, text, date):
    assert _dates(nk, text)["hadrut"] == ("AZA", date)


STATEMENT = "ARTSAKH DEFENCE ARMY\nStatement\nStepanakert, 5 November 2020\n\n"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # an undated present perfect: the statement's own day, a draft
        ("Our forces have taken Fuzuli.", "draft"),
        ("Fuzuli has been liberated.", "draft"),
        ("Our forces have now taken control of Fuzuli.", "draft"),
        ("Our forces have also taken Fuzuli.", "draft"),
        # negative: an undated simple past borrows the day: a lead (the statement's place-and-date
        # line gives no "opening paragraph" day to count from)
        ("Our forces took Fuzuli.", "lead"),
        ("Our forces liberated Fuzuli, which has been ours since.", "lead"),
        # hostile text: markup and control characters
        ("<p>Our forces have taken Fuzuli.</p>\x00\x1b[31m", "draft"),
        # negative: a simple past beside a present perfect of the same verb (second review)
        ("Our forces captured Fuzuli, and our allies have captured Hadrut.", "lead"),
    ],
)
def test_an_undated_present_perfect_is_dated_by_the_text(nk, sentence, status):
    rows = extract(STATEMENT + sentence, nk).rows
    got = {r.place: (r.to_actor, str(r.date), r.status) for r in rows.itertuples()}
    assert got["fuzuli"] == ("ARM", "2020-11-05", status)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a party's claim, denied: a disputed change of the claimant, dated to the claim
        (
            "The Ministry denies the claims broadcast yesterday by the Azerbaijani army that "
            "its troops had captured Hadrut.",
            ("AZA", "2020-11-04", "disputed"),
        ),
        (
            "The Ministry categorically denies the reports broadcast yesterday by the radio of "
            "the enemy that Hadrut has fallen into the hands of the bandits.",
            ("AZA", "2020-11-04", "disputed"),
        ),
        (
            "The Ministry denied on Friday the claims of the Azerbaijani army that its "
            "elements had entered the town of Hadrut on Wednesday evening.",
            ("AZA", "2020-11-04", "disputed"),
        ),
        # negative: reports nobody is said to make, denied, are no change
        ("The Ministry denied reports that Azerbaijani troops had entered Hadrut.", None),
        # negative: reports of no side (a monitor, activists, a newspaper), denied, are no
        # party's claim: no change (second review)
        (
            "The Ministry denied reports by the monitor that Azerbaijani troops had entered "
            "Hadrut.",
            None,
        ),
        ("The Ministry denied reports by activists that Azerbaijani troops took Hadrut.", None),
        (
            "The Ministry denied the claims of a Moscow newspaper that Azerbaijani troops had "
            "entered Hadrut.",
            None,
        ),
        (
            "The Ministry denies the reports broadcast by certain foreign media according to "
            "which Hadrut has fallen.",
            None,
        ),
        # hostile text: markup and control characters around the denial
        (
            "<b>The Ministry denies the claims of the Azerbaijani army</b> that its troops "
            "had captured Hadrut yesterday.\x07",
            ("AZA", "2020-11-04", "disputed"),
        ),
    ],
)
def test_a_partys_denied_claim_is_a_disputed_change(nk, sentence, expected):
    rows = extract(STATEMENT + sentence, nk).rows
    got = {r.place: (r.to_actor, str(r.date), r.confidence) for r in rows.itertuples()}
    assert got.get("hadrut") == expected
