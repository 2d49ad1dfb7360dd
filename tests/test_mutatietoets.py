"""Wat de mutatietoets (bench/mutatie.py) niet meetelt, en waarom: alleen wat geen beslissend scenario kan zien."""

from __future__ import annotations

import pytest
import yaml

from bench.mutatie import CATALOGUS, Mutant, equivalenten, identiteit_als_gelijkheid, is_equivalent


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
