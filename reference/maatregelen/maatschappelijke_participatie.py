"""M17 Maatschappelijke participatie (art. 6, 7, 8a en 9 Pw); `voorlopig`.

Tot 2027 (tekst per 1 januari 2026): de belanghebbende van 18 jaar tot de pensioengerechtigde leeftijd
is verplicht naar vermogen door het college opgedragen onbeloonde maatschappelijk nuttige werkzaamheden
te verrichten, naast of in aanvulling op reguliere arbeid en zonder verdringing: de tegenprestatie (art. 9
lid 1 onder c). Het college ontwikkelt en voert daarvoor beleid uit (art. 7 lid 1 onder c) volgens de
verordening (art. 8a lid 1 onder b); sociale activering is een voorziening gericht op arbeidsinschakeling
of, als die nog niet mogelijk is, op zelfstandige maatschappelijke participatie (art. 6 onder c, art. 9
lid 1 onder b). Eigen activiteiten vervullen de tegenprestatie niet: die draagt het college op.
De verplichting geldt niet bij volledige en duurzame arbeidsongeschiktheid (lid 5), niet bij ontheffing
(lid 2, of lid 7 voor de alleenstaande ouder met een ontheffing van art. 9a).

Vanaf 2027, of eerder waar de gemeente in het gedoogjaar 2026 vooruitloopt
(`beleid.maatschappelijkeParticipatieVanaf`): een algemene plicht tot maatschappelijke participatie
vervangt tegenprestatie en sociale activering; de belanghebbende vult die zelf in (vrijwilligerswerk,
mantelzorg, opleiding), zolang dat de arbeidsinschakeling niet belemmert; de gemeente regelt de
ondersteuning bij verordening.

`voorlopig` (de tekst van art. 6-9 per 2027 staat niet in de bronnen; maatregelen.md, zekerheid medium):
- de plicht geldt voor wie (nog) niet kan werken: is arbeidsinschakeling mogelijk, dan gaan de plichten van
  art. 9 lid 1 onder a en b voor (naar het onderscheid van art. 6 onder c);
- een eigen activiteit die de arbeidsinschakeling niet belemmert (oordeel van het college) vervult de
  plicht; alleen als er geen is, of als die belemmert, mag het college de participatie nader invullen;
- leeftijd, art. 9 lid 5 en ontheffing werken zoals in 2026.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from reference.catalogus import inwerkingtreding
from reference.errors import Bezwaar, OngeldigeFeiten
from reference.parameters import Wetstand
from reference.uitleg import Uitleg

GEDOOGJAAR_VAN = date(2026, 1, 1)  # Normenbrief 1 januari 2026: gemeenten mogen in 2026 vooruitlopen
GRONDSLAG_2026 = "art. 9 lid 1 onder c Pw"
GRONDSLAG_2027 = "art. 9 lid 1 Pw (tekst 2027, voorlopig)"


class Participatieregime(Enum):
    TEGENPRESTATIE = "tegenprestatie"
    MAATSCHAPPELIJKE_PARTICIPATIE = "maatschappelijkeParticipatie"


class EigenActiviteit(Enum):
    VRIJWILLIGERSWERK = "vrijwilligerswerk"
    MANTELZORG = "mantelzorg"
    OPLEIDING = "opleiding"


@dataclass(frozen=True)
class Participatiefeiten:
    pensioengerechtigde_leeftijd_bereikt: bool = False
    volledig_en_duurzaam_arbeidsongeschikt: bool = False  # art. 9 lid 5 Pw
    ontheffing: bool = False  # art. 9 lid 2 of lid 7 Pw
    arbeidsinschakeling_nog_niet_mogelijk: bool = False  # oordeel van het college over de afstand tot werk
    eigen_activiteiten: tuple[EigenActiviteit, ...] = ()
    activiteiten_belemmeren_arbeidsinschakeling: bool = False  # oordeel van het college
    tegenprestatie_opgedragen: bool = False  # tot 2027: art. 9 lid 1 onder c
    verricht_tegenprestatie: bool = False
    vervroegd_vanaf: date | None = None  # beleid.maatschappelijkeParticipatieVanaf


@dataclass(frozen=True)
class Participatiebesluit:
    regime: Participatieregime
    verplichting_van_toepassing: bool
    voldoet: bool | None  # None als de plicht niet geldt
    college_mag_nader_invullen: bool
    grondslag: str
    uitleg: Uitleg


def _controleer(feiten: Participatiefeiten) -> None:
    vanaf, wet = feiten.vervroegd_vanaf, inwerkingtreding("M17")
    if vanaf is not None and not GEDOOGJAAR_VAN <= vanaf <= wet:
        raise OngeldigeFeiten([Bezwaar("beleid.maatschappelijkeParticipatieVanaf",
                                       f"vooruitlopen kan vanaf {GEDOOGJAAR_VAN} tot de wet geldt ({wet})")])


def _regime(feiten: Participatiefeiten, stand: Wetstand, uitleg: Uitleg) -> Participatieregime:
    """De enige plek die kiest: de wet vanaf de catalogusdatum, of eerder als de gemeente vooruitloopt."""
    if stand.in_werking("M17"):
        return Participatieregime.MAATSCHAPPELIJKE_PARTICIPATIE
    vanaf = feiten.vervroegd_vanaf
    if vanaf is not None and vanaf <= stand.peildatum:
        uitleg.stap(f"De gemeente loopt sinds {vanaf} vooruit op de maatschappelijke participatie van 2027",
                    "Normenbrief 1 januari 2026 (gedoogjaar: de staatssecretaris staat vooruitlopen toe)")
        return Participatieregime.MAATSCHAPPELIJKE_PARTICIPATIE
    return Participatieregime.TEGENPRESTATIE


def _niet_van_toepassing(feiten: Participatiefeiten, uitleg: Uitleg) -> str | None:
    if feiten.pensioengerechtigde_leeftijd_bereikt:
        uitleg.stap("De plichten van art. 9 lid 1 gelden tot de pensioengerechtigde leeftijd", "art. 9 lid 1 Pw")
        return "art. 9 lid 1 Pw"
    if feiten.volledig_en_duurzaam_arbeidsongeschikt:
        uitleg.stap("Volledig en duurzaam arbeidsongeschikt (art. 4 Wet WIA): de plichten gelden niet",
                    "art. 9 lid 5 Pw")
        return "art. 9 lid 5 Pw"
    if feiten.ontheffing:
        uitleg.stap("De belanghebbende heeft ontheffing van deze plicht", "art. 9 lid 2 Pw")
        return "art. 9 lid 2 Pw"
    return None


def _tegenprestatie(feiten: Participatiefeiten, uitleg: Uitleg) -> Participatiebesluit:
    if not feiten.tegenprestatie_opgedragen:
        uitleg.stap("Het college heeft (nog) geen tegenprestatie opgedragen: er is niets te verrichten; het college "
                    "mag die volgens de verordening opdragen", "art. 8a lid 1 onder b Pw")
        return Participatiebesluit(Participatieregime.TEGENPRESTATIE, True, True, True, GRONDSLAG_2026, uitleg)
    if feiten.eigen_activiteiten:
        uitleg.stap("Eigen activiteiten vervullen de opgedragen tegenprestatie niet", GRONDSLAG_2026)
    voldoet = feiten.verricht_tegenprestatie
    uitleg.stap(f"De belanghebbende verricht de opgedragen werkzaamheden {'wel' if voldoet else 'niet'}",
                GRONDSLAG_2026)
    return Participatiebesluit(Participatieregime.TEGENPRESTATIE, True, voldoet, True, GRONDSLAG_2026, uitleg)


def _maatschappelijke_participatie(feiten: Participatiefeiten, uitleg: Uitleg) -> Participatiebesluit:
    regime = Participatieregime.MAATSCHAPPELIJKE_PARTICIPATIE
    uitleg.interpretatie("M17-tekst-2027")
    if not feiten.arbeidsinschakeling_nog_niet_mogelijk:
        uitleg.stap("Arbeidsinschakeling is mogelijk: de arbeidsplichten gaan voor",
                    "art. 9 lid 1 onder a Pw")
        return Participatiebesluit(regime, False, None, False, "art. 9 lid 1 onder a Pw", uitleg)
    if feiten.eigen_activiteiten and not feiten.activiteiten_belemmeren_arbeidsinschakeling:
        namen = ", ".join(a.value for a in feiten.eigen_activiteiten)
        uitleg.stap(f"De belanghebbende vult de participatie zelf in ({namen}) zonder de arbeidsinschakeling te "
                    "belemmeren", GRONDSLAG_2027)
        return Participatiebesluit(regime, True, True, False, GRONDSLAG_2027, uitleg)
    reden = ("de eigen activiteiten belemmeren de arbeidsinschakeling" if feiten.eigen_activiteiten
             else "de belanghebbende heeft geen eigen invulling")
    uitleg.stap(f"De plicht is niet vervuld ({reden}): het college mag de participatie nader invullen volgens de "
                "verordening", GRONDSLAG_2027)
    return Participatiebesluit(regime, True, False, True, GRONDSLAG_2027, uitleg)


def maatschappelijke_participatie(feiten: Participatiefeiten, stand: Wetstand) -> Participatiebesluit:
    """Geldt de participatieplicht, voldoet de belanghebbende eraan, en mag het college die nader invullen?"""
    _controleer(feiten)
    uitleg = Uitleg.voor(stand)
    regime = _regime(feiten, stand, uitleg)
    grondslag = _niet_van_toepassing(feiten, uitleg)
    if grondslag is not None:
        return Participatiebesluit(regime, False, None, False, grondslag, uitleg)
    if regime is Participatieregime.TEGENPRESTATIE:
        return _tegenprestatie(feiten, uitleg)
    return _maatschappelijke_participatie(feiten, uitleg)
