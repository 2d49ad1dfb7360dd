"""De pytest-plugin van de suite: markers uit de features, het profiel per scenario, en het oordeel.

Twee manieren om hem te gebruiken:

- `pwib conformance` draait pytest zelf en geeft de plugin een voorbereide `Sessie`;
- een leverancier die al pytest gebruikt: `pytest --pwib-target URL [--pwib-profile P]
  [--pwib-report-dir DIR]` (de plugin is geregistreerd als pytest11-entrypoint `pwib`). De
  scenario's komen dan bij de eigen tests in dezelfde sessie; de voorcontrole (ADR) draait vooraf
  en het eindoordeel staat onder de samenvatting.

Zonder `--pwib-target` en zonder sessie doet de plugin niets.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from conformance.kern.afwijking import Afwijking, ConfiguratieFout, NietVanToepassing, Onbereikbaar, Storing
from conformance.kern.bestanden import SUITE
from conformance.kern.resultaat import Oordeel, Scenarioresultaat

if TYPE_CHECKING:
    from conformance.sessie import Sessie

# De plugin is een pytest11-entrypoint en wordt dus in elke pytest-sessie van deze omgeving geladen:
# de zware modules (openapi-core, het woordenboek, cryptography) pas importeren als hij actief wordt.

SESSIE = pytest.StashKey["Sessie"]()
_ZELFSTANDIG = pytest.StashKey[bool]()
_SCENARIO_ID = re.compile(r"^[A-Z]+[0-9]*-[0-9]{3}$")
_MAATREGEL = re.compile(r"^(M[0-9]{2}|NORM|BER)$")
_NIET_VAN_TOEPASSING = pytest.StashKey[str]()
_FALENDE_STAP = pytest.StashKey[str]()
_CASUS = pytest.StashKey[Any]()
_SCENARIO = pytest.StashKey[tuple[str, str]]()
_ALLE_SCENARIOS = pytest.StashKey[int]()
_BEELD = pytest.StashKey[tuple[str, str | None, tuple[str, ...]]]()  # plaats, regeltitel, stappen
KOPREGEL_VARIABELE = "PWIB_HEADER_"
ONBEREIKBAAR = 3  # conformance.oordelen.oordeel.Uitgang.ONBEREIKBAAR


def pytest_addoption(parser: pytest.Parser) -> None:
    groep = parser.getgroup("pwib", "pwib conformance")
    groep.addoption("--pwib-target", help="basis-URL van de implementatie, bijv. https://leverancier.example/api/v1")
    groep.addoption("--pwib-timeout", type=float, default=10.0, help="time-out per verzoek in seconden")
    groep.addoption("--pwib-profile", type=Path, help="beleidsprofiel (YAML) van de gemeente")
    groep.addoption("--pwib-waivers", type=Path, help="ontheffingen (YAML)")
    groep.addoption("--pwib-header", action="append", default=[], metavar="'NAAM: WAARDE'",
                    help="extra kopregel op elk verzoek (herhaalbaar); ook uit PWIB_HEADER_<NAAM>")
    groep.addoption("--pwib-report-dir", type=Path, help="schrijf resultaat.json, junit.xml en rapport.html hier")
    groep.addoption("--pwib-sign", type=Path, help="onderteken resultaat.json met deze Ed25519-sleutel (PEM)")
    groep.addoption("--pwib-voortgang", choices=("balk", "regels"),
                    help="balk: een voortgangsbalk (terminal); regels: een regel per afgeronde maatregel (CI)")
    groep.addoption("--pwib-product", help="naam van het getoetste product (nodig voor certificering)")
    groep.addoption("--pwib-productversie", help="versie van het getoetste product (nodig voor certificering)")


def kopregels(opgegeven: list[str], omgeving: dict[str, str] | None = None) -> dict[str, str]:
    """`Naam: waarde` van de opdrachtregel en PWIB_HEADER_X_API_KEY=... (-> X-Api-Key) uit de omgeving."""
    omgeving = dict(os.environ) if omgeving is None else omgeving
    gevonden: dict[str, str] = {}
    for sleutel, waarde in sorted(omgeving.items()):
        if sleutel.startswith(KOPREGEL_VARIABELE) and len(sleutel) > len(KOPREGEL_VARIABELE):
            naam = "-".join(deel.capitalize() for deel in sleutel[len(KOPREGEL_VARIABELE):].split("_"))
            gevonden[naam] = waarde
    for regel in opgegeven:
        naam, scheiding, waarde = regel.partition(":")
        if not scheiding or not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", naam.strip()):
            raise ValueError("een kopregel is 'Naam: waarde' (de waarde wordt hier niet herhaald)")
        gevonden[naam.strip()] = waarde.strip()
    return gevonden


def _zelfstandig(config: pytest.Config) -> None:
    """`pytest --pwib-target URL`: bouw de sessie uit de opties en voeg de scenario's toe aan de verzameling."""
    from conformance.aansturen.doel import http_doel  # noqa: PLC0415 - alleen als de plugin actief wordt
    from conformance.aansturen.verbinding import OngeldigeUrl  # noqa: PLC0415
    from conformance.sessie import bereid_voor  # noqa: PLC0415
    from conformance.vastleggen.schrijvers import Rapportmapfout, controleer_rapportmap  # noqa: PLC0415

    try:
        extra = kopregels(config.getoption("--pwib-header"))
    except ValueError as fout:
        raise pytest.UsageError(f"--pwib-header: {fout}") from None
    try:
        if config.getoption("--pwib-report-dir") is not None:
            controleer_rapportmap(config.getoption("--pwib-report-dir"))
    except Rapportmapfout as fout:
        raise pytest.UsageError(str(fout)) from None
    try:
        doel = http_doel(config.getoption("--pwib-target"), config.getoption("--pwib-timeout"), extra)
    except OngeldigeUrl as fout:
        raise pytest.UsageError(f"--pwib-target: {fout}") from None
    try:
        sessie = bereid_voor(doel, profiel=config.getoption("--pwib-profile"),
                             ontheffingen=config.getoption("--pwib-waivers"), sleutel=config.getoption("--pwib-sign"),
                             instellingen={"timeout": doel.beleid.timeout, "kopregels": sorted(extra)},
                             product=config.getoption("--pwib-product"),
                             productversie=config.getoption("--pwib-productversie"))
    except ConfiguratieFout as fout:
        raise pytest.UsageError(str(fout)) from None
    from conformance.hulpmiddelen.selectie import controleer_features, plaats  # noqa: PLC0415

    problemen = controleer_features(config.getoption("markexpr") or None)
    if problemen:
        raise pytest.UsageError("de features hebben problemen; herstel ze (controleer met `pwib lint`):\n"
                                + "\n".join(p.als_tekst(plaats(p.bestand, p.regel)) for p in problemen))
    config.stash[SESSIE] = sessie
    config.stash[_ZELFSTANDIG] = True
    suitebestand = str(SUITE / "test_scenarios.py")
    if suitebestand not in config.args:
        config.args.append(suitebestand)


