"""Wat een controle kan opleveren, als uitzonderingen:

    Afwijking(AssertionError)   het doel antwoordde, maar anders dan het moet: `gefaald`
    Storing(Exception)          het antwoord kon niet worden beoordeeld: `fout`, nooit een fout antwoord
      Onbereikbaar(Storing)     geen verbinding (geweigerd, verbroken): telt mee voor de stroomonderbreker
    NietVanToepassing(Exception) het gedeclareerde profiel maakt het scenario irrelevant
    ConfiguratieFout(Exception) een onjuist profiel, ontheffingenbestand of eisentabel: exitcode 2

Elke controle heeft één vorm (`Controle`: een uitwisseling erin, niets eruit) en gooit bij een
afwijking alleen `Afwijking`, met wat verwacht werd en wat terugkwam.

De uitwisseling zelf (`Uitwisseling`) staat hier ook: een `Storing` draagt er een, en een antwoord dat
geen JSON is, is een `Afwijking`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

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


@dataclass(frozen=True)
class Uitwisseling:
    """Eén HTTP-uitwisseling met het doel, zoals het rapport haar toont.

    `antwoord_tekst` is verborgen (geen geheim erin); `gegevens` is het lichaam zoals het gelezen werd
    vóór het verbergen (conformance.aansturen.doelinhoud), of `leesfout` zegt waarom dat niet kon. De suite leest
    de verborgen tekst nooit opnieuw.
    """

    methode: str
    pad: str
    verzoek_tekst: str | None
    status: int
    content_type: str
    kopregels: dict[str, str]
    antwoord_tekst: str
    duur_ms: float
    query: dict[str, str] = field(default_factory=dict)
    gegevens: Any = None
    leesfout: str | None = None

    def json(self) -> Any:
        """Het antwoord als JSON; een Afwijking als het dat niet is."""
        if self.leesfout is not None:
            raise Afwijking("contract", "een JSON-antwoord", f"{self.leesfout}: {self.antwoord_tekst[:200]!r}")
        return self.gegevens

    def als_rapport(self) -> dict[str, Any]:
        return {
            "verzoek": {"methode": self.methode, "pad": self.pad, "lichaam": self.verzoek_tekst},
            "antwoord": {
                "status": self.status,
                "contentType": self.content_type,
                "apiVersion": self.kopregels.get("api-version"),
                "lichaam": self.antwoord_tekst[:10_000],
            },
            "duurMs": round(self.duur_ms, 2),
        }
