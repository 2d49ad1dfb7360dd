"""M01: wie met een huisgenoot als gehuwd geldt, vóór en sinds 2026 (art. 3 lid 2 onder a Pw)."""

from __future__ import annotations

from datetime import date

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import (
    GezamenlijkeHuishoudingFeiten,
    OngeldigeFeiten,
    Verwantschap,
    gezamenlijke_huishouding,
    parameterboek,
)

OUD = date(2025, 12, 31)
NIEUW = date(2026, 1, 1)


def _besluit(peildatum: date, samen: bool, verwantschap: Verwantschap, zorgbehoefte: bool = False,
             aanleiding: bool = False, beeindigd: bool = False) -> tuple[bool, str, str]:
    feiten = GezamenlijkeHuishoudingFeiten(samen, verwantschap, zorgbehoefte, aanleiding, beeindigd)
    besluit = gezamenlijke_huishouding(feiten, parameterboek().stand(peildatum))
    return besluit.als_gehuwd_aangemerkt, besluit.uitzondering.value, besluit.grondslag


@pytest.mark.parametrize(
    ("peildatum", "verwantschap", "zorgbehoefte", "aanleiding", "beeindigd", "gehuwd", "uitzondering"),
    [
        (NIEUW, Verwantschap.EERSTE_GRAAD, False, False, False, False, "eersteGraad"),
        (OUD, Verwantschap.EERSTE_GRAAD, False, False, False, False, "eersteGraad"),
        (NIEUW, Verwantschap.GEEN, True, True, False, False, "zorg"),
        (OUD, Verwantschap.GEEN, True, True, False, True, "geen"),
        (NIEUW, Verwantschap.BLOEDVERWANT_TWEEDE_GRAAD, True, True, False, False, "zorg"),
        (NIEUW, Verwantschap.BLOEDVERWANT_TWEEDE_GRAAD, True, False, False, True, "geen"),
        (OUD, Verwantschap.BLOEDVERWANT_TWEEDE_GRAAD, True, False, False, False, "tweedeGraadMetZorgbehoefte"),
        (OUD, Verwantschap.BLOEDVERWANT_TWEEDE_GRAAD, False, False, False, True, "geen"),
        (NIEUW, Verwantschap.GEEN, True, True, True, True, "geen"),
        (NIEUW, Verwantschap.GEEN, False, False, False, True, "geen"),
    ],
)
def test_de_uitzondering_hangt_af_van_verwantschap_zorg_en_peildatum(
    peildatum: date, verwantschap: Verwantschap, zorgbehoefte: bool, aanleiding: bool, beeindigd: bool,
    gehuwd: bool, uitzondering: str,
) -> None:
    uitkomst = _besluit(peildatum, True, verwantschap,
                        zorgbehoefte, aanleiding, beeindigd)
    assert uitkomst[:2] == (gehuwd, uitzondering)


def test_de_oude_tekst_wordt_in_de_grondslag_genoemd() -> None:
    oud = _besluit(OUD, True, Verwantschap.GEEN)
    nieuw = _besluit(NIEUW, True, Verwantschap.GEEN)
    assert oud[2] == "art. 3 lid 2 onder a Pw (tekst tot 1 januari 2026)"
    assert nieuw[2] == "art. 3 lid 2 onder a Pw"


GELDIGE_FEITEN = st.tuples(st.booleans(), st.booleans(), st.booleans()).filter(
    lambda z: (not z[1] or z[0]) and (not z[2] or z[1]))
PEILDATA = st.dates(min_value=date(2025, 7, 1), max_value=date(2027, 12, 31))


@settings(deadline=None)  # de eerste aanroep leest het parameterboek in
@given(PEILDATA, st.sampled_from(Verwantschap), GELDIGE_FEITEN)
def test_zonder_samennooit_gehuwd(peildatum: date, verwantschap: Verwantschap,
                                                       zorg: tuple[bool, bool, bool]) -> None:
    uitkomst = _besluit(peildatum, False, verwantschap,
                        *zorg)
    assert uitkomst == (False, "geen", "art. 3 lid 3 Pw")


@settings(deadline=None)  # de eerste aanroep leest het parameterboek in
@given(PEILDATA, GELDIGE_FEITEN)
def test_een_eerstegraads_verwant_is_nooit_partner(peildatum: date, zorg: tuple[bool, bool, bool]) -> None:
    uitkomst = _besluit(peildatum, True, Verwantschap.EERSTE_GRAAD,
                        *zorg)
    assert uitkomst[:2] == (False, "eersteGraad")


@settings(deadline=None)  # de eerste aanroep leest het parameterboek in
@given(st.dates(min_value=NIEUW, max_value=date(2030, 12, 31)), st.sampled_from(Verwantschap))
def test_sinds_2026_beslist_lopende_zorg_als_aanleiding_ongeacht_verwantschap(
    peildatum: date, verwantschap: Verwantschap,
) -> None:
    uitkomst = _besluit(peildatum, True, verwantschap,
                        zorgbehoefte=True, aanleiding=True)
    assert uitkomst[0] is False


def test_onmogelijke_zorgfeiten_noemen_elk_veld() -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        _besluit(NIEUW, True, Verwantschap.GEEN,
                 aanleiding=True)
    assert [b.veld for b in fout.value.bezwaren] == ["zorgIsAanleidingOmSamenTeWonen"]
    with pytest.raises(OngeldigeFeiten) as fout:
        _besluit(NIEUW, True, Verwantschap.GEEN, beeindigd=True)
    assert [b.veld for b in fout.value.bezwaren] == ["zorgBeeindigd"]


def test_de_uitleg_noemt_waarom_de_zorguitzondering_niet_geldt() -> None:
    besluit = gezamenlijke_huishouding(
        GezamenlijkeHuishoudingFeiten(True, Verwantschap.BLOEDVERWANT_TWEEDE_GRAAD, zorgbehoefte=True),
        parameterboek().stand(NIEUW))
    tekst = " ".join(s.omschrijving for s in besluit.uitleg.stappen)
    assert "niet de aanleiding" in tekst
    assert "alleen uitgezonderd als de zorg de aanleiding vormt" in tekst


def test_de_api_geeft_het_besluit_en_weigert_een_onmogelijke_combinatie(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/gezamenlijke-huishouding", json={
        "peildatum": "2026-03-01", "gezamenlijkeHuishouding": True, "verwantschap": "bloedverwantTweedeGraad",
        "zorgbehoefte": True, "zorgIsAanleidingOmSamenTeWonen": True})
    assert antwoord.status_code == 200
    assert antwoord.get_json()["alsGehuwdAangemerkt"] is False
    assert antwoord.get_json()["uitzondering"] == "zorg"
    fout = client.post("/v1/beoordelingen/gezamenlijke-huishouding", json={
        "peildatum": "2026-03-01", "gezamenlijkeHuishouding": True, "verwantschap": "geen", "zorgBeeindigd": True})
    assert fout.status_code == 400
    assert [p["name"] for p in fout.get_json()["invalidParams"]] == ["zorgBeeindigd"]
