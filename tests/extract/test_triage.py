"""Triage: rows the tool stands behind are drafts; the rest are leads, each with its reason.

A draft needs a gaining side named (or read from a role word or the statement's author) and
a date the text gives for it, at a place that is not ambiguous (a place the gazetteer lacks
is drafted, its note saying to add it).  Everything else the rules find is
a lead, written beside the drafts (``<drafts>.leads.csv``, ``status=lead``), printed in the
summary and never merged.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from geomap.cli import main
from geomap.drafts import DRAFT_COLUMNS, leads_sibling, merge_drafts, write_leads
from geomap.errors import InputError
from geomap.extract import extract
from geomap.inputs import load_inputs

THEATRE = Path(__file__).parent / "data" / "theatre"
DATELINE = "BEIRUT, May 27, 2017 (Wire) — "


@pytest.fixture(scope="module")
def theatre():
    return load_inputs(THEATRE)


@pytest.mark.parametrize(
    ("text", "place", "lead"),
    [
        ("Government troops seized Arak on Friday.", "arak", ""),
        ("Islamic State fighters seized Arak on Friday, the Observatory said.", "arak", ""),
        # a place the gazetteer lacks that GeoNames settles (one place of the theatre's
        # countries has the name): a draft naming the GeoNames place's id
        ("Government troops seized Salamiyah on Friday.", "as-salamiyah", ""),
        (  # settled, but its other cues are a lead's
            "The army attacked Arak on Friday. Tal Abyad was also taken on Thursday.",
            "Tal Abyad",
            "unknown place 'Tal Abyad': GeoNames settles it ('tall-abyad'), a draft once the "
            "other cues are; gaining side read from the context, not the clause",
        ),
        # settled, the other cues a draft's: a pronoun resolved in the sentence before
        (
            "Government troops seized Arak on Friday. They also took Tal Abyad on Thursday.",
            "tall-abyad",
            "",
        ),
        ("Government troops seized Arak.", "arak", "date borrowed from the publication day"),
        ("Arak was captured on Friday.", "arak", "no gaining side"),
        ("The army withdrew from Arak on Friday.", "arak", "no gaining side"),
        # a pronoun resolved in the sentence before, a day counted from another change the
        # text dates: a draft's (stop 31, calibrated on the blind outputs of sets 8-17)
        (
            "Government troops seized Arak on Friday. They also took Palmyra on Thursday.",
            "palmyra",
            "",
        ),
        (
            "Government troops seized Arak on Thursday. The next day they took Palmyra.",
            "palmyra",
            "",
        ),
        (
            "The army attacked Arak on Friday. Palmyra was also taken on Thursday.",
            "palmyra",
            "gaining side read from the context, not the clause",
        ),
        # counted past the publication day (Friday + 2 = Sunday 28 May, the paper of the 27th)
        (
            "Government troops seized Arak on Friday. Two days later they took Palmyra.",
            "palmyra",
            "date after the publication day 2017-05-27",
        ),
    ],
)
def test_each_row_is_a_draft_or_a_lead_with_its_reason(theatre, text, place, lead):
    ex = extract(DATELINE + text, theatre)
    row = ex.rows[ex.rows["place"] == place].iloc[0]
    if not lead:
        assert row["status"] == "draft" and place in set(ex.drafts["place"])
        assert place not in set(ex.leads["place"])
        return
    got = ex.leads[ex.leads["place"] == place].iloc[0]
    assert (got["status"], got["lead"]) == ("lead", lead)
    assert got["note"].startswith(f"lead: {lead}; geomap extract: ")
    assert place not in set(ex.drafts["place"])


@pytest.mark.parametrize(
    ("text", "place", "said"),
    [
        (
            "Government troops seized Bir Qasab on Friday.",
            "Bir Qasab",
            "unknown place 'Bir Qasab': no GeoNames place named 'Bir Qasab' in SYR; add it to "
            "places.csv",
        ),
        (
            "Government troops seized Suran on Friday.",
            "Suran",
            "unknown place 'Suran': 2 GeoNames places named 'Suran' in SYR; add it to places.csv",
        ),
        (
            "Government troops seized Ain Issa on Friday.",
            "Ain Issa",
            "unknown place 'Ain Issa': no GeoNames place named 'Ain Issa' in SYR (only "
            "'‘Ayn ‘Īsá' (close): not the same name); add it to places.csv",
        ),
    ],
)
def test_a_place_neither_the_gazetteer_nor_geonames_settles_is_drafted_with_what_to_add(
    theatre, text, place, said
):
    """Stop 34: such rows with firm cues were right 90 of 117 times on dev and sets 1-38 (all
    leads: 150 of 458), so they are drafts; the note says what GeoNames found and that the
    place's row must be added (merge-drafts refuses the row until it is)."""
    ex = extract(DATELINE + text, theatre)
    got = ex.drafts[ex.drafts["place"] == place]
    assert len(got) == 1 and place not in set(ex.leads["place"])
    assert said in got.iloc[0]["note"] and "unknown place" not in str(got.iloc[0]["support"])


def test_an_unknown_place_with_a_weak_cue_is_a_lead_naming_the_place_first(theatre):
    ex = extract(DATELINE + "Bir Qasab was captured on Friday.", theatre)
    got = ex.leads[ex.leads["place"] == "Bir Qasab"].iloc[0]
    assert got["lead"] == (
        "unknown place 'Bir Qasab': no GeoNames place named 'Bir Qasab' in SYR; no gaining side"
    )


