"""Vertaling van de beoordeling verrekening-inkomsten (M18) en de gedeelde vorm `Betaling`."""

from __future__ import annotations

from api.vertaling.gemeenschappelijk import Json, datum, uitleg
from reference import Bedrag, Betaling, Maand, Parameterboek, Verrekeningsfeiten, verrekening_inkomsten


def maand(tekst: str | None) -> Maand | None:
    return None if tekst is None else Maand.van(tekst)


def betaling(gegevens: Json) -> Betaling:
    return Betaling(
        bedrag=Bedrag.van(gegevens["bedrag"]),
        ontvangen_in=Maand.van(gegevens["ontvangenIn"]),
        betreft_van=maand(gegevens.get("betreftVan")),
        betreft_tot=maand(gegevens.get("betreftTot")),
        onbelaste_vergoeding=gegevens.get("onbelasteVergoeding", False),
    )


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Verrekeningsfeiten(
        maand=Maand.van(verzoek["maand"]),
        betalingen=tuple(betaling(b) for b in verzoek["betalingen"]),
        bijstand_vanaf=maand(verzoek.get("bijstandVanaf")),
    )
    besluit = verrekening_inkomsten(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "maand": str(feiten.maand),
        "inAanmerkingGenomen": str(besluit.in_aanmerking_genomen),
        "ontvangenInDeMaand": str(besluit.ontvangen_in_de_maand),
        "perBetaling": [{"inDezeMaand": str(t.in_deze_maand), "reden": t.reden, "artikel": t.artikel}
                        for t in besluit.per_betaling],
        "stelsel": besluit.stelsel,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
