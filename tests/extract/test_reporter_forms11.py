"""Round 11's general rules, each sentence written for a setting no held-out set uses
(Karabakh 2020, ``tests/extract/data/nk20``).

* A pronoun that opens what a side says or claims stands for that side, read as firmly as
  the side is named: "X (XA), said on Tuesday it ...", "X, the Y force, said in a statement
  on Tuesday that its troops ...", "X had said on its website that it ...", "the claim(s) by
  / of X (last Tuesday) that its troops ...".  "Xian officials said their forces ..." with no
  side named is the one side the modifier names (never two: "Xian and Yian officials").
* "The X said its troops took Y": the speaker's "its" outranks the side a role word alone
  would name.
"""

from __future__ import annotations

import pytest

from geomap.extract import extract

DATELINE = "BAKU, November 5, 2020 (Wire) — "  # a Thursday: "on Tuesday" is November 3


def _rows(nk, sentence):
    rows = extract(DATELINE + sentence, nk).rows
    return [tuple(r) for r in rows[["place", "to_actor", "date", "status"]].values]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the short form in brackets between the speaker and its verb
        (
            "The Artsakh Defence Army (ARM) said on Tuesday it had recaptured Hadrut.",
            [("hadrut", "ARM", "2020-11-03", "draft")],
        ),
        (
            "The Artsakh Defence Army (ARM), said on Tuesday it had recaptured Hadrut.",
            [("hadrut", "ARM", "2020-11-03", "draft")],
        ),
        # an appositive, and adjuncts after the verb of saying
        (
            "The Artsakh Defence Army, the main force of the enclave, said in a statement on "
            "Tuesday that its troops had entered Hadrut.",
            [("hadrut", "ARM", "2020-11-03", "draft")],
        ),
        # a side named inside the appositive is not the speaker
        (
            "The Artsakh Defence Army, an enemy of the Azerbaijani army, said on Tuesday it "
            "had retaken Hadrut.",
            [("hadrut", "ARM", "2020-11-03", "draft")],
        ),
        (
            "The Azerbaijani army had said on Tuesday on its website that it had captured Fuzuli.",
            [("fuzuli", "AZA", "2020-11-03", "draft")],
        ),
        # the claimant of a claim, however the claim is judged
        (
            "The claims of the Armenian command that its troops recaptured Hadrut on Tuesday "
            "are a lie.",
            [("hadrut", "ARM", "2020-11-03", "draft")],
        ),
        (
            "The claim made by the Armenian army last Tuesday that its soldiers had retaken "
            "Hadrut is false.",
            [("hadrut", "ARM", "2020-11-03", "draft")],
        ),
        # a speaker's "its" over the side the role word alone names
        (
            "The Azerbaijani army said on Tuesday its troops had taken Hadrut.",
            [("hadrut", "AZA", "2020-11-03", "draft")],
        ),
        # negative: not a change; a side named in the clause stays the gainer
        ("The Azerbaijani army said on Tuesday it had failed to take Hadrut.", []),
        (
            "The Armenian army said on Tuesday that Azerbaijani troops had taken Hadrut.",
            [("hadrut", "AZA", "2020-11-03", "draft")],
        ),
        # the speaker's verb in another sentence: still only a pronoun (a lead; a pluperfect
        # without a day of its own is undated)
        (
            "The Armenian army said on Tuesday the situation was calm. It had retaken Hadrut.",
            [("hadrut", "ARM", "", "lead")],
        ),
    ],
)
def test_a_pronoun_opening_what_a_side_says_is_that_side(nk, sentence, expected):
    assert _rows(nk, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Azerbaijani officials said their forces had taken Fuzuli on Tuesday.",
            [("fuzuli", "AZA", "2020-11-03", "draft")],
        ),
        (
            "Azerbaijani defence officials also said on Tuesday that their troops had entered "
            "Fuzuli.",
            [("fuzuli", "AZA", "2020-11-03", "draft")],
        ),
        # two sides' officials, a modifier no side has, no modifier: no side named
        (
            "Azerbaijani and Armenian officials said their forces had entered Hadrut on Tuesday.",
            [("hadrut", "", "2020-11-03", "lead")],
        ),
        (
            "Turkish officials said their forces had entered Fuzuli on Tuesday.",
            [("fuzuli", "", "2020-11-03", "lead")],
        ),
        (
            "Officials said their forces had taken Fuzuli on Tuesday.",
            [("fuzuli", "", "2020-11-03", "lead")],
        ),
        ("Azerbaijani officials said their forces had failed to take Fuzuli on Tuesday.", []),
        # hostile text around the speaker: no side is read from it
        (
            'Officials of "<script>Azerbaijani</script>" said their forces had taken Fuzuli '
            "on Tuesday.",
            [("fuzuli", "", "2020-11-03", "lead")],
        ),
    ],
)
def test_officials_named_by_a_modifier_speak_for_its_one_side(nk, sentence, expected):
    assert _rows(nk, sentence) == expected


