"""M16 Inkomen van de echtgenoot zonder recht op algemene bijstand (art. 32 lid 3 en 4 Pw; bij art. 24 Pw).

Heeft een van de gehuwden geen recht op algemene bijstand, dan telt zijn inkomen alleen voor zover
het inkomen van de gehuwden samen, met de bijstand die zonder zijn inkomen zou worden verleend, meer
zou zijn dan de bijstandsnorm voor gehuwden (lid 3). Zijn inkomen zelf wordt vastgesteld volgens
paragraaf 3.4 (lid 3, tweede zin): ook voor hem gelden de vrijlatingen; dat doet de berekening
voordat deze regel het in aanmerking te nemen deel bepaalt. Leven de gehuwden gescheiden, maar niet
duurzaam, dan telt zijn inkomen alleen voor zover het de bijstandsnorm te boven gaat (lid 4).

Met B de norm van de rechthebbende (art. 24, 22a of 24a), G de norm voor gehuwden, R het inkomen van
de rechthebbende en P dat van de echtgenoot zonder recht:
- lid 3: in aanmerking = min(P, max(0, R + P + max(B − R, 0) − G));
- lid 4: in aanmerking = max(0, P − B).

`voorlopig` (in de parameter `niet_rechthebbende_partner.bijstandsnorm_gescheiden_levend`): "de
bijstandsnorm" van lid 4 is de norm van de belanghebbende (art. 5 onder c Pw), niet de norm die voor
de echtgenoot zonder recht als alleenstaande zou gelden. G, "de bijstandsnorm voor gehuwden", is de
norm die voor hetzelfde huishouden zou gelden als ook de echtgenoot recht had (met de
kostendelersnorm, en met de jongerentoeslag als de feiten ervoor zijn gegeven); dat bepaalt de
berekening met dezelfde normregels.
"""

from __future__ import annotations

from dataclasses import dataclass

from reference.errors import ParameterFout
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag

NUL = Bedrag.nul()
GRONDSLAG_LID_3 = "art. 32 lid 3 Pw"
GRONDSLAG_LID_4 = "art. 32 lid 4 Pw"
LEZING_LID_4 = "niet_rechthebbende_partner.bijstandsnorm_gescheiden_levend"


@dataclass(frozen=True)
class Partnerinkomenfeiten:
    inkomen_partner: Bedrag  # van de echtgenoot zonder recht, na vrijlating (paragraaf 3.4)
    inkomen_rechthebbende: Bedrag  # het inkomen dat met de bijstand van de rechthebbende wordt verrekend
    norm: Bedrag  # de bijstandsnorm van de rechthebbende
    gehuwdennorm: Bedrag  # de bijstandsnorm voor gehuwden in dezelfde situatie
    gescheiden_levend: bool = False  # gescheiden, maar niet duurzaam gescheiden (lid 4)


@dataclass(frozen=True)
class Partnerinkomenbesluit:
    in_aanmerking: Bedrag
    buiten_aanmerking: Bedrag
    grondslag: str
    uitleg: Uitleg


def inkomen_partner_zonder_recht(feiten: Partnerinkomenfeiten, stand: Wetstand) -> Partnerinkomenbesluit:
    """Welk deel van het inkomen van de echtgenoot zonder recht telt mee (art. 32 lid 3 of 4 Pw)?"""
    uitleg = Uitleg.voor(stand)
    partner, eigen, norm = feiten.inkomen_partner, feiten.inkomen_rechthebbende, feiten.norm
    if feiten.gescheiden_levend:
        lezing = stand.lezing(LEZING_LID_4)
        if lezing.waarde != "normBelanghebbende":
            raise ParameterFout(LEZING_LID_4, "waarde", f"onbekende lezing {lezing.waarde!r}")
        telt = (partner - norm).niet_negatief()
        uitleg.stap(f"De gehuwden leven gescheiden, niet duurzaam: het inkomen van de echtgenoot zonder recht "
                    f"({partner}) telt voor zover het de bijstandsnorm {norm} te boven gaat: {telt} (voorlopig: de "
                    "bijstandsnorm van de belanghebbende, art. 5 onder c Pw)", GRONDSLAG_LID_4, lezing)
        return Partnerinkomenbesluit(telt, partner - telt, GRONDSLAG_LID_4, uitleg)
    bijstand = (norm - eigen).niet_negatief()
    samen = eigen + partner + bijstand
    telt = (samen - feiten.gehuwdennorm).niet_negatief().min(partner)
    uitleg.stap(f"Het inkomen van de echtgenoot zonder recht ({partner}) telt voor zover het inkomen van de "
                f"gehuwden samen ({eigen} + {partner}), met de bijstand zonder zijn inkomen ({bijstand}), samen "
                f"{samen}, de bijstandsnorm voor gehuwden {feiten.gehuwdennorm} te boven gaat: {telt}",
                GRONDSLAG_LID_3)
    return Partnerinkomenbesluit(telt, partner - telt, GRONDSLAG_LID_3, uitleg)
