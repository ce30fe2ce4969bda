"""``geomap cache info`` / ``geomap cache clear``: the derivation cache (:mod:`geomap.cache`)."""

from __future__ import annotations

import argparse

__all__ = ["register", "run"]


def run(args: argparse.Namespace) -> int:
    """Say where the cache is and what it holds, or empty it."""
    from ..cache import cache_dir, clear, entries

    root = cache_dir()
    if args.action == "clear":
        n = clear(root)
        print(f"{root}: {n} theatre folder(s) removed")
        return 0
    rows = entries(root)
    total = sum(r["bytes"] for r in rows)
    print(f"cache folder: {root} ({len(rows)} entries, {total / 1e6:.1f} MB)")
    for r in rows:
        print(f"  {r['slot']}/{r['entry']}  {r['bytes'] / 1e6:8.2f} MB  {r['theatre'] or '?'}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``cache``."""
    p = sub.add_parser(
        "cache",
        help="where the derivation cache is, what it holds; empty it",
        description="geomap keeps each theatre's validated inputs and faces between runs, so a "
        "second run on an unchanged theatre skips straight to the ledger. The folder is "
        "$GEOMAP_CACHE_DIR, else $XDG_CACHE_HOME/geomap, else ~/.cache/geomap. An entry is "
        "rebuilt whenever a theatre file, the cell radius, geomap or a geometry library "
        "changes; --no-cache on any command leaves it alone.",
    )
    p.add_argument(
        "action",
        choices=["info", "clear"],
        help="info: the folder and its entries; clear: remove every entry",
    )
    p.set_defaults(func=run)
