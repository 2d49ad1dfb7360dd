"""De inhoud van de suite als pakketbron: het contract `openapi.yaml`, `features/` en `fixtures/`.

In de repository staan ze in de wortel, naast deze map. Bij het bouwen van de wheel kopieert `setup.py` ze
in dit pakket, zodat een geïnstalleerde `pwib` ze via `importlib.resources` vindt en nooit via de huidige
map of een checkout.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["wortel"]


@cache
def wortel() -> Path:
    """De map met `openapi.yaml`, `features/` en `fixtures/`: dit pakket (geïnstalleerd) of de checkout."""
    hier = resources.files(__name__)
    if not isinstance(hier, Path):  # pragma: no cover - pwib wordt nooit als zip geïnstalleerd
        raise RuntimeError(f"pwib_inhoud staat niet als map op schijf ({hier!r}); installeer de wheel uitgepakt")
    if (hier / "openapi.yaml").is_file():
        return hier
    checkout = hier.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "openapi.yaml").is_file():
        return checkout
    raise RuntimeError(f"de inhoud van de suite ontbreekt in {hier}: de installatie is onvolledig; "
                       "installeer pwib opnieuw uit de wheel")
