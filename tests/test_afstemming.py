"""M22: eigenschappen van de afstemming die voor elke norm en elke verordening binnen de wet gelden."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from reference import (
    AfgestemdeVerlaging,
    Afstemmingsbeleid,
    Afstemmingsfeiten,
    Afstemmingsverplichting,
    OngeldigeFeiten,
    Taaleisfeiten,
    VorigeVerlaging,
    afstemming,
    parameterboek,
)
from reference.waarden import Bedrag

NORMEN = st.decimals(min_value=1, max_value=5000, places=2).map(Bedrag)
BOEK = parameterboek()  # eenmaal inlezen, buiten de tijdslimiet van hypothesis
STAND = BOEK.stand(date(2026, 3, 1))
ARBEID = Afstemmingsverplichting.ARBEID


@given(NORMEN, st.integers(min_value=1, max_value=3), st.integers(min_value=1, max_value=3))
def test_verrekening_telt_op_tot_de_hele_verlaging_met_ten_minste_een_derde_in_de_eerste_maand(
    norm: Bedrag, duur: int, spreiding: int
) -> None:
    besluit = afstemming(Afstemmingsfeiten(ARBEID, norm, beleid=Afstemmingsbeleid(duur, None, spreiding)), STAND)
    totaal = norm.waarde * duur
    assert sum(b.waarde for b in besluit.verrekening) == totaal
    assert besluit.verrekening[0].waarde * 3 >= totaal
    assert len(besluit.verrekening) == max(duur, spreiding)
    assert all(b <= besluit.verrekening[0] for b in besluit.verrekening)


@pytest.mark.parametrize(("vorig", "lid", "maanden"), [(5, "art. 18 lid 6 Pw", 2), (6, "art. 18 lid 7 Pw", 3),
                                                        (7, "art. 18 lid 8 (eerste) Pw", 3),
                                                        (8, "art. 18 lid 8 (eerste) Pw", 3)])
def test_herhaling_binnen_twaalf_maanden_escaleert_tot_het_eerste_lid_8(vorig: int, lid: str, maanden: int) -> None:
    vorige = VorigeVerlaging(vorig, date(2025, 3, 1))
    feiten = Afstemmingsfeiten(ARBEID, Bedrag.van("1000.00"), date(2026, 2, 1), vorige)
    besluit = afstemming(feiten, STAND)
    assert (besluit.grondslag, besluit.duur_in_maanden, besluit.percentage) == (lid, maanden, Decimal(100))


@given(st.integers(min_value=5, max_value=8), st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 3, 1)))
def test_na_de_twaalf_maanden_begint_het_weer_bij_lid_5(vorig: int, opgelegd: date) -> None:
    verzuim = date(2026, 3, 1)
    besluit = afstemming(Afstemmingsfeiten(ARBEID, Bedrag.van("1000.00"), verzuim, VorigeVerlaging(vorig, opgelegd)),
                         STAND)
    binnen = opgelegd >= date(2025, 3, 1)
    assert (besluit.grondslag == "art. 18 lid 5 Pw") == (not binnen)


@given(NORMEN, st.decimals(min_value=0, max_value=100, places=2))
def test_afstemmen_wegens_dringende_redenen_verlaagt_nooit_meer_dan_de_wet(norm: Bedrag, procent: Decimal) -> None:
    besluit = afstemming(Afstemmingsfeiten(ARBEID, norm, afgestemd=AfgestemdeVerlaging(procent, "reden")), STAND)
    assert besluit.verlaging_per_maand <= norm
    assert besluit.opgelegd == (procent > 0)
    assert besluit.grondslag == "art. 18 lid 10 Pw"


def test_zonder_verwijtbaarheid_geen_maatregel_ook_niet_bij_afstemming() -> None:
    feiten = Afstemmingsfeiten(ARBEID, Bedrag.van("1401.50"), verwijtbaarheid_ontbreekt=True,
                               afgestemd=AfgestemdeVerlaging(Decimal(50), "reden"))
    besluit = afstemming(feiten, STAND)
    assert not besluit.opgelegd
    assert besluit.verlaging_per_maand == Bedrag.nul()
    assert besluit.grondslag == "art. 18 lid 9 Pw"


@pytest.mark.parametrize(("peildatum", "procent", "duur"), [
    (date(2026, 1, 15), Decimal(20), 6), (date(2026, 7, 14), Decimal(20), 6),
    (date(2026, 7, 15), Decimal(40), 6), (date(2027, 1, 14), Decimal(40), 6), (date(2027, 1, 15), Decimal(100), None),
])
def test_de_taaleis_loopt_op_in_perioden_van_zes_maanden(peildatum: date, procent: Decimal, duur: int | None) -> None:
    feiten = Afstemmingsfeiten(Afstemmingsverplichting.TAALEIS, Bedrag.van("1000.00"),
                               taaleis=Taaleisfeiten(date(2026, 1, 15), toets_toont_onvoldoende_voortgang=True))
    besluit = afstemming(feiten, BOEK.stand(peildatum))
    assert (besluit.percentage, besluit.duur_in_maanden) == (procent, duur)
    assert besluit.verrekening == (() if duur is None else (besluit.verlaging_per_maand,) * duur)


@pytest.mark.parametrize(("beleid", "veld"), [
    (Afstemmingsbeleid(duur_eerste_verzuim=4), "beleid.afstemmingDuurEersteVerzuimInMaanden"),
    (Afstemmingsbeleid(duur_eerste_verzuim=2, duur_recidive=2), "beleid.afstemmingDuurRecidiveInMaanden"),
    (Afstemmingsbeleid(verrekening_maanden=4), "beleid.afstemmingVerrekeningInMaanden"),
    (Afstemmingsbeleid(percentage_overige=Decimal(0), duur_overige=1),
     "beleid.afstemmingPercentageOverigeVerplichting"),
])
def test_een_verordening_buiten_de_grenzen_van_de_wet_wordt_geweigerd(beleid: Afstemmingsbeleid, veld: str) -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        afstemming(Afstemmingsfeiten(ARBEID, Bedrag.van("1000.00"), beleid=beleid), STAND)
    assert veld in [b.veld for b in fout.value.bezwaren]


def test_bij_drie_maanden_voor_lid_5_is_lid_6_ook_drie_maanden() -> None:
    feiten = Afstemmingsfeiten(ARBEID, Bedrag.van("1000.00"), date(2026, 2, 1), VorigeVerlaging(5, date(2025, 9, 1)),
                               beleid=Afstemmingsbeleid(duur_eerste_verzuim=3))
    assert afstemming(feiten, STAND).duur_in_maanden == 3


def test_onmogelijke_feiten_worden_met_hun_veld_geweigerd(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/afstemming", json={
        "peildatum": "2026-03-01", "soortVerplichting": "arbeidsverplichting", "bijstandsnorm": "1401.50",
        "datumVerzuim": "2025-01-01", "vorigeVerlaging": {"lid": 5, "opgelegdOp": "2025-06-01"}})
    assert antwoord.status_code == 400
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["vorigeVerlaging.opgelegdOp"]
    antwoord = client.post("/v1/beoordelingen/afstemming", json={
        "peildatum": "2026-03-01", "soortVerplichting": "taaleis", "bijstandsnorm": "1401.50"})
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["taaleis"]


def test_een_percentage_gaat_als_tekst_zonder_overbodige_nullen_over_de_lijn(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/afstemming", json={
        "peildatum": "2026-03-01", "soortVerplichting": "arbeidsverplichting", "bijstandsnorm": "1401.50",
        "afgestemdeVerlaging": {"percentage": "12.50", "reden": "dringend"}}).get_json()
    assert (antwoord["percentage"], antwoord["verlagingPerMaand"]) == ("12.5", "175.19")
