"""M09: hergebruik alleen binnen twaalf maanden na het eindigen, met het oordeel van het college, vanaf 2026."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import Herhaalaanvraagfeiten, OngeldigeFeiten, herhaalaanvraag, parameterboek
from reference.maatregelen.herhaalaanvraag import laatste_dag_termijn

EINDES = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))
DAGEN_LATER = st.integers(min_value=1, max_value=800)


@given(EINDES)
@settings(deadline=None)  # het eerste voorbeeld leest de parameterbestanden
def test_de_termijn_is_twaalf_kalendermaanden_vanaf_de_dag_na_het_eindigen(einde: date) -> None:
    laatste = laatste_dag_termijn(einde, 12)
    begin = einde + timedelta(days=1)
    assert 365 <= (laatste - einde).days <= 366
    if begin.day <= 28:
        assert laatste + timedelta(days=1) == begin.replace(year=begin.year + 1)


@given(EINDES, DAGEN_LATER, st.booleans())
@settings(deadline=None)  # het eerste voorbeeld leest de parameterbestanden
def test_hergebruik_alleen_binnen_de_termijn_en_met_het_oordeel(einde: date, dagen: int, oordeel: bool) -> None:
    aanvraag = einde + timedelta(days=dagen)
    peildatum = max(aanvraag, date(2026, 1, 1))
    besluit = herhaalaanvraag(Herhaalaanvraagfeiten(einde, aanvraag, oordeel), parameterboek().stand(peildatum))
    binnen = aanvraag <= laatste_dag_termijn(einde, 12)
    assert besluit.van_toepassing
    assert besluit.binnen_termijn == binnen
    assert besluit.hergebruik_toegestaan == (binnen and oordeel)
    assert besluit.verificatie_vereist == besluit.hergebruik_toegestaan


@given(EINDES, st.integers(min_value=1, max_value=300), st.booleans())
@settings(deadline=None)  # het eerste voorbeeld leest de parameterbestanden
def test_voor_2026_is_hergebruik_nooit_toegestaan(einde: date, dagen: int, oordeel: bool) -> None:
    aanvraag = einde + timedelta(days=dagen)
    if aanvraag >= date(2026, 1, 1):
        return
    besluit = herhaalaanvraag(Herhaalaanvraagfeiten(einde, aanvraag, oordeel), parameterboek().stand(aanvraag))
    assert (besluit.van_toepassing, besluit.hergebruik_toegestaan, besluit.binnen_termijn) == (False, False, None)
    assert besluit.in_werking_vanaf == date(2026, 1, 1)


@pytest.mark.parametrize(("einde", "laatste"), [
    (date(2026, 3, 31), date(2027, 3, 31)),
    (date(2026, 1, 30), date(2027, 1, 30)),
    (date(2026, 2, 28), date(2027, 2, 28)),
    (date(2027, 2, 28), date(2028, 2, 29)),
    (date(2028, 2, 29), date(2029, 2, 28)),
    (date(2026, 12, 31), date(2027, 12, 31)),
])
def test_het_einde_van_de_termijn_rond_maandeinden_en_schrikkeljaren(einde: date, laatste: date) -> None:
    assert laatste_dag_termijn(einde, 12) == laatste


@pytest.mark.parametrize(("aanvraag", "peildatum", "veld"), [
    (date(2026, 3, 31), date(2026, 4, 1), "datumAanvraag"),
    (date(2026, 3, 1), date(2026, 4, 1), "datumAanvraag"),
    (date(2026, 4, 2), date(2026, 4, 1), "datumAanvraag"),
])
def test_een_aanvraag_niet_na_het_eindigen_of_na_de_peildatum_wordt_geweigerd(
    aanvraag: date, peildatum: date, veld: str
) -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        herhaalaanvraag(Herhaalaanvraagfeiten(date(2026, 3, 31), aanvraag), parameterboek().stand(peildatum))
    assert [b.veld for b in fout.value.bezwaren] == [veld]


def test_de_api_geeft_voor_2026_null_voor_de_termijn(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/herhaalaanvraag", json={
        "peildatum": "2025-12-31", "laatsteDagBijstand": "2025-06-30", "datumAanvraag": "2025-12-31",
        "minderBelastend": True})
    assert antwoord.status_code == 200
    inhoud = antwoord.get_json()
    assert (inhoud["vanToepassing"], inhoud["binnenTermijn"], inhoud["termijnEindigtOp"]) == (False, None, None)
    assert inhoud["inWerkingVanaf"] == "2026-01-01"


def test_de_api_noemt_elk_ontbrekend_veld(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/herhaalaanvraag", json={"peildatum": "2026-01-01"})
    assert antwoord.status_code == 400
    assert {p["name"] for p in antwoord.get_json()["invalidParams"]} == {"laatsteDagBijstand", "datumAanvraag"}
