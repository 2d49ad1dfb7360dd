"""De cache van het parameterboek verandert niets aan wat het boek antwoordt, ook niet aan zijn fouten."""

from __future__ import annotations

from datetime import date

import pytest

from reference import Parameterboek, ParameterFout, ParameterOntbreekt
from reference.parameters import PARAMETERMAP


def test_een_tweede_opvraging_geeft_dezelfde_waarde_met_bron_en_geldigheid() -> None:
    boek = Parameterboek(PARAMETERMAP.glob("*.yaml"))
    eerste = boek.bedrag("normen.alleenstaande_21_tot_aow", date(2026, 3, 1))
    tweede = boek.bedrag("normen.alleenstaande_21_tot_aow", date(2026, 3, 1))
    assert tweede is eerste
    assert (tweede.geldig_van, tweede.geldig_tot) == (date(2026, 1, 1), date(2026, 6, 30))
    assert boek.bedrag("normen.alleenstaande_21_tot_aow", date(2026, 7, 1)).waarde != eerste.waarde


def test_fouten_worden_niet_onthouden_maar_elke_keer_gemeld() -> None:
    boek = Parameterboek(PARAMETERMAP.glob("*.yaml"))
    for _ in range(2):
        with pytest.raises(ParameterOntbreekt):
            boek.bedrag("bufferbudget.maximum_per_kalenderjaar", date(2026, 12, 31))
        with pytest.raises(ParameterFout):
            boek.aantal("normen.alleenstaande_21_tot_aow", date(2026, 1, 1))
    assert boek.bedrag("bufferbudget.maximum_per_kalenderjaar", date(2027, 1, 1)).bron


def test_de_cache_blijft_begrensd(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reference.parameters._CACHEGROOTTE", 10)
    boek = Parameterboek(PARAMETERMAP.glob("*.yaml"))
    for dag in range(1, 29):
        assert boek.bedrag("normen.alleenstaande_21_tot_aow", date(2026, 2, dag)).waarde.waarde > 0
    assert len(boek._gevonden) <= 10
