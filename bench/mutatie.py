"""Kracht van de suite: mutatietoets van `reference/` met de beslissende scenario's als toets.

    .venv/bin/python -m bench.mutatie                      alles (lang: zie `--tel` voor het aantal mutanten)
    .venv/bin/python -m bench.mutatie --module vermogen    alleen reference/maatregelen/vermogen.py en vermogen.yaml
    .venv/bin/python -m bench.mutatie --sinds main         alleen wat sinds die revisie veranderde (regels of features)
    .venv/bin/python -m bench.mutatie --tel                alleen tellen, niets draaien

Elke mutant is één kleine fout in de referentie: een operator van cosmic-ray op een regelmodule, of een waarde in
een parameterbestand één eenheid in zijn laatste cijfer verschoven (een cent, een dag, een maand, een
procentpunt). De referentie met die ene fout is het doel van een conformiteitsrun in-process, in een eigen
(geforkt) proces, met alleen de scenario's van de maatregel(en) van die module. Een mutant is gedood als een
**beslissend** scenario (niet @voorlopig, niet niet-van-toepassing) in het eigen rapport van de runner (de inhoud
van resultaat.json) `gefaald` of `fout` is, of als het doel vastloopt; anders overleeft hij. Equivalente mutanten
(geen gedrag dat een scenario kan zien) staan met de reden in `bench/mutatie-equivalent.yaml` en tellen niet mee.
Instellingen (gedeelde modules, operatoren) staan in `bench/mutatie.yaml`.

Drukt per maatregel en in totaal de score af, elke overlevende mutant met bestand:regel en de wijziging, en de tijd.
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import gc
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import flask  # noqa: F401 - eenmaal in de ouder geladen; elk geforkt kind begint ermee
import openapi_core  # noqa: F401 - idem
import pytest_bdd  # noqa: F401 - idem
import yaml
from cosmic_ray.ast import ast_nodes, get_ast
from cosmic_ray.mutating import mutate_code
from cosmic_ray.plugins import get_operator, operator_names

from conformance.aansturen.doel import wsgi_doel
from conformance.inlezen.contract import contract
from conformance.inlezen.eisen import eisen
from conformance.inlezen.woordenboek import woordenboek
from conformance.runner import Opdracht, voer_uit

WORTEL = Path(__file__).resolve().parent.parent
REFERENTIE = WORTEL / "reference"
INSTELLINGEN = Path(__file__).with_name("mutatie.yaml")
EQUIVALENT = Path(__file__).with_name("mutatie-equivalent.yaml")
CATALOGUS = REFERENTIE / "catalogus.yaml"
TIJDSLIMIET_S = 120.0  # per mutant; een run van één maatregel duurt minder dan een seconde
_MAATREGEL_IN_DOCSTRING = re.compile(r'^"""(M\d{2})\b')
_DATUMSLEUTEL = re.compile(r'"(\d{4}-\d{2}-\d{2})":')
_WAARDE = re.compile(r'waarde: "(-?\d+(?:\.\d+)?)"')
_INWERKINGTREDING = re.compile(r'id: (M\d{2}),.*inwerkingtreding: "(\d{4}-\d{2}-\d{2})"')


@dataclass(frozen=True)
class Mutant:
    bestand: str  # relatief aan de wortel
    regel: int
    operator: str
    was: str  # de oorspronkelijke regel, zonder inspringing
    wordt: str  # de gemuteerde regel
    groep: str
    tags: str | None  # marker-expressie; None is de hele suite
    bron: str  # de volledige gemuteerde tekst van het bestand


@dataclass(frozen=True)
class Uitslag:
    mutant: Mutant
    soort: str  # gedood | overleefd | vastgelopen | start-niet
    door: tuple[str, ...]  # de beslissende scenario's die faalden
    duur_s: float

    @property
    def gedood(self) -> bool:
        return self.soort != "overleefd"


# ---------------------------------------------------------------------------------------------- welke mutanten


def _instellingen() -> dict[str, Any]:
    gegevens: dict[str, Any] = yaml.safe_load(INSTELLINGEN.read_text("utf-8"))
    return gegevens


