"""resultaat.json: het bewijsstuk, met schemaVersion, integriteit en eventueel een handtekening."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conformance.vastleggen.rapport import schrijf_atomair

BESTAND = "resultaat.json"


def schrijf(rapport: dict[str, Any], map_: Path) -> Path:
    pad = map_ / BESTAND
    schrijf_atomair(pad, json.dumps(rapport, ensure_ascii=False, indent=2) + "\n")
    return pad
