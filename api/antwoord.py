"""JSON-antwoorden: gecodeerd met orjson, en de uitleg weggelaten als de client `Prefer: return=minimal` stuurt.

orjson schrijft UTF-8 zonder \\u-escapes (als `ensure_ascii=False`), houdt de volgorde van de sleutels en
kent geen `Decimal`: bedragen zijn in het contract al tekst. Een waarde die orjson niet kent, is een fout
van de vertaling en wordt een 500, nooit stil een andere vorm.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import orjson
from flask import Response, jsonify, request
from flask.json.provider import DefaultJSONProvider

from api.contract import contract

MINIMAAL = "return=minimal"

_VOORKEUR = re.compile(r'\s*([!#$%&\'*+.^_`|~0-9A-Za-z-]+)\s*(?:=\s*("[^"]*"|[^\s;,]*))?\s*(?:;[^,]*)?(?:,|$)')


class OrjsonLeverancier(DefaultJSONProvider):
    """Flask's JSON, maar de antwoorden gecodeerd met orjson; het inlezen blijft de standaardbibliotheek."""

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        return orjson.dumps(obj).decode()

    def response(self, *args: Any, **kwargs: Any) -> Response:
        return Response(orjson.dumps(self._prepare_response_obj(args, kwargs)), mimetype=self.mimetype)


def voorkeuren(kopregels: list[str]) -> set[str]:
    """De voorkeuren uit `Prefer`-kopregels (RFC 7240 § 2) als `naam` of `naam=waarde`, de naam in kleine
    letters, de waarde zonder aanhalingstekens; parameters na `;` tellen niet mee."""
    gevonden = set()
    for regel in kopregels:
        for naam, ruw in _VOORKEUR.findall(regel):
            waarde = ruw.strip('"')
            gevonden.add(f"{naam.lower()}={waarde}" if waarde else naam.lower())
    return gevonden


@cache
def weggelaten_bij_minimaal() -> frozenset[str]:
    """De velden die bij `Prefer: return=minimal` ontbreken: `x-weggelaten` van de parameter Prefer in het contract."""
    return frozenset(contract()["components"]["parameters"]["Prefer"]["x-weggelaten"])


def minimaal() -> bool:
    """Vraagt het verzoek `Prefer: return=minimal`? Dan hoeft een route de uitleg niet eens te vertalen.

    Eenmaal per verzoek gelezen, uit de WSGI-omgeving: de server voegt herhaalde `Prefer`-kopregels samen met
    komma's (RFC 9110 § 5.3), en `voorkeuren` leest die lijst (RFC 7240 § 2)."""
    omgeving = request.environ
    if "pwib.minimaal" not in omgeving:
        omgeving["pwib.minimaal"] = MINIMAAL in voorkeuren([omgeving.get("HTTP_PREFER", "")])
    return bool(omgeving["pwib.minimaal"])


def beslissing(antwoord: dict[str, Any]) -> Response:
    """Het antwoord van een beslisoperatie; zonder de uitleg als het verzoek `Prefer: return=minimal` draagt
    (RFC 7240 § 4.2), en dan met `Preference-Applied: return=minimal`. Andere voorkeuren negeert de API."""
    minimaal_ = minimaal()
    if minimaal_:
        antwoord = {veld: waarde for veld, waarde in antwoord.items() if veld not in weggelaten_bij_minimaal()}
    uit = jsonify(antwoord)
    uit.vary.add("Prefer")
    if minimaal_:
        uit.headers["Preference-Applied"] = MINIMAAL
    return uit
