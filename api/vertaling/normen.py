"""Vertaling van de beoordelingen bijstandsnorm en kostendelersnorm (art. 20-24a Pw; M06, M15, M16)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, huishouden, uitleg
from reference import Parameterboek, kostendelersnorm


def bijstandsnorm(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    besluit = kostendelersnorm(huishouden(verzoek["huishouden"]), boek.stand(peildatum))
    ophoging = besluit.ophoging_alleenstaande_ouderkop
    return {
        "peildatum": peildatum.isoformat(),
        "norm": str(besluit.norm),
        "leefvorm": besluit.leefvorm,
        "grondslag": besluit.grondslag,
        "kostendelersnormVanToepassing": besluit.kostendelersnorm_van_toepassing,
        "percentageGehuwdennorm": (None if besluit.percentage_gehuwdennorm is None
                                   else str(besluit.percentage_gehuwdennorm)),
        "ophogingAlleenstaandeOuderkop": {
            "vanToepassing": ophoging.van_toepassing,
            "bedrag": str(ophoging.bedrag),
            "reden": ophoging.reden,
            "geldtVanaf": ophoging.geldt_vanaf.isoformat(),
        },
        "uitleg": uitleg(besluit.uitleg),
    }


def kostendelers(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    besluit = kostendelersnorm(huishouden(verzoek["huishouden"]), boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "norm": str(besluit.norm),
        "grondslag": besluit.grondslag,
        "kostendelersnormVanToepassing": besluit.kostendelersnorm_van_toepassing,
        "aantalKostendelendeMedebewoners": besluit.aantal_kostendelende_medebewoners,
        "medebewoners": [
            {"kostendelend": o.kostendelend, "reden": o.reden, "artikel": o.artikel}
            for o in besluit.medebewoners
        ],
        "uitleg": uitleg(besluit.uitleg),
    }
