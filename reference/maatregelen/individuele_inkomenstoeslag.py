"""M20 Individuele inkomenstoeslag (art. 36 Pw, met art. 8 lid 1 onder b en lid 2 Pw).

Het college kan een individuele inkomenstoeslag verlenen aan een persoon van 21 jaar of ouder
maar jonger dan de pensioengerechtigde leeftijd, die langdurig een laag inkomen heeft, geen in
aanmerking te nemen vermogen (art. 34 Pw) en geen uitzicht op inkomensverbetering (lid 1, gelet op
zijn krachten, bekwaamheden en inspanningen: lid 2). Is in de 12 maanden onmiddellijk vóór de
aanvraag al een toeslag verleend, dan wordt de aanvraag afgewezen (lid 3).

Wat "langdurig" en "laag inkomen" zijn en hoe hoog de toeslag is, regelt de gemeenteraad bij
verordening (art. 8 lid 1 onder b en lid 2): dat is beleid (`Inkomenstoeslagbeleid`). De wet kent
daarvoor geen standaard; ontbreekt de waarde die de beoordeling nodig heeft, dan is de invoer
onvolledig (400 op dat beleidsveld). Of er uitzicht op inkomensverbetering is, is het oordeel van
het college in dit geval en dus invoer; het aantal maanden met een laag inkomen (naar de maatstaf
van de verordening) is een feit.

Tot 2027 alleen op aanvraag (tekst 2026). `voorlopig` (M20): vanaf 1 januari 2027 kan het college de
toeslag ook ambtshalve verlenen; de tekst van art. 36 per 2027 staat niet in de bronnen. pwib neemt
aan dat de overige voorwaarden gelijk blijven en dat de termijn van lid 3 bij ambtshalve verlening
terugrekent vanaf de peildatum. `voorlopig` (lid 3): een eerdere toeslag blokkeert als hij is
verleend op of na dezelfde dag 12 maanden vóór de aanvraag; de leeftijd is die van de belanghebbende.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.feiten import Huishouden
from reference.maatregelen.bijstandsnorm import leefvorm
from reference.parameters import Parameterwaarde, Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag, plus_maanden

T = TypeVar("T")
LID_1 = "art. 36 lid 1 Pw"
VERORDENING = "art. 8 lid 1 onder b en lid 2 Pw"


@dataclass(frozen=True)
class Inkomenstoeslagbeleid:
    """De verordening (art. 8 lid 1 onder b Pw); None: de verordening is niet opgegeven."""

    langdurig_maanden: int | None = None
    bedrag_alleenstaande: Bedrag | None = None
    bedrag_alleenstaande_ouder: Bedrag | None = None
    bedrag_gehuwden: Bedrag | None = None


@dataclass(frozen=True)
class Inkomenstoeslagfeiten:
    huishouden: Huishouden
    maanden_laag_inkomen: int
    uitzicht_op_inkomensverbetering: bool  # oordeel van het college (art. 36 lid 1 en 2 Pw)
    aanvraagdatum: date | None = None  # None: het college beoordeelt ambtshalve
    vorige_toeslag_verleend_op: date | None = None
    in_aanmerking_te_nemen_vermogen: bool = False  # art. 34 Pw
    beleid: Inkomenstoeslagbeleid = field(default_factory=Inkomenstoeslagbeleid)


@dataclass(frozen=True)
class Inkomenstoeslagbesluit:
    komt_in_aanmerking: bool
    toeslag: Bedrag
    ambtshalve: bool
    reden: str
    grondslag: str
    uitleg: Uitleg


def _controleer(feiten: Inkomenstoeslagfeiten, peildatum: date) -> None:
    bezwaren = []
    if feiten.aanvraagdatum is not None and feiten.aanvraagdatum > peildatum:
        bezwaren.append(Bezwaar("aanvraagdatum", "de aanvraag ligt na de peildatum"))
    if feiten.vorige_toeslag_verleend_op is not None and feiten.vorige_toeslag_verleend_op > peildatum:
        bezwaren.append(Bezwaar("vorigeToeslagVerleendOp", "een eerdere toeslag kan niet na de peildatum liggen"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def _uit_verordening(waarde: T | None, veld: str) -> T:
    """Een waarde die alleen de verordening geeft; zonder die waarde is de invoer onvolledig."""
    if waarde is None:
        raise OngeldigeFeiten([Bezwaar(f"beleid.{veld}", "de wet kent geen standaard; de verordening "
                                                         f"moet dit regelen ({VERORDENING})")])
    return waarde


def _bedrag(feiten: Inkomenstoeslagfeiten) -> Bedrag:
    vorm = leefvorm(feiten.huishouden)
    beleid = feiten.beleid
    bedrag, veld = {
        "alleenstaande": (beleid.bedrag_alleenstaande, "inkomenstoeslagBedragAlleenstaande"),
        "alleenstaandeOuder": (beleid.bedrag_alleenstaande_ouder, "inkomenstoeslagBedragAlleenstaandeOuder"),
        "gehuwden": (beleid.bedrag_gehuwden, "inkomenstoeslagBedragGehuwden"),
    }[vorm]
    return _uit_verordening(bedrag, veld)


def _ambtshalve_mogelijk(stand: Wetstand) -> bool:
    """Vóór 2027 alleen op aanvraag (art. 36 lid 1 Pw, tekst 2026); daarna ook ambtshalve (M20, voorlopig)."""
    return stand.in_werking("M20")


@dataclass(frozen=True)
class _Weigering:
    reden: str
    grondslag: str
    parameters: tuple[Parameterwaarde[Any], ...] = ()


def _begin_termijn(dag: date, maanden: int) -> date:
    """De eerste dag van de periode van `maanden` maanden onmiddellijk vóór `dag` (art. 36 lid 3 Pw)."""
    try:
        return plus_maanden(dag, -maanden)
    except ValueError:  # vóór het jaar 1 bestaat geen kalender, dus ook geen eerdere toeslag
        return date.min


def _persoon_en_termijn(feiten: Inkomenstoeslagfeiten, stand: Wetstand) -> _Weigering | None:
    """Leeftijd (art. 36 lid 1 Pw) en geen toeslag in de 12 maanden vóór de aanvraag (lid 3)."""
    persoon = feiten.huishouden.belanghebbende
    minimum = stand.aantal("inkomenstoeslag.minimumleeftijd")
    if persoon.leeftijd < minimum.waarde:
        return _Weigering(f"jonger dan {minimum.waarde} jaar", LID_1, (minimum,))
    if persoon.aow_leeftijd_bereikt:
        return _Weigering("heeft de pensioengerechtigde leeftijd bereikt", LID_1)
    termijn = stand.aantal("inkomenstoeslag.wachttermijn")
    vanaf = _begin_termijn(feiten.aanvraagdatum or stand.peildatum, termijn.waarde)
    if feiten.vorige_toeslag_verleend_op is not None and feiten.vorige_toeslag_verleend_op >= vanaf:
        return _Weigering(f"al een toeslag verleend op of na {vanaf}", "art. 36 lid 3 Pw", (termijn,))
    return None


def _middelen_en_uitzicht(feiten: Inkomenstoeslagfeiten) -> _Weigering | None:
    """Geen vermogen, langdurig een laag inkomen, geen uitzicht op inkomensverbetering (art. 36 lid 1 Pw)."""
    if feiten.in_aanmerking_te_nemen_vermogen:
        return _Weigering("heeft in aanmerking te nemen vermogen", "art. 36 lid 1 en art. 34 Pw")
    langdurig = _uit_verordening(feiten.beleid.langdurig_maanden, "inkomenstoeslagLangdurigMaanden")
    if feiten.maanden_laag_inkomen < langdurig:
        return _Weigering(f"{feiten.maanden_laag_inkomen} maanden een laag inkomen; de verordening vraagt er "
                          f"{langdurig}", LID_1)
    if feiten.uitzicht_op_inkomensverbetering:
        return _Weigering("het college ziet uitzicht op inkomensverbetering", LID_1)
    return None


def individuele_inkomenstoeslag(feiten: Inkomenstoeslagfeiten, stand: Wetstand) -> Inkomenstoeslagbesluit:
    """Komt de persoon in aanmerking voor een individuele inkomenstoeslag, en voor welk bedrag?"""
    _controleer(feiten, stand.peildatum)
    uitleg = Uitleg.voor(stand)
    ambtshalve = feiten.aanvraagdatum is None
    if ambtshalve and not _ambtshalve_mogelijk(stand):
        weigering: _Weigering | None = _Weigering("vóór 1 januari 2027 alleen op aanvraag", LID_1)
    else:
        uitleg.stap("Ambtshalve beoordeeld (vanaf 1 januari 2027)" if ambtshalve
                    else f"Aanvraag van {feiten.aanvraagdatum}", LID_1)
        if ambtshalve:
            uitleg.interpretatie("M20-ambtshalve-2027")
        weigering = _persoon_en_termijn(feiten, stand) or _middelen_en_uitzicht(feiten)
    if weigering is not None:
        uitleg.stap(f"Geen individuele inkomenstoeslag: {weigering.reden}", weigering.grondslag,
                    *weigering.parameters)
        return Inkomenstoeslagbesluit(False, Bedrag.nul(), ambtshalve, weigering.reden, weigering.grondslag, uitleg)
    toeslag = _bedrag(feiten)
    reden = f"toeslag volgens de verordening voor de leefvorm {leefvorm(feiten.huishouden)}: {toeslag}"
    uitleg.stap(f"Komt in aanmerking: {reden}", VERORDENING)
    return Inkomenstoeslagbesluit(True, toeslag, ambtshalve, reden, LID_1, uitleg)
