"""Vertaling van de beoordeling bufferbudget (M14)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, bedrag, datum, huishouden, optioneel_bedrag, uitleg
from reference import Bedrag, Bufferbudgetfeiten, Parameterboek, bufferbudget


def maximum_beleid(verzoek: Json) -> Bedrag | None:
    return optioneel_bedrag(verzoek.get("beleid") or {}, "bufferbudgetMaximumPerKalenderjaar")


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Bufferbudgetfeiten(
        huishouden=huishouden(verzoek["huishouden"]),
        beschikbaar_in_de_maand=bedrag(verzoek, "beschikbaarInDeMaand"),
        ontvangt_inkomen_uit_arbeid_en_bijstand=verzoek.get("ontvangtInkomenUitArbeidEnBijstand", False),
        instabiliteit_door_inkomstenverrekening=verzoek.get("instabiliteitDoorInkomstenverrekening", False),
        college_acht_bijdragen_aan_werk=verzoek.get("collegeAchtBijdragenAanWerk", False),
        gebruikt_dit_kalenderjaar=bedrag(verzoek, "gebruiktDitKalenderjaar"),
        bedrag_naar_oordeel_college=optioneel_bedrag(verzoek, "bedragNaarOordeelCollege"),
        te_vereffenen=bedrag(verzoek, "teVereffenen"),
        maximum_beleid=maximum_beleid(verzoek),
        norm=optioneel_bedrag(verzoek, "bijstandsnorm"),
    )
    besluit = bufferbudget(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "vanToepassing": besluit.van_toepassing,
        "vanToepassingVanaf": besluit.van_toepassing_vanaf.isoformat(),
        "norm": str(besluit.norm),
        "tekortInDeMaand": str(besluit.tekort),
        "ingezet": str(besluit.ingezet),
        "betaald": str(besluit.betaald),
        "vereffend": str(besluit.vereffend),
        "perEchtgenoot": [str(b) for b in besluit.per_echtgenoot],
        "resterendBudget": None if besluit.resterend_budget is None else str(besluit.resterend_budget),
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
