"""De casussen van een vergelijking: gegenereerd per operatie, of één berekening per regel van een JSON Lines-bestand.

Een regel is een verzoek van `POST /v1/berekeningen/bijstand` of `{"id": ..., "verzoek": {...}}`. Een regel die
dat niet is, geeft een melding met haar regelnummer en wordt overgeslagen; de run gaat door. Een caseload kan
persoonsgegevens bevatten: buiten `--toon-casussen` noemt een rapport een casus alleen bij haar `kenmerk`,
de eerste 16 tekens van de sha256 van het verzoek in canonieke JSON.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conformance.generatie.verzoeken import Generator, Keurder

BEREKENING = "/berekeningen/bijstand"
MAX_REGEL = 64 * 1024
"""Zo groot mag het lichaam van een verzoek aan de referentie-API zijn; een langere regel is geen verzoek."""


@dataclass(frozen=True)
class Casus:
    pad: str
    verzoek: dict[str, Any]
    id: str | None = None
    regel: int | None = None

    @property
    def kenmerk(self) -> str:
        return kenmerk(self.verzoek)


def kenmerk(verzoek: Any) -> str:
    canoniek = json.dumps(verzoek, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canoniek.encode()).hexdigest()[:16]


def gegenereerd(generator: Generator, paden: list[str], aantal: int, zaad: int,
                keurder: Keurder) -> dict[str, list[Casus]]:
    """Per operatie `aantal` verzoeken; elke operatie een eigen rng uit (zaad, pad), zodat de reeks van één
    operatie niet verandert als er een operatie bij komt."""
    uit = {}
    for pad in paden:
        rng = random.Random(f"{zaad}:{pad}")  # noqa: S311 - reproduceerbaar, geen geheim
        uit[pad] = [Casus(pad, verzoek) for verzoek in generator.reeks(pad, aantal, rng, keurder)]
    return uit


def uit_bestand(bestand: Path, melding: Callable[[str], None]) -> Iterator[Casus]:
    """De casussen van een JSON Lines-bestand; een onjuiste regel meldt zich met haar nummer."""
    with bestand.open("rb") as invoer:
        for nummer, ruw in enumerate(invoer, start=1):
            if not ruw.strip():
                continue
            if len(ruw) > MAX_REGEL:
                melding(f"{bestand}:{nummer}: regel langer dan {MAX_REGEL} bytes, overgeslagen")
                continue
            try:
                gegevens = json.loads(ruw)
            except (ValueError, RecursionError) as fout:
                melding(f"{bestand}:{nummer}: geen geldige JSON ({str(fout)[:80]}), overgeslagen")
                continue
            casus = _casus(gegevens, nummer)
            if casus is None:
                melding(f"{bestand}:{nummer}: geen verzoek (een object, of {{\"id\": ..., \"verzoek\": {{...}}}}), "
                        "overgeslagen")
                continue
            yield casus


def _casus(gegevens: Any, nummer: int) -> Casus | None:
    if not isinstance(gegevens, dict):
        return None
    if "verzoek" in gegevens and set(gegevens) <= {"id", "verzoek"}:
        verzoek, ident = gegevens["verzoek"], gegevens.get("id")
        if not isinstance(verzoek, dict) or not (ident is None or isinstance(ident, str | int)):
            return None
        return Casus(BEREKENING, verzoek, None if ident is None else str(ident), nummer)
    return Casus(BEREKENING, gegevens, None, nummer)
