"""De verwachte grondslag van een scenario als bepalingen, vergeleken met de `Grondslag` van het antwoord.

Een scenario schrijft de grondslag leesbaar (`En is de grondslag "art. 31 lid 2 onder m Pw"`). De suite
ontleedt die zin hier tot bepalingen (regeling, artikel, lid, onderdeel, subonderdeel en tekstversie, zoals
het contract bij `Verwijzing` beschrijft) en vergelijkt ze als verzameling met de `verwijzingen` van het
antwoord; de `tekst`, `voorlopig` en `juriconnect` van het doel vergelijkt zij nooit.

De grammatica van de zin (SP is één spatie)::

    aanhaling   = artikeldeel *(" en " artikeldeel) SP regeling [SP "(" versie ")"]
    artikeldeel = "art. " artikelnr [SP leddelen | " onder " onderdelen]
    leddelen    = leden [" onder " onderdelen] *(" en lid " leden [" onder " onderdelen])
    leden       = lid *((", " / " en ") lid) / lid "-" lid
    lid         = 1*DIGIT [" (eerste)"]
    onderdelen  = onderdeel *((", " / " en ") onderdeel)
    onderdeel   = 1*2LOWER [" onder " 1*DIGIT "°"]
    regeling    = een naam of afkorting uit `x-regelingen` van het contract
    versie      = "tekst tot " dag maand jaar / "tekst " jaar [", voorlopig"]

De tekstversie van een artikel van de Participatiewet komt uit `wetten/BWBR0015703.json`, de index die uit
de officiële tekst is afgeleid (`scripts/wetsindex.py`). `pwib lint` weigert met deze ontleding een
grondslag die niet in de wet bestaat (een onbekend artikel of lid).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from conformance.inlezen.contract import contract
from conformance.kern.bestanden import WETTEN

PARTICIPATIEWET = "BWBR0015703"
_MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december")
_VERSIE = re.compile(r" \((?:tekst tot (?P<dag>\d{1,2}) (?P<maand>[a-z]+) (?P<jaar>\d{4})"
                     r"|tekst (?P<vanaf>\d{4})(?:, voorlopig)?)\)$")
_ARTIKEL = re.compile(r"art\. (\d+[a-z]{0,2})")
_LID = re.compile(r"(\d+)(?: \(eerste\))?")
_ONDERDEEL = re.compile(r"([a-z]{1,2})(?: onder (\d+°))?")
_SCHEIDING = re.compile(r", | en (?!lid |art\. )")

Bepaling = tuple[str, str, str | None, str | None, str | None, str | None, str | None]
"""regeling, artikel, lid, onderdeel, subonderdeel, tekstVanaf, tekstTot: wat de suite vergelijkt."""

VELDEN = ("regeling", "artikel", "lid", "onderdeel", "subonderdeel", "tekstVanaf", "tekstTot")


class OngeldigeGrondslag(ValueError):
    """Een grondslag in een scenario die niet aan de grammatica voldoet of niet in de wet bestaat."""


@dataclass(frozen=True)
class Verwachtegrondslag:
    """De grondslag die een scenario verwacht: de zin en de bepalingen waarin hij ontleed is."""

    tekst: str
    bepalingen: frozenset[Bepaling]
    fout: str | None = None  # de zin is geen geldige grondslag: `pwib lint` meldt het, een run stopt het scenario
    versie_genoemd: bool = False  # de zin noemt de tekstversie zelf ("(tekst tot 1 januari 2026)")

    def op(self, peildatum: str | None) -> frozenset[Bepaling]:
        """De bepalingen met de tekst die op de peildatum gold: treedt de huidige tekst van een artikel pas na de
        peildatum in werking, dan gold de tekst van daarvoor (tekstVanaf null, tekstTot die datum). Een artikel
        dat nog in werking moet treden, heeft geen eerdere tekst."""
        if self.versie_genoemd or peildatum is None:
            return self.bepalingen
        uit = set()
        for bepaling in self.bepalingen:
            regeling, artikel, lid, onderdeel, sub, vanaf, _ = bepaling
            later = (regeling == PARTICIPATIEWET and vanaf is not None and vanaf > peildatum
                     and _wetsindex()["artikelen"][artikel]["status"] != "nogniet")
            uit.add((regeling, artikel, lid, onderdeel, sub, None, vanaf) if later else bepaling)
        return frozenset(uit)

    def klopt(self, werkelijk: Any, peildatum: str | None) -> bool:
        """Of een `Grondslag` van het antwoord precies deze bepalingen noemt (volgorde telt niet)."""
        gelezen = bepalingen_van(werkelijk)
        return gelezen is not None and gelezen == self.op(peildatum)

    def __str__(self) -> str:
        return self.tekst


def bepalingen_van(grondslag: Any) -> frozenset[Bepaling] | None:
    """De vergeleken velden van elke verwijzing van een `Grondslag`; None als het geen grondslag is of een
    verwijzing dubbel staat. Het antwoord is al tegen het contract gecontroleerd, maar wordt hier niet vertrouwd."""
    if not isinstance(grondslag, dict) or not isinstance(grondslag.get("verwijzingen"), list):
        return None
    gelezen = []
    for verwijzing in grondslag["verwijzingen"]:
        if not isinstance(verwijzing, dict):
            return None
        waarden = tuple(verwijzing.get(veld) for veld in VELDEN)
        if not all(w is None or isinstance(w, str) for w in waarden) or waarden[0] is None or waarden[1] is None:
            return None
        gelezen.append(waarden)
    uniek = frozenset(gelezen)
    return uniek if len(uniek) == len(gelezen) else None  # type: ignore[return-value]


def leesbaar(bepalingen: frozenset[Bepaling] | None) -> str:
    """De bepalingen kort en gesorteerd, voor een melding: `BWBR0015703 art. 31 lid 2 onder m (tekst 2026-01-01)`."""
    if bepalingen is None:
        return "geen geldige grondslag"
    delen = []
    for regeling, artikel, lid, onderdeel, sub, vanaf, tot in sorted(bepalingen, key=lambda b: tuple(map(str, b))):
        tekst = f"{regeling} art. {artikel}" + (f" lid {lid}" if lid else "") + (f" onder {onderdeel}" if onderdeel
                                                                                  else "")
        tekst += f" onder {sub}" if sub else ""
        tekst += f" (tekst vanaf {vanaf})" if vanaf else ""
        tekst += f" (tekst tot {tot})" if tot else ""
        delen.append(tekst)
    return "; ".join(delen)


@cache
def _wetsindex() -> dict[str, Any]:
    gegevens: dict[str, Any] = json.loads((WETTEN / f"{PARTICIPATIEWET}.json").read_text("utf-8"))
    return gegevens


@cache
def _regelingen() -> dict[str, str]:
    """Naam en afkorting van elke regeling in het contract, met haar BWB-id."""
    uit = {}
    for regeling in contract()["components"]["schemas"]["Verwijzing"]["x-regelingen"]:
        for naam in (regeling["naam"], regeling.get("afkorting")):
            if naam:
                uit[naam] = regeling["bwb"]
    return uit


class _Lezer:
    def __init__(self, aanhaling: str, tekst: str) -> None:
        self.aanhaling, self.tekst, self.plek = aanhaling, tekst, 0

    def fout(self, verwacht: str) -> OngeldigeGrondslag:
        return OngeldigeGrondslag(f"{self.aanhaling!r} is geen grondslag: {verwacht} verwacht bij "
                                  f"{self.tekst[self.plek:]!r} (schrijf bijvoorbeeld \"art. 31 lid 2 onder m Pw\")")

    def woord(self, woord: str) -> bool:
        if self.tekst.startswith(woord, self.plek):
            self.plek += len(woord)
            return True
        return False

    def lees(self, patroon: re.Pattern[str], verwacht: str) -> re.Match[str]:
        gevonden = patroon.match(self.tekst, self.plek)
        if gevonden is None:
            raise self.fout(verwacht)
        self.plek = gevonden.end()
        return gevonden

    def scheiding(self) -> bool:
        gevonden = _SCHEIDING.match(self.tekst, self.plek)
        if gevonden is not None:
            self.plek = gevonden.end()
        return gevonden is not None


def _onderdelen(lezer: _Lezer) -> list[tuple[str, str | None]]:
    uit = [(g[1], g[2]) for g in [lezer.lees(_ONDERDEEL, "een onderdeel")]]
    while lezer.scheiding():
        gevonden = lezer.lees(_ONDERDEEL, "een onderdeel")
        uit.append((gevonden[1], gevonden[2]))
    return uit


def _leden(lezer: _Lezer) -> list[str]:
    eerste = lezer.lees(_LID, "een lidnummer")[1]
    if lezer.woord("-"):
        laatste = int(lezer.lees(_LID, "een lidnummer")[1])
        if laatste <= int(eerste):
            raise lezer.fout("een oplopend bereik van leden")
        return [str(n) for n in range(int(eerste), laatste + 1)]
    leden = [eerste]
    while lezer.scheiding():
        leden.append(lezer.lees(_LID, "een lidnummer")[1])
    return leden


def _artikeldeel(lezer: _Lezer) -> list[tuple[str, str | None, str | None, str | None]]:
    artikel = lezer.lees(_ARTIKEL, '"art. " en een artikelnummer')[1]
    if lezer.woord(" onder "):
        return [(artikel, None, o, s) for o, s in _onderdelen(lezer)]
    if not lezer.woord(" lid "):
        return [(artikel, None, None, None)]
    uit: list[tuple[str, str | None, str | None, str | None]] = []
    while True:
        leden = _leden(lezer)
        if lezer.woord(" onder "):
            if len(leden) > 1:
                raise lezer.fout("één lid vóór onderdelen")
            uit += [(artikel, leden[0], o, s) for o, s in _onderdelen(lezer)]
        else:
            uit += [(artikel, lid, None, None) for lid in leden]
        if not lezer.woord(" en lid "):
            return uit


def uit_scenario(aanhaling: str) -> Verwachtegrondslag:
    """Als `verwachting`, maar een ongeldige zin wordt een verwachting met `fout` (zo past de stap nog en kan
    `pwib lint` de fout bij de juiste regel melden)."""
    try:
        return verwachting(aanhaling)
    except OngeldigeGrondslag as fout:
        return Verwachtegrondslag(aanhaling, frozenset(), str(fout))


@cache
def verwachting(aanhaling: str) -> Verwachtegrondslag:
    """De zin van een scenario als verwachte bepalingen; OngeldigeGrondslag als hij niet klopt of niet bestaat."""
    tekst, vanaf, tot = aanhaling.strip(), None, None
    versie = _VERSIE.search(tekst)
    if versie is not None:
        tekst = tekst[: versie.start()]
        if versie["vanaf"]:
            vanaf = f"{versie['vanaf']}-01-01"
        elif versie["maand"] in _MAANDEN:
            tot = date(int(versie["jaar"]), _MAANDEN.index(versie["maand"]) + 1, int(versie["dag"])).isoformat()
        else:
            raise OngeldigeGrondslag(f"{aanhaling!r}: onbekende maand {versie['maand']!r}")
    namen = [naam for naam in _regelingen() if tekst.endswith(f" {naam}")]
    if not namen:
        raise OngeldigeGrondslag(f"{aanhaling!r} is geen grondslag: de regeling aan het eind ontbreekt "
                                 f"({', '.join(_regelingen())})")
    naam = max(namen, key=len)
    regeling = _regelingen()[naam]
    lezer = _Lezer(aanhaling, tekst[: -len(naam) - 1])
    delen = _artikeldeel(lezer)
    while lezer.woord(" en "):
        delen += _artikeldeel(lezer)
    if lezer.plek != len(lezer.tekst):
        raise lezer.fout("het einde van de grondslag")
    bepalingen: list[Bepaling] = []
    for artikel, lid, onderdeel, sub in delen:
        huidige = _tekst_vanaf(aanhaling, regeling, artikel, lid, huidig=tot is None)
        bepalingen.append((regeling, artikel, lid, onderdeel, sub, vanaf or huidige, tot))
    if len(set(bepalingen)) != len(bepalingen):
        raise OngeldigeGrondslag(f"{aanhaling!r} noemt een bepaling twee keer")
    return Verwachtegrondslag(aanhaling, frozenset(bepalingen), versie_genoemd=versie is not None)


def _tekst_vanaf(aanhaling: str, regeling: str, artikel: str, lid: str | None, huidig: bool) -> str | None:
    """De inwerkingtreding van de huidige tekst van een artikel van de Participatiewet, na controle dat artikel en
    lid in de wet staan; None voor een oudere tekst of een andere regeling (het contract: dan null)."""
    if regeling != PARTICIPATIEWET:
        return None
    gegevens = _wetsindex()["artikelen"].get(artikel)
    if gegevens is None:
        raise OngeldigeGrondslag(f"{aanhaling!r}: art. {artikel} staat niet in de Participatiewet")
    if huidig and lid is not None and lid not in gegevens["leden"]:
        raise OngeldigeGrondslag(f"{aanhaling!r}: art. {artikel} Pw heeft geen lid {lid} "
                                 f"(wel: {', '.join(gegevens['leden']) or 'geen leden'})")
    inwerking: str | None = gegevens["inwerking"] if huidig else None
    return inwerking


@cache
def grondslagen_van(operatie: str) -> frozenset[frozenset[Bepaling]]:
    """De grondslagen die het contract bij een beslisoperatie noemt (`x-grondslagen`), elk als bepalingen."""
    operaties = contract()["paths"].get(operatie, {})
    return frozenset(verwachting(item["grondslag"]).bepalingen
                     for item in operaties.get("post", {}).get("x-grondslagen", []))
