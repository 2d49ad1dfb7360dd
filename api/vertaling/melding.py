"""Vertaling van de beoordeling melding na afwijzing van een Bbz-, IOAW- of IOAZ-aanvraag (M12)."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import (
    AfgewezenAanvraag,
    Afwijzingsregeling,
    MeldingNaAfwijzingFeiten,
    Parameterboek,
    melding_na_afwijzing,
)


def _afgewezen(gegevens: Json | None) -> AfgewezenAanvraag | None:
    if gegevens is None:
        return None
    return AfgewezenAanvraag(
        regeling=Afwijzingsregeling(gegevens["regeling"]),
        meldingsdatum=datum(gegevens["meldingsdatum"]),
        afwijzingsdatum=datum(gegevens["afwijzingsdatum"]),
    )


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = MeldingNaAfwijzingFeiten(
        meldingsdatum=datum(verzoek["meldingsdatum"]),
        afgewezen_aanvraag=_afgewezen(verzoek.get("afgewezenAanvraag")),
        onverwijld_na_afwijzing=verzoek.get("onverwijldNaAfwijzing"),
    )
    besluit = melding_na_afwijzing(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "meldingsdatum": besluit.meldingsdatum.isoformat(),
        "vanToepassing": besluit.van_toepassing,
        "vanToepassingVanaf": besluit.van_toepassing_vanaf.isoformat(),
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
