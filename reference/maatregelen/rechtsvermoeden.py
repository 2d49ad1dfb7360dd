"""M02 Rechtsvermoeden gezamenlijke huishouding (art. 3 lid 4 Pw).

Wie met een ander het hoofdverblijf in dezelfde woning heeft, voert in ieder geval een
gezamenlijke huishouding als (a) zij in de periode van twee jaar vóór de aanvraag van bijstand
met elkaar gehuwd zijn geweest of voor de bijstand als gehuwden zijn aangemerkt, (b) uit hun
relatie een kind is geboren of de een een kind van de ander heeft erkend, (c) zij zich in een
geldend samenlevingscontract wederzijds verplicht hebben tot een bijdrage aan de huishouding,
of (d) een registratie (lid 5, AMvB) hen als gezamenlijke huishouding aanmerkt. Welke registratie
telt, is invoer. Zonder vermoeden beslist de hoofdregel van lid 3 (oordeel van het college).

Vóór 2026 telde een eerder huwelijk met elkaar zonder termijn; alleen het als gehuwden aangemerkt
zijn had de termijn van twee jaar. `voorlopig` (art. 3 lid 4 Pw, tekst tot 1 januari 2026): die oude
tekst staat niet in de bronnen van pwib; de regel volgt maatregelen.md en secundaire bronnen.

`voorlopig` (art. 3 lid 4 onder a Pw, telling van de termijn): de wet zegt niet op welke dag de
periode begint. Gekozen is de letterlijke lezing: de periode begint op dezelfde kalenderdag twee
jaar vóór de aanvraagdatum (29 februari wordt 28 februari) en loopt tot de aanvraag; het huwelijk
of het als gehuwden aangemerkt zijn telt als de laatste dag ervan op of na die begindag ligt.
Zonder aanvraagdatum is die periode niet te bepalen: wie een einddatum opgeeft, geeft ook de
aanvraagdatum (ook vóór 2026, voor het als gehuwden aangemerkt zijn). Een einddatum na de
peildatum is onmogelijk: wie dan nog gehuwd is, valt niet onder het vermoeden.
Overgangsrecht kent de wet hiervoor niet (art. 78ff): de peildatum beslist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Parameterwaarde, Wetstand
from reference.uitleg import Uitleg
from reference.waarden import plus_maanden

LID_3 = "art. 3 lid 3 Pw"
LID_4 = "art. 3 lid 4 Pw"
OUDE_TEKST = " (tekst tot 1 januari 2026)"


class Grond(Enum):
    """Op welk onderdeel van art. 3 lid 4 het vermoeden berust."""

    EERDER_GEHUWD = "eerderGehuwd"  # onder a
    ALS_GEHUWDEN_AANGEMERKT = "alsGehuwdenAangemerkt"  # onder a
    KIND_UIT_RELATIE = "kindUitRelatie"  # onder b
    KIND_ERKEND = "kindErkend"  # onder b
    SAMENLEVINGSCONTRACT = "samenlevingscontract"  # onder c
    REGISTRATIE = "registratie"  # onder d


ONDERDEEL = {
    Grond.EERDER_GEHUWD: "a", Grond.ALS_GEHUWDEN_AANGEMERKT: "a", Grond.KIND_UIT_RELATIE: "b",
    Grond.KIND_ERKEND: "b", Grond.SAMENLEVINGSCONTRACT: "c", Grond.REGISTRATIE: "d",
}


@dataclass(frozen=True)
class RechtsvermoedenFeiten:
    hoofdverblijf_in_dezelfde_woning: bool
    aanvraagdatum: date | None = None
    huwelijk_geeindigd_op: date | None = None  # laatste dag van het huwelijk (of partnerschap) met elkaar
    als_gehuwden_aangemerkt_tot_en_met: date | None = None  # voor de verlening van bijstand
    kind_uit_relatie: bool = False
    kind_erkend: bool = False
    samenlevingscontract: bool = False  # geldend, met wederzijdse verplichting tot bijdrage aan de huishouding
    registratie: bool = False  # een registratie als bedoeld in art. 3 lid 5 Pw


@dataclass(frozen=True)
class RechtsvermoedenBesluit:
    vermoed: bool
    gronden: tuple[Grond, ...]
    begin_termijn: date | None
    grondslag: str
    uitleg: Uitleg


def _controleer(feiten: RechtsvermoedenFeiten, peildatum: date) -> None:
    bezwaren: list[Bezwaar] = []
    for veld, datum in (("huwelijkGeeindigdOp", feiten.huwelijk_geeindigd_op),
                        ("alsGehuwdenAangemerktTotEnMet", feiten.als_gehuwden_aangemerkt_tot_en_met)):
        if datum is not None and datum > peildatum:
            bezwaren.append(Bezwaar(veld, "ligt na de peildatum: wie dan nog gehuwd is of als gehuwd geldt, "
                                          "valt niet onder het rechtsvermoeden"))
    heeft_datum = feiten.huwelijk_geeindigd_op is not None or feiten.als_gehuwden_aangemerkt_tot_en_met is not None
    if heeft_datum and feiten.aanvraagdatum is None:
        bezwaren.append(Bezwaar("aanvraagdatum", "nodig om de periode vóór de aanvraag van bijstand te bepalen"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def _binnen(datum: date | None, begin: date | None) -> bool:
    return datum is not None and begin is not None and datum >= begin


def _eerder_huwelijk_oud(einde: date, uitleg: Uitleg) -> bool:
    """Vóór 2026 (voorlopig): een eerder huwelijk met elkaar telt zonder termijn."""
    uitleg.stap(f"Zij waren met elkaar gehuwd tot {einde}; vóór 2026 telt een eerder huwelijk zonder termijn",
                "art. 3 lid 4 onder a Pw" + OUDE_TEKST)
    return True


def _eerder_huwelijk_nieuw(einde: date, begin: date | None, termijn: Parameterwaarde[int], uitleg: Uitleg) -> bool:
    """Sinds 2026: een eerder huwelijk met elkaar telt alleen in de periode van twee jaar vóór de aanvraag."""
    binnen = _binnen(einde, begin)
    plaats = f"in de periode van {termijn.waarde} jaar vóór de aanvraag (begin {begin})" if binnen else (
        f"vóór het begin van de periode van {termijn.waarde} jaar vóór de aanvraag ({begin}): telt niet")
    uitleg.stap(f"Het huwelijk met elkaar eindigde op {einde}, {plaats}", "art. 3 lid 4 onder a Pw", termijn)
    return binnen


def _onder_a(feiten: RechtsvermoedenFeiten, nieuw: bool, begin: date | None, termijn: Parameterwaarde[int],
             uitleg: Uitleg) -> list[Grond]:
    """Onderdeel a: eerder met elkaar gehuwd, of voor de bijstand als gehuwden aangemerkt."""
    gronden: list[Grond] = []
    einde = feiten.huwelijk_geeindigd_op
    if einde is not None and (
        _eerder_huwelijk_nieuw(einde, begin, termijn, uitleg) if nieuw else _eerder_huwelijk_oud(einde, uitleg)
    ):
        gronden.append(Grond.EERDER_GEHUWD)
    aangemerkt = feiten.als_gehuwden_aangemerkt_tot_en_met
    if aangemerkt is not None:
        binnen = _binnen(aangemerkt, begin)
        uitleg.stap(f"Voor de bijstand als gehuwden aangemerkt tot en met {aangemerkt}; de periode van "
                    f"{termijn.waarde} jaar vóór de aanvraag begint op {begin}: " + ("telt" if binnen else "telt niet"),
                    "art. 3 lid 4 onder a Pw" + ("" if nieuw else OUDE_TEKST), termijn)
        if binnen:
            gronden.append(Grond.ALS_GEHUWDEN_AANGEMERKT)
    return gronden


def rechtsvermoeden_gezamenlijke_huishouding(feiten: RechtsvermoedenFeiten, stand: Wetstand) -> RechtsvermoedenBesluit:
    """Wordt een gezamenlijke huishouding vermoed, en op welke grond(en)?"""
    _controleer(feiten, stand.peildatum)
    nieuw = stand.in_werking("M02")
    tekst = "" if nieuw else OUDE_TEKST
    uitleg = Uitleg.voor(stand)
    if not feiten.hoofdverblijf_in_dezelfde_woning:
        uitleg.stap("Zij hebben hun hoofdverblijf niet in dezelfde woning; het vermoeden van lid 4 vraagt dat "
                    "wel, dus de gevallen onder a tot en met d komen niet aan de orde", LID_4 + tekst)
        return RechtsvermoedenBesluit(False, (), None, LID_4 + tekst, uitleg)
    termijn = stand.aantal("rechtsvermoeden.termijn_voor_aanvraag")
    begin = None if feiten.aanvraagdatum is None else plus_maanden(feiten.aanvraagdatum, -12 * termijn.waarde)
    gronden = _onder_a(feiten, nieuw, begin, termijn, uitleg)
    for aanwezig, grond, omschrijving in (
        (feiten.kind_uit_relatie, Grond.KIND_UIT_RELATIE, "Uit hun relatie is een kind geboren"),
        (feiten.kind_erkend, Grond.KIND_ERKEND, "De een heeft een kind van de ander erkend"),
        (feiten.samenlevingscontract, Grond.SAMENLEVINGSCONTRACT,
         "Zij hebben zich in een geldend samenlevingscontract wederzijds verplicht tot een bijdrage aan de "
         "huishouding"),
        (feiten.registratie, Grond.REGISTRATIE, "Een registratie merkt hen aan als gezamenlijke huishouding"),
    ):
        if aanwezig:
            uitleg.stap(omschrijving, f"art. 3 lid 4 onder {ONDERDEEL[grond]} Pw" + tekst)
            gronden.append(grond)
    if not gronden:
        uitleg.stap("Geen van de gevallen van lid 4 onder a tot en met d doet zich voor: geen vermoeden; of er een "
                    "gezamenlijke huishouding is, volgt uit de hoofdregel", LID_3)
        return RechtsvermoedenBesluit(False, (), begin, LID_3, uitleg)
    onderdelen = sorted({ONDERDEEL[g] for g in gronden})
    opsomming = onderdelen[0] if len(onderdelen) == 1 else ", ".join(onderdelen[:-1]) + " en " + onderdelen[-1]
    grondslag = f"art. 3 lid 4 onder {opsomming} Pw" + tekst
    uitleg.stap("Een gezamenlijke huishouding wordt in ieder geval aanwezig geacht", grondslag)
    return RechtsvermoedenBesluit(True, tuple(gronden), begin, grondslag, uitleg)
