"""Een leverancier op echte HTTP: werkzeug's `make_server` op 127.0.0.1 in een draad, gestopt door de test."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from werkzeug.serving import WSGIRequestHandler, make_server


class _StilleHandler(WSGIRequestHandler):
    """Geen toegangslog op stderr."""

    def log(self, type: str, message: str, *args: Any) -> None:
        return


@contextmanager
def op_http(app: Callable[..., Iterable[bytes]]) -> Iterator[tuple[str, Callable[[], None]]]:
    """(basis-URL, stop): de app bereikbaar op een vrije poort; `stop` sluit de server ook halverwege."""
    server = make_server("127.0.0.1", 0, app, threaded=True, request_handler=_StilleHandler)
    draad = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    draad.start()
    gestopt = threading.Event()

    def stop() -> None:
        if not gestopt.is_set():
            gestopt.set()
            server.shutdown()
            server.server_close()

    try:
        yield f"http://127.0.0.1:{server.server_port}/v1", stop
    finally:
        stop()
        draad.join(timeout=5)
