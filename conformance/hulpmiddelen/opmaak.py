"""`pwib fmt`: features opmaken zoals de Gherkin-formatter van het Cucumber-project (gherkin-utils `pretty`).

Twee spaties per niveau (functionaliteit 0, regel 1, scenario 1 of 2, stappen een dieper, tabellen
en docstrings nog een dieper), een lege regel vóór elke achtergrond, regel, scenario en
voorbeelden, tabellen uitgelijnd per kolom (een cel die met een getal begint rechts, de rest
links), `|` en `\\` in een cel ontsnapt, commentaar vóór het element waar het boven stond met zijn
eigen inspringing. Eén afwijking: `# language: nl` blijft altijd de eerste regel, ook met
commentaar boven de functionaliteit (`pwib lint` eist het).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from gherkin.errors import CompositeParserException
from gherkin.parser import Parser
from gherkin.token_matcher import TokenMatcher

from conformance.hulpmiddelen.lint import featurebestanden

__all__ = ["OpmaakFout", "hoofd", "maak_op", "tabel"]

_GETAL = re.compile(r"^\s*[+-]?(\d|\.\d|Infinity)")


class OpmaakFout(ValueError):
    """Een feature die de parser niet kan lezen; die maakt `pwib fmt` niet op (zie `pwib lint`)."""


def _inspringing(niveau: int) -> str:
    return "  " * niveau


def _ontsnap(cel: str) -> str:
    return cel.replace("\\", "\\\\").replace("\n", "\\n").replace("|", "\\|")


def _breedte(tekst: str) -> int:
    return sum(2 if re.match(r"[\u3000-\u9fff\uac00-\ud7af\uff01-\uff60]", t) else 1 for t in tekst)


def _tabel(rijen: Sequence[dict[str, Any]], niveau: int) -> str:
    return tabel([[c["value"] for c in rij["cells"]] for rij in rijen], niveau)


def tabel(rijen: Sequence[Sequence[str]], niveau: int) -> str:
    """Een Gherkin-tabel op `niveau`, uitgelijnd per kolom, met `|` en `\\` in een cel ontsnapt."""
    if not rijen:
        return ""
    cellen = [[_ontsnap(cel) for cel in rij] for rij in rijen]
    breedtes = [max(_breedte(rij[j]) for rij in cellen if j < len(rij)) for j in range(len(cellen[0]))]
    uit = ""
    for rij in cellen:
        delen = []
        for j, cel in enumerate(rij):
            vulling = " " * (breedtes[j] - _breedte(cel)) if j < len(breedtes) else ""
            delen.append(vulling + cel if _GETAL.match(cel) else cel + vulling)
        uit += f"{_inspringing(niveau)}| {' | '.join(delen)} |\n"
    return uit


def _kop(element: dict[str, Any], niveau: int) -> str:
    tags = element.get("tags") or []
    beschrijving = element.get("description") or ""
    stappen = len(element.get("steps") or [])
    naam = element.get("name") or ""
    uit = "" if niveau == 0 else "\n"
    if tags:
        uit += _inspringing(niveau) + " ".join(t["name"] for t in tags) + "\n"
    uit += f"{_inspringing(niveau)}{element['keyword']}{': ' + naam if naam else ':'}\n"
    if beschrijving:
        uit += beschrijving + "\n" + ("\n" if stappen else "")
    return uit


def _commentaar(tekst: str) -> str:
    return re.sub(r"^(\s*#)(\S)", r"\1 \2", tekst).rstrip()


class _Schrijver:
    def __init__(self, commentaar: list[dict[str, Any]]) -> None:
        self._commentaar = list(commentaar)
        self.uit = ""

    def commentaar_tot(self, regel: int | None) -> None:
        while self._commentaar and (regel is None or self._commentaar[0]["location"]["line"] < regel):
            self.uit += _commentaar(self._commentaar.pop(0)["text"]) + "\n"

    def stappen(self, stappen: Sequence[dict[str, Any]], niveau: int) -> None:
        for stap in stappen:
            self.commentaar_tot(stap["location"]["line"])
            self.uit += f"{_inspringing(niveau + 1)}{stap['keyword']}{stap['text']}\n"
            if stap.get("docString"):
                self.docstring(stap["docString"], niveau + 2)
            if stap.get("dataTable"):
                self.uit += _tabel(stap["dataTable"]["rows"], niveau + 2)

    def docstring(self, docstring: dict[str, Any], niveau: int) -> None:
        scheiding = docstring["delimiter"][:3]
        inhoud = re.sub(r"^", _inspringing(niveau), docstring["content"], flags=re.MULTILINE)
        inhoud = inhoud.replace('"""', '\\"\\"\\"') if scheiding == '"""' else inhoud.replace("```", "\\`\\`\\`")
        self.uit += (f"{_inspringing(niveau)}{scheiding}{docstring.get('mediaType') or ''}\n{inhoud}\n"
                     f"{_inspringing(niveau)}{scheiding}\n")

    def container(self, element: dict[str, Any], niveau: int) -> None:
        self.commentaar_tot(element["location"]["line"])
        self.uit += _kop(element, niveau)
        self.stappen(element.get("steps") or [], niveau)
        for voorbeelden in element.get("examples") or []:
            self.commentaar_tot(voorbeelden["location"]["line"])
            self.uit += _kop(voorbeelden, niveau + 1)
            kop = voorbeelden.get("tableHeader")
            self.uit += _tabel([kop, *(voorbeelden.get("tableBody") or [])] if kop else [], niveau + 2)


