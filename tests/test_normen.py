"""Eigenschappen van de bijstandsnorm en de kostendelersnorm die voor elke invoer gelden."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from reference import Huishouden, Medebewoner, Persoon, kostendelersnorm, parameterboek
from reference.waarden import Bedrag

PEILDATA = st.sampled_from([date(2025, 12, 31), date(2026, 1, 1), date(2026, 7, 1)])


@given(PEILDATA, st.integers(min_value=21, max_value=66), st.integers(min_value=1, max_value=8))
def test_meer_kostendelers_geeft_nooit_een_hogere_norm(peildatum: date, leeftijd: int, aantal: int) -> None:
    stand = parameterboek().stand(peildatum)
    minder = kostendelersnorm(Huishouden(Persoon(leeftijd), medebewoners=(Medebewoner(40),) * aantal), stand)
    meer = kostendelersnorm(Huishouden(Persoon(leeftijd), medebewoners=(Medebewoner(40),) * (aantal + 1)), stand)
    assert meer.norm <= minder.norm
    assert minder.kostendelersnorm_van_toepassing


@given(PEILDATA, st.integers(min_value=1, max_value=10))
def test_de_kostendelersnorm_ligt_tussen_30_procent_en_de_helft_van_de_gehuwdennorm(
    peildatum: date, aantal: int
) -> None:
    stand = parameterboek().stand(peildatum)
    b = stand.bedrag("normen.gehuwden_21_tot_aow").waarde.waarde
    norm = kostendelersnorm(Huishouden(Persoon(30), medebewoners=(Medebewoner(30),) * aantal), stand).norm
    assert b * Decimal("0.30") <= norm.waarde + Decimal("0.01")
    assert norm.waarde <= (b / 2).quantize(Decimal("0.01")) + Decimal("0.01")


@given(st.integers(min_value=0, max_value=26))
def test_een_medebewoner_jonger_dan_27_telt_nooit_mee(leeftijd: int) -> None:
    besluit = kostendelersnorm(Huishouden(Persoon(40), medebewoners=(Medebewoner(leeftijd),)),
                               parameterboek().stand(date(2026, 1, 1)))
    assert not besluit.kostendelersnorm_van_toepassing
    assert besluit.norm == Bedrag.van("1401.50")


def test_elke_stap_van_de_uitleg_noemt_een_artikel() -> None:
    besluit = kostendelersnorm(Huishouden(Persoon(40), medebewoners=(Medebewoner(30),)),
                               parameterboek().stand(date(2026, 1, 1)))
    assert all(stap.artikel.endswith("Pw") for stap in besluit.uitleg.stappen)
    gebruikt = {p.naam for stap in besluit.uitleg.stappen for p in stap.parameters}
    assert {"normen.gehuwden_21_tot_aow", "kostendelersnorm.basispercentage"} <= gebruikt
