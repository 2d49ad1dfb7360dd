"""M26: de meldplicht volgt uit de gedateerde lijst van gegevensbronnen, voor college en SVB gelijk."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from api.contract import contract
from reference import (
    Gegevensbron,
    Inlichtingenfeiten,
    ParameterFout,
    ParameterOntbreekt,
    Uitvoeringsorgaan,
    bronnenlijst,
    inlichtingenplicht,
    lees_bronnenlijst,
)

STAND = bronnenlijst().stand(date(2026, 3, 1))
COMBINATIES = list(itertools.product([True, False], bronnenlijst().gegevens, list(Uitvoeringsorgaan)))


@pytest.mark.parametrize(("invloed", "gegeven", "uitvoerder"), COMBINATIES)
def test_alleen_wat_van_invloed_is_en_niet_uit_een_uitgezonderde_bron_komt_moet_worden_gemeld(
    invloed: bool, gegeven: str, uitvoerder: Uitvoeringsorgaan
) -> None:
    besluit = inlichtingenplicht(Inlichtingenfeiten(invloed, gegeven, uitvoerder), STAND)
    bron = STAND.bron(gegeven)
    assert besluit.meldplicht is (invloed and not bron.uitgezonderd)
    assert besluit.uitzondering == (Gegevensbron(bron.bron) if invloed and bron.uitgezonderd else None)
    assert ("art. 47b" in besluit.grondslag) is (uitvoerder is Uitvoeringsorgaan.SVB)


def test_elk_uitgezonderd_gegeven_is_voorlopig_want_de_regeling_staat_niet_in_de_bronnen() -> None:
    for gegeven in bronnenlijst().gegevens:
        bron = STAND.bron(gegeven)
        assert bron.vermelding.voorlopig is bron.uitgezonderd, gegeven


def test_de_uitleg_noemt_de_lijst_met_geldigheid_en_grondslag() -> None:
    besluit = inlichtingenplicht(Inlichtingenfeiten(True, "loonUitDienstbetrekking"), STAND)
    vermelding = besluit.uitleg.stappen[-1].parameters[0]
    assert (vermelding.naam, vermelding.waarde, vermelding.geldig_van, vermelding.voorlopig) == (
        "inlichtingenplicht.loonUitDienstbetrekking", "polisadministratie (art. 33 Wet SUWI)", date(2025, 7, 1), True)


def test_het_contract_noemt_precies_de_gegevens_van_de_lijst() -> None:
    enum = contract()["components"]["schemas"]["InlichtingenplichtVerzoek"]["properties"]["gegeven"]["enum"]
    assert sorted(enum) == sorted(bronnenlijst().gegevens)


def test_voor_de_eerste_datum_van_de_lijst_is_er_geen_waarde() -> None:
    with pytest.raises(ParameterOntbreekt):
        bronnenlijst().stand(date(2025, 6, 30)).bron("giften")


def _lijst(tmp_path: Path, waarden: str) -> Path:
    pad = tmp_path / "inlichtingenplicht.yaml"
    pad.write_text("beschrijving: b\ngrondslag: art. 17 lid 1 Pw\ngegevens:\n  loon:\n    omschrijving: loon\n"
                   f"    waarden:\n{waarden}", "utf-8")
    return pad


def test_een_bron_die_de_regeling_niet_aanwijst_moet_toch_worden_gemeld(tmp_path: Path) -> None:
    pad = _lijst(tmp_path, '      "2026-01-01": {bron: authentiekGegeven, administratie: x, uitgezonderd: false, '
                           'grondslag: g}\n      "2026-07-01": null\n')
    lijst = lees_bronnenlijst(pad)
    besluit = inlichtingenplicht(Inlichtingenfeiten(True, "loon"), lijst.stand(date(2026, 3, 1)))
    assert (besluit.meldplicht, besluit.uitzondering, besluit.administratie) == (True, None, "x")
    assert lijst.stand(date(2026, 3, 1)).bron("loon").vermelding.geldig_tot == date(2026, 6, 30)
    with pytest.raises(ParameterOntbreekt):
        lijst.stand(date(2026, 7, 1)).bron("loon")


@pytest.mark.parametrize(("waarden", "sleutel", "probleem"), [
    ('      2026-01-01: {bron: geen, uitgezonderd: false, grondslag: g}\n', "loon.waarden.2026-01-01",
     "aanhalingstekens"),
    ('      "2026-02-30": {bron: geen, uitgezonderd: false, grondslag: g}\n', "loon.waarden.2026-02-30",
     "geen bestaande datum"),
    ('      "2026-01-01": {bron: geen, uitgezonderd: false, grondslag: g, extra: 1}\n', "gegevens.loon.waarden",
     "extra"),
    ('      "2026-01-01": {bron: geen, uitgezonderd: true, grondslag: g}\n', "gegevens.loon.waarden.2026-01-01",
     "False"),
    ('      "2026-01-01": {bron: authentiekGegeven, uitgezonderd: true, grondslag: g}\n',
     "gegevens.loon.waarden.2026-01-01", "administratie"),
    ('      "2026-01-01": {bron: geen, uitgezonderd: false, grondslag: g}\n'
     '      "2026-01-01": null\n', "dubbele sleutel", "dubbele sleutel"),
])
def test_de_lader_weigert_een_onjuiste_lijst_met_bestand_sleutel_en_probleem(
    tmp_path: Path, waarden: str, sleutel: str, probleem: str
) -> None:
    with pytest.raises(ParameterFout) as fout:
        lees_bronnenlijst(_lijst(tmp_path, waarden))
    assert "inlichtingenplicht.yaml" in str(fout.value)
    assert sleutel in str(fout.value)
    assert probleem in str(fout.value)


def test_zonder_verplichte_velden_noemt_de_weigering_elk_veld(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/inlichtingenplicht", json={"peildatum": "2026-03-01"})
    assert antwoord.status_code == 400
    assert sorted(p["name"] for p in antwoord.get_json()["invalidParams"]) == [
        "gegeven", "vanInvloedOpRechtOfArbeidsinschakeling"]


def test_een_peildatum_voor_de_lijst_geeft_een_400_op_de_peildatum(client: FlaskClient) -> None:
    antwoord = client.post("/v1/beoordelingen/inlichtingenplicht", json={
        "peildatum": "2025-06-30", "vanInvloedOpRechtOfArbeidsinschakeling": True, "gegeven": "giften"})
    assert antwoord.status_code == 400
    assert [p["name"] for p in antwoord.get_json()["invalidParams"]] == ["peildatum"]