def test_an_ambiguous_place_is_a_lead_whatever_its_other_cues(tmp_path):
    """Two gas fields whose names hold "Arak": which one "the gas field near Arak" is, is the
    reviewer's call (a lead), not a draft's."""
    folder = tmp_path / "theatre"
    shutil.copytree(THEATRE, folder)
    with open(folder / "places.csv", "a", encoding="utf-8") as fh:
        fh.write("arak-north-gasfield,Arak North gas field,,34.75,38.6,gasfield,Homs,SYR,,test\n")
    ex = extract(
        DATELINE + "Government troops seized the gas field near Arak on Friday.",
        load_inputs(folder),
    )
    assert ex.drafts.empty
    assert ex.leads["lead"].tolist() == ["ambiguous place 'gas field near Arak'"]


def test_nothing_is_dropped_rows_are_drafts_and_leads_in_text_order(theatre):
    text = (
        DATELINE + "Government troops seized Arak on Friday. They also took Palmyra on Thursday. "
        "Bir Qasab was captured on Wednesday."
    )
    ex = extract(text, theatre)
    assert len(ex.rows) == len(ex.drafts) + len(ex.leads) == 3
    assert ex.rows["place"].tolist() == ["arak", "palmyra", "Bir Qasab"]
    assert ex.rows["status"].tolist() == ["draft", "draft", "lead"]
    assert list(ex.rows.columns) == DRAFT_COLUMNS


def test_leads_are_written_formula_safe_and_on_one_line(tmp_path):
    row = dict.fromkeys(DRAFT_COLUMNS, "")
    row.update(place="=HYPERLINK(1)", evidence="a\nb\x1b[31m", status="lead", lead="no date")
    path = tmp_path / "d.leads.csv"
    write_leads(pd.DataFrame([row]), path)
    text = path.read_text(encoding="utf-8")
    assert "=HYPERLINK" not in text.replace("'=HYPERLINK", "") and "\x1b" not in text
    assert len(text.splitlines()) == 2 and next(csv.reader([text.splitlines()[0]])) == DRAFT_COLUMNS


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


ARTICLE = (
    "Army takes Raqqa\n\n" + DATELINE + "Government troops took Raqqa from the Free Syrian Army "
    "on Friday, the army said. Rebels said they took Palmyra.\n"
)


def test_cli_writes_leads_beside_the_drafts_and_merge_never_takes_them(capsys, tmp_path):
    theatre = tmp_path / "theatre"
    shutil.copytree(THEATRE, theatre)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out_file = tmp_path / "d.csv"
    code, _, err = _run(
        capsys, "extract", tmp_path / "a.txt", "--theatre", theatre, "--out", out_file
    )
    leads = leads_sibling(out_file)
    assert code == 0 and leads == tmp_path / "d.leads.csv"
    assert (
        f"1 draft event in {out_file}, 1 lead: 1 date borrowed from the publication day "
        "(publication date: 2017-05-27)" in err  # "Rebels said they": the speaker, named
    )
    assert f"written to {leads}" in err
    assert "palmyra: GOV -> FSA [capture" in err and "date borrowed from the publication day" in err
    # the drafts check's warnings are printed too (a from_actor the snapshot contradicts)
    assert f"{out_file}:2: from_actor: warning: from_actor 'FSA'" in err and "'IS'" in err
    table = pd.read_csv(leads, dtype=str, keep_default_na=False)
    assert list(table.columns) == DRAFT_COLUMNS and table["status"].tolist() == ["lead"]
    # a leads file given to merge-drafts is refused: status=lead is not reviewed
    with pytest.raises(InputError, match="status is 'lead'"):
        merge_drafts(theatre, leads)
    # the reviewed drafts merge without the leads
    drafts = pd.read_csv(out_file, dtype=str, keep_default_na=False)
    drafts["status"] = "reviewed"
    drafts.to_csv(out_file, index=False)
    assert merge_drafts(theatre, out_file).added == 1
    # a reviewer completes the lead (the day it says) and moves it into a drafts file
    table.loc[0, ["date", "status"]] = ["2017-05-25", "reviewed"]
    table.to_csv(tmp_path / "e.csv", index=False)
    assert merge_drafts(theatre, tmp_path / "e.csv").added == 1
    events = (theatre / "events.csv").read_text(encoding="utf-8")
    assert "2017-05-25,palmyra" in events


def test_cli_rewrites_the_leads_file_even_when_there_are_none(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        DATELINE + "Government troops seized Arak on Friday.", encoding="utf-8"
    )
    out_file = tmp_path / "d.csv"
    for name, n in (("a.txt", 2), ("b.txt", 1)):
        code, _, err = _run(
            capsys, "extract", tmp_path / name, "--theatre", THEATRE, "--out", out_file
        )
        assert code == 0
        assert len(leads_sibling(out_file).read_text(encoding="utf-8").splitlines()) == n
    assert ", 0 leads " in err


def test_without_out_the_leads_are_listed_and_not_written(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, err = _run(capsys, "extract", tmp_path / "a.txt", "--theatre", THEATRE)
    assert code == 0 and [r["place"] for r in csv.DictReader(out.splitlines())] == ["raqqa"]
    assert "not written: give --out to write them beside the drafts" in err
    assert not list(tmp_path.glob("*.leads.csv"))
