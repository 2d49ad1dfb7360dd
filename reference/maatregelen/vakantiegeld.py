"""M19 Vakantiegeld en IKB bij verrekening (art. 31 lid 4 Pw en art. 11-14 Regeling Participatiewet,
IOAW en IOAZ). Voorlopig: de tekst per 2027 staat niet in de bronnen.

De aanspraak op vakantietoeslag over het netto inkomen van een maand volgt uit de formules van
art. 11-14 van de Regeling: per schijf een percentage van het netto inkomen per maand min een vast
bedrag (tegenwoordige arbeid art. 11, vroegere arbeid art. 12, inkomen zonder algemene
heffingskorting art. 13, pensioengerechtigde leeftijd art. 14). Art. 31 lid 4 Pw geldt al in 2026 en
de Normenbrief 1 januari 2026 (Bijlage IV) geeft de formules "voor het jaar 2026": de aanspraak
wordt dus ook in 2026 verrekend met de vakantietoeslag die in de bijstand wordt gereserveerd. De
uitleg noemt het artikel, de schijf en de formule.

Vanaf 1 januari 2027 (M19, de standaardwijze): het netto inkomen van een maand wordt verrekend met de
bijstand zonder vakantietoeslag van die maand, de aanspraak met de gereserveerde vakantietoeslag, en
het vakantiegeld (of het vakantiedeel van een individueel keuzebudget) dat de werkgever uitbetaalt,
telt niet nog eens als inkomen in de maand van betaling.

Tot 2027 (`voorlopig`, interpretatie `M19-uitbetaling-2026`): uitbetaald vakantiegeld of IKB is uitgesteld
inkomen en telt naar de maanden waarin het is verworven (art. 32 lid 2 Pw). Over die maanden is de aanspraak
al verrekend (art. 31 lid 4 Pw), dus telt het in de maand van ontvangst niet als inkomen: de uitkomst is die
van de standaardwijze, op een andere grondslag (`GRONDSLAG_2026`). Het ook als inkomen tellen zou hetzelfde
vakantiegeld twee keer verrekenen.

`voorlopig` ook (interpretatie `M19-aanspraak-afronding`): de aanspraak wordt op hele centen afgerond
(de helft naar boven) en is niet lager dan nul; de uitleg noemt de lezing alleen als de afronding het
bedrag verandert. De maandberekening rekent de aanspraak over het netto inkomen uit arbeid vóór de
inkomstenvrijlating (interpretatie `M19-aanspraak-voor-vrijlating`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Any

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.feiten import Huishouden
from reference.parameters import Parameterwaarde, Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag, afronden_op_centen

NUL = Bedrag.nul()
HONDERD = Decimal(100)
REGELING = "Regeling Participatiewet, IOAW en IOAZ"
GRONDSLAG_NIEUW = "art. 31 lid 4 Pw"
GRONDSLAG_2026 = "art. 31 lid 4 en art. 32 lid 2 Pw"
GRONDSLAG_UITGESTELD = "art. 32 lid 2 Pw"
GRONDSLAG_OUD = "art. 31 lid 1 Pw"


class Inkomenssoort(Enum):
    TEGENWOORDIGE_ARBEID = "tegenwoordigeArbeid"  # art. 11
    VROEGERE_ARBEID = "vroegereArbeid"  # art. 12
    ZONDER_HEFFINGSKORTING = "zonderAlgemeneHeffingskorting"  # art. 13
    GEKORTE_AOW = "gekorteAow"  # art. 14 lid 1
    NAAST_GEKORTE_AOW = "naastGekorteAow"  # art. 14 lid 2


_SCHIJVEN = {
    soort: (f"art. {artikel[3:]} {REGELING}", tuple(
        (None if n == 1 else f"vakantiegeld.{artikel}_schijf{n}_vanaf", f"vakantiegeld.{artikel}_schijf{n}_procent",
         f"vakantiegeld.{artikel}_schijf{n}_aftrek") for n in range(1, aantal + 1)))
    for soort, artikel, aantal in ((Inkomenssoort.TEGENWOORDIGE_ARBEID, "art11", 4),
                                   (Inkomenssoort.VROEGERE_ARBEID, "art12", 5))
}  # per soort: het artikel en per schijf de namen van grens (schijf 1 heeft er geen), percentage en aftrek


@dataclass(frozen=True)
class Vakantiegeldfeiten:
    netto_inkomen: Bedrag  # per maand, zonder vakantiegeld
    vakantiegeld_ontvangen: Bedrag = NUL  # vakantiegeld of het vakantiedeel van een IKB, betaald in de maand
    soort: Inkomenssoort = Inkomenssoort.TEGENWOORDIGE_ARBEID
    huishouden: Huishouden | None = None  # nodig voor art. 14 lid 1


@dataclass(frozen=True)
class Vakantiegeldbesluit:
    standaardwijze: bool
    aanspraak: Bedrag | None  # vakantieaanspraak over het inkomen (art. 11-14 Regeling); None zonder formules
    formule: str | None
    vakantiegeld_als_inkomen: Bedrag  # het uitbetaalde vakantiegeld dat in de maand als inkomen telt
    te_verrekenen_met_bijstand: Bedrag
    te_verrekenen_met_vakantietoeslag: Bedrag
    grondslag: str
    uitleg: Uitleg
    grondslag_uitbetaling: str | None  # waarom uitbetaald vakantiegeld niet als inkomen telt; None als het telt


Tarief = tuple[Parameterwaarde[Decimal], Parameterwaarde[Bedrag]]
Schijven = tuple[tuple[Parameterwaarde[Bedrag], ...], tuple[Tarief, ...]]


@lru_cache(maxsize=64)
def _schijven(stand: Wetstand, soort: Inkomenssoort) -> Schijven:
    """De schijven van art. 11 of 12 op de peildatum, eenmaal opgezocht: de ondergrenzen vanaf schijf 2, en per
    schijf percentage en aftrek."""
    namen = _SCHIJVEN[soort][1]
    return (tuple(stand.bedrag(vanaf) for vanaf, _, _ in namen if vanaf is not None),
            tuple((stand.getal(procent), stand.bedrag(aftrek)) for _, procent, aftrek in namen))


def controleer(feiten: Vakantiegeldfeiten) -> None:
    """Art. 11-13 gelden onder, art. 14 vanaf de pensioengerechtigde leeftijd (van iemand in het huishouden)."""
    art14 = feiten.soort in (Inkomenssoort.GEKORTE_AOW, Inkomenssoort.NAAST_GEKORTE_AOW)
    if art14 and not (feiten.huishouden is not None
                      and any(p.aow_leeftijd_bereikt for p in feiten.huishouden.personen)):
        raise OngeldigeFeiten([Bezwaar("soortInkomen", "art. 14 van de Regeling geldt bij de pensioengerechtigde "
                                                       "leeftijd; geef een huishouden met die leeftijd")])
    if not art14 and feiten.huishouden is not None and feiten.huishouden.belanghebbende.aow_leeftijd_bereikt:
        raise OngeldigeFeiten([Bezwaar("soortInkomen", "art. 11-13 van de Regeling gelden voor wie jonger is dan "
                                                       "de pensioengerechtigde leeftijd")])


def _formule(procent: Parameterwaarde[Decimal], aftrek: Parameterwaarde[Bedrag] | None) -> str:
    return f"{procent.waarde!s} % × inkomen" + ("" if aftrek is None or aftrek.waarde == NUL
                                             else f" − {aftrek.waarde.waarde!s}")


def _schijf(feiten: Vakantiegeldfeiten, stand: Wetstand
            ) -> tuple[Parameterwaarde[Decimal], Parameterwaarde[Bedrag] | None, str, list[Parameterwaarde[Bedrag]],
                       str]:
    """Percentage, aftrek, artikel, de gebruikte grenzen en de schijf die bij het inkomen horen."""
    inkomen = feiten.netto_inkomen
    if feiten.soort in _SCHIJVEN:
        ondergrenzen, tarieven = _schijven(stand, feiten.soort)
        schijf = 0  # index: schijf 1 heeft geen ondergrens, schijf n + 1 begint bij ondergrenzen[n - 1]
        while schijf < len(ondergrenzen) and inkomen.waarde >= ondergrenzen[schijf].waarde.waarde:
            schijf += 1
        procent, aftrek = tarieven[schijf]
        grenzen = list(ondergrenzen[max(schijf - 1, 0):schijf + 1])
        return procent, aftrek, _SCHIJVEN[feiten.soort][0], grenzen, f"schijf {schijf + 1}"
    if feiten.soort is Inkomenssoort.ZONDER_HEFFINGSKORTING:
        return stand.getal("vakantiegeld.art13_procent"), None, f"art. 13 {REGELING}", [], "één percentage"
    if feiten.soort is Inkomenssoort.NAAST_GEKORTE_AOW:
        return (stand.getal("vakantiegeld.art14_ander_inkomen_procent"), None, f"art. 14 lid 2 {REGELING}", [],
                "één percentage")
    huishouden = feiten.huishouden
    if huishouden is None:  # pragma: no cover - controleer() eist een huishouden met de pensioengerechtigde leeftijd
        raise OngeldigeFeiten([Bezwaar("huishouden", "art. 14 lid 1 van de Regeling vraagt het huishouden")])
    if not huishouden.gehuwd:
        return (stand.getal("vakantiegeld.art14_alleenstaande_procent"), None, f"art. 14 lid 1 onder a {REGELING}",
                [], "alleenstaande")
    if all(p.aow_leeftijd_bereikt for p in huishouden.personen):
        return (stand.getal("vakantiegeld.art14_gehuwden_beiden_aow_procent"), None,
                f"art. 14 lid 1 onder b {REGELING}", [], "gehuwden, beiden de pensioengerechtigde leeftijd")
    grens = stand.bedrag("vakantiegeld.art14_gehuwden_een_aow_grens")
    boven = stand.bedrag("vakantiegeld.art14_gehuwden_een_aow_aftrek") if inkomen >= grens.waarde else None
    grenstekst = str(grens.waarde.waarde)
    band = f"inkomen {grenstekst} of meer" if boven is not None else f"inkomen lager dan {grenstekst}"
    return (stand.getal("vakantiegeld.art14_gehuwden_een_aow_procent"), boven,
            f"art. 14 lid 1 onder c {REGELING}", [grens], band)


def vakantieaanspraak(feiten: Vakantiegeldfeiten, stand: Wetstand) -> tuple[Bedrag, str, str, str,
                                                                         list[Parameterwaarde[Any]], bool]:
    """De aanspraak op vakantietoeslag over het netto inkomen van een maand (art. 11-14 Regeling).

    Geeft de aanspraak, de formule, de schijf of het geval dat geldt, het artikel, de gebruikte
    parameters en of de afronding (op hele centen, niet onder nul) het bedrag veranderde.
    """
    procent, aftrek, artikel, grenzen, band = _schijf(feiten, stand)
    bruto = feiten.netto_inkomen.waarde * procent.waarde / HONDERD
    if aftrek is not None:
        bruto -= aftrek.waarde.waarde
    aanspraak = afronden_op_centen(bruto).max(NUL)
    gebruikt: list[Parameterwaarde[Any]] = [procent, *grenzen] if aftrek is None else [procent, aftrek, *grenzen]
    return aanspraak, _formule(procent, aftrek), band, artikel, gebruikt, aanspraak.waarde != bruto


def vakantiegeld(feiten: Vakantiegeldfeiten, stand: Wetstand) -> Vakantiegeldbesluit:
    """Hoe het inkomen en het vakantiegeld van deze maand met de bijstand en de vakantietoeslag worden verrekend."""
    controleer(feiten)
    uitleg = Uitleg.voor(stand)
    ontvangen = feiten.vakantiegeld_ontvangen
    if not stand.heeft("vakantiegeld.art11_schijf1_procent"):
        uitleg.stap("De bronnen geven de formules van art. 11-14 van de Regeling voor deze peildatum niet (alleen die "
                    "voor 2026): geen vakantieaanspraak verrekend; uitbetaald vakantiegeld of IKB "
                    f"({ontvangen.waarde!s}) telt als inkomen in de maand van ontvangst", GRONDSLAG_OUD)
        uitleg.interpretatie("M19-zonder-formules")
        return Vakantiegeldbesluit(False, None, None, ontvangen, feiten.netto_inkomen + ontvangen, NUL, GRONDSLAG_OUD,
                                   uitleg, None)
    aanspraak, formule, band, artikel, gebruikt, afgerond = vakantieaanspraak(feiten, stand)
    over_inkomen = (f"de vakantieaanspraak over het netto inkomen ({feiten.netto_inkomen.waarde!s}) volgens "
                    f"{artikel} ({band}): {formule} = {aanspraak.waarde!s}, verrekend met de gereserveerde "
                    "vakantietoeslag")
    if afgerond:
        uitleg.interpretatie("M19-aanspraak-afronding")
    if not stand.in_werking("M19"):
        uitleg.stap(f"Tot 2027 ({GRONDSLAG_NIEUW} met de formules voor 2026): {over_inkomen}", artikel, *gebruikt)
        if ontvangen != NUL:
            uitleg.stap(f"Tot 2027 (voorlopig): uitbetaald vakantiegeld of IKB ({ontvangen.waarde!s}) is uitgesteld "
                        "inkomen en telt naar de maanden waarin het is verworven, waarover de aanspraak al is "
                        "verrekend; het telt niet als inkomen in de maand van ontvangst", GRONDSLAG_UITGESTELD)
            uitleg.interpretatie("M19-uitbetaling-2026")
        return Vakantiegeldbesluit(False, aanspraak, formule, NUL, feiten.netto_inkomen, aanspraak, GRONDSLAG_2026,
                                   uitleg, GRONDSLAG_UITGESTELD)
    niet_nog_eens = "" if ontvangen == NUL else (
        f"; uitbetaald vakantiegeld of IKB ({ontvangen.waarde!s}) telt niet nog eens als inkomen")
    uitleg.stap(f"Standaardwijze (voorlopig, {GRONDSLAG_NIEUW}): het netto inkomen ({feiten.netto_inkomen.waarde!s}) "
                f"wordt verrekend met de bijstand zonder vakantietoeslag; {over_inkomen}{niet_nog_eens}", artikel,
                *gebruikt)
    return Vakantiegeldbesluit(True, aanspraak, formule, NUL, feiten.netto_inkomen, aanspraak, GRONDSLAG_NIEUW,
                               uitleg, GRONDSLAG_NIEUW)
