"""De stappencatalogus: elke stap die een feature kan gebruiken, met patroon, plekken, voorbeeld en maatregelen.

Eén bron voor drie gebruikers: `conformance.stappen` registreert de stappen bij pytest-bdd,
`pwib lint` zoekt er elke regel van een feature in, en `pwib steps` toont ze (`docs/stappen.md`).
De zinnen komen uit het woordenboek (`zinnen/*.yaml`); een zin met kolommen (`Dan zijn de
vrijlatingen:`) neemt een tabel met een kopregel en een rij per element van de lijst. Daarnaast zijn
er zes algemene stappen die voor elke maatregel werken: drie tabellen met labels uit hetzelfde
woordenboek (een rij doet precies wat de zin van dat label doet), een vast huishouden uit
`fixtures/personen/`, en de weigering met of zonder melding over een veld.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from pytest_bdd import parsers

from conformance.inlezen.contract import contract
from conformance.inlezen.personen import Persona, personen
from conformance.inlezen.woordenboek import Label, WaardeFout, Woordenboek, Zin, woordenboek

Soort = Literal["gegeven", "als", "dan"]
Algemeen = Literal["gegevens", "beleid", "huishouden", "uitkomst", "weigering", "geen-melding"]

TREFWOORD: dict[str, str] = {"gegeven": "Gegeven", "als": "Als", "dan": "Dan"}
PYTEST_BDD_TYPE: dict[str, str] = {"gegeven": "given", "als": "when", "dan": "then"}
_UIT_PYTEST_BDD = {v: k for k, v in PYTEST_BDD_TYPE.items()}
_ZINSOORT: dict[str, Soort] = {"gegeven": "gegeven", "beoordeling": "als", "dan": "dan"}
ALLE = "*"


@dataclass(frozen=True)
class Stap:
    """Eén stap: het patroon na het trefwoord (`de belanghebbende is {leeftijd:Getal} jaar`)."""

    soort: Soort
    patroon: str
    plekken: tuple[tuple[str, str], ...]
    maatregelen: tuple[str, ...]
    voorbeeld: str
    omschrijving: str
    bron: str
    algemeen: Algemeen | None = None
    zin: Zin | None = field(default=None, compare=False)

    @property
    def regel(self) -> str:
        return f"{TREFWOORD[self.soort]} {self.patroon}"

    @property
    def tabel(self) -> bool:
        """Een tabel van labels en waarden (`Gegeven de gegevens:`, `Dan is de uitkomst:`)."""
        return self.algemeen in ("gegevens", "beleid", "uitkomst")

    @property
    def lijst(self) -> bool:
        """Een tabel met een kopregel van kolommen en een rij per element (`Dan zijn de vrijlatingen:`)."""
        return self.zin is not None and bool(self.zin.kolommen)


_ALGEMEEN: tuple[tuple[Algemeen, Soort, str, str], ...] = (
    ("gegevens", "gegeven", "de gegevens:",
     "Een tabel van twee kolommen: een label en zijn waarde. Elke rij doet wat de zin van dat label doet, "
     "van boven naar beneden; `leeftijd van een medebewoner` begint een nieuwe medebewoner."),
    ("beleid", "gegeven", "het gemeentelijk beleid:",
     "Een tabel van beleidslabels en waarden: het beleid (verordening, beleidsregel) dat het scenario aanneemt. "
     "Wat er niet staat, is de wettelijke standaard."),
    ("huishouden", "gegeven", "het huishouden {naam:Tekst}",
     "Het huishouden van een vaste persona uit `fixtures/personen/`, als eerste gegeven over het huishouden; "
     "volgende stappen kunnen het aanvullen (een medebewoner, mantelzorg)."),
    ("uitkomst", "dan", "is de uitkomst:",
     "Een tabel van uitkomstlabels en verwachte waarden; elke rij wordt exact vergeleken met het antwoord."),
    ("weigering", "dan", "wordt de invoer geweigerd met een melding over {veld:Tekst}",
     "De invoer wordt geweigerd (400, problem+json) en de melding noemt het veld van het contract."),
    ("geen-melding", "dan", "wordt de invoer geweigerd zonder melding over {veld:Tekst}",
     "De invoer wordt geweigerd (400, problem+json) en de melding noemt dit veld niet: `invalidParams` noemt "
     "alleen de onjuiste velden (openapi.yaml)."),
)


class TabelFout(ValueError):
    """Een rij van een tabel past niet: onbekend label, verkeerde waarde of geen twee kolommen."""

    def __init__(self, rij: int, melding: str, suggesties: Sequence[str] = ()) -> None:
        self.rij = rij
        self.melding = melding
        self.suggesties = tuple(suggesties)
        super().__init__(melding + "".join(f"\n    bedoelde u: {s}" for s in self.suggesties))


_WAARDE = re.compile(r'"[^"]*"|€ ?-?[\d.]+,\d{2}|\d{4}-\d{2}(?:-\d{2})?|\d+(?:,\d+)? ?%|-?\d+')


def _skelet(tekst: str, patroon: bool) -> str:
    if patroon:
        return re.sub(r"\{\w+(?::\w+)?\}", "…", tekst).lower()
    return _WAARDE.sub("…", tekst).lower()


def _gelijkenis(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


@dataclass(frozen=True)
class Catalogus:
    boek: Woordenboek
    stappen: tuple[Stap, ...]
    personen: dict[str, Persona]
    _parsers: dict[str, parsers.parse] = field(default_factory=dict, compare=False, repr=False)
    _gevonden: dict[tuple[str, str], list[Stap]] = field(default_factory=dict, compare=False, repr=False)

    def parser(self, stap: Stap) -> parsers.parse:
        """Het patroon zoals pytest-bdd het leest: `parsers.parse` met de soorten van het woordenboek."""
        if stap.patroon not in self._parsers:
            self._parsers[stap.patroon] = parsers.parse(stap.patroon, extra_types=self.boek.soorten)
        return self._parsers[stap.patroon]

    def vind(self, tekst: str, soort: str) -> list[Stap]:
        """De stappen van deze soort (gegeven/als/dan of given/when/then) die de tekst lezen."""
        soort = _UIT_PYTEST_BDD.get(soort, soort)
        if (tekst, soort) not in self._gevonden:
            self._gevonden[tekst, soort] = [s for s in self.stappen
                                            if s.soort == soort and self.parser(s).is_matching(tekst)]
        return self._gevonden[tekst, soort]

    def waarden(self, stap: Stap, tekst: str) -> dict[str, Any]:
        return self.parser(stap).parse_arguments(tekst) or {}

    def plekken_in_voorbeeld(self, stap: Stap) -> dict[str, str]:
        """De waarden van de plekken zoals ze in het voorbeeld van de stap staan; leeg als het niet past."""
        return _plekken_in(self.parser(stap), stap.voorbeeld)

    def suggesties(self, tekst: str, aantal: int = 3) -> list[str]:
        """De stappen die het meest op de tekst lijken, met trefwoord en patroon."""
        skelet = _skelet(tekst, patroon=False)
        scores = sorted(((_gelijkenis(skelet, _skelet(s.patroon, patroon=True)), s.regel) for s in self.stappen),
                        reverse=True)
        return [regel for score, regel in scores[:aantal] if score >= 0.5]

    def ongedefinieerd(self, tekst: str, soort: str, waar: str = "") -> str:
        """Een leesbare melding voor een stap zonder definitie, met de dichtstbijzijnde stappen eronder."""
        kop, voorstel = self.ongedefinieerd_delen(tekst, soort)
        plaats = f"{waar}: " if waar else ""
        return (f"{plaats}{kop}" + "".join(f"\n    bedoelde u: {regel}" for regel in voorstel)
                + "\n    alle stappen: `pwib steps` of docs/stappen.md")

    def ongedefinieerd_delen(self, tekst: str, soort: str) -> tuple[str, list[str]]:
        """De melding (met een hint als de zin bij een ander trefwoord hoort) en de dichtstbijzijnde stappen."""
        soort = _UIT_PYTEST_BDD.get(soort, soort)
        verkeerd = self.verkeerde_waarde(tekst, soort)
        if verkeerd is not None:
            melding, stap = verkeerd
            return f"in '{TREFWOORD.get(soort, soort)} {tekst}': {melding}", [stap.regel]
        kop = f"geen stap past op '{TREFWOORD.get(soort, soort)} {tekst}'"
        elders = [s for andere in TREFWOORD if andere != soort for s in self.vind(tekst, andere)]
        if elders:
            juist = TREFWOORD[elders[0].soort]
            kop += f"; deze zin is een {juist}-stap: zet hem bij de {juist}-stappen van het scenario"
        return kop, self.suggesties(tekst)

    def verkeerde_waarde(self, tekst: str, soort: str) -> tuple[str, Stap] | None:
        """Een zin die op een stap past op één onjuist geschreven waarde na (`€ 200.00`, `01-05-2026`).

        Dezelfde melding als in een tabel, met de stap die bedoeld is; None als geen stap zo past.
        """
        for stap in self.stappen:
            if stap.soort != soort or not stap.plekken:
                continue
            gelezen = _los(stap.patroon).fullmatch(tekst)
            if gelezen is None:
                continue
            for naam, plek_soort in stap.plekken:
                try:
                    self.boek.lees_waarde(plek_soort, gelezen.group(naam))
                except WaardeFout as fout:
                    return str(fout), stap
        return None

    def labels(self, algemeen: str) -> list[Label]:
        """De labels van een tabelstap: `gegevens`, `beleid` of `uitkomst`."""
        if algemeen == "uitkomst":
            return self.boek.labels("dan")
        return [lab for lab in self.boek.labels("gegeven") if lab.beleid == (algemeen == "beleid")]

    def lees_tabel(self, stap: Stap, tabel: Sequence[Sequence[str]]) -> list[tuple[Label, Any]]:
        """De rijen van een tabelstap als (label, waarde); een TabelFout noemt de eerste rij die niet past."""
        assert stap.algemeen is not None
        labels = {lab.tekst: lab for lab in self.labels(stap.algemeen)}
        if not tabel:
            raise TabelFout(0, f"'{stap.regel}' verwacht een tabel met rijen | label | waarde |")
        rijen = []
        for index, rij in enumerate(tabel):
            if len(rij) != 2:
                raise TabelFout(index, f"een rij heeft twee kolommen, label en waarde; deze heeft er {len(rij)}")
            tekst, cel = rij[0].strip(), rij[1]
            label = labels.get(tekst)
            if label is None:
                raise TabelFout(index, self._onbekend_label(stap, tekst), self._labelsuggesties(stap, tekst))
            try:
                rijen.append((label, self.boek.lees_waarde(label.soort, cel)))
            except WaardeFout as fout:
                raise TabelFout(index, f"bij '{tekst}': {fout}") from None
        return rijen

    def lees_lijst(self, stap: Stap, tabel: Sequence[Sequence[str]]) -> list[dict[str, Any]]:
        """De rijen van een lijststap als verwachte elementen (veld van het element -> waarde), in volgorde.

        De eerste rij noemt elke kolom van de zin één keer (in elke volgorde); een kopregel zonder rijen verwacht
        een lege lijst. Een TabelFout noemt de eerste rij die niet past."""
        assert stap.zin is not None
        kolommen = dict(stap.zin.kolommen)
        verwacht = " | ".join(kolommen)
        if not tabel:
            raise TabelFout(0, f"'{stap.regel}' verwacht een tabel met de kopregel | {verwacht} | en een rij per "
                               "element")
        kop = [cel.strip() for cel in tabel[0]]
        if sorted(kop) != sorted(kolommen):
            raise TabelFout(0, f"de kopregel noemt elke kolom één keer: | {verwacht} |; deze noemt | "
                               f"{' | '.join(kop)} |")
        elementen = []
        for index, rij in enumerate(tabel[1:], start=1):
            if len(rij) != len(kop):
                raise TabelFout(index, f"een rij heeft {len(kop)} kolommen, zoals de kopregel; deze heeft er "
                                       f"{len(rij)}")
            waarden = {}
            for kolom, cel in zip(kop, rij, strict=True):
                try:
                    waarden[kolom] = self.boek.lees_waarde(kolommen[kolom], cel)
                except WaardeFout as fout:
                    raise TabelFout(index, f"in de kolom '{kolom}': {fout}") from None
            elementen.append(stap.zin.element(waarden))
        return elementen

    def _onbekend_label(self, stap: Stap, tekst: str) -> str:
        for andere in ("gegevens", "beleid", "uitkomst"):
            if andere != stap.algemeen and any(lab.tekst == tekst for lab in self.labels(andere)):
                juiste = next(s for s in self.stappen if s.algemeen == andere)
                return f"'{tekst}' is een label van '{juiste.regel}', niet van '{stap.regel}'"
        return f"onbekend label '{tekst}'"

    def _labelsuggesties(self, stap: Stap, tekst: str) -> list[str]:
        assert stap.algemeen is not None
        namen = [lab.tekst for lab in self.labels(stap.algemeen)]
        return difflib.get_close_matches(tekst, namen, n=3, cutoff=0.6)

    def onbekende_persona(self, naam: str) -> str:
        bijna = difflib.get_close_matches(naam, list(self.personen), n=3, cutoff=0.5)
        voorstel = f"; bedoelde u {', '.join(repr(b) for b in bijna)}?" if bijna else ""
        return f"onbekend huishouden {naam!r} (zie fixtures/personen/){voorstel}"


@cache
def _los(patroon: str) -> re.Pattern[str]:
    """Het patroon van een stap met elke plek als willekeurige tekst: vindt de bedoelde stap bij een onjuiste waarde."""
    delen = re.split(r"\{(\w+):\w+\}", patroon)
    return re.compile("".join(re.escape(deel) if i % 2 == 0 else f"(?P<{deel}>.+?)" for i, deel in enumerate(delen)),
                      re.IGNORECASE)


def _voorbeeldregel(boek: Woordenboek, soort: Soort, patroon: str) -> str:
    ingevuld = re.sub(r"\{(\w+):(\w+)\}", lambda m: boek.voorbeeldwaarde(m.group(2)), patroon)
    return f"{TREFWOORD[soort]} {ingevuld}"


def _zinstap(boek: Woordenboek, zin: Zin) -> Stap:
    assert zin.patroon is not None
    soort = _ZINSOORT[zin.soort]
    voorbeeld = zin.voorbeeld or _voorbeeldregel(boek, soort, zin.patroon)
    omschrijving = f"Stuurt naar de operatie {zin.pad}." if zin.pad else (f"Tabellabel: {zin.label}" if zin.label
                                                                           else "")
    if zin.kolommen:
        omschrijving = (f"De hele lijst {zin.lijst}, exact: een kopregel met de kolommen "
                        f"{', '.join(f'{k} ({s})' for k, s in zin.kolommen)}, dan één rij per element in de volgorde "
                        "die het contract noemt; alleen een kopregel verwacht een lege lijst.")
    return Stap(soort, zin.patroon, tuple(zin.plekken), zin.maatregelen, voorbeeld, omschrijving,
                f"conformance/zinnen/{zin.bestand}", zin=zin)


def _voorbeeldlabels(labels: list[Label]) -> list[Label]:
    """Een samenhangend voorbeeld: de labels voor elke maatregel, dan de eerste van één maatregel."""
    algemeen = [lab for lab in labels if ALLE in lab.zin.maatregelen and lab.kant == "gegeven"]
    eigen = [lab for lab in labels if ALLE not in lab.zin.maatregelen]
    maatregel = eigen[0].zin.maatregelen[0] if eigen else None
    return (algemeen + [lab for lab in eigen if maatregel in lab.zin.maatregelen])[:3] or labels[:3]


def _plekken_in(parser: parsers.parse, voorbeeld: str) -> dict[str, str]:
    """De tekst van elke plek in de eerste regel van een voorbeeld (na het trefwoord), zoals de tester haar schreef."""
    tekst = voorbeeld.splitlines()[0].partition(" ")[2]
    gelezen = parser.parser.parse(tekst)
    if gelezen is None:
        return {}
    return {naam: tekst[begin:eind] for naam, (begin, eind) in gelezen.spans.items()}


def labelvoorbeeld(boek: Woordenboek, label: Label) -> str:
    """Een waarde voor het label zoals in een tabel: uit het voorbeeld van zijn zin, anders een van zijn soort."""
    zin = label.zin
    if label.plek is not None and zin.patroon is not None and zin.voorbeeld:
        waarden = _plekken_in(parsers.parse(zin.patroon, extra_types=boek.soorten), zin.voorbeeld)
        if label.plek in waarden:
            return waarden[label.plek].strip('"')
    return boek.voorbeeldwaarde(label.soort, in_tabel=True)


def _tabelvoorbeeld(boek: Woordenboek, regel: str, labels: list[Label]) -> str:
    rijen = [(lab.tekst, labelvoorbeeld(boek, lab)) for lab in _voorbeeldlabels(labels)]
    if not rijen:
        return f"{regel}\n  | (nog geen labels) | |"
    breedte = max(len(t) for t, _ in rijen)
    return regel + "".join(f"\n  | {t.ljust(breedte)} | {w} |" for t, w in rijen)


def _maatregelen(labels: list[Label]) -> tuple[str, ...]:
    gevonden = {m for lab in labels for m in lab.zin.maatregelen}
    return (ALLE,) if ALLE in gevonden else tuple(sorted(gevonden))


@cache
def _operaties_met_huishouden() -> frozenset[str]:
    """De operaties waarvan het verzoek een `huishouden` heeft (uit openapi.yaml)."""
    schemas = contract()["components"]["schemas"]
    gevonden = set()
    for pad, item in contract()["paths"].items():
        ref = (item.get("post", {}).get("requestBody", {}).get("content", {})
               .get("application/json", {}).get("schema", {}).get("$ref", ""))
        if "huishouden" in schemas.get(ref.rsplit("/", 1)[-1], {}).get("properties", {}):
            gevonden.add(pad)
    return frozenset(gevonden)


def _algemene_stappen(boek: Woordenboek, catalogus_labels: dict[str, list[Label]]) -> list[Stap]:
    met_huishouden = _operaties_met_huishouden()
    huishoudmaatregelen = tuple(sorted({m for z in boek.zinnen if z.soort == "beoordeling" and z.pad in met_huishouden
                                        for m in z.maatregelen}))
    stappen = []
    for sleutel, soort, patroon, omschrijving in _ALGEMEEN:
        regel = f"{TREFWOORD[soort]} {patroon}"
        plekken: tuple[tuple[str, str], ...] = tuple(re.findall(r"\{(\w+):(\w+)\}", patroon))
        if sleutel in catalogus_labels:
            labels = catalogus_labels[sleutel]
            voorbeeld, maatregelen = _tabelvoorbeeld(boek, regel, labels), _maatregelen(labels)
        elif sleutel == "huishouden":
            voorbeeld, maatregelen = f'{regel.split(" {", maxsplit=1)[0]} "alleenstaande-35"', huishoudmaatregelen
        else:
            voorbeeld, maatregelen = f'{regel.split(" {", maxsplit=1)[0]} "peildatum"', (ALLE,)
        stappen.append(Stap(soort, patroon, plekken, maatregelen, voorbeeld, omschrijving,
                            "conformance/stappen.py", algemeen=sleutel))
    return stappen


def maak(boek: Woordenboek, mensen: dict[str, Persona]) -> Catalogus:
    labels = {
        "gegevens": [lab for lab in boek.labels("gegeven") if not lab.beleid],
        "beleid": [lab for lab in boek.labels("gegeven") if lab.beleid],
        "uitkomst": boek.labels("dan"),
    }
    zinnen = [_zinstap(boek, zin) for zin in boek.zinnen if zin.patroon is not None]
    return Catalogus(boek, tuple(_algemene_stappen(boek, labels) + zinnen), mensen)


@cache
def catalogus() -> Catalogus:
    return maak(woordenboek(), personen())
