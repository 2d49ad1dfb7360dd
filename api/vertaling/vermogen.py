"""Vertaling van de beoordeling vermogen (M05)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, bedrag, datum, uitleg
from reference import Bedrag, Parameterboek, Vermogensfeiten, vermogen


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    aanvang = verzoek.get("vermogenBijAanvangBijstand")
    feiten = Vermogensfeiten(
        leefvorm=verzoek["leefvorm"],
        bezittingen=bedrag(verzoek, "bezittingen"),
        schulden=bedrag(verzoek, "schulden"),
        vermogen_in_eigen_woning=bedrag(verzoek, "vermogenInEigenWoning"),
        gebruikelijke_bezittingen_in_natura=bedrag(verzoek, "gebruikelijkeBezittingenInNatura"),
        spaargeld_uit_bijstand=bedrag(verzoek, "spaargeldUitBijstand"),
        smartengeld=bedrag(verzoek, "smartengeld"),
        vermogen_bij_aanvang=None if aanvang is None else Bedrag.van(aanvang),
        verworven_tijdens_bijstand=bedrag(verzoek, "verworvenTijdensBijstand"),
    )
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
