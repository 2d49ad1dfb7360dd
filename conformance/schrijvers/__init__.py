"""Elk rapportformaat is een kleine schrijver: het (verzegelde) rapport erin, één bestand eruit.

    schrijf(rapport: dict, map_: Path) -> Path
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from conformance.schrijvers.htmlrapport import schrijf as schrijf_html
from conformance.schrijvers.jsonrapport import schrijf as schrijf_json
from conformance.schrijvers.junit import schrijf as schrijf_junit

Schrijver = Callable[[dict[str, Any], Path], Path]
SCHRIJVERS: tuple[Schrijver, ...] = (schrijf_json, schrijf_junit, schrijf_html)


def schrijf_alle(rapport: dict[str, Any], map_: Path) -> list[Path]:
    return [schrijver(rapport, map_) for schrijver in SCHRIJVERS]
