"""M09 Verkorte herhaalaanvraag (art. 43a Pw).

Wordt binnen twaalf maanden na het eindigen van de algemene bijstand een nieuwe aanvraag gedaan,
dan kan het college de gegevens gebruiken die bij hem berusten in verband met de eerdere
bijstandsverlening, indien dit leidt tot een voor de belanghebbende minder belastende aanvraag
(lid 1). Het college verifieert de juistheid en actualiteit van die gegevens in de beschikbare
bronnen en zo nodig bij de belanghebbende (lid 2).

Of het gebruik minder belastend is, hangt af van déze belanghebbende en déze aanvraag: dat is
een oordeel van het college in het geval, dus invoer (`minderBelastend`), geen vast beleid. De
regel zegt of het college de gegevens mag gebruiken; of het dat doet, blijft aan het college.

Vóór 1 januari 2026 bestond deze bevoegdheid niet (art. 43a is nieuw, Stb. 2025, 312): het besluit
zegt dan dat de regel niet van toepassing is en vanaf wanneer hij geldt.

Termijn: "binnen twaalf maanden na het eindigen" is de periode van twaalf maanden die begint op de
dag na de laatste dag van de bijstand; de laatste dag van die periode is de dag vóór dezelfde
dagdatum twaalf maanden later (`plus_maanden`). Eindigde de bijstand op 31 maart 2026, dan kan de
nieuwe aanvraag tot en met 31 maart 2027; eindigde zij op 28 februari 2027, dan tot en met
29 februari 2028.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reference.catalogus import inwerkingtreding
from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg
from reference.waarden import plus_maanden

LID_1 = "art. 43a lid 1 Pw"
LID_2 = "art. 43a lid 2 Pw"
NIET_IN_WERKING = "art. 43a Pw"
EEN_DAG = timedelta(days=1)


@dataclass(frozen=True)
class Herhaalaanvraagfeiten:
    laatste_dag_bijstand: date  # de laatste dag waarover de vorige algemene bijstand liep
    datum_aanvraag: date  # de dag van de nieuwe aanvraag
    minder_belastend: bool = False  # art. 43a lid 1 Pw: oordeel van het college in dit geval


@dataclass(frozen=True)
class Herhaalaanvraagbesluit:
    van_toepassing: bool  # geldt art. 43a op de peildatum
    in_werking_vanaf: date
    binnen_termijn: bool | None  # None als art. 43a nog niet geldt
    termijn_eindigt_op: date | None
    hergebruik_toegestaan: bool
    verificatie_vereist: bool
    grondslag: str
    uitleg: Uitleg


def controleer(feiten: Herhaalaanvraagfeiten, peildatum: date) -> None:
    """Weiger feiten die niet kunnen: een nieuwe aanvraag vóór het eindigen van de bijstand of na de peildatum."""
    bezwaren = []
    if feiten.datum_aanvraag <= feiten.laatste_dag_bijstand:
        bezwaren.append(Bezwaar("datumAanvraag", "de nieuwe aanvraag ligt niet na het eindigen van de bijstand"))
    if feiten.datum_aanvraag > peildatum:
        bezwaren.append(Bezwaar("datumAanvraag", "de nieuwe aanvraag ligt na de peildatum"))
    if bezwaren:
        raise OngeldigeFeiten(bezwaren)


def laatste_dag_termijn(laatste_dag_bijstand: date, maanden: int) -> date:
    """De laatste dag van de periode van `maanden` maanden die begint op de dag na de laatste dag van de bijstand."""
    return plus_maanden(laatste_dag_bijstand + EEN_DAG, maanden) - EEN_DAG


def _regel_tot_2026(stand: Wetstand) -> Herhaalaanvraagbesluit:
    uitleg = Uitleg.voor(stand)
    vanaf = inwerkingtreding("M09")
    uitleg.stap(f"De verkorte herhaalaanvraag geldt vanaf {vanaf} (Stb. 2025, 313); op de peildatum mag het "
                f"college de gegevens van de eerdere bijstandsverlening niet op deze grond gebruiken",
                NIET_IN_WERKING)
    return Herhaalaanvraagbesluit(False, vanaf, None, None, False, False, NIET_IN_WERKING, uitleg)


def _regel_vanaf_2026(feiten: Herhaalaanvraagfeiten, stand: Wetstand) -> Herhaalaanvraagbesluit:
    uitleg = Uitleg.voor(stand)
    vanaf = inwerkingtreding("M09")
    termijn = stand.aantal("herhaalaanvraag.termijn")
    einde = laatste_dag_termijn(feiten.laatste_dag_bijstand, termijn.waarde)

    def besluit(binnen: bool, toegestaan: bool) -> Herhaalaanvraagbesluit:
        return Herhaalaanvraagbesluit(True, vanaf, binnen, einde, toegestaan, toegestaan, LID_1, uitleg)

    if feiten.datum_aanvraag > einde:
        uitleg.stap(f"De bijstand eindigde op {feiten.laatste_dag_bijstand}; de nieuwe aanvraag van "
                    f"{feiten.datum_aanvraag} ligt na {einde}, meer dan {termijn.waarde} maanden later: het college "
                    f"kan de gegevens van de eerdere bijstandsverlening niet op deze grond gebruiken",
                    LID_1, termijn)
        return besluit(False, False)
    uitleg.stap(f"De bijstand eindigde op {feiten.laatste_dag_bijstand}; de nieuwe aanvraag van "
                f"{feiten.datum_aanvraag} ligt binnen {termijn.waarde} maanden (tot en met {einde})", LID_1, termijn)
    if not feiten.minder_belastend:
        uitleg.stap("Het college heeft niet geoordeeld dat het gebruik van de eerdere gegevens tot een voor de "
                    "belanghebbende minder belastende aanvraag leidt: de gewone aanvraag geldt", LID_1)
        return besluit(True, False)
    uitleg.stap("Het gebruik van de eerdere gegevens leidt naar het oordeel van het college tot een minder "
                "belastende aanvraag: het college kan die gegevens gebruiken", LID_1)
    uitleg.stap("Het college verifieert de juistheid en actualiteit van die gegevens in de beschikbare bronnen "
                "en zo nodig bij de belanghebbende", LID_2)
    return besluit(True, True)


def herhaalaanvraag(feiten: Herhaalaanvraagfeiten, stand: Wetstand) -> Herhaalaanvraagbesluit:
    """Mag het college bij deze nieuwe aanvraag de gegevens van de eerdere bijstandsverlening gebruiken?"""
    controleer(feiten, stand.peildatum)
    return _regel_vanaf_2026(feiten, stand) if stand.in_werking("M09") else _regel_tot_2026(stand)
