"""M16 (art. 24 Pw): de norm bij een partner zonder recht op algemene bijstand, en de samenloop met art. 22a."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from reference import (
    TIJDELIJK_ELDERS_VOOR_MANTELZORG,
    Huishouden,
    Medebewoner,
    OngeldigeFeiten,
    Persoon,
    kostendelersnorm,
    parameterboek,
)
from reference.waarden import Bedrag

VOOR = date(2026, 12, 31)
NA = date(2027, 1, 1)
PEILDATA = st.sampled_from([date(2025, 12, 31), date(2026, 1, 1), VOOR, NA])


def _zonder_recht(leeftijd: int, partner: int, **meer: Any) -> Huishouden:
    return Huishouden(Persoon(leeftijd), Persoon(partner), partner_heeft_recht=False, **meer)


@pytest.mark.parametrize(("huishouden", "peildatum", "norm", "grondslag"), [
    (_zonder_recht(40, 38), date(2026, 1, 1), "1001.07", "art. 24 onder a Pw"),
    (_zonder_recht(40, 38), VOOR, "1013.90", "art. 24 onder a Pw"),
    (_zonder_recht(40, 38), NA, "1419.45", "art. 24 onder a Pw"),
    (_zonder_recht(19, 25, ten_laste_komende_kinderen=1), date(2026, 1, 1), "546.21", "art. 24 onder b Pw"),
    (_zonder_recht(19, 25, medebewoners=(Medebewoner(40),)), date(2026, 1, 1), "345.99", "art. 24 onder b Pw"),
    (_zonder_recht(40, 38, medebewoners=(Medebewoner(30),)), date(2026, 1, 1), "867.59", "art. 22a lid 2 Pw"),
    (_zonder_recht(40, 20, medebewoners=(Medebewoner(30),)), date(2026, 1, 1), "1001.07", "art. 22a lid 2 Pw"),
    (Huishouden(Persoon(68, True), Persoon(60), partner_heeft_recht=False), NA, "1523.27", "art. 24 onder a Pw"),
])
def test_de_norm_bij_een_partner_zonder_recht(huishouden: Huishouden, peildatum: date, norm: str,
                                              grondslag: str) -> None:
    besluit = kostendelersnorm(huishouden, parameterboek().stand(peildatum))
    assert (besluit.norm, besluit.grondslag) == (Bedrag.van(norm), grondslag)


@given(PEILDATA, st.integers(min_value=21, max_value=66), st.integers(min_value=0, max_value=90))
def test_de_leeftijd_van_de_partner_zonder_recht_doet_er_niet_toe(peildatum: date, leeftijd: int,
                                                                  partner: int) -> None:
    stand = parameterboek().stand(peildatum)
    besluit = kostendelersnorm(_zonder_recht(leeftijd, partner), stand)
    procent = Decimal(70) if peildatum >= NA else Decimal(50)
    gehuwdennorm = stand.bedrag("normen.gehuwden_21_tot_aow").waarde.waarde
    verschil = abs(besluit.norm.waarde - gehuwdennorm * procent / 100)
    assert verschil <= Decimal("0.005")
    assert besluit.percentage_gehuwdennorm == procent


@given(PEILDATA, st.integers(min_value=21, max_value=66), st.integers(min_value=21, max_value=66),
       st.integers(min_value=1, max_value=4))
def test_met_kostendelers_krijgt_de_rechthebbende_precies_zijn_eigen_deel(
    peildatum: date, leeftijd: int, partner: int, aantal: int
) -> None:
    stand = parameterboek().stand(peildatum)
    medebewoners = (Medebewoner(30),) * aantal
    beiden = kostendelersnorm(Huishouden(Persoon(leeftijd), Persoon(partner), medebewoners=medebewoners), stand)
    een = kostendelersnorm(_zonder_recht(leeftijd, partner, medebewoners=medebewoners), stand)
    assert een.norm + een.norm == beiden.norm
    assert een.kostendelersnorm_van_toepassing
    assert een.percentage_gehuwdennorm is None


@given(PEILDATA, st.integers(min_value=21, max_value=66), st.integers(min_value=21, max_value=66))
def test_vanaf_21_ligt_de_norm_onder_de_gehuwdennorm_en_niet_boven_de_alleenstaandennorm(
    peildatum: date, leeftijd: int, partner: int
) -> None:
    stand = parameterboek().stand(peildatum)
    met = kostendelersnorm(Huishouden(Persoon(leeftijd), Persoon(partner)), stand)
    alleen = kostendelersnorm(Huishouden(Persoon(leeftijd)), stand)
    zonder = kostendelersnorm(_zonder_recht(leeftijd, partner), stand)
    assert zonder.norm < met.norm
    assert zonder.norm <= alleen.norm


def test_een_partner_van_17_kan_alleen_als_partner_zonder_recht() -> None:
    stand = parameterboek().stand(date(2026, 2, 1))
    with pytest.raises(OngeldigeFeiten) as fout:
        kostendelersnorm(Huishouden(Persoon(22), Persoon(17)), stand)
    assert [b.veld for b in fout.value.bezwaren] == ["huishouden.partner.leeftijd"]
    assert kostendelersnorm(_zonder_recht(22, 17), stand).norm == Bedrag.van("1001.07")


def test_zonder_partner_kan_de_partner_geen_recht_missen() -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        kostendelersnorm(Huishouden(Persoon(40), partner_heeft_recht=False), parameterboek().stand(NA))
    assert [b.veld for b in fout.value.bezwaren] == ["huishouden.partnerHeeftRecht"]


def test_mantelzorg_elders_past_art_24_toe_alsof_er_geen_kostendelers_zijn() -> None:
    huishouden = _zonder_recht(45, 44, medebewoners=(Medebewoner(70),), mantelzorg=TIJDELIJK_ELDERS_VOOR_MANTELZORG)
    assert kostendelersnorm(huishouden, parameterboek().stand(date(2026, 1, 1))).grondslag == "art. 24 onder a Pw"
    assert kostendelersnorm(huishouden, parameterboek().stand(date(2025, 12, 31))).grondslag == "art. 22a lid 2 Pw"


def test_de_uitleg_noemt_het_percentage_met_zijn_bron_en_dat_2027_voorlopig_is() -> None:
    besluit = kostendelersnorm(_zonder_recht(40, 38), parameterboek().stand(NA))
    gebruikt = {p.naam: p for stap in besluit.uitleg.stappen for p in stap.parameters}
    percentage = gebruikt["niet_rechthebbende_partner.percentage_gehuwdennorm"]
    assert (percentage.waarde, percentage.voorlopig, percentage.geldig_van) == (Decimal(70), True, NA)
    assert "normen.gehuwden_21_tot_aow" in gebruikt
    assert any(stap.artikel == "art. 24 onder a Pw" for stap in besluit.uitleg.stappen)


def test_de_api_geeft_het_percentage_en_weigert_een_partner_zonder_recht_zonder_partner(client: FlaskClient) -> None:
    huishouden = {"belanghebbende": {"leeftijd": 40}, "partner": {"leeftijd": 38}, "partnerHeeftRecht": False}
    antwoord = client.post("/v1/beoordelingen/bijstandsnorm", json={"peildatum": "2027-01-01",
                                                                    "huishouden": huishouden})
    assert antwoord.status_code == 200
    gegevens = antwoord.get_json()
    assert (gegevens["norm"], gegevens["percentageGehuwdennorm"]) == ("1419.45", "70")
    gewoon = client.post("/v1/beoordelingen/bijstandsnorm",
                         json={"peildatum": "2027-01-01", "huishouden": {"belanghebbende": {"leeftijd": 40}}})
    assert gewoon.get_json()["percentageGehuwdennorm"] is None
    fout = client.post("/v1/beoordelingen/bijstandsnorm", json={
        "peildatum": "2027-01-01", "huishouden": {"belanghebbende": {"leeftijd": 40}, "partnerHeeftRecht": False}})
    assert fout.status_code == 400
    assert [p["name"] for p in fout.get_json()["invalidParams"]] == ["huishouden.partnerHeeftRecht"]
