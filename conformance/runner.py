"""Een conformiteitsrun: laden, draaien, oordelen, rapporteren. Het doel komt van de aanroeper."""

from __future__ import annotations

import time
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

import pytest

from conformance import plugin
from conformance.afwijking import Onbereikbaar
from conformance.bestanden import SUITE
from conformance.doel import Doel
from conformance.rapport import schrijf_json
from conformance.resultaat import Run


class Uitgang(IntEnum):
    """De exitcodes van `pwib conformance`."""

    CONFORM = 0
    NIET_CONFORM = 1
    GEBRUIKSFOUT = 2
    ONBEREIKBAAR = 3


@dataclass(frozen=True)
class Opdracht:
    tags: str | None
    rapportmap: Path
    voortgang: bool = True


@dataclass(frozen=True)
class Uitkomst:
    uitgang: Uitgang
    run: Run | None
    melding: str


class _DoelPlugin:
    """Geeft de plugin het doel dat de aanroeper heeft gebouwd (HTTP of in-process)."""

    def __init__(self, doel: Doel) -> None:
        self._doel = doel

    @pytest.hookimpl(tryfirst=True)
    def pytest_configure(self, config: pytest.Config) -> None:
        config.stash[plugin.DOEL] = self._doel


def _uitslag(run: Run) -> tuple[Uitgang, str]:
    telling = run.telling()
    if not run.resultaten:
        return Uitgang.GEBRUIKSFOUT, "geen scenario geselecteerd"
    if telling["fout"] == len(run.resultaten):
        return Uitgang.ONBEREIKBAAR, "geen enkel scenario kon worden beoordeeld"
    if telling["gefaald"] or telling["fout"] or telling["overgeslagen"]:
        return Uitgang.NIET_CONFORM, "niet conform"
    return Uitgang.CONFORM, "conform"


def voer_uit(doel: Doel, opdracht: Opdracht) -> Uitkomst:
    try:
        doel.get("/maatregelen")
    except Onbereikbaar as fout:
        return Uitkomst(Uitgang.ONBEREIKBAAR, None, f"doel onbereikbaar: {fout}")
    args = [
        str(SUITE / "test_scenarios.py"),
        "-c", str(SUITE / "pytest.ini"),
        "--rootdir", str(SUITE),
        "-p", "no:terminal",
        f"--junitxml={opdracht.rapportmap / 'junit.xml'}",
        "-o", "junit_suite_name=pwib-conformance",
        "-o", "junit_family=xunit2",
    ]
    if opdracht.tags:
        args += ["-m", opdracht.tags]
    if opdracht.voortgang:
        args.append("--pwib-voortgang")
    verzamelaar = _Verzamelaar()
    code = pytest.main(args, plugins=[plugin, _DoelPlugin(doel), verzamelaar])
    run = verzamelaar.run
    if code == pytest.ExitCode.USAGE_ERROR or run is None:
        return Uitkomst(Uitgang.GEBRUIKSFOUT, run, "ongeldige aanroep van de suite (bijv. een onjuiste --tags)")
    run.einde = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    uitgang, tekst = _uitslag(run)
    schrijf_json(run, tekst, opdracht.rapportmap / "resultaat.json")
    return Uitkomst(uitgang, run, tekst)


class _Verzamelaar:
    """Pakt de Run van de plugin op aan het eind van de sessie."""

    run: Run | None = None

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        self.run = session.config.stash.get(plugin.RUN, None)
