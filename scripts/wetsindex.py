"""Leid uit de officiële geconsolideerde tekst (BWB-XML) de wetsindex af: per artikel de inwerkingtreding,
de status en de leden.

    python -m scripts.wetsindex [XML]   (standaard: ../shared/domain/bronnen/participatiewet-BWBR0015703-2026-01-01.xml)

De index staat twee keer in de repository, byte voor byte gelijk: in `reference/wetten/` (de referentie
leidt er de tekstversie van een verwijzing uit af) en in `conformance/wetten/` (de suite en `pwib lint`
lezen hem; de suite importeert de referentie niet). Geïnstalleerd pwib en CI hebben de XML niet nodig;
`tests/test_verwijzing.py` regenereert de index en vergelijkt hem wanneer de XML er is.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET  # de officiële tekst van wetten.overheid.nl, geen invoer van derden
from pathlib import Path
from typing import Any

WORTEL = Path(__file__).resolve().parent.parent
DOELEN = (WORTEL / "reference" / "wetten" / "BWBR0015703.json", WORTEL / "conformance" / "wetten" / "BWBR0015703.json")
_NAAM = "participatiewet-BWBR0015703-2026-01-01.xml"
# De bronnen staan naast de repository (../shared/domain/bronnen) of een map hoger (../../shared/domain/bronnen).
KANDIDATEN = tuple(map_ / "shared" / "domain" / "bronnen" / _NAAM for map_ in (WORTEL.parent, WORTEL.parent.parent))


def xml_bron() -> Path | None:
    """De XML als die op deze machine staat, anders None (geïnstalleerd pwib en CI hebben haar niet)."""
    return next((pad for pad in KANDIDATEN if pad.is_file()), None)


def index(xml: Path) -> dict[str, Any]:
    wortel = ET.parse(xml).getroot()  # noqa: S314 - zie boven
    artikelen: dict[str, Any] = {}
    for artikel in wortel.iter("artikel"):
        nummer = (artikel.findtext("kop/nr") or "").strip()
        if not nummer:
            continue
        artikelen[nummer] = {
            "inwerking": artikel.get("inwerking"),
            "status": artikel.get("status"),
            "leden": [(lid.findtext("lidnr") or "").strip() for lid in artikel.findall("lid")],
        }
    return {
        "regeling": wortel.get("bwb-id"),
        "toestand": wortel.get("inwerkingtreding"),
        "bron": f"wetten.overheid.nl/{wortel.get('bwb-id')}/{wortel.get('inwerkingtreding')} ({xml.name})",
        "artikelen": artikelen,
    }


def als_tekst(gegevens: dict[str, Any]) -> str:
    return json.dumps(gegevens, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def main(argv: list[str]) -> int:
    bron = Path(argv[0]) if argv else xml_bron()
    if bron is None:
        print(f"wetsindex: de XML ontbreekt; gezocht: {', '.join(map(str, KANDIDATEN))}")
        return 2
    tekst = als_tekst(index(bron))
    for doel in DOELEN:
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_text(tekst, "utf-8")
        print(f"geschreven: {doel.relative_to(WORTEL)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
