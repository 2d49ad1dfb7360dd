"""M18: de toerekening van betalingen aan maanden verliest of verdubbelt nooit een cent (voorlopig)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import Betaling, Maand, OngeldigeFeiten, Verrekeningsfeiten, parameterboek, verrekening_inkomsten
from reference.maatregelen.verrekening_inkomsten import deel_in
from reference.waarden import Bedrag

BOEK = parameterboek()
BEDRAGEN = st.decimals(min_value=0, max_value=5000, places=2).map(Bedrag)


@st.composite
def betalingen(draw: st.DrawFn, jaar: int) -> Betaling:
    ontvangen = Maand(jaar, draw(st.integers(3, 9)))
    van = ontvangen.plus(draw(st.integers(-2, 2)))
    return Betaling(draw(BEDRAGEN), ontvangen, van, van.plus(draw(st.integers(0, 3))))


def _over_maanden(betaling: Betaling, jaar: int, peildatum: date) -> Bedrag:
    totaal = Bedrag.nul()
    for nummer in range(-1, 15):
        maand = Maand(jaar, 1).plus(nummer)
        totaal = totaal + verrekening_inkomsten(Verrekeningsfeiten(maand, (betaling,)),
                                                BOEK.stand(peildatum)).in_aanmerking_genomen
    return totaal


@settings(deadline=None)  # de machine wordt gedeeld; de tijd van één voorbeeld zegt hier niets
@given(betalingen(2027))
def test_vanaf_2027_telt_elke_betaling_precies_een_keer(betaling: Betaling) -> None:
    assert _over_maanden(betaling, 2027, date(2027, 6, 1)) == betaling.bedrag


@settings(deadline=None)
@given(betalingen(2026))
def test_voor_2027_telt_elke_betaling_precies_een_keer(betaling: Betaling) -> None:
    assert _over_maanden(betaling, 2026, date(2026, 6, 1)) == betaling.bedrag


@given(BEDRAGEN, st.integers(1, 24))
def test_gelijke_delen_met_het_restant_in_de_laatste_maand(bedrag: Bedrag, maanden: int) -> None:
    betaling = Betaling(bedrag, Maand(2027, 1), Maand(2027, 1), Maand(2027, 1).plus(maanden - 1))
    delen = [deel_in(betaling, index, index) for index in range(2027 * 12, 2027 * 12 + maanden)]
    assert sum((d.waarde for d in delen), Bedrag.nul().waarde) == bedrag.waarde
    assert len(set(delen[:-1])) <= 1
    assert delen[-1] >= delen[0]


@pytest.mark.parametrize(("peildatum", "maand", "verwacht"), [
    (date(2026, 6, 1), Maand(2026, 5), "600.00"),
    (date(2026, 6, 1), Maand(2026, 6), "0.00"),
    (date(2027, 6, 1), Maand(2027, 5), "0.00"),
    (date(2027, 6, 1), Maand(2027, 6), "600.00"),
])
def test_loon_over_mei_dat_in_juni_binnenkomt(peildatum: date, maand: Maand, verwacht: str) -> None:
    betaling = Betaling(Bedrag.van("600.00"), Maand(maand.jaar, 6), Maand(maand.jaar, 5))
    besluit = verrekening_inkomsten(Verrekeningsfeiten(maand, (betaling,)), BOEK.stand(peildatum))
    assert besluit.in_aanmerking_genomen == Bedrag.van(verwacht)


def test_onbelast_en_voor_de_bijstand_tellen_in_beide_stelsels_niet() -> None:
    for peildatum in (date(2026, 6, 1), date(2027, 6, 1)):
        maand = Maand(peildatum.year, 6)
        onbelast = Betaling(Bedrag.van("40.00"), maand, onbelaste_vergoeding=True)
        eerder = Betaling(Bedrag.van("600.00"), maand, Maand(peildatum.year, 5))
        besluit = verrekening_inkomsten(Verrekeningsfeiten(maand, (onbelast, eerder), maand), BOEK.stand(peildatum))
        assert besluit.in_aanmerking_genomen == Bedrag.nul()
        assert besluit.ontvangen_in_de_maand == Bedrag.van("640.00")


def test_een_periode_die_eindigt_voor_zij_begint_noemt_de_betaling() -> None:
    goed = Betaling(Bedrag.van("1.00"), Maand(2027, 1))
    fout = Betaling(Bedrag.van("1.00"), Maand(2027, 1), Maand(2027, 3), Maand(2027, 2))
    with pytest.raises(OngeldigeFeiten) as bezwaar:
        verrekening_inkomsten(Verrekeningsfeiten(Maand(2027, 1), (goed, fout)), BOEK.stand(date(2027, 1, 1)))
    assert [b.veld for b in bezwaar.value.bezwaren] == ["betalingen.1.betreftTot"]


@pytest.mark.parametrize(("betaling", "peildatum", "lezingen"), [
    # loon over februari, ontvangen in maart: vóór 2027 telt het in februari, volgens een andere lezing in maart
    (Betaling(Bedrag.van("900.00"), Maand(2026, 3), Maand(2026, 2)), date(2026, 3, 10), {"M18-betrekking-tot-2027"}),
    # ontvangen in de enige maand waarop het betrekking heeft: beide lezingen tellen het in die maand
    (Betaling(Bedrag.van("900.00"), Maand(2026, 3)), date(2026, 3, 10), set()),
    (Betaling(Bedrag.van("900.00"), Maand(2026, 3), onbelaste_vergoeding=True), date(2026, 3, 10), set()),
    (Betaling(Bedrag.van("900.00"), Maand(2026, 3), Maand(2026, 3), Maand(2026, 5)), date(2026, 3, 10),
     {"M18-betrekking-tot-2027", "M18-gelijke-delen"}),
    (Betaling(Bedrag.van("900.00"), Maand(2027, 3)), date(2027, 3, 10), {"M18-tekst-2027"}),
])
def test_een_toerekening_die_de_bronnen_niet_beslechten_is_voorlopig_in_de_uitleg(
        betaling: Betaling, peildatum: date, lezingen: set[str]) -> None:
    maand = Maand(peildatum.year, peildatum.month)
    besluit = verrekening_inkomsten(Verrekeningsfeiten(maand, (betaling,)), BOEK.stand(peildatum))
    assert {lezing.id for lezing in besluit.uitleg.lezingen} == lezingen
    assert besluit.uitleg.voorlopig == bool(lezingen)
