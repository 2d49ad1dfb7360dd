"""De productieserver: granian (HTTP in Rust) met een worker per kern, een lichaamslimiet en een termijn op de
kopregels.

Waarom granian en niet gunicorn: gemeten met bench/last.py en bench/vergelijk.py op 2 kernen kost een gegenereerde
maandberekening onder gunicorn (gthread) 630 µs CPU per verzoek, waarvan de helft HTTP-afhandeling in Python;
onder granian 420 µs (4.370 tegen 2.840 verzoeken per seconde). En een client die zijn kopregels byte voor byte
stuurt, houdt onder granian geen Python-thread vast: de kopregels leest Rust, de app ziet alleen een compleet
verzoek.
"""

from __future__ import annotations

import errno
import os
import socket

from flask import Flask
from granian.constants import Interfaces
from granian.http import HTTP1Settings
from granian.log import LogLevels
from granian.server import MPServer

THREADS_PER_WORKER = 32
"""Zoveel Python-threads heeft één worker voor de app. De kopregels leest Rust, maar een lichaam leest de app: een
client die zijn lichaam byte voor byte stuurt, houdt een thread vast. Met 32 per worker houden 20 zulke clients
(tests/test_server.py) de API niet vast; de doorvoer is gelijk aan die met 2 threads (bench/last.py)."""
KOPREGELS_BINNEN_MS = 10_000
"""Wie zijn kopregels dan nog niet heeft gestuurd, wordt afgesloten (slowloris)."""


def _app(_: str) -> Flask:
    """Bouwt de app in elke worker; de app leest het contract al bij het bouwen (api.create_app)."""
    from api import create_app  # noqa: PLC0415 - pas in de worker, niet bij het importeren van de server

    return create_app()


def server(host: str, port: int, workers: int | None) -> MPServer:
    """De granian-server met een proces per worker; de body-limiet zelf staat in de app (MAX_CONTENT_LENGTH)."""
    return MPServer(
        "pwib",
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers or (os.cpu_count() or 1),
        blocking_threads=THREADS_PER_WORKER,
        http1_settings=HTTP1Settings(header_read_timeout=KOPREGELS_BINNEN_MS, keep_alive=True),
        log_level=LogLevels.error,  # geen waarschuwing bij elke start over 32 threads
        log_access=False,
    )


class PoortBezet(Exception):
    """Het adres is al in gebruik: pwib stopt meteen, met een duidelijke melding."""


def controleer_adres(host: str, port: int) -> None:
    """Gooi PoortBezet als host:port al bezet is (granian bindt daarna zelf)."""
    try:
        with socket.create_server((host, port), reuse_port=False):
            pass
    except OSError as fout:
        if fout.errno == errno.EADDRINUSE:
            raise PoortBezet(f"poort {port} op {host} is al in gebruik; kies een andere met --port") from None
        raise PoortBezet(f"kan niet luisteren op {host}:{port}: {fout.strerror or fout}") from None


def serveer(host: str, port: int, workers: int | None = None) -> None:
    controleer_adres(host, port)
    server(host, port, workers).serve(target_loader=_app)
