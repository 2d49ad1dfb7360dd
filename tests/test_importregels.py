"""De richting van de afhankelijkheden uit ARCHITECTURE.md, getoetst op de imports zelf."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

WORTEL = Path(__file__).resolve().parent.parent


def _imports(pakket: str) -> dict[str, set[str]]:
    gevonden: dict[str, set[str]] = {}
    for pad in (WORTEL / pakket).rglob("*.py"):
        namen: set[str] = set()
        for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
            if isinstance(knoop, ast.Import):
                namen.update(alias.name.split(".")[0] for alias in knoop.names)
            elif isinstance(knoop, ast.ImportFrom) and knoop.module and knoop.level == 0:
                namen.add(knoop.module.split(".")[0])
        gevonden[str(pad.relative_to(WORTEL))] = namen
    return gevonden


@pytest.mark.parametrize("verboden", ["flask", "werkzeug", "httpx", "openapi_core", "api", "conformance"])
def test_reference_importeert_geen_web_en_geen_andere_lagen(verboden: str) -> None:
    overtreders = [pad for pad, namen in _imports("reference").items() if verboden in namen]
    assert not overtreders, f"{verboden} geïmporteerd in {overtreders}"


@pytest.mark.parametrize("verboden", ["reference", "api"])
def test_conformance_kent_de_referentie_niet(verboden: str) -> None:
    overtreders = [pad for pad, namen in _imports("conformance").items() if verboden in namen]
    assert not overtreders, f"{verboden} geïmporteerd in {overtreders}"


def test_alleen_de_cli_in_api_verbindt_met_de_suite() -> None:
    overtreders = [pad for pad, namen in _imports("api").items() if "conformance" in namen]
    assert overtreders == ["api/cli.py"]
