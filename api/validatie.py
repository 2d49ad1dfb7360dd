"""Verzoeken (en in de tests ook antwoorden) toetsen aan `openapi.yaml`, snel.

Het contract blijft de enige bron: bij het starten worden de schema's van elke operatie
eenmaal omgezet naar JSON Schema en gecompileerd (jsonschema-rs). Een geldig verzoek kost
zo enkele microseconden. Alleen als het gecompileerde schema een verzoek weigert, zoekt de
OpenAPI 3.0-validator van openapi-schema-validator (dezelfde die openapi-core gebruikt) elk
onjuist veld op, voor `invalidParams`. `tests/test_validatie.py` bewijst op een corpus dat dit
precies aanvaardt en weigert wat openapi-core aanvaardt en weigert.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema_rs
from flask import Request
from jsonschema.exceptions import ValidationError
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from werkzeug.exceptions import NotFound

from api.contract import contract
from api.problemen import OngeldigeInvoer, OngeldigVeld

MAX_DIEPTE = 64
"""Een verzoek van het contract is hooguit een paar niveaus diep; dieper is een 400, nooit een RecursionError."""
_TE_DIEP = OngeldigVeld("(body)", "te-diep", f"het lichaam is dieper genest dan {MAX_DIEPTE} niveaus")
_ANNOTATIES = {"example", "nullable", "description", "summary", "default"}


def naar_json_schema(schema: Any) -> Any:
    """OpenAPI 3.0-schema -> JSON Schema (draft 4): `nullable` wordt een type-lijst, annotaties vallen weg."""
    if isinstance(schema, list):
        return [naar_json_schema(deel) for deel in schema]
    if not isinstance(schema, dict):
        return schema
    omgezet = {sleutel: naar_json_schema(waarde) for sleutel, waarde in schema.items()
               if sleutel not in _ANNOTATIES}
    if "properties" in schema:
        omgezet["properties"] = {naam: naar_json_schema(s) for naam, s in schema["properties"].items()}
    if schema.get("nullable") is True:
        if "type" in omgezet:
            omgezet["type"] = [omgezet["type"], "null"]
        if "enum" in omgezet:
            omgezet["enum"] = [*omgezet["enum"], None]
    return omgezet


@dataclass(frozen=True)
class _Schema:
    """Eén schema uit het contract: snel (ja/nee) en grondig (elke fout)."""

    snel: Callable[[Any], bool]
    grondig: OAS30Validator

    def fouten(self, waarde: Any) -> list[ValidationError]:
        if self.snel(waarde):
            return []
        return list(self.grondig.iter_errors(waarde))


@dataclass(frozen=True)
class _Parameter:
    naam: str
    plek: str
    verplicht: bool
    schema: _Schema


@dataclass(frozen=True)
class Operatie:
    methode: str
    sjabloon: str
    lichaam: _Schema | None
    lichaam_verplicht: bool
    parameters: tuple[_Parameter, ...]
    antwoorden: Mapping[str, tuple[str, _Schema | None]]


class Contractvalidatie:
    """Alle operaties van het contract, met hun gecompileerde schema's."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document
        self._componenten = naar_json_schema(document.get("components", {}))
        self._wortel = OAS30Validator(document, format_checker=oas30_format_checker)
        self._vast: dict[tuple[str, str], Operatie] = {}
        self._sjablonen: list[tuple[re.Pattern[str], Operatie]] = []
        for sjabloon, pad in document["paths"].items():
            for methode, operatie in pad.items():
                gebouwd = self._operatie(methode.upper(), sjabloon, operatie, pad.get("parameters", []))
                if "{" in sjabloon:
                    patroon = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(sjabloon)) + "$")
                    self._sjablonen.append((patroon, gebouwd))
                else:
                    self._vast[(methode.upper(), sjabloon)] = gebouwd

    def _schema(self, schema: Mapping[str, Any]) -> _Schema:
        snel = jsonschema_rs.Draft4Validator({**naar_json_schema(schema), "components": self._componenten},
                                             validate_formats=True)
        return _Schema(snel.is_valid, self._wortel.evolve(schema=schema))

    def _operatie(self, methode: str, sjabloon: str, operatie: Mapping[str, Any],
                  gedeeld: list[Mapping[str, Any]]) -> Operatie:
        lichaam = operatie.get("requestBody", {})
        json_schema = lichaam.get("content", {}).get("application/json", {}).get("schema")
        parameters = tuple(
            _Parameter(p["name"], p["in"], p.get("required", False), self._schema(p["schema"]))
            for p in map(self._volg, [*gedeeld, *operatie.get("parameters", [])])
        )
        antwoorden: dict[str, tuple[str, _Schema | None]] = {}
        for status, verwijzing in operatie.get("responses", {}).items():
            for soort, inhoud in self._volg(verwijzing).get("content", {}).items():
                antwoorden[status] = (soort, self._schema(inhoud["schema"]) if "schema" in inhoud else None)
        return Operatie(methode, sjabloon, None if json_schema is None else self._schema(json_schema),
                        lichaam.get("required", False), parameters, antwoorden)

    def _volg(self, knoop: Mapping[str, Any]) -> Mapping[str, Any]:
        """Volg een lokale `$ref` (`#/components/responses/Fout`, `#/components/parameters/Prefer`) in het contract."""
        while "$ref" in knoop:
            doel: Any = self._document
            for deel in knoop["$ref"].removeprefix("#/").split("/"):
                doel = doel[deel]
            knoop = doel
        return knoop

    def operatie(self, methode: str, pad: str) -> Operatie | None:
        return self._gevonden(methode, pad)[0]

    def _gevonden(self, methode: str, pad: str) -> tuple[Operatie | None, dict[str, str]]:
        """De operatie voor dit pad en de waarden van haar padparameters (`{id}`)."""
        gevonden = self._vast.get((methode, pad))
        if gevonden is not None:
            return gevonden, {}
        for patroon, operatie in self._sjablonen:
            treffer = patroon.match(pad) if operatie.methode == methode else None
            if treffer is not None:
                return operatie, treffer.groupdict()
        return None, {}

    def verzoek(self, methode: str, pad: str, content_type: str, data: bytes,
                query: Mapping[str, str]) -> Any:
        """Het JSON-lichaam van een geldig verzoek, of OngeldigeInvoer met elk onjuist veld."""
        operatie, padwaarden = self._gevonden(methode, pad)
        if operatie is None:
            raise NotFound(f"{methode} {pad} staat niet in het contract.")
        waarden = {"query": query, "path": padwaarden}
        velden = [veld for p in operatie.parameters if p.plek in waarden for veld in _parameter(p, waarden[p.plek])]
        lichaam: Any = None
        if operatie.lichaam is not None:
            lichaam, leesfout = _lees(content_type, data, operatie.lichaam_verplicht)
            if leesfout is not None:
                velden.append(leesfout)
            elif data:
                velden.extend(veld for fout in operatie.lichaam.fouten(lichaam) for veld in _velden(fout, None))
        if velden:
            raise OngeldigeInvoer(list(dict.fromkeys(velden)))
        return lichaam

    def antwoordfouten(self, methode: str, pad: str, status: int, content_type: str, data: bytes) -> list[str]:
        """Wat er mis is met een antwoord volgens het contract (leeg als het klopt)."""
        operatie = self.operatie(methode, pad)
        if operatie is None:
            return [f"{methode} {pad} staat niet in het contract"]
        verwacht = operatie.antwoorden.get(str(status)) or operatie.antwoorden.get("default")
        if verwacht is None:
            return [f"status {status} staat niet in het contract"]
        soort, schema = verwacht
        if content_type != soort:
            return [f"content-type {content_type!r}, verwacht {soort!r}"]
        if schema is None:
            return []
        try:
            lichaam = json.loads(data)
        except ValueError:
            return ["het antwoord is geen JSON"]
        return [f"{'.'.join(map(str, f.absolute_path)) or '(lichaam)'}: {f.message}" for f in schema.fouten(lichaam)]


