"""``geomap extract`` (article → draft events) and ``geomap merge-drafts`` (drafts → theatre)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import GeomapError, format_problems


def _positive_int(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of bytes")
    return value


def _summary(ex, out) -> None:
    """A readable account of what was found, on stderr (the CSV may be on stdout)."""
    err = sys.stderr
    for w in ex.warnings:
        print(f"warning: {w}", file=err)
    n, m = len(ex.drafts), len(ex.leads)
    where = f" in {out}" if out else ""
    print(
        f"{n} draft event{'s' * (n != 1)}{where}, {m} lead{'s' * (m != 1)}{_why_leads(ex)} "
        f"(publication date: {ex.published or 'unknown'}); review the drafts, then: "
        "geomap merge-drafts DRAFTS --theatre DIR",
        file=err,
    )
    for r in ex.drafts.itertuples():
        print(f"  {_row_line(r)}", file=err)
    if m:
        if out:
            from ..drafts import leads_sibling

            put = f"written to {leads_sibling(out)}"
        else:
            put = "not written: give --out to write them beside the drafts"
        print(
            f"leads (found, but the tool does not stand behind them; {put}; complete one, move "
            "it into the drafts file, then review it):",
            file=err,
        )
        for r in ex.leads.itertuples():
            print(f"  {_row_line(r)}: {r.lead}", file=err)
    if len(ex.unknown_places):
        print("places not in the gazetteer (add them to places.csv, or as alt_names):", file=err)
        from ..names import normalize

        settled = {
            normalize(str(m)): i for m, i in zip(ex.places["mention"], ex.places["id"], strict=True)
        }
        for r in ex.unknown_places.itertuples():
            flag = " (a draft needs it)" if r.in_change else ""
            if normalize(r.mention) in settled:
                flag = (
                    f" (read as GeoNames place {settled[normalize(r.mention)]!r}: review its row)"
                )
            near = f"; nearest: {r.candidates}" if r.candidates else ""
            print(f"  {r.mention!r}{flag}{near}", file=err)
    if len(ex.claims):
        print("area claims:", file=err)
        for r in ex.claims.itertuples():
            who = r.claimant or "unattributed"
            line = f"  {r.figure!r} = {r.value_km2:,.0f} km² ({who})"
            notes = [r.notes] if r.notes else []
            if r.conversion == "ok":
                notes.append("conversion checked: ok")
            print(line + ("; " + "; ".join(notes) if notes else ""), file=err)


def _why_leads(ex) -> str:
    """How many leads each reason made, e.g. ``: 2 unknown place, 1 no date`` ("" for none);
    when a lead has several reasons, the summary says so before the counts."""
    from collections import Counter

    counts = Counter(
        why.split(" '")[0] for reasons in ex.leads["lead"] for why in reasons.split("; ")
    )
    if not counts:
        return ""
    # "6 leads (reasons, a lead may have several): 3 ..., 2 ...": the counts add up to more
    several = " (reasons, a lead may have several)" if sum(counts.values()) > len(ex.leads) else ""
    return f"{several}: " + ", ".join(f"{k} {why}" for why, k in counts.most_common())


def _row_line(r) -> str:
    """One draft or lead row in the summary: day, place, sides, rule and what it rests on."""
    return (
        f"{r.date or '????-??-??'} {r.place}: {r.from_actor or '?'} -> {r.to_actor or '?'} "
        f"[{r.pattern}, {r.confidence}, {r.extraction_confidence:.2f}; {r.support}]"
    )


def _check_written(theatre, args_theatre, out, ex) -> None:
    """The drafts check of the files written, errors and warnings (as ``geomap check`` shows
    them); the leads file's errors say what a lead needs before it can move into the drafts."""
    from ..drafts import check_drafts, leads_sibling, merged_warnings

    for path, rows, what in (
        (out, ex.drafts, "draft row(s) need editing before merge-drafts accepts them"),
        (
            leads_sibling(out),
            ex.leads,
            "lead row(s) need editing before merge-drafts accepts them (once moved into the "
            "drafts file)",
        ),
    ):
        if not len(rows):
            continue
        # a place GeoNames settled is added with its draft (its row in D.places.csv)
        events, problems = check_drafts(  # once: merged_warnings takes them
            theatre, path, added_places=set(ex.places["id"])
        )
        errors = [p for p in problems if p.is_error]
        warnings = [p for p in problems if not p.is_error]
        warnings += merged_warnings(args_theatre, path, _check_merged, problems)
        warnings += _no_change(theatre, path, events)
        if errors:
            print(f"{len(errors)} {what}:", file=sys.stderr)
            print(format_problems(errors), file=sys.stderr)
        if warnings:
            print(
                f"{len(warnings)} warning(s) on {path} and the rows its merge would affect "
                "(as 'geomap check' will show them once merged; check these rows against "
                "their evidence):",
                file=sys.stderr,
            )
            print(format_problems(warnings), file=sys.stderr)


