"""M25: de drempel van art. 35 lid 2 Pw per peildatum, en welke vormen op welke dag nog kunnen."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reference import (
    Bijzonderebijstandfeiten,
    OngeldigeFeiten,
    VormBijzondereBijstand,
    categoriale_bijzondere_bijstand,
    parameterboek,
)
from reference.waarden import Bedrag

BOEK = parameterboek()  # eenmaal inlezen, buiten de tijdslimiet van hypothesis
KOSTEN = st.decimals(min_value=0, max_value=1000, places=2).map(Bedrag)
INDIVIDUEEL = VormBijzondereBijstand.INDIVIDUEEL


@given(KOSTEN, st.sampled_from([(date(2025, 12, 31), "170.00"), (date(2026, 1, 1), "176.00")]))
def test_het_college_kan_weigeren_precies_tot_en_met_de_drempel(kosten: Bedrag, dag: tuple[date, str]) -> None:
    peildatum, drempel = dag
    besluit = categoriale_bijzondere_bijstand(Bijzonderebijstandfeiten(INDIVIDUEEL, kosten), BOEK.stand(peildatum))
    assert besluit.drempel == Bedrag.van(drempel)
    assert besluit.college_kan_weigeren is (kosten <= Bedrag.van(drempel))
    assert besluit.kan_worden_verleend


@given(KOSTEN, st.decimals(min_value=0, max_value=176, places=2).map(Bedrag))
def test_een_lagere_drempel_van_de_gemeente_vervangt_die_van_de_wet(kosten: Bedrag, drempel: Bedrag) -> None:
    besluit = categoriale_bijzondere_bijstand(Bijzonderebijstandfeiten(INDIVIDUEEL, kosten, drempel_beleid=drempel),
                                              BOEK.stand(date(2026, 3, 1)))
    assert besluit.drempel == drempel
    assert besluit.college_kan_weigeren is (kosten <= drempel)


@pytest.mark.parametrize(("vorm", "laatste_dag"), [(VormBijzondereBijstand.ENERGIETOESLAG_2022, date(2023, 6, 30)),
                                                   (VormBijzondereBijstand.ENERGIETOESLAG_2023, date(2024, 8, 31))])
@pytest.mark.parametrize("dagen_na", [0, 1])
def test_de_energietoeslag_kan_tot_en_met_de_dag_in_de_wet(vorm: VormBijzondereBijstand, laatste_dag: date,
                                                          dagen_na: int) -> None:
    peildatum = date.fromordinal(laatste_dag.toordinal() + dagen_na)
    besluit = categoriale_bijzondere_bijstand(Bijzonderebijstandfeiten(vorm, leeftijd=40), BOEK.stand(peildatum))
    assert besluit.kan_worden_verleend is (dagen_na == 0)
    assert (besluit.zonder_toetsing_kosten, besluit.ambtshalve, besluit.drempel) == (True, True, None)


@pytest.mark.parametrize(("feiten", "onderdeel"), [
    ({"leeftijd": 18}, "a"), ({"leeftijd": 20}, "a"), ({"leeftijd": 30, "aanspraak_op_studiefinanciering": True}, "b"),
    ({"leeftijd": 30, "alleen_briefadres": True}, "c"),
])
def test_lid_5_sluit_alleen_de_energietoeslag_over_2023_uit(feiten: dict[str, object], onderdeel: str) -> None:
    stand = BOEK.stand(date(2023, 6, 1))
    for vorm, uitgesloten in ((VormBijzondereBijstand.ENERGIETOESLAG_2023, True),
                              (VormBijzondereBijstand.ENERGIETOESLAG_2022, False)):
        besluit = categoriale_bijzondere_bijstand(Bijzonderebijstandfeiten(vorm, **feiten), stand)  # type: ignore[arg-type]
        assert besluit.kan_worden_verleend is not uitgesloten
        if uitgesloten:
            assert besluit.grondslag == f"art. 35 lid 5 onder {onderdeel} Pw"


@pytest.mark.parametrize(("feiten", "veld"), [
    (Bijzonderebijstandfeiten(INDIVIDUEEL), "kostenBinnenTwaalfMaanden"),
    (Bijzonderebijstandfeiten(INDIVIDUEEL, Bedrag.van("10.00"), drempel_beleid=Bedrag.van("176.01")),
     "beleid.bijzondereBijstandDrempel"),
    (Bijzonderebijstandfeiten(VormBijzondereBijstand.ENERGIETOESLAG_2023), "leeftijd"),
])
def test_ontbrekende_of_onmogelijke_feiten_noemen_hun_veld(feiten: Bijzonderebijstandfeiten, veld: str) -> None:
    peildatum = date(2024, 3, 1) if veld == "leeftijd" else date(2026, 3, 1)
    with pytest.raises(OngeldigeFeiten) as fout:
        categoriale_bijzondere_bijstand(feiten, BOEK.stand(peildatum))
    assert [b.veld for b in fout.value.bezwaren] == [veld]
