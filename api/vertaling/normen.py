"""Vertaling van de beoordelingen bijstandsnorm en kostendelersnorm (art. 20-22a Pw, M06)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, huishouden, uitleg
from reference import Parameterboek, kostendelersnorm


def bijstandsnorm(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    besluit = kostendelersnorm(huishouden(verzoek["huishouden"]), boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "norm": str(besluit.norm),
        "leefvorm": besluit.leefvorm,
        "grondslag": besluit.grondslag,
        "kostendelersnormVanToepassing": besluit.kostendelersnorm_van_toepassing,
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
