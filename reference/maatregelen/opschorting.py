"""M06 Mantelzorg: geen opschorting bij tijdelijk verblijf elders voor mantelzorg (art. 40 lid 3 onder d Pw).

Blijkt bij de beoordeling van het recht op bijstand dat het adres dat de belanghebbende van
zichzelf, zijn echtgenoot of een kind opgeeft afwijkt van het adres in de basisregistratie personen,
dan schort het college de betaling van de bijstand op (art. 40 lid 2 Pw). Geen opschorting als
(lid 3): a. de afwijking redelijkerwijs geen gevolgen kan hebben voor het recht op of de hoogte van
de bijstand; b. de belanghebbende van de afwijking redelijkerwijs geen verwijt kan worden gemaakt;
c. daarvoor naar het oordeel van het college dringende redenen zijn; d. (sinds 1 januari 2026, M06)
de belanghebbende voor het leveren van mantelzorg bij een intensieve zorgbehoefte tijdelijk
gebruikmaakt van een hoofdverblijf elders: alle drie de feiten van `Mantelzorg`. De oordelen van
a tot en met c zijn invoer; staan er meer uitzonderingen vast, dan noemt het besluit de eerste in
de volgorde van de wet. De mededeling en de termijn van lid 4 en het einde van lid 5 zijn geen deel
van dit besluit.

`voorlopig`: de tekst van art. 40 tot 1 januari 2026 staat niet in de bronnen (alleen die vanaf
die dag, Stb. 2025, 312). pwib neemt aan dat lid 2 en lid 3 onder a tot en met c toen gelijk waren
en onder d nieuw is, zoals de maatregelenlijst zegt (M06).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reference.feiten import Mantelzorg
from reference.parameters import Wetstand
from reference.uitleg import Uitleg

OUDE_TEKST = " (tekst tot 1 januari 2026)"


class Opschortingsuitzondering(Enum):
    """De grond van art. 40 lid 3 Pw waarom de betaling niet wordt opgeschort."""

    GEEN_GEVOLGEN = "geenGevolgen"  # onder a
    NIET_VERWIJTBAAR = "nietVerwijtbaar"  # onder b
    DRINGENDE_REDENEN = "dringendeRedenen"  # onder c
    MANTELZORG_ELDERS = "mantelzorgElders"  # onder d (M06)


_ONDERDEEL = {
    Opschortingsuitzondering.GEEN_GEVOLGEN: ("a", "de afwijking kan redelijkerwijs geen gevolgen hebben voor het "
                                                  "recht op of de hoogte van de bijstand"),
    Opschortingsuitzondering.NIET_VERWIJTBAAR: ("b", "de belanghebbende kan van de afwijking redelijkerwijs geen "
                                                     "verwijt worden gemaakt"),
    Opschortingsuitzondering.DRINGENDE_REDENEN: ("c", "naar het oordeel van het college zijn er dringende redenen"),
    Opschortingsuitzondering.MANTELZORG_ELDERS: ("d", "de belanghebbende maakt voor het leveren van mantelzorg bij "
                                                      "een intensieve zorgbehoefte tijdelijk gebruik van een "
                                                      "hoofdverblijf elders"),
}


@dataclass(frozen=True)
class Opschortingsfeiten:
    adres_wijkt_af_van_brp: bool  # lid 2: opgegeven adres van hemzelf, echtgenoot of kind wijkt af van de BRP
    afwijking_zonder_gevolgen: bool = False  # lid 3 onder a: oordeel
    afwijking_niet_verwijtbaar: bool = False  # lid 3 onder b: oordeel
    dringende_redenen: bool = False  # lid 3 onder c: oordeel van het college
    mantelzorg: Mantelzorg | None = None  # lid 3 onder d


@dataclass(frozen=True)
class Opschortingsbesluit:
    betaling_opschorten: bool
    uitzondering: Opschortingsuitzondering | None
    grondslag: str
    uitleg: Uitleg


def _uitzonderingen(feiten: Opschortingsfeiten, stand: Wetstand, uitleg: Uitleg) -> list[Opschortingsuitzondering]:
    gevonden = [u for u, geldt in (
        (Opschortingsuitzondering.GEEN_GEVOLGEN, feiten.afwijking_zonder_gevolgen),
        (Opschortingsuitzondering.NIET_VERWIJTBAAR, feiten.afwijking_niet_verwijtbaar),
        (Opschortingsuitzondering.DRINGENDE_REDENEN, feiten.dringende_redenen),
    ) if geldt]
    mantelzorg = feiten.mantelzorg
    if mantelzorg is None:
        return gevonden
    if mantelzorg.ontbrekende_feiten:
        uitleg.stap(f"Mantelzorg, maar {', '.join(mantelzorg.ontbrekende_feiten)}: onder d geldt niet",
                    "art. 40 lid 3 onder d Pw")
    elif not stand.in_werking("M06"):
        uitleg.stap("Tijdelijk elders voor mantelzorg bij een intensieve zorgbehoefte: de uitzondering onder d "
                    "geldt pas vanaf 1 januari 2026 (M06)", f"art. 40 lid 3 Pw{OUDE_TEKST}")
    else:
        gevonden.append(Opschortingsuitzondering.MANTELZORG_ELDERS)
    return gevonden


def opschorting(feiten: Opschortingsfeiten, stand: Wetstand) -> Opschortingsbesluit:
    """Moet het college de betaling van de bijstand opschorten wegens een afwijkend adres in de BRP?"""
    uitleg = Uitleg.voor(stand)
    tekst = "" if stand.in_werking("M06") else OUDE_TEKST
    if not feiten.adres_wijkt_af_van_brp:
        uitleg.stap("Het opgegeven adres wijkt niet af van het adres in de basisregistratie personen: geen "
                    "opschorting", f"art. 40 lid 2 Pw{tekst}")
        return Opschortingsbesluit(False, None, f"art. 40 lid 2 Pw{tekst}", uitleg)
    uitleg.stap("Het opgegeven adres wijkt af van het adres in de basisregistratie personen: het college schort "
                "de betaling op, tenzij een uitzondering van lid 3 geldt", f"art. 40 lid 2 Pw{tekst}")
    uitzonderingen = _uitzonderingen(feiten, stand, uitleg)
    if not uitzonderingen:
        uitleg.stap("Geen uitzondering van lid 3: de betaling wordt opgeschort", f"art. 40 lid 3 Pw{tekst}")
        return Opschortingsbesluit(True, None, f"art. 40 lid 2 Pw{tekst}", uitleg)
    for uitzondering in uitzonderingen:
        letter, reden = _ONDERDEEL[uitzondering]
        uitleg.stap(f"{reden.capitalize()}: geen opschorting", f"art. 40 lid 3 onder {letter} Pw{tekst}")
    eerste = uitzonderingen[0]
    return Opschortingsbesluit(False, eerste, f"art. 40 lid 3 onder {_ONDERDEEL[eerste][0]} Pw{tekst}", uitleg)
