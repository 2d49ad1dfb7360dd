"""Een echte `pwib serve` op 127.0.0.1 voor tests over HTTP: gestart en gestopt door de test."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

PWIB = Path(sys.executable).parent / "pwib"


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        poort: int = s.getsockname()[1]
        return poort


@contextmanager
def pwib_serve(workers: int | None = 2, programma: Path = PWIB, map_: Path | None = None) -> Iterator[str]:
    """`programma serve` (standaard de pwib van deze venv), gestart vanuit `map_`; geeft de basis-URL."""
    poort = vrije_poort()
    proces = subprocess.Popen(
        [str(programma), "serve", "--host", "127.0.0.1", "--port", str(poort),
         *(["--workers", str(workers)] if workers else [])],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, cwd=map_,
    )
    basis = f"http://127.0.0.1:{poort}/v1"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{basis}/maatregelen", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proces.poll() is not None or time.monotonic() > deadline:
                fout = proces.stderr.read().decode() if proces.stderr else ""
                raise RuntimeError(f"pwib serve startte niet: {fout}")
            time.sleep(0.1)
        yield basis
    finally:
        os.killpg(proces.pid, signal.SIGTERM)
        try:
            proces.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proces.pid, signal.SIGKILL)
            proces.wait()
        if proces.stderr:
            proces.stderr.close()