def pytest_configure(config: pytest.Config) -> None:
    if SESSIE not in config.stash and config.getoption("--pwib-target"):
        _zelfstandig(config)
    if SESSIE not in config.stash:
        return
    from conformance.hulpmiddelen.selectie import feature_tags  # noqa: PLC0415 - alleen als de plugin actief wordt

    for tag in sorted(feature_tags()):
        config.addinivalue_line("markers", f"{tag}: tag uit de features")
    config.addinivalue_line("markers", "pwib: een scenario van de conformiteitssuite (-m pwib, -m 'not pwib')")
    config.pluginmanager.import_plugin("conformance.stappen")
    config.pluginmanager.register(Onderbreking(config.stash[SESSIE]), "pwib-onderbreking")
    vorm = config.getoption("--pwib-voortgang")
    if vorm == "balk":
        config.pluginmanager.register(Voortgang(), "pwib-voortgang")
    elif vorm == "regels":
        config.pluginmanager.register(Voortgangsregels(config.stash[SESSIE]), "pwib-voortgang")


def pytest_sessionstart(session: pytest.Session) -> None:
    if not session.config.stash.get(_ZELFSTANDIG, False):
        return
    from conformance.sessie import voer_voorcontrole_uit  # noqa: PLC0415 - alleen als de plugin actief is

    try:
        voer_voorcontrole_uit(session.config.stash[SESSIE])
    except Onbereikbaar as fout:
        pytest.exit(f"doel onbereikbaar: {fout}", returncode=ONBEREIKBAAR)


