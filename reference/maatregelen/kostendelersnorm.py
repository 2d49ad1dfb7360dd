"""Kostendelersnorm (art. 19a en 22a Pw) met M06 Mantelzorg (art. 22a lid 4 Pw).

Wie kostendelende medebewoner is staat in art. 19a lid 1; de norm is
((40 + 30 × A) / A) % van B (art. 22a lid 1), voor gehuwden de som per rechthebbende
echtgenoot (lid 2), met een eigen regel als een echtgenoot 18-20 jaar is (lid 3).
Sinds 1 januari 2026 (M06) geldt het artikel niet voor wie voor mantelzorg bij een
intensieve zorgbehoefte tijdelijk elders zijn hoofdverblijf heeft (lid 4).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reference.feiten import Huishouden, Medebewoner, Overeenkomst
from reference.maatregelen.bijstandsnorm import JONGERENNORM_TOT, Basisnorm, basisnorm
from reference.parameters import Parameterwaarde, Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag, afronden_op_centen

HONDERD = Decimal(100)


@dataclass(frozen=True)
class Medebewonersoordeel:
    kostendelend: bool
    reden: str
    artikel: str


@dataclass(frozen=True)
class Kostendelersbesluit:
    norm: Bedrag
    grondslag: str
    leefvorm: str
    kostendelersnorm_van_toepassing: bool
    aantal_kostendelende_medebewoners: int
    medebewoners: tuple[Medebewonersoordeel, ...]
    uitleg: Uitleg


def beoordeel_medebewoner(medebewoner: Medebewoner, stand: Wetstand) -> Medebewonersoordeel:
    """Is deze medebewoner kostendelend in de zin van art. 19a lid 1 Pw?"""
    grens = stand.aantal("kostendelersnorm.minimumleeftijd_medebewoner").waarde
    if medebewoner.leeftijd < grens:
        return Medebewonersoordeel(False, f"jonger dan {grens} jaar", "art. 19a lid 1 Pw")
    if medebewoner.overeenkomst is Overeenkomst.MET_BELANGHEBBENDE:
        if not medebewoner.familie_eerste_of_tweede_graad:
            return Medebewonersoordeel(
                False, "commerciële relatie met schriftelijke overeenkomst", "art. 19a lid 1 onder b Pw"
            )
    elif medebewoner.overeenkomst is Overeenkomst.MET_DERDE:
        return Medebewonersoordeel(
            False, "commerciële overeenkomst met dezelfde derde als de belanghebbende", "art. 19a lid 1 onder c Pw"
        )
    if medebewoner.onderwijs_met_studiefinanciering:
        return Medebewonersoordeel(
            False, "volgt onderwijs met aanspraak op studiefinanciering", "art. 19a lid 1 onder d Pw"
        )
    return Medebewonersoordeel(True, "kostendelende medebewoner", "art. 19a lid 1 Pw")


def _percentage(a: int, stand: Wetstand, uitleg: Uitleg) -> tuple[Decimal, Decimal]:
    """Teller en noemer van ((40 + 30 × A) / A) %, zodat pas na vermenigvuldigen met B wordt afgerond."""
    basis = stand.getal("kostendelersnorm.basispercentage")
    per_persoon = stand.getal("kostendelersnorm.percentage_per_persoon")
    uitleg.stap(f"A = {a}: ({basis.waarde} + {per_persoon.waarde} × A) / A procent van B",
                "art. 22a lid 1 Pw", basis, per_persoon)
    return basis.waarde + per_persoon.waarde * a, Decimal(a) * HONDERD


def _b(huishouden: Huishouden, stand: Wetstand, aow_zelf: bool) -> tuple[Parameterwaarde[Bedrag], str]:
    """B van art. 22a lid 1: de gehuwdennorm die past bij de leeftijden."""
    partner_aow = huishouden.partner is not None and huishouden.partner.aow_leeftijd_bereikt
    if aow_zelf or partner_aow:
        onderdeel = "c" if aow_zelf else "b"
        return stand.bedrag("normen.gehuwden_aow"), f"art. 22a lid 1 onder {onderdeel} Pw"
    return stand.bedrag("normen.gehuwden_21_tot_aow"), "art. 22a lid 1 onder a Pw"


def kostendelersnorm(huishouden: Huishouden, stand: Wetstand) -> Kostendelersbesluit:
    """De norm van het huishouden met toepassing van art. 22a Pw waar dat moet."""
    uitleg = Uitleg()
    basis: Basisnorm = basisnorm(huishouden, stand, uitleg)
    oordelen = tuple(beoordeel_medebewoner(m, stand) for m in huishouden.medebewoners)
    aantal = sum(1 for o in oordelen if o.kostendelend)
    for oordeel in oordelen:
        uitleg.stap(f"Medebewoner: {oordeel.reden}", oordeel.artikel)

    def zonder(reden: str, artikel: str) -> Kostendelersbesluit:
        uitleg.stap(reden, artikel)
        return Kostendelersbesluit(basis.norm, basis.grondslag, basis.leefvorm, False, aantal, oordelen, uitleg)

    if aantal == 0:
        return zonder("Geen kostendelende medebewoners: de kostendelersnorm is niet van toepassing",
                      "art. 22a lid 1 Pw")
    if huishouden.mantelzorg_elders and stand.in_werking("M06"):
        return zonder("Tijdelijk elders voor mantelzorg bij een intensieve zorgbehoefte: "
                      "art. 22a Pw is niet van toepassing", "art. 22a lid 4 Pw")
    if huishouden.mantelzorg_elders:
        uitleg.stap("Mantelzorg elders: de uitzondering van art. 22a lid 4 Pw geldt pas vanaf "
                    "1 januari 2026 (M06)", "art. 22a Pw")
    ouderen = [p for p in huishouden.personen if p.leeftijd >= JONGERENNORM_TOT]
    if huishouden.belanghebbende.leeftijd < JONGERENNORM_TOT and not ouderen:
        return zonder("Belanghebbende jonger dan 21 jaar: de kostendelersnorm geldt vanaf 21 jaar",
                      "art. 22a lid 1 Pw")
    a = aantal + len(ouderen)
    teller, noemer = _percentage(a, stand, uitleg)
    norm = Bedrag.nul()
    for persoon in ouderen:
        b, artikel = _b(huishouden, stand, persoon.aow_leeftijd_bereikt)
        deel = afronden_op_centen(b.waarde.waarde * teller / noemer)
        uitleg.stap(f"Norm voor een persoon van 21 jaar of ouder: {deel} ({teller}/{noemer} van "
                    f"{b.waarde}, op hele centen)", artikel, b)
        norm = norm + deel
    grondslag = "art. 22a lid 1 Pw" if not huishouden.gehuwd else "art. 22a lid 2 Pw"
    if huishouden.gehuwd and len(ouderen) == 1:
        naam = ("kostendelersnorm.jongere_echtgenoot_met_kinderen" if huishouden.ten_laste_komende_kinderen
                else "kostendelersnorm.jongere_echtgenoot_zonder_kinderen")
        jongere = stand.bedrag(naam)
        grondslag = f"art. 22a lid 3 onder {'a' if huishouden.ten_laste_komende_kinderen else 'b'} Pw"
        uitleg.stap(f"Plus het deel voor de echtgenoot van 18, 19 of 20 jaar: {jongere.waarde}", grondslag, jongere)
        norm = norm + jongere.waarde
    uitleg.stap(f"Kostendelersnorm: {norm}", grondslag)
    return Kostendelersbesluit(norm, grondslag, basis.leefvorm, True, aantal, oordelen, uitleg)
