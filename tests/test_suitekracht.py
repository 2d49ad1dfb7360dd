"""Kracht van de suite: elke definitieve regel en elke drempel wordt beslist door een beslissend scenario.

Een scenario is beslissend als het niet @voorlopig is (op de functionaliteit, de regel, het scenario of al zijn
voorbeeldenblokken). De mutatietoets (`make mutatie`, bench/mutatie.py) meet hoeveel fouten die scenario's vangen;
deze tests houden vast wat als data te zeggen is: geen definitieve eis die alleen voorlopige scenario's heeft, en
elke drempel uit de parameters en de catalogus met beslissende scenario's aan beide kanten
(fixtures/drempels.yaml).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from gherkin.parser import Parser
from gherkin.token_matcher import TokenMatcher
from pytest_bdd.gherkin_parser import GherkinDocument, Scenario, Tag

from conformance.inlezen.eisen import Eis, eisen
from conformance.kern.bestanden import WORTEL
from reference import catalogus
from reference.parameters import PARAMETERMAP, lees_bestand

FEATURES = WORTEL / "features"  # de features van de repository, ook als PWIB_FEATURES elders heen wijst
DREMPELS = WORTEL / "fixtures" / "drempels.yaml"


def _namen(tags: Iterable[Tag]) -> set[str]:
    return {tag.name.lstrip("@") for tag in tags}


def _beslissend(scenario: Scenario, boven: set[str]) -> bool:
    if "voorlopig" in boven | _namen(scenario.tags):
        return False
    return not scenario.examples or any("voorlopig" not in _namen(blok.tags) for blok in scenario.examples)


def beslissend_per_id(features: Path) -> dict[str, bool]:
    """Elk vast scenario-id in de features: beslist het over certificering?"""
    uitkomst: dict[str, bool] = {}
    for pad in sorted(features.glob("*.feature")):
        document = GherkinDocument.from_dict(Parser().parse(pad.read_text("utf-8"), token_matcher=TokenMatcher("nl")))
        functionaliteit = document.feature
        paren: list[tuple[Scenario, set[str]]] = []
        for kind in functionaliteit.children:
            if kind.scenario is not None:
                paren.append((kind.scenario, _namen(functionaliteit.tags)))
            elif kind.rule is not None:
                paren += [(r.scenario, _namen(functionaliteit.tags) | _namen(kind.rule.tags))
                          for r in kind.rule.children if r.scenario is not None]
        for scenario, boven in paren:
            for naam in _namen(scenario.tags):
                if "-" in naam and naam.split("-")[-1].isdigit():
                    uitkomst[naam] = _beslissend(scenario, boven)
    return uitkomst


@cache
def _beslissend_in_repo() -> dict[str, bool]:
    return beslissend_per_id(FEATURES)


def definitieve_eisen_zonder_beslissend_scenario(alle_eisen: Iterable[Eis], beslissend: dict[str, bool],
                                                 definitief: set[str]) -> list[str]:
    """`<eis> (<vindplaats>): <scenario's>` voor elke getoetste eis van een definitieve maatregel zonder beslissend
    scenario, tenzij de eis zelf voorlopig is (met de reden in de tabel)."""
    return [f"{eis.id} ({eis.vindplaats}): {', '.join(eis.scenarios)}" for eis in alle_eisen
            if eis.maatregel in definitief and eis.scenarios and not eis.voorlopig
            and not any(beslissend.get(s) for s in eis.scenarios)]


def _definitief() -> set[str]:
    return {m.id for m in catalogus() if m.status == "definitief"}


def test_elke_getoetste_eis_van_een_definitieve_maatregel_heeft_een_beslissend_scenario() -> None:
    assert definitieve_eisen_zonder_beslissend_scenario(eisen(), _beslissend_in_repo(), _definitief()) == []


def test_elk_artikel_van_een_definitieve_maatregel_heeft_een_beslissend_scenario_of_een_gemelde_reden() -> None:
    """Per artikel uit de catalogus: een eis met een beslissend scenario, een voorlopige eis, of een eis zonder
    scenario die in `nietGetoetst` zegt waarom (dan staat het gat in het rapport); nooit alleen voorlopige
    scenario's."""
    beslissend = _beslissend_in_repo()
    zonder: list[str] = []
    for maatregel in catalogus():
        if maatregel.status != "definitief":
            continue
        verantwoord = {eis.vindplaats for eis in eisen() if eis.maatregel == maatregel.id and (
            any(beslissend.get(s) for s in eis.scenarios) or eis.voorlopig
            or (not eis.scenarios and eis.niet_getoetst))}
        zonder += [f"{maatregel.id}: {artikel}" for artikel in maatregel.artikelen
                   if not any(_hoort_bij(vindplaats, artikel) for vindplaats in verantwoord)]
    assert zonder == []


