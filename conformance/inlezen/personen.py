"""Vaste huishoudens (persona's) uit `fixtures/personen/`: één keer geschreven, in elk scenario bij naam.

`Gegeven het huishouden "alleenstaande-35"` zet het `huishouden` van het verzoek op dat van
`fixtures/personen/alleenstaande-35.json`; volgende zinnen kunnen het aanvullen (een medebewoner,
mantelzorg). Elk bestand volgt `fixtures/personen/schema.json`, en zijn huishouden het schema
`Huishouden` van `openapi.yaml`: een persona kan dus nooit iets sturen dat het contract niet kent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from conformance.inlezen.contract import contract
from conformance.kern.bestanden import FIXTURES

PERSONEN = FIXTURES / "personen"
SCHEMA = "schema.json"


class PersoonFout(Exception):
    """Een persona-bestand is onjuist; de melding noemt het bestand en het veld."""


@dataclass(frozen=True)
class Persona:
    naam: str
    beschrijving: str
    huishouden_: str  # het huishouden als JSON-tekst, zodat de persona onveranderlijk blijft

    @property
    def huishouden(self) -> dict[str, Any]:
        """Een verse kopie: een scenario dat het huishouden aanvult, raakt de persona niet."""
        gegevens: dict[str, Any] = json.loads(self.huishouden_)
        return gegevens


def _huishoudschema() -> dict[str, Any]:
    return {"$ref": "#/components/schemas/Huishouden", "components": contract()["components"]}


def _eerste_fout(validator: jsonschema.protocols.Validator, gegevens: Any) -> str | None:
    fout = jsonschema.exceptions.best_match(validator.iter_errors(gegevens))
    if fout is None:
        return None
    return f"{'.'.join(map(str, fout.absolute_path)) or '(bestand)'}: {fout.message}"


def lees(map_: Path = PERSONEN) -> dict[str, Persona]:
    """Alle persona's in de map, op naam; een PersoonFout bij het eerste onjuiste bestand."""
    bestandsschema = json.loads((map_ / SCHEMA).read_text("utf-8"))
    bestand_ok = jsonschema.Draft202012Validator(bestandsschema)
    huishouden_ok = jsonschema.Draft202012Validator(_huishoudschema())
    gevonden: dict[str, Persona] = {}
    for pad in sorted(map_.glob("*.json")):
        if pad.name == SCHEMA:
            continue
        try:
            gegevens = json.loads(pad.read_text("utf-8"))
        except ValueError as fout:
            raise PersoonFout(f"{pad.name}: geen geldige JSON: {fout}") from None
        melding = _eerste_fout(bestand_ok, gegevens)
        if melding is None:
            melding = _eerste_fout(huishouden_ok, gegevens["huishouden"])
            melding = melding and f"huishouden.{melding}"
        if melding is not None:
            raise PersoonFout(f"{pad.name}: {melding}")
        if gegevens["naam"] != pad.stem:
            raise PersoonFout(f"{pad.name}: de naam {gegevens['naam']!r} moet gelijk zijn aan de bestandsnaam")
        gevonden[pad.stem] = Persona(pad.stem, gegevens["beschrijving"], json.dumps(gegevens["huishouden"]))
    return gevonden


@cache
def personen() -> dict[str, Persona]:
    return lees()
