"""De suite als pytest-plugin (entrypoint `pwib`): `pytest --pwib-target URL` voor leveranciers met pytest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from api import create_app
from conformance import plugin
from tests.leveranciers.catalogus import CentErnaast
from tests.leveranciers.server import op_http
from tests.server import pwib_serve


def _pytest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args], capture_output=True,
                          text=True, timeout=300, cwd=cwd, check=False)


@pytest.mark.http
def test_pytest_met_pwib_target_draait_de_suite_tegen_pwib_serve(tmp_path: Path) -> None:
    (tmp_path / "test_eigen.py").write_text("def test_eigen_test_van_de_leverancier():\n    assert True\n", "utf-8")
    with pwib_serve(workers=1) as url:
        proces = _pytest("--pwib-target", url, "-m", "M04 or not pwib", "--pwib-report-dir", "rapport", "-rA",
                         cwd=tmp_path)
    uitvoer = proces.stdout + proces.stderr
    assert proces.returncode == 1, "een selectie (-m) is een ontwikkelrun: nooit exitcode 0\n" + uitvoer
    assert "PASSED test_eigen.py::test_eigen_test_van_de_leverancier" in uitvoer, "de eigen tests draaien mee"
    assert "pwib conformance" in uitvoer
    assert "onvolledig: niet certificeerbaar" in uitvoer
    rapport = json.loads((tmp_path / "rapport" / "resultaat.json").read_text("utf-8"))
    assert rapport["uitslag"] == "onvolledig"
    [reden] = [r for r in rapport["certificering"]["redenen"] if "selectie" in r]
    assert "-m 'M04 or not pwib'" in reden
    assert rapport["doel"] == url
    assert {s["maatregel"] for s in rapport["scenarios"]} == {"M04"}
    assert all(r["oordeel"] == "geslaagd" for r in rapport["voorcontrole"])


@pytest.mark.http
def test_pytest_met_pwib_target_faalt_op_een_foute_leverancier(tmp_path: Path) -> None:
    with op_http(CentErnaast(create_app())) as (url, _):
        proces = _pytest("--pwib-target", url, "-m", "M04-001", "--pwib-report-dir", "rapport", cwd=tmp_path)
    assert proces.returncode == 1, proces.stdout + proces.stderr
    assert "niet conform" in proces.stdout
    [scenario] = json.loads((tmp_path / "rapport" / "resultaat.json").read_text("utf-8"))["scenarios"]
    assert (scenario["id"], scenario["oordeel"], scenario["falendeStap"]["controle"]) == ("M04-001", "gefaald",
                                                                                         "uitkomst")


def test_zonder_pwib_target_doet_de_plugin_niets(request: pytest.FixtureRequest) -> None:
    """Deze sessie zelf: het entrypoint is geladen, maar zonder --pwib-target is er geen sessie en geen scenario."""
    assert request.config.pluginmanager.has_plugin("pwib")
    assert plugin.SESSIE not in request.config.stash
    assert not request.config.getini("markers") or "pwib: " not in "\n".join(request.config.getini("markers"))


def test_een_onjuist_profiel_is_een_gebruiksfout_van_pytest(tmp_path: Path) -> None:
    (tmp_path / "profiel.yaml").write_text("naam: x\n", "utf-8")
    proces = _pytest("--pwib-target", "http://127.0.0.1:9/v1", "--pwib-profile", "profiel.yaml", cwd=tmp_path)
    assert proces.returncode == pytest.ExitCode.USAGE_ERROR
    assert "profiel.yaml: beleid: ontbreekt (verplicht)" in proces.stderr
