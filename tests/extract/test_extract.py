"""geomap.extract: news article -> draft events, unknown places and area claims.

The test articles (``articles/``) are wire-style reports written for these
tests; ``articles/gold.csv`` lists every control change a careful reader
drafts from them (a date range where the text only bounds the date),
``articles/claims_gold.csv`` every area claim.
"""

import csv
import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from geomap.cli import main
from geomap.errors import InputError
from geomap.extract import (
    DRAFT_COLUMNS,
    Extraction,
    check_drafts,
    extract,
    find_dates,
    merge_drafts,
    parse_dateline,
    read_article,
)
from geomap.inputs import load_inputs, read_events
from geomap.names import normalize

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
THEATRE = HERE / "data" / "theatre"

# gold "conversion" column -> units.Conversion.status
CONVERSION = {
    "": "",
    "ok": "ok",
    "length": "converted-as-length",
    "area-as-length": "length-unit-for-area",
    "wrong": "wrong",
}


def _rows(name):
    with open(ARTICLES / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


ARTICLE_LIST = _rows("articles.csv")


@pytest.fixture(scope="module")
def theatre():
    return load_inputs(THEATRE)


@pytest.fixture(scope="module")
def results(theatre):
    out = {}
    for row in ARTICLE_LIST:
        art = read_article(ARTICLES / row["file"])
        published = dt.date.fromisoformat(row["published"]) if row["published"] else None
        out[row["file"]] = extract(art.text, theatre, published=published or art.published)
    return out


def _date_range(text):
    lo, _, hi = text.partition("/")
    return dt.date.fromisoformat(lo), dt.date.fromisoformat(hi or lo)


def _same_place(draft_place, gold_place):
    return draft_place == gold_place or normalize(draft_place) == normalize(gold_place)


def evaluate(results):
    """Match drafts to gold changes one-to-one: same article, place, gaining actor, date in range."""
    gold = [g for g in _rows("gold.csv") if g["article"] in results]
    matched, n_drafts, from_ok, from_total = 0, 0, 0, 0
    misses, extras = [], []
    for name, ex in results.items():
        drafts = ex.rows.to_dict("records")
        n_drafts += len(drafts)
        used = set()
        for g in (g for g in gold if g["article"] == name):
            lo, hi = _date_range(g["date"])
            hit = next(
                (
                    i
                    for i, d in enumerate(drafts)
                    if i not in used
                    and _same_place(d["place"], g["place"])
                    and d["to_actor"] == g["to_actor"]
                    and d["date"]
                    and lo <= dt.date.fromisoformat(d["date"]) <= hi
                ),
                None,
            )
            if hit is None:
                misses.append((name, g["place"], g["to_actor"], g["date"]))
                continue
            used.add(hit)
            matched += 1
            if g["from_actor"]:
                from_total += 1
                from_ok += drafts[hit]["from_actor"] == g["from_actor"]
        extras += [
            (name, d["place"], d["to_actor"], d["date"])
            for i, d in enumerate(drafts)
            if i not in used
        ]
    precision = matched / n_drafts if n_drafts else 1.0
    recall = matched / len(gold)
    return {
        "gold": len(gold),
        "drafts": n_drafts,
        "matched": matched,
        "precision": precision,
        "recall": recall,
        "from_actor_agreement": from_ok / from_total if from_total else 1.0,
        "from_actor_checked": from_total,
        "misses": misses,
        "extras": extras,
    }


# --------------------------------------------------------------------------- the figures
def _splits():
    """The article files of each split, in the order articles.csv first names the split."""
    out: dict[str, list[str]] = {}
    for row in ARTICLE_LIST:
        out.setdefault(row["split"], []).append(row["file"])
    return out


def _figures(label, ev):
    return (
        f"[geomap extract] {label:5} {ev['gold']:3} gold changes, {ev['drafts']:3} drafts, "
        f"{ev['matched']:3} matched: precision {ev['precision']:.3f}, recall {ev['recall']:.3f}"
    )


def test_precision_and_recall_of_drafted_changes(results, capsys):
    """Reported per split, asserted only on ``dev`` and overall.

    ``dev`` articles shaped the rules.  ``test`` and ``test2`` were written as held-out
    articles (``test2`` was measured before the rules were changed for it, then used to
    generalise them, so it is no longer held out); ``test3`` was written after that change
    and measured once; issue 17's rule changes then used it (so it is no longer held out):
    the honest estimate is now ``benchmarks/results/extract_heldout.txt``.
    The held-out figures are printed, not asserted (asserting them would invite tuning).
    """
    ev = evaluate(results)
    per_split = {
        split: evaluate({k: results[k] for k in files}) for split, files in _splits().items()
    }
    with capsys.disabled():
        print()
        for split, part in per_split.items():
            print(_figures(split, part))
        print(
            _figures("all", ev)
            + f" (place, gaining actor, date in the gold range; {len(results)} articles); "
            f"from_actor agrees on {ev['from_actor_agreement']:.3f} of {ev['from_actor_checked']}"
        )
        for what in ("misses", "extras"):
            for item in ev[what]:
                print(f"  {dict(misses='miss', extras='extra')[what]}: {item}")
    dev = per_split["dev"]
    assert dev["precision"] >= 0.9, dev["extras"]
    assert dev["recall"] >= 0.9, dev["misses"]
    assert ev["precision"] >= 0.9, ev["extras"]
    assert ev["recall"] >= 0.9, ev["misses"]


def test_every_claim_found_with_its_unit_and_claimant(results):
    for g in _rows("claims_gold.csv"):
        claims = results[g["article"]].claims
        hit = claims[(claims["value_km2"] - float(g["value_km2"])).abs() < 0.5]
        assert len(hit) == 1, (g, claims)
        c = hit.iloc[0]
        assert c["unit_kind"] == g["unit_kind"], g
        assert bool(c["unit_corrected"]) == (g["unit_corrected"] == "true"), g
        assert c["conversion"] == CONVERSION[g["conversion"]], g
        assert g["claimant"].casefold() in c["claimant"].casefold(), (g, c["claimant"])


def test_distances_are_not_claims(results):
    gold = pd.DataFrame(_rows("claims_gold.csv"))
    for name, ex in results.items():
        expected = int((gold["article"] == name).sum())
        assert len(ex.claims) == expected, (name, ex.claims["figure"].tolist())


# --------------------------------------------------------------------------- the required cases
def _draft(ex, place):
    rows = ex.rows[ex.rows["place"] == place]
    assert len(rows) == 1, ex.rows[["date", "place", "to_actor"]]
    return rows.iloc[0]


def test_several_changes_in_one_article(results):
    ex = results["desert_mines.txt"]
    got = {(r.place, r.to_actor, r.date) for r in ex.rows.itertuples()}
    assert got == {
        ("khunayfis-mine", "GOV", "2017-05-26"),
        ("busayri", "GOV", "2017-05-25"),
        ("khunayfis", "GOV", "2017-05-25"),
        ("sharqiyah-mine", "GOV", "2017-05-26"),
        ("ilianiya", "GOV", "2017-05-27"),
    }
    mine = _draft(ex, "khunayfis-mine")
    assert mine["from_actor"] == "IS"
    assert "the phosphate mines near Khneifes" in mine["note"]  # explainable: what was read how
    assert set(ex.drafts["status"]) == {"draft"} and set(ex.leads["status"]) <= {"lead"}
    assert list(ex.rows.columns) == DRAFT_COLUMNS


def test_place_named_three_ways_resolves_to_one_place_without_a_change(results):
    ex = results["tabqa_dam.txt"]
    raqqa = ex.mentions[ex.mentions["place"] == "raqqa"]["mention"]
    assert {"Raqqa", "al-Raqqa", "Rakka"} <= set(raqqa)
    assert "raqqa" not in set(ex.rows["place"])
    deir = results["deir_ez_zor.txt"].mentions
    assert {"Deir ez-Zor", "Deir el-Zour", "Dair al-Zor", "دير الزور"} <= set(
        deir[deir["place"] == "deir-ez-zor"]["mention"]
    )


def test_relative_weekday_counts_back_from_the_publication_date(results):
    row = _draft(results["al_bab.txt"], "al-bab")  # published Friday 24 Feb 2017
    assert row["date"] == "2017-02-23"  # "on Thursday"
    assert "on Thursday" in row["note"]
    qaryatayn = results["qaryatayn.txt"].rows
    lost = qaryatayn[(qaryatayn["place"] == "qaryatayn") & (qaryatayn["to_actor"] == "IS")]
    assert lost["date"].tolist() == ["2017-10-01"]  # "late Sunday", not the report's "Wednesday"


def test_claim_with_a_wrong_mile_conversion_is_flagged(results):
    claims = results["claims_desert.txt"].claims.set_index("figure")
    wrong = claims.loc["2,000 kilometers (1,900 miles)"]
    assert wrong["conversion"] == "wrong"
    assert wrong["unit_corrected"] and wrong["value_km2"] == 2000
    assert "is wrong" in wrong["notes"] and "772 sq mi" in wrong["notes"]
    as_area = claims.loc["5,000 kilometers (1,900 miles)"]
    assert as_area["conversion"] == "length-unit-for-area"
    lux = claims.loc["an area roughly the size of Luxembourg"]
    assert lux["reference"] == "Luxembourg" and lux["value_km2"] == 2586


def test_place_mentioned_but_not_changing_hands(results):
    ex = results["no_changes.txt"]
    assert ex.rows.empty
    assert {"mayadin", "sukhnah", "palmyra", "arak-gasfield", "t3", "raqqa"} <= set(
        ex.mentions["place"]
    )
    # a failed attempt is no change either
    assert "t4" not in set(results["qaryatayn.txt"].rows["place"])


def test_actor_named_only_by_a_pronoun_in_the_next_sentence(results):
    row = _draft(results["desert_mines.txt"], "sharqiyah-mine")  # "They also took control of ..."
    assert row["to_actor"] == "GOV"
    assert "'They' read as 'the army'" in row["note"]
    assert (
        row["extraction_confidence"]
        < _draft(results["desert_mines.txt"], "busayri")["extraction_confidence"]
    )


def test_generic_word_reads_as_the_earlier_specific_actor(results):
    # "Qabasin and Bza'a also fell to the rebels" after "Turkish-backed rebel factions"
    row = _draft(results["al_bab.txt"], "qabasin")
    assert row["to_actor"] == "TFSA" and row["pattern"] == "fell-to"


def test_unknown_places_are_listed_and_still_drafted(results):
    ex = results["unknown_places.txt"]
    unknown = ex.unknown_places.set_index("mention")
    assert {"Bir Qasab", "Tal Dakwa"} <= set(unknown.index)
    assert unknown.loc["Bir Qasab", "in_change"]
    row = _draft(ex, "Bir Qasab")
    assert (row["to_actor"], row["from_actor"], row["date"]) == ("GOV", "FSA", "2017-06-20")
    assert "add it to places.csv" in row["note"]
    # a retreat *to* a place is not a change
    assert "sabe-biyar" not in set(ex.rows["place"])


def test_dates_of_withdrawal_loss_and_background(results):
    ex = results["qaryatayn.txt"]
    rows = {(r.place, r.to_actor): r for r in ex.rows.itertuples()}
    assert rows[("jubb-al-jarrah", "IS")].from_actor == "GOV"
    assert rows[("jubb-al-jarrah", "IS")].pattern == "withdrawal"
    background = rows[("qaryatayn", "GOV")]
    assert background.date == "2016-04-30" and "2016-04-01..2016-04-30" in background.note


def test_disputed_change_is_marked(results):
    assert _draft(results["claims_desert.txt"], "sabe-biyar")["confidence"] == "disputed"
    assert _draft(results["hama_html.html"], "hayl-gasfield")["confidence"] == "disputed"


def test_drafts_validate_as_an_events_file(results, theatre, tmp_path):
    ex = results["desert_mines.txt"]
    path = tmp_path / "drafts.csv"
    ex.to_csv(path)
    with open(path, encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == DRAFT_COLUMNS
    problems = []
    events = read_events(path, theatre.place_index, theatre.actor_index, problems=problems)
    assert len(events) == len(ex.drafts)
    assert not [p for p in problems if p.is_error]
    assert ex.to_csv() == path.read_text(encoding="utf-8")


def test_extract_accepts_a_theatre_path_and_rejects_other_objects():
    text = "BEIRUT, May 27, 2017 (Wire) — Government troops seized Arak on Friday."
    ex = extract(text, str(THEATRE))
    assert ex.rows[["date", "place", "to_actor", "pattern"]].values.tolist() == [
        ["2017-05-26", "arak", "GOV", "capture"]
    ]
    with pytest.raises(TypeError, match="place_index"):
        extract(text, object())
    with pytest.raises(TypeError, match="str"):
        extract(b"bytes", str(THEATRE))


def test_without_a_publication_date_relative_dates_stay_empty(theatre):
    ex = extract("Government troops seized Arak on Friday.", theatre)
    assert ex.warnings and "publication date" in ex.warnings[0]
    assert ex.rows["date"].tolist() == [""]
    ex = extract("Government troops seized Arak on May 26, 2017.", theatre)
    assert ex.rows["date"].tolist() == ["2017-05-26"]


def test_headline_is_not_read_as_a_change(theatre):
    ex = extract("Army seizes Palmyra\n\nBEIRUT, May 27, 2017 (Wire) — Nothing happened.", theatre)
    assert ex.title == "Army seizes Palmyra" and ex.rows.empty


# --------------------------------------------------------------------------- dates
ANCHOR = dt.date(2017, 5, 27)  # a Saturday


@pytest.mark.parametrize(
    "phrase, start, end, kind",
    [
        ("on Sunday", "2017-05-21", "2017-05-21", "event"),
        ("late Tuesday", "2017-05-23", "2017-05-23", "event"),
        ("on Saturday", "2017-05-27", "2017-05-27", "event"),
        ("on March 3", "2017-03-03", "2017-03-03", "event"),
        ("on 3 March", "2017-03-03", "2017-03-03", "event"),
        ("on December 30", "2016-12-30", "2016-12-30", "event"),
        ("last week", "2017-05-15", "2017-05-21", "event"),
        ("earlier this week", "2017-05-22", "2017-05-26", "event"),
        ("earlier this month", "2017-05-01", "2017-05-26", "event"),
        ("over ten days", "2017-05-17", "2017-05-27", "event"),
        ("over the past two weeks", "2017-05-13", "2017-05-27", "event"),
        ("in April of last year", "2016-04-01", "2016-04-30", "event"),
        ("in early September", "2016-09-01", "2016-09-10", "event"),
        ("yesterday", "2017-05-26", "2017-05-26", "event"),
        ("on May 3, 2016", "2016-05-03", "2016-05-03", "event"),
        ("said Wednesday", "2017-05-24", "2017-05-24", "report"),
        ("since August", "2016-08-01", "2016-08-31", "since"),
    ],
)
def test_find_dates(phrase, start, end, kind):
    (d,) = find_dates(phrase, ANCHOR)
    assert (str(d.start), str(d.end), d.kind) == (start, end, kind)


def test_find_dates_ignores_may_the_verb_and_numbers():
    assert find_dates("The army may advance 20 km and 5 kilometers", ANCHOR) == []
    assert find_dates("on Friday", None)[0].end is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("DAMASCUS, Syria (AP) — May 27, 2017 — Troops advanced.", "2017-05-27"),
        ("DAMASCUS, Syria (AP) — May 27, 2017", "2017-05-27"),
        ("BEIRUT, Nov. 4, 2017 (Wire) — The army took the city.", "2017-11-04"),
        ("Headline here\n\nBEIRUT, May 27, 2017 (Wire) — Text.", "2017-05-27"),
        # the headline on the line right above the dateline (or a byline), no blank line
        ("Headline here\nBEIRUT, May 27, 2017 (Wire) — Text.", "2017-05-27"),
        ("Headline here\nBy Jane Roe\nBEIRUT, May 27, 2017 (Wire) — Text.", "2017-05-27"),
        ("Headline here\nSaturday 27 May 2017\nText of the story.", "2017-05-27"),
        # a first line that ends a sentence, or one that is no headline above a dateline
        ("The army advanced.\nBEIRUT, May 27, 2017 (Wire) — Text.", None),
        ("The army took the town\non May 3, 2017, officials said.", None),
        ("Saturday 27 May 2017", "2017-05-27"),
        ("Headline\n\nSaturday 27 May 2017 10.45 BST\n\nText of the story.", "2017-05-27"),
        ("BEIRUT (Wire) — Troops advanced on May 3, 2017.", None),
        ("The army took the town on May 3, 2017.", None),
        ("", None),
    ],
)
def test_parse_dateline(text, expected):
    got = parse_dateline(text)
    assert (str(got) if got else None) == expected


