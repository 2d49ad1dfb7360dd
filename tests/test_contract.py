"""Het contract zelf: geldig OpenAPI 3.0, en de afspraken uit ARCHITECTURE.md gelden voor elke operatie."""

from __future__ import annotations

import re

import pytest
from openapi_spec_validator import validate

from api.contract import contract, versie

OPERATIES = [(pad, methode, op) for pad, p in contract()["paths"].items() for methode, op in p.items()]


def test_het_contract_is_geldig_openapi_303() -> None:
    assert contract()["openapi"] == "3.0.3"
    validate(contract())


def test_de_versie_is_semver() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", versie())


@pytest.mark.parametrize(("pad", "methode", "operatie"), OPERATIES, ids=[f"{m} {p}" for p, m, _ in OPERATIES])
def test_elke_operatie_volgt_de_afspraken(pad: str, methode: str, operatie: dict[str, object]) -> None:
    assert re.fullmatch(r"(/[a-z0-9]+(-[a-z0-9]+)*|/\{[a-z]+\}|/openapi\.(json|yaml))+", pad), "kebab-case, geen slash"
    assert operatie.get("operationId")
    antwoorden = operatie["responses"]
    assert isinstance(antwoorden, dict)
    assert "default" in antwoorden
    if methode == "post":
        assert "400" in antwoorden
        assert "example" in operatie["requestBody"]["content"]["application/json"]  # type: ignore[index]


def test_elk_antwoord_draagt_api_version() -> None:
    gedeeld = contract()["components"]["responses"]
    for pad, methode, operatie in OPERATIES:
        for status, verwijzing in operatie["responses"].items():
            antwoord = gedeeld[verwijzing["$ref"].rsplit("/", 1)[-1]] if "$ref" in verwijzing else verwijzing
            assert "API-Version" in antwoord.get("headers", {}), f"{methode} {pad} {status}"


def test_invoerbedragen_blijven_binnen_wat_een_uitkomst_kan_dragen() -> None:
    schemas = contract()["components"]["schemas"]
    assert schemas["Invoerbedrag"]["pattern"].count("{0,8}") == 1
    assert schemas["Bedrag"]["pattern"].count("{0,11}") == 1
