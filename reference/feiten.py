"""Getypeerde feiten over personen en huishoudens, zoals de klantmanager ze vaststelt.

Leeftijden zijn hele jaren op de peildatum; of iemand de pensioengerechtigde leeftijd
(AOW-leeftijd, art. 7a AOW) heeft bereikt is een feit, geen berekening van pwib.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Persoon:
    leeftijd: int
    aow_leeftijd_bereikt: bool = False


class Overeenkomst(Enum):
    """Woont de medebewoner er op grond van een schriftelijke overeenkomst tegen een commerciële prijs?"""

    GEEN = "geen"
    MET_BELANGHEBBENDE = "metBelanghebbende"  # art. 19a lid 1 onder b Pw
    MET_DERDE = "metDerde"  # art. 19a lid 1 onder c Pw: met dezelfde verhuurder als de belanghebbende


@dataclass(frozen=True)
class Medebewoner:
    """Iemand die in dezelfde woning als de belanghebbende zijn hoofdverblijf heeft (niet de partner)."""

    leeftijd: int
    overeenkomst: Overeenkomst = Overeenkomst.GEEN
    familie_eerste_of_tweede_graad: bool = False
    onderwijs_met_studiefinanciering: bool = False  # art. 19a lid 1 onder d Pw


@dataclass(frozen=True)
class Mantelzorg:
    """De belanghebbende levert mantelzorg, met de feiten die art. 22a lid 4 en art. 40 lid 3 onder d Pw noemen.

    Beide bepalingen gelden voor wie "voor het leveren van mantelzorg bij een intensieve zorgbehoefte
    tijdelijk gebruikmaakt van een hoofdverblijf elders": dat zijn drie feiten, die alle drie moeten
    vaststaan. Onbetaalde mantelzorg is nooit op loon te waarderen arbeid (art. 33 lid 6 Pw).
    """

    intensieve_zorgbehoefte: bool = False  # de zorg is nodig bij een intensieve zorgbehoefte
    hoofdverblijf_elders: bool = False  # hij maakt voor die zorg gebruik van een hoofdverblijf elders
    tijdelijk: bool = False  # dat hoofdverblijf elders is tijdelijk

    @property
    def tijdelijk_elders_bij_intensieve_zorgbehoefte(self) -> bool:
        """De situatie van art. 22a lid 4 en art. 40 lid 3 onder d Pw."""
        return not self.ontbrekende_feiten

    @property
    def ontbrekende_feiten(self) -> tuple[str, ...]:
        """Welke van de drie feiten van art. 22a lid 4 en art. 40 lid 3 onder d Pw niet vaststaan, in woorden."""
        return tuple(tekst for feit, tekst in (
            (self.intensieve_zorgbehoefte, "geen intensieve zorgbehoefte"),
            (self.hoofdverblijf_elders, "geen hoofdverblijf elders"),
            (self.tijdelijk, "niet tijdelijk"),
        ) if not feit)


TIJDELIJK_ELDERS_VOOR_MANTELZORG = Mantelzorg(intensieve_zorgbehoefte=True, hoofdverblijf_elders=True, tijdelijk=True)
"""Wat het vervallen contractveld `mantelzorgElders: true` betekende: alle drie de feiten."""


@dataclass(frozen=True)
class Huishouden:
    belanghebbende: Persoon
    partner: Persoon | None = None
    ten_laste_komende_kinderen: int = 0
    medebewoners: tuple[Medebewoner, ...] = field(default=())
    mantelzorg: Mantelzorg | None = None  # de belanghebbende levert mantelzorg (M06)
    partner_heeft_recht: bool = True  # art. 24 en 24a Pw: false als de partner geen recht op algemene bijstand heeft
    partner_is_toeslagpartner: bool = False  # art. 24a onder b Pw: partner als bedoeld in art. 3 Awir
    kind_rechtmatig_in_nederland: bool = False  # art. 24a onder a Pw: een ten laste komend kind verblijft rechtmatig
    partner_gescheiden_levend: bool = False  # art. 32 lid 4 Pw: gescheiden, maar niet duurzaam (art. 3 lid 2 onder b)

    @property
    def gehuwd(self) -> bool:
        return self.partner is not None

    @property
    def tijdelijk_elders_voor_mantelzorg(self) -> bool:
        """Voor mantelzorg bij een intensieve zorgbehoefte tijdelijk een hoofdverblijf elders (art. 22a lid 4 Pw)."""
        return self.mantelzorg is not None and self.mantelzorg.tijdelijk_elders_bij_intensieve_zorgbehoefte

    @property
    def partner_zonder_recht(self) -> bool:
        """Gehuwd (of zo aangemerkt) met een echtgenoot die geen recht op algemene bijstand heeft (art. 24 Pw)."""
        return self.partner is not None and not self.partner_heeft_recht

    @property
    def personen(self) -> tuple[Persoon, ...]:
        return (self.belanghebbende,) if self.partner is None else (self.belanghebbende, self.partner)
