"""Vertaling van de beoordeling terugwerkende kracht (M08)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import Ingangsfeiten, Parameterboek, terugwerkende_kracht


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    aanvraag = verzoek.get("datumAanvraag")
    feiten = Ingangsfeiten(
        datum_melding=datum(verzoek["datumMelding"]),
        datum_recht_ontstaan=datum(verzoek["datumRechtOntstaan"]),
        college_acht_terugwerkende_kracht_noodzakelijk=verzoek.get(
            "collegeAchtTerugwerkendeKrachtNoodzakelijk", False),
        datum_aanvraag=None if aanvraag is None else datum(aanvraag),
        college_besluit_ingang_op_aanvraagdatum=verzoek.get("collegeBesluitIngangOpAanvraagdatum", False),
        maximum_maanden_beleid=verzoek.get("beleid", {}).get("maximumTerugwerkendeKrachtMaanden"),
    )
    besluit = terugwerkende_kracht(feiten, boek.stand(peildatum))
    grens = besluit.grens_terugwerkende_kracht
    return {
        "peildatum": peildatum.isoformat(),
        "ingangsdatum": besluit.ingangsdatum.isoformat(),
        "terugwerkendeKracht": besluit.terugwerkende_kracht,
        "grensTerugwerkendeKracht": None if grens is None else grens.isoformat(),
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
