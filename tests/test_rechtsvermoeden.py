"""M02: het rechtsvermoeden van een gezamenlijke huishouding en de termijn van twee jaar (art. 3 lid 4 Pw)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import OngeldigeFeiten, RechtsvermoedenFeiten, parameterboek, rechtsvermoeden_gezamenlijke_huishouding
from reference.maatregelen.rechtsvermoeden import Grond, RechtsvermoedenBesluit

NIEUW = date(2026, 1, 1)


def _besluit(peildatum: date, feiten: RechtsvermoedenFeiten) -> RechtsvermoedenBesluit:
    return rechtsvermoeden_gezamenlijke_huishouding(feiten, parameterboek().stand(peildatum))


def _twee_jaar_eerder(dag: date) -> date:
    """Onafhankelijk van de regel: dezelfde kalenderdag twee jaar eerder, 29 februari wordt 28 februari."""
    try:
        return dag.replace(year=dag.year - 2)
    except ValueError:
        return dag.replace(year=dag.year - 2, day=28)


@settings(deadline=None)  # de eerste aanroep leest het parameterboek in
@given(st.dates(min_value=NIEUW, max_value=date(2030, 12, 31)), st.integers(min_value=0, max_value=3000))
def test_sinds_2026_telt_een_huwelijk_alleen_tot_twee_jaar_voor_de_aanvraag(aanvraag: date, dagen: int) -> None:
    einde = aanvraag - timedelta(days=dagen)
    besluit = _besluit(aanvraag, RechtsvermoedenFeiten(True, aanvraagdatum=aanvraag, huwelijk_geeindigd_op=einde))
    assert besluit.begin_termijn == _twee_jaar_eerder(aanvraag)
    assert besluit.vermoed == (einde >= _twee_jaar_eerder(aanvraag))
    assert besluit.gronden == ((Grond.EERDER_GEHUWD,) if besluit.vermoed else ())


@settings(deadline=None)  # de eerste aanroep leest het parameterboek in
@given(st.dates(min_value=date(1960, 1, 1), max_value=date(2025, 12, 31)))
def test_voor_2026_telt_een_eerder_huwelijk_zonder_termijn(einde: date) -> None:
    besluit = _besluit(date(2025, 12, 31), RechtsvermoedenFeiten(True, aanvraagdatum=date(2025, 12, 1),
                                                                 huwelijk_geeindigd_op=einde))
    assert besluit.vermoed
    assert besluit.grondslag == "art. 3 lid 4 onder a Pw (tekst tot 1 januari 2026)"


@pytest.mark.parametrize(("peildatum", "tot", "vermoed"), [
    (date(2025, 12, 31), date(2023, 12, 1), True),
    (date(2025, 12, 31), date(2023, 11, 30), False),
    (NIEUW, date(2023, 12, 1), True),
    (NIEUW, date(2023, 11, 30), False),
])
def test_als_gehuwden_aangemerkt_zijn_had_altijd_de_termijn_van_twee_jaar(peildatum: date, tot: date,
                                                                           vermoed: bool) -> None:
    feiten = RechtsvermoedenFeiten(True, aanvraagdatum=date(2025, 12, 1), als_gehuwden_aangemerkt_tot_en_met=tot)
    assert _besluit(peildatum, feiten).vermoed is vermoed


def test_een_aanvraag_op_schrikkeldag_begint_de_termijn_op_28_februari() -> None:
    feiten = RechtsvermoedenFeiten(True, aanvraagdatum=date(2028, 2, 29), huwelijk_geeindigd_op=date(2026, 2, 28))
    besluit = _besluit(date(2028, 3, 1), feiten)
    assert besluit.begin_termijn == date(2026, 2, 28)
    assert besluit.vermoed


@pytest.mark.parametrize(("feiten", "grondslag"), [
    (RechtsvermoedenFeiten(True, kind_uit_relatie=True), "art. 3 lid 4 onder b Pw"),
    (RechtsvermoedenFeiten(True, kind_erkend=True, registratie=True), "art. 3 lid 4 onder b en d Pw"),
    (RechtsvermoedenFeiten(True, aanvraagdatum=NIEUW, huwelijk_geeindigd_op=NIEUW, kind_erkend=True,
                           samenlevingscontract=True), "art. 3 lid 4 onder a, b en c Pw"),
    (RechtsvermoedenFeiten(True), "art. 3 lid 3 Pw"),
])
def test_de_grondslag_noemt_elk_onderdeel_dat_het_vermoeden_draagt(feiten: RechtsvermoedenFeiten,
                                                                  grondslag: str) -> None:
    assert _besluit(NIEUW, feiten).grondslag == grondslag


@settings(deadline=None)  # de eerste aanroep leest het parameterboek in
@given(st.booleans(), st.booleans(), st.booleans(), st.booleans())
def test_zonder_hoofdverblijf_in_dezelfde_woning_geen_vermoeden(kind: bool, erkend: bool, contract: bool,
                                                                registratie: bool) -> None:
    besluit = _besluit(NIEUW, RechtsvermoedenFeiten(False, kind_uit_relatie=kind, kind_erkend=erkend,
                                                    samenlevingscontract=contract, registratie=registratie))
    assert (besluit.vermoed, besluit.gronden, besluit.grondslag) == (False, (), "art. 3 lid 4 Pw")


def test_onmogelijke_datums_noemen_elk_veld() -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        _besluit(NIEUW, RechtsvermoedenFeiten(True, huwelijk_geeindigd_op=date(2026, 2, 1),
                                              als_gehuwden_aangemerkt_tot_en_met=date(2026, 3, 1)))
    assert [b.veld for b in fout.value.bezwaren] == [
        "huwelijkGeeindigdOp", "alsGehuwdenAangemerktTotEnMet", "aanvraagdatum"]


def test_de_uitleg_noemt_de_gebruikte_termijn() -> None:
    besluit = _besluit(NIEUW, RechtsvermoedenFeiten(True, aanvraagdatum=NIEUW, huwelijk_geeindigd_op=date(2020, 1, 1)))
    parameters = [p for s in besluit.uitleg.stappen for p in s.parameters]
    assert [(p.naam, p.waarde) for p in parameters] == [("rechtsvermoeden.termijn_voor_aanvraag", 2)]
    assert any("telt niet" in s.omschrijving for s in besluit.uitleg.stappen)


def test_de_api_geeft_gronden_en_begin_van_de_termijn(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/rechtsvermoeden-gezamenlijke-huishouding", json={
        "peildatum": "2026-03-01", "hoofdverblijfInDezelfdeWoning": True, "aanvraagdatum": "2026-03-01",
        "huwelijkGeeindigdOp": "2024-03-01", "kindErkend": True})
    assert antwoord.status_code == 200
    gegevens = antwoord.get_json()
    assert gegevens["gronden"] == ["eerderGehuwd", "kindErkend"]
    assert gegevens["beginTermijn"] == "2024-03-01"
    assert gegevens["grondslag"]["tekst"] == "art. 3 lid 4 onder a en b Pw"
    assert [(v["artikel"], v["lid"], v["onderdeel"]) for v in gegevens["grondslag"]["verwijzingen"]] == [
        ("3", "4", "a"), ("3", "4", "b")]
    fout = client.post("/v1/beoordelingen/rechtsvermoeden-gezamenlijke-huishouding", json={
        "peildatum": "2026-03-01", "hoofdverblijfInDezelfdeWoning": True, "huwelijkGeeindigdOp": "2024-03-01"})
    assert fout.status_code == 400
    assert [p["name"] for p in fout.get_json()["invalidParams"]] == ["aanvraagdatum"]
