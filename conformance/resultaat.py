"""Het oordeel per scenario, zoals de rapporten het lezen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Oordeel = Literal["geslaagd", "gefaald", "fout", "overgeslagen"]


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
    stap: str | None = None
    controle: str | None = None
    verwacht: str | None = None
    werkelijk: str | None = None
    melding: str | None = None
    uitwisseling: dict[str, Any] | None = None

    def als_rapport(self) -> dict[str, Any]:
        uitkomst: dict[str, Any] = {
            "id": self.id,
            "maatregel": self.maatregel,
            "titel": self.titel,
            "feature": self.feature,
            "oordeel": self.oordeel,
            "voorlopig": self.voorlopig,
            "duurS": round(self.duur_s, 4),
        }
        if self.oordeel in ("gefaald", "fout"):
            uitkomst["falendeStap"] = {
                "stap": self.stap,
                "controle": self.controle,
                "verwacht": self.verwacht,
                "werkelijk": self.werkelijk,
                "melding": self.melding,
                "uitwisseling": self.uitwisseling,
            }
        return uitkomst


@dataclass
class Run:
    doel: str
    begin: str
    einde: str = ""
    resultaten: list[Scenarioresultaat] = field(default_factory=list)

    def telling(self) -> dict[str, int]:
        tel = {"geslaagd": 0, "gefaald": 0, "fout": 0, "overgeslagen": 0}
        for resultaat in self.resultaten:
            tel[resultaat.oordeel] += 1
        return tel