# ------------------------------------------------------ a statement's change with no side named
STATEMENT = "REPUBLICAN FORCES - WESTERN COMMAND\nOFFICIAL STATEMENT No. 4\n30 March 2011\n\n"
WIRE = "ABIDJAN, March 30, 2011 (Wire) — "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a unit the statement names without a side, a passive with no agent: the author's
        (
            "Yesterday, 29 March, units of the 3rd Battalion liberated Daloa.",
            [("daloa", "FRCI", "2011-03-29", "draft")],
        ),
        (
            "The town of Guiglo was freed on Monday, 28 March.",
            [("guiglo", "FRCI", "2011-03-28", "draft")],
        ),
        (
            "On Monday, 28 March, elements of the Western Command secured Duekoue after the "
            "loyalists fled.",
            [("duekoue", "FRCI", "2011-03-28", "draft")],
        ),
        # forces named by the state or regime they serve, or by an epithet: never the author's
        (
            "The forces of the Sinhala state occupied Daloa on Monday, 28 March.",
            [("daloa", "", "2011-03-28", "lead")],
        ),
        (
            "Our units left Daloa on Sunday, 27 March. The forces of the Sinhala state "
            "occupied the empty town on Monday, 28 March.",
            [("daloa", "", "2011-03-28", "lead")],
        ),
        ("The enemy entered Daloa on Monday, 28 March.", [("daloa", "", "2011-03-28", "lead")]),
        # not a change
        ("Our forces failed to take Daloa on Monday, 28 March.", []),
    ],
)
def test_a_statements_change_with_no_side_named_is_its_authors(civ, body, expected):
    rows = extract(STATEMENT + body, civ, published="2011-03-30").rows
    assert [tuple(r) for r in rows[["place", "to_actor", "date", "status"]].values] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Yesterday, 29 March, units of the 3rd Battalion liberated Daloa.",
        "The town of Guiglo was freed on Monday, 28 March.",
    ],
)
def test_outside_a_statement_no_side_named_stays_a_lead(civ, body):
    rows = extract(WIRE + body, civ).rows
    assert list(rows["to_actor"]) == [""]
    assert list(rows["status"]) == ["lead"]


# ------------------------------------------------------ gapping: the verb left out
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Azerbaijani troops captured Hadrut on Saturday and Fuzuli on Sunday.",
            [("hadrut", "AZA", "2020-10-31", "draft"), ("fuzuli", "AZA", "2020-11-01", "draft")],
        ),
        (
            "Azerbaijani troops captured Hadrut on Saturday, and Fuzuli and Jabrayil on Sunday.",
            [
                ("hadrut", "AZA", "2020-10-31", "draft"),
                ("fuzuli", "AZA", "2020-11-01", "draft"),
                ("jabrayil", "AZA", "2020-11-01", "draft"),
            ],
        ),
        (
            "The Azerbaijani army took Hadrut on Tuesday, and the town of Zangilan in the south "
            "on Wednesday.",
            [
                ("hadrut", "AZA", "2020-11-03", "draft"),
                ("zangilan", "AZA", "2020-11-04", "draft"),
            ],
        ),
        # a chain of days
        (
            "Azerbaijani troops took Hadrut on Saturday, Fuzuli on Sunday and Jabrayil on Monday.",
            [
                ("hadrut", "AZA", "2020-10-31", "draft"),
                ("fuzuli", "AZA", "2020-11-01", "draft"),
                ("jabrayil", "AZA", "2020-11-02", "draft"),
            ],
        ),
        # a withdrawal, the preposition said again
        (
            "Armenian troops withdrew from Hadrut on Saturday and from Fuzuli on Sunday.",
            [("hadrut", "AZA", "2020-10-31", "lead"), ("fuzuli", "AZA", "2020-11-01", "lead")],
        ),
        # no gapping: another verb, another subject, a place's part, no day of its own
        (
            "Azerbaijani troops captured Hadrut on Saturday and shelled Fuzuli on Sunday.",
            [("hadrut", "AZA", "2020-10-31", "draft")],
        ),
        (
            "Azerbaijani troops captured Hadrut on Saturday and Armenian troops Fuzuli on Sunday.",
            [("hadrut", "AZA", "2020-10-31", "draft")],
        ),
        (
            "Azerbaijani troops captured Hadrut on Saturday and Fuzuli's airport on Sunday.",
            [("hadrut", "AZA", "2020-10-31", "draft")],
        ),
        (
            "Azerbaijani troops captured Hadrut on Saturday and Fuzuli remained calm.",
            [("hadrut", "AZA", "2020-10-31", "draft")],
        ),
        ("Azerbaijani troops failed to take Hadrut on Saturday and Fuzuli on Sunday.", []),
    ],
)
def test_a_place_with_its_own_day_after_the_verbs_object_is_gapped(nk, sentence, expected):
    assert _rows(nk, sentence) == expected