def maak_op(tekst: str) -> str:
    """De feature zoals de Cucumber-formatter haar schrijft; OpmaakFout als ze geen geldige Gherkin is."""
    try:
        document: Any = Parser().parse(tekst, token_matcher=TokenMatcher("nl"))
    except (CompositeParserException, KeyError) as fout:
        raise OpmaakFout(str(fout).splitlines()[0] if str(fout) else "geen geldige Gherkin") from None
    functionaliteit = document.get("feature")
    schrijver = _Schrijver(document.get("comments") or [])
    if not functionaliteit:
        schrijver.commentaar_tot(None)
        return schrijver.uit
    schrijver.uit += f"# language: {functionaliteit['language']}\n"
    schrijver.commentaar_tot(functionaliteit["location"]["line"])
    schrijver.uit += _kop(functionaliteit, 0)
    niveau = 1
    for kind in functionaliteit["children"]:
        if "rule" in kind:
            niveau = 2
            regel = kind["rule"]
            schrijver.commentaar_tot(regel["location"]["line"])
            schrijver.uit += _kop(regel, 1)
            for regelkind in regel["children"]:
                schrijver.container(regelkind.get("background") or regelkind["scenario"], 2)
        else:
            schrijver.container(kind.get("background") or kind["scenario"], niveau)
    schrijver.commentaar_tot(None)
    return schrijver.uit


def _verschil(pad: Path, oud: str, nieuw: str) -> Iterator[str]:
    yield from difflib.unified_diff(oud.splitlines(keepends=True), nieuw.splitlines(keepends=True),
                                    f"{pad} (nu)", f"{pad} (opgemaakt)", n=1)


def hoofd(paden: Sequence[Path], controleer: bool, schrijf: Any = print) -> int:
    """`pwib fmt [--check]`: 0 alles opgemaakt, 1 (met --check) iets niet opgemaakt, 2 onleesbaar of geen features."""
    bestanden = featurebestanden(paden)
    ontbrekend = [p for p in paden if not p.exists()]
    if ontbrekend or not bestanden:
        schrijf(f"pwib fmt: {ontbrekend[0]} bestaat niet" if ontbrekend
                else f"pwib fmt: geen .feature-bestanden in {', '.join(map(str, paden))}")
        return 2
    onleesbaar, anders = [], []
    for pad in bestanden:
        oud = pad.read_text("utf-8")
        try:
            nieuw = maak_op(oud)
        except OpmaakFout as fout:
            onleesbaar.append(f"{pad}: niet opgemaakt, geen geldige Gherkin ({fout}); zie `pwib lint {pad}`")
            continue
        if nieuw == oud:
            continue
        anders.append(pad)
        if controleer:
            schrijf("".join(_verschil(pad, oud, nieuw)).rstrip("\n"))
        else:
            pad.write_text(nieuw, "utf-8")
    for regel in onleesbaar:
        schrijf(regel)
    werkwoord = "niet opgemaakt" if controleer else "opgemaakt"
    schrijf(f"{len(anders)} van {len(bestanden)} bestanden {werkwoord}"
            + ("; herstel met: pwib fmt" if controleer and anders else ""))
    if onleesbaar:
        return 2
    return 1 if controleer and anders else 0
