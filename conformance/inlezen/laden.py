"""Invoerbestanden van een run streng inlezen: YAML zonder dubbele sleutels, getoetst aan een JSON Schema.

Een fout noemt altijd het bestand, de sleutel (als pad, `beleid.voorschotpercentage`) en het
probleem in gewone woorden; de CLI maakt er exitcode 2 van.

Begrensd, want een profiel of ontheffingenbestand kan van iedereen komen: hoogstens `MAX_BYTES`,
UTF-8 (een UTF-16- of Latin-1-bestand is een fout, geen gok), geen aliassen (`*naam`: een
"alias-bom" van 700 bytes wordt anders gigabytes) en hoogstens `MAX_DIEPTE` niveaus diep. De lader
is de Python-lader van PyYAML, die bij te diepe nesting niet crasht zoals de C-lader.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from conformance.kern.afwijking import ConfiguratieFout

MAX_BYTES = 1024 * 1024
MAX_DIEPTE = 64


class _StrengeLader(yaml.SafeLoader):
    """SafeLoader die een dubbele sleutel, een alias en te diepe nesting weigert."""

    _diepte = 0

    def fetch_flow_collection_start(self, TokenClass: Any) -> None:  # noqa: N803 - de naam van PyYAML
        # al in de scanner begrenzen: die kijkt bij elke open `[`/`{` vooruit (kwadratisch in de diepte)
        if self.flow_level >= MAX_DIEPTE:
            raise yaml.scanner.ScannerError(None, None, f"dieper genest dan {MAX_DIEPTE} niveaus", self.get_mark())
        super().fetch_flow_collection_start(TokenClass)

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "een alias (*naam) is hier niet toegestaan",
                                              self.get_mark())
        self._diepte += 1
        try:
            if self._diepte > MAX_DIEPTE:
                raise yaml.composer.ComposerError(None, None, f"dieper genest dan {MAX_DIEPTE} niveaus",
                                                  self.get_mark())
            return super().compose_node(parent, index)
        finally:
            self._diepte -= 1


def _mapping(lader: _StrengeLader, knoop: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    gezien: set[Any] = set()
    for sleutelknoop, _ in knoop.value:
        sleutel = lader.construct_object(sleutelknoop, deep=deep)
        if sleutel in gezien:
            raise yaml.constructor.ConstructorError(None, None, f"dubbele sleutel {sleutel!r}",
                                                    sleutelknoop.start_mark)
        gezien.add(sleutel)
    return lader.construct_mapping(knoop, deep=deep)


_StrengeLader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def lees_yaml(pad: Path) -> Any:
    """De inhoud van een YAML-bestand; ConfiguratieFout als het niet bestaat of geen geldige YAML is."""
    try:
        with pad.open("rb") as bestand:
            data = bestand.read(MAX_BYTES + 1)
    except OSError as fout:
        raise ConfiguratieFout(str(pad), "(bestand)", f"kan niet worden gelezen: {fout.strerror or fout}") from None
    if len(data) > MAX_BYTES:
        raise ConfiguratieFout(str(pad), "(bestand)", f"groter dan {MAX_BYTES // 1024} KiB")
    tekst = _utf8(pad, data)
    try:
        return yaml.load(tekst, Loader=_StrengeLader)  # noqa: S506 - _StrengeLader is een SafeLoader
    except yaml.YAMLError as fout:
        plek = getattr(fout, "problem_mark", None)
        regel = f"regel {plek.line + 1}" if plek is not None else "(bestand)"
        probleem = getattr(fout, "problem", None) or str(fout)
        raise ConfiguratieFout(str(pad), regel, f"geen geldige YAML: {probleem}") from None


def _utf8(pad: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        raise ConfiguratieFout(str(pad), "(bestand)", "is UTF-16 of UTF-32; sla het op als UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = data[:fout.start].count(b"\n") + 1
        raise ConfiguratieFout(str(pad), f"regel {regel}", "geen UTF-8 (bijv. Latin-1); sla het op als UTF-8") from None


def _leesbaar(fout: jsonschema.ValidationError) -> tuple[str, str]:
    """Sleutelpad en een probleem in gewone woorden."""
    pad = ".".join(str(deel) for deel in fout.absolute_path) or "(bestand)"
    if fout.validator == "additionalProperties" and isinstance(fout.instance, dict):
        bekend = set(fout.schema.get("properties", {})) if isinstance(fout.schema, dict) else set()
        onbekend = sorted(set(fout.instance) - bekend)
        if onbekend:
            naam = onbekend[0]
            return (f"{pad}.{naam}" if pad != "(bestand)" else str(naam)), "onbekende sleutel"
    if fout.validator == "required" and isinstance(fout.validator_value, list) and isinstance(fout.instance, dict):
        ontbreekt = [n for n in fout.validator_value if n not in fout.instance]
        if ontbreekt:
            return (f"{pad}.{ontbreekt[0]}" if pad != "(bestand)" else ontbreekt[0]), "ontbreekt (verplicht)"
    if fout.validator in ("anyOf", "oneOf") and isinstance(fout.validator_value, list) \
            and all(isinstance(s, dict) and s.get("required") for s in fout.validator_value):
        keuzes = " of ".join("/".join(s["required"]) for s in fout.validator_value)
        return pad, f"noem {keuzes} (niet leeg)"
    if fout.validator == "type" and type(fout.instance).__name__ in ("date", "datetime"):
        return pad, "een datum moet tussen aanhalingstekens staan (\"2026-01-01\")"
    if fout.validator == "type" and isinstance(fout.instance, float):
        return pad, "een bedrag of percentage moet tussen aanhalingstekens staan (\"95\", \"1200.00\")"
    return pad, fout.message


def toets(gegevens: Any, schema: dict[str, Any], bestand: str) -> None:
    """Gooi een ConfiguratieFout voor de eerste (meest relevante) schendingen van het schema."""
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    fout = jsonschema.exceptions.best_match(validator.iter_errors(gegevens))
    if fout is not None:
        sleutel, probleem = _leesbaar(fout)
        raise ConfiguratieFout(bestand, sleutel, probleem)


@cache
def schema(pad: Path) -> dict[str, Any]:
    gegevens: dict[str, Any] = json.loads(pad.read_text("utf-8"))
    return gegevens
