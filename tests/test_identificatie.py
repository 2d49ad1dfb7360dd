"""M10: de identiteit vastgesteld met een document van de Wid of met een eID (art. 17 lid 3, art. 1 onder j Pw)."""

from __future__ import annotations

from datetime import date

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import (
    Betrouwbaarheidsniveau,
    ElektronischIdentificatiemiddel,
    IdentificatieBesluit,
    IdentificatieFeiten,
    Identiteitsdocument,
    OngeldigeFeiten,
    Uitgifte,
    identificatie,
    parameterboek,
)

OUD = date(2025, 12, 31)
NIEUW = date(2026, 1, 1)
NL_SUBSTANTIEEL = ElektronischIdentificatiemiddel(Betrouwbaarheidsniveau.SUBSTANTIEEL, Uitgifte.NEDERLAND)


def _besluit(peildatum: date, feiten: IdentificatieFeiten) -> IdentificatieBesluit:
    return identificatie(feiten, parameterboek().stand(peildatum))


@pytest.mark.parametrize(("document", "voor_2026", "sinds_2026"), [
    (Identiteitsdocument.NEDERLANDS_REISDOCUMENT, True, True),
    (Identiteitsdocument.VREEMDELINGENDOCUMENT, True, True),
    (Identiteitsdocument.PASPOORT_EER, True, True),
    (Identiteitsdocument.RIJBEWIJS, False, True),
    (Identiteitsdocument.ANDER, False, False),
    (None, False, False),
])
def test_welke_documenten_de_identiteit_vaststellen(document: Identiteitsdocument | None, voor_2026: bool,
                                                    sinds_2026: bool) -> None:
    assert _besluit(OUD, IdentificatieFeiten(document)).vastgesteld is voor_2026
    assert _besluit(NIEUW, IdentificatieFeiten(document)).vastgesteld is sinds_2026


@pytest.mark.parametrize(("niveau", "uitgifte", "erkend", "vastgesteld"), [
    (Betrouwbaarheidsniveau.LAAG, Uitgifte.NEDERLAND, False, False),
    (Betrouwbaarheidsniveau.SUBSTANTIEEL, Uitgifte.NEDERLAND, False, True),
    (Betrouwbaarheidsniveau.HOOG, Uitgifte.NEDERLAND, False, True),
    (Betrouwbaarheidsniveau.LAAG, Uitgifte.ANDERE_LIDSTAAT, True, False),
    (Betrouwbaarheidsniveau.SUBSTANTIEEL, Uitgifte.ANDERE_LIDSTAAT, False, False),
    (Betrouwbaarheidsniveau.SUBSTANTIEEL, Uitgifte.ANDERE_LIDSTAAT, True, True),
])
def test_een_eid_telt_vanaf_niveau_substantieel_en_uit_het_buitenland_alleen_erkend(
    niveau: Betrouwbaarheidsniveau, uitgifte: Uitgifte, erkend: bool, vastgesteld: bool,
) -> None:
    besluit = _besluit(date(2026, 3, 1), IdentificatieFeiten(eid=ElektronischIdentificatiemiddel(niveau, uitgifte,
                                                                                                  erkend)))
    assert besluit.vastgesteld is vastgesteld
    assert besluit.middel.value == ("elektronischIdentificatiemiddel" if vastgesteld else "geen")
    assert besluit.grondslag == "art. 17 lid 3 en art. 1 onder j Pw"


@settings(deadline=None)  # de eerste aanroep leest het parameterboek in
@given(st.dates(min_value=date(2025, 7, 1), max_value=OUD), st.sampled_from(Betrouwbaarheidsniveau),
       st.sampled_from(Uitgifte))
def test_voor_de_nieuwe_tekst_stelt_geen_eid_de_identiteit_vast(peildatum: date, niveau: Betrouwbaarheidsniveau,
                                                              uitgifte: Uitgifte) -> None:
    erkend = uitgifte is Uitgifte.ANDERE_LIDSTAAT
    besluit = _besluit(peildatum, IdentificatieFeiten(eid=ElektronischIdentificatiemiddel(niveau, uitgifte, erkend)))
    assert (besluit.vastgesteld, besluit.grondslag) == (False, "art. 17 lid 3 Pw (tekst tot 1 januari 2026)")


def test_een_document_gaat_voor_en_de_uitleg_noemt_waarom_het_eid_nodig_was() -> None:
    met_beide = _besluit(NIEUW, IdentificatieFeiten(Identiteitsdocument.RIJBEWIJS, NL_SUBSTANTIEEL))
    assert met_beide.middel.value == "document"
    alleen_eid = _besluit(NIEUW, IdentificatieFeiten(Identiteitsdocument.ANDER, NL_SUBSTANTIEEL))
    assert alleen_eid.middel.value == "elektronischIdentificatiemiddel"
    assert "geen document van art. 1 lid 1" in alleen_eid.uitleg.stappen[0].omschrijving


def test_erkenning_voor_grensoverschrijdende_authenticatie_bestaat_niet_voor_een_nederlands_middel() -> None:
    eid = ElektronischIdentificatiemiddel(Betrouwbaarheidsniveau.HOOG, Uitgifte.NEDERLAND, True)
    with pytest.raises(OngeldigeFeiten) as fout:
        _besluit(NIEUW, IdentificatieFeiten(eid=eid))
    assert [b.veld for b in fout.value.bezwaren] == [
        "elektronischIdentificatiemiddel.erkendVoorGrensoverschrijdendeAuthenticatie"]


def test_de_api_stelt_de_identiteit_vast_en_weigert_een_eid_zonder_niveau(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/identificatie", json={
        "peildatum": "2026-01-01", "document": "rijbewijs"})
    assert antwoord.status_code == 200
    assert antwoord.get_json()["identiteitVastgesteld"] is True
    fout = client.post("/v1/beoordelingen/identificatie", json={
        "peildatum": "2026-01-01", "elektronischIdentificatiemiddel": {"uitgegevenIn": "nederland"}})
    assert fout.status_code == 400
    assert [p["name"] for p in fout.get_json()["invalidParams"]] == ["elektronischIdentificatiemiddel.niveau"]
