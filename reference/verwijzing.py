"""De grondslag als gegevens: een aanhaling zoals pwib haar schrijft, ontleed tot verwijzingen naar bepalingen.

Elke grondslag in de referentie is een aanhaling in één vaste vorm (de grammatica hieronder). `verwijzingen`
ontleedt haar streng tot een tuple van `Verwijzing`: de regeling (BWB-id), artikel, lid, onderdeel,
subonderdeel en de versie van de tekst. Een aanhaling die niet aan de grammatica voldoet of een bepaling noemt
die de wetsindex niet kent, is een fout in de referentie (`OngeldigeAanhaling`), geen invoerfout.

Grammatica (SP is één spatie)::

    aanhaling   = artikeldeel *(" en " artikeldeel) SP regeling [SP "(" versie ")"]
    artikeldeel = "art. " artikelnr [SP leddelen | " onder " onderdelen]
    leddelen    = leden [" onder " onderdelen] *(" en lid " leden [" onder " onderdelen])
    leden       = lid *((", " / " en ") lid) / lid "-" lid          ; "lid 6-8" is lid 6, 7 en 8
    lid         = 1*DIGIT [" (eerste)"]                                ; art. 18 kent twee achtste leden
    onderdelen  = onderdeel *((", " / " en ") onderdeel)
    onderdeel   = 1*2LOWER [" onder " 1*DIGIT "°"]
    regeling    = een naam of afkorting uit regelingen.yaml ("Pw", "Regeling Participatiewet, IOAW en IOAZ", ...)
    versie      = "tekst tot " dag maand jaar / "tekst " jaar [", voorlopig"]

"art. 31 lid 2 onder b en c Pw" geeft twee verwijzingen, "art. 31 lid 2 onder m en art. 18 lid 8 Pw" ook.

De versie van de tekst (`tekst_vanaf`, de datum waarop de tekst in werking trad):
- zonder versie: de tekst van het artikel die op de peildatum geldt volgens de geconsolideerde tekst van de
  Participatiewet per 1 januari 2026 (`wetten/BWBR0015703.json`, per artikel het attribuut `inwerking` van de
  officiële XML). Ligt die inwerkingtreding na de peildatum, dan gold de tekst van daarvoor: `tekst_tot` is
  die datum, `tekst_vanaf` leeg en de verwijzing `voorlopig`. Een artikel dat nog in werking moet treden
  (art. 24a, 34a, 34b per 2027) heeft geen eerdere tekst: past de referentie het eerder toe, dan die tekst.
- "(tekst tot 1 januari 2026)": de tekst die gold tot die datum (`tekst_tot`). Wanneer die tekst in werking
  trad, staat niet in de bronnen van pwib: `tekst_vanaf` is dan leeg en de verwijzing `voorlopig`.
- "(tekst 2027)": de tekst per 1 januari van dat jaar, die niet in de bronnen staat: `voorlopig`.
- een andere regeling dan de Participatiewet: pwib heeft haar tekst niet als XML; `tekst_vanaf` is leeg en de
  verwijzing `voorlopig` (de regeling en het artikel staan wel vast).
Een BWB-id dat de bronnen niet bevestigen (regelingen.yaml) maakt de verwijzing ook `voorlopig`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from reference.errors import PwibFout

_MAP = Path(__file__).parent
PARTICIPATIEWET = "BWBR0015703"
_MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december")


class OngeldigeAanhaling(PwibFout):
    """Een grondslag in de referentie die niet aan de grammatica voldoet of een onbekende bepaling noemt."""


@dataclass(frozen=True)
class Regeling:
    bwb: str
    naam: str
    namen: tuple[str, ...]
    voorlopig: bool


@dataclass(frozen=True, order=True)
class Verwijzing:
    """Eén bepaling: regeling, artikel, lid, onderdeel, subonderdeel en de versie van de tekst."""

    regeling: str
    artikel: str
    lid: str | None = None
    onderdeel: str | None = None
    subonderdeel: str | None = None
    tekst_vanaf: date | None = None
    tekst_tot: date | None = None
    voorlopig: bool = False

    @property
    def juriconnect(self) -> str:
        """De Juriconnect-verwijzing (jci 1.3); `g` is een dag waarop de aangehaalde tekst gold."""
        delen = [f"jci1.3:c:{self.regeling}", f"artikel={self.artikel}"]
        delen += [f"{naam}={waarde}" for naam, waarde in (("lid", self.lid), ("onderdeel", self.onderdeel))
                  if waarde is not None]
        geldig = self.tekst_vanaf or (None if self.tekst_tot is None else self.tekst_tot - timedelta(days=1))
        if geldig is not None:
            delen.append(f"g={geldig.isoformat()}")
        return "&".join(delen)


@cache
def regelingen() -> tuple[Regeling, ...]:
    gegevens = yaml.safe_load((_MAP / "regelingen.yaml").read_text("utf-8"))
    return tuple(Regeling(r["bwb"], r["naam"], tuple(r["namen"]), r.get("voorlopig", False))
                 for r in gegevens["regelingen"])


@cache
def wetsindex() -> dict[str, Any]:
    """Per artikel van de Participatiewet: inwerkingtreding, status en leden (afgeleid uit de officiële XML)."""
    gegevens: dict[str, Any] = json.loads((_MAP / "wetten" / f"{PARTICIPATIEWET}.json").read_text("utf-8"))
    return gegevens


_VERSIE = re.compile(r" \((?:tekst tot (?P<dag>\d{1,2}) (?P<maand>[a-z]+) (?P<jaar>\d{4})"
                     r"|tekst (?P<vanaf>\d{4})(?P<voorlopig>, voorlopig)?)\)$")
_ARTIKELNR = re.compile(r"\d+[a-z]{0,2}")
_LID = re.compile(r"(\d+)( \(eerste\))?")
_ONDERDEEL = re.compile(r"([a-z]{1,2})(?: onder (\d+°))?")
_SCHEIDING = re.compile(r", | en (?!lid |art\. )")


@dataclass
class _Lezer:
    aanhaling: str
    tekst: str
    plek: int = 0

    def fout(self, verwacht: str) -> OngeldigeAanhaling:
        return OngeldigeAanhaling(f"aanhaling {self.aanhaling!r}: {verwacht} verwacht bij {self.tekst[self.plek:]!r}")

    def woord(self, woord: str) -> bool:
        if self.tekst.startswith(woord, self.plek):
            self.plek += len(woord)
            return True
        return False

    def patroon(self, patroon: re.Pattern[str], verwacht: str) -> re.Match[str]:
        gevonden = patroon.match(self.tekst, self.plek)
        if gevonden is None:
            raise self.fout(verwacht)
        self.plek = gevonden.end()
        return gevonden

    def scheiding(self) -> bool:
        return self.patroon_optioneel(_SCHEIDING)

    def patroon_optioneel(self, patroon: re.Pattern[str]) -> bool:
        gevonden = patroon.match(self.tekst, self.plek)
        if gevonden is None:
            return False
        self.plek = gevonden.end()
        return True

    @property
    def klaar(self) -> bool:
        return self.plek == len(self.tekst)


Bepaling = tuple[str, str | None, str | None, str | None]  # artikel, lid, onderdeel, subonderdeel


def _onderdelen(lezer: _Lezer) -> list[tuple[str, str | None]]:
    uitkomst = []
    while True:
        gevonden = lezer.patroon(_ONDERDEEL, "een onderdeel (a, b, ..., aa)")
        uitkomst.append((gevonden[1], gevonden[2]))
        if not lezer.scheiding():
            return uitkomst


def _leden(lezer: _Lezer) -> list[str]:
    eerste = lezer.patroon(_LID, "een lidnummer")[1]
    if lezer.woord("-"):
        laatste = lezer.patroon(_LID, "een lidnummer")[1]
        if int(laatste) <= int(eerste):
            raise lezer.fout("een oplopend bereik van leden")
        return [str(n) for n in range(int(eerste), int(laatste) + 1)]
    leden = [eerste]
    while lezer.scheiding():
        leden.append(lezer.patroon(_LID, "een lidnummer")[1])
    return leden


def _artikeldeel(lezer: _Lezer) -> list[Bepaling]:
    if not lezer.woord("art. "):
        raise lezer.fout('"art. "')
    artikel = lezer.patroon(_ARTIKELNR, "een artikelnummer")[0]
    if lezer.woord(" onder "):
        return [(artikel, None, o, s) for o, s in _onderdelen(lezer)]
    if not lezer.woord(" lid "):
        return [(artikel, None, None, None)]
    bepalingen: list[Bepaling] = []
    while True:
        leden = _leden(lezer)
        if lezer.woord(" onder "):
            if len(leden) > 1:
                raise lezer.fout("één lid vóór onderdelen")
            bepalingen += [(artikel, leden[0], o, s) for o, s in _onderdelen(lezer)]
        else:
            bepalingen += [(artikel, lid, None, None) for lid in leden]
        if not lezer.woord(" en lid "):
            return bepalingen


def _regeling(tekst: str) -> tuple[str, Regeling]:
    """De aanhaling zonder de regeling aan het eind, en die regeling (de langste naam die past)."""
    kandidaten = [(naam, r) for r in regelingen() for naam in r.namen if tekst.endswith(f" {naam}")]
    if not kandidaten:
        raise OngeldigeAanhaling(f"aanhaling {tekst!r}: geen bekende regeling aan het eind "
                                 f"({', '.join(n for r in regelingen() for n in r.namen)})")
    naam, regeling = max(kandidaten, key=lambda k: len(k[0]))
    return tekst[: -len(naam) - 1], regeling


def _versie(tekst: str) -> tuple[str, date | None, date | None, bool]:
    """De aanhaling zonder versie, en tekst_vanaf, tekst_tot en of de versie voorlopig is (None: de huidige)."""
    gevonden = _VERSIE.search(tekst)
    if gevonden is None:
        return tekst, None, None, False
    romp = tekst[: gevonden.start()]
    if gevonden["vanaf"]:
        return romp, date(int(gevonden["vanaf"]), 1, 1), None, True
    if gevonden["maand"] not in _MAANDEN:
        raise OngeldigeAanhaling(f"aanhaling {tekst!r}: onbekende maand {gevonden['maand']!r}")
    return romp, None, date(int(gevonden["jaar"]), _MAANDEN.index(gevonden["maand"]) + 1, int(gevonden["dag"])), True


def _controleer_pw(tekst: str, artikel: str, lid: str | None, huidig: bool) -> tuple[date | None, str]:
    """De inwerkingtreding van het artikel volgens de wetsindex; een onbekend artikel of lid is een fout.

    De leden van een oudere tekst staan niet in de index (alleen de tekst per 2026): daar wordt alleen het
    artikel nagezien."""
    gegevens = wetsindex()["artikelen"].get(artikel)
    if gegevens is None:
        raise OngeldigeAanhaling(f"aanhaling {tekst!r}: art. {artikel} staat niet in de Participatiewet")
    if huidig and lid is not None and lid not in gegevens["leden"]:
        raise OngeldigeAanhaling(f"aanhaling {tekst!r}: art. {artikel} heeft geen lid {lid} "
                                 f"(leden: {', '.join(gegevens['leden']) or 'geen'})")
    inwerking = gegevens["inwerking"]
    return None if inwerking is None else date.fromisoformat(inwerking), gegevens["status"]


@cache
def verwijzingen(aanhaling: str, peildatum: date | None = None) -> tuple[Verwijzing, ...]:
    """De bepalingen van een aanhaling, in de volgorde waarin ze er staan.

    Met een peildatum is de huidige tekst van een artikel de tekst die op de peildatum gold: treedt de tekst
    per 2026 pas na de peildatum in werking, dan is het de tekst van daarvoor (tekst_tot die datum,
    voorlopig). Een artikel dat nog in werking moet treden (status `nogniet`, zoals art. 34a) heeft geen
    eerdere tekst: wie het vóór die datum toepast (vervroegd, als beleid), past die tekst toe."""
    zonder_versie, vanaf, tot, versie_voorlopig = _versie(aanhaling)
    romp, regeling = _regeling(zonder_versie)
    lezer = _Lezer(aanhaling, romp)
    bepalingen = _artikeldeel(lezer)
    while lezer.woord(" en "):
        bepalingen += _artikeldeel(lezer)
    if not lezer.klaar:
        raise lezer.fout("het einde van de aanhaling")
    uitkomst = []
    for artikel, lid, onderdeel, subonderdeel in bepalingen:
        tekst_vanaf, tekst_tot, voorlopig = vanaf, tot, versie_voorlopig or regeling.voorlopig
        if regeling.bwb == PARTICIPATIEWET:
            huidige, status = _controleer_pw(aanhaling, artikel, lid, huidig=tot is None)
            if vanaf is None and tot is None:
                tekst_vanaf, voorlopig = huidige, voorlopig or huidige is None
                if peildatum is not None and huidige is not None and huidige > peildatum and status != "nogniet":
                    tekst_vanaf, tekst_tot, voorlopig = None, huidige, True
        elif vanaf is None:
            voorlopig = True
        uitkomst.append(Verwijzing(regeling.bwb, artikel, lid, onderdeel, subonderdeel, tekst_vanaf, tekst_tot,
                                   voorlopig))
    if len(set(uitkomst)) != len(uitkomst):
        raise OngeldigeAanhaling(f"aanhaling {aanhaling!r}: noemt een bepaling twee keer")
    return tuple(uitkomst)
