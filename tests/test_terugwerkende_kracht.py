"""M08: de ingangsdatum ligt nooit vóór het ontstaan van het recht en nooit meer dan drie maanden vóór de melding."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import Ingangsfeiten, OngeldigeFeiten, parameterboek, terugwerkende_kracht
from reference.waarden import plus_maanden

MELDINGEN = st.dates(min_value=date(2025, 7, 1), max_value=date(2028, 12, 31))
VERSCHUIVING = st.integers(min_value=-400, max_value=60)  # dagen van de melding tot het ontstaan van het recht
BELEID = st.one_of(st.none(), st.integers(min_value=0, max_value=3))


def _besluit(feiten: Ingangsfeiten, peildatum: date) -> tuple[date, bool, date | None, str]:
    b = terugwerkende_kracht(feiten, parameterboek().stand(peildatum))
    return b.ingangsdatum, b.terugwerkende_kracht, b.grens_terugwerkende_kracht, b.grondslag


@given(MELDINGEN, VERSCHUIVING, st.booleans(), BELEID)
@settings(deadline=None)  # het eerste voorbeeld leest de parameterbestanden
def test_de_ingangsdatum_ligt_nooit_voor_het_recht_en_nooit_meer_dan_drie_maanden_voor_de_melding(
    melding: date, verschuiving: int, oordeel: bool, beleid: int | None
) -> None:
    ontstaan = melding + timedelta(days=verschuiving)
    feiten = Ingangsfeiten(melding, ontstaan, oordeel, maximum_maanden_beleid=beleid)
    ingang, terug, grens, _ = _besluit(feiten, melding)
    assert ingang >= ontstaan
    assert ingang >= plus_maanden(melding, -3)
    assert ingang <= max(ontstaan, melding)
    assert terug == (ingang < melding)
    if grens is not None:
        assert ingang >= grens >= plus_maanden(melding, -3)
        assert grens == plus_maanden(melding, -(3 if beleid is None else beleid))
    if not oordeel or melding < date(2026, 1, 1):
        assert ingang == max(ontstaan, melding)


@given(MELDINGEN, VERSCHUIVING)
@settings(deadline=None)  # het eerste voorbeeld leest de parameterbestanden
def test_met_het_oordeel_gaat_de_bijstand_zo_ver_terug_als_recht_en_grens_toelaten(
    melding: date, verschuiving: int
) -> None:
    peildatum = max(melding, date(2026, 1, 1))
    ontstaan = melding + timedelta(days=verschuiving)
    ingang, _, grens, grondslag = _besluit(Ingangsfeiten(melding, ontstaan, True), peildatum)
    assert grens is not None
    assert grens == plus_maanden(melding, -3)
    assert ingang == max(ontstaan, grens)
    assert grondslag == ("art. 44 lid 5 Pw" if ingang < melding else "art. 44 lid 1 Pw")


@pytest.mark.parametrize(("melding", "grens"), [
    (date(2026, 5, 31), date(2026, 2, 28)),
    (date(2028, 5, 31), date(2028, 2, 29)),
    (date(2026, 3, 31), date(2025, 12, 31)),
    (date(2026, 6, 30), date(2026, 3, 30)),
    (date(2026, 1, 1), date(2025, 10, 1)),
])
def test_drie_maanden_voor_een_maandeinde_is_zo_nodig_de_laatste_dag_van_de_maand(melding: date, grens: date) -> None:
    assert _besluit(Ingangsfeiten(melding, date(2025, 1, 1), True), melding)[2] == grens


@pytest.mark.parametrize(("peildatum", "verwacht"), [
    (date(2025, 12, 31), (date(2025, 12, 15), False, None, "art. 44 lid 1 Pw")),
    (date(2026, 1, 1), (date(2025, 10, 1), True, date(2025, 9, 15), "art. 44 lid 5 Pw")),
])
def test_lid_5_geldt_voor_besluiten_vanaf_2026(peildatum: date, verwacht: tuple[date, bool, date | None, str]) -> None:
    assert _besluit(Ingangsfeiten(date(2025, 12, 15), date(2025, 10, 1), True), peildatum) == verwacht


def test_lid_3_laat_de_bijstand_ingaan_op_de_dag_van_de_aanvraag_maar_niet_voor_het_recht() -> None:
    feiten = Ingangsfeiten(date(2026, 3, 2), date(2026, 5, 1), datum_aanvraag=date(2026, 4, 20),
                           college_besluit_ingang_op_aanvraagdatum=True)
    assert _besluit(feiten, date(2026, 5, 15))[::3] == (date(2026, 5, 1), "art. 44 lid 3 Pw")


def test_beleid_boven_het_wettelijke_maximum_wordt_alleen_vanaf_2026_geweigerd() -> None:
    feiten = Ingangsfeiten(date(2025, 12, 1), date(2025, 11, 1), True, maximum_maanden_beleid=4)
    assert _besluit(feiten, date(2025, 12, 31))[0] == date(2025, 12, 1)
    with pytest.raises(OngeldigeFeiten) as fout:
        _besluit(feiten, date(2026, 1, 1))
    assert [b.veld for b in fout.value.bezwaren] == ["beleid.maximumTerugwerkendeKrachtMaanden"]


@pytest.mark.parametrize(("feiten", "velden"), [
    (Ingangsfeiten(date(2026, 4, 16), date(2026, 4, 1)), ["datumMelding"]),
    (Ingangsfeiten(date(2026, 4, 1), date(2026, 4, 1), datum_aanvraag=date(2026, 3, 31)), ["datumAanvraag"]),
    (Ingangsfeiten(date(2026, 4, 1), date(2026, 4, 1), datum_aanvraag=date(2026, 4, 16)), ["datumAanvraag"]),
    (Ingangsfeiten(date(2026, 4, 1), date(2026, 4, 1), college_besluit_ingang_op_aanvraagdatum=True),
     ["datumAanvraag"]),
    (Ingangsfeiten(date(2026, 4, 1), date(2026, 3, 1), True, date(2026, 4, 10), True),
     ["collegeBesluitIngangOpAanvraagdatum"]),
])
def test_onmogelijke_feiten_noemen_het_veld(feiten: Ingangsfeiten, velden: list[str]) -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        _besluit(feiten, date(2026, 4, 15))
    assert [b.veld for b in fout.value.bezwaren] == velden


def test_de_api_leest_het_beleid_en_geeft_de_grens(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/terugwerkende-kracht", json={
        "peildatum": "2026-04-15", "datumMelding": "2026-04-01", "datumRechtOntstaan": "2025-12-01",
        "collegeAchtTerugwerkendeKrachtNoodzakelijk": True, "beleid": {"maximumTerugwerkendeKrachtMaanden": 2}})
    assert antwoord.status_code == 200
    inhoud = antwoord.get_json()
    assert (inhoud["ingangsdatum"], inhoud["grensTerugwerkendeKracht"], inhoud["terugwerkendeKracht"]) == (
        "2026-02-01", "2026-02-01", True)


def test_de_api_weigert_lid_3_en_lid_5_samen_en_een_negatief_beleid(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/terugwerkende-kracht", json={
        "peildatum": "2026-04-15", "datumMelding": "2026-04-01", "datumRechtOntstaan": "2026-03-01",
        "collegeAchtTerugwerkendeKrachtNoodzakelijk": True, "collegeBesluitIngangOpAanvraagdatum": True,
        "datumAanvraag": "2026-04-10"})
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["collegeBesluitIngangOpAanvraagdatum"]
    antwoord = client.post("/v1/beoordelingen/terugwerkende-kracht", json={
        "peildatum": "2026-04-15", "datumMelding": "2026-04-01", "datumRechtOntstaan": "2026-03-01",
        "beleid": {"maximumTerugwerkendeKrachtMaanden": -1}})
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["beleid.maximumTerugwerkendeKrachtMaanden"]
