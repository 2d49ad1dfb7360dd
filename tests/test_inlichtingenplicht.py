"""M26: de meldplicht is de uitzondering niet: alle combinaties van invloed, bron, aanwijzing en uitvoerder."""

from __future__ import annotations

import itertools

import pytest
from flask.testing import FlaskClient

from reference import Gegevensbron, Inlichtingenfeiten, Uitvoeringsorgaan, inlichtingenplicht

COMBINATIES = list(itertools.product([True, False], list(Gegevensbron), [True, False], list(Uitvoeringsorgaan)))


@pytest.mark.parametrize(("invloed", "bron", "aangewezen", "uitvoerder"), COMBINATIES)
def test_alleen_wat_van_invloed_is_en_niet_uit_een_aangewezen_bron_komt_moet_worden_gemeld(
    invloed: bool, bron: Gegevensbron, aangewezen: bool, uitvoerder: Uitvoeringsorgaan
) -> None:
    besluit = inlichtingenplicht(Inlichtingenfeiten(invloed, bron, aangewezen, uitvoerder))
    uitzondering = bron is not Gegevensbron.GEEN and aangewezen
    assert besluit.meldplicht is (invloed and not uitzondering)
    assert besluit.uitzondering == (bron if invloed and uitzondering else None)
    assert ("art. 47b" in besluit.grondslag) is (uitvoerder is Uitvoeringsorgaan.SVB)


def test_de_sociale_verzekeringsbank_en_het_college_beslissen_gelijk() -> None:
    for invloed, bron, aangewezen, _ in COMBINATIES:
        college = inlichtingenplicht(Inlichtingenfeiten(invloed, bron, aangewezen, Uitvoeringsorgaan.COLLEGE))
        svb = inlichtingenplicht(Inlichtingenfeiten(invloed, bron, aangewezen, Uitvoeringsorgaan.SVB))
        assert (college.meldplicht, college.uitzondering) == (svb.meldplicht, svb.uitzondering)


def test_zonder_verplichte_velden_noemt_de_weigering_elk_veld(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/inlichtingenplicht", json={"peildatum": "2026-03-01"})
    assert antwoord.status_code == 400
    assert sorted(p["name"] for p in antwoord.get_json()["invalidParams"]) == [
        "bron", "vanInvloedOpRechtOfArbeidsinschakeling"]
