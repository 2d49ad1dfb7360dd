"""M07: de vroegste aanvraagdatum ligt altijd tussen de melding en vier weken daarna."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import OngeldigeFeiten, Zoektermijnfeiten, parameterboek, zoektermijn
from reference.maatregelen.zoektermijn import verjaardag

VIER_WEKEN = timedelta(weeks=4)
IN_WERKING = date(2026, 1, 1)
MELDINGEN = st.dates(min_value=date(2025, 7, 1), max_value=date(2027, 12, 31))
LEEFTIJDEN_IN_DAGEN = st.integers(min_value=18 * 365, max_value=40 * 365)


def _beoordeel(feiten: Zoektermijnfeiten, peildatum: date | None = None) -> tuple[date, bool, str]:
    besluit = zoektermijn(feiten, parameterboek().stand(peildatum or feiten.datum_melding))
    return besluit.vroegste_aanvraagdatum, besluit.zoektermijn_geldt, besluit.grondslag


@given(MELDINGEN, LEEFTIJDEN_IN_DAGEN, st.booleans(), st.booleans())
@settings(deadline=None)  # het eerste voorbeeld leest de parameterbestanden
def test_de_vroegste_aanvraagdatum_ligt_nooit_voor_de_melding_en_nooit_na_vier_weken(
    melding: date, dagen_oud: int, oordeel: bool, uitzondering: bool
) -> None:
    feiten = Zoektermijnfeiten(melding, melding - timedelta(days=dagen_oud),
                               medisch_urenbeperkt_of_doelgroep_loonkostensubsidie=uitzondering,
                               college_neemt_eerder_in_behandeling=oordeel)
    vanaf, geldt, _ = _beoordeel(feiten)
    assert melding <= vanaf <= melding + VIER_WEKEN
    assert geldt == (vanaf == melding + VIER_WEKEN and vanaf > melding)


@given(MELDINGEN, st.integers(min_value=0, max_value=40))
@settings(deadline=None)  # het eerste voorbeeld leest de parameterbestanden
def test_wie_op_de_melding_27_of_ouder_is_kan_direct_aanvragen(melding: date, jaren_na_27: int) -> None:
    geboren = date(melding.year - 27 - jaren_na_27, melding.month, 1)
    assert _beoordeel(Zoektermijnfeiten(melding, geboren)) == (melding, False, "art. 41 lid 12 Pw")


@given(MELDINGEN)
@settings(deadline=None)  # het eerste voorbeeld leest de parameterbestanden
def test_een_jongere_zonder_uitzondering_wacht_precies_vier_weken(melding: date) -> None:
    geboren = date(melding.year - 20, 1, 1)
    assert _beoordeel(Zoektermijnfeiten(melding, geboren)) == (melding + VIER_WEKEN, True, "art. 41 lid 4 Pw")


@given(MELDINGEN)
@settings(deadline=None)  # het eerste voorbeeld leest de parameterbestanden
def test_het_oordeel_van_lid_11_werkt_pas_vanaf_2026(melding: date) -> None:
    feiten = Zoektermijnfeiten(melding, date(melding.year - 20, 1, 1), college_neemt_eerder_in_behandeling=True)
    if melding < IN_WERKING:
        assert _beoordeel(feiten) == (melding + VIER_WEKEN, True, "art. 41 lid 4 Pw")
    else:
        assert _beoordeel(feiten) == (melding, False, "art. 41 lid 11 Pw")


def test_voor_2026_neemt_het_college_nooit_eerder_in_behandeling() -> None:
    melding = date(2025, 12, 20)
    feiten = Zoektermijnfeiten(melding, date(2004, 6, 15), college_neemt_eerder_in_behandeling=True)
    assert _beoordeel(feiten, date(2025, 12, 31)) == (date(2026, 1, 17), True, "art. 41 lid 4 Pw")
    assert _beoordeel(feiten, date(2026, 1, 1)) == (date(2026, 1, 1), False, "art. 41 lid 11 Pw")


@pytest.mark.parametrize(("geboren", "jaren", "verjaardag_27"), [
    (date(2000, 2, 29), 27, date(2027, 3, 1)),
    (date(2000, 2, 29), 28, date(2028, 2, 29)),
    (date(1999, 12, 31), 27, date(2026, 12, 31)),
])
def test_wie_op_29_februari_is_geboren_verjaart_in_een_gewoon_jaar_op_1_maart(
    geboren: date, jaren: int, verjaardag_27: date
) -> None:
    assert verjaardag(geboren, jaren) == verjaardag_27


@pytest.mark.parametrize(("melding", "vanaf", "grondslag"), [
    (date(2025, 2, 28), date(2025, 2, 28), "art. 41 lid 4 onder a Pw"),
    (date(2025, 3, 1), date(2025, 3, 29), "art. 41 lid 4 Pw"),
])
def test_een_jaar_na_inschrijving_tot_29_februari_eindigt_op_28_februari(
    melding: date, vanaf: date, grondslag: str
) -> None:
    feiten = Zoektermijnfeiten(melding, date(2005, 5, 5), inschrijving_pro_of_vso_tot=date(2024, 2, 29))
    assert _beoordeel(feiten, date(2025, 7, 1)) == (vanaf, vanaf != melding, grondslag)


def test_bij_gehuwden_telt_de_eerste_27e_verjaardag() -> None:
    melding = date(2026, 3, 2)
    feiten = Zoektermijnfeiten(melding, date(2004, 1, 1), geboortedatum_partner=date(1999, 3, 10))
    assert _beoordeel(feiten) == (date(2026, 3, 10), False, "art. 41 lid 12 Pw")


def test_onmogelijke_feiten_noemen_elk_veld() -> None:
    feiten = Zoektermijnfeiten(date(2026, 3, 2), date(2026, 3, 2), geboortedatum_partner=date(2026, 4, 1))
    with pytest.raises(OngeldigeFeiten) as fout:
        zoektermijn(feiten, parameterboek().stand(date(2026, 3, 1)))
    assert [b.veld for b in fout.value.bezwaren] == ["datumMelding", "geboortedatum", "geboortedatumPartner"]


def test_de_api_weigert_een_melding_na_de_peildatum_en_een_onbekend_veld(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/zoektermijn", json={
        "peildatum": "2026-03-01", "datumMelding": "2026-03-02", "geboortedatum": "2004-06-15"})
    assert antwoord.status_code == 400
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["datumMelding"]
    antwoord = client.post("/v1/beoordelingen/zoektermijn", json={"peildatum": "2026-03-01", "leeftijd": 20})
    assert {p["name"] for p in antwoord.get_json()["invalidParams"]} == {"datumMelding", "geboortedatum", "leeftijd"}


def test_de_api_geeft_de_datum_en_de_uitleg_met_de_termijn(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/zoektermijn", json={
        "peildatum": "2026-03-02", "datumMelding": "2026-03-02", "geboortedatum": "2004-06-15"})
    assert antwoord.status_code == 200
    inhoud = antwoord.get_json()
    assert (inhoud["vroegsteAanvraagdatum"], inhoud["zoektermijnGeldt"]) == ("2026-03-30", True)
    gebruikt = {p["naam"]: p["waarde"] for s in inhoud["uitleg"]["stappen"] for p in s["parameters"]}
    assert gebruikt == {"zoektermijn.leeftijdsgrens": "27", "zoektermijn.termijn": "4"}
