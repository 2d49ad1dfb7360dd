"""M13 Inkomstenvrijlating (art. 34a Pw; tot 2027 art. 31 lid 2 onder n, r, y, z en aa en lid 5 Pw).

Vanaf 1 januari 2027 wordt van de inkomsten uit arbeid per maand niet verrekend (art. 34a lid 1):
(a) onder de pensioengerechtigde leeftijd 15 % gedurende een aaneengesloten periode van ten
hoogste 12 maanden, als dat naar het oordeel van het college bijdraagt aan de arbeidsinschakeling;
(b) bij medische urenbeperking 15 % zonder termijn; (c) vanaf de pensioengerechtigde leeftijd 25 %
tot € 226. Het college kan de periode van (a) verlengen als het uitbreiding van de arbeidsomvang
niet mogelijk acht (lid 2), en na een periode die zonder verlenging is verstreken nogmaals
toepassen bij een nieuw dienstverband (lid 3). Het oordeel, de verlenging en de nogmaals-toepassing
zijn invoer. Een gemeente mocht in 2026 vooruitlopen: `vervroegd_vanaf` (beleid) laat art. 34a
vanaf die datum gelden.

Tot 2027 gelden de vrijlatingen van art. 31 lid 2: onder n 25 % tot € 285 (2026), voor wie jonger
is dan de pensioengerechtigde leeftijd ten hoogste 6 maanden en met het oordeel van het college;
onder y 15 % tot € 180,19 voor de medisch urenbeperkte, tenzij n geldt; onder z 15 % tot € 180,19
voor 12 maanden voor de doelgroep loonkostensubsidie na de periode van n, tenzij y geldt; onder aa
daarna, als het college uitbreiding van de arbeidsomvang niet mogelijk acht; onder r 12,5 % tot
€ 177,66 gedurende 30 maanden voor de alleenstaande ouder met de volledige zorg voor een kind tot
12 jaar, na de periode van n, met het oordeel van het college, als y, z en aa niet gelden. Lid 5:
n en r gelden niet voor wie jonger is dan 27 jaar.

`voorlopig` (de wet regelt het niet): de vrijlating wordt op hele centen afgerond, de helft naar
boven; onder z begint de periode van 12 maanden voor wie jonger is dan 27 jaar (voor wie n niet
geldt, lid 5) zonder de zes maanden van n af te wachten; tijdens een verlenging (art. 34a lid 2)
is het oordeel van lid 1 onder a niet opnieuw nodig.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.feiten import Huishouden, Persoon
from reference.maatregelen.bijstandsnorm import leefvorm
from reference.parameters import Parameterwaarde, Wetstand
from reference.uitleg import Uitleg
from reference.waarden import Bedrag, afronden_op_centen

NUL = Bedrag.nul()
HONDERD = Decimal(100)
GRONDSLAG_VERREKEND = "art. 31 lid 1 Pw"
# Normenbrief 1 januari 2026, p. 1: gemeenten mogen in 2026 vooruitlopen op onderdelen die per
# 1 januari 2027 in werking treden; vóór 2026 bestond die ruimte niet.
VROEGSTE_VERVROEGING = date(2026, 1, 1)


@dataclass(frozen=True)
class Vrijlatingstand:
    """Wat over de lopende vrijlating al vaststaat: maanden, oordelen en besluiten van het college."""

    college_acht_bijdragen_aan_arbeidsinschakeling: bool = False  # 34a lid 1 onder a; 31 lid 2 onder n en r
    maanden_gebruikt: int = 0  # maanden van de lopende periode (34a lid 1 onder a, met verlenging; 31 lid 2 n)
    verlenging_maanden: int = 0  # 34a lid 2: de door het college bepaalde verlenging
    college_acht_uitbreiding_arbeidsomvang_niet_mogelijk: bool = False  # 34a lid 2; 31 lid 2 onder aa
    nieuw_dienstverband: bool = False  # 34a lid 3
    college_past_nogmaals_toe: bool = False  # 34a lid 3
    medisch_urenbeperkt: bool = False  # 34a lid 1 onder b; 31 lid 2 onder y
    leeftijd_kind_met_volledige_zorg: int | None = None  # 31 lid 2 onder r, 1°
    maanden_alleenstaande_ouder_gebruikt: int = 0  # 31 lid 2 onder r
    doelgroep_loonkostensubsidie: bool = False  # 31 lid 2 onder z en aa (dienstbetrekking art. 10d)
    maanden_doelgroep_gebruikt: int = 0  # 31 lid 2 onder z


@dataclass(frozen=True)
class Inkomstenvrijlatingfeiten:
    inkomsten_uit_arbeid: Bedrag  # netto, in aanmerking genomen in de maand
    persoon: Persoon
    alleenstaande_ouder: bool = False
    stand: Vrijlatingstand = field(default_factory=Vrijlatingstand)
    vervroegd_vanaf: date | None = None  # beleid: art. 34a vervroegd toepassen vanaf

    @classmethod
    def van_belanghebbende(cls, huishouden: Huishouden, inkomsten_uit_arbeid: Bedrag, stand: Vrijlatingstand,
                           vervroegd_vanaf: date | None = None) -> Inkomstenvrijlatingfeiten:
        """De feiten voor de inkomsten van de belanghebbende; of hij alleenstaande ouder is volgt uit art. 4 Pw."""
        return cls(inkomsten_uit_arbeid, huishouden.belanghebbende, leefvorm(huishouden) == "alleenstaandeOuder",
                   stand, vervroegd_vanaf)


@dataclass(frozen=True)
class Inkomstenvrijlatingbesluit:
    vrijgelaten: Bedrag
    in_aanmerking_genomen: Bedrag
    onderdeel: str | None  # het artikel van de vrijlating die is toegepast
    percentage: Decimal | None
    maximum: Bedrag | None
    resterende_maanden: int | None  # maanden van de periode die na deze maand nog resten
    vervroegd_toegepast: bool
    nieuwe_periode: bool  # 34a lid 3
    grondslag: str
    uitleg: Uitleg


def vrijlating_op_centen(waarde: Decimal) -> Bedrag:
    """Het vrij te laten deel op hele centen, de helft naar boven (voorlopig: de wet noemt geen afronding)."""
    return afronden_op_centen(waarde)


def _besluit(feiten: Inkomstenvrijlatingfeiten, stand: Wetstand, toelichting: str, onderdeel: str,
             percentage: Parameterwaarde[Decimal], maximum: Parameterwaarde[Bedrag] | None, resterend: int | None,
             *gebruikt: Parameterwaarde[Any], nieuw: bool = False, vooraf: str = "") -> Inkomstenvrijlatingbesluit:
    """De vrijlating: het percentage van de inkomsten, zo nodig begrensd, in één stap van de uitleg."""
    inkomsten = feiten.inkomsten_uit_arbeid
    vrij = vrijlating_op_centen(inkomsten.waarde * percentage.waarde / HONDERD)
    uitleg = Uitleg.voor(stand)
    if maximum is not None:
        vrij = vrij.min(maximum.waarde)
        uitleg.stap(f"{vooraf}{toelichting}: {percentage.waarde!s} % van {inkomsten.waarde!s}, ten hoogste "
                    f"{maximum.waarde.waarde!s}: {vrij.waarde!s} vrijgelaten", onderdeel, percentage, maximum,
                    *gebruikt)
    else:
        uitleg.stap(f"{vooraf}{toelichting}: {percentage.waarde!s} % van {inkomsten.waarde!s}, zonder maximum: "
                    f"{vrij.waarde!s} vrijgelaten", onderdeel, percentage, *gebruikt)
    return Inkomstenvrijlatingbesluit(vrij, inkomsten - vrij, onderdeel, percentage.waarde,
                                      None if maximum is None else maximum.waarde, resterend, vooraf != "", nieuw,
                                      onderdeel, uitleg)


def _geen(feiten: Inkomstenvrijlatingfeiten, stand: Wetstand, reden: str, artikel: str,
          *gebruikt: Parameterwaarde[Any], vooraf: str = "") -> Inkomstenvrijlatingbesluit:
    uitleg = Uitleg.voor(stand)
    uitleg.stap(f"{vooraf}{reden}: de inkomsten uit arbeid ({feiten.inkomsten_uit_arbeid.waarde!s}) worden volledig "
                "verrekend", artikel, *gebruikt)
    return Inkomstenvrijlatingbesluit(NUL, feiten.inkomsten_uit_arbeid, None, None, None, None, vooraf != "", False,
                                      GRONDSLAG_VERREKEND, uitleg)


def _artikel_34a(feiten: Inkomstenvrijlatingfeiten, stand: Wetstand, vooraf: str) -> Inkomstenvrijlatingbesluit:
    if feiten.persoon.aow_leeftijd_bereikt:
        return _besluit(feiten, stand, "Pensioengerechtigde leeftijd", "art. 34a lid 1 onder c Pw",
                        stand.getal("inkomstenvrijlating.art34a_percentage_aow"),
                        stand.bedrag("inkomstenvrijlating.art34a_maximum_aow"), None, vooraf=vooraf)
    if feiten.stand.medisch_urenbeperkt:
        return _besluit(feiten, stand, "Medisch urenbeperkt, zonder termijn", "art. 34a lid 1 onder b Pw",
                        stand.getal("inkomstenvrijlating.art34a_percentage_medisch_urenbeperkt"), None, None,
                        vooraf=vooraf)
    return _artikel_34a_onder_a(feiten, stand, vooraf)


def _artikel_34a_onder_a(feiten: Inkomstenvrijlatingfeiten, stand: Wetstand,
                         vooraf: str) -> Inkomstenvrijlatingbesluit:
    """Lid 1 onder a, met de verlenging van lid 2 en de nogmaals-toepassing van lid 3."""
    s = feiten.stand
    percentage = stand.getal("inkomstenvrijlating.art34a_percentage_onder_aow")
    duur = stand.aantal("inkomstenvrijlating.art34a_duur_onder_aow")
    if s.maanden_gebruikt < duur.waarde:
        if not s.college_acht_bijdragen_aan_arbeidsinschakeling:
            return _geen(feiten, stand, "Het college acht niet dat de vrijlating bijdraagt aan de arbeidsinschakeling",
                         "art. 34a lid 1 onder a Pw", vooraf=vooraf)
        return _besluit(feiten, stand, f"Maand {s.maanden_gebruikt + 1} van de aaneengesloten periode van ten "
                        f"hoogste {duur.waarde!s} maanden", "art. 34a lid 1 onder a Pw", percentage, None,
                        duur.waarde - s.maanden_gebruikt - 1, duur, vooraf=vooraf)
    verlengd = s.verlenging_maanden > 0 and s.college_acht_uitbreiding_arbeidsomvang_niet_mogelijk
    verlengd_tot = duur.waarde + (s.verlenging_maanden if verlengd else 0)
    if s.maanden_gebruikt < verlengd_tot:
        return _besluit(feiten, stand, f"De periode van {duur.waarde!s} maanden is verstreken en door het college "
                        f"verlengd met {s.verlenging_maanden} maanden, omdat uitbreiding van de arbeidsomvang niet "
                        "mogelijk is",
                        "art. 34a lid 2 Pw", percentage, None, verlengd_tot - s.maanden_gebruikt - 1, duur,
                        vooraf=vooraf)
    zonder_grond = ("; een verlenging zonder het oordeel dat uitbreiding van de arbeidsomvang niet mogelijk is, "
                    "geldt niet (lid 2)" if s.verlenging_maanden > 0 and not verlengd else "")
    if not (s.nieuw_dienstverband and s.college_past_nogmaals_toe and s.college_acht_bijdragen_aan_arbeidsinschakeling):
        return _geen(feiten, stand, f"De periode van {verlengd_tot} maanden is verstreken{zonder_grond}; nogmaals "
                     "toepassen kan alleen bij een nieuw dienstverband, als het college daartoe besluit en het "
                     "oordeel van lid 1 onder a opnieuw geeft", "art. 34a lid 3 Pw", duur, vooraf=vooraf)
    return _besluit(feiten, stand, f"De periode van {verlengd_tot} maanden is verstreken; bij een nieuw "
                    f"dienstverband past het college lid 1 nogmaals toe en begint een nieuwe periode van "
                    f"{duur.waarde!s} maanden",
                    "art. 34a lid 3 Pw", percentage, None, duur.waarde - 1, duur, nieuw=True,
                    vooraf=vooraf)


def _artikel_31(feiten: Inkomstenvrijlatingfeiten, stand: Wetstand) -> Inkomstenvrijlatingbesluit:
    s = feiten.stand
    grens = stand.aantal("inkomstenvrijlating.art31_lid5_leeftijd")
    jong = feiten.persoon.leeftijd < grens.waarde
    n_duur = stand.aantal("inkomstenvrijlating.art31_n_duur")
    n_voorbij = s.maanden_gebruikt >= n_duur.waarde
    if not jong and feiten.persoon.aow_leeftijd_bereikt:
        return _besluit(feiten, stand, "Pensioengerechtigde leeftijd: onderdeel n zonder termijn en zonder oordeel",
                        "art. 31 lid 2 onder n Pw", stand.getal("inkomstenvrijlating.art31_n_percentage"),
                        stand.bedrag("inkomstenvrijlating.art31_n_maximum"), None)
    if not jong and not n_voorbij and s.college_acht_bijdragen_aan_arbeidsinschakeling:
        return _besluit(feiten, stand, f"Maand {s.maanden_gebruikt + 1} van ten hoogste {n_duur.waarde!s}; het "
                        "college acht dat het bijdraagt aan de arbeidsinschakeling", "art. 31 lid 2 onder n Pw",
                        stand.getal("inkomstenvrijlating.art31_n_percentage"),
                        stand.bedrag("inkomstenvrijlating.art31_n_maximum"), n_duur.waarde - s.maanden_gebruikt - 1,
                        n_duur)
    besluit = (_onder_y_z_aa(feiten, stand, n_voorbij or jong)
               or (None if jong or not n_voorbij else _onder_r(feiten, stand)))
    if besluit is not None:
        return besluit
    if jong:
        return _geen(feiten, stand, f"Jonger dan {grens.waarde!s} jaar: onderdelen n en r gelden niet (lid 5), en "
                     "y, z en aa zijn niet van toepassing", "art. 31 lid 5 Pw", grens)
    if n_voorbij:
        return _geen(feiten, stand, f"De periode van {n_duur.waarde!s} maanden van onderdeel n is verstreken en "
                     "onderdelen r, y, z en aa zijn niet van toepassing", "art. 31 lid 2 onder n Pw", n_duur)
    return _geen(feiten, stand, "Het college acht niet dat de vrijlating bijdraagt aan de arbeidsinschakeling",
                 "art. 31 lid 2 onder n Pw")


def _onder_y_z_aa(feiten: Inkomstenvrijlatingfeiten, stand: Wetstand,
                  na_n: bool) -> Inkomstenvrijlatingbesluit | None:
    """Onderdeel y (medisch urenbeperkt), z en aa (doelgroep loonkostensubsidie), als n niet geldt."""
    s = feiten.stand
    if not (s.medisch_urenbeperkt or (s.doelgroep_loonkostensubsidie and na_n)):
        return None
    pct = stand.getal("inkomstenvrijlating.art31_yzaa_percentage")
    maximum = stand.bedrag("inkomstenvrijlating.art31_yzaa_maximum")
    if s.medisch_urenbeperkt:
        return _besluit(feiten, stand, "Medisch urenbeperkt", "art. 31 lid 2 onder y Pw", pct, maximum, None)
    z_duur = stand.aantal("inkomstenvrijlating.art31_z_duur")
    if s.maanden_doelgroep_gebruikt < z_duur.waarde:
        return _besluit(feiten, stand, f"Doelgroep loonkostensubsidie: maand {s.maanden_doelgroep_gebruikt + 1} van "
                        f"{z_duur.waarde!s} na de periode van onderdeel n", "art. 31 lid 2 onder z Pw", pct, maximum,
                        z_duur.waarde - s.maanden_doelgroep_gebruikt - 1, z_duur)
    if s.college_acht_uitbreiding_arbeidsomvang_niet_mogelijk:
        return _besluit(feiten, stand, f"Doelgroep loonkostensubsidie na de {z_duur.waarde!s} maanden van "
                        "onderdeel z: het college acht uitbreiding van de arbeidsomvang niet mogelijk",
                        "art. 31 lid 2 onder aa Pw",
                        pct, maximum, None, z_duur)
    return None


def _onder_r(feiten: Inkomstenvrijlatingfeiten, stand: Wetstand) -> Inkomstenvrijlatingbesluit | None:
    """Onderdeel r: de alleenstaande ouder, na de periode van n, als y, z en aa niet gelden."""
    s = feiten.stand
    kind = s.leeftijd_kind_met_volledige_zorg
    if not (feiten.alleenstaande_ouder and kind is not None and s.college_acht_bijdragen_aan_arbeidsinschakeling):
        return None
    kind_grens = stand.aantal("inkomstenvrijlating.art31_r_leeftijd_kind")
    r_duur = stand.aantal("inkomstenvrijlating.art31_r_duur")
    if kind >= kind_grens.waarde or s.maanden_alleenstaande_ouder_gebruikt >= r_duur.waarde:
        return None
    return _besluit(feiten, stand, f"Alleenstaande ouder met de volledige zorg voor een kind van {kind} jaar: maand "
                    f"{s.maanden_alleenstaande_ouder_gebruikt + 1} van ten hoogste {r_duur.waarde!s}",
                    "art. 31 lid 2 onder r Pw", stand.getal("inkomstenvrijlating.art31_r_percentage"),
                    stand.bedrag("inkomstenvrijlating.art31_r_maximum"),
                    r_duur.waarde - s.maanden_alleenstaande_ouder_gebruikt - 1, kind_grens, r_duur)


def controleer(vervroegd_vanaf: date | None) -> None:
    if vervroegd_vanaf is not None and vervroegd_vanaf < VROEGSTE_VERVROEGING:
        raise OngeldigeFeiten([Bezwaar("beleid.inkomstenvrijlatingVervroegdVanaf",
                                       f"vervroegd toepassen kon op zijn vroegst vanaf {VROEGSTE_VERVROEGING}")])


def inkomstenvrijlating(feiten: Inkomstenvrijlatingfeiten, stand: Wetstand) -> Inkomstenvrijlatingbesluit:
    """Welk deel van de inkomsten uit arbeid van deze maand niet wordt verrekend, en op welke grond."""
    controleer(feiten.vervroegd_vanaf)
    if stand.in_werking("M13"):
        return _artikel_34a(feiten, stand, "")
    if feiten.vervroegd_vanaf is not None and stand.peildatum >= feiten.vervroegd_vanaf:
        return _artikel_34a(feiten, stand, f"Art. 34a Pw vervroegd toegepast vanaf {feiten.vervroegd_vanaf}. ")
    return _artikel_31(feiten, stand)
