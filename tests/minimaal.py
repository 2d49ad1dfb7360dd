"""Het contract zoals het geldt voor een antwoord met `Preference-Applied: return=minimal`."""

from __future__ import annotations

import copy
from typing import Any

from api.antwoord import weggelaten_bij_minimaal
from api.contract import contract


def minimaal_contract() -> dict[str, Any]:
    """`openapi.yaml` met de velden uit `x-weggelaten` van Prefer uit elke `required`-lijst: alleen dan optioneel."""
    document = copy.deepcopy(contract())
    for schema in document["components"]["schemas"].values():
        if "required" in schema:
            schema["required"] = [veld for veld in schema["required"] if veld not in weggelaten_bij_minimaal()]
    return document
