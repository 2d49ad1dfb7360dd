"""POST /v1/beoordelingen/<maatregel>: valideer, vertaal, beslis, vertaal terug."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.exceptions import NotFound

from api.validatie import valideer
from api.vertaling import giftenvrijlating, normen
from api.vertaling.gemeenschappelijk import Json
from reference import Parameterboek

bp = Blueprint("beoordelingen", __name__)

Beoordeling = Callable[[Json, Parameterboek], Json]

BEOORDELINGEN: dict[str, Beoordeling] = {
    "bijstandsnorm": normen.bijstandsnorm,
    "kostendelersnorm": normen.kostendelers,
    "giftenvrijlating": giftenvrijlating.beoordeel,
}


@bp.post("/beoordelingen/<naam>")
def beoordeel(naam: str) -> Response:
    beoordeling = BEOORDELINGEN.get(naam)
    if beoordeling is None:
        raise NotFound(f"Er is geen beoordeling {naam!r}.")
    verzoek = valideer(request)
    return jsonify(beoordeling(verzoek, current_app.extensions["pwib.parameterboek"]))
