"""Elke beslisoperatie in-process door de Flask-app: verzoektijd en het aandeel van de validatie.

    .venv/bin/python -m bench.api
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

from api import create_app
from api.contract import contract
from api.validatie import contractvalidatie

HERHALINGEN = 2000


def _mediaan_us(actie: Callable[[], object], herhalingen: int = HERHALINGEN) -> float:
    for _ in range(50):
        actie()
    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter_ns()
        actie()
        tijden.append(time.perf_counter_ns() - begin)
    return statistics.median(tijden) / 1000


def main() -> None:
    app = create_app()
    client = app.test_client()
    validatie = contractvalidatie()
    print(f"{'operatie':<48} {'verzoek µs':>11} {'validatie µs':>13} {'aandeel':>8}")
    aandelen = []
    for pad, operaties in contract()["paths"].items():
        inhoud = operaties.get("post", {}).get("requestBody", {}).get("content", {}).get("application/json", {})
        if "example" not in inhoud:
            continue
        lichaam = json.dumps(inhoud["example"]).encode()
        antwoord = client.post("/v1" + pad, data=lichaam, content_type="application/json")
        if antwoord.status_code != 200:
            print(f"{pad}: het voorbeeld geeft {antwoord.status_code}")
            continue
        def via_app(p: str = pad, b: bytes = lichaam) -> object:
            return client.post("/v1" + p, data=b, content_type="application/json")

        def alleen_de_validatie(p: str = pad, b: bytes = lichaam) -> object:
            return validatie.verzoek("POST", p, "application/json", b, {})

        verzoek = _mediaan_us(via_app)
        alleen_validatie = _mediaan_us(alleen_de_validatie)
        aandeel = alleen_validatie / verzoek
        aandelen.append(aandeel)
        print(f"POST /v1{pad:<43} {verzoek:>11.1f} {alleen_validatie:>13.1f} {aandeel:>8.1%}")
    print(f"grootste aandeel van de validatie: {max(aandelen):.1%} (doel ≤ 25 %)")


if __name__ == "__main__":
    main()
