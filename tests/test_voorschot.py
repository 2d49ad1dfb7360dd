"""M11: eigenschappen van het voorschot op de algemene bijstand (art. 52 Pw), naast de scenario's."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from reference import OngeldigeFeiten, Voorschotfeiten, parameterboek, voorschot
from reference.waarden import Bedrag

BIJSTAND = st.decimals(min_value=0, max_value=5000, places=2).map(Bedrag)
PEILDATA = st.dates(min_value=date(2025, 7, 1), max_value=date(2027, 12, 31))
CENT = Decimal("0.01")


@given(BIJSTAND, PEILDATA, st.integers(min_value=0, max_value=200))
def test_het_minimumbedrag_ligt_nooit_onder_het_percentage_en_minder_dan_een_cent_erboven(
    bijstand: Bedrag, peildatum: date, dagen_sinds_aanvraag: int
) -> None:
    stand = parameterboek().stand(peildatum)
    besluit = voorschot(Voorschotfeiten(peildatum - timedelta(days=dagen_sinds_aanvraag), bijstand), stand)
    assert besluit.voorschot_verplicht
    assert besluit.minimumbedrag is not None
    assert besluit.percentage == (Decimal(95) if peildatum >= date(2026, 1, 1) else Decimal(90))
    exact = bijstand.waarde * besluit.percentage / 100
    assert exact <= besluit.minimumbedrag.waarde < exact + CENT
    assert besluit.minimumbedrag <= bijstand


@given(BIJSTAND, st.decimals(min_value=95, max_value=100, places=2))
def test_een_hoger_beleidspercentage_geeft_nooit_minder_dan_het_wettelijke_minimum(
    bijstand: Bedrag, percentage: Decimal
) -> None:
    stand = parameterboek().stand(date(2026, 3, 1))
    wettelijk = voorschot(Voorschotfeiten(date(2026, 2, 1), bijstand), stand)
    beleid = voorschot(Voorschotfeiten(date(2026, 2, 1), bijstand, beleidspercentage=percentage), stand)
    assert wettelijk.minimumbedrag is not None
    assert beleid.minimumbedrag is not None
    assert wettelijk.minimumbedrag <= beleid.minimumbedrag <= bijstand
    assert bijstand.waarde * percentage / 100 <= beleid.minimumbedrag.waarde


@given(st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31)), st.booleans(), st.integers(0, 60))
def test_het_voorschot_is_uiterlijk_vier_weken_na_de_aanvraag_of_het_vorige_voorschot(
    aanvraag: date, met_vorig: bool, dagen: int
) -> None:
    vorig = aanvraag + timedelta(days=dagen) if met_vorig else None
    peildatum = aanvraag + timedelta(days=dagen)
    besluit = voorschot(Voorschotfeiten(aanvraag, Bedrag.van("1000.00"), datum_vorig_voorschot=vorig),
                        parameterboek().stand(peildatum))
    assert besluit.uiterlijk_op == (vorig or aanvraag) + timedelta(weeks=4)


AANVRAAG = date(2026, 2, 1)
DUIZEND = Bedrag.van("1000.00")


@pytest.mark.parametrize(
    ("feiten", "grondslag"),
    [(Voorschotfeiten(AANVRAAG, DUIZEND, recht_vastgesteld=True), "art. 52 lid 1 Pw"),
     (Voorschotfeiten(AANVRAAG, DUIZEND, duidelijk_geen_recht=True), "art. 52 lid 1 onder b Pw"),
     (Voorschotfeiten(AANVRAAG, DUIZEND, gegevens_verwijtbaar_niet_verstrekt=True), "art. 52 lid 1 onder a Pw"),
     (Voorschotfeiten(AANVRAAG, DUIZEND, onvoldoende_medewerking=True), "art. 52 lid 1 onder a Pw")],
)
def test_elke_uitzondering_heft_de_plicht_op_met_haar_eigen_grondslag(feiten: Voorschotfeiten, grondslag: str) -> None:
    besluit = voorschot(feiten, parameterboek().stand(date(2026, 3, 1)))
    assert (besluit.voorschot_verplicht, besluit.uiterlijk_op, besluit.minimumbedrag) == (False, None, None)
    assert besluit.grondslag == grondslag


@pytest.mark.parametrize(
    ("feiten", "veld"),
    [(Voorschotfeiten(date(2026, 3, 2), DUIZEND), "aanvraagdatum"),
     (Voorschotfeiten(AANVRAAG, DUIZEND, datum_vorig_voorschot=date(2026, 1, 31)), "datumVorigVoorschot"),
     (Voorschotfeiten(AANVRAAG, DUIZEND, datum_vorig_voorschot=date(2026, 3, 2)), "datumVorigVoorschot"),
     (Voorschotfeiten(AANVRAAG, DUIZEND, beleidspercentage=Decimal("94.99")), "beleid.voorschotpercentage"),
     (Voorschotfeiten(AANVRAAG, DUIZEND, beleidspercentage=Decimal("100.01")), "beleid.voorschotpercentage")],
)
def test_onmogelijke_feiten_worden_geweigerd_met_het_veld(feiten: Voorschotfeiten, veld: str) -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        voorschot(feiten, parameterboek().stand(date(2026, 3, 1)))
    assert [b.veld for b in fout.value.bezwaren] == [veld]


def test_voor_2026_mag_beleid_tussen_90_en_95_procent_liggen() -> None:
    besluit = voorschot(Voorschotfeiten(date(2025, 12, 1), Bedrag.van("1000.00"), beleidspercentage=Decimal("92")),
                        parameterboek().stand(date(2025, 12, 31)))
    assert besluit.minimumbedrag == Bedrag.van("920.00")


def test_de_api_leest_het_beleid_en_geeft_het_percentage_als_tekst(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/voorschot", json={
        "peildatum": "2026-02-10", "aanvraagdatum": "2026-01-08", "verwachteAlgemeneBijstand": "1401.50",
        "beleid": {"voorschotpercentage": "97.5"}})
    assert antwoord.status_code == 200
    gegevens = antwoord.get_json()
    # 97,5 % van 1.401,50 = 1.366,4625: een ondergrens, dus naar boven 1.366,47
    assert (gegevens["percentage"], gegevens["minimumbedrag"], gegevens["uiterlijkOp"]) == (
        "97.5", "1366.47", "2026-02-05")


def test_de_api_geeft_null_zonder_plicht(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/voorschot", json={
        "peildatum": "2026-02-10", "aanvraagdatum": "2026-01-08", "verwachteAlgemeneBijstand": "1401.50",
        "rechtVastgesteld": True})
    gegevens = antwoord.get_json()
    assert (gegevens["voorschotVerplicht"], gegevens["percentage"], gegevens["minimumbedrag"]) == (False, None, None)
