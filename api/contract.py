"""Het contract `openapi.yaml`: eenmaal ingelezen, gedeeld door validatie en de contract-routes."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from openapi_core import OpenAPI

from pwib_inhoud import wortel

CONTRACT_PAD: Path = wortel() / "openapi.yaml"


@cache
def contract_tekst() -> str:
    return CONTRACT_PAD.read_text("utf-8")


@cache
def contract() -> dict[str, Any]:
    gegevens: dict[str, Any] = yaml.safe_load(contract_tekst())
    return gegevens


@cache
def contract_json() -> str:
    return json.dumps(contract(), ensure_ascii=False, indent=2)


@cache
def openapi() -> OpenAPI:
    return OpenAPI.from_dict(contract())


def versie() -> str:
    """`info.version`: gaat mee als `API-Version` op elk antwoord."""
    return str(contract()["info"]["version"])