def test_a_headline_right_above_the_dateline_is_the_title_and_no_sentence():
    """A new user's wire copy (stop 45): "headline\\nDAMASCUS, June 3, 2017 (Reuters) - ..."
    was read with no dateline, so no day: every draft was a lead."""
    from geomap.extract.text import read_layout

    text = (
        "Syrian troops seize desert town from Islamic State\n"
        "DAMASCUS, June 3, 2017 (Reuters) - Syrian troops captured Arak on Saturday."
    )
    lay = read_layout(text)
    assert lay.title == "Syrian troops seize desert town from Islamic State"
    assert lay.title_span == (0, len(lay.title))
    assert lay.date == dt.date(2017, 6, 3)
    assert text[lay.body_start :].startswith("Syrian troops captured Arak")
    # a letterhead's two lines are no headline over a dateline (spent set 91): the author of
    # the communique is read from them
    head = (
        "SUDAN PEOPLE'S LIBERATION MOVEMENT / ARMY\n"
        "GENERAL HEADQUARTERS - MILITARY COMMUNIQUE NO. 9/89\n\nOur forces liberated Parajok."
    )
    assert read_layout(head).title is None


# --------------------------------------------------------------------------- reading files
def test_read_html_keeps_the_article_only():
    art = read_article(ARTICLES / "hama_html.html")
    assert art.published == dt.date(2017, 6, 16)
    assert art.title == "Army retakes gas field from IS"
    assert art.url == "https://wire.example.org/2017/06/16/army-retakes-gas-field"
    for junk in ("tracking", "Home", "The army seized Raqqa", "SDF captures Raqqa", "font-family"):
        assert junk not in art.text
    assert "al-Hail gas field too" in art.text and "40 km east" in art.text
    assert "&amp;" not in art.text and "&" in art.text


