"""Wat op een voorlopige waarde of lezing rust, beslist niet over certificering.

Elk scenario waarvan het antwoord van de referentie in de uitleg `voorlopig` is (een parameter na zijn
indexeringsdatum of met een voorlopige bron, of een voorlopige lezing uit het register van
interpretaties), draagt `@voorlopig`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from api import create_app
from conformance.aansturen.doel import wsgi_doel
from conformance.kern.resultaat import Scenarioresultaat
from conformance.runner import Opdracht, voer_uit

_SCENARIO_TEST = "test_scenarios.py::"  # het scenario dat de suite op dit moment draait (pytest zet het)


class _Opname:
    """Een WSGI-laag om de referentie die per scenario onthoudt waarop een voorlopig antwoord rustte."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app
        self.sinds_vorig: set[str] = set()
        self.voorlopig: dict[str, set[str]] = {}

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        antwoord = self.app(environ, start_response)
        try:
            inhoud = b"".join(antwoord)
        finally:
            sluit = getattr(antwoord, "close", None)
            if sluit is not None:
                sluit()
        if _SCENARIO_TEST in os.environ.get("PYTEST_CURRENT_TEST", ""):
            self._onthoud(inhoud)
        return [inhoud]

    def _onthoud(self, inhoud: bytes) -> None:
        try:
            gegevens = json.loads(inhoud)
        except ValueError:
            return
        uitleg = gegevens.get("uitleg") if isinstance(gegevens, dict) else None
        if isinstance(uitleg, dict) and uitleg.get("voorlopig"):
            self.sinds_vorig.update(uitleg["voorlopigeParameters"])
            self.sinds_vorig.update(i["id"] for i in uitleg["interpretaties"] if i["status"] == "voorlopig")

    def scenario_klaar(self, resultaat: Scenarioresultaat) -> None:
        if self.sinds_vorig and not resultaat.voorlopig:
            self.voorlopig[resultaat.id or resultaat.titel] = self.sinds_vorig
        self.sinds_vorig = set()


def test_elk_scenario_dat_op_een_voorlopige_waarde_of_lezing_rust_draagt_voorlopig(tmp_path: Path) -> None:
    opname = _Opname(create_app())
    uitkomst = voer_uit(wsgi_doel(opname), Opdracht(tags=None, rapportmap=tmp_path, voortgang=False,
                                                    luisteraars=(opname.scenario_klaar,)))
    assert uitkomst.run is not None
    assert len(uitkomst.run.resultaten) >= 50
    assert opname.voorlopig == {}
