"""Een conformiteitsrun: laden, voorcontrole, scenario's, oordeel, rapporten. Het doel komt van de aanroeper.

Eerlijk over zijn eigen falen: een onbruikbare rapportmap is exitcode 2 vóór er één verzoek de deur
uit gaat; een onderbreking (Ctrl-C, SIGINT) geeft een rapport `onderbroken` en exitcode 130, een
tweede onderbreking stopt meteen (zonder rapport); een rapport dat niet kan worden geschreven is
exitcode 2 met één regel.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import pytest

from conformance import plugin
from conformance.aansturen.doel import Doel
from conformance.hulpmiddelen import selectie
from conformance.hulpmiddelen.lint import Probleem
from conformance.kern.afwijking import ConfiguratieFout, Onbereikbaar
from conformance.kern.bestanden import SUITE
from conformance.kern.resultaat import Run
from conformance.oordelen.oordeel import Uitgang
from conformance.sessie import Luisteraar, Sessie, bereid_voor, rond_af, voer_voorcontrole_uit
from conformance.vastleggen.schrijvers import Rapportmapfout, controleer_rapportmap

__all__ = ["Opdracht", "Uitgang", "Uitkomst", "voer_uit"]


@dataclass(frozen=True)
class Opdracht:
    tags: str | None
    rapportmap: Path
    # balk: een voortgangsbalk (terminal); regels: een regel per afgeronde maatregel (CI); False: niets
    voortgang: Literal["balk", "regels", False] = "balk"
    profiel: Path | None = None
    ontheffingen: Path | None = None
    sleutel: Path | None = None
    product: str | None = None
    productversie: str | None = None
    luisteraars: tuple[Luisteraar, ...] = ()
    instellingen: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Uitkomst:
    uitgang: Uitgang
    run: Run | None
    melding: str
    uitslag: str | None = None
    rapporten: tuple[Path, ...] = ()
    rapport: dict[str, Any] | None = None


class _SessiePlugin:
    """Geeft de plugin de sessie die de runner heeft voorbereid."""

    def __init__(self, sessie: Sessie) -> None:
        self._sessie = sessie

    @pytest.hookimpl(tryfirst=True)
    def pytest_configure(self, config: pytest.Config) -> None:
        config.stash[plugin.SESSIE] = self._sessie
        # de melding komt uit de Afwijking; een opgemaakte pytest-traceback per gefaald scenario kost alleen tijd
        config.option.tbstyle = "native"

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self._sessie.run.geselecteerd = len(session.items)


def _tweede_onderbreking(signum: int, frame: object) -> None:
    os.write(2, b"pwib: tweede onderbreking: direct gestopt, zonder rapport\n")
    os._exit(Uitgang.ONDERBROKEN)


def _eerste_onderbreking(signum: int, frame: object) -> None:
    signal.signal(signal.SIGINT, _tweede_onderbreking)
    raise KeyboardInterrupt


@contextmanager
def _onderbreekbaar() -> Iterator[None]:
    """De eerste SIGINT breekt de run af (rapport `onderbroken`), de tweede stopt het proces meteen."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    vorige = signal.signal(signal.SIGINT, _eerste_onderbreking)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, vorige)


def _pytest_args(opdracht: Opdracht) -> list[str]:
    args = [
        str(SUITE / "test_scenarios.py"),
        "-c", str(SUITE / "pytest.ini"),
        "--rootdir", str(SUITE),
        "-p", "no:terminal",
        # alleen pytest-bdd: andere geïnstalleerde plugins (hypothesis, schemathesis) horen niet in een run,
        # en de eigen plugin (entrypoint `pwib`) geeft de runner zelf mee
        "--disable-plugin-autoload", "-p", "pytest_bdd.plugin",
        # pytest_bdd kan al geïmporteerd zijn (door de aanroeper); herschrijven van zijn asserts is niet nodig
        "-W", "ignore::pytest.PytestAssertRewriteWarning",
    ]
    if opdracht.tags:
        args += ["-m", opdracht.tags]
    if opdracht.voortgang:
        args += ["--pwib-voortgang", opdracht.voortgang]
    return args


