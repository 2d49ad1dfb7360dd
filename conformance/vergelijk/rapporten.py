"""De rapporten van een vergelijking: vergelijking.json (schema: conformance/schemas/vergelijking.schema.json),
vergelijking.html (een sectie per operatie, elk gekrompen scenario en de twee antwoorden naast elkaar) en
vergelijking-junit.xml (een testsuite per operatie, een testcase per gevonden verschil).

Zonder `toon_casussen` noemt een rapport een casus alleen bij haar kenmerk en de verschillende velden; het
verzoek en de antwoorden (die persoonsgegevens kunnen bevatten) staan er dan niet in. Het antwoord van het doel
is gelezen vóór het verbergen (de vergelijking moet de echte waarden zien); daarom gaat het hele rapport, zoals bij
`pwib conformance`, door `verberg` voor het naar buiten gaat: een doel dat een inloggegeven in een beslissend veld
terugstuurt, krijgt het niet in een rapport.
"""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conformance.aansturen.geheimen import verborgen
from conformance.vastleggen.rapport import schrijf_atomair
from conformance.vergelijk.pijplijn import Bevinding, Uitslag

JSON, HTML, JUNIT = "vergelijking.json", "vergelijking.html", "vergelijking-junit.xml"
SCHEMA = "vergelijking.schema.json"


def _bevinding(b: Bevinding, toon: bool) -> dict[str, Any]:
    uit: dict[str, Any] = {
        "kenmerk": b.casus.kenmerk,
        "casusnummer": b.nummer,
        "verschillen": [v.als_rapport() for v in b.verschillen] if toon else [v.veld for v in b.verschillen],
        "gekrompenVerschillen": [v.veld for v in b.gekrompen_verschillen],
        "proeven": b.proeven,
        "scenario": b.scenario.tekst if b.scenario and toon else None,
        "nietUitgedrukt": b.scenario.niet_uitgedrukt if b.scenario else [],
    }
    if b.casus.regel is not None:
        uit["regel"] = b.casus.regel
    if toon:
        uit |= {"id": b.casus.id, "verzoek": b.casus.verzoek, "gekrompenVerzoek": b.gekrompen,
                "referentie": None if b.gekrompen_referentie is None else b.gekrompen_referentie[1],
                "doel": None if b.gekrompen_doel is None else b.gekrompen_doel[1]}
    return uit


def inhoud(uitslag: Uitslag, meta: dict[str, Any], toon: bool, verberg: Callable[[str], str]) -> dict[str, Any]:
    operaties = {pad: {"vergeleken": u.vergeleken, "gelijk": u.gelijk, "verschillend": u.verschillend,
                       "fout": u.fout, "eersteVerschil": u.eerste_verschil, "fouten": u.fouten,
                       "bevindingen": [_bevinding(b, toon) for b in u.bevindingen]}
                 for pad, u in uitslag.operaties.items()}
    totaal = {k: sum(getattr(u, k) for u in uitslag.operaties.values())
              for k in ("vergeleken", "gelijk", "verschillend", "fout")}
    rapport = {"soort": "pwib-vergelijking", **meta, "onbereikbaar": uitslag.onbereikbaar,
               "duurSeconden": round(uitslag.duur, 3), "totaal": totaal, "operaties": operaties}
    uit: dict[str, Any] = verborgen(rapport, verberg)
    return uit


def _html(rapport: dict[str, Any]) -> str:
    e = html.escape
    delen = [f"<!doctype html><html lang=nl><meta charset=utf-8><title>pwib vergelijk</title>"
             f"<style>body{{font-family:sans-serif}} td,th{{vertical-align:top;border:1px solid #ccc;padding:4px}}"
             f" pre{{white-space:pre-wrap}}</style><h1>Vergelijking met {e(str(rapport['doel']))}</h1>"
             f"<p>zaad {e(str(rapport['zaad']))}, suitehash {e(rapport['suitehash'])}, "
             f"totaal {e(json.dumps(rapport['totaal']))}</p>"]
    for pad, o in rapport["operaties"].items():
        delen.append(f"<section><h2>{e(pad)}</h2><p>{o['vergeleken']} vergeleken, {o['gelijk']} gelijk, "
                     f"{o['verschillend']} verschillend, {o['fout']} fout</p>")
        for b in o["bevindingen"]:
            delen.append(f"<h3>casus {e(b['kenmerk'])} (nummer {b['casusnummer']})</h3>"
                         f"<p>verschillende velden: {e(', '.join(b['gekrompenVerschillen']))}</p>")
            if b.get("scenario"):
                delen.append(f"<pre>{e(b['scenario'])}</pre>")
            if b["nietUitgedrukt"]:
                delen.append(f"<p>niet in zinnen uit te drukken: {e('; '.join(b['nietUitgedrukt']))}</p>")
            if "referentie" in b:
                delen.append("<table><tr><th>referentie</th><th>doel</th></tr><tr>"
                             f"<td><pre>{e(json.dumps(b['referentie'], ensure_ascii=False, indent=1))}</pre></td>"
                             f"<td><pre>{e(json.dumps(b['doel'], ensure_ascii=False, indent=1))}</pre></td></tr>"
                             f"</table><p>gekrompen verzoek:</p><pre>"
                             f"{e(json.dumps(b['gekrompenVerzoek'], ensure_ascii=False, indent=1))}</pre>")
        delen.append("</section>")
    return "".join(delen) + "</html>\n"


def _junit(rapport: dict[str, Any]) -> str:
    wortel = ET.Element("testsuites", name="pwib vergelijk")
    for pad, o in rapport["operaties"].items():
        suite = ET.SubElement(wortel, "testsuite", name=pad, tests=str(max(1, len(o["bevindingen"]))),
                              failures=str(len(o["bevindingen"])), errors=str(o["fout"]))
        if not o["bevindingen"]:
            ET.SubElement(suite, "testcase", classname=pad, name=f"{o['vergeleken']} casussen gelijk")
        for b in o["bevindingen"]:
            geval = ET.SubElement(suite, "testcase", classname=pad, name=f"casus {b['kenmerk']}")
            fout = ET.SubElement(geval, "failure", message="verschil in " + ", ".join(b["gekrompenVerschillen"]))
            fout.text = b.get("scenario") or ""
    return ET.tostring(wortel, encoding="unicode", xml_declaration=True) + "\n"


def schrijf(map_: Path, rapport: dict[str, Any]) -> list[Path]:
    paden = [map_ / JSON, map_ / HTML, map_ / JUNIT]
    schrijf_atomair(paden[0], json.dumps(rapport, ensure_ascii=False, indent=2) + "\n")
    schrijf_atomair(paden[1], _html(rapport))
    schrijf_atomair(paden[2], _junit(rapport))
    return paden