def _parameter(parameter: _Parameter, query: Mapping[str, str]) -> Iterator[OngeldigVeld]:
    if parameter.naam not in query:
        if parameter.verplicht:
            yield OngeldigVeld(parameter.naam, "verplicht", "deze parameter is verplicht")
        return
    for fout in parameter.schema.fouten(query[parameter.naam]):
        yield from _velden(fout, parameter.naam)


def _lees(content_type: str, data: bytes, verplicht: bool) -> tuple[Any, OngeldigVeld | None]:
    if not data:
        if verplicht:
            return None, OngeldigVeld("(body)", "verplicht", "het verzoek heeft een lichaam nodig")
        return None, None
    if content_type != "application/json":
        return None, OngeldigVeld("(body)", "mediatype", "het lichaam moet application/json zijn")
    try:
        lichaam = json.loads(data)
    except ValueError:
        return None, OngeldigVeld("(body)", "ongeldige-json", "het lichaam is geen geldige JSON")
    except RecursionError:
        return None, _TE_DIEP
    return (None, _TE_DIEP) if _te_diep(data, lichaam) else (lichaam, None)


def _te_diep(data: bytes, lichaam: Any) -> bool:
    """Dieper genest dan MAX_DIEPTE? Met niet meer haakjes dan de grens (ook die in tekenreeksen tellen mee) kan
    dat niet: dan hoeft de wandeling niet."""
    return data.count(b"[") + data.count(b"{") > MAX_DIEPTE and _diepte(lichaam) > MAX_DIEPTE


