"""M16 Norm bij niet-rechthebbende partner (art. 24 Pw; met art. 22a Pw).

Voor gehuwden van wie een echtgenoot geen recht op algemene bijstand heeft (bijvoorbeeld door
art. 11 of 13 Pw), is de norm van de rechthebbende echtgenoot een percentage van de norm die voor
hem zou gelden als hij gehuwd was met een rechthebbende echtgenoot van zijn eigen leeftijd, als
(a) hij 21 jaar of ouder is en geen kostendelende medebewoners heeft, of (b) hij jonger is dan 21.
De leeftijd van de partner zonder recht telt dus niet mee.

Het percentage is een gedateerde parameter: 50 % (tekst 2026, hoog vertrouwen) en vanaf 1 januari
2027 70 % (M16). `voorlopig`: de tekst van art. 24 per 2027 staat niet in de bronnen; pwib neemt aan
dat alleen het percentage verandert en de voorwaarden a en b blijven.

Samenloop met art. 22a: heeft de rechthebbende van 21 jaar of ouder kostendelende medebewoners,
dan geldt art. 24 niet maar art. 22a. A telt dan ook de echtgenoot zonder recht mee als die 21 jaar
of ouder is (lid 1: "zijn echtgenoot van 21 jaar of ouder"), en de norm is alleen het deel van de
rechthebbende echtgenoot (lid 2: de som over de rechthebbende echtgenoten; lid 3 geldt alleen voor
rechthebbende gehuwden). Dat rekent `kostendelersnorm` uit.

`voorlopig` (art. 22a lid 4 met art. 24): wie tijdelijk elders mantelzorg geeft (M06), heeft
feitelijk kostendelende medebewoners, maar art. 22a geldt niet; pwib past dan art. 24 toe alsof er
geen kostendelende medebewoners zijn, omdat anders geen enkele norm de rechthebbende echtgenoot dekt.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reference.feiten import Huishouden, Persoon
from reference.maatregelen.bijstandsnorm import JONGERENNORM_TOT, basisnorm
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag, afronden_op_centen

HONDERD = Decimal(100)


@dataclass(frozen=True)
class NormZonderRechthebbendePartner:
    norm: Bedrag
    percentage: Decimal
    grondslag: str


def onderdeel(huishouden: Huishouden, zonder_kostendelers: bool) -> str | None:
    """Welk onderdeel van art. 24 Pw geldt (`a` of `b`), of None als art. 24 niet geldt."""
    if not huishouden.partner_zonder_recht:
        return None
    if huishouden.belanghebbende.leeftijd < JONGERENNORM_TOT:
        return "b"
    return "a" if zonder_kostendelers else None


def norm_bij_niet_rechthebbende_partner(
    huishouden: Huishouden, stand: Wetstand, uitleg: Uitleg, letter: str
) -> NormZonderRechthebbendePartner:
    """De norm van art. 24 Pw: een percentage van de gehuwdennorm voor een echtgenoot van zijn leeftijd."""
    zelf = huishouden.belanghebbende
    gedacht = Huishouden(
        belanghebbende=zelf,
        partner=Persoon(zelf.leeftijd, zelf.aow_leeftijd_bereikt),
        ten_laste_komende_kinderen=huishouden.ten_laste_komende_kinderen,
    )
    uitleg.stap("De partner heeft geen recht op algemene bijstand: de norm volgt uit de norm die zou gelden "
                "bij een rechthebbende echtgenoot van de eigen leeftijd", f"art. 24 onder {letter} Pw")
    gehuwdennorm = basisnorm(gedacht, stand, uitleg)
    percentage = stand.getal("niet_rechthebbende_partner.percentage_gehuwdennorm")
    norm = afronden_op_centen(gehuwdennorm.norm.waarde * percentage.waarde / HONDERD)
    grondslag = f"art. 24 onder {letter} Pw"
    uitleg.stap(f"{percentage.waarde} % van {gehuwdennorm.norm} ({gehuwdennorm.grondslag}), op hele centen: {norm}",
                grondslag, percentage)
    return NormZonderRechthebbendePartner(norm, percentage.waarde, grondslag)
