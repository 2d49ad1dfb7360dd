"""Domeinkennis voor de generator: waar in leeftijden, bedragen, data en aantallen de grenzen liggen.

De bedragen komen niet uit deze code maar uit de parameters van het doel van de vergelijking (de referentie,
`GET /v1/parameters` op elke peildatum hieronder): elk bedrag, en de helft, het twaalfde en het
maandbedrag ervan, telt als grens; de generator kiest de grens zelf, een cent eronder en een cent erboven.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

INWERKINGTREDING = (date(2026, 1, 1), date(2026, 7, 1), date(2027, 1, 1))
"""De data waarop maatregelen van de Participatiewet in balans in werking treden (maatregelen.md)."""

LEEFTIJDEN = (17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 35, 45, 55, 64, 65, 66, 67, 68, 70)
"""Rond 18 en 21 (jongerennorm, jongerentoeslag), 27 (kostendeler), 30 en de AOW-leeftijd."""

_CENT = Decimal("0.01")
_AFWIJKINGEN = (Decimal("-1.00"), -_CENT, Decimal(0), _CENT, Decimal("1.00"))
_DELERS = (Decimal(1), Decimal(2), Decimal(12))

Parameterbron = Callable[[date], Iterable[dict[str, Any]]]
"""peildatum -> de geldende parameters (het lichaam van GET /v1/parameters, `parameters`)."""


@dataclass(frozen=True)
class Grenzen:
    """De bedragen (als Decimal) die in de parameters voorkomen, en hun afgeleide grenzen."""

    bedragen: tuple[Decimal, ...]

    @classmethod
    def uit(cls, bron: Parameterbron) -> Grenzen:
        gevonden: set[Decimal] = set()
        for peildatum in peildata_rond_inwerkingtreding():
            for parameter in bron(peildatum):
                for waarde in _bedragen_in(parameter.get("waarde")):
                    for deler in _DELERS:
                        grens = (waarde / deler).quantize(_CENT, ROUND_HALF_UP)
                        if Decimal(0) < grens < Decimal(100_000):
                            gevonden.add(grens)
        return cls(tuple(sorted(gevonden)))


def _bedragen_in(waarde: Any) -> Iterable[Decimal]:
    if isinstance(waarde, str):
        try:
            getal = Decimal(waarde)
        except ArithmeticError:
            return
        if getal.is_finite() and getal == getal.quantize(_CENT) and getal >= 1:
            yield getal
    elif isinstance(waarde, dict):
        for deel in waarde.values():
            yield from _bedragen_in(deel)
    elif isinstance(waarde, list):
        for deel in waarde:
            yield from _bedragen_in(deel)


def peildata_rond_inwerkingtreding() -> tuple[date, ...]:
    """De dag vóór en de dag van elke inwerkingtreding."""
    return tuple(d for dag in INWERKINGTREDING for d in (dag - timedelta(days=1), dag))


def peildatum(rng: random.Random) -> date:
    """Meestal op of net vóór een inwerkingtreding, soms ergens in 2025-2027."""
    if rng.random() < 0.6:
        return rng.choice(peildata_rond_inwerkingtreding())
    return date(2025, 6, 1) + timedelta(days=rng.randrange(0, 940))


def datum_rond(rng: random.Random, anker: date) -> date:
    """Een datum rond het anker: dezelfde dag, een paar dagen of maanden ervoor of erna, of een inwerkingtreding."""
    keuze = rng.random()
    if keuze < 0.2:
        return anker
    if keuze < 0.4:
        return rng.choice(peildata_rond_inwerkingtreding())
    if keuze < 0.7:
        return anker - timedelta(days=rng.choice((1, 2, 7, 30, 31, 89, 90, 91, 92, 93, 120, 365, 366)))
    return anker + timedelta(days=rng.randrange(-800, 400))


def bedrag(rng: random.Random, grenzen: Grenzen) -> Decimal:
    """Een bedrag op, net onder of net boven een grens (of een deel ervan), soms nul of willekeurig."""
    keuze = rng.random()
    if keuze < 0.15:
        return Decimal(0)
    if keuze < 0.75 and grenzen.bedragen:
        waarde = rng.choice(grenzen.bedragen) + rng.choice(_AFWIJKINGEN)
        return max(waarde, Decimal(0))
    return Decimal(rng.randrange(0, 400_000)) / 100


def geheel_getal(rng: random.Random, minimum: int, maximum: int, naam: str) -> int:
    """Leeftijden uit `LEEFTIJDEN`, aantallen klein, maanden rond 0, 3, 6 en 12."""
    if naam == "leeftijd" or naam.endswith("Leeftijd"):
        kandidaten = [leeftijd for leeftijd in LEEFTIJDEN if minimum <= leeftijd <= maximum]
        if kandidaten:
            return rng.choice(kandidaten)
    if "aand" in naam.lower():
        kandidaten = [m for m in (0, 1, 2, 3, 4, 5, 6, 11, 12, 13, 24, 36) if minimum <= m <= maximum]
        if kandidaten:
            return rng.choice(kandidaten)
    return rng.randint(minimum, min(maximum, minimum + 4))
