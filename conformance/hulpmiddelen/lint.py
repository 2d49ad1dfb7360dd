"""`pwib lint`: controleer feature-bestanden vóór een run, met bestand en regel bij elk probleem.

Een feature die hier schoon is, laat de suite verzamelen en elk scenario onder zijn vaste id
rapporteren. De controles (`SOORTEN`) lezen alleen de features, de stappencatalogus en
`conformance/tags.yaml`; ze draaien niets tegen een doel.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser
from gherkin.token_matcher import TokenMatcher
from pytest_bdd.gherkin_parser import Background, DataTable, GherkinDocument, Scenario, Step, Tag

from conformance.inlezen.grondslag import Verwachtegrondslag, grondslagen_van
from conformance.inlezen.stappencatalogus import Catalogus, Stap, TabelFout
from conformance.inlezen.woordenboek import Zin
from conformance.kern.bestanden import FEATURES, PAKKET

TAGS = PAKKET / "tags.yaml"

SOORTEN: dict[str, str] = {
    "taal": "de eerste regel is niet `# language: nl`",
    "functionaliteiten": "meer dan één Functionaliteit in een bestand",
    "syntaxis": "geen geldige Gherkin (de suite kan het bestand niet lezen)",
    "trefwoord": "een Engels of verouderd trefwoord (When, Scenario Outline); de melding noemt het Nederlandse",
    "maatregel": "een scenario zonder de tag van zijn maatregel (@M04)",
    "id": "een scenario zonder vast id (@M04-001), met meer dan één, of een id buiten een scenario",
    "dubbel-id": "een id dat ook bij een ander scenario staat",
    "titel": "twee scenario's met dezelfde titel in één functionaliteit (de suite ziet er maar één)",
    "stap": "een stap zonder definitie (met de dichtstbijzijnde stappen), of die op meer stappen past",
    "tabel": "een tabel met een onbekend label, een onjuiste waarde, of een tabel waar geen hoort",
    "huishouden": "een huishouden dat niet in fixtures/personen/ staat",
    "tag": "een onbekende tag",
    "catalogus": "een maatregel die niet in de catalogus staat",
    "voorbeelden": "een Abstract Scenario zonder Voorbeelden, of een <plek> zonder kolom in de Voorbeelden",
    "relatieve-datum": "een relatieve datum zoals 'vandaag'; een scenario noemt vaste datums",
    "peildatum": "een scenario zonder vaste peildatum",
    "grondslag": "een grondslag die niet in de schrijfwijze van de suite staat, of een artikel of lid dat niet in "
                 "de Participatiewet staat (de wetsindex uit de officiële tekst)",
}

_TAAL = re.compile(r"^\s*#\s*language\s*:\s*nl\s*$")
_FUNCTIONALITEIT = re.compile(r"^\s*Functionaliteit\s*:")
_ID = re.compile(r"^([A-Z][A-Z0-9]*)-(\d{3})$")
_MAATREGELACHTIG = re.compile(r"^(M\d+|[A-Z]{2,})$")
_PLEK = re.compile(r"<([^<>]+)>")
_RELATIEF = re.compile(
    r"\b(vandaag|morgen|gisteren|overmorgen|eergisteren|huidige datum"
    r"|(?:volgende|vorige|afgelopen|komende) (?:week|maand|jaar)|\d+ (?:dagen|weken|maanden|jaar) geleden)\b",
    re.IGNORECASE,
)
_GEBRUIKSFOUT = 2
# Engelse (en verouderde) trefwoorden met hun Nederlandse vorm in `# language: nl`
NEDERLANDS: dict[str, str] = {
    "Feature": "Functionaliteit", "Background": "Achtergrond", "Rule": "Regel",
    "Scenario Outline": "Abstract Scenario", "Scenario Template": "Abstract Scenario",
    "Examples": "Voorbeelden", "Scenarios": "Voorbeelden",
    "Given": "Gegeven", "When": "Als", "Then": "Dan", "And": "En", "But": "Maar",
}
_ENGELS = re.compile(r"^\s*(" + "|".join(sorted(map(re.escape, NEDERLANDS), key=len, reverse=True))
                     + r")(?=\s*:|\s)")


@dataclass(frozen=True, order=True)
class Probleem:
    bestand: Path
    regel: int
    soort: str
    melding: str
    suggesties: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.als_tekst(f"{self.bestand}:{self.regel}")

    def als_tekst(self, plek: str) -> str:
        """De melding achter `plek` (bestand:regel), met elke suggestie op een eigen regel."""
        tekst = f"{plek}: {self.melding} [{self.soort}]"
        return tekst + "".join(f"\n    bedoelde u: {s}" for s in self.suggesties)


@dataclass(frozen=True)
class Tags:
    maatregelen: dict[str, str]
    overig: dict[str, str]
    vervallen: frozenset[str] = frozenset()


@cache
def bekende_tags(pad: Path = TAGS) -> Tags:
    gegevens = yaml.safe_load(pad.read_text("utf-8"))
    return Tags(dict(gegevens["maatregelen"]), dict(gegevens["tags"]), frozenset(gegevens.get("vervallen") or ()))


@dataclass
class _Bestand:
    """De controle van één bestand; problemen en ids komen in de gedeelde lijsten."""

    pad: Path
    catalogus: Catalogus
    tags: Tags
    problemen: list[Probleem]
    ids: dict[str, tuple[Path, int]]
    hoogste: dict[str, int] = field(default_factory=dict)
    melden: bool = True
    _titels: dict[str, int] = field(default_factory=dict)
    _operatie: str | None = None  # het pad van de laatste Als-stap: de operatie waarvan de Dan-stappen spreken

    def meld(self, regel: int, soort: str, melding: str, suggesties: Sequence[str] = ()) -> None:
        if not self.melden:
            return
        probleem = Probleem(self.pad, regel, soort, melding, tuple(suggesties))
        if probleem not in self.problemen:
            self.problemen.append(probleem)

    def controleer(self) -> None:
        tekst = self.pad.read_text("utf-8")
        regels = tekst.splitlines()
        eerste = next((r for r in regels if r.strip()), "")
        if not _TAAL.match(eerste):
            self.meld(1, "taal", "de eerste regel moet `# language: nl` zijn")
        if self._engelse_trefwoorden(regels):
            return
        functionaliteiten = [i + 1 for i, r in enumerate(regels) if _FUNCTIONALITEIT.match(r)]
        if len(functionaliteiten) > 1:
            self.meld(functionaliteiten[1], "functionaliteiten",
                      f"meer dan één Functionaliteit (de eerste staat op regel {functionaliteiten[0]}); "
                      "zet elke functionaliteit in een eigen bestand")
            return
        try:
            document = GherkinDocument.from_dict(Parser().parse(tekst, token_matcher=TokenMatcher("nl")))
        except CompositeParserException as fout:
            for enkel in fout.errors:
                self.meld(enkel.location["line"], "syntaxis",
                          f"de suite kan dit bestand niet lezen: {_zonder_plaats(str(enkel))}")
            return
        except ParserError as fout:  # pragma: no cover - de parser bundelt zijn fouten in CompositeParserException
            self.meld(1, "syntaxis", str(fout))
            return
        except KeyError:
            self.meld(1, "syntaxis", "geen Functionaliteit gevonden")
            return
        self._functionaliteit(document)
        for regelnummer, regel in enumerate(regels, start=1):
            if regel.lstrip().startswith("#"):
                continue
            gevonden = _RELATIEF.search(regel)
            if gevonden and self._is_stap_of_tabel(regel):
                self.meld(regelnummer, "relatieve-datum",
                          f"'{gevonden.group(0)}' is een relatieve datum; noem een vaste datum (2026-01-01)")

    def _engelse_trefwoorden(self, regels: list[str]) -> bool:
        """Meld elk Engels of verouderd trefwoord met zijn Nederlandse vorm; True als er een was."""
        gevonden = False
        for regelnummer, regel in enumerate(regels, start=1):
            trefwoord = _ENGELS.match(regel)
            if trefwoord:
                engels = trefwoord.group(1)
                self.meld(regelnummer, "trefwoord", f"'{engels}' is geen trefwoord in `# language: nl`; "
                                                    f"schrijf '{NEDERLANDS[engels]}'")
                gevonden = True
        return gevonden

    @staticmethod
    def _is_stap_of_tabel(regel: str) -> bool:
        return bool(re.match(r"^\s*(\||Gegeven |Stel |Als |Wanneer |Dan |En |Maar |\* )", regel))

    def _functionaliteit(self, document: GherkinDocument) -> None:
        functionaliteit = document.feature
        self._controleer_tags(functionaliteit.tags, scenario=False)
        achtergrond: list[Step] = []
        for kind in functionaliteit.children:
            if kind.background is not None:
                achtergrond = self._achtergrond(kind.background)
            elif kind.scenario is not None:
                self._scenario(kind.scenario, functionaliteit.tags, achtergrond)
            elif kind.rule is not None:
                self._controleer_tags(kind.rule.tags, scenario=False)
                regelachtergrond = list(achtergrond)
                for regelkind in kind.rule.children:
                    if regelkind.background is not None:
                        regelachtergrond = achtergrond + self._achtergrond(regelkind.background)
                    elif regelkind.scenario is not None:
                        self._scenario(regelkind.scenario, functionaliteit.tags + kind.rule.tags,
                                       regelachtergrond)

    def _achtergrond(self, achtergrond: Background) -> list[Step]:
        self._stappen(achtergrond.steps, [{}])
        return list(achtergrond.steps)

    def _controleer_tags(self, tags: Iterable[Tag], scenario: bool) -> None:
        gezien: set[str] = set()
        for tag in tags:
            naam = tag.name.lstrip("@")
            regel = tag.location.line
            if naam in gezien:
                self.meld(regel, "dubbel-id" if _ID.match(naam) else "tag", f"de tag @{naam} staat er twee keer")
            gezien.add(naam)
            id_ = _ID.match(naam)
            if id_:
                if id_.group(1) not in self.tags.maatregelen:
                    self.meld(regel, "catalogus", f"het id @{naam} hoort bij {id_.group(1)}, "
                                                  "dat niet in de catalogus staat (conformance/tags.yaml)")
                if not scenario:
                    self.meld(regel, "id", f"het id @{naam} hoort bij een scenario, niet bij een functionaliteit, "
                                           "regel of voorbeelden")
            elif _MAATREGELACHTIG.match(naam):
                if naam not in self.tags.maatregelen:
                    self.meld(regel, "catalogus", f"de maatregel @{naam} staat niet in de catalogus "
                                                  "(conformance/tags.yaml)")
            elif naam not in self.tags.overig:
                bekend = list(self.tags.overig)
                self.meld(regel, "tag", f"onbekende tag @{naam} (bekende tags: conformance/tags.yaml)",
                          [f"@{t}" for t in difflib.get_close_matches(naam, bekend, n=3, cutoff=0.5)])

    def _scenario(self, scenario: Scenario, boventags: list[Tag], achtergrond: list[Step]) -> None:
        regel = scenario.location.line
        self._controleer_tags(scenario.tags, scenario=True)
        if scenario.name in self._titels:
            self.meld(regel, "titel", f"de titel '{scenario.name}' staat ook op regel {self._titels[scenario.name]}")
        self._titels.setdefault(scenario.name, regel)
        eigen = [t.name.lstrip("@") for t in scenario.tags]
        alle = {t.name.lstrip("@") for t in boventags} | set(eigen)
        ids = list(dict.fromkeys(t for t in eigen if _ID.match(t)))
        maatregelen = {t for t in alle if _MAATREGELACHTIG.match(t)}
        if not ids:
            voorstel = ", ".join(f"@{m}-{self.hoogste.get(m, 0) + 1:03d}" for m in sorted(maatregelen)) or "@M04-001"
            self.meld(regel, "id", f"het scenario heeft geen vast id; het volgende vrije nummer is {voorstel}")
        elif len(ids) > 1:
            self.meld(regel, "id", f"het scenario heeft meer dan één id: {', '.join('@' + i for i in ids)}")
        for id_ in ids:
            maatregel = id_.split("-")[0]
            if maatregel not in maatregelen:
                self.meld(regel, "maatregel", f"het scenario @{id_} mist de tag @{maatregel} van zijn maatregel")
            if id_ in self.tags.vervallen:
                self.meld(regel, "dubbel-id", f"het id @{id_} is vervallen (conformance/tags.yaml) en wordt nooit "
                                              f"hergebruikt; het volgende vrije nummer is "
                                              f"@{maatregel}-{self.hoogste.get(maatregel, 0) + 1:03d}")
            if id_ in self.ids and self.ids[id_] != (self.pad, regel):
                pad, waar = self.ids[id_]
                self.meld(regel, "dubbel-id", f"het id @{id_} staat ook bij het scenario op {pad}:{waar}; "
                                              "een id wordt nooit hergebruikt")
            self.ids.setdefault(id_, (self.pad, regel))
        if not maatregelen and not ids:
            self.meld(regel, "maatregel", "het scenario heeft geen maatregeltag (bijv. @M04 op de functionaliteit)")
        contexten = self._voorbeelden(scenario, achtergrond)
        gezet = self._stappen(scenario.steps, contexten, achtergrond)
        if not gezet:
            self.meld(regel, "peildatum", "het scenario noemt geen peildatum (Gegeven de peildatum is 2026-01-01)")

    def _voorbeelden(self, scenario: Scenario, achtergrond: list[Step]) -> list[dict[str, str]]:
        """De contexten van een (abstract) scenario; meldt ontbrekende kolommen en lege Voorbeelden."""
        plekken: dict[str, int] = {}
        for stap in [*achtergrond, *scenario.steps]:
            for tekst in _teksten(stap):
                for naam in _PLEK.findall(tekst):
                    plekken.setdefault(naam, stap.location.line)
        if not scenario.examples:
            if "Abstract" in scenario.keyword:
                self.meld(scenario.location.line, "voorbeelden", "een Abstract Scenario zonder Voorbeelden")
            for naam, regel in plekken.items():
                self.meld(regel, "voorbeelden", f"<{naam}> staat in een scenario zonder Voorbeelden")
            return [{}]
        contexten: list[dict[str, str]] = []
        for voorbeelden in scenario.examples:
            regel = voorbeelden.location.line
            self._controleer_tags(voorbeelden.tags, scenario=False)
            kolommen = [c.value for c in voorbeelden.table_header.cells] if voorbeelden.table_header else []
            for naam, gebruikt in plekken.items():
                if naam not in kolommen:
                    self.meld(regel, "voorbeelden", f"de Voorbeelden missen de kolom <{naam}> (gebruikt op regel "
                                                    f"{gebruikt})")
            if not voorbeelden.table_body:
                self.meld(regel, "voorbeelden", "Voorbeelden zonder rijen")
            for rij in voorbeelden.table_body or []:
                contexten.append(dict(zip(kolommen, (c.value for c in rij.cells), strict=False)))
        return contexten or [{}]

    def _stappen(self, stappen: list[Step], contexten: list[dict[str, str]],
                 achtergrond: Sequence[Step] = ()) -> bool:
        """Controleer elke stap in elke context; True als de stappen (met achtergrond) een peildatum zetten."""
        zet_peildatum = False
        for context in contexten:
            self._operatie = None
            for blok in (list(achtergrond), stappen):
                soort = ""
                for index, stap in enumerate(blok):
                    soort = _soort(stap, soort)
                    if not soort:
                        if index == 0 and blok is stappen:
                            self.meld(stap.location.line, "stap", "de eerste stap begint met Gegeven, Als of Dan, "
                                                                  f"niet met {stap.keyword.strip()}")
                        continue
                    tekst = _vul(stap.text, context)
                    if _PLEK.search(tekst):
                        continue  # al gemeld als ontbrekende kolom
                    if self._stap(stap, tekst, soort, context, melden=blok is stappen):
                        zet_peildatum = True
        return zet_peildatum

    def _stap(self, stap: Step, tekst: str, soort: str, context: dict[str, str], melden: bool) -> bool:
        regel = stap.location.line
        oud, self.melden = self.melden, melden
        try:
            passend = self.catalogus.vind(tekst, soort)
            if not passend:
                kop, voorstel = self.catalogus.ongedefinieerd_delen(tekst, soort)
                self.meld(regel, "stap", kop, voorstel)
                bedoeld = self.catalogus.verkeerde_waarde(tekst, soort)
                zin = bedoeld[1].zin if bedoeld else None
                return _weigert_peildatum(tekst) or (zin is not None and "peildatum" in zin.velden)
            if len(passend) > 1:
                self.meld(regel, "stap", f"'{tekst}' past op meer dan één stap: "
                                         + "; ".join(s.regel for s in passend))
            if passend[0].zin is not None and passend[0].zin.pad is not None:
                self._operatie = passend[0].zin.pad
            return self._inhoud(stap, passend[0], tekst, context)
        finally:
            self.melden = oud

    def _inhoud(self, stap: Step, definitie: Stap, tekst: str, context: dict[str, str]) -> bool:
        """Tabel en huishouden van een gevonden stap; True als de stap een peildatum zet."""
        regel = stap.location.line
        if definitie.lijst:
            self._lijst(stap, definitie, context)
            return False
        if not definitie.tabel:
            if stap.datatable is not None:
                self.meld(regel, "tabel", f"'{definitie.regel}' neemt geen tabel")
            if definitie.zin is not None and any(soort == "Grondslag" for _, soort in definitie.zin.plekken):
                self._grondslag(regel, definitie.zin, self.catalogus.waarden(definitie, tekst))
            if definitie.algemeen == "huishouden":
                naam = self.catalogus.waarden(definitie, tekst)["naam"]
                if naam not in self.catalogus.personen:
                    self.meld(regel, "huishouden", self.catalogus.onbekende_persona(naam))
            if definitie.algemeen == "weigering":
                return _weigert_peildatum(tekst)
            return definitie.zin is not None and "peildatum" in definitie.zin.velden
        if stap.datatable is None:
            self.meld(regel, "tabel", f"'{definitie.regel}' verwacht een tabel | label | waarde |")
            return False
        tabel = _tabel(stap.datatable, context)
        if not tabel:
            self.meld(regel, "tabel", f"'{definitie.regel}' verwacht een tabel | label | waarde |")
        peildatum = False
        for rij, cellen in zip(stap.datatable.rows, tabel, strict=True):
            try:
                [(label, waarde)] = self.catalogus.lees_tabel(definitie, [cellen])
            except TabelFout as fout:
                self.meld(rij.location.line, "tabel", fout.melding, fout.suggesties)
                continue
            if label.plek is not None:
                self._grondslag(rij.location.line, label.zin, {label.plek: waarde})
            peildatum = peildatum or "peildatum" in label.zin.velden
        return peildatum

    def _lijst(self, stap: Step, definitie: Stap, context: dict[str, str]) -> None:
        """De tabel van een lijststap: de kopregel met de kolommen van de zin, elke cel een waarde van haar soort."""
        assert definitie.zin is not None
        if stap.datatable is None:
            kolommen = " | ".join(kolom for kolom, _ in definitie.zin.kolommen)
            self.meld(stap.location.line, "tabel", f"'{definitie.regel}' verwacht een tabel met de kopregel "
                                                   f"| {kolommen} | en een rij per element")
            return
        try:
            self.catalogus.lees_lijst(definitie, _tabel(stap.datatable, context))
        except TabelFout as fout:
            self.meld(stap.datatable.rows[fout.rij].location.line, "tabel", fout.melding)

    def _grondslag(self, regel: int, zin: Zin, waarden: dict[str, Any]) -> None:
        """Een verwachte grondslag bestaat in de wet, en de grondslag van de beslissing noemt het contract bij de
        operatie van het scenario (`x-grondslagen`)."""
        for plek, waarde in waarden.items():
            if not isinstance(waarde, Verwachtegrondslag):
                continue
            if waarde.fout is not None:
                self.meld(regel, "grondslag", waarde.fout)
            elif zin.velden.get("grondslag") == f"{{{plek}}}" and self._operatie is not None:
                toegestaan = grondslagen_van(self._operatie)
                if waarde.bepalingen not in toegestaan:
                    self.meld(regel, "grondslag", f"{waarde.tekst!r} staat niet bij x-grondslagen van POST "
                                                  f"/v1{self._operatie} in openapi.yaml; voeg de grondslag daar toe "
                                                  "met de uitkomst waar zij bij hoort")


def _zonder_plaats(melding: str) -> str:
    return re.sub(r"^\(\d+:\d+\): ", "", melding)


def _teksten(stap: Step) -> Iterator[str]:
    yield stap.text
    if stap.datatable is not None:
        for rij in stap.datatable.rows:
            for cel in rij.cells:
                yield cel.value
    if stap.docstring is not None:
        yield stap.docstring.content


def _vul(tekst: str, context: dict[str, str]) -> str:
    return _PLEK.sub(lambda m: context.get(m.group(1), m.group(0)), tekst)


def _tabel(tabel: DataTable, context: dict[str, str]) -> list[list[str]]:
    return [[_vul(cel.value, context) for cel in rij.cells] for rij in tabel.rows]


def _soort(stap: Step, vorige: str) -> str:
    return {"Context": "gegeven", "Action": "als", "Outcome": "dan"}.get(stap.keyword_type, vorige)


def _weigert_peildatum(tekst: str) -> bool:
    """Een scenario dat een weigering over de peildatum verwacht, hoeft er geen te noemen."""
    return tekst.endswith('melding over "peildatum"')


def featurebestanden(paden: Iterable[Path]) -> list[Path]:
    gevonden: list[Path] = []
    for pad in paden:
        gevonden += sorted(pad.rglob("*.feature")) if pad.is_dir() else [pad]
    return gevonden


def controleer(paden: Sequence[Path], catalogus: Catalogus, tags: Tags | None = None) -> list[Probleem]:
    """De problemen in de feature-bestanden onder `paden`, op bestand en regel.

    Ids moeten uniek zijn over alle gecontroleerde bestanden; liggen ze in de featuremap van de
    suite, dan ook over de andere features daar (die zelf niet worden gemeld).
    """
    bestanden = featurebestanden(paden)
    tags = tags or bekende_tags()
    problemen: list[Probleem] = []
    ids: dict[str, tuple[Path, int]] = {}
    gemeld = {b.resolve() for b in bestanden}
    context = [b for b in featurebestanden([FEATURES]) if b.resolve() not in gemeld] if any(
        FEATURES in b.resolve().parents for b in bestanden) else []
    hoogste = _hoogste_nummers([*context, *bestanden], tags)
    for bestand in context:
        _Bestand(bestand, catalogus, tags, [], ids, hoogste, melden=False).controleer()
    for bestand in bestanden:
        _Bestand(bestand, catalogus, tags, problemen, ids, hoogste).controleer()
    return sorted(problemen)


def _hoogste_nummers(bestanden: Iterable[Path], tags: Tags) -> dict[str, int]:
    """Per maatregel het hoogste nummer dat al een id is (ook vervallen), voor 'het volgende vrije nummer'."""
    hoogste: dict[str, int] = {}
    gevonden = [m.groups() for b in bestanden for m in re.finditer(r"@([A-Z][A-Z0-9]*)-(\d{3})\b",
                                                                      b.read_text("utf-8"))]
    for maatregel, nummer in [*gevonden, *(v.split("-") for v in tags.vervallen)]:
        hoogste[maatregel] = max(hoogste.get(maatregel, 0), int(nummer))
    return hoogste


def hoofd(paden: Sequence[Path], catalogus: Any, schrijf: Any = print) -> int:
    """`pwib lint`: 0 schoon, 1 problemen, 2 gebruiksfout (geen features gevonden)."""
    ontbrekend = [p for p in paden if not p.exists()]
    if ontbrekend:
        schrijf(f"pwib lint: {ontbrekend[0]} bestaat niet")
        return _GEBRUIKSFOUT
    bestanden = featurebestanden(paden)
    if not bestanden:
        schrijf(f"pwib lint: geen .feature-bestanden in {', '.join(map(str, paden))}")
        return _GEBRUIKSFOUT
    problemen = controleer(paden, catalogus)
    for probleem in problemen:
        schrijf(str(probleem))
    if problemen:
        aantal = "1 probleem" if len(problemen) == 1 else f"{len(problemen)} problemen"
        schrijf(f"{aantal} in {len({p.bestand for p in problemen})} van {len(bestanden)} bestanden")
        return 1
    schrijf(f"geen problemen in {len(bestanden)} bestanden")
    return 0
