"""M22 Afstemming, de taaleis (art. 18b Pw): de verlaging op de peildatum.

De bijstand wordt verlaagd met 20 % van de bijstandsnorm gedurende zes maanden vanaf de schriftelijke
kennisgeving van het redelijk vermoeden (lid 4 en 9), met 40 % de zes maanden daarna (lid 10) en met
100 % voor onbepaalde tijd vanaf twaalf maanden na de kennisgeving (lid 11); lid 10 en 11 alleen als een
door het college afgenomen toets toont dat de belanghebbende de taal niet beheerst en niet de verwachte
voortgang boekt. Vóór de kennisgeving is er geen verlaging. Bereidheid met voldoende voortgang (lid 6
onder a), ontbrekende verwijtbaarheid (lid 6 onder b) en dringende redenen (lid 7) beoordeelt
`afstemming.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import plus_maanden


@dataclass(frozen=True)
class Taaleisfeiten:
    kennisgeving_op: date  # art. 18b lid 4: schriftelijke kennisgeving van het redelijk vermoeden
    toets_toont_onvoldoende_voortgang: bool = False  # art. 18b lid 10 en 11 onder a en b
    bereid_met_voldoende_voortgang: bool = False  # art. 18b lid 6 onder a: oordeel van het college


@dataclass(frozen=True)
class Verlaging:
    """Een verlaging vóór afstemming en bedragen: percentage, duur (None: onbepaald) en grondslag."""

    percentage: Decimal
    duur: int | None
    grondslag: str
    lid: int | None = None  # het lid van art. 18 bij een arbeidsverplichting
    heroverweging: int | None = None


def taaleisverlaging(taal: Taaleisfeiten, stand: Wetstand, uitleg: Uitleg) -> Verlaging | str:
    """De verlaging van art. 18b op de peildatum, of het artikel waarom er (nog) geen is."""
    periode = stand.aantal("afstemming.taaleis_periode")
    onbepaald = stand.aantal("afstemming.taaleis_onbepaald_na")
    begin, peildatum = taal.kennisgeving_op, stand.peildatum
    if peildatum < begin:
        uitleg.stap(f"De verlaging begint pas bij de schriftelijke kennisgeving op {begin}", "art. 18b lid 4 Pw")
        return "art. 18b lid 4 Pw"
    if peildatum < plus_maanden(begin, periode.waarde):
        naam, lid, duur = "afstemming.taaleis_percentage_eerste_periode", 9, periode.waarde
    elif not taal.toets_toont_onvoldoende_voortgang:
        lid = 10 if peildatum < plus_maanden(begin, onbepaald.waarde) else 11
        uitleg.stap("De toets toont niet dat de taal niet wordt beheerst en de voortgang onvoldoende is: "
                    "geen verdere verlaging", f"art. 18b lid {lid} Pw", periode, onbepaald)
        return f"art. 18b lid {lid} Pw"
    elif peildatum < plus_maanden(begin, onbepaald.waarde):
        naam, lid, duur = "afstemming.taaleis_percentage_tweede_periode", 10, periode.waarde
    else:
        naam, lid, duur = "afstemming.taaleis_percentage_daarna", 11, None
    percentage = stand.getal(naam)
    uitleg.stap(f"Taaleis: {percentage.waarde} % van de bijstandsnorm "
                f"{'voor onbepaalde tijd' if duur is None else f'gedurende {duur} maanden'} (kennisgeving {begin})",
                f"art. 18b lid {lid} Pw", percentage, periode, onbepaald)
    return Verlaging(percentage.waarde, duur, f"art. 18b lid {lid} Pw")
