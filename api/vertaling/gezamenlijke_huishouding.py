"""Vertaling van de beoordeling gezamenlijke huishouding bij zorg (M01)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import GezamenlijkeHuishoudingFeiten, Parameterboek, Verwantschap, gezamenlijke_huishouding


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = GezamenlijkeHuishoudingFeiten(
        gezamenlijke_huishouding=verzoek["gezamenlijkeHuishouding"],
        verwantschap=Verwantschap(verzoek["verwantschap"]),
        zorgbehoefte=verzoek.get("zorgbehoefte", False),
        zorg_is_aanleiding=verzoek.get("zorgIsAanleidingOmSamenTeWonen", False),
        zorg_beeindigd=verzoek.get("zorgBeeindigd", False),
    )
    besluit = gezamenlijke_huishouding(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "alsGehuwdAangemerkt": besluit.als_gehuwd_aangemerkt,
        "uitzondering": besluit.uitzondering.value,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
