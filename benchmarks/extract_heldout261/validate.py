"""Checks of the 261st held-out set: gold ids, `?` places, claims, dates, pages, theatres.

Run with main's venv python from this folder: ``python validate.py`` (exit status 1 on a failure).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
GEOMAP = Path("/work/main/.venv/bin/geomap")
CONFIDENCE = {"confirmed", "claimed", "disputed"}
SQ_MI = 2.589988
HTML_TRAPS = {
    "script": "<script",
    "meta description": '<meta name="description"',
    "og:title": 'property="og:title"',
    "cookie": "cookie",
    "navigation": "<nav",
    "breaking news": "breaking news",
    "related links": "</a></li>",
}


def read(name: str) -> pd.DataFrame:
    return pd.read_csv(HERE / name, dtype=str, keep_default_na=False)


def visible_words(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        m = re.search(
            r'<(article|div id="content"|section class="story")>(.*?)</(article|div|section)>',
            text,
            re.S,
        )
        text = re.sub(r"<[^>]+>", " ", m.group(2)) if m else ""
    return len(text.split())


def theatre_names(tid: str) -> tuple[dict, set[str], set[str]]:
    places = pd.read_csv(HERE / "theatres" / tid / "places.csv", dtype=str, keep_default_na=False)
    actors = pd.read_csv(HERE / "theatres" / tid / "actors.csv", dtype=str, keep_default_na=False)
    names = {}
    for _, p in places.iterrows():
        names[p["id"]] = [p["name"]] + [a for a in p["alt_names"].split(";") if a]
    every = {n.lower() for ns in names.values() for n in ns}
    return names, every, set(actors["id"])


def check_articles(articles: pd.DataFrame, fail: list[str]) -> None:
    files = {p.name for p in (HERE / "articles").iterdir()}
    if files != set(articles["file"]):
        fail.append(f"articles.csv and articles/ differ: {files ^ set(articles['file'])}")
    for _, a in articles.iterrows():
        path = HERE / "articles" / a["file"]
        n = visible_words(path)
        if not 190 <= n <= 300:
            fail.append(f"{a['file']}: {n} words")
        if a["kind"] not in {"wire", "monitor", "ministry", "militia", "html"}:
            fail.append(f"{a['file']}: kind {a['kind']}")
        if a["kind"] == "html":
            low = path.read_text(encoding="utf-8").lower()
            for what, needle in HTML_TRAPS.items():
                if needle.lower() not in low:
                    fail.append(f"{a['file']}: no {what}")


def check_gold_row(r: pd.Series, art: pd.Series, fail: list[str]) -> None:
    names, every, actors = theatre_names(art["theatre"])
    text = (HERE / "articles" / r["article"]).read_text(encoding="utf-8").lower()
    where = f"gold {r['article']} {r['place']} {r['date']}"
    place = r["place"]
    if place.startswith("?"):
        if place[1:].lower() not in text:
            fail.append(f"{where}: ? place not in the article")
        if place[1:].lower() in every:
            fail.append(f"{where}: ? place is a name or alt name in the theatre")
    elif place not in names:
        fail.append(f"{where}: unknown place id")
    elif not any(n.lower() in text for n in names[place]):
        fail.append(f"{where}: no name or alt name of the place in the article")
    if r["to_actor"] not in actors:
        fail.append(f"{where}: to_actor {r['to_actor']!r}")
    if r["from_actor"] and r["from_actor"] not in actors:
        fail.append(f"{where}: from_actor {r['from_actor']!r}")
    if r["from_actor"] == r["to_actor"]:
        fail.append(f"{where}: from_actor == to_actor")
    if r["confidence"] not in CONFIDENCE:
        fail.append(f"{where}: confidence {r['confidence']!r}")
    latest = r["date_latest"] or r["date"]
    if latest < r["date"]:
        fail.append(f"{where}: date_latest before date")
    if latest > art["published"]:
        fail.append(f"{where}: gold date after publication {art['published']}")
    if not r["note"]:
        fail.append(f"{where}: empty note")


def expected_km2(figure: str, unit_kind: str) -> float | None:
    if unit_kind == "comparison":
        return None
    number = float(re.search(r"\d[\d,]*(\.\d+)?", figure).group(0).replace(",", ""))
    first_unit = re.sub(r"^[^\d]*\d[\d,.]*\s*", "", figure).lower()
    if first_unit.startswith(("square mile", "sq mi")):
        return round(number * SQ_MI, 2)
    if first_unit.startswith("hectare"):
        return round(number * 0.01, 2)
    return number


def theatre_dates(tid: str) -> tuple[str, str]:
    text = (HERE / "theatres" / tid / "theatre.toml").read_text(encoding="utf-8")
    start = re.search(r'^start = "([0-9-]+)"', text, re.M).group(1)
    end = re.search(r'^end = "([0-9-]+)"', text, re.M).group(1)
    return start, end


def check_gold_dates(gold: pd.DataFrame, arts: dict, fail: list[str]) -> None:
    for _, r in gold.iterrows():
        if r["article"] not in arts:
            continue
        start, end = theatre_dates(arts[r["article"]]["theatre"])
        latest = r["date_latest"] or r["date"]
        if r["date"] < start or latest > end:
            fail.append(f"gold {r['article']} {r['place']} {r['date']}: outside {start}..{end}")


def check_claims(claims: pd.DataFrame, arts: dict, fail: list[str]) -> None:
    for _, c in claims.iterrows():
        where = f"claim {c['article']} {c['figure']!r}"
        if c["article"] not in arts:
            fail.append(f"{where}: unknown article")
            continue
        if c["figure"] not in (HERE / "articles" / c["article"]).read_text(encoding="utf-8"):
            fail.append(f"{where}: figure not in the article")
        if c["unit_kind"] not in {"area", "length", "comparison"}:
            fail.append(f"{where}: unit_kind")
        if c["unit_corrected"] != ("true" if c["unit_kind"] == "length" else "false"):
            fail.append(f"{where}: unit_corrected")
        if c["conversion"] not in {"ok", "wrong", ""}:
            fail.append(f"{where}: conversion")
        want = expected_km2(c["figure"], c["unit_kind"])
        if want is not None and abs(float(c["value_km2"]) - want) > 0.006:
            fail.append(f"{where}: value_km2 {c['value_km2']} != {want}")
        if not c["claimant"]:
            fail.append(f"{where}: no claimant")


def check_theatres(tids: set[str], fail: list[str]) -> list[str]:
    out = []
    for tid in sorted(tids):
        res = subprocess.run(
            [str(GEOMAP), "check", f"theatres/{tid}"],
            cwd=HERE,
            capture_output=True,
            text=True,
            check=False,
        )
        last = (res.stdout + res.stderr).strip().splitlines()[-1]
        out.append(last)
        if " 0 errors" not in last:
            fail.append(f"geomap check {tid}: {last}")
    return out


def main() -> int:
    fail: list[str] = []
    articles = read("articles.csv")
    gold = read("gold.csv")
    claims = read("claims_gold.csv")
    arts = {a["file"]: a for _, a in articles.iterrows()}
    check_articles(articles, fail)
    for _, r in gold.iterrows():
        if r["article"] not in arts:
            fail.append(f"gold: unknown article {r['article']}")
            continue
        check_gold_row(r, arts[r["article"]], fail)
    check_gold_dates(gold, arts, fail)
    check_claims(claims, arts, fail)
    for line in check_theatres(set(articles["theatre"]), fail):
        print(line)
    no_change = sorted(set(articles["file"]) - set(gold["article"]))
    unknown = (gold["place"].str.startswith("?")).sum()
    print(
        f"{len(articles)} articles, {len(gold)} gold rows ({unknown} '?' places), "
        f"{len(claims)} claims, no-change articles: {', '.join(no_change)}"
    )
    print(gold["confidence"].value_counts().to_dict())
    for line in fail:
        print("FAIL", line)
    print("OK" if not fail else f"{len(fail)} failures")
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
