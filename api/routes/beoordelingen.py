"""POST /v1/beoordelingen/<maatregel>: valideer, vertaal, beslis, vertaal terug."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import NotFound

from api.antwoord import beslissing
from api.validatie import valideer
from api.vertaling import (
    afstemming,
    bufferbudget,
    categoriale_bijzondere_bijstand,
    experiment,
    gezamenlijke_huishouding,
    giftenvrijlating,
    herhaalaanvraag,
    identificatie,
    individuele_inkomenstoeslag,
    inkomstenvrijlating,
    inlichtingenplicht,
    jongerentoeslag,
    maatschappelijke_participatie,
    maatwerk,
    melding,
    normen,
    ontheffing,
    opschorting,
    rechtsvermoeden_gezamenlijke_huishouding,
    terugwerkende_kracht,
    vakantiegeld,
    vermogen,
    verrekening_inkomsten,
    voorschot,
    zoektermijn,
)
from api.vertaling.gemeenschappelijk import Json, met_grondslagen
from reference import Parameterboek

bp = Blueprint("beoordelingen", __name__)

Beoordeling = Callable[[Json, Parameterboek], Json]

BEOORDELINGEN: dict[str, Beoordeling] = {
    "bijstandsnorm": normen.bijstandsnorm,
    "kostendelersnorm": normen.kostendelers,
    "giftenvrijlating": giftenvrijlating.beoordeel,
    "zoektermijn": zoektermijn.beoordeel,
    "terugwerkende-kracht": terugwerkende_kracht.beoordeel,
    "herhaalaanvraag": herhaalaanvraag.beoordeel,
    "gezamenlijke-huishouding": gezamenlijke_huishouding.beoordeel,
    "rechtsvermoeden-gezamenlijke-huishouding": rechtsvermoeden_gezamenlijke_huishouding.beoordeel,
    "identificatie": identificatie.beoordeel,
    "melding": melding.beoordeel,
    "jongerentoeslag": jongerentoeslag.beoordeel,
    "individuele-inkomenstoeslag": individuele_inkomenstoeslag.beoordeel,
    "vermogen": vermogen.beoordeel,
    "voorschot": voorschot.beoordeel,
    "maatschappelijke-participatie": maatschappelijke_participatie.beoordeel,
    "ontheffing": ontheffing.beoordeel,
    "afstemming": afstemming.beoordeel,
    "experiment": experiment.beoordeel,
    "categoriale-bijzondere-bijstand": categoriale_bijzondere_bijstand.beoordeel,
    "inlichtingenplicht": inlichtingenplicht.beoordeel,
    "inkomstenvrijlating": inkomstenvrijlating.beoordeel,
    "bufferbudget": bufferbudget.beoordeel,
    "verrekening-inkomsten": verrekening_inkomsten.beoordeel,
    "vakantiegeld": vakantiegeld.beoordeel,
    "opschorting": opschorting.beoordeel,
}


@bp.post("/beoordelingen/<naam>")
def beoordeel(naam: str) -> Response:
    beoordeling = BEOORDELINGEN.get(naam)
    if beoordeling is None:
        raise NotFound(f"Er is geen beoordeling {naam!r}.")
    verzoek = valideer(request)
    boek = current_app.extensions["pwib.parameterboek"]
    antwoord = maatwerk.pas_toe(f"/beoordelingen/{naam}", verzoek, beoordeling(verzoek, boek), boek)
    return beslissing(met_grondslagen(antwoord))
