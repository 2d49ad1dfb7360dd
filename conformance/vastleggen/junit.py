"""junit.xml voor de CI van een leverancier: een testsuite per maatregel (en ADR), een testcase per scenario.

gefaald -> <failure>, fout -> <error>, overgeslagen en niet-van-toepassing -> <skipped>.
Wat niet beslist (voorlopig, ADR "zou") staat erbij als property `beslissend=false`. Elke testsuite
draagt de uitslag van de run en of het een certificeringsrun was (`pwib.uitslag`,
`pwib.certificeerbaar`, `pwib.run`, `pwib.nietCertificeerbaar` met de redenen). Een <failure> noemt
het artikel, features/…:regel, de Regel, verwacht en werkelijk per veld en het verzoek (URL en
`curl`), zodat de testweergave van een CI de oorzaak toont zonder het HTML-rapport.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from conformance.vastleggen import afwijkingen as af
from conformance.vastleggen.rapport import schrijf_atomair

BESTAND = "junit.xml"
_NIET_IN_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(tekst: str) -> str:
    """Tekens die XML 1.0 niet toestaat (een leverancier kan ze sturen) worden een vervangteken."""
    return _NIET_IN_XML.sub("\ufffd", tekst)


def _toelichting(rapport: dict[str, Any], scenario: dict[str, Any], per_id: dict[str, list[str]]) -> str:
    """De tekst van een <failure>: artikel, plek, Regel, verwacht/werkelijk, melding en het verzoek."""
    stap = scenario.get("falendeStap") or {}
    regels = [f"artikel: {af.artikel(scenario, per_id) or '(zie de Regel)'}"]
    if scenario.get("plaats"):
        regels.append(f"feature: {scenario['plaats']}")
    if scenario.get("regelTitel"):
        regels.append(f"Regel: {scenario['regelTitel']}")
    regels += [f"{k}: {stap[k]}" for k in ("stap", "controle", "regel") if stap.get(k)]
    regels += [f"{veld}: verwacht {v}, werkelijk {w}" for veld, v, w in af.vergelijking(scenario)]
    if stap.get("melding"):
        regels.append(f"melding: {stap['melding']}")
    adres, opdracht = af.url(rapport, scenario), af.curl(rapport, scenario)
    if adres:
        regels.append(f"verzoek: {(stap.get('uitwisseling') or {}).get('verzoek', {}).get('methode', '')} {adres}")
    if opdracht:
        regels.append(f"curl: {opdracht}")
    return "\n".join(regels)


def _testcase(suite: ET.Element, scenario: dict[str, Any], rapport: dict[str, Any],
              per_id: dict[str, list[str]]) -> None:
    bestand, _, regel = str(scenario.get("plaats") or scenario["feature"]).partition(":")
    geval = ET.SubElement(suite, "testcase", {
        "classname": f"pwib.{scenario['maatregel'] or 'onbekend'}",
        "name": _xml(f"{scenario['id'] or '?'} {scenario['titel']}"),
        "file": bestand,
        **({"line": regel} if regel else {}),
        "time": f"{scenario['duurS']:.3f}",
    })
    eigenschappen = ET.SubElement(geval, "properties")
    ET.SubElement(eigenschappen, "property", {"name": "oordeel", "value": scenario["oordeel"]})
    ET.SubElement(eigenschappen, "property", {"name": "beslissend", "value": str(scenario["beslissend"]).lower()})
    if scenario.get("ontheffing"):
        ET.SubElement(eigenschappen, "property", {"name": "ontheffing", "value": scenario["ontheffing"]["link"]})
    stap = scenario.get("falendeStap") or {}
    melding = stap.get("melding") or scenario.get("reden") or ""
    if scenario["oordeel"] == "gefaald":
        fout = ET.SubElement(geval, "failure", {"message": _xml(melding[:500]),
                                                "type": stap.get("controle") or "afwijking"})
        fout.text = _xml(_toelichting(rapport, scenario, per_id))
    elif scenario["oordeel"] == "fout":
        fout = ET.SubElement(geval, "error", {"message": _xml(melding[:500]),
                                              "type": stap.get("controle") or "storing"})
        fout.text = _xml(melding)
    elif scenario["oordeel"] in ("overgeslagen", "niet-van-toepassing"):
        reden = f"{scenario['oordeel']}: {scenario.get('reden') or ''}"
        ET.SubElement(geval, "skipped", {"message": _xml(reden[:500])})


def _run_eigenschappen(suite: ET.Element, rapport: dict[str, Any]) -> None:
    certificering = rapport["certificering"]
    eigenschappen = ET.SubElement(suite, "properties")
    for naam, waarde in (("pwib.uitslag", rapport["uitslag"]), ("pwib.run", certificering["soort"]),
                         ("pwib.certificeerbaar", str(certificering["certificeerbaar"]).lower()),
                         ("pwib.nietCertificeerbaar", "; ".join(certificering["redenen"]))):
        ET.SubElement(eigenschappen, "property", {"name": naam, "value": _xml(waarde)})


def schrijf(rapport: dict[str, Any], map_: Path) -> Path:
    wortel = ET.Element("testsuites", {"name": "pwib-conformance"})
    per_id = af.artikelen(rapport)
    groepen: dict[str, list[dict[str, Any]]] = {}
    for scenario in [*rapport["voorcontrole"], *rapport["scenarios"]]:
        groepen.setdefault(scenario["maatregel"] or "onbekend", []).append(scenario)
    for maatregel, scenarios in groepen.items():
        suite = ET.SubElement(wortel, "testsuite", {
            "name": f"pwib-conformance.{maatregel}",
            "tests": str(len(scenarios)),
            "failures": str(sum(s["oordeel"] == "gefaald" for s in scenarios)),
            "errors": str(sum(s["oordeel"] == "fout" for s in scenarios)),
            "skipped": str(sum(s["oordeel"] in ("overgeslagen", "niet-van-toepassing") for s in scenarios)),
            "time": f"{sum(s['duurS'] for s in scenarios):.3f}",
            "timestamp": rapport["begin"],
        })
        _run_eigenschappen(suite, rapport)
        for scenario in scenarios:
            _testcase(suite, scenario, rapport, per_id)
    ET.indent(wortel)
    pad = map_ / BESTAND
    schrijf_atomair(pad, ET.tostring(wortel, encoding="utf-8", xml_declaration=True) + b"\n")
    return pad
