"""``geomap extract`` benchmark: time on adversarial text, and drafts scored against gold.

Two parts (``python benchmarks/run.py extract``):

* **adversarial**: 2 MB of hostile text, four 512 kB parts, each timed (wall clock and CPU: the machine may be shared):
  ``.`` repeated (sentence splitting used to backtrack: 40 kB took 14 s), a
  run-on list of gazetteer names ("Palmyra, Arak, Sukhnah and Homs ..."), a
  repeated capture phrase ("The army captured Arak. ..."; past
  ``MAX_CHANGE_VERBS`` extract refuses the text with a clear error, which
  is what is timed) and a capture run without spaces.  Target: the whole
  2 MB in under 10 s.  Linearity is shown by the time per kB at two sizes.
* **score**: every article of ``tests/extract/articles`` (the dev set and the
  older test splits) extracted and scored with :mod:`geomap.extract.score`:
  precision and recall per field (place, actor, date, confidence, from_actor,
  place+actor+date, claims), of the drafts (the headline: the rows the tool
  stands behind) and, as ``<split>+leads``, of drafts and leads together (every
  row found: what a reviewer sees in all), so the triage's trade is visible.
  Every article's drafts and leads files are also offered to ``merge_drafts``
  unreviewed (``status=draft``/``lead``): the count merged must be 0.

``--heldout`` scores ``benchmarks/extract_heldout`` instead (that set is spent: it was
measured once, at stop 19, recorded in ``benchmarks/results/extract_heldout.txt``, and
may be tuned on since) and writes ``benchmarks/results/extract_heldout_spent.txt``.  ``--set PATH`` scores any folder laid
out like it (``articles.csv``, ``articles/``, ``theatres/<id>/``, ``gold.csv``,
``claims_gold.csv``; ``--theatre PATH`` for rows that name no theatre), e.g. a
fresh held-out set, and writes ``benchmarks/results/extract_<folder name>.txt``, or
``extract_<folder name>_spent.txt`` when the former records the set's one blind measurement
(its first line says ONCE): re-scoring a spent set never overwrites that record.
``--quick``: 64 kB of adversarial text and no scoring.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = ROOT / "tests" / "extract" / "articles"
DEV_THEATRE = ROOT / "tests" / "extract" / "data" / "theatre"
HELDOUT = HERE / "extract_heldout"

PARTS = {
    "dots": ".",
    "name list": "Palmyra, Arak, Sukhnah and Homs, ",
    "capture phrase": "The army captured Arak. ",
    "no spaces": "Army-captured-Palmyra,Arak,Homs;",
}


def _adversarial(total: int) -> dict:
    from geomap.errors import InputError
    from geomap.extract import extract
    from geomap.inputs import load_inputs

    theatre = load_inputs(DEV_THEATRE)
    out = {}
    for name, unit in PARTS.items():
        times = {}
        for size in (total // 8, total // 4):
            text = (unit * (size // len(unit) + 1))[:size]
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                ex = extract(text, theatre, published="2017-05-27")
                what = f"{len(ex.drafts)} drafts"
            except InputError as exc:
                what = f"refused: {str(exc)[:70]}"
            times[size] = (time.perf_counter() - t0, what, time.process_time() - c0)
        (s1, (t1, _, _)), (s2, (t2, what, cpu)) = times.items()
        out[name] = {
            "bytes": s2,
            "seconds": round(t2, 2),
            "cpu_seconds": round(cpu, 2),
            "ms_per_kB": [round(1000 * t1 / (s1 / 1024), 2), round(1000 * t2 / (s2 / 1024), 2)],
            "result": what,
        }
        print(
            f"  {name:15} {s2 / 1e6:5.2f} MB {t2:6.2f} s (CPU {cpu:5.2f} s)  ms/kB at {s1 // 1024} kB and "
            f"{s2 // 1024} kB: {out[name]['ms_per_kB'][0]:.2f}, {out[name]['ms_per_kB'][1]:.2f}  "
            f"({what})"
        )
    total_s = sum(v["seconds"] for v in out.values())
    total_cpu = sum(v["cpu_seconds"] for v in out.values())
    print(
        f"  total {sum(v['bytes'] for v in out.values()) / 1e6:.2f} MB in {total_s:.2f} s "
        f"(CPU {total_cpu:.2f} s)"
    )
    out["total_seconds"] = round(total_s, 2)
    out["total_cpu_seconds"] = round(total_cpu, 2)
    return out


def _unreviewed_merges(folder: Path, theatre: Path | None) -> int:
    """Rows merged from every article's drafts left at status=draft (must be 0)."""
    import csv

    from geomap.errors import InputError
    from geomap.extract import extract, merge_drafts, read_article
    from geomap.inputs import load_inputs

    merged = 0
    with open(folder / "articles.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        where = (row.get("theatre") or "").strip()
        th_dir = folder / "theatres" / where if where else theatre
        file = folder / "articles" / row["file"]
        try:
            art = read_article(file if file.exists() else folder / row["file"])
            published = row.get("published") or art.published
            ex = extract(art.text, load_inputs(th_dir), published=published)
        except InputError:
            continue  # refused: nothing to merge
        if not len(ex.rows):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "theatre"
            shutil.copytree(th_dir, copy)
            drafts = Path(tmp) / "drafts.csv"
            leads = Path(tmp) / "leads.csv"
            ex.to_csv(drafts)
            ex.leads_to_csv(leads)  # a leads file given as drafts: status=lead is refused too
            for path in (drafts, leads):
                try:
                    merged += merge_drafts(copy, path).added
                except InputError:
                    pass
    return merged


def _recorded_blind(result: Path) -> bool:
    """True when ``result`` records a set's one blind measurement (its first line says ONCE)."""
    if not result.exists():
        return False
    with open(result, encoding="utf-8") as fh:
        return "ONCE" in fh.readline()


def _shown(folder: Path) -> str:
    """The folder relative to the repository when inside it, else as given."""
    try:
        return str(folder.relative_to(ROOT))
    except ValueError:
        return str(folder)


def main(argv: list[str]) -> dict:
    p = argparse.ArgumentParser(prog="bench_extract")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--heldout", action="store_true", help="score benchmarks/extract_heldout")
    p.add_argument("--set", type=Path, help="score this article set folder (held-out layout)")
    p.add_argument("--theatre", type=Path, help="theatre of --set rows that name none")
    p.add_argument("--bytes", type=int, default=2_000_000, help="adversarial text size")
    args = p.parse_args(argv)
    if args.set is not None and args.heldout:
        p.error("--set and --heldout are two sets: give one")
    from geomap.extract.score import format_scores, score_folder

    results: dict = {}
    scored = args.heldout or args.set is not None
    if not scored:
        print("[extract] adversarial text (target: 2 MB in < 10 s)")
        results["adversarial"] = _adversarial(64_000 if args.quick else args.bytes)
    if not args.quick:
        folder, theatre = (HELDOUT, None) if args.heldout else (DEV, DEV_THEATRE)
        if args.set is not None:
            folder, theatre = args.set.resolve(), args.theatre
        if not (folder / "articles.csv").exists():
            raise FileNotFoundError(f"{folder / 'articles.csv'}: the article set is missing")
        t0 = time.perf_counter()
        scores = score_folder(folder, theatre)
        table = format_scores(scores)
        merged = _unreviewed_merges(folder, theatre)
        text = (
            f"[extract] drafts scored against {_shown(folder)}/gold.csv "
            f"({sum(s.articles for k, s in scores.items() if not k.endswith('+leads'))} articles, "
            f"{time.perf_counter() - t0:.1f} s)\n{table}\n"
            f"drafts merged without review: {merged}\n"
        )
        print(text)
        results["scores"] = {k: v.as_dict() for k, v in scores.items()}
        results["merged_without_review"] = merged
    name = "extract"
    if args.heldout:  # not extract_heldout.txt: that file records the one blind measurement
        name = "extract_heldout_spent"
    elif args.set is not None:
        folder = args.set.resolve().name
        name = folder if folder.startswith("extract_") else f"extract_{folder}"
        if _recorded_blind(HERE / "results" / f"{name}.txt"):
            name += (
                "_spent"  # keep the one blind measurement; re-scoring a spent set goes beside it
            )
    (HERE / "results").mkdir(exist_ok=True)
    if scored and not args.quick:
        (HERE / "results" / f"{name}.txt").write_text(text, encoding="utf-8")
    (HERE / "results" / f"{name}.json").write_text(
        json.dumps(results, indent=1, default=str), encoding="utf-8"
    )
    return results
