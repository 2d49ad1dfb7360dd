"""M12: de melding van een afgewezen Bbz-, IOAW- of IOAZ-aanvraag telt voor algemene bijstand (art. 43 lid 6 Pw)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from reference import (
    AfgewezenAanvraag,
    Afwijzingsregeling,
    MeldingNaAfwijzingBesluit,
    MeldingNaAfwijzingFeiten,
    OngeldigeFeiten,
    melding_na_afwijzing,
    parameterboek,
)

NIEUW = date(2026, 1, 1)
DAGEN = st.integers(min_value=0, max_value=400)


def _besluit(peildatum: date, feiten: MeldingNaAfwijzingFeiten) -> MeldingNaAfwijzingBesluit:
    return melding_na_afwijzing(feiten, parameterboek().stand(peildatum))


@settings(deadline=None)  # de eerste aanroep leest het parameterboek in
@given(st.dates(min_value=date(2025, 7, 1), max_value=date(2027, 12, 31)), st.sampled_from(Afwijzingsregeling),
       DAGEN, st.integers(min_value=-30, max_value=60), st.booleans())
def test_de_eerdere_melding_telt_alleen_onder_alle_voorwaarden_van_lid_6(
    peildatum: date, regeling: Afwijzingsregeling, looptijd: int, na_afwijzing: int, onverwijld: bool,
) -> None:
    eerdere_melding = date(2025, 6, 1)
    afwijzing = eerdere_melding + timedelta(days=looptijd)
    melding = afwijzing + timedelta(days=na_afwijzing)
    feiten = MeldingNaAfwijzingFeiten(melding, AfgewezenAanvraag(regeling, eerdere_melding, afwijzing), onverwijld)
    besluit = _besluit(peildatum, feiten)
    geldt = (peildatum >= NIEUW and regeling is not Afwijzingsregeling.ANDERE and na_afwijzing >= 0 and onverwijld)
    assert besluit.van_toepassing is geldt
    assert besluit.meldingsdatum == (eerdere_melding if geldt else melding)
    assert besluit.meldingsdatum <= melding
    assert besluit.van_toepassing_vanaf == NIEUW
    assert besluit.grondslag == ("art. 43 lid 6 Pw" if geldt else "art. 44 lid 1 Pw")


def test_zonder_eerdere_aanvraag_telt_de_eigen_melding() -> None:
    besluit = _besluit(NIEUW, MeldingNaAfwijzingFeiten(date(2025, 12, 20)))
    assert (besluit.meldingsdatum, besluit.van_toepassing) == (date(2025, 12, 20), False)


def test_het_oordeel_onverwijld_is_alleen_nodig_als_het_beslist() -> None:
    eerder = AfgewezenAanvraag(Afwijzingsregeling.IOAZ, date(2026, 1, 5), date(2026, 2, 1))
    with pytest.raises(OngeldigeFeiten) as fout:
        _besluit(date(2026, 3, 1), MeldingNaAfwijzingFeiten(date(2026, 2, 3), eerder))
    assert [b.veld for b in fout.value.bezwaren] == ["onverwijldNaAfwijzing"]
    voor_afwijzing = _besluit(date(2026, 3, 1), MeldingNaAfwijzingFeiten(date(2026, 1, 30), eerder))
    assert voor_afwijzing.meldingsdatum == date(2026, 1, 30)
    voor_2026 = _besluit(date(2025, 12, 31), MeldingNaAfwijzingFeiten(date(2025, 12, 3),
                                                                      AfgewezenAanvraag(Afwijzingsregeling.BBZ,
                                                                                        date(2025, 9, 1),
                                                                                        date(2025, 12, 1))))
    assert voor_2026.van_toepassing is False


def test_een_afwijzing_voor_de_melding_ervoor_is_onmogelijk() -> None:
    eerder = AfgewezenAanvraag(Afwijzingsregeling.IOAW, date(2026, 2, 1), date(2026, 1, 31))
    with pytest.raises(OngeldigeFeiten) as fout:
        _besluit(date(2026, 3, 1), MeldingNaAfwijzingFeiten(date(2026, 2, 3), eerder, True))
    assert [b.veld for b in fout.value.bezwaren] == ["afgewezenAanvraag.afwijzingsdatum"]


def test_de_api_geeft_de_geldende_meldingsdatum(client: FlaskClient) -> None:
    verzoek = {"peildatum": "2026-03-01", "meldingsdatum": "2026-02-10", "onverwijldNaAfwijzing": True,
               "afgewezenAanvraag": {"regeling": "bbz", "meldingsdatum": "2025-12-01", "afwijzingsdatum": "2026-02-05"}}
    antwoord = client.post("/v1/beoordelingen/melding", json=verzoek)
    assert antwoord.status_code == 200
    assert antwoord.get_json()["meldingsdatum"] == "2025-12-01"
    assert antwoord.get_json()["vanToepassingVanaf"] == "2026-01-01"
    fout = client.post("/v1/beoordelingen/melding", json={**verzoek, "afgewezenAanvraag": {"regeling": "ww"}})
    assert fout.status_code == 400
    assert {p["name"] for p in fout.get_json()["invalidParams"]} >= {"afgewezenAanvraag.regeling"}
