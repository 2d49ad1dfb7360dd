"""Elke uitwisseling toetsen aan `openapi.yaml` (openapi-core), los van de verwachte uitkomst."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

from openapi_core import OpenAPI, V30ResponseValidator
from openapi_core.datatypes import RequestParameters
from werkzeug.datastructures import Headers, ImmutableMultiDict

from conformance.inlezen.contract import contract
from conformance.kern.afwijking import Afwijking, Uitwisseling


@cache
def _response_validator() -> V30ResponseValidator:
    """problem+json heeft een eigen deserializer nodig; openapi-core kent alleen application/json."""
    return V30ResponseValidator(
        OpenAPI.from_dict(contract()).spec,
        extra_media_type_deserializers={"application/problem+json": json.loads},
    )


@dataclass
class _Verzoek:
    """Het verzoek zoals openapi-core het wil zien; de host doet niet ter zake."""

    method: str
    path: str
    body: bytes | None
    content_type: str
    host_url: str = "http://pwib"
    parameters: RequestParameters = field(default_factory=RequestParameters)


@dataclass(frozen=True)
class _Antwoord:
    status_code: int
    data: bytes
    content_type: str
    headers: Headers


def controleer(uitwisseling: Uitwisseling) -> None:
    """Gooi een Afwijking 'contract' als het antwoord niet past bij de operatie in het contract."""
    verzoek = _Verzoek(
        method=uitwisseling.methode.lower(),
        path="/v1" + uitwisseling.pad.split("?", 1)[0],
        body=uitwisseling.verzoek_tekst.encode() if uitwisseling.verzoek_tekst else None,
        content_type="application/json",
        parameters=RequestParameters(query=ImmutableMultiDict(uitwisseling.query)),
    )
    antwoord = _Antwoord(
        status_code=uitwisseling.status,
        data=(uitwisseling.antwoord_tekst if uitwisseling.leesfout else json.dumps(uitwisseling.gegevens)).encode(),
        content_type=uitwisseling.content_type,
        headers=Headers(list(uitwisseling.kopregels.items())),
    )
    fouten = list(_response_validator().iter_errors(verzoek, antwoord))
    if fouten:
        redenen = "; ".join(_omschrijf(f) for f in fouten)
        raise Afwijking("contract", "een antwoord volgens openapi.yaml", redenen)


def _omschrijf(fout: BaseException) -> str:
    oorzaak = fout.__cause__
    schemafouten = getattr(oorzaak, "schema_errors", None)
    if schemafouten:
        return ", ".join(
            f"{'.'.join(map(str, s.absolute_path)) or '(lichaam)'}: {s.message}" for s in schemafouten
        )
    return f"{type(fout).__name__}: {oorzaak or fout}"
