"""Herleidbaarheid: de eisentabellen zijn geldig, noemen alleen bestaande scenario's, en de matrix klopt."""

from __future__ import annotations

from pathlib import Path

import pytest

from conformance.inlezen.eisen import eisen, lees_tabel, matrix, onbekende_scenarios, scenario_ids, zonder_eis
from conformance.kern.afwijking import ConfiguratieFout
from conformance.kern.bestanden import EISEN, WORTEL
from conformance.kern.resultaat import Scenarioresultaat

FEATURES = WORTEL / "features"  # de features van de repository, ook als PWIB_FEATURES elders heen wijst


def test_er_is_een_tabel_voor_elke_maatregel_met_features_van_nu() -> None:
    assert {"M04", "M06", "NORM"} <= {eis.maatregel for eis in eisen()}


def test_elke_eis_noemt_alleen_scenarios_die_bestaan() -> None:
    assert onbekende_scenarios(eisen(), set(scenario_ids(FEATURES))) == []


def test_de_controle_vangt_een_scenario_id_dat_niet_bestaat(tmp_path: Path) -> None:
    (tmp_path / "M04.yaml").write_text(
        "maatregel: M04\neisen:\n  - id: M04-E01\n    artikel: \"31\"\n    soort: moet\n"
        "    omschrijving: Een eis die naar een verzonnen scenario wijst.\n    scenarios: [M04-001, M04-999]\n",
        "utf-8")
    bekend = set(scenario_ids(FEATURES))
    assert onbekende_scenarios(lees_tabel(tmp_path / "M04.yaml"), bekend) == ["M04-E01: M04-999"]


def test_eis_ids_zijn_uniek_en_horen_bij_hun_maatregel() -> None:
    ids = [eis.id for eis in eisen()]
    assert len(ids) == len(set(ids))
    assert all(eis.id.startswith(f"{eis.maatregel}-E") for eis in eisen())
    for pad in EISEN.glob("*.yaml"):
        assert {eis.maatregel for eis in lees_tabel(pad)} == {pad.stem}, pad.name


def test_elke_tabel_legt_in_de_kop_uit_hoe_je_hem_vult() -> None:
    for pad in EISEN.glob("*.yaml"):
        assert pad.read_text("utf-8").startswith("# Eisentabel"), pad.name
    assert "Zo maak of vul je een eisentabel" in (EISEN / "M04.yaml").read_text("utf-8")


@pytest.mark.parametrize(("rij", "probleem"), [
    ("    omschrijving: Een eis zonder scenario en zonder reden.\n", "eisen.0: noem scenarios of nietGetoetst"),
    ("    omschrijving: Een eis met een leeg lijstje.\n    scenarios: []\n", "should be non-empty"),
    ("    omschrijving: Een eis met een vreemd id.\n    scenarios: [M04-1]\n", "does not match"),
])
def test_een_eis_zonder_toetsing_of_reden_wordt_geweigerd(tmp_path: Path, rij: str, probleem: str) -> None:
    (tmp_path / "M04.yaml").write_text(
        f"maatregel: M04\neisen:\n  - id: M04-E01\n    artikel: \"31\"\n    soort: moet\n{rij}", "utf-8")
    with pytest.raises(ConfiguratieFout, match=probleem):
        lees_tabel(tmp_path / "M04.yaml")


def _resultaat(scenario_id: str, oordeel: str) -> Scenarioresultaat:
    return Scenarioresultaat(id=scenario_id, maatregel=scenario_id.split("-", 1)[0], titel="t", feature="f",
                             oordeel=oordeel, voorlopig=False, duur_s=0.0)  # type: ignore[arg-type]


def test_de_matrix_toont_per_eis_het_oordeel_en_waarom_niet_getoetst() -> None:
    resultaten = [_resultaat("M04-001", "geslaagd"), _resultaat("M04-002#1", "geslaagd"),
                  _resultaat("M04-002#2", "gefaald"), _resultaat("M04-004", "niet-van-toepassing"),
                  _resultaat("M04-099", "geslaagd")]  # een (nieuw) scenario dat nog geen eis noemt
    rijen = {r["eis"]: r for r in matrix(resultaten, eisen(), volledig=False)}
    assert rijen["M04-E01"]["status"] == "gefaald"
    assert rijen["M04-E03"]["status"] == "niet-van-toepassing"
    assert rijen["M04-E04"]["status"] == "niet getoetst"
    assert rijen["M04-E04"]["reden"] == "geen van zijn scenario's zat in deze run"
    assert rijen["M04-E05"]["status"] == "niet getoetst"
    assert "Staatscourant" in rijen["M04-E05"]["reden"]
    assert {r["maatregel"] for r in rijen.values()} == {"M04"}
    assert zonder_eis(resultaten, eisen()) == ["M04-099"]
    volledig = matrix(resultaten, eisen(), volledig=True)
    assert {"M06", "NORM"} <= {r["maatregel"] for r in volledig}
    assert next(r for r in volledig if r["eis"] == "M06-E01")["reden"] == "niet geselecteerd in deze run"
