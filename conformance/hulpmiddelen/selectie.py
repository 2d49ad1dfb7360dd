"""Welke scenario's een run draait (`--tags`), en de controle van hun features vóór de run.

`--tags` is een pytest-marker-expressie over de tags van de features (`M04 or M06`, `M04-001`,
`not voorlopig`); een `@` ervoor mag (`@M04`). Een naam die in geen feature staat, is een tikfout:
de run stopt met de namen die wel bestaan, in plaats van stil niets te selecteren.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from _pytest.mark.expression import Expression
from gherkin.errors import CompositeParserException
from gherkin.parser import Parser
from gherkin.token_matcher import TokenMatcher

from conformance.hulpmiddelen.lint import Probleem, controleer, featurebestanden
from conformance.inlezen.stappencatalogus import catalogus
from conformance.kern.afwijking import ConfiguratieFout
from conformance.kern.bestanden import FEATURES

_TAG = re.compile(r"(?<![\w@])@([\w-]+)")
_WOORD = re.compile(r"[\w.-]+")
_TAAL = re.compile(r"^#\s*language\s*:\s*nl\s*$")
_OPERATOREN = frozenset({"and", "or", "not"})
_MAATREGEL = re.compile(r"^(M)0*(\d{1,2})$", re.IGNORECASE)


def feature_tags(map_: Path = FEATURES) -> set[str]:
    """Elke tag (zonder @) die in een feature onder `map_` staat."""
    tags: set[str] = set()
    for pad in map_.rglob("*.feature"):
        tags.update(_TAG.findall(pad.read_text("utf-8")))
    return tags


def normaliseer(tags: str | None, bekende: Iterable[str]) -> str | None:
    """`--tags` zonder `@`, getoetst: een onbekende naam of een ongeldige expressie is een ConfiguratieFout."""
    if tags is None or not tags.strip():
        return None
    tekst = re.sub(r"(?<![\w-])@(?=\w)", "", tags).strip()
    try:
        Expression.compile(tekst)
    except SyntaxError as fout:
        raise ConfiguratieFout("--tags", repr(tags), f"geen geldige expressie ({fout.msg}); schrijf "
                                                     'bijvoorbeeld "M04", "M04 or M06" of "M04 and not voorlopig"'
                               ) from None
    bekend = {*bekende, "pwib"}
    for woord in _WOORD.findall(tekst):
        if woord not in _OPERATOREN and woord not in bekend:
            raise ConfiguratieFout("--tags", woord, _onbekend(woord, bekend))
    return tekst


def _onbekend(woord: str, bekend: set[str]) -> str:
    maatregelen = sorted(t for t in bekend if re.fullmatch(r"M\d{2}|[A-Z]{2,}", t))
    voorstel = []
    gevonden = _MAATREGEL.match(woord)
    if gevonden and f"M{int(gevonden.group(2)):02d}" in bekend:
        voorstel.append(f"M{int(gevonden.group(2)):02d}")
    voorstel += [t for t in difflib.get_close_matches(woord, sorted(bekend), n=3, cutoff=0.6) if t not in voorstel]
    bedoeld = f"bedoelde u {' of '.join(voorstel)}? " if voorstel else ""
    return (f"geen feature heeft deze tag; {bedoeld}bestaande maatregelen: {', '.join(maatregelen)}; "
            "een scenario kiest u met zijn id (M04-001), zie `pwib steps` en conformance/tags.yaml")


def _scenario_tags(pad: Path) -> list[set[str]] | None:
    """De tags van elk scenario (met die van functionaliteit, regel en voorbeelden); None als het niet te lezen is."""
    try:
        document: Any = Parser().parse(pad.read_text("utf-8"), token_matcher=TokenMatcher("nl"))
    except (CompositeParserException, KeyError):
        return None
    functionaliteit = document.get("feature")
    if not functionaliteit:
        return None

    def namen(knoop: dict[str, Any]) -> set[str]:
        return {t["name"].lstrip("@") for t in knoop.get("tags", [])}

    def scenario(knoop: dict[str, Any], boven: set[str]) -> set[str]:
        return boven | namen(knoop) | {n for v in knoop.get("examples", []) for n in namen(v)}

    gevonden = []
    for kind in functionaliteit["children"]:
        if "scenario" in kind:
            gevonden.append(scenario(kind["scenario"], namen(functionaliteit)))
        elif "rule" in kind:
            boven = namen(functionaliteit) | namen(kind["rule"])
            gevonden += [scenario(k["scenario"], boven) for k in kind["rule"]["children"] if "scenario" in k]
    return gevonden


def geselecteerd(pad: Path, tags: str | None) -> bool:
    """Heeft dit bestand een scenario dat `tags` kiest? Een bestand dat de suite niet kan lezen telt altijd mee:
    het zou de hele verzameling laten mislukken."""
    if tags is None or not _TAAL.match(pad.read_text("utf-8").lstrip().partition("\n")[0]):
        return True
    per_scenario = _scenario_tags(pad)
    if per_scenario is None:
        return True
    expressie = Expression.compile(tags)
    return any(expressie.evaluate(_Tags(t)) for t in per_scenario)


class _Tags:
    """De tags van één scenario als matcher voor een marker-expressie (elk scenario heeft ook `pwib`)."""

    def __init__(self, tags: set[str]) -> None:
        self._tags = {*tags, "pwib"}

    def __call__(self, naam: str, /, **kwargs: str | int | bool | None) -> bool:
        return not kwargs and naam in self._tags


def controleer_features(tags: str | None, map_: Path = FEATURES) -> list[Probleem]:
    """De lint-problemen in de features die de run zou draaien (en elk bestand dat de suite niet kan lezen).

    Onthouden per selectie en stand van de bestanden (pad, grootte, wijzigingstijd): een proces dat de suite vaak
    draait (de mutatietoets, de tests) leest en controleert ongewijzigde features niet opnieuw.
    """
    bestanden = featurebestanden([map_])
    stand = tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in bestanden)
    sleutel = (tags, str(map_), stand)
    if sleutel not in _GECONTROLEERD:
        gekozen = [p for p in bestanden if geselecteerd(p, tags)]
        if len(_GECONTROLEERD) >= 16:
            _GECONTROLEERD.clear()
        _GECONTROLEERD[sleutel] = tuple(controleer(gekozen, catalogus()) if gekozen else [])
    return list(_GECONTROLEERD[sleutel])


_GECONTROLEERD: dict[tuple[str | None, str, tuple[tuple[str, int, int], ...]], tuple[Probleem, ...]] = {}


def plaats(pad: Path, regel: int, map_: Path = FEATURES) -> str:
    """`features/M04-giftenvrijlating.feature:12`: zo noemt elke melding een plek in een feature."""
    naam = Path("features") / pad.resolve().relative_to(map_) if pad.resolve().is_relative_to(map_) else pad
    return f"{naam.as_posix()}:{regel}"
