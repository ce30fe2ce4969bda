"""``geomap extract`` scored on the whole spent pool: the dev set and every spent held-out set.

``python benchmarks/run.py extract_pool`` scores the dev articles (``tests/extract/articles``)
and every ``benchmarks/extract_heldout*`` folder with this tree's rules, two sets at a time
(``--jobs``), and prints one line per set and the totals: place+actor+date right of the drafts
and of the gold changes, claims right (strict, and read: :func:`geomap.extract.score.
read_comparisons`) of the claims found and of the gold claims.

Every set here is spent (measured once, blind, when it was copied in; its first result line
says so), so this is the figure rules may be tuned on, never a blind measurement.  A set copied
in but not yet measured must be measured first (``python benchmarks/run.py extract -- --set
FOLDER``); ``--skip N`` leaves set N out (repeatable).

``--vs FILE.json`` (a file an earlier run wrote with ``--out``) prints what changed: each set
whose figures moved, and the rows and claims gained or lost, so a rule change is read off the
pool before it is committed.  Writes ``benchmarks/results/extract_pool.json`` (or ``--out``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEV = ROOT / "tests" / "extract" / "articles"
DEV_THEATRE = ROOT / "tests" / "extract" / "data" / "theatre"


def _sets(skip: set[str]) -> list[tuple[str, Path, Path | None]]:
    """(name, folder, theatre) of the dev set and every held-out folder, in number order."""

    def key(p: Path) -> tuple:
        m = re.fullmatch(r"extract_heldout(\d*)(\w*)", p.name)
        return (int(m.group(1) or 0), m.group(2)) if m else (10**9, p.name)

    out: list[tuple[str, Path, Path | None]] = [("dev", DEV, DEV_THEATRE)]
    for p in sorted(HERE.glob("extract_heldout*"), key=key):
        name = p.name.removeprefix("extract_heldout") or "0"
        if p.is_dir() and (p / "articles.csv").exists() and name not in skip:
            out.append((name, p, None))
    return out


def _score(job: tuple[str, str, str | None]) -> dict:
    name, folder, theatre = job
    sys.path.insert(0, str(ROOT))
    from geomap.extract.score import score_folder

    t0 = time.process_time()
    scores = score_folder(folder, theatre)
    out = {"set": name, "cpu": time.process_time() - t0, "rows": [0, 0, 0], "claims": [0, 0, 0]}
    out["read"] = 0
    out["misses"], out["extras"], out["claim_misses"], out["claim_extras"] = [], [], [], []
    out["with_leads"] = [0, 0, 0]
    out["lead_misses"] = []
    for split, s in scores.items():
        if split.endswith("+leads"):
            a = s.fields["all"]
            out["with_leads"] = [
                x + y for x, y in zip(out["with_leads"], (a.matched, a.drafts, a.gold), strict=True)
            ]
            out["lead_misses"] += [list(map(str, t)) for t in s.misses]
            continue
        a = s.fields["all"]
        out["rows"] = [
            x + y for x, y in zip(out["rows"], (a.matched, a.drafts, a.gold), strict=True)
        ]
        c = s.claims
        out["claims"] = [
            x + y for x, y in zip(out["claims"], (c.matched, c.drafts, c.gold), strict=True)
        ]
        out["read"] += s.claims_read.matched
        for k in ("misses", "extras", "claim_misses", "claim_extras"):
            out[k] += [list(map(str, t)) for t in getattr(s, k)]
    return out


def _line(r: dict) -> str:
    m, d, g = r["rows"]
    cm, cd, cg = r["claims"]
    return f"{r['set']:>6}  rows {m:4}/{d:4}/{g:4}  claims {cm:4}/{cd:4}/{cg:4}  read {r['read']:4}"


def _total(results: list[dict]) -> dict:
    tot = {"set": "total", "rows": [0, 0, 0], "claims": [0, 0, 0], "read": 0}
    tot["with_leads"] = [0, 0, 0]
    for r in results:
        tot["with_leads"] = [x + y for x, y in zip(tot["with_leads"], r["with_leads"], strict=True)]
        tot["rows"] = [x + y for x, y in zip(tot["rows"], r["rows"], strict=True)]
        tot["claims"] = [x + y for x, y in zip(tot["claims"], r["claims"], strict=True)]
        tot["read"] += r["read"]
    return tot


#: How ``--vs`` names each list a set's result holds, one row at a time
_LABELS = {
    "misses": "miss",
    "extras": "extra",
    "claim_misses": "claim miss",
    "claim_extras": "claim extra",
}


def _diff(old: dict, new: dict) -> str:
    before = {r["set"]: r for r in old["sets"]}
    lines = []
    for r in new["sets"]:
        o = before.get(r["set"])
        if o is None:
            lines.append(f"new set {r['set']}")
            continue
        if (o["rows"], o["claims"], o["read"]) == (r["rows"], r["claims"], r["read"]):
            if o["extras"] == r["extras"] and o["claim_extras"] == r["claim_extras"]:
                continue
        lines.append(f"{_line(o)}\n{'->':>6}{_line(r)[6:]}")
        for k, label in _LABELS.items():
            a = {tuple(x) for x in o[k]}
            b = {tuple(x) for x in r[k]}
            lines += [f"    - {label}: {x}" for x in sorted(a - b)]
            lines += [f"    + {label}: {x}" for x in sorted(b - a)]
    return "\n".join(lines) or "no set changed"


def main(argv: list[str]) -> dict:
    p = argparse.ArgumentParser(prog="bench_extract_pool")
    p.add_argument("--quick", action="store_true", help="the dev set and sets 1-3 only")
    p.add_argument("--jobs", type=int, default=2)
    p.add_argument("--skip", action="append", default=[], help="leave set N out")
    p.add_argument("--vs", type=Path, help="an earlier run's JSON: print what changed")
    p.add_argument("--out", type=Path, default=HERE / "results" / "extract_pool.json")
    p.add_argument("--quiet", action="store_true", help="totals only")
    args = p.parse_args(argv)
    sets = _sets(set(args.skip))
    if args.quick:
        sets = sets[:4]
    t0 = time.perf_counter()
    jobs = [(n, str(f), str(t) if t else None) for n, f, t in sets]
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(_score, jobs))
    tot = _total(results)
    if not args.quiet:
        for r in results:
            print(_line(r))
    m, d, g = tot["rows"]
    cm, cd, cg = tot["claims"]
    print(
        f"[extract_pool] {len(results)} sets, {time.perf_counter() - t0:.0f} s wall: "
        f"rows right {m} of {d} drafts and {g} changes (P {m / max(d, 1):.3f}, R {m / max(g, 1):.3f}); "
        f"claims right {cm} of {cd} found and {cg} in gold, read {tot['read']}"
    )
    lm, ld, _ = tot["with_leads"]
    print(
        f"[extract_pool] drafts and leads together: rows right {lm} of {ld} (R {lm / max(g, 1):.3f})"
    )
    out = {"sets": results, "total": tot}
    if args.vs is not None:
        print(_diff(json.loads(args.vs.read_text(encoding="utf-8")), out))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=0), encoding="utf-8")
    return {"total": tot}