def _no_change(theatre, path, events) -> list:
    """A warning on each row whose gainer already holds the place the day before its date
    (control.csv, then events.csv replayed): the row changes nothing."""
    from ..errors import Problem
    from ..extract.actors import Holders

    if not len(events):
        return []
    holders = Holders(theatre)
    out = []
    for r in events.itertuples():
        if not (isinstance(r.place, str) and r.place and r.to_actor) or r.day is None:
            continue
        day = r.day.date() if hasattr(r.day, "date") else r.day
        if holders.holder(r.place, day) == r.to_actor:
            out.append(
                Problem(
                    str(path),
                    int(r.line),
                    "to_actor",
                    f"{r.to_actor} already holds {r.place} on that date: the draft changes "
                    f"nothing (its holder the day before {day})",
                    "check it against its evidence (a change told again, a part of the place, "
                    "another side?); set status=rejected if it is no change",
                    severity="warning",
                )
            )
    return out


def _place_suggestions(ex, theatre, out) -> None:
    """The places GeoNames settled for drafts (status=draft) and GeoNames suggestions for the
    other unknown places a row needs (status=suggested), beside the drafts (``D.places.csv``)."""
    import pandas as pd

    from ..drafts import places_sibling
    from ..extract.gazetteer import place_suggestions, write_place_suggestions

    settled = ex.places
    if not out:
        u = ex.unknown_places
        if len(settled) or (u["in_change"].astype(bool) & (u["reason"] == "unknown")).any():
            print(
                "GeoNames places for the unknown places not written: give --out to write "
                "them beside the drafts",
                file=sys.stderr,
            )
        return
    rows, notes = place_suggestions(ex.unknown_places, theatre, settled=settled["mention"])
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    path = places_sibling(out)
    if len(settled):
        print(
            f"{len(settled)} place(s) GeoNames settled for draft(s) written to {path} "
            "(status=draft: check each is the place meant and set status=reviewed; "
            "merge-drafts adds it to places.csv with its draft)",
            file=sys.stderr,
        )
    if len(rows):
        print(
            f"{len(rows)} GeoNames suggestion(s) for {rows['mention'].nunique()} unknown place(s) "
            f"written to {path} (status=suggested: check one, then copy it into places.csv; "
            "nothing was added to the theatre)",
            file=sys.stderr,
        )
    both = [t for t in (settled, rows) if len(t)]
    if both:
        write_place_suggestions(pd.concat(both, ignore_index=True), path)
    elif path.exists():
        path.unlink()  # no stale places of an earlier run beside these drafts


def _run_extract(args) -> int:
    from .._parse import parse_day
    from ..extract import DEFAULT_MAX_BYTES, extract, read_article
    from ..inputs import load_inputs

    published = None
    if args.date:
        published, problem = parse_day(args.date)
        if problem:
            raise GeomapError(f"--date: {problem}; write YYYY-MM-DD, e.g. 2017-05-27")
    article = read_article(args.article, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES)
    theatre = load_inputs(args.theatre)
    source = args.source or article.title or Path(args.article).name
    ex = extract(
        article.text,
        theatre,
        published=published or article.published,
        source=source,
        source_url=article.url,
    )
    if args.out:
        from ..drafts import claims_sibling, leads_sibling

        ex.to_csv(args.out)
        ex.leads_to_csv(leads_sibling(args.out))  # always: no stale leads of an earlier run
        claims_out = claims_sibling(args.out)
        if len(ex.claim_drafts):
            ex.claims_to_csv(claims_out)
    else:
        sys.stdout.write(ex.to_csv())
    _summary(ex, args.out)
    _place_suggestions(ex, theatre, args.out)
    if len(ex.claim_drafts):
        where = (
            f"written to {claims_out} (merge-drafts adds them to claims.csv)"
            if args.out
            else "not written: give --out to write them beside the drafts"
        )
        print(f"{len(ex.claim_drafts)} claim draft(s) {where}", file=sys.stderr)
    if args.out:
        _check_written(theatre, args.theatre, args.out, ex)
    return 0


def _checked(folder):
    """The full check of a theatre (as ``geomap check`` runs it): its problems, and the
    :class:`~geomap.theatre.Theatre` (None when its inputs have errors)."""
    from ..inputs import load_inputs
    from ..theatre import Theatre
    from .check import _with_suggestions

    inputs = load_inputs(folder, strict=False)
    problems = _with_suggestions(inputs)
    if any(p.is_error for p in problems):
        return problems, None
    theatre = Theatre(inputs)
    return theatre.check(), theatre


def _check_merged(folder, first_line):
    """The full check of a theatre with drafts merged, without the km² of each row."""
    return _checked(folder)[0], []


def _verify_merged(folder, first_line):
    """The full check of a theatre with drafts merged (as ``geomap check`` runs it), and
    what each new events row changes: place, from -> to, km² under the model."""
    problems, theatre = _checked(folder)
    if theatre is None or first_line is None:  # None: the theatre before the merge
        return problems, []
    ledger = theatre.event_ledger()
    changes = [
        f"line {r.line}: {r.date} {r.place_name} ({r.place or 'drawn area'}): "
        f"{r.prev_actor or '?'} -> {r.to_actor}, {r.area_km2:,.1f} km² under the model"
        + (
            f" [{r.status}: {r.reason}]" if r.reason else ""
        )  # e.g. "already held by ...: no change"
        for r in ledger.itertuples()
        if r.line >= first_line
    ]
    return problems, changes


