"""geomap.extract rules on small synthetic texts: role words, attribution, linear time, scoring."""

import datetime as dt
import re
import shutil

import pytest
from sentences import DATELINE, THEATRE

from geomap.errors import InputError
from geomap.extract import extract
from geomap.extract import extractor as extractor_module
from geomap.extract.score import SplitScore, gold_range, place_right, score_article
from geomap.extract.text import MAX_SENTENCE, split_sentences
from geomap.inputs import load_inputs


@pytest.fixture(scope="module")
def with_refs(tmp_path_factory):
    """The test theatre with role words: GOV 'regime', FSA and TFSA share 'insurgent'."""
    folder = tmp_path_factory.mktemp("refs") / "theatre"
    shutil.copytree(THEATRE, folder)
    lines = (folder / "actors.csv").read_text(encoding="utf-8").splitlines()
    refs = {"GOV": "regime;loyalist", "FSA": "insurgent", "TFSA": "insurgent", "IS": "caliphate"}
    out = [lines[0] + ",refs"]
    for line in lines[1:]:
        out.append(line + "," + refs.get(line.split(",")[0], ""))
    (folder / "actors.csv").write_text("\n".join(out) + "\n", encoding="utf-8")
    return load_inputs(folder)


def _rows(text, theatre):
    ex = extract(DATELINE + text, theatre)
    return ex.rows.to_dict("records")


# --------------------------------------------------------------------------- actors
def test_refs_column_is_read_with_the_actors(with_refs):
    refs = dict(zip(with_refs.actors["id"], with_refs.actors["refs"], strict=True))
    assert refs["GOV"] == ["regime", "loyalist"] and refs["HTS"] == []


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Regime forces captured Arak on Friday.", "GOV"),
        ("Loyalist troops seized Arak on Friday.", "GOV"),
        ("The caliphate fighters took Arak on Friday.", "IS"),
    ],
)
def test_role_words_name_the_actor(with_refs, text, actor):
    [row] = _rows(text, with_refs)
    assert (row["place"], row["to_actor"]) == ("arak", actor)


def test_role_word_two_actors_share_is_unresolved_not_guessed(with_refs):
    [row] = _rows("Insurgent fighters captured Arak on Friday.", with_refs)
    assert row["to_actor"] == ""
    assert "to_actor unresolved: 'Insurgent fighters' fits FSA or TFSA" in row["note"]


def test_shared_role_word_follows_an_earlier_specific_mention(with_refs):
    text = "Turkish-backed rebels massed near Homs. The insurgent forces captured Arak on Friday."
    [row] = _rows(text, with_refs)
    assert row["to_actor"] == "TFSA"


def test_pronoun_with_two_actors_in_the_previous_sentence_is_unresolved(theatre):
    text = "Fighting between the army and IS raged near Homs. They captured Arak on Friday."
    [row] = _rows(text, theatre)
    assert row["to_actor"] == "" and "fits GOV or IS" in row["note"]


def test_pronoun_reaches_back_one_sentence_only(theatre):
    text = "The army shelled Homs. Residents fled the area. They captured Arak on Friday."
    [row] = _rows(text, theatre)
    assert row["to_actor"] == ""  # "they" is two sentences from the army: not read


# --------------------------------------------------------------------------- confidence
@pytest.mark.parametrize(
    "text, confidence, rule",
    [
        ("Government troops captured Arak on Friday.", "confirmed", "unattributed"),
        ("The army captured Arak on Friday, the Observatory said.", "claimed", "one attribution"),
        ("Rebels said they had captured Arak on Friday.", "claimed", "one attribution"),
        (
            "The army captured Arak on Friday, the Observatory said. State media said "
            "government troops took Arak on Friday.",
            "confirmed",
            "two independent attributions",
        ),
        ("The army captured Arak on Friday, but IS denied it.", "disputed", "denial"),
        (
            "The army said it captured Arak on Friday. IS denied losing the town.",
            "disputed",
            "denial",
        ),
        (
            "Government troops captured Arak on Friday. The report could not be independently "
            "verified.",
            "claimed",
            "unverified",
        ),
        (
            "The army captured Arak on Friday, state media said, and the Observatory confirmed it.",
            "confirmed",
            "two independent attributions",
        ),
        (  # one side twice is not two independent sources
            "The army captured Arak on Friday, state media said, and the military confirmed it.",
            "claimed",
            "one attribution",
        ),
    ],
)
def test_confidence_follows_attribution(theatre, text, confidence, rule):
    [row] = _rows(text, theatre)
    assert row["confidence"] == confidence
    assert f"(rule: {rule})" in row["note"]


