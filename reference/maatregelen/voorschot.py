"""M11 Voorschot 95 % (art. 52 Pw).

Zolang het recht op algemene bijstand niet is vastgesteld, verleent het college uiterlijk binnen
vier weken na de datum van aanvraag en daarna telkens uiterlijk na vier weken een voorschot
(lid 1), van in ieder geval 95 % van de algemene bijstand van art. 19 lid 2 (lid 2; tot
1 januari 2026: 90 %). Geen voorschot als de belanghebbende verwijtbaar gegevens of
bewijsstukken niet, niet tijdig of onvolledig verstrekt of anderszins onvoldoende meewerkt
(lid 1 onder a), of als bij de aanvraag duidelijk is dat er geen recht bestaat (onder b).
Een hoger percentage is gemeentelijk beleid (`beleidspercentage`), begrensd op 100 %.
"In ieder geval 95 %" is een ondergrens: het minimumbedrag is het kleinste bedrag op hele centen
dat niet onder dat percentage ligt, dus naar boven afgerond (`afronden_op_centen_naar_boven`).

`voorlopig` (de wet regelt het niet):
- "vervolgens telkens uiterlijk na vier weken" telt pwib vanaf het vorige voorschot;
- een termijn die op een zaterdag, zondag of feestdag eindigt, verlengt pwib niet
  (de Algemene termijnenwet is niet toegepast): de datum is de aanvraag plus vier weken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag, afronden_op_centen_naar_boven

HONDERD = Decimal(100)


@dataclass(frozen=True)
class Voorschotfeiten:
    aanvraagdatum: date
    verwachte_algemene_bijstand: Bedrag  # per maand, art. 19 lid 2 Pw
    recht_vastgesteld: bool = False
    gegevens_verwijtbaar_niet_verstrekt: bool = False  # lid 1 onder a, eerste deel
    onvoldoende_medewerking: bool = False  # lid 1 onder a, tweede deel
    duidelijk_geen_recht: bool = False  # lid 1 onder b: bij de aanvraag duidelijk
    datum_vorig_voorschot: date | None = None
    beleidspercentage: Decimal | None = None  # gemeentelijk beleid: hoger dan het wettelijke minimum


@dataclass(frozen=True)
class Voorschotbesluit:
    voorschot_verplicht: bool
    uiterlijk_op: date | None
    percentage: Decimal | None
    minimumbedrag: Bedrag | None
    grondslag: str
    uitleg: Uitleg


def _controleer(feiten: Voorschotfeiten, stand: Wetstand) -> None:
    bezwaren: list[Bezwaar] = []
    if feiten.aanvraagdatum > stand.peildatum:
        bezwaren.append(Bezwaar("aanvraagdatum", "de aanvraag ligt na de peildatum"))
    vorig = feiten.datum_vorig_voorschot
    if vorig is not None and not feiten.aanvraagdatum <= vorig <= stand.peildatum:
        bezwaren.append(Bezwaar("datumVorigVoorschot", "een voorschot ligt tussen de aanvraag en de peildatum"))
    if feiten.beleidspercentage is not None:
        minimum = stand.getal("voorschot.minimumpercentage").waarde
        maximum = stand.getal("voorschot.maximumpercentage").waarde
        if not minimum <= feiten.beleidspercentage <= maximum:
            bezwaren.append(Bezwaar("beleid.voorschotpercentage",
                                    f"het percentage ligt niet tussen {minimum} en {maximum}"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def _geen(reden: str, grondslag: str, uitleg: Uitleg) -> Voorschotbesluit:
    uitleg.stap(reden, grondslag)
    return Voorschotbesluit(False, None, None, None, grondslag, uitleg)


def voorschot(feiten: Voorschotfeiten, stand: Wetstand) -> Voorschotbesluit:
    """Moet het college een voorschot verlenen, uiterlijk wanneer, en ten minste hoeveel."""
    _controleer(feiten, stand)
    uitleg = Uitleg.voor(stand)
    tekst = "" if stand.in_werking("M11") else " (tekst tot 1 januari 2026)"
    if feiten.recht_vastgesteld:
        return _geen("Het recht op algemene bijstand is vastgesteld: een voorschot wordt alleen verleend zolang "
                     "dat niet zo is", f"art. 52 lid 1 Pw{tekst}", uitleg)
    if feiten.duidelijk_geen_recht:
        return _geen("Bij de aanvraag is duidelijk dat geen recht op algemene bijstand bestaat: de plicht tot een "
                     "voorschot geldt niet", f"art. 52 lid 1 onder b Pw{tekst}", uitleg)
    if feiten.gegevens_verwijtbaar_niet_verstrekt or feiten.onvoldoende_medewerking:
        return _geen("De belanghebbende verstrekt verwijtbaar de gegevens of bewijsstukken niet, niet tijdig of "
                     "onvolledig, of werkt anderszins onvoldoende mee: de plicht tot een voorschot geldt niet",
                     f"art. 52 lid 1 onder a Pw{tekst}", uitleg)
    termijn = stand.aantal("voorschot.termijn")
    basis = feiten.datum_vorig_voorschot or feiten.aanvraagdatum
    uiterlijk = basis + timedelta(weeks=termijn.waarde)
    waarvan = "het vorige voorschot" if feiten.datum_vorig_voorschot else "de datum van aanvraag"
    uitleg.stap(f"Het recht is niet vastgesteld en geen uitzondering van onder a of b doet zich voor: voorschot "
                f"uiterlijk {termijn.waarde} weken na {waarvan} ({basis.isoformat()}): {uiterlijk.isoformat()}",
                f"art. 52 lid 1 Pw{tekst}", termijn)
    minimum = stand.getal("voorschot.minimumpercentage")
    percentage = minimum.waarde if feiten.beleidspercentage is None else feiten.beleidspercentage
    bedrag = afronden_op_centen_naar_boven(feiten.verwachte_algemene_bijstand.waarde * percentage / HONDERD)
    bron = ("het wettelijke minimum" if feiten.beleidspercentage is None
            else f"gemeentelijk beleid; het wettelijke minimum is {minimum.waarde} %")
    uitleg.stap(f"Ten minste {percentage} % ({bron}) van de verwachte "
                f"algemene bijstand {feiten.verwachte_algemene_bijstand} = {bedrag}: \"in ieder geval\" is een "
                "ondergrens, dus op hele centen naar boven afgerond", f"art. 52 lid 2 Pw{tekst}", minimum)
    return Voorschotbesluit(True, uiterlijk, percentage, bedrag, f"art. 52 lid 1 en 2 Pw{tekst}", uitleg)
