"""M13: eigenschappen van de inkomstenvrijlating die voor elk bedrag en elke maand gelden, naast de feature."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import (
    Inkomstenvrijlatingfeiten,
    OngeldigeFeiten,
    Persoon,
    Vrijlatingstand,
    inkomstenvrijlating,
    parameterboek,
)
from reference.waarden import Bedrag

BOEK = parameterboek()  # eenmaal ingelezen, buiten de tijdsgrens van hypothesis
BEDRAGEN = st.decimals(min_value=0, max_value=10000, places=2).map(Bedrag)
PEILDATA = st.dates(min_value=date(2025, 7, 1), max_value=date(2028, 12, 31))
STANDEN = st.builds(
    Vrijlatingstand,
    college_acht_bijdragen_aan_arbeidsinschakeling=st.booleans(),
    maanden_gebruikt=st.integers(0, 40),
    verlenging_maanden=st.integers(0, 24),
    college_acht_uitbreiding_arbeidsomvang_niet_mogelijk=st.booleans(),
    nieuw_dienstverband=st.booleans(),
    college_past_nogmaals_toe=st.booleans(),
    medisch_urenbeperkt=st.booleans(),
    leeftijd_kind_met_volledige_zorg=st.none() | st.integers(0, 17),
    maanden_alleenstaande_ouder_gebruikt=st.integers(0, 40),
    doelgroep_loonkostensubsidie=st.booleans(),
    maanden_doelgroep_gebruikt=st.integers(0, 30),
)
PERSONEN = st.builds(Persoon, leeftijd=st.integers(18, 90), aow_leeftijd_bereikt=st.booleans())
MAXIMUM_2026 = {
    "art. 31 lid 2 onder n Pw": Bedrag.van("285.00"),
    "art. 31 lid 2 onder r Pw": Bedrag.van("177.66"),
    "art. 31 lid 2 onder y Pw": Bedrag.van("180.19"),
    "art. 31 lid 2 onder z Pw": Bedrag.van("180.19"),
    "art. 31 lid 2 onder aa Pw": Bedrag.van("180.19"),
}


GEEN_STAND = Vrijlatingstand()
VEERTIGER = Persoon(45)


def _besluit(inkomsten: Bedrag, peildatum: date, stand: Vrijlatingstand = GEEN_STAND,
             persoon: Persoon = VEERTIGER, ouder: bool = False, vervroegd: date | None = None
             ) -> tuple[Bedrag, str | None, str]:
    besluit = inkomstenvrijlating(Inkomstenvrijlatingfeiten(inkomsten, persoon, ouder, stand, vervroegd),
                                  BOEK.stand(peildatum))
    return besluit.vrijgelaten, besluit.onderdeel, besluit.grondslag


@settings(deadline=None)  # de machine wordt gedeeld; de tijd van één voorbeeld zegt hier niets
@given(BEDRAGEN, PEILDATA, STANDEN, PERSONEN, st.booleans())
def test_vrijgelaten_en_verrekend_zijn_samen_precies_de_inkomsten(
    inkomsten: Bedrag, peildatum: date, stand: Vrijlatingstand, persoon: Persoon, ouder: bool
) -> None:
    besluit = inkomstenvrijlating(Inkomstenvrijlatingfeiten(inkomsten, persoon, ouder, stand),
                                  BOEK.stand(peildatum))
    assert besluit.vrijgelaten + besluit.in_aanmerking_genomen == inkomsten
    assert Bedrag.nul() <= besluit.vrijgelaten <= inkomsten
    assert (besluit.onderdeel is None) == (besluit.grondslag == "art. 31 lid 1 Pw")
    if besluit.maximum is not None:
        assert besluit.vrijgelaten <= besluit.maximum
    if besluit.onderdeel is None:
        assert besluit.vrijgelaten == Bedrag.nul()


@settings(deadline=None)  # de machine wordt gedeeld; de tijd van één voorbeeld zegt hier niets
@given(BEDRAGEN, st.dates(date(2027, 1, 1), date(2028, 12, 31)), STANDEN)
def test_vanaf_2027_blijft_onder_de_aow_leeftijd_vijftien_procent_vrij_zonder_maximum(
    inkomsten: Bedrag, peildatum: date, stand: Vrijlatingstand
) -> None:
    vrij, onderdeel, _ = _besluit(inkomsten, peildatum, stand)
    if onderdeel is not None:
        assert onderdeel.startswith("art. 34a")
        assert vrij.waarde == (inkomsten.waarde * Decimal("0.15")).quantize(Decimal("0.01"), ROUND_HALF_UP)


@settings(deadline=None)  # de machine wordt gedeeld; de tijd van één voorbeeld zegt hier niets
@given(BEDRAGEN, st.dates(date(2027, 1, 1), date(2028, 12, 31)))
def test_vanaf_2027_houdt_de_pensioengerechtigde_een_kwart_tot_226_euro(inkomsten: Bedrag, peildatum: date) -> None:
    vrij, onderdeel, _ = _besluit(inkomsten, peildatum, persoon=Persoon(70, aow_leeftijd_bereikt=True))
    kwart = (inkomsten.waarde / 4).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert onderdeel == "art. 34a lid 1 onder c Pw"
    assert vrij.waarde == min(kwart, Decimal("226.00"))


@settings(deadline=None)  # de machine wordt gedeeld; de tijd van één voorbeeld zegt hier niets
@given(BEDRAGEN, st.dates(date(2026, 1, 1), date(2026, 12, 31)), STANDEN, PERSONEN, st.booleans())
def test_in_2026_begrenzen_de_maxima_van_de_normenbrief_elke_vrijlating(
    inkomsten: Bedrag, peildatum: date, stand: Vrijlatingstand, persoon: Persoon, ouder: bool
) -> None:
    vrij, onderdeel, _ = _besluit(inkomsten, peildatum, stand, persoon, ouder)
    if onderdeel is not None:
        assert vrij <= MAXIMUM_2026[onderdeel]
    if persoon.leeftijd < 27:
        assert onderdeel not in ("art. 31 lid 2 onder n Pw", "art. 31 lid 2 onder r Pw")


@pytest.mark.parametrize(("gebruikt", "verlenging", "oordeel", "onderdeel"), [
    (11, 0, False, "art. 34a lid 1 onder a Pw"),
    (12, 0, False, None),
    (12, 3, True, "art. 34a lid 2 Pw"),
    (14, 3, True, "art. 34a lid 2 Pw"),
    (15, 3, True, None),
    (12, 3, False, None),
])
def test_de_periode_en_de_verlenging_eindigen_op_de_juiste_maand(gebruikt: int, verlenging: int, oordeel: bool,
                                                                 onderdeel: str | None) -> None:
    stand = Vrijlatingstand(True, gebruikt, verlenging, oordeel)
    assert _besluit(Bedrag.van("100.00"), date(2027, 6, 1), stand)[1] == onderdeel


def test_nogmaals_toepassen_vraagt_dienstverband_besluit_en_oordeel() -> None:
    for dienstverband, besluit, oordeel in [(True, True, False), (True, False, True), (False, True, True)]:
        stand = Vrijlatingstand(oordeel, 12, nieuw_dienstverband=dienstverband, college_past_nogmaals_toe=besluit)
        assert _besluit(Bedrag.van("100.00"), date(2027, 6, 1), stand)[1] is None
    stand = Vrijlatingstand(True, 12, nieuw_dienstverband=True, college_past_nogmaals_toe=True)
    assert _besluit(Bedrag.van("100.00"), date(2027, 6, 1), stand)[1] == "art. 34a lid 3 Pw"


@pytest.mark.parametrize(("peildatum", "vanaf", "onderdeel"), [
    (date(2026, 3, 31), date(2026, 4, 1), "art. 31 lid 2 onder n Pw"),
    (date(2026, 4, 1), date(2026, 4, 1), "art. 34a lid 1 onder a Pw"),
    (date(2026, 4, 1), date(2027, 1, 1), "art. 31 lid 2 onder n Pw"),
    (date(2027, 1, 1), date(2027, 1, 1), "art. 34a lid 1 onder a Pw"),
    (date(2026, 4, 1), None, "art. 31 lid 2 onder n Pw"),
])
def test_vervroegde_toepassing_geldt_vanaf_de_datum_van_het_beleid(peildatum: date, vanaf: date | None,
                                                                   onderdeel: str) -> None:
    vrij, gevonden, _ = _besluit(Bedrag.van("600.00"), peildatum, Vrijlatingstand(True, 2), vervroegd=vanaf)
    assert gevonden == onderdeel
    assert vrij == Bedrag.van("90.00" if "34a" in onderdeel else "150.00")


def test_vervroegd_voor_2026_is_een_ongeldig_feit() -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        _besluit(Bedrag.van("600.00"), date(2026, 4, 1), vervroegd=date(2025, 12, 31))
    assert [b.veld for b in fout.value.bezwaren] == ["beleid.inkomstenvrijlatingVervroegdVanaf"]


def test_de_alleenstaande_ouder_volgt_uit_het_huishouden() -> None:
    from reference import Huishouden
    feiten = Inkomstenvrijlatingfeiten.van_belanghebbende(
        Huishouden(Persoon(35), ten_laste_komende_kinderen=1), Bedrag.van("1000.00"),
        Vrijlatingstand(True, 6, leeftijd_kind_met_volledige_zorg=8))
    besluit = inkomstenvrijlating(feiten, BOEK.stand(date(2026, 5, 1)))
    assert (besluit.onderdeel, besluit.vrijgelaten) == ("art. 31 lid 2 onder r Pw", Bedrag.van("125.00"))


def test_de_uitleg_noemt_het_artikel_en_de_parameters_met_bron() -> None:
    besluit = inkomstenvrijlating(Inkomstenvrijlatingfeiten(Bedrag.van("600.00"), Persoon(45), False,
                                                            Vrijlatingstand(True, 2)),
                                  BOEK.stand(date(2027, 2, 1)))
    [stap] = besluit.uitleg.stappen
    assert stap.artikel == "art. 34a lid 1 onder a Pw"
    assert {p.naam for p in stap.parameters} == {"inkomstenvrijlating.art34a_percentage_onder_aow",
                                                 "inkomstenvrijlating.art34a_duur_onder_aow"}
    assert all("34a" in p.bron for p in stap.parameters)


def test_de_api_weigert_elk_onjuist_veld_tegelijk(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/inkomstenvrijlating", json={
        "peildatum": "2027-02-30", "inkomstenUitArbeid": "-1.00", "huishouden": {},
        "vrijlating": {"maandenGebruikt": -1}})
    assert antwoord.status_code == 400
    assert {p["name"] for p in antwoord.get_json()["invalidParams"]} == {
        "peildatum", "inkomstenUitArbeid", "huishouden.belanghebbende", "vrijlating.maandenGebruikt"}
