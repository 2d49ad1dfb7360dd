"""De ruimte voor maatwerk (M24, art. 18 lid 1 Pw): welke uitkomst van welke operatie afwijkbaar is.

De tabel staat in `maatwerkruimte.yaml` (naast `catalogus.yaml`): per operatie van het contract en
per uitkomst óf dwingend (artikel en reden), óf afwijkbaar met een soort waarde en gronden (grondslag,
richting, vanaf, voorlopig), eventueel alleen `als` andere uitkomsten een waarde hebben, binnen
grenzen, en met `gevolgen` (andere uitkomsten die met de afwijking vaststaan). De lader is streng:
een onbekende sleutel, soort of richting wordt geweigerd met bestand, sleutel en probleem. Hier staat
ook hoe een waarde in de vorm van het contract per soort wordt gelezen en vergeleken. De regel zelf
staat in `reference/maatregelen/maatwerk.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Literal

import jsonschema

from reference.errors import ParameterFout
from reference.parameters import _lees_yaml  # dezelfde strenge YAML-lezer: een dubbele sleutel is een fout
from reference.waarden import Bedrag

BESTAND = Path(__file__).parent / "maatwerkruimte.yaml"

Soort = Literal["bedrag", "datum", "percentage", "aantal", "waarheid"]
Richting = Literal["lager", "hoger"]
Contractwaarde = str | int | bool
"""Een uitkomst zoals het contract haar schrijft: "1401.50", "2026-01-01", "95", 3 of true."""


Waarde = Bedrag | date | Decimal | int | bool
_BEDRAG = re.compile(r"^(0|[1-9][0-9]{0,11})\.[0-9]{2}$")
_DATUM = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_PERCENTAGE = re.compile(r"^(0|[1-9][0-9]{0,2})(\.[0-9]{1,2})?$")
VORM: dict[Soort, str] = {
    "bedrag": 'een bedrag als tekst zoals "1401.50"',
    "datum": 'een datum als tekst zoals "2026-01-01"',
    "percentage": 'een percentage van 0 tot en met 100 als tekst zoals "97.5"',
    "aantal": "een geheel getal van 0 of meer",
    "waarheid": "true of false",
}



def _waarheid(waarde: Contractwaarde) -> Waarde | None:
    return waarde if isinstance(waarde, bool) else None


def _aantal(waarde: Contractwaarde) -> Waarde | None:
    return waarde if isinstance(waarde, int) and not isinstance(waarde, bool) and waarde >= 0 else None


def _bedrag(waarde: Contractwaarde) -> Waarde | None:
    return Bedrag.van(waarde) if isinstance(waarde, str) and _BEDRAG.match(waarde) else None


def _percentage(waarde: Contractwaarde) -> Waarde | None:
    if not isinstance(waarde, str) or not _PERCENTAGE.match(waarde) or Decimal(waarde) > 100:
        return None
    return Decimal(waarde)


def _datum(waarde: Contractwaarde) -> Waarde | None:
    if not isinstance(waarde, str) or not _DATUM.match(waarde):
        return None
    try:
        return date.fromisoformat(waarde)
    except ValueError:  # 2026-02-30
        return None


_LEES: dict[Soort, Callable[[Contractwaarde], Waarde | None]] = {
    "waarheid": _waarheid, "aantal": _aantal, "bedrag": _bedrag, "percentage": _percentage, "datum": _datum,
}


def lees_waarde(soort: Soort, waarde: Contractwaarde | None) -> Waarde | None:
    """Een waarde in de vorm van het contract als getypeerde waarde; None als ze niet bij de soort past."""
    return None if waarde is None else _LEES[soort](waarde)


def sleutel(waarde: Waarde) -> Decimal:
    """Een getal om waarden van één soort te vergelijken: lager of hoger, eerder of later, nee of ja."""
    if isinstance(waarde, Bedrag):
        return waarde.waarde
    if isinstance(waarde, date):
        return Decimal(waarde.toordinal())
    return Decimal(waarde)



_GRENS = {
    "type": "object", "additionalProperties": False, "minProperties": 1, "maxProperties": 1,
    "properties": {"uitkomst": {"type": "string"}, "invoer": {"type": "string"}, "waarde": {"type": "string"}},
}
_GROND = {
    "type": "object", "additionalProperties": False, "required": ["grondslag", "richting", "toelichting"],
    "properties": {
        "grondslag": {"type": "string", "minLength": 1},
        "richting": {"enum": ["lager", "hoger"]},
        "toelichting": {"type": "string", "minLength": 1},
        "voorlopig": {"type": "boolean"},
        "vanaf": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    },
}
_UITKOMST = {
    "oneOf": [
        {
            "type": "object", "additionalProperties": False, "required": ["dwingend"],
            "properties": {"dwingend": {
                "type": "object", "additionalProperties": False, "required": ["artikel", "reden"],
                "properties": {"artikel": {"type": "string"}, "reden": {"type": "string"},
                               "voorlopig": {"type": "boolean"}},
            }},
        },
        {
            "type": "object", "additionalProperties": False, "required": ["soort", "gronden"],
            "properties": {
                "soort": {"enum": ["bedrag", "datum", "percentage", "aantal", "waarheid"]},
                "gronden": {"type": "array", "minItems": 1, "items": _GROND},
                "als": {"type": "object", "additionalProperties": {"type": ["string", "integer", "boolean"]}},
                "ondergrenzen": {"type": "array", "items": _GRENS},
                "gevolgen": {"type": "object", "propertyNames": {"pattern": "^[a-z][A-Za-z0-9]*$"}},
                "bovengrenzen": {"type": "array", "items": _GRENS},
            },
        },
    ]
}
_SCHEMA = {
    "type": "object", "additionalProperties": False, "required": ["beschrijving", "grondslag", "operaties"],
    "properties": {
        "beschrijving": {"type": "string"},
        "grondslag": {"type": "string"},
        "gedeeld": {"type": "object"},
        "operaties": {
            "type": "object",
            "propertyNames": {"pattern": "^/[a-z][a-z/-]*$"},
            "additionalProperties": {
                "type": "object",
                "propertyNames": {"pattern": "^[a-z][A-Za-z0-9]*$"},
                "additionalProperties": _UITKOMST,
            },
        },
    },
}


@dataclass(frozen=True)
class Grens:
    """Een grens van de afwijking: een andere uitkomst, een veld van het verzoek of een vaste waarde."""

    uitkomst: str | None = None
    invoer: str | None = None
    waarde: str | None = None


@dataclass(frozen=True)
class Grond:
    """Een artikel dat het college toestaat in één richting van de uitkomst af te wijken."""

    grondslag: str
    richting: Richting
    toelichting: str
    voorlopig: bool = False
    vanaf: date | None = None


@dataclass(frozen=True)
class AfwijkbareUitkomst:
    soort: Soort
    gronden: tuple[Grond, ...]
    als: tuple[tuple[str, Contractwaarde], ...] = ()
    ondergrenzen: tuple[Grens, ...] = ()
    bovengrenzen: tuple[Grens, ...] = ()
    gevolgen: tuple[tuple[str, Any], ...] = ()  # andere uitkomsten die met de afwijking een vaste waarde krijgen


@dataclass(frozen=True)
class DwingendeUitkomst:
    artikel: str
    reden: str
    voorlopig: bool = False


Uitkomstruimte = AfwijkbareUitkomst | DwingendeUitkomst


@dataclass(frozen=True)
class Maatwerkruimte:
    """De hele tabel: per operatie (`/beoordelingen/bijstandsnorm`) per uitkomst de ruimte."""

    operaties: Mapping[str, Mapping[str, Uitkomstruimte]]

    def uitkomst(self, operatie: str, veld: str) -> Uitkomstruimte | None:
        return self.operaties.get(operatie, {}).get(veld)


def _uitkomst(gegevens: dict[str, Any]) -> Uitkomstruimte:
    if "dwingend" in gegevens:
        return DwingendeUitkomst(**gegevens["dwingend"])
    return AfwijkbareUitkomst(
        soort=gegevens["soort"],
        gronden=tuple(
            Grond(g["grondslag"], g["richting"], g["toelichting"], g.get("voorlopig", False),
                  date.fromisoformat(g["vanaf"]) if "vanaf" in g else None)
            for g in gegevens["gronden"]
        ),
        als=tuple(gegevens.get("als", {}).items()),
        ondergrenzen=tuple(Grens(**g) for g in gegevens.get("ondergrenzen", [])),
        bovengrenzen=tuple(Grens(**g) for g in gegevens.get("bovengrenzen", [])),
        gevolgen=tuple(gegevens.get("gevolgen", {}).items()),
    )


def lees_maatwerkruimte(pad: Path = BESTAND) -> Maatwerkruimte:
    """Lees en controleer een tabel; een fout noemt bestand, sleutel en probleem."""
    gegevens = _lees_yaml(pad)
    fout = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(_SCHEMA).iter_errors(gegevens))
    if fout is not None:
        raise ParameterFout(pad.name, ".".join(map(str, fout.absolute_path)) or "(bestand)", fout.message)
    try:
        return Maatwerkruimte({
            operatie: {veld: _uitkomst(ruimte) for veld, ruimte in uitkomsten.items()}
            for operatie, uitkomsten in gegevens["operaties"].items()
        })
    except ValueError as fout:  # een `vanaf` die geen bestaande datum is
        raise ParameterFout(pad.name, "operaties", str(fout)) from fout


@cache
def maatwerkruimte() -> Maatwerkruimte:
    """De tabel van pwib, eenmaal ingelezen."""
    return lees_maatwerkruimte()
