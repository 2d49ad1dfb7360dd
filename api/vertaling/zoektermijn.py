"""Vertaling van de beoordeling zoektermijn (M07)."""

from __future__ import annotations

from datetime import date

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import Parameterboek, Zoektermijnfeiten, zoektermijn


def _optionele_datum(verzoek: Json, veld: str) -> date | None:
    tekst = verzoek.get(veld)
    return None if tekst is None else datum(tekst)


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Zoektermijnfeiten(
        datum_melding=datum(verzoek["datumMelding"]),
        geboortedatum=datum(verzoek["geboortedatum"]),
        geboortedatum_partner=_optionele_datum(verzoek, "geboortedatumPartner"),
        inschrijving_pro_of_vso_tot=_optionele_datum(verzoek, "inschrijvingProOfVsoTot"),
        medisch_urenbeperkt_of_doelgroep_loonkostensubsidie=verzoek.get(
            "medischUrenbeperktOfDoelgroepLoonkostensubsidie", False),
        college_neemt_eerder_in_behandeling=verzoek.get("collegeNeemtEerderInBehandeling", False),
    )
    besluit = zoektermijn(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "vroegsteAanvraagdatum": besluit.vroegste_aanvraagdatum.isoformat(),
        "zoektermijnGeldt": besluit.zoektermijn_geldt,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
