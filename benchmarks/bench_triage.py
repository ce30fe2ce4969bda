"""How well ``geomap extract``'s triage (drafts vs leads) sorts right rows from wrong ones.

``python benchmarks/run.py triage -- --set benchmarks/extract_heldout8=/tmp/r8 --set
benchmarks/extract_heldout9=/tmp/r9`` extracts every article of each set with the rules of
the given tree (a detached worktree, e.g. ``git worktree add --detach /tmp/r8 8b68ad1``; no
``=TREE``: this tree), labels every row found right or wrong (place, gaining side and date,
as :mod:`geomap.extract.score` matches them against ``gold.csv``) and prints:

* the precision of the rows by each cue of the ``support`` column and by place known/unknown;
* every combination of the three cues the triage may use (gainer firm or not; place known
  or not; which date kinds count), with precision and recall on each set, best first;
* with two or more sets, the cross-check: the combination best on one set (highest
  precision, then recall) scored on each other set.

Calibrate only on blind outputs: a set scored with the rules of the round it was written
to measure (set 8 with 8b68ad1, set 9 with 992961b).  Scored with the rules tuned on it, a
set says nothing about unseen text.  Without ``--set``: sets 8 and 9 with this tree (tuned
on them: for reference only).  ``--quick`` is skipped (no smoke run: it scores whole sets).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRM_GAINERS = {"named", "role word", "author"}
DATE_SETS = {
    "any date": None,
    "own": {"own"},
    "own|report": {"own", "report"},
    "own|relative": {"own", "relative"},
    "own|report|relative": {"own", "report", "relative"},
}


def _dump(folder: Path, out: Path) -> None:
    """Every row the rules of the imported geomap find in ``folder``, labelled (a subprocess)."""
    from geomap.errors import InputError
    from geomap.extract import extract, read_article
    from geomap.extract import score as S
    from geomap.inputs import load_inputs

    gold, rows, theatres = S._rows(folder / "gold.csv"), [], {}
    for art_row in S._rows(folder / "articles.csv"):
        path = folder / "theatres" / art_row["theatre"].strip()
        th = theatres.setdefault(str(path), load_inputs(path))
        known = set(th.places["id"].astype(str))
        file = folder / "articles" / art_row["file"]
        try:
            art = read_article(file)
            ex = extract(art.text, th, published=art_row.get("published") or art.published)
        except InputError:
            continue
        if hasattr(S, "scored_rows"):  # a GeoNames-settled place by its mention
            found = S.scored_rows(ex, with_leads=True)
        else:
            found = (ex.rows if hasattr(ex, "rows") else ex.drafts).to_dict("records")
        g = [x for x in gold if x["article"] == art_row["file"]]
        _, _, used = S._match(found, g, known, S._CHECKS["all"])
        for i, d in enumerate(found):
            cues = dict(part.split(" ", 1) for part in d["support"].split("; "))
            rows.append(
                {
                    "article": art_row["file"],
                    "theatre": str(path),
                    "place": d["place"],
                    "known": int(d["place"] in known),
                    "gainer": cues["gainer"],
                    "date": cues["date"],
                    "right": int(i in used),
                }
            )
    out.write_text(json.dumps({"rows": rows, "gold": len(gold)}), encoding="utf-8")


def _labelled(folder: Path, tree: Path | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        env = dict(os.environ)
        if tree is not None:
            env["PYTHONPATH"] = str(tree)
        cmd = [sys.executable, str(Path(__file__).resolve()), "--dump", str(folder), str(out)]
        subprocess.run(cmd, check=True, env=env, cwd=tree or HERE.parent)
        data = json.loads(out.read_text(encoding="utf-8"))
    _geonames_cue(data["rows"])
    return data


def _geonames_cue(rows: list[dict]) -> None:
    """Each row's ``geonames`` cue, with this tree's gazetteer: for a place the theatre lacks,
    whether GeoNames settles its name (``unique`` exact match in the theatre's area,
    ``ambiguous``, ``near`` spellings only, ``none``, a one-``letter`` name, or
    ``unavailable``); ``known`` else."""
    from geomap.extract.gazetteer import settle_places
    from geomap.inputs import load_inputs

    theatres: dict[str, object] = {}
    for r in rows:
        if r["known"]:
            r["geonames"] = "known"
            continue
        th = theatres.setdefault(r["theatre"], load_inputs(r["theatre"]))
        s = settle_places([r["place"]], th)[r["place"]]
        if s.place is not None:
            r["geonames"] = "unique"
        elif "GeoNames places named" in s.reason:
            r["geonames"] = "ambiguous"
        elif "(only " in s.reason:
            r["geonames"] = "near"
        elif "no GeoNames place" in s.reason:
            r["geonames"] = "none"
        elif "too short" in s.reason:
            r["geonames"] = "letter"
        else:
            r["geonames"] = "unavailable"


def _rule(firm: bool, known: bool, dates: str, gainers: set[str] = FIRM_GAINERS, name: str = ""):
    def keep(r: dict) -> bool:
        allowed = DATE_SETS[dates]
        return (
            (not firm or r["gainer"] in gainers)
            and (not known or r["known"])
            and (allowed is None or r["date"] in allowed)
        )

    name = name or " + ".join(
        [*(["firm gainer"] if firm else []), *(["known place"] if known else []), dates]
    )
    return name, keep


RULES = [
    *(_rule(*c) for c in itertools.product((False, True), (False, True), DATE_SETS)),
    # the triage of geomap.extract.reconcile since stop 31: a firm gainer or a pronoun resolved
    # nearby, a known place, a date own, report's or counted from another change
    _rule(
        True,
        True,
        "own|report|relative",
        FIRM_GAINERS | {"pronoun"},
        "firm|pronoun gainer + known + own|rep|rel",
    ),
]


def _score(data: dict, keep) -> tuple[float, float, int, int]:
    kept = [r for r in data["rows"] if keep(r)]
    right = sum(r["right"] for r in kept)
    return (right / len(kept) if kept else 1.0), right / max(1, data["gold"]), right, len(kept)


def _by_cue(name: str, data: dict) -> None:
    print(f"[triage] {name}: {len(data['rows'])} rows, {data['gold']} gold changes")
    for cue in ("gainer", "date", "known", "geonames"):
        parts = []
        for value in sorted({r[cue] for r in data["rows"]}, key=str):
            these = [r for r in data["rows"] if r[cue] == value]
            parts.append(f"{value} {sum(r['right'] for r in these)}/{len(these)}")
        print(f"  {cue:8} " + ", ".join(parts))
    # the rows GeoNames would make drafts: a unique exact match and the draft's other cues
    firm = [
        r
        for r in data["rows"]
        if r["geonames"] == "unique"
        and r["gainer"] in FIRM_GAINERS
        and r["date"] in DATE_SETS["own|report"]
    ]
    print(
        f"  unknown place, unique GeoNames match, firm gainer and date: "
        f"{sum(r['right'] for r in firm)}/{len(firm)} right"
    )


def main(argv: list[str]) -> dict:
    p = argparse.ArgumentParser(prog="bench_triage")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--set", action="append", default=[], metavar="DIR[=TREE]")
    p.add_argument("--dump", nargs=2, metavar=("DIR", "OUT"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.dump:
        _dump(Path(args.dump[0]).resolve(), Path(args.dump[1]))
        return {}
    if args.quick:
        return {"skipped": "no smoke run: give --set DIR[=TREE] to score whole sets"}
    specs = args.set or [str(HERE / "extract_heldout8"), str(HERE / "extract_heldout9")]
    sets = {}
    for spec in specs:
        folder, _, tree = spec.partition("=")
        name = Path(folder).name + (f" ({tree})" if tree else "")
        sets[name] = _labelled(Path(folder).resolve(), Path(tree).resolve() if tree else None)
        _by_cue(name, sets[name])
    table = {n: [_score(d, keep) for _, keep in RULES] for n, d in sets.items()}
    first = next(iter(table))
    order = sorted(range(len(RULES)), key=lambda i: -table[first][i][0])
    print(f"\n{'rule (a row is a draft when)':48} " + " ".join(f"{n[:24]:>24}" for n in sets))
    for i in order:
        cells = [f"P {s[0]:.3f} R {s[1]:.3f} ({s[2]}/{s[3]})" for s in (table[n][i] for n in sets)]
        print(f"{RULES[i][0]:48} " + " ".join(f"{c:>24}" for c in cells))
    cross = {}
    for n in sets:
        best = max(range(len(RULES)), key=lambda i: (table[n][i][0], table[n][i][1]))
        cross[n] = {"rule": RULES[best][0], **{m: table[m][best][:2] for m in sets}}
        scored = "; ".join(
            f"{m}: P {table[m][best][0]:.3f} R {table[m][best][1]:.3f}" for m in sets
        )
        print(f"best on {n}: {RULES[best][0]} -> {scored}")
    # all sets as one: each rule's rows and right rows summed, over all the sets' gold
    gold = sum(d["gold"] for d in sets.values())
    pooled = {}
    print(f"\npooled over the {len(sets)} sets ({gold} gold changes):")
    for i in order:
        right = sum(table[n][i][2] for n in sets)
        kept = sum(table[n][i][3] for n in sets)
        pooled[RULES[i][0]] = (right, kept)
        print(
            f"  {RULES[i][0]:48} P {right / max(1, kept):.3f} R {right / max(1, gold):.3f} ({right}/{kept})"
        )
    results = {"cross_check": cross, "pooled": {"gold": gold, "rules": pooled}}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "triage.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return results


if __name__ == "__main__":
    main(sys.argv[1:])
