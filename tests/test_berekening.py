"""De maandberekening: samenstelling van de regels, de rekenkundige samenhang en de API (BER)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import (
    Beleidskeuzes,
    Berekeningsfeiten,
    Huishouden,
    Inkomstenvrijlatingfeiten,
    Maand,
    Maandinkomsten,
    OngeldigeFeiten,
    Persoon,
    Vrijlatingstand,
    bereken_bijstand,
    inkomstenvrijlating,
    kostendelersnorm,
    parameterboek,
)
from reference.waarden import Bedrag

BOEK = parameterboek()
BEDRAGEN = st.decimals(min_value=0, max_value=3000, places=2).map(Bedrag)
MAANDEN = st.builds(Maand, st.integers(2025, 2028), st.integers(1, 12)).filter(lambda m: m >= Maand(2025, 7))
HUISHOUDENS = st.sampled_from([
    Huishouden(Persoon(35)),
    Huishouden(Persoon(40), partner=Persoon(38)),
    Huishouden(Persoon(30), ten_laste_komende_kinderen=2),
    Huishouden(Persoon(70, aow_leeftijd_bereikt=True)),
])
STANDEN = st.builds(Vrijlatingstand, st.booleans(), st.integers(0, 20))
PAD = "/v1/berekeningen/bijstand"


def _bereken(maand: Maand, huishouden: Huishouden, inkomsten: Maandinkomsten,
             vrijlating: Vrijlatingstand | None = None, beleid: Beleidskeuzes | None = None) -> object:
    return bereken_bijstand(Berekeningsfeiten(maand, huishouden, inkomsten, vrijlating=vrijlating or Vrijlatingstand(),
                                              beleid=beleid or Beleidskeuzes()), BOEK.stand(maand.eerste_dag))


@settings(deadline=None)  # de machine wordt gedeeld; de tijd van één voorbeeld zegt hier niets
@given(MAANDEN, HUISHOUDENS, BEDRAGEN, BEDRAGEN, STANDEN)
def test_betaald_en_gereserveerd_zijn_samen_nooit_meer_dan_de_norm_min_het_inkomen(
    maand: Maand, huishouden: Huishouden, loon: Bedrag, overig: Bedrag, vrijlating: Vrijlatingstand
) -> None:
    uitkomst = bereken_bijstand(Berekeningsfeiten(maand, huishouden, Maandinkomsten(loon, overige_inkomsten=overig),
                                                  vrijlating=vrijlating), BOEK.stand(maand.eerste_dag))
    norm, inkomen = uitkomst.norm, uitkomst.inkomen_in_aanmerking
    assert inkomen == uitkomst.inkomsten_uit_arbeid_in_aanmerking + overig
    assert uitkomst.inkomsten_uit_arbeid_in_aanmerking + uitkomst.vrijgelaten_inkomsten_uit_arbeid == loon
    assert uitkomst.recht == (inkomen < norm)
    assert uitkomst.te_betalen <= uitkomst.kale_uitkering
    assert uitkomst.te_betalen + uitkomst.vakantietoeslag_gereserveerd <= (norm - inkomen).niet_negatief()
    # wat ontbreekt, is de vakantieaanspraak over het loon (art. 31 lid 4 Pw; ook in 2026), ten hoogste 8 %
    tekort = (norm - inkomen).niet_negatief() - uitkomst.te_betalen - uitkomst.vakantietoeslag_gereserveerd
    assert tekort.waarde <= loon.waarde * Decimal("0.08") + Decimal("0.005")
    assert uitkomst.beschikbaar_in_de_maand == loon + overig + uitkomst.te_betalen
    assert not uitkomst.minder_dan_kale_uitkering


@settings(deadline=None)
@given(MAANDEN, HUISHOUDENS, BEDRAGEN, STANDEN)
def test_de_berekening_gebruikt_dezelfde_regels_als_de_afzonderlijke_beoordelingen(
    maand: Maand, huishouden: Huishouden, loon: Bedrag, vrijlating: Vrijlatingstand
) -> None:
    stand = BOEK.stand(maand.eerste_dag)
    uitkomst = bereken_bijstand(Berekeningsfeiten(maand, huishouden, Maandinkomsten(loon), vrijlating=vrijlating),
                                stand)
    assert uitkomst.norm == kostendelersnorm(huishouden, stand).norm
    if maand < Maand(2027, 1):  # vanaf 2027 gaat M19 vóór, maar zonder vakantiegeld verandert dat het loon niet
        vrij = inkomstenvrijlating(Inkomstenvrijlatingfeiten.van_belanghebbende(huishouden, loon, vrijlating), stand)
        assert (uitkomst.vrijgelaten_inkomsten_uit_arbeid, uitkomst.grondslag_inkomstenvrijlating) == (
            vrij.vrijgelaten, vrij.onderdeel)


def test_de_vakantietoeslag_is_vijf_procent_van_de_norm_op_centen() -> None:
    uitkomst = _bereken(Maand(2026, 3), Huishouden(Persoon(40), partner=Persoon(38)), Maandinkomsten())
    assert uitkomst.vakantietoeslag_gereserveerd == Bedrag.van("100.11")  # type: ignore[attr-defined]
    assert uitkomst.te_betalen == Bedrag.van("1902.02")  # type: ignore[attr-defined]


def test_de_uitleg_noemt_elke_toegepaste_maatregel_met_artikel_en_parameters_met_bron() -> None:
    inkomsten = Maandinkomsten(Bedrag.van("600.00"), vakantiegeld=Bedrag.van("480.00"), giften=Bedrag.van("100.00"))
    uitkomst = bereken_bijstand(Berekeningsfeiten(Maand(2027, 5), Huishouden(Persoon(45)), inkomsten,
                                                  vrijlating=Vrijlatingstand(True, 4)), BOEK.stand(date(2027, 5, 1)))
    assert [m for m, _ in uitkomst.toegepaste_maatregelen] == ["M19", "M13", "M04"]
    artikelen = {s.artikel for s in uitkomst.uitleg.stappen}
    assert {"art. 34a lid 1 onder a Pw", "art. 31 lid 2 onder m Pw", "art. 19 lid 2 en 3 en art. 45 lid 1 Pw",
            "art. 21 onder a Pw"} <= artikelen
    namen = {p.naam: p for s in uitkomst.uitleg.stappen for p in s.parameters}
    assert {"normen.alleenstaande_21_tot_aow", "normen.vakantietoeslag_procent", "giften.grens_per_kalenderjaar",
            "inkomstenvrijlating.art34a_percentage_onder_aow", "vakantiegeld.art11_schijf1_procent"} <= set(namen)
    assert all(p.bron for p in namen.values())
    assert namen["normen.vakantietoeslag_procent"].waarde == Decimal("5.00")


def test_een_peildatum_buiten_de_maand_en_een_onmogelijk_huishouden_worden_samen_gemeld() -> None:
    feiten = Berekeningsfeiten(Maand(2026, 3), Huishouden(Persoon(17)),
                               beleid=Beleidskeuzes(date(2025, 1, 1)))
    with pytest.raises(OngeldigeFeiten) as fout:
        bereken_bijstand(feiten, BOEK.stand(date(2026, 4, 1)))
    assert {b.veld for b in fout.value.bezwaren} == {
        "peildatum", "huishouden.belanghebbende.leeftijd", "beleid.inkomstenvrijlatingVervroegdVanaf"}


def test_de_api_noemt_elk_onjuist_veld(client: FlaskClient) -> None:
    antwoord = client.post(PAD, json={
        "peildatum": "2026-03-01", "maand": "2026-13", "huishouden": {"tenLasteKomendeKinderen": 1},
        "inkomsten": {"inkomstenUitArbeid": "-1.00", "betalingenUitArbeid": [{"bedrag": "1.00"}]},
        "vrijlating": {"onbekend": True}})
    assert antwoord.status_code == 400
    assert {p["name"] for p in antwoord.get_json()["invalidParams"]} == {
        "maand", "huishouden.belanghebbende", "inkomsten.inkomstenUitArbeid",
        "inkomsten.betalingenUitArbeid.0.ontvangenIn", "vrijlating.onbekend"}


def test_de_api_noemt_een_onjuiste_betaling_en_vermogen_met_hun_pad(client: FlaskClient) -> None:
    antwoord = client.post(PAD, json={
        "peildatum": "2027-03-01", "maand": "2027-03", "huishouden": {"belanghebbende": {"leeftijd": 40}},
        "inkomsten": {"betalingenUitArbeid": [
            {"bedrag": "600.00", "ontvangenIn": "2027-03", "betreftVan": "2027-03", "betreftTot": "2027-01"}]},
        "vermogen": {"bezittingen": "100.00", "spaargeldUitBijstand": "200.00"}})
    assert antwoord.status_code == 400
    assert {p["name"] for p in antwoord.get_json()["invalidParams"]} == {
        "inkomsten.betalingenUitArbeid.0.betreftTot", "vermogen.bezittingen"}


def test_de_api_geeft_de_berekening_volgens_het_contract(client: FlaskClient) -> None:
    antwoord = client.post(PAD, json={
        "peildatum": "2026-11-01", "maand": "2026-11",
        "huishouden": {"belanghebbende": {"leeftijd": 45}, "partner": {"leeftijd": 44}},
        "inkomsten": {"inkomstenUitArbeid": "300.00", "inkomstenUitArbeidPartner": "200.00",
                      "voedselbank": "25.00"},
        "vermogen": {"bezittingen": "2000.00"},
        "vrijlating": {"collegeAchtBijdragenAanArbeidsinschakeling": True, "maandenGebruikt": 1},
        "bufferbudget": {"instabiliteitDoorInkomstenverrekening": True},
        "beleid": {"inkomstenvrijlatingVervroegdVanaf": "2026-07-01"}})
    assert antwoord.status_code == 200
    uitkomst = antwoord.get_json()
    assert uitkomst["vrijgelatenInkomstenUitArbeid"] == "45.00"
    assert [v["soort"] for v in uitkomst["vrijlatingen"]] == ["inkomstenUitArbeid", "voedselbank"]
    assert [m["id"] for m in uitkomst["toegepasteMaatregelen"]] == ["M05", "M13", "M04"]
    assert uitkomst["bufferbudget"] == "0.00"
