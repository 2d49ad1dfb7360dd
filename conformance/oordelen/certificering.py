"""Certificeringsrun of ontwikkelrun: alleen een certificeringsrun kan `conform` zijn.

Een **certificeringsrun** draait de volledige officiële suite, onveranderd en zonder onderbreking:

- geen selectie (`--tags`, of `-m`/`-k` met de pytest-plugin);
- de features van de suite zelf (geen `PWIB_FEATURES`), met de inhoudshash die voor deze versie
  is gepubliceerd in `conformance/suitehashes.json` (elke verandering aan features, contract,
  fixtures of zinnen verandert de hash);
- geen ontheffingen;
- het product en zijn versie genoemd (`--product`, `--productversie`);
- niet onderbroken.

Elke andere run is een **ontwikkelrun**: hij rapporteert eerlijk wat hij zag, maar zijn uitslag is op
zijn best `onvolledig` ("niet certificeerbaar") met de redenen, in de terminal, de JSON, de HTML en
de JUnit-properties; de exitcode is nooit 0.

`suitehashes.json` schrijft de release: `make suitehash` (`python -m conformance.oordelen.certificering`)
zet de hash van de huidige inhoud bij de versie uit `pyproject.toml`. `tests/test_certificering.py`
faalt als de suite verandert zonder dat de hash is bijgewerkt.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conformance.kern.bestanden import FEATURES, PAKKET, WORTEL

GEPUBLICEERD = PAKKET / "suitehashes.json"
_OFFICIELE_FEATURES = (WORTEL / "features").resolve()


@dataclass(frozen=True)
class Certificering:
    redenen: tuple[str, ...]

    @property
    def certificeerbaar(self) -> bool:
        return not self.redenen

    def als_rapport(self) -> dict[str, Any]:
        return {
            "soort": "certificeringsrun" if self.certificeerbaar else "ontwikkelrun",
            "certificeerbaar": self.certificeerbaar,
            "redenen": list(self.redenen),
        }


def gepubliceerde_hashes(pad: Path = GEPUBLICEERD) -> dict[str, str]:
    """Per versie van de suite de gepubliceerde inhoudshash; leeg als het bestand ontbreekt."""
    try:
        gegevens = json.loads(pad.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    versies: dict[str, str] = gegevens["versies"]
    return versies


def beoordeel(*, suite: dict[str, Any], selectie: str | None, ontheffingen: int, product: str | None,
              productversie: str | None, onderbroken: bool, features: Path = FEATURES) -> Certificering:
    """De redenen waarom deze run geen certificeringsrun is (leeg: hij is het wel)."""
    redenen: list[str] = []
    if onderbroken:
        redenen.append("de run is onderbroken")
    if selectie:
        redenen.append(f"een selectie van scenario's ({selectie}) in plaats van de volledige suite")
    if features.resolve() != _OFFICIELE_FEATURES:
        redenen.append(f"eigen features (PWIB_FEATURES={features}) in plaats van die van de suite")
    gepubliceerd = gepubliceerde_hashes().get(str(suite["versie"]))
    if gepubliceerd is None:
        redenen.append(f"voor suiteversie {suite['versie']} is geen inhoudshash gepubliceerd")
    elif gepubliceerd != suite["sha256"]:
        redenen.append(f"de inhoud van de suite (sha256 {suite['sha256'][:16]}…) is niet de gepubliceerde "
                       f"van versie {suite['versie']} ({gepubliceerd[:16]}…): features, contract, fixtures of "
                       "zinnen zijn veranderd")
    if ontheffingen:
        redenen.append(f"{ontheffingen} ontheffing(en)")
    if not product or not productversie:
        redenen.append("product en versie van het doel niet genoemd (--product, --productversie)")
    return Certificering(tuple(redenen))


def publiceer(pad: Path = GEPUBLICEERD) -> tuple[str, str]:
    """Zet de inhoudshash van de huidige suite bij haar versie in `suitehashes.json`."""
    from conformance.inlezen.inhoud import suite  # noqa: PLC0415 - alleen voor de release

    huidig = suite()
    versies = {**gepubliceerde_hashes(pad), str(huidig["versie"]): str(huidig["sha256"])}
    pad.write_text(json.dumps({
        "toelichting": "De inhoudshash (sha256 over features, contract, fixtures en zinnen) van elke uitgebrachte "
                       "versie van de suite. Alleen een run met de gepubliceerde hash kan conform zijn. "
                       "Bijwerken bij een release: make suitehash",
        "versies": dict(sorted(versies.items())),
    }, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return str(huidig["versie"]), str(huidig["sha256"])


if __name__ == "__main__":
    versie, sha256 = publiceer()
    sys.stdout.write(f"{GEPUBLICEERD.name}: suite {versie} = {sha256}\n")