@dataclass(frozen=True)
class Equivalent:
    """Een mutant (of een soort mutant) die geen beslissend scenario kan zien, met waarom; patronen zoals fnmatch.

    soort `equivalent`: het gedrag aan het contract is gelijk. Soort `voorlopig`: de mutant zit in een regel die zelf
    voorlopig is (de eis heeft een reden in `voorlopig`), dus mag geen beslissend scenario hem zien; `buiten-bereik`:
    de mutant verandert alleen iets vóór de eerste datum die pwib modelleert. Die twee tellen samen in het overzicht.
    """

    bestand: str
    was: str
    waarom: str
    operator: str = "*"
    wordt: str | None = None
    soort: str = "equivalent"
    regel: int | None = None  # alleen als dezelfde tekst elders in het bestand een andere betekenis heeft
    groep: str | None = None  # alleen de mutanten van deze groep (een maatregel)

    def past(self, mutant: Mutant) -> bool:
        return (self.groep in (None, mutant.groep) and fnmatch.fnmatchcase(mutant.bestand, self.bestand)
                and (mutant.was == self.was or ("*" in self.was and fnmatch.fnmatchcase(mutant.was, self.was)))
                and self.regel in (None, mutant.regel)
                and fnmatch.fnmatchcase(mutant.operator, self.operator)
                and (self.wordt is None or mutant.wordt == self.wordt))


def equivalenten(pad: Path = EQUIVALENT) -> tuple[Equivalent, ...]:
    """De mutanten die niet meetellen: die van een maatregel die als geheel voorlopig is, dan die uit `pad`."""
    gegevens = yaml.safe_load(pad.read_text("utf-8")) or {}
    return voorlopige_maatregelen() + tuple(
        Equivalent(e["bestand"], e["was"], " ".join(e["waarom"].split()), e.get("operator", "*"), e.get("wordt"),
                   e.get("soort", "equivalent"), e.get("regel"), e.get("groep"))
        for e in gegevens.get("equivalent") or []
    )


def voorlopige_maatregelen(catalogus: Path = CATALOGUS) -> tuple[Equivalent, ...]:
    """Elke maatregel met `status: voorlopig` in de catalogus: de bronnen geven zijn tekst niet (zoals de tekst van
    2027), dus is elk antwoord erover voorlopig en mag geen beslissend scenario een mutant van hem zien."""
    gegevens = yaml.safe_load(catalogus.read_text("utf-8"))
    return tuple(
        Equivalent("*", "*", f"de maatregel {m['id']} is voorlopig in reference/catalogus.yaml", soort="voorlopig",
                   groep=m["id"])
        for m in gegevens["maatregelen"] if m["status"] == "voorlopig"
    )


_IDENTITEIT = re.compile(r"\b(is not|is) (None|[A-Z]\w*\.[A-Z][A-Z0-9_]*)\b")


def identiteit_als_gelijkheid(mutant: Mutant) -> bool:
    """Wordt alleen `is None` of `is Soort.LID` (een lid van een Enum) `== …` (en `is not` `!=`)? Een Enum-lid en None
    bestaan één keer en geen type van de referentie definieert `==` anders: de mutant is equivalent."""
    for gevonden in _IDENTITEIT.finditer(mutant.was):
        vergelijking = "!=" if gevonden.group(1) == "is not" else "=="
        nieuw = mutant.was[:gevonden.start()] + f"{vergelijking} {gevonden.group(2)}" + mutant.was[gevonden.end():]
        if nieuw == mutant.wordt:
            return True
    return False


IDENTITEIT_WAAROM = "`is`/`is not` op None of een Enum-lid wordt `==`/`!=`: die bestaan één keer (regel van de toets)"


def reden(mutant: Mutant, equivalent: Sequence[Equivalent]) -> tuple[str, str] | None:
    """Waarom de mutant niet meetelt (soort, waarom), of None als hij meetelt. Een voorlopige maatregel gaat voor;
    daarna is `is`/`is not` op None of een Enum-lid naar `==`/`!=` altijd equivalent."""
    gevonden = next((e for e in equivalent if e.past(mutant)), None)
    if (gevonden is None or gevonden.soort == "equivalent") and identiteit_als_gelijkheid(mutant):
        return "equivalent", IDENTITEIT_WAAROM
    return None if gevonden is None else (gevonden.soort, gevonden.waarom)


def is_equivalent(mutant: Mutant, equivalent: Sequence[Equivalent], soort: str | None = None) -> bool:
    """Telt de mutant niet mee? Met `soort`: is de eerste passende regel van die soort?"""
    gevonden = reden(mutant, equivalent)
    return gevonden is not None and soort in (None, gevonden[0])


