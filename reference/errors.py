"""Uitzonderingen van de referentie-implementatie.

Een besluit ("geen recht", "niet vrijgelaten") is nooit een uitzondering; alleen
ongeldige feiten, ontbrekende of onjuiste parameters en programmeerfouten zijn dat::

    PwibFout
    ├── ParameterFout               een parameterbestand is onjuist (bestand, sleutel, probleem)
    ├── ParameterOntbreekt          geen waarde van een parameter op de gevraagde datum
    └── OngeldigeFeiten             de feiten zijn onderling of juridisch onmogelijk (veld, reden)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


class PwibFout(Exception):
    """Basis van alle fouten van de referentie-implementatie."""


class ParameterFout(PwibFout):
    """Een parameterbestand voldoet niet aan het schema of de regels van de lader."""

    def __init__(self, bestand: str, sleutel: str, probleem: str) -> None:
        self.bestand = bestand
        self.sleutel = sleutel
        self.probleem = probleem
        super().__init__(f"{bestand}: {sleutel}: {probleem}")


class ParameterOntbreekt(PwibFout):
    """Voor de gevraagde datum is geen waarde van de parameter bekend."""

    def __init__(self, naam: str, peildatum: date) -> None:
        self.naam = naam
        self.peildatum = peildatum
        super().__init__(f"parameter {naam} heeft geen waarde op {peildatum.isoformat()}")


@dataclass(frozen=True)
class Bezwaar:
    """Eén onjuist feit: het veld (in de woorden van het contract) en de reden."""

    veld: str
    reden: str


class OngeldigeFeiten(PwibFout):
    """De feiten kunnen niet tegelijk waar zijn, of vallen buiten wat de wet kent."""

    def __init__(self, bezwaren: list[Bezwaar]) -> None:
        self.bezwaren = tuple(bezwaren)
        super().__init__("; ".join(f"{b.veld}: {b.reden}" for b in bezwaren))
