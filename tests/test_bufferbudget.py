"""M14: eigenschappen van het bufferbudget die voor elk bedrag gelden, naast de scenario's in de feature."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import (
    Bufferbudgetfeiten,
    Huishouden,
    OngeldigeFeiten,
    Persoon,
    bufferbudget,
    kostendelersnorm,
    parameterboek,
)
from reference.maatregelen.bufferbudget import helften
from reference.waarden import Bedrag

BOEK = parameterboek()
BEDRAGEN = st.decimals(min_value=0, max_value=3000, places=2).map(Bedrag)
ALLEEN = Huishouden(Persoon(45))
ECHTPAAR = Huishouden(Persoon(40), partner=Persoon(38))
MAXIMUM = Bedrag.van("1000.00")


def _feiten(huishouden: Huishouden = ALLEEN, beschikbaar: str = "1000.00", **anders: object) -> Bufferbudgetfeiten:
    return Bufferbudgetfeiten(huishouden, Bedrag.van(beschikbaar), True, True, True, **anders)  # type: ignore[arg-type]


@settings(deadline=None)  # de machine wordt gedeeld; de tijd van één voorbeeld zegt hier niets
@given(BEDRAGEN, BEDRAGEN, st.none() | BEDRAGEN, BEDRAGEN, st.dates(date(2027, 1, 1), date(2028, 12, 31)))
def test_nooit_meer_dan_wat_er_dit_kalenderjaar_nog_is(beschikbaar: Bedrag, gebruikt: Bedrag,
                                                     gevraagd: Bedrag | None, vereffenen: Bedrag,
                                                     peildatum: date) -> None:
    besluit = bufferbudget(Bufferbudgetfeiten(ALLEEN, beschikbaar, True, True, True, gebruikt, gevraagd, vereffenen),
                           BOEK.stand(peildatum))
    ruimte = (MAXIMUM - gebruikt).niet_negatief()
    assert besluit.van_toepassing
    assert besluit.ingezet == besluit.betaald + besluit.vereffend
    assert besluit.ingezet <= ruimte
    assert besluit.resterend_budget == ruimte - besluit.ingezet
    assert besluit.betaald <= (besluit.tekort if gevraagd is None else gevraagd)
    assert besluit.vereffend <= vereffenen


@settings(deadline=None)
@given(BEDRAGEN, st.dates(date(2025, 7, 1), date(2026, 12, 31)))
def test_voor_2027_wordt_nooit_iets_ingezet(beschikbaar: Bedrag, peildatum: date) -> None:
    besluit = bufferbudget(Bufferbudgetfeiten(ALLEEN, beschikbaar, True, True, True), BOEK.stand(peildatum))
    assert not besluit.van_toepassing
    assert (besluit.ingezet, besluit.resterend_budget, besluit.van_toepassing_vanaf) == (
        Bedrag.nul(), None, date(2027, 1, 1))


@given(BEDRAGEN)
def test_de_helften_zijn_samen_het_geheel_en_verschillen_hooguit_een_cent(bedrag: Bedrag) -> None:
    eerste, tweede = helften(bedrag)
    assert eerste + tweede == bedrag
    assert Bedrag.nul() <= eerste - tweede <= Bedrag.van("0.01")


def test_de_norm_komt_uit_de_normregel_van_het_huishouden() -> None:
    stand = BOEK.stand(date(2027, 3, 1))
    besluit = bufferbudget(_feiten(ECHTPAAR, "1500.00"), stand)
    assert besluit.norm == kostendelersnorm(ECHTPAAR, stand).norm
    assert besluit.tekort == besluit.norm - Bedrag.van("1500.00")


@pytest.mark.parametrize(("huishouden", "per_echtgenoot"), [
    (ECHTPAAR, (Bedrag.van("150.01"), Bedrag.van("150.00"))),
    (Huishouden(Persoon(40), partner=Persoon(38), partner_heeft_recht=False), (Bedrag.van("300.01"),)),
    (ALLEEN, (Bedrag.van("300.01"),)),
])
def test_alleen_twee_rechthebbende_echtgenoten_krijgen_ieder_de_helft(
    huishouden: Huishouden, per_echtgenoot: tuple[Bedrag, ...]
) -> None:
    besluit = bufferbudget(_feiten(huishouden, "100.00", bedrag_naar_oordeel_college=Bedrag.van("300.01")),
                           BOEK.stand(date(2027, 3, 1)))
    assert besluit.per_echtgenoot == per_echtgenoot


@pytest.mark.parametrize(("ontvangt", "instabiel", "oordeel"), [
    (False, True, True), (True, False, True), (True, True, False),
])
def test_elke_voorwaarde_van_lid_1_is_nodig(ontvangt: bool, instabiel: bool, oordeel: bool) -> None:
    besluit = bufferbudget(Bufferbudgetfeiten(ALLEEN, Bedrag.van("100.00"), ontvangt, instabiel, oordeel),
                           BOEK.stand(date(2027, 3, 1)))
    assert not besluit.van_toepassing
    assert besluit.resterend_budget == MAXIMUM


def test_een_gemeente_mag_minder_maar_niet_meer_inzetten() -> None:
    stand = BOEK.stand(date(2027, 3, 1))
    lager = bufferbudget(_feiten(maximum_beleid=Bedrag.van("400.00")), stand)
    assert lager.resterend_budget == Bedrag.van("400.00") - lager.ingezet
    with pytest.raises(OngeldigeFeiten) as fout:
        bufferbudget(_feiten(maximum_beleid=Bedrag.van("1000.01")), stand)
    assert [b.veld for b in fout.value.bezwaren] == ["beleid.bufferbudgetMaximumPerKalenderjaar"]
    vooraf = bufferbudget(_feiten(maximum_beleid=Bedrag.van("1000.01")), BOEK.stand(date(2026, 3, 1)))
    assert not vooraf.van_toepassing
