"""`pwib serve` onder vijandige clients: trage kopregels en trage lichamen houden de API niet vast."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from urllib.parse import urlsplit

import httpx
import pytest

from api.cli import main
from api.server import KOPREGELS_BINNEN_MS
from tests.server import pwib_serve

TRAGE_CLIENTS = 20
_KOPREGELS = (b"", b"GET /v1/maatregelen HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Traag: " + b"x" * 200)
"""Meteen niets; dan byte voor byte kopregels die nooit eindigen."""
_LICHAAM = (b"POST /v1/berekeningen/bijstand HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n", b" " * 999)
"""Meteen de hele kopregels; dan byte voor byte een lichaam dat nooit af is."""


@contextmanager
def _trage_clients(basis: str, aantal: int, per_byte: float,
                   verzoek: tuple[bytes, bytes] = _KOPREGELS) -> Iterator[list[int]]:
    """`aantal` verbindingen die het eerste deel van `verzoek` meteen sturen en het tweede één byte per `per_byte`
    s; geeft de byte voor byte verstuurde bytes."""
    delen = urlsplit(basis)
    gestopt = threading.Event()
    verstuurd = [0] * aantal

    def druppel(nummer: int, verbinding: socket.socket) -> None:
        with verbinding:
            verbinding.sendall(verzoek[0])
            for byte in verzoek[1]:
                if gestopt.wait(per_byte):
                    return
                try:
                    verbinding.sendall(bytes([byte]))
                except OSError:
                    return
                verstuurd[nummer] += 1

    with ExitStack() as stapel:
        draden = []
        for nummer in range(aantal):
            verbinding = socket.create_connection((delen.hostname or "", delen.port or 80), timeout=5)
            draden.append(threading.Thread(target=druppel, args=(nummer, verbinding), daemon=True))
            draden[-1].start()
        for draad in draden:
            stapel.callback(draad.join, timeout=5)
        stapel.callback(gestopt.set)
        yield verstuurd


@pytest.mark.http
@pytest.mark.parametrize("verzoek", [_KOPREGELS, _LICHAAM], ids=["kopregels", "lichaam"])
def test_twintig_trage_clients_houden_de_api_niet_vast(verzoek: tuple[bytes, bytes]) -> None:
    with pwib_serve() as basis, _trage_clients(basis, TRAGE_CLIENTS, per_byte=0.2, verzoek=verzoek) as verstuurd:
        time.sleep(1.5)  # elke trage client heeft zijn verbinding en stuurt al
        assert all(verstuurd), "de trage clients sturen echt (de test kan falen)"
        for _ in range(3):
            begin = time.monotonic()
            antwoord = httpx.get(f"{basis}/maatregelen", timeout=5)
            duur = time.monotonic() - begin
            assert antwoord.status_code == 200
            assert duur < 1.0, f"een gewoon verzoek duurde {duur:.2f} s tijdens de aanval"


@pytest.mark.http
def test_wie_zijn_kopregels_niet_binnen_de_termijn_stuurt_wordt_afgesloten() -> None:
    with pwib_serve() as basis:
        delen = urlsplit(basis)
        with socket.create_connection((delen.hostname or "", delen.port or 80), timeout=5) as verbinding:
            verbinding.sendall(_KOPREGELS[1][:40])
            verbinding.settimeout(KOPREGELS_BINNEN_MS / 1000 + 5)
            begin = time.monotonic()
            assert verbinding.recv(100) == b""  # dicht, zonder antwoord
            assert KOPREGELS_BINNEN_MS / 1000 - 1 < time.monotonic() - begin < KOPREGELS_BINNEN_MS / 1000 + 4


@pytest.mark.parametrize("opties", [["--port", "99999"], ["--port", "0"], ["--workers", "0"], ["--workers", "-1"]])
def test_een_onmogelijke_poort_of_aantal_workers_is_een_gebruiksfout_met_een_regel(
        opties: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", *opties]) == 2
    assert capsys.readouterr().out.strip() == "pwib serve: --port ligt tussen 1 en 65535 en --workers is minstens 1"
