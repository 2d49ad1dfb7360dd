"""De runner is eerlijk over zijn eigen falen: onderbroken, een onbruikbare rapportmap, een mislukte schrijver."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from api import create_app
from conformance.aansturen.doel import wsgi_doel
from conformance.runner import Opdracht, Uitgang, voer_uit
from conformance.vastleggen import schrijvers
from tests.leveranciers.catalogus import Kopregels, Leverancier
from tests.leveranciers.server import op_http
from tests.server import PWIB
from tests.test_conformance import controleer_rapporten, pwib


class _Bedachtzaam(Leverancier):
    """Eerlijk, maar elke beslissing duurt 0,2 s: lang genoeg om de run halverwege te onderbreken."""

    def antwoord(self, pad: str, status: int, kopregels: Kopregels, lichaam: bytes,
                 environ: dict[str, Any]) -> tuple[int, Kopregels, bytes]:
        if pad.startswith("/v1/beoordelingen/"):
            time.sleep(0.2)
        return status, kopregels, lichaam


def _onderbreek(tmp_path: Path, signalen: int) -> tuple[int, str]:
    """Start een echte run tegen een trage leverancier en stuur SIGINT zodra er scenario's lopen."""
    leverancier = _Bedachtzaam(create_app())
    with op_http(leverancier) as (url, _):
        proces = subprocess.Popen(
            [str(PWIB), "conformance", "--target", url, "--report-dir", "r", "--product", "P", "--productversie", "1"],
            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while leverancier.verzoeken < 20 and time.monotonic() < deadline and proces.poll() is None:
            time.sleep(0.05)
        assert proces.poll() is None, "de run was al klaar voor de onderbreking"
        for _ in range(signalen):
            proces.send_signal(signal.SIGINT)
        uitvoer, fouten = proces.communicate(timeout=30)
    return proces.returncode, uitvoer + fouten


@pytest.mark.http
def test_een_onderbroken_run_schrijft_een_rapport_onderbroken_en_eindigt_niet_met_0(tmp_path: Path) -> None:
    code, uitvoer = _onderbreek(tmp_path, signalen=1)
    assert code == Uitgang.ONDERBROKEN, uitvoer
    assert int(Uitgang.ONDERBROKEN) == 130
    rapport = controleer_rapporten(tmp_path / "r")
    assert (rapport["uitslag"], rapport["exitcode"]) == ("onderbroken", 130)
    assert rapport["opdracht"]["onderbroken"] is True
    assert len(rapport["scenarios"]) < rapport["opdracht"]["geselecteerd"]
    assert rapport["toelichting"].startswith(f"onderbroken na {len(rapport['scenarios'])} van de ")
    assert "de run is onderbroken" in rapport["certificering"]["redenen"]
    assert '<div class="stempel onderbroken">onderbroken</div>' in (tmp_path / "r" / "rapport.html").read_text("utf-8")
    assert "onderbroken:" in uitvoer
    assert "Traceback" not in uitvoer


_TWEE_KEER = """
import signal, time
from conformance.runner import _onderbreekbaar
with _onderbreekbaar():
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        print("eerste: de run breekt af en schrijft zijn rapport", flush=True)
    signal.raise_signal(signal.SIGINT)
    time.sleep(30)
    print("niet gestopt")
"""


def test_een_tweede_onderbreking_stopt_meteen(tmp_path: Path) -> None:
    """De eerste SIGINT breekt de run af (en het rapport wordt nog geschreven); de tweede wacht nergens op."""
    begin = time.monotonic()
    proces = subprocess.run([str(PWIB.parent / "python"), "-c", _TWEE_KEER], capture_output=True, text=True,
                            timeout=60, cwd=Path(__file__).parent.parent, check=False)
    assert proces.returncode == 130, proces.stdout + proces.stderr
    assert proces.stdout == "eerste: de run breekt af en schrijft zijn rapport\n"
    assert proces.stderr == "pwib: tweede onderbreking: direct gestopt, zonder rapport\n"
    assert time.monotonic() - begin < 20


@pytest.mark.parametrize("soort", ["bestand", "onder een bestand"])
def test_een_onbruikbare_rapportmap_is_exitcode_2_voor_er_een_verzoek_uitgaat(tmp_path: Path, soort: str) -> None:
    (tmp_path / "bezet").write_text("geen map", "utf-8")
    map_ = "bezet" if soort == "bestand" else "bezet/rapport"
    leverancier = Leverancier(create_app())
    with op_http(leverancier) as (url, _):
        proces = pwib("conformance", "--target", url, "--report-dir", map_, cwd=tmp_path)
    assert proces.returncode == 2, proces.stdout + proces.stderr
    assert len(proces.stdout.strip().splitlines()) == 1, proces.stdout
    assert f"rapportmap {map_}" in proces.stdout
    assert "Traceback" not in proces.stdout + proces.stderr
    assert leverancier.verzoeken == 0


def test_een_schrijver_die_faalt_laat_de_vorige_set_heel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    eerste = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M04-001", rapportmap=tmp_path, voortgang=False))
    assert eerste.rapport is not None
    oud = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def kapot(rapport: dict[str, Any], map_: Path) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(schrijvers, "SCHRIJVERS", (*schrijvers.SCHRIJVERS[:2], kapot))
    tweede = voer_uit(wsgi_doel(create_app()), Opdracht(tags="M04-002", rapportmap=tmp_path, voortgang=False))
    assert tweede.uitgang == Uitgang.GEBRUIKSFOUT
    assert tweede.melding == f"rapporten schrijven in {tmp_path} mislukt: No space left on device"
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == oud, "een nieuw resultaat naast een oud rapport"
