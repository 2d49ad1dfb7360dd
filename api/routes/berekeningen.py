"""POST /v1/berekeningen/bijstand: valideer, vertaal, bereken, vertaal terug."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, request

from api.antwoord import beslissing, minimaal
from api.validatie import valideer
from api.vertaling import berekening, maatwerk
from api.vertaling.gemeenschappelijk import met_grondslagen

bp = Blueprint("berekeningen", __name__)


@bp.post("/berekeningen/bijstand")
def bijstand() -> Response:
    verzoek = valideer(request)
    boek = current_app.extensions["pwib.parameterboek"]
    berekend = berekening.bereken(verzoek, boek, met_uitleg=not minimaal())
    antwoord = maatwerk.pas_toe("/berekeningen/bijstand", verzoek, berekend, boek)
    return beslissing(met_grondslagen(antwoord))