# ------------------------------------------------------ a possessor's claim
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Armenian army's claim, broadcast on Tuesday, that its troops had retaken "
            "Hadrut is a lie.",
            [("hadrut", "ARM", "2020-11-03", "draft", "disputed")],
        ),
        # a party's claim called baseless is still its claim (disputed), not hearsay
        (
            "The Armenian command's claims broadcast on Tuesday that its troops have captured "
            "Hadrut are baseless.",
            [("hadrut", "ARM", "2020-11-03", "draft", "disputed")],
        ),
        (
            "The claims broadcast by the Armenian army's radio on Tuesday that its troops have "
            "entered Hadrut are lies.",
            [("hadrut", "ARM", "2020-11-03", "draft", "disputed")],
        ),
        # reports nobody claims, dismissed: no change
        ("Reports that Armenian troops had retaken Hadrut on Tuesday are false.", []),
        ("Social media claims that Armenian troops had retaken Hadrut on Tuesday are false.", []),
    ],
)
def test_a_possessors_claim_is_the_possessors(nk, sentence, expected):
    rows = extract(DATELINE + sentence, nk).rows
    got = rows[["place", "to_actor", "date", "status", "confidence"]].values
    assert [tuple(r) for r in got] == expected


# ------------------------------------------------------ a change told again with its own day
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place noun as the passive's subject, the agent named
        (
            "Azerbaijani troops have recaptured the town of Hadrut, the army said on Thursday. "
            "The town was retaken on Tuesday by Azerbaijani troops.",
            [("hadrut", "AZA", "2020-11-03", "draft")],
        ),
        # no agent: the change just told (dated by the report), told again with its day
        (
            "Azerbaijani troops have recaptured Hadrut, the army said on Thursday. The town was "
            "retaken on Tuesday.",
            [("hadrut", "AZA", "2020-11-03", "draft")],
        ),
        (
            "Azerbaijani troops have recaptured Hadrut, the army said on Thursday. Hadrut was "
            "retaken on Tuesday.",
            [("hadrut", "AZA", "2020-11-03", "draft")],
        ),
        # after a change with its own day, "retaken" is the other side's (a lead, not folded)
        (
            "Armenian troops captured Hadrut on Monday. Hadrut was retaken on Tuesday.",
            [("hadrut", "ARM", "2020-11-02", "draft"), ("hadrut", "AZA", "2020-11-03", "lead")],
        ),
        # another side named as the agent: two changes
        (
            "Azerbaijani troops have recaptured Hadrut, the army said on Thursday. The town was "
            "retaken by Armenian troops on Tuesday.",
            [("hadrut", "AZA", "2020-11-05", "draft"), ("hadrut", "ARM", "2020-11-03", "draft")],
        ),
    ],
)
def test_a_change_told_again_with_its_own_day(nk, text, expected):
    assert _rows(nk, text) == expected


# ------------------------------------------------------ a passive's agent: "by fighters of X"
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Hadrut was retaken on Tuesday by fighters of the Artsakh Defence Army, backed by "
            "the Azerbaijani army's 5th Brigade.",
            [("hadrut", "ARM", "2020-11-03", "draft")],
        ),
        (
            "Hadrut was retaken on Tuesday by units of the Azerbaijani army.",
            [("hadrut", "AZA", "2020-11-03", "draft")],
        ),
        # the agent named directly, the partner after it
        (
            "Hadrut was retaken on Tuesday by the Artsakh Defence Army, backed by Azerbaijani "
            "troops.",
            [("hadrut", "ARM", "2020-11-03", "draft")],
        ),
    ],
)
def test_a_passives_agent_is_the_side_the_force_noun_belongs_to(nk, sentence, expected):
    assert _rows(nk, sentence) == expected
