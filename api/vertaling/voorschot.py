"""Vertaling van de beoordeling voorschot (M11)."""

from __future__ import annotations

from decimal import Decimal

from api.vertaling.gemeenschappelijk import Json, bedrag, datum, uitleg
from reference import Parameterboek, Voorschotfeiten, voorschot


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    vorig = verzoek.get("datumVorigVoorschot")
    percentage = verzoek.get("beleid", {}).get("voorschotpercentage")
    feiten = Voorschotfeiten(
        aanvraagdatum=datum(verzoek["aanvraagdatum"]),
        verwachte_algemene_bijstand=bedrag(verzoek, "verwachteAlgemeneBijstand"),
        recht_vastgesteld=verzoek.get("rechtVastgesteld", False),
        gegevens_verwijtbaar_niet_verstrekt=verzoek.get("gegevensVerwijtbaarNietVerstrekt", False),
        onvoldoende_medewerking=verzoek.get("onvoldoendeMedewerking", False),
        duidelijk_geen_recht=verzoek.get("duidelijkGeenRecht", False),
        datum_vorig_voorschot=None if vorig is None else datum(vorig),
        beleidspercentage=None if percentage is None else Decimal(percentage),
    )
    besluit = voorschot(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "voorschotVerplicht": besluit.voorschot_verplicht,
        "uiterlijkOp": None if besluit.uiterlijk_op is None else besluit.uiterlijk_op.isoformat(),
        "percentage": None if besluit.percentage is None else str(besluit.percentage),
        "minimumbedrag": None if besluit.minimumbedrag is None else str(besluit.minimumbedrag),
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
