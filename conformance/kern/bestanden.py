"""Waar de suite haar inhoud vindt: het contract, de features, de fixtures en haar eigen schema's."""

from __future__ import annotations

import os
from pathlib import Path

from pwib_inhoud import wortel

# een geïnstalleerde pwib: het pakket pwib_inhoud; een checkout: de wortel van de repository
WORTEL = wortel()
CONTRACT = WORTEL / "openapi.yaml"
# PWIB_FEATURES=map: een run en `pwib lint` lezen de features uit een andere map (eigen scenario's, tests).
FEATURES = Path(os.environ.get("PWIB_FEATURES") or WORTEL / "features").resolve()
FIXTURES = WORTEL / "fixtures"
EISEN = FIXTURES / "eisen"
# De eigen gegevens van de suite staan in het pakket `conformance` zelf, boven deze map.
PAKKET = Path(__file__).resolve().parent.parent
ZINNEN = PAKKET / "zinnen"
SUITE = PAKKET / "suite"
SCHEMAS = PAKKET / "schemas"
# De wetsindex (artikelen, leden, inwerkingtreding), afgeleid uit de officiële tekst door scripts/wetsindex.py.
WETTEN = PAKKET / "wetten"
