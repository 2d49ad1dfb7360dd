"""De ene getypeerde fout van elke controle: wat werd verwacht en wat kwam terug."""

from __future__ import annotations

from typing import Literal

Controle = Literal["uitkomst", "status", "contract", "verbinding", "invoer"]


class Afwijking(AssertionError):
    """Een controle die niet slaagt, met alles wat het rapport erover moet zeggen."""

    def __init__(self, controle: Controle, verwacht: str, werkelijk: str, veld: str | None = None) -> None:
        self.controle = controle
        self.verwacht = verwacht
        self.werkelijk = werkelijk
        self.veld = veld
        plaats = f" in {veld}" if veld else ""
        super().__init__(f"[{controle}]{plaats}: verwacht {verwacht}, kreeg {werkelijk}")


class Onbereikbaar(Exception):
    """Het doel antwoordt niet (weigert de verbinding, time-out): geen oordeel over de leverancier."""
