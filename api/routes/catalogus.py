"""GET /v1/maatregelen, /v1/maatregelen/{id} en /v1/parameters."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.exceptions import NotFound

from api.validatie import valideer
from api.vertaling.gemeenschappelijk import Json, parameter
from reference import Maatregel, Parameterboek, ParameterOntbreekt, catalogus, maatregel

bp = Blueprint("catalogus", __name__)


def _maatregel(m: Maatregel) -> Json:
    return {
        "id": m.id,
        "naam": m.naam,
        "artikelen": list(m.artikelen),
        "inwerkingtreding": m.inwerkingtreding.isoformat(),
        "soort": m.soort,
        "status": m.status,
        "geimplementeerd": m.geimplementeerd,
        "beoordeling": m.beoordeling,
        "verdereBeoordelingen": list(m.verdere_beoordelingen),
    }


@bp.get("/maatregelen")
def lijst() -> Response:
    return jsonify({"maatregelen": [_maatregel(m) for m in catalogus()]})


@bp.get("/maatregelen/<maatregel_id>")
def toon(maatregel_id: str) -> Response:
    valideer(request)  # een id buiten het patroon van het contract is een 400, geen 404
    gevonden = maatregel(maatregel_id)
    if gevonden is None:
        raise NotFound(f"Er is geen maatregel {maatregel_id!r}; de ids lopen van M01 tot M26.")
    return jsonify(_maatregel(gevonden))


@bp.get("/parameters")
def parameters() -> Response:
    valideer(request)
    return jsonify(geldende_parameters(current_app.extensions["pwib.parameterboek"],
                                       date.fromisoformat(request.args["peildatum"])))


def geldende_parameters(boek: Parameterboek, peildatum: date) -> Json:
    """Het lichaam van GET /v1/parameters: elke parameter die op de peildatum een waarde heeft."""
    geldend: list[Json] = []
    for naam in boek.namen:
        try:
            waarde = boek.waarde(naam, peildatum)
        except ParameterOntbreekt:
            continue
        geldend.append({**parameter(waarde), "beschrijving": boek.beschrijving(naam),
                        "grondslag": waarde.grondslag})
    return {"peildatum": peildatum.isoformat(), "parameters": geldend}
