"""Welke suite oordeelde: versie en een sha256 over haar inhoud (features, contract, fixtures, zinnen, wetsindex).

Twee runs met dezelfde `sha256` gebruikten letterlijk dezelfde scenario's, hetzelfde contract,
dezelfde profielen en eisentabellen en hetzelfde woordenboek.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from conformance.inlezen.contract import contract
from conformance.kern.bestanden import CONTRACT, FEATURES, FIXTURES, WETTEN, WORTEL, ZINNEN


def _naam(pad: Path) -> Path:
    """De naam van een inhoudsbestand in de hash, dezelfde in een checkout en in een geïnstalleerde wheel.

    Features uit een eigen map (PWIB_FEATURES) heten ook `features/...`.
    """
    for basis, naam in ((FEATURES, "features"), (ZINNEN, "conformance/zinnen"), (WETTEN, "conformance/wetten"),
                        (WORTEL, "")):
        if pad.is_relative_to(basis):
            return Path(naam) / pad.relative_to(basis)
    raise ValueError(f"{pad} hoort niet bij de inhoud van de suite")


def inhoudsbestanden() -> list[Path]:
    """De bestanden die samen de inhoud van de suite zijn, gesorteerd."""
    bestanden = [CONTRACT]
    for map_, patroon in ((FEATURES, "*.feature"), (FIXTURES, "*"), (ZINNEN, "*.yaml"), (WETTEN, "*.json")):
        bestanden += [p for p in map_.rglob(patroon)
                      if p.is_file() and not any(d.startswith(".") or d == "__pycache__"
                                                  for d in _naam(p).parts)]
    return sorted(set(bestanden), key=lambda p: _naam(p).as_posix())


def inhoudshash() -> str:
    totaal = hashlib.sha256()
    for pad in inhoudsbestanden():
        totaal.update(f"{_naam(pad).as_posix()}\0{hashlib.sha256(pad.read_bytes()).hexdigest()}\n"
                      .encode())
    return totaal.hexdigest()


@cache
def versie() -> str:
    try:
        return metadata.version("pwib")
    except metadata.PackageNotFoundError:  # pragma: no cover - alleen bij draaien zonder installatie
        return "onbekend"


def suite() -> dict[str, Any]:
    return {
        "naam": "pwib-conformance",
        "versie": versie(),
        "contractversie": str(contract()["info"]["version"]),
        "sha256": inhoudshash(),
        "bestanden": len(inhoudsbestanden()),
    }
