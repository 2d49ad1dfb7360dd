"""M25 Categoriale bijzondere bijstand (art. 35 Pw): welke vormen bestaan, de drempel, en wie in aanmerking komt.

Individuele bijzondere bijstand (lid 1) vraagt het oordeel van het college over de noodzakelijke kosten;
dat oordeel valt buiten pwib. Gaan die kosten binnen twaalf maanden een bedrag (2026: € 176,00; 1 juli
2025: € 170,00) niet te boven, dan kan het college de bijzondere bijstand weigeren (lid 2). Een gemeente
kan als beleid een lagere drempel hanteren (`beleid.bijzondereBijstandDrempel`), nooit een hogere.

In afwijking van lid 1, dus zonder na te gaan of de kosten noodzakelijk zijn of gemaakt:
- een collectieve aanvullende zorgverzekering of een tegemoetkoming in de premie daarvan (lid 3);
- een eenmalige energietoeslag voor 2022, te verstrekken tot en met 30 juni 2023 (lid 4 onder a), en
  voor 2023, tot en met 31 augustus 2024 (lid 4 onder b), die ambtshalve kan worden vastgesteld (lid 6);
  die voor 2023 niet voor wie 18, 19 of 20 jaar is, in aanmerking komt voor studiefinanciering of alleen
  met een briefadres is ingeschreven (lid 5).
De drempel van lid 2 gaat over "de in het eerste lid bedoelde kosten" en geldt dus niet voor deze vormen.
Art. 35 verandert per 1 januari 2026 alleen in het bedrag van lid 2 (Stcrt. 2025, 43553).

`voorlopig`: op een peildatum vóór 1 juli 2025 past pwib de tekst van 2026 van lid 4 en 5 toe; de tekst
van toen staat niet in de bronnen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag

# art. 35 lid 4 Pw: de energietoeslag "kan worden verstrekt tot en met" deze dag
ENERGIETOESLAG_2022_TOT_EN_MET = date(2023, 6, 30)
ENERGIETOESLAG_2023_TOT_EN_MET = date(2024, 8, 31)
JONGERENLEEFTIJDEN = range(18, 21)  # art. 35 lid 5 onder a Pw: 18, 19 of 20 jaar


class VormBijzondereBijstand(Enum):
    INDIVIDUEEL = "individueel"  # lid 1 en 2
    COLLECTIEVE_ZORGVERZEKERING = "collectieveZorgverzekering"  # lid 3
    ENERGIETOESLAG_2022 = "energietoeslag2022"  # lid 4 onder a
    ENERGIETOESLAG_2023 = "energietoeslag2023"  # lid 4 onder b en lid 5


@dataclass(frozen=True)
class Bijzonderebijstandfeiten:
    vorm: VormBijzondereBijstand
    kosten_binnen_twaalf_maanden: Bedrag | None = None
    leeftijd: int | None = None
    aanspraak_op_studiefinanciering: bool = False  # art. 35 lid 5 onder b Pw
    alleen_briefadres: bool = False  # art. 35 lid 5 onder c Pw
    drempel_beleid: Bedrag | None = None  # beleid.bijzondereBijstandDrempel


@dataclass(frozen=True)
class Bijzonderebijstandbesluit:
    kan_worden_verleend: bool
    zonder_toetsing_kosten: bool
    ambtshalve: bool
    drempel: Bedrag | None
    college_kan_weigeren: bool
    grondslag: str
    uitleg: Uitleg


def _individueel(feiten: Bijzonderebijstandfeiten, stand: Wetstand, uitleg: Uitleg) -> Bijzonderebijstandbesluit:
    kosten = feiten.kosten_binnen_twaalf_maanden
    if kosten is None:
        raise OngeldigeFeiten([Bezwaar("kostenBinnenTwaalfMaanden", "nodig voor individuele bijzondere bijstand")])
    wettelijk = stand.bedrag("bijzondere_bijstand.drempel")
    drempel = wettelijk.waarde
    if feiten.drempel_beleid is not None:
        if feiten.drempel_beleid > wettelijk.waarde:
            raise OngeldigeFeiten([Bezwaar("beleid.bijzondereBijstandDrempel",
                                           f"hoger dan het bedrag van art. 35 lid 2 Pw ({wettelijk.waarde})")])
        drempel = feiten.drempel_beleid
        uitleg.stap(f"Beleid van de gemeente: drempel {drempel} (wettelijk ten hoogste {wettelijk.waarde})",
                    "art. 35 lid 2 Pw", wettelijk)
    else:
        uitleg.stap(f"Drempel: {drempel}", "art. 35 lid 2 Pw", wettelijk)
    weigeren = kosten <= drempel
    uitleg.stap(f"Kosten binnen twaalf maanden {kosten}: {'niet ' if weigeren else ''}boven de drempel; het college "
                f"{'kan' if weigeren else 'kan niet'} op die grond weigeren", "art. 35 lid 2 Pw")
    uitleg.stap("Of de kosten noodzakelijk zijn en niet uit de middelen kunnen worden voldaan, is het oordeel van "
                "het college", "art. 35 lid 1 Pw")
    return Bijzonderebijstandbesluit(True, False, False, drempel, weigeren,
                                     "art. 35 lid 2 Pw" if weigeren else "art. 35 lid 1 Pw", uitleg)


def _uitsluiting_2023(feiten: Bijzonderebijstandfeiten) -> str | None:
    if feiten.leeftijd is None:
        raise OngeldigeFeiten([Bezwaar("leeftijd", "nodig voor de energietoeslag over 2023 (art. 35 lid 5 Pw)")])
    if feiten.leeftijd in JONGERENLEEFTIJDEN:
        return "a"
    if feiten.aanspraak_op_studiefinanciering:
        return "b"
    if feiten.alleen_briefadres:
        return "c"
    return None


def _energietoeslag(feiten: Bijzonderebijstandfeiten, stand: Wetstand, uitleg: Uitleg) -> Bijzonderebijstandbesluit:
    jaar2022 = feiten.vorm is VormBijzondereBijstand.ENERGIETOESLAG_2022
    onderdeel, uiterlijk = ("a", ENERGIETOESLAG_2022_TOT_EN_MET) if jaar2022 else ("b", ENERGIETOESLAG_2023_TOT_EN_MET)
    grondslag = f"art. 35 lid 4 onder {onderdeel} Pw"
    if stand.peildatum > uiterlijk:
        uitleg.stap(f"De energietoeslag kon worden verstrekt tot en met {uiterlijk}", grondslag)
        return Bijzonderebijstandbesluit(False, True, True, None, False, grondslag, uitleg)
    uitgesloten = None if jaar2022 else _uitsluiting_2023(feiten)
    if uitgesloten is not None:
        uitleg.stap("De energietoeslag over 2023 geldt niet voor deze persoon", f"art. 35 lid 5 onder {uitgesloten} Pw")
        return Bijzonderebijstandbesluit(False, True, True, None, False, f"art. 35 lid 5 onder {uitgesloten} Pw",
                                         uitleg)
    uitleg.stap("Eenmalige energietoeslag zonder na te gaan of de energierekening sterk steeg; ambtshalve "
                "vast te stellen (art. 35 lid 6)", grondslag)
    return Bijzonderebijstandbesluit(True, True, True, None, False, grondslag, uitleg)


def categoriale_bijzondere_bijstand(feiten: Bijzonderebijstandfeiten, stand: Wetstand) -> Bijzonderebijstandbesluit:
    """Kan de bijzondere bijstand in deze vorm worden verleend, en mag het college weigeren wegens de drempel?"""
    uitleg = Uitleg.voor(stand)
    if feiten.vorm is VormBijzondereBijstand.INDIVIDUEEL:
        return _individueel(feiten, stand, uitleg)
    if feiten.vorm is VormBijzondereBijstand.COLLECTIEVE_ZORGVERZEKERING:
        uitleg.stap("Collectieve aanvullende zorgverzekering of tegemoetkoming in de premie, zonder na te gaan of de "
                    "kosten noodzakelijk zijn of gemaakt; de drempel van lid 2 geldt niet", "art. 35 lid 3 Pw")
        return Bijzonderebijstandbesluit(True, True, False, None, False, "art. 35 lid 3 Pw", uitleg)
    return _energietoeslag(feiten, stand, uitleg)
