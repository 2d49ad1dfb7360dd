"""Elke foutroute van de API: problem+json, elk onjuist veld genoemd, nooit HTML, nooit 500 voor invoer."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient

from api.contract import versie

GIFTEN = "/v1/beoordelingen/giftenvrijlating"
NORM = "/v1/beoordelingen/bijstandsnorm"


def _probleem(antwoord: Any, status: int) -> dict[str, Any]:
    assert antwoord.status_code == status
    assert antwoord.mimetype == "application/problem+json"
    assert antwoord.headers["API-Version"] == versie()
    inhoud: dict[str, Any] = antwoord.get_json(force=True)
    assert inhoud["status"] == status
    assert {"type", "title", "status", "detail", "instance"} <= set(inhoud)
    return inhoud


def _namen(inhoud: dict[str, Any]) -> set[str]:
    return {p["name"] for p in inhoud["invalidParams"]}


def test_elk_onjuist_veld_wordt_tegelijk_genoemd(client: FlaskClient) -> None:
    antwoord = client.post(GIFTEN, json={"peildatum": "2026-02-30", "giftenInDeMaand": "-1.00",
                                         "eerderDitKalenderjaar": 5, "onbekend": True})
    assert _namen(_probleem(antwoord, 400)) == {"peildatum", "giftenInDeMaand", "eerderDitKalenderjaar",
                                                "onbekend"}


def test_ontbrekende_verplichte_velden_worden_elk_een_keer_genoemd(client: FlaskClient) -> None:
    inhoud = _probleem(client.post(GIFTEN, json={}), 400)
    assert sorted(p["name"] for p in inhoud["invalidParams"]) == ["giftenInDeMaand", "peildatum"]


def test_geneste_velden_krijgen_hun_volledige_pad(client: FlaskClient) -> None:
    antwoord = client.post(NORM, json={"peildatum": "2026-01-01",
                                       "huishouden": {"belanghebbende": {"leeftijd": -1}, "x": 1}})
    assert _namen(_probleem(antwoord, 400)) == {"huishouden.belanghebbende.leeftijd", "huishouden.x"}


@pytest.mark.parametrize(
    ("lichaam", "content_type", "code"),
    [("{kapot", "application/json", "ongeldige-json"), ("{}", "text/plain", "mediatype"),
     ("", "application/json", None)],
)
def test_een_onleesbaar_lichaam_is_400(client: FlaskClient, lichaam: str, content_type: str,
                                        code: str | None) -> None:
    inhoud = _probleem(client.post(GIFTEN, data=lichaam, content_type=content_type), 400)
    assert inhoud["invalidParams"]
    if code:
        assert inhoud["invalidParams"][0]["code"] == code


@pytest.mark.parametrize("diepte", [65, 900, 999, 1000, 1500, 3000])
@pytest.mark.parametrize("soort", ["object", "lijst"])
def test_json_van_elke_diepte_is_400_en_geen_500(client: FlaskClient, diepte: int, soort: str) -> None:
    lichaam = '{"a":' * diepte + "1" + "}" * diepte if soort == "object" else "[" * diepte + "]" * diepte
    inhoud = _probleem(client.post(GIFTEN, data=lichaam, content_type="application/json"), 400)
    assert [p["code"] for p in inhoud["invalidParams"]] == ["te-diep"]


@pytest.mark.parametrize("lichaam", ["null", "[]", '"tekst"', "3"])
def test_een_lichaam_dat_geen_object_is_is_400_en_geen_500(client: FlaskClient, lichaam: str) -> None:
    _probleem(client.post(GIFTEN, data=lichaam, content_type="application/json"), 400)


def test_een_onmogelijk_feit_is_400_met_het_veld(client: FlaskClient) -> None:
    antwoord = client.post(NORM, json={"peildatum": "2026-01-01", "huishouden": {"belanghebbende": {"leeftijd": 17}}})
    assert _namen(_probleem(antwoord, 400)) == {"huishouden.belanghebbende.leeftijd"}


def test_een_peildatum_zonder_parameters_is_400_op_de_peildatum(client: FlaskClient) -> None:
    antwoord = client.post(NORM, json={"peildatum": "2019-01-01", "huishouden": {"belanghebbende": {"leeftijd": 40}}})
    inhoud = _probleem(antwoord, 400)
    assert inhoud["invalidParams"][0]["name"] == "peildatum"
    assert inhoud["invalidParams"][0]["code"] == "buiten-bereik"


def test_een_ongeldige_queryparameter_is_400(client: FlaskClient) -> None:
    assert _namen(_probleem(client.get("/v1/parameters?peildatum=morgen"), 400)) == {"peildatum"}
    assert _namen(_probleem(client.get("/v1/parameters"), 400)) == {"peildatum"}


@pytest.mark.parametrize("pad", ["/v1/bestaat-niet", "/v1/maatregelen/", "/v1/maatregelen/M99",
                                 "/v1/beoordelingen/onbekend", "/"])
def test_onbekende_paden_en_een_slash_aan_het_eind_zijn_404(client: FlaskClient, pad: str) -> None:
    methode = client.post if "beoordelingen" in pad else client.get
    _probleem(methode(pad, json={}) if methode == client.post else methode(pad), 404)


def test_een_verkeerde_methode_is_405_met_allow(client: FlaskClient) -> None:
    antwoord = client.get(GIFTEN)
    _probleem(antwoord, 405)
    assert "POST" in antwoord.headers["Allow"]


def test_een_te_groot_verzoek_is_413(client: FlaskClient) -> None:
    _probleem(client.post(GIFTEN, data="x" * 70_000, content_type="application/json"), 413)


def test_een_onverwachte_fout_is_een_500_zonder_html(client: FlaskClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from api.routes import beoordelingen

    def kapot(*_: Any) -> Any:
        raise RuntimeError("kapot")

    monkeypatch.setitem(beoordelingen.BEOORDELINGEN, "giftenvrijlating", kapot)
    inhoud = _probleem(client.post(GIFTEN, json={"peildatum": "2026-01-01", "giftenInDeMaand": "1.00"}), 500)
    assert "kapot" not in json.dumps(inhoud)


def test_het_contract_is_vrij_op_te_halen_met_cors(client: FlaskClient) -> None:
    antwoord = client.get("/v1/openapi.json")
    assert antwoord.status_code == 200
    assert antwoord.headers["Access-Control-Allow-Origin"] == "*"
    assert antwoord.get_json()["info"]["version"] == versie()
    yaml_antwoord = client.get("/v1/openapi.yaml")
    assert yaml_antwoord.status_code == 200
    assert yaml_antwoord.get_data(as_text=True).startswith("openapi: 3.0.3")
