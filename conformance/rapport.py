"""De JSON-uitslag van een run; atomair geschreven (eerst een tijdelijk bestand, dan vervangen)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from conformance.resultaat import Run

SCHEMA_VERSIE = "1.0"


def schrijf_atomair(pad: Path, inhoud: str) -> None:
    pad.parent.mkdir(parents=True, exist_ok=True)
    fd, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", dir=pad.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as bestand:
            bestand.write(inhoud)
        os.replace(tijdelijk, pad)
    except BaseException:
        Path(tijdelijk).unlink(missing_ok=True)
        raise


def als_json(run: Run, uitslag: str) -> dict[str, Any]:
    return {
        "schemaVersion": SCHEMA_VERSIE,
        "doel": run.doel,
        "begin": run.begin,
        "einde": run.einde,
        "uitslag": uitslag,
        "telling": run.telling(),
        "scenarios": [r.als_rapport() for r in run.resultaten],
    }


def schrijf_json(run: Run, uitslag: str, pad: Path) -> None:
    schrijf_atomair(pad, json.dumps(als_json(run, uitslag), ensure_ascii=False, indent=2) + "\n")
