"""Elke regel waarop een scenario een leverancier beoordeelt, staat in het contract.

Een `Dan`-stap vergelijkt velden van het antwoord: elk veld heeft een beschrijving in `openapi.yaml`. Een
weigering noemt een veld in `invalidParams`: de operatie noemt dat veld met zijn regel in `x-ongeldig`, of bij
maatwerk de ruimte in `x-maatwerk`. De ruimte voor maatwerk in het contract is die van de referentie.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from gherkin.parser import Parser

import reference
from conformance.inlezen.stappencatalogus import Catalogus, Stap, catalogus
from conformance.kern.bestanden import CONTRACT, FEATURES

_GENERIEK = {"Bedrag", "Invoerbedrag", "Datum", "Maand", "Leeftijd"}  # een waardesoort, geen beschrijving van een veld
_SOORT = {"Context": "gegeven", "Action": "als", "Outcome": "dan"}
_WEIGERING = re.compile(r'geweigerd (?:met een|zonder) melding over "([^"]+)"')


def _contract() -> dict[str, Any]:
    gegevens: dict[str, Any] = yaml.safe_load(CONTRACT.read_text("utf-8"))
    return gegevens


CONTRACT_GEGEVENS = _contract()
SCHEMAS: dict[str, Any] = CONTRACT_GEGEVENS["components"]["schemas"]


def _los(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    if "allOf" in schema and "properties" not in schema:
        return _los(schema["allOf"][0])
    return schema


def _veld(schema: dict[str, Any], pad: str) -> dict[str, Any] | None:
    """Het schema van een veld van het antwoord (`maatwerk.veld`, `perBetaling[-1].artikel`), of None."""
    huidig: dict[str, Any] | None = None
    for deel in pad.split("."):
        naam = deel.split("[", 1)[0]
        huidig = _los(schema).get("properties", {}).get(naam)
        if huidig is None:
            return None
        schema = _los(huidig)["items"] if "[" in deel else huidig
    return huidig


def _beschreven(veld: dict[str, Any]) -> bool:
    if "description" in veld:
        return True
    if "$ref" in veld:
        naam = veld["$ref"].rsplit("/", 1)[1]
        return naam not in _GENERIEK and "description" in SCHEMAS[naam]
    return False


def _scenarios(kinderen: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for kind in kinderen:
        if "rule" in kind:
            yield from _scenarios(kind["rule"]["children"])
        elif "scenario" in kind:
            yield kind["scenario"]


def _dan_stappen() -> Iterator[tuple[str, str, str, str]]:
    """(scenario, operatie, soort, veld) voor elk veld dat een Dan-stap vergelijkt of een weigering noemt."""
    boek = catalogus()
    for bestand in sorted(FEATURES.glob("*.feature")):
        document: Any = Parser().parse(bestand.read_text("utf-8"))
        for scenario in _scenarios(document["feature"]["children"]):
            naam = f"{bestand.name}: {scenario['name']}"
            rijen = [dict(zip([c["value"] for c in v["tableHeader"]["cells"]], [c["value"] for c in r["cells"]],
                              strict=True)) for v in scenario.get("examples", []) for r in v["tableBody"]]
            for context in rijen or [{}]:
                operatie, soort = None, ""
                for stap in scenario["steps"]:
                    soort = _SOORT.get(stap["keywordType"], soort)
                    tekst = stap["text"]
                    for kolom, waarde in context.items():
                        tekst = tekst.replace(f"<{kolom}>", waarde)
                    [definitie] = boek.vind(tekst, soort)
                    if soort == "als" and definitie.zin is not None:
                        operatie = definitie.zin.pad
                    if soort == "dan":
                        assert operatie is not None, naam
                        yield from ((naam, operatie, *veld) for veld in _velden(boek, definitie, stap, tekst))


def _velden(boek: Catalogus, definitie: Stap, stap: dict[str, Any], tekst: str) -> Iterator[tuple[str, str]]:
    """(soort, veld) voor een Dan-stap: de velden die zij vergelijkt, of het veld dat een weigering noemt."""
    weigering = _WEIGERING.search(tekst)
    if weigering:
        yield "weigering", weigering[1]
    elif definitie.zin is not None:
        yield from (("uitkomst", pad) for pad in definitie.zin.velden)
    else:
        for rij in stap["dataTable"]["rows"]:
            label = boek.boek.label("dan", rij["cells"][0]["value"].strip())
            assert label is not None, rij
            yield from (("uitkomst", pad) for pad in label.zin.velden)


DAN = sorted(set(_dan_stappen()))


def _post(operatie: str) -> dict[str, Any]:
    post: dict[str, Any] = CONTRACT_GEGEVENS["paths"][operatie]["post"]
    return post


def test_de_features_vergelijken_velden_en_noemen_weigeringen() -> None:
    soorten = {soort for _, _, soort, _ in DAN}
    assert soorten == {"uitkomst", "weigering"}
    assert len(DAN) > 300


def test_elk_veld_dat_een_dan_stap_vergelijkt_heeft_een_beschrijving_in_het_contract() -> None:
    zonder = sorted({(operatie, pad) for _, operatie, soort, pad in DAN if soort == "uitkomst" and not _beschreven(
        _veld(_post(operatie)["responses"]["200"]["content"]["application/json"]["schema"], pad) or {})})
    assert not zonder, "\n".join(f"POST /v1{o}: {p}" for o, p in zonder)


def test_elk_veld_dat_een_weigering_noemt_staat_met_zijn_regel_bij_de_operatie() -> None:
    ontbreekt = []
    for scenario, operatie, soort, veld in DAN:
        if soort != "weigering":
            continue
        post = _post(operatie)
        regels = [re.escape(r["veld"]).replace(re.escape("<index>"), r"\d+") for r in post.get("x-ongeldig", [])]
        genoemd = any(re.fullmatch(regel, veld) for regel in regels)
        maatwerk = veld.startswith("maatwerk.") and "x-maatwerk" in post
        if not (genoemd or maatwerk):
            ontbreekt.append(f"{scenario}: POST /v1{operatie} noemt {veld!r} niet in x-ongeldig")
    assert not ontbreekt, "\n".join(ontbreekt)


@pytest.mark.parametrize("operatie", sorted(
    yaml.safe_load((Path(reference.__file__).parent / "maatwerkruimte.yaml").read_text("utf-8"))["operaties"]))
def test_de_ruimte_voor_maatwerk_in_het_contract_is_die_van_de_referentie(operatie: str) -> None:
    ruimte = yaml.safe_load((Path(reference.__file__).parent / "maatwerkruimte.yaml").read_text("utf-8"))
    assert _post(operatie)["x-maatwerk"] == ruimte["operaties"][operatie]


def test_elke_operatie_met_maatwerk_in_de_referentie_noemt_haar_ruimte() -> None:
    ruimte = yaml.safe_load((Path(reference.__file__).parent / "maatwerkruimte.yaml").read_text("utf-8"))
    met = {pad for pad, operaties in CONTRACT_GEGEVENS["paths"].items() if "x-maatwerk" in operaties.get("post", {})}
    assert met == set(ruimte["operaties"])
