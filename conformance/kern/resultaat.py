"""Het oordeel per scenario en de run als geheel, zoals de rapporten het lezen.

Oordelen:

    geslaagd             het doel antwoordde zoals het scenario verwacht
    gefaald              het doel antwoordde anders (uitkomst, status of contract)
    overgeslagen         niet kunnen toetsen; blokkeert certificering
    niet-van-toepassing  het gedeclareerde profiel maakt het scenario irrelevant; blokkeert niet
    fout                 een probleem van suite of infrastructuur (time-out, geen verbinding,
                         onleesbare JSON, 5xx); nooit geteld als een fout antwoord van de leverancier

Een scenario is `beslissend` tenzij het `@voorlopig` is of een ADR-regel van niveau "zou".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Oordeel = Literal["geslaagd", "gefaald", "overgeslagen", "niet-van-toepassing", "fout"]
OORDELEN: tuple[Oordeel, ...] = ("geslaagd", "gefaald", "overgeslagen", "niet-van-toepassing", "fout")


@dataclass
class Scenarioresultaat:
    id: str | None
    maatregel: str | None
    titel: str
    feature: str
    oordeel: Oordeel
    voorlopig: bool
    duur_s: float
    tags: tuple[str, ...] = ()
    beslissend: bool = True
    reden: str | None = None
    beleid: dict[str, Any] | None = None
    ontheffing: dict[str, str] | None = None
    stap: str | None = None
    controle: str | None = None
    regel: str | None = None
    verwacht: str | None = None
    werkelijk: str | None = None
    melding: str | None = None
    uitwisseling: dict[str, Any] | None = None
    veld: str | None = None
    plaats: str | None = None  # features/<bestand>.feature:<regel>
    regel_titel: str | None = None  # de Regel: waaronder het scenario staat
    stappen: tuple[str, ...] = ()  # de tekst van het scenario, voor wie een afwijking leest

    def als_rapport(self) -> dict[str, Any]:
        uitkomst: dict[str, Any] = {
            "id": self.id,
            "maatregel": self.maatregel,
            "titel": self.titel,
            "feature": self.feature,
            "oordeel": self.oordeel,
            "beslissend": self.beslissend,
            "voorlopig": self.voorlopig,
            "duurS": round(self.duur_s, 4),
        }
        if self.reden:
            uitkomst["reden"] = self.reden
        if self.beleid:
            uitkomst["beleid"] = self.beleid
        if self.ontheffing:
            uitkomst["ontheffing"] = self.ontheffing
        if self.plaats:
            uitkomst["plaats"] = self.plaats
        if self.regel_titel:
            uitkomst["regelTitel"] = self.regel_titel
        if self.oordeel in ("gefaald", "fout") and self.stappen:
            uitkomst["stappen"] = list(self.stappen)
        if self.oordeel in ("gefaald", "fout"):
            uitkomst["falendeStap"] = {
                "stap": self.stap,
                "controle": self.controle,
                "regel": self.regel,
                "verwacht": self.verwacht,
                "werkelijk": self.werkelijk,
                "melding": self.melding,
                "uitwisseling": self.uitwisseling,
            }
            if self.veld:
                uitkomst["falendeStap"]["veld"] = self.veld
        return uitkomst


def telling(resultaten: list[Scenarioresultaat]) -> dict[str, int]:
    tel: dict[str, int] = dict.fromkeys(OORDELEN, 0)
    for resultaat in resultaten:
        tel[resultaat.oordeel] += 1
    return tel


@dataclass
class Run:
    doel: str
    begin: str
    einde: str = ""
    tags: str | None = None
    onderbroken: bool = False
    geselecteerd: int | None = None
    voorcontrole: list[Scenarioresultaat] = field(default_factory=list)
    resultaten: list[Scenarioresultaat] = field(default_factory=list)
    instellingen: dict[str, Any] = field(default_factory=dict)

    @property
    def alle(self) -> list[Scenarioresultaat]:
        """Voorcontrole (ADR-regels) en scenario's samen, in die volgorde."""
        return [*self.voorcontrole, *self.resultaten]

    def telling(self) -> dict[str, int]:
        return telling(self.resultaten)
