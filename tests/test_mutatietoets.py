"""Wat de mutatietoets (bench/mutatie.py) niet meetelt, en waarom: alleen wat geen beslissend scenario kan zien."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bench.mutatie import (
    CATALOGUS,
    Mutant,
    equivalenten,
    featuretags,
    identiteit_als_gelijkheid,
    is_equivalent,
    niet_meetellend,
)


def _mutant(was: str, wordt: str, bestand: str = "reference/maatregelen/afstemming.py", groep: str = "M22",
            operator: str = "core/ReplaceComparisonOperator_Is_Eq") -> Mutant:
    return Mutant(bestand, 1, operator, was, wordt, groep, groep, "")


@pytest.mark.parametrize(("was", "wordt"), [
    ("if feiten.vorm is Vorm.INDIVIDUEEL:", "if feiten.vorm == Vorm.INDIVIDUEEL:"),
    ("elif vorige is not None and x:", "elif vorige != None and x:"),
])
def test_is_op_none_of_een_enum_lid_als_gelijkheid_telt_niet_mee(was: str, wordt: str) -> None:
    assert identiteit_als_gelijkheid(_mutant(was, wordt))
    assert is_equivalent(_mutant(was, wordt), equivalenten(), "equivalent")


@pytest.mark.parametrize(("was", "wordt"), [
    ("if aantal is 0:", "if aantal == 0:"),  # een getal: `is` en `==` verschillen
    ("if feiten.vorm is Vorm.INDIVIDUEEL:", "if feiten.vorm is not Vorm.INDIVIDUEEL:"),
    ("if x is None and y is Vorm.A:", "if x is None and y != Vorm.A:"),  # is -> != is geen gelijkwaardige vervanging
])
def test_andere_vervangingen_van_is_tellen_mee(was: str, wordt: str) -> None:
    assert not identiteit_als_gelijkheid(_mutant(was, wordt))


def test_elke_maatregel_die_de_catalogus_voorlopig_noemt_telt_als_geheel_niet_mee() -> None:
    voorlopig = {m["id"] for m in yaml.safe_load(CATALOGUS.read_text("utf-8"))["maatregelen"]
                 if m["status"] == "voorlopig"}
    assert voorlopig, "de catalogus noemt geen voorlopige maatregel meer: dan toetst deze test niets"
    for maatregel in voorlopig:
        mutant = _mutant("return x + 1", "return x - 1", "reference/maatregelen/iets.py", maatregel,
                         "core/ReplaceBinaryOperator_Add_Sub")
        assert is_equivalent(mutant, equivalenten(), "voorlopig")
    definitief = _mutant("return x + 1", "return x - 1", "reference/maatregelen/iets.py", "M05",
                         "core/ReplaceBinaryOperator_Add_Sub")
    assert not is_equivalent(definitief, equivalenten())


def test_een_gewijzigde_feature_kiest_de_modules_van_haar_eigen_tags_niet_van_haar_bestandsnaam(
        tmp_path: Path) -> None:
    feature = tmp_path / "berekening-bijstand.feature"
    feature.write_text("# language: nl\n@BER\nFunctionaliteit: Berekening\n\n  @BER-001\n  Scenario: x\n", "utf-8")
    assert featuretags(feature) == {"BER"}
    assert featuretags(tmp_path / "verwijderd.feature") == set()


def test_de_lijst_van_wat_niet_meetelt_noemt_per_mutant_de_reden() -> None:
    mutant = _mutant("if feiten.vorm is Vorm.INDIVIDUEEL:", "if feiten.vorm == Vorm.INDIVIDUEEL:")
    meetellend = _mutant("if aantal == 0:", "if aantal != 0:", operator="core/ReplaceComparisonOperator_Eq_NotEq")
    lijst = niet_meetellend([mutant, meetellend], equivalenten())
    assert lijst.splitlines()[0] == "niet meetellende mutanten (1), per reden:"
    assert "[equivalent] `is`/`is not` op None of een Enum-lid" in lijst
    assert "reference/maatregelen/afstemming.py:1 core/ReplaceComparisonOperator_Is_Eq" in lijst
    assert "aantal" not in lijst
