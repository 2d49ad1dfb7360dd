"""De rapporten van een vergelijking: vergelijking.json (schema: conformance/schemas/vergelijking.schema.json),
vergelijking.html (een sectie per operatie, elk gekrompen scenario en de twee antwoorden naast elkaar) en
vergelijking-junit.xml (een testsuite per operatie, een testcase per gevonden verschil).

Een voorlopig verschil (het antwoord van de referentie rust op een voorlopige waarde of lezing) telt apart
(`voorlopig`) en beslist niet: elke bevinding noemt haar `voorlopigeGronden` en of zij `beslissend` is. In JUnit
is een bevinding die niet beslist, zoals bij `pwib conformance` (conformance/vastleggen/junit.py), een testcase met
de property `beslissend=false`; zij telt niet als <failure> maar als <skipped>, met haar scenario in <system-out>.

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
        "beslissend": b.beslissend,
        "voorlopigeGronden": list(b.gronden),
        "gekrompenVoorlopigeGronden": None if b.gekrompen_gronden is None else list(b.gekrompen_gronden),
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
                       "voorlopig": u.voorlopig, "fout": u.fout, "eersteVerschil": u.eerste_verschil,
                       "eersteVoorlopigVerschil": u.eerste_voorlopig, "fouten": u.fouten,
                       "bevindingen": [_bevinding(b, toon) for b in u.bevindingen]}
                 for pad, u in uitslag.operaties.items()}
    totaal = {k: sum(getattr(u, k) for u in uitslag.operaties.values())
              for k in ("vergeleken", "gelijk", "verschillend", "voorlopig", "fout")}
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
                     f"{o['verschillend']} verschillend, {o['voorlopig']} voorlopig verschillend (beslissen niet), "
                     f"{o['fout']} fout</p>")
        for b in o["bevindingen"]:
            delen.append(f"<h3>casus {e(b['kenmerk'])} (nummer {b['casusnummer']})"
                         f"{'' if b['beslissend'] else ', voorlopig: beslist niet'}</h3>"
                         f"<p>verschillende velden: {e(', '.join(b['gekrompenVerschillen']))}</p>")
            if b["voorlopigeGronden"]:
                delen.append(f"<p>{e(_waarom_voorlopig(b))}</p>")
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


def _waarom_voorlopig(b: dict[str, Any]) -> str:
    """Waarop een voorlopig verschil rust, en of het na het krimpen toch beslist."""
    tekst = f"voorlopig verschil: het antwoord van de referentie rust op {', '.join(b['voorlopigeGronden'])}"
    if b["beslissend"]:
        return tekst + "; gekrompen tot een verzoek waarop zij niet voorlopig antwoordt: beslist"
    return tekst + "; beslist niet"


def _junit(rapport: dict[str, Any]) -> str:
    wortel = ET.Element("testsuites", name="pwib vergelijk")
    for pad, o in rapport["operaties"].items():
        beslissend = sum(b["beslissend"] for b in o["bevindingen"])
        suite = ET.SubElement(wortel, "testsuite", name=pad, tests=str(max(1, len(o["bevindingen"]))),
                              failures=str(beslissend), errors=str(o["fout"]),
                              skipped=str(len(o["bevindingen"]) - beslissend))
        if not o["bevindingen"]:
            ET.SubElement(suite, "testcase", classname=pad, name=f"{o['vergeleken']} casussen gelijk")
        for b in o["bevindingen"]:
            geval = ET.SubElement(suite, "testcase", classname=pad, name=f"casus {b['kenmerk']}")
            eigenschappen = ET.SubElement(geval, "properties")
            ET.SubElement(eigenschappen, "property", name="beslissend", value=str(b["beslissend"]).lower())
            if b["voorlopigeGronden"]:
                ET.SubElement(eigenschappen, "property", name="voorlopigeGronden",
                              value=", ".join(b["voorlopigeGronden"]))
            melding = "verschil in " + ", ".join(b["gekrompenVerschillen"])
            if b["beslissend"]:
                ET.SubElement(geval, "failure", message=melding).text = b.get("scenario") or ""
            else:
                ET.SubElement(geval, "skipped", message=f"voorlopig {melding}: beslist niet")
                ET.SubElement(geval, "system-out").text = b.get("scenario") or ""
    return ET.tostring(wortel, encoding="unicode", xml_declaration=True) + "\n"


def schrijf(map_: Path, rapport: dict[str, Any]) -> list[Path]:
    paden = [map_ / JSON, map_ / HTML, map_ / JUNIT]
    schrijf_atomair(paden[0], json.dumps(rapport, ensure_ascii=False, indent=2) + "\n")
    schrijf_atomair(paden[1], _html(rapport))
    schrijf_atomair(paden[2], _junit(rapport))
    return paden
