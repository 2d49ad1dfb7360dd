"""De catalogus van de maatregelen M01-M26: wat, welke artikelen, vanaf wanneer, en of pwib het toetst."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal

import jsonschema
import yaml

from reference.errors import ParameterFout

_BESTAND = Path(__file__).parent / "catalogus.yaml"
_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["maatregelen"],
    "properties": {
        "maatregelen": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": [
                    "id", "naam", "artikelen", "inwerkingtreding", "soort", "status",
                    "seed", "geimplementeerd", "beoordeling",
                ],
                "properties": {
                    "id": {"type": "string", "pattern": "^M[0-9]{2}$"},
                    "naam": {"type": "string"},
                    "artikelen": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                    "inwerkingtreding": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
                    "soort": {"enum": ["moet", "kan"]},
                    "status": {"enum": ["definitief", "voorlopig"]},
                    "seed": {"type": ["string", "null"]},
                    "geimplementeerd": {"type": "boolean"},
                    "beoordeling": {"type": ["string", "null"], "pattern": "^/v1/[a-z/-]+$"},
                    "verdereBeoordelingen": {
                        "type": "array", "minItems": 1, "items": {"type": "string", "pattern": "^/v1/[a-z/-]+$"},
                    },
                },
            },
        }
    },
}


@dataclass(frozen=True)
class Maatregel:
    """Eén maatregel van de Participatiewet in balans, met zijn vaste id."""

    id: str
    naam: str
    artikelen: tuple[str, ...]
    inwerkingtreding: date
    soort: Literal["moet", "kan"]
    status: Literal["definitief", "voorlopig"]
    geimplementeerd: bool
    beoordeling: str | None
    verdere_beoordelingen: tuple[str, ...] = ()  # andere operaties die artikelen van de maatregel toepassen


@cache
def catalogus() -> tuple[Maatregel, ...]:
    """Alle maatregelen in volgorde van hun id."""
    gegevens = yaml.safe_load(_BESTAND.read_text("utf-8"))
    fout = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(_SCHEMA).iter_errors(gegevens))
    if fout is not None:
        raise ParameterFout(_BESTAND.name, ".".join(map(str, fout.path)), fout.message)
    return tuple(
        Maatregel(
            id=m["id"],
            naam=m["naam"],
            artikelen=tuple(m["artikelen"]),
            inwerkingtreding=date.fromisoformat(m["inwerkingtreding"]),
            soort=m["soort"],
            status=m["status"],
            geimplementeerd=m["geimplementeerd"],
            beoordeling=m["beoordeling"],
            verdere_beoordelingen=tuple(m.get("verdereBeoordelingen", ())),
        )
        for m in sorted(gegevens["maatregelen"], key=lambda m: m["id"])
    )


@cache
def _per_id() -> dict[str, Maatregel]:
    return {m.id: m for m in catalogus()}


def maatregel(maatregel_id: str) -> Maatregel | None:
    return _per_id().get(maatregel_id)


def inwerkingtreding(maatregel_id: str) -> date:
    gevonden = maatregel(maatregel_id)
    if gevonden is None:
        raise KeyError(f"onbekende maatregel {maatregel_id}")
    return gevonden.inwerkingtreding
