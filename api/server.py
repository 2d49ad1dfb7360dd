"""De productieserver: gunicorn met workers naar het aantal kernen, een lichaamslimiet en time-outs."""

from __future__ import annotations

import errno
import os
import socket
from typing import Any

from flask import Flask
from gunicorn.app.base import BaseApplication

THREADS_PER_WORKER = 32
"""Zoveel trage clients kan één worker dragen voordat een gewoon verzoek moet wachten."""


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    def __init__(self, app: Flask, instellingen: dict[str, Any]) -> None:
        self._app = app
        self._instellingen = instellingen
        super().__init__()

    def load_config(self) -> None:
        for sleutel, waarde in self._instellingen.items():
            self.cfg.set(sleutel, waarde)

    def load(self) -> Flask:
        return self._app


def instellingen(host: str, port: int, workers: int | None) -> dict[str, Any]:
    """De gunicorn-instellingen; de body-limiet zelf staat in de app (MAX_CONTENT_LENGTH)."""
    return {
        "bind": f"{host}:{port}",
        # De regels zijn puur CPU-werk: één proces per kern. gthread: een verbinding krijgt pas een thread als
        # er iets te lezen is, maar een client die zijn kopregels byte voor byte stuurt, houdt die thread vast
        # tot de kopregels binnen zijn. 32 threads per worker: 20 zulke clients (tests/test_server.py) laten er
        # genoeg vrij, ook als ze allemaal bij één worker landen. Gemeten met bench/last.py (README, "De
        # referentie-API draaien"): gevent (1000 verbindingen per worker) haalde op deze machine een kwart van
        # de doorvoer en een p99 boven 300 ms; gthread met 2 threads had geen ruimte voor trage clients.
        "workers": workers or (os.cpu_count() or 1),
        "worker_class": "gthread",
        "threads": THREADS_PER_WORKER,
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        "limit_request_line": 4094,
        "limit_request_fields": 50,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
    }


class PoortBezet(Exception):
    """Het adres is al in gebruik: gunicorn zou het blijven proberen, pwib stopt meteen."""


def controleer_adres(host: str, port: int) -> None:
    """Gooi PoortBezet als host:port al bezet is (gunicorn bindt daarna zelf, met SO_REUSEADDR)."""
    try:
        with socket.create_server((host, port), reuse_port=False):
            pass
    except OSError as fout:
        if fout.errno == errno.EADDRINUSE:
            raise PoortBezet(f"poort {port} op {host} is al in gebruik; kies een andere met --port") from None
        raise PoortBezet(f"kan niet luisteren op {host}:{port}: {fout.strerror or fout}") from None


def serveer(app: Flask, host: str, port: int, workers: int | None = None) -> None:
    controleer_adres(host, port)
    _Gunicorn(app, instellingen(host, port, workers)).run()
