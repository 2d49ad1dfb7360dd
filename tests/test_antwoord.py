"""De antwoorden: orjson geeft dezelfde JSON als de standaardbibliotheek, en `Prefer: return=minimal`
laat alleen de uitleg weg, zegt dat, en volgt het contract."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask import Flask
from flask.json.provider import DefaultJSONProvider
from flask.testing import FlaskClient

from api import create_app
from api.antwoord import MINIMAAL, voorkeuren, weggelaten_bij_minimaal
from api.contract import contract, versie
from api.validatie import Contractvalidatie
from tests.minimaal import minimaal_contract

VOORBEELDEN = [
    ("/v1" + pad, inhoud["example"])
    for pad, operaties in contract()["paths"].items()
    if "example" in (inhoud := operaties.get("post", {}).get("requestBody", {}).get("content", {})
                     .get("application/json", {}))
]
GET = ["/v1/maatregelen", "/v1/maatregelen/M04", "/v1/parameters?peildatum=2026-07-01"]


def _met_standaardbibliotheek() -> Flask:
    """De app zoals hij antwoordde vóór orjson: Flask's eigen JSON, ensure_ascii uit, sleutels niet gesorteerd."""
    app = create_app()
    app.json = DefaultJSONProvider(app)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    return app


def _geordend(data: bytes) -> Any:
    """De JSON met de volgorde van de sleutels erin (lijsten van paren), zodat ook die vergeleken wordt."""
    return json.loads(data, object_pairs_hook=list)


def test_elke_operatie_heeft_een_voorbeeld() -> None:
    beslissend = [p for p in contract()["paths"] if p.startswith(("/beoordelingen/", "/berekeningen/"))]
    assert len(VOORBEELDEN) == len(beslissend) > 20


@pytest.mark.parametrize(("pad", "voorbeeld"), VOORBEELDEN, ids=[p for p, _ in VOORBEELDEN])
def test_orjson_geeft_voor_elk_voorbeeld_dezelfde_json_als_de_standaardbibliotheek(
        client: FlaskClient, pad: str, voorbeeld: Any) -> None:
    nieuw = client.post(pad, json=voorbeeld)
    oud = _met_standaardbibliotheek().test_client().post(pad, json=voorbeeld)
    assert nieuw.status_code == oud.status_code == 200
    assert _geordend(nieuw.data) == _geordend(oud.data)
    assert nieuw.data == oud.data.rstrip(b"\n")  # compact, UTF-8 zonder \u-escapes, net als ensure_ascii=False
    assert nieuw.headers["Content-Type"] == oud.headers["Content-Type"] == "application/json"
    assert nieuw.headers["API-Version"] == versie()


@pytest.mark.parametrize("pad", GET)
def test_orjson_geeft_voor_de_catalogus_dezelfde_json_als_de_standaardbibliotheek(client: FlaskClient,
                                                                                pad: str) -> None:
    nieuw, oud = client.get(pad), _met_standaardbibliotheek().test_client().get(pad)
    assert nieuw.status_code == oud.status_code == 200
    assert nieuw.data == oud.data.rstrip(b"\n")


@pytest.mark.parametrize(("pad", "voorbeeld"), VOORBEELDEN, ids=[p for p, _ in VOORBEELDEN])
def test_return_minimal_laat_alleen_de_uitleg_weg_en_zegt_dat(client: FlaskClient, pad: str,
                                                              voorbeeld: Any) -> None:
    volledig = client.post(pad, json=voorbeeld)
    minimaal = client.post(pad, json=voorbeeld, headers={"Prefer": "return=minimal"})
    assert volledig.status_code == minimaal.status_code == 200
    assert "Preference-Applied" not in volledig.headers
    assert minimaal.headers["Preference-Applied"] == MINIMAAL
    assert "Prefer" in volledig.vary
    assert "Prefer" in minimaal.vary
    assert weggelaten_bij_minimaal() == {"uitleg"}
    assert "uitleg" in volledig.json  # type: ignore[operator]
    assert minimaal.json == {k: v for k, v in volledig.json.items() if k != "uitleg"}  # type: ignore[union-attr]
    assert len(minimaal.data) < len(volledig.data)


@pytest.mark.parametrize(("pad", "voorbeeld"), VOORBEELDEN[:3], ids=[p for p, _ in VOORBEELDEN[:3]])
def test_zonder_uitleg_volgt_het_antwoord_het_contract_alleen_met_de_voorkeur(client: FlaskClient, pad: str,
                                                                              voorbeeld: Any) -> None:
    minimaal = client.post(pad, json=voorbeeld, headers={"Prefer": "return=minimal"})
    sjabloon = pad.removeprefix("/v1")
    volgens_minimaal = Contractvalidatie(minimaal_contract()).antwoordfouten(
        "POST", sjabloon, 200, "application/json", minimaal.data)
    volgens_volledig = Contractvalidatie(contract()).antwoordfouten(
        "POST", sjabloon, 200, "application/json", minimaal.data)
    assert volgens_minimaal == []
    assert volgens_volledig, "zonder de voorkeur is een antwoord zonder uitleg een contractfout"


@pytest.mark.parametrize("prefer", ["return=representation", "respond-async", "return=minimalistisch",
                                    "wait=10", "minimal", "return"])
def test_zonder_return_minimal_blijft_het_antwoord_volledig(client: FlaskClient, prefer: str) -> None:
    pad, voorbeeld = VOORBEELDEN[0]
    antwoord = client.post(pad, json=voorbeeld, headers={"Prefer": prefer})
    assert antwoord.status_code == 200
    assert "uitleg" in antwoord.json  # type: ignore[operator]
    assert "Preference-Applied" not in antwoord.headers


@pytest.mark.parametrize(("kopregels", "verwacht"), [
    (["return=minimal"], {"return=minimal"}),
    (['respond-async, RETURN = "minimal"; x=1'], {"respond-async", "return=minimal"}),
    (["wait=10", "handling=lenient,return=minimal"], {"wait=10", "handling=lenient", "return=minimal"}),
    (["return=representation"], {"return=representation"}),
    ([""], set()),
])
def test_voorkeuren_worden_gelezen_zoals_rfc_7240_ze_schrijft(kopregels: list[str], verwacht: set[str]) -> None:
    assert voorkeuren(kopregels) == verwacht


def test_een_ongeldig_verzoek_met_return_minimal_blijft_een_volledig_probleem(client: FlaskClient) -> None:
    antwoord = client.post(VOORBEELDEN[0][0], json={}, headers={"Prefer": "return=minimal"})
    assert antwoord.status_code == 400
    assert antwoord.mimetype == "application/problem+json"
    assert "Preference-Applied" not in antwoord.headers
    assert antwoord.json["invalidParams"]  # type: ignore[index]


def test_de_voorkeur_staat_in_het_contract_bij_elke_beslisoperatie() -> None:
    for pad, operaties in contract()["paths"].items():
        if "post" in operaties:
            post = operaties["post"]
            assert {"$ref": "#/components/parameters/Prefer"} in post["parameters"], pad
            assert "Preference-Applied" in post["responses"]["200"]["headers"], pad
