"""Vertaling van de beoordeling jongerentoeslag (M03)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, huishouden, uitleg
from reference import Bedrag, Jongerentoeslagfeiten, Ouders, Parameterboek, jongerentoeslag


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    partner_velden = ("partnerMiddelenOudersOntoereikend", "partnerOnderhoudsrechtNietTeGeldeTeMaken")
    artikel_12 = verzoek.get("bijzondereBijstandArtikel12")
    feiten = Jongerentoeslagfeiten(
        huishouden=huishouden(verzoek["huishouden"]),
        aanvraagdatum=datum(verzoek["aanvraagdatum"]),
        ouders_belanghebbende=Ouders(verzoek.get("middelenOudersOntoereikend", False),
                                     verzoek.get("onderhoudsrechtNietTeGeldeTeMaken", False)),
        ouders_partner=(Ouders(verzoek.get(partner_velden[0], False), verzoek.get(partner_velden[1], False))
                        if any(v in verzoek for v in partner_velden) else None),
        bijzondere_bijstand_artikel_12=None if artikel_12 is None else Bedrag.van(artikel_12),
    )
    besluit = jongerentoeslag(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "regeling": besluit.regeling,
        "norm": str(besluit.norm),
        "jongerentoeslag": str(besluit.jongerentoeslag),
        "verhoogdeNorm": str(besluit.verhoogde_norm),
        "maximumNorm": None if besluit.maximum is None else str(besluit.maximum),
        "bijzondereBijstand": str(besluit.bijzondere_bijstand),
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
