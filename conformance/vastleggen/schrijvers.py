"""Elk rapportformaat is een kleine schrijver: het (verzegelde) rapport erin, één bestand eruit.

    schrijf(rapport: dict, map_: Path) -> Path

De rapporten zijn één set: `schrijf_alle` laat elke schrijver eerst in een verborgen tijdelijke map
naast de rapporten schrijven (met `--sign` ook `resultaat.json.sig`) en zet pas als alles gelukt is
de bestanden op hun plaats. Een schrijver die faalt, laat de vorige set dus heel: nooit een nieuw
`resultaat.json` naast een oud `rapport.html`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from conformance.vastleggen.handtekening import LOS, onderteken_los
from conformance.vastleggen.htmlrapport import schrijf as schrijf_html
from conformance.vastleggen.jsonrapport import BESTAND as JSON_BESTAND
from conformance.vastleggen.jsonrapport import schrijf as schrijf_json
from conformance.vastleggen.junit import schrijf as schrijf_junit

Schrijver = Callable[[dict[str, Any], Path], Path]
SCHRIJVERS: tuple[Schrijver, ...] = (schrijf_json, schrijf_junit, schrijf_html)


class Rapportmapfout(Exception):
    """De rapportmap is onbruikbaar of een rapport kon niet worden geschreven (exitcode 2)."""


def controleer_rapportmap(map_: Path) -> None:
    """Vóór de run: bestaat de map (of kan hij worden gemaakt), is het geen bestand, kan er worden geschreven?"""
    if map_.exists() and not map_.is_dir():
        raise Rapportmapfout(f"rapportmap {map_} is een bestand, geen map")
    try:
        map_.mkdir(parents=True, exist_ok=True)
        fd, proef = tempfile.mkstemp(prefix=".pwib-schrijfproef-", dir=map_)
        os.close(fd)
        os.unlink(proef)
    except OSError as fout:
        raise Rapportmapfout(f"rapportmap {map_} is niet te gebruiken: {fout.strerror or fout}") from None


def schrijf_alle(rapport: dict[str, Any], map_: Path, sleutel: Ed25519PrivateKey | None = None) -> list[Path]:
    """Schrijf de hele set of niets; Rapportmapfout met één regel als het niet lukt."""
    los = map_ / (JSON_BESTAND + LOS)
    try:
        map_.mkdir(parents=True, exist_ok=True)
        tijdelijk = Path(tempfile.mkdtemp(prefix=".pwib-rapporten-", dir=map_))
    except OSError as fout:
        raise Rapportmapfout(f"rapportmap {map_}: {fout.strerror or fout}") from None
    try:
        nieuw = [schrijver(rapport, tijdelijk) for schrijver in SCHRIJVERS]
        if sleutel is not None:
            nieuw.append(onderteken_los(tijdelijk / JSON_BESTAND, sleutel))
        paden = []
        for pad in nieuw:
            os.replace(pad, map_ / pad.name)
            paden.append(map_ / pad.name)
        if sleutel is None:
            los.unlink(missing_ok=True)  # een oude losse handtekening hoort niet bij dit rapport
    except OSError as fout:
        raise Rapportmapfout(f"rapporten schrijven in {map_} mislukt: {fout.strerror or fout}") from None
    finally:
        shutil.rmtree(tijdelijk, ignore_errors=True)
    return paden
