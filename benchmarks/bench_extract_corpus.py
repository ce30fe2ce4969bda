"""``geomap extract`` on a corpus of articles: CPU and wall time, against another revision.

``python benchmarks/run.py extract_corpus -- --vs REV`` extracts every article of the
held-out sets ``--sets`` (default 90-99: 175 articles, 40 theatres) with this tree's rules
and with revision ``REV``'s (``git archive`` of its ``geomap/`` into a temporary folder),
each in a fresh process, interleaved (this tree, REV, this tree, REV, ...), ``--repeats``
times (default 3), and prints the median CPU and wall time of each.  Theatres and articles
are read before the clock starts; one article is extracted first, untimed, so the GeoNames
records and the compiled patterns of the first theatre are not in the figure (every other
theatre's first use is: a user extracting many articles of many theatres pays it too).

Without ``--vs`` the tree is timed alone.  ``--quick``: sets 90-91, one repeat.
Writes ``benchmarks/results/extract_corpus.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_CHILD = r"""
import csv, json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from geomap.extract import extract, read_article
from geomap.inputs import load_inputs
arts, theatres = [], {}
for folder in sys.argv[2:]:
    folder = Path(folder)
    for r in csv.DictReader(open(folder / "articles.csv", encoding="utf-8")):
        where = folder / "theatres" / r["theatre"]
        th = theatres.setdefault(where, load_inputs(where))
        art = read_article(folder / "articles" / r["file"])
        arts.append((th, art, (r.get("published") or "").strip() or art.published))
extract(arts[0][1].text, arts[0][0], published=arts[0][2])
c0, w0 = time.process_time(), time.perf_counter()
for th, art, published in arts:
    extract(art.text, th, published=published)
print(json.dumps({"cpu": time.process_time() - c0, "wall": time.perf_counter() - w0,
                  "articles": len(arts), "theatres": len(theatres)}))
"""


def _sets(spec: str) -> list[Path]:
    lo, _, hi = spec.partition("-")
    numbers = range(int(lo), int(hi or lo) + 1)
    return [p for n in numbers if (p := HERE / f"extract_heldout{n}").is_dir()]


def _time(tree: Path, folders: list[Path]) -> dict:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), *map(str, folders)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tempfile.gettempdir(),
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str]) -> dict:
    ap = argparse.ArgumentParser(prog="bench_extract_corpus")
    ap.add_argument("--vs", help="a git revision whose geomap/ is timed beside this tree's")
    ap.add_argument("--sets", default="90-99", help="held-out set numbers, e.g. 90-99")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    if args.quick:
        args.sets, args.repeats = "90-91", 1
    folders = _sets(args.sets)
    if not folders:
        raise FileNotFoundError(f"no benchmarks/extract_heldout<N> folder for sets {args.sets}")
    trees = {"this tree": ROOT}
    with tempfile.TemporaryDirectory() as tmp:
        if args.vs:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", args.vs, "geomap"],
                capture_output=True,
                check=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            trees[args.vs] = Path(tmp)
        runs: dict[str, list[dict]] = {name: [] for name in trees}
        for _ in range(args.repeats):
            for name, tree in trees.items():  # interleaved: a slow spell hits both
                runs[name].append(_time(tree, folders))
    result: dict = {"sets": args.sets, "repeats": args.repeats}
    print(f"{'code':12} {'articles':>8} {'CPU median':>11} {'wall median':>12}")
    for name, rs in runs.items():
        cpu = statistics.median(r["cpu"] for r in rs)
        wall = statistics.median(r["wall"] for r in rs)
        result[name] = {"cpu_s": round(cpu, 3), "wall_s": round(wall, 3), **rs[0]}
        result[name].pop("cpu"), result[name].pop("wall")
        print(f"{name:12} {rs[0]['articles']:8} {cpu:10.2f}s {wall:11.2f}s")
    out = HERE / "results" / "extract_corpus.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
