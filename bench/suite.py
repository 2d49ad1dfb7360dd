"""De hele conformiteitssuite: wandkloktijd in-process en over loopback-HTTP tegen `pwib serve`.

    .venv/bin/python -m bench.suite
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from api import create_app
from conformance.aansturen.doel import Doel, http_doel, wsgi_doel
from conformance.runner import Opdracht, voer_uit
from tests.server import pwib_serve


def _meet(doel: Doel) -> tuple[float, int, str]:
    with tempfile.TemporaryDirectory() as map_:
        begin = time.perf_counter()
        uitkomst = voer_uit(doel, Opdracht(tags=None, rapportmap=Path(map_), voortgang=False))
        duur = time.perf_counter() - begin
    aantal = len(uitkomst.run.resultaten) if uitkomst.run else 0
    return duur, aantal, uitkomst.melding


def main() -> None:
    duur, aantal, uitslag = _meet(wsgi_doel(create_app()))
    print(f"in-process: {aantal} scenario-runs in {duur:.2f} s ({uitslag}; doel < 10 s)")
    with pwib_serve() as basis:
        duur, aantal, uitslag = _meet(http_doel(basis, timeout=10))
    print(f"over HTTP (pwib serve op 127.0.0.1): {aantal} scenario-runs in {duur:.2f} s ({uitslag}; doel < 30 s)")


if __name__ == "__main__":
    main()
