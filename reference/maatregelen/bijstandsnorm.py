"""Bijstandsnorm zonder kostendelers (art. 20, 21 en 22 Pw).

De norm per kalendermaand naar leefvorm en leeftijd: jongerennormen (art. 20 lid 1 en 2),
21 jaar tot de pensioengerechtigde leeftijd (art. 21), en vanaf die leeftijd (art. 22).
De bedragen zijn inclusief vakantietoeslag en komen uit `parameters/normen.yaml`.

`basisnorm` is de norm van art. 20-22 voor het huishouden alsof beide echtgenoten recht hebben;
de volledige norm (met art. 22a, 24 en 24a) geeft `kostendelersnorm.kostendelersnorm`.
"""

from __future__ import annotations

from dataclasses import dataclass

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.feiten import Huishouden, Persoon
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag

MEERDERJARIG = 18  # art. 20 lid 1 en 2 Pw: de laagste norm is voor 18-jarigen
JONGERENNORM_TOT = 21  # art. 20 Pw: jongerennormen tot 21 jaar; art. 21 Pw vanaf 21 jaar


@dataclass(frozen=True)
class Basisnorm:
    norm: Bedrag
    grondslag: str
    leefvorm: str


def _jong(persoon: Persoon) -> bool:
    return persoon.leeftijd < JONGERENNORM_TOT


def controleer(huishouden: Huishouden) -> None:
    """Weiger feiten waarvoor de wet geen norm kent of die niet samen waar kunnen zijn.

    De normen beginnen bij 18 jaar (art. 20 Pw); een partner jonger dan 18 heeft zelf geen recht
    (art. 13 lid 1 onder f Pw) en kan dus alleen als partner zonder recht (art. 24 Pw) meedoen.
    """
    personen = (("belanghebbende.leeftijd", huishouden.belanghebbende, True),
                ("partner.leeftijd", huishouden.partner, huishouden.partner_heeft_recht))
    bezwaren = [
        Bezwaar(f"huishouden.{veld}", f"bijstand kent geen norm voor een persoon jonger dan {MEERDERJARIG} jaar")
        for veld, persoon, rechthebbend in personen
        if persoon is not None and rechthebbend and persoon.leeftijd < MEERDERJARIG
    ]
    if huishouden.partner is None and not huishouden.partner_heeft_recht:
        bezwaren.append(Bezwaar("huishouden.partnerHeeftRecht",
                                "zonder partner kan niet worden vastgesteld dat de partner geen recht heeft"))
    if huishouden.partner_gescheiden_levend and not huishouden.partner_zonder_recht:
        bezwaren.append(Bezwaar("huishouden.partnerGescheidenLevend",
                                "art. 32 lid 4 Pw gaat over een echtgenoot zonder recht op algemene bijstand"))
    if huishouden.kind_rechtmatig_in_nederland and huishouden.ten_laste_komende_kinderen == 0:
        bezwaren.append(Bezwaar("huishouden.kindRechtmatigInNederland",
                                "er komt geen kind ten laste van het huishouden"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def leefvorm(huishouden: Huishouden) -> str:
    if huishouden.gehuwd:
        return "gehuwden"
    return "alleenstaandeOuder" if huishouden.ten_laste_komende_kinderen > 0 else "alleenstaande"


def basisnorm(huishouden: Huishouden, stand: Wetstand, uitleg: Uitleg) -> Basisnorm:
    """De norm van art. 20, 21 of 22 Pw voor het huishouden, zonder kostendelende medebewoners.

    Art. 24 en 24a Pw (partner zonder recht) past `kostendelersnorm` toe, niet deze functie.
    """
    controleer(huishouden)
    vorm = leefvorm(huishouden)
    kinderen = huishouden.ten_laste_komende_kinderen > 0
    personen = huishouden.personen
    if any(p.aow_leeftijd_bereikt for p in personen):
        naam, artikel = (
            ("normen.gehuwden_aow", "art. 22 onder b en c Pw")
            if huishouden.gehuwd
            else ("normen.alleenstaande_aow", "art. 22 onder a Pw")
        )
    elif not huishouden.gehuwd and _jong(huishouden.belanghebbende):
        lid = "lid 2" if kinderen else "lid 1"
        naam, artikel = "normen.alleenstaande_18_20", f"art. 20 {lid} onder a Pw"
    elif huishouden.gehuwd and all(_jong(p) for p in personen):
        naam = f"normen.gehuwden_beiden_18_20_{'met' if kinderen else 'zonder'}_kinderen"
        artikel = f"art. 20 {'lid 2' if kinderen else 'lid 1'} onder b Pw"
    elif huishouden.gehuwd and any(_jong(p) for p in personen):
        naam = f"normen.gehuwden_een_18_20_{'met' if kinderen else 'zonder'}_kinderen"
        artikel = f"art. 20 {'lid 2' if kinderen else 'lid 1'} onder c Pw"
    else:
        naam, artikel = (
            ("normen.gehuwden_21_tot_aow", "art. 21 onder b Pw")
            if huishouden.gehuwd
            else ("normen.alleenstaande_21_tot_aow", "art. 21 onder a Pw")
        )
    parameter = stand.bedrag(naam)
    uitleg.stap(f"Norm voor de leefvorm {vorm} naar leeftijd: {parameter.waarde}", artikel, parameter)
    return Basisnorm(parameter.waarde, artikel, vorm)
