"""Het register van lezingen die de bronnen niet beslechten (`interpretaties.yaml`).

Elke lezing is één item: id, maatregel, artikel, de vraag, de gekozen lezing, waarom en de status
(`voorlopig` of `definitief`). Een regel die op een lezing rust, noemt haar in de uitleg
(`Uitleg.interpretatie`). De lader is streng: een onbekende of ontbrekende sleutel, een onjuist id of
een dubbel id wordt geweigerd met bestand, sleutel en probleem.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import jsonschema

from reference.errors import ParameterFout
from reference.parameters import _lees_yaml  # dezelfde strenge YAML-lezer: een dubbele sleutel is een fout

BESTAND = Path(__file__).parent / "interpretaties.yaml"
_TEKST = {"type": "string", "minLength": 1}
_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["beschrijving", "interpretaties"],
    "properties": {
        "beschrijving": _TEKST,
        "interpretaties": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "maatregel", "artikel", "vraag", "lezing", "waarom", "status"],
                "properties": {
                    "id": {"type": "string", "pattern": "^M[0-9]{2}-[a-z0-9-]+$"},
                    "maatregel": {"type": "string", "pattern": "^M[0-9]{2}$"},
                    "artikel": _TEKST,
                    "vraag": _TEKST,
                    "lezing": _TEKST,
                    "waarom": _TEKST,
                    "status": {"enum": ["voorlopig", "definitief"]},
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Interpretatie:
    """Eén lezing van een bepaling die de bronnen niet beslechten, met de reden van de keuze."""

    id: str
    maatregel: str
    artikel: str
    vraag: str
    lezing: str
    waarom: str
    status: Literal["voorlopig", "definitief"]

    @property
    def voorlopig(self) -> bool:
        return self.status == "voorlopig"


def lees_interpretaties(pad: Path = BESTAND) -> dict[str, Interpretatie]:
    """Lees en controleer een register; een fout noemt bestand, sleutel en probleem."""
    gegevens = _lees_yaml(pad)
    fout = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(_SCHEMA).iter_errors(gegevens))
    if fout is not None:
        raise ParameterFout(pad.name, ".".join(map(str, fout.absolute_path)) or "(bestand)", fout.message)
    register: dict[str, Interpretatie] = {}
    for plek, item in enumerate(gegevens["interpretaties"]):
        if item["id"] in register:
            raise ParameterFout(pad.name, f"interpretaties.{plek}.id", f"dubbel id {item['id']!r}")
        if not item["id"].startswith(item["maatregel"] + "-"):
            raise ParameterFout(pad.name, f"interpretaties.{plek}.id",
                                f"het id {item['id']!r} begint niet met de maatregel {item['maatregel']}")
        register[item["id"]] = Interpretatie(**item)
    return register


@cache
def interpretaties() -> dict[str, Interpretatie]:
    """Het register van pwib, eenmaal ingelezen."""
    return lees_interpretaties()


def interpretatie(id_: str) -> Interpretatie:
    """Eén lezing uit het register; een onbekend id is een programmeerfout in een regel."""
    try:
        return interpretaties()[id_]
    except KeyError:
        raise ParameterFout(BESTAND.name, id_, "geen lezing met dit id in het register") from None
