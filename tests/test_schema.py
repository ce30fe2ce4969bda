"""geomap.schema: one home for every column order; the writers and readers agree with it."""

import io
from pathlib import Path

from geomap import ledger, schema
from geomap._csv import write_csv
from geomap.extract import DRAFT_COLUMNS, EXTRA_COLUMNS, extract
from geomap.importers import acled, geonames

EXTRACT_DATA = Path(__file__).parent / "extract"


def test_every_writer_uses_the_schema_order():
    assert tuple(geonames.PLACES_COLUMNS) == schema.PLACES_CSV_ORDER
    assert tuple(acled.EVENT_COLUMNS) == schema.EVENTS_CSV_ORDER
    assert list(DRAFT_COLUMNS) == list(schema.DRAFT_COLUMNS)
    assert list(EXTRA_COLUMNS) == list(schema.DRAFT_EXTRA_COLUMNS)
    assert list(ledger.LEDGER_COLUMNS) == list(schema.LEDGER_COLUMNS)


def test_read_columns_are_the_written_ones():
    required, optional = schema.EVENT_COLUMNS
    assert sorted(required + optional) == sorted(schema.EVENTS_CSV_ORDER)
    required, optional = schema.PLACE_COLUMNS
    assert sorted(required + optional) == sorted([*schema.PLACES_CSV_ORDER, "cell_radius_km"])


def test_drafts_written_by_the_one_writer_match_extract():
    # extract's own writer collapses white space and writes floats with :g; the one writer does
    # the same with squeeze_spaces=True, float_format="g"
    text = (EXTRACT_DATA / "articles" / "al_bab.txt").read_text(encoding="utf-8")
    ex = extract(text, str(EXTRACT_DATA / "data" / "theatre"), published="2017-02-23")
    assert len(ex.drafts)
    buf = io.StringIO()
    rows = ex.drafts[schema.DRAFT_COLUMNS].itertuples(index=False)
    write_csv(buf, schema.DRAFT_COLUMNS, rows, squeeze_spaces=True, float_format="g")
    assert buf.getvalue() == ex.to_csv()
