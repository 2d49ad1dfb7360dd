"""Vertaling van de beoordeling individuele inkomenstoeslag (art. 36 Pw; M20)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, huishouden, uitleg
from reference import Bedrag, Inkomenstoeslagbeleid, Inkomenstoeslagfeiten, Parameterboek, individuele_inkomenstoeslag


def _bedrag_of_niets(gegevens: Json, veld: str) -> Bedrag | None:
    tekst = gegevens.get(veld)
    return None if tekst is None else Bedrag.van(tekst)


def _beleid(gegevens: Json) -> Inkomenstoeslagbeleid:
    return Inkomenstoeslagbeleid(
        langdurig_maanden=gegevens.get("inkomenstoeslagLangdurigMaanden"),
        bedrag_alleenstaande=_bedrag_of_niets(gegevens, "inkomenstoeslagBedragAlleenstaande"),
        bedrag_alleenstaande_ouder=_bedrag_of_niets(gegevens, "inkomenstoeslagBedragAlleenstaandeOuder"),
        bedrag_gehuwden=_bedrag_of_niets(gegevens, "inkomenstoeslagBedragGehuwden"),
    )


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    aanvraag = verzoek.get("aanvraagdatum")
    vorige = verzoek.get("vorigeToeslagVerleendOp")
    feiten = Inkomenstoeslagfeiten(
        huishouden=huishouden(verzoek["huishouden"]),
        maanden_laag_inkomen=verzoek["maandenLaagInkomen"],
        uitzicht_op_inkomensverbetering=verzoek["uitzichtOpInkomensverbetering"],
        aanvraagdatum=None if aanvraag is None else datum(aanvraag),
        vorige_toeslag_verleend_op=None if vorige is None else datum(vorige),
        in_aanmerking_te_nemen_vermogen=verzoek.get("inAanmerkingTeNemenVermogen", False),
        beleid=_beleid(verzoek.get("beleid") or {}),
    )
    besluit = individuele_inkomenstoeslag(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "komtInAanmerking": besluit.komt_in_aanmerking,
        "toeslag": str(besluit.toeslag),
        "ambtshalve": besluit.ambtshalve,
        "reden": besluit.reden,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
