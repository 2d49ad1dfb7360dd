"""Vertaling van de beoordeling identificatie (M10)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import (
    Betrouwbaarheidsniveau,
    ElektronischIdentificatiemiddel,
    IdentificatieFeiten,
    Identiteitsdocument,
    Parameterboek,
    Uitgifte,
    identificatie,
)


def _eid(gegevens: Json | None) -> ElektronischIdentificatiemiddel | None:
    if gegevens is None:
        return None
    return ElektronischIdentificatiemiddel(
        niveau=Betrouwbaarheidsniveau(gegevens["niveau"]),
        uitgegeven_in=Uitgifte(gegevens["uitgegevenIn"]),
        grensoverschrijdend_erkend=gegevens.get("erkendVoorGrensoverschrijdendeAuthenticatie", False),
    )


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    document = verzoek.get("document")
    feiten = IdentificatieFeiten(
        document=None if document is None else Identiteitsdocument(document),
        eid=_eid(verzoek.get("elektronischIdentificatiemiddel")),
    )
    besluit = identificatie(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "identiteitVastgesteld": besluit.vastgesteld,
        "middel": besluit.middel.value,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