def _featureproblemen(problemen: list[Probleem]) -> str:
    """Elk probleem met features/…:regel; de run begint niet (en oordeelt dus niet over het doel)."""
    aantal = "1 probleem" if len(problemen) == 1 else f"{len(problemen)} problemen"
    return (f"de features hebben {aantal}; de run is niet gestart (herstel ze, controleer met `pwib lint`):\n"
            + "\n".join(p.als_tekst(selectie.plaats(p.bestand, p.regel)) for p in problemen))


def voer_uit(doel: Doel, opdracht: Opdracht) -> Uitkomst:
    """Eén run tegen `doel`; daarna is het doel gesloten."""
    try:
        return _voer_uit(doel, opdracht)
    finally:
        doel.sluit()


def _voer_uit(doel: Doel, opdracht: Opdracht) -> Uitkomst:
    try:
        tags = selectie.normaliseer(opdracht.tags, selectie.feature_tags())
        problemen = selectie.controleer_features(tags)
        if problemen:
            raise ConfiguratieFout("features", "", _featureproblemen(problemen))
        controleer_rapportmap(opdracht.rapportmap)
        sessie = bereid_voor(doel, profiel=opdracht.profiel, ontheffingen=opdracht.ontheffingen,
                             sleutel=opdracht.sleutel, tags=tags, instellingen=opdracht.instellingen,
                             product=opdracht.product, productversie=opdracht.productversie)
    except Rapportmapfout as fout:
        return Uitkomst(Uitgang.GEBRUIKSFOUT, None, str(fout))
    except ConfiguratieFout as fout:
        melding = {"features": fout.probleem, "--tags": f"--tags {fout.sleutel}: {fout.probleem}"}.get(
            fout.bestand, f"configuratiefout: {fout}")
        return Uitkomst(Uitgang.GEBRUIKSFOUT, None, melding)
    opdracht = replace(opdracht, tags=tags)
    sessie.luisteraars.extend(opdracht.luisteraars)
    with _onderbreekbaar():
        try:
            voer_voorcontrole_uit(sessie)
            code = pytest.main(_pytest_args(opdracht), plugins=[plugin, _SessiePlugin(sessie)])
        except Onbereikbaar as fout:
            return Uitkomst(Uitgang.ONBEREIKBAAR, sessie.run, doel.verberg(f"doel onbereikbaar: {fout.reden}"))
        except KeyboardInterrupt:  # tijdens de voorcontrole; in de scenario's vangt pytest hem (plugin.Onderbreking)
            sessie.run.onderbroken, code = True, pytest.ExitCode.INTERRUPTED
        return _rond_af(sessie, opdracht, code)


def _rond_af(sessie: Sessie, opdracht: Opdracht, code: int | pytest.ExitCode) -> Uitkomst:
    if code == pytest.ExitCode.USAGE_ERROR:
        return Uitkomst(Uitgang.GEBRUIKSFOUT, sessie.run, "ongeldige aanroep van de suite (bijv. een onjuiste --tags)")
    if code == pytest.ExitCode.INTERNAL_ERROR:
        return Uitkomst(Uitgang.GEBRUIKSFOUT, sessie.run, "interne fout van de suite (zie INTERNALERROR hierboven)")
    if not sessie.run.resultaten and not sessie.run.onderbroken:
        return Uitkomst(Uitgang.GEBRUIKSFOUT, sessie.run, "geen scenario geselecteerd")
    try:
        oordeel, rapport, paden = rond_af(sessie, opdracht.rapportmap)
    except Rapportmapfout as fout:
        return Uitkomst(Uitgang.GEBRUIKSFOUT, sessie.run, str(fout))
    return Uitkomst(oordeel.uitgang, sessie.run, f"{oordeel.uitslag}: {oordeel.toelichting}", oordeel.uitslag,
                    tuple(paden), rapport)