@pytest.hookimpl(tryfirst=True)  # vóór de -m-selectie
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Elk scenario krijgt de marker `pwib`, zodat een leverancier met eigen tests kan kiezen (-m pwib)."""
    if SESSIE not in config.stash:
        return
    for item in items:
        if _is_scenario(item):
            item.add_marker("pwib")
    config.stash[_ALLE_SCENARIOS] = sum(_is_scenario(item) for item in items)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Met de pytest-plugin is elke -m/-k die scenario's weglaat een selectie: een ontwikkelrun."""
    if not session.config.stash.get(_ZELFSTANDIG, False):
        return
    sessie = session.config.stash[SESSIE]
    gekozen, alle = sum(_is_scenario(item) for item in session.items), session.config.stash.get(_ALLE_SCENARIOS, 0)
    sessie.run.geselecteerd = gekozen
    if gekozen < alle:
        keuze = " ".join(f"{optie} {waarde!r}" for optie, waarde in (("-m", session.config.getoption("markexpr")),
                                                                     ("-k", session.config.getoption("keyword")))
                         if waarde)
        sessie.run.tags = f"{keuze or 'een selectie'}: {gekozen} van de {alle} scenario's"


@pytest.fixture(scope="session")
def doel(request: pytest.FixtureRequest) -> Any:
    if SESSIE not in request.config.stash:
        pytest.fail("geen doel: geef --pwib-target URL", pytrace=False)
    return request.config.stash[SESSIE].doel


def _tags(item: pytest.Item) -> tuple[str, ...]:
    return tuple(m.name for m in item.iter_markers() if m.name not in ("usefixtures", "parametrize", "pwib"))


def _maatregel(tags: tuple[str, ...]) -> str | None:
    return next((t for t in tags if _MAATREGEL.match(t)), None)