# --------------------------------------------------------------------------- linear time
def test_sentences_are_bounded_and_runs_of_stops_split_once():
    text = "." * 5000 + " Then the army captured Arak... Later IS fled."
    sents = split_sentences(text, 0, len(text))
    assert all(len(s.text) <= MAX_SENTENCE for s in sents)
    assert sents[-1].text == "Later IS fled."
    assert "".join(s.text for s in sents).replace(" ", "") == text.replace(" ", "")


def test_a_repeated_capture_phrase_past_the_verb_budget_is_refused(theatre, monkeypatch):
    monkeypatch.setattr(extractor_module, "MAX_CHANGE_VERBS", 5)
    with pytest.raises(InputError, match="more than 5 capture/loss verbs"):
        extract("The army captured Arak. " * 6, theatre, published="2017-05-27")
    ex = extract("The army captured Arak. " * 5, theatre, published="2017-05-27")
    [row] = ex.rows.to_dict("records")  # five statements of one change: one draft
    assert "and" not in row["note"].split("also stated:")[0][-5:]


def test_repeated_sentences_are_scanned_once(theatre, monkeypatch):
    calls = []
    real = extractor_module.find_verbs
    monkeypatch.setattr(extractor_module, "find_verbs", lambda *a: calls.append(1) or real(*a))
    extract("Palmyra, Arak and Homs. " * 200, theatre, published="2017-05-27")
    assert len(calls) == 1


# --------------------------------------------------------------------------- scoring
def test_gold_range_reads_both_forms():
    day = dt.date
    assert gold_range({"date": "2017-05-01", "date_latest": ""}) == (day(2017, 5, 1),) * 2
    assert gold_range({"date": "2017-05-01", "date_latest": "2017-05-03"})[1] == day(2017, 5, 3)
    assert gold_range({"date": "2017-05-01/2017-05-04"})[1] == day(2017, 5, 4)


@pytest.mark.parametrize(
    "draft, gold, right",
    [
        ("arak", "arak", True),
        ("arak", "homs", False),
        ("Tayyim oil field", "?Tayyim", True),  # an unknown place reported by its name
        ("arak", "?Arak", False),  # a gazetteer id is not the missing place
        ("Jafra", "?Jafra oil field", True),
        ("Bir Qasab", "?Tal Dakwa", False),
    ],
)
def test_place_right(draft, gold, right):
    assert place_right(draft, gold, {"arak", "homs"}) is right


def test_score_article_counts_each_field(theatre):
    ex = extract(DATELINE + "Government troops captured Arak on Friday.", theatre)
    gold = [
        dict(
            article="a",
            date="2017-05-25",
            date_latest="2017-05-26",
            place="arak",
            to_actor="GOV",
            from_actor="IS",
            confidence="claimed",
        ),
        dict(
            article="a",
            date="2017-05-26",
            date_latest="",
            place="homs",
            to_actor="GOV",
            from_actor="",
            confidence="confirmed",
        ),
    ]
    s = SplitScore()
    claims_gold = [
        dict(figure="half the size of Lebanon", value_km2="5226", unit_kind="comparison"),
    ]
    score_article(s, "a", ex, gold, claims_gold, {"arak", "homs"})
    assert (s.fields["all"].matched, s.fields["all"].drafts, s.fields["all"].gold) == (1, 1, 2)
    # a claim missed is listed as events are, by article, figure, km² and kind
    assert (s.claims.matched, s.claims.gold) == (0, 1)
    assert s.claim_misses == [("a", "half the size of Lebanon", 5226.0, "comparison")]
    assert s.claim_extras == []
    assert s.fields["confidence"].matched == 0  # drafted confirmed, gold says claimed
    assert s.fields["from_actor"].matched == 0 and s.fields["from_actor"].gold == 1
    assert s.misses == [("a", "homs", "GOV", "2017-05-26", "")]


# --------------------------------------------------------------------------- article structure, bad input
def test_headline_and_dateline_found_past_page_furniture(theatre):
    text = (
        "Accessibility links\nSkip to content\nBreaking News\nHome | World | Middle East\n"
        "Syrian army takes Arak from IS\n\n" + DATELINE + "The army captured Arak on Friday."
    )
    ex = extract(text, theatre)
    assert ex.title == "Syrian army takes Arak from IS" and ex.published == dt.date(2017, 5, 27)
    assert ex.rows["source"].tolist() == ["Syrian army takes Arak from IS"]


@pytest.mark.parametrize(
    "words, lo, hi",
    [
        ("earlier this week", "2017-05-22", "2017-05-26"),
        ("in recent days", "2017-05-20", "2017-05-27"),
    ],
)
def test_relative_dates_are_ranges_drafted_as_their_last_day(theatre, words, lo, hi):
    [row] = _rows(f"The army captured Arak {words}.", theatre)
    assert row["date"] == hi and f"= {lo}..{hi}; drafted as the last day" in row["note"]


