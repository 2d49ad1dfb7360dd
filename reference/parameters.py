"""Parameters: bedragen, percentages en termijnen met de datum waarop ze gelden en hun bron.

Elk YAML-bestand in `reference/parameters/` beschrijft een onderwerp; elke parameter
heeft waarden die gelden vanaf een datum (sleutel) tot de volgende sleutel, met een
bron. `null` beëindigt de geldigheid. De lader is streng: hij weigert een onjuiste
datumsleutel, een dubbele sleutel, een onbekende sleutel, een bedrag zonder
aanhalingstekens en (bij opvragen) een datum zonder waarde, en noemt daarbij bestand,
sleutel en probleem. Dit is de enige module van `reference/` die bestanden leest.

Een geïndexeerde parameter (art. 38 en 39 Pw) noemt zijn `indexering`: de grondslag, de regel en de
datum van de `volgende` indexering. Tot die datum geldt de laatst gepubliceerde waarde zoals die is;
vanaf die datum, zolang er geen nieuwe waarde is, geldt zij als `voorlopig`, met de reden erbij.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, Generic, TypeVar

import jsonschema
import yaml

from reference.catalogus import inwerkingtreding
from reference.errors import ParameterFout, ParameterOntbreekt
from reference.waarden import Bedrag

T = TypeVar("T")
_CACHEGROOTTE = 65_536  # opgezochte (parameter, peildatum)-paren; daarna begint de cache opnieuw

PARAMETERMAP = Path(__file__).parent / "parameters"
_SCHEMA = json.loads((Path(__file__).parent / "parameters_schema.json").read_text("utf-8"))
_DATUMSLEUTEL = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VORM_PER_EENHEID: dict[str, re.Pattern[str]] = {
    "EUR": re.compile(r"^-?\d+\.\d{2}$"),
    "EUR/maand": re.compile(r"^-?\d+\.\d{2}$"),
    "EUR/jaar": re.compile(r"^-?\d+\.\d{2}$"),
    "procent": re.compile(r"^\d+(\.\d+)?$"),
    "breuk": re.compile(r"^\d+(\.\d+)?$"),
    "aantal": re.compile(r"^\d+$"),
    "maanden": re.compile(r"^\d+$"),
    "jaren": re.compile(r"^\d+$"),
    "weken": re.compile(r"^\d+$"),
    "lezing": re.compile(r"^[a-z][A-Za-z0-9]*$"),  # de gekozen lezing van een bepaling die de bronnen niet beslechten
}


@dataclass(frozen=True)
class Indexering:
    """Hoe en wanneer een bedrag wordt aangepast (bijv. art. 39 lid 1 Pw: elk jaar per 1 januari)."""

    grondslag: str
    regel: str
    volgende: date  # de eerstvolgende indexering na de laatst gepubliceerde waarde


@dataclass(frozen=True)
class Parameterwaarde(Generic[T]):
    """De waarde van één parameter op een peildatum, met alles wat de uitleg nodig heeft."""

    naam: str
    waarde: T
    eenheid: str
    geldig_van: date
    geldig_tot: date | None
    bron: str
    grondslag: str
    voorlopig: bool = False
    voorlopig_omdat: str | None = None
    indexering: Indexering | None = None


@dataclass(frozen=True)
class _Periode:
    van: date
    tekst: str | None
    bron: str | None
    voorlopig: bool


@dataclass(frozen=True)
class _Parameter:
    naam: str
    beschrijving: str
    grondslag: str
    eenheid: str
    perioden: tuple[_Periode, ...]
    indexering: Indexering | None


class _StrengeLader(yaml.SafeLoader):
    """SafeLoader die een dubbele sleutel weigert in plaats van stil te overschrijven."""


def _mapping_zonder_dubbelen(lader: _StrengeLader, knoop: yaml.MappingNode) -> dict[Any, Any]:
    gezien: set[Any] = set()
    for sleutelknoop, _ in knoop.value:
        sleutel = lader.construct_object(sleutelknoop, deep=True)
        if sleutel in gezien:
            raise yaml.constructor.ConstructorError(
                None, None, f"dubbele sleutel {sleutel!r}", sleutelknoop.start_mark
            )
        gezien.add(sleutel)
    return lader.construct_mapping(knoop, deep=True)


_StrengeLader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_zonder_dubbelen
)


def _lees_yaml(pad: Path) -> Any:
    try:
        return yaml.load(pad.read_text("utf-8"), Loader=_StrengeLader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as fout:
        probleem = str(fout).splitlines()
        sleutel = next((r for r in probleem if "dubbele sleutel" in r), probleem[0])
        raise ParameterFout(pad.name, sleutel.strip(), "geen geldige YAML: " + " ".join(probleem)) from fout


def _schemafout(pad: Path, gegevens: Any) -> None:
    validator = jsonschema.Draft202012Validator(_SCHEMA)
    fouten = sorted(validator.iter_errors(gegevens), key=lambda f: list(map(str, f.path)))
    if not fouten:
        return
    fout = fouten[0]
    sleutel = ".".join(str(deel) for deel in fout.path) or "(bestand)"
    if fout.validator == "additionalProperties":
        probleem = f"onbekende sleutel: {fout.message}"
    elif fout.validator == "type" and isinstance(fout.instance, int | float):
        probleem = f"een waarde moet tussen aanhalingstekens staan, niet kaal {fout.instance!r}"
    elif fout.validator == "type" and isinstance(fout.instance, date):
        probleem = f"een datum moet tussen aanhalingstekens staan, niet kaal {fout.instance.isoformat()}"
    else:
        probleem = fout.message
    raise ParameterFout(pad.name, sleutel, probleem)


def _datumsleutel(pad: Path, naam: str, sleutel: Any) -> date:
    if isinstance(sleutel, date):
        raise ParameterFout(
            pad.name, f"{naam}.waarden.{sleutel}", "een datumsleutel moet tussen aanhalingstekens staan"
        )
    return _datum(pad, f"{naam}.waarden.{sleutel}", sleutel)


def _datum(pad: Path, plek: str, tekst: Any) -> date:
    if not isinstance(tekst, str) or not _DATUMSLEUTEL.match(tekst):
        raise ParameterFout(pad.name, plek, "geen datum in de vorm JJJJ-MM-DD")
    try:
        return date.fromisoformat(tekst)
    except ValueError as fout:
        raise ParameterFout(pad.name, plek, f"geen bestaande datum: {fout}") from fout


def _indexering(pad: Path, naam: str, gegevens: dict[str, Any] | None, perioden: list[_Periode]) -> Indexering | None:
    """De indexering valt na de laatst gepubliceerde waarde en vóór een einde van de geldigheid."""
    if gegevens is None:
        return None
    plek = f"{naam}.indexering.volgende"
    volgende = _datum(pad, plek, gegevens["volgende"])
    laatste = max((i for i, p in enumerate(perioden) if p.tekst is not None), default=None)
    if laatste is None or volgende <= perioden[laatste].van:
        vanaf = "geen" if laatste is None else perioden[laatste].van.isoformat()
        raise ParameterFout(pad.name, plek, f"de volgende indexering ({volgende.isoformat()}) ligt niet na de laatst "
                                            f"gepubliceerde waarde ({vanaf})")
    if laatste + 1 < len(perioden) and volgende >= perioden[laatste + 1].van:
        raise ParameterFout(pad.name, plek, f"de volgende indexering ({volgende.isoformat()}) valt niet vóór het einde "
                                            f"van de geldigheid ({perioden[laatste + 1].van.isoformat()})")
    return Indexering(gegevens["grondslag"], gegevens["regel"], volgende)


def _parameter(pad: Path, naam: str, gegevens: dict[str, Any]) -> _Parameter:
    eenheid: str = gegevens["eenheid"]
    perioden: list[_Periode] = []
    for sleutel, waarde in gegevens["waarden"].items():
        van = _datumsleutel(pad, naam, sleutel)
        if waarde is None:
            perioden.append(_Periode(van, None, None, voorlopig=False))
            continue
        if not _VORM_PER_EENHEID[eenheid].match(waarde["waarde"]):
            raise ParameterFout(
                pad.name, f"{naam}.waarden.{sleutel}.waarde", f"{waarde['waarde']!r} past niet bij eenheid {eenheid}"
            )
        perioden.append(_Periode(van, waarde["waarde"], waarde["bron"], waarde.get("voorlopig", False)))
    perioden.sort(key=lambda p: p.van)
    return _Parameter(
        f"{pad.stem}.{naam}", gegevens["beschrijving"], gegevens["grondslag"], eenheid, tuple(perioden),
        _indexering(pad, naam, gegevens.get("indexering"), perioden),
    )


def lees_bestand(pad: Path) -> dict[str, _Parameter]:
    """Lees en controleer één parameterbestand; de namen krijgen de bestandsnaam als voorvoegsel."""
    gegevens = _lees_yaml(pad)
    _schemafout(pad, gegevens)
    return {
        f"{pad.stem}.{naam}": _parameter(pad, naam, waarde)
        for naam, waarde in gegevens["parameters"].items()
    }


class Parameterboek:
    """Alle parameters uit een map; geeft per peildatum de waarde met bron en geldigheid."""

    def __init__(self, bestanden: Iterable[Path]) -> None:
        self._parameters: dict[str, _Parameter] = {}
        for pad in sorted(bestanden):
            self._parameters.update(lees_bestand(pad))
        # Het boek verandert niet na het inlezen: een opgezochte waarde blijft geldig. Alleen een cache
        # (begrensd, zodat een server met willekeurige peildata niet groeit); gedrag en fouten blijven gelijk.
        self._gevonden: dict[tuple[str, date, tuple[str, ...]], Parameterwaarde[Any]] = {}

    @property
    def namen(self) -> tuple[str, ...]:
        return tuple(sorted(self._parameters))

    def beschrijving(self, naam: str) -> str:
        return self._parameter(naam).beschrijving

    def _parameter(self, naam: str) -> _Parameter:
        try:
            return self._parameters[naam]
        except KeyError:
            raise ParameterOntbreekt(naam, date.min) from None

    def _op(self, naam: str, peildatum: date) -> tuple[_Parameter, _Periode, date | None]:
        parameter = self._parameter(naam)
        geldig: _Periode | None = None
        tot: date | None = None
        for periode in parameter.perioden:
            if periode.van <= peildatum:
                geldig = periode
                tot = None
            elif geldig is not None and tot is None:
                tot = date.fromordinal(periode.van.toordinal() - 1)
        if geldig is None or geldig.tekst is None:
            raise ParameterOntbreekt(naam, peildatum)
        return parameter, geldig, tot

    def _waarde(self, naam: str, peildatum: date, soorten: tuple[str, ...],
               zet: Callable[[str], T]) -> Parameterwaarde[T]:
        sleutel = (naam, peildatum, soorten)
        gevonden: Parameterwaarde[T] | None = self._gevonden.get(sleutel)
        if gevonden is None:
            gevonden = self._zoek(naam, peildatum, soorten, zet)
            if len(self._gevonden) >= _CACHEGROOTTE:
                self._gevonden.clear()
            self._gevonden[sleutel] = gevonden
        return gevonden

    def _zoek(self, naam: str, peildatum: date, soorten: tuple[str, ...],
              zet: Callable[[str], T]) -> Parameterwaarde[T]:
        parameter, periode, tot = self._op(naam, peildatum)
        if parameter.eenheid not in soorten:
            raise ParameterFout(naam, "eenheid", f"{parameter.eenheid} gevraagd als {'/'.join(soorten)}")
        van, voorlopig = periode.van, periode.voorlopig
        omdat = "de bron noemt de waarde voorlopig" if voorlopig else None
        index = parameter.indexering
        if index is not None and periode.van < index.volgende and (tot is None or tot >= index.volgende):
            # de laatst gepubliceerde waarde: zeker tot de volgende indexering, daarna voorlopig
            if peildatum < index.volgende:
                tot = date.fromordinal(index.volgende.toordinal() - 1)
            else:
                van, voorlopig = index.volgende, True
                omdat = (f"de indexering per {index.volgende.isoformat()} ({index.grondslag}) is nog niet "
                         f"gepubliceerd; de laatst gepubliceerde waarde (vanaf {periode.van.isoformat()}) geldt")
        return Parameterwaarde(
            naam=naam,
            waarde=zet(periode.tekst or ""),  # _op weigert al een periode zonder waarde
            eenheid=parameter.eenheid,
            geldig_van=van,
            geldig_tot=tot,
            bron=periode.bron or "",
            grondslag=parameter.grondslag,
            voorlopig=voorlopig,
            voorlopig_omdat=omdat,
            indexering=index,
        )

    def bedrag(self, naam: str, peildatum: date) -> Parameterwaarde[Bedrag]:
        return self._waarde(naam, peildatum, ("EUR", "EUR/maand", "EUR/jaar"), Bedrag.van)

    def getal(self, naam: str, peildatum: date) -> Parameterwaarde[Decimal]:
        """Een percentage of breuk, exact als Decimal."""
        return self._waarde(naam, peildatum, ("procent", "breuk"), Decimal)

    def aantal(self, naam: str, peildatum: date) -> Parameterwaarde[int]:
        return self._waarde(naam, peildatum, ("aantal", "maanden", "jaren", "weken"), int)

    def lezing(self, naam: str, peildatum: date) -> Parameterwaarde[str]:
        """De lezing die pwib volgt waar de bronnen een bepaling niet beslechten (met `voorlopig` en de reden)."""
        return self._waarde(naam, peildatum, ("lezing",), str)

    def waarde(self, naam: str, peildatum: date) -> Parameterwaarde[Any]:
        """De waarde van een parameter van elke eenheid, voor overzichten."""
        eenheid = self._parameter(naam).eenheid
        if eenheid.startswith("EUR"):
            return self.bedrag(naam, peildatum)
        if eenheid in ("procent", "breuk"):
            return self.getal(naam, peildatum)
        if eenheid == "lezing":
            return self.lezing(naam, peildatum)
        return self.aantal(naam, peildatum)

    def stand(self, peildatum: date, *, met_uitleg: bool = True) -> Wetstand:
        return Wetstand(self, peildatum, met_uitleg)


@dataclass(frozen=True)
class Wetstand:
    """Momentopname van de parameters op één peildatum: wat een regel krijgt. `met_uitleg=False`: de regels leggen
    hun stappen niet vast (`Uitleg.voor`); zij beslissen hetzelfde, het besluit draagt dan een lege uitleg."""

    boek: Parameterboek
    peildatum: date
    met_uitleg: bool = True

    def bedrag(self, naam: str) -> Parameterwaarde[Bedrag]:
        return self.boek.bedrag(naam, self.peildatum)

    def getal(self, naam: str) -> Parameterwaarde[Decimal]:
        return self.boek.getal(naam, self.peildatum)

    def aantal(self, naam: str) -> Parameterwaarde[int]:
        return self.boek.aantal(naam, self.peildatum)

    def lezing(self, naam: str) -> Parameterwaarde[str]:
        return self.boek.lezing(naam, self.peildatum)

    def heeft(self, naam: str) -> bool:
        """Heeft de parameter een waarde op de peildatum? (Een onbekende naam is een fout.)"""
        try:
            self.boek.waarde(naam, self.peildatum)
        except ParameterOntbreekt:
            self.boek.beschrijving(naam)  # een onbekende naam blijft een fout
            return False
        return True

    def in_werking(self, maatregel: str) -> bool:
        """Geldt de maatregel (M01 ...) op de peildatum? De datum staat in de catalogus."""
        return self.peildatum >= _inwerkingtreding(maatregel)


_inwerkingtreding = cache(inwerkingtreding)  # de catalogus is eenmaal ingelezen en verandert niet


@cache
def parameterboek() -> Parameterboek:
    """Het boek met alle parameters van pwib, eenmaal ingelezen."""
    return Parameterboek(PARAMETERMAP.glob("*.yaml"))
