"""Wat een controle kan opleveren, als uitzonderingen:

    Afwijking(AssertionError)   het doel antwoordde, maar anders dan het moet: `gefaald`
    Storing(Exception)          het antwoord kon niet worden beoordeeld: `fout`, nooit een fout antwoord
      Onbereikbaar(Storing)     geen verbinding (geweigerd, verbroken): telt mee voor de stroomonderbreker
    NietVanToepassing(Exception) het gedeclareerde profiel maakt het scenario irrelevant
    ConfiguratieFout(Exception) een onjuist profiel, ontheffingenbestand of eisentabel: exitcode 2

Elke controle heeft één vorm (`Controle`: een uitwisseling erin, niets eruit) en gooit bij een
afwijking alleen `Afwijking`, met wat verwacht werd en wat terugkwam.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from conformance.uitwisseling import Uitwisseling

Soort = Literal["uitkomst", "status", "contract", "verbinding", "invoer", "adr"]
Storingssoort = Literal["time-out", "verbinding", "serverfout", "geen-json", "te-groot", "codering", "tekenset",
                        "suite"]

Controle = Callable[["Uitwisseling"], None]
"""De ene vorm van een controle op een antwoord: slaagt stil of gooit een Afwijking."""


class Afwijking(AssertionError):
    """Een controle die niet slaagt, met alles wat het rapport erover moet zeggen."""

    def __init__(self, controle: Soort, verwacht: str, werkelijk: str, veld: str | None = None,
                 regel: str | None = None) -> None:
        self.controle = controle
        self.verwacht = verwacht
        self.werkelijk = werkelijk
        self.veld = veld
        self.regel = regel
        plaats = f" in {veld}" if veld else ""
        bron = f" ({regel})" if regel else ""
        super().__init__(f"[{controle}]{bron}{plaats}: verwacht {verwacht}, kreeg {werkelijk}")


class Storing(Exception):
    """Het antwoord kon niet worden beoordeeld; geen oordeel over de leverancier, wel een `fout`."""

    def __init__(self, soort: Storingssoort, reden: str, uitwisseling: Uitwisseling | None = None) -> None:
        self.soort = soort
        self.reden = reden
        self.uitwisseling = uitwisseling
        super().__init__(f"[{soort}] {reden}")


class Onbereikbaar(Storing):
    """Het doel neemt niet op of verbreekt de verbinding."""

    def __init__(self, reden: str) -> None:
        super().__init__("verbinding", reden)


class NietVanToepassing(Exception):
    """Het scenario gaat uit van beleid of een maatregel die het gedeclareerde profiel niet heeft."""


class ConfiguratieFout(Exception):
    """Een invoerbestand van de run is onjuist; de melding noemt bestand, sleutel en probleem."""

    def __init__(self, bestand: str, sleutel: str, probleem: str) -> None:
        self.bestand = bestand
        self.sleutel = sleutel
        self.probleem = probleem
        super().__init__(f"{bestand}: {sleutel}: {probleem}")
