"""M04 Giftenvrijlating (art. 31 lid 2 onder m, art. 18 lid 8 (tweede) en art. 39 lid 1 Pw).

Sinds 1 januari 2026 worden giften en kostenbesparende bijdragen niet tot de middelen
gerekend zolang hun som per kalenderjaar de grens niet overstijgt (2026: € 1.200,00).
Bijdragen van voedselbanken tellen nooit mee (art. 18 lid 8, tweede zin). Wat de som
boven de grens brengt, telt mee.

Vóór 2026 telden giften mee, tenzij het college ze uit een oogpunt van bijstandsverlening
verantwoord achtte (art. 31 lid 2 onder m Pw, oude tekst): dat oordeel is invoer.

`voorlopig` (de wet regelt het niet; interpretatie `M04-maand-boven-giftengrens`): het deel boven de
grens wordt meegeteld in de maand waarin het de jaarsom boven de grens brengt; vrijgelaten wordt eerst
wat het eerst binnenkwam.
"""

from __future__ import annotations

from dataclasses import dataclass

from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag

NUL = Bedrag.nul()
GRONDSLAG_NIEUW = "art. 31 lid 2 onder m Pw"
GRONDSLAG_OUD = "art. 31 lid 2 onder m Pw (tekst tot 1 januari 2026)"


@dataclass(frozen=True)
class Giftenfeiten:
    giften_in_de_maand: Bedrag
    kostenbesparende_bijdragen_in_de_maand: Bedrag = NUL
    voedselbank_in_de_maand: Bedrag = NUL
    eerder_dit_kalenderjaar: Bedrag = NUL
    college_acht_verantwoord: bool = False  # alleen vóór 2026


@dataclass(frozen=True)
class Giftenbesluit:
    vrijgelaten: Bedrag
    in_aanmerking_genomen: Bedrag
    resterende_ruimte: Bedrag | None
    grondslag: str
    uitleg: Uitleg


def _oude_regel(feiten: Giftenfeiten, stand: Wetstand) -> Giftenbesluit:
    uitleg = Uitleg.voor(stand)
    ontvangen = feiten.giften_in_de_maand + feiten.kostenbesparende_bijdragen_in_de_maand
    if feiten.college_acht_verantwoord:
        uitleg.stap("Het college acht de giften uit een oogpunt van bijstandsverlening verantwoord",
                    GRONDSLAG_OUD)
        return Giftenbesluit(ontvangen, Bedrag.nul(), None, GRONDSLAG_OUD, uitleg)
    uitleg.stap("Vóór 2026 tellen giften mee, tenzij het college ze verantwoord acht; dat oordeel "
                "is er niet", "art. 31 lid 1 Pw")
    return Giftenbesluit(Bedrag.nul(), ontvangen, None, "art. 31 lid 1 Pw", uitleg)


def _nieuwe_regel(feiten: Giftenfeiten, stand: Wetstand) -> Giftenbesluit:
    uitleg = Uitleg.voor(stand)
    grens = stand.bedrag("giften.grens_per_kalenderjaar")
    ontvangen = feiten.giften_in_de_maand + feiten.kostenbesparende_bijdragen_in_de_maand
    ruimte = (grens.waarde - feiten.eerder_dit_kalenderjaar).niet_negatief()
    vrij = ontvangen.min(ruimte)
    boven = ontvangen - vrij
    uitleg.stap(f"Eerder dit kalenderjaar {feiten.eerder_dit_kalenderjaar}; ruimte tot de grens {ruimte}",
                GRONDSLAG_NIEUW, grens)
    uitleg.stap(f"Van {ontvangen} aan giften en kostenbesparende bijdragen is {vrij} vrijgelaten",
                "art. 31 lid 2 onder m en art. 18 lid 8 Pw", grens)
    if boven > Bedrag.nul():
        uitleg.stap(f"{boven} brengt de som boven de grens en telt mee in deze maand (voorlopig: de "
                    "wet regelt niet in welke maand)", "art. 31 lid 1 Pw")
        uitleg.interpretatie("M04-maand-boven-giftengrens")
    if feiten.voedselbank_in_de_maand > Bedrag.nul():
        uitleg.stap(f"Bijdragen van voedselbanken ({feiten.voedselbank_in_de_maand}) tellen nooit mee",
                    "art. 18 lid 8 Pw")
    grondslag = GRONDSLAG_NIEUW if boven == Bedrag.nul() else "art. 31 lid 1 Pw"
    return Giftenbesluit(vrij, boven, (ruimte - vrij), grondslag, uitleg)


def giftenvrijlating(feiten: Giftenfeiten, stand: Wetstand) -> Giftenbesluit:
    """Welk deel van de giften en bijdragen van deze maand telt niet mee, en welk wel."""
    return _nieuwe_regel(feiten, stand) if stand.in_werking("M04") else _oude_regel(feiten, stand)
