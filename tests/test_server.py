"""`pwib serve` onder vijandige clients: trage kopregels houden geen worker vast."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from urllib.parse import urlsplit

import httpx
import pytest

from tests.server import pwib_serve

TRAGE_CLIENTS = 20
_KOPREGELS = b"GET /v1/maatregelen HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Traag: " + b"x" * 200 + b"\r\n\r\n"


@contextmanager
def _trage_clients(basis: str, aantal: int, per_byte: float) -> Iterator[list[int]]:
    """`aantal` verbindingen die hun kopregels één byte per `per_byte` s sturen; geeft de verstuurde bytes."""
    delen = urlsplit(basis)
    gestopt = threading.Event()
    verstuurd = [0] * aantal

    def druppel(nummer: int, verbinding: socket.socket) -> None:
        with verbinding:
            for byte in _KOPREGELS[:-4]:  # nooit af: de kopregels eindigen niet
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
def test_twintig_clients_met_trage_kopregels_houden_de_api_niet_vast() -> None:
    with pwib_serve() as basis, _trage_clients(basis, TRAGE_CLIENTS, per_byte=0.2) as verstuurd:
        time.sleep(1.5)  # elke trage client heeft zijn verbinding en stuurt al
        assert all(verstuurd), "de trage clients sturen echt (de test kan falen)"
        for _ in range(3):
            begin = time.monotonic()
            antwoord = httpx.get(f"{basis}/maatregelen", timeout=5)
            duur = time.monotonic() - begin
            assert antwoord.status_code == 200
            assert duur < 1.0, f"een gewoon verzoek duurde {duur:.2f} s tijdens de aanval"
