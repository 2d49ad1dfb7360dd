"""De pytest-plugin van de suite: het doel, de markers uit de features, en het oordeel per scenario.

`pwib conformance` laadt hem; een leverancier die al pytest gebruikt laadt hem met
`pytest -p conformance.plugin --pwib-target URL --pyargs conformance.suite`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from conformance.afwijking import Afwijking, Onbereikbaar
from conformance.bestanden import FEATURES
from conformance.doel import Doel, http_doel
from conformance.resultaat import Oordeel, Run, Scenarioresultaat

DOEL = pytest.StashKey[Doel]()
RUN = pytest.StashKey[Run]()
_SCENARIO_ID = re.compile(r"^[A-Z]+[0-9]*-[0-9]{3}$")
_MAATREGEL = re.compile(r"^(M[0-9]{2}|NORM|BER)$")


def pytest_addoption(parser: pytest.Parser) -> None:
    groep = parser.getgroup("pwib", "pwib conformance")
    groep.addoption("--pwib-target", help="basis-URL van de implementatie, bijv. https://leverancier.example/api/v1")
    groep.addoption("--pwib-timeout", type=float, default=10.0, help="time-out per verzoek in seconden")
    groep.addoption("--pwib-voortgang", action="store_true", help="toon een voortgangsbalk")


def _feature_tags() -> set[str]:
    tags: set[str] = set()
    for pad in FEATURES.rglob("*.feature"):
        tags.update(re.findall(r"(?<![\w@])@([\w-]+)", pad.read_text("utf-8")))
    return tags


def pytest_configure(config: pytest.Config) -> None:
    for tag in sorted(_feature_tags()):
        config.addinivalue_line("markers", f"{tag}: tag uit de features")
    config.pluginmanager.import_plugin("conformance.stappen")
    if DOEL not in config.stash:
        doelurl = config.getoption("--pwib-target")
        if doelurl:
            config.stash[DOEL] = http_doel(doelurl, config.getoption("--pwib-timeout"))
    if DOEL in config.stash and RUN not in config.stash:
        config.stash[RUN] = Run(doel=config.stash[DOEL].naam, begin=time.strftime("%Y-%m-%dT%H:%M:%S%z"))
    if config.getoption("--pwib-voortgang"):
        config.pluginmanager.register(Voortgang(), "pwib-voortgang")


@pytest.fixture(scope="session")
def doel(request: pytest.FixtureRequest) -> Doel:
    if DOEL not in request.config.stash:
        pytest.fail("geen doel: geef --pwib-target URL", pytrace=False)
    return request.config.stash[DOEL]


def _tags(item: pytest.Item) -> tuple[str, ...]:
    return tuple(m.name for m in item.iter_markers() if m.name not in ("usefixtures", "parametrize"))


def _oordeel(rapport: pytest.TestReport, uitzondering: BaseException | None) -> Oordeel:
    if rapport.passed:
        return "geslaagd"
    if rapport.skipped:
        return "overgeslagen"
    return "gefaald" if isinstance(uitzondering, Afwijking) else "fout"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    uitkomst: Any = yield
    rapport: pytest.TestReport = uitkomst.get_result()
    if RUN not in item.config.stash:
        return
    if rapport.when == "call" or (rapport.when == "setup" and not rapport.passed):
        _bewaar(item, rapport, call.excinfo.value if call.excinfo else None)


def _bewaar(item: pytest.Item, rapport: pytest.TestReport, uitzondering: BaseException | None) -> None:
    tags = _tags(item)
    feature, titel = item.stash.get(_SCENARIO, ("", item.name))
    resultaat = Scenarioresultaat(
        id=_scenario_id(item, tags),
        maatregel=next((t for t in tags if _MAATREGEL.match(t)), None),
        titel=titel,
        feature=feature,
        oordeel=_oordeel(rapport, uitzondering),
        voorlopig="voorlopig" in tags,
        duur_s=rapport.duration,
        tags=tags,
    )
    if resultaat.oordeel in ("gefaald", "fout"):
        stap = item.stash.get(_FALENDE_STAP, None)
        resultaat.stap = stap
        resultaat.melding = str(uitzondering) if uitzondering else rapport.longreprtext[-2000:]
        if isinstance(uitzondering, Afwijking):
            resultaat.controle = uitzondering.controle
            resultaat.verwacht = uitzondering.verwacht
            resultaat.werkelijk = uitzondering.werkelijk
        elif isinstance(uitzondering, Onbereikbaar):
            resultaat.controle = "verbinding"
        casus = item.stash.get(_CASUS, None)
        if casus is not None and casus.antwoord is not None:
            resultaat.uitwisseling = casus.antwoord.als_rapport()
    item.config.stash[RUN].resultaten.append(resultaat)


_FALENDE_STAP = pytest.StashKey[str]()
_CASUS = pytest.StashKey[Any]()
_SCENARIO = pytest.StashKey[tuple[str, str]]()


def _scenario_id(item: pytest.Item, tags: tuple[str, ...]) -> str | None:
    """Het vaste id; bij een Abstract Scenario met het rangnummer van het voorbeeld (`M04-002#3`)."""
    vast = next((t for t in tags if _SCENARIO_ID.match(t)), None)
    callspec = getattr(item, "callspec", None)
    if vast is None or callspec is None or "_pytest_bdd_example" not in callspec.indices:
        return vast
    return f"{vast}#{callspec.indices['_pytest_bdd_example'] + 1}"


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.node.stash[_SCENARIO] = (Path(feature.filename).name, scenario.name)


def pytest_bdd_step_error(request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any,
                          step_func: Any, step_func_args: dict[str, Any], exception: BaseException) -> None:
    request.node.stash[_FALENDE_STAP] = f"{step.keyword} {step.name}".strip()
    if "casus" in step_func_args:
        request.node.stash[_CASUS] = step_func_args["casus"]


class Voortgang:
    """Een rich-voortgangsbalk op stderr terwijl de scenario's lopen."""

    def __init__(self) -> None:
        self._balk = Progress(
            TextColumn("[bold]pwib conformance"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[laatste]}"), TimeElapsedColumn(), transient=True,
        )
        self._taak: Any = None

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self._balk.start()
        self._taak = self._balk.add_task("scenario's", total=len(session.items), laatste="")

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if self._taak is not None and (report.when == "call" or (report.when == "setup" and not report.passed)):
            teken = "✓" if report.passed else "✗"
            self._balk.update(self._taak, advance=1, laatste=f"{teken} {report.nodeid.rsplit('::', 1)[-1][:50]}")

    def pytest_sessionfinish(self) -> None:
        self._balk.stop()
