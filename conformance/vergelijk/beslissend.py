"""De beslissende velden van een antwoord (`x-beslissend` in het contract) en hun exacte vergelijking.

Een `Grondslag` wordt vergeleken op haar bepalingen (conformance.inlezen.grondslag.bepalingen_van), nooit op `tekst`;
dat geldt ook binnen een lijst of object. De `reden` in een element van een lijst (bij een medebewoner, een
betaling, een afwijking) is tekst zoals de uitleg en beslist niet. Een 400 op beide kanten wordt vergeleken op
de namen in `invalidParams` (de velden die het contract in het schema en `x-ongeldig` noemt); `code` en `reason`
legt het contract niet vast, dus vergelijkt ook de conformiteitssuite ze niet. Een andere status is altijd een
verschil.

Of een verschil beslist, zegt de uitleg van de referentie: rust haar antwoord op een voorlopige waarde of lezing
(`voorlopige_gronden`), dan is het een voorlopig verschil; zo'n scenario draagt `@voorlopig` en beslist niet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import orjson

from conformance.inlezen.grondslag import bepalingen_van, leesbaar

ONTBREEKT = "(ontbreekt)"

Antwoord = tuple[int, Any]
"""(status, lichaam)."""


@dataclass(frozen=True)
class Verschil:
    veld: str
    referentie: Any
    doel: Any

    def als_rapport(self) -> dict[str, Any]:
        return {"veld": self.veld, "referentie": self.referentie, "doel": self.doel}


def per_operatie(contract: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """pad -> de beslissende velden van zijn antwoord."""
    return {pad: tuple(operaties["post"]["x-beslissend"]) for pad, operaties in contract["paths"].items()
            if "x-beslissend" in operaties.get("post", {})}


def genormaliseerd(waarde: Any) -> Any:
    """De waarde zoals zij vergeleken wordt: een grondslag als gesorteerde bepalingen, een element van een lijst
    zonder zijn `reden`, de rest ongewijzigd."""
    if isinstance(waarde, dict):
        if "verwijzingen" in waarde:
            return leesbaar(bepalingen_van(waarde))
        return {sleutel: genormaliseerd(deel) for sleutel, deel in waarde.items()}
    if isinstance(waarde, list):
        return [genormaliseerd({k: v for k, v in deel.items() if k != "reden"} if isinstance(deel, dict) else deel)
                for deel in waarde]
    return waarde


def onjuiste_velden(antwoord: Antwoord) -> list[str]:
    """De velden die een 400 in `invalidParams` noemt; leeg bij een 200."""
    status, lichaam = antwoord
    if status == 200:
        return []
    velden = lichaam.get("invalidParams") if isinstance(lichaam, dict) else None
    namen = [v.get("name") for v in velden or [] if isinstance(v, dict)]
    return [naam for naam in namen if isinstance(naam, str)] or ["(body)"]


def _als_tekst(velden: tuple[str, ...], lichaam: dict[str, Any]) -> bytes | None:
    """De beslissende velden als JSON met gesorteerde sleutels; None als orjson de waarde niet kan schrijven
    (dan beslist de vergelijking veld voor veld)."""
    try:
        return orjson.dumps({veld: lichaam.get(veld, ONTBREEKT) for veld in velden}, option=orjson.OPT_SORT_KEYS)
    except (orjson.JSONEncodeError, TypeError):
        return None


def voorlopige_gronden(antwoord: Antwoord) -> tuple[str, ...]:
    """Waarop een voorlopig antwoord van de referentie rust: de `voorlopigeParameters` en de ids van de
    `interpretaties` met status `voorlopig` uit haar uitleg, gesorteerd en elk eenmaal. Leeg als het antwoord niet
    voorlopig is of geen uitleg heeft (een 400, of een orakel zonder uitleg)."""
    status, lichaam = antwoord
    uitleg = lichaam.get("uitleg") if status == 200 and isinstance(lichaam, dict) else None
    if not isinstance(uitleg, dict) or uitleg.get("voorlopig") is not True:
        return ()
    lezingen = [i["id"] for i in uitleg.get("interpretaties", ()) if i.get("status") == "voorlopig"]
    return tuple(sorted({*uitleg.get("voorlopigeParameters", ()), *lezingen}))


def verschillen(velden: tuple[str, ...], referentie: Antwoord, doel: Antwoord) -> list[Verschil]:
    """Elk beslissend veld waarin de antwoorden verschillen (leeg: gelijk)."""
    (status_r, lichaam_r), (status_d, lichaam_d) = referentie, doel
    if status_r != status_d:
        return [Verschil("status", status_r, status_d)]
    if status_r != 200:
        r, d = sorted(set(onjuiste_velden(referentie))), sorted(set(onjuiste_velden(doel)))
        return [] if r == d else [Verschil("invalidParams", r, d)]
    if not isinstance(lichaam_d, dict):
        return [Verschil("(lichaam)", "een object", type(lichaam_d).__name__)]
    if _als_tekst(velden, lichaam_r) == _als_tekst(velden, lichaam_d) is not None:
        return []  # dezelfde JSON-tekst: dezelfde waarden en dezelfde JSON-typen, dus ook genormaliseerd gelijk
    uit = []
    for veld in velden:
        r = genormaliseerd(lichaam_r.get(veld, ONTBREEKT))
        d = genormaliseerd(lichaam_d.get(veld, ONTBREEKT))
        if r != d or type(r) is not type(d):
            uit.append(Verschil(veld, r, d))
    return uit
