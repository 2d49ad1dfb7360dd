"""M20 (art. 36 Pw): wie in aanmerking komt voor een individuele inkomenstoeslag, en voor welk bedrag."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from reference import (
    Huishouden,
    Inkomenstoeslagbeleid,
    Inkomenstoeslagfeiten,
    OngeldigeFeiten,
    Persoon,
    individuele_inkomenstoeslag,
    parameterboek,
)
from reference.waarden import Bedrag, plus_maanden

BELEID = Inkomenstoeslagbeleid(36, Bedrag.van("450.00"), Bedrag.van("550.00"), Bedrag.van("600.00"))
DATA_2026 = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))


def _feiten(leeftijd: int = 45, **meer: Any) -> Inkomenstoeslagfeiten:
    basis = Inkomenstoeslagfeiten(Huishouden(Persoon(leeftijd)), maanden_laag_inkomen=48,
                                  uitzicht_op_inkomensverbetering=False, aanvraagdatum=date(2026, 6, 15),
                                  beleid=BELEID)
    return replace(basis, **meer)


def _beoordeel(feiten: Inkomenstoeslagfeiten, peildatum: date = date(2026, 7, 1)) -> tuple[bool, Bedrag, str]:
    besluit = individuele_inkomenstoeslag(feiten, parameterboek().stand(peildatum))
    return besluit.komt_in_aanmerking, besluit.toeslag, besluit.grondslag


@given(st.integers(min_value=0, max_value=100), st.booleans())
def test_alleen_van_21_jaar_tot_de_pensioengerechtigde_leeftijd(leeftijd: int, aow: bool) -> None:
    feiten = _feiten(huishouden=Huishouden(Persoon(leeftijd, aow)))
    assert _beoordeel(feiten)[0] == (leeftijd >= 21 and not aow)


@given(st.integers(min_value=1, max_value=120), st.integers(min_value=0, max_value=150))
def test_langdurig_is_wat_de_verordening_zegt(langdurig: int, maanden: int) -> None:
    feiten = _feiten(maanden_laag_inkomen=maanden, beleid=replace(BELEID, langdurig_maanden=langdurig))
    assert _beoordeel(feiten)[0] == (maanden >= langdurig)


@given(DATA_2026)
def test_een_toeslag_op_de_dag_12_maanden_voor_de_aanvraag_blokkeert_de_dag_ervoor_niet(aanvraag: date) -> None:
    grens = plus_maanden(aanvraag, -12)
    peildatum = aanvraag + timedelta(days=10)
    binnen = _beoordeel(_feiten(aanvraagdatum=aanvraag, vorige_toeslag_verleend_op=grens), peildatum)
    buiten = _beoordeel(_feiten(aanvraagdatum=aanvraag, vorige_toeslag_verleend_op=grens - timedelta(days=1)),
                        peildatum)
    assert binnen == (False, Bedrag.nul(), "art. 36 lid 3 Pw")
    assert buiten == (True, Bedrag.van("450.00"), "art. 36 lid 1 Pw")


@pytest.mark.parametrize(("huishouden", "toeslag"), [
    (Huishouden(Persoon(45)), "450.00"),
    (Huishouden(Persoon(45), ten_laste_komende_kinderen=2), "550.00"),
    (Huishouden(Persoon(45), Persoon(47)), "600.00"),
])
def test_het_bedrag_volgt_de_leefvorm_uit_de_verordening(huishouden: Huishouden, toeslag: str) -> None:
    assert _beoordeel(_feiten(huishouden=huishouden)) == (True, Bedrag.van(toeslag), "art. 36 lid 1 Pw")


@pytest.mark.parametrize(("wijziging", "grondslag"), [
    ({"in_aanmerking_te_nemen_vermogen": True}, "art. 36 lid 1 en art. 34 Pw"),
    ({"uitzicht_op_inkomensverbetering": True}, "art. 36 lid 1 Pw"),
    ({"vorige_toeslag_verleend_op": date(2026, 1, 1)}, "art. 36 lid 3 Pw"),
])
def test_geen_toeslag_als_een_voorwaarde_ontbreekt(wijziging: dict[str, Any], grondslag: str) -> None:
    assert _beoordeel(_feiten(**wijziging)) == (False, Bedrag.nul(), grondslag)


@pytest.mark.parametrize(("peildatum", "in_aanmerking"), [(date(2026, 12, 31), False), (date(2027, 1, 1), True)])
def test_ambtshalve_pas_vanaf_2027(peildatum: date, in_aanmerking: bool) -> None:
    besluit = individuele_inkomenstoeslag(_feiten(aanvraagdatum=None), parameterboek().stand(peildatum))
    assert (besluit.komt_in_aanmerking, besluit.ambtshalve) == (in_aanmerking, True)


@pytest.mark.parametrize(("feiten", "veld"), [
    (_feiten(beleid=Inkomenstoeslagbeleid()), "beleid.inkomenstoeslagLangdurigMaanden"),
    (_feiten(beleid=replace(BELEID, bedrag_alleenstaande=None)), "beleid.inkomenstoeslagBedragAlleenstaande"),
    (_feiten(aanvraagdatum=date(2026, 7, 2)), "aanvraagdatum"),
    (_feiten(vorige_toeslag_verleend_op=date(2026, 7, 2)), "vorigeToeslagVerleendOp"),
])
def test_onvolledige_of_onmogelijke_invoer_noemt_het_veld(feiten: Inkomenstoeslagfeiten, veld: str) -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        _beoordeel(feiten)
    assert [b.veld for b in fout.value.bezwaren] == [veld]


def test_zonder_verordening_wordt_wie_toch_niet_in_aanmerking_komt_gewoon_afgewezen() -> None:
    feiten = _feiten(leeftijd=20, beleid=Inkomenstoeslagbeleid())
    assert _beoordeel(feiten) == (False, Bedrag.nul(), "art. 36 lid 1 Pw")


def test_de_api_beoordeelt_en_weigert_met_het_veld(client: FlaskClient) -> None:
    verzoek = {"peildatum": "2026-05-01", "aanvraagdatum": "2026-04-20", "huishouden": {"belanghebbende": {
        "leeftijd": 45}}, "maandenLaagInkomen": 40, "uitzichtOpInkomensverbetering": False,
        "beleid": {"inkomenstoeslagLangdurigMaanden": 36, "inkomenstoeslagBedragAlleenstaande": "450.00"}}
    antwoord = client.post("/v1/beoordelingen/individuele-inkomenstoeslag", json=verzoek)
    assert antwoord.status_code == 200
    assert (antwoord.get_json()["komtInAanmerking"], antwoord.get_json()["toeslag"]) == (True, "450.00")
    fout = client.post("/v1/beoordelingen/individuele-inkomenstoeslag", json={**verzoek, "beleid": {}})
    assert fout.status_code == 400
    assert [p["name"] for p in fout.get_json()["invalidParams"]] == ["beleid.inkomenstoeslagLangdurigMaanden"]
    leeg = client.post("/v1/beoordelingen/individuele-inkomenstoeslag", json={"peildatum": "2026-05-01"})
    assert leeg.status_code == 400


def test_een_aanvraag_in_het_jaar_1_breekt_de_termijnberekening_niet() -> None:
    feiten = _feiten(aanvraagdatum=date(1, 3, 1), vorige_toeslag_verleend_op=date(1, 1, 1))
    assert _beoordeel(feiten) == (False, Bedrag.nul(), "art. 36 lid 3 Pw")
