"""Vertaling van maatwerk (M24) voor elke beslisoperatie: de gevraagde afwijking erin, de toegepaste eruit.

De referentie beslist of de wet de afwijking toelaat (`reference.maatwerk`); hier wordt alleen de
besliste waarde in het uitkomstveld gezet (met de uitkomsten die daarmee vaststaan), het
`maatwerk`-object toegevoegd en de stap achter de uitleg gezet. Zonder `maatwerk` in het verzoek
blijft het antwoord ongewijzigd, net als wanneer de operatie het maatwerk zelf al heeft meegerekend
(de norm in de maandberekening).
"""

from __future__ import annotations

from typing import Any

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import Maatwerkbesluit, Maatwerkfeiten, Parameterboek, maatwerk


def _scalairen(gegevens: Json) -> dict[str, Any]:
    """De velden met een enkelvoudige waarde (tekst, getal, ja/nee of null); lijsten en objecten vallen weg."""
    return {veld: waarde for veld, waarde in gegevens.items()
            if waarde is None or isinstance(waarde, str | int | bool)}


def vastgelegd(besluit: Maatwerkbesluit) -> Json:
    """Het `maatwerk`-object van het antwoord (ToegepastMaatwerk)."""
    return {
        "veld": besluit.veld,
        "oorspronkelijkeWaarde": besluit.oorspronkelijke_waarde,
        "toegepasteWaarde": besluit.toegepaste_waarde,
        "reden": besluit.reden,
        "grondslag": besluit.grondslag,
        "voorlopig": besluit.voorlopig,
    }


def pas_toe(operatie: str, verzoek: Json, antwoord: Json, boek: Parameterboek) -> Json:
    """Het antwoord van `operatie` (een pad zoals /beoordelingen/bijstandsnorm) met het gevraagde maatwerk."""
    gevraagd = verzoek.get("maatwerk")
    if gevraagd is None or "maatwerk" in antwoord:
        return antwoord
    besluit = maatwerk(
        Maatwerkfeiten(
            operatie=operatie,
            veld=gevraagd["veld"],
            waarde=gevraagd["waarde"],
            reden=gevraagd["reden"],
            grondslag=gevraagd["grondslag"],
            uitkomsten=_scalairen(antwoord),
            invoer=_scalairen(verzoek),
        ),
        boek.stand(datum(verzoek["peildatum"])),
    )
    return {
        **antwoord,
        **besluit.gevolgen,
        besluit.veld: besluit.toegepaste_waarde,
        "maatwerk": vastgelegd(besluit),
    } | _uitleg_met_maatwerk(antwoord, besluit)


def _uitleg_met_maatwerk(antwoord: Json, besluit: Maatwerkbesluit) -> Json:
    """De uitleg van het antwoord met die van het maatwerk erachter: de stappen achter elkaar, en voorlopig als
    een van beide dat is. Een antwoord zonder uitleg (`Prefer: return=minimal`, het orakel) krijgt er geen."""
    if "uitleg" not in antwoord:
        return {}
    eerder, erbij = antwoord["uitleg"], uitleg(besluit.uitleg)
    bekend = {lezing["id"] for lezing in eerder["interpretaties"]}
    return {"uitleg": {
        "stappen": [*eerder["stappen"], *erbij["stappen"]],
        "voorlopig": eerder["voorlopig"] or erbij["voorlopig"],
        "voorlopigeParameters": list(dict.fromkeys([*eerder["voorlopigeParameters"], *erbij["voorlopigeParameters"]])),
        "interpretaties": [*eerder["interpretaties"],
                           *(lezing for lezing in erbij["interpretaties"] if lezing["id"] not in bekend)],
    }}
