"""Vertaling van de beoordeling inkomstenvrijlating (M13) en de gedeelde vorm `Vrijlatingstand`."""

from __future__ import annotations

from datetime import date

from api.vertaling.gemeenschappelijk import Json, bedrag, datum, huishouden, uitleg
from reference import (
    Bedrag,
    Inkomstenvrijlatingfeiten,
    Parameterboek,
    Vrijlatingstand,
    inkomstenvrijlating,
)


def vrijlatingstand(gegevens: Json | None) -> Vrijlatingstand:
    g = gegevens or {}
    return Vrijlatingstand(
        college_acht_bijdragen_aan_arbeidsinschakeling=g.get("collegeAchtBijdragenAanArbeidsinschakeling", False),
        maanden_gebruikt=g.get("maandenGebruikt", 0),
        verlenging_maanden=g.get("verlengingMaanden", 0),
        college_acht_uitbreiding_arbeidsomvang_niet_mogelijk=g.get("collegeAchtUitbreidingArbeidsomvangNietMogelijk",
                                                                   False),
        nieuw_dienstverband=g.get("nieuwDienstverband", False),
        college_past_nogmaals_toe=g.get("collegePastNogmaalsToe", False),
        medisch_urenbeperkt=g.get("medischUrenbeperkt", False),
        leeftijd_kind_met_volledige_zorg=g.get("leeftijdKindMetVolledigeZorg"),
        maanden_alleenstaande_ouder_gebruikt=g.get("maandenAlleenstaandeOuderGebruikt", 0),
        doelgroep_loonkostensubsidie=g.get("doelgroepLoonkostensubsidie", False),
        maanden_doelgroep_gebruikt=g.get("maandenDoelgroepLoonkostensubsidieGebruikt", 0),
    )


def vervroegd_vanaf(verzoek: Json) -> date | None:
    tekst = (verzoek.get("beleid") or {}).get("inkomstenvrijlatingVervroegdVanaf")
    return None if tekst is None else datum(tekst)


def _tekst(waarde: Bedrag | None) -> str | None:
    return None if waarde is None else str(waarde)


def beoordeel(verzoek: Json, boek: Parameterboek) -> Json:
    peildatum = datum(verzoek["peildatum"])
    feiten = Inkomstenvrijlatingfeiten.van_belanghebbende(
        huishouden(verzoek["huishouden"]), bedrag(verzoek, "inkomstenUitArbeid"),
        vrijlatingstand(verzoek.get("vrijlating")), vervroegd_vanaf(verzoek))
    besluit = inkomstenvrijlating(feiten, boek.stand(peildatum))
    return {
        "peildatum": peildatum.isoformat(),
        "vrijgelaten": str(besluit.vrijgelaten),
        "inAanmerkingGenomen": str(besluit.in_aanmerking_genomen),
        "onderdeel": besluit.onderdeel,
        "percentage": None if besluit.percentage is None else str(besluit.percentage),
        "maximum": _tekst(besluit.maximum),
        "resterendeMaanden": besluit.resterende_maanden,
        "vervroegdToegepast": besluit.vervroegd_toegepast,
        "nieuwePeriode": besluit.nieuwe_periode,
        "grondslag": besluit.grondslag,
        "uitleg": uitleg(besluit.uitleg),
    }
