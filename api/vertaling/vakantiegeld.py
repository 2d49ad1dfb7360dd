"""Vertaling van de beoordeling vakantiegeld (M19)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, bedrag, datum, huishouden, uitleg
from reference import Inkomenssoort, Parameterboek, Vakantiegeldfeiten, vakantiegeld


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    gegevens = verzoek.get("huishouden")
    feiten = Vakantiegeldfeiten(
        netto_inkomen=bedrag(verzoek, "nettoInkomen"),
        vakantiegeld_ontvangen=bedrag(verzoek, "vakantiegeldOntvangen"),
        soort=Inkomenssoort(verzoek.get("soortInkomen", Inkomenssoort.TEGENWOORDIGE_ARBEID.value)),
        huishouden=None if gegevens is None else huishouden(gegevens),
    )
    besluit = vakantiegeld(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "standaardwijze": besluit.standaardwijze,
        "aanspraakVakantietoeslag": None if besluit.aanspraak is None else str(besluit.aanspraak),
        "formule": besluit.formule,
        "vakantiegeldAlsInkomen": str(besluit.vakantiegeld_als_inkomen),
        "teVerrekenenMetBijstand": str(besluit.te_verrekenen_met_bijstand),
        "teVerrekenenMetVakantietoeslag": str(besluit.te_verrekenen_met_vakantietoeslag),
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
