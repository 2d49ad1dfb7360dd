"""Het woordenboek: Nederlandse zinnen en de velden van het contract waar ze over gaan.

Elke `zinnen/*.yaml` noemt zinnen voor `gegeven` (feiten in het verzoek), `beoordelingen`
(welke operatie de `Als`-stap aanroept) en `dan` (verwachte velden in het antwoord).
Een zin heeft getypeerde plekken zoals `{bedrag:Bedrag}`; de waarde gaat ongewijzigd naar
het verzoek of de verwachting. Stappen rekenen nooit: ze vertalen alleen.

Een `gegeven`- of `dan`-zin kan ook een `label` hebben: de naam waaronder hetzelfde gegeven
als rij in een tabel staat (`Gegeven de gegevens:`, `Gegeven het gemeentelijk beleid:`,
`Dan is de uitkomst:`). De rij doet precies wat de zin doet:

    - zin: "de belanghebbende is {leeftijd:Getal} jaar"
      label: leeftijd van de belanghebbende        # | leeftijd van de belanghebbende | 35 |
      zet: {huishouden.belanghebbende.leeftijd: "{leeftijd}"}

Het label neemt de soort van de ene plek van de zin. Een zin zonder plekken die alleen
`true`/`false` zet, wordt een ja/nee-label (`nee` zet het tegendeel). Een label zonder zin
noemt zelf zijn `soort` en gebruikt de plek `{waarde}`. Labels zijn woorden van de wet of de
klantmanager, nooit veldnamen van het contract; een label dat naar `beleid.` schrijft, hoort in
de beleidstabel.

Een `dan`-zin met `kolommen` verwacht een hele lijst van het antwoord, als tabel onder de zin: een
kopregel met de kolommen, dan één rij per element in de volgorde die het contract voor die lijst
noemt. `verwacht` zegt per veld van een element (`lijst[].veld`) welke kolom het vult:

    - zin: "zijn de vrijlatingen:"
      kolommen: {soort: Vrijlatingsoort, bedrag: Bedrag, artikel: Grondslag, maatregel: Maatregel}
      verwacht: {"vrijlatingen[].soort": "{soort}", "vrijlatingen[].bedrag": "{bedrag}", ...}

Een kolom is een woord van de wet of de klantmanager, nooit een veldnaam; elke kolom vult een veld.
Is een element zelf een waarde (een bedrag, een keuze), dan heeft de zin één kolom en vult die het element
zelf (`lijst[]`):

    - zin: "berust het vermoeden op de gronden:"
      kolommen: {grond: GrondRechtsvermoeden}
      verwacht: {"gronden[]": "{grond}"}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from conformance.inlezen.grondslag import Verwachtegrondslag, uit_scenario
from conformance.kern.bestanden import ZINNEN

_SNELLE_LADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml als die er is

Waarde = Any

_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "soorten": {
            "type": "object",
            "additionalProperties": {
                "type": "object",
                "additionalProperties": {"type": ["string", "boolean", "integer", "null"]},
            },
        },
        "beoordelingen": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["zin", "pad", "maatregelen"],
                "properties": {
                    "zin": {"type": "string"},
                    "pad": {"type": "string", "pattern": "^/[a-z/-]+$"},
                    "maatregelen": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "gegeven": {"type": "array", "items": {"$ref": "#/$defs/zin"}},
        "dan": {"type": "array", "items": {"$ref": "#/$defs/zin"}},
    },
    "$defs": {
        "zin": {
            "type": "object",
            "additionalProperties": False,
            "required": ["maatregelen"],
            "properties": {
                "zin": {"type": "string"},
                "zet": {"type": "object"},
                "verwacht": {"type": "object"},
                "maatregelen": {"type": "array", "items": {"type": "string"}},
                "voorbeeld": {"type": "string"},
                "label": {"type": "string", "minLength": 1},
                "soort": {"type": "string"},
                "kolommen": {"type": "object", "minProperties": 1, "additionalProperties": {"type": "string"}},
            },
            "oneOf": [{"required": ["zet"]}, {"required": ["verwacht"]}],
            "anyOf": [{"required": ["zin"]}, {"required": ["label", "soort"]}],
        }
    },
}


def _bedrag(tekst: str) -> str:
    """`€ 1.234,56` -> `1234.56`; het teken blijft staan, zodat een scenario ook onzin kan sturen."""
    return tekst.replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")


_bedrag.pattern = r"€ ?-?\d{1,3}(?:\.\d{3})*,\d{2}|€ ?-?\d+,\d{2}"  # type: ignore[attr-defined]


def _tekst(tekst: str) -> str:
    return tekst[1:-1]


_tekst.pattern = r'"[^"]*"'  # type: ignore[attr-defined]


def _datum(tekst: str) -> str:
    return tekst


_datum.pattern = r"\d{4}-\d{2}-\d{2}"  # type: ignore[attr-defined]


def _maand(tekst: str) -> str:
    return tekst


_maand.pattern = r"\d{4}-\d{2}"  # type: ignore[attr-defined]


def _getal(tekst: str) -> int:
    return int(tekst)


_getal.pattern = r"-?\d+"  # type: ignore[attr-defined]


def _lid(tekst: str) -> int | None:
    """`2` -> 2; `geen` -> None: het lid van een artikel, of geen als het hele artikel is bedoeld."""
    return None if tekst == "geen" else int(tekst)


_lid.pattern = r"\d+|geen"  # type: ignore[attr-defined]


def _procent(tekst: str) -> str:
    """`95 %` of `12,5 %` -> `"95"` / `"12.5"`: een percentage als tekst, zoals het contract."""
    return tekst.replace("%", "").strip().replace(",", ".")


_procent.pattern = r"\d+(?:,\d+)? ?%"  # type: ignore[attr-defined]


def _janee(tekst: str) -> bool:
    return tekst == "ja"


_janee.pattern = r"ja|nee"  # type: ignore[attr-defined]


def _grondslag(tekst: str) -> Verwachtegrondslag:
    """`"art. 31 lid 2 onder m Pw"` -> de bepalingen die de suite in de `Grondslag` van het antwoord verwacht."""
    return uit_scenario(tekst[1:-1] if tekst.startswith('"') else tekst)


_grondslag.pattern = _tekst.pattern  # type: ignore[attr-defined]

BASISSOORTEN: dict[str, Callable[[str], Any]] = {
    "Bedrag": _bedrag,
    "Tekst": _tekst,
    "Datum": _datum,
    "Maand": _maand,
    "Getal": _getal,
    "Lid": _lid,
    "Procent": _procent,
    "JaNee": _janee,
    "Grondslag": _grondslag,
}

SCHRIJFWIJZE: dict[str, tuple[str, str]] = {
    "Bedrag": ("€ 1.401,50", "euroteken, punt tussen duizendtallen, komma en twee cijfers voor de centen"),
    "Tekst": ('"art. 21 onder a Pw"', "tussen dubbele aanhalingstekens (in een tabel mogen die weg)"),
    "Datum": ("2026-01-01", "jaar-maand-dag"),
    "Maand": ("2026-01", "jaar-maand"),
    "Getal": ("35", "een heel getal"),
    "Lid": ("2", "het nummer van het lid, of geen als het hele artikel is bedoeld"),
    "Procent": ("95 %", "een getal met %, decimalen met een komma"),
    "JaNee": ("ja", "ja of nee"),
    "Grondslag": ('"art. 31 lid 2 onder m Pw"', "de bepalingen zoals de wet ze noemt, tussen dubbele aanhalingstekens; "
                  "meer bepalingen met 'en' (\"art. 31 lid 2 onder b en c Pw\"), een oudere tekst met "
                  "\"(tekst tot 1 januari 2026)\""),
}
"""Per basissoort een voorbeeld en hoe een tester de waarde schrijft."""


def _keuze(naam: str, keuzes: dict[str, Any]) -> Callable[[str], Any]:
    klein = {k.lower(): v for k, v in keuzes.items()}

    def zet_om(tekst: str) -> Any:
        return klein[tekst.lower()]  # pytest-bdd leest patronen zonder op hoofdletters te letten

    zet_om.pattern = "|".join(re.escape(k) for k in sorted(keuzes, key=len, reverse=True))  # type: ignore[attr-defined]
    zet_om.__name__ = naam
    zet_om.keuzes = tuple(keuzes)  # type: ignore[attr-defined]
    return zet_om


def keuzes(omzetter: Callable[[str], Any]) -> tuple[str, ...]:
    """De woorden van een keuzesoort (`alleenstaande`, `gehuwden`, ...); leeg voor een basissoort."""
    return tuple(getattr(omzetter, "keuzes", ()))


@dataclass(frozen=True)
class Zin:
    """Eén zin van het woordenboek met wat hij in het verzoek zet of in het antwoord verwacht.

    `patroon` is None voor een label zonder zin; dan is `waardesoort` de soort van zijn waarde.
    """

    soort: str  # gegeven, beoordeling of dan
    patroon: str | None
    velden: dict[str, Any]
    maatregelen: tuple[str, ...]
    bestand: str
    pad: str | None = None
    voorbeeld: str | None = None
    label: str | None = None
    waardesoort: str | None = None
    kolommen: tuple[tuple[str, str], ...] = ()  # (kolom, soort) van een zin die een hele lijst verwacht

    @property
    def plekken(self) -> list[tuple[str, str]]:
        if self.patroon is None:
            return [("waarde", self.waardesoort or "")]
        return re.findall(r"\{(\w+):(\w+)\}", self.patroon)

    @property
    def lijst(self) -> str | None:
        """Het veld van het antwoord waarvan deze zin de hele lijst verwacht (`vrijlatingen`); None voor een andere."""
        return next(iter(self.velden)).partition("[]")[0] if self.kolommen else None

    @property
    def kolomvelden(self) -> dict[str, str]:
        """Per kolom van een lijstzin het veld van een element dat zij vult (`kostendeler` -> `kostendelend`); `""`
        als de kolom het element zelf is (`gronden[]`)."""
        return {str(sjabloon)[1:-1]: pad.partition("[]")[2].removeprefix(".") for pad, sjabloon in self.velden.items()}

    def element(self, waarden: dict[str, Any]) -> dict[str, Any]:
        """De verwachte velden van één element (`bedrag` -> waarde) uit de waarden van een rij (kolom -> waarde);
        `""` -> waarde als het element zelf een waarde is."""
        return {pad.partition("[]")[2].removeprefix("."): vul_in(sjabloon, waarden)
                for pad, sjabloon in self.velden.items()}


def deel_van(element: Any, veld: str) -> Any:
    """Het veld van een element van een lijst (`kolomvelden`): `""` is het element zelf; None als het ontbreekt."""
    if veld == "":
        return element
    return element.get(veld) if isinstance(element, dict) else None


@dataclass(frozen=True)
class Label:
    """Een rij in een tabel (`| leeftijd van de belanghebbende | 35 |`) die doet wat zijn zin doet."""

    tekst: str
    zin: Zin
    soort: str
    plek: str | None  # None: een ja/nee-label over een zin zonder plekken

    @property
    def kant(self) -> str:
        return self.zin.soort

    @property
    def beleid(self) -> bool:
        return bool(self.zin.velden) and all(pad.startswith("beleid.") for pad in self.zin.velden)

    def velden(self, waarde: Any) -> dict[str, Any]:
        """De velden met hun waarde (gegeven) of verwachting (dan) voor deze rij."""
        if self.plek is None:
            return dict(self.zin.velden) if waarde else {pad: not v for pad, v in self.zin.velden.items()}
        return {pad: vul_in(sjabloon, {self.plek: waarde}) for pad, sjabloon in self.zin.velden.items()}


class WaardeFout(ValueError):
    """Een waarde in een tabel past niet bij de soort van haar label."""


@dataclass(frozen=True)
class Woordenboek:
    zinnen: tuple[Zin, ...]
    soorten: dict[str, Callable[[str], Any]]

    def van_soort(self, soort: str) -> Iterator[Zin]:
        return (z for z in self.zinnen if z.soort == soort and z.patroon is not None)

    def labels(self, kant: str) -> list[Label]:
        """De labels van `gegeven` of `dan`, in de volgorde van de bestanden."""
        gevonden = []
        for zin in self.zinnen:
            if zin.soort != kant or zin.label is None:
                continue
            plekken = zin.plekken
            if plekken:
                gevonden.append(Label(zin.label, zin, plekken[0][1], plekken[0][0]))
            else:
                gevonden.append(Label(zin.label, zin, "JaNee", None))
        return gevonden

    def label(self, kant: str, tekst: str) -> Label | None:
        return next((lab for lab in self.labels(kant) if lab.tekst == tekst), None)

    def voorbeeldwaarde(self, soort: str, in_tabel: bool = False) -> str:
        """Een geldige waarde van de soort zoals een tester haar schrijft (in een tabel zonder aanhalingstekens)."""
        if soort in SCHRIJFWIJZE:
            voorbeeld = SCHRIJFWIJZE[soort][0]
            return voorbeeld.strip('"') if in_tabel else voorbeeld
        return keuzes(self.soorten[soort])[0]

    def lees_waarde(self, soort: str, tekst: str) -> Any:
        """Een cel uit een tabel als waarde van de soort; tekst mag in een tabel zonder aanhalingstekens."""
        tekst = tekst.strip()
        if soort == "Tekst" and not re.fullmatch(_tekst.pattern, tekst):  # type: ignore[attr-defined]
            return tekst
        if soort == "Grondslag":
            verwacht = _grondslag(tekst)
            if verwacht.fout is not None:
                raise WaardeFout(verwacht.fout)
            return verwacht
        omzetter = self.soorten[soort]
        if not re.fullmatch(omzetter.pattern, tekst):  # type: ignore[attr-defined]
            raise WaardeFout(f"{tekst!r} is geen {soort} (schrijf bijvoorbeeld {self.voorbeeldwaarde(soort)})")
        return omzetter(tekst)


class WoordenboekFout(Exception):
    """Een zinnenbestand is onjuist; de melding noemt bestand en zin."""


def lees(map_: Path = ZINNEN) -> Woordenboek:
    zinnen: list[Zin] = []
    soorten: dict[str, Callable[[str], Any]] = dict(BASISSOORTEN)
    for pad in sorted(map_.glob("*.yaml")):
        gegevens = yaml.load(pad.read_text("utf-8"), Loader=_SNELLE_LADER) or {}  # noqa: S506 - een SafeLoader
        _zin_of_label(pad.name, gegevens)
        fout = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(_SCHEMA).iter_errors(gegevens))
        if fout is not None:
            raise WoordenboekFout(f"{pad.name}: {'.'.join(map(str, fout.path))}: {fout.message}")
        for naam, keuzelijst in gegevens.get("soorten", {}).items():
            soorten[naam] = _keuze(naam, keuzelijst)
        for item in gegevens.get("beoordelingen", []):
            zinnen.append(Zin("beoordeling", item["zin"], {}, tuple(item["maatregelen"]), pad.name,
                              pad=item["pad"]))
        for soort, sleutel in (("gegeven", "zet"), ("dan", "verwacht")):
            for item in gegevens.get(soort, []):
                if sleutel not in item:
                    raise WoordenboekFout(f"{pad.name}: {item.get('zin') or item.get('label')!r}: "
                                          f"een {soort}-zin heeft '{sleutel}'")
                zinnen.append(Zin(soort, item.get("zin"), item[sleutel], tuple(item["maatregelen"]),
                                  pad.name, voorbeeld=item.get("voorbeeld"), label=item.get("label"),
                                  waardesoort=item.get("soort"),
                                  kolommen=tuple(item.get("kolommen", {}).items())))
    _controleer(zinnen, soorten)
    return Woordenboek(tuple(zinnen), soorten)


def _zin_of_label(bestand: str, gegevens: Any) -> None:
    """Een duidelijkere melding dan het schema geeft voor een item zonder zin en zonder soort."""
    for soort in ("gegeven", "dan"):
        lijst = gegevens.get(soort) if isinstance(gegevens, dict) else None
        for index, item in enumerate(lijst if isinstance(lijst, list) else []):
            if isinstance(item, dict) and "zin" not in item and "soort" not in item:
                raise WoordenboekFout(f"{bestand}: {soort}.{index}: een item heeft een 'zin', of een 'label' "
                                      "met de 'soort' van zijn waarde")


def _controleer(zinnen: list[Zin], soorten: dict[str, Callable[[str], Any]]) -> None:
    gezien: dict[tuple[str, str], str] = {}
    for zin in zinnen:
        naam_in_melding = zin.patroon or zin.label
        if zin.patroon is not None:
            sleutel = (zin.soort if zin.soort != "beoordeling" else "als", zin.patroon)
            if sleutel in gezien:
                raise WoordenboekFout(f"{zin.bestand}: de zin {zin.patroon!r} staat ook in {gezien[sleutel]}")
            gezien[sleutel] = zin.bestand
        for naam, soort in zin.plekken:
            if soort not in soorten:
                raise WoordenboekFout(f"{zin.bestand}: onbekende soort {soort!r} in {naam_in_melding!r}")
            if not any(f"{{{naam}}}" in str(v) for v in zin.velden.values()) and zin.soort != "beoordeling":
                raise WoordenboekFout(f"{zin.bestand}: de plek {naam!r} in {naam_in_melding!r} wordt niet gebruikt")
        if zin.label is not None:
            _controleer_label(zin, gezien)
        if zin.kolommen or any("[]" in pad for pad in zin.velden):
            _controleer_kolommen(zin, soorten)


def _controleer_kolommen(zin: Zin, soorten: dict[str, Callable[[str], Any]]) -> None:
    """Een lijstzin: een `dan`-zin zonder plekken en zonder label, elk veld in één lijst, elke kolom gebruikt."""
    waar = f"{zin.bestand}: {zin.patroon!r}"
    if zin.soort != "dan" or not zin.kolommen:
        raise WoordenboekFout(f"{waar}: alleen een dan-zin met 'kolommen' verwacht een hele lijst (`lijst[].veld`)")
    if zin.plekken or zin.label is not None:
        raise WoordenboekFout(f"{waar}: een zin met kolommen heeft geen plekken en geen label; de waarden staan "
                              "in de tabel")
    if zin.voorbeeld is None or "\n" not in zin.voorbeeld:
        raise WoordenboekFout(f"{waar}: een zin met kolommen heeft een voorbeeld met een tabel eronder")
    lijsten = {pad.partition("[]")[0] if re.fullmatch(r"\w+\[\](?:\.\w+)?", pad) else None for pad in zin.velden}
    if len(lijsten) != 1 or None in lijsten:
        raise WoordenboekFout(f"{waar}: elk verwacht veld is een veld van een element van één lijst "
                              f"(`lijst[].veld`, of `lijst[]` voor het element zelf), niet {', '.join(zin.velden)}")
    if any(pad.endswith("[]") for pad in zin.velden) and len(zin.velden) > 1:
        raise WoordenboekFout(f"{waar}: een zin die het element zelf verwacht (`lijst[]`), verwacht niets anders; "
                              f"niet {', '.join(zin.velden)}")
    for kolom, soort in zin.kolommen:
        if soort not in soorten:
            raise WoordenboekFout(f"{waar}: onbekende soort {soort!r} van de kolom {kolom!r}")
        if re.search(r"[a-z][A-Z]|[._\[\]{}|]", kolom) or not re.fullmatch(r"\w+", kolom):
            raise WoordenboekFout(f"{waar}: de kolom {kolom!r} is één woord van de wet, geen veldnaam")
    for pad, sjabloon in zin.velden.items():
        if not (isinstance(sjabloon, str) and re.fullmatch(r"\{(\w+)\}", sjabloon)
                and sjabloon[1:-1] in dict(zin.kolommen)):
            raise WoordenboekFout(f"{waar}: het veld {pad!r} krijgt de waarde van één kolom (\"{{kolom}}\"), "
                                  f"niet {sjabloon!r}")
    gebruikt = [str(sjabloon)[1:-1] for sjabloon in zin.velden.values()]
    for kolom, _ in zin.kolommen:
        if gebruikt.count(kolom) != 1:
            raise WoordenboekFout(f"{waar}: de kolom {kolom!r} vult {gebruikt.count(kolom)} velden; elke kolom "
                                  "vult er één")


def _controleer_label(zin: Zin, gezien: dict[tuple[str, str], str]) -> None:
    assert zin.label is not None
    waar = f"{zin.bestand}: het label {zin.label!r}"
    sleutel = (f"label-{zin.soort}", zin.label)
    if sleutel in gezien:
        raise WoordenboekFout(f"{waar} staat ook in {gezien[sleutel]}")
    gezien[sleutel] = zin.bestand
    if re.search(r"[a-z][A-Z]|[._\[\]{}|]", zin.label):
        raise WoordenboekFout(f"{waar} lijkt een veldnaam; schrijf het in de woorden van de wet")
    if zin.patroon is not None and zin.waardesoort is not None:
        raise WoordenboekFout(f"{waar}: een label bij een zin neemt de soort van de plek; laat 'soort' weg")
    if len(zin.plekken) > 1:
        raise WoordenboekFout(f"{waar}: een label kan maar één waarde hebben, de zin heeft er {len(zin.plekken)}")
    if not zin.plekken and not all(isinstance(v, bool) for v in zin.velden.values()):
        raise WoordenboekFout(f"{waar}: een zin zonder plek kan alleen een ja/nee-label hebben (true/false)")
    beleid = [pad.startswith("beleid.") for pad in zin.velden]
    if any(beleid) and not all(beleid):
        raise WoordenboekFout(f"{waar}: zet zowel beleid als andere gegevens; dat kan in geen van beide tabellen")


@cache
def woordenboek() -> Woordenboek:
    return lees()


def vul_in(sjabloon: Any, waarden: dict[str, Any]) -> Any:
    """Zet de waarden van de plekken in een sjabloon; `"{x}"` alleen wordt de getypeerde waarde zelf."""
    if isinstance(sjabloon, str):
        geheel = re.fullmatch(r"\{(\w+)\}", sjabloon)
        if geheel:
            return waarden[geheel.group(1)]
        return re.sub(r"\{(\w+)\}", lambda m: str(waarden[m.group(1)]), sjabloon)
    if isinstance(sjabloon, list):
        return [vul_in(s, waarden) for s in sjabloon]
    if isinstance(sjabloon, dict):
        return {k: vul_in(v, waarden) for k, v in sjabloon.items()}
    return sjabloon
