"""De suite zelf: groen tegen de referentie in-process en over HTTP, en de exitcodes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from api import create_app
from conformance.doel import http_doel, wsgi_doel
from conformance.runner import Opdracht, Uitgang, voer_uit
from tests.server import PWIB, pwib_serve, vrije_poort


@pytest.fixture(scope="module")
def referentie_url() -> Iterator[str]:
    with pwib_serve() as url:
        yield url


def _controleer_rapport(map_: Path) -> dict[str, object]:
    uitslag: dict[str, object] = json.loads((map_ / "resultaat.json").read_text("utf-8"))
    assert uitslag["schemaVersion"] == "1.0"
    assert (map_ / "junit.xml").read_text("utf-8").startswith("<?xml")
    return uitslag


def test_de_suite_is_groen_tegen_de_referentie_in_process(tmp_path: Path) -> None:
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags=None, rapportmap=tmp_path, voortgang=False))
    assert uitkomst.run is not None
    fout = [r for r in uitkomst.run.resultaten if r.oordeel != "geslaagd"]
    assert not fout, [(r.id, r.melding) for r in fout]
    assert uitkomst.uitgang == Uitgang.CONFORM
    uitslag = _controleer_rapport(tmp_path)
    assert uitslag["uitslag"] == "conform"
    ids = [s["id"] for s in uitslag["scenarios"]]  # type: ignore[attr-defined]
    assert len(ids) == len(set(ids)) >= 50
    assert {"M04-001", "M06-001", "NORM-001#1"} <= set(ids)


@pytest.mark.http
def test_de_suite_is_groen_tegen_pwib_serve_over_http(referentie_url: str, tmp_path: Path) -> None:
    uitkomst = voer_uit(http_doel(referentie_url, timeout=10), Opdracht(tags=None, rapportmap=tmp_path,
                                                                       voortgang=False))
    assert uitkomst.run is not None
    assert [r.id for r in uitkomst.run.resultaten if r.oordeel != "geslaagd"] == []
    assert uitkomst.uitgang == Uitgang.CONFORM
    assert _controleer_rapport(tmp_path)["doel"] == referentie_url


def test_een_tag_selecteert_alleen_die_maatregel(tmp_path: Path) -> None:
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M04", rapportmap=tmp_path, voortgang=False))
    assert uitkomst.run is not None
    assert {r.maatregel for r in uitkomst.run.resultaten} == {"M04"}


def test_een_tag_die_niets_selecteert_is_een_gebruiksfout(tmp_path: Path) -> None:
    uitkomst = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M99", rapportmap=tmp_path, voortgang=False))
    assert uitkomst.uitgang == Uitgang.GEBRUIKSFOUT


def _pwib(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PWIB), *args], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          check=False)


def test_een_gesloten_poort_geeft_exitcode_3_en_een_regel_zonder_traceback(tmp_path: Path) -> None:
    proces = _pwib("conformance", "--target", f"http://127.0.0.1:{vrije_poort()}/v1", "--timeout", "2",
                   tmp_path=tmp_path)
    assert proces.returncode == 3
    assert "onbereikbaar" in proces.stdout
    assert "Traceback" not in proces.stdout + proces.stderr
    assert len(proces.stdout.strip().splitlines()) == 1


@pytest.mark.parametrize("args", [["conformance", "--timeout", "0"], ["conformance", "--tags", "M04 and ("],
                                  ["onbekend"]])
def test_een_onjuiste_aanroep_geeft_exitcode_2(args: list[str], tmp_path: Path) -> None:
    proces = _pwib(*args, tmp_path=tmp_path)
    assert proces.returncode == 2, proces.stdout + proces.stderr
    assert "Traceback" not in proces.stdout + proces.stderr


def test_pwib_conformance_schrijft_rapporten_en_meldt_waar(tmp_path: Path) -> None:
    proces = _pwib("conformance", "--tags", "M06", "--report-dir", str(tmp_path / "r"), tmp_path=tmp_path)
    assert proces.returncode == 0, proces.stdout + proces.stderr
    assert "resultaat.json" in proces.stdout
    assert (tmp_path / "r" / "resultaat.json").exists()
    assert sys.executable
