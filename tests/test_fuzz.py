"""Schemathesis over het hele gediende contract: geen 5xx, geen antwoord buiten het contract,
geen ongeldige invoer aanvaard. Begrensd in voorbeelden, zodat CI ruim binnen de tijd blijft.

Het contract wordt opgehaald bij `pwib serve` op 127.0.0.1 (`/v1/openapi.json`) en elke
operatie wordt daar aangeroepen. Een vondst wordt een gerepareerde fout plus een gewone
regressietest elders in tests/.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi import checks

from api.antwoord import MINIMAAL
from api.contract import contract
from api.validatie import Contractvalidatie
from tests.minimaal import minimaal_contract
from tests.server import pwib_serve

pytestmark = pytest.mark.http

CONTROLES = [
    schemathesis.checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
    checks.negative_data_rejection,
]
OPERATIES = [f"{methode.upper()} {pad}" for pad, p in contract()["paths"].items() for methode in p]
VOORBEELDEN_PER_OPERATIE = 40
MINIMAAL_CONTRACT = Contractvalidatie(minimaal_contract())


@pytest.fixture(scope="module")
def gediend() -> Iterator[tuple[schemathesis.BaseSchema, str]]:
    with pwib_serve(workers=2) as basis:
        schema = schemathesis.openapi.from_url(f"{basis}/openapi.json")
        yield schema, basis


@pytest.mark.parametrize("operatie", OPERATIES)
def test_elke_operatie_houdt_stand_onder_fuzzing(gediend: tuple[schemathesis.BaseSchema, str],
                                                  operatie: str) -> None:
    schema, basis = gediend
    api_operatie = schema[operatie.split(" ", 1)[1]][operatie.split(" ", 1)[0]]

    @settings(max_examples=VOORBEELDEN_PER_OPERATIE, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=api_operatie.as_strategy(), modus=st.just(None))
    def fuzz(case: schemathesis.Case[Any], modus: None) -> None:
        antwoord = case.call(base_url=basis)
        if MINIMAAL not in antwoord.headers.get("preference-applied", []):
            case.validate_response(antwoord, checks=CONTROLES)
            return
        # Prefer: return=minimal: het lichaam volgt het contract zonder de velden uit x-weggelaten
        case.validate_response(antwoord, checks=[c for c in CONTROLES if c is not checks.response_schema_conformance])
        assert MINIMAAL_CONTRACT.antwoordfouten(case.method, case.path, antwoord.status_code, "application/json",
                                                antwoord.content) == []

    fuzz()
