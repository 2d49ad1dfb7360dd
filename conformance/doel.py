"""Het doel van een run: een echte basis-URL of de referentie in-process, achter één httpx-client."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from conformance.afwijking import Onbereikbaar
from conformance.uitwisseling import Uitwisseling

WsgiApp = Callable[..., Iterable[bytes]]
REFERENTIE_BASIS = "http://referentie.pwib/v1"


@dataclass
class Doel:
    """Een implementatie van het contract, bereikbaar via `client` op `basis_url`."""

    naam: str
    client: httpx.Client
    uitwisselingen: list[Uitwisseling] = field(default_factory=list)

    def _stuur(self, methode: str, pad: str, lichaam: Any | None = None,
               query: Mapping[str, str] | None = None) -> Uitwisseling:
        tekst = None if lichaam is None else json.dumps(lichaam, ensure_ascii=False)
        begin = time.perf_counter()
        try:
            antwoord = self.client.request(
                methode, pad.lstrip("/"), content=tekst, params=dict(query or {}),
                headers={"Content-Type": "application/json"} if tekst is not None else None,
            )
        except httpx.TransportError as fout:
            raise Onbereikbaar(f"{self.naam}: {type(fout).__name__}: {fout}") from fout
        uitwisseling = Uitwisseling(
            methode=methode,
            pad=pad,
            verzoek_tekst=tekst,
            status=antwoord.status_code,
            content_type=antwoord.headers.get("content-type", "").split(";")[0].strip(),
            kopregels={k.lower(): v for k, v in antwoord.headers.items()},
            antwoord_tekst=antwoord.text,
            duur_ms=(time.perf_counter() - begin) * 1000,
            query=dict(query or {}),
        )
        self.uitwisselingen.append(uitwisseling)
        return uitwisseling

    def post(self, pad: str, lichaam: Any) -> Uitwisseling:
        return self._stuur("POST", pad, lichaam)

    def get(self, pad: str, query: Mapping[str, str] | None = None) -> Uitwisseling:
        return self._stuur("GET", pad, None, query)


def http_doel(basis_url: str, timeout: float, kopregels: Mapping[str, str] | None = None) -> Doel:
    basis = basis_url.rstrip("/") + "/"
    client = httpx.Client(base_url=basis, timeout=timeout, headers=dict(kopregels or {}))
    return Doel(naam=basis_url, client=client)


def wsgi_doel(app: WsgiApp) -> Doel:
    client = httpx.Client(transport=httpx.WSGITransport(app=app), base_url=REFERENTIE_BASIS + "/")
    return Doel(naam="referentie (in-process)", client=client)
