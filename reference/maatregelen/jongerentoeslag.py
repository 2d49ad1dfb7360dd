"""M03 Jongerentoeslag 18-20 (art. 20 lid 3 en 4, art. 38 lid 2 en art. 78ff lid 1 Pw; art. 12 vervalt).

Sinds 1 januari 2026 verhoogt het college de norm van een belanghebbende van 18, 19 of 20 jaar
met een vast bedrag (2026: € 746,45) als hij voor zijn levensonderhoud geen beroep kan doen op
zijn ouders, omdat hun middelen niet toereikend zijn of omdat hij het onderhoudsrecht
redelijkerwijs niet te gelde kan maken (lid 3). De verhoogde norm is niet hoger dan de norm
van een 21-jarige of ouder in een vergelijkbare situatie (lid 4). Daarvóór kende de wet geen
verhoging: het college kon bijzondere bijstand verlenen (art. 12, oud).

Overgangsrecht (art. 78ff lid 1): het oude art. 12 blijft gelden voor een aanvraag die uiterlijk
op 31 december 2025 is ingediend en voor de resterende periode van toegekende bijzondere bijstand;
die bijstand wordt aangevuld tot de verhoging van art. 20 lid 3 als die hoger is.

`voorlopig` (de wet regelt het niet uitdrukkelijk):
- "de norm, bedoeld in artikel 21, ... in een vergelijkbare situatie" (lid 4): pwib neemt de norm die
  een 21-jarige in hetzelfde huishouden zou krijgen. Met kostendelende medebewoners volgt het de lezing
  in de parameter `jongerentoeslag.maximum_vergelijkbare_situatie` (voorlopig): `artikel21`, de
  letterlijke lezing, is de norm van art. 21 (die geldt zonder kostendelende medebewoners); de andere
  lezing, `kostendelersnorm`, is de norm van art. 22a;
- gehuwden van wie beide echtgenoten 18-20 zijn en geen beroep op hun ouders kunnen doen: de
  norm wordt per echtgenoot verhoogd (lid 3 spreekt van "die belanghebbende");
- een aanvraag van vóór 2026 zonder toegekende bijzondere bijstand: pwib vult aan vanaf € 0,00
  (art. 78ff lid 1: "indien die laatste norm hoger is dan de reeds toegekende bijzondere bijstand");
- de bijzondere bijstand onder het overgangsrecht komt in plaats van de verhoging, niet erbovenop.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from reference.errors import Bezwaar, OngeldigeFeiten, ParameterFout
from reference.feiten import Huishouden, Persoon
from reference.maatregelen.bijstandsnorm import JONGERENNORM_TOT, MEERDERJARIG
from reference.maatregelen.kostendelersnorm import Kostendelersbesluit, kostendelersnorm
from reference.parameters import Parameterwaarde, Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag

Regeling = Literal["verhoging", "overgangsrecht", "artikel12", "geen"]
NUL = Bedrag.nul()
GRONDSLAG_LID_3 = "art. 20 lid 3 Pw"
GRONDSLAG_LID_4 = "art. 20 lid 4 Pw"
GRONDSLAG_OVERGANG = "art. 78ff lid 1 Pw"
GRONDSLAG_OUD = "art. 12 Pw (tekst tot 1 januari 2026)"
LEZING_LID_4 = "jongerentoeslag.maximum_vergelijkbare_situatie"


@dataclass(frozen=True)
class Ouders:
    """Waarom de jongere geen beroep kan doen op zijn ouders (art. 20 lid 3 onder a en b Pw)."""

    middelen_ontoereikend: bool = False
    onderhoudsrecht_niet_te_gelde_te_maken: bool = False

    @property
    def geen_beroep(self) -> bool:
        return self.middelen_ontoereikend or self.onderhoudsrecht_niet_te_gelde_te_maken


@dataclass(frozen=True)
class Jongerentoeslagfeiten:
    huishouden: Huishouden
    aanvraagdatum: date
    ouders_belanghebbende: Ouders = Ouders()
    ouders_partner: Ouders | None = None
    bijzondere_bijstand_artikel_12: Bedrag | None = None  # lopende toekenning, per maand


@dataclass(frozen=True)
class Jongerentoeslagbesluit:
    regeling: Regeling
    norm: Bedrag
    jongerentoeslag: Bedrag
    maximum: Bedrag | None
    bijzondere_bijstand: Bedrag
    grondslag: str
    uitleg: Uitleg

    @property
    def verhoogde_norm(self) -> Bedrag:
        return self.norm + self.jongerentoeslag


def _controleer(feiten: Jongerentoeslagfeiten) -> None:
    ouders = feiten.ouders_partner
    if ouders is None or feiten.huishouden.partner is not None:
        return
    reden = "een feit over de ouders van de partner, maar er is geen partner"
    bezwaren = [Bezwaar(veld, reden) for veld, waar in (
        ("partnerMiddelenOudersOntoereikend", ouders.middelen_ontoereikend),
        ("partnerOnderhoudsrechtNietTeGeldeTeMaken", ouders.onderhoudsrecht_niet_te_gelde_te_maken)) if waar]
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def _jong(persoon: Persoon) -> bool:
    return MEERDERJARIG <= persoon.leeftijd < JONGERENNORM_TOT


def _rechthebbenden(feiten: Jongerentoeslagfeiten, uitleg: Uitleg) -> int:
    """Hoeveel belanghebbenden van 18-20 jaar geen beroep op hun ouders kunnen doen (art. 20 lid 3 Pw)."""
    aantal = 0
    paren = [("belanghebbende", feiten.huishouden.belanghebbende, feiten.ouders_belanghebbende)]
    if feiten.huishouden.partner is not None and feiten.huishouden.partner_heeft_recht:
        paren.append(("partner", feiten.huishouden.partner, feiten.ouders_partner or Ouders()))
    for rol, persoon, ouders in paren:
        if not _jong(persoon):
            uitleg.stap(f"De {rol} is {persoon.leeftijd} jaar, niet 18, 19 of 20", GRONDSLAG_LID_3)
        elif not ouders.geen_beroep:
            uitleg.stap(f"De {rol} kan voor het levensonderhoud een beroep doen op de ouders: hun middelen zijn "
                        "toereikend en het onderhoudsrecht is te gelde te maken", GRONDSLAG_LID_3)
        else:
            onderdeel = "a" if ouders.middelen_ontoereikend else "b"
            uitleg.stap(f"De {rol} van {persoon.leeftijd} jaar kan geen beroep doen op de ouders",
                        f"art. 20 lid 3 onder {onderdeel} Pw")
            aantal += 1
    return aantal


def _als_21(huishouden: Huishouden, lezing: str) -> Huishouden:
    """Hetzelfde huishouden met elke 18-20-jarige als 21-jarige: de 'vergelijkbare situatie' van lid 4.

    In de lezing `artikel21` zonder kostendelende medebewoners: de normen van art. 21 gelden zonder hen.
    """
    def ouder(persoon: Persoon) -> Persoon:
        return replace(persoon, leeftijd=JONGERENNORM_TOT) if persoon.leeftijd < JONGERENNORM_TOT else persoon
    partner = None if huishouden.partner is None else ouder(huishouden.partner)
    medebewoners = () if lezing == "artikel21" else huishouden.medebewoners
    return replace(huishouden, belanghebbende=ouder(huishouden.belanghebbende), partner=partner,
                   medebewoners=medebewoners)


def _maximum(huishouden: Huishouden, stand: Wetstand) -> tuple[Bedrag, Parameterwaarde[str] | None]:
    """De norm van lid 4, met de gevolgde lezing als er kostendelende medebewoners zijn."""
    if not huishouden.medebewoners:
        return kostendelersnorm(_als_21(huishouden, "artikel21"), stand).norm, None
    lezing = stand.lezing(LEZING_LID_4)
    if lezing.waarde not in ("artikel21", "kostendelersnorm"):
        raise ParameterFout(LEZING_LID_4, "waarde", f"onbekende lezing {lezing.waarde!r}")
    return kostendelersnorm(_als_21(huishouden, lezing.waarde), stand).norm, lezing


def _nieuwe_regel(feiten: Jongerentoeslagfeiten, stand: Wetstand, norm: Bedrag, uitleg: Uitleg
                  ) -> Jongerentoeslagbesluit:
    aantal = _rechthebbenden(feiten, uitleg)
    toeslag, maximum, begrensd = NUL, None, False
    if aantal:
        verhoging = stand.bedrag("jongerentoeslag.verhoging")
        ongemaximeerd = Bedrag(verhoging.waarde.waarde * aantal)
        maximum, lezing = _maximum(feiten.huishouden, stand)
        toeslag = ongemaximeerd.min((maximum - norm).niet_negatief())
        begrensd = toeslag < ongemaximeerd
        uitleg.stap(f"Verhoging {aantal} × {verhoging.waarde} = {ongemaximeerd}", GRONDSLAG_LID_3, verhoging)
        welke = ("" if lezing is None else " (voorlopig, met kostendelende medebewoners: de norm van art. 21, die "
                 "geldt zonder kostendelende medebewoners)" if lezing.waarde == "artikel21" else
                 " (voorlopig, met kostendelende medebewoners: de kostendelersnorm van art. 22a)")
        uitleg.stap(f"De norm van een 21-jarige in een vergelijkbare situatie is {maximum}{welke}; dat maximum "
                    f"wordt {'' if begrensd else 'niet '}bereikt: de verhoging is {toeslag}", GRONDSLAG_LID_4,
                    *(() if lezing is None else (lezing,)))
    oud_recht = not stand.boek.stand(feiten.aanvraagdatum).in_werking("M03")
    toegekend = feiten.bijzondere_bijstand_artikel_12
    if toegekend is not None or (oud_recht and aantal):
        reden = (f"er loopt een toekenning van bijzondere bijstand van {toegekend} per maand" if toegekend is not None
                 else f"de aanvraag is ingediend op {feiten.aanvraagdatum.isoformat()}, vóór 1 januari 2026")
        aanvulling = (toegekend or NUL).max(toeslag)
        uitleg.stap(f"Overgangsrecht: {reden}; art. 12 (oud) blijft gelden en de bijzondere bijstand wordt "
                    f"aangevuld tot de verhoging als die hoger is: {aanvulling}; de norm zelf wordt niet verhoogd",
                    GRONDSLAG_OVERGANG)
        uitleg.interpretatie("M03-overgangsrecht-in-plaats-van-verhoging")
        return Jongerentoeslagbesluit("overgangsrecht", norm, NUL, maximum, aanvulling, GRONDSLAG_OVERGANG, uitleg)
    if not aantal:
        uitleg.stap("Geen verhoging van de norm, en geen lopende bijzondere bijstand onder het overgangsrecht",
                    GRONDSLAG_LID_3)
        return Jongerentoeslagbesluit("geen", norm, NUL, None, NUL, GRONDSLAG_LID_3, uitleg)
    uitleg.stap(f"Aanvraag op {feiten.aanvraagdatum.isoformat()}, niet vóór 2026, en geen lopende bijzondere "
                f"bijstand: het overgangsrecht van art. 78ff lid 1 geldt niet; de norm wordt verhoogd met {toeslag}",
                GRONDSLAG_LID_3)
    grondslag = GRONDSLAG_LID_4 if begrensd else GRONDSLAG_LID_3
    return Jongerentoeslagbesluit("verhoging", norm, toeslag, maximum, NUL, grondslag, uitleg)


def _oude_regel(feiten: Jongerentoeslagfeiten, norm: Bedrag, uitleg: Uitleg) -> Jongerentoeslagbesluit:
    toegekend = feiten.bijzondere_bijstand_artikel_12
    if toegekend is None:
        uitleg.stap("Vóór 2026 kent art. 20 Pw geen verhoging; het college kan bijzondere bijstand verlenen op grond "
                    "van art. 12 (oud), en heeft dat niet gedaan", GRONDSLAG_OUD)
        return Jongerentoeslagbesluit("geen", norm, NUL, None, NUL, GRONDSLAG_OUD, uitleg)
    uitleg.stap(f"Vóór 2026 kent art. 20 Pw geen verhoging; het college verleent bijzondere bijstand op grond van "
                f"art. 12 (oud): {toegekend} per maand", GRONDSLAG_OUD)
    return Jongerentoeslagbesluit("artikel12", norm, NUL, None, toegekend, GRONDSLAG_OUD, uitleg)


def jongerentoeslag(feiten: Jongerentoeslagfeiten, stand: Wetstand,
                    normbesluit: Kostendelersbesluit | None = None) -> Jongerentoeslagbesluit:
    """De norm van het huishouden en de verhoging voor jongeren die geen beroep op hun ouders kunnen doen.
    `normbesluit`: de kostendelersnorm van `feiten.huishouden` op `stand`, als de aanroeper die al heeft."""
    _controleer(feiten)
    uitleg = Uitleg.voor(stand)
    normbesluit = normbesluit or kostendelersnorm(feiten.huishouden, stand)
    uitleg.voeg_toe(normbesluit.uitleg)
    if stand.in_werking("M03"):
        return _nieuwe_regel(feiten, stand, normbesluit.norm, uitleg)
    return _oude_regel(feiten, normbesluit.norm, uitleg)