def _is_scenario(item: pytest.Item) -> bool:
    return isinstance(item, pytest.Function) and "_pytest_bdd_example" in item.fixturenames


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    sessie = item.config.stash.get(SESSIE, None)
    if sessie is None or not _is_scenario(item):
        return
    sessie.gesteld_beleid = {}
    maatregel = _maatregel(_tags(item))
    if sessie.profiel is not None and not sessie.profiel.claimt(maatregel):
        reden = f"het profiel {sessie.profiel.naam!r} claimt maatregel {maatregel} niet"
        item.stash[_NIET_VAN_TOEPASSING] = reden
        pytest.skip(f"niet-van-toepassing: {reden}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """Een NietVanToepassing uit de keuring wordt een skip (en in het rapport: niet-van-toepassing)."""
    try:
        return (yield)
    except NietVanToepassing as reden:
        item.stash[_NIET_VAN_TOEPASSING] = str(reden)
        pytest.skip(f"niet-van-toepassing: {reden}")


def _oordeel(item: pytest.Item, rapport: pytest.TestReport, uitzondering: BaseException | None) -> Oordeel:
    if rapport.passed:
        return "geslaagd"
    if rapport.skipped:
        return "niet-van-toepassing" if _NIET_VAN_TOEPASSING in item.stash else "overgeslagen"
    return "gefaald" if isinstance(uitzondering, Afwijking) else "fout"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    uitkomst: Any = yield
    rapport: pytest.TestReport = uitkomst.get_result()
    sessie = item.config.stash.get(SESSIE, None)
    if sessie is None or not _is_scenario(item):
        return
    if rapport.when == "call" or (rapport.when == "setup" and not rapport.passed):
        sessie.meld(_resultaat(sessie, item, rapport, call.excinfo.value if call.excinfo else None))


def _titel(item: pytest.Item) -> tuple[str, str]:
    if _SCENARIO in item.stash:
        return item.stash[_SCENARIO]
    # naam en featurebestand ook als het scenario al bij de setup wordt overgeslagen; pas hier importeren,
    # want pytest wil pytest_bdd zelf laden (en herschrijven)
    from pytest_bdd.scenario import scenario_wrapper_template_registry as sjablonen  # noqa: PLC0415

    functie = getattr(item, "function", None)
    sjabloon = sjablonen.get(functie) if functie is not None else None
    if sjabloon is not None:
        return Path(sjabloon.feature.filename).name, str(sjabloon.name)
    return "", item.name


def _resultaat(sessie: Sessie, item: pytest.Item, rapport: pytest.TestReport,
               uitzondering: BaseException | None) -> Scenarioresultaat:
    tags = _tags(item)
    feature, titel = _titel(item)
    oordeel = _oordeel(item, rapport, uitzondering)
    resultaat = Scenarioresultaat(
        id=_scenario_id(item, tags), maatregel=_maatregel(tags), titel=titel, feature=feature, oordeel=oordeel,
        voorlopig="voorlopig" in tags, duur_s=rapport.duration, tags=tags, beslissend="voorlopig" not in tags,
        beleid=dict(sessie.gesteld_beleid) or None,
    )
    if _BEELD in item.stash:
        resultaat.plaats, resultaat.regel_titel, resultaat.stappen = item.stash[_BEELD]
    if oordeel in ("niet-van-toepassing", "overgeslagen"):
        resultaat.reden = item.stash.get(_NIET_VAN_TOEPASSING, None) or _skipreden(rapport)
    if oordeel in ("gefaald", "fout"):
        _vul_falende_stap(resultaat, item, rapport, uitzondering)
    if oordeel == "gefaald":
        resultaat.ontheffing = sessie.ontheffing(resultaat.id)
    return resultaat


def _skipreden(rapport: pytest.TestReport) -> str:
    if isinstance(rapport.longrepr, tuple):
        return str(rapport.longrepr[2]).removeprefix("Skipped: ")
    return str(rapport.longrepr or "overgeslagen")


def _vul_falende_stap(resultaat: Scenarioresultaat, item: pytest.Item, rapport: pytest.TestReport,
                      uitzondering: BaseException | None) -> None:
    resultaat.stap = item.stash.get(_FALENDE_STAP, None)
    resultaat.melding = str(uitzondering) if uitzondering else rapport.longreprtext[-2000:]
    uitwisseling = None
    if isinstance(uitzondering, Afwijking):
        resultaat.controle, resultaat.regel = uitzondering.controle, uitzondering.regel
        resultaat.verwacht, resultaat.werkelijk = uitzondering.verwacht, uitzondering.werkelijk
        resultaat.veld = uitzondering.veld
    elif isinstance(uitzondering, Storing):
        resultaat.controle = uitzondering.soort
        resultaat.reden = uitzondering.reden
        uitwisseling = uitzondering.uitwisseling
    else:
        resultaat.controle = "suite"
        resultaat.reden = f"probleem in de suite: {type(uitzondering).__name__}" if uitzondering else "suite"
    casus = item.stash.get(_CASUS, None)
    if uitwisseling is None and casus is not None and getattr(casus, "antwoord", None) is not None:
        uitwisseling = casus.antwoord
    if uitwisseling is not None:
        resultaat.uitwisseling = uitwisseling.als_rapport()


def _scenario_id(item: pytest.Item, tags: tuple[str, ...]) -> str | None:
    """Het vaste id; bij een Abstract Scenario met het rangnummer van het voorbeeld (`M04-002#3`)."""
    vast = next((t for t in tags if _SCENARIO_ID.match(t)), None)
    callspec = getattr(item, "callspec", None)
    if vast is None or callspec is None or "_pytest_bdd_example" not in callspec.indices:
        return vast
    return f"{vast}#{callspec.indices['_pytest_bdd_example'] + 1}"


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    from conformance.hulpmiddelen.selectie import plaats  # noqa: PLC0415 - alleen als de plugin actief is

    request.node.stash[_SCENARIO] = (Path(feature.filename).name, scenario.name)
    stappen: list[str] = []
    for stap in scenario.steps:
        stappen.append(f"{stap.keyword.strip()} {stap.name}")
        if stap.datatable is not None:
            stappen += ["  | " + " | ".join(rij) + " |" for rij in stap.datatable.raw()]
    request.node.stash[_BEELD] = (plaats(Path(feature.filename), scenario.line_number),
                                  scenario.rule.name if scenario.rule else None, tuple(stappen))


def pytest_bdd_step_error(request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any,
                          step_func: Any, step_func_args: dict[str, Any], exception: BaseException) -> None:
    request.node.stash[_FALENDE_STAP] = f"{step.keyword} {step.name}".strip()
    if "casus" in step_func_args:
        request.node.stash[_CASUS] = step_func_args["casus"]


def pytest_sessionfinish(session: pytest.Session) -> None:
    if not session.config.stash.get(_ZELFSTANDIG, False):
        return
    from conformance.sessie import rond_af  # noqa: PLC0415
    from conformance.vastleggen.schrijvers import Rapportmapfout  # noqa: PLC0415 - alleen als de plugin actief is

    sessie = session.config.stash[SESSIE]
    sessie.doel.sluit()
    try:
        oordeel, _, paden = rond_af(sessie, session.config.getoption("--pwib-report-dir"))
    except Rapportmapfout as fout:
        sys.stderr.write(f"pwib: {fout}\n")
        session.exitstatus = pytest.ExitCode.USAGE_ERROR
        return
    session.config.stash[_EINDOORDEEL] = (oordeel.uitslag, oordeel.toelichting, [str(p) for p in paden])
    if oordeel.uitslag != "conform" and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


_EINDOORDEEL = pytest.StashKey[tuple[str, str, list[str]]]()


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    if _EINDOORDEEL not in config.stash:
        return
    uitslag, toelichting, paden = config.stash[_EINDOORDEEL]
    sessie = config.stash[SESSIE]
    terminalreporter.section("pwib conformance")
    for resultaat in sessie.run.voorcontrole:
        if resultaat.oordeel != "geslaagd":
            soort = "" if resultaat.beslissend else " (waarschuwing)"
            terminalreporter.write_line(sessie.doel.verberg(f"{resultaat.oordeel}{soort} {resultaat.id}: "
                                                            f"{resultaat.melding}"))
    terminalreporter.write_line(f"{uitslag}: {toelichting} (doel {sessie.doel.naam})")
    for pad in paden:
        terminalreporter.write_line(f"rapport: {pad}")


class Onderbreking:
    """Een echte Ctrl-C (SIGINT) maakt de run `onderbroken`; pytest's eigen afbreken na een verzamelfout niet."""

    def __init__(self, sessie: Sessie) -> None:
        self._sessie = sessie

    def pytest_keyboard_interrupt(self, excinfo: pytest.ExceptionInfo[BaseException]) -> None:
        if excinfo.type is KeyboardInterrupt:
            self._sessie.run.onderbroken = True


class Voortgang:
    """Een rich-voortgangsbalk op stderr terwijl de scenario's lopen."""

    def __init__(self) -> None:
        from rich.progress import (  # noqa: PLC0415 - alleen met --pwib-voortgang
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        self._balk = Progress(
            TextColumn("[bold]pwib[/bold]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            TextColumn("{task.fields[laatste]}"), transient=True,
        )
        self._taak: Any = None

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self._balk.start()
        self._taak = self._balk.add_task("scenario's", total=len(session.items), laatste="")

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if self._taak is not None and (report.when == "call" or (report.when == "setup" and not report.passed)):
            teken = "✓" if report.passed else ("–" if report.skipped else "✗")
            self._balk.update(self._taak, advance=1, laatste=f"{teken} {report.nodeid.rsplit('::', 1)[-1][:50]}")

    def pytest_sessionfinish(self) -> None:
        self._balk.stop()


class Voortgangsregels:
    """Zonder terminal (CI): één regel op stderr zodra een maatregel klaar is, met de tellingen."""

    def __init__(self, sessie: Sessie) -> None:
        self._totaal: dict[str, int] = {}
        self._tellingen: dict[str, dict[str, int]] = {}
        sessie.luisteraars.append(self.meld)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        for item in session.items:
            if _is_scenario(item):
                maatregel = _maatregel(_tags(item)) or "overig"
                self._totaal[maatregel] = self._totaal.get(maatregel, 0) + 1

    def meld(self, resultaat: Scenarioresultaat) -> None:
        maatregel = resultaat.maatregel or "overig"
        telling = self._tellingen.setdefault(maatregel, {})
        telling[resultaat.oordeel] = telling.get(resultaat.oordeel, 0) + 1
        klaar = sum(telling.values())
        if klaar == self._totaal.get(maatregel):
            delen = ", ".join(f"{n} {oordeel}" for oordeel, n in sorted(telling.items()))
            sys.stderr.write(f"pwib {maatregel:<5} {klaar:>3} scenario's: {delen}\n")
            sys.stderr.flush()
