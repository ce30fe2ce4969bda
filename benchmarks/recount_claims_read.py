"""Recount ``claims_read`` over the blind sets' one-time measurements.

``python benchmarks/recount_claims_read.py [--from 39] [--tolerance 0.05 ...]`` reads every
``benchmarks/results/extract_heldout<N>.txt`` that records a set's one blind measurement
(N from ``--from`` on), takes its strict claims line and the claims it missed and found
beyond the gold (the ``claim miss:`` and ``claim extra:`` lines of the drafts' split, as
they were when the set was measured), pairs them with
``geomap.extract.score.read_comparisons`` as ``claims_read`` does (the same article, a
comparison, one figure's words inside the other's, a km² within the tolerance of the
gold's, one to one) and prints the strict and read totals for each tolerance.  Nothing is extracted again: the figures are those of each set's moment.
"""

from __future__ import annotations

import argparse
import ast
import re
from pathlib import Path

from geomap.extract.score import read_comparisons

RESULTS = Path(__file__).resolve().parent / "results"


def _measured(n: int) -> tuple[int, int, list, list] | None:
    path = RESULTS / f"extract_heldout{n}.txt"
    if not path.exists():
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    block = []
    for line in lines:
        if line.startswith("heldout+leads"):
            break
        block.append(line)
    head = [x for x in block if re.match(r"heldout\s+claims\s", x)]
    if not head:
        return None
    matched, gold = map(int, re.findall(r"\(\s*(\d+)/\s*(\d+)\)", head[0])[1])
    missed = [
        ast.literal_eval(x.split("claim miss:")[1].strip()) for x in block if "claim miss:" in x
    ]
    extra = [
        ast.literal_eval(x.split("claim extra:")[1].strip()) for x in block if "claim extra:" in x
    ]
    return matched, gold, missed, extra


def _read(missed: list, extra: list, tolerance: float) -> int:
    """``score.read_comparisons`` article by article, on the tuples a result file lists."""
    n = 0
    for article in {m[0] for m in missed}:
        gold = [
            {"figure": f, "value_km2": km2, "unit_kind": kind}
            for art, f, km2, kind in missed
            if art == article
        ]
        found = [
            {"figure": f, "value_km2": km2, "unit_kind": kind}
            for art, f, km2, kind in extra
            if art == article
        ]
        n += read_comparisons(found, gold, set(), tolerance)  # extras: matched by nothing
    return n


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="recount_claims_read")
    ap.add_argument("--from", dest="first", type=int, default=39, help="first set number")
    ap.add_argument("--tolerance", type=float, nargs="+", default=[0.01, 0.02, 0.03, 0.05, 0.1])
    args = ap.parse_args(argv)
    sets = {n: m for n in range(args.first, 1000) if (m := _measured(n)) is not None}
    matched = sum(m[0] for m in sets.values())
    gold = sum(m[1] for m in sets.values())
    print(
        f"{len(sets)} blind sets from {args.first}: claims strict {matched}/{gold} ({matched / gold:.3f})"
    )
    for tol in args.tolerance:
        read = matched + sum(_read(m[2], m[3], tol) for m in sets.values())
        print(f"  read within {tol:.0%}: {read}/{gold} ({read / gold:.3f})")


if __name__ == "__main__":
    main()
