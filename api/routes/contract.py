"""GET /v1/openapi.json en /v1/openapi.yaml: het contract, zonder authenticatie, met CORS *."""

from __future__ import annotations

from flask import Blueprint, Response

from api.contract import contract_json, contract_tekst

bp = Blueprint("contract", __name__)


@bp.get("/openapi.json")
def als_json() -> Response:
    return Response(contract_json(), mimetype="application/json")


@bp.get("/openapi.yaml")
def als_yaml() -> Response:
    return Response(contract_tekst(), mimetype="application/yaml")
