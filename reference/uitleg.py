"""De uitleg bij een besluit: de stappen, elk met het artikel en de gebruikte parameters.

Een besluit is voorlopig als een stap rust op een voorlopige parameterwaarde of als de regel een
lezing uit het register van interpretaties volgt die nog voorlopig is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reference.interpretaties import Interpretatie, interpretatie
from reference.parameters import Parameterwaarde, Wetstand


@dataclass(frozen=True)
class Stap:
    """Eén stap van de redenering: wat is vastgesteld, op grond van welk artikel, met welke waarden."""

    omschrijving: str
    artikel: str
    parameters: tuple[Parameterwaarde[Any], ...] = ()


@dataclass
class Uitleg:
    """Verzamelt de stappen terwijl een regel beslist; daarna alleen nog gelezen."""

    stappen: list[Stap] = field(default_factory=list)
    lezingen: list[Interpretatie] = field(default_factory=list)

    @staticmethod
    def voor(stand: Wetstand) -> Uitleg:
        """Een nieuwe uitleg voor een regel die op `stand` beslist; zonder gevraagde uitleg de zwijgende."""
        return Uitleg() if stand.met_uitleg else _ZWIJGEND

    def __bool__(self) -> bool:
        """Legt deze uitleg stappen vast? Een regel slaat het opmaken van een stap over als dat niet zo is."""
        return True

    def stap(self, omschrijving: str, artikel: str, *parameters: Parameterwaarde[Any]) -> None:
        self.stappen.append(Stap(omschrijving, artikel, tuple(parameters)))

    def interpretatie(self, id_: str) -> None:
        """Noteer dat de regel de lezing `id_` uit het register van interpretaties volgt."""
        gevonden = interpretatie(id_)
        if gevonden not in self.lezingen:
            self.lezingen.append(gevonden)

    def voeg_toe(self, andere: Uitleg) -> None:
        self.stappen.extend(andere.stappen)
        self.lezingen.extend(lezing for lezing in andere.lezingen if lezing not in self.lezingen)

    @property
    def voorlopige_parameters(self) -> tuple[str, ...]:
        """De namen van de voorlopige parameterwaarden waarop een stap rust, elk eenmaal."""
        return tuple(dict.fromkeys(p.naam for stap in self.stappen for p in stap.parameters if p.voorlopig))

    @property
    def voorlopig(self) -> bool:
        return bool(self.voorlopige_parameters) or any(lezing.voorlopig for lezing in self.lezingen)


class _Zwijgend(Uitleg):
    """De uitleg die niets vastlegt: voor wie alleen de uitkomst vraagt (het orakel, `Prefer: return=minimal`).
    Eén gedeelde, altijd lege: geen methode voegt er iets aan toe."""

    def __bool__(self) -> bool:
        return False

    def stap(self, omschrijving: str, artikel: str, *parameters: Parameterwaarde[Any]) -> None:
        pass

    def interpretatie(self, id_: str) -> None:
        pass

    def voeg_toe(self, andere: Uitleg) -> None:
        pass


_ZWIJGEND = _Zwijgend()
