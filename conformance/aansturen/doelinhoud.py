"""Inhoud van het doel lezen: begrensd in diepte en grootte, en nooit een crash van de suite.

Alles wat een doel stuurt is vijandige invoer. Deze module leest het zo dat geen antwoord het
proces kan laten vastlopen of vallen:

- tekst: alleen een bekende teksttekenset (`charset=rot13` is geen tekenset, maar een `Onleesbaar`);
- JSON: eerst de nestingdiepte tellen (zonder recursie), dan de C-lezer van de standaardbibliotheek
  met I-JSON (RFC 7493): geen dubbele sleutels, geen NaN of Infinity, elk getal binnen het bereik
  van een IEEE 754 double en elk geheel getal binnen ±(2**53 - 1). Een schending is een
  `IJsonSchending`: een contractfout van het doel, met de naam van de schending;
- YAML: de pure-Python SafeLoader (nooit libyaml: een diep genest document laat die segfaulten),
  zonder aliassen en met dezelfde maximale diepte.

De grootte begrenst de driver al (`Verbindingsbeleid.max_bytes`) vóór er iets gelezen wordt.
"""

from __future__ import annotations

import codecs
import functools
import json
import math
import re
from typing import Any

import yaml

MAX_DIEPTE = 64
"""Dieper genest dan dit is geen antwoord van het contract (dat komt niet boven de 10), maar een aanval."""

GROOTSTE_GEHEEL = 2**53 - 1
"""I-JSON (RFC 7493, par. 2.2): gehele getallen buiten ±(2**53 - 1) zijn niet interoperabel."""

_TEKSTSETS = frozenset({"utf-8", "ascii", "latin-1", "iso8859-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be",
                        "utf-32", "utf-32-le", "utf-32-be", "iso8859-15"})
_TEKENREEKS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)  # ook een onafgesloten tekenreeks
_GEEN_HAAKJE = re.compile(r"[^\[\]{}]+")


class Onleesbaar(ValueError):
    """De inhoud is niet te lezen (syntaxis, diepte, tekenset): het antwoord is niet te beoordelen."""


class IJsonSchending(ValueError):
    """Leesbare JSON die I-JSON (RFC 7493) schendt: een contractfout van het doel."""


def tekst(data: bytes, tekenset: str | None) -> str:
    """De bytes als tekst in de opgegeven tekenset (standaard UTF-8); een onbekende tekenset is `Onleesbaar`."""
    naam = (tekenset or "utf-8").strip().strip('"').lower()
    try:
        codec = codecs.lookup(naam).name
    except LookupError:
        raise Onleesbaar(f"onbekende tekenset {naam[:40]!r}") from None
    if codec not in _TEKSTSETS:
        raise Onleesbaar(f"onbekende tekenset {naam[:40]!r}")
    return data.decode(codec, errors="replace")


def _toets_diepte(inhoud: str) -> None:
    """Weigert JSON die dieper genest is dan MAX_DIEPTE, vóór het lezen. Haakjes binnen een tekenreeks tellen
    niet: eerst gaan de tekenreeksen weg, dan alles behalve haakjes (beide in één reguliere expressie). Wie in
    totaal (tekenreeksen meegeteld) niet meer haakjes heeft dan de grens, kan niet dieper nesten."""
    if inhoud.count("[") + inhoud.count("{") <= MAX_DIEPTE:
        return
    haakjes = _GEEN_HAAKJE.sub("", _TEKENREEKS.sub("", inhoud))
    if haakjes.count("[") + haakjes.count("{") <= MAX_DIEPTE:
        return
    diepte = 0
    for teken in haakjes:
        if teken in "[{":
            diepte += 1
            if diepte > MAX_DIEPTE:
                raise Onleesbaar(f"JSON dieper genest dan {MAX_DIEPTE} niveaus")
        else:
            diepte -= 1


def _object(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    gegevens: dict[str, Any] = {}
    for sleutel, waarde in paren:
        if sleutel in gegevens:
            raise IJsonSchending(f"dubbele sleutel {sleutel[:60]!r}")
        gegevens[sleutel] = waarde
    return gegevens


def _constante(naam: str) -> Any:
    raise IJsonSchending(f"{naam} is geen JSON-getal")


def _geheel(cijfers: str) -> int:
    if len(cijfers.lstrip("-")) > 16 or abs(int(cijfers)) > GROOTSTE_GEHEEL:
        raise IJsonSchending(f"het getal {cijfers[:40]} ligt buiten ±(2**53 - 1)")
    return int(cijfers)


def _kommagetal(cijfers: str) -> float:
    getal = float(cijfers)
    if not math.isfinite(getal):
        raise IJsonSchending(f"het getal {cijfers[:40]} ligt buiten het bereik van een IEEE 754 double")
    return getal


def lees_json(inhoud: str) -> Any:
    """JSON volgens I-JSON; `Onleesbaar` bij ongeldige syntaxis of te diep, `IJsonSchending` bij een schending."""
    _toets_diepte(inhoud)
    try:
        return json.loads(inhoud, object_pairs_hook=_object, parse_constant=_constante, parse_int=_geheel,
                          parse_float=_kommagetal)
    except IJsonSchending:
        raise
    except (ValueError, RecursionError) as fout:
        raise Onleesbaar(f"geen geldige JSON ({fout})") from None


class _BegrensdeLader(yaml.SafeLoader):
    """De pure-Python SafeLoader, zonder aliassen en met een maximale diepte."""

    def __init__(self, stroom: str) -> None:
        super().__init__(stroom)
        self._diepte = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise Onleesbaar("YAML met een alias (*): het contract heeft er geen nodig")
        self._diepte += 1
        try:
            if self._diepte > MAX_DIEPTE:
                raise Onleesbaar(f"YAML dieper genest dan {MAX_DIEPTE} niveaus")
            return super().compose_node(parent, index)
        finally:
            self._diepte -= 1


@functools.lru_cache(maxsize=4)
def lees_yaml(inhoud: str) -> Any:
    """Eén YAML-document; elke leesfout (ook een ongeldige datum) is `Onleesbaar`.

    Onthouden per tekst (een doel geeft zijn contract in elke run opnieuw); wie het resultaat krijgt, wijzigt het niet.
    """
    try:
        return yaml.load(inhoud, Loader=_BegrensdeLader)  # noqa: S506 - _BegrensdeLader is een SafeLoader
    except Onleesbaar:
        raise
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as fout:
        raise Onleesbaar(f"geen leesbare YAML ({type(fout).__name__}: {str(fout)[:200]})") from None
