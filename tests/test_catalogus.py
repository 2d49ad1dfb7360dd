"""De catalogus: alle 26 maatregelen, en `geimplementeerd` alleen waar regel, operatie en features bestaan."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from flask.testing import FlaskClient

from api.contract import contract
from api.routes.beoordelingen import BEOORDELINGEN
from reference import catalogus

WORTEL = Path(__file__).resolve().parent.parent
DOMEIN = WORTEL.parent / "shared" / "domain" / "maatregelen.yaml"


def test_de_catalogus_bevat_m01_tot_en_met_m26() -> None:
    assert [m.id for m in catalogus()] == [f"M{n:02d}" for n in range(1, 27)]


def test_de_catalogus_volgt_het_domeinbestand() -> None:
    if not DOMEIN.exists():
        return
    domein = {m["id"]: m for m in yaml.safe_load(DOMEIN.read_text("utf-8"))["maatregelen"]}
    for m in catalogus():
        bron = domein[m.id]
        assert (m.naam, list(m.artikelen), m.inwerkingtreding.isoformat(), m.soort, m.status) == (
            bron["naam"], bron["artikelen"], bron["inwerkingtreding"], bron["soort"], bron["status"])


def _scenarios_met_tag(maatregel_id: str) -> int:
    totaal = 0
    for pad in (WORTEL / "features").glob(f"{maatregel_id}-*.feature"):
        totaal += len(re.findall(rf"@{maatregel_id}-\d{{3}}\b", pad.read_text("utf-8")))
    return totaal


def test_geimplementeerd_betekent_regel_operatie_en_features() -> None:
    paden = contract()["paths"]
    for m in catalogus():
        heeft_operatie = m.beoordeling is not None and m.beoordeling.removeprefix("/v1") in paden
        heeft_route = m.beoordeling is not None and m.beoordeling.rsplit("/", 1)[-1] in BEOORDELINGEN
        heeft_features = _scenarios_met_tag(m.id) > 0
        assert m.geimplementeerd == (heeft_operatie and heeft_route and heeft_features), m.id


def test_de_api_toont_de_catalogus_en_een_maatregel(client: FlaskClient) -> None:
    lijst = client.get("/v1/maatregelen").get_json()["maatregelen"]
    assert len(lijst) == 26
    m04 = client.get("/v1/maatregelen/M04").get_json()
    assert m04["geimplementeerd"] is True
    assert m04["beoordeling"] == "/v1/beoordelingen/giftenvrijlating"


def test_de_parameters_op_een_peildatum_noemen_waarde_en_bron(client: FlaskClient) -> None:
    parameters = {p["naam"]: p for p in client.get("/v1/parameters?peildatum=2026-01-01").get_json()["parameters"]}
    assert parameters["giften.grens_per_kalenderjaar"]["waarde"] == "1200.00"
    assert parameters["normen.alleenstaande_21_tot_aow"]["geldigTot"] == "2026-06-30"
    assert "giften.grens_per_kalenderjaar" not in {
        p["naam"] for p in client.get("/v1/parameters?peildatum=2025-12-31").get_json()["parameters"]
    }


def test_de_parameterlijst_noemt_de_indexering_en_na_de_indexeringsdatum_de_voorlopige_waarde(
        client: FlaskClient) -> None:
    def giftengrens(peildatum: str) -> dict[str, Any]:
        lijst = client.get(f"/v1/parameters?peildatum={peildatum}").get_json()["parameters"]
        gevonden: dict[str, Any] = next(p for p in lijst if p["naam"] == "giften.grens_per_kalenderjaar")
        return gevonden

    vast, voorlopig = giftengrens("2026-12-31"), giftengrens("2027-01-01")
    indexering = {"grondslag": "art. 39 lid 1 Pw", "volgende": "2027-01-01"}
    assert indexering.items() <= vast["indexering"].items()
    assert (vast["waarde"], vast["voorlopig"], vast["voorlopigOmdat"], vast["geldigTot"]) == (
        "1200.00", False, None, "2026-12-31")
    assert (voorlopig["waarde"], voorlopig["voorlopig"], voorlopig["geldigVan"], voorlopig["geldigTot"]) == (
        "1200.00", True, "2027-01-01", None)
    assert "2027-01-01 (art. 39 lid 1 Pw)" in voorlopig["voorlopigOmdat"]


def test_een_besluit_op_een_voorlopige_waarde_zegt_dat_in_de_uitleg(client: FlaskClient) -> None:
    def uitleg(peildatum: str) -> dict[str, Any]:
        antwoord = client.post("/v1/beoordelingen/giftenvrijlating", json={
            "peildatum": peildatum, "giftenInDeMaand": "100.00"})
        assert antwoord.status_code == 200, antwoord.get_json()
        gevonden: dict[str, Any] = antwoord.get_json()["uitleg"]
        return gevonden

    vast, voorlopig = uitleg("2026-12-31"), uitleg("2027-01-01")
    assert (vast["voorlopig"], vast["voorlopigeParameters"], vast["interpretaties"]) == (False, [], [])
    assert (voorlopig["voorlopig"], voorlopig["voorlopigeParameters"]) == (True, ["giften.grens_per_kalenderjaar"])


@pytest.mark.parametrize("maatregel_id", ["M4", "m04", "xyz", "M004", "M04x"])
def test_een_id_buiten_het_patroon_is_een_400_die_id_noemt(client: FlaskClient, maatregel_id: str) -> None:
    antwoord = client.get(f"/v1/maatregelen/{maatregel_id}")
    assert antwoord.status_code == 400
    assert antwoord.mimetype == "application/problem+json"
    assert [veld["name"] for veld in antwoord.get_json()["invalidParams"]] == ["id"]


def test_een_id_volgens_het_patroon_dat_niet_bestaat_blijft_een_404(client: FlaskClient) -> None:
    antwoord = client.get("/v1/maatregelen/M99")
    assert antwoord.status_code == 404
    assert antwoord.mimetype == "application/problem+json"
