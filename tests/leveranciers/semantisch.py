"""Leveranciers met een semantische fout: de referentie-app op HTTP met één regel van de wet veranderd.

De verandering geldt alleen binnen een verzoek aan die app (een ContextVar die de middleware zet), zodat de
referentie in hetzelfde proces (het orakel van `pwib vergelijk`) de wet blijft toepassen. `FOUTEN` noemt
elke fout met de operaties waar `pwib vergelijk` haar moet vinden.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from contextvars import ContextVar
from decimal import Decimal
from typing import Any

from api import create_app
from reference import Bedrag
from reference.maatregelen import giftenvrijlating, kostendelersnorm
from reference.parameters import Wetstand

_IN_LEVERANCIER: ContextVar[bool] = ContextVar("in_leverancier", default=False)
_ANTWOORDEN: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {}
BEREKENING = "/berekeningen/bijstand"


def app() -> Callable[..., Iterable[bytes]]:
    """De referentie-app; wat hij doet binnen een verzoek, passen `verander` en `verander_antwoord` aan."""
    binnen: Any = create_app()

    def leverancier(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        pad = environ.get("PATH_INFO", "").removeprefix("/v1")
        teken = _IN_LEVERANCIER.set(True)
        try:
            if pad not in _ANTWOORDEN:
                return list(binnen(environ, start_response))
            bewaard: list[Any] = []
            lichaam = b"".join(binnen(environ, lambda status, kopregels, *rest: bewaard.extend([status, kopregels])))
            if bewaard[0].startswith("200"):
                lichaam = json.dumps(_ANTWOORDEN[pad](json.loads(lichaam)), ensure_ascii=False).encode()
            kopregels = [(k, str(len(lichaam)) if k.lower() == "content-length" else v) for k, v in bewaard[1]]
            start_response(bewaard[0], kopregels)
            return [lichaam]
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


@contextmanager
def verander_antwoord(pad: str, aanpassing: Callable[[dict[str, Any]], dict[str, Any]]) -> Iterator[None]:
    _ANTWOORDEN[pad] = aanpassing
    try:
        yield
    finally:
        del _ANTWOORDEN[pad]


def parameter(naam: str, waarde: Any, soort: str) -> AbstractContextManager[None]:
    """De parameter `naam` heeft bij de leverancier de waarde `waarde` (soort: bedrag, aantal of getal)."""
    def opzoeken(origineel: Callable[..., Any], stand: Wetstand, gevraagd: str) -> Any:
        gevonden = origineel(stand, gevraagd)
        return dataclasses.replace(gevonden, waarde=waarde) if gevraagd == naam else gevonden
    return verander(Wetstand, soort, opzoeken)


def giftengrens_per_maand() -> AbstractContextManager[None]:
    """De giftengrens per maand in plaats van per kalenderjaar: eerdere giften dit jaar tellen niet."""
    return verander(giftenvrijlating, "_nieuwe_regel", lambda origineel, feiten, stand: origineel(
        dataclasses.replace(feiten, eerder_dit_kalenderjaar=Bedrag.nul()), stand))


def staffel_na_2026() -> AbstractContextManager[None]:
    """De staffelmethode van het oude art. 34 lid 4 Pw ook na 1 januari 2026 (M05 niet in werking)."""
    def in_werking(origineel: Callable[..., bool], stand: Wetstand, maatregel: str) -> bool:
        return False if maatregel == "M05" else origineel(stand, maatregel)
    return verander(Wetstand, "in_werking", in_werking)


def partnerinkomen_geheel() -> AbstractContextManager[None]:
    """Het hele inkomen van een partner zonder recht telt mee, niet alleen het deel boven de gehuwdennorm."""
    def geheel(origineel: Callable[..., Any], feiten: Any, stand: Wetstand) -> Any:
        besluit = origineel(feiten, stand)
        return dataclasses.replace(besluit, in_aanmerking=feiten.inkomen_partner, buiten_aanmerking=Bedrag.nul())
    return verander(importlib.import_module("reference.berekening"), "inkomen_partner_zonder_recht", geheel)


def vakantietoeslag_cent_minder() -> AbstractContextManager[None]:
    """Eén cent minder gereserveerde vakantietoeslag in de maandberekening, verder niets."""
    def aanpassing(antwoord: dict[str, Any]) -> dict[str, Any]:
        toeslag = Decimal(antwoord["vakantietoeslagGereserveerd"])
        if toeslag > 0:
            antwoord["vakantietoeslagGereserveerd"] = f"{toeslag - Decimal('0.01'):.2f}"
        return antwoord
    return verander_antwoord(BEREKENING, aanpassing)


def studerende_medebewoner_kostendeler() -> AbstractContextManager[None]:
    """Een medebewoner met studiefinanciering telt toch als kostendeler (art. 19a lid 1 onder c Pw genegeerd)."""
    return verander(kostendelersnorm, "beoordeel_medebewoner", lambda origineel, medebewoner, stand: origineel(
        dataclasses.replace(medebewoner, onderwijs_met_studiefinanciering=False), stand))


def voorlopige_bedragen_een_cent_hoger() -> AbstractContextManager[None]:
    """Elk bedrag dat de referentie voorlopig rekent (een indexering die de bronnen nog niet geven, of een bron die
    het zelf voorlopig noemt), schat de leverancier een cent hoger; verder niets. Wat daardoor verschilt, rust bij de
    referentie op een voorlopige waarde: een voorlopig verschil, dat niet beslist (dus niet in `FOUTEN`)."""
    def geschat(origineel: Callable[..., Any], stand: Wetstand, naam: str) -> Any:
        gevonden = origineel(stand, naam)
        if not gevonden.voorlopig:
            return gevonden
        return dataclasses.replace(gevonden, waarde=gevonden.waarde + Bedrag.van("0.01"))
    return verander(Wetstand, "bedrag", geschat)


FOUTEN: dict[str, tuple[Callable[[], AbstractContextManager[None]], tuple[str, ...]]] = {
    "giftengrens per maand": (giftengrens_per_maand, ("/beoordelingen/giftenvrijlating", BEREKENING)),
    "kostendeler vanaf 21": (lambda: parameter("kostendelersnorm.minimumleeftijd_medebewoner", 21, "aantal"),
                             ("/beoordelingen/kostendelersnorm", "/beoordelingen/bijstandsnorm", BEREKENING)),
    "staffel na 1-1-2026": (staffel_na_2026, ("/beoordelingen/vermogen", BEREKENING)),
    "terugwerkende kracht 6 maanden": (lambda: parameter("terugwerkende_kracht.maximum_maanden", 6, "aantal"),
                                       ("/beoordelingen/terugwerkende-kracht",)),
    "34a 15 % na 12 maanden zonder verlenging": (
        lambda: parameter("inkomstenvrijlating.art34a_duur_onder_aow", 24, "aantal"),
        ("/beoordelingen/inkomstenvrijlating", BEREKENING)),
    "bufferbudget € 1.200 per jaar": (
        lambda: parameter("bufferbudget.maximum_per_kalenderjaar", Bedrag.van("1200.00"), "bedrag"),
        ("/beoordelingen/bufferbudget", BEREKENING)),
    "vakantietoeslag een cent minder": (vakantietoeslag_cent_minder, (BEREKENING,)),
    "partnerinkomen geheel verrekend": (partnerinkomen_geheel, (BEREKENING,)),
    "studerende medebewoner kostendeler": (studerende_medebewoner_kostendeler,
                                           ("/beoordelingen/kostendelersnorm", BEREKENING)),
}
"""naam -> (de fout, de operaties waarop `pwib vergelijk` haar zoekt)."""
