"""Verzoeken toetsen aan `openapi.yaml` met openapi-core, en elk onjuist veld benoemen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from flask import Request
from jsonschema.exceptions import ValidationError
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest

from api.contract import openapi
from api.problemen import OngeldigeInvoer, OngeldigVeld


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


_LEESFOUTEN = {
    "MediaTypeDeserializeError": ("ongeldige-json", "het lichaam is geen geldige JSON"),
    "MediaTypeNotFound": ("mediatype", "het lichaam moet application/json zijn"),
}


def _schemafouten(fout: BaseException | None) -> tuple[ValidationError, ...]:
    gevonden: tuple[ValidationError, ...] = getattr(fout, "schema_errors", ()) or ()
    return gevonden


def valideer(verzoek: Request) -> Any:
    """Het JSON-lichaam als het verzoek aan het contract voldoet, anders OngeldigeInvoer met elk veld."""
    velden: list[OngeldigVeld] = []
    for fout in openapi().iter_request_errors(WerkzeugOpenAPIRequest(verzoek)):
        oorzaak = fout.__cause__
        basis = getattr(fout, "name", None)
        schemafouten = _schemafouten(oorzaak)
        if schemafouten:
            for schemafout in schemafouten:
                velden.extend(_velden(schemafout, basis))
        else:
            code, reden = _LEESFOUTEN.get(type(oorzaak).__name__, (type(fout).__name__, str(fout)))
            velden.append(OngeldigVeld(basis or "(body)", code, reden))
    if velden:
        raise OngeldigeInvoer(list(dict.fromkeys(velden)))
    return verzoek.get_json(silent=True)
