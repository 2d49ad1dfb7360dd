"""M21 Tijdelijke ontheffing (art. 9 lid 2 en lid 5 Pw); `voorlopig`.

Zijn er dringende redenen, dan kan het college in individuele gevallen tijdelijk ontheffing verlenen van
de plichten van art. 9 lid 1 onder a (werk verkrijgen, aanvaarden, behouden) en onder c (tegenprestatie)
(lid 2, eerste zin). Zorgtaken kunnen als dringende redenen gelden voor zover er geen rekening mee kan
worden gehouden door een voorziening gericht op arbeidsinschakeling (art. 7 lid 1 onder a) (lid 2, tweede
zin). Beide zijn oordelen van het college en dus invoer; het bevoegdheidsgevolg berekent de regel. Wie
volledig en duurzaam arbeidsongeschikt is (art. 4 Wet WIA), heeft de plichten onder a, b en c van
rechtswege niet, voor onbepaalde tijd (lid 5). De plichten gelden van 18 jaar tot de pensioengerechtigde
leeftijd (lid 1). "Tijdelijk": de ontheffing heeft een einddatum die het college kiest; de wet noemt geen
maximum, een gemeente kan er een als beleid stellen (`beleid.ontheffingMaximaleDuurInMaanden`).

`voorlopig` (de tekst van art. 9 per 2027 staat niet in de bronnen; maatregelen.md spreekt van een ruimere
tijdelijke ontheffing): vanaf 2027 past pwib dezelfde tekst toe als in 2026; de keuze staat op één plek
(`ontheffing`), zodat alleen `_regel_2027` verandert als de tekst bekend is. De ontheffing van art. 9a
(alleenstaande ouder met een kind tot vijf jaar) valt buiten deze beoordeling. Een beleidsmaximum van n
maanden loopt vanaf de peildatum tot en met de dag vóór dezelfde dagdatum n maanden later.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import plus_maanden

LID_2 = "art. 9 lid 2 Pw"


class Ontheffingsgrond(Enum):
    DRINGENDE_REDENEN = "dringendeRedenen"
    ZORGTAKEN = "zorgtaken"
    ARBEIDSONGESCHIKT = "volledigeEnDuurzameArbeidsongeschiktheid"


@dataclass(frozen=True)
class Ontheffingsfeiten:
    pensioengerechtigde_leeftijd_bereikt: bool = False
    volledig_en_duurzaam_arbeidsongeschikt: bool = False  # art. 9 lid 5 Pw
    dringende_redenen: bool = False  # oordeel van het college
    zorgtaken: bool = False
    zorgtaken_te_ondervangen_met_voorziening: bool = False  # oordeel van het college (art. 7 lid 1 onder a)
    tot_en_met: date | None = None  # de einddatum die het college kiest
    maximale_duur_beleid: int | None = None  # beleid.ontheffingMaximaleDuurInMaanden


@dataclass(frozen=True)
class Ontheffingsbesluit:
    ontheffing: bool
    van_rechtswege: bool
    grond: Ontheffingsgrond | None
    onderdelen: tuple[str, ...]  # de onderdelen van art. 9 lid 1
    tot_en_met: date | None
    onbepaalde_tijd: bool
    grondslag: str
    uitleg: Uitleg


def _geen(grondslag: str, reden: str, uitleg: Uitleg) -> Ontheffingsbesluit:
    uitleg.stap(reden, grondslag)
    return Ontheffingsbesluit(False, False, None, (), None, False, grondslag, uitleg)


def _einde(feiten: Ontheffingsfeiten, stand: Wetstand, uitleg: Uitleg) -> date:
    gekozen = feiten.tot_en_met
    if gekozen is None or gekozen < stand.peildatum:
        reden = ("een ontheffing op grond van art. 9 lid 2 Pw is tijdelijk: noem de einddatum" if gekozen is None
                 else "de einddatum ligt vóór de peildatum")
        raise OngeldigeFeiten([Bezwaar("ontheffingTotEnMet", reden)])
    if feiten.maximale_duur_beleid is None:
        return gekozen
    grens = plus_maanden(stand.peildatum, feiten.maximale_duur_beleid) - timedelta(days=1)
    if gekozen > grens:
        uitleg.stap(f"Beleid van de gemeente: ten hoogste {feiten.maximale_duur_beleid} maanden, dus tot en met "
                    f"{grens}", LID_2)
        return grens
    return gekozen


def _regel_2026(feiten: Ontheffingsfeiten, stand: Wetstand) -> Ontheffingsbesluit:
    uitleg = Uitleg.voor(stand)
    if feiten.pensioengerechtigde_leeftijd_bereikt:
        return _geen("art. 9 lid 1 Pw", "De plichten van art. 9 lid 1 gelden niet na de pensioengerechtigde leeftijd; "
                     "er is niets om ontheffing van te verlenen", uitleg)
    if feiten.volledig_en_duurzaam_arbeidsongeschikt:
        uitleg.stap("Volledig en duurzaam arbeidsongeschikt (art. 4 Wet WIA): de plichten onder a, b en c gelden "
                    "van rechtswege niet, voor onbepaalde tijd", "art. 9 lid 5 Pw")
        return Ontheffingsbesluit(True, True, Ontheffingsgrond.ARBEIDSONGESCHIKT, ("a", "b", "c"), None, True,
                                  "art. 9 lid 5 Pw", uitleg)
    if feiten.dringende_redenen:
        grond = Ontheffingsgrond.DRINGENDE_REDENEN
        uitleg.stap("Het college acht dringende redenen aanwezig", LID_2)
    elif feiten.zorgtaken and not feiten.zorgtaken_te_ondervangen_met_voorziening:
        grond = Ontheffingsgrond.ZORGTAKEN
        uitleg.stap("Zorgtaken waarmee een voorziening gericht op arbeidsinschakeling geen rekening kan houden, "
                    "gelden als dringende redenen", LID_2)
    elif feiten.zorgtaken:
        return _geen(LID_2, "Met de zorgtaken kan een voorziening gericht op arbeidsinschakeling rekening houden: "
                     "zij zijn geen dringende redenen", uitleg)
    else:
        return _geen(LID_2, "Geen dringende redenen: het college kan geen ontheffing verlenen", uitleg)
    einde = _einde(feiten, stand, uitleg)
    uitleg.stap(f"Het college kan tijdelijk ontheffing verlenen van art. 9 lid 1 onder a en c, tot en met {einde}",
                LID_2)
    return Ontheffingsbesluit(True, False, grond, ("a", "c"), einde, False, LID_2, uitleg)


def _regel_2027(feiten: Ontheffingsfeiten, stand: Wetstand) -> Ontheffingsbesluit:
    besluit = _regel_2026(feiten, stand)
    besluit.uitleg.stap("De tekst van art. 9 per 2027 ontbreekt in de bronnen; pwib past de tekst van 2026 toe",
                        "art. 9 Pw (tekst 2027)")
    besluit.uitleg.interpretatie("M21-tekst-2027")
    return besluit


def ontheffing(feiten: Ontheffingsfeiten, stand: Wetstand) -> Ontheffingsbesluit:
    """Kan het college van de arbeidsplichten ontheffen, waarvan, op welke grond en tot wanneer?"""
    return _regel_2027(feiten, stand) if stand.in_werking("M21") else _regel_2026(feiten, stand)