def _diepte(waarde: Any) -> int:
    """De nestingdiepte van een JSON-waarde, zonder recursie."""
    diepste, open_ = 0, [(waarde, 1)]
    while open_:
        knoop, diepte = open_.pop()
        if isinstance(knoop, dict | list):
            diepste = max(diepste, diepte)
            if diepte <= MAX_DIEPTE:
                open_.extend((kind, diepte + 1) for kind in (knoop.values() if isinstance(knoop, dict) else knoop))
    return diepste


def _velden(fout: ValidationError, basis: str | None) -> Iterator[OngeldigVeld]:
    def _pad(veld: str | None = None) -> str:
        delen = [str(deel) for deel in fout.absolute_path]
        if veld is not None:
            delen.append(veld)
        return ".".join(delen) or basis or "(body)"

    schema: Any = fout.schema
    if fout.validator == "additionalProperties" and isinstance(fout.instance, dict):
        bekend = set(schema.get("properties", {}))
        for naam in sorted(set(fout.instance) - bekend):
            yield OngeldigVeld(_pad(naam), "onbekend-veld", "dit veld komt niet voor in het contract")
    elif fout.validator == "required" and isinstance(fout.instance, dict):
        verplicht: Any = fout.validator_value
        for naam in verplicht:
            if naam not in fout.instance:
                yield OngeldigVeld(_pad(naam), "verplicht", "dit veld is verplicht")
    elif fout.validator == "format":
        yield OngeldigVeld(_pad(), "formaat", f"geen geldige {fout.validator_value}: {fout.instance!r}")
    else:
        yield OngeldigVeld(_pad(), str(fout.validator), fout.message)


@cache
def contractvalidatie() -> Contractvalidatie:
    return Contractvalidatie(contract())


def valideer(verzoek: Request) -> Any:
    """Het JSON-lichaam als het verzoek aan het contract voldoet, anders OngeldigeInvoer met elk veld."""
    pad = verzoek.path.removeprefix("/v1")
    return contractvalidatie().verzoek(verzoek.method, pad, verzoek.mimetype, verzoek.get_data(cache=True),
                                       verzoek.args)
