"""M21: een tijdelijke ontheffing heeft altijd een einde binnen het beleidsmaximum; lid 5 geldt voor onbepaalde tijd."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reference import OngeldigeFeiten, Ontheffingsfeiten, Ontheffingsgrond, ontheffing, parameterboek
from reference.waarden import plus_maanden

PEILDATA = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))

BOEK = parameterboek()  # eenmaal inlezen, buiten de tijdslimiet van hypothesis


@given(PEILDATA, st.integers(min_value=0, max_value=2000), st.one_of(st.none(), st.integers(1, 36)))
def test_de_ontheffing_eindigt_op_de_gekozen_dag_of_eerder_bij_een_beleidsmaximum(
    peildatum: date, dagen: int, maximum: int | None
) -> None:
    gekozen = peildatum + timedelta(days=dagen)
    besluit = ontheffing(Ontheffingsfeiten(dringende_redenen=True, tot_en_met=gekozen, maximale_duur_beleid=maximum),
                         BOEK.stand(peildatum))
    assert (besluit.ontheffing, besluit.onbepaalde_tijd) == (True, False)
    assert besluit.tot_en_met is not None
    assert peildatum <= besluit.tot_en_met <= gekozen
    if maximum is not None:
        assert besluit.tot_en_met < plus_maanden(peildatum, maximum)
    assert besluit.onderdelen == ("a", "c")


@pytest.mark.parametrize(("zorgtaken", "voorziening", "verwacht"), [
    (True, False, Ontheffingsgrond.ZORGTAKEN), (True, True, None), (False, False, None)])
def test_zorgtaken_zijn_alleen_dringende_redenen_als_een_voorziening_ze_niet_opvangt(
    zorgtaken: bool, voorziening: bool, verwacht: Ontheffingsgrond | None
) -> None:
    feiten = Ontheffingsfeiten(zorgtaken=zorgtaken, zorgtaken_te_ondervangen_met_voorziening=voorziening,
                               tot_en_met=date(2026, 12, 31))
    besluit = ontheffing(feiten, BOEK.stand(date(2026, 3, 1)))
    assert besluit.grond is verwacht
    assert besluit.ontheffing is (verwacht is not None)


@given(PEILDATA, st.booleans())
def test_volledig_en_duurzaam_arbeidsongeschikt_gaat_voor_en_geldt_voor_onbepaalde_tijd(
    peildatum: date, dringend: bool
) -> None:
    feiten = Ontheffingsfeiten(volledig_en_duurzaam_arbeidsongeschikt=True, dringende_redenen=dringend)
    besluit = ontheffing(feiten, BOEK.stand(peildatum))
    assert (besluit.van_rechtswege, besluit.onbepaalde_tijd, besluit.tot_en_met) == (True, True, None)
    assert besluit.onderdelen == ("a", "b", "c")


@pytest.mark.parametrize("einde", [None, date(2026, 2, 28)])
def test_een_ontheffing_op_grond_van_lid_2_vraagt_een_einde_op_of_na_de_peildatum(einde: date | None) -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        ontheffing(Ontheffingsfeiten(dringende_redenen=True, tot_en_met=einde), BOEK.stand(date(2026, 3, 1)))
    assert [b.veld for b in fout.value.bezwaren] == ["ontheffingTotEnMet"]


def test_in_2027_geldt_voorlopig_de_tekst_van_2026_en_de_uitleg_zegt_dat() -> None:
    feiten = Ontheffingsfeiten(dringende_redenen=True, tot_en_met=date(2027, 6, 30))
    oud = ontheffing(feiten, BOEK.stand(date(2026, 12, 31)))
    nieuw = ontheffing(feiten, BOEK.stand(date(2027, 1, 1)))
    assert (oud.ontheffing, oud.tot_en_met, oud.grondslag) == (nieuw.ontheffing, nieuw.tot_en_met, nieuw.grondslag)
    assert [lezing.id for lezing in nieuw.uitleg.lezingen] == ["M21-tekst-2027"]
    assert nieuw.uitleg.voorlopig
    assert not oud.uitleg.voorlopig
