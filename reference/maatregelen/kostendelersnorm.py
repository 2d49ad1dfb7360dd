"""Kostendelersnorm (art. 19a en 22a Pw) met M06 Mantelzorg (art. 22a lid 4 Pw).

Wie kostendelende medebewoner is staat in art. 19a lid 1; de norm is
((40 + 30 × A) / A) % van B (art. 22a lid 1), voor gehuwden de som per rechthebbende
echtgenoot (lid 2), met een eigen regel als een echtgenoot 18-20 jaar is (lid 3).
Sinds 1 januari 2026 (M06) geldt het artikel niet voor wie voor mantelzorg bij een
intensieve zorgbehoefte tijdelijk elders zijn hoofdverblijf heeft (lid 4): alle drie de feiten van
`Mantelzorg` moeten vaststaan.

Dit is ook de volledige norm van het huishouden: bij een partner zonder recht op algemene
bijstand geldt art. 24 (M16, `niet_rechthebbende_partner`) of, met kostendelers, art. 22a met
alleen het deel van de rechthebbende echtgenoot; daarna de ophoging van art. 24a (M15,
`alleenstaande_ouderkop`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reference.feiten import Huishouden, Medebewoner, Overeenkomst
from reference.maatregelen.alleenstaande_ouderkop import Ophoging, ophoging_alleenstaande_ouderkop
from reference.maatregelen.bijstandsnorm import JONGERENNORM_TOT, Basisnorm, basisnorm, controleer, leefvorm
from reference.maatregelen.niet_rechthebbende_partner import norm_bij_niet_rechthebbende_partner, onderdeel
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
    percentage_gehuwdennorm: Decimal | None  # art. 24 Pw; None als dat artikel niet geldt
    ophoging_alleenstaande_ouderkop: Ophoging  # art. 24a Pw


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


@dataclass(frozen=True)
class _Norm:
    norm: Bedrag
    grondslag: str
    kostendelersnorm: bool = False
    percentage: Decimal | None = None


def _kostendelersnorm(huishouden: Huishouden, stand: Wetstand, uitleg: Uitleg, aantal: int) -> _Norm:
    """Art. 20-22 en 22a Pw; bij een partner zonder recht telt alleen het deel van de rechthebbende."""
    basis: Basisnorm = basisnorm(huishouden, stand, uitleg)

    def zonder(reden: str, artikel: str) -> _Norm:
        uitleg.stap(reden, artikel)
        return _Norm(basis.norm, basis.grondslag)

    if aantal == 0:
        return zonder("Geen kostendelende medebewoners: de kostendelersnorm is niet van toepassing",
                      "art. 22a lid 1 Pw")
    if huishouden.tijdelijk_elders_voor_mantelzorg and stand.in_werking("M06"):
        return zonder("Tijdelijk elders voor mantelzorg bij een intensieve zorgbehoefte: "
                      "art. 22a Pw is niet van toepassing", "art. 22a lid 4 Pw")
    if huishouden.tijdelijk_elders_voor_mantelzorg:
        uitleg.stap("Mantelzorg elders: de uitzondering van art. 22a lid 4 Pw geldt pas vanaf "
                    "1 januari 2026 (M06)", "art. 22a Pw")
    if huishouden.mantelzorg is not None and huishouden.mantelzorg.ontbrekende_feiten:
        uitleg.stap(f"Mantelzorg, maar {', '.join(huishouden.mantelzorg.ontbrekende_feiten)}: de uitzondering van "
                    "art. 22a lid 4 Pw geldt niet", "art. 22a lid 4 Pw")
    rechthebbend = (True, huishouden.partner_heeft_recht)
    ouderen = [(p, rechthebbend[i]) for i, p in enumerate(huishouden.personen) if p.leeftijd >= JONGERENNORM_TOT]
    if huishouden.belanghebbende.leeftijd < JONGERENNORM_TOT and not ouderen:
        return zonder("Belanghebbende jonger dan 21 jaar: de kostendelersnorm geldt vanaf 21 jaar",
                      "art. 22a lid 1 Pw")
    teller, noemer = _percentage(aantal + len(ouderen), stand, uitleg)
    norm = Bedrag.nul()
    for persoon, heeft_recht in ouderen:
        if not heeft_recht:
            uitleg.stap("De echtgenoot zonder recht op algemene bijstand telt mee voor A, maar heeft geen eigen "
                        "deel in de norm", "art. 22a lid 1 en 2 Pw")
            continue
        b, artikel = _b(huishouden, stand, persoon.aow_leeftijd_bereikt)
        deel = afronden_op_centen(b.waarde.waarde * teller / noemer)
        uitleg.stap(f"Norm voor een persoon van 21 jaar of ouder: {deel} ({teller}/{noemer} van "
                    f"{b.waarde}, op hele centen)", artikel, b)
        norm = norm + deel
    grondslag = "art. 22a lid 1 Pw" if not huishouden.gehuwd else "art. 22a lid 2 Pw"
    if huishouden.gehuwd and huishouden.partner_heeft_recht and len(ouderen) == 1:
        naam = ("kostendelersnorm.jongere_echtgenoot_met_kinderen" if huishouden.ten_laste_komende_kinderen
                else "kostendelersnorm.jongere_echtgenoot_zonder_kinderen")
        jongere = stand.bedrag(naam)
        grondslag = f"art. 22a lid 3 onder {'a' if huishouden.ten_laste_komende_kinderen else 'b'} Pw"
        uitleg.stap(f"Plus het deel voor de echtgenoot van 18, 19 of 20 jaar: {jongere.waarde}", grondslag, jongere)
        norm = norm + jongere.waarde
    uitleg.stap(f"Kostendelersnorm: {norm}", grondslag)
    return _Norm(norm, grondslag, kostendelersnorm=True)


def kostendelersnorm(huishouden: Huishouden, stand: Wetstand) -> Kostendelersbesluit:
    """De norm van het huishouden met toepassing van art. 22a, 24 en 24a Pw waar dat moet."""
    controleer(huishouden)
    uitleg = Uitleg.voor(stand)
    oordelen = tuple(beoordeel_medebewoner(m, stand) for m in huishouden.medebewoners)
    for oordeel in oordelen:
        uitleg.stap(f"Medebewoner: {oordeel.reden}", oordeel.artikel)
    aantal = sum(1 for o in oordelen if o.kostendelend)
    zonder_kostendelers = aantal == 0 or (huishouden.tijdelijk_elders_voor_mantelzorg and stand.in_werking("M06"))
    letter = onderdeel(huishouden, zonder_kostendelers)
    if letter is not None:
        art24 = norm_bij_niet_rechthebbende_partner(huishouden, stand, uitleg, letter)
        uitkomst = _Norm(art24.norm, art24.grondslag, percentage=art24.percentage)
    else:
        if huishouden.partner_zonder_recht:
            uitleg.stap("De partner heeft geen recht op algemene bijstand, maar de rechthebbende van 21 jaar of "
                        "ouder heeft kostendelende medebewoners: niet art. 24 Pw maar art. 22a Pw",
                        "art. 24 onder a Pw")
        uitkomst = _kostendelersnorm(huishouden, stand, uitleg, aantal)
    ophoging = ophoging_alleenstaande_ouderkop(huishouden, stand, uitleg)
    norm = uitkomst.norm + ophoging.bedrag
    if ophoging.van_toepassing:
        uitleg.stap(f"Norm met de ophoging van art. 24a Pw: {norm}", "art. 24a Pw")
    return Kostendelersbesluit(norm, uitkomst.grondslag, leefvorm(huishouden), uitkomst.kostendelersnorm, aantal,
                               oordelen, uitleg, uitkomst.percentage, ophoging)
