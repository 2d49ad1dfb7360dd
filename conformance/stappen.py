"""De stappen, gemaakt uit het woordenboek: vertalen, nooit rekenen.

`Gegeven`-zinnen zetten velden in het verzoek, een `Als`-zin stuurt het naar de operatie,
`Dan`-zinnen vergelijken velden van het antwoord exact met de letterlijke waarde uit de
feature. Nieuwe zinnen komen in `conformance/zinnen/*.yaml`, niet hier.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from conformance.afwijking import Afwijking
from conformance.casus import Casus, lees_pad
from conformance.contractcontrole import controleer
from conformance.doel import Doel
from conformance.woordenboek import Zin, vul_in, woordenboek

PROBLEM_JSON = "application/problem+json"


@pytest.fixture
def casus() -> Casus:
    return Casus()


def _met_plekken(functie: Callable[..., None], zin: Zin) -> Callable[..., None]:
    """Geef de stapfunctie de plekken van de zin als benoemde argumenten (pytest-bdd leest de signatuur)."""
    vast = [inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD) for n in ("casus", "doel")]
    plekken = [inspect.Parameter(naam, inspect.Parameter.KEYWORD_ONLY) for naam, _ in zin.plekken]
    functie.__signature__ = inspect.Signature([*vast, *plekken])  # type: ignore[attr-defined]
    functie.__doc__ = zin.patroon
    return functie


def _gegeven(zin: Zin) -> Callable[..., None]:
    def stap(casus: Casus, doel: Doel, **waarden: Any) -> None:
        for pad, sjabloon in zin.velden.items():
            casus.zet(pad, vul_in(sjabloon, waarden))

    return _met_plekken(stap, zin)


def _als(zin: Zin) -> Callable[..., None]:
    assert zin.pad is not None
    pad = zin.pad

    def stap(casus: Casus, doel: Doel, **waarden: Any) -> None:
        casus.antwoord = doel.post(pad, casus.verzoek)
        controleer(casus.antwoord)

    return _met_plekken(stap, zin)


def _vereis_status(casus: Casus, status: int) -> Any:
    antwoord = casus.gelezen()
    if antwoord.status != status:
        raise Afwijking("status", str(status), f"{antwoord.status}: {antwoord.antwoord_tekst[:300]}")
    return antwoord.json()


def _dan(zin: Zin) -> Callable[..., None]:
    def stap(casus: Casus, doel: Doel, **waarden: Any) -> None:
        gegevens = _vereis_status(casus, 200)
        for pad, sjabloon in zin.velden.items():
            verwacht = vul_in(sjabloon, waarden)
            try:
                werkelijk = lees_pad(gegevens, pad)
            except (KeyError, IndexError, TypeError):
                raise Afwijking("contract", f"het veld {pad}", "het veld ontbreekt", veld=pad) from None
            if werkelijk != verwacht:
                raise Afwijking("uitkomst", repr(verwacht), repr(werkelijk), veld=pad)

    return _met_plekken(stap, zin)


def _registreer() -> None:
    boek = woordenboek()
    maak = {"gegeven": (given, _gegeven), "beoordeling": (when, _als), "dan": (then, _dan)}
    for zin in boek.zinnen:
        decorator, bouw = maak[zin.soort]
        # stacklevel 2: pytest-bdd zet de stap als fixture in de namespace van deze module
        decorator(parsers.parse(zin.patroon, extra_types=boek.soorten), stacklevel=2)(bouw(zin))


_registreer()


@then(parsers.parse("wordt de invoer geweigerd met een melding over {veld:Tekst}",
                    extra_types=woordenboek().soorten))
def invoer_geweigerd(casus: Casus, veld: str) -> None:
    """Een weigering: 400, problem+json, en het veld staat in invalidParams."""
    gegevens = _vereis_status(casus, 400)
    antwoord = casus.gelezen()
    if antwoord.content_type != PROBLEM_JSON:
        raise Afwijking("contract", PROBLEM_JSON, antwoord.content_type)
    namen = [p.get("name") for p in gegevens.get("invalidParams", []) if isinstance(p, dict)]
    if veld not in namen:
        raise Afwijking("uitkomst", f"{veld!r} in invalidParams", repr(namen), veld="invalidParams")
