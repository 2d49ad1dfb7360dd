"""Gedeelde fixtures: de app, een client, en de contractcontrole op elk antwoord van de app."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask, Response, request, request_finished
from flask.testing import FlaskClient
from openapi_core import OpenAPI, V30ResponseValidator
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse

from api import create_app
from api.antwoord import MINIMAAL
from api.contract import contract
from tests.minimaal import minimaal_contract

_GEEN_OPERATIE = {"PathNotFound", "OperationNotFound"}
_VALIDATOR = V30ResponseValidator(
    OpenAPI.from_dict(contract()).spec,
    extra_media_type_deserializers={"application/problem+json": json.loads},
)
_VALIDATOR_MINIMAAL = V30ResponseValidator(OpenAPI.from_dict(minimaal_contract()).spec)
"""Alleen voor een antwoord met `Preference-Applied: return=minimal`: dan mag de uitleg ontbreken."""


@pytest.fixture(scope="session")
def app() -> Flask:
    return create_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def _contractcontrole(overtredingen: list[str]) -> Any:
    def ontvanger(afzender: Flask, response: Response, **_: Any) -> None:
        response.direct_passthrough = False
        validator = _VALIDATOR_MINIMAAL if response.headers.get("Preference-Applied") == MINIMAAL else _VALIDATOR
        for fout in validator.iter_errors(WerkzeugOpenAPIRequest(request), WerkzeugOpenAPIResponse(response)):
            if type(fout).__name__ in _GEEN_OPERATIE and response.status_code in (404, 405):
                continue  # een onbekend pad of een verkeerde methode heeft geen operatie om tegen te toetsen
            overtredingen.append(f"{request.method} {request.path} -> {response.status_code}: {fout!r} "
                                 f"{fout.__cause__!r}")

    return ontvanger


@pytest.fixture(autouse=True)
def elk_antwoord_volgt_het_contract() -> Iterator[None]:
    """Elk antwoord dat de app in een test geeft, wordt getoetst aan openapi.yaml."""
    overtredingen: list[str] = []
    ontvanger = _contractcontrole(overtredingen)
    request_finished.connect(ontvanger)
    try:
        yield
    finally:
        request_finished.disconnect(ontvanger)
    assert not overtredingen, "\n".join(overtredingen)