def test_read_plain_text_article():
    art = read_article(ARTICLES / "al_bab.txt")
    assert art.published == dt.date(2017, 2, 24)
    assert art.title.startswith("Turkish-backed rebels say")
    assert art.text.startswith(art.title)


@pytest.mark.parametrize(
    "name, data, match",
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b" \n\t\n", "the file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary .a PNG image"),
        ("nul.txt", b"text\x00\x01\x02 more", "NUL bytes"),
        ("control.txt", bytes(range(1, 9)) * 50, "control characters"),
        ("latin1.txt", "Ar-Raqqa \u2014 caf\xe9".encode("cp1252"), "not valid UTF-8"),
        ("utf16.txt", "BEIRUT".encode("utf-16"), "UTF-16"),
        (
            "utf16le.txt",
            "BEIRUT, May 27".encode("utf-16-le"),
            r"UTF-16 text \(little-endian\) without",
        ),
        (
            "utf16be.txt",
            "BEIRUT, May 27".encode("utf-16-be"),
            r"UTF-16 text \(big-endian\) without",
        ),
        ("doc.pdf", b"%PDF-1.4\n...", "PDF"),
        (
            "page.html",
            b"<html><script>var x = 1;</script><nav>Home</nav></html>",
            "no article text",
        ),
    ],
)
def test_junk_files_are_refused_with_a_clear_error(tmp_path, name, data, match):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=match) as err:
        read_article(path)
    assert str(path) in str(err.value)
    assert err.value.problems[0].hint  # says how to fix it


