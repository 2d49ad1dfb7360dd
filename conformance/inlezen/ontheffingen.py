"""Ontheffingen (waivers): bekende afwijkingen met reden en link; ze verbergen niets.

Een ontheven scenario blijft in elk rapport `gefaald`, met de ontheffing erbij; een run met een
ontheffing kan nooit `conform` uitkomen (op zijn best `onvolledig`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conformance.inlezen.laden import lees_yaml, schema, toets
from conformance.kern.afwijking import ConfiguratieFout
from conformance.kern.bestanden import SCHEMAS


@dataclass(frozen=True)
class Ontheffing:
    scenario: str
    reden: str
    link: str

    def geldt_voor(self, scenario_id: str | None) -> bool:
        """`M04-002` geldt voor elk voorbeeld (`M04-002#3`); `M04-002#3` alleen voor dat ene."""
        if scenario_id is None:
            return False
        return scenario_id == self.scenario or scenario_id.split("#", 1)[0] == self.scenario

    def als_rapport(self) -> dict[str, str]:
        return {"scenario": self.scenario, "reden": self.reden, "link": self.link}


def lees_ontheffingen(pad: Path, bekende_ids: set[str]) -> tuple[Ontheffing, ...]:
    """Lees en toets; een id dat niet bestaat is een configuratiefout (een tikfout ontheft anders niets)."""
    gegevens: Any = lees_yaml(pad)
    toets(gegevens, schema(SCHEMAS / "ontheffingen.schema.json"), str(pad))
    ontheffingen = []
    for index, item in enumerate(gegevens["ontheffingen"]):
        if item["scenario"].split("#", 1)[0] not in bekende_ids:
            raise ConfiguratieFout(str(pad), f"ontheffingen.{index}.scenario",
                                   f"{item['scenario']!r} is geen bestaand scenario of ADR-regel")
        ontheffingen.append(Ontheffing(item["scenario"], item["reden"], item["link"]))
    return tuple(ontheffingen)


def ontheffing_voor(ontheffingen: tuple[Ontheffing, ...], scenario_id: str | None) -> Ontheffing | None:
    return next((o for o in ontheffingen if o.geldt_voor(scenario_id)), None)
