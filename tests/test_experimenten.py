"""M23: welke artikelen art. 83 Pw noemt, en de maximale duur vóór en na 1 januari 2026."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reference import (
    Experimentafwijking,
    Experimentdoel,
    Experimentfeiten,
    OngeldigeFeiten,
    experiment,
    parameterboek,
)
from reference.maatregelen.experimenten import beoordeel_afwijking

BOEK = parameterboek()  # eenmaal inlezen, buiten de tijdslimiet van hypothesis


@pytest.mark.parametrize(("artikel", "lid", "binnen"), [
    ("6", None, True), ("6b", None, True), ("7a", 1, True), ("8d", None, True), ("9", 1, True), ("9a", 4, True),
    ("10", None, True), ("10a", None, False), ("10d", 2, False), ("11", None, False), ("31", 2, True),
    ("31", 1, False), ("31", None, False), ("69", None, True), ("74a", None, True), ("75", 1, True),
    ("76", None, False), ("18", 4, False), ("5", None, False),
])
def test_de_artikelen_die_art_83_lid_1_noemt(artikel: str, lid: int | None, binnen: bool) -> None:
    assert beoordeel_afwijking(Experimentafwijking(artikel, lid)).binnen_bereik is binnen


@pytest.mark.parametrize(("peildatum", "begin", "laatste"), [
    (date(2025, 7, 1), date(2026, 4, 1), date(2029, 3, 31)), (date(2025, 12, 31), date(2028, 2, 29), date(2031, 2, 28)),
    (date(2026, 1, 1), date(2026, 4, 1), date(2031, 3, 31)), (date(2026, 1, 1), date(2027, 3, 1), date(2032, 2, 29)),
    (date(2030, 1, 1), date(2028, 2, 29), date(2033, 2, 28)),
])
def test_de_laatste_dag_is_de_dag_voor_dezelfde_dagdatum_na_drie_of_vijf_jaar(
    peildatum: date, begin: date, laatste: date
) -> None:
    feiten = Experimentfeiten((Experimentafwijking("9"),), Experimentdoel.ARBEIDSINSCHAKELING, begin, begin)
    assert experiment(feiten, BOEK.stand(peildatum)).maximale_einddatum == laatste


@given(st.dates(min_value=date(2026, 1, 1), max_value=date(2040, 1, 1)), st.integers(min_value=0, max_value=4000))
def test_een_ingediend_wetsvoorstel_heft_de_maximale_duur_op(begin: date, dagen: int) -> None:
    feiten = Experimentfeiten((Experimentafwijking("70"),), Experimentdoel.FINANCIERING, begin,
                              begin + timedelta(days=dagen), wetsvoorstel_ingediend=True)
    besluit = experiment(feiten, BOEK.stand(date(2026, 3, 1)))
    assert besluit.toegestaan
    assert besluit.maximale_einddatum is None


def test_een_ander_doel_valt_buiten_art_83_ook_met_goede_artikelen() -> None:
    feiten = Experimentfeiten((Experimentafwijking("9"),), Experimentdoel.ANDERS, date(2026, 4, 1), date(2027, 4, 1))
    besluit = experiment(feiten, BOEK.stand(date(2026, 3, 1)))
    assert (besluit.toegestaan, besluit.grondslag) == (False, "art. 83 lid 1 Pw")


def test_een_experiment_dat_eindigt_voor_het_begint_bestaat_niet() -> None:
    feiten = Experimentfeiten((Experimentafwijking("9"),), Experimentdoel.FINANCIERING, date(2026, 4, 1),
                              date(2026, 3, 31))
    with pytest.raises(OngeldigeFeiten):
        experiment(feiten, BOEK.stand(date(2026, 3, 1)))
