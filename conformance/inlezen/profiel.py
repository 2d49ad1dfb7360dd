"""Het profiel dat een leverancier declareert: het beleid van de gemeente en de geclaimde maatregelen.

Betekenis in een run (ook in README en in elk rapport):

- Een scenario dat beleid noemt, stuurt dat als `beleid.*` in het verzoek mee. Vóór verzending ziet
  de driver het verzoek (`Doel.keuring`): wijkt een genoemde waarde af van het profiel, dan gaat het
  verzoek niet de deur uit en is het scenario `niet-van-toepassing`.
- Een sleutel die het profiel niet noemt, heeft de wettelijke standaard uit
  `fixtures/profielen/wettelijk.yaml`; `null` betekent: de gemeente heeft geen waarde vastgesteld.
- Een scenario van een maatregel die het profiel niet claimt, is `niet-van-toepassing`.
- Zonder `--profile` is er geen profiel: elk scenario is van toepassing, ook elke beleidsvariant,
  want het contract zegt dat een implementatie het beleid uit het verzoek volgt.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conformance.inlezen.contract import contract
from conformance.inlezen.laden import lees_yaml, schema, toets
from conformance.kern.afwijking import ConfiguratieFout, NietVanToepassing
from conformance.kern.bestanden import EISEN, FIXTURES

PROFIELEN = FIXTURES / "profielen"
WETTELIJK = PROFIELEN / "wettelijk.yaml"
SCHEMA = PROFIELEN / "profiel.schema.json"
_ONBEPAALD = object()


def _als_json_schema(knoop: Any) -> Any:
    """Een OpenAPI 3.0-schema als JSON Schema: `nullable: true` wordt een type met null erbij."""
    if isinstance(knoop, list):
        return [_als_json_schema(k) for k in knoop]
    if not isinstance(knoop, dict):
        return knoop
    nieuw = {k: _als_json_schema(v) for k, v in knoop.items() if k not in ("nullable", "example")}
    if knoop.get("nullable") is True:
        if isinstance(nieuw.get("type"), str):
            nieuw["type"] = [nieuw["type"], "null"]
        if "enum" in nieuw:
            nieuw["enum"] = [*nieuw["enum"], None]
    return nieuw


def profielschema() -> dict[str, Any]:
    """Het profielschema met `beleid` getoetst aan het schema Beleid van het contract."""
    gegevens = copy.deepcopy(schema(SCHEMA))
    gegevens["properties"]["beleid"] = {"$ref": "#/components/schemas/Beleid"}
    gegevens["components"] = _als_json_schema(contract()["components"])
    return gegevens


@dataclass(frozen=True)
class Profiel:
    naam: str
    bestand: str
    sha256: str
    beschrijving: str = ""
    beleid: dict[str, Any] = field(default_factory=dict)
    maatregelen: tuple[str, ...] | None = None
    standaard: dict[str, Any] = field(default_factory=dict)

    def claimt(self, maatregel: str | None) -> bool:
        return self.maatregelen is None or maatregel is None or maatregel in self.maatregelen

    def waarde(self, sleutel: str) -> Any:
        """De waarde in het profiel, anders de wettelijke standaard; `_ONBEPAALD` als geen van beide iets zegt."""
        if sleutel in self.beleid:
            return self.beleid[sleutel]
        return self.standaard.get(sleutel, _ONBEPAALD)

    def als_rapport(self) -> dict[str, Any]:
        return {
            "naam": self.naam,
            "bestand": self.bestand,
            "sha256": self.sha256,
            "beschrijving": self.beschrijving,
            "beleid": self.beleid,
            "maatregelen": list(self.maatregelen) if self.maatregelen is not None else "alle",
        }


def _lees_gevalideerd(pad: Path) -> dict[str, Any]:
    gegevens = lees_yaml(pad)
    toets(gegevens, profielschema(), str(pad))
    resultaat: dict[str, Any] = gegevens
    return resultaat


def lees_profiel(pad: Path) -> Profiel:
    """Lees en toets een profiel; ConfiguratieFout (bestand, sleutel, probleem) als het niet klopt."""
    gegevens = _lees_gevalideerd(pad)
    standaard = gegevens["beleid"] if pad.resolve() == WETTELIJK.resolve() else _lees_gevalideerd(WETTELIJK)["beleid"]
    maatregelen = gegevens.get("maatregelen")
    bekend = bekende_maatregelen()
    for index, maatregel in enumerate(maatregelen or ()):
        if maatregel not in bekend:
            raise ConfiguratieFout(str(pad), f"maatregelen.{index}", f"{maatregel!r} is geen maatregel van de suite "
                                                                     f"(bekend: {', '.join(sorted(bekend))})")
    return Profiel(
        naam=gegevens["naam"],
        bestand=pad.name,
        sha256=hashlib.sha256(pad.read_bytes()).hexdigest(),
        beschrijving=gegevens.get("beschrijving", ""),
        beleid=dict(gegevens["beleid"] or {}),
        maatregelen=tuple(maatregelen) if maatregelen is not None else None,
        standaard=dict(standaard or {}),
    )


def bekende_maatregelen() -> set[str]:
    """De maatregelen die de suite kent: één eisentabel per maatregel (M01..M26, NORM, BER)."""
    return {pad.stem for pad in EISEN.glob("*.yaml")}


def gesteld_beleid(lichaam: Any) -> dict[str, Any]:
    """Het beleid dat een verzoek noemt (leeg als het niets noemt)."""
    if isinstance(lichaam, dict) and isinstance(lichaam.get("beleid"), dict):
        return dict(lichaam["beleid"])
    return {}


def toets_beleid(profiel: Profiel, gesteld: dict[str, Any]) -> None:
    """NietVanToepassing als het scenario beleid aanneemt dat het profiel niet heeft."""
    for sleutel, waarde in gesteld.items():
        verwacht = profiel.waarde(sleutel)
        if verwacht is _ONBEPAALD:
            raise NietVanToepassing(f"het scenario neemt beleid.{sleutel} = {waarde!r} aan; het profiel "
                                    f"{profiel.naam!r} noemt die sleutel niet en wettelijk.yaml kent er "
                                    "geen standaard voor")
        if verwacht != waarde:
            herkomst = "het profiel" if sleutel in profiel.beleid else "de wettelijke standaard van het profiel"
            raise NietVanToepassing(f"het scenario neemt beleid.{sleutel} = {waarde!r} aan; "
                                    f"{herkomst} {profiel.naam!r} is {verwacht!r}")
