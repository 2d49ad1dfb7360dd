"""Vertaling van de beoordeling verkorte herhaalaanvraag (M09)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import Herhaalaanvraagfeiten, Parameterboek, herhaalaanvraag


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Herhaalaanvraagfeiten(
        laatste_dag_bijstand=datum(verzoek["laatsteDagBijstand"]),
        datum_aanvraag=datum(verzoek["datumAanvraag"]),
        minder_belastend=verzoek.get("minderBelastend", False),
    )
    besluit = herhaalaanvraag(feiten, boek.stand(peildatum))
    einde = besluit.termijn_eindigt_op
    return {
        "peildatum": peildatum.isoformat(),
        "vanToepassing": besluit.van_toepassing,
        "inWerkingVanaf": besluit.in_werking_vanaf.isoformat(),
        "binnenTermijn": besluit.binnen_termijn,
        "termijnEindigtOp": None if einde is None else einde.isoformat(),
        "hergebruikToegestaan": besluit.hergebruik_toegestaan,
        "verificatieVereist": besluit.verificatie_vereist,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
