"""De Flask-app die de referentie-implementatie aanbiedt volgens `openapi.yaml`."""

from __future__ import annotations

from typing import Any

from flask import Flask, Response

from api import problemen
from api.antwoord import OrjsonLeverancier
from api.contract import versie
from api.routes import beoordelingen, berekeningen, catalogus, contract
from api.validatie import contractvalidatie
from reference import Parameterboek, parameterboek

MAX_VERZOEK_BYTES = 64 * 1024


def create_app(config: dict[str, Any] | None = None, boek: Parameterboek | None = None) -> Flask:
    """Bouw de app; `boek` vervangt de parameters (voor tests), `config` de Flask-instellingen."""
    app = Flask(__name__)
    app.config.update(MAX_CONTENT_LENGTH=MAX_VERZOEK_BYTES, JSON_SORT_KEYS=False)
    app.json = OrjsonLeverancier(app)
    if config:
        app.config.update(config)
    app.extensions["pwib.parameterboek"] = boek or parameterboek()
    for blueprint in (catalogus.bp, beoordelingen.bp, berekeningen.bp, contract.bp):
        app.register_blueprint(blueprint, url_prefix="/v1")
    problemen.registreer(app)
    app.after_request(_kopregels)
    # het contract inlezen en de schema's compileren kost bijna een seconde: nu, eenmaal per proces, en onder
    # `pwib serve` vóór de workers afsplitsen. Anders doet elke draad die het eerste verzoek van een worker
    # afhandelt het tegelijk (16 gelijktijdige eerste verzoeken kostten samen 8 s CPU).
    contractvalidatie()
    return app


def _kopregels(antwoord: Response) -> Response:
    antwoord.headers["API-Version"] = versie()
    antwoord.headers["Access-Control-Allow-Origin"] = "*"
    return antwoord