@pytest.mark.parametrize(
    "text, script",
    [
        ("سيطر الجيش السوري على مدينة تدمر يوم الخميس بعد معارك عنيفة مع التنظيم", "Arabic"),
        (
            "L'armée syrienne a repris vendredi la ville de Palmyre aux jihadistes, selon l'OSDH.",
            "Latin",
        ),
    ],
)
def test_an_article_in_another_language_is_said_not_guessed(theatre, text, script):
    ex = extract(text, theatre, published="2017-05-27")
    assert len(ex.rows) == 0 and len(ex.claim_drafts) == 0
    assert any("does not look like English" in w and script in w for w in ex.warnings)


def test_html_scripts_never_reach_the_drafts(theatre, tmp_path):
    from geomap.extract import read_article

    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Army takes Arak</title><script>alert('x')</script></head><body>"
        "<h1>Army takes Arak</h1><script>document.write('=HYPERLINK(1)')</script>"
        "<p>BEIRUT, May 27, 2017 (Wire) — The army captured Arak on Friday.</p>"
        "<noscript>The army captured Homs on Friday.</noscript></body></html>",
        encoding="utf-8",
    )
    art = read_article(page)
    ex = extract(art.text, theatre, published=art.published, source=art.title)
    out = ex.to_csv()
    assert "script" not in art.text and "alert" not in out and "HYPERLINK" not in out
    assert ex.rows["place"].tolist() == ["arak"]


# --------------------------------------------------------------------------- capture forms
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The army seized the towns of Arak, Sukhnah and Palmyra on Friday.",
            [("arak", "GOV"), ("sukhnah", "GOV"), ("palmyra", "GOV")],
        ),
        (
            "Government forces have now secured the phosphate mines in Khunayfis on Friday.",
            [("khunayfis-mine", "GOV")],
        ),
        ("The army seized the Khunayfis phosphate mines on Friday.", [("khunayfis-mine", "GOV")]),
        ("The army seized Khunayfis on Friday.", [("khunayfis", "GOV")]),
        ("Government troops took control of Arak on Friday.", [("arak", "GOV")]),
        ("Government troops entered Arak on Friday.", [("arak", "GOV")]),
        ("IS lost Arak to the army on Friday.", [("arak", "GOV")]),
        ("Arak was recaptured by government troops on Friday.", [("arak", "GOV")]),
        ("The militants handed over Arak to the army on Friday.", [("arak", "GOV")]),
        ("The Syrian army announced the liberation of Arak on Friday.", [("arak", "GOV")]),
        ("Arak, a town of 5,000 people, fell to the militants on Friday.", [("arak", "IS")]),
        ("The Syrian army claimed the capture of Arak on Friday.", [("arak", "GOV")]),
        (
            "The jihadists withdrew from Arak on Friday, leaving it to government forces.",
            [("arak", "GOV")],
        ),
    ],
)
def test_capture_forms(theatre, text, expected):
    rows = _rows(text, theatre)
    assert [(r["place"], r["to_actor"]) for r in rows] == expected
    assert {r["date"] for r in rows} == {"2017-05-26"}


def test_score_folder_reads_the_held_out_layout(tmp_path):
    """articles.csv with a theatre per article, gold with date_latest, '?' places, confidence."""
    from geomap.extract.score import format_scores, score_folder

    shutil.copytree(THEATRE, tmp_path / "theatres" / "syria")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Army takes Arak\n\n" + DATELINE + "Government troops captured Arak and Bir Qasab "
        "earlier this week, the Observatory said. They seized 2,000 square kilometers. "
        "Palmyra was captured.",
        encoding="utf-8",
    )
    (tmp_path / "articles.csv").write_text(
        "file,published,theatre,kind,note\na.txt,,syria,wire,test\nb.txt,,syria,bad,empty\n",
        encoding="utf-8",
    )
    (tmp_path / "articles" / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "gold.csv").write_text(
        "article,date,date_latest,place,to_actor,from_actor,confidence,note\n"
        "a.txt,2017-05-22,2017-05-27,arak,GOV,,claimed,\n"
        "a.txt,2017-05-22,2017-05-27,?Bir Qasab,GOV,,claimed,\n"
        "a.txt,2017-05-20,,homs,GOV,IS,confirmed,\n",
        encoding="utf-8",
    )
    (tmp_path / "claims_gold.csv").write_text(
        "article,figure,value_km2,unit_kind,unit_corrected,conversion,claimant\n"
        'a.txt,"2,000 square kilometers",2000,area,false,,\n',
        encoding="utf-8",
    )
    scores = score_folder(tmp_path)
    # Bir Qasab is not in the gazetteer: a draft by its name, right against '?Bir Qasab';
    # Palmyra, with no side nor day, a lead: scored with the leads, not as a draft
    s, both = scores["heldout"], scores["heldout+leads"]
    assert (s.fields["all"].matched, s.fields["all"].drafts, s.fields["all"].gold) == (2, 2, 3)
    assert (both.fields["all"].matched, both.fields["all"].drafts) == (2, 3)
    assert both.fields["confidence"].matched == 2
    assert (s.claims.matched, s.claims.gold) == (1, 1)
    assert s.refused == [("b.txt", s.refused[0][1])] and "empty" in s.refused[0][1]
    table = format_scores(scores)
    assert "heldout        all" in table and "heldout+leads  all" in table
    assert "claim miss" not in table and "claim extra" not in table  # the one claim matched


