"""Leveranciers met een semantische fout: de referentie-app op HTTP met één regel van de wet veranderd.

De verandering geldt alleen binnen een verzoek aan die app (een ContextVar die de middleware zet), zodat de
referentie in hetzelfde proces (het orakel van `pwib vergelijk`) de wet blijft toepassen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from api import create_app
from reference import Bedrag
from reference.maatregelen import giftenvrijlating
from reference.parameters import Wetstand

_IN_LEVERANCIER: ContextVar[bool] = ContextVar("in_leverancier", default=False)


def app() -> Callable[..., Iterable[bytes]]:
    """De referentie-app; wat hij doet binnen een verzoek, kan `verander` aanpassen."""
    binnen = create_app()

    def leverancier(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        teken = _IN_LEVERANCIER.set(True)
        try:
            return list(binnen(environ, start_response))
        finally:
            _IN_LEVERANCIER.reset(teken)

    return leverancier


@contextmanager
def verander(eigenaar: Any, naam: str, vervanging: Callable[..., Any]) -> Iterator[None]:
    """`eigenaar.naam` wordt `vervanging(origineel, ...)` binnen een verzoek aan de leverancier."""
    origineel = getattr(eigenaar, naam)

    def gewijzigd(*args: Any, **kwargs: Any) -> Any:
        if _IN_LEVERANCIER.get():
            return vervanging(origineel, *args, **kwargs)
        return origineel(*args, **kwargs)

    setattr(eigenaar, naam, gewijzigd)
    try:
        yield
    finally:
        setattr(eigenaar, naam, origineel)


def giftengrens_per_maand() -> Any:
    """De giftengrens per maand in plaats van per kalenderjaar: eerdere giften dit jaar tellen niet."""
    return verander(giftenvrijlating, "_nieuwe_regel", lambda origineel, feiten, stand: origineel(
        dataclasses.replace(feiten, eerder_dit_kalenderjaar=Bedrag.nul()), stand))


def kostendeler_vanaf(leeftijd: int) -> Any:
    """Een medebewoner is kostendeler vanaf `leeftijd` in plaats van 27 (art. 19a lid 1 Pw)."""
    def aantal(origineel: Callable[..., Any], stand: Wetstand, naam: str) -> Any:
        waarde = origineel(stand, naam)
        if naam == "kostendelersnorm.minimumleeftijd_medebewoner":
            return dataclasses.replace(waarde, waarde=leeftijd)
        return waarde
    return verander(Wetstand, "aantal", aantal)