def _hoort_bij(vindplaats: str, artikel: str) -> bool:
    """`art. 34 lid 2 onder b Pw` hoort bij `art. 34 lid 2 onder b Pw` en bij `art. 34 Pw`; `art. 1 onder j Pw`
    bij `art. 1 onder i en j Pw`."""
    kern = artikel.removesuffix(" Pw")
    varianten = [kern]
    if " onder " in kern and " en " in kern:
        begin, onderdelen = kern.split(" onder ", 1)
        varianten += [f"{begin} onder {onderdeel}" for onderdeel in onderdelen.split(" en ")]
    plaats = vindplaats.removesuffix(" Pw")
    return any(plaats == v or plaats.startswith(v + " ") for v in varianten)


def test_een_eis_die_alleen_voorlopige_scenarios_heeft_valt_op(tmp_path: Path) -> None:
    (tmp_path / "M05-vermogen.feature").write_text(
        "# language: nl\n@M05\nFunctionaliteit: Vermogen\n\n"
        "  @M05-001 @voorlopig\n  Scenario: Alleen voorlopig\n    Gegeven de peildatum is 2026-01-01\n\n"
        "  @M05-002\n  Abstract Scenario: Eén blok voorlopig, één niet\n    Gegeven de peildatum is <d>\n\n"
        "    @voorlopig\n    Voorbeelden:\n      | d          |\n      | 2025-12-31 |\n\n"
        "    Voorbeelden:\n      | d          |\n      | 2026-01-01 |\n", "utf-8")
    beslissend = beslissend_per_id(tmp_path)
    assert beslissend == {"M05-001": False, "M05-002": True}
    eis = Eis("M05-E09", "M05", "34", "2", "b", "moet", "Geen staffelmethode meer.", ("M05-001",), None)
    assert definitieve_eisen_zonder_beslissend_scenario([eis], beslissend, {"M05"}) == [
        "M05-E09 (art. 34 lid 2 onder b Pw): M05-001"]
    assert definitieve_eisen_zonder_beslissend_scenario([eis], beslissend, set()) == []
    voorlopige_eis = Eis("M05-E10", "M05", "34", "4", None, "moet", "De staffelmethode.", ("M05-001",), None,
                         voorlopig="De oude tekst staat niet in de bronnen.")
    assert definitieve_eisen_zonder_beslissend_scenario([voorlopige_eis], beslissend, {"M05"}) == []


# ------------------------------------------------------------------------------------------------------ drempels


def _drempels() -> dict[str, Any]:
    gegevens: dict[str, Any] = yaml.safe_load(DREMPELS.read_text("utf-8"))
    return gegevens


def _drempelnamen() -> list[str]:
    """Wat een drempel is: elke leeftijd, elk bedrag dat een grens of maximum is, elke duur, elke inwerkingtreding."""
    namen = [f"inwerkingtreding {m.id}" for m in catalogus()]
    parameters = {naam: p for pad in sorted(PARAMETERMAP.glob("*.yaml")) for naam, p in lees_bestand(pad).items()}
    for naam, parameter in sorted(parameters.items()):
        eenheid = parameter.eenheid
        if eenheid in ("jaren", "maanden", "weken") or any(
                woord in naam for woord in ("grens", "maximum", "minimum", "drempel", "vanaf", "leeftijd",
                                            "eigen_woning")):  # art. 34 lid 2 onder d: een grens zonder dat woord
            namen.append(naam)
    return namen


def test_elke_drempel_staat_in_de_lijst_met_zijn_scenarios_of_als_open() -> None:
    gegevens = _drempels()
    bekend = {d["drempel"] for d in gegevens["drempels"]} | {d["drempel"] for d in gegevens["open"]}
    assert [naam for naam in _drempelnamen() if naam not in bekend] == []
    assert sorted(bekend - set(_drempelnamen())) == []


@pytest.mark.parametrize("drempel", _drempels()["drempels"], ids=lambda d: d["drempel"])
def test_een_drempel_heeft_beslissende_scenarios_aan_beide_kanten(drempel: dict[str, Any]) -> None:
    beslissend = _beslissend_in_repo()
    for kant in ("onder", "boven"):
        assert drempel[kant], f"{drempel['drempel']}: geen scenario {kant} de drempel"
        niet = [s for s in drempel[kant] if not beslissend.get(s)]
        assert niet == [], f"{drempel['drempel']} ({kant}): niet (beslissend) in de features: {niet}"