def test_bare_days_after_is_a_range_before_the_last_date_given(theatre):
    text = (
        "The army broke the siege of Homs on Tuesday. "
        "The breakthrough came days after the army seized Arak."
    )
    [row] = _rows(text, theatre)  # Tuesday = 2017-05-23
    assert row["date"] == "2017-05-22"
    assert "= 2017-05-13..2017-05-22; drafted as the last day" in row["note"]


def test_it_is_not_read_as_the_object_of_fighting(theatre):
    text = "The army has been battling IS around Homs, which it took from the jihadists on Friday."
    [row] = _rows(text, theatre)
    assert (row["place"], row["to_actor"], row["from_actor"]) == ("homs", "GOV", "IS")


def test_withdrawal_in_a_two_sided_theatre_gives_the_ground_to_the_other_side(tmp_path):
    folder = tmp_path / "two"
    shutil.copytree(THEATRE, folder)
    lines = (folder / "actors.csv").read_text(encoding="utf-8").splitlines()
    keep = [ln for ln in lines if ln.split(",")[0] in ("id", "GOV", "IS")]
    (folder / "actors.csv").write_text("\n".join(keep) + "\n", encoding="utf-8")
    (folder / "control.csv").write_text("as_of,place,actor\n", encoding="utf-8")
    (folder / "events.csv").write_text("date,place,to_actor,source\n", encoding="utf-8")
    [row] = _rows("The jihadists withdrew from Arak on Friday.", load_inputs(folder))
    assert (row["to_actor"], row["from_actor"]) == ("GOV", "IS")
    assert "from the context (the theatre's other side)" in row["note"]


def test_a_short_english_sentence_is_not_taken_for_another_language(theatre):
    ex = extract(DATELINE + "Government troops now control Arak, or roughly 1,080 sq km.", theatre)
    assert ex.warnings == [] and ex.claims["value_km2"].tolist() == [1080.0]


def test_score_folder_counts_a_refused_theatres_articles_as_refused(tmp_path):
    """A theatre geomap refuses (a day before 1500) is no crash: each of its articles is
    refused with the theatre's reason, its changes and claims missed, the others scored."""
    from geomap.extract.score import score_folder

    shutil.copytree(THEATRE, tmp_path / "theatres" / "syria")
    shutil.copytree(THEATRE, tmp_path / "theatres" / "old")
    toml = tmp_path / "theatres" / "old" / "theatre.toml"
    toml.write_text(
        re.sub(r"start\s*=\s*\"[0-9-]+\"", 'start = "1485-06-01"', toml.read_text("utf-8")),
        encoding="utf-8",
    )
    (tmp_path / "articles").mkdir()
    text = DATELINE + "Government troops captured Arak on Friday. They seized 2,000 sq km."
    for name in ("a.txt", "b.txt"):
        (tmp_path / "articles" / name).write_text(text, encoding="utf-8")
    (tmp_path / "articles.csv").write_text(
        "file,published,theatre,kind,note\na.txt,,syria,wire,test\nb.txt,,old,wire,test\n",
        encoding="utf-8",
    )
    (tmp_path / "gold.csv").write_text(
        "article,date,date_latest,place,to_actor,from_actor,confidence,note\n"
        "a.txt,2017-05-26,,arak,GOV,,confirmed,\nb.txt,2017-05-26,,arak,GOV,,confirmed,\n",
        encoding="utf-8",
    )
    (tmp_path / "claims_gold.csv").write_text(
        "article,figure,value_km2,unit_kind,unit_corrected,conversion,claimant\n"
        "a.txt,2000 sq km,2000,area,false,,\nb.txt,2000 sq km,2000,area,false,,\n",
        encoding="utf-8",
    )
    s = score_folder(tmp_path)["heldout"]
    assert (s.fields["all"].matched, s.fields["all"].drafts, s.fields["all"].gold) == (1, 1, 2)
    assert (s.claims.matched, s.claims.gold) == (1, 2)
    [(file, why)] = s.refused
    assert file == "b.txt" and "its theatre is refused" in why and "1485-06-01" in why
