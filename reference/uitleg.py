"""De uitleg bij een besluit: de stappen, elk met het artikel en de gebruikte parameters."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reference.parameters import Parameterwaarde


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

    def stap(self, omschrijving: str, artikel: str, *parameters: Parameterwaarde[Any]) -> None:
        self.stappen.append(Stap(omschrijving, artikel, tuple(parameters)))

    def voeg_toe(self, andere: Uitleg) -> None:
        self.stappen.extend(andere.stappen)
