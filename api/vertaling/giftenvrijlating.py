"""Vertaling van de beoordeling giftenvrijlating (M04)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, bedrag, datum, uitleg
from reference import Giftenfeiten, Parameterboek, giftenvrijlating


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Giftenfeiten(
        giften_in_de_maand=bedrag(verzoek, "giftenInDeMaand"),
        kostenbesparende_bijdragen_in_de_maand=bedrag(verzoek, "kostenbesparendeBijdragenInDeMaand"),
        voedselbank_in_de_maand=bedrag(verzoek, "voedselbankInDeMaand"),
        eerder_dit_kalenderjaar=bedrag(verzoek, "eerderDitKalenderjaar"),
        college_acht_verantwoord=verzoek.get("collegeAchtVerantwoord", False),
    )
    besluit = giftenvrijlating(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "vrijgelaten": str(besluit.vrijgelaten),
        "inAanmerkingGenomen": str(besluit.in_aanmerking_genomen),
        "resterendeRuimte": None if besluit.resterende_ruimte is None else str(besluit.resterende_ruimte),
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
