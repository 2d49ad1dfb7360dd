"""Vertaling van de beoordeling tijdelijke ontheffing (M21, art. 9 lid 2 en 5 Pw)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import Ontheffingsfeiten, Parameterboek, ontheffing


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    tot = verzoek.get("ontheffingTotEnMet")
    feiten = Ontheffingsfeiten(
        pensioengerechtigde_leeftijd_bereikt=verzoek.get("pensioengerechtigdeLeeftijdBereikt", False),
        volledig_en_duurzaam_arbeidsongeschikt=verzoek.get("volledigEnDuurzaamArbeidsongeschikt", False),
        dringende_redenen=verzoek.get("dringendeRedenen", False),
        zorgtaken=verzoek.get("zorgtaken", False),
        zorgtaken_te_ondervangen_met_voorziening=verzoek.get("zorgtakenTeOndervangenMetVoorziening", False),
        tot_en_met=None if tot is None else datum(tot),
        maximale_duur_beleid=verzoek.get("beleid", {}).get("ontheffingMaximaleDuurInMaanden"),
    )
    besluit = ontheffing(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "ontheffing": besluit.ontheffing,
        "vanRechtswege": besluit.van_rechtswege,
        "grond": None if besluit.grond is None else besluit.grond.value,
        "onderdelen": list(besluit.onderdelen),
        "totEnMet": None if besluit.tot_en_met is None else besluit.tot_en_met.isoformat(),
        "onbepaaldeTijd": besluit.onbepaalde_tijd,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
