"""De suite zelf: groen tegen de referentie in-process en over HTTP, de rapporten, en de exitcodes."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from api import create_app
from conformance.aansturen.doel import http_doel, wsgi_doel
from conformance.kern.bestanden import SCHEMAS
from conformance.runner import Opdracht, Uitgang, voer_uit
from tests.server import PWIB, pwib_serve, vrije_poort


@pytest.fixture(scope="module")
def referentie_url() -> Iterator[str]:
    with pwib_serve() as url:
        yield url


def controleer_rapporten(map_: Path) -> dict[str, Any]:
    """Alle drie de rapporten bestaan; de JSON volgt zijn schema en de JUnit is leesbare XML."""
    uitslag: dict[str, Any] = json.loads((map_ / "resultaat.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(json.loads((SCHEMAS / "rapport.schema.json").read_text("utf-8"))).validate(uitslag)
    junit = ET.fromstring((map_ / "junit.xml").read_bytes())  # noqa: S314 - ons eigen bestand
    assert sum(int(s.get("tests", 0)) for s in junit) == len(uitslag["scenarios"]) + len(uitslag["voorcontrole"])
    assert (map_ / "rapport.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert not [p for p in map_.iterdir() if p.name.startswith(".")], "een tijdelijk bestand bleef achter"
    return uitslag


PRODUCT = "pwib referentie-API"


def test_de_suite_is_groen_tegen_de_referentie_in_process(tmp_path: Path) -> None:
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags=None, rapportmap=tmp_path, voortgang=False,
                                                          product=PRODUCT, productversie="test"))
    assert uitkomst.run is not None
    fout = [r for r in uitkomst.run.alle if r.oordeel != "geslaagd"]
    assert not fout, [(r.id, r.melding) for r in fout]
    assert uitkomst.uitgang == Uitgang.CONFORM
    uitslag = controleer_rapporten(tmp_path)
    assert uitslag["uitslag"] == "conform"
    assert uitslag["certificering"] == {"soort": "certificeringsrun", "certificeerbaar": True, "redenen": []}
    assert uitslag["product"]["naam"] == "pwib referentie-API"
    assert len(uitslag["product"]["openapiSha256"]) == 64
    ids = [s["id"] for s in uitslag["scenarios"]]
    assert len(ids) == len(set(ids)) >= 50
    assert {"M04-001", "M06-001", "NORM-001#1"} <= set(ids)
    assert [r["id"] for r in uitslag["voorcontrole"]][:2] == ["ADR-API-51", "ADR-API-56"]
    assert uitslag["herleidbaarheid"]["eisen"], "de matrix van een volledige run noemt de eisentabellen"


@pytest.mark.http
def test_de_suite_is_groen_tegen_pwib_serve_over_http(referentie_url: str, tmp_path: Path) -> None:
    uitkomst = voer_uit(http_doel(referentie_url, timeout=10), Opdracht(tags=None, rapportmap=tmp_path,
                                                                       voortgang=False, product=PRODUCT,
                                                                       productversie="test"))
    assert uitkomst.run is not None
    assert [r.id for r in uitkomst.run.alle if r.oordeel != "geslaagd"] == []
    assert uitkomst.uitgang == Uitgang.CONFORM
    assert controleer_rapporten(tmp_path)["doel"] == referentie_url


def test_een_tag_selecteert_alleen_die_maatregel(tmp_path: Path) -> None:
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M04", rapportmap=tmp_path, voortgang=False))
    assert uitkomst.run is not None
    assert {r.maatregel for r in uitkomst.run.resultaten} == {"M04"}
    assert {r["maatregel"] for r in controleer_rapporten(tmp_path)["herleidbaarheid"]["eisen"]} == {"M04"}


def test_een_tag_die_niets_selecteert_is_een_gebruiksfout(tmp_path: Path) -> None:
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M99", rapportmap=tmp_path, voortgang=False))
    assert uitkomst.uitgang == Uitgang.GEBRUIKSFOUT
    assert not (tmp_path / "resultaat.json").exists()


def pwib(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PWIB), *args], capture_output=True, text=True, timeout=180, cwd=cwd, check=False,
                          env=env)


def test_een_gesloten_poort_geeft_exitcode_3_en_een_regel_zonder_traceback(tmp_path: Path) -> None:
    proces = pwib("conformance", "--target", f"http://127.0.0.1:{vrije_poort()}/v1", "--timeout", "2",
                  cwd=tmp_path)
    assert proces.returncode == 3
    assert "onbereikbaar" in proces.stdout
    assert "Traceback" not in proces.stdout + proces.stderr
    assert len(proces.stdout.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [
    ["conformance", "--timeout", "0"],
    ["conformance", "--tags", "M04 and ("],
    ["conformance", "--max-connection-failures", "0"],
    ["conformance", "--header", "geen dubbele punt"],
    ["onbekend"],
])
def test_een_onjuiste_aanroep_geeft_exitcode_2(args: list[str], tmp_path: Path) -> None:
    proces = pwib(*args, cwd=tmp_path)
    assert proces.returncode == 2, proces.stdout + proces.stderr
    assert "Traceback" not in proces.stdout + proces.stderr


def test_pwib_conformance_schrijft_rapporten_en_meldt_waar(tmp_path: Path) -> None:
    proces = pwib("conformance", "--tags", "M06", "--report-dir", str(tmp_path / "r"), cwd=tmp_path)
    assert proces.returncode == 1, proces.stdout + proces.stderr
    for naam in ("resultaat.json", "junit.xml", "rapport.html"):
        assert naam in proces.stdout
    rapport = controleer_rapporten(tmp_path / "r")
    assert rapport["uitslag"] == "onvolledig"
    assert rapport["telling"]["geslaagd"] == len(rapport["scenarios"])
    assert "exitcodes van conformance" in pwib("conformance", "--help", cwd=tmp_path).stdout
