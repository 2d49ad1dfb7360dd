"""De lijst van gegevens die de uitvoerder uit een bron kent (M26, art. 17 lid 1 Pw), met datum en grondslag.

De lijst staat in `parameters/lijsten/inlichtingenplicht.yaml`: per soort gegeven waarden die gelden vanaf
een datum (sleutel) tot de volgende, met de bron, of de belanghebbende het gegeven dan niet hoeft te melden,
de grondslag en `voorlopig` waar de bronnen het niet beslechten. De lader is even streng als die van de
parameters (dezelfde YAML-lezer en datumsleutels): een onbekende sleutel, een onjuiste datum of een
dubbele sleutel wordt geweigerd met bestand, sleutel en probleem. Een regel krijgt een momentopname op
de peildatum (`Bronnenstand`) en zoekt zelf geen datum op.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

import jsonschema

from reference.errors import ParameterFout, ParameterOntbreekt
from reference.parameters import PARAMETERMAP, Parameterwaarde, _datumsleutel, _lees_yaml

BESTAND = PARAMETERMAP / "lijsten" / "inlichtingenplicht.yaml"

Bron = Literal["authentiekGegeven", "aangewezenAdministratie", "geen"]

_WAARDE = {
    "type": ["object", "null"],
    "additionalProperties": False,
    "required": ["bron", "uitgezonderd", "grondslag"],
    "properties": {
        "bron": {"enum": ["authentiekGegeven", "aangewezenAdministratie", "geen"]},
        "administratie": {"type": "string", "minLength": 1},
        "uitgezonderd": {"type": "boolean"},
        "grondslag": {"type": "string", "minLength": 1},
        "voorlopig": {"type": "boolean"},
    },
    # een bron heeft een naam; zonder bron is er niets uit te zonderen
    "if": {"type": "object", "properties": {"bron": {"const": "geen"}}},
    "then": {"not": {"required": ["administratie"]}, "properties": {"uitgezonderd": {"const": False}}},
    "else": {"required": ["administratie"]},
}
_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["beschrijving", "grondslag", "gegevens"],
    "properties": {
        "beschrijving": {"type": "string", "minLength": 1},
        "grondslag": {"type": "string", "minLength": 1},
        "gegevens": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": "^[a-z][A-Za-z]*$"},
            "additionalProperties": {
                "type": "object",
                "additionalProperties": False,
                "required": ["omschrijving", "waarden"],
                "properties": {
                    "omschrijving": {"type": "string", "minLength": 1},
                    "waarden": {"type": "object", "minProperties": 1, "additionalProperties": _WAARDE},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Bronvermelding:
    """Wat op een peildatum geldt voor één soort gegeven."""

    gegeven: str
    omschrijving: str
    bron: Bron
    administratie: str | None
    uitgezonderd: bool
    vermelding: Parameterwaarde[str]  # voor de uitleg: administratie, geldigheid, grondslag, voorlopig


@dataclass(frozen=True)
class _Periode:
    van: date
    waarde: dict[str, Any] | None


@dataclass(frozen=True)
class Bronnenlijst:
    """De hele lijst; geeft per peildatum een momentopname."""

    omschrijvingen: Mapping[str, str]
    perioden: Mapping[str, tuple[_Periode, ...]]

    @property
    def gegevens(self) -> tuple[str, ...]:
        return tuple(self.omschrijvingen)

    def stand(self, peildatum: date) -> Bronnenstand:
        return Bronnenstand(peildatum, {g: b for g in self.perioden if (b := self._op(g, peildatum)) is not None})

    def _op(self, gegeven: str, peildatum: date) -> Bronvermelding | None:
        eerder = [p for p in self.perioden[gegeven] if p.van <= peildatum]
        later = [p.van for p in self.perioden[gegeven] if p.van > peildatum]
        if not eerder or eerder[-1].waarde is None:
            return None
        periode, waarde = eerder[-1], eerder[-1].waarde
        tot = date.fromordinal(later[0].toordinal() - 1) if later else None
        administratie = waarde.get("administratie")
        vermelding = Parameterwaarde(
            naam=f"inlichtingenplicht.{gegeven}", waarde=administratie or "geen bron", eenheid="gegevensbron",
            geldig_van=periode.van, geldig_tot=tot, bron=waarde["grondslag"], grondslag="art. 17 lid 1 Pw",
            voorlopig=waarde.get("voorlopig", False))
        return Bronvermelding(gegeven, self.omschrijvingen[gegeven], waarde["bron"], administratie,
                            waarde["uitgezonderd"], vermelding)


@dataclass(frozen=True)
class Bronnenstand:
    """De lijst op één peildatum: wat een regel krijgt."""

    peildatum: date
    bronnen: Mapping[str, Bronvermelding]

    def bron(self, gegeven: str) -> Bronvermelding:
        gevonden = self.bronnen.get(gegeven)
        if gevonden is None:
            raise ParameterOntbreekt(f"inlichtingenplicht.{gegeven}", self.peildatum)
        return gevonden


def lees_bronnenlijst(pad: Path = BESTAND) -> Bronnenlijst:
    """Lees en controleer een lijst; een fout noemt bestand, sleutel en probleem."""
    gegevens = _lees_yaml(pad)
    fout = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(_SCHEMA).iter_errors(gegevens))
    if fout is not None:
        raise ParameterFout(pad.name, ".".join(map(str, fout.absolute_path)) or "(bestand)", fout.message)
    perioden = {
        gegeven: tuple(sorted((_Periode(_datumsleutel(pad, gegeven, sleutel), waarde)
                               for sleutel, waarde in inhoud["waarden"].items()), key=lambda p: p.van))
        for gegeven, inhoud in gegevens["gegevens"].items()
    }
    return Bronnenlijst({g: inhoud["omschrijving"] for g, inhoud in gegevens["gegevens"].items()}, perioden)


@cache
def bronnenlijst() -> Bronnenlijst:
    """De lijst van pwib, eenmaal ingelezen."""
    return lees_bronnenlijst()