def niet_meetellend(alle: Sequence[Mutant], equivalent: Sequence[Equivalent]) -> str:
    """Elke mutant die niet meetelt, per reden: de soort, waarom, en de mutanten met bestand:regel en de wijziging."""
    per_reden: dict[tuple[str, str], list[Mutant]] = {}
    for mutant in alle:
        gevonden = reden(mutant, equivalent)
        if gevonden is not None:
            per_reden.setdefault(gevonden, []).append(mutant)
    regels = [f"niet meetellende mutanten ({sum(len(m) for m in per_reden.values())}), per reden:"]
    for (soort, waarom), mutanten_ in sorted(per_reden.items()):
        regels.append(f"  [{soort}] {waarom} ({len(mutanten_)})")
        regels.extend(f"    {m.bestand}:{m.regel} {m.operator}  `{m.was}` -> `{m.wordt}`" for m in mutanten_)
    return "\n".join(regels)


def _relatief(pad: Path) -> str:
    return pad.resolve().relative_to(WORTEL).as_posix()


def _tags(groepen: Sequence[str]) -> str | None:
    return " or ".join(groepen) if groepen else None


def regelmodules(instellingen: dict[str, Any]) -> dict[str, list[str]]:
    """Elke te muteren module met de tags van de scenario's die hem toetsen."""
    gedeeld: dict[str, list[str]] = instellingen["gedeeld"]
    buiten = set(instellingen["buiten"])
    modules: dict[str, list[str]] = {}
    for pad in sorted(REFERENTIE.rglob("*.py")):
        naam = _relatief(pad)
        if naam in buiten:
            continue
        if naam in gedeeld:
            modules[naam] = list(gedeeld[naam])
            continue
        gevonden = _MAATREGEL_IN_DOCSTRING.match(pad.read_text("utf-8"))
        if gevonden is None:
            raise SystemExit(f"{naam}: geen maatregel in de docstring en niet in {INSTELLINGEN.name} (gedeeld/buiten)")
        modules[naam] = [gevonden.group(1)]
    return modules


def parameterbestanden(modules: dict[str, list[str]]) -> dict[str, list[str]]:
    """Elk parameterbestand met de tags van de modules die er een parameter uit lezen."""
    # eerst de modules van één maatregel: hun maatregel is de groep van het bestand
    volgorde = sorted(modules, key=lambda naam: len(modules[naam]) != 1 or not modules[naam][0].startswith("M"))
    bronnen = {naam: (WORTEL / naam).read_text("utf-8") for naam in volgorde}
    bestanden: dict[str, list[str]] = {}
    for pad in sorted((REFERENTIE / "parameters").glob("*.yaml")):
        tags: list[str] = []
        for naam, bron in bronnen.items():
            if f'"{pad.stem}.' in bron:
                tags += [t for t in modules[naam] if t not in tags]
        if tags:
            bestanden[_relatief(pad)] = tags
    return bestanden


def _operatoren(instellingen: dict[str, Any]) -> list[str]:
    wel: list[str] = instellingen["operatoren"]
    niet: list[str] = instellingen["operatoren_niet"]
    return [
        naam for naam in sorted(operator_names())
        if any(fnmatch.fnmatchcase(naam, p) for p in wel) and not any(fnmatch.fnmatchcase(naam, p) for p in niet)
        and not get_operator(naam).arguments()
    ]


def _verschil(oud: str, nieuw: str) -> tuple[int, str, str]:
    oude, nieuwe = oud.splitlines(), nieuw.splitlines()
    for index, (a, b) in enumerate(zip(oude, nieuwe, strict=False)):
        if a != b:
            return index + 1, a.strip(), b.strip()
    index = min(len(oude), len(nieuwe))
    return index + 1, (oude[index].strip() if index < len(oude) else ""), ""


def _python_mutanten(naam: str, tags: list[str], operatoren: list[str]) -> Iterator[Mutant]:
    bron = (WORTEL / naam).read_text("utf-8")
    for operatornaam in operatoren:
        operator = get_operator(operatornaam)()
        aantal = sum(1 for knoop in ast_nodes(get_ast(bron)) for _ in operator.mutation_positions(knoop))
        for keer in range(aantal):
            nieuw = mutate_code(bron, operator, keer)
            if nieuw is None or nieuw == bron:
                continue
            regel, was, wordt = _verschil(bron, nieuw)
            if was.startswith(('"""', "#")) or _in_docstring(bron, regel):
                continue
            yield Mutant(naam, regel, operatornaam, was, wordt, tags[0] if tags else "gedeeld",
                         _tags(tags), nieuw)


def _in_docstring(bron: str, regel: int) -> bool:
    """Ligt de regel binnen een docstring (een getal in proza muteren zegt niets)?"""
    binnen = False
    for nummer, tekst in enumerate(bron.splitlines(), start=1):
        aantal = tekst.count('"""')
        if nummer == regel:
            return binnen or aantal > 0
        if aantal % 2 == 1:
            binnen = not binnen
    return False


