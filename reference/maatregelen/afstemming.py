"""M22 Afstemming (art. 18 en 18b Pw): de verlaging van de bijstand als een verplichting niet wordt nagekomen.

Art. 18 lid 4 noemt de arbeidsverplichtingen (onder a tot en met h). Komt de belanghebbende er een niet
na, dan verlaagt het college de bijstand met 100 % voor een periode die de verordening (art. 8 lid 1
onder a) vaststelt van ten minste een en ten hoogste drie maanden (lid 5). Opnieuw binnen twaalf maanden
nadat lid 5 is toegepast: een langere periode van ten hoogste drie maanden (lid 6); binnen twaalf maanden
na lid 6: drie maanden (lid 7); binnen twaalf maanden na lid 7: telkens drie maanden (het eerste lid 8;
de wet van 2025 voegde per vergissing een tweede lid 8 toe, over giften). De verordening kan bepalen dat
het bedrag van een verlaging van lid 5 wordt verrekend over de maand van oplegging en ten hoogste de twee
volgende, met ten minste een derde in de eerste maand (lid 5, tweede zin). Bij de andere verplichtingen
(behalve art. 17 lid 1) en bij tekortschietend besef van verantwoordelijkheid bepaalt de verordening
percentage en duur (lid 2); het college heroverweegt zo'n besluit binnen ten hoogste drie maanden (lid 3).

Taaleis (art. 18b; de verlaging op de peildatum staat in `taaleis.py`): 20 % van de bijstandsnorm
gedurende zes maanden vanaf de schriftelijke kennisgeving (lid 4 en 9), 40 % de zes maanden daarna
(lid 10) en 100 % voor onbepaalde tijd vanaf twaalf maanden (lid 11); lid 10 en 11 alleen als een toets
toont dat de taal niet wordt beheerst en de voortgang onvoldoende is.

Oordelen van het college zijn invoer: ontbreekt elke verwijtbaarheid, dan geen maatregel (art. 18 lid 9,
art. 18b lid 6 onder b); bij dringende redenen stemt het college de maatregel af, met de reden (art. 18
lid 10, art. 18b lid 7); bereid en voldoende voortgang (art. 18b lid 6 onder a). Art. 18 (behalve het
tweede lid 8) en 18b veranderen per 1 januari 2026 niet: dezelfde regel geldt ervoor en erna.

`voorlopig` (de wet regelt het niet):
- "binnen twaalf maanden nadat" het vorige lid "toepassing heeft gevonden": pwib telt vanaf de dag waarop
  de vorige verlaging werd opgelegd, tot en met dezelfde dagdatum twaalf maanden later (`plus_maanden`);
- zonder verordening neemt pwib de ondergrens: een maand (lid 5), een maand langer (lid 6), geen
  verrekening; stelt de verordening lid 5 op drie maanden, dan kan lid 6 niet langer en is het drie maanden;
- verrekening geldt alleen voor een verlaging van lid 5 (de zin staat in lid 5) en alleen over meer
  maanden dan de periode; de latere maanden krijgen elk het gelijke deel naar beneden op centen, de eerste
  maand de rest (`_gelijk_deel_naar_beneden`), zodat die altijd ten minste een derde draagt;
- art. 18 verlaagt "de bijstand": pwib rekent met het bedrag dat als bijstandsnorm wordt opgegeven;
- art. 18 lid 2 kent geen wettelijke standaard: zonder verordening geen beoordeling (ongeldige invoer).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_DOWN, Decimal
from enum import Enum

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.maatregelen.taaleis import Taaleisfeiten, Verlaging, taaleisverlaging
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import CENT, Bedrag, afronden_op_centen, plus_maanden

HONDERD = Decimal(100)
GRONDSLAG_LID = {5: "art. 18 lid 5 Pw", 6: "art. 18 lid 6 Pw", 7: "art. 18 lid 7 Pw", 8: "art. 18 lid 8 (eerste) Pw"}


class Afstemmingsverplichting(Enum):
    ARBEID = "arbeidsverplichting"  # art. 18 lid 4 Pw
    OVERIG = "overigeVerplichting"  # art. 18 lid 2 Pw
    TAALEIS = "taaleis"  # art. 18b Pw


@dataclass(frozen=True)
class VorigeVerlaging:
    lid: int  # 5, 6, 7 of 8 van art. 18
    opgelegd_op: date


@dataclass(frozen=True)
class AfgestemdeVerlaging:
    """Art. 18 lid 10 / 18b lid 7: het college stemt de maatregel af wegens dringende redenen."""

    percentage: Decimal
    reden: str
    duur_in_maanden: int | None = None


@dataclass(frozen=True)
class Afstemmingsbeleid:
    """De afstemmingsverordening (art. 8 lid 1 onder a Pw); None is: de verordening zegt niets."""

    duur_eerste_verzuim: int | None = None
    duur_recidive: int | None = None
    verrekening_maanden: int | None = None
    percentage_overige: Decimal | None = None
    duur_overige: int | None = None


@dataclass(frozen=True)
class Afstemmingsfeiten:
    verplichting: Afstemmingsverplichting
    bijstandsnorm: Bedrag
    datum_verzuim: date | None = None
    vorige_verlaging: VorigeVerlaging | None = None
    taaleis: Taaleisfeiten | None = None
    verwijtbaarheid_ontbreekt: bool = False  # art. 18 lid 9, art. 18b lid 6 onder b: oordeel van het college
    afgestemd: AfgestemdeVerlaging | None = None
    beleid: Afstemmingsbeleid = field(default_factory=Afstemmingsbeleid)


@dataclass(frozen=True)
class Afstemmingsbesluit:
    opgelegd: bool
    percentage: Decimal
    duur_in_maanden: int | None  # None: voor onbepaalde tijd
    verlaging_per_maand: Bedrag
    verrekening: tuple[Bedrag, ...]  # per maand vanaf de maand van oplegging; leeg bij onbepaalde tijd
    heroverweging_binnen_maanden: int | None
    grondslag: str
    uitleg: Uitleg


def _controleer(feiten: Afstemmingsfeiten, stand: Wetstand) -> None:
    bezwaren: list[Bezwaar] = []
    vorige, verzuim = feiten.vorige_verlaging, feiten.datum_verzuim
    if verzuim is not None and verzuim > stand.peildatum:
        bezwaren.append(Bezwaar("datumVerzuim", "het verzuim ligt na de peildatum"))
    if vorige is not None and vorige.lid not in GRONDSLAG_LID:
        bezwaren.append(Bezwaar("vorigeVerlaging.lid", "art. 18 lid 5, 6, 7 of 8 Pw"))
    elif vorige is not None and feiten.verplichting is not Afstemmingsverplichting.ARBEID:
        bezwaren.append(Bezwaar("vorigeVerlaging", "alleen bij een verplichting van art. 18 lid 4 Pw"))
    elif vorige is not None and verzuim is None:
        bezwaren.append(Bezwaar("datumVerzuim", "nodig om te bepalen of het verzuim binnen twaalf maanden valt"))
    elif vorige is not None and verzuim is not None and vorige.opgelegd_op > verzuim:
        bezwaren.append(Bezwaar("vorigeVerlaging.opgelegdOp", "de vorige verlaging ligt na het verzuim"))
    if (feiten.verplichting is Afstemmingsverplichting.TAALEIS) != (feiten.taaleis is not None):
        bezwaren.append(Bezwaar("taaleis", "de gegevens over de taaleis horen bij, en alleen bij, art. 18b Pw"))
    bezwaren.extend(_beleidsbezwaren(feiten.beleid, stand))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def _beleidsbezwaren(beleid: Afstemmingsbeleid, stand: Wetstand) -> list[Bezwaar]:
    bezwaren: list[Bezwaar] = []
    laagst = stand.aantal("afstemming.duur_eerste_verzuim_minimaal").waarde
    hoogst = stand.aantal("afstemming.duur_eerste_verzuim_maximaal").waarde
    eerste = beleid.duur_eerste_verzuim
    if eerste is not None and not laagst <= eerste <= hoogst:
        bezwaren.append(Bezwaar("beleid.afstemmingDuurEersteVerzuimInMaanden",
                                f"art. 18 lid 5 Pw: ten minste {laagst} en ten hoogste {hoogst} maanden"))
    recidive_max = stand.aantal("afstemming.duur_recidive_maximaal").waarde
    recidive = beleid.duur_recidive
    vorig = eerste or laagst
    if recidive is not None and not (vorig < recidive <= recidive_max or vorig == recidive == recidive_max):
        bezwaren.append(Bezwaar("beleid.afstemmingDuurRecidiveInMaanden",
                                f"art. 18 lid 6 Pw: langer dan lid 5, ten hoogste {recidive_max} maanden"))
    spreiding = stand.aantal("afstemming.verrekening_maximaal_maanden").waarde
    if beleid.verrekening_maanden is not None and not 1 <= beleid.verrekening_maanden <= spreiding:
        bezwaren.append(Bezwaar("beleid.afstemmingVerrekeningInMaanden",
                                f"art. 18 lid 5 Pw: ten hoogste {spreiding} maanden"))
    maximum = stand.getal("afstemming.maximumpercentage_overige_verplichting").waarde
    if beleid.percentage_overige is not None and not Decimal(0) < beleid.percentage_overige <= maximum:
        bezwaren.append(Bezwaar("beleid.afstemmingPercentageOverigeVerplichting",
                                f"meer dan 0 en ten hoogste {maximum} procent (art. 18 lid 2 Pw)"))
    return bezwaren


def _arbeidsverplichting(feiten: Afstemmingsfeiten, stand: Wetstand, uitleg: Uitleg) -> Verlaging:
    vorige, verzuim = feiten.vorige_verlaging, feiten.datum_verzuim
    lid = 5
    if vorige is not None and verzuim is not None:
        termijn = stand.aantal("afstemming.recidivetermijn")
        einde = plus_maanden(vorige.opgelegd_op, termijn.waarde)
        binnen = verzuim <= einde
        lid = min(vorige.lid + 1, 8) if binnen else 5
        uitleg.stap(f"Vorige verlaging op grond van {GRONDSLAG_LID[vorige.lid]} opgelegd op {vorige.opgelegd_op}; "
                    f"het verzuim op {verzuim} valt {'binnen' if binnen else 'na'} de termijn tot en met {einde}",
                    "art. 18 lid 6-8 Pw", termijn)
    percentage = stand.getal("afstemming.percentage_arbeidsverplichting")
    minimum = stand.aantal("afstemming.duur_eerste_verzuim_minimaal").waarde
    eerste = feiten.beleid.duur_eerste_verzuim or minimum
    if lid == 5:
        duur = stand.aantal("afstemming.duur_eerste_verzuim_maximaal")
        bron = "verordening" if feiten.beleid.duur_eerste_verzuim else "geen verordening: de wettelijke ondergrens"
        maanden = eerste
    elif lid == 6:
        duur = stand.aantal("afstemming.duur_recidive_maximaal")
        bron = "verordening" if feiten.beleid.duur_recidive else "geen verordening: een maand langer dan lid 5"
        maanden = feiten.beleid.duur_recidive or min(eerste + 1, duur.waarde)
    else:
        duur = stand.aantal("afstemming.duur_derde_verzuim" if lid == 7 else "afstemming.duur_herhaald_verzuim")
        bron, maanden = "de wet", duur.waarde
    uitleg.stap(f"Arbeidsverplichting niet nagekomen: {percentage.waarde} % gedurende {maanden} maanden ({bron})",
                GRONDSLAG_LID[lid], percentage, duur)
    return Verlaging(percentage.waarde, maanden, GRONDSLAG_LID[lid], lid=lid)


def _overige(feiten: Afstemmingsfeiten, stand: Wetstand, uitleg: Uitleg) -> Verlaging:
    beleid = feiten.beleid
    if beleid.percentage_overige is None or beleid.duur_overige is None:
        reden = "de wet kent geen standaard; de verordening (art. 8 lid 1 onder a Pw) bepaalt de verlaging"
        raise OngeldigeFeiten([Bezwaar(veld, reden) for veld, waarde in (
            ("beleid.afstemmingPercentageOverigeVerplichting", beleid.percentage_overige),
            ("beleid.afstemmingDuurOverigeVerplichtingInMaanden", beleid.duur_overige)) if waarde is None])
    heroverweging = stand.aantal("afstemming.heroverweging_maximaal_maanden")
    uitleg.stap(f"Andere verplichting niet nagekomen: volgens de verordening {beleid.percentage_overige} % "
                f"gedurende {beleid.duur_overige} maanden; heroverweging binnen {heroverweging.waarde} maanden",
                "art. 18 lid 2 en 3 Pw", heroverweging)
    return Verlaging(beleid.percentage_overige, beleid.duur_overige, "art. 18 lid 2 Pw",
                      heroverweging=heroverweging.waarde)


def _afstemmen(maatregel: Verlaging, afgestemd: AfgestemdeVerlaging, taaleis: bool, uitleg: Uitleg) -> Verlaging:
    grondslag = "art. 18b lid 7 Pw" if taaleis else "art. 18 lid 10 Pw"
    bezwaren = []
    if afgestemd.percentage > maatregel.percentage:
        bezwaren.append(Bezwaar("afgestemdeVerlaging.percentage", f"hoger dan de verlaging van {maatregel.grondslag}"))
    duur = afgestemd.duur_in_maanden
    if duur is not None and maatregel.duur is not None and duur > maatregel.duur:
        bezwaren.append(Bezwaar("afgestemdeVerlaging.duurInMaanden", f"langer dan de duur van {maatregel.grondslag}"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)
    duur = maatregel.duur if duur is None else duur
    uitleg.stap(f"Dringende redenen: het college stemt de verlaging af op {afgestemd.percentage} % "
                f"({afgestemd.reden})", grondslag)
    return replace(maatregel, percentage=afgestemd.percentage, duur=duur, grondslag=grondslag)


def _gelijk_deel_naar_beneden(totaal: Bedrag, maanden: int) -> Bedrag:
    """Het deel van elke latere maand bij verrekening: totaal / maanden, naar beneden op hele centen.

    Grondslag: art. 18 lid 5, tweede zin, Pw eist ten minste 1/3 in de eerste maand; door de latere maanden
    naar beneden af te ronden draagt de eerste maand de rest en nooit minder dan een gelijk deel.
    """
    return Bedrag((totaal.waarde / maanden).quantize(CENT, rounding=ROUND_DOWN))


def _verrekening(maatregel: Verlaging, per_maand: Bedrag, feiten: Afstemmingsfeiten, stand: Wetstand,
                 uitleg: Uitleg) -> tuple[Bedrag, ...]:
    if maatregel.duur is None:
        return ()
    spreiding = feiten.beleid.verrekening_maanden
    if maatregel.lid != 5 or spreiding is None or spreiding <= maatregel.duur:
        return (per_maand,) * maatregel.duur
    totaal = Bedrag(per_maand.waarde * maatregel.duur)
    later = _gelijk_deel_naar_beneden(totaal, spreiding)
    eerste = totaal - Bedrag(later.waarde * (spreiding - 1))
    noemer = stand.aantal("afstemming.verrekening_eerste_maand_deel_noemer")  # spreiding <= 3 houdt dit in
    uitleg.stap(f"De verordening verrekent {totaal} over {spreiding} maanden: {eerste} in de maand van oplegging "
                f"(ten minste 1/{noemer.waarde}) en {later} in elke volgende maand", "art. 18 lid 5 Pw", noemer)
    return (eerste,) + (later,) * (spreiding - 1)


def _geen(grondslag: str, reden: str, uitleg: Uitleg) -> Afstemmingsbesluit:
    uitleg.stap(reden, grondslag)
    return Afstemmingsbesluit(False, Decimal(0), 0, Bedrag.nul(), (), None, grondslag, uitleg)


def afstemming(feiten: Afstemmingsfeiten, stand: Wetstand) -> Afstemmingsbesluit:
    """Met hoeveel procent, hoe lang en met welk bedrag per maand wordt de bijstand verlaagd?"""
    _controleer(feiten, stand)
    uitleg = Uitleg.voor(stand)
    taaleis = feiten.taaleis
    if taaleis is not None:
        gevonden = taaleisverlaging(taaleis, stand, uitleg)
        if isinstance(gevonden, str):
            return _geen(gevonden, "Op de peildatum is er geen verlaging wegens de taaleis", uitleg)
        maatregel = gevonden
        if taaleis.bereid_met_voldoende_voortgang:
            return _geen("art. 18b lid 6 onder a Pw", "De belanghebbende is bereid de taal te leren en boekt de "
                         "verwachte voortgang: geen verlaging", uitleg)
    elif feiten.verplichting is Afstemmingsverplichting.OVERIG:
        maatregel = _overige(feiten, stand, uitleg)
    else:
        maatregel = _arbeidsverplichting(feiten, stand, uitleg)
    if feiten.verwijtbaarheid_ontbreekt:
        grondslag = "art. 18b lid 6 onder b Pw" if taaleis is not None else "art. 18 lid 9 Pw"
        return _geen(grondslag, "Elke vorm van verwijtbaarheid ontbreekt: het college legt geen maatregel op", uitleg)
    if feiten.afgestemd is not None:
        maatregel = _afstemmen(maatregel, feiten.afgestemd, taaleis is not None, uitleg)
    per_maand = afronden_op_centen(feiten.bijstandsnorm.waarde * maatregel.percentage / HONDERD)
    uitleg.stap(f"Verlaging per maand: {maatregel.percentage} % van {feiten.bijstandsnorm} = {per_maand}",
                maatregel.grondslag)
    verrekening = _verrekening(maatregel, per_maand, feiten, stand, uitleg)
    return Afstemmingsbesluit(maatregel.percentage > 0, maatregel.percentage, maatregel.duur, per_maand,
                              verrekening, maatregel.heroverweging, maatregel.grondslag, uitleg)
