"""Vertaling van de beoordeling vermogen (M05)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, bedrag, datum, optioneel_bedrag, uitleg
from reference import Parameterboek, Vermogensopgave, vermogen, vermogensfeiten


def vermogensopgave(g: Json) -> Vermogensopgave:
    """De vermogensvelden van het contract (art. 34 Pw), gedeeld door M05 en de maandberekening."""
    return Vermogensopgave(
        bezittingen=bedrag(g, "bezittingen"),
        schulden=bedrag(g, "schulden"),
        vermogen_in_eigen_woning=bedrag(g, "vermogenInEigenWoning"),
        gebruikelijke_bezittingen_in_natura=bedrag(g, "gebruikelijkeBezittingenInNatura"),
        spaargeld_uit_bijstand=bedrag(g, "spaargeldUitBijstand"),
        smartengeld=bedrag(g, "smartengeld"),
        vermogen_bij_aanvang=optioneel_bedrag(g, "vermogenBijAanvangBijstand"),
        verworven_tijdens_bijstand=bedrag(g, "verworvenTijdensBijstand"),
    )


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = vermogensfeiten(vermogensopgave(verzoek), verzoek["leefvorm"])
    besluit = vermogen(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "vermogen": str(besluit.vermogen),
        "vermogensgrens": str(besluit.vermogensgrens),
        "buitenBeschouwing": str(besluit.buiten_beschouwing),
        "inAanmerkingTeNemen": str(besluit.in_aanmerking_te_nemen),
        "vermogenInAanmerking": besluit.vermogen_in_aanmerking,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
