"""M05: eigenschappen van de vermogenstoets die voor elk bedrag gelden, naast de scenario's in de feature."""

from __future__ import annotations

from datetime import date

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from reference import OngeldigeFeiten, Vermogensfeiten, parameterboek, vermogen
from reference.maatregelen.vermogen import Leefvorm
from reference.waarden import Bedrag

BEDRAGEN = st.decimals(min_value=0, max_value=40000, places=2).map(Bedrag)
LEEFVORMEN: st.SearchStrategy[Leefvorm] = st.sampled_from(["alleenstaande", "alleenstaandeOuder", "gehuwden"])
NA = parameterboek().stand(date(2026, 1, 1))
VOOR = parameterboek().stand(date(2025, 12, 31))


@given(LEEFVORMEN, BEDRAGEN, BEDRAGEN, BEDRAGEN)
def test_sinds_2026_telt_precies_het_deel_boven_de_grens(
    leefvorm: Leefvorm, bezittingen: Bedrag, schulden: Bedrag, aanwas: Bedrag
) -> None:
    besluit = vermogen(Vermogensfeiten(leefvorm, bezittingen + aanwas, schulden, vermogen_bij_aanvang=Bedrag.nul(),
                                       verworven_tijdens_bijstand=aanwas), NA)
    assert besluit.vermogen == bezittingen + aanwas - schulden
    assert besluit.in_aanmerking_te_nemen == (besluit.vermogen - besluit.vermogensgrens).niet_negatief()
    assert besluit.buiten_beschouwing + besluit.in_aanmerking_te_nemen == besluit.vermogen.niet_negatief()
    assert besluit.buiten_beschouwing <= besluit.vermogensgrens
    assert besluit.vermogen_in_aanmerking == (besluit.vermogen > besluit.vermogensgrens)


@given(LEEFVORMEN, BEDRAGEN, BEDRAGEN, BEDRAGEN, BEDRAGEN)
def test_de_staffelmethode_telde_nooit_minder_dan_de_regel_van_2026(
    leefvorm: Leefvorm, rest: Bedrag, aanwas: Bedrag, schulden: Bedrag, aanvang: Bedrag
) -> None:
    feiten = Vermogensfeiten(leefvorm, rest + aanwas, schulden, vermogen_bij_aanvang=aanvang,
                             verworven_tijdens_bijstand=aanwas)
    oud = vermogen(feiten, VOOR)
    ondergrens = (oud.vermogen - oud.vermogensgrens).niet_negatief()
    assert ondergrens <= oud.in_aanmerking_te_nemen <= oud.vermogen.niet_negatief()
    assert oud.buiten_beschouwing + oud.in_aanmerking_te_nemen == oud.vermogen.niet_negatief()


@given(LEEFVORMEN, BEDRAGEN, BEDRAGEN)
def test_bij_de_aanvang_gold_voor_2026_dezelfde_grensvergelijking(
    leefvorm: Leefvorm, bezittingen: Bedrag, schulden: Bedrag
) -> None:
    besluit = vermogen(Vermogensfeiten(leefvorm, bezittingen, schulden), VOOR)
    assert besluit.in_aanmerking_te_nemen == (besluit.vermogen - besluit.vermogensgrens).niet_negatief()


@given(st.decimals(min_value=0, max_value=200000, places=2).map(Bedrag))
def test_woningvermogen_telt_alleen_boven_de_woninggrens(woning: Bedrag) -> None:
    grens = Bedrag.van("67500.00")
    besluit = vermogen(Vermogensfeiten("alleenstaande", Bedrag.nul(), vermogen_in_eigen_woning=woning), NA)
    assert besluit.vermogen == (woning - grens).niet_negatief()


@pytest.mark.parametrize(
    ("peildatum", "leefvorm", "grens"),
    [(date(2025, 12, 31), "alleenstaande", "7770.00"), (date(2026, 1, 1), "alleenstaande", "8000.00"),
     (date(2025, 12, 31), "alleenstaandeOuder", "15540.00"), (date(2026, 1, 1), "alleenstaandeOuder", "16000.00"),
     (date(2025, 12, 31), "gehuwden", "15540.00"), (date(2026, 1, 1), "gehuwden", "16000.00")],
)
def test_de_vermogensgrens_per_leefvorm_en_datum(peildatum: date, leefvorm: Leefvorm, grens: str) -> None:
    besluit = vermogen(Vermogensfeiten(leefvorm, Bedrag.van(grens)), parameterboek().stand(peildatum))
    assert besluit.vermogensgrens == Bedrag.van(grens)
    assert not besluit.vermogen_in_aanmerking


def test_vrijgestelde_delen_boven_de_bezittingen_worden_geweigerd() -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        vermogen(Vermogensfeiten("gehuwden", Bedrag.van("100.00"), smartengeld=Bedrag.van("60.00"),
                                 spaargeld_uit_bijstand=Bedrag.van("40.01")), NA)
    assert [b.veld for b in fout.value.bezwaren] == ["bezittingen"]


def test_voor_2026_vraagt_aanwas_het_aanvangsvermogen() -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        vermogen(Vermogensfeiten("alleenstaande", Bedrag.van("100.00"),
                                 verworven_tijdens_bijstand=Bedrag.van("100.00")), VOOR)
    assert [b.veld for b in fout.value.bezwaren] == ["vermogenBijAanvangBijstand"]


def test_de_uitleg_noemt_bij_elke_stap_een_artikel_en_de_grens_met_bron() -> None:
    besluit = vermogen(Vermogensfeiten("alleenstaande", Bedrag.van("9000.00"),
                                       vermogen_in_eigen_woning=Bedrag.van("1.00")), NA)
    assert all("Pw" in stap.artikel for stap in besluit.uitleg.stappen)
    gebruikt = {p.naam for stap in besluit.uitleg.stappen for p in stap.parameters}
    assert gebruikt == {"vermogen.grens_alleenstaande", "vermogen.eigen_woning"}


def test_de_api_geeft_een_negatief_vermogen_volgens_het_contract(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/vermogen", json={
        "peildatum": "2026-05-01", "leefvorm": "alleenstaande", "bezittingen": "2000.00", "schulden": "3500.00"})
    assert antwoord.status_code == 200
    gegevens = antwoord.get_json()
    assert (gegevens["vermogen"], gegevens["inAanmerkingTeNemen"], gegevens["vermogenInAanmerking"]) == (
        "-1500.00", "0.00", False)


def test_de_api_weigert_een_onbekende_leefvorm(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/vermogen", json={
        "peildatum": "2026-05-01", "leefvorm": "samenwonend", "bezittingen": "0.00"})
    assert antwoord.status_code == 400
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["leefvorm"]
