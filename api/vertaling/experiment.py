"""Vertaling van de beoordeling experiment (M23, art. 83 Pw)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import Experimentafwijking, Experimentdoel, Experimentfeiten, Parameterboek, experiment


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Experimentfeiten(
        afwijkingen=tuple(Experimentafwijking(a["artikel"], a.get("lid")) for a in verzoek["afwijkingen"]),
        doel=Experimentdoel(verzoek["doel"]),
        begindatum=datum(verzoek["begindatum"]),
        einddatum=datum(verzoek["einddatum"]),
        wetsvoorstel_ingediend=verzoek.get("wetsvoorstelIngediend", False),
    )
    besluit = experiment(feiten, boek.stand(peildatum))
    einde = besluit.maximale_einddatum
    return {
        "peildatum": peildatum.isoformat(),
        "toegestaan": besluit.toegestaan,
        "maximaleEinddatum": None if einde is None else einde.isoformat(),
        "afwijkingen": [
            {"artikel": o.afwijking.artikel, "lid": o.afwijking.lid, "binnenBereik": o.binnen_bereik, "reden": o.reden}
            for o in besluit.afwijkingen
        ],
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
