"""De casus van één scenario: het verzoek dat de Gegeven-stappen opbouwen en het antwoord."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from conformance.kern.afwijking import Afwijking, Uitwisseling

_DEEL = re.compile(r"^(\w+)(?:\[(\+|-1|\d+)\])?$")


def _stappen(pad: str) -> list[tuple[str, str | None]]:
    delen = []
    for deel in pad.split("."):
        gevonden = _DEEL.match(deel)
        if gevonden is None:
            raise ValueError(f"onjuist veldpad {pad!r}")
        delen.append((gevonden.group(1), gevonden.group(2)))
    return delen


@dataclass
class Casus:
    verzoek: dict[str, Any] = field(default_factory=dict)
    antwoord: Uitwisseling | None = None

    def zet(self, pad: str, waarde: Any) -> None:
        """Zet een veld; `lijst[+]` begint een nieuw element, `lijst[-1]` is het laatste."""
        knoop: Any = self.verzoek
        delen = _stappen(pad)
        for index, (naam, positie) in enumerate(delen):
            laatste = index == len(delen) - 1
            if positie is None:
                if laatste:
                    knoop[naam] = waarde
                else:
                    knoop = knoop.setdefault(naam, {})
                continue
            lijst = knoop.setdefault(naam, [])
            if positie == "+":
                lijst.append(waarde if laatste else {})
            elif laatste:
                lijst[int(positie)] = waarde
            if not laatste:
                knoop = lijst[-1] if positie in ("+", "-1") else lijst[int(positie)]

    def gelezen(self) -> Uitwisseling:
        if self.antwoord is None:
            raise Afwijking("invoer", "een Als-stap vóór de Dan-stap", "geen antwoord")
        return self.antwoord


def lees_pad(gegevens: Any, pad: str) -> Any:
    """De waarde op een veldpad in een antwoord; KeyError als het veld ontbreekt."""
    knoop = gegevens
    for naam, positie in _stappen(pad):
        knoop = knoop[naam]
        if positie is not None:
            knoop = knoop[-1 if positie == "+" else int(positie)]
    return knoop
