"""M14 Bufferbudget (art. 34b Pw, met art. 11 lid 4 en art. 45 lid 4 Pw).

Vanaf 1 januari 2027 kan het college ambtshalve voor wie inkomen uit arbeid en algemene bijstand
ontvangt een bufferbudget van ten hoogste € 1.000 per kalenderjaar inzetten, als (a) de
inkomstenverrekening tot instabiliteit in inkomen leidt waardoor de persoon of het gezin in een of
meer maanden minder dan de bijstandsnorm tot zijn beschikking heeft, en (b) het bufferbudget naar
het oordeel van het college bijdraagt aan werken in deeltijd of volledige arbeidsinschakeling
(lid 1). Het college betaalt eruit aan de belanghebbende, of vereffent er onverschuldigd betaalde
bijstand door inkomsten uit arbeid mee (lid 2). Voor gehuwden komt het hun gezamenlijk toe en
wordt het ieder van de rechthebbende echtgenoten voor de helft betaald (lid 3 met art. 11 lid 4
en art. 45 lid 4). Vóór 2027 bestaat het niet. Een gemeente kan een lager jaarmaximum kiezen
(beleid); het oordeel, de instabiliteit en het gebruikte budget zijn invoer. De bijstandsnorm komt
uit de normregel (`kostendelersnorm`) voor het huishouden, tenzij zij is gegeven (door de
maandberekening, of in het verzoek: dan leest de regel geen normparameter).

De letterlijke lezing van lid 1 onder a: "minder dan de bijstandsnorm" is de norm zelf, met de
vakantietoeslag die erin is begrepen (niet alleen het maanddeel dat per maand wordt betaald).

`voorlopig` (de wet regelt het niet): zonder bedrag naar het oordeel van het college betaalt pwib
het tekort van de maand ten opzichte van de bijstandsnorm; het budget gaat eerst naar betalingen
en dan naar vereffening; bij een oneven aantal centen krijgt de belanghebbende de extra cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN
from functools import cache

from reference.catalogus import inwerkingtreding
from reference.errors import Bezwaar, OngeldigeFeiten
from reference.feiten import Huishouden
from reference.maatregelen.kostendelersnorm import kostendelersnorm
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import CENT, Bedrag

NUL = Bedrag.nul()
GRONDSLAG = "art. 34b Pw"


@dataclass(frozen=True)
class Bufferbudgetfeiten:
    huishouden: Huishouden
    beschikbaar_in_de_maand: Bedrag  # wat de persoon of het gezin deze maand tot zijn beschikking heeft
    ontvangt_inkomen_uit_arbeid_en_bijstand: bool
    instabiliteit_door_inkomstenverrekening: bool  # lid 1 onder a
    college_acht_bijdragen_aan_werk: bool  # lid 1 onder b
    gebruikt_dit_kalenderjaar: Bedrag = NUL
    bedrag_naar_oordeel_college: Bedrag | None = None  # lid 2: betaling die bijdraagt aan de stabiliteit
    te_vereffenen: Bedrag = NUL  # lid 2: onverschuldigd betaalde bijstand door inkomsten uit arbeid
    maximum_beleid: Bedrag | None = None  # beleid: een lager jaarmaximum
    norm: Bedrag | None = None  # de norm van de maand; ontbreekt zij, dan volgt zij uit het huishouden


@dataclass(frozen=True)
class Bufferbudgetbesluit:
    van_toepassing: bool
    van_toepassing_vanaf: date
    norm: Bedrag
    ingezet: Bedrag
    betaald: Bedrag
    vereffend: Bedrag
    per_echtgenoot: tuple[Bedrag, ...]
    tekort: Bedrag
    resterend_budget: Bedrag | None
    grondslag: str
    uitleg: Uitleg


def helften(bedrag: Bedrag) -> tuple[Bedrag, Bedrag]:
    """Art. 45 lid 4 Pw: ieder de helft; een oneven cent gaat naar de belanghebbende (voorlopig)."""
    tweede = Bedrag((bedrag.waarde / 2).quantize(CENT, rounding=ROUND_DOWN))
    return bedrag - tweede, tweede


def controleer_beleid(maximum_beleid: Bedrag | None, stand: Wetstand) -> None:
    """Een gemeente kan minder inzetten dan de wet toestaat, niet meer (art. 34b lid 1 Pw)."""
    if maximum_beleid is None or not stand.in_werking("M14"):
        return
    wettelijk = stand.bedrag("bufferbudget.maximum_per_kalenderjaar")
    if maximum_beleid > wettelijk.waarde:
        raise OngeldigeFeiten([Bezwaar("beleid.bufferbudgetMaximumPerKalenderjaar",
                                       f"de wet staat ten hoogste {wettelijk.waarde!s} per kalenderjaar toe")])


@cache
def _vanaf() -> date:
    return inwerkingtreding("M14")


def bufferbudget(feiten: Bufferbudgetfeiten, stand: Wetstand) -> Bufferbudgetbesluit:
    """Of en hoeveel bufferbudget deze maand wordt ingezet, en aan wie het wordt betaald."""
    uitleg = Uitleg.voor(stand)
    vanaf = _vanaf()
    norm = feiten.norm
    if norm is None:
        normbesluit = kostendelersnorm(feiten.huishouden, stand)
        norm = normbesluit.norm
        uitleg.voeg_toe(normbesluit.uitleg)
    tekort = Bedrag(max(norm.waarde - feiten.beschikbaar_in_de_maand.waarde, NUL.waarde))
    if not stand.in_werking("M14"):
        uitleg.stap(f"Het bufferbudget bestaat pas vanaf {vanaf!s}", GRONDSLAG)
        return Bufferbudgetbesluit(False, vanaf, norm, NUL, NUL, NUL, (), tekort, None, GRONDSLAG, uitleg)
    controleer_beleid(feiten.maximum_beleid, stand)
    wettelijk = stand.bedrag("bufferbudget.maximum_per_kalenderjaar")
    maximum = wettelijk.waarde if feiten.maximum_beleid is None else feiten.maximum_beleid
    ruimte = Bedrag(max(maximum.waarde - feiten.gebruikt_dit_kalenderjaar.waarde, NUL.waarde))
    budget = (f"Bufferbudget ten hoogste {maximum.waarde!s} per kalenderjaar"
              + ("" if feiten.maximum_beleid is None
                 else f" (gemeentelijk beleid; wettelijk {wettelijk.waarde.waarde!s})")
              + f", al gebruikt {feiten.gebruikt_dit_kalenderjaar.waarde!s}, nog {ruimte.waarde!s}")
    reden = _reden_van_weigering(feiten)
    if reden is not None:
        uitleg.stap(f"{budget}. Niet ingezet: {reden[0]}", reden[1], wettelijk)
        return Bufferbudgetbesluit(False, vanaf, norm, NUL, NUL, NUL, (), tekort, ruimte, GRONDSLAG, uitleg)
    if feiten.bedrag_naar_oordeel_college is None:
        gevraagd, waarom = tekort, f"het tekort van de maand ({tekort.waarde!s})"
        uitleg.interpretatie("M14-tekort-van-de-maand")
    else:
        gevraagd = feiten.bedrag_naar_oordeel_college
        waarom = f"het bedrag dat het college bijdragend acht aan de stabiliteit ({gevraagd.waarde!s})"
    betaald = gevraagd.min(ruimte)
    vereffend = feiten.te_vereffenen.min(ruimte - betaald)
    ingezet = betaald + vereffend
    huishouden = feiten.huishouden
    beiden = huishouden.partner is not None and huishouden.partner_heeft_recht
    per_echtgenoot = helften(betaald) if beiden else (betaald,)
    uitleg.stap(f"{budget}. Deze maand beschikbaar {feiten.beschikbaar_in_de_maand.waarde!s} tegen een norm van "
                f"{norm.waarde!s}. Betaald: {betaald.waarde!s}, naar {waarom}"
                + (f"; vereffend {vereffend.waarde!s} onverschuldigd betaalde bijstand" if vereffend > NUL else "")
                + ("; ieder van de echtgenoten de helft (art. 45 lid 4 Pw)" if beiden else ""),
                "art. 34b lid 1 en 2 Pw", wettelijk)
    return Bufferbudgetbesluit(True, vanaf, norm, ingezet, betaald, vereffend, per_echtgenoot, tekort, ruimte - ingezet,
                               GRONDSLAG, uitleg)


def _reden_van_weigering(feiten: Bufferbudgetfeiten) -> tuple[str, str] | None:
    if not feiten.ontvangt_inkomen_uit_arbeid_en_bijstand:
        return "alleen voor wie inkomen uit arbeid en algemene bijstand ontvangt", "art. 34b lid 1 Pw"
    if not feiten.instabiliteit_door_inkomstenverrekening:
        return ("geen instabiliteit in inkomen door inkomstenverrekening waardoor minder dan de bijstandsnorm "
                "beschikbaar is", "art. 34b lid 1 onder a Pw")
    if not feiten.college_acht_bijdragen_aan_werk:
        return ("het college acht niet dat het bufferbudget bijdraagt aan werken in deeltijd of volledige "
                "arbeidsinschakeling", "art. 34b lid 1 onder b Pw")
    return None
