"""Wat de referentie op de hele suite antwoordt, tegen wat de tags en het contract beloven.

- Wat op een voorlopige waarde of lezing rust, beslist niet over certificering: elk scenario waarvan het
  antwoord van de referentie in de uitleg `voorlopig` is (een parameter na zijn indexeringsdatum of met een
  voorlopige bron, of een voorlopige lezing uit het register van interpretaties), draagt `@voorlopig`.
- Een leverancier bouwt op het contract: de uitkomst die `x-grondslagen` bij een grondslag noemt, geeft de
  referentie bij die grondslag ook, in elk antwoord van de suite.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml

from api import create_app
from conformance.aansturen.doel import wsgi_doel
from conformance.kern.resultaat import Scenarioresultaat
from conformance.runner import Opdracht, voer_uit

_SCENARIO_TEST = "test_scenarios.py::"  # het scenario dat de suite op dit moment draait (pytest zet het)


CONTRACT = Path(__file__).resolve().parent.parent / "openapi.yaml"


class _Opname:
    """Een WSGI-laag om de referentie die per scenario onthoudt waarop een voorlopig antwoord rustte, en elk
    antwoord met een grondslag bewaart (pad zonder /v1, antwoord)."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app
        self.sinds_vorig: set[str] = set()
        self.voorlopig: dict[str, set[str]] = {}
        self.met_grondslag: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        antwoord = self.app(environ, start_response)
        try:
            inhoud = b"".join(antwoord)
        finally:
            sluit = getattr(antwoord, "close", None)
            if sluit is not None:
                sluit()
        if _SCENARIO_TEST in os.environ.get("PYTEST_CURRENT_TEST", ""):
            self._onthoud(environ.get("PATH_INFO", ""), inhoud)
        return [inhoud]

    def _onthoud(self, pad: str, inhoud: bytes) -> None:
        try:
            gegevens = json.loads(inhoud)
        except ValueError:
            return
        if isinstance(gegevens, dict) and isinstance(gegevens.get("grondslag"), dict):
            self.met_grondslag.append((pad.removeprefix("/v1"), gegevens))
        uitleg = gegevens.get("uitleg") if isinstance(gegevens, dict) else None
        if isinstance(uitleg, dict) and uitleg.get("voorlopig"):
            self.sinds_vorig.update(uitleg["voorlopigeParameters"])
            self.sinds_vorig.update(i["id"] for i in uitleg["interpretaties"] if i["status"] == "voorlopig")

    def scenario_klaar(self, resultaat: Scenarioresultaat) -> None:
        if self.sinds_vorig and not resultaat.voorlopig:
            self.voorlopig[resultaat.id or resultaat.titel] = self.sinds_vorig
        self.sinds_vorig = set()


@pytest.fixture(scope="module")
def opname(tmp_path_factory: pytest.TempPathFactory) -> _Opname:
    """De hele suite eenmaal tegen de referentie in-process, met de opname ertussen."""
    opname = _Opname(create_app())
    uitkomst = voer_uit(wsgi_doel(opname), Opdracht(tags=None, rapportmap=tmp_path_factory.mktemp("suite"),
                                                    voortgang=False, luisteraars=(opname.scenario_klaar,)))
    assert uitkomst.run is not None
    assert len(uitkomst.run.resultaten) >= 50
    return opname


def test_elk_scenario_dat_op_een_voorlopige_waarde_of_lezing_rust_draagt_voorlopig(opname: _Opname) -> None:
    assert opname.voorlopig == {}


def _grondslagen() -> list[tuple[str, dict[str, Any]]]:
    paden: dict[str, Any] = yaml.safe_load(CONTRACT.read_text("utf-8"))["paths"]
    return [(pad, g) for pad, operaties in paden.items() for operatie in operaties.values()
            if isinstance(operatie, dict) for g in operatie.get("x-grondslagen", ())]


def _beloofde_uitkomsten() -> dict[tuple[str, str], dict[str, Any]]:
    """(pad, grondslag) -> de uitkomst die het contract er in `x-grondslagen` bij noemt."""
    return {(pad, g["grondslag"]): g["uitkomst"] for pad, g in _grondslagen() if g.get("uitkomst")}


def test_het_contract_noemt_elke_grondslag_een_keer_per_operatie() -> None:
    """Een grondslag die bij meer uitkomsten hoort, staat er één keer zonder `uitkomst` (openapi.yaml, Grondslag)."""
    paren = [(pad, g["grondslag"]) for pad, g in _grondslagen()]
    assert sorted({p for p in paren if paren.count(p) > 1}) == []


def test_de_referentie_geeft_bij_elke_grondslag_de_uitkomst_die_het_contract_erbij_noemt(opname: _Opname) -> None:
    beloofd = _beloofde_uitkomsten()
    getoetst, anders = 0, set[str]()
    for pad, antwoord in opname.met_grondslag:
        uitkomst = beloofd.get((pad, antwoord["grondslag"].get("tekst")))
        if uitkomst is None:
            continue
        getoetst += 1
        anders.update(f"{pad} {antwoord['grondslag']['tekst']}: {veld} is {antwoord.get(veld)!r}, het contract "
                      f"zegt {waarde!r}" for veld, waarde in uitkomst.items() if antwoord.get(veld) != waarde)
    assert getoetst >= 100, "de suite gaf bijna geen antwoord met een grondslag uit x-grondslagen: dan toetst dit niets"
    assert sorted(anders) == [], "\n".join(sorted(anders))
