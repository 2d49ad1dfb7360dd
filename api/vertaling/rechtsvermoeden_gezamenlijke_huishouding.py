"""Vertaling van de beoordeling rechtsvermoeden gezamenlijke huishouding (M02)."""

from __future__ import annotations

from datetime import date

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import Parameterboek, RechtsvermoedenFeiten, rechtsvermoeden_gezamenlijke_huishouding


def _datum(verzoek: Json, veld: str) -> date | None:
    tekst = verzoek.get(veld)
    return None if tekst is None else datum(tekst)


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = RechtsvermoedenFeiten(
        hoofdverblijf_in_dezelfde_woning=verzoek["hoofdverblijfInDezelfdeWoning"],
        aanvraagdatum=_datum(verzoek, "aanvraagdatum"),
        huwelijk_geeindigd_op=_datum(verzoek, "huwelijkGeeindigdOp"),
        als_gehuwden_aangemerkt_tot_en_met=_datum(verzoek, "alsGehuwdenAangemerktTotEnMet"),
        kind_uit_relatie=verzoek.get("kindUitRelatie", False),
        kind_erkend=verzoek.get("kindErkend", False),
        samenlevingscontract=verzoek.get("samenlevingscontract", False),
        registratie=verzoek.get("registratie", False),
    )
    besluit = rechtsvermoeden_gezamenlijke_huishouding(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "gezamenlijkeHuishoudingVermoed": besluit.vermoed,
        "gronden": [grond.value for grond in besluit.gronden],
        "beginTermijn": None if besluit.begin_termijn is None else besluit.begin_termijn.isoformat(),
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