def _een_eenheid(waarde: str, richting: int) -> str | None:
    """De waarde één eenheid in het laatste cijfer verschoven: 1200.00 -> 1200.01, 95 -> 96, 0.70 -> 0.69."""
    decimalen = len(waarde.split(".")[1]) if "." in waarde else 0
    getal = int(waarde.replace(".", "").replace("-", "")) * (-1 if waarde.startswith("-") else 1) + richting
    if getal < 0 and not waarde.startswith("-"):
        return None
    tekst = str(abs(getal)).rjust(decimalen + 1, "0")
    if decimalen:
        tekst = f"{tekst[:-decimalen]}.{tekst[-decimalen:]}"
    return ("-" if getal < 0 else "") + tekst


def _vervang(regels: list[str], index: int, start: int, eind: int, nieuw: str) -> str:
    kopie = list(regels)
    kopie[index] = kopie[index][:start] + nieuw + kopie[index][eind:]
    return "".join(kopie)


def _yaml_mutanten(naam: str, tags: list[str]) -> Iterator[Mutant]:
    """Elke datumsleutel een dag eerder en later, elke waarde een eenheid lager en hoger."""
    tekst = (WORTEL / naam).read_text("utf-8")
    regels = tekst.splitlines(keepends=True)
    for index, regel in enumerate(regels):
        for gevonden in _DATUMSLEUTEL.finditer(regel):
            datum = dt.date.fromisoformat(gevonden.group(1))
            for richting, soort in ((-1, "dag-eerder"), (1, "dag-later")):
                nieuw = (datum + dt.timedelta(days=richting)).isoformat()
                if f'"{nieuw}":' in tekst:  # zou een dubbele sleutel geven: de lader weigert dat al
                    continue
                bron = _vervang(regels, index, gevonden.start(1), gevonden.end(1), nieuw)
                yield Mutant(naam, index + 1, f"yaml/{soort}", regel.strip(), bron.splitlines()[index].strip(),
                             tags[0], _tags(tags), bron)
        for gevonden in _WAARDE.finditer(regel):
            for richting, soort in ((-1, "eenheid-lager"), (1, "eenheid-hoger")):
                waarde = _een_eenheid(gevonden.group(1), richting)
                if waarde is None:
                    continue
                bron = _vervang(regels, index, gevonden.start(1), gevonden.end(1), waarde)
                yield Mutant(naam, index + 1, f"yaml/{soort}", regel.strip(), bron.splitlines()[index].strip(),
                             tags[0], _tags(tags), bron)


def _catalogusmutanten() -> Iterator[Mutant]:
    """De datum van inwerkingtreding van elke maatregel een dag eerder en later, getoetst met die maatregel en met de
    berekening over de maand (BER), die de maatregelen vanaf hun datum toepast en in `toegepasteMaatregelen` noemt."""
    naam = "reference/catalogus.yaml"
    tekst = (WORTEL / naam).read_text("utf-8")
    regels = tekst.splitlines(keepends=True)
    for index, regel in enumerate(regels):
        gevonden = _INWERKINGTREDING.search(regel)
        if gevonden is None:
            continue
        datum = dt.date.fromisoformat(gevonden.group(2))
        for richting, soort in ((-1, "dag-eerder"), (1, "dag-later")):
            bron = _vervang(regels, index, gevonden.start(2), gevonden.end(2),
                            (datum + dt.timedelta(days=richting)).isoformat())
            yield Mutant(naam, index + 1, f"yaml/{soort}", f"{gevonden.group(1)} {gevonden.group(2)}",
                         f"{gevonden.group(1)} {(datum + dt.timedelta(days=richting)).isoformat()}",
                         gevonden.group(1), _tags([gevonden.group(1), "BER"]), bron)


def mutanten(selectie: set[str] | None) -> list[Mutant]:
    """Alle mutanten, of die van de bestanden in `selectie` (paden relatief aan de wortel)."""
    instellingen = _instellingen()
    modules = regelmodules(instellingen)
    operatoren = _operatoren(instellingen)
    alle: list[Mutant] = []
    for naam, tags in modules.items():
        if selectie is None or naam in selectie:
            alle.extend(_python_mutanten(naam, tags, operatoren))
    for naam, tags in parameterbestanden(modules).items():
        if selectie is None or naam in selectie:
            alle.extend(_yaml_mutanten(naam, tags))
    if selectie is None or "reference/catalogus.yaml" in selectie:
        alle.extend(_catalogusmutanten())
    return alle


