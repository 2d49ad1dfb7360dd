"""Vertaling van de beoordeling opschorting (M06, art. 40 lid 2 en 3 Pw)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, huishouden, uitleg
from reference import Opschortingsfeiten, Parameterboek, opschorting


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Opschortingsfeiten(
        adres_wijkt_af_van_brp=verzoek["adresWijktAfVanBrp"],
        afwijking_zonder_gevolgen=verzoek.get("afwijkingZonderGevolgen", False),
        afwijking_niet_verwijtbaar=verzoek.get("afwijkingNietVerwijtbaar", False),
        dringende_redenen=verzoek.get("dringendeRedenen", False),
        mantelzorg=None if "huishouden" not in verzoek else huishouden(verzoek["huishouden"]).mantelzorg,
    )
    besluit = opschorting(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "betalingOpschorten": besluit.betaling_opschorten,
        "uitzondering": None if besluit.uitzondering is None else besluit.uitzondering.value,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
