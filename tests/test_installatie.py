"""De gebouwde wheel, geïnstalleerd in een verse venv buiten de checkout, draait de suite zoals de repository.

De wheel wordt gebouwd zonder netwerk (`pip wheel --no-deps --no-build-isolation`) en met `--no-deps
--no-index` geïnstalleerd; de afhankelijkheden komen via een .pth-bestand uit de site-packages van deze
venv. De bewerkbare installatie van de checkout is daar niet zichtbaar: een .pth-regel voegt alleen een
map toe, de .pth-bestanden in die map (ook die van `pip install -e .`) worden niet uitgevoerd.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from conformance.inlezen.inhoud import inhoudshash
from tests.server import pwib_serve

WORTEL = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.http


def _omgeving() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if not k.startswith(("PWIB_", "PYTHON", "VIRTUAL_ENV")) and k != "PIP_REQUIRE_VIRTUALENV"}


def _draai(*args: str | Path, map_: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=map_, env=_omgeving(), capture_output=True, text=True,
                          timeout=300, check=False)


@pytest.fixture(scope="module")
def geinstalleerd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """De map van een verse venv (buiten de checkout) met alleen de gebouwde wheel erin."""
    basis = tmp_path_factory.mktemp("installatie")
    assert not basis.is_relative_to(WORTEL)
    gebouwd = _draai(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                     "--quiet", "--wheel-dir", basis / "wheels", WORTEL, map_=basis)
    assert gebouwd.returncode == 0, gebouwd.stderr
    (wheel,) = (basis / "wheels").glob("pwib-*.whl")
    venv = basis / "venv"
    assert _draai(sys.executable, "-m", "venv", "--without-pip", venv, map_=basis).returncode == 0
    python = venv / "bin" / "python"
    site = Path(_draai(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                       map_=basis).stdout.strip())
    (site / "afhankelijkheden.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    geinstalleerd = _draai(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
                           "--quiet", wheel, map_=basis)
    assert geinstalleerd.returncode == 0, geinstalleerd.stderr
    return venv


def test_de_sdist_bouwt_dezelfde_wheel_met_alle_inhoud(geinstalleerd: Path, tmp_path: Path) -> None:
    (uit_checkout,) = (geinstalleerd.parent / "wheels").glob("pwib-*.whl")
    bouw_sdist = f"from setuptools import build_meta; build_meta.build_sdist({str(tmp_path)!r})"
    gebouwd = _draai(sys.executable, "-c", bouw_sdist, map_=WORTEL)
    assert gebouwd.returncode == 0, gebouwd.stderr
    (sdist,) = tmp_path.glob("pwib-*.tar.gz")
    with tarfile.open(sdist) as archief:
        archief.extractall(tmp_path / "bron", filter="data")
    (bron,) = (tmp_path / "bron").iterdir()
    gebouwd = _draai(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                     "--quiet", "--wheel-dir", tmp_path / "wheels", bron, map_=tmp_path)
    assert gebouwd.returncode == 0, gebouwd.stderr
    (uit_sdist,) = (tmp_path / "wheels").glob("pwib-*.whl")
    namen = zipfile.ZipFile(uit_checkout).namelist()
    assert sorted(zipfile.ZipFile(uit_sdist).namelist()) == sorted(namen)
    for nodig in ("pwib_inhoud/openapi.yaml", "pwib_inhoud/features/M04-giftenvrijlating.feature",
                  "pwib_inhoud/fixtures/personen/schema.json", "conformance/suite/pytest.ini",
                  "conformance/zinnen/algemeen.yaml", "conformance/schemas/rapport.schema.json"):
        assert nodig in namen


def test_de_geinstalleerde_pwib_leest_alles_uit_zijn_eigen_pakketten(geinstalleerd: Path, tmp_path: Path) -> None:
    uitvoer = _draai(geinstalleerd / "bin" / "python", "-c",
                     "import api, conformance, pwib_inhoud, conformance.kern.bestanden as b;"
                     "print(api.__file__, conformance.__file__, b.WORTEL, b.FEATURES, b.SUITE, sep='\\n')",
                     map_=tmp_path)
    assert uitvoer.returncode == 0, uitvoer.stderr
    for pad in uitvoer.stdout.split():
        assert Path(pad).is_relative_to(geinstalleerd), pad


def test_de_geinstalleerde_suite_heeft_dezelfde_hash_als_de_repository(geinstalleerd: Path, tmp_path: Path) -> None:
    pwib = geinstalleerd / "bin" / "pwib"
    with pwib_serve(workers=1, programma=pwib, map_=tmp_path) as basis:
        uitvoer = _draai(pwib, "conformance", "--target", basis, "--tags", "M04", "--report-dir", "rapport",
                         "--format", "json", map_=tmp_path)
    assert uitvoer.returncode == 1, uitvoer.stdout + uitvoer.stderr  # een selectie: een ontwikkelrun
    samenvatting = json.loads(uitvoer.stdout)
    assert samenvatting["uitslag"] == "onvolledig"
    assert samenvatting["suite"] == inhoudshash()
    assert samenvatting["telling"]["geslaagd"] > 0
    assert set(samenvatting["telling"]) - {"geslaagd"} <= {k for k, n in samenvatting["telling"].items() if n == 0}
    assert "pwib M04" in uitvoer.stderr  # zonder terminal: een regel per afgeronde maatregel
    assert (tmp_path / "rapport" / "resultaat.json").is_file()


def test_pwib_serve_op_een_bezette_poort_stopt_met_een_regel_en_exitcode_2(geinstalleerd: Path,
                                                                         tmp_path: Path) -> None:
    pwib = geinstalleerd / "bin" / "pwib"
    with pwib_serve(workers=1, programma=pwib, map_=tmp_path) as basis:
        poort = basis.rsplit(":", 1)[1].split("/")[0]
        uitvoer = _draai(pwib, "serve", "--host", "127.0.0.1", "--port", poort, map_=tmp_path)
    assert uitvoer.returncode == 2
    assert uitvoer.stdout.strip() == (f"pwib serve: poort {poort} op 127.0.0.1 is al in gebruik; "
                                      "kies een andere met --port")
    assert "Traceback" not in uitvoer.stderr
