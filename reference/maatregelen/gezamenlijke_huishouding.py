"""M01 Geen gezamenlijke huishouding bij zorg (art. 3 lid 2 onder a en lid 3 Pw).

Wie ongehuwd met een ander een gezamenlijke huishouding voert (lid 3: hoofdverblijf in dezelfde
woning en zorg voor elkaar), wordt als gehuwd aangemerkt. Sinds 1 januari 2026 niet als het een
bloed- of aanverwant in de eerste graad betreft (een meerderjarig voormalig pleegkind telt als
bloedverwant in de eerste graad, lid 7), of als een zorgbehoefte van of zorg verleend door een
bijstandsgerechtigde de aanleiding vormt om samen te wonen, ongeacht verwantschap, zolang die
zorg wordt verleend. Of de zorg "de aanleiding vormt" is een open norm: het oordeel van het
college is invoer.

Vóór 2026 gold de smallere uitzondering: eerstegraads bloed- en aanverwanten, en bloedverwanten
in de tweede graad als er bij een van hen sprake is van zorgbehoefte; zorg tussen anderen telde
niet. `voorlopig` (art. 3 lid 2 onder a Pw, tekst tot 1 januari 2026): die oude tekst staat niet in
de bronnen van pwib; de regel volgt maatregelen.md en secundaire bronnen. Ook of lid 7 (voormalig
pleegkind) vóór 2026 al gold, is daar niet vastgesteld; de oude regel behandelt het gelijk.
Overgangsrecht kent de wet hiervoor niet (art. 78ff): de peildatum beslist.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg

LID_2A = "art. 3 lid 2 onder a Pw"
LID_2A_OUD = "art. 3 lid 2 onder a Pw (tekst tot 1 januari 2026)"
LID_3 = "art. 3 lid 3 Pw"


class Verwantschap(Enum):
    """De verwantschap tussen de belanghebbende en de huisgenoot."""

    EERSTE_GRAAD = "eersteGraad"  # bloed- of aanverwant in de eerste graad, of voormalig pleegkind (lid 7)
    BLOEDVERWANT_TWEEDE_GRAAD = "bloedverwantTweedeGraad"  # broer, zus, grootouder, kleinkind
    GEEN = "geen"  # geen of verdere verwantschap (ook aanverwant in de tweede graad)


class Uitzondering(Enum):
    """Welke uitzondering op de gelijkstelling met gehuwden geldt."""

    GEEN = "geen"
    EERSTE_GRAAD = "eersteGraad"
    ZORG = "zorg"
    TWEEDE_GRAAD_MET_ZORGBEHOEFTE = "tweedeGraadMetZorgbehoefte"  # alleen vóór 2026


@dataclass(frozen=True)
class GezamenlijkeHuishoudingFeiten:
    gezamenlijke_huishouding: bool  # art. 3 lid 3 Pw: hoofdverblijf in dezelfde woning en zorg voor elkaar
    verwantschap: Verwantschap
    zorgbehoefte: bool = False  # bij een van beiden is er een zorgbehoefte
    zorg_is_aanleiding: bool = False  # oordeel college: die zorg vormt de aanleiding om samen te wonen
    zorg_beeindigd: bool = False  # de zorg die de aanleiding was, wordt niet meer verleend


@dataclass(frozen=True)
class GezamenlijkeHuishoudingBesluit:
    als_gehuwd_aangemerkt: bool
    uitzondering: Uitzondering
    grondslag: str
    uitleg: Uitleg


def _controleer(feiten: GezamenlijkeHuishoudingFeiten) -> None:
    bezwaren: list[Bezwaar] = []
    if feiten.zorg_is_aanleiding and not feiten.zorgbehoefte:
        bezwaren.append(Bezwaar("zorgIsAanleidingOmSamenTeWonen",
                                "zorg kan alleen de aanleiding zijn als er een zorgbehoefte is"))
    if feiten.zorg_beeindigd and not feiten.zorg_is_aanleiding:
        bezwaren.append(Bezwaar("zorgBeeindigd",
                                "alleen zorg die de aanleiding was om samen te wonen kan zijn beëindigd"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def _nieuwe_regel(feiten: GezamenlijkeHuishoudingFeiten, uitleg: Uitleg) -> GezamenlijkeHuishoudingBesluit:
    if feiten.verwantschap is Verwantschap.EERSTE_GRAAD:
        uitleg.stap("De huisgenoot is een bloed- of aanverwant in de eerste graad: niet als gehuwd aangemerkt",
                    LID_2A)
        return GezamenlijkeHuishoudingBesluit(False, Uitzondering.EERSTE_GRAAD, LID_2A, uitleg)
    if feiten.zorg_is_aanleiding and not feiten.zorg_beeindigd:
        uitleg.stap("Geen eerstegraads verwant, maar een zorgbehoefte van of zorg door een bijstandsgerechtigde "
                    "vormt de aanleiding om samen te wonen en die zorg wordt verleend: niet als gehuwd aangemerkt, "
                    "ongeacht verwantschap", LID_2A)
        return GezamenlijkeHuishoudingBesluit(False, Uitzondering.ZORG, LID_2A, uitleg)
    if feiten.zorg_beeindigd:
        reden = "de zorg die de aanleiding was om samen te wonen wordt niet meer verleend"
    elif feiten.zorgbehoefte:
        reden = "er is een zorgbehoefte, maar die vormt niet de aanleiding om samen te wonen"
    else:
        reden = "er is geen zorgbehoefte"
    uitleg.stap(f"Geen eerstegraads verwant, en de uitzondering voor zorg geldt niet: {reden}", LID_2A)
    if feiten.verwantschap is Verwantschap.BLOEDVERWANT_TWEEDE_GRAAD and feiten.zorgbehoefte:
        uitleg.stap("Sinds 1 januari 2026 is een bloedverwant in de tweede graad met zorgbehoefte alleen "
                    "uitgezonderd als de zorg de aanleiding vormt om samen te wonen", LID_2A)
    uitleg.stap("De ongehuwde die een gezamenlijke huishouding voert, wordt als gehuwd aangemerkt", LID_2A)
    return GezamenlijkeHuishoudingBesluit(True, Uitzondering.GEEN, LID_2A, uitleg)


def _oude_regel(feiten: GezamenlijkeHuishoudingFeiten, uitleg: Uitleg) -> GezamenlijkeHuishoudingBesluit:
    if feiten.verwantschap is Verwantschap.EERSTE_GRAAD:
        uitleg.stap("De huisgenoot is een bloed- of aanverwant in de eerste graad: niet als gehuwd aangemerkt",
                    LID_2A_OUD)
        return GezamenlijkeHuishoudingBesluit(False, Uitzondering.EERSTE_GRAAD, LID_2A_OUD, uitleg)
    if feiten.verwantschap is Verwantschap.BLOEDVERWANT_TWEEDE_GRAAD and feiten.zorgbehoefte:
        uitleg.stap("Bloedverwant in de tweede graad en bij een van hen is er zorgbehoefte: niet als gehuwd "
                    "aangemerkt (de oude tekst staat niet in de bronnen)", LID_2A_OUD)
        uitleg.interpretatie("M01-tweede-graad-voor-2026")
        return GezamenlijkeHuishoudingBesluit(False, Uitzondering.TWEEDE_GRAAD_MET_ZORGBEHOEFTE, LID_2A_OUD, uitleg)
    if feiten.verwantschap is Verwantschap.BLOEDVERWANT_TWEEDE_GRAAD:
        reden = "een bloedverwant in de tweede graad zonder zorgbehoefte"
    else:
        reden = "geen eerstegraads verwant en geen bloedverwant in de tweede graad"
    uitleg.stap(f"Geen uitzondering: {reden}", LID_2A_OUD)
    if feiten.zorg_is_aanleiding:
        uitleg.stap("Dat zorg de aanleiding is om samen te wonen, telt pas vanaf 1 januari 2026", LID_2A)
    uitleg.stap("De ongehuwde die een gezamenlijke huishouding voert, wordt als gehuwd aangemerkt", LID_2A_OUD)
    return GezamenlijkeHuishoudingBesluit(True, Uitzondering.GEEN, LID_2A_OUD, uitleg)


def gezamenlijke_huishouding(feiten: GezamenlijkeHuishoudingFeiten, stand: Wetstand) -> GezamenlijkeHuishoudingBesluit:
    """Wordt de ongehuwde belanghebbende met zijn huisgenoot als gehuwd aangemerkt?"""
    _controleer(feiten)
    uitleg = Uitleg.voor(stand)
    if not feiten.gezamenlijke_huishouding:
        uitleg.stap("Zij voeren geen gezamenlijke huishouding, dus is er geen gelijkstelling met gehuwden; "
                    "de uitzonderingen van art. 3 lid 2 onder a komen niet aan de orde", LID_3)
        return GezamenlijkeHuishoudingBesluit(False, Uitzondering.GEEN, LID_3, uitleg)
    uitleg.stap("Zij voeren een gezamenlijke huishouding (hoofdverblijf in dezelfde woning en zorg voor elkaar)",
                LID_3)
    if stand.in_werking("M01"):
        return _nieuwe_regel(feiten, uitleg)
    return _oude_regel(feiten, uitleg)