def featuretags(pad: Path) -> set[str]:
    """De tags van de feature zelf (de eerste regel met tags, vóór `Functionaliteit`): @BER, @M13 ...; een
    verwijderde feature heeft er geen."""
    if not pad.exists():
        return set()
    for regel in pad.read_text("utf-8").splitlines():
        if regel.strip().startswith("@"):
            return {tag.lstrip("@") for tag in regel.split()}
    return set()


def _kies(modules: Sequence[str], sinds: str | None) -> set[str] | None:
    """De bestanden voor --module en --sinds; None is alles."""
    if not modules and sinds is None:
        return None
    gekozen: set[str] = set()
    for module in modules:
        gevonden = [_relatief(p) for p in REFERENTIE.rglob("*") if p.stem == module and p.suffix in (".py", ".yaml")]
        if not gevonden:
            raise SystemExit(f"--module {module}: geen reference/**/{module}.py of .yaml")
        gekozen.update(gevonden)
    if sinds is not None:
        gewijzigd = subprocess.run(  # noqa: S603 - git met vaste argumenten en een revisie van de gebruiker
            ["git", "-C", str(WORTEL), "diff", "--name-only", sinds, "--", "reference", "features"],  # noqa: S607
            check=True, capture_output=True, text=True,
        ).stdout.split()
        instellingen = _instellingen()
        per_module = regelmodules(instellingen)
        per_module.update(parameterbestanden(per_module))
        maatregelen = {tag for p in gewijzigd if p.startswith("features/") for tag in featuretags(WORTEL / p)}
        gekozen.update(p for p in gewijzigd if p.startswith("reference/"))
        # een gewijzigde feature: de modules van die maatregel (niet waarden.py, dat de hele suite toetst)
        gekozen.update(naam for naam, tags in per_module.items() if maatregelen & set(tags))
    return gekozen


# ---------------------------------------------------------------------------------------------------- draaien