def _merged_to(args, name: str, written) -> str:
    """Where merge-drafts wrote a theatre file it grew: the theatre's own, or with ``--out``
    the copy beside FILE (the theatre is then unchanged)."""
    if args.out is None:
        return f"{Path(args.theatre) / name}"
    return f"{written} (the theatre's {name} with them; the theatre is unchanged)"


def _run_merge(args) -> int:
    from .._csv import one_line_cell
    from ..drafts import merge_drafts

    res = merge_drafts(args.theatre, args.drafts, out=args.out, verify=_verify_merged)
    skipped = f" ({res.skipped} rejected row(s) skipped)" if res.skipped else ""
    print(f"appended {res.added} event(s) from {args.drafts} to {res.path}{skipped}")
    if res.claims_added:
        print(
            f"appended {res.claims_added} claim(s) to {_merged_to(args, 'claims.csv', res.claims_path)}"
        )
    if res.places_added:
        print(
            f"appended {len(res.places_added)} place(s) to "
            f"{_merged_to(args, 'places.csv', res.places_path)} (reviewed rows of the "
            "drafts' places file):"
        )
        for line in res.places_added:
            print(f"  {one_line_cell(line)}")
    for line in res.changes:
        print(f"  {one_line_cell(line)}")
    if res.warnings:
        from ..errors import format_problems

        print(
            f"{len(res.warnings)} warning(s) on the merged rows or rows they affect (new "
            "since the merge; merged, as 'geomap check' applies them; edit events.csv where "
            "a row is wrong):",
            file=sys.stderr,
        )
        print(format_problems(res.warnings), file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="draft control-change events from a news article (nothing is applied)",
        description="Read a news article (plain text or a saved HTML page) and write draft rows in the "
        "theatre's events.csv format, plus evidence (the sentence), char_span, extraction_confidence, "
        "support (what the draft rests on: how its gaining side was read, whether its verb takes the "
        "place, where its date comes from), status=draft and pattern (the rule that fired). Rows the tool does not "
        "stand behind (an ambiguous place, a gaining side from the context or none, a date borrowed from the "
        "publication day ...) are leads, written to DRAFTS.leads.csv with status=lead and the reason, never "
        "merged: complete one and move it into the drafts file. Places and actors are resolved with the theatre's "
        "names and aliases; places missing from the gazetteer and area claims (with unit notes) are listed "
        "on stderr. Review the drafts, then add them with 'geomap merge-drafts'.",
    )
    p.add_argument(
        "article",
        metavar="ARTICLE",
        help="the article file: UTF-8 plain text (.txt) or a saved HTML page (.html); no URLs",
    )
    p.add_argument(
        "--theatre",
        required=True,
        metavar="DIR",
        help="theatre folder whose places.csv and actors.csv names are used",
    )
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="publication date; 'on Friday', 'last week' ... count from it "
        "(default: the page's date or the dateline, e.g. 'BEIRUT, May 27, 2017 (AP) —')",
    )
    p.add_argument(
        "--out",
        metavar="DRAFTS.csv",
        help="write the drafts to this CSV file (default: print the CSV on stdout)",
    )
    p.add_argument(
        "--source",
        metavar="TEXT",
        help="text for the drafts' source column, e.g. 'AP, 27 May 2017' (default: the headline)",
    )
    p.add_argument(
        "--max-bytes",
        type=_positive_int,
        default=None,
        metavar="N",
        help="refuse article files larger than N bytes (default: 2000000)",
    )
    p.set_defaults(func=_run_extract)

    p = sub.add_parser(
        "merge-drafts",
        help="append reviewed draft events to a theatre's events.csv",
        description="Validate a drafts file (from 'geomap extract --out') exactly like events.csv and append "
        "its rows to the theatre's events.csv (and the claim drafts beside it, DRAFTS.claims.csv, to "
        "claims.csv; a draft naming a place the theatre lacks adds that place's row of DRAFTS.places.csv "
        "to places.csv, once the row too is status=reviewed). Only rows a reviewer set to status=reviewed (or accepted) are taken: a row still "
        "status=draft is refused; rows with status=rejected are skipped. Refuses, listing file:line, any row "
        "that repeats an existing event or another draft (same day, place and gaining actor). The full "
        "'geomap check' runs on a copy of the theatre with the rows merged; nothing is written when it "
        "fails. Prints what each row changes (place, from -> to, km2 under the model). The draft-only "
        "columns are not written.",
    )
    p.add_argument("drafts", metavar="DRAFTS", help="the reviewed drafts CSV file")
    p.add_argument(
        "--theatre", required=True, metavar="DIR", help="theatre folder whose events.csv grows"
    )
    p.add_argument(
        "--out",
        metavar="FILE",
        help="write the merged events to FILE instead of updating the theatre's events.csv (the "
        "theatre is not changed: merged claims go to FILE's sibling FILE-stem.claims.csv)",
    )
    p.set_defaults(func=_run_merge)