def test_five_megabyte_file_is_refused_unless_allowed(tmp_path):
    paragraph = (
        "BEIRUT, May 27, 2017 (Wire) — Government troops seized Arak on Friday, "
        "state media said.\n\n"
    )
    path = tmp_path / "huge.txt"
    path.write_text(paragraph * (5_000_000 // len(paragraph) + 1), encoding="utf-8")
    assert path.stat().st_size >= 5_000_000
    with pytest.raises(InputError, match=r"5\.\d MB, more than the 2 MB limit") as err:
        read_article(path)
    assert "--max-bytes" in str(err.value)
    art = read_article(path, max_bytes=6_000_000)
    assert art.published == dt.date(2017, 5, 27) and len(art.text) >= 5_000_000


def test_missing_files_folders_and_urls_are_refused(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_article(tmp_path)
    with pytest.raises(InputError, match="web address"):
        read_article("https://example.org/story.html")


# --------------------------------------------------------------------------- merging
@pytest.fixture
def theatre_copy(tmp_path):
    dst = tmp_path / "theatre"
    shutil.copytree(THEATRE, dst)
    return dst


def _drafts_file(results, name, tmp_path, status="reviewed"):
    """The drafts of an article, as a reviewer leaves them (every row ``status``)."""
    path = tmp_path / f"{Path(name).stem}.drafts.csv"
    drafts = results[name].rows.copy()
    drafts["status"] = status
    Extraction(drafts, *(None,) * 3).to_csv(path)
    return path


def test_merge_refuses_rows_not_reviewed_and_writes_nothing(results, theatre_copy, tmp_path):
    drafts = _drafts_file(results, "desert_mines.txt", tmp_path, status="draft")
    before = (theatre_copy / "events.csv").read_bytes()
    with pytest.raises(InputError) as err:
        merge_drafts(theatre_copy, drafts)
    listed = [p for p in err.value.problems if p.field == "status"]
    assert [p.line for p in listed] == [2, 3, 4, 5, 6]
    assert "not been reviewed" in listed[0].message and "status=reviewed" in listed[0].hint
    assert (theatre_copy / "events.csv").read_bytes() == before


def test_merge_runs_the_full_check_on_the_merged_theatre(results, theatre_copy, tmp_path):
    from geomap.errors import Problem

    drafts = _drafts_file(results, "desert_mines.txt", tmp_path)
    before = (theatre_copy / "events.csv").read_bytes()
    seen = []

    def failing(folder, first_line):
        seen.append((folder.name, first_line, (folder / "events.csv").read_text().count("\n")))
        return [Problem(str(folder / "events.csv"), first_line, "to_actor", "reversed")], []

    with pytest.raises(InputError) as err:
        merge_drafts(theatre_copy, drafts, verify=failing)
    assert seen == [("theatre", 3, 7)]  # a copy: header, the theatre's event, 5 drafts
    assert "nothing was written" in str(err.value)
    listed = [str(p) for p in err.value.problems]
    assert f"{theatre_copy / 'events.csv'}:3: to_actor: reversed" in listed
    assert (theatre_copy / "events.csv").read_bytes() == before
    res = merge_drafts(theatre_copy, drafts, verify=lambda f, n: ([], [f"row {n}"]))
    assert res.added == 5 and res.changes == ("row 3",)


def test_merge_returns_the_warnings_the_merge_adds(results, theatre_copy, tmp_path):
    from geomap.errors import Problem

    drafts = _drafts_file(results, "desert_mines.txt", tmp_path)

    def warning(line, message="held by another"):
        return Problem("x/events.csv", line, "from_actor", message, severity="warning")

    def warns(folder, first_line):
        old = warning(2)  # the theatre's own event, before the merge too: not the merge's
        if first_line is None:  # the theatre as it is
            return [old], []
        new = warning(first_line + 1)
        made = warning(2, "no longer matches")  # an existing row the new ones contradict
        return [old, new, made, replace(new, file=str(folder / "places.csv"))], []

    res = merge_drafts(theatre_copy, drafts, verify=warns)
    got = [(Path(p.file).name, p.line, p.message) for p in res.warnings]
    assert res.added == 5 and got == [
        ("events.csv", 4, "held by another"),
        ("events.csv", 2, "no longer matches"),
        ("places.csv", 4, "held by another"),
    ]


def test_cli_merge_drafts_shows_the_warnings_of_the_merged_rows(
    capsys, results, theatre_copy, tmp_path
):
    drafts = _drafts_file(results, "tabqa_dam.txt", tmp_path)
    table = pd.read_csv(drafts, dtype=str, keep_default_na=False)
    table.loc[0, ["place", "from_actor"]] = ["raqqa", "GOV"]  # the snapshot has IS hold Raqqa
    table.to_csv(drafts, index=False)
    code, out, err = run(capsys, "merge-drafts", drafts, "--theatre", theatre_copy)
    assert code == 0 and "appended 4 event(s)" in out
    assert "1 warning(s) on the merged rows" in err
    assert "events.csv:3: from_actor: warning: from_actor 'GOV'" in err and "'IS'" in err


def test_merge_appends_validated_drafts_and_refuses_them_twice(results, theatre_copy, tmp_path):
    drafts = _drafts_file(results, "desert_mines.txt", tmp_path)
    before = (theatre_copy / "events.csv").read_text(encoding="utf-8")
    res = merge_drafts(theatre_copy, drafts)
    assert res.added == 5 and res.path == theatre_copy / "events.csv"
    after = (theatre_copy / "events.csv").read_text(encoding="utf-8")
    assert after.startswith(before)  # appended, the existing lines untouched
    assert "evidence" not in after.splitlines()[0]
    events = load_inputs(theatre_copy).events
    assert len(events) == 6 and "sharqiyah-mine" in set(events["place"])
    with pytest.raises(InputError) as err:
        merge_drafts(theatre_copy, drafts)
    listed = [str(p) for p in err.value.problems]
    assert len(listed) == 5
    assert all(f"duplicate of {theatre_copy / 'events.csv'}:" in line for line in listed)
    assert listed[0].startswith(f"{drafts}:2: place:")
    assert (theatre_copy / "events.csv").read_text(encoding="utf-8") == after  # nothing written


def test_merge_refuses_duplicates_within_the_drafts(results, theatre_copy, tmp_path):
    drafts = _drafts_file(results, "al_bab.txt", tmp_path)
    lines = drafts.read_text(encoding="utf-8").splitlines()
    # the same day, place and gaining actor from another report (another from_actor)
    dup = lines[2].replace(",TFSA,,", ",TFSA,IS,", 1)
    drafts.write_text("\n".join([*lines, dup]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"duplicate of the draft on line 3") as err:
        merge_drafts(theatre_copy, drafts)
    assert str(err.value).startswith(f"{drafts}:{len(lines) + 1}: place:")


def test_merge_refuses_unknown_places_and_skips_rejected_rows(results, theatre_copy, tmp_path):
    drafts = _drafts_file(results, "unknown_places.txt", tmp_path)
    with pytest.raises(InputError, match="unknown place 'Bir Qasab'"):
        merge_drafts(theatre_copy, drafts)
    table = pd.read_csv(drafts, dtype=str, keep_default_na=False)
    table.loc[~table["place"].isin(["zaza"]), "status"] = "rejected"
    table.to_csv(drafts, index=False)
    out = tmp_path / "merged.csv"
    res = merge_drafts(theatre_copy, drafts, out=out)
    assert (res.added, res.skipped) == (1, 2)
    assert out.read_text(encoding="utf-8").count("\n") == 3
    assert (theatre_copy / "events.csv").read_text(encoding="utf-8").count("\n") == 2


def test_check_drafts_lists_problems_without_raising(results, theatre, tmp_path):
    drafts = _drafts_file(results, "deir_ez_zor.txt", tmp_path)
    events, problems = check_drafts(theatre, drafts)
    assert len(events) == 3  # Hamidiyeh is not in the gazetteer
    assert [p.line for p in problems if p.is_error] == [3]


# --------------------------------------------------------------------------- command line
def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_extract_prints_drafts_and_a_summary(capsys):
    code, out, err = run(capsys, "extract", ARTICLES / "claims_desert.txt", "--theatre", THEATRE)
    assert code == 0
    rows = list(csv.DictReader(out.splitlines()))
    assert [(r["place"], r["to_actor"], r["status"]) for r in rows] == [
        ("sabe-biyar", "FSA", "draft")
    ]
    assert "1 draft event" in err
    assert (
        "'2,000 kilometers (1,900 miles)' = 2,000 km² (A statement by the General Command)" in err
    )
    assert "is wrong" in err and "conversion checked: ok" in err


def test_cli_extract_to_file_reports_unknown_places(capsys, tmp_path):
    out_file = tmp_path / "d.csv"
    code, out, err = run(
        capsys,
        "extract",
        ARTICLES / "unknown_places.txt",
        "--theatre",
        THEATRE,
        "--out",
        out_file,
        "--source",
        "Wire, 21 June 2017",
        "--date",
        "2017-06-21",
    )
    assert code == 0 and out == ""
    assert "'Bir Qasab' (a draft needs it)" in err
    assert "need editing before merge-drafts" in err
    rows = list(csv.DictReader(out_file.read_text(encoding="utf-8").splitlines()))
    assert {r["source"] for r in rows} == {"Wire, 21 June 2017"}


def test_cli_merge_drafts(capsys, results, theatre_copy, tmp_path):
    drafts = _drafts_file(results, "tabqa_dam.txt", tmp_path)
    code, out, err = run(capsys, "merge-drafts", drafts, "--theatre", theatre_copy)
    assert code == 0 and "appended 4 event(s)" in out
    # what each row changes under the model
    assert out.count("km² under the model") == 4 and "-> SDF" in out
    code, out, err = run(capsys, "merge-drafts", drafts, "--theatre", theatre_copy)
    assert (
        code == 1
        and "duplicate of" in err
        and err.startswith("geomap: error: 4 problems in the input")
    )


@pytest.mark.parametrize(
    "argv, match, expected",
    [  # exit codes (README): 1 problems in the data, 2 usage
        (["extract", "EMPTY", "--theatre", THEATRE], "the file is empty", 1),
        (
            ["extract", ARTICLES / "al_bab.txt", "--theatre", THEATRE, "--date", "24/02/2017"],
            "--date",
            2,
        ),
        (
            ["extract", ARTICLES / "al_bab.txt", "--theatre", THEATRE, "--max-bytes", "100"],
            "limit",
            1,
        ),
        (["extract", ARTICLES / "al_bab.txt", "--theatre", HERE], "theatre.toml", 1),
    ],
)
def test_cli_bad_input_is_a_clear_error(capsys, tmp_path, argv, match, expected):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    argv = [empty if a == "EMPTY" else a for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == expected and out == ""
    assert err.startswith("geomap: error:") and match in err


@pytest.mark.parametrize(
    "command, words",
    [
        ("extract", ["ARTICLE", "--theatre", "--date", "--out", "--source", "--max-bytes"]),
        ("merge-drafts", ["DRAFTS", "--theatre", "--out", "repeats"]),
    ],
)
def test_cli_help(capsys, command, words):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    for w in words:
        assert w in text


def test_extraction_is_a_dataclass_with_every_table(results):
    ex = results["deir_ez_zor.txt"]
    assert isinstance(ex, Extraction)
    assert {"mention", "sentence", "char_span", "candidates", "in_change"} <= set(
        ex.unknown_places.columns
    )
    assert {
        "figure",
        "value_km2",
        "unit",
        "unit_corrected",
        "conversion",
        "claimant",
        "reference",
    } <= set(ex.claims.columns)
    # char spans point at the evidence in the text given
    art = read_article(ARTICLES / "deir_ez_zor.txt")
    for r in ex.rows.itertuples():
        a, b = map(int, r.char_span.split(":"))
        assert " ".join(art.text[a:b].split()) == r.evidence


# --------------------------------------------------------------------------- claims as drafts
def test_claims_are_written_beside_the_drafts_and_merged_into_claims_csv(
    capsys, theatre_copy, tmp_path
):
    out_file = tmp_path / "mines.csv"
    code, _, err = run(
        capsys, "extract", ARTICLES / "desert_mines.txt", "--theatre", THEATRE, "--out", out_file
    )
    claims_file = tmp_path / "mines.claims.csv"
    assert code == 0 and f"3 claim draft(s) written to {claims_file}" in err
    claims = pd.read_csv(claims_file, dtype=str, keep_default_na=False)
    assert claims["value_km2"].tolist() == ["5000", "5226", "6000"]
    assert set(claims["status"]) == {"draft"} and set(claims["actor"]) == {"GOV"}
    assert claims["evidence"].str.len().min() > 20 and claims["char_span"].str.contains(":").all()
    drafts = pd.read_csv(out_file, dtype=str, keep_default_na=False)
    drafts["status"] = "reviewed"
    drafts.to_csv(out_file, index=False)
    # the claims are still drafts: refused, nothing written
    with pytest.raises(InputError, match="mines.claims.csv:2: status"):
        merge_drafts(theatre_copy, out_file)
    assert not (theatre_copy / "claims.csv").exists()
    # reviewed, but the period's start is not filled in: the claims.csv check refuses it
    claims["status"] = "reviewed"
    claims.to_csv(claims_file, index=False)
    with pytest.raises(InputError, match="nothing was written") as err:
        merge_drafts(theatre_copy, out_file)
    listed = [str(p) for p in err.value.problems]
    # said at the claim draft's own row (the claims.csv it would be in does not exist yet)
    assert any(line.startswith(f"{claims_file}:2: start") for line in listed)
    claims["start"] = "2017-05-01"
    claims.to_csv(claims_file, index=False)
    res = merge_drafts(theatre_copy, out_file)
    assert (res.added, res.claims_added) == (5, 3)  # "They also took": a pronoun, a draft
    loaded = load_inputs(theatre_copy).claims
    assert sorted(loaded["area_km2"].round().tolist())[0] == 5000
    assert "evidence" not in (theatre_copy / "claims.csv").read_text(encoding="utf-8")


def _reviewed_mines(capsys, tmp_path) -> Path:
    """The desert-mines drafts and claim drafts, every row reviewed (claims dated)."""
    out_file = tmp_path / "mines.csv"
    run(capsys, "extract", ARTICLES / "desert_mines.txt", "--theatre", THEATRE, "--out", out_file)
    for path in (out_file, tmp_path / "mines.claims.csv"):
        rows = pd.read_csv(path, dtype=str, keep_default_na=False)
        rows["status"] = "reviewed"
        if "figure" in rows.columns:
            rows["start"] = "2017-05-01"
        rows.to_csv(path, index=False)
    return out_file


def test_merge_with_out_leaves_the_theatre_unchanged_claims_included(
    capsys, theatre_copy, tmp_path
):
    drafts = _reviewed_mines(capsys, tmp_path)
    before = {p.name: p.read_bytes() for p in theatre_copy.iterdir() if p.is_file()}
    merged = tmp_path / "merged.csv"
    code, out, _ = run(capsys, "merge-drafts", drafts, "--theatre", theatre_copy, "--out", merged)
    assert code == 0
    after = {p.name: p.read_bytes() for p in theatre_copy.iterdir() if p.is_file()}
    assert after == before  # no claims.csv created, events.csv untouched
    claims_out = tmp_path / "merged.claims.csv"
    assert f"appended 3 claim(s) to {claims_out}" in out and "theatre is unchanged" in out
    assert len(pd.read_csv(claims_out, dtype=str)) == 3


def test_the_same_claims_merged_twice_are_refused(capsys, theatre_copy, tmp_path):
    drafts = _reviewed_mines(capsys, tmp_path)
    res = merge_drafts(theatre_copy, drafts)
    assert res.claims_added == 3 and res.claims_path == theatre_copy / "claims.csv"
    claims_before = (theatre_copy / "claims.csv").read_bytes()
    # the events would be refused as repeats too; the claims must be, on their own
    events = pd.read_csv(drafts, dtype=str, keep_default_na=False)
    events["status"] = "rejected"
    events.to_csv(drafts, index=False)
    with pytest.raises(InputError) as err:
        merge_drafts(theatre_copy, drafts)
    # said at each claim draft's own row, once, with the reviewer's fix
    src = str(tmp_path / "mines.claims.csv")
    assert [(p.file, p.line, p.field) for p in err.value.problems] == [
        (src, line, "status") for line in (2, 3, 4)
    ]
    for p, line in zip(err.value.problems, (2, 3, 4), strict=True):
        assert f"the same claim as claims.csv:{line}" in p.message and "status=rejected" in p.hint
    assert (theatre_copy / "claims.csv").read_bytes() == claims_before
    # rejected as told, the merge goes through and adds none
    claims = pd.read_csv(tmp_path / "mines.claims.csv", dtype=str, keep_default_na=False)
    claims["status"] = "rejected"
    claims.to_csv(tmp_path / "mines.claims.csv", index=False)
    assert merge_drafts(theatre_copy, drafts).claims_added == 0
    assert (theatre_copy / "claims.csv").read_bytes() == claims_before


@pytest.mark.parametrize(
    ("edit", "line", "field", "words"),
    [
        # two drafts of one claim in the file: the second is said, at its own line
        (lambda c: c.iloc[[0, 0, 1, 2]], 3, "status", "the same claim as mines.claims.csv:2"),
        # an id already taken by an earlier draft of another claim
        (
            lambda c: c.assign(id=[c["id"].iloc[0], *c["id"].iloc[:-1]]),
            3,
            "id",
            "is already used by mines.claims",
        ),
        # a figure the theatre check refuses: at the draft's row, not claims.csv's
        (lambda c: c.assign(figure=["lots", *c["figure"].iloc[1:]]), 2, "figure", "figure"),
    ],
    ids=["repeated-draft", "repeated-id", "bad-figure"],
)
def test_a_claim_draft_problem_is_said_at_its_row(
    capsys, theatre_copy, tmp_path, edit, line, field, words
):
    drafts = _reviewed_mines(capsys, tmp_path)
    path = tmp_path / "mines.claims.csv"
    edit(pd.read_csv(path, dtype=str, keep_default_na=False)).to_csv(path, index=False)
    with pytest.raises(InputError) as err:
        merge_drafts(theatre_copy, drafts)
    probs = [p for p in err.value.problems if p.line is not None]
    assert [(p.file, p.line, p.field) for p in probs] == [(str(path), line, field)]
    assert words in probs[0].message
    assert not (theatre_copy / "claims.csv").exists()


@pytest.mark.parametrize(
    "rows, field, words",
    [
        (
            [
                "c1,GOV,2017-05-01,2017-05-31,5000 km2,x,s",
                "c1,GOV,2017-05-01,2017-05-31,6000 km2,x,t",
            ],
            "id",
            "duplicate id 'c1' (first on line 2)",
        ),
        (
            [
                "c1,GOV,2017-05-01,2017-05-31,5000 km2,x,s",
                "c2,GOV,2017-05-01,2017-05-31, 5000  KM2, X ,S",
            ],
            "figure",
            "the same claim as line 2",
        ),
        (  # the actor id extract adds to a side's claimant is no other claimant
            [
                "c1,GOV,2017-05-01,2017-05-31,5000 km2,Ministry of Defence,s",
                "c2,GOV,2017-05-01,2017-05-31,5000 km2,Ministry of Defence (GOV),s",
            ],
            "figure",
            "the same claim as line 2",
        ),
        (  # a row repeated whole is one problem (the same claim), not two
            [
                "c1,GOV,2017-05-01,2017-05-31,5000 km2,x,s",
                "c1,GOV,2017-05-01,2017-05-31,5000 km2,x,s",
            ],
            "figure",
            "same actor, period, figure, claimant and source",
        ),
    ],
    ids=["id", "content", "actor-suffix", "whole-row"],
)
def test_claims_csv_refuses_repeated_claims(theatre_copy, rows, field, words):
    (theatre_copy / "claims.csv").write_text(
        "id,actor,start,end,figure,claimant,source\n" + "\n".join(rows) + "\n", encoding="utf-8"
    )
    probs = [p for p in load_inputs(theatre_copy, strict=False).problems if p.is_error]
    assert [(p.line, p.field) for p in probs] == [(3, field)] and words in probs[0].message


@pytest.mark.parametrize(
    "second",
    [
        "c2,GOV,2017-05-01,2017-05-31,5000 km2,x,Reuters",  # another source
        # two claimants giving one figure in one wire story: two claims
        "c2,GOV,2017-05-01,2017-05-31,5000 km2,Syrian Observatory,SANA",
    ],
    ids=["source", "claimant"],
)
def test_claims_from_different_sources_or_claimants_are_not_repeats(theatre_copy, second):
    (theatre_copy / "claims.csv").write_text(
        "id,actor,start,end,figure,claimant,source\n"
        "c1,GOV,2017-05-01,2017-05-31,5000 km2,x,SANA\n" + second + "\n",
        encoding="utf-8",
    )
    assert not [p for p in load_inputs(theatre_copy, strict=False).problems if p.is_error]


def test_without_out_the_claims_are_not_written_and_stderr_says_so(capsys):
    code, out, err = run(capsys, "extract", ARTICLES / "claims_desert.txt", "--theatre", THEATRE)
    assert code == 0 and "claim draft(s) not written: give --out" in err
