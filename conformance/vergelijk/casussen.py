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

import orjson

from conformance.generatie.verzoeken import Generator
from conformance.vergelijk.beslissend import Antwoord, onjuiste_velden

BEREKENING = "/berekeningen/bijstand"
MAX_REGEL = 64 * 1024
"""Zo groot mag het lichaam van een verzoek aan de referentie-API zijn; een langere regel is geen verzoek."""


@dataclass(frozen=True)
class Casus:
    pad: str
    verzoek: dict[str, Any]
    id: str | None = None
    regel: int | None = None
    referentie: bytes | None = None
    """Het antwoord van de referentie als JSON `[status, lichaam]`, als het genereren het al vroeg."""

    @property
    def kenmerk(self) -> str:
        return kenmerk(self.verzoek)

    def bekend_antwoord(self) -> Antwoord | None:
        if self.referentie is None:
            return None
        status, lichaam = orjson.loads(self.referentie)
        return status, lichaam


def kenmerk(verzoek: Any) -> str:
    canoniek = json.dumps(verzoek, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canoniek.encode()).hexdigest()[:16]


def gegenereerd(generator: Generator, paden: list[str], aantal: int, zaad: int,
                orakel: Callable[[str, dict[str, Any]], Antwoord]) -> dict[str, list[Casus]]:
    """Per operatie `aantal` verzoeken; elke operatie een eigen rng uit (zaad, pad), zodat de reeks van één
    operatie niet verandert als er een operatie bij komt.

    Het genereren vraagt de referentie of een verzoek geldig is; dat antwoord gaat mee in de casus (als JSON: een
    paar kB per casus, geen Python-objecten), zodat de vergelijking het niet nog eens uitrekent. Alleen als het
    precies voor het uiteindelijke verzoek gold: het herstel haalt velden weg na een weigering."""
    laatste: dict[str, tuple[bytes, bytes]] = {}

    def keur(pad: str, verzoek: dict[str, Any]) -> list[str]:
        antwoord = orakel(pad, verzoek)
        try:
            laatste[pad] = (orjson.dumps(verzoek), orjson.dumps(antwoord))
        except (orjson.JSONEncodeError, TypeError):
            laatste.pop(pad, None)  # niet als JSON te bewaren: de vergelijking vraagt het zelf
        return onjuiste_velden(antwoord)

    uit: dict[str, list[Casus]] = {}
    for pad in paden:
        rng = random.Random(f"{zaad}:{pad}")  # noqa: S311 - reproduceerbaar, geen geheim
        lijst: list[Casus] = []
        uit[pad] = lijst
        for verzoek in generator.reeks(pad, aantal, rng, keur):
            gevraagd, antwoord = laatste.get(pad, (b"", b""))
            lijst.append(Casus(pad, verzoek, referentie=antwoord if orjson.dumps(verzoek) == gevraagd else None))
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
