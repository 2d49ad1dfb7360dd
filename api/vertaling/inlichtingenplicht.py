"""Vertaling van de beoordeling inlichtingenplicht (M26, art. 17 lid 1 Pw)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import Inlichtingenfeiten, Parameterboek, Uitvoeringsorgaan, bronnenlijst, inlichtingenplicht


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Inlichtingenfeiten(
        van_invloed=verzoek["vanInvloedOpRechtOfArbeidsinschakeling"],
        gegeven=verzoek["gegeven"],
        uitvoerder=Uitvoeringsorgaan(verzoek.get("uitvoerder", "college")),
    )
    besluit = inlichtingenplicht(feiten, bronnenlijst().stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "meldplicht": besluit.meldplicht,
        "uitzondering": None if besluit.uitzondering is None else besluit.uitzondering.value,
        "administratie": besluit.administratie,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
