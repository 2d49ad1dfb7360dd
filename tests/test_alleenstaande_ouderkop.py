"""M15 (art. 24a Pw): de ophoging met 1/12 van de alleenstaande-ouderkop, vanaf 1 januari 2027."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from reference import Huishouden, Medebewoner, OngeldigeFeiten, Persoon, kostendelersnorm, parameterboek
from reference.waarden import Bedrag

NA = date(2027, 1, 1)
OPHOGING = Bedrag.van("284.67")  # 3416.00 / 12 = 284.666... op hele centen (voorlopig)


def _ouder(leeftijd: int = 35, kinderen: int = 1, medebewoners: tuple[Medebewoner, ...] = ()) -> Huishouden:
    return Huishouden(Persoon(leeftijd), Persoon(33), ten_laste_komende_kinderen=kinderen, medebewoners=medebewoners,
                      partner_heeft_recht=False, partner_is_toeslagpartner=True, kind_rechtmatig_in_nederland=True)


@given(st.integers(min_value=0, max_value=365))
def test_voor_2027_wordt_de_norm_nooit_opgehoogd(dagen_ervoor: int) -> None:
    besluit = kostendelersnorm(_ouder(), parameterboek().stand(NA - timedelta(days=1 + dagen_ervoor)))
    assert not besluit.ophoging_alleenstaande_ouderkop.van_toepassing
    assert besluit.ophoging_alleenstaande_ouderkop.bedrag == Bedrag.nul()
    assert besluit.ophoging_alleenstaande_ouderkop.geldt_vanaf == NA


@given(st.integers(min_value=18, max_value=66), st.integers(min_value=1, max_value=6),
       st.integers(min_value=0, max_value=3))
def test_de_ophoging_komt_precies_boven_op_de_norm_zonder_ophoging(leeftijd: int, kinderen: int,
                                                                    medebewoners: int) -> None:
    stand = parameterboek().stand(NA)
    met = _ouder(leeftijd, kinderen, (Medebewoner(30),) * medebewoners)
    zonder = replace(met, partner_is_toeslagpartner=False)
    assert kostendelersnorm(met, stand).norm == kostendelersnorm(zonder, stand).norm + OPHOGING
    assert kostendelersnorm(met, stand).ophoging_alleenstaande_ouderkop.bedrag == OPHOGING


@pytest.mark.parametrize("wijziging", [
    {"partner_is_toeslagpartner": False},
    {"kind_rechtmatig_in_nederland": False},
    {"partner_heeft_recht": True},
    {"partner": None, "partner_heeft_recht": True},
])
def test_zonder_een_van_de_voorwaarden_geen_ophoging(wijziging: dict[str, Any]) -> None:
    besluit = kostendelersnorm(replace(_ouder(), **wijziging), parameterboek().stand(NA))
    assert not besluit.ophoging_alleenstaande_ouderkop.van_toepassing
    assert besluit.ophoging_alleenstaande_ouderkop.reden


def test_de_uitleg_noemt_het_bedrag_van_de_wkb_en_dat_het_voorlopig_is() -> None:
    besluit = kostendelersnorm(_ouder(), parameterboek().stand(NA))
    gebruikt = {p.naam: p for stap in besluit.uitleg.stappen for p in stap.parameters}
    kop = gebruikt["niet_rechthebbende_partner.alleenstaande_ouderkop"]
    assert (kop.waarde, kop.voorlopig) == (Bedrag.van("3416.00"), True)
    assert "BWBR0022751" in parameterboek().bedrag(kop.naam, date(2026, 1, 1)).bron
    assert besluit.norm == Bedrag.van("1704.12")


def test_een_rechtmatig_verblijvend_kind_zonder_kinderen_wordt_geweigerd() -> None:
    huishouden = replace(_ouder(), ten_laste_komende_kinderen=0)
    with pytest.raises(OngeldigeFeiten) as fout:
        kostendelersnorm(huishouden, parameterboek().stand(NA))
    assert [b.veld for b in fout.value.bezwaren] == ["huishouden.kindRechtmatigInNederland"]


def test_de_api_geeft_de_ophoging_met_de_datum_waarop_die_begint(client: FlaskClient) -> None:
    huishouden = {"belanghebbende": {"leeftijd": 35}, "partner": {"leeftijd": 33}, "partnerHeeftRecht": False,
                  "partnerIsToeslagpartner": True, "tenLasteKomendeKinderen": 1, "kindRechtmatigInNederland": True}
    voor = client.post("/v1/beoordelingen/bijstandsnorm", json={"peildatum": "2026-12-31", "huishouden": huishouden})
    na = client.post("/v1/beoordelingen/bijstandsnorm", json={"peildatum": "2027-01-01", "huishouden": huishouden})
    assert voor.get_json()["ophogingAlleenstaandeOuderkop"] | {"reden": ""} == {
        "vanToepassing": False, "bedrag": "0.00", "reden": "", "geldtVanaf": "2027-01-01"}
    assert na.get_json()["ophogingAlleenstaandeOuderkop"]["bedrag"] == "284.67"
    assert na.get_json()["norm"] == "1704.12"
