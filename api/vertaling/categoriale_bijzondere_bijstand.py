"""Vertaling van de beoordeling categoriale bijzondere bijstand (M25, art. 35 Pw)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import (
    Bedrag,
    Bijzonderebijstandfeiten,
    Parameterboek,
    VormBijzondereBijstand,
    categoriale_bijzondere_bijstand,
)


def _bedrag(tekst: str | None) -> Bedrag | None:
    return None if tekst is None else Bedrag.van(tekst)


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Bijzonderebijstandfeiten(
        vorm=VormBijzondereBijstand(verzoek["vorm"]),
        kosten_binnen_twaalf_maanden=_bedrag(verzoek.get("kostenBinnenTwaalfMaanden")),
        leeftijd=verzoek.get("leeftijd"),
        aanspraak_op_studiefinanciering=verzoek.get("aanspraakOpStudiefinanciering", False),
        alleen_briefadres=verzoek.get("alleenBriefadres", False),
        drempel_beleid=_bedrag(verzoek.get("beleid", {}).get("bijzondereBijstandDrempel")),
    )
    besluit = categoriale_bijzondere_bijstand(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "kanWordenVerleend": besluit.kan_worden_verleend,
        "zonderToetsingKosten": besluit.zonder_toetsing_kosten,
        "ambtshalve": besluit.ambtshalve,
        "drempel": None if besluit.drempel is None else str(besluit.drempel),
        "collegeKanWeigeren": besluit.college_kan_weigeren,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
