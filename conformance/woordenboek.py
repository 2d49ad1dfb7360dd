"""Het woordenboek: Nederlandse zinnen en de velden van het contract waar ze over gaan.

Elke `zinnen/*.yaml` noemt zinnen voor `gegeven` (feiten in het verzoek), `beoordelingen`
(welke operatie de `Als`-stap aanroept) en `dan` (verwachte velden in het antwoord).
Een zin heeft getypeerde plekken zoals `{bedrag:Bedrag}`; de waarde gaat ongewijzigd naar
het verzoek of de verwachting. Stappen rekenen nooit: ze vertalen alleen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from conformance.bestanden import ZINNEN

Waarde = Any

_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "soorten": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": {"type": ["string", "boolean", "integer"]},
            },
        },
        "beoordelingen": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["zin", "pad", "maatregelen"],
                "properties": {
                    "zin": {"type": "string"},
                    "pad": {"type": "string", "pattern": "^/[a-z/-]+$"},
                    "maatregelen": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "gegeven": {"type": "array", "items": {"$ref": "#/$defs/zin"}},
        "dan": {"type": "array", "items": {"$ref": "#/$defs/zin"}},
    },
    "$defs": {
        "zin": {
            "type": "object",
            "additionalProperties": False,
            "required": ["zin", "maatregelen"],
            "properties": {
                "zin": {"type": "string"},
                "zet": {"type": "object"},
                "verwacht": {"type": "object"},
                "maatregelen": {"type": "array", "items": {"type": "string"}},
                "voorbeeld": {"type": "string"},
            },
            "oneOf": [{"required": ["zet"]}, {"required": ["verwacht"]}],
        }
    },
}


def _bedrag(tekst: str) -> str:
    """`€ 1.234,56` -> `1234.56`; het teken blijft staan, zodat een scenario ook onzin kan sturen."""
    return tekst.replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")


_bedrag.pattern = r"€ ?-?\d{1,3}(?:\.\d{3})*,\d{2}|€ ?-?\d+,\d{2}"  # type: ignore[attr-defined]


def _tekst(tekst: str) -> str:
    return tekst[1:-1]


_tekst.pattern = r'"[^"]*"'  # type: ignore[attr-defined]


def _datum(tekst: str) -> str:
    return tekst


_datum.pattern = r"\d{4}-\d{2}-\d{2}"  # type: ignore[attr-defined]


def _maand(tekst: str) -> str:
    return tekst


_maand.pattern = r"\d{4}-\d{2}"  # type: ignore[attr-defined]


def _getal(tekst: str) -> int:
    return int(tekst)


_getal.pattern = r"-?\d+"  # type: ignore[attr-defined]


def _procent(tekst: str) -> str:
    """`95 %` of `12,5 %` -> `"95"` / `"12.5"`: een percentage als tekst, zoals het contract."""
    return tekst.replace("%", "").strip().replace(",", ".")


_procent.pattern = r"\d+(?:,\d+)? ?%"  # type: ignore[attr-defined]

BASISSOORTEN: dict[str, Callable[[str], Any]] = {
    "Bedrag": _bedrag,
    "Tekst": _tekst,
    "Datum": _datum,
    "Maand": _maand,
    "Getal": _getal,
    "Procent": _procent,
}


def _keuze(naam: str, keuzes: dict[str, Any]) -> Callable[[str], Any]:
    def zet_om(tekst: str) -> Any:
        return keuzes[tekst]

    zet_om.pattern = "|".join(re.escape(k) for k in sorted(keuzes, key=len, reverse=True))  # type: ignore[attr-defined]
    zet_om.__name__ = naam
    return zet_om


@dataclass(frozen=True)
class Zin:
    """Eén zin van het woordenboek met wat hij in het verzoek zet of in het antwoord verwacht."""

    soort: str  # gegeven, beoordeling of dan
    patroon: str
    velden: dict[str, Any]
    maatregelen: tuple[str, ...]
    bestand: str
    pad: str | None = None
    voorbeeld: str | None = None

    @property
    def plekken(self) -> list[tuple[str, str]]:
        return re.findall(r"\{(\w+):(\w+)\}", self.patroon)


@dataclass(frozen=True)
class Woordenboek:
    zinnen: tuple[Zin, ...]
    soorten: dict[str, Callable[[str], Any]]

    def van_soort(self, soort: str) -> Iterator[Zin]:
        return (z for z in self.zinnen if z.soort == soort)


class WoordenboekFout(Exception):
    """Een zinnenbestand is onjuist; de melding noemt bestand en zin."""


def lees(map_: Path = ZINNEN) -> Woordenboek:
    zinnen: list[Zin] = []
    soorten: dict[str, Callable[[str], Any]] = dict(BASISSOORTEN)
    for pad in sorted(map_.glob("*.yaml")):
        gegevens = yaml.safe_load(pad.read_text("utf-8")) or {}
        fout = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(_SCHEMA).iter_errors(gegevens))
        if fout is not None:
            raise WoordenboekFout(f"{pad.name}: {'.'.join(map(str, fout.path))}: {fout.message}")
        for naam, keuzes in gegevens.get("soorten", {}).items():
            soorten[naam] = _keuze(naam, keuzes)
        for item in gegevens.get("beoordelingen", []):
            zinnen.append(Zin("beoordeling", item["zin"], {}, tuple(item["maatregelen"]), pad.name,
                              pad=item["pad"]))
        for soort, sleutel in (("gegeven", "zet"), ("dan", "verwacht")):
            for item in gegevens.get(soort, []):
                zinnen.append(Zin(soort, item["zin"], item[sleutel], tuple(item["maatregelen"]),
                                  pad.name, voorbeeld=item.get("voorbeeld")))
    _controleer(zinnen, soorten)
    return Woordenboek(tuple(zinnen), soorten)


def _controleer(zinnen: list[Zin], soorten: dict[str, Callable[[str], Any]]) -> None:
    gezien: dict[tuple[str, str], str] = {}
    for zin in zinnen:
        sleutel = (zin.soort if zin.soort != "beoordeling" else "als", zin.patroon)
        if sleutel in gezien:
            raise WoordenboekFout(f"{zin.bestand}: de zin {zin.patroon!r} staat ook in {gezien[sleutel]}")
        gezien[sleutel] = zin.bestand
        for naam, soort in zin.plekken:
            if soort not in soorten:
                raise WoordenboekFout(f"{zin.bestand}: onbekende soort {soort!r} in {zin.patroon!r}")
            if not any(f"{{{naam}}}" in str(v) for v in zin.velden.values()) and zin.soort != "beoordeling":
                raise WoordenboekFout(f"{zin.bestand}: de plek {naam!r} in {zin.patroon!r} wordt niet gebruikt")


@cache
def woordenboek() -> Woordenboek:
    return lees()


def vul_in(sjabloon: Any, waarden: dict[str, Any]) -> Any:
    """Zet de waarden van de plekken in een sjabloon; `"{x}"` alleen wordt de getypeerde waarde zelf."""
    if isinstance(sjabloon, str):
        geheel = re.fullmatch(r"\{(\w+)\}", sjabloon)
        if geheel:
            return waarden[geheel.group(1)]
        return re.sub(r"\{(\w+)\}", lambda m: str(waarden[m.group(1)]), sjabloon)
    if isinstance(sjabloon, list):
        return [vul_in(s, waarden) for s in sjabloon]
    if isinstance(sjabloon, dict):
        return {k: vul_in(v, waarden) for k, v in sjabloon.items()}
    return sjabloon
