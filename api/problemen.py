"""Eén foutvorm: application/problem+json (RFC 9457), met `invalidParams` voor ongeldige invoer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from reference import OngeldigeFeiten, ParameterOntbreekt

PROBLEM_JSON = "application/problem+json"


@dataclass(frozen=True)
class OngeldigVeld:
    name: str
    code: str
    reason: str


class OngeldigeInvoer(Exception):
    """De invoer voldoet niet aan het contract of beschrijft een onmogelijke situatie."""

    def __init__(self, velden: list[OngeldigVeld]) -> None:
        self.velden = velden
        super().__init__(", ".join(v.name for v in velden))


def probleem(status: int, titel: str, detail: str, **extra: Any) -> Response:
    inhoud: dict[str, Any] = {
        "type": "about:blank",
        "title": titel,
        "status": status,
        "detail": detail,
        "instance": request.path,
        **extra,
    }
    return Response(json.dumps(inhoud, ensure_ascii=False), status=status, mimetype=PROBLEM_JSON)


def als_ongeldige_invoer(fout: OngeldigeInvoer | OngeldigeFeiten | ParameterOntbreekt) -> OngeldigeInvoer:
    """Elke fout in de invoer als één vorm: de velden die `invalidParams` noemt."""
    if isinstance(fout, OngeldigeFeiten):
        return OngeldigeInvoer([OngeldigVeld(b.veld, "ongeldig-feit", b.reden) for b in fout.bezwaren])
    if isinstance(fout, ParameterOntbreekt):
        return OngeldigeInvoer([OngeldigVeld(
            "peildatum", "buiten-bereik", f"pwib kent geen waarde van {fout.naam} op {fout.peildatum.isoformat()}")])
    return fout


def ongeldige_invoer_inhoud(fout: OngeldigeInvoer, instance: str) -> dict[str, Any]:
    """Het problem+json-lichaam van een 400 voor ongeldige invoer."""
    velden = [{"name": v.name, "code": v.code, "reason": v.reason} for v in fout.velden]
    return {"type": "about:blank", "title": "Ongeldige invoer", "status": 400,
            "detail": f"{len(velden)} onjuist(e) veld(en): {fout}", "instance": instance, "invalidParams": velden}


def _ongeldige_invoer(fout: OngeldigeInvoer | OngeldigeFeiten | ParameterOntbreekt) -> Response:
    inhoud = ongeldige_invoer_inhoud(als_ongeldige_invoer(fout), request.path)
    return Response(json.dumps(inhoud, ensure_ascii=False), status=400, mimetype=PROBLEM_JSON)


def _http_fout(fout: HTTPException) -> Response:
    status = fout.code or 500
    antwoord = probleem(status, fout.name, fout.description or fout.name)
    if isinstance(fout, MethodNotAllowed) and fout.valid_methods:
        antwoord.headers["Allow"] = ", ".join(sorted(fout.valid_methods))
    return antwoord


def _onverwacht(fout: Exception) -> Response:
    return probleem(500, "Interne fout", "De referentie-implementatie kon dit verzoek niet afhandelen.")


def registreer(app: Flask) -> None:
    app.register_error_handler(OngeldigeInvoer, _ongeldige_invoer)
    app.register_error_handler(OngeldigeFeiten, _ongeldige_invoer)
    app.register_error_handler(ParameterOntbreekt, _ongeldige_invoer)
    app.register_error_handler(HTTPException, _http_fout)
    app.register_error_handler(Exception, _onverwacht)
