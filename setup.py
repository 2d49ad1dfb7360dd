"""Bouwstap: de inhoud van de suite (contract, features, fixtures) gaat als pakket `pwib_inhoud` in de wheel.

De repository houdt haar indeling (`openapi.yaml`, `features/`, `fixtures/` in de wortel); alleen de gebouwde
wheel krijgt een kopie in `pwib_inhoud/`. Een bewerkbare installatie (`pip install -e .`) leest ze uit de checkout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

WORTEL = Path(__file__).resolve().parent


def inhoud() -> list[Path]:
    """De bestanden die de wheel in `pwib_inhoud/` meekrijgt, relatief aan de wortel."""
    bestanden = [Path("openapi.yaml")]
    for map_, patroon in (("features", "*.feature"), ("fixtures", "*")):
        bestanden += [p.relative_to(WORTEL) for p in (WORTEL / map_).rglob(patroon)
                      if p.is_file() and not any(d.startswith(".") or d == "__pycache__"
                                                  for d in p.relative_to(WORTEL).parts)]
    return sorted(bestanden)


class BouwMetInhoud(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        doel = Path(self.build_lib) / "pwib_inhoud"
        for bestand in inhoud():
            (doel / bestand).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(WORTEL / bestand, doel / bestand)


setup(cmdclass={"build_py": BouwMetInhoud})
