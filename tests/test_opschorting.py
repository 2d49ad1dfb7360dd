"""M06: opschorting bij een afwijkend BRP-adres (art. 40 lid 2 en 3 Pw) en de mantelzorgfeiten."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from reference import Mantelzorg, Opschortingsfeiten, Opschortingsuitzondering, opschorting, parameterboek

STAND_2026 = parameterboek().stand(date(2026, 3, 1))


@given(st.booleans(), st.booleans(), st.booleans())
def test_onder_d_geldt_alleen_als_alle_drie_de_feiten_vaststaan(intensief: bool, elders: bool, tijdelijk: bool) -> None:
    besluit = opschorting(Opschortingsfeiten(True, mantelzorg=Mantelzorg(intensief, elders, tijdelijk)), STAND_2026)
    alle_drie = intensief and elders and tijdelijk
    assert besluit.betaling_opschorten is not alle_drie
    assert besluit.uitzondering == (Opschortingsuitzondering.MANTELZORG_ELDERS if alle_drie else None)


@given(st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_zonder_afwijkend_adres_wordt_nooit_opgeschort(a: bool, b: bool, c: bool, d: bool) -> None:
    mantelzorg = Mantelzorg(d, d, d)
    besluit = opschorting(Opschortingsfeiten(False, a, b, c, mantelzorg), STAND_2026)
    assert (besluit.betaling_opschorten, besluit.uitzondering, besluit.grondslag) == (False, None, "art. 40 lid 2 Pw")


def test_de_uitleg_noemt_welk_feit_van_onder_d_ontbreekt() -> None:
    besluit = opschorting(Opschortingsfeiten(True, mantelzorg=Mantelzorg(True, True, False)), STAND_2026)
    assert any("niet tijdelijk" in stap.omschrijving for stap in besluit.uitleg.stappen)


def _opschorting(client: FlaskClient, huishouden: dict[str, Any]) -> Any:
    return client.post("/v1/beoordelingen/opschorting", json={
        "peildatum": "2026-03-01", "adresWijktAfVanBrp": True, "huishouden": huishouden})


def test_het_vervallen_veld_mantelzorg_elders_wordt_nog_gelezen_als_alle_drie_de_feiten(client: FlaskClient) -> None:
    oud = _opschorting(client, {"belanghebbende": {"leeftijd": 50}, "mantelzorgElders": True}).get_json()
    nieuw = _opschorting(client, {"belanghebbende": {"leeftijd": 50}, "mantelzorg": {
        "intensieveZorgbehoefte": True, "hoofdverblijfElders": True, "tijdelijk": True}}).get_json()
    assert oud["uitzondering"] == nieuw["uitzondering"] == "mantelzorgElders"
    onwaar = _opschorting(client, {"belanghebbende": {"leeftijd": 50}, "mantelzorgElders": False}).get_json()
    assert onwaar["betalingOpschorten"] is True


def test_het_vervallen_veld_naast_mantelzorg_wordt_geweigerd(client: FlaskClient) -> None:
    antwoord = _opschorting(client, {"belanghebbende": {"leeftijd": 50}, "mantelzorgElders": True,
                                     "mantelzorg": {"tijdelijk": True}})
    assert antwoord.status_code == 400
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["huishouden.mantelzorgElders"]


@pytest.mark.parametrize("veld", ["adresWijktAfVanBrp", "peildatum"])
def test_een_verzoek_zonder_verplicht_veld_noemt_dat_veld(client: FlaskClient, veld: str) -> None:
    verzoek = {"peildatum": "2026-03-01", "adresWijktAfVanBrp": True}
    del verzoek[veld]
    antwoord = client.post("/v1/beoordelingen/opschorting", json=verzoek)
    assert antwoord.status_code == 400
    assert veld in [p["name"] for p in antwoord.get_json()["invalidParams"]]


def test_de_catalogus_noemt_de_opschorting_bij_m06(client: FlaskClient) -> None:
    m06 = client.get("/v1/maatregelen/M06").get_json()
    assert "/v1/beoordelingen/opschorting" in m06["verdereBeoordelingen"]
    assert {"art. 33 lid 6 Pw", "art. 40 lid 3 onder d Pw"} <= set(m06["artikelen"])