class _Vervanger(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Laadt één module uit de gemuteerde tekst in plaats van uit het bestand."""

    def __init__(self, modulenaam: str, pad: Path, bron: str) -> None:
        self._modulenaam, self._pad, self._bron = modulenaam, pad, bron

    def find_spec(self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None,
                  ) -> importlib.machinery.ModuleSpec | None:
        if fullname != self._modulenaam:
            return None
        return importlib.util.spec_from_file_location(fullname, self._pad, loader=self)

    def exec_module(self, module: ModuleType) -> None:
        exec(compile(self._bron, str(self._pad), "exec"), module.__dict__)  # noqa: S102 - de mutant zelf


def _plaats_mutant(mutant: Mutant | None, map_: Path) -> None:
    """In het kindproces, vóór het importeren van de referentie: zet de ene fout op zijn plaats."""
    if mutant is None:
        return
    pad = WORTEL / mutant.bestand
    if pad.suffix == ".py":
        sys.meta_path.insert(0, _Vervanger(_modulenaam(mutant.bestand), pad, mutant.bron))
        return
    kopie = map_ / pad.name
    kopie.write_text(mutant.bron, "utf-8")
    # de lader leest zijn map of bestand uit één modulevariabele: die wijst nu naar de kopie met de mutant
    if pad.parent.name == "parameters":
        for ander in pad.parent.glob("*.yaml"):
            if ander.name != pad.name:
                (map_ / ander.name).symlink_to(ander)
        importlib.import_module("reference.parameters").__dict__["PARAMETERMAP"] = map_
    else:
        importlib.import_module("reference.catalogus").__dict__["_BESTAND"] = kopie


# Modules die een kind van de ouder overneemt, met hun opgewarmde caches (de parameters, het contract en de
# gecompileerde validatie): ze bevatten geen regel die gemuteerd wordt, en wat ze van de referentie gebruiken
# (Bedrag, de fouten) komt uit dezelfde overgenomen modules. Raakt de mutant een ervan of een YAML-bestand, dan
# laadt het kind alles opnieuw.
_OVERGENOMEN = frozenset({
    "reference.waarden", "reference.errors", "reference.catalogus", "reference.parameters", "reference.uitleg",
    "reference.feiten", "api.contract", "api.problemen", "api.validatie",
})


def _modulenaam(bestand: str) -> str:
    return ".".join(Path(bestand).with_suffix("").parts)


def _vergeet_referentie(mutant: Mutant | None) -> None:
    """Haal de referentie en de API uit sys.modules, behalve wat het kind ongewijzigd mag overnemen."""
    alles = mutant is not None and (not mutant.bestand.endswith(".py") or _modulenaam(mutant.bestand) in _OVERGENOMEN)
    for naam in list(sys.modules):
        if (naam in ("reference", "api") or naam.startswith(("reference.", "api."))) and (
                alles or naam not in _OVERGENOMEN):
            del sys.modules[naam]


def _in_kind(mutant: Mutant | None, tags: str | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as map_:
        mutantmap = Path(map_) / "mutant"
        mutantmap.mkdir()
        try:
            _vergeet_referentie(mutant)
            _plaats_mutant(mutant, mutantmap)
            # pas hier, in het kind en na de mutant, worden de regels (opnieuw) geladen
            app = importlib.import_module("api").create_app()
        except Exception as fout:  # een mutant die niet start is gedood, met de reden
            return {"soort": "start-niet", "door": [repr(fout)[:200]]}
        uitkomst = voer_uit(wsgi_doel(app), Opdracht(tags=tags, rapportmap=Path(map_) / "rapport", voortgang=False))
    if uitkomst.rapport is None:
        return {"soort": "start-niet", "door": [uitkomst.melding]}
    gefaald = [s["id"] for s in uitkomst.rapport["scenarios"]
               if s["beslissend"] and not s["voorlopig"] and s["oordeel"] in ("gefaald", "fout")]
    return {"soort": "gedood" if gefaald else "overleefd", "door": gefaald}


@dataclass
class _Kind:
    """Eén geforkt proces met één mutant (of geen: de nulmeting) en wat het tot nu toe meldde."""

    taak: int
    pid: int
    lees: int
    begin: float
    gelezen: bytearray


def _start(taak: int, mutant: Mutant | None, tags: str | None) -> _Kind:
    """Fork: het kind importeert de referentie (met de mutant), draait de scenario's en meldt de uitslag."""
    lees, schrijf = os.pipe()
    pid = os.fork()
    if pid == 0:  # het kind
        os.close(lees)
        code = 0
        try:
            sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - het kind eindigt met os._exit
            uitslag = _in_kind(mutant, tags)
        except BaseException as fout:  # alles gaat als uitslag naar de ouder
            uitslag = {"soort": "start-niet", "door": [repr(fout)[:200]]}
            code = 1
        os.write(schrijf, json.dumps(uitslag).encode())
        os._exit(code)
    os.close(schrijf)
    return _Kind(taak, pid, lees, time.monotonic(), bytearray())


def _oogst(kind: _Kind, vastgelopen: float | None = None) -> dict[str, Any]:
    if vastgelopen is not None:
        os.kill(kind.pid, signal.SIGKILL)
    os.waitpid(kind.pid, 0)
    os.close(kind.lees)
    if vastgelopen is not None:
        return {"soort": "vastgelopen", "door": [f"na {vastgelopen:.0f} s"]}
    return dict(json.loads(kind.gelezen)) if kind.gelezen else {"soort": "start-niet", "door": ["geen uitslag"]}


def in_processen(taken: Sequence[tuple[Mutant | None, str | None]], processen: int, tijdslimiet: float,
                 na_elk: Any = None) -> list[tuple[dict[str, Any], float]]:
    """Elke taak (mutant, tags) in een eigen geforkt proces, `processen` tegelijk; de uitslagen in de volgorde van
    de taken, elk met zijn duur. `na_elk(aantal_klaar)` na elke afgeronde taak (de voortgang)."""
    uitslagen: list[tuple[dict[str, Any], float] | None] = [None] * len(taken)
    lopend: dict[int, _Kind] = {}
    volgende = klaar = 0
    while volgende < len(taken) or lopend:
        while volgende < len(taken) and len(lopend) < processen:
            kind = _start(volgende, *taken[volgende])
            lopend[kind.lees] = kind
            volgende += 1
        nu = time.monotonic()
        wacht = max(0.0, min(k.begin + tijdslimiet for k in lopend.values()) - nu)
        leesbaar, _, _ = select.select(list(lopend), [], [], wacht)
        afgerond: list[tuple[_Kind, dict[str, Any]]] = []
        for fd in leesbaar:
            kind = lopend[fd]
            stuk = os.read(fd, 65536)
            if stuk:
                kind.gelezen += stuk
            else:
                afgerond.append((kind, _oogst(kind)))
        nu = time.monotonic()
        for kind in lopend.values():
            if nu - kind.begin >= tijdslimiet and all(kind is not k for k, _ in afgerond):
                afgerond.append((kind, _oogst(kind, vastgelopen=tijdslimiet)))
        for kind, uitslag in afgerond:
            del lopend[kind.lees]
            uitslagen[kind.taak] = (uitslag, nu - kind.begin)
            klaar += 1
            if na_elk is not None:
                na_elk(klaar)
    return [u for u in uitslagen if u is not None]


def _voorbereid() -> None:
    """De ouder laadt en warmt alles eenmaal op (één run van de hele suite): elk geforkt kind begint daarmee."""
    contract()
    eisen()
    woordenboek()
    with tempfile.TemporaryDirectory() as map_:
        app = importlib.import_module("api").create_app()
        voer_uit(wsgi_doel(app), Opdracht(tags=None, rapportmap=Path(map_), voortgang=False))
    # alles wat nu leeft, blijft leven: de garbage collector van elk kind slaat het over (pytest roept hem per run)
    gc.freeze()


class _Voortgang:
    """Eén regel op stderr, elke tien seconden: hoeveel, hoe snel en hoe lang nog."""

    def __init__(self, totaal: int) -> None:
        self._totaal, self._begin, self._vorige = totaal, time.monotonic(), 0.0

    def __call__(self, klaar: int) -> None:
        nu = time.monotonic()
        if nu - self._vorige < 10 and klaar < self._totaal:
            return
        self._vorige = nu
        tempo = klaar / max(nu - self._begin, 1e-9)
        rest = (self._totaal - klaar) / tempo if tempo else 0.0
        print(f"  {klaar}/{self._totaal} mutanten, {tempo:.1f} per s, nog ~{rest / 60:.0f} min", file=sys.stderr,
              flush=True)


def draai(alle: Sequence[Mutant], equivalent: Sequence[Equivalent], tijdslimiet: float, processen: int = 1,
          meld: Any = print) -> list[Uitslag]:
    _voorbereid()
    groepen = sorted({m.tags or "" for m in alle})
    for (nul, _), tags in zip(in_processen([(None, t or None) for t in groepen], processen, tijdslimiet), groepen,
                              strict=True):
        if nul["soort"] != "overleefd":
            raise SystemExit(f"zonder mutant faalt de suite al ({tags or 'alles'}): {nul['door']}")
    te_draaien = [m for m in alle if not is_equivalent(m, equivalent)]
    uitkomsten = in_processen([(m, m.tags) for m in te_draaien], processen, tijdslimiet, _Voortgang(len(te_draaien)))
    uitslagen = [Uitslag(m, u["soort"], tuple(u["door"]), duur) for m, (u, duur) in zip(te_draaien, uitkomsten,
                                                                                         strict=True)]
    for nummer, uitslag in enumerate(uitslagen, start=1):
        if not uitslag.gedood:
            m = uitslag.mutant
            meld(f"  [{nummer}/{len(te_draaien)}] overleeft: {m.bestand}:{m.regel} {m.operator}", flush=True)
    return uitslagen


# ------------------------------------------------------------------------------------------------------ rapport


def lees_uitslagen(pad: Path) -> list[Uitslag]:
    """De uitslagen uit een eerdere --json (zonder de gemuteerde tekst: alleen voor het overzicht)."""
    return [
        Uitslag(Mutant(r["bestand"], r["regel"], r["operator"], r["was"], r["wordt"], r["groep"], None, ""),
                r["uitslag"], tuple(r["door"]), r["duurS"])
        for r in json.loads(pad.read_text("utf-8"))
    ]


def overzicht(alle: Sequence[Mutant], uitslagen: Sequence[Uitslag],
              equivalent: Sequence[Equivalent], duur_s: float) -> str:
    regels = ["mutatiescore van de beslissende scenario's (gedood / (mutanten - niet meetellend)):"]
    groepen = sorted({m.groep for m in alle})
    totaal_gedood = totaal_telt = 0
    for groep in groepen:
        van_groep = [u for u in uitslagen if u.mutant.groep == groep]
        equiv = sum(1 for m in alle if m.groep == groep and is_equivalent(m, equivalent, "equivalent"))
        voorlopig = sum(1 for m in alle if m.groep == groep and is_equivalent(m, equivalent)) - equiv
        gedood = sum(1 for u in van_groep if u.gedood)
        telt = len(van_groep)
        totaal_gedood += gedood
        totaal_telt += telt
        bestanden = sorted({Path(m.bestand).name for m in alle if m.groep == groep})
        score = f"{100 * gedood / telt:5.1f} %" if telt else "    -  "
        regels.append(f"  {groep:<8} {gedood:4d}/{telt:<4d} {score}  ({equiv} equivalent, {voorlopig} voorlopig of "
                      f"buiten bereik)  {', '.join(bestanden)}")
    score = f"{100 * totaal_gedood / totaal_telt:.1f} %" if totaal_telt else "-"
    regels.append(f"  totaal   {totaal_gedood:4d}/{totaal_telt:<4d} {score}")
    soorten: dict[str, int] = {}
    for uitslag in uitslagen:
        soorten[uitslag.soort] = soorten.get(uitslag.soort, 0) + 1
    regels.append("  per uitslag: " + ", ".join(f"{k} {v}" for k, v in sorted(soorten.items())))
    overlevers = [u for u in uitslagen if not u.gedood]
    regels.append(f"overlevende mutanten ({len(overlevers)}):")
    for uitslag in overlevers:
        m = uitslag.mutant
        regels.append(f"  {m.bestand}:{m.regel} {m.operator}  `{m.was}` -> `{m.wordt}`")
    gedraaid = [u for u in uitslagen if u.duur_s]
    per_mutant = duur_s / len(gedraaid) if gedraaid else 0.0
    regels.append(f"tijd: {duur_s:.0f} s voor {len(gedraaid)} gedraaide mutanten ({per_mutant:.2f} s per mutant)")
    return "\n".join(regels)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.mutatie", description=__doc__.splitlines()[0])
    parser.add_argument("--module", action="append", default=[],
                        help="alleen deze module of dit parameterbestand (naam zonder .py/.yaml); herhaalbaar")
    parser.add_argument("--sinds", metavar="REV", help="alleen wat sinds REV veranderde (git diff; regels en features)")
    parser.add_argument("--tel", action="store_true", help="alleen het aantal mutanten per groep, niets draaien")
    parser.add_argument("--equivalenten", action="store_true",
                        help="niets draaien: elke mutant die niet meetelt, per reden (equivalent, voorlopig, ...)")
    parser.add_argument("--json", type=Path, metavar="PAD", help="schrijf elke uitslag ook als JSON")
    parser.add_argument("--tijdslimiet", type=float, default=TIJDSLIMIET_S, help="seconden per mutant")
    parser.add_argument("--processen", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="zoveel mutanten tegelijk, elk in een eigen proces (standaard: het aantal kernen)")
    parser.add_argument("--uit", type=Path, metavar="PAD",
                        help="niets draaien: het overzicht van een eerdere --json, met de equivalenten van nu")
    parser.add_argument("--overlevers", type=Path, metavar="PAD",
                        help="alleen de overlevers van een eerdere --json opnieuw; de gedode tellen mee zoals ze waren")
    args = parser.parse_args(argv)
    equivalent = equivalenten()
    if args.uit:
        eerder = lees_uitslagen(args.uit)
        telt = [u for u in eerder if not is_equivalent(u.mutant, equivalent)]
        print(overzicht([u.mutant for u in eerder], telt, equivalent, sum(u.duur_s for u in telt)))
        return 0
    eerder = lees_uitslagen(args.overlevers) if args.overlevers else []
    selectie = {u.mutant.bestand for u in eerder} if args.overlevers else _kies(args.module, args.sinds)
    alle = mutanten(selectie)
    if args.overlevers:
        # met het regelnummer: dezelfde tekst kan op twee plaatsen staan (de features veranderen, de regels niet)
        overlevend = {(u.mutant.bestand, u.mutant.regel, u.mutant.operator, u.mutant.was, u.mutant.wordt)
                      for u in eerder if not u.gedood}
        alle = [m for m in alle if (m.bestand, m.regel, m.operator, m.was, m.wordt) in overlevend]
    if args.equivalenten:
        print(niet_meetellend(alle, equivalent))
        return 0
    if args.tel:
        per_groep: dict[str, int] = {}
        for mutant in alle:
            per_groep[mutant.groep] = per_groep.get(mutant.groep, 0) + 1
        for groep, aantal in sorted(per_groep.items()):
            print(f"  {groep:<8} {aantal}")
        print(f"  totaal   {len(alle)} ({sum(1 for m in alle if is_equivalent(m, equivalent))} equivalent)")
        return 0
    begin = time.perf_counter()
    uitslagen = draai(alle, equivalent, args.tijdslimiet, max(1, args.processen))
    duur_s = time.perf_counter() - begin
    if args.overlevers:
        gedood = [replace(u, duur_s=0.0) for u in eerder if u.gedood and not is_equivalent(u.mutant, equivalent)]
        alle = [*alle, *(u.mutant for u in eerder if u.gedood)]
        uitslagen = [*gedood, *uitslagen]
    print(overzicht(alle, uitslagen, equivalent, duur_s))
    if args.json:
        args.json.write_text(json.dumps([
            {"bestand": u.mutant.bestand, "regel": u.mutant.regel, "operator": u.mutant.operator,
             "was": u.mutant.was, "wordt": u.mutant.wordt, "groep": u.mutant.groep,
             "uitslag": u.soort, "door": list(u.door), "duurS": round(u.duur_s, 2)}
            for u in uitslagen
        ], ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
