"""M15 Norm alleenstaande ouder met niet-rechthebbende partner (art. 24a Pw, vanaf 1 januari 2027).

De norm wordt opgehoogd met 1/12 van het bedrag van art. 2 lid 6 Wet op het kindgebonden budget
(de alleenstaande-ouderkop) voor de belanghebbende die (a) een rechtmatig in Nederland verblijvend,
ten laste komend kind heeft, (b) een partner heeft als bedoeld in art. 3 Awir (toeslagpartner), en
(c) voor deze wet als gehuwd wordt aangemerkt terwijl zijn partner geen recht op algemene bijstand
heeft. De ophoging komt boven op de norm die er al is: die van art. 24 of, met kostendelende
medebewoners, die van art. 22a. Vóór 1 januari 2027 geldt het artikel niet; er is geen oude regel.

`voorlopig`: het bedrag van art. 2 lid 6 WKB per 1 januari 2027 is nog niet bekendgemaakt (tot dan
het bedrag 2026, € 3.416); de wet noemt geen afronding van 1/12: pwib rondt af op hele centen, de
helft naar boven (`afronden_op_centen`), zoals bij de andere normbedragen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reference.catalogus import inwerkingtreding
from reference.feiten import Huishouden
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag, afronden_op_centen

GRONDSLAG = "art. 24a Pw"


@dataclass(frozen=True)
class Ophoging:
    van_toepassing: bool
    bedrag: Bedrag
    reden: str
    geldt_vanaf: date


def _geen(reden: str, artikel: str, uitleg: Uitleg) -> Ophoging:
    uitleg.stap(f"Geen ophoging met de alleenstaande-ouderkop: {reden}", artikel)
    return Ophoging(False, Bedrag.nul(), reden, inwerkingtreding("M15"))


def _ontbrekende_voorwaarde(huishouden: Huishouden) -> tuple[str, str] | None:
    if not huishouden.partner_zonder_recht:
        return "de belanghebbende is niet gehuwd met een partner zonder recht op algemene bijstand", \
            "art. 24a onder c Pw"
    if huishouden.ten_laste_komende_kinderen == 0 or not huishouden.kind_rechtmatig_in_nederland:
        return "geen rechtmatig in Nederland verblijvend, ten laste komend kind", "art. 24a onder a Pw"
    if not huishouden.partner_is_toeslagpartner:
        return "de partner is geen partner als bedoeld in art. 3 Awir", "art. 24a onder b Pw"
    return None


def ophoging_alleenstaande_ouderkop(huishouden: Huishouden, stand: Wetstand, uitleg: Uitleg) -> Ophoging:
    """De ophoging van de norm met 1/12 van de alleenstaande-ouderkop (art. 24a Pw)."""
    if not stand.in_werking("M15"):
        return _geen(f"art. 24a Pw geldt pas vanaf {inwerkingtreding('M15').isoformat()}", GRONDSLAG, uitleg)
    ontbreekt = _ontbrekende_voorwaarde(huishouden)
    if ontbreekt is not None:
        return _geen(*ontbreekt, uitleg)
    kop = stand.bedrag("niet_rechthebbende_partner.alleenstaande_ouderkop")
    deler = stand.aantal("niet_rechthebbende_partner.deler_alleenstaande_ouderkop")
    bedrag = afronden_op_centen(kop.waarde.waarde / deler.waarde)
    reden = f"1/{deler.waarde} van de alleenstaande-ouderkop van {kop.waarde} per jaar, op hele centen"
    uitleg.stap(f"De norm wordt opgehoogd met {bedrag}: {reden}", GRONDSLAG, kop, deler)
    if bedrag.waarde != kop.waarde.waarde / deler.waarde:
        uitleg.interpretatie("M15-afronding-kop")
    return Ophoging(True, bedrag, reden, inwerkingtreding("M15"))
