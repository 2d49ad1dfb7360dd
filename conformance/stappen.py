"""De stappen, gemaakt uit de stappencatalogus: vertalen, nooit rekenen.

`Gegeven`-zinnen en de rijen van `Gegeven de gegevens:` zetten velden in het verzoek, een
`Als`-zin stuurt het naar de operatie, `Dan`-zinnen en de rijen van `Dan is de uitkomst:`
vergelijken velden van het antwoord exact met de letterlijke waarde uit de feature. Een zin en
het label van die zin doen hetzelfde (`_zet`, `_vergelijk`). Een zin met kolommen (`Dan zijn de
vrijlatingen:`) vergelijkt een hele lijst: even veel elementen, elk veld van elk element, in volgorde
(`_vergelijk_lijst`). Nieuwe zinnen en labels komen in `conformance/zinnen/*.yaml`, niet hier.

Deze module is ook een pytest-plugin (de suiteplugin laadt haar): een stap zonder definitie
geeft een leesbare melding met de dichtstbijzijnde stappen in plaats van een traceback.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, NoReturn

import pytest
from pytest_bdd import given, parsers, then, when

from conformance.aansturen.casus import Casus, lees_pad
from conformance.aansturen.contractcontrole import controleer
from conformance.aansturen.doel import Doel
from conformance.hulpmiddelen.selectie import plaats
from conformance.inlezen.grondslag import Verwachtegrondslag, bepalingen_van, leesbaar
from conformance.inlezen.stappencatalogus import Catalogus, Stap, TabelFout, catalogus
from conformance.inlezen.woordenboek import vul_in
from conformance.kern.afwijking import Afwijking, Storing
from conformance.plugin import pytest_bdd_step_error as meld_stapfout

PROBLEM_JSON = "application/problem+json"


@pytest.fixture
def casus() -> Casus:
    return Casus()


def scenariofout(melding: str) -> NoReturn:
    """Een fout in het scenario zelf: een `fout` van de suite (nooit een oordeel over het doel), leesbaar gemeld."""
    __tracebackhide__ = True
    raise Storing("suite", melding)


def _zet(casus: Casus, velden: dict[str, Any]) -> None:
    for pad, waarde in velden.items():
        casus.zet(pad, waarde)


def _json(waarde: Any) -> str:
    """Een waarde zoals ze in het antwoord staat (JSON), zodat "1401.50", 3 en true te onderscheiden zijn."""
    return json.dumps(waarde, ensure_ascii=False)


def _vergelijk(gegevens: Any, verwachtingen: list[tuple[str, Any]], peildatum: str | None) -> None:
    """Vergelijk elk veld exact, een grondslag op haar bepalingen (nooit op de tekst); noem alle afwijkingen
    tegelijk, elk bij zijn veld."""
    verschillen: list[tuple[str, str, str]] = []
    for pad, verwacht in verwachtingen:
        try:
            werkelijk = lees_pad(gegevens, pad)
        except (KeyError, IndexError, TypeError):
            raise Afwijking("contract", f"het veld {pad}", "het veld ontbreekt", veld=pad) from None
        if isinstance(verwacht, Verwachtegrondslag):
            if verwacht.fout is not None:
                scenariofout(verwacht.fout)
            if not verwacht.klopt(werkelijk, peildatum):
                verschillen.append((pad, f"{verwacht} = {leesbaar(verwacht.op(peildatum))}",
                                    leesbaar(bepalingen_van(werkelijk))))
        elif werkelijk != verwacht:
            verschillen.append((pad, _json(verwacht), _json(werkelijk)))
    if len(verschillen) == 1:
        pad, verwacht, werkelijk = verschillen[0]
        raise Afwijking("uitkomst", verwacht, werkelijk, veld=pad)
    if verschillen:
        raise Afwijking("uitkomst", "; ".join(f"{p} = {v}" for p, v, _ in verschillen),
                        "; ".join(f"{p} = {w}" for p, _, w in verschillen),
                        veld=", ".join(p for p, _, _ in verschillen))


def _vergelijk_lijst(gegevens: Any, lijst: str, elementen: list[dict[str, Any]], peildatum: str | None) -> None:
    """Vergelijk een hele lijst: eerst het aantal elementen, dan elk veld van elk element zoals `_vergelijk` (het
    element zelf bij een lijst van waarden, veld `""`)."""
    try:
        werkelijk = lees_pad(gegevens, lijst)
    except (KeyError, IndexError, TypeError):
        raise Afwijking("contract", f"het veld {lijst}", "het veld ontbreekt", veld=lijst) from None
    if not isinstance(werkelijk, list):
        raise Afwijking("contract", f"een lijst in {lijst}", _json(werkelijk)[:300], veld=lijst)
    if len(werkelijk) != len(elementen):
        raise Afwijking("uitkomst", f"{len(elementen)} elementen", f"{len(werkelijk)} elementen: "
                        f"{_json(werkelijk)[:300]}", veld=lijst)
    _vergelijk(gegevens, [(f"{lijst}[{index}]" + (f".{veld}" if veld else ""), verwacht)
                          for index, element in enumerate(elementen) for veld, verwacht in element.items()], peildatum)


def _peildatum(casus: Casus) -> str | None:
    """De peildatum van het verzoek (niet die van het antwoord): de tekst die dan gold, is de verwachte grondslag."""
    peildatum = casus.verzoek.get("peildatum")
    return peildatum if isinstance(peildatum, str) else None


def _vereis_status(casus: Casus, status: int) -> Any:
    antwoord = casus.gelezen()
    if antwoord.status != status:
        raise Afwijking("status", str(status), f"{antwoord.status}: {antwoord.antwoord_tekst[:300]}")
    return antwoord.json()


def _zinstap(boek: Catalogus, stap: Stap) -> Callable[..., None]:
    zin = stap.zin
    assert zin is not None
    if stap.soort == "gegeven":
        def gegeven(casus: Casus, doel: Doel, **waarden: Any) -> None:
            _zet(casus, {pad: vul_in(sjabloon, waarden) for pad, sjabloon in zin.velden.items()})

        return gegeven
    if stap.soort == "als":
        assert zin.pad is not None
        pad = zin.pad

        def als(casus: Casus, doel: Doel, **waarden: Any) -> None:
            casus.antwoord = doel.post(pad, casus.verzoek)
            controleer(casus.antwoord)

        return als

    if stap.lijst:
        assert zin.lijst is not None
        lijst = zin.lijst

        def hele_lijst(casus: Casus, doel: Doel, datatable: Sequence[Sequence[str]] | None = None) -> None:
            try:
                elementen = boek.lees_lijst(stap, datatable or [])
            except TabelFout as fout:
                scenariofout(f"'{stap.regel}', rij {fout.rij + 1}: {fout}")
            _vergelijk_lijst(_vereis_status(casus, 200), lijst, elementen, _peildatum(casus))

        return hele_lijst

    def dan(casus: Casus, doel: Doel, **waarden: Any) -> None:
        gegevens = _vereis_status(casus, 200)
        _vergelijk(gegevens, [(pad, vul_in(sjabloon, waarden)) for pad, sjabloon in zin.velden.items()],
                   _peildatum(casus))

    return dan


def _rijen(boek: Catalogus, stap: Stap, datatable: Sequence[Sequence[str]] | None) -> list[tuple[Any, Any]]:
    try:
        return boek.lees_tabel(stap, datatable or [])
    except TabelFout as fout:
        scenariofout(f"'{stap.regel}', rij {fout.rij + 1}: {fout}")


def _tabelstap(boek: Catalogus, stap: Stap) -> Callable[..., None]:
    if stap.soort == "gegeven":
        def gegevens(casus: Casus, doel: Doel, datatable: Sequence[Sequence[str]] | None = None) -> None:
            for label, waarde in _rijen(boek, stap, datatable):
                _zet(casus, label.velden(waarde))

        return gegevens

    def uitkomst(casus: Casus, doel: Doel, datatable: Sequence[Sequence[str]] | None = None) -> None:
        rijen = _rijen(boek, stap, datatable)
        gegevens = _vereis_status(casus, 200)
        _vergelijk(gegevens, [veld for label, waarde in rijen for veld in label.velden(waarde).items()],
                   _peildatum(casus))

    return uitkomst


def _huishouden(boek: Catalogus, stap: Stap) -> Callable[..., None]:
    def huishouden(casus: Casus, doel: Doel, naam: str) -> None:
        if naam not in boek.personen:
            scenariofout(boek.onbekende_persona(naam))
        if "huishouden" in casus.verzoek:
            scenariofout(f"'{stap.regel}' komt vóór de andere gegevens van het huishouden; nu zou het huishouden "
                         f"{naam!r} ze vervangen")
        casus.zet("huishouden", boek.personen[naam].huishouden)

    return huishouden


def _weigering(boek: Catalogus, stap: Stap) -> Callable[..., None]:
    genoemd = stap.algemeen == "weigering"

    def weigering(casus: Casus, doel: Doel, veld: str) -> None:
        """Een weigering: 400, problem+json, en het veld staat (of, zonder melding, staat niet) in invalidParams."""
        gegevens = _vereis_status(casus, 400)
        antwoord = casus.gelezen()
        if antwoord.content_type != PROBLEM_JSON:
            raise Afwijking("contract", PROBLEM_JSON, antwoord.content_type)
        namen = [p.get("name") for p in gegevens.get("invalidParams", []) if isinstance(p, dict)]
        if (veld in namen) != genoemd:
            raise Afwijking("uitkomst", f"{_json(veld)} {'' if genoemd else 'niet '}in invalidParams", _json(namen),
                            veld="invalidParams")

    return weigering


def _bouw(boek: Catalogus, stap: Stap) -> Callable[..., None]:
    if stap.algemeen is None:
        return _zinstap(boek, stap)
    if stap.tabel:
        return _tabelstap(boek, stap)
    if stap.algemeen == "huishouden":
        return _huishouden(boek, stap)
    return _weigering(boek, stap)


class _Woordenboekparser(parsers.StepParser):
    """Eén parser voor alle stappen van een soort: zoekt de zin in de catalogus en leest zijn plekken.

    pytest-bdd zoekt bij elke stap door alle geregistreerde stapdefinities; met één definitie per
    zin (honderden) kost dat het grootste deel van een run. Eén definitie per soort die zelf in de
    catalogus zoekt (met een cache per zinstekst) geeft dezelfde stappen, vele malen sneller.
    """

    def __init__(self, soort: str, stappen: Sequence[Stap], boek: Catalogus) -> None:
        super().__init__(f"pwib-{soort}")
        self._parsers = [boek.parser(stap) for stap in stappen]
        self._zoek = cache(self._zoek_zonder_cache)

    def _zoek_zonder_cache(self, tekst: str) -> tuple[int, dict[str, Any]] | None:
        for index, parser in enumerate(self._parsers):
            if parser.is_matching(tekst):
                return index, parser.parse_arguments(tekst)
        return None

    def is_matching(self, name: str) -> bool:
        return self._zoek(name) is not None

    def parse_arguments(self, name: str) -> dict[str, Any] | None:
        gevonden = self._zoek(name)
        return None if gevonden is None else {"pwib_stap": gevonden[0], "pwib_waarden": gevonden[1]}


def _registreer() -> None:
    boek = catalogus()
    decorators = {"gegeven": given, "als": when, "dan": then}
    for soort, decorator in decorators.items():
        stappen = [stap for stap in boek.stappen if stap.soort == soort]
        functies = [_bouw(boek, stap) for stap in stappen]
        tabellen = [stap.tabel or stap.lijst for stap in stappen]

        def stap(casus: Casus, doel: Doel, pwib_stap: int, pwib_waarden: dict[str, Any],
                 datatable: Sequence[Sequence[str]] | None = None,
                 functies: list[Callable[..., None]] = functies, tabellen: list[bool] = tabellen) -> None:
            extra = {"datatable": datatable} if tabellen[pwib_stap] else {}
            functies[pwib_stap](casus, doel, **pwib_waarden, **extra)

        # stacklevel 2: pytest-bdd zet de stap als fixture in de namespace van deze module
        decorator(_Woordenboekparser(soort, stappen, boek), stacklevel=2)(stap)


_registreer()


def pytest_bdd_step_func_lookup_error(request: pytest.FixtureRequest, feature: Any, scenario: Any, step: Any,
                                      exception: Exception) -> None:
    """Een stap zonder definitie: de dichtstbijzijnde stappen in plaats van een traceback.

    De melding gaat als stapfout door de gewone weg (`pytest_bdd_step_error`), zodat het rapport
    de falende stap noemt; het scenario eindigt als `fout` van de suite, met die melding als reden.
    """
    __tracebackhide__ = True
    fout = Storing("suite", catalogus().ongedefinieerd(step.name, step.type,
                                                       plaats(Path(feature.filename), step.line_number)))
    # alleen de eigen melding: pytest-bdd's eigen stapfout verwacht een begonnen stap (de eerste gaf IndexError)
    meld_stapfout(request=request, feature=feature, scenario=scenario, step=step, step_func=None,
                  step_func_args={}, exception=fout)
    raise fout


def pytest_collectreport(report: pytest.CollectReport) -> None:
    """Een feature die pytest-bdd niet kan lezen, laat geen enkel scenario over: zeg welke en waar, en wat te doen."""
    if not report.failed:
        return
    tekst = report.longreprtext
    bestand = re.search(r"^File: (.+)$", tekst, re.MULTILINE)
    regel = re.search(r"^Line number: (\d+)$", tekst, re.MULTILINE)
    reden = re.search(r"^pytest_bdd\.exceptions\.\w+: (.+)$", tekst, re.MULTILINE)
    if bestand is None:
        sys.stderr.write(f"pwib: de scenario's konden niet worden geladen:\n{tekst[-1500:]}\n")
        return
    sys.stderr.write(f"pwib: de suite kan {bestand.group(1)} niet lezen (regel {regel.group(1) if regel else '?'}: "
                     f"{reden.group(1) if reden else 'geen geldige Gherkin'}); controleer de features met "
                     "`pwib lint`\n")
