"""Het bewijs bij een gevonden verschil: het gekrompen scenario is `pwib lint`-schoon, slaagt tegen de referentie
en faalt tegen de leverancier. Het scenario draait in een eigen proces met `PWIB_FEATURES` op een tijdelijke map."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

KOP = "# language: nl\n@{maatregel}\nFunctionaliteit: Gevonden door pwib vergelijk\n\n"


def _pwib(map_: Path, *args: str) -> int:
    omgeving = {**os.environ, "PWIB_FEATURES": str(map_)}
    return subprocess.run([sys.executable, "-m", "api.cli", *args], env=omgeving,
                          capture_output=True, check=False, timeout=300).returncode


def feature(scenario: str, maatregel: str) -> str:
    return KOP.format(maatregel=maatregel) + scenario


def _resultaat(map_: Path, doel: str, naam: str) -> dict[str, Any]:
    rapport = map_ / naam
    _pwib(map_, "conformance", "--target", doel, "--report-dir", str(rapport), "--quiet")
    resultaat: dict[str, Any] = json.loads((rapport / "resultaat.json").read_text("utf-8"))
    return resultaat


def lint_conformance(scenario: str, maatregel: str, doelen: list[str]) -> tuple[int, list[str]]:
    """(exitcode van pwib lint, het oordeel over het scenario per doel) voor een feature met dit ene scenario.
    Een run met PWIB_FEATURES is een ontwikkelrun (exitcode nooit 0); het oordeel staat in resultaat.json."""
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / f"{maatregel}-gevonden.feature"
        pad.write_text(feature(scenario, maatregel), "utf-8")
        lint = _pwib(Path(map_), "lint", str(pad))
        oordelen = []
        for index, doel in enumerate(doelen):
            resultaat = _resultaat(Path(map_), doel, f"rapport-{index}")
            oordelen.append(",".join(s["oordeel"] for s in resultaat["scenarios"]) or "geen scenario")
        return lint, oordelen


def lint_en_run(map_: Path, doel: str) -> tuple[int, dict[str, Any]]:
    """(exitcode van pwib lint, resultaat.json van de run tegen `doel`) voor de features in `map_`."""
    return _pwib(map_, "lint", str(map_)), _resultaat(map_, doel, "rapport")
