"""Het contract `openapi.yaml`, één keer gelezen: de bron van elk schema, elke operatie en elk voorbeeld."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from conformance.kern.bestanden import CONTRACT

_SNELLE_LADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml als die er is: het contract is groot


@cache
def contract() -> dict[str, Any]:
    gegevens: dict[str, Any] = yaml.load(CONTRACT.read_text("utf-8"), Loader=_SNELLE_LADER)  # noqa: S506 - veilig
    return gegevens
