"""M03: eigenschappen van de jongerentoeslag (art. 20 lid 3 en 4, art. 78ff lid 1 Pw), naast de scenario's."""

from __future__ import annotations

from datetime import date

import pytest
from flask.testing import FlaskClient
from hypothesis import given
from hypothesis import strategies as st

from reference import (
    Huishouden,
    Jongerentoeslagfeiten,
    Medebewoner,
    OngeldigeFeiten,
    Ouders,
    Persoon,
    jongerentoeslag,
    parameterboek,
)
from reference.waarden import Bedrag

VERHOGING = Bedrag.van("746.45")
NA = parameterboek().stand(date(2026, 3, 1))
OUDERS = st.builds(Ouders, st.booleans(), st.booleans())
HUISHOUDENS = st.builds(
    Huishouden,
    belanghebbende=st.builds(Persoon, st.integers(min_value=18, max_value=30)),
    partner=st.none() | st.builds(Persoon, st.integers(min_value=18, max_value=30)),
    ten_laste_komende_kinderen=st.integers(min_value=0, max_value=3),
    medebewoners=st.lists(st.builds(Medebewoner, st.integers(min_value=18, max_value=70)), max_size=4).map(tuple),
)


@given(HUISHOUDENS, OUDERS, OUDERS)
def test_de_verhoogde_norm_komt_nooit_boven_die_van_een_21_jarige(
    huishouden: Huishouden, ouders: Ouders, ouders_partner: Ouders
) -> None:
    besluit = jongerentoeslag(Jongerentoeslagfeiten(huishouden, date(2026, 2, 1), ouders,
                                                    ouders_partner if huishouden.partner else None), NA)
    jongeren = sum(1 for p, o in ((huishouden.belanghebbende, ouders), (huishouden.partner, ouders_partner))
                   if p is not None and p.leeftijd < 21 and o.geen_beroep)
    assert Bedrag.nul() <= besluit.jongerentoeslag
    assert besluit.jongerentoeslag.waarde <= VERHOGING.waarde * jongeren
    assert (besluit.regeling == "verhoging") == (jongeren > 0)
    if besluit.maximum is not None:
        assert besluit.verhoogde_norm <= besluit.maximum.max(besluit.norm)


@given(st.decimals(min_value=0, max_value=2000, places=2).map(Bedrag), st.booleans(), st.integers(18, 22))
def test_onder_het_overgangsrecht_nooit_minder_dan_toegekend_of_de_verhoging(
    toegekend: Bedrag, geen_beroep: bool, leeftijd: int
) -> None:
    besluit = jongerentoeslag(Jongerentoeslagfeiten(Huishouden(Persoon(leeftijd)), date(2025, 10, 1),
                                                    Ouders(geen_beroep), bijzondere_bijstand_artikel_12=toegekend),
                              NA)
    assert besluit.regeling == "overgangsrecht"
    assert besluit.jongerentoeslag == Bedrag.nul()
    recht = geen_beroep and leeftijd < 21
    assert besluit.bijzondere_bijstand == (toegekend.max(VERHOGING) if recht else toegekend)


@given(st.integers(min_value=18, max_value=20), st.booleans(), st.booleans())
def test_voor_2026_wordt_de_norm_nooit_verhoogd(leeftijd: int, onder_a: bool, onder_b: bool) -> None:
    besluit = jongerentoeslag(Jongerentoeslagfeiten(Huishouden(Persoon(leeftijd)), date(2025, 12, 1),
                                                    Ouders(onder_a, onder_b)),
                              parameterboek().stand(date(2025, 12, 31)))
    assert besluit.jongerentoeslag == Bedrag.nul()
    assert besluit.regeling == "geen"
    assert besluit.grondslag == "art. 12 Pw (tekst tot 1 januari 2026)"


@pytest.mark.parametrize(
    ("huishouden", "toeslag", "grondslag"),
    [(Huishouden(Persoon(19)), "746.45", "art. 20 lid 3 Pw"),
     (Huishouden(Persoon(19), partner=Persoon(25)), "655.07", "art. 20 lid 4 Pw"),
     (Huishouden(Persoon(25), partner=Persoon(19)), "0.00", "art. 20 lid 3 Pw"),
     (Huishouden(Persoon(19), partner=Persoon(19), ten_laste_komende_kinderen=1), "746.45", "art. 20 lid 3 Pw")],
)
def test_verhoging_en_begrenzing_per_huishouden(huishouden: Huishouden, toeslag: str, grondslag: str) -> None:
    besluit = jongerentoeslag(Jongerentoeslagfeiten(huishouden, date(2026, 2, 1), Ouders(True)), NA)
    assert (besluit.jongerentoeslag, besluit.grondslag) == (Bedrag.van(toeslag), grondslag)


def test_de_partner_van_25_met_een_jongere_partner_telt_via_de_partnerfeiten() -> None:
    besluit = jongerentoeslag(Jongerentoeslagfeiten(Huishouden(Persoon(25), partner=Persoon(19)), date(2026, 2, 1),
                                                    ouders_partner=Ouders(False, True)), NA)
    assert besluit.jongerentoeslag == Bedrag.van("655.07")


def test_feiten_over_de_ouders_van_een_afwezige_partner_worden_geweigerd() -> None:
    with pytest.raises(OngeldigeFeiten) as fout:
        jongerentoeslag(Jongerentoeslagfeiten(Huishouden(Persoon(19)), date(2026, 2, 1),
                                              ouders_partner=Ouders(True, True)), NA)
    assert [b.veld for b in fout.value.bezwaren] == ["partnerMiddelenOudersOntoereikend",
                                                      "partnerOnderhoudsrechtNietTeGeldeTeMaken"]


def test_de_uitleg_noemt_de_verhoging_met_bron() -> None:
    besluit = jongerentoeslag(Jongerentoeslagfeiten(Huishouden(Persoon(19)), date(2026, 2, 1), Ouders(True)), NA)
    gebruikt = {p.naam: p for stap in besluit.uitleg.stappen for p in stap.parameters}
    assert gebruikt["jongerentoeslag.verhoging"].bron.startswith("art. 20 lid 3 Pw")
    assert "art. 78ff lid 1" in besluit.uitleg.stappen[-1].omschrijving


def test_de_api_geeft_het_besluit_volgens_het_contract(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/jongerentoeslag", json={
        "peildatum": "2026-03-01", "aanvraagdatum": "2025-11-03", "huishouden": {"belanghebbende": {"leeftijd": 19}},
        "middelenOudersOntoereikend": True, "bijzondereBijstandArtikel12": "600.00"})
    assert antwoord.status_code == 200
    gegevens = antwoord.get_json()
    assert (gegevens["regeling"], gegevens["bijzondereBijstand"], gegevens["verhoogdeNorm"]) == (
        "overgangsrecht", "746.45", "345.99")
